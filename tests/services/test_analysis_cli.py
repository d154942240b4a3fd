"""similar / gaps / joint / scorecard on the command line: real processes, JSON and text, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from test_similar_cases import add_cases

from izsa_desktop.services.demo import generate


def run(*args, lang="en"):
    env = {**os.environ, "IZSA_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_insight_commands(central_ws, tmp_path):
    ids = add_cases(central_ws)
    generate(central_ws, 60, seed=2)
    db = str(central_ws.path)
    r = run("similar", "--db", db, "--project", ids["kiyi_a"], "--json", "--limit", "3")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["similar"][0]["id"] == ids["kiyi_b"] and len(data["similar"]) <= 3
    r = run("similar", "--db", db, "--project", ids["kiyi_a"])
    assert r.returncode == 0 and "KIYI TEMİZLİK GÖNÜLLÜSÜ" in r.stdout and "14.1" in r.stdout
    r = run("similar", "--db", db, "--project", "missing-id")
    assert r.returncode != 0 and "missing-id" in r.stderr
    r = run("gaps", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    g = json.loads(r.stdout)
    assert g["total_projects"] == 67 and sum(g["totals_by_district"].values()) == 67
    r = run("gaps", "--db", db, lang="tr")
    assert r.returncode == 0 and "için proje yok" in r.stdout
    out = tmp_path / "j.csv"
    r = run("joint", "--db", db, "--out", str(out), "--threshold", "0.3")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and str(out) in r.stdout
    r = run("joint", "--db", db, "--json", "--threshold", "0.3")
    pairs = json.loads(r.stdout)["pairs"]
    assert pairs and all(p["district_a"] != p["district_b"] for p in pairs)
    r = run("scorecard", "--db", db, "--json")
    cards = json.loads(r.stdout)
    assert len(cards) == 31 and all(0 <= c["readiness"] <= 100 for c in cards)
    r = run("scorecard", "--db", str(tmp_path / "nope.sqlite"))
    assert r.returncode != 0
