"""Hostile-bundle fuzzing, shared by ``test_fuzz_signed_bundles.py`` (bounded) and ``benchmarks/bench_fuzz.py``
(soak).

Every bundle is *validly signed* by the key central has registered for Bornova (the app's own signing code,
``bundle.export.assemble``), so only what lies behind the signature is tested: records, tombstones,
reviews, audit rows and attachments with random and adversarial values, other districts' ids, extreme
numbers, huge lists, odd Unicode. After each import attempt:

* the import is refused with an ``IzsaError`` whose code the UI can word (``ui.messages.known_codes``), or
  applied;
* the central database passes ``check_workspace`` and the checks written here over the real file
  (``PRAGMA integrity_check`` and ``foreign_key_check``, ``json_valid`` on every JSON column, no orphan
  rows);
* a dataset exported right after imports cleanly at every district (Bornova and Karşıyaka);
* the PDF report and the XLSX export render.

``World`` builds the workspaces once (keys, registrations, one honest round trip); ``run_one`` copies
them into a fresh directory per example.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import sqlite3
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.bundle.body import attachment_name  # noqa: E402
from izsa_desktop.bundle.export import assemble  # noqa: E402
from izsa_desktop.bundle.keys import public_bytes  # noqa: E402
from izsa_desktop.bundle.strictjson import dumps_lines  # noqa: E402
from izsa_desktop.core import taxonomy as tx  # noqa: E402
from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.core.model import Project, project_to_dict  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.workspace import check_workspace, open_workspace  # noqa: E402

SIGNER = "bornova"
OTHER = "karsiyaka"
ENTRIES = ("records", "tombstones", "audit", "key_events", "reviews", "attachments")


# -- the workspaces ------------------------------------------------------------------------------------
@dataclass
class World:
    root: Path
    key: Any = None  # Bornova's private key (registered at central)
    own_ids: list[str] = field(default_factory=list)  # Bornova's records (known at central)
    other_ids: list[str] = field(default_factory=list)  # Karşıyaka's records (known at central)
    next_seq: int = 2
    own_key_b64: str = ""
    other_key_b64: str = ""

    @classmethod
    def build(cls, root: Path) -> World:
        from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
        from izsa_desktop.services.bundles_export import export_district_bundle
        from izsa_desktop.services.bundles_import import import_file

        root.mkdir(parents=True, exist_ok=True)
        cen = central(root)
        bor, kar = district(root, SIGNER, cen), district(root, OTHER, cen)
        w = cls(root)
        w.own_ids, w.other_ids = add_projects(bor, 4, seed=3), add_projects(kar, 4, seed=4)
        for ws, name in ((bor, "b1"), (kar, "k1")):
            export_district_bundle(ws, root / f"{name}.izsa", PASS)
            import_file(cen, root / f"{name}.izsa")
        export_dataset(cen, root / "ds0.izsa", PASS)
        for ws in (bor, kar):
            import_dataset_file(ws, root / "ds0.izsa")
        w.key = KeyService(bor).private_key(PASS)
        w.own_key_b64 = base64.b64encode(public_bytes(w.key)).decode()
        w.other_key_b64 = base64.b64encode(public_bytes(KeyService(kar).private_key(PASS))).decode()
        for ws in (cen, bor, kar):
            ws.close()
        return w

    def copy_to(self, where: Path) -> dict[str, Any]:
        where.mkdir(parents=True, exist_ok=True)
        out = {}
        for name in ("central", SIGNER, OTHER):
            shutil.copy2(self.root / f"{name}.sqlite", where / f"{name}.sqlite")
            out[name] = open_workspace(where / f"{name}.sqlite", create=False)
        return out


# -- strategies ----------------------------------------------------------------------------------------
_WEIRD_TEXT = st.sampled_from([
    "İzmir İşçi Şenliği", "ıİiI ŞşĞğÜüÖöÇç", "e\u0301\u0301\u0301", "\u202egnirts\u202c", "a\u200bb\u200dc",
    "=HYPERLINK(\"http://x\")", "+SUM(A1)", "@cmd", "-1+1", "<script>alert(1)</script>", "</td></tr>",
    "'; DROP TABLE project; --", "%s%n%x{0}{title}", "\\x00", "🏳️‍🌈🌍" * 20, "ﷺ" * 50, "\t\r\n",
    "..\\..\\etc", "A" * 300, "Ş" * 301, " ", "",
])
_TEXT = st.one_of(st.text(max_size=40), _WEIRD_TEXT)
_BIG_INT = st.sampled_from([0, 1, -1, 2**31 - 1, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -(2**63)])
_FLOAT = st.sampled_from([0.0, -0.0, 1e-300, 5e-324, 89.999999999, 90.0, -90.0, 180.0, -180.0, 1e308,
                          -1e308, 38.46, 27.21, 90.0000001])


def _uuid4(i: int) -> str:
    return str(uuid.UUID(int=i, version=4))


@st.composite
def record_ids(draw, world: World) -> str:  # type: ignore[no-untyped-def]
    return draw(st.one_of(
        st.integers(1, 2**64).map(_uuid4),  # fresh
        st.sampled_from(world.own_ids),
        st.sampled_from(world.other_ids),  # another district's record
        st.just(_uuid4(7)),  # collisions between rows of one bundle
    ))


@st.composite
def projects(draw, world: World, rid: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    goals = draw(st.lists(st.sampled_from(sorted(tx.goals())), max_size=4, unique=True))
    targets = sorted(t for t, v in tx.targets().items() if v.goal in goals)
    start = draw(st.dates(date(1, 1, 1), date(9999, 12, 31)))
    p = Project(
        id=rid,
        district=draw(st.sampled_from([SIGNER] * 6 + [OTHER, "konak", tx.METROPOLITAN])),
        title_tr=draw(st.one_of(st.just("Bisiklet yolu"), _TEXT.filter(lambda s: 0 < len(s.strip()) <= 300))),
        title_en=draw(_TEXT),
        purpose=draw(_TEXT),
        summary=draw(st.one_of(_TEXT, st.just("Ö" * 100_000))),
        status=draw(st.sampled_from(sorted(tx.STATUSES))),
        start_date=start,
        end_date=draw(st.one_of(st.none(), st.dates(start, date(9999, 12, 31)))),
        sdg_primary=goals[0] if goals else None,
        sdg_goals=goals,
        sdg_targets=draw(st.lists(st.sampled_from(targets), unique=True)) if targets else [],
        who_themes=draw(st.lists(st.sampled_from(sorted(tx.themes())), unique=True)),
        target_groups=draw(st.lists(st.sampled_from(sorted(tx.TARGET_GROUPS)), unique=True)),
        beneficiaries_planned=draw(st.one_of(st.none(), _BIG_INT.filter(lambda v: v >= 0))),
        beneficiaries_reached=draw(st.one_of(st.none(), st.integers(0, 10**12))),
        budget_kurus=draw(st.one_of(st.none(), _BIG_INT.filter(lambda v: v >= 0), st.integers(0, 10**15))),
        lat=draw(st.one_of(st.just(38.46), st.floats(-90, 90), _FLOAT.filter(lambda v: abs(v) <= 90))),
        lon=draw(st.one_of(st.just(27.21), st.floats(-180, 180), _FLOAT.filter(lambda v: abs(v) <= 180))),
        links=draw(st.one_of(st.lists(_TEXT, max_size=3), st.just(["https://example.org/x"] * 2000))),
        partners=draw(st.lists(st.fixed_dictionaries({
            "name": _TEXT.filter(lambda s: s.strip() != ""),
            "type": st.sampled_from(tx.PARTNER_TYPES),
            "role": st.sampled_from(list(tx.PARTNER_ROLES))}), max_size=3)),
    )
    d = project_to_dict(p)
    for k in ("contact_name", "contact_role", "contact_email", "contact_phone"):
        if k in d:
            d[k] = ""
    return d


# A hostile value for one field: wrong type, out of range, or a shape the form never produces.
_CORRUPT = st.one_of(
    st.none(), st.booleans(), _BIG_INT, _FLOAT, _TEXT, st.just([]), st.just({}), st.just([None]),
    st.just([2**63 - 1] * 500), st.just({"a": [1, {"b": None}]}), st.just("x" * 100_001),
    st.just(list(range(100_000))),
)


@st.composite
def bundle_specs(draw, world: World) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Rows for every entry (plain JSON values), the attachment bytes, counts and manifest options."""
    rows: dict[str, list[Any]] = {k: [] for k in ENTRIES}
    hostile = draw(st.integers(0, 9)) < 4  # else: valid but extreme (expected to be applied)
    ids = record_ids(world) if hostile else st.one_of(st.integers(1, 2**64).map(_uuid4),
                                                      st.sampled_from(world.own_ids))
    used: set[str] = set()
    for _ in range(draw(st.integers(0, 4))):
        rid = draw(ids)
        if not hostile and rid in used:
            continue
        used.add(rid)
        p = draw(projects(world, rid))
        if not hostile:
            p["district"] = SIGNER
        elif draw(st.integers(0, 2)) == 0:  # corrupt one field
            p[draw(st.sampled_from(sorted(p)))] = draw(_CORRUPT)
        meta = {"version": draw(st.one_of(st.just(0), _BIG_INT)) if hostile else 0,
                "base_version": draw(st.one_of(st.just(0), st.just(1), st.integers(0, 5),
                                               _BIG_INT if hostile else st.just(2**62))),
                "deleted": False, "deleted_reason": ""}
        rows["records"].append({"meta": meta, "project": p})
    if draw(st.booleans()) and rows["records"]:  # many copies of one record: duplicate detection
        first = rows["records"][0]
        for i in range(draw(st.integers(10, 300))):
            rows["records"].append({"meta": first["meta"], "project": dict(first["project"], id=_uuid4(10**6 + i))})
    for _ in range(draw(st.integers(0, 3))):
        rid = draw(ids)
        if not hostile and rid in used:
            continue
        used.add(rid)
        rows["tombstones"].append({
            "id": rid,
            "district": draw(st.sampled_from([SIGNER, SIGNER, OTHER, "konak"])) if hostile else SIGNER,
            "meta": {"version": 0, "base_version": draw(st.one_of(st.integers(0, 3), _BIG_INT if hostile else
                                                                  st.just(2**62))), "deleted": True,
                     "deleted_reason": draw(_TEXT)}})
    for _ in range(draw(st.integers(0, 3)) if hostile else 0):  # reviews are central's
        rows["reviews"].append({"id": draw(record_ids(world)), "version": draw(st.one_of(st.integers(0, 3), _BIG_INT)),
                                "review_state": draw(st.sampled_from(sorted(tx.REVIEW_STATES))),
                                "review_comment": draw(_TEXT)})
    for _ in range(draw(st.integers(0, 2)) if hostile else 0):  # a district revoking keys, junk rotations
        rows["key_events"].append(draw(st.one_of(
            st.fixed_dictionaries({"kind": st.just("revoked"), "district": st.sampled_from([OTHER, SIGNER, "central"]),
                                   "key": st.sampled_from([world.other_key_b64, world.own_key_b64]),
                                   "from_seq": st.sampled_from([0, 1, 2**62])}),
            st.fixed_dictionaries({"kind": st.just("rotated"), "statement": st.just({"old_key": world.other_key_b64})}),
        )))
    for _ in range(draw(st.integers(0, 2))):
        rows["audit"].append(draw(st.dictionaries(st.sampled_from(["action", "by", "at", "field", "old", "x"]),
                                                  st.one_of(st.none(), st.booleans(), _BIG_INT, _TEXT),
                                                  max_size=6)))
    blobs: dict[str, bytes] = {}
    for _ in range(draw(st.integers(0, 3))):
        data = draw(st.one_of(st.binary(max_size=64), st.just(b"%PDF-1.4 evidence"), st.just(b"")))
        h = hashlib.sha256(data).hexdigest()
        rec_ids = sorted({r["project"]["id"] for r in rows["records"] if isinstance(r["project"].get("id"), str)})
        if not hostile and not rec_ids:
            break
        blobs[attachment_name(h)] = data
        rows["attachments"].append({
            "sha256": h,
            "record_id": draw(st.sampled_from(rec_ids)) if rec_ids and not (hostile and draw(st.booleans()))
            else draw(record_ids(world)),
            "filename": draw(st.sampled_from(["rapor.pdf", "../../etc/passwd", "C:\\x.exe", "a" * 255, "İ.png",
                                              "con", ".", "x\u202egpj.exe"])),
            "media_type": draw(st.sampled_from(["application/pdf", "text/html", "image/svg+xml", ""])),
            "size": len(data), "consent": draw(st.booleans())})
    if not hostile:  # one row per (file, record)
        rows["attachments"] = list({(a["sha256"], a["record_id"]): a for a in rows["attachments"]}.values())
    for name in ENTRIES:  # canonical order (as the exporter writes), sometimes shuffled
        if name in ("records", "reviews", "attachments") and draw(st.booleans()):
            rows[name].sort(key=lambda r: str(r.get("sha256") or r.get("id") or r.get("project", {}).get("id")))
    counts = {k: len(v) for k, v in rows.items()}
    if hostile and draw(st.integers(0, 5)) == 0:
        counts[draw(st.sampled_from(ENTRIES))] += 1
    return {"rows": rows, "blobs": blobs, "counts": counts, "hostile": hostile,
            "seq": draw(st.sampled_from([world.next_seq] * 4 + [1, 2**40])) if hostile else world.next_seq,
            "personal_data": draw(st.booleans()), "training": hostile and draw(st.integers(0, 5)) == 0}


