"""Deterministic training data: believable Turkish projects across İzmir's 30 districts.

Used by the training workspace (``--demo``), the ``demo-data`` CLI command and the benchmarks.
Same seed, same data (identifiers included); without a seed every call draws new data and new
identifiers, so it can run any number of times on one workspace, and two workspaces never share
records. The same seed twice on one workspace is refused (``demo_seed_used``) before anything is
written. Points lie inside the right district polygon.
"""

from __future__ import annotations

import json
import random
import secrets
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache

from sqlalchemy import func, select

from ..core import taxonomy as tx
from ..core.errors import IzsaError
from ..core.model import Project, RecordMeta
from ..core.paths import resources_dir
from ..store.models import ProjectRow
from ..store.projects import ProjectRepo
from .changes import OpChanges
from .workspace import Workspace

Progress = Callable[[int, int], None]
BATCH = 5000
POOL = 240  # candidate points per district


@cache
def _templates() -> dict:
    with open(resources_dir() / "demo" / "templates.json", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def _point_pool(district_id: str) -> tuple[tuple[float, float], ...]:
    """Points (lat, lon) inside the district: known mahalle centres first, then sampled points."""
    d = tx.districts_by_id()[district_id]
    pts = [(m["lat"], m["lon"]) for m in tx.mahalleler()
           if m["district"] == district_id and m["lat"] is not None and d.contains(m["lon"], m["lat"])]
    rng = random.Random(district_id)
    x0, y0, x1, y1 = d.bbox
    tries = 0
    while len(pts) < POOL and tries < POOL * 50:
        tries += 1
        lon, lat = rng.uniform(x0, x1), rng.uniform(y0, y1)
        if d.contains(lon, lat):
            pts.append((round(lat, 6), round(lon, 6)))
    return tuple(pts)


def _places(district_id: str) -> list[str]:
    names = [m["name"] for m in tx.mahalleler() if m["district"] == district_id]
    return [tx.district_name(district_id)] * 3 + names[:40]


def make_project(rng: random.Random, district_id: str, today: date) -> Project:
    data = _templates()
    t = rng.choice(data["templates"])
    place = rng.choice(_places(district_id))
    start = date(2015, 1, 1) + timedelta(days=rng.randrange((date(2026, 12, 31) - date(2015, 1, 1)).days))
    if start > today:
        status, end, end_kind = "planned", start + timedelta(days=rng.randrange(180, 1200)), "planned"
    else:
        status = rng.choices(["ongoing", "completed", "suspended", "cancelled"], [50, 40, 6, 4])[0]
        end = start + timedelta(days=rng.randrange(90, 1500))
        end_kind = "actual" if status == "completed" else "planned"
        if status == "ongoing" and rng.random() < 0.3:
            end, end_kind = None, "ongoing"
        if status == "completed" and end > today:
            end = today
    goals = list(t["goals"])
    extra_goal = rng.choice([None, None, 17, 4, 11])
    if extra_goal and extra_goal not in goals:
        goals.append(extra_goal)
    targets = [x for x in t["targets"] if int(x.split(".")[0]) in goals]
    lat, lon = rng.choice(_point_pool(district_id))
    precision = rng.choices(["exact", "neighbourhood", "district"], [70, 20, 10])[0]
    if precision == "district":
        lon, lat = tx.districts_by_id()[district_id].label_point
    first, last = rng.choice(data["first_names"]), rng.choice(data["last_names"])
    partners = [
        {"name": n, "type": ty, "role": rng.choice(tx.PARTNER_ROLES)}
        for n, ty in rng.sample(data["partners"], rng.randrange(0, 3))
    ]
    planned = rng.choice([None, 50, 120, 300, 1000, 2500, 10000])
    return Project(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        district=district_id,
        title_tr=t["tr"].format(place=place),
        title_en=t["en"].format(place=place) if rng.random() < 0.7 else "",
        purpose=t["purpose"],
        summary="",
        status=status,
        start_date=start,
        end_date=end,
        end_kind=end_kind,
        responsible_unit=rng.choice(data["units"]),
        contact_name=f"{first} {last}",
        contact_role="Proje Sorumlusu",
        contact_email=f"{tx.districts_by_id()[district_id].id}.proje{rng.randrange(1, 99)}@example.org",
        sdg_primary=goals[0],
        sdg_goals=goals,
        sdg_targets=targets,
        who_themes=list(t["themes"]),
        target_groups=list(t["groups"]),
        beneficiaries_planned=planned,
        beneficiaries_reached=(planned * rng.randrange(20, 110) // 100) if planned and status != "planned" else None,
        lat=lat,
        lon=lon,
        precision=precision,
        location_method="district_default" if precision == "district" else "map_click",
        budget_kurus=rng.choice([None, 5_000_000, 25_000_000, 120_000_000, 750_000_000]),
        funding_source=rng.choice(tx.FUNDING_SOURCES),
        partners=partners,
        open_to_collab=rng.random() < 0.25,
        collab_sought="Ortak finansman ve saha deneyimi" if rng.random() < 0.25 else "",
        keywords=t["kw"],
        review_state=rng.choices(["draft", "submitted", "approved", "needs_changes"], [40, 30, 25, 5])[0],
    )


def generate(
    ws: Workspace,
    count: int,
    seed: int | None = None,
    district: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> OpChanges:
    """Add ``count`` demo projects (all districts round-robin, or one). One transaction per batch of
    5,000; a cancel stops between batches, keeping what was written. ``seed=None``: fresh random data
    and identifiers; a seed: reproducible data and identifiers (refused if they are already there)."""
    if count < 0:
        raise IzsaError("count_negative")
    ids = tx.district_ids()[:-1]
    if district is None and ws.identity.role == "district":
        district = ws.identity.district  # a district office gets sample data of its own district
    if district:
        code = tx.resolve_district(district)
        if code is None or code == tx.METROPOLITAN:
            raise IzsaError("district_unknown", value=district)
        ids = (code,)
    rng = random.Random(seed) if seed is not None else random.Random(secrets.randbits(128))
    today = date(2026, 11, 1)
    user = ws.identity.user or "demo"
    stamp = datetime(2026, 11, 1, tzinfo=UTC).isoformat(timespec="seconds")
    central = ws.identity.role == "central"
    done = 0
    while done < count:
        if cancelled and cancelled():
            break
        n = min(BATCH, count - done)
        items = []
        for i in range(n):
            p = make_project(rng, ids[(done + i) % len(ids)], today)
            meta = RecordMeta(version=1 if central else 0, local_edits=not central, created_at=stamp,
                              created_by=user, updated_at=stamp, updated_by=user)
            items.append((p, meta))
        with ws.session() as s, s.begin():
            ids_here = [p.id for p, _ in items]
            if s.scalar(select(func.count()).select_from(ProjectRow).where(ProjectRow.uuid.in_(ids_here))):
                raise IzsaError("demo_seed_used", seed=seed if seed is not None else "-")
            ProjectRepo(s).bulk_add(items, user, "demo")
        done += n
        if progress:
            progress(done, count)
    return OpChanges(all_projects=True)
