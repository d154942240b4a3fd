"""The optional online layer's disk cache: off by default, injectable fetch, cache-only offline."""

from __future__ import annotations

from izsa_desktop.map.tilecache import OnlineLayer, TileCache

from .conftest import png_bytes

LAYER = OnlineLayer("https://{s}.tiles.example/{z}/{x}/{y}.png", "© Example", enabled=True)


class Recorder:
    def __init__(self, data: bytes) -> None:
        self.data, self.urls = data, []

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        return self.data


def test_online_fetches_once_then_serves_from_cache(tmp_path):
    fetch = Recorder(png_bytes(size=4))
    cache = TileCache(tmp_path, LAYER, fetch, online=True)
    assert cache.get(10, 560, 390) == png_bytes(size=4)
    assert cache.get(10, 560, 390) == png_bytes(size=4)
    assert fetch.urls == ["https://c.tiles.example/10/560/390.png"]
    assert cache.size_bytes() > 0


def test_offline_uses_only_the_cache(tmp_path):
    fetch = Recorder(png_bytes(size=4))
    TileCache(tmp_path, LAYER, fetch, online=True).get(9, 1, 2)
    offline = TileCache(tmp_path, LAYER, fetch, online=False)
    assert offline.get(9, 1, 2) == png_bytes(size=4)
    assert offline.get(9, 1, 3) is None
    assert len(fetch.urls) == 1


def test_disabled_layer_never_fetches(tmp_path):
    fetch = Recorder(png_bytes(size=4))
    cache = TileCache(tmp_path, OnlineLayer(LAYER.url_template, "x"), fetch, online=True)
    assert not cache.online and cache.get(3, 1, 1) is None and fetch.urls == []


def test_failures_and_non_images_are_not_cached(tmp_path):
    def boom(url: str) -> bytes:
        raise OSError("offline")

    assert TileCache(tmp_path, LAYER, boom, online=True).get(3, 1, 1) is None
    html = TileCache(tmp_path, LAYER, Recorder(b"<html>blocked</html>"), online=True)
    assert html.get(3, 1, 1) is None and html.cached(3, 1, 1) is None
    html.clear()
    assert html.size_bytes() == 0
