"""The transport list as PDF: one page per vehicle per day, the sheet a driver is handed.

Each run shows its times, where from and where to (with addresses), the
headcount against the vehicle's passenger seats (flagged when over), and the
passengers by name, Latin first with the Cyrillic beneath; then the staff riding.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from studyvisit.documents import fonts
from studyvisit.documents.document_labels import word
from studyvisit.documents.localisation import clock, language_or_default, long_date, short_date
from studyvisit.documents.pdf_cells import Lines, Run
from studyvisit.documents.pdf_pages import CONTENT_WIDTH, HeadNote, RunningHead, build_pdf
from studyvisit.documents.pdf_styles import (
    ACCENT,
    ALERT,
    MUTED,
    RULE,
    TINT,
    esc,
    p,
    styles,
    table_style,
)
from studyvisit.documents.places import Place
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.documents.transport_data import Passenger, RunRow, VehicleDay, transport_sheets
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import VisitPlan

TIME_WIDTH = 25 * mm
COUNT_WIDTH = 30 * mm
PASSENGER_COLUMNS = 3
COLUMN_MAJOR_LIMIT = 45  # passengers; beyond, a list runs over pages and reads across
SIZE = 8.5
MIN_NAME_SIZE = 6.5  # a name shrinks to this before it wraps


@register
class TransportPdfExporter(Exporter):
    identifier = "transport"
    name = "Transport list"
    file_types = ("pdf", "xlsx")
    description = "Per vehicle per day: runs, addresses, passengers, headcount, driver."

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
            from studyvisit.documents.transport_xlsx import write_transport_xlsx

            write_transport_xlsx(plan, options, out, progress, cancel)
            return
        write_transport_pdf(plan, options, out, progress, cancel)


def write_transport_pdf(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write every vehicle's day (only runs of ``options.group_key``/``delegate_key`` if set)."""
    language = language_or_default(options.language)
    sheets = transport_sheets(plan, language, options.group_key, options.delegate_key)
    story: list[Flowable] = []
    for number, sheet in enumerate(sheets, start=1):
        check_cancel(cancel)
        progress(number, len(sheets) + 1, sheet.label)
        if story:
            story.append(PageBreak())
        story += vehicle_day(sheet, language)
    if not sheets:
        story.append(p(esc(word("no_runs", language)), styles().body))
    visit = plan.visit
    build_pdf(
        out,
        story,
        RunningHead(
            title=visit.name,
            subtitle=" · ".join(v for v in (visit.project, visit.funder) if v),
            right=word("transport_list", language),
            footer_left=visit.host or "",
            page_label=word("page", language),
        ),
        title=f"{visit.name} – {word('transport_list', language)}",
        subject=word("transport_list", language),
        author=visit.host or "",
        language=language,
        cancel=cancel,
    )
    progress(len(sheets) + 1, len(sheets) + 1, "")


def vehicle_day(sheet: VehicleDay, language: str) -> list[Flowable]:
    """A driver's page: the vehicle and day, its facts, then each run."""
    s = styles()
    day = long_date(sheet.day, language)
    name = f"{sheet.label} · {sheet.plate}" if sheet.plate else sheet.label
    flowables: list[Flowable] = [
        HeadNote(f"{sheet.plate or sheet.label} · {short_date(sheet.day, language)}"),
        p(esc(name), s.title),
        p(f"<b>{esc(day)}</b>", s.subtitle),
        Spacer(0, 3 * mm),
        facts_band(sheet, language),
        Spacer(0, 6 * mm),
    ]
    for run in sheet.runs:
        flowables += [KeepTogether(run_table(run, language)), Spacer(0, 4 * mm)]
    return flowables


def facts_band(sheet: VehicleDay, language: str) -> Flowable:
    s = styles()
    facts = [
        (
            word("driver", language),
            ", ".join(v for v in (sheet.driver_name, sheet.driver_phone) if v),
        ),
        (
            word("phone", language),
            sheet.vehicle_phone if sheet.vehicle_phone != sheet.driver_phone else "",
        ),
        (word("seats", language), str(sheet.seats)),
        (word("operator", language), sheet.operator),
    ]
    rows = [[p(esc(k), s.cell_head), p(esc(v), s.cell)] for k, v in facts if v]
    band = Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
    band.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.1 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return band


