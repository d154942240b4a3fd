"""The one object a map page talks to over QWebChannel, with a ready handshake.

Messages are JSON objects with a ``type``. Python -> page: ``send(type, **fields)`` emits the port's
``message`` signal (the page connected to it); calls made before the page said ``ready`` are queued and
flushed in order once it does. Page -> Python: the page calls the port's ``post(text)`` slot; ``ready``
and ``received(dict)`` are emitted. A page reload resets the handshake (``reset()``).

What the page sees is a ``_Port``, not this object: its only method is ``post`` and its only signal is
``message`` (QWebChannel also publishes QObject's own members; the port ignores a ``deleteLater`` sent
from the page). Every incoming message is checked against the page's rules (``map.inbox``): only the
message types that page needs, each with validated fields; anything else is refused and counted.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot

from . import inbox

log = logging.getLogger(__name__)


class _Port(QObject):
    """The object registered with the web channel: ``post`` in, ``message`` out, nothing else."""

    message = Signal(str)

    def __init__(self, owner: MapBridge) -> None:
        super().__init__(owner)
        self._owner = owner

    @Slot(str)
    def post(self, text: str) -> None:
        self._owner._incoming(text)

    def event(self, e: QEvent) -> bool:  # noqa: D401 (Qt override)
        if e.type() == QEvent.Type.DeferredDelete:  # deleteLater() called from the page: refused
            return True
        return super().event(e)


class MapBridge(QObject):
    ready = Signal()
    received = Signal(object)  # clean dict from the page (every allowed type but "ready")
    refused = Signal(str)  # the raw text of a message the rules refused (logged too)

    def __init__(self, parent: QObject | None = None,
                 rules: Mapping[str, inbox.Validator] | None = None) -> None:
        super().__init__(parent)
        self.port = _Port(self)
        self.message = self.port.message  # to the page
        # Until the widget sets its page's rules, the page may only say "ready" and "error".
        self.rules: Mapping[str, inbox.Validator] = rules if rules is not None else {"error": inbox.error}
        self.refused_count = 0
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

    def post(self, text: str) -> None:
        """What the page's ``bridge.post(text)`` does (also callable from Python, e.g. in tests)."""
        self._incoming(text)

    def _incoming(self, text: str) -> None:
        raw = inbox.parse(text)
        msg = inbox.check(self.rules, raw) if raw is not None else None
        if msg is None:
            self.refused_count += 1
            log.warning("map page message refused: %.200s", text if isinstance(text, str) else type(text))
            self.refused.emit(text[:2000] if isinstance(text, str) else "")
            return
        if msg["type"] == "ready":
            if self._ready:
                return
            self._ready = True
            queued, self._queue = self._queue, []
            for q in queued:
                self.message.emit(q)
            self.ready.emit()
        else:
            if msg["type"] == "error":
                log.warning("map page error: %s", msg.get("message"))
            self.received.emit(msg)
