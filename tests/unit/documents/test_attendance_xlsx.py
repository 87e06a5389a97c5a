"""Attendance sheets as a workbook: presence lists to sign, the summary, read back."""

from __future__ import annotations

import openpyxl
import pytest
from document_plans import crowded_plan, podlasie_plan
from sheet_readback import FORMULA_LIKE, libreoffice_fixture, with_formula_like_names  # noqa: F401

from studyvisit.documents.attendance_data import attendance_sheets, participant_summary
from studyvisit.documents.attendance_xlsx import BLANK_ROWS, write_attendance_xlsx
from studyvisit.documents.registry import ExportOptions

TITLES = {"pl": "Lista obecności", "en": "Attendance list", "ru": "Лист присутствия"}
SUMMARY = {"pl": "Zestawienie", "en": "Summary", "ru": "Сводка"}


def render(plan, tmp_path, **options):
    out = tmp_path / "attendance.xlsx"
    write_attendance_xlsx(plan, ExportOptions(**options), out)
    return out


def column_values(sheet, column: int) -> list:
    return [sheet.cell(row, column).value for row in range(1, sheet.max_row + 1)]


@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_one_sheet_per_day_then_the_summary(tmp_path, language) -> None:
    plan = podlasie_plan()
    workbook = openpyxl.load_workbook(render(plan, tmp_path, language=language))
    days = attendance_sheets(plan, language, "day")
    assert workbook.sheetnames == [f"{day.day:%d.%m.%Y}" for day in days] + [SUMMARY[language]]
    for sheet in workbook.worksheets[:-1]:
        assert sheet.cell(1, 1).value == TITLES[language]
        assert sheet.page_setup.orientation == "landscape"


def test_per_item_sheets(tmp_path) -> None:
    plan = podlasie_plan()
    workbook = openpyxl.load_workbook(render(plan, tmp_path, per="item"))
    items = attendance_sheets(plan, "en", "item")
    assert len(workbook.sheetnames) == len(items) + 1
    first = workbook.worksheets[0]
    heading = "\n".join(str(value) for value in column_values(first, 1)[:8] if value)
    assert items[0].title in heading


def test_every_delegate_with_both_names_and_a_bordered_signature_cell(tmp_path) -> None:
    plan = podlasie_plan()
    sheet = openpyxl.load_workbook(render(plan, tmp_path)).worksheets[0]
    day = attendance_sheets(plan, "en", "day")[0]
    header_row = column_values(sheet, 1).index("No.") + 1
    assert [cell.value for cell in sheet[header_row]] == [
        "No.",
        "Name (Latin)",
        "Name (as written)",
        "Organisation",
        "Country",
        "Signature",
    ]
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.print_title_rows == f"${header_row}:${header_row}"
    names = column_values(sheet, 2)
    natives = column_values(sheet, 3)
    for person in day.attendees:
        row = names.index(person.latin_name)
        assert natives[row] == (person.native_name or None)
        signature = sheet.cell(row + 1, 6)
        assert signature.value is None and signature.border.bottom.style == "thin"
        assert sheet.row_dimensions[row + 1].height >= 30  # room to sign, or more


def test_foreign_and_local_apart_with_blank_rows(tmp_path) -> None:
    plan = podlasie_plan()
    sheet = openpyxl.load_workbook(render(plan, tmp_path)).worksheets[0]
    day = attendance_sheets(plan, "en", "day")[0]
    first = column_values(sheet, 1)
    foreign = first.index("Foreign participants")
    local = first.index("Local participants")
    assert first[foreign + 1 : local] == list(range(1, len(day.foreign) + 1))
    numbered = first[local + 1 : local + 1 + len(day.local) + BLANK_ROWS]
    assert numbered == list(range(1, len(day.local) + BLANK_ROWS + 1))
    local_names = column_values(sheet, 2)[local + 1 : local + 1 + len(day.local)]
    assert local_names == [person.latin_name for person in day.local]


def test_coordinator_signature_and_the_notice_at_the_foot(tmp_path) -> None:
    notice = {"en": "Custom notice: data are kept for five years.", "pl": "Własna klauzula."}
    plan = podlasie_plan(settings={"gdpr_notice": notice})
    sheet = openpyxl.load_workbook(render(plan, tmp_path)).worksheets[0]
    last = sheet.max_row
    assert sheet.cell(last, 1).value == notice["en"]
    assert f"A{last}:F{last}" in {str(cells) for cells in sheet.merged_cells.ranges}
    assert sheet.cell(last - 2, 1).value.startswith("Coordinator's signature: ___")
    default = openpyxl.load_workbook(render(podlasie_plan(), tmp_path, language="pl"))
    first = default.worksheets[0]
    assert "RODO" in first.cell(first.max_row, 1).value


def test_heading_names_project_funder_date_time_and_place(tmp_path) -> None:
    plan = podlasie_plan()
    sheet = openpyxl.load_workbook(render(plan, tmp_path, language="pl")).worksheets[0]
    heading = [str(value) for value in column_values(sheet, 1)[:8] if value]
    assert f"Projekt: {plan.visit.project}" in heading
    assert f"Finansowanie: {plan.visit.funder}" in heading
    assert "Data: wtorek, 2 lipca 2019" in heading
    assert any(line.startswith("Godzina: ") for line in heading)
    assert any(line.startswith("Miejsce: ") and "Białystok" in line for line in heading)


def test_summary_counts_by_category_country_gender_and_day(tmp_path) -> None:
    plan = podlasie_plan()
    summary = participant_summary(plan, "en")
    sheet = openpyxl.load_workbook(render(plan, tmp_path))["Summary"]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    for count in summary.by_category + summary.by_country:
        assert (count.label, count.female, count.male, count.unknown, count.total) in rows
    totals = [row for row in rows if row[0] == "Total"]
    assert len(totals) == 2 and totals[0][4] == len(plan.delegates)
    day_rows = [row for row in rows if hasattr(row[0], "date")]
    assert [row[3] for row in day_rows] == [day.foreign + day.local for day in summary.by_day]


def test_a_group_only(tmp_path) -> None:
    plan = podlasie_plan()
    sheet = openpyxl.load_workbook(render(plan, tmp_path, group_key="b")).worksheets[0]
    names = set(column_values(sheet, 2))
    members = {d.latin_name for d in plan.delegates if "b" in d.group_keys}
    others = {d.latin_name for d in plan.delegates} - members
    assert members & names and not others & names


def test_libreoffice_converts_crowded_sheets_with_formula_like_names(tmp_path, libreoffice) -> None:
    plan = with_formula_like_names(crowded_plan(60))
    out = render(plan, tmp_path, language="ru")
    shown = libreoffice.sheets_as_csv(out, tmp_path / "csv")
    first = shown["02.07.2019"]
    organisations = {row[3] for row in first}
    assert set(FORMULA_LIKE) <= organisations
    libreoffice.convert(out, "pdf", tmp_path / "pdf")
    assert (tmp_path / "pdf" / "attendance.pdf").stat().st_size > 5000
