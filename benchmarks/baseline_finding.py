"""FROZEN copy of the finding algorithms as they were before issue 14 (commit 9eb2383): the list
filter's matching rule, the FTS5 query builder, services/similarity.py's index and query and
services/joint.py's pair finder. benchmarks/eval_finding.py runs these beside the app's current code so
the runner prints old vs new in the same run. Do not "fix" anything here: it is the baseline.
"""

from __future__ import annotations

import math
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from izsa_desktop.core.geo import haversine_km
from izsa_desktop.core.text import fold, fold_words, tr_lower


# -- search (ui/project_proxy.py ProjectFilterProxy._apply and store/projects.py ProjectRepo.search) --------
def list_filter(query: str, hays: list[str]) -> list[int]:
    """Indices of ``hays`` (" " + search_text per row) the list filter kept: every folded query word
    must start a word of the row."""
    out = list(range(len(hays)))
    for word in fold_words(query).split():
        needle = " " + word
        out = [i for i in out if needle in hays[i]]
    return out


def fts_match(query: str) -> str | None:
    """The FTS5 MATCH expression ProjectRepo.search built (None: no words, nothing searched)."""
    words = fold_words(query).split()
    return " ".join(f'"{w}"*' for w in words) if words else None


# -- similarity (services/similarity.py) ----------------------------------------------------------------
W_TEXT, W_SDG, W_GROUPS, W_DIST = 0.55, 0.2, 0.1, 0.15
DIST_SCALE_KM = 10.0
STEM_LEN = 6
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
STOP_WORDS = frozenset(fold(w) for w in (
    "ve", "ile", "için", "bir", "bu", "şu", "da", "de", "ki", "mi", "ya", "veya", "olarak", "gibi", "daha",
    "çok", "en", "her", "tüm", "olan", "yönelik", "kapsamında", "amacıyla", "amaç", "proje", "projesi",
    "belediye", "belediyesi", "ilçe", "ilçesi", "ilçemiz", "ilçemizde", "yeni", "the", "and", "of", "for",
    "in", "to", "a", "an", "on", "with",
))
_stemmer = snowballstemmer.stemmer("turkish")


def words(text: str) -> list[str]:
    """Lower-cased (Turkish rules) words of a text, stop words removed."""
    return [w for w in _WORD.findall(tr_lower(text)) if len(w) > 1 and _stem(w)]


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """The folded, cut stem of a lower-cased word; "" for a stop word (vocabularies are small: cached)."""
    if fold(word) in STOP_WORDS:
        return ""
    return fold(_stemmer.stemWord(word))[:STEM_LEN]


def stem(word: str) -> str:
    return _stem(tr_lower(word))


def stems(text: str) -> list[str]:
    return [_stem(w) for w in words(text)]


@dataclass(frozen=True, slots=True)
class Doc:
    """What the index keeps of one project (also used for a query being typed)."""

    uuid: str
    district: str
    title: str
    text: str
    goals: frozenset[int]
    targets: frozenset[str]
    groups: frozenset[str]
    lat: float | None
    lon: float | None
    origin: str = "local"
    open_to_collab: bool = False

    @classmethod
    def of_project(cls, p) -> Doc:
        return cls(p.id, p.district, p.title_tr, f"{p.title_tr} {p.purpose}", frozenset(p.sdg_goals),
                   frozenset(p.sdg_targets), frozenset(p.target_groups), p.lat, p.lon, "local",
                   bool(p.open_to_collab))


@dataclass(frozen=True)
class Match:
    uuid: str
    district: str
    title: str
    origin: str
    open_to_collab: bool
    score: float  # 0..1
    text_score: float
    shared_words: tuple[str, ...]
    shared_targets: tuple[str, ...]
    shared_goals: tuple[int, ...]
    shared_groups: tuple[str, ...]
    distance_km: float | None


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


def _tf(st: list[str]) -> dict[str, int]:
    tf: dict[str, int] = {}
    for s in st:
        tf[s] = tf.get(s, 0) + 1
    return tf


