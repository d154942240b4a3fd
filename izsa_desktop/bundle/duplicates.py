"""Likely duplicates: the same real project entered twice (by two people, or once in each district).

A pair is flagged (never merged automatically) when either
* same district and near-identical folded titles (``core.text.fold_words``; equal after folding, or a
  difflib ratio >= ``TITLE_RATIO``; candidates are titles sharing one of their two rarest words, so a
  typo in both distinctive words of a title is not caught), or
* points within ``NEAR_METRES`` of each other and the same start date.
Pairs are returned sorted, each once, with the reason, for a person to review.
"""

from __future__ import annotations

import bisect
import difflib
import math
from collections import Counter, defaultdict
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


def _title_similar(x: str, y: str, cx: Counter[str] | None = None, cy: Counter[str] | None = None) -> bool:
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    total = len(x) + len(y)
    if 2 * min(len(x), len(y)) < TITLE_RATIO * total:  # difflib's real_quick_ratio bound
        return False
    # difflib's quick_ratio bound (shared characters as multisets), from counts made once per title
    cx, cy = cx or Counter(x), cy or Counter(y)
    if 2 * sum(min(n, cy[ch]) for ch, n in cx.items()) < TITLE_RATIO * total:
        return False
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

    # Titles: compare only within blocks keyed by (district, one of the title's two rarest words).
    # Near-identical titles share most words, hence a distinctive one (a neighbourhood name, say);
    # blocking on common words ("kent", "projesi") would compare every title with every other.
    titles = [(fold_words(r.get("title_tr") or ""), r) for r in pool]
    df: Counter[tuple[str, str]] = Counter()
    for t, r in titles:
        df.update({(r.get("district", ""), w) for w in t.split()})
    blocks: dict[tuple[str, str], list[tuple[str, Mapping[str, Any]]]] = defaultdict(list)
    for t, r in titles:
        if not t:
            continue
        d = r.get("district", "")
        words = sorted(set(t.split()), key=lambda w: (df[(d, w)], -len(w), w))
        for w in words[:2]:
            blocks[(d, w)].append((t, r))
    counted: dict[str, Counter[str]] = {}

    def counts(t: str) -> Counter[str]:
        c = counted.get(t)
        if c is None:
            c = counted[t] = Counter(t)
        return c

    for group in blocks.values():
        if not any(r["id"] in new_ids for _, r in group):
            continue
        group.sort(key=lambda t: len(t[0]))
        lengths = [len(t) for t, _ in group]
        for ti, a in group:
            if a["id"] not in new_ids:
                continue
            lo = bisect.bisect_left(lengths, (len(ti) - 2) / 1.2)
            hi = bisect.bisect_right(lengths, len(ti) * 1.2 + 2)
            ci = counts(ti)
            for tj, b in group[lo:hi]:
                if b is not a and _title_similar(ti, tj, ci, counts(tj)):
                    add(a, b, "title")
    cells: dict[tuple[int, int], list[Mapping[str, Any]]] = defaultdict(list)
    for r in pool:
        if r.get("lat") is not None and r.get("lon") is not None and r.get("start_date"):
            cells[(int(r["lat"] // _CELL_DEG), int(r["lon"] // _CELL_DEG))].append(r)
    for a in new:
        if a.get("lat") is None or a.get("lon") is None or not a.get("start_date"):
            continue
        cy, cx = int(a["lat"] // _CELL_DEG), int(a["lon"] // _CELL_DEG)
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for b in cells.get((cy + dy, cx + dx), ()):
                    if b is not a and a["start_date"] == b["start_date"] and _metres(a, b) <= NEAR_METRES:
                        add(a, b, "place_and_date")
    return [DuplicatePair(a, b, reason) for (a, b), reason in sorted(pairs.items())]
