"""`izsa-desktop export` as a user scripts it: real processes, exit codes, translated messages."""

import csv
import os
import subprocess
import sys

import pytest


def run(*args, lang="en"):
    env = {**os.environ, "IZSA_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "izsa_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=180)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "c.sqlite")
    assert run("init", "--db", path, "--role", "central", "--office", "İBB", "--user", "M").returncode == 0
    assert run("demo-data", "--db", path, "--count", "90", "--seed", "7").returncode == 0
    return path


def test_csv_filtered_by_district(db, tmp_path):
    out = tmp_path / "k.csv"
    r = run("export", "--db", db, "--format", "csv", "--out", str(out), "--district", "Karsiyaka", "--lang", "tr")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows and {x["İlçe"] for x in rows} == {"Karşıyaka"}
    assert f"{len(rows)} proje" in r.stdout


def test_sdg_filter_and_english(db, tmp_path):
    out = tmp_path / "g.csv"
    r = run("export", "--db", db, "--format", "csv", "--out", str(out), "--sdg", "11", "--sep", ",")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    assert rows and all("11 Sustainable Cities" in x["SDG goals"] for x in rows)


def test_geojson_reports_skipped(db, tmp_path):
    r = run("export", "--db", db, "--format", "geojson", "--out", str(tmp_path / "p.geojson"))
    assert r.returncode == 0, r.stderr
    assert "written to" in r.stdout


def test_errors_are_translated_and_nonzero(db, tmp_path):
    r = run("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "x.csv"), "--district", "Atlantis",
            lang="tr")
    assert r.returncode == 1 and "Bilinmeyen ilçe" in r.stderr
    r = run("export", "--db", db, "--format", "xlsx", "--out", str(tmp_path / "missing" / "x.xlsx"))
    assert r.returncode == 1 and "destination folder does not exist" in r.stderr
    assert not (tmp_path / "x.csv").exists()
    r = run("export", "--db", db, "--format", "docx", "--out", str(tmp_path / "x.docx"))
    assert r.returncode == 2


def test_pdf_report_and_case_study_from_cli(db, tmp_path):
    out = tmp_path / "r.pdf"
    r = run("export", "--db", db, "--format", "pdf", "--out", str(out), "--district", "Bornova", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF") and "pages" in r.stdout
    listing = run("projects", "list", "--db", db, "--json")
    import json

    pid = json.loads(listing.stdout)[0]["id"]
    r = run("export", "--db", db, "--format", "pdf", "--out", str(tmp_path / "c.pdf"), "--case-study", pid)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "c.json").exists()
    r = run("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "c.csv"), "--case-study", pid)
    assert r.returncode == 1 and "Invalid export option" in r.stderr
