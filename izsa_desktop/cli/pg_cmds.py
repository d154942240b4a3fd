"""``move``: copy a workspace between a SQLite file and a PostgreSQL database, verified."""

from __future__ import annotations

import argparse
import sys

from ..services.move import move_workspace
from .common import EXIT_ERROR, EXIT_OK, out, out_json, t, whole

COMMANDS = ("move",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("move", help=t("move a workspace between SQLite and PostgreSQL (verified copy)"))
    p.add_argument("--from", dest="source", required=True, help=t("SQLite file or database URL"))
    p.add_argument("--to", dest="target", required=True, help=t("SQLite file or database URL (must be empty)"))
    p.add_argument("--batch", type=whole(1, 1_000_000), default=5000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_move)


def cmd_move(a: argparse.Namespace) -> int:
    def progress(table: str, done: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{table}: {done}    ")
            sys.stderr.flush()

    r = move_workspace(a.source, a.target, batch=a.batch, progress=progress)
    if a.json:
        out_json({"source": r.source, "target": r.target, "ok": r.ok,
                  "tables": [{**tc.__dict__, "ok": tc.ok} for tc in r.tables]})
        return EXIT_OK if r.ok else EXIT_ERROR
    out(t("Moved {source} -> {target}").format(source=r.source, target=r.target))
    for tc in r.tables:
        mark = t("OK") if tc.ok else t("MISMATCH")
        out(t("{table}: {source_rows} rows -> {target_rows} rows, content {hash} {mark}").format(
            table=tc.name, source_rows=tc.source_rows, target_rows=tc.target_rows, hash=tc.target_hash[:12],
            mark=mark))
    out(t("Verified: every table identical") if r.ok else t("VERIFICATION FAILED"))
    return EXIT_OK if r.ok else EXIT_ERROR
