"""CSV, XLSX and GeoJSON exports read back by real clients: csv, openpyxl, GDAL ogrinfo, LibreOffice."""

import csv
import json
import os
import shutil
import subprocess
from datetime import date

import pytest

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import Project
from izsa_desktop.services import demo
from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export, select_projects
from izsa_desktop.services.projects import ProjectService

TURKISH = "İıŞşĞğÇçÖöÜü"


@pytest.fixture
def ws(central_ws):
    demo.generate(central_ws, 120, seed=11)
    svc = ProjectService(central_ws, source="test")
    p = Project(district="karsiyaka", title_tr=f"Çöp Ayrıştırma {TURKISH}", title_en="Waste sorting",
                status="ongoing", start_date=date(2024, 3, 1), sdg_primary=11, sdg_goals=[11, 13],
                sdg_targets=["11.6"], target_groups=["women"],
                contact_name="Ayşe Gül Öztürk", contact_email="ayse@example.org", budget_kurus=123456789)
    svc.save(p)
    nowhere = Project(district="bornova", title_tr="Konumsuz proje", status="planned",
                      start_date=date(2025, 1, 1), sdg_primary=4, sdg_goals=[4])
    svc.save(nowhere)
    central_ws.extra["special"] = p.id
    return central_ws


def _export(ws, tmp_path, fmt, q=None, **kw):
    out = tmp_path / f"out.{fmt}"
    r = run_export(ws, q or ExportQuery(), ExportOptions(fmt, str(out), **kw))
    return out, r


def test_csv_bom_semicolon_and_readable_cells(ws, tmp_path):
    out, r = _export(ws, tmp_path, "csv", lang="tr")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert len(rows) == r.count + 1 == 123
    head = rows[0]
    assert "Proje adı (Türkçe)" in head and "İletişim kişisi" not in head
    row = next(x for x in rows if x[0] == ws.extra["special"])
    cell = dict(zip(head, row, strict=False))
    assert cell["Proje adı (Türkçe)"].endswith(TURKISH)
    assert cell["SKA amaçları"] == "11 Sürdürülebilir Şehirler ve Topluluklar; 13 İklim Eylemi"
    assert cell["Bütçe (TL)"] == "1234567,89" and cell["İlçe"] == "Karşıyaka"
    assert "Ayşe Gül Öztürk" not in raw.decode("utf-8-sig")


def test_csv_english_comma_and_personal_flag(ws, tmp_path):
    out, _ = _export(ws, tmp_path, "csv", lang="en", csv_sep=",", include_personal=True)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    row = next(x for x in rows if x["ID"] == ws.extra["special"])
    assert row["Contact person"] == "Ayşe Gül Öztürk" and row["Budget (TRY)"] == "1234567.89"
    assert row["SDG goals"].startswith("11 Sustainable Cities")


def test_filter_by_district_goal_and_text(ws, tmp_path):
    sel = select_projects(ws, ExportQuery(district="Karşıyaka"))
    assert sel.projects and {p.district for p in sel.projects} == {"karsiyaka"}
    assert all(13 in p.sdg_goals for p in select_projects(ws, ExportQuery(goal=13)).projects)
    hits = select_projects(ws, ExportQuery(text="cop ayristirma"))
    assert [p.id for p in hits.projects] == [ws.extra["special"]]
    only = select_projects(ws, ExportQuery(uuids=(ws.extra["special"],)))
    assert len(only.projects) == 1
    with pytest.raises(IzsaError) as e:
        select_projects(ws, ExportQuery(district="Atlantis"))
    assert e.value.code == "district_unknown"


def test_xlsx_openpyxl_sheets_dates_numbers(ws, tmp_path):
    from openpyxl import load_workbook

    out, r = _export(ws, tmp_path, "xlsx", lang="tr")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Projeler", "SKA amaçları", "SKA hedefleri", "DSÖ temaları", "İlçeler", "Hedef gruplar"]
    sh = wb["Projeler"]
    assert sh.max_row == r.count + 1 and sh.freeze_panes == "A2" and sh.auto_filter.ref.startswith("A1:")
    head = [c.value for c in sh[1]]
    row = next(r for r in sh.iter_rows(min_row=2, values_only=True) if r[0] == ws.extra["special"])
    cell = dict(zip(head, row, strict=False))
    assert cell["Proje adı (Türkçe)"].endswith(TURKISH)
    assert cell["Başlangıç tarihi"].date() == date(2024, 3, 1)
    assert cell["Bütçe (TL)"] == pytest.approx(1234567.89)
    assert len(list(wb["SKA hedefleri"].iter_rows(min_row=2))) == 169
    assert wb["İlçeler"].max_row == 32  # header + 30 districts + metropolitan
    assert not any("İletişim" in str(h) for h in head)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_xlsx_opens_in_libreoffice(ws, tmp_path):
    out, r = _export(ws, tmp_path, "xlsx", lang="tr")
    profile = tmp_path / "lo-profile"
    conv = tmp_path / "conv"
    proc = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", str(conv), str(out)],
        capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    text = (conv / "out.csv").read_text(encoding="utf-8")
    lines = [x for x in text.splitlines() if x]
    assert len(lines) == r.count + 1
    assert "Proje adı (Türkçe)" in lines[0] and TURKISH in text and "2024-03-01" in text


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL ogrinfo not installed")
def test_geojson_read_by_gdal(ws, tmp_path):
    out, r = _export(ws, tmp_path, "geojson", lang="en")
    with_xy = sum(p.lat is not None for p in select_projects(ws).projects)
    assert r.count == with_xy >= 100 and r.skipped == 122 - with_xy >= 2
    info = subprocess.run(["ogrinfo", "-so", "-al", str(out)], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert f"Feature Count: {r.count}" in info.stdout and "Geometry: Point" in info.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "crs" not in data
    feat = data["features"][0]
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 26 < lon < 29 and 37 < lat < 40  # lon/lat order, İzmir
    assert all(len(str(c).split(".")[-1]) <= 6 for f in data["features"] for c in f["geometry"]["coordinates"])
    assert "Title (Turkish)" in feat["properties"] and "Contact person" not in feat["properties"]


def test_failed_export_leaves_nothing(ws, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("old content", encoding="utf-8")
    calls = iter(range(1000))
    with pytest.raises(IzsaError) as e:
        run_export(ws, ExportQuery(), ExportOptions("csv", str(out)), cancelled=lambda: next(calls) > 0)
    assert e.value.code == "export_cancelled"
    assert out.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    with pytest.raises(IzsaError) as e:
        run_export(ws, ExportQuery(), ExportOptions("csv", str(tmp_path / "no" / "x.csv")))
    assert e.value.code == "export_folder_missing"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_permission_denied_is_a_code(ws, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(IzsaError) as e:
            run_export(ws, ExportQuery(), ExportOptions("geojson", str(ro / "x.geojson")))
        assert e.value.code == "export_permission_denied"
    finally:
        ro.chmod(0o700)


def test_cancelled_xlsx_leaves_nothing(ws, tmp_path):
    out = tmp_path / "x.xlsx"
    with pytest.raises(IzsaError) as e:
        run_export(ws, ExportQuery(), ExportOptions("xlsx", str(out)), cancelled=lambda: True)
    assert e.value.code == "export_cancelled" and list(tmp_path.glob("*x.xlsx*")) == []
