"""Parsing what clerks type: money in TL with kuruş, whole counts, decimal-degree coordinates.

Money never goes through float: the text is normalised with the locale's separators and parsed as
``Decimal``, then stored as integer kuruş. Grouping must be regular (groups of three after the first),
which is what makes "1.250,50" (tr) and "1250.50" (tr: rejected, not silently 125050 TL) unambiguous.
Errors are ``InputProblem`` codes; ``FormText`` words them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

from ...map.coords import parse_coordinate


class InputProblem(ValueError):
    """A typed value that cannot be read (``code``: money_invalid, money_decimals, count_invalid,
    coord_invalid)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_CURRENCY = re.compile(r"(?i)\s*(₺|tl|try)\s*")


def _separators(locale: QLocale) -> tuple[str, str]:
    return locale.groupSeparator() or ",", locale.decimalPoint() or "."


def _plain_number(text: str, locale: QLocale, decimals: bool) -> Decimal | None:
    group, point = _separators(locale)
    t = _CURRENCY.sub("", text).replace("\u00a0", " ").replace("\u202f", " ").strip()
    if not t:
        return None
    if group in (" ", "\u00a0", "\u202f"):
        group = " "
    t = re.sub(r"(?<=\d) (?=\d)", group, t) if group != " " else t
    if not re.fullmatch(r"\d[\d" + re.escape(group + point) + r"]*", t):
        raise InputProblem("invalid")
    whole, sep, frac = t.partition(point)
    if sep and not decimals:
        raise InputProblem("invalid")
    if point in frac or group in frac:
        raise InputProblem("invalid")
    parts = whole.split(group)
    if len(parts) > 1 and (not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:])):
        raise InputProblem("invalid")
    try:
        return Decimal("".join(parts) + ("." + frac if sep else ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex above already guards
        raise InputProblem("invalid") from exc


def parse_money(text: str, locale: QLocale | None = None) -> int | None:
    """Integer kuruş from "1.250.000,50" (tr) / "1,250,000.50" (en); None when empty."""
    loc = locale or QLocale()
    try:
        value = _plain_number(text, loc, decimals=True)
    except InputProblem as exc:
        raise InputProblem("money_invalid") from exc
    if value is None:
        return None
    kurus = value * 100
    if kurus != kurus.to_integral_value():
        raise InputProblem("money_decimals")
    return int(kurus)


def format_money(kurus: int | None, locale: QLocale | None = None) -> str:
    """ "1.250.000,50" for 125000050 in Turkish; exact (integer arithmetic only)."""
    if kurus is None:
        return ""
    loc = locale or QLocale()
    whole, frac = divmod(abs(kurus), 100)
    sign = "-" if kurus < 0 else ""
    return f"{sign}{loc.toString(whole)}{_separators(loc)[1]}{frac:02d}"


def parse_count(text: str, locale: QLocale | None = None) -> int | None:
    """A whole number of people ("12.500" in Turkish, "12,500" in English, or plain "12500")."""
    try:
        value = _plain_number(text, locale or QLocale(), decimals=False)
    except InputProblem as exc:
        raise InputProblem("count_invalid") from exc
    return None if value is None else int(value)


def format_count(n: int | None, locale: QLocale | None = None) -> str:
    return "" if n is None else (locale or QLocale()).toString(n)


def parse_coord(text: str) -> float | None:
    """Decimal degrees, "38,42" or "38.42"; None when empty; InputProblem("coord_invalid") otherwise."""
    if not text.strip():
        return None
    value = parse_coordinate(text)
    if value is None:
        raise InputProblem("coord_invalid")
    return value


def format_coord(value: float | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", _separators(locale or QLocale())[1])
