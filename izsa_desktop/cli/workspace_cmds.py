"""init, projects list, check, demo-data."""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from ..core import taxonomy as tx
from ..core.model import PERSONAL_FIELDS, project_to_dict
from ..core.text import sort_key
from ..services import demo
from ..services.projects import ProjectService
from ..services.workspace import Workspace, check_workspace, init_workspace, open_workspace
from ..store.migrate import content_problems
from ..ui import labels, messages
from .common import EXIT_ERROR, EXIT_OK, SQL_INT_MAX, damaged, open_existing, out, out_json, shown, t, whole


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=t("create a workspace"))
    p.add_argument("--db", required=True)
    p.add_argument("--role", required=True, choices=["district", "central"])
    p.add_argument("--district", default="")
    p.add_argument("--office", default="")
    p.add_argument("--user", default="")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("projects", help=t("list projects"))
    psub = p.add_subparsers(dest="projects_cmd", required=True)
    pl = psub.add_parser("list")
    pl.add_argument("--db", required=True)
    pl.add_argument("--json", action="store_true")
    pl.add_argument("--search", default="")
    pl.add_argument("--deleted", action="store_true", help=t("include deleted projects"))
    pl.add_argument("--include-personal", action="store_true",
                    help=t("include contact persons (personal data) in --json output"))
    pl.set_defaults(func=cmd_projects_list)

    p = sub.add_parser("check", help=t("check integrity and schema version"))
    p.add_argument("--db", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("demo-data", help=t("add sample projects"), description=t(
        "Add believable sample projects. Without --seed every run adds new projects with identifiers of "
        "their own (run it as often as you like, on any number of workspaces). With --seed the data and "
        "the identifiers are exactly reproducible; the same seed twice on one workspace is refused."))
    p.add_argument("--db", required=True)
    p.add_argument("--count", type=whole(None, 1_000_000), required=True)  # negative: the service words it
    p.add_argument("--seed", type=whole(-SQL_INT_MAX, SQL_INT_MAX), default=None,
                   help=t("reproducible data and identifiers (the same seed gives the same projects)"))
    p.add_argument("--district", default=None)
    p.set_defaults(func=cmd_demo_data)


def cmd_init(a: argparse.Namespace) -> int:
    ws = init_workspace(a.db, a.role, district=a.district, office=a.office, user=a.user)
    ident = ws.identity
    where = labels.district(ident.district) if ident.role == "district" else labels.role("central")
    out(t("Workspace ready: {path} ({where})").format(path=shown(a.db), where=where))
    ws.close()
    return EXIT_OK


def cmd_projects_list(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        return _projects_list(ws, a)
    except (ValueError, SQLAlchemyError):  # unreadable rows: say what is wrong (check lists everything)
        problems = content_problems(ws.engine)
        if problems:
            raise damaged(a.db, problems) from None
        raise
    finally:
        ws.close()


def _projects_list(ws: Workspace, a: argparse.Namespace) -> int:
    svc = ProjectService(ws, source="cli")
    rows = sorted(svc.summaries(include_deleted=a.deleted), key=lambda r: (sort_key(r.title_tr), r.uuid))
    if a.search:
        hits = set(svc.search(a.search, limit=1_000_000))
        rows = [r for r in rows if r.uuid in hits]
    if a.json:
        data = []
        for r in rows:
            stored = svc.get(r.uuid)
            assert stored is not None
            d = project_to_dict(stored.project)
            if not a.include_personal:  # personal data only on request, as every export
                for f in PERSONAL_FIELDS:
                    d.pop(f, None)
            d["deleted"] = stored.meta.deleted
            d["version"] = stored.meta.version
            data.append(d)
        out_json(data)
    else:
        for r in rows:
            flag = " [" + t("deleted") + "]" if r.deleted else ""
            out(f"{r.uuid}  {tx.district_name(r.district):<12} {r.start_date:<10}  {r.title_tr}{flag}")
        out(t("{count} projects").format(count=len(rows)))
    return EXIT_OK


def cmd_check(a: argparse.Namespace) -> int:
    ws = open_workspace(a.db, create=False)
    try:
        r = check_workspace(ws)
    finally:
        ws.close()
    if a.json:
        out_json(r.__dict__)
    else:
        out(t("Server: {server}").format(server=r.server))
        out(t("Schema version: {schema} (this application: {head})").format(schema=r.schema, head=r.head))
        out(t("Integrity: {result}").format(result=", ".join(r.integrity)))
        out(t("Projects: {n} ({d} deleted)").format(n=r.projects, d=r.deleted))
        for prob in r.problems:
            out("- " + messages.text(str(prob["code"]), dict(prob["params"])))  # type: ignore[arg-type]
        out(t("OK") if r.ok else t("PROBLEMS FOUND"))
    return EXIT_OK if r.ok else EXIT_ERROR


def cmd_demo_data(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\r{done}/{total}")
        sys.stderr.flush()

    try:
        demo.generate(ws, a.count, seed=a.seed, district=a.district, progress=progress)
    finally:
        ws.close()
    sys.stderr.write("\n")
    out(t("{count} sample projects added in {seconds:.1f} s").format(
        count=a.count, seconds=time.perf_counter() - start))
    QCoreApplication.processEvents()
    return EXIT_OK
