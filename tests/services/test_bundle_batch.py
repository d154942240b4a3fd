"""Several district bundles imported as one batch: the same result as one after the other, one
transaction (all or nothing), refused files reported without stopping the others."""

from __future__ import annotations

import shutil

import pytest
from test_bundle_helpers import PASS, add_projects, central, district, edit
from test_bundle_permutations import final_state

from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services import bundles_review as review
from izsa_desktop.services.bundles_batch import apply_batch, import_files, prepare_batch
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import db_content_hash, import_file
from izsa_desktop.services.workspace import open_workspace

CODES = ("bornova", "karsiyaka", "buca")


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """Central has every district's first bundle and has edited one record of each; the districts then
    edit (a conflict with central, a plain change) and export their second bundle; bornova a third."""
    tmp = tmp_path_factory.mktemp("batch")
    cen = central(tmp)
    ds, ids = {}, {}
    for i, code in enumerate(CODES):
        ds[code] = district(tmp, code, cen)
        ids[code] = add_projects(ds[code], 4, seed=20 + i)
        export_district_bundle(ds[code], tmp / f"{code}0.izsa", PASS)
        import_file(cen, tmp / f"{code}0.izsa")
    export_dataset(cen, tmp / "ds.izsa", PASS)
    for code in CODES:
        import_dataset_file(ds[code], tmp / "ds.izsa")
        edit(cen, ids[code][0], title_tr=f"Merkez {code}")
    for i, code in enumerate(CODES):
        edit(ds[code], ids[code][0], title_tr=f"İlçe {code}")
        edit(ds[code], ids[code][1], summary="yeni özet")
        add_projects(ds[code], 2, seed=40 + i)
        export_district_bundle(ds[code], tmp / f"{code}1.izsa", PASS)
    edit(ds["bornova"], ids["bornova"][2], summary="üçüncü")
    export_district_bundle(ds["bornova"], tmp / "bornova2.izsa", PASS)
    cen.close()
    return tmp


def _copy(tmp, tmp_path, name="c.sqlite"):  # type: ignore[no-untyped-def]
    db = tmp_path / name
    shutil.copy(tmp / "central.sqlite", db)
    return open_workspace(db)


def test_batch_equals_one_after_the_other_and_each_bundle_undoes_alone(scenario, tmp_path):
    files = [scenario / f"{c}1.izsa" for c in CODES]
    seq = _copy(scenario, tmp_path, "seq.sqlite")
    for f in files:
        import_file(seq, f)
    batch = _copy(scenario, tmp_path, "batch.sqlite")
    pre, res = import_files(batch, files)
    assert [i.error for i in pre.items] == [None, None, None]
    assert len(res.results) == 3 and {r.district for r in res.results} == set(CODES)
    assert pre.totals()["new"] == 6 and pre.totals()["conflicts"] == 3
    assert final_state(batch) == final_state(seq)
    assert len(review.list_conflicts(batch)) == 3
    # each bundle of the batch keeps its own undo log
    bid = next(r.bundle_id for r in res.results if r.district == "karsiyaka")
    review.undo_import(batch, bid)
    left = {c.record_id for c in review.list_conflicts(batch)}
    assert len(left) == 2
    # importing the same files again: all already imported, nothing written
    before = db_content_hash(batch)
    again = prepare_batch(batch, files[:1] + files[2:])
    assert not again.ready() and all(i.preview and i.preview.already_imported for i in again.items)
    assert apply_batch(batch, again).results == ()
    assert db_content_hash(batch) == before
    seq.close(), batch.close()


def test_refused_files_are_reported_and_the_rest_imported(scenario, tmp_path):
    bad = tmp_path / "damaged.izsa"
    raw = bytearray((scenario / "buca1.izsa").read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    bad.write_bytes(bytes(raw))
    ws = _copy(scenario, tmp_path)
    files = [scenario / "bornova2.izsa", scenario / "bornova1.izsa", bad, scenario / "karsiyaka1.izsa"]
    pre = prepare_batch(ws, files)
    by = {i.name: i for i in pre.items}
    assert by["bornova1.izsa"].ready and by["karsiyaka1.izsa"].ready
    assert by["bornova2.izsa"].error is not None and by["bornova2.izsa"].error.code == "batch_same_district"
    assert by["damaged.izsa"].error is not None and by["damaged.izsa"].preview is None
    res = apply_batch(ws, pre)
    assert sorted(r.district for r in res.results) == ["bornova", "karsiyaka"]
    # the held-back bundle imports normally afterwards
    _pre, r2 = import_file(ws, scenario / "bornova2.izsa")
    assert r2 is not None and r2.seq == by["bornova1.izsa"].preview.verified.manifest.seq + 1  # type: ignore[union-attr]
    ws.close()


def test_cancel_or_stale_plan_leaves_the_database_untouched(scenario, tmp_path):
    ws = _copy(scenario, tmp_path)
    files = [scenario / f"{c}1.izsa" for c in CODES]
    before = db_content_hash(ws)
    pre = prepare_batch(ws, files)
    calls = []

    def cancel_after_two() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(IzsaError) as e:
        apply_batch(ws, pre, cancelled=cancel_after_two)
    assert e.value.code == "import_cancelled"
    assert db_content_hash(ws) == before
    # someone imports one of the districts meanwhile: the whole batch is refused, nothing half done
    import_file(ws, files[1])
    mid = db_content_hash(ws)
    with pytest.raises(IzsaError) as e:
        apply_batch(ws, pre)
    assert e.value.code == "plan_stale"
    assert db_content_hash(ws) == mid
    ws.close()


def test_batch_needs_a_central_workspace(scenario, tmp_path):
    ws = open_workspace(shutil.copy(scenario / "bornova.sqlite", tmp_path / "d.sqlite"))
    with pytest.raises(IzsaError) as e:
        prepare_batch(ws, [scenario / "buca1.izsa"])
    assert e.value.code == "wrong_role"
    ws.close()
