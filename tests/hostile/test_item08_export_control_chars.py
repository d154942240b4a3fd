"""Item 8 (hostile content behind a valid signature), export side: a text holding a control character
that XML cannot store (``\\x01``, ``\\x1b`` ...) made openpyxl raise, so one such title stopped the whole
XLSX export. Now the character is shown as U+FFFD and the rest of the text and of the file is intact.
"""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from izsa_desktop.core.model import Project
from izsa_desktop.services.export import Selection
from izsa_desktop.services.export.csv_export import write_csv
from izsa_desktop.services.export.xlsx_export import write_xlsx


def _sel() -> Selection:
    ps = [Project(district="karsiyaka", title_tr=t, title_en="x", status="ongoing", start_date=date(2024, 3, 1),
                  sdg_primary=11, sdg_goals=[11], lat=38.46, lon=27.1, summary=t)
          for t in ("Kötü\x01başlık", "\x1b[31m=1+1", "Temiz başlık")]
    return Selection(ps, "2024-03-01")


def test_xlsx_with_control_characters_is_written(tmp_path):
    out = tmp_path / "x.xlsx"
    write_xlsx(_sel(), out)
    ws = load_workbook(out).worksheets[0]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Kötü\ufffdbaşlık" in texts
    assert "\ufffd[31m=1+1" in texts  # still text, not a formula
    assert "Temiz başlık" in texts
    assert all(not (isinstance(c.value, str) and c.data_type == "f") for row in ws.iter_rows() for c in row)


def test_csv_with_control_characters_is_written(tmp_path):
    out = tmp_path / "x.csv"
    write_csv(_sel(), out)
    assert "Temiz başlık" in out.read_text(encoding="utf-8-sig")
