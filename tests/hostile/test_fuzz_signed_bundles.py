"""Issue "Trust": the hostile-bundle fuzzer (hypothesis), a bounded number of examples in the suite.

Bundles validly signed by Bornova's registered key carry generated records, tombstones, reviews, audit
rows and attachments (random and adversarial values, other districts' ids, extreme numbers, huge lists,
odd Unicode; see ``fuzz_bundles.py``). Invariant after each: refused with a worded ``IzsaError`` (the
database unchanged) or applied; the database passes ``check_workspace`` and the SQL checks over the file
(integrity, foreign keys, JSON columns, orphans); a dataset exported right after imports cleanly at every
district; the PDF report and the XLSX export render.

Profiles: ``izsa-ci`` (default, 20 examples, ~30 s here), ``izsa-soak`` (IZSA_FUZZ_PROFILE=izsa-soak;
the benchmark runner's ``bench_fuzz`` runs the longer soak and reports refusals by code).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fuzz_bundles import World, bundle_specs, run_one

settings.register_profile("izsa-ci", max_examples=20, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("izsa-soak", max_examples=1000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("IZSA_FUZZ_PROFILE", "izsa-ci")

_WORLD: World | None = None


def _world() -> World:
    global _WORLD
    if _WORLD is None:
        _WORLD = World.build(Path(tempfile.mkdtemp(prefix="izsa-fuzz-world-")))
    return _WORLD


@settings(settings.get_profile(PROFILE))
@given(data=st.data())
def test_signed_hostile_bundles_are_refused_or_applied_cleanly(data) -> None:  # type: ignore[no-untyped-def]
    world = _world()
    spec = data.draw(bundle_specs(world))
    with tempfile.TemporaryDirectory(prefix="izsa-fuzz-") as tmp:
        run_one(world, Path(tmp), spec)
