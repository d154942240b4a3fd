"""Likely duplicates: the same real project entered twice (by two people, or once in each district).

A pair is flagged (never merged automatically) when either
* same district and near-identical folded titles (``core.text.fold_words``; equal after folding, or a
  difflib ratio >= ``TITLE_RATIO``; candidates are titles sharing one of their two rarest words, so a
  typo in both distinctive words of a title is not caught), or
* points within ``NEAR_METRES`` of each other and the same start date.
Pairs are returned sorted, each once, with the reason, for a person to review.

Speed: records are grouped by (district, folded title) first and titles are compared once per pair of
*distinct* titles (difflib only after the length and longest-common-subsequence bounds), then every record pair of two
similar title groups is flagged; points are bucketed by (cell, start date). The result is exactly the
record-by-record rule above (``tests/bundle/test_duplicates_equivalence.py`` checks it against the
straightforward implementation).
"""

from __future__ import annotations

import difflib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Indel

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
    """Equal, equal without spaces, or difflib ratio >= ``TITLE_RATIO``. Before difflib, two exact
    upper bounds of its ratio reject most candidates: the lengths (difflib's real_quick_ratio) and the
    longest common subsequence (difflib's matching blocks are a common subsequence, so its ratio
    ``2*M/T`` never exceeds ``2*LCS/T``; the LCS comes from rapidfuzz's Indel distance, in C)."""
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    total = len(x) + len(y)
    if 2 * min(len(x), len(y)) < TITLE_RATIO * total:  # difflib's real_quick_ratio bound
        return False
    lcs = (total - Indel.distance(x, y)) // 2
    if 2.0 * lcs / total < TITLE_RATIO:
        return False
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= TITLE_RATIO


def _in_window(la: int, lb: int) -> bool:
    """Length window of the candidate search (b's length relative to a's)."""
    return (la - 2) / 1.2 <= lb <= la * 1.2 + 2


class _Group:
    """Records of one district with one folded title."""

    __slots__ = ("title", "new", "old")

    def __init__(self, title: str) -> None:
        self.title = title
        self.new: list[str] = []
        self.old: list[str] = []


def find_likely_duplicates(
    records: Iterable[Mapping[str, Any]], existing: Iterable[Mapping[str, Any]] = ()
) -> list[DuplicatePair]:
    """Pairs among ``records`` and between ``records`` and ``existing`` (project dicts)."""
    new = list(records)
    new_ids = {r["id"] for r in new}
    pool = new + [r for r in existing if r["id"] not in new_ids]
    pairs: dict[tuple[str, str], str] = {}

    # Titles: compare only within blocks keyed by (district, one of the title's two rarest words).
    # Near-identical titles share most words, hence a distinctive one (a neighbourhood name, say);
    # blocking on common words ("kent", "projesi") would compare every title with every other.
    groups: dict[tuple[str, str], _Group] = {}
    for r in pool:
        t = fold_words(r.get("title_tr") or "")
        if not t:
            continue
        key = (r.get("district", ""), t)
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(t)
        (g.new if r["id"] in new_ids else g.old).append(r["id"])
    df: Counter[tuple[str, str]] = Counter()
    for (d, t), g in groups.items():
        n = len(g.new) + len(g.old)
        for w in set(t.split()):
            df[(d, w)] += n
    blocks: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for (d, t), g in groups.items():
        words = sorted(set(t.split()), key=lambda w: (df[(d, w)], -len(w), w))
        for w in words[:2]:
            blocks[(d, w)].append(g)

    def flag(firsts: list[str], seconds: list[str]) -> None:
        for a in firsts:
            for b in seconds:
                if a != b:
                    pairs.setdefault((a, b) if a < b else (b, a), "title")

    similar: dict[tuple[str, str], bool] = {}
    done: set[tuple[int, int]] = set()
    for block in blocks.values():
        if not any(g.new for g in block):
            continue
        titles = [g.title for g in block]
        longest = max(map(len, titles))
        squeezed: dict[str, list[int]] = defaultdict(list)  # equal once spaces are removed
        for j, t in enumerate(titles):
            squeezed[t.replace(" ", "")].append(j)
        for ga in block:
            if not ga.new:
                continue
            ta = ga.title
            # Candidates: every title within difflib's reach has an LCS ratio >= TITLE_RATIO, i.e. an
            # Indel distance <= (1 - TITLE_RATIO) * (len(ta) + len(tb)) <= cutoff (found in C); plus the
            # titles equal to ta without spaces. The exact rule then decides each candidate.
            cutoff = int((1 - TITLE_RATIO) * (len(ta) + longest)) + 1
            cands = {j for _t, _d, j in process.extract(ta, titles, scorer=Indel.distance, score_cutoff=cutoff,
                                                        limit=None)}
            cands.update(squeezed[ta.replace(" ", "")])
            for j in cands:
                gb = block[j]
                if (id(ga), id(gb)) in done:
                    continue
                done.add((id(ga), id(gb)))
                if gb is ga:
                    flag(ga.new, ga.new + ga.old)
                    continue
                tb = gb.title
                if not _in_window(len(ta), len(tb)):
                    continue
                ok = similar.get((ta, tb))
                if ok is None:
                    ok = similar[(ta, tb)] = _title_similar(ta, tb)
                if ok:
                    flag(ga.new, gb.new + gb.old)

    cells: dict[tuple[int, int, str], list[Mapping[str, Any]]] = defaultdict(list)
    for r in pool:
        if r.get("lat") is not None and r.get("lon") is not None and r.get("start_date"):
            cells[(int(r["lat"] // _CELL_DEG), int(r["lon"] // _CELL_DEG), r["start_date"])].append(r)
    for a in new:
        if a.get("lat") is None or a.get("lon") is None or not a.get("start_date"):
            continue
        cy, cx, sd, ida = int(a["lat"] // _CELL_DEG), int(a["lon"] // _CELL_DEG), a["start_date"], a["id"]
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for b in cells.get((cy + dy, cx + dx, sd), ()):
                    idb = b["id"]
                    if idb != ida and _metres(a, b) <= NEAR_METRES:
                        pairs.setdefault((ida, idb) if ida < idb else (idb, ida), "place_and_date")
    return [DuplicatePair(a, b, reason) for (a, b), reason in sorted(pairs.items())]
