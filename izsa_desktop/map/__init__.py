"""The offline map layer: folium page building (no Qt) and the QtWebEngine side (web, bridge, widgets).

Qt-free modules: ``assets``, ``page``, ``projects``, ``coords``, ``mbtiles``, ``tilecache``, ``tilemath``.
Qt modules: ``web`` (scheme, interceptor, profile), ``bridge``, ``view``, ``picker``, ``overview``.
This package's ``__init__`` imports nothing so the Qt-free parts stay importable without Qt.
See docs/map.md for the public API.
"""
