"""Cyrillic names to Latin by the ICAO Doc 9303 table, as passports print them."""

import re
import string
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyvisit.services.transliteration import (
    Language,
    detect_language,
    is_cyrillic,
    latin_name,
    to_latin,
)

BE, RU, UK = Language.BELARUSIAN, Language.RUSSIAN, Language.UKRAINIAN

NAMES = [
    # Belarusian
    (BE, "Аляксандр", "Aliaksandr"),
    (BE, "Сяргей", "Siarhei"),
    (BE, "Шчэрбіч", "Shcherbich"),
    (BE, "Юрый", "Iuryi"),
    (BE, "Наталля", "Natallia"),
    (BE, "Уладзімір", "Uladzimir"),
    (BE, "Мікалаевіч", "Mikalaevich"),
    (BE, "Лукашэнка", "Lukashenka"),
    (BE, "Ціханоўская", "Tsikhanouskaia"),
    (BE, "Ганна", "Hanna"),
    (BE, "Вольга", "Volha"),
    (BE, "Дзмітрый", "Dzmitryi"),
    (BE, "Ягор", "Iahor"),
    (BE, "Юлія", "Iuliia"),
    (BE, "Святлана", "Sviatlana"),
    (BE, "Кацярына", "Katsiaryna"),
    (BE, "Яўген", "Iauhen"),
    (BE, "Багдановіч", "Bahdanovich"),
    (BE, "Жукоўскі", "Zhukouski"),
    (BE, "Хведар", "Khvedar"),
    (BE, "Францішак", "Frantsishak"),
    (BE, "Дар'я", "Daria"),
    (BE, "Рыгоравіч", "Ryhoravich"),
    (BE, "Анатольевіч", "Anatolevich"),
    (BE, "Ёрш", "Ersh"),
    # Russian
    (RU, "Сергей", "Sergei"),
    (RU, "Александр", "Aleksandr"),
    (RU, "Щербина", "Shcherbina"),
    (RU, "Юрий", "Iurii"),
    (RU, "Наталья", "Natalia"),
    (RU, "Дмитрий", "Dmitrii"),
    (RU, "Евгений", "Evgenii"),
    (RU, "Екатерина", "Ekaterina"),
    (RU, "Фёдор", "Fedor"),
    (RU, "Ольга", "Olga"),
    (RU, "Татьяна", "Tatiana"),
    (RU, "Объедков", "Obieedkov"),
    (RU, "Хрущёв", "Khrushchev"),
    (RU, "Георгий", "Georgii"),
    (RU, "Игорь", "Igor"),
    (RU, "Цветаева", "Tsvetaeva"),
    (RU, "Чайковский", "Chaikovskii"),
    (RU, "Эдуард", "Eduard"),
    (RU, "Ксения", "Kseniia"),
    (RU, "Яковлев", "Iakovlev"),
    (RU, "Пётр", "Petr"),
    # Ukrainian
    (UK, "Андрій", "Andrii"),
    (UK, "Григорій", "Hryhorii"),
    (UK, "Олександр", "Oleksandr"),
    (UK, "Євген", "Ievhen"),
    (UK, "Їжакевич", "Izhakevych"),
    (UK, "Ґалаґан", "Galagan"),
    (UK, "Шевченко", "Shevchenko"),
    (UK, "Зеленський", "Zelenskyi"),
    (UK, "Наталія", "Nataliia"),
    (UK, "Мар'яна", "Mariana"),
    (UK, "Мар’яна", "Mariana"),
    (UK, "Григорʼєв", "Hryhoriev"),
    (UK, "Сергій", "Serhii"),
    (UK, "Дмитро", "Dmytro"),
    (UK, "Віталій", "Vitalii"),
    (UK, "Ольга", "Olha"),
    (UK, "Іван", "Ivan"),
    (UK, "Кличко", "Klychko"),
    (UK, "Щербак", "Shcherbak"),
    (UK, "Михайлович", "Mykhailovych"),
    (UK, "Богдан", "Bohdan"),
    (UK, "Ярослав", "Iaroslav"),
    (UK, "Юлія", "Iuliia"),
    (UK, "Соловйов", "Soloviov"),
]


@pytest.mark.parametrize(("language", "cyrillic", "latin"), NAMES)
def test_names_follow_the_icao_table(language: Language, cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic, language) == latin


