"""The transport list as a workbook: an overview of every run, then one sheet per vehicle per day.

A vehicle's day sheet is what its driver is handed: the vehicle, seats and the
driver's phone above a table of runs (times, from and to with addresses,
headcount against seats, the passengers one per line). The overview sheet (also
the schedule's transport sheet) lists every run with its vehicle and driver.
Data come from :mod:`studyvisit.documents.transport_data`, shared with the PDF.
"""

from __future__ import annotations

from pathlib import Path

from studyvisit.documents.document_labels import word
from studyvisit.documents.localisation import language_or_default, long_date
from studyvisit.documents.registry import ExportOptions
from studyvisit.documents.sheet_labels import sheet_word
from studyvisit.documents.sheet_writer import (
    Column,
    Row,
    RowStyle,
    Sheet,
    label_row,
    write_xlsx,
)
from studyvisit.documents.transport_data import (
    Passenger,
    RunRow,
    VehicleDay,
    transport_sheets,
)
from studyvisit.progress import Cancel, Progress, never_cancel, no_progress
from studyvisit.records import VisitPlan


def write_transport_xlsx(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """The transport list workbook (scoped to ``options.group_key``/``delegate_key``)."""
    language = language_or_default(options.language)
    days = transport_sheets(plan, language, options.group_key, options.delegate_key)
    sheets = [overview_sheet(plan, days, language)]
    sheets += [vehicle_day_sheet(plan, day, language) for day in days]
    write_xlsx(sheets, out, progress, cancel)


def runs_sheet(
    plan: VisitPlan, language: str, group_key: str | None = None, delegate_key: str | None = None
) -> Sheet:
    """Every run of the visit (or of a group or delegate) on one sheet."""
    return overview_sheet(plan, transport_sheets(plan, language, group_key, delegate_key), language)


def overview_sheet(plan: VisitPlan, days: list[VehicleDay], language: str) -> Sheet:
    w = sheet_word
    columns = [
        Column(w("date", language)),
        Column(w("departure", language)),
        Column(w("arrival", language)),
        Column(w("vehicle", language), max_width=26),
        Column(w("driver", language), max_width=24),
        Column(w("phone", language)),
        *_route_columns(language),
        Column(w("groups", language), max_width=24),
        Column(w("headcount", language)),
        Column(w("seats", language)),
        Column(w("passengers", language), width=50, wrap=True),
        Column(w("notes", language), width=24, wrap=True),
    ]
    rows = []
    for day in days:
        for run in day.runs:
            rows.append(
                [
                    day.day,
                    run.depart.time(),
                    run.arrive.time(),
                    vehicle_name(day),
                    day.driver_name,
                    day.driver_phone or day.vehicle_phone,
                    *_route_values(run),
                    ", ".join(run.groups),
                    run.headcount,
                    run.seats,
                    passenger_lines(run.passengers),
                    run_notes(run, language),
                ]
            )
    rows.sort(key=lambda values: (values[0], values[1]))
    return Sheet(w("sheet.transport", language), columns, rows, row_count=len(rows))


def vehicle_day_sheet(plan: VisitPlan, day: VehicleDay, language: str) -> Sheet:
    """The driver's sheet: one vehicle's runs on one day."""
    w = sheet_word
    columns = [
        Column(w("departure", language)),
        Column(w("arrival", language)),
        *_route_columns(language),
        Column(w("headcount", language)),
        Column(w("seats", language)),
        Column(w("passengers", language), width=50, wrap=True),
        Column(w("notes", language), width=22, wrap=True),
    ]
    rows = [
        [
            run.depart.time(),
            run.arrive.time(),
            *_route_values(run),
            run.headcount,
            run.seats,
            passenger_lines(run.passengers),
            run_notes(run, language),
        ]
        for run in day.runs
    ]
    seats = word("of_seats", language).format(people="", seats=day.seats).lstrip(" /")
    vehicle = ", ".join(part for part in (vehicle_name(day), seats, day.operator) if part)
    phone = day.driver_phone or day.vehicle_phone
    driver = ", ".join(part for part in (day.driver_name, phone) if part)
    preamble = [
        Row((f"{word('transport_list', language)}: {vehicle_name(day)}",), RowStyle.TITLE),
        label_row(w("date", language), long_date(day.day, language)),
        label_row(w("vehicle", language), vehicle),
        label_row(w("driver", language), driver or "—"),
        label_row(word("project", language), plan.visit.project or plan.visit.name),
        Row(()),
    ]
    name = f"{day.day:%d.%m} {day.label}"
    return Sheet(
        name, columns, rows, preamble=preamble, autofilter=False, grid=True, row_count=len(rows)
    )


def _route_columns(language: str) -> list[Column]:
    w = sheet_word
    return [
        Column(w("from", language), width=22, wrap=True),
        Column(w("from_address", language), width=26, wrap=True),
        Column(w("to", language), width=22, wrap=True),
        Column(w("to_address", language), width=26, wrap=True),
    ]


def _route_values(run: RunRow) -> list[str]:
    return [
        run.origin.name if run.origin else "",
        run.origin.address if run.origin else "",
        run.destination.name if run.destination else "",
        run.destination.address if run.destination else "",
    ]


def vehicle_name(day: VehicleDay) -> str:
    return f"{day.label} ({day.plate})" if day.plate else day.label


def passenger_lines(passengers: tuple[Passenger, ...]) -> str:
    """One passenger a line: delegates by Latin name (with the Cyrillic), then staff."""
    lines = []
    for number, passenger in enumerate(passengers, 1):
        if passenger.kind == "staff":
            lines.append(f"{number}. {passenger.name} – {passenger.role_label}")
        elif passenger.native_name:
            lines.append(f"{number}. {passenger.name} ({passenger.native_name})")
        else:
            lines.append(f"{number}. {passenger.name}")
    return "\n".join(lines)


def run_notes(run: RunRow, language: str) -> str:
    notes = [word("over_capacity", language).capitalize()] if run.over_capacity else []
    if run.notes:
        notes.append(run.notes)
    return "\n".join(notes)
