"""Error and warning codes (from core, store, services, bundle, map) worded for people, translated."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.errors import Issue, IzsaError
from . import labels

C = "Messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


_TEXTS = {
    # validation (hard)
    "title_empty": QT_TRANSLATE_NOOP("Messages", "The project title is required."),
    "title_too_long": QT_TRANSLATE_NOOP("Messages", "The title is too long (at most {max} characters)."),
    "district_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown district: {value}."),
    "status_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown status: {value}."),
    "value_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown value: {value}."),
    "start_missing": QT_TRANSLATE_NOOP("Messages", "The start date is required."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end date is before the start date."),
    "coord_incomplete": QT_TRANSLATE_NOOP("Messages", "Enter both latitude and longitude, or neither."),
    "coord_not_finite": QT_TRANSLATE_NOOP("Messages", "The coordinates are not valid numbers."),
    "lat_out_of_range": QT_TRANSLATE_NOOP("Messages", "Latitude must be between -90 and 90."),
    "lon_out_of_range": QT_TRANSLATE_NOOP("Messages", "Longitude must be between -180 and 180."),
    "precision_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown location precision: {value}."),
    "sdg_goal_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown SDG goal: {value}."),
    "sdg_goal_duplicate": QT_TRANSLATE_NOOP("Messages", "An SDG goal is selected twice."),
    "sdg_primary_not_selected": QT_TRANSLATE_NOOP(
        "Messages", "The primary SDG goal must be one of the selected goals."
    ),
    "sdg_primary_missing": QT_TRANSLATE_NOOP(
        "Messages", "Choose which selected SDG goal is the primary one."
    ),
    "sdg_target_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown SDG target: {value}."),
    "sdg_target_goal_not_selected": QT_TRANSLATE_NOOP(
        "Messages", "SDG target {value} belongs to a goal that is not selected."
    ),
    "theme_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown WHO Healthy Cities theme: {value}."),
    "target_group_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown target group: {value}."),
    "number_negative": QT_TRANSLATE_NOOP("Messages", "Numbers cannot be negative."),
    "email_invalid": QT_TRANSLATE_NOOP("Messages", "The e-mail address does not look valid."),
    "partner_name_empty": QT_TRANSLATE_NOOP("Messages", "Every partner needs a name."),
    # validation (soft)
    "no_location": QT_TRANSLATE_NOOP("Messages", "No location yet: the project will not appear on the map."),
    "point_outside_izmir": QT_TRANSLATE_NOOP("Messages", "The point lies outside İzmir."),
    "point_outside_district": QT_TRANSLATE_NOOP(
        "Messages", "The point lies in {found}, not in the recorded district."
    ),
    "no_sdg_goal": QT_TRANSLATE_NOOP("Messages", "No SDG goal selected yet."),
    "no_sdg_target": QT_TRANSLATE_NOOP(
        "Messages", "No SDG target selected: targets make international reporting possible."
    ),
    "similar_title_exists": QT_TRANSLATE_NOOP(
        "Messages", "A project with a near-identical title already exists in this district: “{title}”."
    ),
    "link_suspicious": QT_TRANSLATE_NOOP("Messages", "This does not look like a web address: {value}"),
    # workspace and store
    "validation_failed": QT_TRANSLATE_NOOP(
        "Messages", "The project could not be saved: {count} problem(s) need fixing."
    ),
    "workspace_missing": QT_TRANSLATE_NOOP("Messages", "The workspace file does not exist: {path}"),
    "workspace_corrupt": QT_TRANSLATE_NOOP(
        "Messages", "The workspace file is damaged or is not an İZSA workspace: {path}"
    ),
    "workspace_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace was written by a newer version of İZSA Desktop (schema {found}). "
        "Please update the application.",
    ),
    "workspace_foreign": QT_TRANSLATE_NOOP("Messages", "This database is not an İZSA workspace."),
    "workspace_unwritable": QT_TRANSLATE_NOOP("Messages", "The workspace folder cannot be written: {path}"),
    "workspace_open_failed": QT_TRANSLATE_NOOP("Messages", "The workspace could not be opened: {detail}"),
    "workspace_already_initialised": QT_TRANSLATE_NOOP(
        "Messages", "This workspace is already set up as: {role}."
    ),
    "workspace_not_initialised": QT_TRANSLATE_NOOP(
        "Messages", "This workspace has not been set up yet (run init first)."
    ),
    "role_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown role: {value}. Use district or central."),
    "project_exists": QT_TRANSLATE_NOOP("Messages", "A project with this identifier already exists."),
    "project_missing": QT_TRANSLATE_NOOP("Messages", "The project was not found: {id}"),
    "project_read_only": QT_TRANSLATE_NOOP(
        "Messages", "“{title}” belongs to another district and is read-only here."
    ),
    "project_reloaded": QT_TRANSLATE_NOOP(
        "Messages", "Your changes to “{title}” were discarded: the version saved by {by} at {at} is shown."
    ),
    "project_conflict_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Your changes were not saved because {by} changed “{title}” at {at}; they are still in the "
        "form. Save again to choose what to do."
    ),
    "count_negative": QT_TRANSLATE_NOOP("Messages", "The count cannot be negative."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Nothing was changed; free some space and try again."
    ),
    # opening and checking a workspace (store/migrate, services/workspace)
    "workspace_empty_file": QT_TRANSLATE_NOOP(
        "Messages", "The file is empty (0 bytes): it is not an İZSA workspace and was left as it is: {path}"
    ),
    "workspace_is_folder": QT_TRANSLATE_NOOP("Messages", "This is a folder, not a workspace file: {path}"),
    "workspace_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The workspace is damaged: {problem} Run “check” for the full list: {path}"
    ),
    "check_integrity": QT_TRANSLATE_NOOP("Messages", "The database file failed its integrity check: {detail}"),
    "check_foreign_keys": QT_TRANSLATE_NOOP(
        "Messages", "{count} row(s) point at records that do not exist (foreign keys)."
    ),
    "check_schema_version": QT_TRANSLATE_NOOP(
        "Messages", "The schema version is {found}, but this application needs {head}."
    ),
    "check_table_missing": QT_TRANSLATE_NOOP("Messages", "Table {table} is missing."),
    "check_column_missing": QT_TRANSLATE_NOOP("Messages", "Column {column} of table {table} is missing."),
    "check_json_invalid": QT_TRANSLATE_NOOP("Messages", "{count} value(s) in {table}.{column} are not valid JSON."),
    "check_orphans": QT_TRANSLATE_NOOP(
        "Messages", "{count} row(s) of {table} belong to a project that does not exist."
    ),
    "demo_seed_used": QT_TRANSLATE_NOOP(
        "Messages",
        "Sample data with seed {seed} is already in this workspace. Run without --seed to add new sample "
        "projects, or choose another seed.",
    ),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too short: use at least {min} characters (a few words work well)."
    ),
    "passphrase_too_simple": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too simple: do not just repeat one or two characters."
    ),
    # files named by people (core/safe_read.py, services/safe_write.py) and command-line values
    "file_not_regular": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not an ordinary file (it is a device, a pipe or a socket) and was not read."
    ),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is larger than allowed (at most {limit} bytes) and was not read."
    ),
    "file_target_not_regular": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not an ordinary file (it is a folder, a device, a pipe or a socket): nothing was "
        "written there. Choose another file name."
    ),
    "value_json_refused": QT_TRANSLATE_NOOP(
        "Messages", "The JSON value given with {option} is refused: it is nested more than {depth} levels deep, "
        "repeats a key, or holds a number that is too large or not finite."
    ),
    "unexpected_error": QT_TRANSLATE_NOOP("Messages", "Unexpected error: {detail}"),
}


_AREAS = ("map", "bundle", "reports", "insight", "pg", "backup")


def _all_texts() -> dict[str, str]:
    """This module's texts plus each area's ``ui/messages_<area>.py`` ``TEXTS`` (kept apart so that
    engineers working on different areas never edit the same file)."""
    import importlib

    merged = dict(_TEXTS)
    for area in _AREAS:
        name = f"{__package__}.messages_{area}"
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        merged.update(mod.TEXTS)
    return merged


def when(value: str) -> str:
    """A stored ISO timestamp (UTC) as local day.month.year hours:minutes; anything else unchanged."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M")


def text(code: str, params: dict[str, Any] | None = None) -> str:
    params = dict(params or {})
    if "at" in params:
        params["at"] = when(params["at"])
    if "found" in params:
        params["found"] = labels.district(str(params["found"]))
    if "role" in params:
        params["role"] = labels.role(str(params["role"]))
    source = _all_texts().get(code)
    if source is None:
        return _t(QT_TRANSLATE_NOOP("Messages", "Error: {code}")).format(code=code) + (
            f" ({params})" if params else ""
        )
    template = _t(source)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def issue(i: Issue) -> str:
    return text(i.code, i.params)


def error(e: IzsaError) -> str:
    return text(e.code, e.params)


def known_codes() -> set[str]:
    return set(_all_texts())
