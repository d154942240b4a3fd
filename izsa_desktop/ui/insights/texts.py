"""Plain sentences for gap findings and scorecard next steps (translated; shared by the UI and CLI)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.analysis_gaps import Gap
from .. import i18n, labels

C = "Insights"


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _goals(goals: tuple[int, ...]) -> str:
    return ", ".join(str(g) for g in goals)


def _themes(keys: tuple[str, ...]) -> str:
    lang = i18n.current_language()
    return ", ".join(labels.theme(k, lang) for k in keys)


def gap_sentences(g: Gap) -> list[str]:
    """One or two sentences naming a gap plainly."""
    d = labels.district(g.district) if g.district else ""
    if g.kind == "district_goals":
        out = []
        if g.goals_none:
            out.append(QCoreApplication.translate("Insights", "{district} has no project for SDG {goals}.").format(district=d, goals=_goals(g.goals_none)))
        if g.goals_few:
            out.append(QCoreApplication.translate("Insights", "{district} has fewer than {limit} projects for SDG {goals}.").format(
                district=d, limit=int(g.limit), goals=_goals(g.goals_few)))
        return out
    if g.kind == "district_empty":
        return [QCoreApplication.translate("Insights", "{district} has no projects yet.").format(district=d)]
    if g.kind == "district_few":
        return [QCoreApplication.translate("Insights", "{district} has only {count} projects, below a quarter of the median district ({limit:.0f}).")
                .format(district=d, count=g.count, limit=g.limit)]
    if g.kind == "targets_none":
        where = d or QCoreApplication.translate("Insights", "the city")
        return [QCoreApplication.translate("Insights", "In {where}, no project addresses SDG {goal} targets {targets}.").format(
            where=where, goal=g.goal, targets=", ".join(g.targets))]
    if g.kind == "theme_none":
        return [QCoreApplication.translate("Insights", "No project covers the WHO Healthy Cities theme(s): {themes}.").format(themes=_themes(g.themes))]
    if g.kind == "district_themes":
        return [QCoreApplication.translate("Insights", "{district} has no project for the theme(s): {themes}.").format(district=d, themes=_themes(g.themes))]
    return []


STEPS = {
    "required": QT_TRANSLATE_NOOP("Insights", "Complete the required fields of {count} projects"),
    "targets": QT_TRANSLATE_NOOP("Insights", "Add SDG targets to {count} projects"),
    "location": QT_TRANSLATE_NOOP("Insights", "Set a precise location (site or neighbourhood) for {count} projects"),
    "results": QT_TRANSLATE_NOOP("Insights", "Record results for {count} projects"),
    "beneficiaries": QT_TRANSLATE_NOOP("Insights", "Record beneficiaries for {count} projects"),
    "english": QT_TRANSLATE_NOOP("Insights", "Add English titles to {count} projects"),
}
CRITERIA_NAMES = {
    "required": QT_TRANSLATE_NOOP("Insights", "Required fields"),
    "targets": QT_TRANSLATE_NOOP("Insights", "SDG targets"),
    "location": QT_TRANSLATE_NOOP("Insights", "Precise location"),
    "results": QT_TRANSLATE_NOOP("Insights", "Results"),
    "beneficiaries": QT_TRANSLATE_NOOP("Insights", "Beneficiaries"),
    "english": QT_TRANSLATE_NOOP("Insights", "English title"),
}


def step_sentence(key: str, count: int) -> str:
    return tr(STEPS[key]).format(count=count)


def criterion(key: str) -> str:
    return tr(CRITERIA_NAMES[key])


def csv_headers() -> list[str]:
    """Column titles of the joint-projects CSV (the UI export and the CLI use the same)."""
    return [QCoreApplication.translate("Insights", "Score"), QCoreApplication.translate("Insights", "District A"),
            QCoreApplication.translate("Insights", "Title A"), QCoreApplication.translate("Insights", "ID A"),
            QCoreApplication.translate("Insights", "District B"), QCoreApplication.translate("Insights", "Title B"),
            QCoreApplication.translate("Insights", "ID B"),
            QCoreApplication.translate("Insights", "Open to collaboration"),
            QCoreApplication.translate("Insights", "Shared targets"),
            QCoreApplication.translate("Insights", "Shared words"),
            QCoreApplication.translate("Insights", "Distance (km)")]
