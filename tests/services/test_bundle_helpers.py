"""Shared set-up for the bundle service tests: real workspaces, real keys, real signatures."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from izsa_desktop.services import demo
from izsa_desktop.services.keys import KeyService
from izsa_desktop.services.projects import ProjectService
from izsa_desktop.services.workspace import Workspace, init_workspace

PASS = "correct horse battery"


def central(tmp: Path, name: str = "central.sqlite", training: bool = False) -> Workspace:
    ws = init_workspace(tmp / name, "central", user="merkez", training=training)
    KeyService(ws).init(PASS)
    return ws


def district(tmp: Path, code: str, cen: Workspace | None = None, training: bool = False) -> Workspace:
    ws = init_workspace(tmp / f"{code}.sqlite", "district", district=code, user=f"{code}_user",
                        training=training)
    ks = KeyService(ws)
    info = ks.init(PASS)
    if cen is not None:
        KeyService(cen).register(code, ks.export_public(), info.fingerprint)
        cks = KeyService(cen)
        ks.pin_central(cks.export_public(), cks.info().fingerprint)
    return ws


def add_projects(ws: Workspace, n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    svc = ProjectService(ws)
    ids = []
    for _ in range(n):
        p = demo.make_project(rng, ws.identity.district, date(2026, 1, 1))
        svc.save(p)
        ids.append(p.id)
    return ids


def edit(ws: Workspace, uuid: str, **changes) -> None:  # type: ignore[no-untyped-def]
    from izsa_desktop.core.model import copy_project

    svc = ProjectService(ws)
    p = copy_project(svc.get(uuid).project, **changes)  # type: ignore[union-attr]
    svc.save(p)
