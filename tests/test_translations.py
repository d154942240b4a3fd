"""Turkish and English translations are complete, compiled, and up to date with the sources."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations"


def messages(ts: Path):
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            yield name, m.findtext("source"), m.find("translation")


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_string_is_translated(lang):
    entries = list(messages(TS / f"izsa_{lang}.ts"))
    assert len(entries) > 150
    missing = [(c, s) for c, s, t in entries if t is None or t.get("type") in ("unfinished", "vanished", "obsolete")
               or not (t.text or "").strip()]
    assert missing == []


def test_ts_files_are_up_to_date_with_the_sources(tmp_path):
    """Re-running lupdate on the sources finds no string the committed .ts files lack."""
    ts = tmp_path / "fresh.ts"
    shutil.copy(TS / "izsa_tr.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "izsa_desktop").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-locations", "none", "-ts", str(ts)], check=True, capture_output=True)
    fresh = {(c, s) for c, s, t in messages(ts) if t is None or t.get("type") != "vanished"}
    committed = {(c, s) for c, s, _ in messages(TS / "izsa_tr.ts")}
    assert fresh - committed == set()


def test_placeholders_survive_translation():
    import re

    for c, s, t in messages(TS / "izsa_tr.ts"):
        assert set(re.findall(r"\{\w+\}", s)) == set(re.findall(r"\{\w+\}", t.text or "")), (c, s)


def test_qm_files_are_compiled_and_load(qapp):
    from PySide6.QtCore import QCoreApplication

    from izsa_desktop.ui import i18n

    assert (TS / "izsa_tr.qm").stat().st_mtime >= (TS / "izsa_tr.ts").stat().st_mtime - 5
    try:
        i18n.install("tr")
        assert QCoreApplication.translate("Labels", "Ongoing") == "Sürüyor"
        i18n.install("en")
        assert QCoreApplication.translate("Labels", "Ongoing") == "Ongoing"
    finally:
        i18n.install("en")
