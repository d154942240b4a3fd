"""The grouped duplicate detector gives exactly the pairs of the record-by-record rule.

``_reference`` is the straightforward implementation (every new record against every record of its
rare-word blocks, length window, then ``_title_similar``; places: every neighbouring cell): the
optimised ``find_likely_duplicates`` must agree with it on random, template-heavy data with typos,
spacing variants, several districts, shared points and dates, and records that are both new and old.
"""

from __future__ import annotations

import bisect
import difflib
import random
import uuid
from collections import Counter, defaultdict
from datetime import date

import pytest

from izsa_desktop.bundle import find_likely_duplicates
from izsa_desktop.bundle.duplicates import _CELL_DEG, NEAR_METRES, TITLE_RATIO, _metres
from izsa_desktop.core.text import fold_words


def _similar(x: str, y: str) -> bool:
    """The rule itself, without any bound: equal, equal without spaces, or difflib ratio."""
    if not x or not y:
        return False
    return (x == y or x.replace(" ", "") == y.replace(" ", "")
            or difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= TITLE_RATIO)


def _reference(records, existing=()):  # type: ignore[no-untyped-def]
    new = list(records)
    new_ids = {r["id"] for r in new}
    pool = new + [r for r in existing if r["id"] not in new_ids]
    pairs: dict[tuple[str, str], str] = {}

    def add(a, b, reason):  # type: ignore[no-untyped-def]
        if a["id"] == b["id"] or (a["id"] not in new_ids and b["id"] not in new_ids):
            return
        pairs.setdefault((min(a["id"], b["id"]), max(a["id"], b["id"])), reason)

    titles = [(fold_words(r.get("title_tr") or ""), r) for r in pool]
    df: Counter = Counter()
    for t, r in titles:
        df.update({(r.get("district", ""), w) for w in t.split()})
    blocks: dict = defaultdict(list)
    for t, r in titles:
        if not t:
            continue
        d = r.get("district", "")
        for w in sorted(set(t.split()), key=lambda w: (df[(d, w)], -len(w), w))[:2]:
            blocks[(d, w)].append((t, r))
    for group in blocks.values():
        group.sort(key=lambda t: len(t[0]))
        lengths = [len(t) for t, _ in group]
        for ti, a in group:
            if a["id"] not in new_ids:
                continue
            lo = bisect.bisect_left(lengths, (len(ti) - 2) / 1.2)
            hi = bisect.bisect_right(lengths, len(ti) * 1.2 + 2)
            for tj, b in group[lo:hi]:
                if b is not a and _similar(ti, tj):
                    add(a, b, "title")
    for a in new:
        for b in pool:
            if (a.get("lat") is None or a.get("lon") is None or not a.get("start_date") or b.get("lat") is None
                    or b.get("lon") is None or not b.get("start_date")):
                continue
            if (abs(int(a["lat"] // _CELL_DEG) - int(b["lat"] // _CELL_DEG)) <= 1
                    and abs(int(a["lon"] // _CELL_DEG) - int(b["lon"] // _CELL_DEG)) <= 1
                    and b is not a and a["start_date"] == b["start_date"] and _metres(a, b) <= NEAR_METRES):
                add(a, b, "place_and_date")
    return sorted(pairs.items())


WORDS = ["kent", "bahçe", "park", "yolu", "okul", "kıyı", "temizliği", "projesi", "İzmir", "gençlik", "a", "b"]
PLACES = ["Alsancak", "Göztepe", "Karşıyaka", "Bostanlı", "Çiğli", "Atakent", "Ab", "Ba"]


BASES = ["{p} kent bahçe projesi", "{p} kıyı temizliği", "gençlik park yolu {p}", "okul {p}", "{p}"]


def _title(rng: random.Random) -> str:
    if rng.random() < 0.6:  # templated, as the demo data and real registers are
        t = rng.choice(BASES).format(p=rng.choice(PLACES))
    else:
        words = rng.sample(WORDS, rng.randrange(0, 4)) + [rng.choice(PLACES)] * rng.randrange(0, 2)
        t = " ".join(rng.sample(words, len(words)))
    r = rng.random()
    if r < 0.15 and t:  # typo
        i = rng.randrange(len(t))
        t = t[:i] + rng.choice("aeıxz") + t[i + 1 :]
    elif r < 0.25:  # spacing/case/punctuation variants
        t = t.replace(" ", rng.choice(["", "  ", " - ", "."])).upper()
    return t


def _rec(rng: random.Random) -> dict:
    lat = 38.4 + rng.choice([0, 0.0002, 0.0004, 0.001, 0.0013, 0.003]) if rng.random() < 0.9 else None
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "district": rng.choice(["konak", "bornova", ""]),
        "title_tr": _title(rng),
        "lat": lat,
        "lon": 27.1 + rng.choice([0, 0.0003, 0.0009, 0.002]) if lat is not None else None,
        "start_date": rng.choice([None, "", date(2024, 1, 1).isoformat(), date(2024, 2, 1).isoformat()]),
    }


@pytest.mark.parametrize("seed", range(40))
def test_grouped_detector_equals_reference(seed: int) -> None:
    rng = random.Random(seed)
    new = [_rec(rng) for _ in range(rng.randrange(0, 60))]
    old = [_rec(rng) for _ in range(rng.randrange(0, 60))]
    old += rng.sample(new, min(len(new), 3))  # a record both incoming and stored is treated as new
    got = [((p.first_id, p.second_id), p.reason) for p in find_likely_duplicates(new, old)]
    assert got == _reference(new, old)


def test_length_window_still_applies_to_spacing_variants() -> None:
    # equal without spaces and sharing the rare word "zz", but outside the candidate length window
    filler = {"id": "f", "district": "d", "title_tr": "a b c d e"}
    a = {"id": "a", "district": "d", "title_tr": "a b c d e zz"}
    b = {"id": "b", "district": "d", "title_tr": "abcde zz"}
    assert _reference([a, b], [filler]) == []
    assert find_likely_duplicates([a, b], [filler]) == []
    a2 = {"id": "a", "district": "d", "title_tr": "a b zz"}
    b2 = {"id": "b", "district": "d", "title_tr": "ab zz"}
    want = [(("a", "b"), "title")]
    assert _reference([a2], [b2, filler]) == want
    assert [((p.first_id, p.second_id), p.reason) for p in find_likely_duplicates([a2], [b2, filler])] == want


def test_demo_titles_agree_with_reference() -> None:
    from izsa_desktop.core.model import project_to_dict
    from izsa_desktop.services import demo

    rng = random.Random(5)
    recs = [project_to_dict(demo.make_project(rng, rng.choice(["konak", "buca"]), date(2026, 1, 1)))
            for _ in range(300)]
    new, old = recs[:150], recs[150:]
    got = [((p.first_id, p.second_id), p.reason) for p in find_likely_duplicates(new, old)]
    ref = _reference(new, old)
    assert got == ref and any(r == "title" for _, r in ref)


def test_bounds_never_change_the_title_rule() -> None:
    from izsa_desktop.bundle.duplicates import _title_similar

    rng = random.Random(11)
    alphabet = "abcdefgh ıi"
    agree = accepted = 0
    for _ in range(20000):
        x = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        y = list(x)
        for _ in range(rng.randrange(0, 4)):  # a few edits: near the 0.92 threshold
            op, i = rng.randrange(3), rng.randrange(len(y) + 1)
            if op == 0:
                y.insert(i, rng.choice(alphabet))
            elif y and i < len(y):
                if op == 1:
                    del y[i]
                else:
                    y[i] = rng.choice(alphabet)
        yy = "".join(y)
        assert _title_similar(x, yy) == _similar(x, yy), (x, yy)
        agree += 1
        accepted += _similar(x, yy)
    assert agree == 20000 and 0 < accepted < 20000
