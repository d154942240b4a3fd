"""Keys at rest, public key files, fingerprints, pinning, revocation by seq, rotation chains, replay and
equivocation."""

from __future__ import annotations

import hashlib

import pytest

from izsa_desktop.bundle import (
    PinnedKey,
    SeenBundle,
    TrustState,
    apply_key_events,
    decrypt_private_key,
    encrypt_private_key,
    export_public_key,
    fingerprint,
    fingerprints_match,
    generate_private_key,
    import_public_key,
    public_bytes,
    sign_rotation,
    verify_bundle,
    verify_rotation_chain,
)
from izsa_desktop.bundle.framing import open_envelope, split_frame
from izsa_desktop.bundle.manifest import manifest_from_dict
from izsa_desktop.bundle.strictjson import loads
from izsa_desktop.core.errors import IzsaError

from .helpers import DISTRICT, make_bundle, trust_for

FAST_N = 1 << 10  # scrypt cost for tests; the default (2**15) is exercised once


def _code(fn) -> str:
    with pytest.raises(IzsaError) as e:
        fn()
    return e.value.code


def test_private_key_roundtrip_and_wrong_passphrase(key):
    blob = encrypt_private_key(key, "çok gizli parola")
    assert b"PRIVATE" in blob and public_bytes(key).hex().encode() not in blob
    assert public_bytes(decrypt_private_key(blob, "çok gizli parola")) == public_bytes(key)
    assert _code(lambda: decrypt_private_key(blob, "cok gizli parola")) == "wrong_passphrase"
    assert _code(lambda: encrypt_private_key(key, "")) == "passphrase_empty"


def test_private_key_file_tampering(key):
    blob = encrypt_private_key(key, "pw", scrypt_n=FAST_N)
    assert _code(lambda: decrypt_private_key(blob + b"x", "pw")) == "key_file_invalid"
    assert _code(lambda: decrypt_private_key(blob.replace(b"n=1024", b"n=1000"), "pw")) == "key_file_invalid"
    assert _code(lambda: decrypt_private_key(blob.replace(b"n=1024", b"n=2048"), "pw")) == "wrong_passphrase"
    assert (
        _code(lambda: decrypt_private_key(blob.replace(b"n=1024", b"n=67108864"), "pw")) == "key_file_invalid"
    )
    lines = blob.split(b"\n")
    lines[4] = lines[4][:-3] + (b"AAA" if lines[4][-3:] != b"AAA" else b"BBB")
    assert _code(lambda: decrypt_private_key(b"\n".join(lines), "pw")) in (
        "wrong_passphrase",
        "key_file_invalid",
    )


def test_public_key_file_strict(key):
    blob = export_public_key(DISTRICT, public_bytes(key))
    got = import_public_key(blob)
    assert got.district == DISTRICT and got.public_key == public_bytes(key)
    for bad in (
        blob.replace(b"\n", b"\r\n"),
        blob + b"\n",
        blob[:-1],
        blob.replace(b"bornova", b"Bornova"),
        blob.replace(fingerprint(public_bytes(key)).encode()[:4], b"0000"),
        b"x" * 600,
    ):
        assert _code(lambda bad=bad: import_public_key(bad)) == "key_file_invalid"


def test_fingerprint_format_and_normalised_comparison(key, other_key):
    fp = fingerprint(public_bytes(key))
    assert len(fp) == 19 and fp.count(" ") == 3
    assert not set(fp.replace(" ", "")) & set("ILOU")
    n = int.from_bytes(hashlib.sha256(public_bytes(key)).digest()[:10], "big")
    assert n.bit_length() <= 80
    spoken = fp.replace(" ", "-").lower()
    assert fingerprints_match(spoken, public_bytes(key))
    assert fingerprints_match("  " + fp.replace(" ", "") + " ", public_bytes(key))
    typo = fp.replace("0", "o").replace("1", "l")
    assert fingerprints_match(typo, public_bytes(key))
    assert not fingerprints_match(fp, public_bytes(other_key))
    assert not fingerprints_match(fp[:-1], public_bytes(key))
    assert not fingerprints_match(fp[:-1] + "ı", public_bytes(key))


def test_unknown_key_refused(key, other_key):
    data = make_bundle(other_key)
    assert _code(lambda: verify_bundle(data, trust_for(key), allow_training=False)) == "key_unknown"
    assert _code(lambda: verify_bundle(data, TrustState(), allow_training=False)) == "key_unknown"


def test_key_pinned_for_another_district_is_unknown_here(key):
    data = make_bundle(key)
    assert (
        _code(lambda: verify_bundle(data, trust_for(key, "karsiyaka"), allow_training=False)) == "key_unknown"
    )


def test_revoked_from_seq(key):
    trust = trust_for(key, revoked_from_seq=5)
    assert verify_bundle(make_bundle(key, seq=4), trust, allow_training=False).status == "new"
    assert _code(lambda: verify_bundle(make_bundle(key, seq=5), trust, allow_training=False)) == "key_revoked"
    trust = trust_for(key, valid_from_seq=10)
    assert (
        _code(lambda: verify_bundle(make_bundle(key, seq=9), trust, allow_training=False))
        == "key_not_yet_valid"
    )


