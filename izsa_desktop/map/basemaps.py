"""Where the chosen basemap is remembered: a tiny QSettings-backed store.

Kept apart from view.py so the window can make one at start-up without importing QtWebEngineWidgets
and folium (~0.25 s); the map widgets accept any object with ``load()`` and ``save(key)``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings


class QSettingsBasemapStore:
    """``BasemapStore`` over a host-provided QSettings (the app decides the file and organisation)."""

    def __init__(self, settings: QSettings, key: str = "map/basemap") -> None:
        self.settings, self.key = settings, key

    def load(self) -> str | None:
        value = self.settings.value(self.key)
        return str(value) if value else None

    def save(self, key: str) -> None:
        self.settings.setValue(self.key, key)
