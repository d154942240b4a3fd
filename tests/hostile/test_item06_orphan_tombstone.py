"""Item 6: a project created and deleted before the first export travels as a tombstone of a record central
never had. Central must not store an orphan row (it had an empty district, broke undo and made every district
refuse every later dataset at ``tombstones.jsonl line 1``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.services import bundles_review as review  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402


def test_tombstone_of_a_record_central_never_had_is_ignored(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    keep, gone = add_projects(bor, 2)
    ProjectService(bor).delete(gone, "yanlışlıkla açıldı")
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    before = db_content_hash(cen)
    pre, res = import_file(cen, tmp_path / "b1.izsa")
    assert res is not None
    kinds = {e.id: e.kind for e in pre.plan.entries}
    assert kinds[keep] == "new" and kinds[gone] == "unchanged"
    # no orphan row: only the live project exists at central, with its district
    rows = ProjectService(cen).summaries()
    assert [(r.uuid, r.district) for r in rows] == [(keep, "bornova")]
    with cen.engine.connect() as c:
        from sqlalchemy import text

        assert c.execute(text("SELECT count(*) FROM project WHERE district = ''")).scalar() == 0
    # undo works and restores exactly the state before
    review.undo_import(cen, res.bundle_id)
    assert db_content_hash(cen) != before  # seen row is kept as "undone"
    assert ProjectService(cen).summaries() == []
    import_file(cen, tmp_path / "b1.izsa")
    # every district still accepts the dataset
    add_projects(kar, 1, seed=3)
    export_district_bundle(kar, tmp_path / "k1.izsa", PASS)
    import_file(cen, tmp_path / "k1.izsa")
    export_dataset(cen, tmp_path / "ds.izsa", PASS)
    for ws in (bor, kar):
        import_dataset_file(ws, tmp_path / "ds.izsa")
    assert {r.uuid for r in ProjectService(kar).summaries()} >= {keep}
