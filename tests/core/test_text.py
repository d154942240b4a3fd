"""Turkish case, folding and collation (no Qt)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from izsa_desktop.core.text import fold, fold_words, sort_key, tr_lower, tr_title, tr_upper


def test_turkish_case_mapping_is_not_pythons():
    assert "İ".lower() != "i"  # the trap this module exists for
    assert tr_lower("İZMİR") == "izmir"
    assert tr_lower("IŞIK") == "ışık"
    assert tr_upper("izmir") == "İZMİR"
    assert tr_upper("ışık") == "IŞIK"
    assert tr_title("istanbul ılıca") == "İstanbul Ilıca"


def test_fold_is_case_and_accent_insensitive():
    assert fold("İZMİR") == fold("izmir") == "izmir"
    assert fold("Çeşme") == "cesme"
    assert fold("Işık") == fold("ISIK") == fold("isik") == "isik"
    assert fold("Güzelbahçe Ödemiş Ağaç") == "guzelbahce odemis agac"
    assert fold_words("Sıfır-Atık, 2024!") == "sifir atik 2024"


def test_sort_key_follows_turkish_alphabet():
    words = ["Zeytin", "Şile", "Sarı", "İzmir", "ılık", "Ilıca", "Çeşme", "Cunda", "Ödemiş", "Ova", "Ürün", "Uzun"]
    assert sorted(words, key=sort_key) == [
        "Cunda", "Çeşme", "Ilıca", "ılık", "İzmir", "Ova", "Ödemiş", "Sarı", "Şile", "Uzun", "Ürün", "Zeytin",
    ]
    # dotless ı sorts before dotted i, regardless of case
    assert sort_key("ırmak") < sort_key("iğne") < sort_key("İzmir")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcçdefgğhıijklmnoöpqrsştuüvwxyzâîûéÉÀ ABCÇDEFGĞHIİJKLMNOÖPQRSŞTUÜVWXYZÂÎÛ09-'.ẞǅ")))
def test_sort_key_equals_the_three_pass_definition(s):
    from izsa_desktop.core.text import _COLLATE

    assert sort_key(s) == tr_lower(s).translate(_COLLATE)
