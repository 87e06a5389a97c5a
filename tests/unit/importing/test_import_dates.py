"""Dates from text, serial numbers and cells; a property test over every written form."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyvisit.importing.dates import (
    cell_date,
    cell_datetime,
    cell_time,
    parse_date_text,
    parse_datetime_text,
)

FORMS = [
    "{d:02d}.{m:02d}.{y:04d}",
    "{d}.{m}.{y:04d}",
    "{y:04d}-{m:02d}-{d:02d}",
    "{d:02d}/{m:02d}/{y:04d}",
    "{d:02d}-{m:02d}-{y:04d}",
    "{d}.{m}.{y:04d} г.",
    "{y:04d}.{m:02d}.{d:02d}",
]


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(FORMS),
)
def test_every_written_form_reads_back_the_date(date: dt.date, form: str) -> None:
    text = form.format(d=date.day, m=date.month, y=date.year)
    assert parse_date_text(text) == date


@given(
    st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2080, 12, 31)),
    st.sampled_from(
        ["{:%d.%m.%Y %H:%M}", "{:%Y-%m-%d %H:%M}", "{:%Y-%m-%dT%H:%M:%S}", "{:%d/%m/%Y %H:%M}"]
    ),
)
def test_date_times_read_back(moment: dt.datetime, form: str) -> None:
    expected = moment.replace(microsecond=0)
    if "%S" not in form:
        expected = expected.replace(second=0)
    assert parse_datetime_text(form.format(moment)) == expected


# Serial numbers 1900-2100 (dates in 1905) are read as a bare year, which is what such a
# number in a date-of-birth column is; no delegate was born in 1905.
@given(st.dates(min_value=dt.date(1906, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_excel_serial_numbers(date: dt.date) -> None:
    serial = (date - dt.date(1899, 12, 30)).days
    assert cell_date(float(serial)) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("02.07.1975", dt.date(1975, 7, 2)),
        ("2.7.1975", dt.date(1975, 7, 2)),
        ("1975-07-02", dt.date(1975, 7, 2)),
        ("02/07/1975", dt.date(1975, 7, 2)),
        ("07/25/1975", dt.date(1975, 7, 25)),
        ("2 lipca 1975", dt.date(1975, 7, 2)),
        ("2 июля 1975 г.", dt.date(1975, 7, 2)),
        ("2 ліпеня 1975", dt.date(1975, 7, 2)),
        ("3 листопада 1975", dt.date(1975, 11, 3)),
        ("July 2, 1975", dt.date(1975, 7, 2)),
        ("19750702", dt.date(1975, 7, 2)),
    ],
)
def test_text_dates(text: str, date: dt.date) -> None:
    assert parse_date_text(text) == date


def test_two_digit_years_of_birth_are_in_the_past() -> None:
    assert parse_date_text("02.07.75", prefer_past=True) == dt.date(1975, 7, 2)
    assert parse_date_text("02.07.30") == dt.date(2030, 7, 2)


@pytest.mark.parametrize("text", ["31.02.1975", "tomorrow", "1975", "02.07", ""])
def test_unreadable_dates(text: str) -> None:
    with pytest.raises(ValueError):
        cell_date(text)


def test_a_date_cell_at_midnight_is_a_date_time() -> None:
    # python-calamine gives a date, not a datetime, for a date-time cell at midnight.
    assert cell_datetime(dt.date(2025, 7, 1)) == dt.datetime(2025, 7, 1, 0, 0)
    assert cell_date(dt.datetime(1975, 7, 2, 0, 0)) == dt.date(1975, 7, 2)


def test_times() -> None:
    assert cell_time("14:30") == dt.time(14, 30)
    assert cell_time(0.5) == dt.time(12, 0)
    assert cell_time(dt.timedelta(hours=9, minutes=5)) == dt.time(9, 5)
