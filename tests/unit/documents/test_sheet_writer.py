"""The sheet writer: safe cells, real dates, the printed look, CSV for Polish Excel."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from sheet_readback import ERROR_LIKE, FORMULA_LIKE, libreoffice_fixture, read_csv  # noqa: F401

from studyvisit.documents.cell_safety import XLSX_MAX_TEXT, clean_text, csv_text, is_formula_like
from studyvisit.documents.sheet_writer import (
    Column,
    Row,
    RowStyle,
    Sheet,
    label_row,
    write_csv,
    write_xlsx,
)
from studyvisit.documents.xlsx_package import unique_sheet_name
from studyvisit.errors import ValidationError
from studyvisit.progress import Cancelled

DAY = dt.date(2019, 7, 2)
MOMENT = dt.datetime(2019, 7, 2, 9, 30)


def simple_sheet(rows, name: str = "People", **options) -> Sheet:
    columns = [Column("Name"), Column("Organisation", max_width=30), Column("When")]
    return Sheet(name, columns, rows, **options)


def test_formula_like_text_stays_text_in_xlsx(tmp_path) -> None:
    out = tmp_path / "cells.xlsx"
    write_xlsx([simple_sheet([[text, text, None] for text in FORMULA_LIKE])], out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    for row, text in enumerate(FORMULA_LIKE, start=2):
        cell = sheet.cell(row, 1)
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix  # stays text when edited in Excel


def test_no_formula_or_error_cell_is_written(tmp_path) -> None:
    out = tmp_path / "cells.xlsx"
    write_xlsx([simple_sheet([[text] for text in FORMULA_LIKE + ERROR_LIKE])], out)
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert 't="e"' not in xml
    assert 't="str"' not in xml
    values = [row[0] for row in sheet_rows(out)[1:]]
    assert values == FORMULA_LIKE + ERROR_LIKE


def test_xml_illegal_characters_are_dropped(tmp_path) -> None:
    dirty = "Ab\x00c\x08d\x0be\x1ff\ufffeg\uffff\ud800h"
    out = tmp_path / "dirty.xlsx"
    write_xlsx([simple_sheet([[dirty, "ok\ttab\nline"]])], out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.cell(2, 1).value == "Abcdefgh"
    assert sheet.cell(2, 2).value == "ok\ttab\nline"
    assert clean_text(dirty) == "Abcdefgh"


def test_carriage_returns_and_very_long_text(tmp_path) -> None:
    out = tmp_path / "long.xlsx"
    write_xlsx([simple_sheet([["one\r\ntwo\rthree", "x" * (XLSX_MAX_TEXT + 10)]])], out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.cell(2, 1).value == "one\ntwo\nthree"
    assert len(sheet.cell(2, 2).value) == XLSX_MAX_TEXT


def test_excel_escapes_and_markup_survive(tmp_path) -> None:
    texts = ["_x0041_ stays", "a < b & c > d", "  padded  ", "Шчэрбіч Аляксандр", "Łódź"]
    out = tmp_path / "texts.xlsx"
    write_xlsx([simple_sheet([[text] for text in texts])], out)
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "_x005F_x0041_ stays" in xml  # Excel's escape for a literal "_x0041_"
    sheet = openpyxl.load_workbook(out).worksheets[0]
    values = [sheet.cell(row, 1).value for row in range(3, 7)]
    assert values == texts[1:]


def test_dates_and_times_are_real_cells(tmp_path) -> None:
    out = tmp_path / "dates.xlsx"
    sheet = Sheet(
        "Dates",
        [Column("Day"), Column("Moment"), Column("Time"), Column("Count"), Column("Flag")],
        [[DAY, MOMENT, dt.time(9, 30), 7, True], [dt.date(1900, 1, 15), None, None, -2.5, False]],
    )
    write_xlsx([sheet], out)
    read = openpyxl.load_workbook(out).worksheets[0]
    day, moment, time, count, flag = (read.cell(2, column) for column in range(1, 6))
    assert (day.value, day.number_format, day.data_type) == (
        dt.datetime(2019, 7, 2),
        "yyyy-mm-dd",
        "d",
    )
    assert (moment.value, moment.number_format) == (MOMENT, "yyyy-mm-dd hh:mm")
    assert (time.value, time.number_format) == (dt.time(9, 30), "hh:mm")
    assert (count.value, count.data_type) == (7, "n")
    assert (flag.value, flag.data_type) == (True, "b")
    assert read.cell(3, 1).value == dt.datetime(1900, 1, 15)  # before Excel's phantom leap day
    assert read.cell(3, 4).value == -2.5


def test_aware_date_times_are_written_as_local_wall_time(tmp_path) -> None:
    import zoneinfo

    aware = MOMENT.replace(tzinfo=zoneinfo.ZoneInfo("Europe/Warsaw"))
    out = tmp_path / "aware.xlsx"
    write_xlsx([simple_sheet([["x", "y", aware]])], out)
    assert openpyxl.load_workbook(out).worksheets[0].cell(2, 3).value == MOMENT


def test_header_frozen_bold_filtered_and_printed_well(tmp_path) -> None:
    out = tmp_path / "look.xlsx"
    rows = [["Aliaksandr Shcherbich", "Міністэрства эканомікі Рэспублікі Беларусь " * 3, DAY]] * 3
    write_xlsx([simple_sheet(rows)], out)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert [cell.value for cell in sheet[1]] == ["Name", "Organisation", "When"]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C4"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABC"}
    assert widths["A"] >= len("Aliaksandr Shcherbich")
    assert widths["B"] == 30  # capped by max_width
    assert widths["C"] >= 10  # a date


def test_preamble_sections_notes_and_a_bordered_form(tmp_path) -> None:
    out = tmp_path / "form.xlsx"
    note = "Data protection notice. " * 20
    sheet = Sheet(
        "Form",
        [Column("No.", width=5), Column("Name", width=30), Column("Signature", width=25)],
        [Row(("Foreign",), RowStyle.SECTION), [1, "Aliaksandr"], [2]],
        preamble=[Row(("Attendance list",), RowStyle.TITLE), label_row("Date", DAY)],
        footer=[Row((note,), RowStyle.NOTE)],
        autofilter=False,
        grid=True,
        row_height=30,
    )
    write_xlsx([sheet], out)
    read = openpyxl.load_workbook(out).worksheets[0]
    assert read.cell(1, 1).value == "Attendance list"
    assert read.cell(1, 1).font.sz == 14
    assert read.cell(2, 1).value == "Date: 2019-07-02"
    assert [cell.value for cell in read[3]] == ["No.", "Name", "Signature"]
    assert read.freeze_panes == "A4"
    assert read.print_title_rows == "$3:$3"
    assert read.auto_filter.ref is None
    assert read.cell(4, 1).value == "Foreign" and read.cell(4, 1).font.b
    assert read.cell(6, 3).border.left.style == "thin"  # the empty signature cell too
    assert read.row_dimensions[5].height == 30
    assert read.cell(8, 1).value == note
    assert "A8:C8" in {str(cells) for cells in read.merged_cells.ranges}
    assert read.row_dimensions[8].height > 30  # the note's lines fit


def test_total_rows_are_bold_and_headers_inside_the_table(tmp_path) -> None:
    out = tmp_path / "totals.xlsx"
    rows = [[1, 2], Row(("Total", 3), RowStyle.TOTAL), Row(("Day", "People"), RowStyle.HEADER)]
    write_xlsx([Sheet("T", [Column("A"), Column("B")], rows)], out)
    read = openpyxl.load_workbook(out).worksheets[0]
    assert read.cell(3, 1).font.b and read.cell(3, 2).value == 3
    assert read.cell(4, 2).font.b and read.cell(4, 2).fill.fgColor.rgb.endswith("D9E1F2")


def test_wrapped_columns_grow_their_rows(tmp_path) -> None:
    out = tmp_path / "wrap.xlsx"
    columns = [Column("Run"), Column("Passengers", width=20, wrap=True)]
    write_xlsx([Sheet("W", columns, [["a", "1. One\n2. Two\n3. Three"], ["b", "one"]])], out)
    read = openpyxl.load_workbook(out).worksheets[0]
    assert read.cell(2, 2).alignment.wrap_text
    assert read.row_dimensions[2].height >= 3 * 11
    assert read.row_dimensions[3].height is None


def test_several_sheets_with_safe_unique_names(tmp_path) -> None:
    out = tmp_path / "many.xlsx"
    names = ["Day: 2/7 [a]", "Day: 2/7 [a]", "x" * 40, "'quoted'", "History"]
    write_xlsx([simple_sheet([["n", "o", DAY]], name=name) for name in names], out)
    titles = openpyxl.load_workbook(out).sheetnames
    assert len(set(titles)) == len(names)
    assert titles[0] == "Day  2 7  a"
    assert all(len(title) <= 31 for title in titles)
    assert "History" not in titles


def test_unique_sheet_name_keeps_within_the_limit() -> None:
    taken: set[str] = set()
    first = unique_sheet_name("A" * 31, taken)
    second = unique_sheet_name("A" * 31, taken)
    assert first != second and len(second) == 31 and second.endswith("(2)")


def test_an_empty_workbook_still_opens(tmp_path) -> None:
    out = tmp_path / "empty.xlsx"
    write_xlsx([], out)
    assert openpyxl.load_workbook(out).sheetnames == ["Sheet"]
    write_xlsx([simple_sheet([])], out)
    assert sheet_rows(out) == [("Name", "Organisation", "When")]


def sheet_rows(path) -> list[tuple]:
    return list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))


def test_rows_stream_from_a_generator_with_progress(tmp_path) -> None:
    seen: list[tuple[int, int]] = []
    rows = ([f"Name {n}", "Org", DAY] for n in range(1_200))
    out = tmp_path / "stream.xlsx"
    write_xlsx(
        [simple_sheet(rows, row_count=1_200)],
        out,
        lambda done, total, _label: seen.append((done, total)),
    )
    assert len(sheet_rows(out)) == 1_201
    assert seen[0] == (0, 1_200) and seen[-1] == (1_200, 1_200)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancel_stops_the_job_and_writes_nothing(tmp_path) -> None:
    out = tmp_path / "cancelled.xlsx"
    calls = iter(range(10_000))
    rows = ([f"Name {n}", "Org", DAY] for n in range(5_000))
    with pytest.raises(Cancelled):
        write_xlsx([simple_sheet(rows)], out, cancel=lambda: next(calls) > 3)
    assert not out.exists()
    with pytest.raises(Cancelled):
        write_csv(simple_sheet(rows), tmp_path / "c.csv", cancel=lambda: True)


# -- CSV


def test_csv_has_a_bom_and_neutralises_formula_like_text(tmp_path) -> None:
    out = tmp_path / "people.csv"
    write_csv(simple_sheet([[text, "Шчэрбіч", DAY] for text in FORMULA_LIKE]), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert rows[0] == ["Name", "Organisation", "When"]
    for row, text in zip(rows[1:], FORMULA_LIKE, strict=True):
        assert row == ["'" + text, "Шчэрбіч", "2019-07-02"]


def test_csv_semicolon_numbers_dates_and_line_breaks(tmp_path) -> None:
    out = tmp_path / "people.csv"
    rows = [["a;b", -5, MOMENT], ["two\nlines", 2.5, dt.time(9, 5)], ["", None, True]]
    write_csv(Sheet("S", [Column("A"), Column("B"), Column("C")], rows), out, ";")
    assert b";" in out.read_bytes().splitlines()[0]
    assert read_csv(out, ";")[1:] == [
        ["a;b", "-5", "2019-07-02T09:30"],  # a negative number is not neutralised
        ["two\nlines", "2.5", "09:05"],
        ["", "", "true"],
    ]


def test_csv_holds_only_data_rows(tmp_path) -> None:
    out = tmp_path / "form.csv"
    sheet = simple_sheet(
        [
            Row(("Foreign",), RowStyle.SECTION),
            ["A", "B", DAY],
            Row(()),
            Row(("T", "U", DAY), RowStyle.TOTAL),
        ],
        preamble=[Row(("Title",), RowStyle.TITLE)],
        footer=[Row(("Note",), RowStyle.NOTE)],
    )
    write_csv(sheet, out)
    assert read_csv(out)[1:] == [["A", "B", "2019-07-02"], ["T", "U", "2019-07-02"]]


def test_csv_refuses_other_delimiters(tmp_path) -> None:
    with pytest.raises(ValidationError):
        write_csv(simple_sheet([]), tmp_path / "x.csv", "|")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1", True),
        ("+1", True),
        ("-", True),
        ("@a", True),
        ("\t", True),
        ("\rx", True),
        ("＋1", True),
        ("a=1", False),
        ("", False),
        (" =1", False),
        ("Ольга", False),
    ],
)
def test_formula_like_is_decided_by_the_first_character(text, expected) -> None:
    assert is_formula_like(text) is expected
    assert csv_text(text).startswith("'") is expected


# -- LibreOffice


def test_libreoffice_opens_the_workbook_and_keeps_text_as_text(tmp_path, libreoffice) -> None:
    out = tmp_path / "cells.xlsx"
    rows = [[text, "Шчэрбіч Аляксандр", DAY] for text in FORMULA_LIKE]
    rows.append(["_x0041_ literal", "Łódź", MOMENT])
    write_xlsx([simple_sheet(rows), simple_sheet([["x", "y", dt.time(9, 5)]], name="Second")], out)
    shown = libreoffice.sheets_as_csv(out, tmp_path / "csv")
    assert set(shown) == {"People", "Second"}
    people = shown["People"]
    assert [row[0] for row in people[1 : len(FORMULA_LIKE) + 1]] == FORMULA_LIKE
    assert people[1][2] == "2019-07-02"
    assert people[-1] == ["_x0041_ literal", "Łódź", "2019-07-02 09:30"]
    assert shown["Second"][1][2] == "09:05"
    libreoffice.convert(out, "pdf", tmp_path / "pdf")
    assert (tmp_path / "pdf" / "cells.pdf").stat().st_size > 1000
