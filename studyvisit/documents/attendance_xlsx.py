"""Attendance sheets as a workbook: one sheet per day or per agenda item, then a summary.

Each sheet is a presence list a funder accepts: project, funder, event, date,
time and place above a numbered, bordered table (Latin name, name as written,
organisation, country, signature) with foreign and local participants apart,
blank numbered rows for local participants who come unannounced, the
coordinator's signature and the data-protection notice at the foot (from the
visit's settings, ``gdpr_notice``, else the default). The summary sheet counts
delegates by category, country and gender, and those present each day. Data
come from :mod:`studyvisit.documents.attendance_data`, shared with the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from studyvisit.documents.attendance_data import (
    AttendanceSheet,
    Attendee,
    CountRow,
    ParticipantSummary,
    attendance_sheets,
    participant_summary,
)
from studyvisit.documents.document_labels import word
from studyvisit.documents.localisation import clock, language_or_default, long_date
from studyvisit.documents.registry import ExportOptions
from studyvisit.documents.sheet_labels import marked, sheet_word
from studyvisit.documents.sheet_writer import (
    Column,
    Row,
    RowStyle,
    Sheet,
    label_row,
    write_xlsx,
)
from studyvisit.progress import Cancel, Progress, never_cancel, no_progress
from studyvisit.records import VisitPlan, pick_text

BLANK_ROWS = 5  # numbered rows for local participants to add themselves
SIGNATURE_ROW_HEIGHT = 30  # points: room to sign
SIGNATURE_LINE = "_" * 40


def write_attendance_xlsx(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Attendance sheets one per day or per item (``options.per``) and the summary."""
    language = language_or_default(options.language)
    per = "item" if options.per == "item" else "day"
    blank_rows = int(options.extra.get("blank_rows", BLANK_ROWS))
    sheets = [
        presence_sheet(plan, sheet, language, per, blank_rows)
        for sheet in attendance_sheets(plan, language, per, options.group_key)
    ]
    sheets.append(
        summary_sheet(plan, participant_summary(plan, language, options.group_key), language)
    )
    write_xlsx(sheets, out, progress, cancel)


def presence_sheet(
    plan: VisitPlan, sheet: AttendanceSheet, language: str, per: str, blank_rows: int = BLANK_ROWS
) -> Sheet:
    """One presence list to print and sign."""
    w = sheet_word
    columns = [
        Column(w("number", language), width=5),
        Column(w("name_latin", language), width=28, wrap=True),
        Column(w("name_native", language), width=28, wrap=True),
        Column(w("organisation", language), width=34, wrap=True),
        Column(w("country", language), width=14, wrap=True),
        Column(w("signature", language), width=26),
    ]
    rows: list[Sequence[Any] | Row] = [
        Row((word("foreign_participants", language),), RowStyle.SECTION)
    ]
    rows += _people(sheet.foreign)
    rows.append(Row((word("local_participants", language),), RowStyle.SECTION))
    rows += _people(sheet.local)
    rows += [[len(sheet.local) + extra] for extra in range(1, blank_rows + 1)]
    name = f"{sheet.start:%d.%m.%Y}" if per == "day" else f"{sheet.start:%d.%m %H.%M} {sheet.title}"
    return Sheet(
        name,
        columns,
        rows,
        preamble=_heading(plan, sheet, language),
        footer=_footer(plan, language),
        autofilter=False,
        grid=True,
        row_height=SIGNATURE_ROW_HEIGHT,
        row_count=len(rows),
    )


def _people(people: Sequence[Attendee]) -> list[list[Any]]:
    return [
        [
            number,
            person.latin_name,
            person.native_name or "",
            person.organisation,
            person.country_name,
        ]
        for number, person in enumerate(people, 1)
    ]


def _heading(plan: VisitPlan, sheet: AttendanceSheet, language: str) -> list[Row]:
    w = sheet_word
    visit = plan.visit
    places = "; ".join(place.one_line for place in sheet.places)
    return [
        Row((word("attendance_list", language),), RowStyle.TITLE),
        label_row(w("project", language), visit.project or visit.name),
        label_row(w("funder", language), visit.funder or ""),
        label_row(w("event", language), marked(sheet.title, sheet.title_fell_back)),
        label_row(w("date", language), long_date(sheet.day, language)),
        label_row(w("time", language), f"{clock(sheet.start)}–{clock(sheet.end)}"),
        label_row(w("place", language), places),
        Row(()),
    ]


def _footer(plan: VisitPlan, language: str) -> list[Row]:
    return [
        label_row(word("coordinator_signature", language), SIGNATURE_LINE),
        Row(()),
        Row((gdpr_notice(plan, language),), RowStyle.NOTE),
    ]


def gdpr_notice(plan: VisitPlan, language: str) -> str:
    """The visit's data-protection notice (``settings["gdpr_notice"]``: text or by language)."""
    notice = plan.visit.settings.get("gdpr_notice")
    if isinstance(notice, dict):
        text, _language = pick_text(notice, language)
        if text:
            return text
    elif isinstance(notice, str) and notice.strip():
        return notice
    return word("gdpr_default", language)


def summary_sheet(plan: VisitPlan, summary: ParticipantSummary, language: str) -> Sheet:
    """Counts for the funder's report: by category, by country (by gender), and by day."""
    w = sheet_word
    columns = [
        Column(w("category", language), max_width=40),
        Column(w("female", language)),
        Column(w("male", language)),
        Column(w("gender_unknown", language)),
        Column(w("total", language)),
    ]
    rows: list[Sequence[Any] | Row] = [Row((w("by_category", language),), RowStyle.SECTION)]
    rows += [_count_values(row) for row in summary.by_category]
    rows.append(Row(_count_values(summary.total), RowStyle.TOTAL))
    rows += [Row(()), Row((w("by_country", language),), RowStyle.SECTION)]
    rows += [_count_values(row) for row in summary.by_country]
    rows.append(Row(_count_values(summary.total), RowStyle.TOTAL))
    rows += [Row(()), Row((w("by_day", language),), RowStyle.SECTION)]
    rows.append(
        Row(
            (
                w("date", language),
                w("foreign", language),
                w("local", language),
                w("total", language),
            ),
            RowStyle.HEADER,
        )
    )
    rows += [[day.day, day.foreign, day.local, day.foreign + day.local] for day in summary.by_day]
    visit = plan.visit
    preamble = [
        Row((w("participant_summary", language),), RowStyle.TITLE),
        label_row(w("project", language), visit.project or visit.name),
        label_row(w("funder", language), visit.funder or ""),
        label_row(w("participants_total", language), summary.total.total),
        label_row(w("foreign", language), summary.foreign),
        label_row(w("local", language), summary.local),
        Row(()),
    ]
    return Sheet(
        w("sheet.summary", language),
        columns,
        rows,
        preamble=preamble,
        autofilter=False,
        landscape=False,
    )


def _count_values(row: CountRow) -> list[Any]:
    return [row.label, row.female, row.male, row.unknown, row.total]
