"""core.search_index gives exactly core.text.filter_rows for any query (hypothesis over the words of a
corpus: the real evaluation set, awkward hand-made rows around unit names, prefixes and glossary terms)."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from izsa_desktop.core import turkish as tr
from izsa_desktop.core.search_index import SearchIndex
from izsa_desktop.core.text import filter_rows, fold_words

DATA = Path(__file__).resolve().parent.parent / "data" / "real_projects" / "real_projects.csv"

# rows that stress the unit-name rule: a name followed by a longer word, overlapping names, names at the
# end, a word inside and outside a name, repeated abbreviations, no leading space, double spaces
AWKWARD = [
    "iklim degisikligi ve sifir atik mudurlugu",
    "iklim degisikligi ve sifir atik mudurlugunun iklim",
    "iklim degisikligi ve sifir atik mudurlugu iklim degisikligi ve sifir atik mudurlugu",
    "park ve bahceler mudurlugu park bahce ve yesil alanlar dairesi baskanligi yesil alanlar dairesi baskanligi",
    "yesil alanlar dairesi baskanligi park bahce ve yesil alanlar dairesi baskanligi bahce",
    "ges ges cati ges arazi ges pv",
    "gunes enerji santrali enerji yonetimi mudurlugu",
    "enerji yonetimi mudurlugu gunes paneli",
    "sifir atik atik getirme merkezi cevre koruma ve kontrol mudurlugu",
    "cevre koruma ve kontrol mudurluguu cevre",
    "kadin ve aile hizmetleri mudurlugu kadin kooperatifi",
    "sosyal destek hizmetleri mudurlugu",
    "bisiklet yolu bisikletler cam camasir cami cam geri donusum",
    "kent bostani hobi bahcesi bostanli",
    "izmir  cesme   bostan",
]


def _corpus() -> list[str]:
    with open(DATA, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = [" " + fold_words(" ".join(v for v in r.values() if v)) for r in rows]
    out += [" " + h for h in AWKWARD]
    out.append(AWKWARD[0])  # no leading space: its first word is not preceded by one
    out.append("")
    return out


HAYS = _corpus()
INDEX = SearchIndex(HAYS)


def _vocabulary() -> list[str]:
    words = sorted({w for h in HAYS for w in h.split()})
    g = tr.glossary()
    words += [" ".join(t) for c in g.concepts for t in c.terms] + [a for c in g.concepts for a in c.abbr]
    words += list(g.institutions) + ["İZMİR", "Çam", "güneş enerjisi", "gunes enerjisi", "ati", "bisikletler"]
    return words


VOCAB = _vocabulary()
word = st.one_of(
    st.sampled_from(VOCAB),
    st.builds(lambda w, n: w[:n], st.sampled_from(VOCAB), st.integers(1, 6)),  # typing: a prefix
    st.text(alphabet="abcçgıiösşuü *\"-:()", min_size=0, max_size=4),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(word, min_size=0, max_size=4).map(" ".join))
def test_index_equals_filter_rows(query):
    assert INDEX.filter(query) == filter_rows(query, HAYS)


def test_awkward_queries_equal_and_candidates_kept_in_order():
    queries = ["iklim", "sifir atik", "park", "bahce", "ges", "gunes enerjisi", "kadin", "cevre", "c", "a",
               "mudurlugu", "yesil alanlar", "dairesi", "bostan", "cam", "çam", "", "  ", '"*-:()']
    cand = list(range(len(HAYS)))[::-1]
    for q in queries:
        assert INDEX.filter(q) == filter_rows(q, HAYS), q
        assert INDEX.filter(q, cand) == filter_rows(q, HAYS, cand), q


def test_unit_name_hits_do_not_count():
    # "iklim" only inside the directorate name: not found; also outside it: found
    hays = [" iklim degisikligi ve sifir atik mudurlugu", " iklim degisikligi ve sifir atik mudurlugu iklim",
            " iklim eylem plani"]
    assert SearchIndex(hays).filter("iklim") == [1, 2] == filter_rows("iklim", hays)
