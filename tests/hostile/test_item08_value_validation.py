"""Item 8: values were type-checked only. A registered district key signs records with ``review_state``
"bogus", SDG goal 999 and latitude 1e308: each bundle is refused at verification with
``bundle_value_invalid`` naming the record and the field (the form's own hard rules,
``core.validation.validate``); in a batch, the bad file is refused and the others import."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange, verify_bundle  # noqa: E402
from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.services.bundles_batch import import_files  # noqa: E402
from izsa_desktop.services.bundles_dataset import import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402

BAD = [
    ({"review_state": "bogus"}, "review_state"),
    ({"sdg_goals": [11, 13, 999]}, "sdg_goals"),
    ({"lat": 1e308}, "lat"),
    ({"lon": -1e308}, "lon"),
    ({"status": "finished!"}, "status"),
    ({"district": "atlantis"}, "district"),
    ({"end_date": "2020-01-01"}, "end_date"),
    ({"budget_kurus": -5}, "budget_kurus"),
    ({"title_tr": "   "}, "title_tr"),
]


def _hostile(key, seq: int, i: int, owner: str = "bornova", kind: str = "district", **bad) -> bytes:
    good = RecordChange(UUIDS[i], owner, 1 if kind == "dataset" else 0, 0, project(i, owner))
    vals = project(i + 1, owner) | bad
    worse = RecordChange(UUIDS[i + 1], vals["district"], 1 if kind == "dataset" else 0, 0, vals)
    signer = owner if kind == "district" else "central"
    content = BundleContent(records=(good, worse))
    if kind == "district" and vals["district"] != owner:  # export_bundle refuses foreign records itself
        from izsa_desktop.bundle.codec import encode_content
        from izsa_desktop.bundle.export import assemble

        entries, counts = encode_content(content, personal_data=False)
        return assemble(entries, counts, private_key=key, kind=kind, district=signer, seq=seq)
    return make_bundle(key, seq=seq, district=signer, kind=kind, content=content)


@pytest.mark.parametrize(("bad", "field"), BAD)
def test_district_bundle_with_invalid_value_is_refused_naming_record_and_field(tmp_path, bad, field):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    key = KeyService(bor).private_key(PASS)
    data = _hostile(key, 1, 10, **bad)
    before = db_content_hash(cen)
    with pytest.raises(IzsaError) as e:
        import_file(cen, data)
    assert e.value.code == "bundle_value_invalid"
    assert e.value.params["id"] == UUIDS[11] and e.value.params["field"] == field
    assert e.value.params["entry"] == "records.jsonl" and e.value.params["line"] == 2
    assert db_content_hash(cen) == before


def test_dataset_with_invalid_value_is_refused_at_the_district(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    ckey = KeyService(cen).private_key(PASS)
    data = _hostile(ckey, 1, 20, owner="karsiyaka", kind="dataset", sdg_goals=[11, 13, 999])
    before = db_content_hash(bor)
    with pytest.raises(IzsaError) as e:
        import_dataset_file(bor, data)
    assert (e.value.code, e.value.params["field"], e.value.params["id"]) == (
        "bundle_value_invalid", "sdg_goals", UUIDS[21])
    assert db_content_hash(bor) == before


def test_pure_verify_refuses_and_the_message_names_record_and_field(qapp):
    from izsa_desktop.bundle import generate_private_key
    from izsa_desktop.ui import messages

    from bundle.helpers import trust_for

    key = generate_private_key()
    with pytest.raises(IzsaError) as e:
        verify_bundle(_hostile(key, 1, 30, lat=1e308), trust_for(key), allow_training=False)
    text = messages.error(e.value)
    assert UUIDS[31] in text and "lat" in text and "1e+308" in text


def test_one_bad_file_does_not_take_down_the_batch(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    kar = district(tmp_path, "karsiyaka", cen)
    kon = district(tmp_path, "konak", cen)
    add_projects(kar, 2, seed=2)
    add_projects(kon, 2, seed=3)
    export_district_bundle(kar, tmp_path / "kar.izsa", PASS)
    export_district_bundle(kon, tmp_path / "kon.izsa", PASS)
    (tmp_path / "bor.izsa").write_bytes(_hostile(KeyService(bor).private_key(PASS), 1, 40, lat=1e308))
    (tmp_path / "folder.izsa").mkdir()  # not even a file
    files = [tmp_path / n for n in ("kar.izsa", "bor.izsa", "folder.izsa", "kon.izsa")]
    pre, res = import_files(cen, files)
    by_name = {i.name: i for i in pre.items}
    assert by_name["bor.izsa"].error is not None and by_name["bor.izsa"].error.code == "bundle_value_invalid"
    assert by_name["folder.izsa"].error is not None
    assert by_name["kar.izsa"].ready and by_name["kon.izsa"].ready
    assert len(res.results) == 2
    assert sorted({s.district for s in ProjectService(cen).summaries()}) == ["karsiyaka", "konak"]
