"""Reference taxonomies and point-in-district (no Qt)."""

import pytest

from izsa_desktop.core import taxonomy as tx


def test_counts_match_the_reference_data():
    assert len(tx.goals()) == 17
    assert len(tx.targets()) == 169
    assert [len(tx.targets_of(g)) for g in range(1, 18)] == [7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]
    assert [t.key for t in tx.themes().values()] == ["people", "places", "participation", "prosperity", "peace", "planet"]
    assert len(tx.districts()) == 30
    assert tx.district_ids()[-1] == tx.METROPOLITAN
    assert tx.goals()[11].color == "#FD9D24"


@pytest.mark.parametrize(
    "lon,lat,expected",
    [
        (27.1287, 38.4189, "konak"),  # clock tower
        (26.3044, 38.3233, "cesme"),  # castle
        (27.3417, 37.9397, "selcuk"),  # Ephesus
        (27.1839, 39.1328, "bergama"),  # acropolis
        (25.5, 38.5, None),  # Aegean sea, west of Chios
    ],
)
def test_district_at_landmarks(lon, lat, expected):
    assert tx.district_at(lon, lat) == expected


def test_label_points_lie_inside_their_district():
    for d in tx.districts():
        assert tx.district_at(*d.label_point) == d.id


def test_resolve_district_accepts_names_and_ascii():
    assert tx.resolve_district("KARŞIYAKA") == "karsiyaka"
    assert tx.resolve_district("karsiyaka") == "karsiyaka"
    assert tx.resolve_district("Ödemiş") == "odemis"
    assert tx.resolve_district("Narnia") is None
