"""Similar projects: a score that combines Turkish-aware text similarity of title + purpose, shared SDG
goals/targets, shared target groups and distance.

Text (core/turkish.py): unit names ("... Müdürlüğü"), stop words, place names and idioms ("yol
haritası") removed -> lemmas from a Turkish morphological analyser, diacritics kept (çam is not cam; an
ASCII-only text gets the corpus's diacritic spelling first) -> plus one feature per glossary concept the
text mentions ("#solar" joins GES and "güneş enerji santrali") -> TF-IDF vectors, cosine.

The score is the weighted mean of the parts both records carry (text always; SDGs, groups, distance
only when recorded on both sides); a district- or city-level point gives no distance. Weights were
checked on tests/data/real_projects (benchmarks/eval_finding.py).

The index holds one sparse vector per live project and an inverted index key -> postings, so a query
only scores projects sharing at least one key or SDG target (no numpy: dicts of typed arrays).
"""

from __future__ import annotations

import math
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select

from ..core import turkish as tr
from ..core.geo import haversine_km
from ..core.text import fold, tr_lower
from ..store.models import ProjectRow

W_TEXT, W_SDG, W_GROUPS, W_DIST = 0.55, 0.2, 0.1, 0.15
DIST_SCALE_KM = 10.0
W_TITLE = 2.0  # a key in the title counts this many times (train split p@5: 1.0 -> 0.719, 1.5 -> 0.739, 2.0 -> 0.741, 3.0 -> 0.737)
W_CONCEPT = 1.0  # (train split: 1.0 -> p@5 0.72, 2.5 -> 0.73; 1.0 keeps near-duplicates first) weight of a glossary concept feature relative to a word's TF-IDF weight
_PLACE_PRECISIONS = frozenset({"exact", "neighbourhood"})  # a district/city-level point is not a place
_CONCEPT = "#"  # concept features are "#<id>"; never a word (words hold letters and digits only)


def _split(text: str) -> tuple[list[str], list[str]]:
    """(lower-cased words, their folded forms) of a text without unit names (core.turkish)."""
    toks = tr.tokens(tr.strip_institutions(text))
    return toks, [tr.fold_word(w) for w in toks]


@lru_cache(maxsize=200_000)
def _is_topic(word: str, folded: str) -> bool:
    """Not a stop word (as written or by its lemma), a place name, a number or a single letter."""
    return not (len(word) < 2 or word.isdigit() or folded in tr.STOP_WORDS or folded in tr.place_names()
                or fold(tr.lemma(word)) in tr.STOP_WORDS)


def words(text: str) -> list[str]:
    """Topic words of a text: lower-cased (Turkish rules), without unit names (core.turkish), stop
    words, place names and the parts of idioms ("yol haritası" is not a road)."""
    return _topic_words(*_split(text))


def _topic_words(toks: list[str], folded: list[str]) -> list[str]:
    idioms = tr.glossary().idioms
    skip = set()
    if idioms:
        firsts = {idiom[0] for idiom in idioms}
        for i in range(len(folded) - 1):
            if folded[i] not in firsts:
                continue
            for idiom in idioms:
                n = len(idiom)
                if idiom[0] == folded[i] and [tr.rule_stem(w) for w in folded[i:i + n]] == \
                        [tr.rule_stem(w) for w in idiom]:
                    skip.update(range(i, i + n))
    return [w for i, (w, f) in enumerate(zip(toks, folded, strict=True)) if i not in skip and _is_topic(w, f)]


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """The key of a lower-cased word: its lemma (core.turkish), diacritics kept (çam is not cam)."""
    return tr.lemma(word)


def stem(word: str) -> str:
    return _stem(tr_lower(word))


