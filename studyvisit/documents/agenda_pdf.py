"""The agenda as PDF: the visit's, a group's or one delegate's programme.

Each day is a section headed by its long date; items show times, title, kind,
site with address, hosts and description, with the transport legs between
them. A text missing in the chosen language is taken from another and marked
with a small asterisk explained at the foot of the page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from studyvisit.documents.agenda_data import (
    Agenda,
    AgendaDay,
    AgendaEntry,
    Contact,
    TransportLeg,
    build_agenda,
)
from studyvisit.documents.document_labels import date_span, word
from studyvisit.documents.localisation import (
    clock,
    language_or_default,
)
from studyvisit.documents.pdf_pages import CONTENT_WIDTH, RunningHead, build_pdf
from studyvisit.documents.pdf_styles import (
    ACCENT,
    RULE,
    TINT,
    esc,
    fallback_mark,
    p,
    styles,
    table_style,
)
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import VisitPlan

TIME_WIDTH = 27 * mm
GIANT_DESCRIPTION = 2500  # characters: more may not fit one page


@register
class AgendaPdfExporter(Exporter):
    identifier = "agenda"
    name = "Agenda"
    file_types = ("pdf", "xlsx")
    description = "The programme day by day, for the visit, a group or one delegate."

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
            # The Excel schedule is the agenda's spreadsheet form.
            from studyvisit.documents.schedule_xlsx import ScheduleExporter

            ScheduleExporter().render(plan, options, out, file_type, progress, cancel)
            return
        write_agenda_pdf(plan, options, out, progress, cancel)


def write_agenda_pdf(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write the agenda chosen by ``options`` (language, group or delegate) to ``out``."""
    language = language_or_default(options.language)
    agenda = build_agenda(plan, language, options.group_key, options.delegate_key)
    story: list[Flowable] = title_block(plan, agenda)
    for number, day in enumerate(agenda.days, start=1):
        check_cancel(cancel)
        progress(number, len(agenda.days) + 1, day.heading)
        story += day_section(day, agenda)
    if not agenda.days:
        story.append(p(esc(word("no_items", language)), styles().body))
    if agenda.contacts:
        story.append(contacts_block(agenda.contacts, language))
    build_pdf(
        out,
        story,
        running_head(plan, agenda),
        title=f"{plan.visit.name} – {_document_name(agenda)}",
        subject=_document_name(agenda),
        author=plan.visit.host or "",
        language=language,
        cancel=cancel,
    )
    progress(len(agenda.days) + 1, len(agenda.days) + 1, "")


def running_head(plan: VisitPlan, agenda: Agenda) -> RunningHead:
    language = agenda.language
    visit = plan.visit
    subtitle = " · ".join(value for value in (visit.project, visit.funder) if value)
    return RunningHead(
        title=visit.name,
        subtitle=subtitle,
        right=_document_name(agenda),
        footer_left=visit.host or "",
        page_label=word("page", language),
        notes={"fallback": "* " + word("other_language", language)},
    )


def title_block(plan: VisitPlan, agenda: Agenda) -> list[Flowable]:
    """The visit's name, dates, scope, project, funder and host (and a delegate's stay)."""
    s = styles()
    language = agenda.language
    visit = plan.visit
    block: list[Flowable] = [
        p(esc(visit.name), s.title),
        p(esc(date_span(visit.start_date, visit.end_date, language)), s.subtitle),
    ]
    scope = agenda.scope
    if scope.kind != "visit":
        heading = word(
            "personal_programme" if scope.kind == "delegate" else "programme_for_group", language
        )
        name = esc(scope.name)
        if scope.native_name:
            name += f" · {esc(scope.native_name)}"
        block.append(p(f"{esc(heading)}: <b>{name}</b>", s.subtitle))
    facts = [
        (word("project", language), visit.project),
        (word("funder", language), visit.funder),
        (word("host", language), visit.host),
    ]
    for stay in agenda.stays:
        place = stay.place.one_line if stay.place else ""
        room = f", {word('room', language)} {stay.room}" if stay.room else ""
        dates = date_span(stay.check_in, stay.check_out, language)
        facts.append((word("accommodation", language), f"{place}{room} ({dates})"))
    rows = [[p(esc(name), s.cell_head), p(esc(value), s.cell)] for name, value in facts if value]
    block.append(Spacer(0, 4 * mm))
    if rows:
        table = Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        block.append(table)
    block.append(Spacer(0, 5 * mm))
    return block


