"""A good-practice case study of one project, as the WHO European Healthy Cities Network shares them:
a one-to-two-page PDF (title, SDG colour band, key facts, purpose and context, what was done, people
reached, partners, results, a small location map, sources) plus the same content as JSON beside it
(``<out>.json``). Contact details appear only with ``include_personal`` (internal use; both files are
then owner-only, 0600). The budget is shown in the project's own currency ("budget": amount and
currency; "budget_try" only for a budget in TRY)."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from ....core import taxonomy as tx
from ....core.errors import IzsaError
from ....core.model import PERSONAL_FIELDS, Project
from ....store.projects import ProjectRepo
from .. import labels as L
from ..atomic import atomic_file
from ..result import ExportResult
from ..rows import amount, currency_of
from . import mapdraw
from . import words as W
from .base import FONT, INK, MUTED, Doc


def case_study_data(p: Project, lang: str, include_personal: bool = False) -> dict[str, Any]:
    title = (p.title_en or p.title_tr) if lang == "en" else p.title_tr
    data: dict[str, Any] = {
        "type": "good_practice_case_study", "language": lang, "network": W.w("case_network", lang),
        "city": "İzmir", "country": W.w("country", lang), "district": tx.district_name(p.district),
        "project_id": p.id, "title": title, "title_tr": p.title_tr, "title_en": p.title_en,
        "status": L.pick(L.STATUS, p.status, lang),
        "period": {"start": p.start_date.isoformat() if p.start_date else None,
                   "end": p.end_date.isoformat() if p.end_date else None,
                   "end_kind": L.pick(L.END_KIND, p.end_kind, lang)},
        "sdg_goals": [{"number": g, "name": tx.goals()[g].name(lang), "colour": tx.goals()[g].color,
                       "primary": g == p.sdg_primary} for g in sorted(p.sdg_goals) if g in tx.goals()],
        "sdg_targets": list(p.sdg_targets),
        "who_themes": [{"key": k, "name": L.theme_label(k, lang)} for k in p.who_themes],
        "context": p.purpose, "description": p.summary,
        "target_groups": [L.pick(L.TARGET_GROUP, g, lang) for g in p.target_groups]
        + ([p.target_groups_other] if p.target_groups_other else []),
        "beneficiaries": {"planned": p.beneficiaries_planned, "reached": p.beneficiaries_reached},
        "partners": [{"name": x.get("name", ""), "role": L.pick(L.PARTNER_ROLE, str(x.get("role", "")), lang),
                      "type": x.get("type", "")} for x in p.partners],
        "results": [dict(r) for r in p.results],
        "progress": [dict(x) for x in p.progress],
        "budget": None if p.budget_kurus is None else {"amount": amount(p), "currency": currency_of(p)},
        "budget_try": amount(p) if currency_of(p) == "TRY" else None,
        "funding_source": L.pick(L.FUNDING, p.funding_source, lang),
        "responsible_unit": p.responsible_unit,
        "location": {"lat": p.lat, "lon": p.lon, "neighbourhood": p.neighbourhood,
                     "precision": L.pick(L.PRECISION, p.precision, lang)},
        "collaboration": {"open": p.open_to_collab, "sought": p.collab_sought},
        "links": list(p.links),
        "generated": date.today().isoformat(),
        "sources": ["UN SDGs / Open SDG (MIT)", "WHO European Healthy Cities Network, Phase VII",
                    "© OpenStreetMap contributors (ODbL)"],
    }
    if include_personal:
        data["contact"] = {f.removeprefix("contact_"): getattr(p, f) for f in PERSONAL_FIELDS}
    return data


def _section(doc: Doc, title: str, text: str) -> None:
    if not text.strip():
        return
    doc.set_font(FONT, "B", 10.5)
    doc.set_text_color(*INK)
    doc.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    doc.para(text, size=9)
    doc.ln(2.5)


def _facts(doc: Doc, d: dict[str, Any], p: Project, lang: str) -> list[tuple[str, str]]:
    period = " – ".join(x for x in (W.day(p.start_date, lang), W.day(p.end_date, lang)) if x)
    people = []
    if p.beneficiaries_planned is not None:
        people.append(f"{W.num(p.beneficiaries_planned, lang)} {W.w('planned', lang)}")
    if p.beneficiaries_reached is not None:
        people.append(f"{W.num(p.beneficiaries_reached, lang)} {W.w('reached', lang)}")
    rows = [
        (L.w("district", lang), d["district"]), (L.w("status", lang), d["status"]),
        (W.w("period", lang), period), (L.w("responsible_unit", lang), p.responsible_unit),
        (L.w("sdg_goals", lang), "; ".join(f"{g['number']} {g['name']}" for g in d["sdg_goals"])),
        (L.w("sdg_targets", lang), ", ".join(p.sdg_targets)),
        (L.w("who_themes", lang), "; ".join(t["name"] for t in d["who_themes"])),
        (L.w("target_groups", lang), "; ".join(d["target_groups"])),
        (W.w("beneficiaries", lang), "; ".join(people)),
        (L.w("budget", lang), W.money(p.budget_kurus, currency_of(p), lang) if p.budget_kurus is not None else ""),
        (L.w("funding_source", lang), d["funding_source"]),
    ]
    if "contact" in d:
        c = d["contact"]
        rows.append((W.w("contact", lang), ", ".join(x for x in (c["name"], c["role"], c["phone"], c["email"]) if x)))
    return [(k, v) for k, v in rows if v]


def build_case_study(p: Project, lang: str, include_personal: bool = False) -> tuple[Doc, dict[str, Any]]:
    d = case_study_data(p, lang, include_personal)
    doc = Doc(lang, f"{W.w('case_title', lang)} · {d['district']}")
    doc.set_title(d["title"])
    doc.cover = False
    doc.add_page()
    colour = tx.goals()[p.sdg_primary].color if p.sdg_primary in tx.goals() else "#1F4E79"
    doc.set_font(FONT, "", 8.5)
    doc.set_text_color(*MUTED)
    doc.cell(0, 5, W.w("case_network", lang), new_x="LMARGIN", new_y="NEXT")
    doc.heading(d["title"], size=16, colour=INK)
    band = " · ".join(f"{W.w('goal_band', lang).format(n=g['number'])}" for g in d["sdg_goals"]) or W.w("case_title", lang)
    doc.band(band, colour, height=9, size=10.5)
    x0, col_w = doc.l_margin, 112
    top = doc.get_y()
    for k, v in _facts(doc, d, p, lang):
        doc.set_x(x0)
        doc.set_font(FONT, "B", 8)
        doc.set_text_color(*MUTED)
        doc.cell(44, 4.6, doc.fit(k, 44))
        doc.set_font(FONT, "", 8)
        doc.set_text_color(*INK)
        doc.multi_cell(col_w - 44, 4.6, v, align="L", new_x="LMARGIN", new_y="NEXT")
    facts_end = doc.get_y()
    map_x, map_w = x0 + col_w + 4, doc.content_w - col_w - 4
    doc.set_draw_color(222, 226, 230)
    doc.rect(map_x, top, map_w, map_w, style="D")
    mapdraw.draw_map(doc, [p], map_x, top, map_w, map_w, district=p.district if p.district in
                     {x.id for x in tx.districts()} else None, labels=True)
    doc.set_y(max(facts_end, top + map_w) + 5)
    _section(doc, W.w("context", lang), p.purpose)
    _section(doc, W.w("description", lang), p.summary)
    if p.partners:
        _section(doc, W.w("partners", lang), "\n".join(f"• {x['name']} ({x['role']})" if x["role"] else
                                                       f"• {x['name']}" for x in d["partners"]))
    if p.results:
        doc.set_font(FONT, "B", 10.5)
        doc.cell(0, 6, W.w("results", lang), new_x="LMARGIN", new_y="NEXT")
        heads = [W.w(k, lang) for k in ("indicator", "baseline", "target", "actual", "period")]
        rows = [[str(r.get(k, "")) + (f" {r.get('unit', '')}" if k != "indicator" and k != "period" and r.get(k)
                                      else "") for k in ("indicator", "baseline", "target", "actual", "period")]
                for r in p.results]
        doc.table_rows(heads, [doc.content_w - 100, 25, 25, 25, 25], rows, size=8, row_h=5)
        doc.ln(3)
    if p.progress:
        _section(doc, W.w("progress", lang), "\n".join(f"{W.day(x.get('date'), lang)}: {x.get('text', '')}"
                                                       for x in p.progress if x.get("text")))
    if p.open_to_collab and p.collab_sought:
        _section(doc, W.w("collab", lang), p.collab_sought)
    doc.para(W.w("sources", lang) + ": " + "; ".join(d["sources"]), size=7.5, colour=MUTED)
    return doc, d


def write_case_study(ws, project_id: str, out: str | os.PathLike[str], *, lang: str = "tr",  # type: ignore[no-untyped-def]
                     include_personal: bool = False) -> ExportResult:
    with ws.session() as s:
        stored = ProjectRepo(s).get(project_id)
    if stored is None or stored.meta.deleted:
        raise IzsaError("project_missing", id=project_id)
    doc, data = build_case_study(stored.project, lang, include_personal)
    out = Path(out)
    json_out = out.with_suffix(".json")
    pdf = doc.output()
    text = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    private = include_personal
    with atomic_file(out, private=private) as fh_pdf, atomic_file(json_out, private=private) as fh_json:
        fh_pdf.write(pdf)
        fh_json.write(text)
    return ExportResult(str(out), "pdf", 1, pages=doc.pages_count)
