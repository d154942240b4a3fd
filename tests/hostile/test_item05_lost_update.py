"""Item 5 (Trust issue): lost update and who acted.

Two staff editing the same project: the second save silently reverted the first (the form called the
unchecked ``ProjectService.save``; the version check compared ``version`` and ``updated_at`` only, and a
district's saves keep ``version`` while ``updated_at`` has whole seconds). Audit rows carried the
workspace's one stored user name. Two staff = two ``Workspace`` objects on one real SQLite file.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import open_workspace
from izsa_desktop.ui import plain


def _staff(ws, name: str) -> ProjectService:  # type: ignore[no-untyped-def]
    svc = ProjectService(ws)
    svc.actor = name  # who acts (before the fix the service ignored it and wrote the workspace's one name)
    return svc


def _project(ws, title="Karşıyaka Sahil Bisiklet Yolu"):  # type: ignore[no-untyped-def]
    svc = ProjectService(ws)
    p = svc.new_project()
    p.title_tr, p.start_date = title, date(2025, 5, 1)
    svc.save(p)
    return p.id


def _start_of_a_second() -> None:
    """Begin just after a clock second turns over: what follows (a few ms) shares one ``updated_at``."""
    time.sleep(1.02 - time.time() % 1.0)


@pytest.fixture
def second_staff(district_ws):
    ws2 = open_workspace(district_ws.target)  # another member of staff on the same file
    yield ws2
    ws2.close()


# -- services: the version-checked path --------------------------------------------------------------------
def test_stale_save_within_the_same_second_is_refused(district_ws, second_staff):
    """A district's saves keep ``version``: the token's digest, not updated_at alone, must see the change."""
    from izsa_desktop.services.concurrency import save_expecting, token

    _start_of_a_second()
    uuid = _project(district_ws)
    mine, theirs = token(district_ws, uuid), token(second_staff, uuid)
    q = ProjectService(district_ws).get(uuid).project  # my form
    p = ProjectService(second_staff).get(uuid).project  # their form
    p.status = "ongoing"
    save_expecting(second_staff, p, theirs)  # they save first (same second: same updated_at, same version)
    q.title_en = "Seaside cycle path"  # my form still holds the old status
    with pytest.raises(IzsaError) as e:
        save_expecting(district_ws, q, mine)
    assert e.value.code == "project_conflict"
    assert ProjectService(district_ws).get(uuid).project.status == "ongoing"  # theirs kept, nothing written
    assert ProjectService(district_ws).get(uuid).project.title_en == ""


def test_checked_service_reload_keep_cancel(district_ws, second_staff):
    from izsa_desktop.services.concurrency import CANCEL, KEEP, RELOAD, CheckedProjectService

    uuid = _project(district_ws)
    answers: list[str] = []
    me = CheckedProjectService(district_ws, actor="ayse", resolver=lambda action, exc: answers.pop(0))
    they = CheckedProjectService(second_staff, actor="mehmet")
    for svc in (me, they):
        svc.remember(svc.get(uuid))
    p = they.get(uuid).project
    p.title_en = "Their title"
    they.save(p)
    mine = me.get(uuid).project
    mine.title_en, mine.status = "My title", "ongoing"

    answers.append(CANCEL)
    with pytest.raises(IzsaError) as e:
        me.save(mine)
    assert e.value.code == "project_conflict_cancelled" and e.value.params["by"] == "mehmet"
    answers.append(RELOAD)
    with pytest.raises(IzsaError) as e:
        me.save(mine)
    assert e.value.code == "project_reloaded"
    assert me.get(uuid).project.title_en == "Their title"  # nothing of mine written
    answers.append(KEEP)
    me.save(mine)  # overwrite knowingly
    stored = me.get(uuid)
    assert (stored.project.title_en, stored.project.status, stored.meta.updated_by) == ("My title", "ongoing", "ayse")
    over = [a for a in me.history(uuid) if a.action == "overwrite"]
    assert len(over) == 1 and over[0].user == "ayse" and '"by": "mehmet"' in over[0].old
    # my token follows my own save: the next save goes through without a question
    mine.summary = "İkinci kayıt"
    assert me.save(mine).changes and answers == []


def test_new_record_never_silently_replaces_an_existing_one(district_ws, second_staff):
    from izsa_desktop.services.concurrency import CheckedProjectService

    uuid = _project(district_ws)
    p = ProjectService(second_staff).get(uuid).project
    p.title_en = "Not remembered"
    with pytest.raises(IzsaError) as e:
        CheckedProjectService(second_staff).save(p)  # a form that never showed it cannot overwrite it
    assert e.value.code == "project_conflict"


def test_delete_and_restore_of_a_project_changed_meanwhile(district_ws, second_staff):
    from izsa_desktop.services.concurrency import CANCEL, KEEP, CheckedProjectService

    uuid = _project(district_ws)
    answers: list[str] = []
    me = CheckedProjectService(district_ws, actor="ayse", resolver=lambda action, exc: answers.pop(0))
    me.remember(me.get(uuid))
    p = ProjectService(second_staff).get(uuid).project
    p.summary = "Yeni özet"
    ProjectService(second_staff).save(p)
    answers.append(CANCEL)
    with pytest.raises(IzsaError):
        me.delete(uuid)
    assert not me.get(uuid).meta.deleted
    answers.append(KEEP)
    me.delete(uuid)
    assert me.get(uuid).meta.deleted
    ProjectService(second_staff).restore(uuid)  # they restore it meanwhile
    ProjectService(second_staff).delete(uuid, "again")
    answers.append(CANCEL)
    with pytest.raises(IzsaError):
        me.restore(uuid)  # my undo would act on a state I never saw
    assert me.get(uuid).meta.deleted_reason == "again"
    actions = [(a.action, a.user) for a in me.history(uuid) if a.action in ("delete", "overwrite")]
    assert ("delete", "ayse") in actions and ("overwrite", "ayse") in actions


# -- who acted ---------------------------------------------------------------------------------------------
def test_two_staff_on_one_database_are_told_apart(district_ws, second_staff):
    from izsa_desktop.services.concurrency import CheckedProjectService

    a = CheckedProjectService(district_ws, actor="Ayşe Yılmaz")
    b = CheckedProjectService(second_staff, actor="Mehmet Kaya")
    p = a.new_project()
    p.title_tr, p.start_date = "Bostanlı Yağmur Bahçesi", date(2025, 3, 1)
    a.save(p)
    b.remember(b.get(p.id))
    q = b.get(p.id).project
    q.status = "ongoing"
    b.save(q)
    stored = a.get(p.id)
    assert (stored.meta.created_by, stored.meta.updated_by) == ("Ayşe Yılmaz", "Mehmet Kaya")
    users = {(h.action, h.field): h.user for h in a.history(p.id)}
    assert users[("create", "")] == "Ayşe Yılmaz" and users[("update", "status")] == "Mehmet Kaya"


def test_acting_user_is_the_person_not_the_workspace(district_ws, monkeypatch):
    from izsa_desktop.services.actor import acting_user

    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LOGNAME", "mehmet.kaya")
    assert acting_user(district_ws, "  Mehmet Kaya ") == "Mehmet Kaya"  # their own per-user setting first
    assert acting_user(district_ws, "") == "mehmet.kaya"  # then their OS account
    assert district_ws.identity.user == "Ayşe Yılmaz"  # the workspace's one stored name is only the fallback


# -- the window --------------------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, district_ws, tmp_path):
    from izsa_desktop.ui import i18n
    from izsa_desktop.ui.main_window import MainWindow

    i18n.install("tr")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/name", "Zeynep Demir")  # a second clerk on this district file
    w = MainWindow(district_ws, settings, "tr")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.form.load(w.service.new_project())  # leave nothing dirty for closeEvent
    i18n.install("en")


def _answer_conflict(window, button: str, seen: list):  # type: ignore[no-untyped-def]
    """Click ``button`` in the stale-save dialog as soon as it is shown (it runs its own event loop)."""
    timer = QTimer(window)
    timer.setInterval(20)

    def poll() -> None:
        box = getattr(window, "conflict_box", None)
        if box is not None and box.isVisible():
            timer.stop()
            seen.append(box.text())
            box.findChild(type(box.defaultButton()), button).click()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _type_title_en(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = window.form.description.title_en
    edit.clear()
    qtbot.keyClicks(edit, text)
    assert window.form.is_dirty()


@pytest.mark.parametrize("choice", ["reload", "keep", "cancel"])
def test_window_save_of_a_project_changed_behind_its_back(window, qtbot, second_staff, choice):
    uuid = _project(window.ws)
    window.load_rows()
    window.list_panel.select(uuid)
    assert window.form.project().id == uuid
    _type_title_en(window, qtbot, "My English title")

    mehmet = _staff(second_staff, "Mehmet Kaya")  # another member of staff, another connection
    theirs = mehmet.get(uuid).project
    theirs.summary = "Onların özeti"
    mehmet.save(theirs)

    seen: list[str] = []
    _answer_conflict(window, choice, seen)
    saved = window.save_project()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "Karşıyaka Sahil Bisiklet Yolu" in seen[0]  # the refusal names the project (in Turkish)
    assert "Mehmet Kaya tarafından değiştirildi" in seen[0]
    stored = ProjectService(window.ws).get(uuid)
    if choice == "reload":  # mine discarded on request, theirs shown
        assert not saved and stored.project.title_en == "" and stored.project.summary == "Onların özeti"
        assert window.form.project().summary == "Onların özeti" and not window.form.is_dirty()
    elif choice == "keep":  # mine saved over theirs, knowingly and on the record
        assert saved and stored.project.title_en == "My English title"
        assert stored.meta.updated_by == "Zeynep Demir"
        over = [a for a in ProjectService(window.ws).history(uuid) if a.action == "overwrite"]
        assert len(over) == 1 and over[0].user == "Zeynep Demir"
    else:  # nothing written, my edit still in the form
        assert not saved and stored.project.title_en == "" and stored.project.summary == "Onların özeti"
        assert window.form.is_dirty() and window.form.project().title_en == "My English title"
        window.form.load(window.service.new_project())  # nothing dirty left for the window's close


def test_window_delete_of_a_project_changed_behind_its_back(window, qtbot, second_staff, monkeypatch):
    monkeypatch.setattr(plain, "ask", lambda *a, **k: QMessageBox.StandardButton.Yes)
    uuid = _project(window.ws)
    window.load_rows()
    window.list_panel.select(uuid)
    mehmet = _staff(second_staff, "Mehmet Kaya")
    theirs = mehmet.get(uuid).project
    theirs.summary = "Onların özeti"
    mehmet.save(theirs)

    seen: list[str] = []
    _answer_conflict(window, "reload", seen)
    window.delete_project()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "Mehmet Kaya tarafından değiştirildi" in seen[0]
    stored = ProjectService(window.ws).get(uuid)
    assert not stored.meta.deleted and window.form.project().summary == "Onların özeti"
    assert window.undo_stack.count() == 0

    timer = _answer_conflict(window, "keep", seen)  # the window shows theirs now: no question this time
    window.delete_project()
    timer.stop()
    assert ProjectService(window.ws).get(uuid).meta.deleted and len(seen) == 1
    assert [a.user for a in ProjectService(window.ws).history(uuid) if a.action == "delete"] == ["Zeynep Demir"]
    window.undo_stack.undo()
    assert not ProjectService(window.ws).get(uuid).meta.deleted
