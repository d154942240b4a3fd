"""Item 18: no CLI input ends in a Python traceback. Bad paths, folders instead of files, zero-byte and
garbage files, missing arguments, unknown districts and non-UTF-8 file names: every case exits non-zero
with one translated line on stderr."""

import os

import pytest

from .cli_run import assert_clean_refusal, run_cli

_BAD_NAME = os.fsdecode(b"\xff\xfe-bozuk.sqlite")  # not UTF-8: Python keeps it as surrogates


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("fuzz")
    (d / "zero.sqlite").write_bytes(b"")
    (d / "garbage.sqlite").write_bytes(os.urandom(3000))
    (d / "garbage.izsa").write_bytes(b"IZSA\x89BDL" + os.urandom(500))
    (d / "zero.izsa").write_bytes(b"")
    (d / "folder").mkdir()
    assert run_cli("init", "--db", str(d / "ok.sqlite"), "--role", "central").returncode == 0
    return d


# Inputs the code before the fix already refused cleanly (a missing file, an unknown district, a garbage
# bundle ...) are guarded in tests/test_cli_guards.py; these are the ones that broke.
CASES = {
    "missing --db": ["check"],
    "missing sub-command": ["projects"],
    "bad int": ["demo-data", "--db", "{d}/ok.sqlite", "--count", "many"],
    "folder as workspace": ["check", "--db", "{d}/folder"],
    "zero-byte workspace": ["projects", "list", "--db", "{d}/zero.sqlite"],
    "unknown database kind": ["check", "--db", "nosuchdb://user:hunter2@host/db"],
    "unknown sub-command": ["frobnicate"],  # the entry point hands any positional word to the CLI
    "unknown sub-command after a window option": ["--demo", "frobnicate"],
    "unknown window option": ["--frobnicate"],  # the window's own parser words its errors the same way
    "bad window option value": ["--seed", "many"],
}


EXPECT = {  # where the wording itself was the bug
    "zero-byte workspace": "The file is empty (0 bytes): it is not an İZSA workspace and was left as it is",
    "folder as workspace": "This is a folder, not a workspace file",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_bad_input_is_one_translated_line(files, name):
    args = [a.replace("{d}", str(files)) for a in CASES[name]]
    for lang, word in (("en", "Error"), ("tr", "Hata")):
        line = assert_clean_refusal(run_cli(*args, lang=lang))
        assert line.startswith(word + ":"), line
        assert "hunter2" not in line
        if lang == "en" and name in EXPECT:
            assert EXPECT[name] in line, line
    assert (files / "zero.sqlite").stat().st_size == 0  # a zero-byte file is never rebuilt as a workspace


def test_window_options_are_parsed_without_loading_the_cli_or_qt():
    """The translated refusal of a bad window option costs nothing on a good start: neither the CLI nor
    PySide6 is imported to parse ``--db x --lang tr``."""
    import subprocess
    import sys

    code = ("import sys; from izsa_desktop import __main__ as m; p = m._gui_parser(m._GuiParser); "
            "p.argv = ['--db', 'x.sqlite', '--lang', 'tr']; a = p.parse_args(p.argv); "
            "assert a.db == 'x.sqlite' and a.lang == 'tr'; "
            "bad = [n for n in sys.modules if n.startswith(('izsa_desktop.cli', 'PySide6'))]; "
            "assert not bad, bad")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
