"""The Excel schedule: one workbook with everything a coordinator plans with.

Sheets: the programme (one row per item or transport leg, with a real date and
real start and end times), the delegates, the groups with their members, the
transport runs with passengers, the rooming list, the meals with dietary
counts, and the staff. Scoped to a group or one delegate when asked (the
programme, people, runs and rooms that concern them). Titles are in the chosen
language; one taken from another language is marked ``[*]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from babel.dates import format_date

from studyvisit.documents.agenda_data import Agenda, AgendaEntry, TransportLeg, build_agenda
from studyvisit.documents.document_labels import category_label, role_label
from studyvisit.documents.localisation import language_or_default
from studyvisit.documents.meal_sheet import meals_sheet
from studyvisit.documents.people import country_name, latin_name, native_name, sort_key
from studyvisit.documents.registry import ExportOptions, register
from studyvisit.documents.rooming_sheet import rooming_sheet
from studyvisit.documents.sheet_labels import marked, sheet_word
from studyvisit.documents.sheet_writer import Column, Row, RowStyle, Sheet, SheetExporter
from studyvisit.documents.transport_xlsx import runs_sheet
from studyvisit.programme import PlanIndex
from studyvisit.records import DelegateRecord, VisitPlan

STAFF_ORDER = ("coordinator", "interpreter", "host", "organiser", "driver", "press")


@register
class ScheduleExporter(SheetExporter):
    identifier = "schedule"
    name = "Excel schedule"
    description = "Programme, delegates, groups, transport, rooms and meals in one workbook."
    file_types = ("xlsx",)

    def sheets(self, plan: VisitPlan, options: ExportOptions) -> list[Sheet]:
        return schedule_sheets(
            plan, language_or_default(options.language), options.group_key, options.delegate_key
        )


def schedule_sheets(
    plan: VisitPlan,
    language: str,
    group_key: str | None = None,
    delegate_key: str | None = None,
) -> list[Sheet]:
    """Every sheet of the schedule, for the visit, one group or one delegate."""
    agenda = build_agenda(plan, language, group_key, delegate_key)
    people = scoped_delegates(plan, group_key, delegate_key)
    item_keys = {entry.key for day in agenda.days for entry in day.entries}
    return [
        programme_sheet(agenda),
        delegates_sheet(plan, people, language),
        groups_sheet(plan, people, language, group_key),
        runs_sheet(plan, language, group_key, delegate_key),
        rooming_sheet(plan, people, language),
        meals_sheet(plan, language, item_keys),
        staff_sheet(plan, language),
    ]


def scoped_delegates(
    plan: VisitPlan, group_key: str | None, delegate_key: str | None
) -> list[DelegateRecord]:
    """The delegates a schedule is about, alphabetically by Latin name."""
    chosen: Iterable[DelegateRecord] = plan.delegates
    if delegate_key:
        chosen = (d for d in plan.delegates if d.key == delegate_key)
    elif group_key:
        chosen = (d for d in plan.delegates if group_key in d.group_keys)
    return sorted(chosen, key=sort_key)


# -- programme


def programme_sheet(agenda: Agenda) -> Sheet:
    language = agenda.language
    word = sheet_word
    columns = [
        Column(word("date", language)),
        Column(word("day", language)),
        Column(word("start", language)),
        Column(word("end", language)),
        Column(word("kind", language), max_width=18),
        Column(word("title", language), width=40, wrap=True),
        Column(word("place", language), width=28, wrap=True),
        Column(word("address", language), width=30, wrap=True),
        Column(word("groups", language), max_width=24),
        Column(word("hosts", language), width=28, wrap=True),
        Column(word("description", language), width=50, wrap=True),
    ]
    rows = [
        _entry_values(row, language) if isinstance(row, AgendaEntry) else _leg_values(row, language)
        for day in agenda.days
        for row in day.rows
    ]
    footer = [Row((word("fallback_mark", language),), RowStyle.NOTE)] if agenda.has_fallback else []
    return Sheet(
        word("sheet.programme", language), columns, rows, footer=footer, row_count=len(rows)
    )


def _entry_values(entry: AgendaEntry, language: str) -> list:
    place = entry.place
    return [
        entry.start.date(),
        weekday(entry.start.date(), language),
        entry.start.time(),
        entry.end.time(),
        entry.kind_label,
        marked(entry.title, entry.title_fell_back),
        marked(place.name, place.name_fell_back) if place else "",
        place.address if place else "",
        ", ".join(entry.groups) or sheet_word("everyone", language),
        "\n".join(entry.hosts),
        marked(entry.description, entry.description_fell_back),
    ]


def _leg_values(leg: TransportLeg, language: str) -> list:
    """A transport leg: where to board (place and address) and the vehicles."""
    origin = leg.origin.name if leg.origin else ""
    destination = leg.destination.name if leg.destination else ""
    return [
        leg.start.date(),
        weekday(leg.start.date(), language),
        leg.start.time(),
        leg.end.time(),
        sheet_word("transport", language),
        f"{origin} → {destination}",
        origin,
        leg.origin.address if leg.origin else "",
        ", ".join(leg.groups) or sheet_word("everyone", language),
        "",
        ", ".join(leg.vehicles),
    ]


def weekday(day: dt.date, language: str) -> str:
    """'wtorek' / 'Tuesday' / 'вторник'."""
    return format_date(day, "EEEE", locale={"en": "en_GB"}.get(language, language))


# -- people


def delegates_sheet(plan: VisitPlan, people: list[DelegateRecord], language: str) -> Sheet:
    index = PlanIndex(plan)
    word = sheet_word
    columns = [
        Column(word("number", language), width=5),
        Column(word("name_latin", language), max_width=34),
        Column(word("name_native", language), max_width=40),
        Column(word("organisation", language), width=40, wrap=True),
        Column(word("position", language), width=28, wrap=True),
        Column(word("country", language), max_width=16),
        Column(word("category", language), max_width=30),
        Column(word("groups", language), max_width=24),
        Column(word("arrival", language)),
        Column(word("departure", language)),
        Column(word("dietary", language), max_width=24),
        Column(word("phone", language)),
        Column(word("email", language), max_width=34),
    ]
    rows = [
        [
            number,
            latin_name(d),
            native_name(d) or "",
            d.organisation,
            d.position,
            country_name(d.country, language),
            category_label(d.category, language) if d.category else "",
            ", ".join(index.groups[k].name if k in index.groups else k for k in d.group_keys),
            d.arrival,
            d.departure,
            d.dietary,
            d.phone,
            d.email,
        ]
        for number, d in enumerate(people, 1)
    ]
    return Sheet(word("sheet.delegates", language), columns, rows, row_count=len(rows))


def groups_sheet(
    plan: VisitPlan, people: list[DelegateRecord], language: str, group_key: str | None = None
) -> Sheet:
    """One row per member of each group (of ``group_key`` only, when given).

    A delegate in two groups appears under both.
    """
    word = sheet_word
    columns = [
        Column(word("group", language), max_width=30),
        Column(word("number", language), width=5),
        Column(word("name_latin", language), max_width=34),
        Column(word("name_native", language), max_width=40),
        Column(word("organisation", language), width=40, wrap=True),
        Column(word("country", language), max_width=16),
    ]
    wanted = {d.key for d in people}
    rows = []
    for group in plan.groups:
        if group_key and group.key != group_key:
            continue
        members = [d for d in people if group.key in d.group_keys and d.key in wanted]
        for number, d in enumerate(members, 1):
            rows.append(
                [
                    group.name,
                    number,
                    latin_name(d),
                    native_name(d) or "",
                    d.organisation,
                    country_name(d.country, language),
                ]
            )
    return Sheet(word("sheet.groups", language), columns, rows, row_count=len(rows))


def staff_sheet(plan: VisitPlan, language: str) -> Sheet:
    word = sheet_word
    columns = [
        Column(word("role", language), max_width=24),
        Column(word("name", language), max_width=34),
        Column(word("organisation", language), width=36, wrap=True),
        Column(word("phone", language)),
        Column(word("email", language), max_width=34),
    ]
    order = {role: position for position, role in enumerate(STAFF_ORDER)}
    staff = sorted(plan.staff, key=lambda m: (order.get(m.role, len(order)), m.name.casefold()))
    rows = [[role_label(m.role, language), m.name, m.organisation, m.phone, m.email] for m in staff]
    return Sheet(word("sheet.staff", language), columns, rows, row_count=len(rows))
