"""Likely duplicates: the same real project entered twice (by two people, or once in each district).

A pair is flagged (never merged automatically) when either
* same district and near-identical folded titles (``core.text.fold_words``; equal after folding, or a
  difflib ratio >= ``TITLE_RATIO``), or
* points within ``NEAR_METRES`` of each other and the same start date.
Pairs are returned sorted, each once, with the reason, for a person to review.
"""

from __future__ import annotations

import difflib
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from izsa_desktop.core.text import fold_words

TITLE_RATIO = 0.92
NEAR_METRES = 50.0
_CELL_DEG = 0.001  # ~111 m of latitude: neighbours are within one cell


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    first_id: str
    second_id: str
    reason: str  # "title" | "place_and_date"


def _metres(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    lat = math.radians((a["lat"] + b["lat"]) / 2)
    dy = (a["lat"] - b["lat"]) * 111_320.0
    dx = (a["lon"] - b["lon"]) * 111_320.0 * math.cos(lat)
    return math.hypot(dx, dy)


def _title_similar(x: str, y: str) -> bool:
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= TITLE_RATIO


def find_likely_duplicates(
    records: Iterable[Mapping[str, Any]], existing: Iterable[Mapping[str, Any]] = ()
) -> list[DuplicatePair]:
    """Pairs among ``records`` and between ``records`` and ``existing`` (project dicts)."""
    new = list(records)
    new_ids = {r["id"] for r in new}
    pool = new + [r for r in existing if r["id"] not in new_ids]
    pairs: dict[tuple[str, str], str] = {}

    def add(a: Mapping[str, Any], b: Mapping[str, Any], reason: str) -> None:
        if a["id"] == b["id"] or (a["id"] not in new_ids and b["id"] not in new_ids):
            return
        key = (min(a["id"], b["id"]), max(a["id"], b["id"]))
        pairs.setdefault(key, reason)

    # Titles: compare only within blocks (same district and same first or last four folded letters), so
    # the cost stays near-linear; a pair differing at both ends is not "near-identical" anyway.
    blocks: dict[tuple[str, str, str], list[tuple[str, Mapping[str, Any]]]] = defaultdict(list)
    for r in pool:
        t = fold_words(r.get("title_tr") or "")
        if t:
            compact = t.replace(" ", "")
            blocks[(r.get("district", ""), "head", compact[:4])].append((t, r))
            blocks[(r.get("district", ""), "tail", compact[-4:])].append((t, r))
    for group in blocks.values():
        group.sort(key=lambda t: len(t[0]))
        for i, (ti, a) in enumerate(group):
            for tj, b in group[i + 1 :]:
                if len(tj) > len(ti) * 1.2 + 2:  # ratio >= 0.92 needs similar lengths; sorted, so stop
                    break
                if _title_similar(ti, tj):
                    add(a, b, "title")
    cells: dict[tuple[int, int], list[Mapping[str, Any]]] = defaultdict(list)
    for r in pool:
        if r.get("lat") is not None and r.get("lon") is not None and r.get("start_date"):
            cells[(int(r["lat"] // _CELL_DEG), int(r["lon"] // _CELL_DEG))].append(r)
    for (cy, cx), members in cells.items():
        for a in members:
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for b in cells.get((cy + dy, cx + dx), ()):
                        if (
                            a["id"] < b["id"]
                            and a["start_date"] == b["start_date"]
                            and _metres(a, b) <= NEAR_METRES
                        ):
                            add(a, b, "place_and_date")
    return [DuplicatePair(a, b, reason) for (a, b), reason in sorted(pairs.items())]