def test_replay_already_imported_equivocation_and_jumps(key):
    data = make_bundle(key, seq=5)
    env, _ = split_frame(data)
    sha = manifest_from_dict(loads(open_envelope(env)[1], entry="m")).body_sha256
    seen = lambda s, h=sha: trust_for(key, seen=SeenBundle(s, h))  # noqa: E731
    assert _code(lambda: verify_bundle(data, seen(6), allow_training=False)) == "bundle_replayed"
    assert verify_bundle(data, seen(5), allow_training=False).status == "already_imported"
    e = pytest.raises(IzsaError, verify_bundle, data, seen(5, "0" * 64), allow_training=False).value
    assert e.code == "bundle_equivocation" and e.params["new_sha256"] == sha
    v = verify_bundle(data, seen(2), allow_training=False)
    assert v.status == "new" and v.skipped_seqs == 2


def test_already_imported_still_fully_verified(key):
    data = make_bundle(key, seq=5)
    env, _ = split_frame(data)
    sha = manifest_from_dict(loads(open_envelope(env)[1], entry="m")).body_sha256
    bad = data[:-1] + bytes([data[-1] ^ 1])
    e = pytest.raises(
        IzsaError, verify_bundle, bad, trust_for(key, seen=SeenBundle(5, sha)), allow_training=False
    )
    assert e.value.code == "bundle_body_hash_mismatch"


def test_rotation_valid_chain_accepted_and_recorded(key):
    k2, k3 = generate_private_key(), generate_private_key()
    chain = [
        sign_rotation(key, DISTRICT, public_bytes(k2), 8),
        sign_rotation(k2, DISTRICT, public_bytes(k3), 9),
    ]
    trust = trust_for(key, seen=SeenBundle(7, "a" * 64))
    data = make_bundle(k3, seq=9, key_rotations=chain)
    v = verify_bundle(data, trust, allow_training=False)
    assert [(e.old_key, e.new_key, e.seq) for e in v.key_events] == [
        (public_bytes(key), public_bytes(k2), 8),
        (public_bytes(k2), public_bytes(k3), 9),
    ]
    after = apply_key_events(trust, v.key_events)
    # the new key now verifies without a chain; the old one is revoked from seq 8
    assert verify_bundle(make_bundle(k3, seq=10), after, allow_training=False).key_events == ()
    assert (
        _code(lambda: verify_bundle(make_bundle(key, seq=10), after, allow_training=False)) == "key_revoked"
    )


@pytest.mark.parametrize(
    "case",
    [
        "signed_by_stranger",
        "wrong_district",
        "gap",
        "backdated",
        "future",
        "ends_elsewhere",
        "starts_at_revoked",
    ],
)
def test_rotation_forged_chains_refused(key, other_key, case):
    k2 = generate_private_key()
    trust = trust_for(key, seen=SeenBundle(7, "a" * 64))
    signer, seq = k2, 9
    chain = [sign_rotation(key, DISTRICT, public_bytes(k2), 8)]
    if case == "signed_by_stranger":
        forged = sign_rotation(other_key, DISTRICT, public_bytes(k2), 8)
        chain = [type(forged)(DISTRICT, public_bytes(key), public_bytes(k2), 8, forged.signature)]
    elif case == "wrong_district":
        chain = [sign_rotation(key, "karsiyaka", public_bytes(k2), 8)]
    elif case == "gap":
        k3 = generate_private_key()
        chain = [
            sign_rotation(key, DISTRICT, public_bytes(k3), 8),
            sign_rotation(k3, DISTRICT, public_bytes(k2), 8),
        ]
    elif case == "backdated":
        chain = [sign_rotation(key, DISTRICT, public_bytes(k2), 7)]
    elif case == "future":
        chain = [sign_rotation(key, DISTRICT, public_bytes(k2), 10)]
    elif case == "ends_elsewhere":
        signer = other_key
    elif case == "starts_at_revoked":
        trust = trust_for(key, seen=SeenBundle(7, "a" * 64), revoked_from_seq=100)
    data = make_bundle(signer, seq=seq, key_rotations=chain)
    assert _code(lambda: verify_bundle(data, trust, allow_training=False)) == "key_rotation_invalid"


def test_rotation_to_the_same_key_refused(key):
    trust = TrustState(pinned={DISTRICT: (PinnedKey(DISTRICT, public_bytes(key)),)})
    chain = [sign_rotation(key, DISTRICT, public_bytes(key), 3)]
    assert (
        _code(lambda: verify_rotation_chain(trust, DISTRICT, public_bytes(key), 3, chain))
        == "key_rotation_invalid"
    )


def test_signer_key_must_match_envelope_key(key, other_key):
    # a manifest naming one key but signed by another never gets past step 2
    import dataclasses

    from izsa_desktop.bundle.framing import seal

    data = make_bundle(key)
    env, body = split_frame(data)
    m = manifest_from_dict(loads(open_envelope(env)[1], entry="m"))
    forged = seal(dataclasses.replace(m, signer_key=public_bytes(key)).to_bytes(), other_key, bytes(body))
    assert (
        _code(lambda: verify_bundle(forged, trust_for(key), allow_training=False)) == "bundle_signer_mismatch"
    )
