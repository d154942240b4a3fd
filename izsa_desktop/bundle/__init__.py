"""Signed bundles: framing, keys, verification, merge planning.

Pure Python, imports only ``izsa_desktop.core``. Services call:

* export:  ``export_bundle(content, private_key=..., kind=..., district=..., seq=...)`` -> bytes
* verify:  ``verify_bundle(data, trust, allow_training=..., expect_kind=...)`` -> ``VerifiedBundle``
* plan:    ``plan_merge(records, state_lookup, history_lookup)`` -> ``MergePlan`` (central)
           ``plan_dataset_import(records, local_lookup, own_district=..., acks=...)`` -> ``DatasetPlan``
           ``find_likely_duplicates(records, existing)`` -> pairs to review
* apply:   mirror ``apply_plan_to_state`` / ``apply_key_events`` in one transaction
"""

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
