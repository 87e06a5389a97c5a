"""How values are written on screen: dates, times, lists, in the interface's locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime

from studyvisit.ui.i18n import ui_locale

DATE_PATTERN = "d MMM yyyy"
DAY_PATTERN = "ddd d MMM"
TIME_PATTERN = "HH:mm"
DATETIME_PATTERN = "d MMM yyyy, HH:mm"


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second))


def format_date(value: dt.date | None) -> str:
    return "" if value is None else ui_locale().toString(qdate(value), DATE_PATTERN)


def format_day(value: dt.date | None) -> str:
    """A day of the programme: weekday, day and month ("Tue 2 Jul")."""
    return "" if value is None else ui_locale().toString(qdate(value), DAY_PATTERN)


def format_time(value: dt.datetime | dt.time | None) -> str:
    if value is None:
        return ""
    return f"{value.hour:02d}:{value.minute:02d}"


def format_datetime(value: dt.datetime | None) -> str:
    return "" if value is None else ui_locale().toString(qdatetime(value), DATETIME_PATTERN)


def format_date_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"


def join(values: Iterable[str | None]) -> str:
    return ", ".join(value for value in values if value)


def format_value(value: Any) -> str:
    """The default cell text for a native value."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, tuple | list):
        return join(format_value(item) for item in value)
    return str(value)