def stems(text: str, deasc: tr.Deasciifier | None = None, ascii_only: bool | None = None) -> list[str]:
    """Word keys of a text plus its glossary concepts ("#solar"); in a text written without any Turkish
    letter (``ascii_only``: the caller's decision for a part of a larger text), words are first given
    the corpus's diacritic spelling (``deasc``)."""
    toks, folded = _split(text)
    ws = _topic_words(toks, folded)
    if ascii_only is None:
        ascii_only = not tr.has_turkish_letters(text)
    if deasc is not None and ascii_only:
        ws = [deasc.restore(w) for w in ws]
    keys = [_stem(w) for w in ws]
    keys += [_CONCEPT + c for c in sorted(tr.concepts_in(folded))]
    return keys


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
    precision: str = "exact"  # a "district"/"city"/"multi_district" point gives no distance

    @classmethod
    def of_project(cls, p) -> Doc:
        return cls(p.id, p.district, p.title_tr, f"{p.title_tr} {p.purpose}", frozenset(p.sdg_goals),
                   frozenset(p.sdg_targets), frozenset(p.target_groups), p.lat, p.lon, "local",
                   bool(p.open_to_collab), p.precision)


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


def _tf(st: list[str]) -> dict[str, float]:
    tf: dict[str, float] = {}
    for s in st:
        tf[s] = tf.get(s, 0) + 1
    return tf


def doc_tf(text: str, title: str, deasc: tr.Deasciifier | None, ascii_only: bool | None = None) -> dict[str, float]:
    """Key counts of a document's text (title + purpose), each key of the title counted W_TITLE - 1
    times more: the title says what the project is (tests/services/test_similarity.py: the same title in
    another district beats a same-topic project two kilometres away)."""
    if ascii_only is None:
        ascii_only = not tr.has_turkish_letters(text)
    tf = _tf(stems(text, deasc, ascii_only))
    if title and W_TITLE != 1.0:
        for s in set(stems(title, deasc, ascii_only)):
            if s in tf:
                tf[s] += W_TITLE - 1.0
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
    deasc: tr.Deasciifier = field(default_factory=tr.Deasciifier)

    @classmethod
    def build(cls, docs: list[Doc]) -> SimilarityIndex:
        with tr.analysing():  # the analyser's dictionary is released once every word has its lemma
            return cls._build(docs)

    @classmethod
    def _build(cls, docs: list[Doc]) -> SimilarityIndex:
        deasc = tr.Deasciifier()
        ascii_only = [not tr.has_turkish_letters(d.text) for d in docs]
        for d, a in zip(docs, ascii_only, strict=True):
            if not a:
                deasc.learn(tr.tokens(d.text))
        tfs = []
        df: dict[str, int] = {}
        for d, a in zip(docs, ascii_only, strict=True):
            tf = doc_tf(d.text, d.title, deasc, a)
            tfs.append((tuple(tf), tuple(tf.values())))  # compact while the document frequencies are counted
            for s in tf:
                df[s] = df.get(s, 0) + 1
        n = max(len(docs), 1)
        idf = {s: math.log((1 + n) / (1 + c)) + 1.0 for s, c in df.items()}
        postings: dict[str, tuple[array, array]] = {s: (array("i"), array("d")) for s in df}
        by_target: dict[str, array] = {}
        for i, (d, (keys, counts)) in enumerate(zip(docs, tfs, strict=True)):
            vec = _normalise({s: _w(s, c, idf[s]) for s, c in zip(keys, counts, strict=True)})
            for s, w in vec.items():
                ids, weights = postings[s]
                ids.append(i)
                weights.append(w)
            for t in d.targets:
                by_target.setdefault(t, array("i")).append(i)
        return cls(docs, idf, postings, by_target, {d.uuid: i for i, d in enumerate(docs)}, deasc)

    def vector(self, text: str, title: str = "") -> dict[str, float]:
        """The TF-IDF vector of a text (with its title, which weighs more); for an indexed document's
        text and title, exactly the vector indexed."""
        tf = doc_tf(text, title, self.deasc)
        return _normalise({s: _w(s, c, self.idf[s]) for s, c in tf.items() if s in self.idf})

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
        with tr.analysing():
            return self._query(q, limit, min_score, exclude_district, only_other_districts)

    def _query(self, q: Doc, limit: int, min_score: float, exclude_district: str | None,
               only_other_districts: bool) -> list[Match]:
        qvec = self.vector(q.text, q.title)
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
        """Kilometres between two real places; None when either point is only a district/city default."""
        if None in (a.lat, a.lon, b.lat, b.lon) or a.precision not in _PLACE_PRECISIONS or \
                b.precision not in _PLACE_PRECISIONS:
            return None
        return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]

    def _score(self, q: Doc, d: Doc, cos: float) -> float:
        """Weighted mean of the parts both records carry: text always; SDGs, target groups and distance
        only when both sides record them (missing data is not evidence of a different project)."""
        num, den = W_TEXT * cos, W_TEXT
        if (q.goals or q.targets) and (d.goals or d.targets):
            num += W_SDG * (0.5 * _jaccard(q.targets, d.targets) + 0.5 * _jaccard(q.goals, d.goals))
            den += W_SDG
        if q.groups and d.groups:
            num += W_GROUPS * _jaccard(q.groups, d.groups)
            den += W_GROUPS
        dist = self._distance(q, d)
        if dist is not None:
            num += W_DIST * math.exp(-dist / DIST_SCALE_KM)
            den += W_DIST
        return num / den

    def _match(self, q: Doc, qvec: dict[str, float], d: Doc, score: float, cos: float) -> Match:
        dst = stems(d.text, self.deasc)
        shared = set(qvec).intersection(dst)
        seen, surface = set(), []
        ws = words(d.text)
        if not tr.has_turkish_letters(d.text):
            ws = [self.deasc.restore(w) for w in ws]
        for w in ws:  # the candidate's own words whose key is shared, in order
            s = _stem(w)
            if s in shared and s not in seen:
                seen.add(s)
                surface.append(w)
        surface += [s for s in dst if s.startswith(_CONCEPT) and s in shared and s not in seen]  # "#solar"
        return Match(d.uuid, d.district, d.title, d.origin, d.open_to_collab, round(score, 4), round(cos, 4),
                     tuple(surface[:6]), tuple(sorted(q.targets & d.targets)), tuple(sorted(q.goals & d.goals)),
                     tuple(sorted(q.groups & d.groups)), self._distance(q, d))

    def find(self, uuid: str) -> Doc | None:
        i = self.by_uuid.get(uuid)
        return None if i is None else self.docs[i]