def day_section(day: AgendaDay, agenda: Agenda) -> list[Flowable]:
    """A day's table: the heading band as its first row, then items and legs.

    As a row of the table the heading never ends a page alone, and it is
    repeated at the top of each page the day runs onto.
    """
    s = styles()
    rows = [[p(esc(day.heading), s.heading), ""]]
    rows += [
        row_cells(row, agenda) if isinstance(row, AgendaEntry) else leg_cells(row, agenda)
        for row in day.rows
    ]
    # Items move whole to the next page; only an item too tall for any page (a
    # very long description) is split, and then the heading is not repeated
    # (reportlab repeats it within the page when it splits inside a row).
    giant = any(len(entry.description) > GIANT_DESCRIPTION for entry in day.entries)
    table = Table(
        rows,
        colWidths=[TIME_WIDTH, CONTENT_WIDTH - TIME_WIDTH],
        repeatRows=0 if giant else 1,
        splitInRow=1 if giant else 0,
        hAlign="LEFT",
    )
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        *HEADING_BAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 1), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 1), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 1), (-1, -1), 2.2 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2.4 * mm),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
    ]
    for number, row in enumerate(day.rows, start=1):
        if isinstance(row, TransportLeg):
            commands += [
                ("TOPPADDING", (0, number), (-1, number), 1.2 * mm),
                ("BOTTOMPADDING", (0, number), (-1, number), 1.4 * mm),
            ]
    table.setStyle(table_style(commands))
    return [table, Spacer(0, 6 * mm)]


# The band under a day's date (and the contacts' title): tint, accent bar, padding.
HEADING_BAND = [
    ("BACKGROUND", (0, 0), (-1, 0), TINT),
    ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT),
    ("LEFTPADDING", (0, 0), (-1, 0), 3 * mm),
    ("TOPPADDING", (0, 0), (-1, 0), 1.8 * mm),
    ("BOTTOMPADDING", (0, 0), (-1, 0), 2.2 * mm),
]


def heading_band(text: str) -> Flowable:
    """A title in the tinted band, kept with what follows."""
    band = Table([[p(esc(text), styles().heading)]], colWidths=[CONTENT_WIDTH])
    band.setStyle(table_style(HEADING_BAND))
    band.keepWithNext = True
    return band


def row_cells(entry: AgendaEntry, agenda: Agenda) -> list:
    """Time and text cells of one agenda item."""
    s = styles()
    language = agenda.language
    time = p(f"{clock(entry.start)}–{clock(entry.end)}", s.time)
    title = esc(entry.title) + (fallback_mark() if entry.title_fell_back else "")
    # The kind is left out where the title says it already ("Lunch" is a meal).
    meta = [entry.kind_label] if entry.kind_label.casefold() not in entry.title.casefold() else []
    if agenda.scope.kind == "visit" and entry.groups:
        meta.append(", ".join(entry.groups))
    content = [p(f"<b>{title}</b>", s.subheading)]
    if meta:
        content.append(p(esc(" · ".join(meta)), s.muted))
    if entry.place:
        place = f"<b>{esc(entry.place.name)}</b>"
        place += fallback_mark() if entry.place.name_fell_back else ""
        if entry.place.address:
            place += f", {esc(entry.place.address)}"
        content.append(p(place, s.small))
    if entry.hosts:
        hosts = esc(", ".join(entry.hosts))
        content.append(p(f"{esc(word('hosts', language))}: {hosts}", s.small))
    if entry.description:
        description = esc(entry.description).replace("\n", "<br/>")
        description += fallback_mark() if entry.description_fell_back else ""
        content.append(Spacer(0, 0.8 * mm))
        content.append(p(description, s.small))
    return [time, content]


def leg_cells(leg: TransportLeg, agenda: Agenda) -> list:
    """Time and text cells of a transport leg: from → to, vehicles."""
    s = styles()
    language = agenda.language
    time = p(f"{clock(leg.start)}–{clock(leg.end)}", s.muted)
    origin = esc(leg.origin.name) if leg.origin else "?"
    destination = esc(leg.destination.name) if leg.destination else "?"
    text = f"<b>{esc(word('transport', language))}:</b> {origin} → {destination}"
    details = list(leg.vehicles)
    if agenda.scope.kind == "visit" and leg.groups:
        details.append(", ".join(leg.groups))
    if details:
        text += f" · {esc(' · '.join(details))}"
    return [time, p(text, s.muted)]


def contacts_block(contacts: tuple[Contact, ...], language: str) -> Flowable:
    s = styles()
    rows = [
        [
            p(esc(contact.role_label), s.cell_muted),
            p(esc(contact.name), s.cell_bold),
            p(esc(contact.phone), s.cell),
            p(esc(contact.detail), s.cell_muted),
        ]
        for contact in contacts
    ]
    widths = [30 * mm, 52 * mm, 36 * mm]
    table = Table(rows, colWidths=[*widths, CONTENT_WIDTH - sum(widths)], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return KeepTogether([heading_band(word("contacts", language)), table])


def _document_name(agenda: Agenda) -> str:
    if agenda.scope.kind == "delegate":
        return word("personal_programme", agenda.language)
    return word("agenda", agenda.language)
