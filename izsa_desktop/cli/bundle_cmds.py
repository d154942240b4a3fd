"""keys, bundle and conflicts commands: the same services (and the same verification choke point) as
the window. Any refusal exits non-zero; messages are translated."""

from __future__ import annotations

import argparse
import getpass
import json
import os
from pathlib import Path

from ..core.errors import IzsaError
from ..services import bundles_review as review
from ..services.bundles_dataset import export_dataset, import_dataset_file
from ..services.bundles_export import export_district_bundle
from ..services.bundles_import import import_file, signer_fp, verify_file
from ..services.bundles_io import read_file, write_atomic
from ..services.concurrency_bundles import import_bundle, resolve
from ..services.keys import KeyService
from .common import EXIT_OK, SQL_INT_MAX, json_value, open_existing, out, out_json, t, whole

COMMANDS = ("keys", "bundle", "conflicts")


def _db(p: argparse.ArgumentParser, name: str = "--db") -> None:
    p.add_argument(name, dest="db", required=True)


def _pp(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", default=None)


def register(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("keys", help=t("signing keys")).add_subparsers(dest="keys_cmd", required=True)
    for name, fn, extra in (
        ("init", cmd_keys_init, ("pp",)), ("fingerprint", cmd_keys_fp, ()), ("rotate", cmd_keys_rotate, ("pp",)),
        ("export-public", cmd_keys_export, ("out",)), ("list", cmd_keys_list, ()),
        ("register", cmd_keys_register, ("district", "pub", "fp")), ("revoke", cmd_keys_revoke, ("district",)),
        ("pin-central", cmd_keys_pin, ("pub", "fp")), ("upgrade", cmd_keys_upgrade, ("pp",)),
    ):
        p = k.add_parser(name)
        _db(p)
        if "pp" in extra:
            _pp(p)
        if "out" in extra:
            p.add_argument("--out", required=True)
        if "district" in extra:
            p.add_argument("--district", required=True)
        if "pub" in extra:
            p.add_argument("--public-key", required=True)
        if "fp" in extra:
            p.add_argument("--fingerprint", required=True)
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=fn)

    b = sub.add_parser("bundle", help=t("signed bundles")).add_subparsers(dest="bundle_cmd", required=True)
    p = b.add_parser("export")
    _db(p), _pp(p)
    p.add_argument("--out", required=True)
    p.add_argument("--no-personal-data", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)
    p = b.add_parser("verify")
    p.add_argument("file")
    _db(p)
    p.add_argument("--allow-training", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)
    p = b.add_parser("import")
    p.add_argument("file")
    _db(p)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--allow-training", action="store_true")
    p.set_defaults(func=cmd_import)
    p = b.add_parser("dataset")
    _db(p), _pp(p)
    p.add_argument("--out", required=True)
    p.add_argument("--personal-data", action="store_true")  # contact persons stay out unless asked for
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_dataset)
    p = b.add_parser("import-dataset")
    p.add_argument("file")
    _db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_dataset)
    p = b.add_parser("undo")
    p.add_argument("bundle_id")
    _db(p)
    p.set_defaults(func=cmd_undo)

    c = sub.add_parser("conflicts", help=t("conflict queue")).add_subparsers(dest="conflicts_cmd", required=True)
    p = c.add_parser("list")
    _db(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true")
    p.set_defaults(func=cmd_conflicts_list)
    p = c.add_parser("resolve")
    p.add_argument("conflict_id", type=whole(1, SQL_INT_MAX))
    _db(p)
    p.add_argument("--take", required=True, choices=["central", "incoming", "edit"])
    p.add_argument("--value", default=None, help=t("JSON value when --take edit"))
    p.add_argument("--user", default=None)
    p.set_defaults(func=cmd_conflicts_resolve)


def passphrase(a: argparse.Namespace, confirm: bool = False) -> str:
    if getattr(a, "passphrase_file", None):
        text = read_file(a.passphrase_file, limit=4096).decode("utf-8")
        return text.rstrip("\r\n")
    env = os.environ.get("IZSA_PASSPHRASE")
    if env:
        return env
    pp = getpass.getpass(t("Passphrase: "))
    if confirm and getpass.getpass(t("Repeat the passphrase: ")) != pp:
        raise IzsaError("passphrase_mismatch")
    return pp


def _run(db: str, fn):  # type: ignore[no-untyped-def]
    ws = open_existing(db)
    try:
        return fn(ws)
    finally:
        ws.close()


def _fp(a: argparse.Namespace, info) -> int:  # type: ignore[no-untyped-def]
    if getattr(a, "json", False):
        out_json({"signer": info.signer, "fingerprint": info.fingerprint, "training": info.training})
    else:
        out(t("Key of {signer}: {fingerprint}").format(signer=info.signer, fingerprint=info.fingerprint))
    return EXIT_OK


def cmd_keys_init(a: argparse.Namespace) -> int:
    return _run(a.db, lambda ws: _fp(a, KeyService(ws).init(passphrase(a, confirm=True))))


def cmd_keys_fp(a: argparse.Namespace) -> int:
    return _run(a.db, lambda ws: _fp(a, KeyService(ws).info()))


def cmd_keys_rotate(a: argparse.Namespace) -> int:
    return _run(a.db, lambda ws: _fp(a, KeyService(ws).rotate(passphrase(a))))


def cmd_keys_upgrade(a: argparse.Namespace) -> int:
    """Re-wrap the private key at today's scrypt cost now (any unlock does it too: bundle export,
    dataset, rotation). Same key, same public key and fingerprint; nothing to tell central."""
    def run(ws):  # type: ignore[no-untyped-def]
        ks = KeyService(ws)
        before, now = ks.upgrade(passphrase(a))
        info = ks.info()
        if a.json:
            out_json({"signer": info.signer, "fingerprint": info.fingerprint, "cost_before": before,
                      "cost": now, "upgraded": before < now})
        elif before < now:
            out(t("Key of {signer} re-encrypted at the current cost (scrypt n={before} → n={now}); the key and "
                  "its fingerprint are unchanged: {fingerprint}").format(signer=info.signer, before=before, now=now,
                                                                        fingerprint=info.fingerprint))
        else:
            out(t("Key of {signer} is already encrypted at the current cost (scrypt n={now}).").format(
                signer=info.signer, now=now))
        return EXIT_OK
    return _run(a.db, run)


def cmd_keys_export(a: argparse.Namespace) -> int:
    def go(ws):  # type: ignore[no-untyped-def]
        ks = KeyService(ws)
        write_atomic(a.out, ks.export_public())
        out(t("Public key written to {path}; fingerprint {fingerprint}").format(
            path=a.out, fingerprint=ks.info().fingerprint))
        return EXIT_OK
    return _run(a.db, go)


def cmd_keys_list(a: argparse.Namespace) -> int:
    from ..bundle import fingerprint

    rows = _run(a.db, lambda ws: KeyService(ws).pinned())
    data = [{"district": r.district, "fingerprint": fingerprint(r.public_key), "valid_from_seq": r.valid_from_seq,
             "revoked_from_seq": r.revoked_from_seq, "how": r.how} for r in rows]
    if a.json:
        out_json(data)
    for d in data if not a.json else ():
        out(f"{d['district']:<12} {d['fingerprint']}  {d['valid_from_seq']}..{d['revoked_from_seq'] or ''}  {d['how']}")
    return EXIT_OK


def cmd_keys_register(a: argparse.Namespace) -> int:
    blob = read_file(a.public_key, limit=4096)
    fp = _run(a.db, lambda ws: KeyService(ws).register(a.district, blob, a.fingerprint))
    out(t("Registered the key of {district}: {fingerprint}").format(district=a.district, fingerprint=fp))
    return EXIT_OK


def cmd_keys_pin(a: argparse.Namespace) -> int:
    blob = read_file(a.public_key, limit=4096)
    fp = _run(a.db, lambda ws: KeyService(ws).pin_central(blob, a.fingerprint))
    out(t("Pinned the central key: {fingerprint}").format(fingerprint=fp))
    return EXIT_OK


def cmd_keys_revoke(a: argparse.Namespace) -> int:
    seq = _run(a.db, lambda ws: KeyService(ws).revoke(a.district))
    out(t("Keys of {district} revoked from bundle {seq}.").format(district=a.district, seq=seq))
    return EXIT_OK


def cmd_export(a: argparse.Namespace) -> int:
    r = _run(a.db, lambda ws: export_district_bundle(ws, a.out, passphrase(a), personal_data=not a.no_personal_data))
    if a.json:
        out_json(r.__dict__)
    else:
        out(t("Bundle {seq} written to {path}: {records} records, {tombstones} deletions.").format(**r.__dict__))
    return EXIT_OK


def _manifest_json(v) -> dict:  # type: ignore[no-untyped-def]
    m = v.manifest
    return {"bundle_id": m.bundle_id, "kind": m.kind, "district": m.district, "seq": m.seq, "status": v.status,
            "signer_fingerprint": signer_fp(v), "training": m.training, "personal_data": m.personal_data,
            "counts": dict(m.counts), "skipped_seqs": v.skipped_seqs}


def cmd_verify(a: argparse.Namespace) -> int:
    v = _run(a.db, lambda ws: verify_file(ws, Path(a.file), allow_training=a.allow_training))
    if a.json:
        out_json(_manifest_json(v))
    else:
        out(t("Valid bundle {seq} from {district}, signed by {fingerprint}.").format(
            seq=v.manifest.seq, district=v.manifest.district, fingerprint=signer_fp(v)))
    return EXIT_OK


def cmd_import(a: argparse.Namespace) -> int:
    if a.dry_run:
        pre, res = _run(a.db, lambda ws: import_file(ws, Path(a.file), allow_training=a.allow_training, dry_run=True))
    else:  # locked: safe when several staff import into one central database at once
        pre, res = _run(a.db, lambda ws: import_bundle(ws, Path(a.file), allow_training=a.allow_training))
    data = {**_manifest_json(pre.verified), "plan": pre.counts(), "applied": res is not None,
            "entries": [{"id": e.id, "kind": e.kind, "title": pre.titles.get(e.id, ""), "reason": e.reason,
                         "fields": [d.field for d in e.diffs], "conflicts": [c.field for c in e.conflicts]}
                        for e in pre.plan.entries if e.kind != "unchanged"]}
    if a.json:
        out_json(data)
    elif pre.already_imported:
        out(t("Already imported: nothing to do."))
    else:
        c = pre.counts()
        out(t("new {new}, changed {changed}, unchanged {unchanged}, deleted {deleted}, conflicting {conflicting}, "
              "rejected {rejected}, likely duplicates {duplicates}").format(**c))
        out(t("Dry run: nothing was changed.") if res is None else t("Imported."))
    return EXIT_OK


def cmd_dataset(a: argparse.Namespace) -> int:
    r = _run(a.db, lambda ws: export_dataset(ws, a.out, passphrase(a), personal_data=a.personal_data))
    if a.json:
        out_json(r.__dict__)
    else:
        out(t("Dataset {seq} written to {path}: {records} records.").format(**r.__dict__))
    return EXIT_OK


def cmd_import_dataset(a: argparse.Namespace) -> int:
    pre, _op = _run(a.db, lambda ws: import_dataset_file(ws, Path(a.file)))
    if a.json:
        out_json({**_manifest_json(pre.verified), "plan": pre.plan.counts()})
    else:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(pre.plan.counts().items())) or t("nothing to do")
        out(t("Dataset imported: {counts}").format(counts=counts))
    return EXIT_OK


