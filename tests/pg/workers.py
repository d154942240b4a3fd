"""Functions run in separate processes (multiprocessing 'spawn') by the concurrency tests."""

from __future__ import annotations

from datetime import date


def save_title(target: str, uuid: str, title: str, version: int, updated_at: str, barrier, out) -> None:  # type: ignore[no-untyped-def]
    """One member of staff: the form loaded (version, updated_at) earlier; now both press Save."""
    from izsa_desktop.core.errors import IzsaError
    from izsa_desktop.services.concurrency import LoadedToken, save_expecting
    from izsa_desktop.services.projects import ProjectService
    from izsa_desktop.services.workspace import open_workspace

    ws = open_workspace(target)
    p = ProjectService(ws).get(uuid).project
    p.title_tr = title
    barrier.wait(timeout=60)
    try:
        save_expecting(ws, p, LoadedToken(version, updated_at))
        out.put(("saved", title))
    except IzsaError as exc:
        out.put((exc.code, title))
    finally:
        ws.close()


def hold_import(target: str, count: int, loaded, release) -> None:  # type: ignore[no-untyped-def]
    """A long import: inserts ``count`` projects and keeps its transaction open until released."""
    import random

    from izsa_desktop.core.model import RecordMeta
    from izsa_desktop.services import demo
    from izsa_desktop.services.workspace import open_workspace
    from izsa_desktop.store.projects import ProjectRepo

    ws = open_workspace(target)
    rng = random.Random(1)
    items = [(demo.make_project(rng, "bornova", date(2026, 1, 1)), RecordMeta()) for _ in range(count)]
    with ws.session() as s, s.begin():
        ProjectRepo(s).bulk_add(items, "import", "test")
        s.flush()
        loaded.set()
        if not release.wait(timeout=120):
            raise RuntimeError("never released")
    ws.close()


def import_bundle(target: str, path: str, barrier, out) -> None:  # type: ignore[no-untyped-def]
    """One member of staff importing a bundle file."""
    from izsa_desktop.core.errors import IzsaError
    from izsa_desktop.services.concurrency_bundles import import_bundle as run
    from izsa_desktop.services.workspace import open_workspace

    ws = open_workspace(target)
    barrier.wait(timeout=60)
    try:
        pre, res = run(ws, path)
        out.put(("already_imported" if res is None else "imported", path))
    except IzsaError as exc:
        out.put((exc.code, path))
    finally:
        ws.close()


def resolve(target: str, conflict_id: int, choice: str, value, user: str, barrier, out) -> None:  # type: ignore[no-untyped-def]
    """One member of staff resolving a conflict."""
    from izsa_desktop.core.errors import IzsaError
    from izsa_desktop.services.concurrency_bundles import resolve as run
    from izsa_desktop.services.workspace import open_workspace

    ws = open_workspace(target)
    barrier.wait(timeout=60)
    try:
        run(ws, conflict_id, choice, value, user=user)
        out.put(("resolved", user))
    except IzsaError as exc:
        out.put((exc.code, user))
    finally:
        ws.close()


def save_checked(target: str, uuid: str, title: str, actor: str, barrier, out) -> None:  # type: ignore[no-untyped-def]
    """One member of staff in the window's way: the project shown (token remembered), then Save."""
    from izsa_desktop.core.errors import IzsaError
    from izsa_desktop.services.concurrency import CheckedProjectService
    from izsa_desktop.services.workspace import open_workspace

    ws = open_workspace(target)
    svc = CheckedProjectService(ws, actor=actor)
    stored = svc.get(uuid)
    svc.remember(stored)
    p = stored.project
    p.title_tr = title
    barrier.wait(timeout=60)
    try:
        svc.save(p)
        out.put(("saved", actor))
    except IzsaError as exc:
        out.put((exc.code, actor))
    finally:
        ws.close()
