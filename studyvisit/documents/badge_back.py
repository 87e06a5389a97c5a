"""The back of a badge: an agenda summary and the contacts, set as a list in a box.

A list is entries (a heading, or a line with an optional lead such as a time)
flowed into one or more columns, as large as lets everything fit; item lines
wrap to two lines under their text, and at the smallest size the list is cut
with an ellipsis rather than overflow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import format_date
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from studyvisit.documents import fonts
from studyvisit.documents.badge_fields import role_label
from studyvisit.documents.badge_layout import MM, ListElement
from studyvisit.documents.localisation import clock, label, text_in
from studyvisit.documents.pdf_text import (
    ASCENT,
    DESCENT,
    ELLIPSIS,
    TextStyle,
    colour,
    ellipsise,
    fit_text,
)
from studyvisit.records import AgendaItemRecord, StaffRecord

MAIN_KINDS = frozenset({"arrival", "departure", "meeting", "site_visit", "other"})
CONTACT_ROLES = ("coordinator", "organiser", "interpreter", "host")
_LEADING = 1.22
_BLOCK_GAP = 0.45  # in lines, before each heading but the first of a column
_SIZE_STEP = 0.25


@dataclass(frozen=True, slots=True)
class ListEntry:
    text: str
    heading: bool = False
    lead: str = ""  # set in a column of its own before the text (a time)


@dataclass(frozen=True, slots=True)
class PlacedLine:
    """One line of a laid-out list: offsets in points from the box's top-left corner."""

    x: float
    baseline: float  # distance below the box's top
    text: str
    font: str
    size: float
    accent: bool


def agenda_summary(items: Sequence[AgendaItemRecord], language: str) -> tuple[ListEntry, ...]:
    """Each day's date, then its main items (no meals, travel or free time) with their times."""
    locale = {"en": "en_GB"}.get(language, language)
    entries: list[ListEntry] = []
    day: dt.date | None = None
    for item in items:
        if item.kind not in MAIN_KINDS:
            continue
        if item.start.date() != day:
            day = item.start.date()
            entries.append(ListEntry(format_date(day, "EEEE, d MMMM", locale=locale), heading=True))
        title, _ = text_in(item.title, language)
        entries.append(ListEntry(title or item.kind.replace("_", " "), lead=clock(item.start)))
    return tuple(entries)


def contact_entries(staff: Sequence[StaffRecord], language: str) -> tuple[ListEntry, ...]:
    """Coordinators, interpreters and hosts who have a phone number, under a heading."""
    people = sorted(
        (m for m in staff if m.phone and m.role in CONTACT_ROLES),
        key=lambda m: CONTACT_ROLES.index(m.role),
    )
    if not people:
        return ()
    lines = [
        ListEntry(f"{m.name} ({role_label(m.role, language).lower()})  {m.phone}") for m in people
    ]
    return (ListEntry(label("contacts", language), heading=True), *lines)


def list_text(
    canvas: Canvas,
    entries: tuple[ListEntry, ...],
    width: float,
    height: float,
    element: ListElement,
) -> str | None:
    """``entries`` laid out in a ``width`` × ``height`` box at the origin, as PDF operators."""
    lines = layout_list(entries, width, height, element)
    if not lines:
        return None
    text = canvas.beginText()
    for line in lines:
        text.setFont(line.font, line.size)
        text.setFillColor(colour(element.accent if line.accent else element.colour))
        text.setTextOrigin(line.x, height - line.baseline)
        text.textOut(line.text)
    return text.getCode()  # once: getCode appends its ET on every call


@lru_cache(maxsize=256)  # many badges share one programme
def layout_list(
    entries: tuple[ListEntry, ...], width: float, height: float, element: ListElement
) -> tuple[PlacedLine, ...]:
    """The largest size (down to the element's smallest) at which every entry fits, laid out."""
    if not entries:
        return ()
    for wrap in (2, 1):  # items on two lines while that fits, else on one (cut with …)
        size = element.max_size
        while True:
            last = wrap == 1 and size <= element.min_size
            placed = _flow(entries, size, width, height, element, wrap, cut=last)
            if placed is not None:
                return tuple(placed)
            if size <= element.min_size:
                break
            size = max(element.min_size, size - _SIZE_STEP)
    raise AssertionError("unreachable: the last attempt cuts the list")


Run = tuple[float, str, str, bool]  # x offset, text, font, accent
Row = tuple[Run, ...]  # runs on one baseline


def _flow(
    entries: tuple[ListEntry, ...],
    size: float,
    width: float,
    height: float,
    element: ListElement,
    wrap: int,
    cut: bool,
) -> list[PlacedLine] | None:
    """Entries in columns at ``size``; None if they do not fit (unless ``cut``: then end with …)."""
    pitch = size * _LEADING
    gap = element.column_gap * MM
    column_width = (width - gap * (element.columns - 1)) / element.columns
    leads = [e.lead for e in entries if e.lead]
    lead_width = max((stringWidth(lead, fonts.REGULAR, size) for lead in leads), default=0.0)
    indent = lead_width + 0.8 * size if leads else 0.0
    rows: list[list[PlacedLine]] = []
    column, baseline = 0, None
    for block in _blocks(entries, size, column_width, indent, wrap):
        start = ASCENT * size if baseline is None else baseline + pitch * (1 + _BLOCK_GAP)
        if start + (len(block) - 1) * pitch + DESCENT * size > height and baseline is not None:
            column, start = (
                column + 1,
                ASCENT * size,
            )  # a day's block moves whole to the next column
        for row in block:
            if column >= element.columns or start + DESCENT * size > height:
                return _cut(rows, size) if cut else None
            left = column * (column_width + gap)
            rows.append(
                [
                    PlacedLine(left + x, start, text, font, size, accent)
                    for x, text, font, accent in row
                ]
            )
            baseline, start = start, start + pitch
    return [line for row in rows for line in row]


def _blocks(
    entries: tuple[ListEntry, ...], size: float, width: float, indent: float, wrap: int
) -> list[list[Row]]:
    """Entries grouped under their headings, as rows; an item's text wraps to ``wrap`` lines."""
    blocks: list[list[Row]] = []
    style = TextStyle(fonts.REGULAR, size, size, max_lines=wrap)
    for entry in entries:
        if entry.heading or not blocks:
            blocks.append([])
        if entry.heading:
            blocks[-1].append(
                ((0.0, ellipsise(entry.text, width, fonts.BOLD, size), fonts.BOLD, True),)
            )
            continue
        lines = fit_text(entry.text, width - indent, size * 4, style).lines
        for number, line in enumerate(lines):
            text_run = (indent, line, fonts.REGULAR, False)
            lead = (0.0, entry.lead, fonts.REGULAR, True) if number == 0 and entry.lead else None
            blocks[-1].append((lead, text_run) if lead else (text_run,))
    return blocks


def _cut(rows: list[list[PlacedLine]], size: float) -> list[PlacedLine]:
    """The list as far as it fitted, its last row replaced by an ellipsis."""
    if not rows:
        return []
    last = rows[-1][0]
    ellipsis = PlacedLine(last.x, last.baseline, ELLIPSIS, fonts.REGULAR, size, False)
    return [*(line for row in rows[:-1] for line in row), ellipsis]
