"""Records an import creates: their branch refers to the history snapshot instead of repeating it.

The guarantees of a full branch still hold: a later cumulative bundle from the same base (0) merges
three-way against what was imported (central's edit in between is kept, the district's other edits
arrive, a field both changed is a conflict), the stored branch reads back exactly as planned, and an
undo followed by an import of different content for the same record uses the new content as base.
"""

from __future__ import annotations

from sqlalchemy import text
from test_bundle_helpers import PASS, add_projects, central, district, edit

from izsa_desktop.bundle import Branch, Snapshot
from izsa_desktop.services import bundles_review as review
from izsa_desktop.services.bundles_export import export_district_bundle
from izsa_desktop.services.bundles_import import import_file
from izsa_desktop.services.bundles_state import HISTORY_REF, load_states
from izsa_desktop.services.projects import ProjectService


def _branch_cols(ws, uuid):  # type: ignore[no-untyped-def]
    with ws.engine.connect() as c:
        return c.execute(text("SELECT base, own, incoming, settled_version FROM bundle_branch WHERE uuid = :u"),
                         {"u": uuid}).one()


def test_new_record_branch_is_compact_and_reads_back(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 3)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    pre, _ = import_file(cen, tmp_path / "b1.izsa")
    assert _branch_cols(cen, ids[0]) == (HISTORY_REF, HISTORY_REF, HISTORY_REF, 1)
    planned = {e.id: e.after for e in pre.plan.entries}
    with cen.session() as s:
        states, _ = load_states(s, ids)
    for i in ids:
        assert states[i] == planned[i]  # exactly the planned state, branch included
        br = states[i].branch
        assert isinstance(br, Branch) and br.base == br.own == br.incoming == states[i].current
        assert br.base_version == 0 and isinstance(br.base, Snapshot)


def test_cumulative_bundle_merges_three_way_against_imported_values(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 2)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    import_file(cen, tmp_path / "b1.izsa")
    edit(cen, ids[0], title_tr="Merkez başlığı", keywords="merkez")
    edit(bor, ids[0], summary="ilçe özeti", keywords="ilçe")
    edit(bor, ids[1], summary="ikinci")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)  # cumulative, still base 0
    pre, _ = import_file(cen, tmp_path / "b2.izsa")
    kinds = {e.id: e for e in pre.plan.entries}
    assert [c.field for c in kinds[ids[0]].conflicts] == ["keywords"]
    assert kinds[ids[1]].kind == "changed" and not kinds[ids[1]].conflicts
    got = ProjectService(cen).get(ids[0]).project
    assert got.title_tr == "Merkez başlığı" and got.summary == "ilçe özeti"
    assert ProjectService(cen).get(ids[1]).project.summary == "ikinci"


def test_undo_then_different_content_for_the_same_record(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ids = add_projects(bor, 1)
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    _, res = import_file(cen, tmp_path / "b1.izsa")
    review.undo_import(cen, res.bundle_id)
    assert ProjectService(cen).get(ids[0]) is None
    edit(bor, ids[0], summary="ikinci sürüm")
    export_district_bundle(bor, tmp_path / "b2.izsa", PASS)
    import_file(cen, tmp_path / "b2.izsa")
    assert ProjectService(cen).get(ids[0]).project.summary == "ikinci sürüm"
    with cen.session() as s:
        st = load_states(s, ids)[0][ids[0]]
    assert st.branch.base.values["summary"] == "ikinci sürüm"  # not the undone import's snapshot
    # a further cumulative edit arrives cleanly (no spurious conflicts against a stale base)
    edit(bor, ids[0], keywords="üçüncü")
    export_district_bundle(bor, tmp_path / "b3.izsa", PASS)
    pre, _ = import_file(cen, tmp_path / "b3.izsa")
    assert pre.plan.entries[0].kind == "changed" and not pre.plan.entries[0].conflicts
