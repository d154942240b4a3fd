"""Red team, finding 5 (MEDIUM): unchecked currency and free-text lengths.

``currency`` was any string up to 100,000 characters and each distinct value adds a budget column to
every export row: 10 records with 100k-character currencies (a 1 MB bundle) gave a 19 MB GeoJSON and a
17 s PDF; 1,000 short distinct currencies an 80 MB GeoJSON. Now ``validate`` (the form and every bundle
import) takes only an ISO 4217 alphabetic code in current use (``resources/data/iso4217_currencies.json``)
and caps every free-text field (``validation.TEXT_MAX``). Real keys, real signatures, real SQLite files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bundle.helpers import UUIDS, make_bundle, project  # noqa: E402
from test_bundle_helpers import PASS, central, district  # noqa: E402

from izsa_desktop.bundle import BundleContent, RecordChange  # noqa: E402
from izsa_desktop.core import validation  # noqa: E402
from izsa_desktop.core.errors import (
    IzsaError,  # noqa: E402
    ValidationError,  # noqa: E402
)
from izsa_desktop.core.model import project_from_dict  # noqa: E402
from izsa_desktop.core.validation import TITLE_MAX, validate  # noqa: E402
from izsa_desktop.services.bundles_import import db_content_hash, import_file  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402


def _bundle(key, values: list[dict]) -> bytes:  # type: ignore[no-untyped-def]
    recs = tuple(RecordChange(v["id"], "bornova", 0, 0, v) for v in values)
    return make_bundle(key, seq=1, district="bornova", content=BundleContent(records=recs))


def _refused(tmp_path, values: list[dict]) -> IzsaError:  # type: ignore[no-untyped-def]
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    data = _bundle(KeyService(bor).private_key(PASS), values)
    before = db_content_hash(cen)
    with pytest.raises(IzsaError) as e:
        import_file(cen, data)
    assert db_content_hash(cen) == before
    return e.value


def test_ten_records_with_100k_character_currencies_are_refused(tmp_path):
    values = [project(i, currency=f"{i:04d}" + "Q" * 99_996) for i in range(10)]
    e = _refused(tmp_path, values)
    assert (e.code, e.params["field"], e.params["id"]) == ("bundle_value_invalid", "currency", UUIDS[0])
    assert len(e.params["value"]) <= 80  # the message shows a short excerpt, not 100k characters


def test_many_short_distinct_currencies_are_refused(tmp_path):
    values = [project(i, currency=f"X{i:06d}" + "Q" * 50) for i in range(200)]
    e = _refused(tmp_path, values)
    assert (e.code, e.params["field"]) == ("bundle_value_invalid", "currency")


@pytest.mark.parametrize("cur", ["eur", "EURO", "E", "", "ABC", "XTS", "XXX", "TR₺", " TRY", "TRL"])
def test_only_current_iso_4217_codes_are_valid(cur):
    errors = validate(project_from_dict(project(0, currency=cur)), warnings=False).errors
    assert [(i.code, i.field) for i in errors] == [("currency_unknown", "currency")]


def test_real_codes_are_valid_and_the_list_is_iso_4217():
    codes = validation.currencies()
    assert {"TRY", "EUR", "USD", "GBP", "CHF", "JPY"} <= codes and 150 <= len(codes) <= 200
    assert all(len(c) == 3 and c.isascii() and c.isupper() for c in codes)
    for cur in ("TRY", "EUR", "USD"):
        assert validate(project_from_dict(project(0, currency=cur)), warnings=False).errors == []


def test_a_valid_eur_record_still_imports(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    pre, _ = import_file(cen, _bundle(KeyService(bor).private_key(PASS), [project(3, currency="EUR")]))
    assert pre.counts()["new"] == 1


# every free-text field of the record (title_tr has its own TITLE_MAX / title_too_long)
FREE_TEXT = ("title_en", "purpose", "summary", "responsible_unit", "contact_name", "contact_role",
             "contact_phone", "contact_email", "strategic_plan_goal", "target_groups_other", "neighbourhood",
             "address", "collab_sought", "keywords", "notes", "review_comment")


def test_the_cap_table_covers_every_free_text_field():
    assert set(getattr(validation, "TEXT_MAX", {})) == set(FREE_TEXT)


@pytest.mark.parametrize("field", FREE_TEXT)
def test_every_free_text_field_is_capped(field):
    limit = validation.TEXT_MAX[field]
    at_limit = "a" * (limit - len("@x.org")) + "@x.org" if field == "contact_email" else "a" * limit
    assert validate(project_from_dict(project(0, **{field: at_limit})), warnings=False).errors == []
    errors = validate(project_from_dict(project(0, **{field: at_limit + "a"})), warnings=False).errors
    assert [(i.code, i.field, i.params) for i in errors] == [("text_too_long", field, {"max": limit})]


def test_long_summary_in_a_signed_bundle_is_refused(tmp_path):
    e = _refused(tmp_path, [project(4, summary="Ö" * (validation.TEXT_MAX["summary"] + 1))])
    assert (e.code, e.params["field"], e.params["problem"]) == ("bundle_value_invalid", "summary", "text_too_long")


def test_the_form_save_path_refuses_them_too(central_ws):
    svc = ProjectService(central_ws)
    p = project_from_dict(project(5, currency="Q" * 100_000))
    with pytest.raises(ValidationError):
        svc.save(p)
    p = project_from_dict(project(5, title_en="t" * (TITLE_MAX + 1)))
    with pytest.raises(ValidationError):
        svc.save(p)