@dataclass
class SimilarityIndex:
    """Compact for 100k projects (~12 bytes per posting in typed arrays, no per-document vector kept:
    a document's vector is recomputed from its text when needed, identical to the one indexed)."""

    docs: list[Doc]
    idf: dict[str, float]
    postings: dict[str, tuple[array, array]]  # stem -> (document numbers 'i', weights 'd')
    by_target: dict[str, array]  # SDG target -> document numbers
    by_uuid: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, docs: list[Doc]) -> SimilarityIndex:
        tfs = []
        df: dict[str, int] = {}
        for d in docs:
            tf = _tf(stems(d.text))
            tfs.append((tuple(tf), tuple(tf.values())))  # compact while the document frequencies are counted
            for s in tf:
                df[s] = df.get(s, 0) + 1
        n = max(len(docs), 1)
        idf = {s: math.log((1 + n) / (1 + c)) + 1.0 for s, c in df.items()}
        postings: dict[str, tuple[array, array]] = {s: (array("i"), array("d")) for s in df}
        by_target: dict[str, array] = {}
        for i, (d, (keys, counts)) in enumerate(zip(docs, tfs, strict=True)):
            vec = _normalise({s: (1 + math.log(c)) * idf[s] for s, c in zip(keys, counts, strict=True)})
            for s, w in vec.items():
                ids, weights = postings[s]
                ids.append(i)
                weights.append(w)
            for t in d.targets:
                by_target.setdefault(t, array("i")).append(i)
        return cls(docs, idf, postings, by_target, {d.uuid: i for i, d in enumerate(docs)})

    def vector(self, text: str) -> dict[str, float]:
        """The TF-IDF vector of a text; for an indexed document's text, exactly the vector indexed."""
        tf = _tf(stems(text))
        return _normalise({s: (1 + math.log(c)) * self.idf[s] for s, c in tf.items() if s in self.idf})

    def posting(self, stem: str):  # type: ignore[no-untyped-def]
        """(document number, weight) pairs of the documents containing ``stem``."""
        p = self.postings.get(stem)
        return zip(p[0], p[1], strict=True) if p is not None else ()

    def candidates(self, q: Doc, qvec: dict[str, float]) -> dict[int, float]:
        """Document number -> cosine with ``qvec`` for every document sharing a stem or an SDG target
        with ``q`` (0.0 for a shared target only), in first-seen order."""
        dots: dict[int, float] = {}
        for s, qw in qvec.items():
            for i, w in self.posting(s):
                dots[i] = dots.get(i, 0.0) + qw * w
        for t in q.targets:
            for i in self.by_target.get(t, ()):
                if i not in dots:
                    dots[i] = 0.0
        return dots

    def query(self, q: Doc, limit: int = 10, *, min_score: float = 0.05, exclude_district: str | None = None,
              only_other_districts: bool = False) -> list[Match]:
        """The ``limit`` best matches for ``q`` (never q itself); ``only_other_districts`` keeps those
        whose district differs from q's."""
        qvec = self.vector(q.text)
        dots = self.candidates(q, qvec)
        scored = []
        for i, cos in dots.items():
            d = self.docs[i]
            if d.uuid == q.uuid or (only_other_districts and d.district == q.district) or \
                    (exclude_district and d.district == exclude_district):
                continue
            s = self._score(q, d, cos)
            if s >= min_score:
                scored.append((s, i, cos))
        scored.sort(key=lambda x: -x[0])
        return [self._match(q, qvec, self.docs[i], s, cos) for s, i, cos in scored[:limit]]

    @staticmethod
    def _distance(a: Doc, b: Doc) -> float | None:
        if None in (a.lat, a.lon, b.lat, b.lon):
            return None
        return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]

    def _score(self, q: Doc, d: Doc, cos: float) -> float:
        sdg = 0.5 * _jaccard(q.targets, d.targets) + 0.5 * _jaccard(q.goals, d.goals)
        dist = self._distance(q, d)
        near = math.exp(-dist / DIST_SCALE_KM) if dist is not None else 0.0
        return W_TEXT * cos + W_SDG * sdg + W_GROUPS * _jaccard(q.groups, d.groups) + W_DIST * near

    def _match(self, q: Doc, qvec: dict[str, float], d: Doc, score: float, cos: float) -> Match:
        shared = set(qvec).intersection(stems(d.text))
        seen, surface = set(), []
        for w in words(d.text):  # the candidate's own words whose stem is shared, in order
            s = stem(w)
            if s in shared and s not in seen:
                seen.add(s)
                surface.append(w)
        return Match(d.uuid, d.district, d.title, d.origin, d.open_to_collab, round(score, 4), round(cos, 4),
                     tuple(surface[:6]), tuple(sorted(q.targets & d.targets)), tuple(sorted(q.goals & d.goals)),
                     tuple(sorted(q.groups & d.groups)), self._distance(q, d))

    def find(self, uuid: str) -> Doc | None:
        i = self.by_uuid.get(uuid)
        return None if i is None else self.docs[i]


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {s: w / norm for s, w in vec.items()} if norm else {}



# -- joint finder (services/joint.py) -------------------------------------------------------------------
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
    qvec = index.vector(q.text)
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