def run_table(run: RunRow, language: str) -> list[Flowable]:
    """The run's line (times, from → to, headcount) over its passenger grid."""
    s = styles()
    times = Lines(
        [
            Run(clock(run.depart), fonts.BOLD, 11, ACCENT),
            Run(f"→ {clock(run.arrive)}", fonts.REGULAR, SIZE, MUTED),
        ]
    )
    route = Lines(
        [
            *_place_runs(word("from", language), run.origin),
            *_place_runs(word("to", language), run.destination),
            Run(", ".join(run.groups), fonts.CONDENSED, SIZE - 0.5, MUTED),
        ]
    )
    count_text = word("of_seats", language).format(people=run.headcount, seats=run.seats)
    count = [Run(count_text, fonts.CONDENSED_BOLD, 9.5, ALERT if run.over_capacity else ACCENT)]
    if run.over_capacity:
        count.append(Run(word("over_capacity", language), fonts.CONDENSED, SIZE, ALERT))
    head = Table(
        [[times, route, Lines(count)]],
        colWidths=[TIME_WIDTH, CONTENT_WIDTH - TIME_WIDTH - COUNT_WIDTH, COUNT_WIDTH],
        hAlign="LEFT",
    )
    head.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.9, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    head.keepWithNext = True
    block: list[Flowable] = [head]
    if run.notes:
        note = p(f"<b>{esc(word('notes', language))}:</b> {esc(run.notes)}", s.small)
        note.keepWithNext = True
        block.append(note)
    block.append(passenger_grid(run.passengers))
    return block


def passenger_grid(passengers: tuple[Passenger, ...]) -> Flowable:
    """Passengers numbered in three columns, under a hairline; splits across pages.

    Read down the columns when the list fits a page's height, across the rows
    when it is so long that it runs onto another page.
    """
    if not passengers:
        return Spacer(0, 2 * mm)
    cells = [_passenger_cell(n, passenger) for n, passenger in enumerate(passengers, start=1)]
    per_column = -(-len(cells) // PASSENGER_COLUMNS)
    if len(cells) <= COLUMN_MAJOR_LIMIT:
        rows = [
            [
                cells[c * per_column + r] if c * per_column + r < len(cells) else ""
                for c in range(PASSENGER_COLUMNS)
            ]
            for r in range(per_column)
        ]
    else:
        rows = [cells[i : i + PASSENGER_COLUMNS] for i in range(0, len(cells), PASSENGER_COLUMNS)]
        rows[-1] = rows[-1] + [""] * (PASSENGER_COLUMNS - len(rows[-1]))
    width = CONTENT_WIDTH / PASSENGER_COLUMNS
    grid = Table(rows, colWidths=[width] * PASSENGER_COLUMNS, hAlign="LEFT")
    grid.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 2 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return grid


def _passenger_cell(number: int, passenger: Passenger) -> Lines:
    second = passenger.native_name if passenger.kind == "delegate" else passenger.role_label
    label = f"{number}. "
    indent = stringWidth(label, fonts.CONDENSED_BOLD, SIZE)
    return Lines(
        [
            Run(f"{label}{passenger.name}", fonts.CONDENSED_BOLD, SIZE, min_size=MIN_NAME_SIZE),
            Run(second or "", fonts.CONDENSED, SIZE - 0.5, MUTED, indent, min_size=MIN_NAME_SIZE),
        ]
    )


def _place_runs(label: str, place: Place | None) -> list[Run]:
    if place is None:
        return [Run(f"{label}: ?", fonts.CONDENSED_BOLD, SIZE)]
    found = [Run(f"{label}: {place.name}", fonts.CONDENSED_BOLD, SIZE)]
    if place.address:
        found.append(Run(place.address, fonts.CONDENSED, SIZE - 0.5, MUTED))
    return found
