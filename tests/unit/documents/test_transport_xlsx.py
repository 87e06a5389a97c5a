"""The transport list as a workbook: the overview and each vehicle's day, read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import openpyxl
from document_plans import podlasie_plan
from sheet_readback import libreoffice_fixture  # noqa: F401

from studyvisit.documents.registry import ExportOptions
from studyvisit.documents.transport_data import transport_sheets
from studyvisit.documents.transport_xlsx import write_transport_xlsx


def render(plan, tmp_path, **options):
    out = tmp_path / "transport.xlsx"
    write_transport_xlsx(plan, ExportOptions(**options), out)
    return out


def test_overview_then_one_sheet_per_vehicle_per_day(tmp_path) -> None:
    plan = podlasie_plan()
    workbook = openpyxl.load_workbook(render(plan, tmp_path))
    days = transport_sheets(plan, "en")
    assert workbook.sheetnames[0] == "Transport"
    assert workbook.sheetnames[1:] == [f"{day.day:%d.%m} {day.label}" for day in days]
    overview = list(workbook["Transport"].iter_rows(min_row=2, values_only=True))
    assert len(overview) == len(plan.transport)
    moments = [dt.datetime.combine(row[0].date(), row[1]) for row in overview]
    assert moments == sorted(moments)


def test_a_drivers_sheet(tmp_path) -> None:
    plan = podlasie_plan()
    day = transport_sheets(plan, "en")[0]
    sheet = openpyxl.load_workbook(render(plan, tmp_path)).worksheets[1]
    heading = [sheet.cell(row, 1).value for row in range(1, 6)]
    assert heading[0] == "Transport list: Minibus Mercedes Sprinter (BI 12345)"
    assert heading[1] == "Date: Tuesday, 2 July 2019"
    assert "19 seats" in heading[2]
    assert heading[3] == "Driver: Jan Kowalski, +48 600 000 004"
    header_row = 7
    assert sheet.cell(header_row, 1).value == "Departure"
    for offset, run in enumerate(day.runs, start=1):
        row = [cell.value for cell in sheet[header_row + offset]]
        assert row[0] == run.depart.time() and row[1] == run.arrive.time()
        assert row[2] == run.origin.name and row[3] == run.origin.address
        assert row[4] == run.destination.name and row[5] == run.destination.address
        assert (row[6], row[7]) == (run.headcount, run.seats)
        for passenger in run.passengers:
            assert passenger.name in row[8]
        assert sheet.cell(header_row + offset, 9).alignment.wrap_text


def test_over_capacity_is_noted(tmp_path) -> None:
    plan = podlasie_plan()
    small = tuple(replace(vehicle, seats=2) for vehicle in plan.vehicles)
    sheet = openpyxl.load_workbook(render(replace(plan, vehicles=small), tmp_path))["Transport"]
    notes = [row[14] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(note and "Over capacity" in note for note in notes)


def test_a_delegates_runs_only(tmp_path) -> None:
    plan = podlasie_plan()
    delegate = plan.delegates[1]
    sheet = openpyxl.load_workbook(render(plan, tmp_path, delegate_key=delegate.key))["Transport"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows and all(delegate.latin_name in row[13] for row in rows)
    assert len(rows) < len(plan.transport)


def test_libreoffice_converts_the_transport_list(tmp_path, libreoffice) -> None:
    out = render(podlasie_plan(), tmp_path, language="pl")
    shown = libreoffice.sheets_as_csv(out, tmp_path / "csv")
    assert "Transport" in shown
    assert shown["Transport"][1][1] == "08:35"
    libreoffice.convert(out, "pdf", tmp_path / "pdf")
