"""Turkish-correct case mapping, accent-insensitive folding and collation keys.

``str.lower()`` is wrong for Turkish: ``"İ".lower()`` gives ``"i̇"`` (two code points) and
``"I".lower()`` gives ``"i"`` where Turkish wants ``"ı"``. Everything here is explicit.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from bisect import bisect_right

_TR_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_TR_UPPER = str.maketrans({"i": "İ", "ı": "I"})

# Folding for search: case, Turkish letters and other accents all disappear, so "izmir" finds
# "İZMİR", "cesme" finds "Çeşme" and "ISIK" finds "Işık".
_FOLD = str.maketrans(
    {
        "İ": "i", "I": "i", "ı": "i", "i": "i",
        "Ş": "s", "ş": "s", "Ç": "c", "ç": "c", "Ğ": "g", "ğ": "g",
        "Ö": "o", "ö": "o", "Ü": "u", "ü": "u",
        "Â": "a", "â": "a", "Î": "i", "î": "i", "Û": "u", "û": "u",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")

# Turkish alphabet order, as a translation into code points that sort in that order, so a collation
# key is one C-level ``str.translate`` (fast enough to key 100k titles at start-up). Digits and
# punctuation keep their (lower) code points and sort first; other letters sort after z.
_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_COLLATE = str.maketrans({ch: chr(0x2000 + i) for i, ch in enumerate(_ALPHABET)} | {"â": chr(0x2000), "î": chr(0x2000 + 11), "û": chr(0x2000 + 25)})


def tr_lower(s: str) -> str:
    return s.translate(_TR_LOWER).lower()


def tr_upper(s: str) -> str:
    return s.translate(_TR_UPPER).upper()


def tr_title(s: str) -> str:
    """Title case with Turkish rules ("istanbul ılıca" -> "İstanbul Ilıca")."""
    return " ".join(tr_upper(w[:1]) + tr_lower(w[1:]) for w in s.split(" "))


def fold(s: str) -> str:
    """Case- and accent-insensitive form used for search (ASCII, lower case)."""
    s = s.translate(_FOLD)
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def fold_words(s: str) -> str:
    """Folded text with punctuation turned into single spaces (for full-text indexing)."""
    return _NON_WORD.sub(" ", fold(s)).strip()


def _key_table() -> dict[int, str]:
    """``_COLLATE`` extended to the Turkish upper-case letters (İ->i, I->ı, Ç->ç ...), so a key needs one
    translate and one ``lower()`` (for letters outside the table) instead of three passes: 2.7x faster."""
    table = {}
    for src, point in _COLLATE.items():
        ch = chr(src)
        table[src] = point
        table[ord(tr_upper(ch))] = point
    return table


_KEY = _key_table()


def sort_key(s: str) -> str:
    """Collation key following the Turkish alphabet (ç after c, ı before i, ş after s ...): the same as
    ``tr_lower(s).translate(_COLLATE)`` (a test checks), in two C-level passes."""
    return s.translate(_KEY).lower()



# -- search rule (the list filter and store/search.py, the FTS5 path, use exactly this) ----------------------
# A query is a list of terms, all required. A term is a tuple of alternatives, any one enough; an
# alternative is a tuple of needles, all required: " word" (a word of the row starts with it) or
# " word " (the whole word: abbreviations). ``blocked`` phrases of a term (unit names holding one of its
# words, "iklim degisikligi ve sifir atik mudurlugu") do not count as the term's occurrence.
Needles = tuple[str, ...]


def search_plan(query: str) -> tuple[tuple[tuple[Needles, ...], tuple[str, ...]], ...]:
    """The terms of a query: glossary concepts (synonyms, abbreviations: core/turkish.py), the other
    words by their rule stems (suffixes, k/ğ-type softening)."""
    from . import turkish as tr  # loaded on the first search, not at start-up

    words = fold_words(query).split()
    stems = [tr.rule_stem(w) for w in words]
    g = tr.glossary()
    terms = []
    i = 0
    while i < len(words):
        best = None  # (length, concept)
        for c in g.concepts:
            if len(words[i]) <= 5 and words[i] in c.abbr:
                best = max(best or (0, c), (1, c), key=lambda x: x[0])
            for t in c.terms:
                n = len(t)
                if [tr.rule_stem(w) for w in t] == stems[i:i + n] and (best is None or n > best[0]):
                    best = (n, c)
        if best is not None:
            n, c = best
            alts = [tuple(" " + v for v in combo) for t in c.terms
                    for combo in itertools.product(*(tr.stem_variants(w) for w in t))]
            alts += [(" " + a + " ",) for a in c.abbr]
            i += n
        else:
            alts = [(" " + v,) for v in tr.stem_variants(words[i])]
            i += 1
        alts = list(dict.fromkeys(alts))
        blocked = tuple(" " + ph for ph in g.institutions
                        if any(" " + n.strip() in " " + ph for a in alts for n in a if not n.endswith(" ")))
        terms.append((tuple(alts), blocked))
    return tuple(terms)


def _needle_in(needle: str, hay: str) -> bool:
    if needle.endswith(" "):
        return needle in hay or hay.endswith(needle[:-1])
    return needle in hay


def row_matches(plan, hay: str) -> bool:  # type: ignore[no-untyped-def]
    """True when ``hay`` (" " + folded words) satisfies every term of ``plan``."""
    for alts, blocked in plan:
        ok = False
        for alt in alts:
            if all(_needle_in(n, hay) for n in alt):
                if blocked and any(b in hay for b in blocked):
                    ok = _outside_blocked(alt, blocked, hay)
                else:
                    ok = True
                if ok:
                    break
        if not ok:
            return False
    return True


def _outside_blocked(alt: tuple[str, ...], blocked: tuple[str, ...], hay: str) -> bool:
    """Every needle of ``alt`` has an occurrence in ``hay`` that does not start inside an occurrence of a
    blocked unit name (occurrences as spans: nested or overlapping names, "park bahce ve yesil alanlar
    dairesi baskanligi" holding "yesil alanlar dairesi baskanligi", are not counted twice)."""
    spans = []
    for b in blocked:
        p = hay.find(b)
        while p >= 0:
            spans.append((p, p + len(b)))
            p = hay.find(b, p + 1)
    for n in alt:
        whole = n.endswith(" ")
        probe = n[:-1] if whole else n
        k, p, ok = len(probe), hay.find(probe), False
        while p >= 0:
            if (not whole or p + k == len(hay) or hay[p + k] == " ") and not any(s <= p < e for s, e in spans):
                ok = True
                break
            p = hay.find(probe, p + 1)
        if not ok:
            return False
    return True


class Haystack:
    """The rows' search texts joined into one string ("\n" between rows), so a needle's rows come from
    ``str.find`` over the whole text (C speed, cost grows with the hits, not the rows) instead of one
    ``in`` per row: a concept with ten alternatives stays one pass' worth of work at 100k rows."""

    def __init__(self, hays: list[str]) -> None:
        self.hays = hays
        self.text = "\n".join(hays) + "\n"
        starts = array("q")
        pos = 0
        for h in hays:
            starts.append(pos)
            pos += len(h) + 1
        self.starts = starts

    def rows_with(self, needle: str) -> set[int]:
        """Rows holding ``needle`` (" word" prefix, or " word " whole word: the row's end counts as a space)."""
        text, starts, out = self.text, self.starts, set()
        probe = needle[:-1] if needle.endswith(" ") else needle
        find, n = text.find, len(probe)
        pos = find(probe)
        while pos >= 0:
            if not needle.endswith(" ") or text[pos + n] in " \n":
                out.add(bisect_right(starts, pos) - 1)
            pos = find(probe, pos + n)
        return out


def _term_rows(hs: Haystack, term) -> set[int]:  # type: ignore[no-untyped-def]
    alts, blocked = term
    got: set[int] = set()
    cache: dict[str, set[int]] = {}
    for alt in alts:
        rows = None
        for n in alt:
            r = cache.get(n)
            if r is None:
                r = cache[n] = hs.rows_with(n)
            rows = set(r) if rows is None else rows & r
            if not rows:
                break
        got |= rows or set()
    if blocked:
        hays = hs.hays
        got = {i for i in got if not any(b in hays[i] for b in blocked) or row_matches((term,), hays[i])}
    return got

def filter_rows(query: str, hays: list[str] | Haystack, candidates: list[int] | None = None) -> list[int]:
    """The list filter's matching rule (Qt-free): indices (of ``candidates``, default all rows) whose
    search text (" " + folded words, as ``ProjectSummary.search_text``) satisfies ``search_plan(query)``.
    store/search.py gives the FTS5 path the same result."""
    hs = hays if isinstance(hays, Haystack) else Haystack(hays)
    out = list(range(len(hs.hays))) if candidates is None else list(candidates)
    for term in search_plan(query):
        if not out:
            break
        alts, blocked = term
        if len(alts) == 1 and len(alts[0]) == 1 and not blocked and not alts[0][0].endswith(" "):
            needle, hays_ = alts[0][0], hs.hays  # a plain word: one C-level ``in`` per row, as before
            out = [i for i in out if needle in hays_[i]]
            continue
        rows = _term_rows(hs, term)
        out = [i for i in out if i in rows]
    return out