def test_language_may_be_given_as_a_string() -> None:
    assert to_latin("Ганна", "be") == "Hanna"
    assert to_latin("Ганна", "RU") == "Ganna"
    with pytest.raises(ValueError):
        to_latin("Ганна", "pl")


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("ШЧЭРБІЧ", "SHCHERBICH"),
        ("ЮРЫЙ", "IURYI"),
        ("ВОЛЬГА", "VOLHA"),
        ("ЯЎ", "IAU"),
        ("ДАР'Я", "DARIA"),
        ("Ю", "Iu"),
        ("Ю. Ш.", "Iu. Sh."),
        ("шчэрбіч", "shcherbich"),
        ("Ганна-Марыя", "Hanna-Maryia"),
        ("ГАННА-МАРЫЯ", "HANNA-MARYIA"),
        ("Юлія-Ю", "Iuliia-Iu"),
        ("Ганна ШЧЭРБІЧ", "Hanna SHCHERBICH"),
        ("ЖУК Жанна Юр'еўна", "ZHUK Zhanna Iureuna"),
        ("МакШчэрбіч", "MakShcherbich"),
    ],
)
def test_case_follows_the_source_word_by_word(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic, BE) == latin


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("Ганна (Anna) 2-я", "Hanna (Anna) 2-ia"),
        ("Иванов, Ivanov", "Ivanov, Ivanov"),
        ("O'Brien", "O'Brien"),
        ("'Ганна'", "'Hanna'"),
        ("Ганна  Марыя\t", "Hanna  Maryia\t"),
        ("", ""),
    ],
)
def test_other_characters_pass_through(text: str, latin: str) -> None:
    assert to_latin(text, BE) == latin


def test_combining_marks_are_composed_or_dropped() -> None:
    assert to_latin("Але\u0301ксандр", RU) == "Aleksandr"  # stress mark
    assert to_latin("Зеленськии\u0306", UK) == "Zelenskyi"  # decomposed й is i, not y
    assert to_latin("Фе\u0308дор", RU) == "Fedor"  # decomposed ё
    assert to_latin("Ge\u0301rard", RU) == "Ge\u0301rard"


def test_letters_outside_the_three_alphabets_still_become_latin() -> None:
    assert to_latin("Љубиша Ђорђевић", RU) == "Ljubisha Dordevic"
    assert to_latin("Ӣ Ӓ", RU) == "I A"


@pytest.mark.parametrize(
    ("parts", "country", "language"),
    [
        (["Євген"], None, UK),
        (["Їжак"], "BY", UK),
        (["Ґонта"], None, UK),
        (["Шчэрбіч", "Євген"], None, UK),  # є, ї, ґ come first
        (["Ціханоўская"], "UA", BE),
        (["Жукоўскі", "Ивановна"], None, BE),  # ў before и
        (["Іваненко", "Михайло"], None, UK),
        (["Щербак", "Іван"], None, UK),
        (["ІВАНЕНКО", "МИХАЙЛО"], None, UK),
        (["Шчэрбіч"], "RU", BE),
        (["Ільюшэнка", "Аб'ём", "Ъ"], None, BE),  # і without и or щ
        (["Иванов"], "BY", RU),
        (["Щука"], "UA", RU),
        (["Объедков"], "BY", RU),
        (["Ганна"], "BY", BE),
        (["Ганна"], "by", BE),
        (["Ганна"], " UA ", UK),
        (["Ганна"], "PL", RU),
        (["Ганна"], None, RU),
        ([None, "Ганна", None, ""], "BY", BE),
        ([], None, RU),
        (["\u0456\u0308жак"], None, UK),  # decomposed ї
        (["Сяргеи\u0306"], "BY", BE),  # decomposed й is not и
    ],
)
def test_language_comes_from_all_name_parts_then_country(
    parts: list[str | None], country: str | None, language: Language
) -> None:
    assert detect_language(parts, country) is language


