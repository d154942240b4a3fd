"""Red team 7: the CLI hung or blew up its memory on special files, and some command-line values ended in
"Unexpected error".

* ``keys register --public-key /dev/zero`` grew to 3 GB in 15 s: ``read_file`` checked ``st_size`` (0 for
  a device) and then read without a limit. With a FIFO, ``keys register``, ``--passphrase-file`` and
  ``bundle verify``/``import`` (and a dataset import) hung in ``open()``.
* ``conflicts resolve 99999999999999999999999`` said "Python int too large to convert to SQLite INTEGER",
  ``--value '[[[[…'`` "maximum recursion depth exceeded"; other numbers went through unchecked
  (``move --batch -1`` made a copy that failed its verification, ``joint --threshold nan`` ran).

Now every file named by a person is read through ``core/safe_read.py`` (stat, non-blocking open, fstat:
regular files only; a hard byte cap that does not trust ``st_size``), numbers are range-checked by the
parser, and ``--value`` is read by the bundles' strict JSON reader: all refusals are one translated line.
FIFOs are real (os.mkfifo in tmp_path); /dev/zero is only read under an address-space limit.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import izsa_desktop
from izsa_desktop.core.errors import IzsaError

from .cli_run import assert_clean_refusal, run_cli, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.services.bundles_dataset import import_dataset_file  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import verify_file  # noqa: E402
from izsa_desktop.services.bundles_io import read_file  # noqa: E402
from izsa_desktop.services.concurrency_bundles import import_bundle  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs (POSIX)")
TREE = Path(izsa_desktop.__file__).resolve().parents[1]  # the tree under test, for the subprocesses
GIB = 1 << 30


def _fifos(folder: Path) -> tuple[Path, Path]:
    fifo, link = folder / "pipe.izsa", folder / "link.izsa"
    os.mkfifo(fifo)
    link.symlink_to(fifo)
    return fifo, link


def _refused_at_once(fn, fifo: Path) -> str:  # type: ignore[no-untyped-def]
    """``fn()`` must end with an IzsaError within seconds; a call stuck in open() on the FIFO is freed
    (a writer opens and closes it) and the test fails."""
    box: dict = {}

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001
            box["error"] = exc

    th = threading.Thread(target=run, daemon=True)
    th.start()
    th.join(15)
    if th.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # the reader's open() returns, then EOF
        th.join(15)
        pytest.fail("hung opening a FIFO")
    err = box.get("error")
    assert isinstance(err, IzsaError), err
    return err.code


def test_bundle_and_dataset_reading_refuse_a_fifo_at_once(tmp_path):
    cen = central(tmp_path)
    bor = district(tmp_path, "bornova", cen)
    add_projects(bor, 2)
    fifo, link = _fifos(tmp_path)
    for path in (fifo, link):
        for fn in (lambda p=path: verify_file(cen, p),
                   lambda p=path: import_bundle(cen, p),  # the CLI's locked import
                   lambda p=path: import_dataset_file(bor, p)):
            assert _refused_at_once(fn, fifo) == "file_not_regular"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    # a real bundle still goes through
    export_district_bundle(bor, tmp_path / "b1.izsa", PASS)
    assert verify_file(cen, tmp_path / "b1.izsa").manifest.seq == 1


def test_a_device_is_not_read_as_a_bundle(tmp_path):
    cen = central(tmp_path)
    with pytest.raises(IzsaError) as e:
        verify_file(cen, Path("/dev/zero"))
    assert e.value.code == "file_not_regular"


def test_small_files_are_capped_whatever_their_size_says():
    """/proc files are regular files whose st_size is 0: the cap must count the bytes actually read."""
    maps = Path("/proc/self/maps")
    if not maps.exists() or maps.stat().st_size != 0:
        pytest.skip("needs Linux /proc")
    with pytest.raises(IzsaError) as e:
        read_file(maps, limit=64)
    assert e.value.code == "file_too_large" and e.value.params["limit"] == 64


def _limited(gib: int = 1):  # type: ignore[no-untyped-def]
    """preexec_fn: an address-space limit, so that an unbounded read fails fast instead of eating the
    machine (the old code grew to 3 GB in 15 s)."""
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (gib * GIB, gib * GIB))
    return apply


def test_dev_zero_is_refused_without_reading_it():
    code = ("from izsa_desktop.core.errors import IzsaError\n"
            "from izsa_desktop.services.bundles_io import read_file\n"
            "try:\n    read_file('/dev/zero', limit=4096)\nexcept IzsaError as e:\n    print(e.code)\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=TREE, capture_output=True, timeout=60,
                       preexec_fn=_limited())
    assert r.returncode == 0 and text(r.stdout).strip() == "file_not_regular", text(r.stderr)[-400:]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    d = tmp_path_factory.mktemp("rt7")
    c = d / "c.sqlite"
    assert run_cli("init", "--db", str(c), "--role", "central", cwd=TREE).returncode == 0
    assert run_cli("keys", "init", "--db", str(c), env={"IZSA_PASSPHRASE": PASS}, cwd=TREE).returncode == 0
    os.mkfifo(d / "fifo")
    return d


FILE_CASES = {
    "bundle verify FIFO": ["bundle", "verify", "{d}/fifo", "--db", "{d}/c.sqlite"],
    "bundle import FIFO": ["bundle", "import", "{d}/fifo", "--db", "{d}/c.sqlite"],
    "keys register FIFO": ["keys", "register", "--db", "{d}/c.sqlite", "--district", "karsiyaka",
                           "--public-key", "{d}/fifo", "--fingerprint", "X"],
    "passphrase file FIFO": ["keys", "rotate", "--db", "{d}/c.sqlite", "--passphrase-file", "{d}/fifo"],
    "keys register /dev/zero": ["keys", "register", "--db", "{d}/c.sqlite", "--district", "karsiyaka",
                                "--public-key", "/dev/zero", "--fingerprint", "X"],
}


@pytest.mark.parametrize("name", sorted(FILE_CASES))
def test_cli_refuses_special_files_in_one_translated_line(ws, name):
    args = [a.replace("{d}", str(ws)) for a in FILE_CASES[name]]
    for lang, words in (("en", "is not an ordinary file"), ("tr", "normal bir dosya değil")):
        line = assert_clean_refusal(run_cli(*args, lang=lang, cwd=TREE, preexec_fn=_limited()))
        assert words in line, line


DEEP = "[" * 3000
VALUE_CASES = {  # argv, English words, Turkish words
    "conflict id beyond SQLite": (["conflicts", "resolve", "9" * 23, "--take", "central"],
                                  "is out of range", "aralığın dışında"),
    "negative conflict id": (["conflicts", "resolve", "-" + "9" * 23, "--take", "central"],
                             "is out of range", "aralığın dışında"),
    "--value nested past the recursion limit": (["conflicts", "resolve", "1", "--take", "edit", "--value", DEEP],
                                                "is refused", "reddedildi"),
    "--value nested 40 deep": (["conflicts", "resolve", "1", "--take", "edit", "--value", "[" * 40 + "]" * 40],
                               "is refused", "reddedildi"),
    "move --batch -1": (["move", "--from", "{d}/c.sqlite", "--to", "{d}/copy.sqlite", "--batch", "-1"],
                        "is out of range", "aralığın dışında"),
    "similar --limit -5": (["similar", "--project", "x", "--limit", "-5"], "is out of range", "aralığın dışında"),
    "joint --threshold nan": (["joint", "--threshold", "nan"], "is out of range", "aralığın dışında"),
    "demo-data --count 10**20": (["demo-data", "--count", "1" + "0" * 20], "is too large", "çok büyük"),
}


@pytest.mark.parametrize("name", sorted(VALUE_CASES))
def test_cli_values_are_checked_in_one_translated_line(ws, name):
    argv, en, tr = VALUE_CASES[name]
    args = [a.replace("{d}", str(ws)) for a in argv]
    if "--from" not in args:
        args += ["--db", str(ws / "c.sqlite")]
    for lang, words, prefix in (("en", en, "Error:"), ("tr", tr, "Hata:")):
        line = assert_clean_refusal(run_cli(*args, lang=lang, cwd=TREE))
        assert line.startswith(prefix) and words in line and "Unexpected" not in line, line
    assert not (ws / "copy.sqlite").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_map_pack_install_refuses_a_fifo_at_once(tmp_path):
    from izsa_desktop.map.packstore import PackStore

    fifo, link = _fifos(tmp_path)
    store = PackStore(tmp_path / "packs")
    for path in (fifo, link):
        assert _refused_at_once(lambda p=path: store.install(p), fifo) in ("file_not_regular", "not_mbtiles")


def test_conflict_edit_of_a_deeply_nested_value_stays_text():
    from izsa_desktop.ui.bundles.conflicts import parse_value

    deep = "[" * 100_000 + "]" * 100_000
    assert parse_value(deep, [1]) == deep  # not a RecursionError out of the dialog
    assert parse_value("[1, 2]", [1]) == [1, 2]
