"""Item 5, second half, beyond the form: audit rows of bundle imports and key events carried the
workspace's one stored name, so on a shared central database every member of staff looked the same. The
session's actor (``Workspace.actor``, set by the window from the person's own setting or OS account, and
by the CLI from the OS account) is now what they record.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.store.models import Audit  # noqa: E402


def _last_id(ws) -> int:
    with ws.session() as s:
        return s.scalar(select(func.max(Audit.id))) or 0


def _users_after(ws, after: int) -> list[str]:
    with ws.session() as s:
        return [u for (u,) in s.execute(select(Audit.user).where(Audit.id > after).order_by(Audit.id))]


def test_bundle_import_and_key_events_name_the_acting_person(tmp_path):
    cen = central(tmp_path)
    dis = district(tmp_path, "bornova", cen)
    add_projects(dis, 2)
    out = tmp_path / "b.izsa"
    export_district_bundle(dis, out, PASS)
    assert cen.identity.user != "Zeynep Demir"
    cen.actor = "Zeynep Demir"
    before = _last_id(cen)
    import_file(cen, out)
    users = _users_after(cen, before)
    assert users and set(users) == {"Zeynep Demir"}
    before = _last_id(cen)
    KeyService(cen).revoke("bornova")
    assert set(_users_after(cen, before)) == {"Zeynep Demir"}


def test_without_an_actor_the_identity_still_names_the_session(tmp_path):
    cen = central(tmp_path)
    assert cen.acting_user() == (cen.identity.user or cen.identity.office)


def test_cli_sessions_act_as_the_os_account(tmp_path, monkeypatch):
    from izsa_desktop.cli.common import open_existing

    cen = central(tmp_path)
    path = cen.target
    cen.close()
    monkeypatch.setattr("getpass.getuser", lambda: "mehmet.kaya")
    ws = open_existing(path)
    try:
        assert ws.acting_user() == "mehmet.kaya"
    finally:
        ws.close()
