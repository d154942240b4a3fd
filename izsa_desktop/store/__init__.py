"""Persistence: SQLAlchemy 2 engine and PRAGMAs, ORM models, repositories, Alembic migrations, search.

No Qt here. Sessions never cross threads: each thread opens its own from the workspace's factory.
"""