def _w(key: str, count: float, idf: float) -> float:
    """TF-IDF weight of a feature; a glossary concept counts W_CONCEPT times a word."""
    w = (1 + math.log(count)) * idf
    return w * W_CONCEPT if key.startswith(_CONCEPT) else w


def _normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {s: w / norm for s, w in vec.items()} if norm else {}


def load_docs(ws) -> list[Doc]:
    """Every live project of the workspace as a Doc (one SELECT of the needed columns); equal goal,
    target and group sets share one frozenset each."""
    r = ProjectRow
    q = select(r.uuid, r.district, r.title_tr, r.purpose, r.sdg_goals, r.sdg_targets, r.target_groups, r.lat,
               r.lon, r.origin, r.open_to_collab, r.precision).where(r.deleted.is_(False))
    shared: dict = {}  # one object per distinct value: ~60 MB less at 100k projects

    def one(value):  # type: ignore[no-untyped-def]
        return shared.setdefault(value, value)

    def one_set(values) -> frozenset:  # type: ignore[no-untyped-def]
        return one(frozenset(one(v) for v in values or ()))

    with ws.engine.connect() as c:  # Core rows stream from the cursor (an ORM session buffers them all)
        return [Doc(u, one(d), t, f"{t} {p or ''}", one_set(int(x) for x in g or ()), one_set(ts), one_set(gr),
                    la, lo, one(o or "local"), bool(oc), one(pr or "exact"))
                for u, d, t, p, g, ts, gr, la, lo, o, oc, pr in c.execute(q)]


def build_index(ws, progress=None, cancelled=None) -> SimilarityIndex:
    """The in-memory index of a workspace's live projects (Runner-compatible signature)."""
    return SimilarityIndex.build(load_docs(ws))


def similar_to(ws, uuid: str, limit: int = 10, index: SimilarityIndex | None = None) -> tuple[Doc, list[Match]]:
    """Similar projects of a stored project. Raises IzsaError project_missing."""
    from ..core.errors import IzsaError

    idx = index or build_index(ws)
    doc = idx.find(uuid)
    if doc is None:
        raise IzsaError("project_missing", id=uuid)
    return doc, idx.query(doc, limit)
