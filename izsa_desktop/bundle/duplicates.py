"""Likely duplicates: the same real project entered twice (by two people, or once in each district).

A pair is flagged (never merged automatically) when either
* same district and near-identical folded titles (``core.text.fold_words``; equal after folding, or a
  difflib ratio >= ``TITLE_RATIO``; candidates are titles sharing one of their two rarest words, so a
  typo in both distinctive words of a title is not caught), or
* points within ``NEAR_METRES`` of each other and the same start date.
Pairs are returned sorted, each once, with the reason, for a person to review.

Bounded work (a validly signed bundle may be hostile: 2,000 records with one title would otherwise
make 2 million pairs). Every limit is far above what honest registers produce, and below it the result
is exactly the rule above (``tests/bundle/test_duplicates_equivalence.py``):
* each incoming record names at most ``MAX_PER_RECORD`` partners by title and as many by place, the
  closest first (equal title, then by edit distance; the same point, then the cells around it); a large
  group of equal titles or points is paired as a ring (each record with its ``MAX_PER_RECORD`` neighbours in
  id order), so ``n`` copies give ``n * MAX_PER_RECORD / 2`` pairs, not ``n² / 2``; and no record, incoming
  or stored, is in more than ``MAX_PAIRS_PER_RECORD`` pairs (everyone's closest partner is taken first);
* titles are compared on their first ``COMPARE_CHARS`` characters (the form allows 300);
* a title is checked against at most ``MAX_CANDIDATES`` other titles per block, the closest first, and no
  more once its records have ``MAX_PER_RECORD`` partners; a block
  with more than ``MAX_BLOCK`` distinct titles (its word is not distinctive) is searched as a sorted
  neighbourhood (``WINDOW`` titles on each side in title order and in reversed-title order) instead of
  all-with-all;
* at most ``MAX_POINTS`` distinct neighbouring points are examined per record.
So the comparisons, candidates and pairs are linear in the number of records.

Speed: records are grouped by (district, folded title) first and titles are compared once per pair of
*distinct* titles (difflib only after the length and longest-common-subsequence bounds); points are
grouped by (point, start date) and bucketed by (cell, start date).
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

MAX_PER_RECORD = 20  # partners an incoming record names, per reason (title, place)
MAX_PAIRS_PER_RECORD = 2 * MAX_PER_RECORD  # pairs any record is in (named, or named by others)
MAX_CANDIDATES = 40  # similar titles checked per title and block
MAX_BLOCK = 256  # distinct titles of a block compared all-with-all
WINDOW = 16  # sorted-neighbourhood half-window for larger blocks
MAX_POINTS = 128  # distinct neighbouring points examined per record
COMPARE_CHARS = 600  # title characters compared


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


def _metres_at(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """``_metres`` of two points given as numbers (the same formula)."""
    lat = math.radians((lat1 + lat2) / 2)
    return math.hypot((lon1 - lon2) * 111_320.0 * math.cos(lat), (lat1 - lat2) * 111_320.0)


_AROUND = ((0, 0), (-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1))


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


def _ring(members: list[str], i: int) -> list[str]:
    """Partners of ``members[i]`` within its own group (equal title, or the same point and date): all the
    others, or, in a group larger than ``MAX_PER_RECORD + 1``, its ``MAX_PER_RECORD`` ring neighbours."""
    m = len(members)
    if m - 1 <= MAX_PER_RECORD:
        return members[:i] + members[i + 1 :]
    out = []
    for k in range(1, MAX_PER_RECORD // 2 + 1):
        out += (members[(i + k) % m], members[(i - k) % m])
    return out


def _fill(out: list[str], members: list[str], i: int, a: str) -> None:
    """Add members of another group to ``out`` (up to the cap), starting at a record-dependent offset so
    that a large group is spread over the records that name it."""
    m = len(members)
    for k in range(m):
        if len(out) >= MAX_PER_RECORD:
            return
        b = members[(i + k) % m]
        if b != a:
            out.append(b)


class _Group:
    """Records of one district with one folded title (or of one point and start date)."""

    __slots__ = ("title", "new", "old", "members")

    def __init__(self, title: str) -> None:
        self.title = title
        self.new: list[str] = []
        self.old: list[str] = []
        self.members: list[str] = []


def _groups_sorted(groups: Iterable[_Group]) -> None:
    for g in groups:
        g.new.sort()
        g.members = sorted(g.new + g.old)


def _block_candidates(block: list[_Group], ga: _Group, titles: list[str], longest: int,
                      squeezed: dict[str, list[int]], pos: dict[int, tuple[int, int]],
                      rev_order: list[int]) -> list[int]:
    """Indices of ``block`` worth the exact check against ``ga``, closest first, at most
    ``MAX_CANDIDATES``: every title within difflib's reach has an LCS ratio >= TITLE_RATIO, i.e. an Indel
    distance <= (1 - TITLE_RATIO) * (len(ta) + len(tb)) <= cutoff; plus the titles equal without spaces."""
    ta = ga.title
    cutoff = int((1 - TITLE_RATIO) * (len(ta) + longest)) + 1
    if len(block) <= MAX_BLOCK:
        found = {j: d for _t, d, j in process.extract(ta, titles, scorer=Indel.distance, score_cutoff=cutoff,
                                                      limit=None)}
    else:  # sorted neighbourhood: the nearest titles in title order and in reversed-title order
        i, r = pos[id(ga)]
        near = set(range(max(0, i - WINDOW), min(len(block), i + WINDOW + 1)))
        near.update(rev_order[max(0, r - WINDOW): r + WINDOW + 1])
        found = {}
        for j in near:
            d = Indel.distance(ta, titles[j], score_cutoff=cutoff)
            if d <= cutoff:
                found[j] = d
    for j in squeezed.get(ta.replace(" ", ""), ())[: MAX_CANDIDATES + 1]:
        found.setdefault(j, cutoff + 1)
    return sorted(found, key=lambda j: (found[j], titles[j]))[: MAX_CANDIDATES + 1]


def _title_partners(pool: list[Mapping[str, Any]], new_ids: set[str]) -> dict[str, list[str]]:
    """Incoming record id -> its title partners (closest first, at most ``MAX_PER_RECORD``)."""
    groups: dict[tuple[str, str], _Group] = {}
    for r in pool:
        t = fold_words((r.get("title_tr") or "")[:COMPARE_CHARS])
        if not t:
            continue
        key = (r.get("district", ""), t)
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(t)
        (g.new if r["id"] in new_ids else g.old).append(r["id"])
    _groups_sorted(groups.values())
    # Titles: compare only within blocks keyed by (district, one of the title's two rarest words).
    # Near-identical titles share most words, hence a distinctive one (a neighbourhood name, say);
    # blocking on common words ("kent", "projesi") would compare every title with every other.
    df: Counter[tuple[str, str]] = Counter()
    for (d, t), g in groups.items():
        n = len(g.members)
        for w in set(t.split()):
            df[(d, w)] += n
    blocks: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for (d, t), g in groups.items():
        words = sorted(set(t.split()), key=lambda w: (df[(d, w)], -len(w), w))
        for w in words[:2]:
            blocks[(d, w)].append(g)

    links: dict[int, list[tuple[int, str, _Group]]] = defaultdict(list)  # id(ga) -> (distance, title, gb)
    have_of: dict[int, int] = {}
    similar: dict[tuple[str, str], bool] = {}
    done: set[tuple[int, int]] = set()
    for block in blocks.values():
        if not any(g.new for g in block):
            continue
        block.sort(key=lambda g: g.title)
        titles = [g.title for g in block]
        longest = max(map(len, titles))
        squeezed: dict[str, list[int]] = defaultdict(list)  # equal once spaces are removed
        for j, t in enumerate(titles):
            squeezed[t.replace(" ", "")].append(j)
        pos: dict[int, tuple[int, int]] = {}
        rev_order: list[int] = []
        if len(block) > MAX_BLOCK:
            rev_order = sorted(range(len(block)), key=lambda j: titles[j][::-1])
            rank = {j: r for r, j in enumerate(rev_order)}
            pos = {id(g): (j, rank[j]) for j, g in enumerate(block)}
        for ga in block:
            if not ga.new:
                continue
            ta = ga.title
            have = have_of.get(id(ga), len(ga.members) - 1)  # partners found so far (enough: stop)
            for j in _block_candidates(block, ga, titles, longest, squeezed, pos, rev_order):
                if have >= MAX_PER_RECORD:
                    break
                gb = block[j]
                if gb is ga or (id(ga), id(gb)) in done:
                    continue
                done.add((id(ga), id(gb)))
                tb = gb.title
                if not _in_window(len(ta), len(tb)):
                    continue
                ok = similar.get((ta, tb))
                if ok is None:
                    ok = similar[(ta, tb)] = _title_similar(ta, tb)
                if ok:
                    links[id(ga)].append((Indel.distance(ta, tb), tb, gb))
                    have += len(gb.members)
            have_of[id(ga)] = have

    partners: dict[str, list[str]] = {}
    for g in groups.values():
        if not g.new:
            continue
        others = sorted(links.get(id(g), ()), key=lambda x: (x[0], x[1]))
        idx = {rid: i for i, rid in enumerate(g.members)}
        for a in g.new:
            i = idx[a]
            out = _ring(g.members, i)
            for _d, _t, gb in others:
                if len(out) >= MAX_PER_RECORD:
                    break
                _fill(out, gb.members, i, a)
            partners[a] = out
    return partners


def _has_point(r: Mapping[str, Any]) -> bool:
    la, lo = r.get("lat"), r.get("lon")
    return (la is not None and lo is not None and bool(r.get("start_date"))
            and -90.0 <= la <= 90.0 and -180.0 <= lo <= 180.0)


def _place_partners(pool: list[Mapping[str, Any]], new_ids: set[str]) -> dict[str, list[str]]:
    """Incoming record id -> records within ``NEAR_METRES`` with the same start date (the same point
    first, then the cells around it; at most ``MAX_PER_RECORD``, ``MAX_POINTS`` points examined)."""
    points: dict[tuple[float, float, str], _Group] = {}
    for r in pool:
        if not _has_point(r):
            continue
        key = (float(r["lat"]), float(r["lon"]), str(r["start_date"]))
        g = points.get(key)
        if g is None:
            g = points[key] = _Group("")
        (g.new if r["id"] in new_ids else g.old).append(r["id"])
    _groups_sorted(points.values())
    cells: dict[tuple[int, int, str], list[tuple[float, float, str]]] = defaultdict(list)
    for key in sorted(points):
        la, lo, sd = key
        cells[(int(la // _CELL_DEG), int(lo // _CELL_DEG), sd)].append(key)
    partners: dict[str, list[str]] = {}
    for key, g in points.items():
        if not g.new:
            continue
        la, lo, sd = key
        cy, cx = int(la // _CELL_DEG), int(lo // _CELL_DEG)
        near: list[_Group] = []  # other points within reach, own cell first
        examined, have = 0, len(g.members) - 1
        for dy, dx in _AROUND:
            for other in cells.get((cy + dy, cx + dx, sd), ()):
                if examined >= MAX_POINTS or have >= MAX_PER_RECORD:
                    break
                if other == key:
                    continue
                examined += 1
                if _metres_at(la, lo, other[0], other[1]) <= NEAR_METRES:
                    gb = points[other]
                    near.append(gb)
                    have += len(gb.members)
        idx = {rid: i for i, rid in enumerate(g.members)}
        for a in g.new:
            i = idx[a]
            out = _ring(g.members, i)
            for gb in near:
                if len(out) >= MAX_PER_RECORD:
                    break
                _fill(out, gb.members, i, a)
            partners[a] = out
    return partners


def find_likely_duplicates(
    records: Iterable[Mapping[str, Any]], existing: Iterable[Mapping[str, Any]] = ()
) -> list[DuplicatePair]:
    """Pairs among ``records`` and between ``records`` and ``existing`` (project dicts)."""
    new = list(records)
    new_ids = {r["id"] for r in new}
    pool = new + [r for r in existing if r["id"] not in new_ids]
    pairs: dict[tuple[str, str], str] = {}
    deg: dict[str, int] = {}
    cap = MAX_PAIRS_PER_RECORD
    lists = [(reason, found, sorted(found)) for reason, found in
             (("title", _title_partners(pool, new_ids)), ("place_and_date", _place_partners(pool, new_ids)))]
    # Everyone's closest partner first, then everyone's second, ...: a record already in ``cap`` pairs
    # takes no more (never reached by honest data).
    for pos in range(MAX_PER_RECORD):
        for li, (reason, found, order) in enumerate(lists):
            longer = []
            for a in order:
                bs = found[a]
                if pos >= len(bs):
                    continue
                longer.append(a)
                b = bs[pos]
                key = (a, b) if a < b else (b, a)
                if key in pairs:
                    continue
                da, db = deg.get(a, 0), deg.get(b, 0)
                if da < cap and db < cap and a != b:
                    pairs[key] = reason
                    deg[a], deg[b] = da + 1, db + 1
            lists[li] = (reason, found, longer)
    return [DuplicatePair(a, b, reason) for (a, b), reason in sorted(pairs.items())]
