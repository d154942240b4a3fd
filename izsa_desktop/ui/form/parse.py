"""Parsing what clerks type: money with two decimals in its currency, whole counts, decimal-degree
coordinates, dates (day.month.year, leniently: "1.3.2025", "01/03/2025", "2025-03-01", "01032025").

Money never goes through float: the text is normalised with the locale's separators and parsed as
``Decimal``, then stored as integer kuruş. Grouping must be regular (groups of three after the first),
which is what makes "1.250,50" (tr) and "1250.50" (tr: rejected, not silently 125050 TL) unambiguous.
Dates are read whole, never section by section: a typed or pasted text is either exactly one calendar
day or a problem (``date_invalid``, ``date_no_such_day``, ``date_year_range``, ``date_needs_day``).
``parse_date`` returns a ``TypedDate`` that already knows its precision (day, month or year), so a field
that later accepts "03.2021" or "2019" only has to stop refusing the coarser ones.
Errors are ``InputProblem`` codes; the widgets word them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

from ...map.coords import parse_coordinate


class InputProblem(ValueError):
    """A typed value that cannot be read (``code``: money_invalid, money_decimals, money_currency,
    count_invalid, coord_invalid, date_*); ``params`` fill the message."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


# what may be typed next to an amount, per currency code (the amount is always in the field's currency)
CURRENCY_MARKS: dict[str, tuple[str, ...]] = {
    "TRY": ("₺", "TL", "TRY"), "EUR": ("€", "EUR"), "USD": ("$", "USD", "US$"), "GBP": ("£", "GBP"),
}
_KNOWN_MARKS = {m.upper() for marks in CURRENCY_MARKS.values() for m in marks} | {"CHF", "JPY"}
_MARK = re.compile(r"(?i)(₺|€|£|us\$|\$|\b[a-z]{2,3}\b)")


def _separators(locale: QLocale) -> tuple[str, str]:
    return locale.groupSeparator() or ",", locale.decimalPoint() or "."


def _strip_currency(text: str, currency: str | None) -> str:
    """The text without the marks of ``currency``; a mark of any other currency is a problem (an amount
    typed as "€ 500" into a TL field is never silently taken as TL)."""
    if currency is None:
        return text
    own = {m.upper() for m in CURRENCY_MARKS.get(currency, ())} | {currency.upper()}

    def drop(m: re.Match[str]) -> str:
        mark = m[1].upper()
        if mark in own:
            return " "
        if mark in _KNOWN_MARKS:
            raise InputProblem("money_currency")
        return m[0]  # some other word: not an amount (money_invalid below)

    return _MARK.sub(drop, text)


def _plain_number(text: str, locale: QLocale, decimals: bool, currency: str | None = None) -> Decimal | None:
    group, point = _separators(locale)
    t = _strip_currency(text, currency).replace("\u00a0", " ").replace("\u202f", " ").strip()
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


def parse_money(text: str, locale: QLocale | None = None, currency: str = "TRY") -> int | None:
    """Integer minor units (kuruş, cents) from "1.250.000,50" (tr) / "1,250,000.50" (en); None when empty.
    The marks of ``currency`` may be typed ("₺ 1.250", "1.250 TL"); another currency's is refused."""
    loc = locale or QLocale()
    try:
        value = _plain_number(text, loc, decimals=True, currency=currency)
    except InputProblem as exc:
        raise InputProblem(exc.code if exc.code == "money_currency" else "money_invalid") from exc
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


# -- dates ---------------------------------------------------------------------------------------------
FIRST_YEAR, LAST_YEAR = 1900, 2100
_SEP = r"\s*[./\-\s]\s*"
_D = "([0-9]{1,2})"
_Y = "([0-9]{4})"
_DMY = re.compile(rf"{_D}{_SEP}{_D}{_SEP}([0-9]+)\.?")
_ISO = re.compile(rf"{_Y}-{_D}-{_D}")
_DIGITS = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")
_MY = re.compile(rf"{_D}{_SEP}{_Y}")
_YEAR = re.compile(_Y)


@dataclass(frozen=True)
class TypedDate:
    """A date as far as it is known: a year, a month of a year, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day is not None and self.month else None


def _checked(year: int, month: int | None, day: int | None, text: str) -> TypedDate:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputProblem("date_year_range", first=FIRST_YEAR, last=LAST_YEAR)
    if month is not None and not 1 <= month <= 12:
        raise InputProblem("date_no_such_day", text=text)
    if day is not None and not 1 <= day <= calendar.monthrange(year, month or 1)[1]:
        raise InputProblem("date_no_such_day", text=text)
    return TypedDate(year, month, day)


def parse_date(text: str) -> TypedDate | None:
    """Read a typed or pasted date exactly; None when empty; InputProblem(date_*) otherwise.

    Day first, as written in Turkey ("15.03.2025", "1.3.2025", "15/03/2025", "15 03 2025",
    "15032025"), or ISO "2025-03-15". "03.2021" and "2019" give a month or a year (the caller decides
    whether that precision is enough). Two-digit years are refused rather than guessed.
    """
    t = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "").strip()
    if not t:
        return None
    if m := _ISO.fullmatch(t):
        return _checked(int(m[1]), int(m[2]), int(m[3]), t)
    if m := _DMY.fullmatch(t):
        if len(m[3]) != 4:
            raise InputProblem("date_invalid")
        return _checked(int(m[3]), int(m[2]), int(m[1]), t)
    if m := _DIGITS.fullmatch(t):
        return _checked(int(m[3]), int(m[2]), int(m[1]), t)
    if m := _MY.fullmatch(t):
        return _checked(int(m[2]), int(m[1]), None, t)
    if m := _YEAR.fullmatch(t):
        return _checked(int(m[1]), None, None, t)
    raise InputProblem("date_invalid")


def format_date(value: date | None) -> str:
    """ "15.03.2025" (the form's display; parse_date reads it back)."""
    return "" if value is None else f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
