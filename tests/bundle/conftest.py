from __future__ import annotations

import sys
from pathlib import Path

import pytest

try:  # plain `pytest` without an installed package: make the repository importable
    import izsa_desktop  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from izsa_desktop.bundle import generate_private_key


@pytest.fixture(scope="session")
def key():
    return generate_private_key()


@pytest.fixture(scope="session")
def other_key():
    return generate_private_key()
