"""Wording of the bundle and key error codes (verification, import, keys, conflicts)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "attachment_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "An attachment in the bundle does not match its signed hash.",
    ),
    "bundle_body_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle was changed after it was signed (content hash differs).",
    ),
    "bundle_body_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's content is damaged.",
    ),
    "bundle_counts_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's record counts do not match its contents.",
    ),
    "bundle_encoding_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains invalid encoded data ({what}).",
    ),
    "bundle_entries_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle does not contain the expected parts.",
    ),
    "bundle_entry_duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains a part twice.",
    ),
    "bundle_entry_name_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains a part with a forbidden name.",
    ),
    "bundle_entry_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "A part of the bundle is larger than allowed.",
    ),
    "bundle_entry_unlisted": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains a part that is not in its signed list.",
    ),
    "bundle_envelope_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's signature envelope is malformed.",
    ),
    "bundle_envelope_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's signature envelope is too large.",
    ),
    "bundle_equivocation": QT_TRANSLATE_NOOP(
        "Messages",
        "ALARM: bundle {seq} from {district} was already imported with different content. Two installations may be using the same key (a cloned computer or a restored backup). Nothing was imported; contact the district.",
    ),
    "bundle_export_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle could not be created (invalid settings).",
    ),
    "bundle_format_unsupported": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was made with a format this application does not know. Update the application.",
    ),
    "bundle_json_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains invalid data ({entry}, line {line}).",
    ),
    "bundle_kind_unexpected": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a {kind} bundle; a {expected} bundle was expected here.",
    ),
    "bundle_length_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle file is incomplete or has extra data appended.",
    ),
    "bundle_manifest_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's signed description is invalid.",
    ),
    "bundle_not_a_bundle": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not an İZSA bundle.",
    ),
    "bundle_personal_data_undeclared": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains personal data although it says it does not.",
    ),
    "bundle_record_duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains the same record twice.",
    ),
    "bundle_record_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains records of another district ({district}).",
    ),
    "bundle_record_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains an invalid record ({entry}, line {line}, field {field}).",
    ),
    "bundle_replayed": QT_TRANSLATE_NOOP(
        "Messages",
        "This is an older bundle ({seq}) from {district}; bundle {last_seen} was already imported. Nothing was changed.",
    ),
    "bundle_schema_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was made by a newer version of the application. Update the application.",
    ),
    "bundle_schema_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's data version is not known.",
    ),
    "bundle_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle's signature is not valid: the file was changed or damaged.",
    ),
    "bundle_signer_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle names a different signer than the one that signed it.",
    ),
    "bundle_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle is larger than allowed.",
    ),
    "bundle_too_many_entries": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle has too many parts.",
    ),
    "bundle_too_many_records": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle has too many records.",
    ),
    "bundle_training_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle comes from a training installation and is refused here.",
    ),
    "bundle_truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle file is incomplete.",
    ),
    "file_read_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} could not be read: {detail}",
    ),
    "file_write_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} could not be written: {detail}",
    ),
    "batch_same_district": QT_TRANSLATE_NOOP(
        "Messages",
        "Another bundle from {district} is in this selection; import this one afterwards.",
    ),
    "import_cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "The import was cancelled; nothing was changed.",
    ),
    "key_already_registered": QT_TRANSLATE_NOOP(
        "Messages",
        "This key is already registered for {district}.",
    ),
    "key_district_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file belongs to {file_district}, not to {district}.",
    ),
    "key_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace already has a signing key.",
    ),
    "key_file_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file is invalid or damaged.",
    ),
    "key_fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The fingerprint does not match the key of {district}. The key was NOT registered: check the fingerprint with the sender by phone or on paper.",
    ),
    "key_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace has no signing key yet: create one first (keys init).",
    ),
    "key_not_yet_valid": QT_TRANSLATE_NOOP(
        "Messages",
        "The key of {district} is not valid for bundle {seq} yet.",
    ),
    "key_revoked": QT_TRANSLATE_NOOP(
        "Messages",
        "The key of {district} was revoked from bundle {revoked_from_seq}; bundle {seq} is refused.",
    ),
    "key_rotation_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The key change statement in the bundle is not valid ({reason}).",
    ),
    "key_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle is signed with a key that is not registered for {district}.",
    ),
    "no_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no open conflict here ({id}).",
    ),
    "passphrase_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The passphrase cannot be empty.",
    ),
    "passphrase_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The two passphrases differ.",
    ),
    "plan_stale": QT_TRANSLATE_NOOP(
        "Messages",
        "The data changed since the preview was made; make the preview again.",
    ),
    "undo_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "This import cannot be undone: {count} of its records were changed later.",
    ),
    "undo_unknown_bundle": QT_TRANSLATE_NOOP(
        "Messages",
        "No import {bundle_id} that could be undone.",
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "Wrong passphrase.",
    ),
    "wrong_role": QT_TRANSLATE_NOOP(
        "Messages",
        "This works only in a {expected} workspace (this one is {actual}).",
    ),
    "bundle_value_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle contains a record the form would not save ({entry}, line {line}, record {id}, "
        "field {field}, value {value}). Nothing was imported.",
    ),
    "bundle_file_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "This file could not be read as a bundle ({detail}). The other files are not affected.",
    ),
    "bundle_attachment_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle attaches a file to a project it does not carry as its own ({entry}, line {line}, "
        "record {id}). Nothing was imported.",
    ),
    "bundle_reviews_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "A district bundle may not carry review decisions ({entry}, line {line}). Nothing was imported.",
    ),
    "dataset_record_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The dataset was not created: record {id} would be refused by the districts (field {field}, "
        "value {value}). Correct the record and export again.",
    ),
    # record validation (core/validation.py): the form and every bundle import word these the same way
    "currency_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown currency: {value}. Use an ISO 4217 code such as TRY, EUR or USD.",
    ),
    "text_too_long": QT_TRANSLATE_NOOP("Messages", "This text is too long (at most {max} characters)."),
    "value_invalid": QT_TRANSLATE_NOOP("Messages", "This value has the wrong form."),
    "list_too_long": QT_TRANSLATE_NOOP("Messages", "Too many rows (at most {max})."),
    "list_duplicate": QT_TRANSLATE_NOOP("Messages", "The same value is selected twice."),
    "row_invalid": QT_TRANSLATE_NOOP("Messages", "A row has the wrong form."),
    "row_text_too_long": QT_TRANSLATE_NOOP("Messages", "A cell is too long (at most {max} characters)."),
    "link_invalid": QT_TRANSLATE_NOOP("Messages", "A web address is too long (at most {max} characters)."),
    "geometry_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The extra sites or the project area are not valid (at most {sites} sites and one area of at "
        "most {corners} corners, coordinates within range).",
    ),
}
