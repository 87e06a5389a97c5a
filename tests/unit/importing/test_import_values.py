"""Cell values to field values: phones, e-mails, passports, genders, countries, categories."""

from __future__ import annotations

import datetime as dt

import pytest

from studyvisit.importing import values
from studyvisit.importing.categories import category_value, suggest_category
from studyvisit.importing.countries import country_code
from studyvisit.importing.values import ValueProblem


@pytest.mark.parametrize(
    ("cell", "phone"),
    [
        (375291234567.0, "375291234567"),
        (375291234567, "375291234567"),
        ("+375 29 123-45-67", "+375 29 123-45-67"),
        ("  +48  600 100 200 ", "+48 600 100 200"),
        ("-", None),
    ],
)
def test_phones_stay_text(cell: object, phone: str | None) -> None:
    assert values.phone(cell) == phone


def test_a_phone_in_scientific_notation_is_a_problem() -> None:
    with pytest.raises(ValueProblem, match="last digits are lost"):
        values.phone("3.75291E+11")


@pytest.mark.parametrize(
    ("cell", "email"),
    [
        ("A.Shcherbich@Economy.GOV.by", "a.shcherbich@economy.gov.by"),
        (" mailto:x@y.pl ", "x@y.pl"),
        ("<anna@example.org>", "anna@example.org"),
    ],
)
def test_emails_are_lower_cased(cell: str, email: str) -> None:
    assert values.email(cell) == email


@pytest.mark.parametrize("cell", ["yury(at)azot.by", "anna@", "anna@example", "@example.org"])
def test_invalid_emails_are_problems(cell: str) -> None:
    with pytest.raises(ValueProblem, match="is not an e-mail address"):
        values.email(cell)


def test_several_emails_keep_the_first() -> None:
    with pytest.raises(ValueProblem) as raised:
        values.email("a@x.pl; b@y.pl")
    assert raised.value.keep == "a@x.pl"


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("mp 123 4567", "MP1234567"),
        ("МР1234567", "MP1234567"),
        (123456789.0, "123456789"),
        ("AB-12", "AB-12"),
    ],
)
def test_passport_numbers(cell: object, number: str) -> None:
    assert values.passport_number(cell) == number


@pytest.mark.parametrize(
    ("cell", "gender"),
    [
        ("м", "male"), ("ж", "female"), ("M", "male"), ("F", "female"), ("K", "female"),
        ("m", "male"), ("муж.", "male"), ("жен.", "female"), ("мужской", "male"),
        ("женский", "female"), ("kobieta", "female"), ("mężczyzna", "male"), ("Male", "male"),
        ("female", "female"), ("ч", "male"), ("жіноча", "female"), ("мужчынскі", "male"),
        ("мужской пол", "male"), ("Ж.", "female"),
    ],
)  # fmt: skip
def test_genders(cell: str, gender: str) -> None:
    assert values.gender(cell) == gender


def test_an_unknown_gender_is_a_problem() -> None:
    with pytest.raises(ValueProblem):
        values.gender("?")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Беларусь", "BY"), ("Białoruś", "BY"), ("Belarus", "BY"), ("BLR", "BY"), ("РБ", "BY"),
        ("Республика Беларусь", "BY"), ("by", "BY"), ("Polska", "PL"), ("Польша", "PL"),
        ("Poland", "PL"), ("POL", "PL"), ("Россия", "RU"), ("Rosja", "RU"), ("Україна", "UA"),
        ("Ukraina", "UA"), ("Lithuania", "LT"), ("Litwa", "LT"), ("Латвия", "LV"),
        ("Germany", "DE"), ("Niemcy", "DE"), ("Грузія", "GE"), ("United Kingdom", "GB"),
        ("Rep. of Belarus", "BY"), ("Республика Польша", "PL"), ("Russian Federation", "RU"),
    ],
)  # fmt: skip
def test_countries(name: str, code: str) -> None:
    assert country_code(name) == code


def test_a_bilingual_country_cell() -> None:
    assert values.country("Belarus / Беларусь") == "BY"


def test_an_unknown_country_is_a_problem() -> None:
    assert country_code("Atlantis") is None
    with pytest.raises(ValueProblem, match="unknown country"):
        values.country("Atlantis")


@pytest.mark.parametrize(
    ("organisation", "category"),
    [
        ("Министерство экономики Республики Беларусь", "national_admin"),
        ("Міністэрства адукацыі", "national_admin"),
        ("Ministry of Economy", "national_admin"),
        ("Ministerstwo Rozwoju i Technologii", "national_admin"),
        ("Брестский областной исполнительный комитет", "regional_admin"),
        ("Гродзенскі абласны выканаўчы камітэт", "regional_admin"),
        ("Urząd Marszałkowski Województwa Podlaskiego", "regional_admin"),
        ("Пинский районный исполнительный комитет", "local_admin"),
        ("Лідскі раённы выканаўчы камітэт", "local_admin"),
        ("Urząd Gminy Michałowo", "local_admin"),
        ("Starostwo Powiatowe w Hajnówce", "local_admin"),
        ("Belarusian State University", "academia"),
        ("Белорусский государственный университет", "academia"),
        ("Izba Przemysłowo-Handlowa w Białymstoku", "business_support"),
        ("Научно-технологический парк БНТУ «Политехник»", "business_support"),
        ("Inkubator Przedsiębiorczości", "business_support"),
        ("ООО «Альфа»", None),
        ("Foundation for Fundamental Research", None),
    ],
)
def test_category_suggested_from_the_organisation(organisation: str, category: str | None) -> None:
    assert suggest_category(organisation) == category


@pytest.mark.parametrize(
    ("cell", "category"),
    [
        ("national_admin", "national_admin"),
        ("Business support", "business_support"),
        ("Expert", "expert"),
        ("xyz", None),
    ],
)
def test_category_column_values(cell: str, category: str | None) -> None:
    assert category_value(cell) == category


def test_text_is_never_evaluated() -> None:
    for cell in ("=1+2", "+48", "-5", "@home", "=cmd|' /C calc'!A0"):
        assert values.text(cell) == cell


def test_cell_text_shows_numbers_and_dates_as_people_read_them() -> None:
    assert values.cell_text(375291234567.0) == "375291234567"
    assert values.cell_text(1.5) == "1.5"
    assert values.cell_text(dt.date(2025, 7, 1)) == "2025-07-01"
    assert values.cell_text(dt.datetime(2025, 7, 1, 14, 30)) == "2025-07-01 14:30"
    assert values.cell_text(True) == "TRUE"


def test_date_of_birth_must_be_possible() -> None:
    with pytest.raises(ValueProblem, match="not possible"):
        values.date_of_birth("01.01.2999")
    with pytest.raises(ValueProblem, match="only a year"):
        values.date_of_birth(1975.0)
