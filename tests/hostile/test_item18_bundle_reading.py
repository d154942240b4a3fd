"""Item 18: a bundle file is read only as far as its frame allows: an unsigned or foreign file of up to
1 GiB is refused without being read into memory (sparse files: no disk space used)."""

import struct
import tracemalloc

import pytest

from izsa_desktop.bundle import framing
from izsa_desktop.core.errors import IzsaError
from izsa_desktop.services.bundles_import import verify_file
from izsa_desktop.services.workspace import init_workspace

GIB = 1 << 30


def _sparse(path, head: bytes, size: int):
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


@pytest.fixture
def central(tmp_path):
    ws = init_workspace(tmp_path / "c.sqlite", "central", "", "İzmir BB", "Mehmet")
    yield ws
    ws.close()


def _refused_with_little_memory(ws, path) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(IzsaError) as e:
            verify_file(ws, path)
        _cur, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, peak  # the whole file would be ~1 GiB
    return e.value.code


def test_unsigned_gib_file_is_not_read(central, tmp_path):
    p = _sparse(tmp_path / "junk.izsa", b"PK\x03\x04 not a bundle", GIB - 1)
    assert _refused_with_little_memory(central, p) == "bundle_not_a_bundle"


def test_bad_signature_before_a_gib_body_is_not_read(central, tmp_path):
    env = b'{"payload":"","payloadType":"x","signatures":[]}'
    head = framing.HEADER.pack(framing.MAGIC, framing.FORMAT_VERSION, len(env)) + env
    p = _sparse(tmp_path / "forged.izsa", head, GIB - 1)
    assert _refused_with_little_memory(central, p) == "bundle_envelope_invalid"


def test_signed_by_an_unknown_key_with_a_gib_body_is_not_read(central, tmp_path):
    import sys

    from izsa_desktop.bundle import generate_private_key
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "bundle"))
    from helpers import make_bundle  # noqa: E402

    real = make_bundle(generate_private_key())  # valid signature, key not registered at central
    (env_len,) = struct.unpack_from(">I", real, 10)
    p = _sparse(tmp_path / "foreign.izsa", real[: 14 + env_len], GIB - 1)
    code = _refused_with_little_memory(central, p)
    assert code == "key_unknown"