def cmd_undo(a: argparse.Namespace) -> int:
    _run(a.db, lambda ws: review.undo_import(ws, a.bundle_id))
    out(t("Import {bundle_id} undone.").format(bundle_id=a.bundle_id))
    return EXIT_OK


def cmd_conflicts_list(a: argparse.Namespace) -> int:
    rows = _run(a.db, lambda ws: review.list_conflicts(ws, None if a.all else "open"))
    if a.json:
        out_json([r.to_dict() for r in rows])
        return EXIT_OK
    for r in rows:
        out(f"#{r.id} {r.title} [{r.field}] {t('base')}={json.dumps(r.base, ensure_ascii=False)} "
            f"{t('central')}={json.dumps(r.central, ensure_ascii=False)} "
            f"{t('incoming')}={json.dumps(r.incoming, ensure_ascii=False)}")
    out(t("{count} conflicts").format(count=len(rows)))
    return EXIT_OK


def cmd_conflicts_resolve(a: argparse.Namespace) -> int:
    if a.take == "edit" and a.value is None:
        raise IzsaError("value_unknown", value="--value")
    value = json_value(a.value, "--value") if a.value is not None else None
    _run(a.db, lambda ws: resolve(ws, a.conflict_id, a.take, value, user=a.user))
    out(t("Conflict {id} resolved.").format(id=a.conflict_id))
    return EXIT_OK


