"""Several district bundles at once: central staff merging the 30 districts' files in one go.

``prepare_batch`` verifies and plans every file (each through the ``prepare_import`` choke point, read
only); a file that is refused keeps its error and does not stop the others (an unexpected failure
while reading or planning one file is reported for that file, ``bundle_file_failed``). ``apply_batch`` applies the
plans the user saw in ONE transaction (``bundles_apply.apply_in`` per bundle, each with its own audit,
conflict, duplicate, undo and seen-bundle rows, so each can still be undone on its own): all are
imported or none, and the database pays for one commit instead of one per district.

Plans are made against the database as it is before the batch, which is exactly right for bundles of
different districts (a district bundle only carries its own district's records). A second bundle of
a district already in the batch would have to be planned after the first is applied, so it is held
back (``batch_same_district``) and imported in a later batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import IzsaError
from .bundles_apply import ImportResult, apply_in
from .bundles_import import ImportPreview, prepare_import
from .bundles_io import gc_paused, guarded
from .changes import OpChanges
from .concurrency import locked_workspace
from .concurrency_bundles import import_lock
from .workspace import Workspace

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


@dataclass(frozen=True)
class BatchItem:
    """One file of a batch: its preview, or the error that refused it."""

    name: str
    preview: ImportPreview | None = None
    error: IzsaError | None = None

    @property
    def ready(self) -> bool:
        return self.preview is not None and self.error is None and not self.preview.already_imported


@dataclass(frozen=True)
class BatchPreview:
    items: tuple[BatchItem, ...]

    def ready(self) -> list[ImportPreview]:
        return [i.preview for i in self.items if i.ready]  # type: ignore[misc]

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for pre in self.ready():
            for k, v in pre.counts().items():
                out[k] = out.get(k, 0) + int(v)
        return out


@dataclass(frozen=True)
class BatchResult:
    results: tuple[ImportResult, ...]
    op: OpChanges


def _name(src: bytes | str | Path, i: int) -> str:
    return Path(src).name if isinstance(src, (str, Path)) else f"#{i + 1}"


def prepare_batch(ws: Workspace, sources: Sequence[bytes | str | Path], *, allow_training: bool = False,
                  progress: Progress = None, cancelled: Cancelled = None) -> BatchPreview:
    if ws.identity.role != "central":
        raise IzsaError("wrong_role", expected="central", actual=ws.identity.role or "?")
    items: list[BatchItem] = []
    with gc_paused():
        for i, src in enumerate(sources):
            if cancelled and cancelled():
                raise IzsaError("import_cancelled")
            try:
                items.append(BatchItem(_name(src, i), prepare_import(ws, src, allow_training=allow_training)))
            except IzsaError as exc:
                items.append(BatchItem(_name(src, i), error=exc))
            except Exception as exc:  # noqa: BLE001 - one bad file never takes down the others
                err = IzsaError("bundle_file_failed", detail=f"{type(exc).__name__}: {exc}"[:200])
                items.append(BatchItem(_name(src, i), error=err))
            if progress:
                progress(i + 1, len(sources))
    # one bundle per district: the lowest sequence goes first, the others wait for the next batch
    first: dict[str, BatchItem] = {}
    for it in items:
        if it.ready:
            m = it.preview.verified.manifest  # type: ignore[union-attr]
            if m.district not in first or m.seq < first[m.district].preview.verified.manifest.seq:  # type: ignore[union-attr]
                first[m.district] = it
    keep = {id(it) for it in first.values()}
    return BatchPreview(tuple(
        it if not it.ready or id(it) in keep else
        BatchItem(it.name, it.preview, IzsaError("batch_same_district",
                                                 district=it.preview.verified.manifest.district))  # type: ignore[union-attr]
        for it in items))


def apply_batch(ws: Workspace, batch: BatchPreview, user: str | None = None, *,
                progress: Progress = None, cancelled: Cancelled = None) -> BatchResult:
    """Apply every ready plan of ``batch`` in one transaction. A stale plan (``plan_stale``), a full
    disk or a cancel rolls the whole batch back: nothing is half imported."""
    previews = batch.ready()
    if not previews:
        return BatchResult((), OpChanges())
    ids = [e.id for p in previews for e in p.plan.entries]
    locked = locked_workspace(ws, import_lock((p.verified.manifest.district for p in previews), ids))
    results: list[ImportResult] = []
    with gc_paused(), locked.session() as s, guarded(s):
        for i, pre in enumerate(previews):
            if cancelled and cancelled():
                raise IzsaError("import_cancelled")
            results.append(apply_in(s, locked, pre, user))
            if progress:
                progress(i + 1, len(previews))
    op = OpChanges(projects=frozenset().union(*(r.op.projects for r in results)), conflicts=True,
                   keys=any(r.op.keys for r in results))
    return BatchResult(tuple(results), op)


def import_files(ws: Workspace, sources: Sequence[bytes | str | Path], *, allow_training: bool = False,
                 progress: Progress = None, cancelled: Cancelled = None) -> tuple[BatchPreview, BatchResult]:
    """Scripts and tests: prepare, then apply every ready bundle (one transaction)."""
    pre = prepare_batch(ws, sources, allow_training=allow_training, cancelled=cancelled)
    return pre, apply_batch(ws, pre, progress=progress, cancelled=cancelled)
