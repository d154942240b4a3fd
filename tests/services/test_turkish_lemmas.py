"""core/turkish.py: lemma choice and glossary matching on inflected words (issue 14)."""

from __future__ import annotations

from izsa_desktop.core import turkish as tr
from izsa_desktop.core.text import fold


def test_verbal_noun_is_its_verb_not_a_stop_word_noun():
    # "atık toplama" (collecting) is not "toplam" (total, a stop word); it meets "toplanması"
    assert tr.lemma("toplama") == tr.lemma("toplanması") == "topla"
    assert tr.lemma("toplam") == "toplam"
    # nouns derived from the verb keep their own lemma
    assert tr.lemma("göçmen") == "göçmen" and tr.lemma("yönetmeliği") == "yönetmelik"
    assert tr.lemma("amacı") == "amaç" and tr.lemma("alanı") == "alan"


def test_concepts_found_through_stacked_suffixes():
    words = [fold(w) for w in tr.tokens("Kadın kooperatiflerine destek")]
    assert "women_coop" in tr.concepts_in(words)
    assert "women_coop" in tr.concepts_in([fold(w) for w in tr.tokens("Kadın kooperatifi kuruluşu")])


def test_analyser_released_after_a_batch_lemmas_stay():
    from izsa_desktop.services import similarity as sim

    docs = [sim.Doc("a", "konak", "Bostan", "Bostan kentsel bostanları", frozenset(), frozenset(), frozenset(),
                    None, None)]
    idx = sim.SimilarityIndex.build(docs)
    assert tr._AN["obj"] is None  # the ~31 MB dictionary is not kept with the index
    tr.lemma.cache_clear()  # words other tests lemmatised would not need the analyser
    with tr.analysing():
        assert tr.lemma("bostanları") == "bostan"
        with tr.analysing():
            tr.lemma("gıdaya")
        assert tr._AN["obj"] is not None  # held until the outermost batch ends
    assert tr._AN["obj"] is None
    assert idx.query(sim.Doc("q", "buca", "bostanlar", "bostanlar", frozenset(), frozenset(), frozenset(), None,
                             None), 3)[0].uuid == "a"
