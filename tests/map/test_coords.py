"""Typed coordinates, swapped order detection, precision snapping and offline place search."""

from __future__ import annotations

import pytest

from izsa_desktop.core import taxonomy
from izsa_desktop.map import coords


@pytest.mark.parametrize(("text", "value"), [("38,42", 38.42), ("38.42", 38.42), (" 27,1428 ", 27.1428),
                                             ("-0,5", -0.5), ("38", 38.0), ("38°", 38.0)])
def test_parse_coordinate_accepts_decimal_comma(text, value):
    assert coords.parse_coordinate(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "38,4,2", "38..1", "1e5"])
def test_parse_coordinate_rejects_garbage(text):
    assert coords.parse_coordinate(text) is None


@pytest.mark.parametrize("text", ["38.42, 27.14", "38,42 27,14", "38,42;27,14", "38.42,27.14"])
def test_parse_pair(text):
    assert coords.parse_pair(text) == pytest.approx((38.42, 27.14))


def test_swapped_order_is_detected():
    assert coords.looks_swapped(27.14, 38.42)
    assert not coords.looks_swapped(38.42, 27.14)
    assert not coords.looks_swapped(41.0, 29.0)  # İstanbul: outside either way, not "swapped"


def test_district_precision_snaps_to_label_point():
    bornova = taxonomy.districts_by_id()["bornova"]
    lat, lon = coords.snap_point("district", 38.47, 27.25, "bornova")
    assert (lon, lat) == tuple(bornova.label_point)
    # without a recorded district the district containing the point is used
    konak = taxonomy.districts_by_id()["konak"]
    assert coords.snap_point("district", konak.label_point[1] + 0.001, konak.label_point[0], None) == (
        konak.label_point[1], konak.label_point[0])
    assert coords.snap_point("exact", 38.47, 27.25, "bornova") == (38.47, 27.25)


def test_place_search_is_turkish_accent_insensitive():
    hits = coords.search_places("cesme")
    assert hits[0].kind == "district" and hits[0].name == "Çeşme"
    assert any(p.name == "Kazımdirik" and p.district == "bornova" for p in coords.search_places("KAZIMDIRIK"))
    upper = coords.search_places("GÜZELBAHÇE")
    assert upper and upper == coords.search_places("guzelbahce") and upper[0].district == "guzelbahce"
    assert coords.search_places("   ") == []


def test_place_search_by_neighbourhood_and_district_words():
    hits = coords.search_places("alsancak konak")
    assert hits and hits[0].name == "Alsancak" and hits[0].label == "Alsancak, Konak"
