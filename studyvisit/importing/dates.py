"""Dates and times from spreadsheet cells: real date cells, Excel serial numbers and text.

Text is read day first, as everywhere the delegates come from (02/07/1975 is 2 July), unless
only month-first makes sense (07/25/1975). Month names may be Polish, English, Russian,
Belarusian or Ukrainian ("2 lipca 1975", "2 июля 1975 г.").
"""

from __future__ import annotations

import datetime as dt
import re

from studyvisit.importing.text_folding import fold

_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_MIDNIGHT = dt.time(0, 0)
_MAX_SERIAL = 2958465  # 9999-12-31

_TIME = r"(?:[ T,]+(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
_YEAR_WORD = r"(?:\s*(?:г|r|р|рр|гг|y)\.?)?"
_ISO = re.compile(rf"^(?P<year>\d{{4}})[-./](?P<a>\d{{1,2}})[-./](?P<b>\d{{1,2}}){_TIME}$")
_DAY_FIRST = re.compile(
    rf"^(?P<a>\d{{1,2}})\s*[-./]\s*(?P<b>\d{{1,2}})\s*[-./]\s*(?P<year>\d{{4}}|\d{{2}}){_YEAR_WORD}{_TIME}$"
)
_COMPACT = re.compile(r"^(?P<year>(?:19|20)\d{2})(?P<a>\d{2})(?P<b>\d{2})$")
_WORDS = re.compile(
    rf"^(?P<day>\d{{1,2}})\.?\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{{4}}){_YEAR_WORD}{_TIME}$"
)
_WORDS_MONTH_FIRST = re.compile(
    rf"^(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}$"
)
_TIME_ONLY = re.compile(r"^(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?$")

# First three letters of month names (after folding) in pl, en, ru, be, uk.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "sty jan янв сту сiч",
        "lut feb фев лют",
        "mar мар сак бер",
        "kwi apr апр кра квi",
        "maj may мая май тра",
        "cze jun июн чэр чер",
        "lip jul июл лiп лип",
        "sie aug авг жнi сер",
        "wrz sep сен вер",
        "paz oct окт кас жов",
        "lis nov ноя лiс лис",
        "gru dec дек сне гру",
    ),
    start=1,
):
    for _prefix in _names.split():
        _MONTHS[fold(_prefix)] = _number


def _full_year(year: int, digits: int, prefer_past: bool) -> int:
    if digits == 4:
        return year
    this_year = dt.date.today().year % 100
    if prefer_past:
        return 2000 + year if year <= this_year else 1900 + year
    return 2000 + year


def _time_of(match: re.Match[str]) -> dt.time:
    hour = match.group("hour")
    if hour is None:
        return dt.time(0, 0)
    return dt.time(int(hour), int(match.group("minute")), int(match.group("second") or 0))


def _day_and_month(a: int, b: int) -> tuple[int, int]:
    """Day first, unless only month first is a valid date."""
    if b > 12 >= a:
        return b, a
    return a, b


def parse_datetime_text(text: str, *, prefer_past: bool = False) -> dt.datetime:
    """A date with an optional time from text; raises ValueError when it is not one."""
    text = " ".join(text.split()).strip(" ,;")
    match = _ISO.match(text)
    if match:
        year = int(match["year"])
        month, day = int(match["a"]), int(match["b"])
        return dt.datetime.combine(dt.date(year, month, day), _time_of(match))
    match = _DAY_FIRST.match(text)
    if match:
        day, month = _day_and_month(int(match["a"]), int(match["b"]))
        year = _full_year(int(match["year"]), len(match["year"]), prefer_past)
        return dt.datetime.combine(dt.date(year, month, day), _time_of(match))
    match = _COMPACT.match(text)
    if match:
        return dt.datetime(int(match["year"]), int(match["a"]), int(match["b"]))
    match = _WORDS.match(text) or _WORDS_MONTH_FIRST.match(text)
    if match:
        month = _MONTHS.get(fold(match["month"])[:3])
        if month is not None:
            date = dt.date(int(match["year"]), month, int(match["day"]))
            return dt.datetime.combine(date, _time_of(match))
    raise ValueError(f"not a date: {text!r}")


def parse_date_text(text: str, *, prefer_past: bool = False) -> dt.date:
    """A date from text such as 02.07.1975, 2.7.1975, 1975-07-02 or 02/07/1975."""
    return parse_datetime_text(text, prefer_past=prefer_past).date()


def parse_time_text(text: str) -> dt.time:
    """A time of day from text such as 14:30 or 9.05."""
    match = _TIME_ONLY.match(text.strip())
    if not match:
        raise ValueError(f"not a time: {text!r}")
    return _time_of(match)


def excel_serial(number: float) -> dt.datetime:
    """The date-time an Excel/LibreOffice serial number stands for (1900 date system)."""
    if not 1 <= number <= _MAX_SERIAL:
        raise ValueError(f"not a date serial: {number!r}")
    return _EXCEL_EPOCH + dt.timedelta(days=number)


def cell_datetime(value: object, *, prefer_past: bool = False) -> dt.datetime:
    """A date-time from any cell value (date cells, serial numbers, text); ValueError if none.

    python-calamine gives a ``date`` for a date-time cell at exactly midnight, so a ``date``
    is read as that midnight, per value."""
    if value.__class__ is dt.datetime or isinstance(value, dt.datetime):
        if value.microsecond or value.tzinfo is not None:  # type: ignore[union-attr]
            return value.replace(tzinfo=None, microsecond=0)  # type: ignore[union-attr]
        return value  # type: ignore[return-value]
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, _MIDNIGHT)
    if isinstance(value, bool):
        raise ValueError("not a date")
    if isinstance(value, int | float):
        if 1900 <= value <= 2100 and float(value).is_integer():
            raise ValueError("only a year")
        return excel_serial(float(value)).replace(microsecond=0)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and len(text) == 5:
            return excel_serial(int(text))
        if text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
            raise ValueError("only a year")
        return parse_datetime_text(text, prefer_past=prefer_past)
    raise ValueError(f"not a date: {value!r}")


def cell_date(value: object, *, prefer_past: bool = False) -> dt.date:
    """A date from any cell value; ValueError if the cell holds none."""
    if value.__class__ is dt.date:
        return value  # type: ignore[return-value]
    return cell_datetime(value, prefer_past=prefer_past).date()


def cell_time(value: object) -> dt.time:
    """A time of day from a time cell, a fraction of a day or text."""
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.timedelta):
        seconds = round(value.total_seconds()) % 86400
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400) % 86400
        return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if isinstance(value, str):
        return parse_time_text(value)
    raise ValueError(f"not a time: {value!r}")
