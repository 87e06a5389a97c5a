"""CSV encodings and delimiters, on short texts as well as whole files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from studyvisit.importing import read_delegate_file
from studyvisit.importing.readers.csv_reader import detect_delimiter
from studyvisit.importing.readers.text_encoding import UnknownEncoding, decode_text

SHORT = [
    ("Фамилия;Имя\nИванов;Иван", "cp1251"),
    ("Прозвішча;Імя\nШчэрбіч;Аляксандр", "cp1251"),
    ("Прізвище;Ім'я\nПетренко;Олена", "cp1251"),
    ("Nazwisko;Imię\nWiśniewski;Łukasz", "cp1250"),
    ("Nazwisko;Imię\nŹródłowski;Grzegorz", "cp1250"),
]


@pytest.mark.parametrize(("text", "encoding"), SHORT)
def test_short_windows_texts(text: str, encoding: str) -> None:
    decoded = decode_text(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Імя".encode(), "utf-8-sig"),
        ("Імя;Łukasz".encode(), "utf-8"),
        ("Імя;Łukasz".encode("utf-16"), "utf-16"),
        ("Імя;Łukasz".encode("utf-16-le"), "utf-16-le"),
        (b"Surname,Name\nSmith,John", "utf-8"),
    ],
)
def test_unicode_encodings(data: bytes, encoding: str) -> None:
    decoded = decode_text(data)
    assert decoded.encoding == encoding
    assert decoded.text.endswith(("Імя", "Łukasz", "John"))


def test_binary_data_is_no_text() -> None:
    with pytest.raises(UnknownEncoding):
        decode_text(bytes(range(256)) * 8)


@pytest.mark.parametrize(
    ("lines", "delimiter"),
    [
        (["Surname,Name", "Smith,John"], ","),
        (["Фамилия;Имя, отчество", "Иванов;Иван, Иванович"], ";"),
        (["Nazwisko\tImię", "Kowalska\tAnna"], "\t"),
        (["Lista", "Nazwisko;Imię;Kraj", "Kowalska;Anna;Polska", "Nowak;Jan;Polska"], ";"),
    ],
)
def test_delimiters(lines: list[str], delimiter: str) -> None:
    assert detect_delimiter(lines) == delimiter


def test_excel_sep_line(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("sep=|\nSurname|Name\nSmith|John\n", encoding="utf-8")
    result = read_delegate_file(path)
    assert result.delimiter == "|"
    assert result.rows[0].row == 2
    assert result.rows[0].fields == {"surname": "Smith", "given_names": "John"}


def test_short_rows_and_quoted_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('Surname,Name,Notes\nSmith,John,"two\nlines"\nDoe\n', encoding="utf-8")
    result = read_delegate_file(path)
    assert [(row.row, row.fields) for row in result.rows] == [
        (2, {"surname": "Smith", "given_names": "John", "notes": "two\nlines"}),
        (3, {"surname": "Doe"}),
    ]
