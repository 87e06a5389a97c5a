"""Attendance sheets as PDF: one per day (default) or one per agenda item.

Each sheet carries the project, the funder, the date, time and place, then the
numbered list of foreign and of local participants with a signature column,
blank rows for walk-ins, and the coordinator's signature. The data-protection
notice (``visit.settings["gdpr_notice"]``, or a default per language) stands at
the foot of every page, so that every signature is given under it.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from studyvisit.documents import fonts
from studyvisit.documents.attendance_data import AttendanceSheet, Attendee, attendance_sheets
from studyvisit.documents.document_labels import word
from studyvisit.documents.localisation import clock, language_or_default, long_date
from studyvisit.documents.pdf_cells import Lines, Run
from studyvisit.documents.pdf_pages import CONTENT_WIDTH, HeadNote, RunningHead, build_pdf
from studyvisit.documents.pdf_styles import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    TINT,
    esc,
    fallback_mark,
    lines,
    p,
    styles,
    table_style,
)
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.documents.signatory import localised, signatory
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import VisitPlan

# Number, name, organisation, country; the signature takes the rest.
COLUMNS = (8 * mm, 58 * mm, 58 * mm, 18 * mm)
SIGNATURE_ROOM = 7.5 * mm  # the least height of a row, to sign in
DEFAULT_BLANK_ROWS = 3
CELL_PADDING = 1.6 * mm
CELL_SIZE = 8.5
MIN_NAME_SIZE = 6.5  # a name shrinks to this before it wraps (one line reads and searches better)


@register
class AttendancePdfExporter(Exporter):
    identifier = "attendance"
    name = "Attendance sheets"
    file_types = ("pdf", "xlsx")
    description = "Presence lists to sign, one per day or one per agenda item."

    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        if file_type == "xlsx":
            from studyvisit.documents.attendance_xlsx import write_attendance_xlsx

            write_attendance_xlsx(plan, options, out, progress, cancel)
            return
        write_attendance_pdf(plan, options, out, progress, cancel)


def write_attendance_pdf(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write the sheets (``options.per``: "day" or "item"; ``extra["blank_rows"]``)."""
    language = language_or_default(options.language)
    per = "item" if options.per == "item" else "day"
    sheets = attendance_sheets(plan, language, per, options.group_key)
    blank_rows = int(options.extra.get("blank_rows", DEFAULT_BLANK_ROWS))
    story: list[Flowable] = []
    for number, sheet in enumerate(sheets, start=1):
        check_cancel(cancel)
        progress(number, len(sheets) + 1, long_date(sheet.day, language))
        if story:
            story.append(PageBreak())
        story += sheet_flowables(plan, sheet, language, blank_rows)
    if not sheets:
        story.append(p(esc(word("no_items", language)), styles().body))
    visit = plan.visit
    head = RunningHead(
        title=visit.project or visit.name,
        subtitle=visit.funder or "",
        right=word("attendance_list", language),
        footer_left=visit.host or "",
        page_label=word("page", language),
        notes={"fallback": "* " + word("other_language", language)},
        foot_notice=lines(gdpr_notice(plan, language)).replace("\n", "<br/>"),
    )
    build_pdf(
        out,
        story,
        head,
        title=f"{visit.name} – {word('attendance_list', language)}",
        subject=word("attendance_list", language),
        author=visit.host or "",
        language=language,
        cancel=cancel,
    )
    progress(len(sheets) + 1, len(sheets) + 1, "")


def gdpr_notice(plan: VisitPlan, language: str) -> str:
    """The visit's data-protection notice in ``language``, or the default one."""
    return localised(plan.visit.settings.get("gdpr_notice"), language) or word(
        "gdpr_default", language
    )


def sheet_flowables(
    plan: VisitPlan, sheet: AttendanceSheet, language: str, blank_rows: int
) -> list[Flowable]:
    """One sheet: heading, facts, the two lists, the coordinator's signature."""
    s = styles()
    day = long_date(sheet.day, language)
    flowables: list[Flowable] = [
        HeadNote(day),
        p(esc(word("attendance_list", language)), s.title),
        Spacer(0, 1.5 * mm),
        facts_table(plan, sheet, language, day),
        Spacer(0, 5 * mm),
    ]
    numbering = 1
    for key, people, blanks in (
        ("foreign_participants", sheet.foreign, 0),
        ("local_participants", sheet.local, blank_rows),
    ):
        if not people and not blanks:
            continue
        heading = p(esc(word(key, language)), s.heading)
        flowables += [people_table(heading, people, language, numbering, blanks), Spacer(0, 5 * mm)]
        numbering += len(people) + blanks
    flowables.append(coordinator_block(plan, language))
    return flowables


