"""The participant summary as PDF, for the funder's report.

Counts of delegates by category and by country, each split by gender, the
foreign and local totals, and how many were due on each day. A document of its
own (identifier ``participants``): it is filed with the report after the
visit, while the attendance sheets are printed before each day.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from studyvisit.documents import fonts
from studyvisit.documents.attendance_data import CountRow, ParticipantSummary, participant_summary
from studyvisit.documents.document_labels import date_span, word
from studyvisit.documents.localisation import language_or_default, long_date
from studyvisit.documents.pdf_pages import CONTENT_WIDTH, RunningHead, build_pdf
from studyvisit.documents.pdf_styles import ACCENT, RULE, TINT, esc, p, styles, table_style
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.progress import Cancel, Progress, never_cancel, no_progress
from studyvisit.records import VisitPlan

NUMBER_WIDTH = 22 * mm


@register
class ParticipantsPdfExporter(Exporter):
    identifier = "participants"
    name = "Participant summary"
    file_types = ("pdf",)
    description = "Delegates counted by category, country and gender, for the funder's report."

    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        write_participants_pdf(plan, options, out, progress, cancel)


def write_participants_pdf(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write the summary of the visit's (or ``options.group_key``'s) delegates."""
    language = language_or_default(options.language)
    summary = participant_summary(plan, language, options.group_key)
    progress(0, 1, word("participant_summary", language))
    visit = plan.visit
    build_pdf(
        out,
        summary_flowables(plan, summary, language),
        RunningHead(
            title=visit.project or visit.name,
            subtitle=visit.funder or "",
            right=word("participant_summary", language),
            footer_left=visit.host or "",
            page_label=word("page", language),
        ),
        title=f"{visit.name} – {word('participant_summary', language)}",
        subject=word("participant_summary", language),
        author=visit.host or "",
        language=language,
        cancel=cancel,
    )
    progress(1, 1, "")


def summary_flowables(
    plan: VisitPlan, summary: ParticipantSummary, language: str
) -> list[Flowable]:
    s = styles()
    visit = plan.visit
    flowables: list[Flowable] = [
        p(esc(word("participant_summary", language)), s.title),
        p(
            esc(f"{visit.name} · {date_span(visit.start_date, visit.end_date, language)}"),
            s.subtitle,
        ),
        Spacer(0, 5 * mm),
        totals_band(summary, language),
        Spacer(0, 7 * mm),
    ]
    show_unknown = summary.total.unknown > 0
    for key, rows in (("by_category", summary.by_category), ("by_country", summary.by_country)):
        heading = word("category" if key == "by_category" else "country", language)
        table = count_table(heading, rows, summary.total, language, show_unknown)
        flowables += [
            KeepTogether([p(esc(word(key, language)), s.heading), Spacer(0, 2 * mm), table]),
            Spacer(0, 7 * mm),
        ]
    if summary.by_day:
        flowables.append(
            KeepTogether(
                [
                    p(esc(word("by_day", language)), s.heading),
                    Spacer(0, 2 * mm),
                    day_table(summary, language),
                ]
            )
        )
    return flowables


def totals_band(summary: ParticipantSummary, language: str) -> Flowable:
    """Big figures: everyone, women, men, foreign, local."""
    s = styles()
    figures = [
        (word("participants_total", language), summary.total.total),
        (word("gender.female", language), summary.total.female),
        (word("gender.male", language), summary.total.male),
        (word("foreign", language), summary.foreign),
        (word("local", language), summary.local),
    ]
    big = s.title.clone("figure", fontSize=20, leading=24, spaceAfter=0)
    cells = [
        [p(str(value), big) for _, value in figures],
        [p(esc(name), s.cell_muted) for name, _ in figures],
    ]
    band = Table(cells, colWidths=[CONTENT_WIDTH / len(figures)] * len(figures))
    band.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return band


def count_table(
    heading: str,
    rows: tuple[CountRow, ...],
    total: CountRow,
    language: str,
    show_unknown: bool,
) -> Table:
    """Rows by category or country; columns women, men, (not given,) total."""
    columns = ["gender.female", "gender.male", *(["gender.none"] if show_unknown else []), "total"]
    header = [heading, *(word(key, language) for key in columns)]

    def figures(row: CountRow) -> list[str]:
        values = [row.female, row.male, *([row.unknown] if show_unknown else []), row.total]
        return [str(value) for value in values]

    body = [[p(esc(row.label), styles().cell), *figures(row)] for row in rows]
    data = [header, *body, [word("total", language), *figures(total)]]
    return _figure_table(data, len(columns))


def day_table(summary: ParticipantSummary, language: str) -> Table:
    header = [
        word("date", language),
        word("foreign", language),
        word("local", language),
        word("total", language),
    ]
    body = [
        [
            long_date(day.day, language),
            str(day.foreign),
            str(day.local),
            str(day.foreign + day.local),
        ]
        for day in summary.by_day
    ]
    return _figure_table([header, *body], 3, total_row=False)


def _figure_table(data: list[list], figure_columns: int, total_row: bool = True) -> Table:
    widths = [CONTENT_WIDTH - figure_columns * NUMBER_WIDTH, *[NUMBER_WIDTH] * figure_columns]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), fonts.CONDENSED, 9, 11),
        ("FONT", (0, 0), (-1, 0), fonts.CONDENSED_BOLD, 9, 11),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    if total_row:
        commands += [
            ("FONT", (0, -1), (-1, -1), fonts.CONDENSED_BOLD, 9, 11),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
    else:
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE))
    table.setStyle(table_style(commands))
    return table
