"""Qt user interface: windows, dialogs, item models, background-work helper, translations."""

from .. import qt_none_fix  # noqa: F401  (PySide6 6.12 on Python 3.11 leaks None references)
