"""Item 16: bundles, datasets and public keys were written through the predictable temp name
``.<name>.<pid>.tmp``, opened with a plain ``open(..., "wb")`` that follows a symlink planted there (the
bundle went into the victim file, and the symlink was then renamed over the target); exports with personal
data (``--include-personal``) were forced to 0644.

Now every such file goes through one exclusive temp file in the target folder (services/safe_write.py:
mkstemp, written through its descriptor, fsync, os.replace). A planted symlink is never followed; files
with personal data (bundles, datasets, --include-personal exports, case studies with contacts) are 0600;
others 0666 minus the umask. Real workspaces, keys, signatures; modes read with os.stat.
"""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.core.model import Project  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset, import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file  # noqa: E402
from izsa_desktop.services.bundles_io import write_atomic  # noqa: E402
from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402
from izsa_desktop.services.projects import ProjectService  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks and POSIX modes")
VICTIM = b"precious: must never be overwritten\n"


@pytest.fixture(autouse=True)
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _plant(target: Path, victim: Path) -> Path:
    """A symlink at the old predictable temp name of ``target`` pointing at ``victim``."""
    victim.write_bytes(VICTIM)
    link = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    link.symlink_to(victim)
    return link


def _mode(p: Path) -> int:
    st = os.lstat(p)
    assert stat.S_ISREG(st.st_mode), f"{p} is not a regular file"
    return stat.S_IMODE(st.st_mode)


def _no_temp_left(folder: Path, name: str) -> None:
    assert [p.name for p in folder.iterdir() if p.name.startswith(f".{name}.") and p.name.endswith(".part")] == []


def test_bundle_and_dataset_ignore_a_planted_symlink_and_are_owner_only(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    add_projects(bor, 3)
    out = tmp_path / "b1.izsa"
    _plant(out, tmp_path / "victim1")
    export_district_bundle(bor, out, PASS)
    assert (tmp_path / "victim1").read_bytes() == VICTIM
    assert _mode(out) == 0o600  # a district bundle carries contact persons
    _no_temp_left(tmp_path, out.name)
    pre, res = import_file(cen, out)  # the real, signed bundle is where it belongs
    assert res is not None and len(pre.plan.entries) == 3

    ds = tmp_path / "ds.izsa"
    _plant(ds, tmp_path / "victim2")
    export_dataset(cen, ds, PASS, personal_data=True)
    assert (tmp_path / "victim2").read_bytes() == VICTIM and _mode(ds) == 0o600
    _no_temp_left(tmp_path, ds.name)
    pre, _ = import_dataset_file(bor, ds)
    assert pre is not None


def test_public_key_file_ignores_a_planted_symlink(tmp_path):
    cen = central(tmp_path)
    pub = KeyService(cen).export_public()
    out = tmp_path / "central.pub"
    _plant(out, tmp_path / "victim")
    write_atomic(out, pub)
    assert (tmp_path / "victim").read_bytes() == VICTIM
    assert out.read_bytes() == pub and _mode(out) == 0o644  # public: 0666 minus the umask
    _no_temp_left(tmp_path, out.name)


def test_symlink_at_the_target_is_replaced_not_followed(tmp_path):
    cen = central(tmp_path)
    out = tmp_path / "central.pub"
    (tmp_path / "victim").write_bytes(VICTIM)
    out.symlink_to(tmp_path / "victim")
    write_atomic(out, KeyService(cen).export_public())
    assert (tmp_path / "victim").read_bytes() == VICTIM and not out.is_symlink()


@pytest.fixture
def ws(central_ws):
    p = Project(district="karsiyaka", title_tr="Kişisel verili proje", status="ongoing",
                start_date=date(2024, 3, 1), sdg_primary=11, sdg_goals=[11], lat=38.46, lon=27.1,
                contact_name="Ayşe Gül Öztürk", contact_phone="+90 232 000 00 00")
    ProjectService(central_ws, source="test").save(p)
    central_ws.extra["id"] = p.id
    return central_ws


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "geojson"])
def test_personal_exports_are_owner_only(ws, tmp_path, fmt):
    private, public = tmp_path / f"personal.{fmt}", tmp_path / f"plain.{fmt}"
    run_export(ws, ExportQuery(), ExportOptions(fmt, str(private), include_personal=True))
    run_export(ws, ExportQuery(), ExportOptions(fmt, str(public)))
    if fmt != "xlsx":  # (the XLSX is zipped)
        assert "Öztürk" in private.read_text(encoding="utf-8-sig")
    assert _mode(private) == 0o600
    assert _mode(public) == 0o644
    _no_temp_left(tmp_path, private.name)


def test_case_study_with_contacts_is_owner_only(ws, tmp_path):
    out = tmp_path / "case.pdf"
    run_export(ws, ExportQuery(), ExportOptions("pdf", str(out), include_personal=True, case_study=ws.extra["id"]))
    assert _mode(out) == 0o600 and _mode(out.with_suffix(".json")) == 0o600
    assert "Öztürk" in out.with_suffix(".json").read_text(encoding="utf-8")
    plain = tmp_path / "plain.pdf"
    run_export(ws, ExportQuery(), ExportOptions("pdf", str(plain), case_study=ws.extra["id"]))
    assert _mode(plain) == 0o644 and _mode(plain.with_suffix(".json")) == 0o644


def test_restrictive_umask_is_respected(ws, tmp_path):
    os.umask(0o077)
    out = tmp_path / "plain.csv"
    run_export(ws, ExportQuery(), ExportOptions("csv", str(out)))
    assert _mode(out) == 0o600  # never looser than the user asked for


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs POSIX symlinks")
def test_tile_cache_ignores_a_planted_symlink(tmp_path):
    from izsa_desktop.map.tilecache import OnlineLayer, TileCache

    png = b"\x89PNG\r\n\x1a\n" + b"tile"
    cache = TileCache(tmp_path / "cache", OnlineLayer("https://t.invalid/{z}/{x}/{y}.png", "x", enabled=True),
                      fetch=lambda url: png, online=True)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    target = cache._path(3, 4, 5)
    target.parent.mkdir(parents=True)
    os.symlink(victim, target.with_suffix(f".{os.getpid()}.tmp"))  # the name the cache used to write
    assert cache.get(3, 4, 5) == png
    assert victim.read_text(encoding="utf-8") == "keep"
    assert target.read_bytes() == png
