"""Item 18 (keys at rest): a signing key wrapped at the old scrypt cost 2^15 still opens, and is re-wrapped
at 2^17 in one transaction (the key lives in the workspace's ``bundle_own_key`` row, not in a file):
explicitly by ``keys upgrade`` and on the next unlock by a command that writes anyway (bundle export).
Same key, same public key; the next bundle verifies at central."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from sqlalchemy import select  # noqa: E402
from test_bundle_helpers import PASS, add_projects, central, district  # noqa: E402

from izsa_desktop.bundle.keys import decrypt_private_key, encrypt_private_key, public_bytes  # noqa: E402
from izsa_desktop.services.bundles_export import export_district_bundle  # noqa: E402
from izsa_desktop.services.bundles_import import import_file, verify_file  # noqa: E402
from izsa_desktop.services.keys import KeyService, own_key  # noqa: E402
from izsa_desktop.store.bundle_models import OwnKey  # noqa: E402
from izsa_desktop.store.models import Audit  # noqa: E402

from .cli_run import run_cli, text  # noqa: E402

OLD_N, SCRYPT_N = 1 << 15, 1 << 17  # written here, not imported: the test must also run on older code


def kdf_cost(blob: bytes) -> int:
    """The scrypt n a private key blob was wrapped with (its ``kdf:`` line)."""
    m = re.search(rb"\nkdf: scrypt n=([0-9]+) r=8 p=1\n", blob)
    assert m, blob
    return int(m.group(1))


def _make_legacy(ws) -> bytes:  # type: ignore[no-untyped-def]
    """Put the district's own key back into the wrapping an earlier version wrote (n=2^15)."""
    key = KeyService(ws).private_key(PASS)
    try:
        legacy = encrypt_private_key(key, PASS, scrypt_n=OLD_N)
    except TypeError:  # code from before the cost change, whose only cost was 2^15
        legacy = encrypt_private_key(key, PASS)
    assert kdf_cost(legacy) == OLD_N
    with ws.session() as s, s.begin():
        own_key(s).encrypted = legacy
    return public_bytes(key)


def _row(ws) -> OwnKey:  # type: ignore[no-untyped-def]
    with ws.session() as s:
        k = own_key(s)
        s.expunge(k)
        return k


def test_keys_upgrade_rewraps_an_old_key_and_the_next_bundle_verifies(tmp_path):
    cen = central(tmp_path)
    kar = district(tmp_path, "karsiyaka", cen)
    add_projects(kar, 3)
    pub = _make_legacy(kar)
    assert kdf_cost(_row(kar).encrypted) == OLD_N
    db = str(tmp_path / "karsiyaka.sqlite")
    kar.close()

    r = run_cli("keys", "upgrade", "--db", db, "--json", env={"IZSA_PASSPHRASE": PASS})
    assert r.returncode == 0, text(r.stderr)
    assert json.loads(r.stdout)["upgraded"] is True and json.loads(r.stdout)["cost"] == SCRYPT_N

    from izsa_desktop.services.workspace import open_workspace

    kar = open_workspace(db)
    try:
        row = _row(kar)
        assert kdf_cost(row.encrypted) == SCRYPT_N and row.public_key == pub
        assert public_bytes(decrypt_private_key(row.encrypted, PASS)) == pub
        with kar.session() as s:
            assert s.scalar(select(Audit).where(Audit.action == "key_rewrapped")) is not None
            assert len(list(s.scalars(select(OwnKey)))) == 1  # re-wrapped in place, not a new key
        again = run_cli("keys", "upgrade", "--db", db, env={"IZSA_PASSPHRASE": PASS}, lang="tr")
        assert again.returncode == 0 and "zaten güncel" in text(again.stdout), text(again.stderr)

        export_district_bundle(kar, tmp_path / "k1.izsa", PASS)
        vb = verify_file(cen, tmp_path / "k1.izsa")
        assert vb.manifest.district == "karsiyaka"
        preview, result = import_file(cen, tmp_path / "k1.izsa")
        assert result is not None
    finally:
        kar.close()
        cen.close()


def test_the_next_export_rewraps_an_old_key_by_itself(tmp_path):
    cen = central(tmp_path)
    kar = district(tmp_path, "karsiyaka", cen)
    try:
        add_projects(kar, 2)
        pub = _make_legacy(kar)
        export_district_bundle(kar, tmp_path / "k1.izsa", PASS)  # unlocks the old wrapping: re-wraps it
        row = _row(kar)
        assert kdf_cost(row.encrypted) == SCRYPT_N and row.public_key == pub
        verify_file(cen, tmp_path / "k1.izsa")
        import_file(cen, tmp_path / "k1.izsa")
        add_projects(kar, 1, seed=9)
        export_district_bundle(kar, tmp_path / "k2.izsa", PASS)  # the new wrapping opens with the passphrase
        assert verify_file(cen, tmp_path / "k2.izsa").manifest.seq == 2
    finally:
        kar.close()
        cen.close()


def test_a_wrong_passphrase_leaves_the_old_wrapping_alone(tmp_path):
    kar = district(tmp_path, "karsiyaka")
    try:
        _make_legacy(kar)
        before = _row(kar).encrypted
        r = run_cli("keys", "upgrade", "--db", str(tmp_path / "karsiyaka.sqlite"),
                    env={"IZSA_PASSPHRASE": "not the passphrase at all"})
        assert r.returncode != 0 and text(r.stderr).strip() == "Error: Wrong passphrase.", text(r.stderr)
        assert _row(kar).encrypted == before and kdf_cost(before) == OLD_N
    finally:
        kar.close()
