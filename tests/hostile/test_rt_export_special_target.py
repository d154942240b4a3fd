"""Red team 6: ``export --out /dev/full`` exited 0: services/safe_write.py made its temp file beside the
target and ``os.replace``d it over the device node (as root), instead of refusing a target that is not a
file. The same happened to bundles, datasets and public keys, for any FIFO, device or socket, and for a
symlink leading to one.

Now safe_write refuses a target that exists and is not a regular file, or a symlink that leads to one
(``file_target_not_regular``), before anything is written, and checks again just before the rename.
Kept on purpose: a symlink that leads to a regular file is replaced itself, its target never written
(test_item16). Tested with a FIFO, a folder and a symlink to a FIFO in tmp_path (never /dev), real
workspaces, keys and signatures, and the real CLI.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from .cli_run import assert_clean_refusal, run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.core.errors import IzsaError  # noqa: E402
from izsa_desktop.services import safe_write  # noqa: E402
from izsa_desktop.services.bundles_dataset import export_dataset  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_io import write_atomic  # noqa: E402
from izsa_desktop.services.export import ExportOptions, ExportQuery, run_export  # noqa: E402
from izsa_desktop.services.keys import KeyService  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks (POSIX)")
REFUSED = {"file_target_not_regular", "export_write_failed"}  # (a folder export: "is a directory", as before)


def _specials(folder: Path) -> dict[str, Path]:
    """A FIFO, a folder and a symlink to a FIFO: the stand-ins for /dev/full and friends."""
    folder.mkdir(exist_ok=True)
    fifo, sub, link = folder / "pipe.out", folder / "folder.out", folder / "link.out"
    os.mkfifo(fifo)
    sub.mkdir()
    os.mkfifo(folder / "target-pipe")
    link.symlink_to(folder / "target-pipe")
    return {"fifo": fifo, "folder": sub, "symlink to a FIFO": link}


def _untouched(folder: Path, targets: dict[str, Path]) -> None:
    assert stat.S_ISFIFO(os.lstat(targets["fifo"]).st_mode), "the FIFO was replaced"
    assert stat.S_ISDIR(os.lstat(targets["folder"]).st_mode) and not any(targets["folder"].iterdir())
    assert os.path.islink(targets["symlink to a FIFO"]), "the symlink was replaced"
    assert stat.S_ISFIFO(os.stat(targets["symlink to a FIFO"]).st_mode)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []  # no temp file left


def _refused(fn, target: Path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(IzsaError) as e:
        fn(target)
    assert e.value.code in REFUSED, e.value.code
    return e.value.code


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx"])
def test_a_report_export_refuses_a_special_target(central_ws, tmp_path, fmt):
    out = tmp_path / "out"
    targets = _specials(out)
    codes = {name: _refused(lambda p: run_export(central_ws, ExportQuery(), ExportOptions(fmt, str(p))), t)
             for name, t in targets.items()}
    assert codes["fifo"] == codes["symlink to a FIFO"] == "file_target_not_regular"
    _untouched(out, targets)
    run_export(central_ws, ExportQuery(), ExportOptions(fmt, str(out / f"ok.{fmt}")))  # a plain name still works
    assert (out / f"ok.{fmt}").stat().st_size > 0


def test_bundle_dataset_and_public_key_refuse_a_special_target(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    add_projects(bor, 2)
    out = tmp_path / "out"
    targets = _specials(out)
    for name, t in targets.items():
        for write in (lambda p: export_district_bundle(bor, p, PASS),
                      lambda p: export_dataset(cen, p, PASS),
                      lambda p: write_atomic(p, KeyService(cen).export_public())):
            assert _refused(write, t) == "file_target_not_regular", name
    _untouched(out, targets)
    # nothing was used up by the refusals: the next bundle is still number 1, and it imports
    r = export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    assert r.seq == 1


def test_a_symlink_to_a_regular_file_is_replaced_not_followed(tmp_path):
    """The kept behaviour, beside the refusals: the link itself is replaced, its target never written."""
    cen = central(tmp_path)
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(IzsaError):
        write_atomic(tmp_path / "pipe", b"x")
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    link = tmp_path / "central.pub"
    link.symlink_to(victim)
    write_atomic(link, KeyService(cen).export_public())
    assert victim.read_bytes() == b"keep me" and not link.is_symlink() and link.stat().st_size > 0


def test_a_fifo_put_in_place_while_writing_is_not_replaced(tmp_path):
    """The check is made again just before the rename: a FIFO that appears at the target while the file
    is being written stays, and the temp file is removed."""
    target = tmp_path / "report.csv"
    with pytest.raises(IzsaError) as e:
        with safe_write.replacing(target) as fh:
            fh.write(b"a;b\n")
            os.mkfifo(target)
    assert e.value.code == "file_target_not_regular"
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_cli_export_to_a_fifo_is_refused_in_one_translated_line(tmp_path):
    """The red team's command (``--out /dev/full``) with a FIFO and a symlink to a FIFO instead."""
    db = tmp_path / "c.sqlite"
    assert run_cli("init", "--db", str(db), "--role", "central").returncode == 0
    assert run_cli("keys", "init", "--db", str(db), env={"IZSA_PASSPHRASE": PASS}).returncode == 0
    targets = _specials(tmp_path / "out")
    for lang, words in (("en", "is not an ordinary file"), ("tr", "normal bir dosya değil")):
        for name in ("fifo", "symlink to a FIFO"):
            line = assert_clean_refusal(run_cli("export", "--db", str(db), "--format", "pdf", "--out",
                                                str(targets[name]), lang=lang))
            assert words in line and str(targets[name]) in line, line
    line = assert_clean_refusal(run_cli("keys", "export-public", "--db", str(db), "--out", str(targets["fifo"])))
    assert "is not an ordinary file" in line, line
    _untouched(tmp_path / "out", targets)
