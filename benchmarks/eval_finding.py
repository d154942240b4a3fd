"""Evaluation of "finding things" on real data (issue 14, point 6): search, similar projects and the
joint-project finder, measured with the app's own code on tests/data/real_projects/ (165 real public
project descriptions of non-İzmir Turkish municipalities, 54 judged search queries, a ``same_kind``
label per record), beside the frozen pre-issue algorithms (benchmarks/baseline_finding.py) in the same
run.

The records are written into a real SQLite workspace (tmp file) through the store's repository, the
same code every save and import ends in. ``ProjectService.save`` is not used because the record model
refuses every real record today (see ``placeholders``): ``district`` must be one of İzmir's 31
districts and ``start_date`` is required. Here ``district`` carries the municipality (a slug of its
name, so "cross-district" means "another municipality") and an unknown start date stays empty; an
empty status becomes the model's default ``planned`` (no metric reads the status).

Metrics (all macro averages):

* search, for each query, the set the list filter returns (``core.text.filter_rows``, the rule the
  list uses) and the set the FTS5 path returns (``store.search.search_uuids``): precision and recall
  against the judged refs. A query with no relevant ref (``RES``, ``rüzgar enerjisi``) scores precision
  1 when nothing is returned, else 0, and recall 1.
* similar, for each record whose ``same_kind`` has at least one other record, the top 5 of
  ``SimilarityIndex.query``: precision@5 (hits / 5) and recall@5 (hits / min(5, others of that kind));
  the ceiling is the best achievable precision@5 given the label counts.
* joint, the pairs of ``joint.find_pairs`` at its default threshold: precision and recall against every
  unordered pair of records of the same kind in different municipalities; run time.

Train/test split: every third query (0-based index 2, 5, ...) and every third record (R003, R006, ...)
is held out as "test"; a joint pair belongs to the split of its lower ref. Figures are reported for
"all", "train" and "test".
"""

from __future__ import annotations

import csv
import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from izsa_desktop.core import text as core_text
from izsa_desktop.core.model import Project, RecordMeta
from izsa_desktop.core.text import fold_words
from izsa_desktop.services import joint
from izsa_desktop.services import similarity as sim
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import Workspace, init_workspace
from izsa_desktop.store.projects import ProjectRepo, now_iso

from . import baseline_finding as base

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_projects"
SPLITS = ("all", "train", "test")

# Turkish target-group phrases of the set -> the model's codes (the phrase also stays in *_other).
_GROUPS = (
    ("çocuk", "children"), ("bebek", "children"), ("genç", "youth"), ("kadın", "women"), ("yaşlı", "elderly"),
    ("alzheimer", "elderly"), ("demans", "elderly"), ("engelli", "disabled"), ("özel gereksinimli", "disabled"),
    ("down sendromlu", "disabled"), ("tekerlekli sandalye", "disabled"), ("göçmen", "migrants"),
    ("mülteci", "migrants"), ("sığınmacı", "migrants"), ("ihtiyaç sahibi", "low_income"),
    ("dar gelirli", "low_income"), ("dezavantajlı", "low_income"), ("yetim", "low_income"),
    ("kimsesiz", "low_income"), ("dul", "low_income"), ("işsiz", "low_income"), ("ihtiyaç sahipleri", "low_income"),
    ("çiftçi", "farmers"), ("üretici", "farmers"), ("öğrenci", "students"), ("okul", "students"),
    ("işletme", "businesses"), ("girişimci", "businesses"), ("stk", "ngos"), ("halk", "general_public"),
    ("vatandaş", "general_public"), ("sakin", "general_public"), ("hane", "general_public"),
)


@dataclass
class Loaded:
    ws: Workspace
    records: list[dict]
    uuid_of: dict[str, str]  # ref -> project uuid
    ref_of: dict[str, str]  # uuid -> ref
    placeholders: dict[str, int] = field(default_factory=dict)  # what the model forced, how often


