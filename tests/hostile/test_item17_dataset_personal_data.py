"""Item 17: datasets sent every district all other districts' contact persons. Personal data now stays
out of datasets unless central explicitly includes it (``export_dataset(personal_data=True)``, CLI
``bundle dataset --personal-data``); a district's own records keep their local contacts when a dataset
without personal data fast-forwards them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, add_projects, central, district, edit  # noqa: E402

from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file, verify_file  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402

CONTACT = {"contact_name": "Ayşe Yılmaz", "contact_role": "Uzman", "contact_phone": "0232 000 00 00",
           "contact_email": "ayse@bornova.bel.tr"}


def _setup(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    (bid,) = add_projects(bor, 1, seed=1)
    edit(bor, bid, **CONTACT)
    add_projects(kar, 1, seed=2)
    for ws, name in ((bor, "b1"), (kar, "k1")):
        export_district_bundle(ws, tmp_path / f"{name}.izsa", PASS)
        import_file(cen, tmp_path / f"{name}.izsa")
    return cen, bor, kar, bid


def test_dataset_leaves_contacts_out_by_default(tmp_path):
    cen, bor, kar, bid = _setup(tmp_path)
    assert ProjectService(cen).get(bid).project.contact_name == "Ayşe Yılmaz"
    r = export_dataset(cen, tmp_path / "ds.izsa", PASS)
    raw = (tmp_path / "ds.izsa").read_bytes()
    assert not r.personal_data
    for v in CONTACT.values():
        assert v.encode() not in raw
    assert verify_file(kar, tmp_path / "ds.izsa", expect_kind="dataset").manifest.personal_data is False
    import_dataset_file(kar, tmp_path / "ds.izsa")
    copy = ProjectService(kar).get(bid).project
    assert (copy.contact_name, copy.contact_email, copy.contact_phone) == ("", "", "")
    # the owning district keeps its own contacts although the dataset fast-forwards the record
    import_dataset_file(bor, tmp_path / "ds.izsa")
    own = ProjectService(bor).get(bid)
    assert own.project.contact_name == "Ayşe Yılmaz" and own.project.contact_email == CONTACT["contact_email"]
    assert own.meta.local_edits is False


def test_central_may_choose_to_include_contacts(tmp_path):
    cen, bor, kar, bid = _setup(tmp_path)
    r = export_dataset(cen, tmp_path / "ds.izsa", PASS, personal_data=True)
    assert r.personal_data and "Ayşe Yılmaz".encode() in (tmp_path / "ds.izsa").read_bytes()
    import_dataset_file(kar, tmp_path / "ds.izsa")
    assert ProjectService(kar).get(bid).project.contact_name == "Ayşe Yılmaz"


def test_cli_flag(tmp_path, monkeypatch):
    from izsa_desktop.cli.main import main

    cen, bor, kar, bid = _setup(tmp_path)
    db = str(tmp_path / "central.sqlite")
    monkeypatch.setenv("IZSA_PASSPHRASE", PASS)
    assert main(["bundle", "dataset", "--db", db, "--out", str(tmp_path / "a.izsa")]) == 0
    assert main(["bundle", "dataset", "--db", db, "--out", str(tmp_path / "b.izsa"), "--personal-data"]) == 0
    assert "Ayşe".encode() not in (tmp_path / "a.izsa").read_bytes()
    assert "Ayşe".encode() in (tmp_path / "b.izsa").read_bytes()
