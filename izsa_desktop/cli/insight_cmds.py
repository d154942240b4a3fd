"""similar, gaps, joint, scorecard: the insight reports on the command line."""

from __future__ import annotations

import argparse

from ..services import analysis_gaps, joint, scorecard, similarity
from ..ui import labels
from ..ui.insights import texts
from .common import EXIT_OK, number, open_existing, out, out_json, t, whole

COMMANDS = ("similar", "gaps", "joint", "scorecard")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("similar", help=t("projects similar to one project"))
    p.add_argument("--db", required=True)
    p.add_argument("--project", required=True)
    p.add_argument("--limit", type=whole(1, 1000), default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_similar)

    p = sub.add_parser("gaps", help=t("gap analysis: where more work is needed"))
    p.add_argument("--db", required=True)
    p.add_argument("--threshold", type=whole(0, 100_000), default=analysis_gaps.DEFAULT_THRESHOLD)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gaps)

    p = sub.add_parser("joint", help=t("candidate joint projects across districts"))
    p.add_argument("--db", required=True)
    p.add_argument("--threshold", type=number(0.0, 1.0), default=joint.DEFAULT_THRESHOLD)
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", default=None, help=t("write the pairs to this CSV file"))
    p.set_defaults(func=cmd_joint)

    p = sub.add_parser("scorecard", help=t("coaching scorecard per district"))
    p.add_argument("--db", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scorecard)


def _match_dict(m: similarity.Match) -> dict:
    return {"id": m.uuid, "district": m.district, "title": m.title, "origin": m.origin, "score": m.score,
            "shared_words": list(m.shared_words), "shared_targets": list(m.shared_targets),
            "shared_goals": list(m.shared_goals), "shared_groups": list(m.shared_groups),
            "distance_km": None if m.distance_km is None else round(m.distance_km, 2)}


def why(m: similarity.Match) -> str:
    parts = []
    if m.shared_words:
        parts.append(t("words: {words}").format(words=", ".join(m.shared_words)))
    if m.shared_targets:
        parts.append(t("targets: {targets}").format(targets=", ".join(m.shared_targets)))
    if m.distance_km is not None:
        parts.append(t("{km:.1f} km away").format(km=m.distance_km))
    return "; ".join(parts)


def cmd_similar(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        doc, matches = similarity.similar_to(ws, a.project, a.limit)
    finally:
        ws.close()
    if a.json:
        out_json({"project": doc.uuid, "title": doc.title, "similar": [_match_dict(m) for m in matches]})
        return EXIT_OK
    out(t("Projects similar to: {title}").format(title=doc.title))
    for m in matches:
        out(f"{m.score:.2f}  {labels.district(m.district)}  {m.title}  [{m.uuid}]")
        out(f"      {why(m)}")
    if not matches:
        out(t("No similar projects found."))
    return EXIT_OK


def cmd_gaps(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        rep = analysis_gaps.analyse(ws, a.threshold)
    finally:
        ws.close()
    if a.json:
        m = rep.matrix
        out_json({"total_projects": m.total_projects, "threshold": rep.threshold,
                  "matrix": {d: {str(g): m.count(d, g) for g in m.goals} for d in m.districts},
                  "totals_by_district": m.totals_by_district, "totals_by_goal": m.totals_by_goal,
                  "themes": rep.themes, "target_groups": rep.groups, "gaps": [g.as_dict() for g in rep.gaps]})
        return EXIT_OK
    out(t("{count} live projects.").format(count=rep.matrix.total_projects))
    for g in rep.gaps:
        for s in texts.gap_sentences(g):
            out("- " + s)
    if not rep.gaps:
        out(t("No gaps found."))
    return EXIT_OK


def cmd_joint(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        res = joint.find_joint(ws, a.threshold)
    finally:
        ws.close()
    if a.out:
        n = joint.write_csv(a.out, res, texts.csv_headers(), labels.district)
        if not a.json:
            out(t("{count} pairs written to {path}").format(count=n, path=a.out))
    if a.json:
        out_json({"pairs": [{"score": p.score, "a": p.a.uuid, "b": p.b.uuid, "district_a": p.a.district,
                             "district_b": p.b.district, "title_a": p.a.title, "title_b": p.b.title,
                             "open_to_collab": p.a.open_to_collab or p.b.open_to_collab,
                             "why": _match_dict(p.match)} for p in res.pairs],
                  "groups": [{"projects": list(g.uuids), "districts": list(g.districts), "score": g.score}
                             for g in res.groups]})
        return EXIT_OK
    if not a.out:
        for p in res.pairs:
            out(f"{p.score:.2f}  {labels.district(p.a.district)}: {p.a.title}  <->  "
                f"{labels.district(p.b.district)}: {p.b.title}")
            out(f"      {why(p.match)}")
        if not res.pairs:
            out(t("No joint project candidates found."))
    return EXIT_OK


def cmd_scorecard(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        cards = scorecard.scorecard(ws)
    finally:
        ws.close()
    if a.json:
        out_json([c.as_dict() for c in cards])
        return EXIT_OK
    for c in cards:
        if not c.projects:
            continue
        out(t("{district}: readiness {score}/100, {count} projects").format(
            district=labels.district(c.district), score=c.readiness, count=c.projects))
        for k, n in c.next_steps():
            out("    - " + texts.step_sentence(k, n))
    return EXIT_OK
