"""Backup commands: workspace backups (``backup create|list|verify|restore``) and the signing key's
encrypted backup (``keys backup --out FILE`` / ``keys restore FILE``, added to the ``keys`` command
that ``bundle_cmds`` registers; this module is registered after it).

Passphrases: the key's own one as for every keys command (``--passphrase-file``, ``IZSA_PASSPHRASE`` or a
prompt); the backup file's one by ``--backup-passphrase-file``, ``IZSA_BACKUP_PASSPHRASE`` or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from ..core.errors import IzsaError
from ..services import backup as backups
from ..services import key_backup
from ..services.bundles_io import read_file
from .bundle_cmds import passphrase
from .common import EXIT_OK, open_existing, out, out_json, t

COMMANDS = ("backup",)


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    for action in parser._actions:  # the keys command's own sub-commands (bundle_cmds.register)
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError("keys")


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.choices.get("keys")
    if keys is not None:
        k = _subparsers(keys)
        p = k.add_parser("backup", help=t("write the signing key to an encrypted backup file"))
        p.add_argument("--db", required=True)
        p.add_argument("--out", required=True)
        p.add_argument("--passphrase-file", default=None)
        p.add_argument("--backup-passphrase-file", default=None)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_keys_backup)
        p = k.add_parser("restore", help=t("import the signing key from a backup file"))
        p.add_argument("file")
        p.add_argument("--db", required=True)
        p.add_argument("--passphrase-file", default=None)
        p.add_argument("--backup-passphrase-file", default=None)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_keys_restore)

    b = sub.add_parser("backup", help=t("workspace backups")).add_subparsers(dest="backup_cmd", required=True)
    p = b.add_parser("create", help=t("back up the workspace (beside it, or into a folder)"))
    p.add_argument("--db", required=True)
    p.add_argument("--to", default=None, help=t("a folder, e.g. a USB stick or a network share"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup_create)
    p = b.add_parser("list", help=t("list the backups beside the workspace"))
    p.add_argument("--db", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup_list)
    p = b.add_parser("verify", help=t("check a backup: file hash, integrity and content hash"))
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup_verify)
    p = b.add_parser("restore", help=t("replace the workspace by a verified backup (the current one is kept)"))
    p.add_argument("file")
    p.add_argument("--db", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup_restore)


def backup_passphrase(a: argparse.Namespace, confirm: bool = False) -> str:
    if a.backup_passphrase_file:
        return read_file(a.backup_passphrase_file, limit=4096).decode("utf-8").rstrip("\r\n")
    env = os.environ.get("IZSA_BACKUP_PASSPHRASE")
    if env:
        return env
    pp = getpass.getpass(t("Backup passphrase: "))
    if confirm and getpass.getpass(t("Repeat the backup passphrase: ")) != pp:
        raise IzsaError("passphrase_mismatch")
    return pp


def cmd_keys_backup(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        r = key_backup.export_key_backup(ws, a.out, passphrase(a), backup_passphrase(a, confirm=True))
    finally:
        ws.close()
    if a.json:
        out_json(r.__dict__)
    else:
        text = t("Key of {signer} ({fingerprint}) written to {path}; last bundle {seq}. Keep it away from this PC.")
        out(text.format(signer=r.signer, fingerprint=r.fingerprint, path=r.path, seq=r.seq))
    return EXIT_OK


def cmd_keys_restore(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        blob, _info = key_backup.read_backup(a.file)
        r = key_backup.restore_key_backup(ws, blob, backup_passphrase(a), passphrase(a, confirm=True))
    finally:
        ws.close()
    if a.json:
        out_json(r.__dict__)
    else:
        out(t("Key of {signer} restored: {fingerprint}. The next bundle will be number {seq}.").format(
            signer=r.signer, fingerprint=r.fingerprint, seq=r.next_seq))
    return EXIT_OK


def cmd_backup_create(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        if a.to:
            r = backups.backup_to_folder(ws, a.to)
            path, projects = r.path, r.projects
        else:
            made = backups.auto_backup(ws, "manual", force=True)
            if made is None:
                raise IzsaError("backup_not_sqlite")
            path = str(made)
            projects = int(backups.store.read_manifest(made).get("projects", 0) or 0)  # type: ignore[call-overload]
    finally:
        ws.close()
    if a.json:
        out_json({"path": path, "projects": projects})
    else:
        out(t("Backup written and verified: {path} ({count} projects)").format(path=path, count=projects))
    return EXIT_OK


def cmd_backup_list(a: argparse.Namespace) -> int:
    ws = open_existing(a.db)
    try:
        found = backups.list_backups(ws)
    finally:
        ws.close()
    data = [{"path": str(p), "created_at": (m or {}).get("created_at"), "reason": (m or {}).get("reason"),
             "projects": (m or {}).get("projects"), "verified": m is not None} for p, m in found]
    if a.json:
        out_json(data)
    for d in data if not a.json else ():
        out(f"{d['created_at'] or '-':<20} {d['reason'] or '-':<15} {d['projects'] if d['projects'] is not None else '-':>6}  "
            f"{Path(d['path']).name}")
    return EXIT_OK


def cmd_backup_verify(a: argparse.Namespace) -> int:
    vb = backups.verify(a.file)
    if a.json:
        out_json({"path": str(vb.path), **vb.manifest})
    else:
        out(t("Backup is intact: {path} ({count} projects, made {at})").format(
            path=vb.path, count=vb.manifest.get("projects", 0), at=vb.manifest.get("created_at", "")))
    return EXIT_OK


def cmd_backup_restore(a: argparse.Namespace) -> int:
    r = backups.restore(a.db, a.file)
    if a.json:
        out_json(r.__dict__)
    else:
        out(t("Workspace restored from {backup} ({count} projects).").format(backup=a.file, count=r.projects))
        if r.kept:
            out(t("The replaced workspace was kept: {path}").format(path=r.kept))
        if r.seq_carried:
            out(t("Bundle numbering continues after {seq}.").format(seq=r.seq_carried))
    return EXIT_OK
