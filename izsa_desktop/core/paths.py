"""Where shipped resources live, for a wheel install and for a source checkout alike.

The wheel maps the top-level ``resources/`` and ``translations/`` folders into the package as
``izsa_desktop/_resources`` and ``izsa_desktop/_translations`` (see pyproject.toml); in a source
checkout or an editable install they are found beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    for candidate in (_PKG / "_resources", _PKG.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("İZSA resources folder not found")


@cache
def translations_dir() -> Path:
    for candidate in (_PKG / "_translations", _PKG.parent / "translations"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("İZSA translations folder not found")


def data_file(name: str) -> Path:
    return resources_dir() / "data" / name
