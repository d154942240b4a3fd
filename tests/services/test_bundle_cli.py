"""The CLI end to end, in-process: exact commands, JSON output, non-zero exit on every refusal."""

from __future__ import annotations

import json

from test_bundle_helpers import add_projects

from izsa_desktop.cli.main import main
from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.workspace import open_workspace


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    cap = capsys.readouterr()
    return code, cap.out + cap.err


def test_cli_flow(qapp, tmp_path, capsys, monkeypatch):  # qapp: a QApplication, not the CLI's QCoreApplication
    monkeypatch.setenv("IZSA_PASSPHRASE", "gizli parola")
    c, d = str(tmp_path / "c.sqlite"), str(tmp_path / "d.sqlite")
    assert run(capsys, "init", "--db", c, "--role", "central")[0] == 0
    assert run(capsys, "init", "--db", d, "--role", "district", "--district", "bornova")[0] == 0
    assert run(capsys, "keys", "init", "--db", c)[0] == 0
    code, text = run(capsys, "keys", "init", "--db", d, "--json")
    fp = json.loads(text)["fingerprint"]
    assert run(capsys, "keys", "export-public", "--db", d, "--out", str(tmp_path / "d.pub"))[0] == 0
    assert run(capsys, "keys", "export-public", "--db", c, "--out", str(tmp_path / "c.pub"))[0] == 0
    code, text = run(capsys, "keys", "register", "--db", c, "--district", "bornova", "--public-key",
                     str(tmp_path / "d.pub"), "--fingerprint", "0000 0000 0000 0000")
    assert code != 0
    assert run(capsys, "keys", "register", "--db", c, "--district", "bornova", "--public-key",
               str(tmp_path / "d.pub"), "--fingerprint", fp)[0] == 0
    cfp = json.loads(run(capsys, "keys", "fingerprint", "--db", c, "--json")[1])["fingerprint"]
    assert run(capsys, "keys", "pin-central", "--db", d, "--public-key", str(tmp_path / "c.pub"),
               "--fingerprint", cfp)[0] == 0
    ws = open_workspace(d)
    add_projects(ws, 3)
    ws.close()
    b = str(tmp_path / "b.izsa")
    assert run(capsys, "bundle", "export", "--db", d, "--out", b)[0] == 0
    code, text = run(capsys, "bundle", "verify", b, "--db", c, "--json")
    assert code == 0 and json.loads(text)["seq"] == 1
    code, text = run(capsys, "bundle", "import", b, "--db", c, "--dry-run", "--json")
    assert code == 0 and json.loads(text)["plan"]["new"] == 3 and not json.loads(text)["applied"]
    code, text = run(capsys, "bundle", "import", b, "--db", c, "--json")
    assert json.loads(text)["applied"]
    code, text = run(capsys, "bundle", "import", b, "--db", c)
    assert code == 0
    code, text = run(capsys, "conflicts", "list", "--db", c, "--json")
    assert code == 0 and json.loads(text) == []
    ds = str(tmp_path / "ds.izsa")
    assert run(capsys, "bundle", "dataset", "--db", c, "--out", ds)[0] == 0
    assert run(capsys, "bundle", "import-dataset", ds, "--db", d)[0] == 0
    # tampered file: refused, non-zero
    raw = bytearray(open(b, "rb").read())
    raw[-5] ^= 1
    open(tmp_path / "bad.izsa", "wb").write(bytes(raw))
    code, text = run(capsys, "bundle", "import", str(tmp_path / "bad.izsa"), "--db", c)
    assert code != 0 and "bundle_" not in text  # worded, not a raw code
    monkeypatch.setenv("IZSA_PASSPHRASE", "yanlış")
    assert run(capsys, "bundle", "export", "--db", d, "--out", str(tmp_path / "x.izsa"))[0] != 0
    ws = open_workspace(c)
    assert [p.district for p in KeyService(ws).pinned()] == ["bornova"]
    ws.close()