def test_detect_language_takes_any_iterable() -> None:
    assert detect_language(part for part in ("Шчэрбіч", "Юрый")) is BE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ганна", True),
        ("Hanna Ё", True),
        ("Hanna", False),
        ("123 - '", False),
        ("҂", False),  # a Cyrillic sign, not a letter
        ("", False),
        (None, False),
    ],
)
def test_is_cyrillic(text: str | None, expected: bool) -> None:
    assert is_cyrillic(text) is expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Шчэрбіч", "Юрый", "Мікалаевіч"), ("Shcherbich", "Iuryi")),
        (("ШЧЭРБІЧ", "Юрый"), ("SHCHERBICH", "Iuryi")),
        # the patronymic decides the language but is not returned
        (("Гончаренко", "Ганна", "Іванівна"), ("Honcharenko", "Hanna")),
        (("Гончаренко", "Ганна"), ("Goncharenko", "Ganna")),
        (("Гаврилюк", "Галина", "Григорівна"), ("Havryliuk", "Halyna")),
        (("Гаврилюк", "Галина"), ("Gavriliuk", "Galina")),
        (("Гаравая", "Ганна", None, "BY"), ("Haravaia", "Hanna")),
        (("Гаравая", "Ганна", None, "UA"), ("Haravaia", "Hanna")),
        (("Гаравая", "Ганна", None, "LT"), ("Garavaia", "Ganna")),
        (("Иванов", "Ivan"), ("Ivanov", "Ivan")),
        (("Smith", "Ганна"), ("Smith", "Ganna")),
        (("Шчэрбіч", None), ("Shcherbich", None)),
        ((None, "Юрый", None, "BY"), (None, "Iuryi")),
        (("Шчэрбіч", ""), ("Shcherbich", None)),
        (("Kowalski", "Jan"), (None, None)),
        (("Ivanov", "Ivan", "Иванович"), (None, None)),
        ((None, None), (None, None)),
        (("", ""), (None, None)),
    ],
)
def test_latin_name(args: tuple[str | None, ...], expected: tuple[str | None, str | None]) -> None:
    assert latin_name(*args) == expected


def test_latin_name_keywords() -> None:
    assert latin_name(
        surname="Гаравая", given_names="Ганна", patronymic="Паўлаўна", country=None
    ) == ("Haravaia", "Hanna")


def test_a_hundred_thousand_names_are_quick() -> None:
    people = [
        ("Шчэрбіч", "Юрый", "Мікалаевіч", "BY"),
        ("ЛУКАШЭНКА", "Аляксандр", "Рыгоравіч", "BY"),
        ("Иванов", "Сергей", "Петрович", "RU"),
        ("Коваленко", "Олександр", None, "UA"),
        ("Smith", "John", None, "GB"),
    ] * 20_000
    started = time.perf_counter()
    for surname, given_names, patronymic, country in people:
        latin_name(surname, given_names, patronymic, country)
    # About 0.7 s on a slow 2-core machine; the bound catches, say, a table built per call.
    assert time.perf_counter() - started < 5


# Properties

CYRILLIC_LETTER_BLOCKS = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0xA640, 0xA69F))
CYRILLIC_RE = re.compile(
    "[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f\U0001e030-\U0001e08f]"
)
THREE_ALPHABETS = "абвгґдеёєжзиіїйклмнопрстуўфхцчшщъыьэюя"
LATIN_OUTPUT = set(string.ascii_letters + "- ")

cyrillic_letters = st.one_of(
    *(
        st.characters(min_codepoint=a, max_codepoint=b, categories=["L"])
        for a, b in CYRILLIC_LETTER_BLOCKS
    )
)
languages = st.sampled_from(Language)


@given(st.text(st.one_of(cyrillic_letters, st.sampled_from(" -"))), languages)
def test_cyrillic_letters_become_ascii_letters(text: str, language: Language) -> None:
    assert set(to_latin(text, language)) <= LATIN_OUTPUT


@given(st.text(THREE_ALPHABETS + THREE_ALPHABETS.upper() + " -"), languages)
def test_case_only_changes_the_case(text: str, language: Language) -> None:
    assert to_latin(text, language).lower() == to_latin(text.lower(), language)


@given(st.text(st.characters(max_codepoint=0x24F)), languages)
def test_latin_text_is_left_alone(text: str, language: Language) -> None:
    assert to_latin(text, language) == text


@given(st.text(st.characters().filter(lambda ch: CYRILLIC_RE.match(ch) is None)), languages)
def test_text_without_cyrillic_is_left_alone(text: str, language: Language) -> None:
    assert to_latin(text, language) == text


@given(st.text(), languages)
def test_output_never_contains_cyrillic(text: str, language: Language) -> None:
    assert CYRILLIC_RE.search(to_latin(text, language)) is None


@given(st.text(), st.text() | st.none(), st.text() | st.none(), st.sampled_from(["BY", "PL", None]))
def test_latin_name_answers_only_for_cyrillic_names(
    surname: str, given_names: str | None, patronymic: str | None, country: str | None
) -> None:
    surname_latin, given_names_latin = latin_name(surname, given_names, patronymic, country)
    if not (is_cyrillic(surname) or is_cyrillic(given_names)):
        assert surname_latin is None and given_names_latin is None
        return
    assert (surname_latin is None) == (not surname)
    assert (given_names_latin is None) == (not given_names)
    assert not is_cyrillic(surname_latin) and not is_cyrillic(given_names_latin)
