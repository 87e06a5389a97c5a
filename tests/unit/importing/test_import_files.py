"""Real files, made by LibreOffice or written byte for byte, read as a careful person reads them."""

from __future__ import annotations

import datetime as dt

import pytest
from import_files import fields_by_row, messages_by_row, read

D = dt.date
T = dt.datetime

BY_EXPECTED = {
    2: {
        "surname": "ШЧЭРБІЧ", "given_names": "Аляксандр", "patronymic": "Іванавіч",
        "date_of_birth": D(1975, 7, 2), "organisation": "Міністэрства эканомікі Рэспублікі Беларусь",
        "position": "Начальнік упраўлення", "country": "BY", "passport_number": "MP1234567",
        "passport_expiry": D(2030, 3, 15), "phone": "+375 29 123-45-67",
        "email": "a.shcherbich@economy.gov.by", "gender": "male", "category": "national_admin",
    },
    3: {
        "surname": "Каваленка", "given_names": "Вольга", "patronymic": "Пятроўна",
        "date_of_birth": D(1988, 11, 2), "organisation": "Гродзенскі абласны выканаўчы камітэт",
        "position": "Галоўны спецыяліст", "country": "BY", "passport_number": "MP7654321",
        "passport_expiry": D(2029, 1, 1), "phone": "+375 29 111-22-33",
        "email": "olga.kavalenka@grodno.by", "gender": "female", "category": "regional_admin",
    },
    4: {
        "surname": "Лукашэвіч", "given_names": "Сяргей", "date_of_birth": D(1980, 5, 17),
        "organisation": "Лідскі раённы выканаўчы камітэт", "position": "Намеснік старшыні",
        "country": "BY", "passport_number": "KH0987654", "passport_expiry": D(2031, 12, 31),
        "phone": "+375 154 52-12-34", "email": "s.lukashevich@lida.by", "gender": "male",
        "category": "local_admin",
    },
    5: {
        "surname": "Пятровіч", "given_names": "Юрый", "patronymic": "Міхайлавіч",
        "date_of_birth": D(1979, 9, 13), "organisation": "ААТ «Гродна Азот»", "position": "Інжынер",
        "country": "BY", "passport_number": "MC1112223", "passport_expiry": D(2028, 10, 20),
        "phone": "+375 152 11-22-33", "gender": "male", "notes": "E-mail: yury(at)azot.by",
    },
    6: {
        "organisation": "Беларускі дзяржаўны ўніверсітэт", "position": "Дацэнт", "country": "BY",
        "category": "academia",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "file_type"),
    [
        ("by_full_name_cp1251.csv", "csv"),
        ("by_full_name.xlsx", "xlsx"),
        ("by_full_name.ods", "ods"),
        ("by_full_name.xls", "xls"),
    ],
)
def test_belarusian_full_names_in_every_format(name: str, file_type: str) -> None:
    result = read(name)
    assert result.file_type == file_type
    assert result.header_row == 1
    assert fields_by_row(result) == BY_EXPECTED
    problems = messages_by_row(result)
    assert problems[5] == ["'yury(at)azot.by' is not an e-mail address"]
    assert problems[6] == ["no surname: the row is skipped"]
    assert [row.row for row in result.rows if row.blocking] == [6]
    assert result.columns[0].field == "full_name"


def test_cp1251_csv_is_decoded_and_split_by_semicolons() -> None:
    result = read("by_full_name_cp1251.csv")
    assert (result.encoding, result.delimiter, result.sheet) == ("cp1251", ";", None)
    assert result.columns[0].header == "Прозвішча, імя, імя па бацьку"


