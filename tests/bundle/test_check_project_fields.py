"""The record shape check names the first bad field (in field order), whichever fields are bad."""

from __future__ import annotations

import pytest

from izsa_desktop.bundle.content import _FIELD_CHECKS, check_project
from izsa_desktop.bundle.strictjson import loads
from izsa_desktop.core.errors import IzsaError

from .helpers import project

BAD = {"str": 5, "bool": 1, "int?": 1.5, "float?": "x", "dict?": [], "date": "2024-1-1", "ints": [True],
       "strs": ["a", 1], "dicts": [{"a": 1}]}


def _kind(field: str) -> str:
    from izsa_desktop.bundle.content import _KINDS

    return _KINDS[field]


@pytest.mark.parametrize("i", range(len(_FIELD_CHECKS)))
def test_first_bad_field_is_named(i: int) -> None:
    names = [k for k, _ in _FIELD_CHECKS]
    d = project(1)
    d[names[i]] = BAD[_kind(names[i])]
    for later in names[i + 1 :: 7]:  # and some later fields bad too
        d[later] = BAD[_kind(later)]
    with pytest.raises(IzsaError) as e:
        check_project(d, entry="records.jsonl", line=3)
    assert e.value.params["field"] == names[i] and e.value.params["line"] == 3


def test_good_record_passes_and_duplicate_keys_still_refused() -> None:
    assert check_project(project(2), entry="records.jsonl", line=1)["id"]
    with pytest.raises(IzsaError):
        loads(b'{"a":1,"b":2,"a":3}', entry="x")
    assert loads(b'{"a":1,"b":{"a":2}}', entry="x") == {"a": 1, "b": {"a": 2}}
