"""What an export reports back: where, what, how many written and how many skipped."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    count: int  # projects written
    skipped: int = 0  # projects left out (GeoJSON: without coordinates)
    pages: int = 0  # PDF pages
