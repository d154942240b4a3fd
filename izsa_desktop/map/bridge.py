"""The one object a map page talks to over QWebChannel, with a ready handshake.

Messages are JSON objects with a ``type``. Python -> page: ``send(type, **fields)`` emits ``message``
(the page connected to it); calls made before the page said ``ready`` are queued and flushed in order
once it does. Page -> Python: the page calls the ``post(text)`` slot; ``ready`` and ``received(dict)``
are emitted. A page reload resets the handshake (``reset()``).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class MapBridge(QObject):
    message = Signal(str)  # to the page
    ready = Signal()
    received = Signal(object)  # dict from the page (every type but "ready")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[str] = []
        self._ready = False

    @property
    def is_ready(self) -> bool:
        return self._ready

    def reset(self) -> None:
        self._ready = False

    def send(self, type_: str, **fields: Any) -> None:
        text = json.dumps({"type": type_, **fields}, ensure_ascii=False, separators=(",", ":"))
        if self._ready:
            self.message.emit(text)
        else:
            self._queue.append(text)

    def drop_queued(self, type_: str) -> None:
        """Forget queued messages of one type (e.g. a data set superseded before the page was ready)."""
        prefix = json.dumps({"type": type_}, separators=(",", ":"))[:-1]
        self._queue = [q for q in self._queue if not (q.startswith(prefix + ",") or q == prefix + "}")]

    @Slot(str)
    def post(self, text: str) -> None:
        try:
            msg = json.loads(text)
        except ValueError:
            log.warning("map page sent invalid JSON: %.200s", text)
            return
        if not isinstance(msg, dict):
            return
        if msg.get("type") == "ready":
            self._ready = True
            queued, self._queue = self._queue, []
            for q in queued:
                self.message.emit(q)
            self.ready.emit()
        else:
            if msg.get("type") == "error":
                log.warning("map page error: %s", msg.get("message"))
            self.received.emit(msg)
