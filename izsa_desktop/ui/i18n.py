"""Qt translation: İZSA's own .qm files plus Qt's qtbase, chosen from settings or the system locale.

Also used by the CLI (messages in the user's language) through a QCoreApplication.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core.paths import translations_dir

LANGUAGES = ("tr", "en")
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


def system_language() -> str:
    """Turkish unless the system (or LANGUAGE/LC_ALL/LANG) says English; İZSA is Turkish first."""
    for var in ("IZSA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        v = os.environ.get(var, "")
        if v and v not in ("C", "POSIX", "C.UTF-8"):
            return "en" if v.lower().startswith("en") else "tr"
    name = QLocale.system().name()
    return "en" if name.startswith("en") else "tr"


def preferred_language(settings: QSettings | None) -> str:
    if settings is not None:
        v = settings.value(SETTINGS_KEY, "")
        if v in LANGUAGES:
            return str(v)
    return system_language()


def install(lang: str) -> str:
    """Install translators for ``lang`` on the running Q(Core)Application, replacing earlier ones."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "tr"
    own = QTranslator(app)
    if own.load(f"izsa_{lang}", str(translations_dir())):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Turkish if lang == "tr" else QLocale.Language.English,
                               QLocale.Country.Turkey if lang == "tr" else QLocale.Country.UnitedKingdom))
    return lang


def current_language() -> str:
    return "tr" if QLocale().language() == QLocale.Language.Turkish else "en"
