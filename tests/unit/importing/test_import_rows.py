"""Rows as a person reads them: blank lines, totals, repeated headers, chosen columns."""

from __future__ import annotations

from pathlib import Path

from studyvisit.importing import read_delegate_file


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_totals_and_signature_lines_are_not_delegates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Фамилия;Имя\nИванов;Иван\n;\nИтого: 1 человек;\nДиректор ________ Петров;\n",
    )
    result = read_delegate_file(path)
    assert [(row.row, row.blocking) for row in result.rows] == [(2, False), (4, True), (5, True)]
    assert result.rows[1].problems[0].message.startswith("a totals or signature line")


def test_a_repeated_header_row_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "Surname,Name\nSmith,John\nSurname,Name\nDoe,Jane\n")
    assert [row.row for row in read_delegate_file(path).rows] == [2, 4]


def test_dashes_and_blank_cells_are_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "Фамилия;Имя;Отчество;E-mail\nIvanou;Ivan;-;—\n")
    assert read_delegate_file(path).rows[0].fields == {"surname": "Ivanou", "given_names": "Ivan"}


def test_unknown_columns_go_to_the_notes_as_header_and_value(tmp_path: Path) -> None:
    path = write(tmp_path, "Surname,Hotel room,,Remarks\nSmith,12,x,late\n")
    fields = read_delegate_file(path).rows[0].fields
    assert fields == {"surname": "Smith", "notes": "late\nHotel room: 12\nColumn C: x"}


def test_a_person_can_choose_the_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "Who,Mystery\nSmith John,vegan\n")
    result = read_delegate_file(path, mapping={0: "full_name", 1: "dietary"})
    assert result.rows[0].fields == {"surname": "John", "given_names": "Smith", "dietary": "vegan"}


def test_only_latin_names_fill_the_surname_too(tmp_path: Path) -> None:
    path = write(tmp_path, "Surname (Latin),Name (Latin)\nSHCHERBICH,Aliaksandr\n")
    assert read_delegate_file(path).rows[0].fields == {
        "surname_latin": "SHCHERBICH",
        "given_names_latin": "Aliaksandr",
        "surname": "SHCHERBICH",
        "given_names": "Aliaksandr",
    }


def test_separate_date_and_time_columns_make_one_arrival(tmp_path: Path) -> None:
    path = write(tmp_path, "Surname;Arrival date;Arrival time\nSmith;01.07.2025;14:30\n")
    arrival = read_delegate_file(path).rows[0].fields["arrival"]
    assert str(arrival) == "2025-07-01 14:30:00"


def test_departure_before_arrival_is_pointed_out(tmp_path: Path) -> None:
    path = write(tmp_path, "Surname;Arrival;Departure\nSmith;05.07.2025 10:00;01.07.2025 10:00\n")
    row = read_delegate_file(path).rows[0]
    assert [p.message for p in row.problems] == ["departure is before arrival"]
    assert not row.blocking


def test_a_header_further_down_than_usual(tmp_path: Path) -> None:
    lines = ["Lista uczestników"] + [""] * 20 + ["Nazwisko;Imię", "Kowalska;Anna"]
    result = read_delegate_file(write(tmp_path, "\n".join(lines) + "\n"))
    assert result.header_row == 22
    assert result.rows[0].row == 23


def test_a_raw_preview_for_choosing_columns_by_hand(tmp_path: Path) -> None:
    from studyvisit.importing import read_sheet_preview

    path = write(tmp_path, "Who,Mystery\nSmith John,vegan\n")
    preview = read_sheet_preview(path)
    assert preview.header_row is None
    assert preview.rows == [(1, ["Who", "Mystery"]), (2, ["Smith John", "vegan"])]
