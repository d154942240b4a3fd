"""Item 18 (keys at rest): scrypt n=2^17 for new keys, 2^15 files still open, an edited cost or r/p is
refused before any derivation (no memory spent), one passphrase rule for every new key."""

import time

import pytest

from izsa_desktop.bundle import keys as K
from izsa_desktop.core.errors import IzsaError


@pytest.fixture(scope="module")
def key():
    return K.generate_private_key()


def test_new_keys_use_owasp_cost_and_legacy_keys_open(key):
    blob = K.encrypt_private_key(key, "uzun ve gizli bir parola")
    assert b"kdf: scrypt n=131072 r=8 p=1\n" in blob and K.kdf_cost(blob) == 1 << 17
    assert K.public_bytes(K.decrypt_private_key(blob, "uzun ve gizli bir parola")) == K.public_bytes(key)
    legacy = K.encrypt_private_key(key, "uzun ve gizli bir parola", scrypt_n=1 << 15)
    assert K.public_bytes(K.decrypt_private_key(legacy, "uzun ve gizli bir parola")) == K.public_bytes(key)


@pytest.mark.parametrize("edit", [b"n=1048576 r=8 p=1", b"n=262144 r=8 p=1"])  # r/p: tests/test_cli_guards.py
def test_edited_cost_is_refused_without_spending_memory(key, edit):
    blob = K.encrypt_private_key(key, "uzun ve gizli bir parola", scrypt_n=1 << 10)
    bad = blob.replace(b"n=1024 r=8 p=1", edit)
    t0 = time.perf_counter()
    with pytest.raises(IzsaError) as e:
        K.decrypt_private_key(bad, "uzun ve gizli bir parola")
    assert e.value.code == "key_file_invalid"
    assert time.perf_counter() - t0 < 0.05  # n=2^20 would take ~1 GiB and seconds


@pytest.mark.parametrize("pp, code", [("", "passphrase_empty"), ("x", "passphrase_too_short"),
                                      ("kısa123", "passphrase_too_short"), ("aaaaaaaaaaaa", "passphrase_too_simple"),
                                      ("abababababab", "passphrase_too_simple")])  # good ones: tests/test_cli_guards.py
def test_one_passphrase_rule(pp, code):
    assert K.passphrase_problem(pp) == code


def test_key_service_and_cli_refuse_a_one_character_passphrase(tmp_path):
    from izsa_desktop.services.keys import KeyService
    from izsa_desktop.services.workspace import init_workspace

    from .cli_run import assert_clean_refusal, run_cli

    ws = init_workspace(tmp_path / "k.sqlite", "district", "Bornova")
    try:
        with pytest.raises(IzsaError) as e:
            KeyService(ws).init("x")
        assert e.value.code == "passphrase_too_short"
    finally:
        ws.close()
    line = assert_clean_refusal(run_cli("keys", "init", "--db", str(tmp_path / "k.sqlite"),
                                        env={"IZSA_PASSPHRASE": "x"}, lang="tr"))
    assert "Parola çok kısa" in line and "10" in line
