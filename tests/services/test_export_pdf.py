"""The PDF report read back with poppler's pdftotext: Turkish letters in both languages, headings,
no personal data, the district filter respected."""

import re
import shutil
import subprocess
from datetime import date

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import Project
from izsa_desktop.services import demo
from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export
from izsa_desktop.services.projects import ProjectService

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
LETTERS = "İıŞşĞğÇçÖöÜü"


@pytest.fixture
def ws(central_ws):
    demo.generate(central_ws, 150, seed=5)
    p = Project(district="konak", title_tr=f"Özel Proje {LETTERS}", title_en=f"Special {LETTERS}",
                status="ongoing", start_date=date(2023, 5, 1), sdg_primary=3, sdg_goals=[3],
                contact_name="Gülşen Ağaoğlu", contact_email="gulsen@example.org", lat=38.41, lon=27.13)
    ProjectService(central_ws, source="test").save(p)
    central_ws.extra["special"] = p.id
    return central_ws


def pdf_text(path):
    r = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.mark.parametrize("lang, headings", [
    ("tr", ["Yerel Proje Raporu", "Özet göstergeler", "İlçe × SKA matrisi", "Projelerin haritası",
            "SKA 11 · Sürdürülebilir Şehirler ve Topluluklar", "Kaynaklar ve notlar", "OpenStreetMap", "ODbL"]),
    ("en", ["Local Projects Report", "Key figures", "District × SDG matrix", "Map of the projects",
            "SDG 11 · Sustainable Cities and Communities", "Sources and notes", "Open SDG", "MIT", "WHO"]),
])
def test_report_text_headings_and_letters(ws, tmp_path, lang, headings):
    out = tmp_path / f"r-{lang}.pdf"
    r = run_export(ws, ExportQuery(), ExportOptions("pdf", str(out), lang=lang))
    assert r.pages >= 8 and r.count == 151
    text = pdf_text(out)
    for h in headings:
        assert h in text, h
    for ch in LETTERS:
        assert ch in text, ch
    assert "Gülşen" not in text and "gulsen@example.org" not in text
    assert "İzmir" in text and "Karşıyaka" in text


def test_district_report_lists_only_that_district(ws, tmp_path):
    out = tmp_path / "konak.pdf"
    r = run_export(ws, ExportQuery(district="Konak"), ExportOptions("pdf", str(out), lang="tr"))
    text = pdf_text(out)
    assert f"Özel Proje {LETTERS}" in text
    assert "Konak · " in text  # running title
    assert r.count < 151
    rows = [line for line in text.splitlines() if re.search(r"(Sürüyor|Tamamlandı|Planlandı)\s+20\d\d", line)]
    assert rows and all("Konak" in line for line in rows)


def test_cancel_leaves_no_pdf(ws, tmp_path):
    out = tmp_path / "r.pdf"
    state = {"n": 0}

    def cancelled():
        state["n"] += 1
        return state["n"] > 3

    with pytest.raises(IzsaError) as e:
        run_export(ws, ExportQuery(), ExportOptions("pdf", str(out)), cancelled=cancelled)
    assert e.value.code == "export_cancelled" and not out.exists()
    assert [p for p in tmp_path.iterdir() if ".pdf" in p.name] == []