PL_EXPECTED = {
    2: {
        "surname": "Kowalska", "given_names": "Anna Maria", "date_of_birth": D(1975, 7, 2),
        "organisation": "Urząd Marszałkowski Województwa Podlaskiego",
        "position": "Dyrektor departamentu", "country": "PL", "passport_number": "ZS1234567",
        "passport_expiry": D(2031, 5, 12), "phone": "+48 600 100 200",
        "email": "anna.kowalska@wrotapodlasia.pl", "gender": "female", "dietary": "wegetariańska",
        "arrival": T(2025, 7, 1, 14, 30), "departure": T(2025, 7, 5, 10, 0),
        "category": "regional_admin",
    },
    3: {
        "surname": "Wiśniewski", "given_names": "Łukasz", "date_of_birth": D(1981, 11, 30),
        "organisation": "Uniwersytet w Białymstoku", "position": "Adiunkt", "country": "PL",
        "passport_number": "EA7654321", "passport_expiry": D(2029, 2, 1),
        "phone": "+48 85 745 70 00", "email": "l.wisniewski@uwb.edu.pl", "gender": "male",
        "arrival": T(2025, 7, 1, 9, 0), "departure": T(2025, 7, 5, 18, 15), "category": "academia",
    },
    4: {
        "surname": "Źródłowski", "given_names": "Grzegorz", "date_of_birth": D(1968, 5, 17),
        "organisation": "Starostwo Powiatowe w Hajnówce", "position": "Starosta", "country": "PL",
        "passport_number": "AB1122334", "passport_expiry": D(2033, 9, 30), "phone": "85 682 27 55",
        "email": "starosta@powiat.hajnowka.pl", "gender": "male", "dietary": "bez glutenu",
        "arrival": T(2025, 7, 2, 8, 0), "departure": T(2025, 7, 4, 12, 0), "category": "local_admin",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    "name", ["pl_cp1250.csv", "pl_delegates.xlsx", "pl_delegates.ods", "pl_delegates.xls"]
)
def test_polish_list_in_every_format(name: str) -> None:
    result = read(name)
    expected = {row: dict(fields) for row, fields in PL_EXPECTED.items()}
    if not name.endswith(".csv"):
        # LibreOffice, opening the CSV as a person would, took "+48 600 100 200" for a number.
        expected[2]["phone"] = "48600100200"
    assert fields_by_row(result) == expected
    assert result.all_problems == []
    assert result.columns[0].field == "ignored"  # "Lp." numbers the rows


def test_cp1250_csv_is_decoded() -> None:
    assert read("pl_cp1250.csv").encoding == "cp1250"


def test_english_csv_with_bom_keeps_formula_like_text() -> None:
    result = read("en_utf8_bom.csv")
    assert (result.encoding, result.delimiter) == ("utf-8-sig", ",")
    rows = fields_by_row(result)
    assert rows[2] == {
        "surname": "SHCHERBICH", "given_names": "Aliaksandr", "date_of_birth": D(1975, 7, 2),
        "organisation": "Ministry of Economy of the Republic of Belarus",
        "position": "Head of Department", "country": "BY", "passport_number": "MP1234567",
        "passport_expiry": D(2030, 3, 15), "phone": "+375291234567",
        "email": "a.shcherbich@economy.gov.by", "gender": "male", "dietary": "Halal",
        "arrival": T(2025, 7, 1, 14, 30), "departure": T(2025, 7, 5, 10, 0),
        "notes": '=HYPERLINK("http://example.org","x")', "category": "national_admin",
    }  # fmt: skip
    assert rows[3]["notes"] == "@home"
    assert rows[3]["category"] == "regional_admin"
    assert rows[4]["notes"] == "-5 kg"
    assert rows[4]["email"] == "jan.nowak@example.pl"
    assert rows[4]["category"] == "business_support"
    assert rows[5]["notes"] == "+1 guest"
    assert rows[5]["date_of_birth"] == D(1980, 12, 31)  # 12/31/1980 can only be month first
    assert rows[5]["country"] == "GB"
    assert "category" not in rows[5]  # "Scottish Enterprise" says nothing clear
    assert result.all_problems == []


def test_ukrainian_utf16_tab_separated_text() -> None:
    result = read("uk_utf16.txt")
    assert (result.encoding, result.delimiter) == ("utf-16", "\t")
    assert fields_by_row(result) == {
        2: {
            "surname": "Петренко", "given_names": "Олена", "patronymic": "Василівна",
            "date_of_birth": D(1985, 3, 14), "organisation": "Львівська обласна державна адміністрація",
            "position": "Заступник начальника", "country": "UA", "passport_number": "FA123456",
            "passport_expiry": D(2032, 6, 30), "phone": "+380 67 123 4567",
            "email": "olena.petrenko@loda.gov.ua", "gender": "female", "category": "regional_admin",
        },
        3: {
            "surname": "Шевчук", "given_names": "Ігор", "patronymic": "Миколайович",
            "date_of_birth": D(1972, 8, 21), "organisation": "Харківський національний університет",
            "position": "Доцент", "country": "UA", "passport_number": "FB654321",
            "passport_expiry": D(2030, 1, 15), "phone": "+380 50 765 4321",
            "email": "ihor.shevchuk@karazin.ua", "gender": "male", "category": "academia",
        },
    }  # fmt: skip


@pytest.mark.parametrize("name", ["indico_registrants.csv", "indico_registrants.xlsx"])
def test_indico_registrants_export(name: str) -> None:
    result = read(name)
    mapped = {column.header: column.field for column in result.columns}
    assert mapped == {
        "ID": None, "Name": "ignored", "Title": "salutation", "First Name": "given_names",
        "Last Name": "surname", "Email Address": "email", "Affiliation": "organisation",
        "Position": "position", "Country": "country", "Phone Number": "phone",
        "Registration date": None, "Registration state": None, "Checked in": None,
    }  # fmt: skip
    rows = fields_by_row(result)
    assert rows[2] == {
        "given_names": "Aliaksandr", "surname": "Shcherbich", "email": "a.shcherbich@example.by",
        "organisation": "Belarusian State University", "position": "Professor", "country": "BY",
        "phone": "+375 17 209 5000", "gender": "male", "category": "academia",
        "notes": "ID: 1\nTitle: Mr\nRegistration date: 2025-05-02 10:11:12\n"
        "Registration state: Complete\nChecked in: No",
    }  # fmt: skip
    assert "gender" not in rows[3]  # "Dr" says nothing
    assert rows[4]["gender"] == "female"
    assert rows[4]["category"] == "business_support"


@pytest.mark.parametrize(
    "name", ["ru_title_merged.xlsx", "ru_title_merged.ods", "ru_title_merged.xls"]
)
def test_title_rows_merged_cells_and_a_two_row_header(name: str) -> None:
    result = read(name)
    assert result.sheet == "Участники"
    assert result.header_row == 5
    mapped = {column.header: column.field for column in result.columns}
    assert mapped["Паспорт Номер"] == "passport_number"
    assert mapped["Срок действия"] == "passport_expiry"
    assert fields_by_row(result) == {
        7: {
            "surname": "Иванов", "given_names": "Иван", "patronymic": "Иванович",
            "date_of_birth": D(1975, 7, 2), "passport_number": "MP1234567",
            "passport_expiry": D(2030, 3, 15),
            "organisation": "Министерство образования Республики Беларусь",
            "position": "Начальник управления", "phone": "375291234567",
            "email": "ivanov@edu.gov.by", "category": "national_admin",
        },
        8: {
            "surname": "Петрова", "given_names": "Мария", "patronymic": "Сергеевна",
            "date_of_birth": D(1988, 11, 2), "passport_number": "KH7654321",
            "passport_expiry": D(2029, 1, 1), "organisation": "Минский областной исполнительный комитет",
            "position": "Главный специалист", "phone": "+375 17 500 41 00",
            "email": "m.petrova@minoblisp.gov.by", "category": "regional_admin",
        },
        9: {
            "surname": "Сидоренко", "given_names": "Пётр", "date_of_birth": D(1969, 1, 31),
            "passport_number": "AB0001112", "passport_expiry": D(2031, 12, 31),
            "organisation": "ООО «Альфа»", "position": "Директор", "phone": "80172223344",
        },
        11: {},
    }  # fmt: skip
    # The "Итого" line under the list is no delegate: skipped, and said so.
    [totals] = result.all_problems
    assert (totals.row, totals.blocking) == (11, True)
    assert "totals" in totals.message


def test_date_cells_numbers_and_formula_like_text() -> None:
    rows = fields_by_row(read("phones_dates.xlsx"))
    assert rows[2] == {
        "surname": "Kowalski", "given_names": "Jan", "date_of_birth": D(1975, 7, 2),
        "phone": "375291234567", "arrival": T(2025, 7, 1, 0, 0),
        "departure": T(2025, 7, 5, 17, 45), "notes": "=1+2", "position": "Head",
        "organisation": "Urząd Gminy Michałowo", "category": "local_admin",
    }  # fmt: skip
    assert rows[3]["phone"] == "+48600100200"
    assert rows[3]["notes"] == "+ vegetarian"
    assert rows[3]["position"] == "@director"
    assert rows[4]["date_of_birth"] == D(1975, 7, 2)  # the serial number 27577
    assert rows[4]["phone"] == "48856822755"
    assert rows[4]["position"] == "=SUM(A1:A2)"
    assert rows[4]["arrival"] == T(2025, 7, 2, 8, 15)
    assert "notes" not in rows[4]  # a lone dash is nothing


def test_text_dates_in_every_written_form() -> None:
    result = read("dates_formats.csv")
    rows = fields_by_row(result)
    for row in (2, 3, 4, 5, 6):
        assert rows[row]["date_of_birth"] == D(1975, 7, 2)
    assert rows[2]["arrival"] == T(2025, 7, 1, 14, 30)
    assert rows[3]["arrival"] == T(2025, 7, 1, 9, 5)
    assert rows[4]["arrival"] == T(2025, 7, 1, 0, 0)
    assert rows[5]["arrival"] == T(2025, 7, 1, 8, 0)
    assert "date_of_birth" not in rows[7]
    assert rows[7]["notes"] == "Data urodzenia: 31.02.1975"
    assert messages_by_row(result) == {
        7: ["date of birth: cannot read '31.02.1975' as a date"],
        8: ["date of birth: only a year (1975), not a full date"],
    }
    assert all(problem.column == "Data urodzenia" for problem in result.all_problems)


def test_the_sheet_that_looks_like_a_list_is_chosen() -> None:
    result = read("multi_sheet.xlsx")
    assert result.sheet == "Participants"
    assert result.sheet_names == ["Instructions", "Participants", "Lists"]
    assert fields_by_row(result) == {
        2: {
            "given_names": "Anna",
            "surname": "Kowalska",
            "country": "PL",
            "email": "anna@example.pl",
        },
        3: {
            "given_names": "Siarhei",
            "surname": "Ivanou",
            "country": "BY",
            "email": "s.ivanou@example.by",
        },
    }


def test_a_sheet_can_be_named() -> None:
    assert read("multi_sheet.xlsx", sheet="participants").sheet == "Participants"


def test_latin_forms_from_their_own_columns() -> None:
    rows = fields_by_row(read("latin_columns.ods"))
    assert rows[2] == {
        "surname": "Щербич", "given_names": "Александр", "patronymic": "Иванович",
        "surname_latin": "SHCHERBICH", "given_names_latin": "ALIAKSANDR", "country": "BY",
    }  # fmt: skip


def test_latin_forms_from_a_passport_name_column() -> None:
    result = read("latin_columns.ods", sheet="Паспорта")
    rows = fields_by_row(result)
    assert rows[2] == {
        "surname": "ШЧЭРБІЧ", "given_names": "Аляксандр", "patronymic": "Іванавіч",
        "surname_latin": "SHCHERBICH", "given_names_latin": "Aliaksandr",
        "organisation": "Міністэрства эканомікі", "category": "national_admin",
    }  # fmt: skip
    assert rows[3]["surname_latin"] == "KAVALENKA"
    assert rows[3]["given_names_latin"] == "Volha"
    assert rows[3]["category"] == "regional_admin"


def test_preview_shows_the_first_rows_as_text() -> None:
    result = read("ru_title_merged.xlsx")
    assert [number for number, _ in result.preview] == [7, 8, 9, 11]
    number, texts = result.preview[0]
    assert texts[:5] == ["1", "Иванов", "Иван", "Иванович", "1975-07-02"]
    assert len(texts) == len(result.columns)


def test_progress_is_reported() -> None:
    calls: list[tuple[int, int, str]] = []
    read(
        "pl_delegates.xlsx", progress=lambda done, total, label: calls.append((done, total, label))
    )
    assert calls and calls[-1][0] == calls[-1][1]
