"""Header recognition in five languages and Indico's layout, and finding the header row."""

from __future__ import annotations

import pytest

from studyvisit.importing.column_mapping import map_columns
from studyvisit.importing.header_detection import find_header_row, match_header

RECOGNISED = {
    "surname": [
        "Nazwisko", "Прозвішча", "Фамилия", "Прізвище", "Last name", "Surname (as in passport)",
        "Family name", "NAZWISKO", "фамилия:", "Фамилия / Surname", "Nazwisko uczestnika",
    ],
    "given_names": ["Imię", "Імя", "Имя", "Ім'я", "First name", "Given names", "Imie", "First Name"],
    "patronymic": ["Отчество", "Імя па бацьку", "По батькові", "Patronymic"],
    "date_of_birth": [
        "Data urodzenia", "Дата рождения", "Дата нараджэння", "Дата народження", "Date of birth",
        "DOB", "Date of birth (dd.mm.yyyy)", "Дата рождения (дд.мм.гггг)",
    ],
    "email": ["E-mail", "Email", "Эл. почта", "Email Address", "Adres e-mail", "Електронна пошта"],
    "passport_number": ["Nr paszportu", "Номер паспорта", "Passport No.", "Passport number", "Нумар пашпарта"],
    "passport_expiry": [
        "Passport expiry", "Ważność paszportu", "Срок действия паспорта", "Тэрмін дзеяння пашпарта",
        "Термін дії паспорта",
    ],
    "organisation": ["Organizacja", "Организация", "Арганізацыя", "Instytucja", "Affiliation", "Організація"],
    "position": ["Stanowisko", "Должность", "Пасада", "Посада", "Position"],
    "country": ["Kraj", "Страна", "Краіна", "Країна", "Country", "Citizenship", "Гражданство"],
    "gender": ["Płeć", "Пол", "Gender", "Стать", "Sex"],
    "dietary": ["Dieta", "Питание", "Харчаванне", "Dietary requirements"],
    "arrival": ["Arrival", "Przyjazd", "Прибытие", "Прыбыццё", "Data przyjazdu"],
    "departure": ["Departure", "Wyjazd", "Отъезд", "Ад'езд", "Data wyjazdu"],
    "phone": ["Telefon", "Телефон", "Тэлефон", "Phone Number", "Mobile phone", "Telefon komórkowy"],
    "surname_latin": ["Surname (Latin)", "Фамилия латиницей", "Фамилия (латиницей)", "Прозвішча лацінкай"],
    "given_names_latin": ["Имя латиницей", "First name (Latin)", "Імя (лацінкай)"],
    "full_name": [
        "ФИО", "Ф.И.О.", "Full name", "Imię i nazwisko", "Nazwisko i imię",
        "Прозвішча, імя, імя па бацьку", "Фамилия, имя, отчество", "ПІБ",
    ],
    "full_name_latin": ["Name in passport", "Name as in passport", "ФИО латиницей"],
    "ignored": ["Lp.", "№", "№ п/п", "No."],
    "salutation": ["Title"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"),
    [(header, field) for field, headers in RECOGNISED.items() for header in headers],
)
def test_header_is_recognised(header: str, field: str) -> None:
    found = match_header(header)
    assert found is not None, header
    assert found.field == field


@pytest.mark.parametrize(
    "header",
    [
        "ID",
        "Registration date",
        "Адрес",
        "Lista uczestników",
        "Список участников",
        "Uwagi organizatora",
    ],
)
def test_other_headers_are_not_recognised_as_delegate_fields(header: str) -> None:
    found = match_header(header)
    assert found is None or found.field in ("?other", "notes")


def test_passport_issue_date_is_not_the_passport_number() -> None:
    columns = map_columns(["Surname", "Passport issue date", "Passport No."], 0)
    assert [c.field for c in columns] == ["surname", None, "passport_number"]


def test_the_surest_column_wins_a_field() -> None:
    columns = map_columns(["Surname", "Passport of the delegate", "Passport No."], 0)
    assert [c.field for c in columns] == ["surname", None, "passport_number"]


def test_the_header_row_is_found_under_title_rows() -> None:
    rows = [
        ["Список участников учебного визита", "", ""],
        ["", "", ""],
        ["г. Минск", "", ""],
        ["Фамилия", "Имя", "Должность"],
        ["Иванов", "Иван", "Директор"],
    ]
    header = find_header_row(rows)
    assert header is not None
    assert header.index == 3


def test_a_group_row_above_the_header_is_joined() -> None:
    rows = [
        ["ФИО", "Паспорт", "", "Организация"],
        ["", "Номер", "Срок действия", ""],
        ["Иванов Иван", "MP1234567", "01.01.2030", "Минобразования"],
    ]
    header = find_header_row(rows)
    assert header is not None
    assert header.index == 1
    assert header.labels == ["ФИО", "Паспорт Номер", "Срок действия", "Организация"]


def test_name_beside_a_surname_column_is_the_given_names() -> None:
    columns = map_columns(["Name", "Surname", "E-mail"], 0)
    assert [c.field for c in columns] == ["given_names", "surname", "email"]


def test_name_alone_is_the_full_name() -> None:
    assert [c.field for c in map_columns(["Name", "E-mail"], 0)] == ["full_name", "email"]


def test_indico_name_beside_first_and_last_name_is_not_used() -> None:
    columns = map_columns(["ID", "Name", "First Name", "Last Name"], 0)
    assert [c.field for c in columns] == [None, "ignored", "given_names", "surname"]


def test_of_two_surname_columns_the_latin_one_is_the_passport_form() -> None:
    samples = [["Шчэрбіч", "Shcherbich"], ["Каваленка", "Kavalenka"]]
    columns = map_columns(["Прозвішча", "Surname (as in passport)"], 0, samples)
    assert [c.field for c in columns] == ["surname", "surname_latin"]


def test_a_second_column_for_a_field_goes_to_the_notes() -> None:
    columns = map_columns(["Surname", "E-mail", "Email"], 0)
    assert [c.field for c in columns] == ["surname", "email", None]


def test_overrides_win_and_keep_sheet_column_indexes() -> None:
    columns = map_columns(["Surname", "Mystery"], 2, overrides={3: "dietary", 2: "full_name"})
    assert [(c.index, c.field) for c in columns] == [(2, "full_name"), (3, "dietary")]
