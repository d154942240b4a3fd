"""Wording of the PostgreSQL/move/concurrency error codes (central workspace on a server)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "move_same_target": QT_TRANSLATE_NOOP("Messages", "The source and the target are the same workspace: {target}"),
    "move_target_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The target already holds data (table {table}); a move only fills an empty workspace: {target}"
    ),
    "move_schema_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The source and the target have different tables ({tables}); update the application first."
    ),
    "project_conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "“{title}” was changed by {by} at {at} while you were editing it. Your changes were not saved: "
        "reopen the project to see the current version, then make your changes again.",
    ),
    "pg_password_required": QT_TRANSLATE_NOOP(
        "Messages",
        "The PostgreSQL server asks for a password for {target}: put it in ~/.pgpass or PGPASSWORD, or run "
        "the command in a terminal to be asked for it.",
    ),
    "pg_password_wrong": QT_TRANSLATE_NOOP("Messages", "The PostgreSQL server refused the password for {target}."),
    "check_index_invalid": QT_TRANSLATE_NOOP("Messages", "Index {name} is invalid (rebuild it with REINDEX)."),
    "check_index_missing": QT_TRANSLATE_NOOP("Messages", "Search index {name} is missing."),
    "check_duplicate_uuids": QT_TRANSLATE_NOOP("Messages", "{count} project identifier(s) occur more than once."),
    "check_sequence_behind": QT_TRANSLATE_NOOP(
        "Messages", "The sequence of {name} is behind the data (new rows would collide)."
    ),
}
