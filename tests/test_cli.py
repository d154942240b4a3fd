"""The CLI as a user scripts it: real processes, exit codes, messages in the user's language."""

import json
import os
import subprocess
import sys

import pytest


def run(*args, lang="en", check=False):
    env = {**os.environ, "IZSA_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, text=True, env=env,
                       timeout=120)
    if check:
        assert r.returncode == 0, r.stderr
    return r


def test_init_demo_list_check(tmp_path):
    db = str(tmp_path / "k.sqlite")
    r = run("init", "--db", db, "--role", "district", "--district", "Karsiyaka", "--office", "K", "--user", "A",
            check=True)
    assert "Karşıyaka" in r.stdout
    run("demo-data", "--db", db, "--count", "25", "--seed", "4", check=True)
    r = run("projects", "list", "--db", db, "--json", check=True)
    data = json.loads(r.stdout)
    assert len(data) == 25 and {d["district"] for d in data} == {"karsiyaka"}
    r = run("check", "--db", db, check=True)
    assert "Integrity: ok" in r.stdout


def test_errors_exit_nonzero_in_the_users_language(tmp_path):
    r = run("check", "--db", str(tmp_path / "missing.sqlite"), lang="tr")
    assert r.returncode != 0
    assert "Çalışma alanı dosyası yok" in r.stderr
    r = run("check", "--db", str(tmp_path / "missing.sqlite"), lang="en")
    assert "does not exist" in r.stderr
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"x" * 5000)
    r = run("projects", "list", "--db", str(bad))
    assert r.returncode != 0 and "damaged" in r.stderr


@pytest.mark.parametrize("args", [["init", "--db", "x.sqlite", "--role", "district", "--district", "Narnia"],
                                  ["init", "--db", "x.sqlite", "--role", "mayor"]])
def test_bad_arguments_are_refused(tmp_path, args):
    r = subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, text=True,
                       cwd=tmp_path, env={**os.environ, "IZSA_LANG": "en"})
    assert r.returncode != 0
