"""Export -> verify round trip, manifest strictness, personal data, training, schema versions."""

from __future__ import annotations

import hashlib

import pytest

from izsa_desktop.bundle import CURRENT_SCHEMA, BundleContent, verify_bundle
from izsa_desktop.bundle.export import assemble
from izsa_desktop.bundle.framing import HEADER, open_envelope, split_frame
from izsa_desktop.bundle.strictjson import dumps_lines
from izsa_desktop.core.errors import IzsaError
from izsa_desktop.core.model import PERSONAL_FIELDS

from .helpers import DISTRICT, change, make_bundle, project, reference_content, trust_for


def test_roundtrip_keeps_every_field_and_attachment(key):
    content = reference_content()
    data = make_bundle(key, seq=7)
    v = verify_bundle(data, trust_for(key), allow_training=False)
    assert v.status == "new" and v.manifest.seq == 7 and v.manifest.district == DISTRICT
    assert v.content.records == content.records
    assert v.content.attachments == content.attachments
    assert v.content.audit == content.audit
    assert v.manifest.counts == {
        "records": 3,
        "tombstones": 1,
        "audit": 1,
        "key_events": 0,
        "reviews": 0,
        "attachments": 1,
    }
    assert v.upgraded_from is None and v.key_events == () and v.skipped_seqs == 0


def test_export_is_deterministic_apart_from_bundle_id(key):
    a = make_bundle(key, bundle_id="11111111-1111-4111-8111-111111111111")
    b = make_bundle(key, bundle_id="11111111-1111-4111-8111-111111111111")
    assert a == b  # Ed25519 is deterministic; no timestamps anywhere


def test_personal_data_blanked_unless_declared(key):
    content = BundleContent(records=(change(0, contact_name="Ayşe Yılmaz", contact_phone="0555"),))
    v = verify_bundle(make_bundle(key, content=content), trust_for(key), allow_training=False)
    assert all(v.content.records[0].values[f] == "" for f in PERSONAL_FIELDS)
    v = verify_bundle(
        make_bundle(key, content=content, personal_data=True), trust_for(key), allow_training=False
    )
    assert v.content.records[0].values["contact_name"] == "Ayşe Yılmaz"


def _signed(
    key, rows: dict[str, list], *, schema: int = CURRENT_SCHEMA, personal: bool = False, counts=None, **kw
):
    entries = [(f"{k}.jsonl", dumps_lines(v)) for k, v in rows.items()]
    c = counts or {
        k: len(rows.get(k, []))
        for k in ("records", "tombstones", "audit", "key_events", "reviews", "attachments")
    }
    return assemble(
        entries,
        c,
        private_key=key,
        kind="district",
        district=DISTRICT,
        seq=1,
        schema_version=schema,
        personal_data=personal,
        **kw,
    )


def _rows(records):
    return {
        "records": records,
        "tombstones": [],
        "audit": [],
        "key_events": [],
        "reviews": [],
        "attachments": [],
    }


def _line(p):
    return {"meta": {"version": 0, "base_version": 0, "deleted": False, "deleted_reason": ""}, "project": p}


def test_undeclared_personal_data_refused(key):
    data = _signed(key, _rows([_line(project(0, contact_email="a@b.tr"))]))
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key), allow_training=False)
    assert e.value.code == "bundle_personal_data_undeclared" and e.value.params["line"] == 1


def test_training_flag_is_signed_and_enforced(key):
    data = make_bundle(key, training=True)
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key), allow_training=False)
    assert e.value.code == "bundle_training_refused"
    assert verify_bundle(data, trust_for(key), allow_training=True).manifest.training is True


def test_kind_mismatch_refused(key):
    data = make_bundle(key)
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key), allow_training=False, expect_kind="dataset")
    assert e.value.code == "bundle_kind_unexpected"


def test_dataset_verified_against_pinned_central_key(key, other_key):
    data = make_bundle(
        other_key,
        district="izmir",
        kind="dataset",
        acks={DISTRICT: 4},
        content=BundleContent(records=(change(0), change(1, "karsiyaka"))),
    )
    v = verify_bundle(data, trust_for(other_key, "izmir"), allow_training=False, expect_kind="dataset")
    assert v.manifest.acks == {DISTRICT: 4} and len(v.content.records) == 2
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key, "izmir"), allow_training=False, expect_kind="dataset")
    assert e.value.code == "key_unknown"


def test_district_bundle_with_foreign_record_refused(key):
    data = _signed(key, _rows([_line(project(0, district="karsiyaka"))]))
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key), allow_training=False)
    assert e.value.code == "bundle_record_foreign"


def test_newer_schema_refused_as_update_the_app(key):
    data = _signed(key, _rows([_line(project(0))]), schema=CURRENT_SCHEMA + 1)
    with pytest.raises(IzsaError) as e:
        verify_bundle(data, trust_for(key), allow_training=False)
    assert e.value.code == "bundle_schema_newer" and e.value.params["supported"] == CURRENT_SCHEMA


def test_schema_0_upgraded_to_1(key):
    p = project(0)
    old = {
        k: v
        for k, v in p.items()
        if k
        not in (
            "title_tr",
            "title_en",
            "sdg_goals",
            "budget_kurus",
            "who_themes",
            "review_state",
            "review_comment",
        )
    }
    old.update(title="Eski başlık", sdgs=[3, 4, 11], budget_tl="1250.50")
    rows = {"records": [_line(old)], "tombstones": [], "audit": [{"action": "pilot"}]}
    v = verify_bundle(_signed(key, rows, schema=0), trust_for(key), allow_training=False)
    got = v.content.records[0].values
    assert v.upgraded_from == 0
    assert got["title_tr"] == "Eski başlık" and got["title_en"] == "" and got["sdg_goals"] == [3, 4, 11]
    assert got["budget_kurus"] == 125050 and got["who_themes"] == [] and got["review_state"] == "draft"


@pytest.mark.parametrize("budget", ["12.345", "abc", 12.5, "NaN", "Infinity"])
def test_schema_0_bad_money_rejected_with_line(key, budget):
    old = {
        **{k: v for k, v in project(0).items() if k not in ("title_tr", "budget_kurus")},
        "title": "x",
        "budget_tl": budget,
    }
    rows = {"records": [_line(old)], "tombstones": [], "audit": []}
    with pytest.raises(IzsaError) as e:
        verify_bundle(_signed(key, rows, schema=0), trust_for(key), allow_training=False)
    assert e.value.code == "bundle_record_invalid" and e.value.params["line"] == 1


def test_schema_0_with_unknown_field_rejected(key):
    old = {**project(0), "title": "x", "mystery": 1}
    rows = {"records": [_line(old)], "tombstones": [], "audit": []}
    with pytest.raises(IzsaError) as e:
        verify_bundle(_signed(key, rows, schema=0), trust_for(key), allow_training=False)
    assert e.value.code == "bundle_record_invalid"


def test_counts_must_match_signed_counts(key):
    rows = _rows([_line(project(0))])
    bad = {"records": 2, "tombstones": 0, "audit": 0, "key_events": 0, "reviews": 0, "attachments": 0}
    with pytest.raises(IzsaError) as e:
        verify_bundle(_signed(key, rows, counts=bad), trust_for(key), allow_training=False)
    assert e.value.code == "bundle_counts_mismatch"


def test_signature_covers_manifest_not_just_body(key):
    data = make_bundle(key)
    env, body = split_frame(data)
    pub, payload = open_envelope(env)
    assert hashlib.sha256(bytes(body)).hexdigest() in payload.decode()
    assert len(data) == HEADER.size + len(env) + len(body)
