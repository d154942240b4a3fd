"""Immutable one-line summaries of projects: what lists, maps and filters work on."""

from __future__ import annotations

from typing import NamedTuple


class ProjectSummary(NamedTuple):
    uuid: str
    district: str
    title_tr: str
    title_en: str
    status: str
    start_date: str  # ISO date or ""
    sdg_primary: int | None
    sdg_goals: tuple[int, ...]
    who_themes: tuple[str, ...]
    target_groups: tuple[str, ...]
    review_state: str
    deleted: bool
    origin: str  # "local" or "central" (read-only copy from the central dataset)
    lat: float | None
    lon: float | None
    search_text: str  # " " + folded words: " word" in it finds words starting with "word"
    updated_at: str
