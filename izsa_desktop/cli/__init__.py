"""Command-line interface: the same services the window uses, for scripting.

Messages are translated (Qt translation through a QCoreApplication, language from IZSA_LANG/LANG),
errors exit non-zero.
"""
