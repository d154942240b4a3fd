"""Work around a PySide6 6.12 / CPython 3.11 bug that kills long sessions.

Every call from Python to a Qt method returning ``void`` drops one reference to ``None``
(measured: 1,000 ``QLineEdit.setText`` calls lower ``sys.getrefcount(None)`` by 1,000). Once the count
reaches zero CPython aborts with "Fatal Python error: none_dealloc" — after a few thousand calls in a
fresh process, or after hours of use. CPython 3.12 made ``None`` immortal, which is exactly the fix:
here we give ``None`` a refcount so large that no session can exhaust it (2**60 decrements at a billion
per second would take 36 years). Nothing else is touched; it is a no-op on Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 60


def apply() -> None:
    if sys.version_info >= (3, 12):
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every PyObject
    if refcnt.value < _PINNED:
        refcnt.value += _PINNED


apply()
