"""Joint-project finder: pairs of similar projects in different districts, and groups of them.

Pairs come from the similarity index (each project's best matches in other districts), are scored by
the similarity score boosted when either side is marked open to collaboration, and kept above a
threshold. Groups are the connected components of the kept pairs (union-find)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .export.atomic import atomic_text
from .export.rows import neutral_text
from .similarity import W_DIST, W_GROUPS, W_SDG, W_TEXT, Doc, Match, SimilarityIndex, build_index

DEFAULT_THRESHOLD = 0.35
COLLAB_BOOST = 0.15  # per side marked open to collaboration


@dataclass(frozen=True)
class JointPair:
    a: Doc
    b: Doc
    score: float  # boosted, 0..1
    match: Match  # why: shared words, targets, groups, distance (seen from a)


@dataclass(frozen=True)
class JointGroup:
    uuids: tuple[str, ...]
    districts: tuple[str, ...]
    score: float  # best pair score inside


@dataclass(frozen=True)
class JointResult:
    pairs: list[JointPair]
    groups: list[JointGroup]


def boosted(score: float, a: Doc, b: Doc) -> float:
    """Each side open to collaboration closes COLLAB_BOOST of the gap to 1 (stays below 1, keeps order)."""
    for _ in range(int(a.open_to_collab) + int(b.open_to_collab)):
        score += (1.0 - score) * COLLAB_BOOST
    return score


def find_pairs(index: SimilarityIndex, threshold: float = DEFAULT_THRESHOLD, per_project: int = 5,
               progress=None, cancelled=None) -> JointResult:
    best: dict[tuple[str, str], JointPair] = {}
    n = len(index.docs)
    for i, doc in enumerate(index.docs):
        if cancelled and cancelled():
            break
        for m in _best_in_other_districts(index, doc, per_project,
                                          1 - (1 - threshold) / (1 - COLLAB_BOOST) ** 2):
            other = index.find(m.uuid)
            assert other is not None
            s = boosted(m.score, doc, other)
            if s < threshold:
                continue
            key = (doc.uuid, other.uuid) if doc.uuid < other.uuid else (other.uuid, doc.uuid)
            if key not in best or best[key].score < s:
                best[key] = JointPair(doc, other, round(s, 4), m)
        if progress and i % 200 == 0:
            progress(i, n)
    pairs = sorted(best.values(), key=lambda p: (-p.score, p.a.title, p.b.title))
    return JointResult(pairs, _groups(pairs))


_NON_TEXT_MAX = W_SDG + W_GROUPS + W_DIST  # every non-text part of the score is at most 1


def _best_in_other_districts(index: SimilarityIndex, q: Doc, limit: int, min_score: float) -> list[Match]:
    """Exactly ``index.query(q, limit, min_score=min_score, only_other_districts=True)``, but scoring
    the candidates in decreasing text similarity and stopping once even a perfect non-text score
    (``W_TEXT * cos + _NON_TEXT_MAX``) cannot reach the ``limit``-th best: the full score (Jaccards,
    distance) is then computed for a few candidates instead of for every project sharing a word. The
    candidates, their cosines (same sums in the same order) and the tie order (first seen first) are
    those of ``query``; tests/services/test_joint.py compares both on demo data."""
    qvec = index.vector(q.text, q.title)
    dots = index.candidates(q, qvec)
    docs = index.docs
    cands = [(cos, r, i) for r, (i, cos) in enumerate(dots.items())
             if docs[i].district != q.district and docs[i].uuid != q.uuid]
    cands.sort(key=lambda c: -c[0])
    top: list[tuple[float, int, int, float]] = []  # (-score, first-seen rank, doc, cos), best first
    for cos, r, i in cands:
        if len(top) == limit and W_TEXT * cos + _NON_TEXT_MAX < -top[-1][0] - 1e-9:
            break
        sc = index._score(q, docs[i], cos)
        if sc >= min_score and (len(top) < limit or (-sc, r) < top[-1][:2]):
            top.append((-sc, r, i, cos))
            top.sort()
            del top[limit:]
    return [index._match(q, qvec, docs[i], -neg, cos) for neg, _, i, cos in top]


def _groups(pairs: list[JointPair]) -> list[JointGroup]:
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        ra, rb = root(p.a.uuid), root(p.b.uuid)
        if ra != rb:
            parent[ra] = rb
    members: dict[str, list[str]] = {}
    district: dict[str, str] = {}
    top: dict[str, float] = {}
    for p in pairs:
        r = root(p.a.uuid)
        top[r] = max(top.get(r, 0.0), p.score)
        for d in (p.a, p.b):
            district[d.uuid] = d.district
    for u in district:
        members.setdefault(root(u), []).append(u)
    out = [JointGroup(tuple(sorted(m)), tuple(sorted({district[u] for u in m})), top[r])
           for r, m in members.items() if len(m) > 2]
    return sorted(out, key=lambda g: (-len(g.uuids), -g.score))


def find_joint(ws, threshold: float = DEFAULT_THRESHOLD, progress=None, cancelled=None,
               index: SimilarityIndex | None = None) -> JointResult:
    """Runner-compatible: build the index (unless given) and find the pairs and groups."""
    return find_pairs(index or build_index(ws), threshold, progress=progress, cancelled=cancelled)


def write_csv(path: str | Path, result: JointResult, headers: list[str], district_name=str) -> int:
    """Pairs as CSV, UTF-8 with BOM (Excel opens it with Turkish letters intact); returns rows written.
    ``headers``: 11 translated column titles (score, district A, title A, id A, district B, title B, id B,
    open to collaboration, shared targets, shared words, distance km)."""
    group_of = {u: i + 1 for i, g in enumerate(result.groups) for u in g.uuids}
    # one exclusive temp file then rename (safe_write); titles never become live formulas (docs/security_export_notes.md)
    with atomic_text(path, encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow([*headers, "#"])
        for p in result.pairs:
            m = p.match
            w.writerow([f"{p.score:.3f}".replace(".", ","), district_name(p.a.district), neutral_text(p.a.title),
                        p.a.uuid, district_name(p.b.district), neutral_text(p.b.title), p.b.uuid,
                        "+" if p.a.open_to_collab or p.b.open_to_collab else "",
                        " ".join(m.shared_targets), neutral_text(" ".join(m.shared_words)),
                        "" if m.distance_km is None else f"{m.distance_km:.1f}".replace(".", ","),
                        group_of.get(p.a.uuid, "")])
    return len(result.pairs)
