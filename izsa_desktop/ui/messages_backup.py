"""Wording of the backup and key-backup error codes (services/backup.py, services/key_backup.py)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "backup_not_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "Only a workspace file can be backed up here; back up a PostgreSQL database with pg_dump."),
    "backup_missing": QT_TRANSLATE_NOOP("Messages", "The backup {path} does not exist."),
    "backup_manifest_missing": QT_TRANSLATE_NOOP(
        "Messages", "The backup {path} cannot be checked: its description file ({path}.json) is missing or "
        "unreadable. Copy both files together."),
    "backup_hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The backup {path} is not the one that was made: its content hash does not match. Nothing was "
        "changed."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The backup {path} is damaged ({detail}). Nothing was changed."),
    "backup_folder_missing": QT_TRANSLATE_NOOP("Messages", "The folder {path} does not exist."),
    "backup_write_failed": QT_TRANSLATE_NOOP("Messages", "The backup could not be written to {path}: {detail}"),
    "backup_cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled. Nothing was changed."),
    "backup_other_workspace": QT_TRANSLATE_NOOP(
        "Messages", "This backup belongs to another workspace ({role}, {district}); it was not restored."),
    "key_backup_invalid": QT_TRANSLATE_NOOP("Messages", "This is not a valid key backup file."),
    "key_backup_other_signer": QT_TRANSLATE_NOOP(
        "Messages", "This key backup belongs to {signer}, not to this workspace ({workspace})."),
    "key_backup_training_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "A training key and a real key cannot be exchanged: this key backup does not fit this "
        "workspace."),
}
