"""A good-practice case study (PDF + JSON) of one project: content, language, personal data policy."""

import json
import shutil
import subprocess
from datetime import date

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import Project
from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export
from izsa_desktop.services.projects import ProjectService

LETTERS = "İıŞşĞğÇçÖöÜü"


@pytest.fixture
def project(central_ws):
    p = Project(
        district="bayrakli", title_tr=f"Çocuklar için Güvenli Okul Yolları {LETTERS}",
        title_en="Safe routes to school", status="completed", start_date=date(2022, 9, 1),
        end_date=date(2024, 6, 30), end_kind="actual", sdg_primary=11, sdg_goals=[3, 11], sdg_targets=["11.2"],
        who_themes=["places"], target_groups=["children"], purpose="Okul çevresinde trafik güvenliği.",
        summary="Yaya geçitleri, hız tümsekleri ve veli gönüllüleri.", beneficiaries_reached=4200,
        partners=[{"name": "Ege Üniversitesi", "type": "academic", "role": "implementing"}],
        results=[{"indicator": "Kaza sayısı", "unit": "adet", "baseline": "14", "target": "5", "actual": "3",
                  "period": "2023"}],
        contact_name="Şule Çağlar", contact_phone="+90 232 000 00 00", lat=38.46, lon=27.17, budget_kurus=50000000,
    )
    ProjectService(central_ws, source="test").save(p)
    return central_ws, p


def _text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("lang, words", [("tr", ["İyi uygulama örneği", "Amaç ve bağlam", "Sonuçlar", "Ege Üniversitesi"]),
                                         ("en", ["Good-practice case study", "Purpose and context", "Results",
                                                 "Safe routes to school"])])
def test_case_study_pdf_and_json(project, tmp_path, lang, words):
    ws, p = project
    out = tmp_path / "case.pdf"
    r = run_export(ws, ExportQuery(), ExportOptions("pdf", str(out), lang=lang, case_study=p.id))
    assert 1 <= r.pages <= 2
    text = _text(out)
    for w in words:
        assert w in text, w
    assert "Şule" not in text
    data = json.loads((tmp_path / "case.json").read_text(encoding="utf-8"))
    assert data["project_id"] == p.id and data["district"] == "Bayraklı" and "contact" not in data
    assert [g["number"] for g in data["sdg_goals"]] == [3, 11] and data["budget_try"] == 500000.0
    assert data["title_tr"].endswith(LETTERS)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_personal_data_only_with_flag(project, tmp_path):
    ws, p = project
    out = tmp_path / "case.pdf"
    run_export(ws, ExportQuery(), ExportOptions("pdf", str(out), case_study=p.id, include_personal=True))
    assert "Şule Çağlar" in _text(out)
    assert json.loads((tmp_path / "case.json").read_text(encoding="utf-8"))["contact"]["name"] == "Şule Çağlar"


def test_unknown_project(project, tmp_path):
    ws, _ = project
    with pytest.raises(IzsaError) as e:
        run_export(ws, ExportQuery(), ExportOptions("pdf", str(tmp_path / "x.pdf"), case_study="nope"))
    assert e.value.code == "project_missing" and not list(tmp_path.glob("x.*"))
