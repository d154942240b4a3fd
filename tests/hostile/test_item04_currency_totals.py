"""Item 4 (exports' part): totals added currencies together. The PDF report showed "TRY 497,386"-style
totals that included euros, the XLSX/CSV column "Bütçe (TL)" held euro amounts, the case study called a
EUR budget TL.

Now every export is per currency: one budget column per currency ("Bütçe (TL)", "Bütçe (EUR)"), each
holding only its own currency's amounts (so a column sum is a true total); the report's key figures give
one total per currency; the case study shows the project's own currency. Nothing is converted.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from datetime import date

import pytest

from izsa_desktop.core.model import Project
from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export, select_projects
from izsa_desktop.services.projects import ProjectService

# minor units: 400,000.00 TRY + 97,386.00 TRY, 12,000.00 EUR (the wrong sum would be 509,386)
BUDGETS = [(40_000_000, "TRY"), (9_738_600, "TRY"), (1_200_000, "EUR"), (None, "EUR")]


@pytest.fixture
def ws(central_ws):
    svc = ProjectService(central_ws, source="test")
    ids = []
    for i, (kurus, cur) in enumerate(BUDGETS):
        p = Project(district="bornova", title_tr=f"Proje {i}", status="ongoing", start_date=date(2024, 1, 1),
                    sdg_primary=11, sdg_goals=[11], lat=38.46, lon=27.21, budget_kurus=kurus, currency=cur)
        svc.save(p)
        ids.append(p.id)
    central_ws.extra["ids"] = ids
    return central_ws


def _csv(ws, tmp_path, **kw):  # type: ignore[no-untyped-def]
    out = tmp_path / "b.csv"
    run_export(ws, ExportQuery(), ExportOptions("csv", str(out), **kw))
    return list(csv.DictReader(out.open(encoding="utf-8-sig", newline=""), delimiter=kw.get("csv_sep", ";")))


def test_totals_helper_never_adds_currencies(ws):
    from izsa_desktop.services.export.rows import budget_totals, currencies

    ps = select_projects(ws).projects
    assert budget_totals(ps) == {"TRY": 49_738_600, "EUR": 1_200_000}
    assert currencies(ps) == ["TRY", "EUR"]


def test_csv_has_one_budget_column_per_currency(ws, tmp_path):
    rows = _csv(ws, tmp_path, lang="tr")
    by_id = {r["Kimlik"]: r for r in rows}
    eur = by_id[ws.extra["ids"][2]]
    assert eur["Bütçe (EUR)"] == "12000,00" and eur["Bütçe (TL)"] == "" and eur["Para birimi"] == "EUR"
    assert sum(float(r["Bütçe (TL)"].replace(",", ".")) for r in rows if r["Bütçe (TL)"]) == 497_386.0
    assert sum(float(r["Bütçe (EUR)"].replace(",", ".")) for r in rows if r["Bütçe (EUR)"]) == 12_000.0
    en = _csv(ws, tmp_path, lang="en", csv_sep=",")
    assert {"Budget (TRY)", "Budget (EUR)", "Currency"} <= set(en[0])


def test_xlsx_budget_columns_are_per_currency(ws, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "b.xlsx"
    run_export(ws, ExportQuery(), ExportOptions("xlsx", str(out), lang="tr"))
    sh = load_workbook(out)["Projeler"]
    head = [c.value for c in sh[1]]
    assert "Bütçe (TL)" in head and "Bütçe (EUR)" in head
    data = [dict(zip(head, r, strict=True)) for r in sh.iter_rows(min_row=2, values_only=True)]
    assert sum(r["Bütçe (TL)"] or 0 for r in data) == pytest.approx(497_386.0)
    assert sum(r["Bütçe (EUR)"] or 0 for r in data) == pytest.approx(12_000.0)
    assert all(r["Bütçe (TL)"] is None for r in data if r["Para birimi"] == "EUR")


def test_geojson_budget_per_currency(ws, tmp_path):
    out = tmp_path / "b.geojson"
    run_export(ws, ExportQuery(), ExportOptions("geojson", str(out), lang="en"))
    props = [f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]]
    assert sum(p["Budget (TRY)"] or 0 for p in props) == 497_386.0
    assert sum(p["Budget (EUR)"] or 0 for p in props) == 12_000.0


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    r = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return " ".join(r.stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("lang", "try_total", "eur_total", "wrong"),
                         [("tr", "497.386 TL", "12.000 EUR", "509.386"), ("en", "TRY 497,386", "EUR 12,000", "509,386")])
def test_pdf_report_totals_per_currency(ws, tmp_path, lang, try_total, eur_total, wrong):
    out = tmp_path / f"r_{lang}.pdf"
    run_export(ws, ExportQuery(), ExportOptions("pdf", str(out), lang=lang))
    text = _pdf_text(out)
    assert try_total in text and eur_total in text and wrong not in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_case_study_in_the_projects_currency(ws, tmp_path):
    out = tmp_path / "case.pdf"
    run_export(ws, ExportQuery(), ExportOptions("pdf", str(out), lang="tr", case_study=ws.extra["ids"][2]))
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["budget"] == {"amount": 12_000.0, "currency": "EUR"} and data["budget_try"] is None
    text = _pdf_text(out)
    assert "12.000 EUR" in text and "12.000 TL" not in text and "Bütçe (TL)" not in text
