"""Small visit documents of our own for the GUI tests (imported with the visit-file service).

Built to exercise every section: Cyrillic names with and without a Latin form
from the source (one transliterated by the program), two groups, a title only
in Russian, an over-full minibus, a run with no vehicle driver among its staff.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from studyvisit.resources import resource


def demo_available() -> bool:
    return resource("demo", "podlasie-2019.json").is_file()


needs_demo = pytest.mark.skipif(
    not demo_available(), reason="the demo visit file is not written yet"
)

SMALL_VISIT: dict[str, Any] = {
    "format": "studyvisit.visit",
    "version": 1,
    "visit": {
        "name": "Cluster visit Białystok",
        "project": "Wdrażanie systemu klastrowego na Białorusi",
        "funder": "Polska Pomoc",
        "host": "PFRR",
        "partners": ["Partner one", "Partner two"],
        "start_date": "2019-07-02",
        "end_date": "2019-07-04",
        "timezone": "Europe/Warsaw",
        "languages": ["pl", "en", "ru"],
    },
    "sites": [
        {
            "key": "hotel",
            "name": {"pl": "Hotel Testowy", "en": "Test Hotel"},
            "kind": "hotel",
            "address": "ul. Testowa 1",
            "city": "Białystok",
        },
        {
            "key": "office",
            "name": {"pl": "Urząd Marszałkowski", "en": "Marshal's Office"},
            "kind": "office",
            "city": "Białystok",
            "contact": "Jan Nowak",
            "phone": "+48 85 000 00 00",
        },
        {"key": "cluster", "name": {"ru": "Кластер"}, "kind": "venue", "city": "Łomża"},
    ],
    "travel_times": [{"from": "hotel", "to": "office", "minutes": 15, "mode": "drive"}],
    "groups": [{"key": "a", "name": "Group A"}, {"key": "b", "name": "Group B"}],
    "delegates": [
        {
            "key": "d1",
            "surname": "Шчэрбіч",
            "given_names": "Аляксандр",
            "patronymic": "Іванавіч",
            "surname_latin": "Shcherbich",
            "given_names_latin": "Aliaksandr",
            "latin_source": "source",
            "organisation": "Міністэрства эканомікі",
            "position": "Head of unit",
            "country": "BY",
            "category": "national_admin",
            "email": "a.shcherbich@example.by",
            "phone": "+375 29 000 00 01",
            "passport_number": "MP1234567",
            "passport_expiry": "2025-01-31",
            "dietary": "vegetarian",
            "arrival": "2019-07-02T08:00",
            "departure": "2019-07-04T18:00",
            "groups": ["a"],
        },
        {
            "key": "d2",
            "surname": "Сяргееў",
            "given_names": "Сяргей",
            "country": "BY",
            "category": "expert",
            "passport_number": "MP7654321",
            "passport_expiry": "2021-05-01",
            "arrival": "2019-07-01T20:00",
            "departure": "2019-07-04T12:00",
            "groups": ["b"],
        },
        {
            "key": "d3",
            "surname": "Zielińska",
            "given_names": "Łucja",
            "country": "PL",
            "category": "business_support",
            "organisation": "PFRR",
            "groups": ["a"],
        },
        {
            "key": "d4",
            "surname": "Сидорова",
            "given_names": "Ольга",
            "surname_latin": "Sidorova",
            "given_names_latin": "Olga",
            "country": "BY",
            "category": "regional_admin",
            "passport_number": "MP1111111",
            "passport_expiry": "2024-05-01",
            "groups": ["b"],
        },
    ],
    "staff": [
        {"key": "coord", "name": "Anna Nowak", "role": "coordinator", "phone": "+48 600 000 001"},
        {"key": "interp", "name": "Iryna Kowalczyk", "role": "interpreter"},
        {"key": "driver", "name": "Jan Kowalski", "role": "driver", "phone": "+48 600 000 009"},
    ],
    "agenda": [
        {
            "key": "arrival",
            "start": "2019-07-02T08:00",
            "end": "2019-07-02T09:00",
            "site": "hotel",
            "kind": "arrival",
            "title": {"pl": "Przyjazd", "en": "Arrival"},
            "groups": [],
        },
        {
            "key": "welcome",
            "start": "2019-07-02T09:30",
            "end": "2019-07-02T11:00",
            "site": "office",
            "kind": "meeting",
            "title": {"pl": "Powitanie", "en": "Welcome", "ru": "Приветствие"},
            "description": {"en": "Opening by the host"},
            "hosts": ["Marshal's Office"],
            "groups": [],
        },
        {
            "key": "cluster-a",
            "start": "2019-07-03T10:00",
            "end": "2019-07-03T12:00",
            "site": "cluster",
            "kind": "site_visit",
            "title": {"ru": "Визит в кластер"},
            "groups": ["a"],
        },
        {
            "key": "lunch",
            "start": "2019-07-03T12:30",
            "end": "2019-07-03T13:30",
            "site": "hotel",
            "kind": "meal",
            "title": {"pl": "Obiad", "en": "Lunch"},
            "groups": [],
        },
        {
            "key": "departure",
            "start": "2019-07-04T12:00",
            "end": "2019-07-04T13:00",
            "site": "hotel",
            "kind": "departure",
            "title": {"pl": "Wyjazd", "en": "Departure"},
            "groups": [],
        },
    ],
    "vehicles": [
        {
            "key": "bus",
            "label": "Minibus",
            "plate": "BI 12345",
            "seats": 2,
            "operator": "Demo Bus",
            "driver": "driver",
        },
        {"key": "car", "label": "Car", "plate": "BI 54321", "seats": 4},
    ],
    "transport": [
        {
            "key": "run-1",
            "vehicle": "bus",
            "from": "hotel",
            "to": "office",
            "depart": "2019-07-02T09:05",
            "arrive": "2019-07-02T09:25",
            "groups": ["a", "b"],
            "delegates": [],
            "staff": ["coord", "driver"],
        },
        {
            "key": "run-2",
            "vehicle": "car",
            "from": "office",
            "to": "hotel",
            "depart": "2019-07-02T11:00",
            "arrive": "2019-07-02T11:20",
            "groups": [],
            "delegates": ["d2"],
            "staff": ["interp"],
        },
    ],
    "accommodation": [
        {
            "delegate": "d1",
            "site": "hotel",
            "check_in": "2019-07-02",
            "check_out": "2019-07-04",
            "room": "101",
        },
        {
            "delegate": "d2",
            "site": "hotel",
            "check_in": "2019-07-01",
            "check_out": "2019-07-04",
            "room": "102",
        },
    ],
}

SECOND_VISIT: dict[str, Any] = {
    "format": "studyvisit.visit",
    "version": 1,
    "visit": {"name": "Second visit Lublin", "start_date": "2020-09-14", "end_date": "2020-09-15"},
    "delegates": [{"key": "x1", "surname": "Коваленко", "given_names": "Олена", "country": "UA"}],
}


def small_visit() -> dict[str, Any]:
    return copy.deepcopy(SMALL_VISIT)


def second_visit() -> dict[str, Any]:
    return copy.deepcopy(SECOND_VISIT)
