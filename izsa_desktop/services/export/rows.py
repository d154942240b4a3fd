"""One project -> one row of human-readable cells, shared by the CSV and XLSX exports.

Lists become one readable cell ("11 Sürdürülebilir Şehirler ve Topluluklar; 13 İklim Eylemi"), codes
become words in the chosen language, dates stay ``date`` objects (CSV writes ISO text, XLSX real dates).
Personal data (contact_*) only when asked.

Money is never converted or relabelled: there is **one budget column per currency** of the selection
("Bütçe (TL)" always, then e.g. "Bütçe (EUR)"), each holding only the amounts (from integer minor units)
of projects in that currency, so a column sum is a real total; the "Para birimi" column says the
project's currency too. ``currencies``/``budget_totals`` give the same per-currency view to reports.

Spreadsheet formula injection (OWASP "CSV Injection"): ``formula_risk`` tells a text that a spreadsheet
would read as a formula (first non-blank character ``= + - @``, their full-width forms, tab, CR, LF, NUL);
the CSV writer prefixes such text with ``'`` (``neutral_text``), the XLSX writer stores it as a string
cell with Excel's quote-prefix flag. Numbers stay numbers (a negative number is a number, not text).
See docs/security_export_notes.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ...core import taxonomy as tx
from ...core.model import PERSONAL_FIELDS, Project
from . import labels as L

COLUMNS: tuple[str, ...] = (
    "id", "district", "title_tr", "title_en", "status", "start_date", "end_date", "end_kind",
    "sdg_primary", "sdg_goals", "sdg_targets", "who_themes", "target_groups", "target_groups_other",
    "beneficiaries_planned", "beneficiaries_reached", "purpose", "summary", "responsible_unit",
    "contact_name", "contact_role", "contact_phone", "contact_email",
    "lat", "lon", "precision", "neighbourhood", "address", "budget", "currency", "funding_source",
    "partners", "open_to_collab", "collab_sought", "results", "strategic_plan_goal", "links", "keywords",
    "visibility", "review_state",
)
DATE_COLUMNS = frozenset({"start_date", "end_date"})
NUMBER_COLUMNS = frozenset({"beneficiaries_planned", "beneficiaries_reached", "lat", "lon"})  # + budget:*
BASE_CURRENCY = "TRY"
BUDGET = "budget:"  # column key prefix: "budget:TRY", "budget:EUR", ...
WIDTHS = {"id": 38, "title_tr": 48, "title_en": 48, "purpose": 50, "summary": 60, "sdg_goals": 46,
          "sdg_targets": 24, "who_themes": 36, "target_groups": 36, "partners": 40, "results": 40,
          "district": 14, "status": 14, "start_date": 12, "end_date": 12, "sdg_primary": 34,
          "lat": 11, "lon": 11, "links": 40}


_CODE = re.compile(r"[A-Za-z]{3}")
_TRIGGERS = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")


def currency_of(p: Project) -> str:
    """The project's currency as stored: an ISO-style code upper-cased, anything else kept as it is
    (never replaced by TRY), "?" when empty."""
    raw = (p.currency or "").strip()
    if _CODE.fullmatch(raw):
        return raw.upper()  # ASCII letters only
    return raw or "?"


def currencies(projects: Iterable[Project]) -> list[str]:
    """The budget currencies of a selection: TRY first (always, a stable first column), then the others
    that occur with a budget, sorted."""
    found = {currency_of(p) for p in projects if p.budget_kurus is not None}
    return [BASE_CURRENCY] + sorted(found - {BASE_CURRENCY})


def budget_totals(projects: Iterable[Project]) -> dict[str, int]:
    """Budget sums in minor units per currency (only currencies with at least one budget), never added
    across currencies: {"TRY": 49738600, "EUR": 1200000}."""
    out: dict[str, int] = {}
    for p in projects:
        if p.budget_kurus is not None:
            cur = currency_of(p)
            out[cur] = out.get(cur, 0) + p.budget_kurus
    return out


def columns(include_personal: bool = False, money: Iterable[str] = (BASE_CURRENCY,)) -> list[str]:
    """Column keys; "budget" becomes one "budget:<currency>" column per currency in ``money``."""
    out: list[str] = []
    for c in COLUMNS:
        if c == "budget":
            out += [BUDGET + cur for cur in money]
        elif include_personal or c not in PERSONAL_FIELDS:
            out.append(c)
    return out


def is_money(col: str) -> bool:
    return col.startswith(BUDGET)


def is_number(col: str) -> bool:
    return col in NUMBER_COLUMNS or is_money(col)


def width(col: str) -> float:
    return 16 if is_money(col) else WIDTHS.get(col, 20)


def currency_label(cur: str, lang: str) -> str:
    """TRY is "TL" in Turkish; a stored value that is not a three-letter code is shown quoted (so a
    stored "TL" can never take the TRY column's heading)."""
    if cur == BASE_CURRENCY and lang == "tr":
        return "TL"
    return cur if _CODE.fullmatch(cur) else f'"{cur}"'


def headers(cols: list[str], lang: str) -> list[str]:
    return [L.w("budget_in", lang).format(currency=currency_label(c[len(BUDGET):], lang)) if is_money(c)
            else L.w(c, lang) for c in cols]


def formula_risk(s: str) -> bool:
    """Would a spreadsheet read this text as a formula (or a formula's start)? OWASP's list: a first
    character ``= + - @``, tab or CR; here also LF, NUL, the full-width ＝ ＋ － ＠, and any of those
    after leading blanks."""
    if not s:
        return False
    c = s[0]
    if c in _TRIGGERS:
        return True
    if c.isspace():
        t = s.lstrip()
        return bool(t) and t[0] in _TRIGGERS
    return False


def neutral_text(s: str) -> str:
    """Text a spreadsheet shows as text: a risky text gets a leading apostrophe (OWASP)."""
    return "'" + s if formula_risk(s) else s


def _partners(p: Project, lang: str) -> str:
    out = []
    for x in p.partners:
        role = L.pick(L.PARTNER_ROLE, str(x.get("role", "")), lang)
        out.append(f"{x.get('name', '')} ({role})" if role else str(x.get("name", "")))
    return L.join(out)


def _results(p: Project) -> str:
    out = []
    for r in p.results:
        bits = [str(r.get("indicator", ""))]
        if r.get("actual") not in (None, ""):
            bits.append(f"{r.get('actual')} {r.get('unit', '')}".strip())
        out.append(": ".join(b for b in bits if b))
    return L.join(out)


def amount(p: Project) -> float | None:
    """The budget in the project's own currency (major units), None without one."""
    return None if p.budget_kurus is None else p.budget_kurus / 100


def _budget_in(cur: str) -> Callable[[Project], float | None]:
    return lambda p: amount(p) if p.budget_kurus is not None and currency_of(p) == cur else None


def cell_makers(lang: str) -> dict[str, Callable[[Project], Any]]:
    yes, no = L.w("yes", lang), L.w("no", lang)
    return {
        "id": lambda p: p.id,
        "district": lambda p: tx.district_name(p.district),
        "status": lambda p: L.pick(L.STATUS, p.status, lang),
        "end_kind": lambda p: L.pick(L.END_KIND, p.end_kind, lang),
        "sdg_primary": lambda p: L.goal_label(p.sdg_primary, lang),
        "sdg_goals": lambda p: L.join(L.goal_label(g, lang) for g in sorted(p.sdg_goals)),
        "sdg_targets": lambda p: L.join(p.sdg_targets),
        "who_themes": lambda p: L.join(L.theme_label(t, lang) for t in p.who_themes),
        "target_groups": lambda p: L.join(L.pick(L.TARGET_GROUP, g, lang) for g in p.target_groups),
        "precision": lambda p: L.pick(L.PRECISION, p.precision, lang),
        "funding_source": lambda p: L.pick(L.FUNDING, p.funding_source, lang),
        "partners": lambda p: _partners(p, lang),
        "open_to_collab": lambda p: yes if p.open_to_collab else no,
        "results": _results,
        "links": lambda p: L.join(p.links),
        "visibility": lambda p: L.pick(L.VISIBILITY, p.visibility, lang),
        "review_state": lambda p: L.pick(L.REVIEW, p.review_state, lang),
    }


def row_function(cols: list[str], lang: str) -> Callable[[Project], list[Any]]:
    makers = cell_makers(lang)
    getters = [_budget_in(c[len(BUDGET):]) if is_money(c) else makers.get(c) or (lambda p, c=c: getattr(p, c))
               for c in cols]

    def row(p: Project) -> list[Any]:
        return [g(p) for g in getters]

    return row


def text_cell(v: Any, decimal_comma: bool = False) -> str:
    """A cell as CSV text: ISO dates, numbers with the chosen decimal mark, empty for None, text that a
    spreadsheet would take for a formula prefixed with an apostrophe (``neutral_text``)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return neutral_text(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        s = f"{v:.2f}" if v == round(v, 2) else repr(v)
        return s.replace(".", ",") if decimal_comma else s
    return str(v)
