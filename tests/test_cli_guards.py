"""Guards for CLI and key inputs that were already refused cleanly before the trust fixes (items 15/18):
kept so that they stay refused in one translated line. (The hostile tests in tests/hostile/ hold only
cases that failed on the code before the fixes; these passed there, so they are not regressions.)"""

from __future__ import annotations

import os
import sqlite3

import pytest
from hostile.cli_run import assert_clean_refusal, run_cli

from izsa_desktop.bundle import keys as K
from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services import demo
from izsa_desktop.services.bundles_import import verify_file
from izsa_desktop.services.workspace import check_workspace, init_workspace, open_workspace

_BAD_NAME = os.fsdecode(b"\xff\xfe-bozuk.sqlite")


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("guard")
    (d / "garbage.sqlite").write_bytes(os.urandom(3000))
    (d / "garbage.izsa").write_bytes(b"IZSA\x89BDL" + os.urandom(500))
    (d / "zero.izsa").write_bytes(b"")
    (d / "folder").mkdir()
    assert run_cli("init", "--db", str(d / "ok.sqlite"), "--role", "central").returncode == 0
    return d


CASES = {
    "folder as bundle": (["bundle", "verify", "{d}/folder", "--db", "{d}/ok.sqlite"], "could not be read"),
    "garbage bundle": (["bundle", "verify", "{d}/garbage.izsa", "--db", "{d}/ok.sqlite"], "format"),
    "garbage workspace": (["check", "--db", "{d}/garbage.sqlite"], "damaged"),
    "missing file": (["projects", "list", "--db", "{d}/nope/missing.sqlite"], "does not exist"),
    "negative count": (["demo-data", "--db", "{d}/ok.sqlite", "--count", "-3"], "negative"),
    "non-UTF-8 name": (["check", "--db", "{d}/" + _BAD_NAME], "does not exist"),
    "unknown district (demo)": (["demo-data", "--db", "{d}/ok.sqlite", "--count", "2", "--district", "Narnia"],
                                "Unknown district: Narnia"),
    "unknown district (init)": (["init", "--db", "{d}/new.sqlite", "--role", "district", "--district", "Narnia"],
                                "Unknown district: Narnia"),
    "unknown key district": (["keys", "revoke", "--db", "{d}/ok.sqlite", "--district", "narnia"], "narnia"),
    "zero-byte bundle": (["bundle", "import", "{d}/zero.izsa", "--db", "{d}/ok.sqlite"], "incomplete"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_stays_one_translated_line(files, name):
    argv, words = CASES[name]
    args = [a.replace("{d}", str(files)) for a in argv]
    for lang, word in (("en", "Error"), ("tr", "Hata")):
        line = assert_clean_refusal(run_cli(*args, lang=lang))
        assert line.startswith(word + ":"), line
        if lang == "en":
            assert words in line, line


def test_a_folder_is_a_clean_refusal(tmp_path):
    ws = init_workspace(tmp_path / "c.sqlite", "central", "", "İzmir BB", "Mehmet")
    try:
        with pytest.raises(IzsaError) as e:
            verify_file(ws, tmp_path)
        assert e.value.code == "file_read_failed"
    finally:
        ws.close()


def test_a_newer_schema_version_is_refused(tmp_path):
    path = tmp_path / "w.sqlite"
    ws = init_workspace(path, "district", "Bornova", "Bornova Belediyesi", "Ayşe")
    demo.generate(ws, 3, seed=5)
    ws.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    line = assert_clean_refusal(run_cli("check", "--db", str(path)))
    assert "newer version" in line and "9999" in line


@pytest.mark.parametrize("edit", [b"n=131072 r=4096 p=1", b"n=131072 r=8 p=64"])
def test_a_key_file_with_edited_r_or_p_is_refused(edit):
    blob = K.encrypt_private_key(K.generate_private_key(), "uzun ve gizli bir parola", scrypt_n=1 << 10)
    with pytest.raises(IzsaError) as e:
        K.decrypt_private_key(blob.replace(b"n=1024 r=8 p=1", edit), "uzun ve gizli bir parola")
    assert e.value.code == "key_file_invalid"


@pytest.mark.parametrize("pp", ["gizli parola", "Çeşme-İzmir-35"])
def test_good_passphrases_pass_the_rule(pp):
    assert K.passphrase_problem(pp) is None


def test_a_healthy_workspace_checks_ok(tmp_path):
    path = tmp_path / "w.sqlite"
    ws = init_workspace(path, "district", "Bornova", "Bornova Belediyesi", "Ayşe")
    demo.generate(ws, 5, seed=5)
    ws.close()
    ws = open_workspace(path, create=False)
    try:
        r = check_workspace(ws)
    finally:
        ws.close()
    assert r.ok and list(r.problems) == []
    assert run_cli("check", "--db", str(path)).returncode == 0
