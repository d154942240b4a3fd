"""Optional online tile layer with an on-disk cache (no Qt). Off by default.

The browser never touches the network (the interceptor blocks it): Leaflet asks
``izsa://online/{z}/{x}/{y}``, the scheme handler asks this cache, and only this cache fetches, through
an injectable ``fetch(url) -> bytes`` so tests never use the network. Offline, only cached tiles are
served.
"""

from __future__ import annotations

import hashlib
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import IzsaError
from ..services.safe_write import write_bytes

Fetch = Callable[[str], bytes]
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"RIFF")


@dataclass(frozen=True, slots=True)
class OnlineLayer:
    """Settings of the online layer the host stores (all off unless the user opts in)."""

    url_template: str  # an https template with {z}/{x}/{y} (and optionally {s}), set by the host
    attribution: str
    name: str = "Online"
    max_zoom: int = 19
    enabled: bool = False


def urllib_fetch(url: str, timeout: float = 10.0) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": "IZSA-Desktop/0.1 (offline tile cache)"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the host sets the template)
        return bytes(resp.read())


class TileCache:
    def __init__(self, cache_dir: Path, layer: OnlineLayer, fetch: Fetch | None = None,
                 online: bool = False) -> None:
        self.layer = layer
        self.fetch = fetch or urllib_fetch
        self.online = online and layer.enabled
        key = hashlib.sha256(layer.url_template.encode()).hexdigest()[:16]
        self.dir = Path(cache_dir) / key

    def _path(self, z: int, x: int, y: int) -> Path:
        return self.dir / str(z) / str(x) / f"{y}.tile"

    def url(self, z: int, x: int, y: int) -> str:
        sub = "abc"[(x + y) % 3]
        return self.layer.url_template.format(z=z, x=x, y=y, s=sub)

    def cached(self, z: int, x: int, y: int) -> bytes | None:
        try:
            return self._path(z, x, y).read_bytes()
        except OSError:
            return None

    def get(self, z: int, x: int, y: int) -> bytes | None:
        """Cached tile, else (when online) fetched, stored and returned; None when unavailable."""
        data = self.cached(z, x, y)
        if data is not None or not self.online or not 0 <= z <= self.layer.max_zoom:
            return data
        try:
            data = self.fetch(self.url(z, x, y))
        except Exception:  # noqa: BLE001 (any network failure just means "no tile")
            return None
        if not data or not data.startswith(_IMAGE_MAGIC):
            return None
        path = self._path(z, x, y)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_bytes(path, data)  # exclusive temp file beside it, then replace: never a planted name
        except (OSError, IzsaError):
            pass  # a full or read-only cache (or a non-file planted there) only means the tile is not kept
        return data

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.dir.rglob("*.tile")) if self.dir.is_dir() else 0

    def clear(self) -> None:
        for p in sorted(self.dir.rglob("*"), reverse=True) if self.dir.is_dir() else []:
            p.unlink() if p.is_file() else p.rmdir()
