"""Signed bundles: framing, keys, verification, merge planning.

Pure Python, imports only ``izsa_desktop.core``. Services call:

* export:  ``export_bundle(content, private_key=..., kind=..., district=..., seq=...)`` -> bytes
* verify:  ``verify_bundle(data, trust, allow_training=..., expect_kind=...)`` -> ``VerifiedBundle``
* plan:    ``plan_merge(records, state_lookup, history_lookup)`` -> ``MergePlan`` (central)
           ``plan_dataset_import(records, local_lookup, own_district=..., acks=...)`` -> ``DatasetPlan``
           ``find_likely_duplicates(records, existing)`` -> pairs to review
* apply:   mirror ``apply_plan_to_state`` / ``apply_key_events`` in one transaction
"""

from .content import Attachment, BundleContent, RecordChange
from .dataset import DatasetEntry, DatasetPlan, LocalRecord, plan_dataset_import
from .duplicates import DuplicatePair, find_likely_duplicates
from .export import export_bundle
from .framing import DEFAULT_LIMITS, Limits
from .keys import (
    PublicKeyFile,
    decrypt_private_key,
    encrypt_private_key,
    export_public_key,
    fingerprint,
    fingerprints_match,
    generate_private_key,
    import_public_key,
    public_bytes,
)
from .manifest import Manifest
from .merge import (
    FieldDiff,
    MergePlan,
    PlanEntry,
    RecordState,
    apply_local_edit,
    apply_plan_to_state,
    open_conflicts,
    plan_merge,
    resolve_delete_conflict,
)
from .mergecore import DELETED_FIELD, Branch, FieldConflict, Snapshot
from .schema import CURRENT_SCHEMA
from .trust import (
    KeyEvent,
    KeyRegistry,
    PinnedKey,
    RotationStatement,
    SeenBundle,
    TrustState,
    apply_key_events,
    sign_rotation,
    verify_rotation_chain,
)
from .verify import VerifiedBundle, verify_bundle

__all__ = [
    "Attachment",
    "Branch",
    "BundleContent",
    "CURRENT_SCHEMA",
    "DEFAULT_LIMITS",
    "DELETED_FIELD",
    "DatasetEntry",
    "DatasetPlan",
    "DuplicatePair",
    "FieldConflict",
    "FieldDiff",
    "KeyEvent",
    "KeyRegistry",
    "Limits",
    "LocalRecord",
    "Manifest",
    "MergePlan",
    "PinnedKey",
    "PlanEntry",
    "PublicKeyFile",
    "RecordChange",
    "RecordState",
    "RotationStatement",
    "SeenBundle",
    "Snapshot",
    "TrustState",
    "VerifiedBundle",
    "apply_key_events",
    "apply_local_edit",
    "apply_plan_to_state",
    "decrypt_private_key",
    "encrypt_private_key",
    "export_bundle",
    "export_public_key",
    "find_likely_duplicates",
    "fingerprint",
    "fingerprints_match",
    "generate_private_key",
    "import_public_key",
    "open_conflicts",
    "plan_dataset_import",
    "plan_merge",
    "public_bytes",
    "resolve_delete_conflict",
    "sign_rotation",
    "verify_bundle",
    "verify_rotation_chain",
]
