"""Project entry use cases on real workspaces."""

from datetime import date

import pytest

from izsa_desktop.core.errors import IzsaError, ValidationError
from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.store.projects import ProjectRepo


def new(svc: ProjectService, **kw) -> Project:
    p = svc.new_project()
    p.title_tr, p.start_date = "Mavişehir Kıyı Parkı", date(2024, 4, 1)
    for k, v in kw.items():
        setattr(p, k, v)
    return p


def test_district_save_defaults_and_flags_local_edits(district_ws):
    svc = ProjectService(district_ws)
    p = new(svc)
    assert p.district == "karsiyaka"
    r = svc.save(p)
    assert r.created and p.id in r.op.projects
    stored = svc.get(p.id)
    assert stored.meta.local_edits and stored.meta.version == 0
    assert stored.meta.created_by == "Ayşe Yılmaz"


def test_invalid_project_writes_nothing(district_ws):
    svc = ProjectService(district_ws)
    p = new(svc, end_date=date(2020, 1, 1))
    with pytest.raises(ValidationError) as e:
        svc.save(p)
    assert [i.code for i in e.value.issues] == ["end_before_start"]
    assert svc.summaries() == []
    assert svc.history(p.id) == []


def test_warnings_are_returned_but_saved(district_ws):
    svc = ProjectService(district_ws)
    r = svc.save(new(svc, lat=38.3233, lon=26.3044))  # Çeşme
    assert "point_outside_district" in {w.code for w in r.warnings}
    assert len(svc.summaries()) == 1


def test_central_assigns_versions(central_ws):
    svc = ProjectService(central_ws)
    p = new(svc, district="konak")
    svc.save(p)
    assert svc.get(p.id).meta.version == 1
    p.status = "ongoing"
    svc.save(p)
    assert svc.get(p.id).meta.version == 2
    svc.save(p)  # no change, no new version
    assert svc.get(p.id).meta.version == 2


def test_other_districts_records_are_read_only_in_a_district(district_ws):
    other = Project(district="konak", title_tr="Konak Projesi", start_date=date(2020, 1, 1))
    with district_ws.session() as s, s.begin():
        ProjectRepo(s).add(other, RecordMeta(origin="central", local_edits=False), "central", "dataset")
    svc = ProjectService(district_ws)
    other.title_tr = "Değiştirilmiş"
    with pytest.raises(IzsaError) as e:
        svc.save(other)
    assert e.value.code == "project_read_only"
    with pytest.raises(IzsaError):
        svc.delete(other.id)


def test_delete_restore_and_duplicate(district_ws):
    svc = ProjectService(district_ws)
    p = new(svc, sdg_goals=[11], sdg_primary=11)
    svc.save(p)
    svc.delete(p.id, "test")
    assert svc.get(p.id).meta.deleted
    svc.restore(p.id)
    assert not svc.get(p.id).meta.deleted
    copy = svc.duplicate(p.id)
    assert copy.id != p.id and copy.sdg_goals == [11] and copy.review_state == "draft"
    assert svc.get(copy.id) is None  # not saved until asked
