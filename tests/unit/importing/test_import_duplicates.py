"""The same person twice: passport number, else e-mail, else name and date of birth."""

from __future__ import annotations

import datetime as dt

from studyvisit.importing import ImportedRow, find_duplicate_rows, person_keys, same_person


def row(number: int, **fields: object) -> ImportedRow:
    return ImportedRow(number, dict(fields))


def test_duplicates_within_a_file() -> None:
    born = dt.date(1975, 7, 2)
    rows = [
        row(2, surname="Kowalska", given_names="Anna", passport_number="ZS1234567", email="a@x.pl"),
        row(3, surname="Kowalska", given_names="Anna", passport_number="ZS 1234567"),
        row(4, surname="Nowak", given_names="Jan", email="Jan@X.pl"),
        row(5, surname="NOWAK", given_names="Jan", email="jan@x.pl"),
        row(6, surname="Шчэрбіч", given_names="Аляксандр", date_of_birth=born),
        row(7, surname="шчэрбіч", given_names="аляксандр", date_of_birth=born),
        row(8, surname="Kowalska", given_names="Anna", passport_number="EA0000000", email="a@x.pl"),
    ]
    found = [(d.row, d.first_row, d.basis) for d in find_duplicate_rows(rows)]
    assert found == [
        (3, 2, "passport_number"),
        (5, 4, "email"),
        (7, 6, "name_and_date_of_birth"),
    ]
    assert (
        find_duplicate_rows(rows)[0].problem().message
        == "the same person as row 2 (same passport number)"
    )


def test_different_passports_are_different_people_whatever_the_name() -> None:
    a = person_keys({"surname": "Ivanov", "passport_number": "MP1", "email": "i@x.by"})
    b = person_keys({"surname": "Ivanov", "passport_number": "MP2", "email": "i@x.by"})
    assert same_person(a, b) is None


def test_name_keys_ignore_case_diacritics_and_spacing() -> None:
    a = person_keys(
        {"surname": "Wiśniewski", "given_names": "Łukasz", "date_of_birth": dt.date(1981, 11, 30)}
    )
    b = person_keys(
        {"surname": " WISNIEWSKI ", "given_names": "lukasz", "date_of_birth": dt.date(1981, 11, 30)}
    )
    assert same_person(a, b) == "name_and_date_of_birth"
