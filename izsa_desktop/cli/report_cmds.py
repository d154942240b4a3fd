"""export: CSV, XLSX, GeoJSON, the PDF report (VLR style) and a project case study, from the CLI.

``--lang`` is read by cli/main.py before parsing (it sets the message language); the report is written
in the same language. Exit codes: 0 done, 1 error (translated message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import sys

from ..core.errors import IzsaError
from ..services.export import FORMATS, ExportOptions, ExportQuery, run_export
from ..ui import i18n
from .common import EXIT_OK, open_existing, out, t

COMMANDS = ("export",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=t("export projects (CSV, XLSX, GeoJSON) or a PDF report"))
    p.add_argument("--db", required=True)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", required=True, help=t("file to write"))
    p.add_argument("--district", default=None, help=t("only this district (name or code)"))
    p.add_argument("--sdg", type=int, default=None, help=t("only projects aligned with this SDG goal (1-17)"))
    p.add_argument("--status", default=None)
    p.add_argument("--search", default="", help=t("only projects matching these words"))
    p.add_argument("--case-study", default=None, metavar="PROJECT_ID",
                   help=t("write a good-practice case study of one project (PDF and JSON)"))
    p.add_argument("--include-personal", action="store_true",
                   help=t("include contact persons (personal data; internal use only)"))
    p.add_argument("--sep", default=";", choices=[";", ","], help=t("CSV separator"))
    p.set_defaults(func=cmd_export)


def cmd_export(a: argparse.Namespace) -> int:
    if a.case_study and a.format != "pdf":
        raise IzsaError("export_option_invalid", value="--case-study (--format pdf)")
    lang = i18n.current_language()
    ws = open_existing(a.db)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()

    try:
        q = ExportQuery(district=a.district, goal=a.sdg, status=a.status, text=a.search)
        opts = ExportOptions(a.format, a.out, lang=lang, include_personal=a.include_personal,
                             csv_sep=a.sep, case_study=a.case_study)
        r = run_export(ws, q, opts, progress=progress)
    finally:
        ws.close()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    out(t("{count} projects written to {path}").format(count=r.count, path=r.path))
    if r.skipped:
        out(t("{count} projects without coordinates were skipped").format(count=r.skipped))
    if r.pages:
        out(t("{pages} pages").format(pages=r.pages))
    return EXIT_OK
