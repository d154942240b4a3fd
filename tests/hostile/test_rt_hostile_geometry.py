"""Red team, finding 2 (HIGH): one hostile geometry silently mixed another project's data into a record.

Bornova (a registered key) sent its own valid record with ``geometry = {"type": "GeometryCollection",
"geometries": 5}``: the bundle shape check only asked for a dict and ``core.validation.validate`` never
looked at it, so central stored it (and the form, loading it, kept the previous project's values).
Now ``validate`` (the form's save and every bundle import, via ``content.check_values``) accepts exactly
the GeoJSON the app writes and reads (``ui/form/geometry.py``: Point / MultiPoint / one-ring Polygon, or a
GeometryCollection of those; finite [lon, lat] in range; the picker's 200 sites / 5,000 corners), and
bounds every other structured field (partners, results, progress, links, target groups, contacts,
keywords). Real keys, real signatures, real SQLite files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange  # noqa: E402
from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.core.model import project_from_dict  # noqa: E402
from izsa_desktop.core.validation import validate  # noqa: E402
from izsa_desktop.services.bundles_dataset import import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402

RING = [[27.10, 38.40], [27.20, 38.40], [27.20, 38.50], [27.10, 38.40]]
HOSTILE_GEOMETRIES = [
    {"type": "GeometryCollection", "geometries": 5},  # the red team's record
    {"type": "GeometryCollection", "geometries": [5]},
    {"type": "GeometryCollection", "geometries": []},
    {"type": "GeometryCollection", "geometries": [{"type": "GeometryCollection", "geometries": []}]},
    {"type": "Point"},
    {"type": "Point", "coordinates": "27,38"},
    {"type": "Point", "coordinates": [27.1]},
    {"type": "Point", "coordinates": [27.1, 38.4, 10.0]},
    {"type": "Point", "coordinates": [True, 38.4]},
    {"type": "Point", "coordinates": [181.0, 38.4]},
    {"type": "Point", "coordinates": [27.1, -90.5]},
    {"type": "Point", "coordinates": [27.1, 38.4], "properties": {"x": 1}},
    {"type": "LineString", "coordinates": [[27.1, 38.4], [27.2, 38.5]]},
    {"type": "MultiPoint", "coordinates": []},
    {"type": "MultiPoint", "coordinates": [[27.1, 38.4]] * 201},
    {"type": "Polygon", "coordinates": [RING[:-1]]},  # not closed
    {"type": "Polygon", "coordinates": [RING, RING]},  # a hole: the form would drop it
    {"type": "Polygon", "coordinates": [[[27.1, 38.4]] * 5002]},
    {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "coordinates": [RING]}] * 2},
    {"type": "FeatureCollection", "features": []},
    {"type": 5, "coordinates": [27.1, 38.4]},
]


def _errors(**values):  # type: ignore[no-untyped-def]
    return validate(project_from_dict(project(0, **values)), warnings=False).errors


@pytest.mark.parametrize("geometry", HOSTILE_GEOMETRIES, ids=range(len(HOSTILE_GEOMETRIES)))
def test_validate_refuses_every_shape_the_app_never_writes(geometry):
    assert [(i.code, i.field) for i in _errors(geometry=geometry)] == [("geometry_invalid", "geometry")]


def test_validate_accepts_what_the_picker_and_form_write():
    from izsa_desktop.ui.form.geometry import geometry_to_shapes, shapes_to_geometry

    sites = [[38.40 + i * 1e-4, 27.10] for i in range(200)]
    polygon = [[38.40 + (i % 50) * 1e-3, 27.10 + (i // 50) * 1e-3] for i in range(5000)]
    for shapes in ({"sites": sites, "polygon": polygon}, {"sites": sites[:1], "polygon": None},
                   {"sites": [], "polygon": polygon[:3]}):
        g = shapes_to_geometry(shapes)
        assert _errors(geometry=g) == []
        assert geometry_to_shapes(g)["sites"] == shapes["sites"]
    assert _errors(geometry=None) == [] and _errors(geometry={"type": "Point", "coordinates": [27.1, 38.4]}) == []
    too_many = shapes_to_geometry({"sites": sites + [[38.5, 27.2]], "polygon": None})
    assert [i.code for i in _errors(geometry=too_many)] == ["geometry_invalid"]


STRUCTURED = [
    ({"partners": [5]}, "partners"),
    ({"partners": [{"name": "Ege Üniversitesi", "evil": "x"}]}, "partners"),
    ({"partners": [{"name": "Ege Üniversitesi", "type": "bogus", "role": "funding"}]}, "partners"),
    ({"partners": [{"name": "x" * 501}]}, "partners"),
    ({"partners": [{"name": f"Ortak {i}"} for i in range(51)]}, "partners"),
    ({"results": [{"indicator": "Kaza", "script": "<x>"}]}, "results"),
    ({"results": [{"indicator": f"G{i}"} for i in range(101)]}, "results"),
    ({"progress": [{"date": "2024", "text": "ok", "status": "exploded"}]}, "progress"),
    ({"progress": [{"date": "2024", "text": "t" * 5001}]}, "progress"),
    ({"links": ["https://example.org/x"] * 51}, "links"),
    ({"links": ["https://example.org/" + "x" * 2000]}, "links"),
    ({"target_groups": ["youth", "youth"]}, "target_groups"),
    ({"who_themes": ["places", "places"]}, "who_themes"),
    ({"target_groups_other": "o" * 501}, "target_groups_other"),
    ({"keywords": "k" * 1001}, "keywords"),
    ({"contact_name": "n" * 201}, "contact_name"),
    ({"contact_phone": "1" * 41}, "contact_phone"),
    ({"contact_email": "a" * 250 + "@x.org"}, "contact_email"),
    ({"funding_source": "bank_robbery"}, "funding_source"),
    ({"location_method": "telepathy"}, "location_method"),
]


@pytest.mark.parametrize(("bad", "field"), STRUCTURED, ids=[f for _b, f in STRUCTURED])
def test_validate_bounds_every_structured_field(bad, field):
    assert field in {i.field for i in _errors(**bad)}


def _signed(key, i: int, district: str = "bornova", kind: str = "district", **bad) -> bytes:  # type: ignore[no-untyped-def]
    vals = project(i, district, **bad)
    rec = RecordChange(UUIDS[i], district, 1 if kind == "dataset" else 0, 0, vals)
    return make_bundle(key, seq=1, district="central" if kind == "dataset" else district, kind=kind,
                       content=BundleContent(records=(rec,)))


@pytest.mark.parametrize(("bad", "field"), [
    ({"geometry": {"type": "GeometryCollection", "geometries": 5}}, "geometry"),
    ({"geometry": {"type": "Point", "coordinates": [1e308, 38.4]}}, "geometry"),
    ({"partners": [{"name": "Ege", "type": "x" * 10_000}]}, "partners"),
    ({"progress": [{"status": "bogus"}]}, "progress"),
    ({"links": ["https://example.org/x"] * 2000}, "links"),
], ids=["red_team_geometry", "geometry_1e308", "partner_type", "progress_status", "links_2000"])
def test_signed_district_bundle_with_hostile_structure_is_refused_at_central(tmp_path, bad, field):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    data = _signed(KeyService(bor).private_key(PASS), 7, **bad)
    before = db_content_hash(cen)
    with pytest.raises(IzsaError) as e:
        import_file(cen, data)
    assert (e.value.code, e.value.params["field"], e.value.params["id"]) == ("bundle_value_invalid", field, UUIDS[7])
    assert db_content_hash(cen) == before


def test_dataset_carrying_the_hostile_geometry_is_refused_at_another_district(tmp_path):
    cen = central(tmp_path)
    kar = district(tmp_path, "karsiyaka", cen)
    data = _signed(KeyService(cen).private_key(PASS), 8, kind="dataset",
                   geometry={"type": "GeometryCollection", "geometries": 5})
    before = db_content_hash(kar)
    with pytest.raises(IzsaError) as e:
        import_dataset_file(kar, data)
    assert (e.value.code, e.value.params["field"]) == ("bundle_value_invalid", "geometry")
    assert db_content_hash(kar) == before