def facts_table(plan: VisitPlan, sheet: AttendanceSheet, language: str, day: str) -> Flowable:
    s = styles()
    visit = plan.visit
    title = esc(sheet.title) + (fallback_mark() if sheet.title_fell_back else "")
    places = "<br/>".join(
        f"<b>{esc(place.name)}</b>" + (f", {esc(place.address)}" if place.address else "")
        for place in sheet.places
    )
    facts = [
        ("project", esc(visit.project or visit.name)),
        ("funder", esc(visit.funder or "")),
        ("event", title),
        ("date", f"<b>{esc(day)}</b>"),
        ("time", f"{clock(sheet.start)}–{clock(sheet.end)}"),
        ("place", places),
    ]
    rows = [
        [p(esc(word(key, language)), s.cell_head), p(value, s.cell)]
        for key, value in facts
        if value
    ]
    table = Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def people_table(
    heading: Flowable,
    people: tuple[Attendee, ...],
    language: str,
    first_number: int,
    blank_rows: int,
) -> Table:
    """The numbered list with a signature column.

    The section's heading is the table's first row, so that it never ends a page
    alone; heading and column titles repeat on every page the list runs onto.
    """
    # Plain strings where nothing wraps: a table draws them far faster than paragraphs.
    header = [
        word(key, language)
        for key in ("number", "name_latin_native", "organisation", "country", "signature")
    ]
    rows: list[list] = [[heading, "", "", "", ""], header]
    for number, person in enumerate(people, start=first_number):
        rows.append(
            [
                f"{number}.",
                Lines(
                    [
                        Run(
                            person.latin_name,
                            fonts.CONDENSED_BOLD,
                            CELL_SIZE,
                            min_size=MIN_NAME_SIZE,
                        ),
                        Run(
                            person.native_name or "",
                            fonts.CONDENSED,
                            CELL_SIZE,
                            min_size=MIN_NAME_SIZE,
                        ),
                    ]
                ),
                Lines(
                    [
                        Run(person.organisation, fonts.CONDENSED, CELL_SIZE),
                        Run(person.position, fonts.CONDENSED, CELL_SIZE - 0.5, MUTED),
                    ]
                ),
                Lines([Run(person.country_name, fonts.CONDENSED, CELL_SIZE)]),
                Spacer(0, SIGNATURE_ROOM),
            ]
        )
    for number in range(first_number + len(people), first_number + len(people) + blank_rows):
        rows.append([f"{number}.", Spacer(0, SIGNATURE_ROOM), "", "", ""])
    widths = [*COLUMNS, CONTENT_WIDTH - sum(COLUMNS)]
    table = Table(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("FONT", (0, 1), (-1, -1), fonts.CONDENSED, 8.5, 10.5),
                ("FONT", (0, 1), (-1, 1), fonts.CONDENSED_BOLD, 8.5, 10.5),
                ("TEXTCOLOR", (0, 1), (-1, 1), ACCENT),
                ("ALIGN", (0, 2), (0, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (-1, 1), 0.9, ACCENT),
                ("LINEBELOW", (0, 2), (-1, -1), 0.4, RULE),
                ("LINEBEFORE", (-1, 2), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (0, 0), 0),
                ("BOTTOMPADDING", (0, 0), (0, 0), 2 * mm),
            ]
        )
    )
    return table


def coordinator_block(plan: VisitPlan, language: str) -> Flowable:
    """Lines for the coordinator's printed name and signature, the name filled in if known."""
    s = styles()
    person = signatory(plan, language)
    name = esc(person.name)
    if person.position:
        name += f'<br/><font color="#5C6875">{esc(person.position)}</font>'
    gap = 14 * mm
    half = (CONTENT_WIDTH - gap) / 2
    table = Table(
        [
            [p(name, s.cell), "", ""],
            [
                p(esc(word("printed_name", language)), s.cell_muted),
                "",
                p(esc(word("coordinator_signature", language)), s.cell_muted),
            ],
        ],
        colWidths=[half, gap, half],
        rowHeights=[13 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([Spacer(0, 3 * mm), table])