def load_records() -> list[dict]:
    with open(DATA / "real_projects.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_queries() -> list[tuple[str, frozenset[str]]]:
    with open(DATA / "search_queries.csv", encoding="utf-8", newline="") as fh:
        return [(r["query"], frozenset(x for x in r["relevant_refs"].split(";") if x)) for r in csv.DictReader(fh)]


def split_of(index: int) -> str:
    return "test" if index % 3 == 2 else "train"


def record_split(ref: str) -> str:
    return split_of(int(ref[1:]) - 1)


def municipality_slug(name: str) -> str:
    """"Sakarya Büyükşehir Belediyesi" -> "sakarya_buyuksehir" (<= 32 characters, the column's size)."""
    words = [w for w in fold_words(name).split() if w not in ("belediyesi", "belediye")]
    return "_".join(words)[:32]


def _date(value: str) -> date | None:
    """"2019" -> 2019-01-01, "03.2021" -> 2021-03-01, "15.09.2017" -> 2017-09-15 (the model keeps a day)."""
    parts = [int(x) for x in re.findall(r"\d+", value)]
    if not parts:
        return None
    if len(parts) == 1:
        return date(parts[0], 1, 1)
    if len(parts) == 2:
        return date(parts[1], parts[0], 1)
    return date(parts[2], parts[1], parts[0])


def _split(value: str) -> list[str]:
    return [x.strip() for x in value.split(";") if x.strip()]


def to_project(rec: dict, forced: dict[str, int]) -> Project:
    """The record as the model holds it; ``forced`` counts the values the model made us invent."""
    groups_tr = _split(rec["target_groups"])
    codes: list[str] = []
    for g in groups_tr:
        low = core_text.tr_lower(g)
        for phrase, code in _GROUPS:
            if phrase in low and code not in codes:
                codes.append(code)
                break
    partners = [{"name": n, "type": "", "role": ""} for n in _split(rec["partners"])]
    if rec["lead_institution"]:
        partners.insert(0, {"name": rec["lead_institution"], "type": "", "role": "accountable"})
    partners += [{"name": n, "type": "", "role": "funding"} for n in _split(rec["funders"])]
    status = rec["status"]
    if not status:
        status = "planned"  # the column is NOT NULL and the model's default is "planned"
        forced["status"] = forced.get("status", 0) + 1
    start = _date(rec["start"])
    if start is None:
        forced["start_date (left empty; the form would refuse)"] = \
            forced.get("start_date (left empty; the form would refuse)", 0) + 1
    elif not re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", rec["start"]):
        forced["start_date day/month"] = forced.get("start_date day/month", 0) + 1
    forced["district (municipality slug, not an İzmir district)"] = \
        forced.get("district (municipality slug, not an İzmir district)", 0) + 1
    if rec["budget"]:
        forced["budget (text not parsed, left empty)"] = forced.get("budget (text not parsed, left empty)", 0) + 1
    return Project(
        district=municipality_slug(rec["municipality"]), title_tr=rec["title_tr"], purpose=rec["purpose_tr"],
        status=status, start_date=start, end_date=_date(rec["end"]), end_kind="planned",
        target_groups=codes, target_groups_other="; ".join(groups_tr), partners=partners,
        links=[rec["source_url"]] if rec["source_url"] else [], precision="city",
    )


def build_workspace(path: Path) -> Loaded:
    """A central workspace at ``path`` holding the 165 records (one transaction)."""
    ws = init_workspace(path, "central", office="Eval", user="eval")
    records = load_records()
    forced: dict[str, int] = {}
    uuid_of: dict[str, str] = {}
    at = now_iso()
    meta = RecordMeta(version=1, local_edits=False, created_at=at, created_by="eval", updated_at=at,
                      updated_by="eval")
    with ws.session() as s, s.begin():
        repo = ProjectRepo(s)
        for rec in records:
            p = to_project(rec, forced)
            repo.add(p, meta, "eval", "import", audit=False)
            uuid_of[rec["ref"]] = p.id
    return Loaded(ws, records, uuid_of, {u: r for r, u in uuid_of.items()}, forced)


# -- search ------------------------------------------------------------------------------------------------
def _pr(found: set[str], relevant: frozenset[str]) -> tuple[float, float]:
    if not relevant:
        return (0.0 if found else 1.0), 1.0
    hit = len(found & relevant)
    return (hit / len(found) if found else 0.0), hit / len(relevant)


def _macro(rows: list[tuple[str, float, float]], prefix: str) -> dict[str, float]:
    out = {}
    for sp in SPLITS:
        sel = [(p, r) for s, p, r in rows if sp == "all" or s == sp]
        suffix = "" if sp == "all" else f"_{sp}"
        out[f"{prefix}_p{suffix}"] = sum(p for p, _ in sel) / len(sel)
        out[f"{prefix}_r{suffix}"] = sum(r for _, r in sel) / len(sel)
    return out


def _fts_baseline(ws: Workspace, query: str) -> list[str]:
    m = base.fts_match(query)
    if m is None:
        return []
    with ws.engine.connect() as c:
        return [u for (u,) in c.exec_driver_sql(
            "SELECT p.uuid FROM project_fts f JOIN project p ON p.pk = f.rowid"
            " WHERE project_fts MATCH ? AND NOT p.deleted ORDER BY rank LIMIT 500", (m,))]


def _fts_current(ws: Workspace, query: str) -> list[str]:
    from izsa_desktop.store import search as store_search

    with ws.session() as s:
        return store_search.search_uuids(s, query, 500)


def eval_search(ld: Loaded, details: list | None = None) -> dict[str, float]:
    rows = ProjectService(ld.ws).summaries(include_deleted=False)
    hays = [r.search_text for r in rows]
    refs = [ld.ref_of[r.uuid] for r in rows]
    runs = {
        "find_search_list": lambda q: {refs[i] for i in core_text.filter_rows(q, hays)},
        "find_search_list_base": lambda q: {refs[i] for i in base.list_filter(q, hays)},
        "find_search_fts": lambda q: {ld.ref_of[u] for u in _fts_current(ld.ws, q)},
        "find_search_fts_base": lambda q: {ld.ref_of[u] for u in _fts_baseline(ld.ws, q)},
    }
    out: dict[str, float] = {}
    per: dict[str, list] = {k: [] for k in runs}
    unequal = 0
    for qi, (q, relevant) in enumerate(load_queries()):
        found = {k: fn(q) for k, fn in runs.items()}
        unequal += found["find_search_list"] != found["find_search_fts"]
        for k, f in found.items():
            p, r = _pr(f, relevant)
            per[k].append((split_of(qi), p, r))
        if details is not None:
            details.append((q, split_of(qi), relevant, found["find_search_list"], found["find_search_list_base"]))
    for k, rows_ in per.items():
        if k.endswith("_base"):
            m = _macro(rows_, k.removesuffix("_base"))
            out.update({key + "_base": v for key, v in m.items()})
        else:
            out.update(_macro(rows_, k))
    out["find_search_list_fts_unequal"] = float(unequal)
    return out


# -- similar projects ----------------------------------------------------------------------------------------
def _kinds(ld: Loaded) -> dict[str, str]:
    return {ld.uuid_of[r["ref"]]: r["same_kind"] for r in ld.records}


def eval_similar(ld: Loaded, index, prefix: str, details: list | None = None) -> dict[str, float]:
    kind = _kinds(ld)
    count: dict[str, int] = {}
    for k in kind.values():
        count[k] = count.get(k, 0) + 1
    rows, ceil = [], []
    for rec in ld.records:
        u = ld.uuid_of[rec["ref"]]
        others = count[rec["same_kind"]] - 1
        if others == 0:
            continue
        top = index.query(index.find(u), 5)
        hits = sum(kind[m.uuid] == rec["same_kind"] for m in top)
        sp = record_split(rec["ref"])
        rows.append((sp, hits / 5, hits / min(5, others)))
        ceil.append((sp, min(5, others) / 5, 0.0))
        if details is not None:
            details.append((rec["ref"], rec["same_kind"], [(ld.ref_of[m.uuid], kind[m.uuid], m.score) for m in top]))
    m = _macro(rows, prefix)
    out = {k.replace(f"{prefix}_p", f"{prefix}_p5").replace(f"{prefix}_r", f"{prefix}_r5"): v for k, v in m.items()}
    c = _macro(ceil, "c")
    out.update({f"find_similar_ceiling{k[3:]}": v for k, v in c.items() if k.startswith("c_p")})
    return out


# -- joint finder ------------------------------------------------------------------------------------------------
def eval_joint(ld: Loaded, index, finder, prefix: str, details: list | None = None) -> dict[str, float]:
    kind = _kinds(ld)
    district = {ld.uuid_of[r["ref"]]: municipality_slug(r["municipality"]) for r in ld.records}
    us = sorted(kind, key=lambda u: ld.ref_of[u])
    truth = {(a, b) for i, a in enumerate(us) for b in us[i + 1:] if kind[a] == kind[b] and district[a] != district[b]}
    t0 = time.perf_counter()
    res = finder(index)
    ms = (time.perf_counter() - t0) * 1000
    found = {tuple(sorted((p.a.uuid, p.b.uuid), key=lambda u: ld.ref_of[u])) for p in res.pairs}
    out = {f"{prefix}_ms": ms, f"{prefix}_pairs": float(len(found)), "find_joint_truth_pairs": float(len(truth))}
    for sp in SPLITS:
        def keep(pair, sp=sp) -> bool:
            return sp == "all" or record_split(ld.ref_of[pair[0]]) == sp
        f = {x for x in found if keep(x)}
        t = {x for x in truth if keep(x)}
        suffix = "" if sp == "all" else f"_{sp}"
        out[f"{prefix}_p{suffix}"] = len(f & t) / len(f) if f else 0.0
        out[f"{prefix}_r{suffix}"] = len(f & t) / len(t) if t else 1.0
    if details is not None:
        details.extend((ld.ref_of[a], ld.ref_of[b], kind[a], kind[b]) for a, b in sorted(found))
    return out


# -- everything -------------------------------------------------------------------------------------------------
def evaluate(tmp: Path, details: dict | None = None) -> dict[str, float]:
    """All figures, new (the app's code) and ``*_base`` (the frozen copy), on a fresh workspace in ``tmp``."""
    path = tmp / "real-projects.sqlite"
    for p in tmp.glob(path.name + "*"):
        p.unlink()
    ld = build_workspace(path)
    d = details if details is not None else {}
    try:
        out = eval_search(ld, d.setdefault("search", []))
        t0 = time.perf_counter()
        idx = sim.build_index(ld.ws)
        out["find_similar_index_ms"] = (time.perf_counter() - t0) * 1000
        old = base.SimilarityIndex.build([base.Doc(x.uuid, x.district, x.title, x.text, x.goals, x.targets,
                                                   x.groups, x.lat, x.lon, x.origin, x.open_to_collab)
                                          for x in sim.load_docs(ld.ws)])
        out.update(eval_similar(ld, idx, "find_similar", d.setdefault("similar", [])))
        out.update({k + "_base": v for k, v in eval_similar(ld, old, "find_similar").items()
                    if not k.startswith("find_similar_ceiling")})
        out.update(eval_joint(ld, idx, joint.find_pairs, "find_joint", d.setdefault("joint", [])))
        b = eval_joint(ld, old, base.find_pairs, "find_joint")
        out.update({k + "_base": v for k, v in b.items() if k != "find_joint_truth_pairs"})
        for k, v in ld.placeholders.items():
            d.setdefault("placeholders", {})[k] = v
    finally:
        ld.ws.close()
    for k, v in list(out.items()):
        if k.endswith("_base_base"):
            out[k.removesuffix("_base")] = out.pop(k)
    return out


def main() -> None:  # python -m benchmarks.eval_finding: figures plus the per-query details
    import json
    import sys
    import tempfile

    details: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = evaluate(Path(tmp), details)
    if "-v" in sys.argv:
        for q, sp, rel, new, old in details["search"]:
            print(f"[{sp}] {q!r}: miss={sorted(rel - new)} extra={sorted(new - rel)} | base miss={len(rel - old)} "
                  f"extra={len(old - rel)}")
        for ref, k, top in details["similar"]:
            bad = [t for t in top if t[1] != k]
            if bad:
                print(f"similar {ref} {k}: {[(r, kk, round(s, 2)) for r, kk, s in top]}")
        print("joint pairs:", [(a, b) for a, b, ka, kb in details["joint"] if ka != kb], "(wrong kind)")
        print("placeholders:", details.get("placeholders"))
    print(json.dumps({k: round(v, 3) for k, v in sorted(out.items())}, indent=1))


if __name__ == "__main__":
    main()
