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
}
