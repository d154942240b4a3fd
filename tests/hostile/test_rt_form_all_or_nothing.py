"""Red team, finding 2 (form side, HIGH): one hostile geometry silently mixed another project's data into
a record.

Bornova's own record carried ``geometry = {"type": "GeometryCollection", "geometries": 5}``. Opening it
after a Karşıyaka project made ``ProjectForm.load`` raise TypeError half-way: the Location tab and the
tabs after it kept Karşıyaka's budget, partners and contact person, and ``save()`` stored them under
Bornova's record. At a district, Bornova's read-only copy was left editable. Bundles now refuse such a
geometry (test_rt_hostile_geometry.py); the window must hold anyway, for a value that slips through or
comes from an older workspace, so the value is written straight into the real SQLite file here.

Now ``ProjectForm.load`` is all or nothing: a record it cannot show leaves every tab (built or built
later) empty and read-only, Save off, and a translated banner naming the field."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, central, district  # noqa: E402

from izsa_desktop.core.model import Project, project_to_dict  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402
from izsa_desktop.store.models import ProjectRow  # noqa: E402
from izsa_desktop.ui import i18n  # noqa: E402
from izsa_desktop.ui.form import ProjectForm  # noqa: E402

HOSTILE = {"type": "GeometryCollection", "geometries": 5}
KARSIYAKA = dict(budget_kurus=2_500_000_000, contact_name="Zeynep Aydın", contact_phone="0232 111 22 33",
                 contact_email="zeynep@karsiyaka.bel.tr", funding_source="eu", collab_sought="Uzmanlık",
                 open_to_collab=True, neighbourhood="Bostanlı", address="Cemal Gürsel Cd.",
                 partners=[{"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"}],
                 results=[{"indicator": "Atık", "unit": "ton", "baseline": "0", "target": "5", "actual": "1",
                           "period": "2025"}],
                 keywords="kompost", notes="İç not", target_groups_other="Öğretmenler")


def _save(ws, title: str, **values) -> str:  # type: ignore[no-untyped-def]
    svc = ProjectService(ws)
    p = svc.new_project()
    p.title_tr, p.purpose, p.status, p.sdg_primary, p.sdg_goals = title, "Amaç", "ongoing", 11, [11]
    p.lat, p.lon = 38.46, 27.11
    p.start_date = date(2024, 3, 1)
    for k, v in values.items():
        setattr(p, k, v)
    svc.save(p)
    return p.id


def _older_workspace_value(ws, uuid: str, geometry: object) -> None:  # type: ignore[no-untyped-def]
    """What an older workspace (or a value that slipped past a check) holds: written by the store."""
    with ws.session() as s, s.begin():
        s.execute(update(ProjectRow).where(ProjectRow.uuid == uuid).values(geometry=geometry))


@pytest.fixture
def world(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    kar_id = _save(kar, "Sıfır Atık Okulları", **KARSIYAKA)
    bor_id = _save(bor, "Bisiklet yolu", budget_kurus=100)
    for ws, name in ((kar, "kar.izsa"), (bor, "bor.izsa")):
        export_district_bundle(ws, tmp_path / name, PASS)
        import_file(cen, tmp_path / name)
    yield tmp_path, cen, bor, kar, kar_id, bor_id
    for ws in (cen, bor, kar):
        ws.close()


def _assert_cleared(form: ProjectForm, home: str) -> None:
    """Nothing of any record is in any tab; read-only; Save off; the banner says why."""
    assert form.is_read_only() and not form.save_action.isEnabled()
    assert form.load_failed() == "geometry"
    got = project_to_dict(form.project())  # builds every tab not built yet, reading its fields back
    blank = project_to_dict(Project(id="", district=home))
    assert got == blank
    r, c, lo = form.resources, form.contact, form.location
    assert (r.budget.text(), r.partners.table.rowCount(), c.name.text(), c.phone.text(), lo.neighbourhood.text(),
            form.results.results.table.rowCount(), form.description.title_tr.text()) == ("", 0, "", "", "", 0, "")
    for s in form.sections():  # every input of every tab is read-only or disabled
        for w in s.inputs:
            target = w.focusProxy() or w
            assert (not target.isEnabled()) or getattr(target, "isReadOnly", lambda: True)(), target
    banner = form.read_only_banner
    assert not banner.isHidden() and form.tabs.tabText(3).replace("&&", "&") in banner.text()


@pytest.mark.parametrize("built", ["all_tabs_built", "first_tab_only"])
def test_central_form_never_mixes_karsiyaka_into_a_hostile_bornova_record(world, qtbot, built):
    _tmp, cen, _bor, _kar, kar_id, bor_id = world
    _older_workspace_value(cen, bor_id, HOSTILE)
    svc = ProjectService(cen)
    form = ProjectForm(svc)
    qtbot.addWidget(form)
    form.show()
    if built == "all_tabs_built":
        form.sections()
    form.load(svc.get(kar_id).project)
    assert form.project().contact_name == "Zeynep Aydın"
    before = db_content_hash(cen)

    form.load(svc.get(bor_id).project)  # raised TypeError half-way before the fix
    _assert_cleared(form, "")
    assert form.save() is False
    assert db_content_hash(cen) == before  # nothing stored under Bornova's record

    # the next record loads normally again: editable, no banner, its own values
    form.load(svc.get(kar_id).project)
    assert form.load_failed() is None and not form.is_read_only() and form.save_action.isEnabled()
    assert form.project().budget_kurus == 2_500_000_000 and form.read_only_banner.isHidden()


def test_district_keeps_bornovas_copy_read_only_and_shows_none_of_its_own_contact(world, qtbot):
    tmp, cen, _bor, kar, kar_id, bor_id = world
    export_dataset(cen, tmp / "ds.izsa", PASS)
    import_dataset_file(kar, tmp / "ds.izsa")
    _older_workspace_value(kar, bor_id, HOSTILE)
    i18n.install("tr")
    try:
        svc = ProjectService(kar)
        stored = svc.get(bor_id)
        assert stored.meta.origin == "central"
        form = ProjectForm(svc)
        qtbot.addWidget(form)
        form.show()
        form.sections()
        form.load(svc.get(kar_id).project)
        before = db_content_hash(kar)
        form.load(stored.project, read_only=True)
        _assert_cleared(form, "karsiyaka")
        assert "Konum" in form.read_only_banner.text() and "gösterilemedi" in form.read_only_banner.text()
        assert form.save() is False and db_content_hash(kar) == before
    finally:
        i18n.install("en")


def test_any_value_a_tab_cannot_show_clears_the_whole_form(world, qtbot):
    """Not only the geometry: a value of the wrong shape in a tab not built yet (partners that are not a
    list) is found at the load, before any tab shows the record; the banner names its field."""
    _tmp, cen, _bor, _kar, kar_id, _bor_id = world
    svc = ProjectService(cen)
    form = ProjectForm(svc)
    qtbot.addWidget(form)
    form.load(svc.get(kar_id).project, read_only=True)
    p = svc.get(kar_id).project
    p.partners = 5  # type: ignore[assignment]  # an older workspace's value: not a list
    form.load(p)
    assert form.load_failed() == "partners" and form.is_read_only() and not form.save_action.isEnabled()
    assert project_to_dict(form.project()) == project_to_dict(Project(id="", district=""))
    assert "“Partners” (tab Resources & partners)" in form.read_only_banner.text()


@pytest.mark.parametrize("value", [HOSTILE, {"type": "GeometryCollection", "geometries": [5]}, [1, 2], "x", 5,
                                   {"type": "Point", "coordinates": "27,38"}, {"type": "Point"},
                                   {"type": "MultiPoint", "coordinates": [[27.1]]},
                                   {"type": "Polygon", "coordinates": [[["a", "b"]]]},
                                   {"type": "Point", "coordinates": [float("nan"), 38.0]},
                                   {"type": "LineString", "coordinates": [[27.1, 38.4], [27.2, 38.5]]}])
def test_geometry_reader_tolerates_any_json(value):
    from izsa_desktop.ui.form.geometry import geometry_to_shapes, read_geometry

    shapes, readable = read_geometry(value)
    assert (shapes, readable) == ({"sites": [], "polygon": None}, False)
    assert geometry_to_shapes(value) == {"sites": [], "polygon": None}
    good = {"type": "GeometryCollection", "geometries": [{"type": "MultiPoint", "coordinates": [[27.1, 38.4]]}]}
    assert read_geometry(good) == ({"sites": [[38.4, 27.1]], "polygon": None}, True)
