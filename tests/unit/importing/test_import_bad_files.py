"""Files that cannot be a delegate list are refused with one clear line naming the file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from import_files import DATA, read

from studyvisit.errors import StudyvisitError
from studyvisit.importing import ImportFileError, decompression_limits, read_delegate_file
from studyvisit.progress import Cancelled


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("corrupt.xlsx", "damaged"),
        ("truncated.xlsx", "damaged or incomplete"),
        ("image.xlsx", "PNG image, not a spreadsheet"),
        ("password.xlsx", "protected by a password"),
        ("empty_workbook.xlsx", "the workbook is empty"),
        ("headers_only.xlsx", "column headers but no rows"),
        ("random_bytes.csv", "no encoding we recognise"),
        ("no_name_column.xlsx", "no column that could hold a name"),
        ("zip_bomb.xlsx", "decompression bomb"),
        ("sparse_bomb.xlsx", "reaches row 1,048,576 and column 16,384"),
        ("sparse_bomb.xls", "reaches row 65,536 and column 256"),
        ("empty.csv", "the file is empty"),
    ],
)
def test_bad_files_are_refused_with_a_clear_line(name: str, words: str) -> None:
    with pytest.raises(ImportFileError) as raised:
        read(name)
    message = str(raised.value)
    assert message.startswith(f"{name}: ")
    assert words in message
    assert "\n" not in message
    assert isinstance(raised.value, StudyvisitError)
    assert raised.value.path == DATA / name


def test_random_bytes_under_a_workbook_name_are_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes((DATA / "random_bytes.csv").read_bytes())
    with pytest.raises(ImportFileError, match="not a spreadsheet"):
        read_delegate_file(path)


def test_a_csv_under_a_workbook_name_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes((DATA / "pl_cp1250.csv").read_bytes())
    result = read_delegate_file(path)
    assert (result.file_type, result.encoding) == ("csv", "cp1250")
    assert len(result.rows) == 3


def test_a_workbook_under_a_csv_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes((DATA / "ru_title_merged.xls").read_bytes())
    result = read_delegate_file(path)
    assert result.file_type == "xls"
    assert len([row for row in result.rows if not row.blocking]) == 3  # and the totals line


def test_a_word_document_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(ImportFileError, match="Word document"):
        read_delegate_file(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        read_delegate_file(tmp_path / "nothing.xlsx")


def test_an_unknown_sheet_lists_the_sheets() -> None:
    with pytest.raises(ImportFileError, match="'Instructions', 'Participants', 'Lists'"):
        read("multi_sheet.xlsx", sheet="Delegates")


def test_too_much_to_unpack_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decompression_limits, "MAX_TOTAL_UNCOMPRESSED", 10_000)
    with pytest.raises(ImportFileError, match="would unpack to"):
        read("pl_delegates.xlsx")


@pytest.mark.parametrize(
    ("scan_up_to", "words"),
    [(16 * 1024 * 1024, "reaches row 1,000,00"), (0, "repeats a filled row 1,000,000 times")],
)
def test_an_ods_repeating_a_filled_row_a_million_times_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan_up_to: int, words: str
) -> None:
    monkeypatch.setattr(decompression_limits, "FULL_SCAN_UP_TO", scan_up_to)
    source = zipfile.ZipFile(DATA / "pl_delegates.ods")
    bomb = tmp_path / "bomb.ods"
    row = (
        b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
        b'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
    with zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "content.xml":
                data = data.replace(b"</table:table>", row + b"</table:table>", 1)
            target.writestr(info, data)
    with pytest.raises(ImportFileError, match=words):
        read_delegate_file(bomb)


def test_cancel_stops_the_reading() -> None:
    with pytest.raises(Cancelled):
        read("pl_delegates.xlsx", cancel=lambda: True)


def test_a_big_sheet_is_judged_by_its_declared_extent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decompression_limits, "FULL_SCAN_UP_TO", 0)
    with pytest.raises(ImportFileError, match="reaches row 1,048,576"):
        read("sparse_bomb.xlsx")
    assert len(read("pl_delegates.xlsx").rows) == 3
