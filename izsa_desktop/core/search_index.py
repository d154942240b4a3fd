"""A word index over rows' search texts: the search rule of ``core.text`` (``search_plan`` /
``row_matches``) answered with look-ups instead of text scans, for the project list at 100k rows.

A row's search text is " " + words separated by single spaces (``ProjectSummary.search_text``). A plan
needle " x" (a word starting with x) holds in a row exactly when one of the row's space-preceded pieces
starts with x, and " x " (a whole word) when one equals x, so:

* the index maps each piece to the sorted rows holding it (``array('I')``: 4 bytes a posting) and keeps
  the pieces sorted, so a prefix is a ``bisect`` range of pieces (unions of 1-2 letter prefixes, the
  first keystrokes, are kept once computed);
* a term (alternatives, any one enough) is the union of its alternatives' rows, an alternative (needles,
  all required) the intersection of its needles' rows; the terms are intersected, the most selective
  first, and once few rows are left the remaining terms are checked on those rows with ``row_matches``;
* what the index cannot see is checked on candidate rows with the rule itself: phrases (needles or unit
  names with a space inside) are found by their words, then confirmed by substring; a row holding one of
  a term's blocked unit names keeps the term only if ``row_matches`` says so.

So the result equals ``core.text.filter_rows`` for every query (tests/core/test_search_index.py checks
it with hypothesis). Qt-free; built once per set of rows (a loader thread builds it with the rows).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

from .text import _needle_in, row_matches, search_plan

_EMPTY = array("I")
_FEW = 400  # candidates left: check the remaining terms row by row
_CACHED_PREFIX = 2  # unions of word postings kept for prefixes up to this length


class SearchIndex:
    """Rows of ``hays`` (each " " + words) matching a query by the search rule of ``core.text``."""

    def __init__(self, hays: list[str]) -> None:
        self.hays = hays
        post: dict[str, array] = {}
        get = post.get
        for r, h in enumerate(hays):
            pieces = h.split(" ")
            if pieces[0]:  # not preceded by a space: " x" cannot match it there
                pieces[0] = ""
            for w in set(pieces):
                a = get(w)
                if a is None:
                    post[w] = array("I", (r,))
                else:
                    a.append(r)
        post.pop("", None)
        self.words = sorted(post)
        self.post = post
        self._prefix_cache: dict[tuple[str, bool], array] = {}
        self._phrase_cache: dict[str, array] = {}
        self._units()

    def _units(self) -> None:
        """Where the glossary's unit names (``Glossary.institutions``) stand in the rows. A row is *clean*
        when every occurrence of a unit name ends at a word's end; in a clean row a word that a prefix
        needle " x" finds inside a unit name makes that name one of the term's blocked names (that is how
        ``search_plan`` picks them), so the needle counts outside its blocked names (``_outside_blocked``)
        exactly when the row holds it outside every unit name. The words a clean row holds only inside
        unit names are therefore indexed (``self.outpost``: a word's rows without those); rows that are
        not clean are checked with ``row_matches``."""
        from .turkish import glossary  # the unit names are glossary data

        hays = self.hays
        self.units = {" " + ph: self._phrase(" " + ph) for ph in glossary().institutions}
        spans: dict[int, list[tuple[int, int]]] = {}
        for b, rows in self.units.items():
            n = len(b)
            for i in rows:
                h, at = hays[i], spans.setdefault(i, [])
                p = h.find(b)
                while p >= 0:
                    at.append((p, p + n))
                    p = h.find(b, p + 1)
        unclean: set[int] = set()
        only_inside: dict[str, list[int]] = {}
        for i, at in spans.items():
            h = hays[i]
            if any(e < len(h) and h[e] != " " for _s, e in at):
                unclean.add(i)
                continue
            parts, last = [], 0
            for s, e in sorted(at):  # the text outside the union of the spans
                if s > last:
                    parts.append(h[last:s])
                last = max(last, e)
            parts.append(h[last:])
            for w in _tokens(h) - _tokens(" ".join(parts)):
                only_inside.setdefault(w, []).append(i)
        self.unclean = unclean
        self.outpost = {w: array("I", sorted(set(self.post[w]).difference(rows))) for w, rows in only_inside.items()}

    def __len__(self) -> int:
        return len(self.hays)

    # -- needles --------------------------------------------------------------------------------------
    def _prefix_arrays(self, x: str, outside: bool = False) -> list[array]:
        words, post, outpost = self.words, self.post, self.outpost if outside else {}
        i = bisect_left(words, x)
        out = []
        while i < len(words) and words[i].startswith(x):
            w = words[i]
            out.append(outpost.get(w, post[w]))
            i += 1
        return out

    def _prefix(self, x: str, outside: bool = False) -> array | set[int]:
        """Rows with a word starting with ``x`` (no space in x); ``outside``: held outside unit names
        (meaningful for clean rows only)."""
        key = (x, outside)
        cached = self._prefix_cache.get(key)
        if cached is not None:
            return cached
        arrs = self._prefix_arrays(x, outside)
        if not arrs:
            return _EMPTY
        if len(arrs) == 1:
            return arrs[0]
        rows: set[int] = set()
        for a in arrs:
            rows.update(a)
        if len(x) <= _CACHED_PREFIX:
            cached = self._prefix_cache[key] = array("I", sorted(rows))
        return rows

    def _phrase(self, needle: str) -> array | set[int]:
        """Rows holding ``needle`` by ``_needle_in`` when the index cannot answer it from one word:
        candidates from its words, confirmed by substring."""
        cached = self._phrase_cache.get(needle)
        if cached is not None:
            return cached
        hays = self.hays
        whole = needle.endswith(" ")
        body = needle[1:-1] if whole else needle[1:]
        pieces = body.split(" ")
        if not needle.startswith(" ") or not all(pieces):  # not a shape of the rule: scan every row
            cand: Iterable[int] = range(len(hays))
        else:
            sets = [self.post.get(p, _EMPTY) for p in pieces[:-1]]
            sets.append(self.post.get(pieces[-1], _EMPTY) if whole else self._prefix(pieces[-1]))
            cand = _intersect(sets)
        rows = array("I", sorted(i for i in cand if _needle_in(needle, hays[i])))
        if len(self._phrase_cache) < 256:
            self._phrase_cache[needle] = rows
        return rows

    def needle_rows(self, needle: str) -> array | set[int]:
        """Rows where ``core.text._needle_in(needle, hay)`` holds."""
        if needle.startswith(" "):
            whole = needle.endswith(" ") and len(needle) > 1
            body = needle[1:-1] if whole else needle[1:]
            if body and " " not in body:
                return self.post.get(body, _EMPTY) if whole else self._prefix(body)
        return self._phrase(needle)

    # -- terms and queries --------------------------------------------------------------------------
    def term_rows(self, term) -> set[int]:  # type: ignore[no-untyped-def]
        """Rows satisfying one term of a ``search_plan``, as ``row_matches((term,), hay)``.

        A row holding one of the term's blocked unit names keeps the term when an alternative's every
        needle has an occurrence outside those names (``_outside_blocked``). In a clean row (``_units``)
        that is, for a prefix needle, an occurrence outside every unit name: ``outpost``. Whole-word
        needles (" ges ": a unit name not among the blocked ones may hold the word) and rows that are not
        clean are checked with ``row_matches``."""
        alts, blocked = term
        got: set[int] = set()
        for alt in alts:
            got |= _intersect([self.needle_rows(n) for n in alt])
        if not blocked or not got:
            return got
        hays, one = self.hays, (term,)
        inside = _union([self.units.get(b) or self.needle_rows(b) for b in blocked])
        gi = got & inside
        if not gi:
            return got
        if not all(b in self.units for b in blocked):  # not the glossary's unit names: the rule row by row
            return got - {i for i in gi if not row_matches(one, hays[i])}
        undecided = gi & self.unclean
        simple = []
        for alt in alts:
            if all(_is_prefix(n) for n in alt):
                simple.append(alt)
            else:
                undecided |= gi & _intersect([self.needle_rows(n) for n in alt])
        clean, keep = gi - undecided, set()
        for alt in simple:
            if not clean:
                break
            rows = set(clean)
            for n in alt:
                rows.intersection_update(self._prefix(n[1:], outside=True))
            keep |= rows
            clean -= rows
        keep |= {i for i in undecided if row_matches(one, hays[i])}
        return (got - gi) | keep

    def plan_rows(self, plan) -> set[int]:  # type: ignore[no-untyped-def]
        """Rows satisfying every term of ``plan``, exactly as ``row_matches`` (index look-ups first)."""
        if not plan:
            return set(range(len(self.hays)))
        order = sorted(plan, key=self._term_cost)
        rows = self.term_rows(order[0])
        hays = self.hays
        for k, term in enumerate(order[1:], 1):
            if not rows:
                break
            if len(rows) <= _FEW:  # few rows left: the rule itself on them
                rest = tuple(order[k:])
                return {i for i in rows if row_matches(rest, hays[i])}
            rows &= self.term_rows(term)
        return rows

    def match(self, query: str) -> set[int] | None:
        """Rows matching ``query``; None when it has no word (nothing to filter by)."""
        plan = search_plan(query)
        return self.plan_rows(plan) if plan else None

    def filter(self, query: str, candidates: list[int] | None = None) -> list[int]:
        """``core.text.filter_rows(query, self.hays, candidates)``, from the index."""
        out = list(range(len(self.hays))) if candidates is None else list(candidates)
        rows = self.match(query)
        return out if rows is None else [i for i in out if i in rows]

    def _term_cost(self, term) -> int:  # type: ignore[no-untyped-def]
        """An upper bound of a term's rows from posting sizes (cheap: no set is built)."""
        total = 0
        for alt in term[0]:
            best = None
            for n in alt:
                w = n.strip()
                if n.startswith(" ") and w and " " not in w:
                    if n.endswith(" "):
                        size = len(self.post.get(w, _EMPTY))
                    else:
                        c = self._prefix_cache.get(w)
                        size = len(c) if c is not None else sum(map(len, self._prefix_arrays(w)))
                else:
                    size = len(self.hays)
                best = size if best is None else min(best, size)
            total += best or 0
        return total


def _tokens(h: str) -> set[str]:
    """The space-preceded pieces of a text (what " x" needles can match)."""
    pieces = h.split(" ")
    pieces[0] = ""
    out = set(pieces)
    out.discard("")
    return out


def _is_prefix(needle: str) -> bool:
    """A " x" needle with one word x (not a whole word, not a phrase)."""
    return needle.startswith(" ") and len(needle) > 1 and " " not in needle[1:]


def _intersect(parts: list) -> set[int]:  # type: ignore[type-arg]
    parts = sorted(parts, key=len)
    rows = set(parts[0])
    for p in parts[1:]:
        if not rows:
            break
        rows.intersection_update(p)
    return rows


def _union(parts: list) -> set[int]:  # type: ignore[type-arg]
    rows: set[int] = set()
    for p in parts:
        rows.update(p)
    return rows