def sign(world: World, spec: dict[str, Any]) -> bytes:
    entries = [(f"{n}.jsonl", dumps_lines(spec["rows"][n])) for n in ENTRIES]
    entries += sorted(spec["blobs"].items())
    return assemble(entries, spec["counts"], private_key=world.key, kind="district", district=SIGNER,
                    seq=spec["seq"], created_by="red-team", app_version="0.1.0", training=spec["training"],
                    personal_data=spec["personal_data"])


# -- invariants ----------------------------------------------------------------------------------------
_JSON_TEXT = {  # JSON stored as text (bundle tables), besides the JSON-typed project columns
    "bundle_branch": ("base", "own", "incoming"), "bundle_history": ("snapshot",),
    "bundle_conflict": ("base", "central", "incoming", "provisional"), "bundle_undo": ("pre_row", "pre_branch"),
    "bundle_seen": ("counts",), "audit_log": ("old", "new"),
}
_ORPHANS = {  # (table, column) -> every value must be a project uuid
    ("bundle_duplicate", "first_id"), ("bundle_duplicate", "second_id"), ("bundle_branch", "uuid"),
    ("bundle_history", "uuid"), ("attachment", "project_uuid"), ("bundle_conflict", "record_id"),
}


def db_problems(path: Path) -> list[str]:
    """SQL over the real file: integrity, foreign keys, JSON columns, orphan rows. [] = clean."""
    from izsa_desktop.store.models import Base

    out: list[str] = []
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if (r := [x[0] for x in con.execute("PRAGMA integrity_check")]) != ["ok"]:
            out.append(f"integrity_check: {r[:3]}")
        if fk := con.execute("PRAGMA foreign_key_check").fetchall():
            out.append(f"foreign_key_check: {fk[:3]}")
        cols = {t: {c[1] for c in con.execute(f"PRAGMA table_info({t})")}
                for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        json_cols = {(t.name, c.name) for t in Base.metadata.tables.values() for c in t.columns
                     if type(c.type).__name__ == "JSON"}
        json_cols |= {(t, c) for t, cs in _JSON_TEXT.items() for c in cs}
        for t, c in sorted(json_cols):
            if c in cols.get(t, ()):
                n = con.execute(f"SELECT count(*) FROM {t} WHERE {c} IS NOT NULL AND {c} != '@history' "
                                f"AND NOT json_valid({c})").fetchone()[0]
                if n:
                    out.append(f"{t}.{c}: {n} invalid JSON values")
        for t, c in sorted(_ORPHANS):
            if c in cols.get(t, ()):
                n = con.execute(f"SELECT count(*) FROM {t} WHERE {c} NOT IN (SELECT uuid FROM project)").fetchone()[0]
                if n:
                    out.append(f"{t}.{c}: {n} rows without a project")
        if "project_tag" in cols:
            n = con.execute("SELECT count(*) FROM project_tag WHERE project_pk NOT IN (SELECT pk FROM project)"
                            if "project_pk" in cols["project_tag"] else "SELECT 0").fetchone()[0]
            if n:
                out.append(f"project_tag: {n} orphan rows")
    finally:
        con.close()
    return out


def _pinned_others(path: Path) -> list[tuple]:
    """Central's trust in every other district's key: a Bornova bundle must never change it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT * FROM bundle_pinned_key WHERE district != ? ORDER BY 1", (SIGNER,)).fetchall()
    finally:
        con.close()


@dataclass
class Stats:
    examples: int = 0
    accepted: int = 0
    refused: Counter = field(default_factory=Counter)


def run_one(world: World, tmp: Path, spec: dict[str, Any], stats: Stats | None = None) -> str:
    """One hostile bundle, end to end; returns "accepted" or the refusal code. Raises AssertionError on a
    broken invariant (anything else that escapes is a bug too)."""
    from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
    from izsa_desktop.services.bundles_import import db_content_hash, import_file
    from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export
    from izsa_desktop.ui.messages import known_codes

    wss = world.copy_to(tmp)
    cen = wss["central"]
    try:
        before = db_content_hash(cen)
        others_keys = _pinned_others(tmp / "central.sqlite")
        f = tmp / "hostile.izsa"
        f.write_bytes(sign(world, spec))
        try:
            import_file(cen, f)
            outcome = "accepted"
        except IzsaError as e:
            outcome = e.code
            assert e.code in known_codes(), f"refusal code {e.code!r} has no words in ui/messages"
            assert db_content_hash(cen) == before, f"refused ({e.code}) but the database changed"
        if stats is not None:
            stats.examples += 1
            if outcome == "accepted":
                stats.accepted += 1
            else:
                stats.refused[outcome] += 1
        assert _pinned_others(tmp / "central.sqlite") == others_keys, "a district bundle changed another's key"
        rep = check_workspace(cen)
        assert rep.ok, f"check_workspace after {outcome}: {rep.integrity[:5]} schema {rep.schema}/{rep.head}"
        problems = db_problems(tmp / "central.sqlite")
        assert not problems, f"after {outcome}: {problems}"
        ds = tmp / "ds.izsa"
        export_dataset(cen, ds, PASS)
        for name in (SIGNER, OTHER):
            import_dataset_file(wss[name], ds)
            problems = db_problems(tmp / f"{name}.sqlite")
            assert not problems, f"{name} after the dataset: {problems}"
        for fmt in ("xlsx", "pdf"):
            out = tmp / f"report.{fmt}"
            run_export(cen, ExportQuery(), ExportOptions(fmt, str(out), lang="tr"))
            assert out.stat().st_size > 0
        return outcome
    finally:
        for ws in wss.values():
            ws.close()
