"""Backups and keys that survive a lost PC (issue 16 point 4), with real SQLite files and real signatures:
backup -> delete -> restore; key backup -> new PC -> next bundle accepted; the stolen-key drill; a data
folder with Turkish letters and spaces through the whole CLI."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_bundle_helpers import PASS, add_projects, central, district, edit

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services import backup as backups
from izsa_desktop.services import key_backup
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import import_file
from izsa_desktop.services.keys import KeyService, next_seq
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import init_workspace, open_workspace
from izsa_desktop.store import backup as store

BACKUP_PASS = "usb bellekteki yedek"
TURKISH = ("Çağrı Öztürk", "İZSA verileri")


def test_backup_delete_restore_identical_content_hash(tmp_path):
    ws = district(tmp_path, "bornova")
    add_projects(ws, 25)
    before = store.content_hash(ws.path)
    usb = tmp_path / "USB BELLEK"
    usb.mkdir()
    r = backups.backup_to_folder(ws, usb)
    assert r.content_sha256 == before and r.projects == 25
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(r.path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(store.manifest_path(Path(r.path))).st_mode) == 0o600
    db = ws.path
    ws.close()
    for p in db.parent.glob(db.name + "*"):  # the disk died: the workspace and its -wal/-shm are gone
        p.unlink()
    rr = backups.restore(db, r.path)
    assert rr.kept is None and store.content_hash(db) == before
    again = open_workspace(db, create=False)
    assert len(ProjectService(again).summaries()) == 25
    again.close()


def test_restore_verifies_first_and_keeps_the_replaced_workspace(tmp_path):
    ws = district(tmp_path, "bornova")
    ids = add_projects(ws, 5)
    r = backups.backup_to_folder(ws, tmp_path)
    # a tampered copy (one byte of a row changed on the stick) is refused before anything is touched
    bad = tmp_path / "tampered.sqlite"
    data = bytearray(Path(r.path).read_bytes())
    data[-100] ^= 0xFF
    bad.write_bytes(bytes(data))
    store.manifest_path(bad).write_bytes(store.manifest_path(Path(r.path)).read_bytes())
    live = store.content_hash(ws.path)
    with pytest.raises(IzsaError) as e:
        backups.restore(ws.path, bad, ws=ws)
    assert e.value.code == "backup_hash_mismatch" and store.content_hash(ws.path) == live
    # no manifest: cannot be verified, refused
    lone = tmp_path / "lone.sqlite"
    lone.write_bytes(Path(r.path).read_bytes())
    with pytest.raises(IzsaError) as e:
        backups.restore(ws.path, lone, ws=ws)
    assert e.value.code == "backup_manifest_missing"
    # after the backup the district sent two bundles and edited a record; restore the older backup
    cen = central(tmp_path)
    KeyService(cen).register("bornova", KeyService(ws).export_public(), KeyService(ws).info().fingerprint)
    export_district_bundle(ws, tmp_path / "b1.izsa", PASS)
    edit(ws, ids[0], title_tr="Sonradan değişen")
    export_district_bundle(ws, tmp_path / "b2.izsa", PASS)
    newer = store.content_hash(ws.path)
    rr = backups.restore(ws.path, r.path, ws=ws)
    assert rr.kept is not None and store.content_hash(Path(rr.kept)) == newer  # the replaced one is a backup
    store.verify_backup(Path(rr.kept))
    assert rr.seq_carried == 2  # numbering continues after the bundles sent since the backup
    assert ProjectService(ws).get(ids[0]).project.title_tr != "Sonradan değişen"  # ws usable again
    for name in ("b1.izsa", "b2.izsa"):
        import_file(cen, tmp_path / name)
    edit(ws, ids[1], title_tr="Geri yüklemeden sonra")
    assert export_district_bundle(ws, tmp_path / "b3.izsa", PASS).seq == 3
    assert import_file(cen, tmp_path / "b3.izsa")[1] is not None  # accepted, not "equivocation"
    # a backup of another district does not replace this one
    kar = district(tmp_path, "karsiyaka")
    rk = backups.backup_to_folder(kar, tmp_path)
    with pytest.raises(IzsaError) as e:
        backups.restore(ws.path, rk.path, ws=ws)
    assert e.value.code == "backup_other_workspace"


def test_automatic_backups_rotate_seven_daily_four_weekly(tmp_path):
    day0 = datetime(2026, 3, 30, 17, 0)  # a Monday
    items = [(Path(f"b{i}-{j}"), day0 - timedelta(days=i, hours=j)) for i in range(60) for j in (0, 3)]
    keep = store.keep_set(items)
    kept = sorted((w for p, w in items if p in keep), reverse=True)
    assert len(kept) == 12  # 7 days + 4 weeks + the second of today (3 newest: two of today, one of yesterday)
    assert kept[:3] == [day0, day0 - timedelta(hours=3), day0 - timedelta(days=1)]
    daily = [w for w in kept if w.hour == 17][:7]
    assert [w.date() for w in daily] == [(day0 - timedelta(days=i)).date() for i in range(7)]
    weeks = [w.isocalendar()[1] for w in kept[-4:]]
    assert len(set(weeks)) == 4 and day0.isocalendar()[1] not in weeks
    # on disk: closing twice with no change makes one backup; a change makes the next
    ws = district(tmp_path, "bornova")
    add_projects(ws, 2)
    first = backups.auto_backup(ws, "close")
    assert first is not None and backups.auto_backup(ws, "close") is None
    add_projects(ws, 1, seed=9)
    second = backups.auto_backup(ws, "close")
    assert second is not None and second != first
    for b in (first, second):
        store.verify_backup(b)
    assert not backups.daily_due(ws) and backups.daily_due(ws, datetime.now() + timedelta(hours=25))


def test_key_backup_new_pc_next_bundle_accepted_with_next_seq(tmp_path):
    cen = central(tmp_path)
    old = district(tmp_path, "bornova", cen)
    add_projects(old, 3)
    assert export_district_bundle(old, tmp_path / "b1.izsa", PASS).seq == 1
    import_file(cen, tmp_path / "b1.izsa")
    kb = key_backup.export_key_backup(old, tmp_path / "bornova.izsakey", PASS, BACKUP_PASS)
    assert kb.seq == 1 and kb.fingerprint == KeyService(old).info().fingerprint
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(kb.path).st_mode) == 0o600
    text = Path(kb.path).read_text("ascii")
    assert "kdf: scrypt n=131072 r=8 p=1" in text and "seq: 1" in text
    # two more bundles after the key backup, then the disk dies
    for n in (2, 3):
        add_projects(old, 1, seed=n)
        assert export_district_bundle(old, tmp_path / f"b{n}.izsa", PASS).seq == n
        import_file(cen, tmp_path / f"b{n}.izsa")
    old.close()
    # new PC: a new workspace for the same district, the key from the backup (a new local passphrase)
    new = init_workspace(tmp_path / "yeni" / "bornova.sqlite", "district", district="bornova", user="ayse")
    with pytest.raises(IzsaError) as e:
        key_backup.restore_key_backup(new, tmp_path / "bornova.izsakey", "yanlış parola!!", "yeni parola 2026")
    assert e.value.code == "wrong_passphrase"
    rk = key_backup.restore_key_backup(new, tmp_path / "bornova.izsakey", BACKUP_PASS, "yeni parola 2026")
    assert rk.fingerprint == kb.fingerprint and rk.next_seq == 2
    # the backup knew seq 1; central's dataset tells the new workspace it saw 3
    cks = KeyService(cen)
    KeyService(new).pin_central(cks.export_public(), cks.info().fingerprint)
    export_dataset(cen, tmp_path / "ds.izsa", PASS)
    import_dataset_file(new, tmp_path / "ds.izsa")
    with new.session() as s:
        assert next_seq(s) == 4
    add_projects(new, 1, seed=40)
    r = export_district_bundle(new, tmp_path / "b4.izsa", "yeni parola 2026")
    assert r.seq == 4
    pre, res = import_file(cen, tmp_path / "b4.izsa")
    assert res is not None and pre.verified.manifest.seq == 4 and pre.counts()["new"] == 1
    # the key file is tamper-evident: an edited seq fails like a wrong passphrase
    forged = Path(kb.path).read_bytes().replace(b"seq: 1\n", b"seq: 9\n")
    other = init_workspace(tmp_path / "x" / "bornova.sqlite", "district", district="bornova")
    with pytest.raises(IzsaError) as e:
        key_backup.restore_key_backup(other, forged, BACKUP_PASS, "yeni parola 2026")
    assert e.value.code == "wrong_passphrase"
    # another district's workspace refuses it
    kar = init_workspace(tmp_path / "k" / "karsiyaka.sqlite", "district", district="karsiyaka")
    with pytest.raises(IzsaError) as e:
        key_backup.restore_key_backup(kar, tmp_path / "bornova.izsakey", BACKUP_PASS, "yeni parola 2026")
    assert e.value.code == "key_backup_other_signer"


def test_key_backup_cost_capped_before_derivation():
    from izsa_desktop.bundle import generate_private_key
    from izsa_desktop.bundle.key_backup import open_key_backup, write_key_backup

    blob = write_key_backup(generate_private_key(), BACKUP_PASS, signer="bornova", seq=0,
                            created="2026-01-01T10:00:00", scrypt_n=1 << 4)
    assert open_key_backup(blob, BACKUP_PASS)[0].seq == 0
    greedy = blob.replace(b"n=16 ", b"n=1048576 ")  # 1 GiB of scrypt memory if obeyed
    with pytest.raises(IzsaError) as e:
        open_key_backup(greedy, BACKUP_PASS)
    assert e.value.code == "key_backup_invalid"


def test_stolen_key_drill(tmp_path):
    cen = central(tmp_path)
    stolen = district(tmp_path, "bornova", cen)  # the thief has this PC (and, say, its passphrase)
    add_projects(stolen, 2)
    export_district_bundle(stolen, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    # 1. central revokes the district's key from the next bundle on
    assert KeyService(cen).revoke("bornova") == 2
    # 2. the old key's new bundle is refused
    add_projects(stolen, 1, seed=7)
    export_district_bundle(stolen, tmp_path / "thief.izsa", PASS)
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "thief.izsa")
    assert e.value.code == "key_revoked"
    # 3. new PC, new key (never the stolen one), re-registered by fingerprint read over the phone
    (tmp_path / "yeni").mkdir()
    new = district(tmp_path / "yeni", "bornova")
    cks = KeyService(cen)
    KeyService(new).pin_central(cks.export_public(), cks.info().fingerprint)
    nks = KeyService(new)
    KeyService(cen).register("bornova", nks.export_public(), nks.info().fingerprint)
    pinned = [r for r in KeyService(cen).pinned() if r.district == "bornova"]
    assert [(r.valid_from_seq, r.revoked_from_seq) for r in pinned] == [(0, 2), (2, None)]
    # 4. the dataset brings the records back and tells the new PC where numbering stands
    export_dataset(cen, tmp_path / "ds.izsa", PASS)
    import_dataset_file(new, tmp_path / "ds.izsa")
    add_projects(new, 1, seed=8)
    r = export_district_bundle(new, tmp_path / "b2.izsa", PASS)
    assert r.seq == 2
    assert import_file(cen, tmp_path / "b2.izsa")[1] is not None
    # the thief's bundle stays refused afterwards too
    with pytest.raises(IzsaError) as e:
        import_file(cen, tmp_path / "thief.izsa")
    assert e.value.code in ("key_revoked", "bundle_equivocation", "bundle_replayed")


def test_turkish_data_dir_with_spaces_through_the_cli(qapp, tmp_path, capsys, monkeypatch):
    """C:\\Users\\Çağrı Öztürk\\…: init, save, export, import, backup, restore, key backup/restore."""
    from izsa_desktop.cli.main import main

    def run(*argv: str) -> str:
        code = main(list(argv))
        cap = capsys.readouterr()
        assert code == 0, cap.out + cap.err
        return cap.out

    home = tmp_path.joinpath(*TURKISH)
    monkeypatch.setenv("IZSA_PASSPHRASE", PASS)
    monkeypatch.setenv("IZSA_BACKUP_PASSPHRASE", BACKUP_PASS)
    monkeypatch.setenv("XDG_DATA_HOME", str(home))  # platformdirs' user data folder
    from izsa_desktop.services.workspace import default_workspace_path

    d = str(default_workspace_path())
    assert d.startswith(str(home)) and "İZSA verileri" in d
    c = str(home / "merkez" / "çalışma alanı.sqlite")
    run("init", "--db", c, "--role", "central")
    run("init", "--db", d, "--role", "district", "--district", "Karşıyaka", "--user", "Çağrı")
    run("keys", "init", "--db", c)
    run("keys", "init", "--db", d)
    dpub, cpub = home / "ilçe anahtarı.pub", home / "merkez anahtarı.pub"
    run("keys", "export-public", "--db", d, "--out", str(dpub))
    run("keys", "export-public", "--db", c, "--out", str(cpub))
    dfp = json.loads(run("keys", "fingerprint", "--db", d, "--json"))["fingerprint"]
    cfp = json.loads(run("keys", "fingerprint", "--db", c, "--json"))["fingerprint"]
    run("keys", "register", "--db", c, "--district", "karsiyaka", "--public-key", str(dpub), "--fingerprint", dfp)
    run("keys", "pin-central", "--db", d, "--public-key", str(cpub), "--fingerprint", cfp)
    ws = open_workspace(d)
    add_projects(ws, 3)  # save
    ws.close()
    bundle = home / "gönderilecek dosyalar" / "Karşıyaka 1.izsa"
    bundle.parent.mkdir()
    run("bundle", "export", "--db", d, "--out", str(bundle))
    run("bundle", "import", "--db", c, str(bundle))
    usb = home / "USB Bellek (E)"
    usb.mkdir()
    keyfile = usb / "Karşıyaka anahtar yedeği.izsakey"
    run("keys", "backup", "--db", d, "--out", str(keyfile))
    made = json.loads(run("backup", "create", "--db", d, "--to", str(usb), "--json"))
    assert made["projects"] == 3 and Path(made["path"]).parent == usb
    run("backup", "verify", made["path"])
    run("backup", "create", "--db", d)  # beside the workspace
    assert json.loads(run("backup", "list", "--db", d, "--json"))[0]["verified"] is True
    before = store.content_hash(Path(d))
    for p in Path(d).parent.glob("workspace.sqlite*"):
        p.unlink()
    run("backup", "restore", made["path"], "--db", d)
    assert store.content_hash(Path(d)) == before
    fresh = str(home / "yeni bilgisayar" / "çalışma alanı.sqlite")
    run("init", "--db", fresh, "--role", "district", "--district", "karsiyaka")
    got = json.loads(run("keys", "restore", str(keyfile), "--db", fresh, "--json"))
    assert got["fingerprint"] == dfp and got["next_seq"] == 2
    ws = open_workspace(fresh)
    add_projects(ws, 1, seed=3)
    ws.close()
    run("keys", "pin-central", "--db", fresh, "--public-key", str(cpub), "--fingerprint", cfp)
    run("bundle", "export", "--db", fresh, "--out", str(home / "gönderilecek dosyalar" / "Karşıyaka 2.izsa"))
    run("bundle", "import", "--db", c, str(home / "gönderilecek dosyalar" / "Karşıyaka 2.izsa"))
    cen = open_workspace(c, create=False)
    with cen.session() as s:
        from izsa_desktop.services.keys import last_seen_seq

        assert last_seen_seq(s, "karsiyaka") == 2  # accepted with the next number, signed by the restored key
    assert len(ProjectService(cen).summaries()) == 4
    cen.close()
