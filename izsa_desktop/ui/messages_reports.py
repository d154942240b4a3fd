"""Wording of the export/report error codes (services/export)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = {
    "export_disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full: the export could not be written to {path}. Nothing was left behind."),
    "export_permission_denied": QT_TRANSLATE_NOOP(
        "Messages", "You do not have permission to write {path}. Choose another folder."),
    "export_write_failed": QT_TRANSLATE_NOOP("Messages", "The export could not be written to {path}: {detail}"),
    "export_folder_missing": QT_TRANSLATE_NOOP("Messages", "The destination folder does not exist: {path}"),
    "export_cancelled": QT_TRANSLATE_NOOP("Messages", "The export was cancelled. No file was written."),
    "export_format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown export format: {value}. Use csv, xlsx, geojson or pdf."),
    "export_option_invalid": QT_TRANSLATE_NOOP("Messages", "Invalid export option: {value}."),
    "export_font_missing": QT_TRANSLATE_NOOP(
        "Messages", "The report font (DejaVu Sans) is missing from the installation: {path}"),
}
