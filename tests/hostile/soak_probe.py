"""Subprocess probe for tests/hostile/test_item01_pyside_refcount_soak.py (not collected by pytest).

Counts the references to ``None``, ``True`` and ``False`` before and after 10**5 Python-side
``Signal.emit()`` calls, 10**5 void Qt calls and 10**5 rounds of bool-returning calls, and prints the
differences as JSON. PySide6 6.12.0 on Python 3.11 drops one reference per void call (to None) and per
emit (to True), which ends in ``Fatal Python error: none_dealloc`` / ``bool_dealloc``.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6  # noqa: E402
from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit  # noqa: E402


class _Emitter(QObject):
    number = Signal(int)
    flag = Signal(bool)
    bare = Signal()


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def _delta(a: tuple[int, int, int], b: tuple[int, int, int]) -> dict[str, int]:
    return {"none": b[0] - a[0], "true": b[1] - a[1], "false": b[2] - a[2]}


def main() -> None:
    n = int(sys.argv[1])
    app = QApplication([])
    emitter = _Emitter()
    sink: list[object] = []
    emitter.number.connect(lambda v: None)
    emitter.flag.connect(sink.append)
    emitter.bare.connect(lambda: None)
    edit, box = QLineEdit(), QCheckBox()
    result: dict[str, object] = {"pyside6": PySide6.__version__, "python": sys.version.split()[0], "n": n}
    before = _counts()
    for i in range(n):
        emitter.number.emit(i)
        emitter.bare.emit()
    after_emit = _counts()
    for _ in range(n):
        edit.setText("x")
        box.setChecked(True)
    after_void = _counts()
    for _ in range(n):
        box.isChecked()
        edit.isEnabled()
        edit.hasFocus()
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        sink.clear()
    after_bool = _counts()
    result["emit"] = _delta(before, after_emit)
    result["void"] = _delta(after_emit, after_void)
    result["bool"] = _delta(after_void, after_bool)
    del edit, box, emitter
    app.quit()
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
