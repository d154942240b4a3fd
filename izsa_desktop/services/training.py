"""The training workspace: a fresh temporary workspace full of sample data, resettable at will.

Made in its own ``izsa-training-*`` folder in the temp folder unless a folder is given; the window
removes that folder when the app ends (``discard_training_workspace``), so ``--demo`` runs leave nothing
behind.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import demo
from .workspace import Workspace, init_workspace

DEFAULT_COUNT = 360  # 12 per district on average
TEMP_PREFIX = "izsa-training-"


def create_training_workspace(
    folder: Path | None = None,
    seed: int = 35,
    count: int = DEFAULT_COUNT,
    role: str = "central",
    district: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Workspace:
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    path = folder / "training.sqlite"
    office = "İZSA Eğitim Çalışma Alanı" if role == "central" else "Eğitim – İlçe Belediyesi"
    ws = init_workspace(path, role, district=district, office=office, user="Eğitmen", training=True)
    ws.extra.update(training_seed=seed, training_count=count, training_role=role, training_district=district)
    demo.generate(ws, count, seed=seed, progress=progress)
    return ws


def reset_training_workspace(ws: Workspace) -> Workspace:
    """Throw the training file away and build it again with the same seed and size."""
    assert ws.identity.training and ws.path is not None, "only a training workspace can be reset"
    folder = ws.path.parent
    seed = int(ws.extra.get("training_seed", 35))  # type: ignore[arg-type]
    count = int(ws.extra.get("training_count", DEFAULT_COUNT))  # type: ignore[arg-type]
    role = str(ws.extra.get("training_role", "central"))
    district = str(ws.extra.get("training_district", ""))
    ws.close()
    for child in folder.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    return create_training_workspace(folder, seed=seed, count=count, role=role, district=district)


def is_temporary(folder: Path) -> bool:
    """True for a folder ``create_training_workspace`` made itself in the temp folder."""
    folder = Path(folder)
    return folder.name.startswith(TEMP_PREFIX) and folder.parent.resolve() == Path(tempfile.gettempdir()).resolve()


def discard_training_workspace(ws: Workspace) -> bool:
    """Close a training workspace and, if it lives in a temp folder of its own, remove that folder.
    A folder the caller chose is left alone. Returns True if the folder is gone."""
    ws.close()  # disposes the engine: no SQLite file (nor WAL) stays open, which Windows needs to delete it
    if not ws.identity.training or ws.path is None or not is_temporary(ws.path.parent):
        return False
    shutil.rmtree(ws.path.parent, ignore_errors=True)
    return not ws.path.parent.exists()
