"""Visit plans built in code for the document tests (and the PDF benchmark).

``podlasie_plan()`` resembles the demo visit: 18 delegates from Belarus plus one
local participant, three days, two groups, two vehicles. ``crowded_plan()`` has
many delegates with very long names and organisations.
"""

from __future__ import annotations

import datetime as dt

from studyvisit.records import (
    AccommodationRecord,
    AgendaItemRecord,
    DelegateRecord,
    GroupRecord,
    SiteRecord,
    StaffRecord,
    TransportRunRecord,
    VehicleRecord,
    VisitInfo,
    VisitPlan,
)

LONG_ORGANISATION = (
    "Рада па развіцці прадпрымальніцтва пры Адміністрацыі Прэзідэнта Рэспублікі Беларусь "
    "(аддзел інавацыйнай палітыкі і кластарных ініцыятыў)"
)

# (surname, given names, patronymic, Latin surname, Latin given names, gender)
NAMES = [
    ("Шчэрбіч", "Аляксандр", "Іванавіч", "Shcherbich", "Aliaksandr", "male"),
    ("Каваленка", "Вольга", "Пятроўна", "Kavalenka", "Volha", "female"),
    ("Лукашэвіч", "Сяргей", "Міхайлавіч", "Lukashevich", "Siarhei", "male"),
    ("Ўласава", "Ірына", "Уладзіміраўна", "Ulasava", "Iryna", "female"),
    ("Новікаў", "Андрэй", "Юр'евіч", "Novikau", "Andrei", "male"),
    ("Мельнік", "Наталля", "Сяргееўна", "Melnik", "Natallia", "female"),
    ("Петрашэвіч", "Юрый", "Аляксеевіч", "Petrashevich", "Iuryi", "male"),
    ("Сідарэнка", "Тацяна", "Іванаўна", "Sidarenka", "Tatsiana", "female"),
    ("Карповіч", "Дзмітрый", "Васільевіч", "Karpovich", "Dzmitryi", "male"),
    ("Жукоўская", "Алена", "Мікалаеўна", "Zhukouskaia", "Alena", "female"),
    ("Бондар", "Павел", "Анатольевіч", "Bondar", "Pavel", "male"),
    ("Гурыновіч", "Святлана", "Пятроўна", "Hurynovich", "Sviatlana", "female"),
    ("Сцяпанаў", "Ігар", "Леанідавіч", "Stsiapanau", "Ihar", "male"),
    ("Варабей", "Марына", "Аляксандраўна", "Varabei", "Maryna", "female"),
    ("Кузьміч", "Віктар", "Сямёнавіч", "Kuzmich", "Viktar", "male"),
    ("Ляшчынская", "Ганна", "Віктараўна", "Liashchynskaia", "Hanna", "female"),
    ("Тарасевіч", "Максім", "Ігаравіч", "Tarasevich", "Maksim", "male"),
    ("Дашкевіч", "Людміла", "Фёдараўна", "Dashkevich", "Liudmila", "female"),
]
ORGANISATIONS = [
    ("Міністэрства эканомікі Рэспублікі Беларусь", "national_admin"),
    ("Гродзенскі абласны выканаўчы камітэт", "regional_admin"),
    ("Брэсцкі гарадскі выканаўчы камітэт", "local_admin"),
    ("Беларускі інстытут сістэмнага аналізу", "expert"),
    ("Саюз прадпрымальнікаў і наймальнікаў імя прафесара М. С. Кунявскага", "business_support"),
    (LONG_ORGANISATION, "national_admin"),
]


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2019, 7, day, hour, minute)


def _delegates(count: int, long_names: bool = False) -> list[DelegateRecord]:
    delegates = []
    for number in range(count):
        surname, given, patronymic, surname_latin, given_latin, gender = NAMES[number % len(NAMES)]
        organisation, category = ORGANISATIONS[number % len(ORGANISATIONS)]
        if number >= len(NAMES):
            surname_latin += f"-{number}"
            surname += f"-{number}"
        if long_names:
            surname_latin = f"{surname_latin}-Wierzbicka-Konstantynopolitańczykiewicz"
            surname = f"{surname}-Канстанцінопальская"
            organisation = LONG_ORGANISATION
        delegates.append(
            DelegateRecord(
                id=number + 1,
                key=f"d{number + 1}",
                surname=surname,
                given_names=given,
                patronymic=patronymic,
                surname_latin=surname_latin,
                given_names_latin=given_latin,
                latin_source="source",
                organisation=organisation,
                position="Галоўны спецыяліст",
                country="BY",
                category=category,
                gender=gender,
                date_of_birth=dt.date(1970 + number % 25, 1 + number % 12, 1 + number % 27),
                passport_number=f"MP{1234500 + number}",
                passport_expiry=dt.date(2026, 1, 31),
                arrival=_at(2, 7, 30),
                departure=_at(4, 18),
                group_keys=("a",) if number % 2 == 0 else ("b",),
            )
        )
    return delegates


def _local_delegate(number: int) -> DelegateRecord:
    return DelegateRecord(
        id=number,
        key=f"pl{number}",
        surname="Wiśniewska",
        given_names="Małgorzata",
        surname_latin="Wiśniewska",
        given_names_latin="Małgorzata",
        organisation="Urząd Marszałkowski Województwa Podlaskiego",
        position="Dyrektor Departamentu Rozwoju Regionalnego",
        country="PL",
        category="regional_admin",
        gender="female",
        group_keys=("a", "b"),
    )


SITES = (
    SiteRecord(
        1,
        "hotel",
        {"pl": "Hotel Branicki", "en": "Branicki Hotel", "ru": "Гостиница «Браницкий»"},
        address="ul. Zamenhofa 25",
        city="Białystok",
    ),
    SiteRecord(
        2,
        "marshal",
        {
            "pl": "Urząd Marszałkowski Województwa Podlaskiego",
            "en": "Marshal's Office of the Podlaskie Voivodeship",
            "ru": "Маршалковский офис Подляского воеводства",
        },
        address="ul. Kardynała Stefana Wyszyńskiego 1",
        city="Białystok",
    ),
    SiteRecord(
        3,
        "campus",
        {
            "pl": "Politechnika Białostocka, Instytut Innowacji i Technologii",
            "en": "Białystok University of Technology, Institute of Innovation and Technology",
        },
        address="ul. Wiejska 45A",
        city="Białystok",
    ),
    SiteRecord(
        4, "restaurant", {"pl": "Restauracja Demo"}, address="ul. Przykładowa 3", city="Białystok"
    ),
)

STAFF = (
    StaffRecord(
        1, "coord", "Anna Nowak", "coordinator", organisation="PFRR", phone="+48 600 000 001"
    ),
    StaffRecord(
        2, "coord2", "Piotr Zieliński", "coordinator", organisation="PFRR", phone="+48 600 000 002"
    ),
    StaffRecord(3, "interp", "Katarzyna Wójcik", "interpreter", phone="+48 600 000 003"),
    StaffRecord(4, "driver1", "Jan Kowalski", "driver", phone="+48 600 000 004"),
    StaffRecord(5, "driver2", "Tomasz Lewandowski", "driver", phone="+48 600 000 005"),
)


def _agenda() -> tuple[AgendaItemRecord, ...]:
    items = []

    def add(key, start, end, kind, title, site=None, groups=(), description=None, hosts=()):
        items.append(
            AgendaItemRecord(
                id=len(items) + 1,
                key=key,
                start=start,
                end=end,
                kind=kind,
                title=title,
                site_key=site,
                description=description or {},
                hosts=hosts,
                group_keys=groups,
            )
        )

    add(
        "arrival",
        _at(2, 8),
        _at(2, 8, 30),
        "arrival",
        {"pl": "Przyjazd delegacji", "en": "Arrival of the delegation", "ru": "Прибытие делегации"},
        "hotel",
    )
    add(
        "welcome",
        _at(2, 9),
        _at(2, 10, 30),
        "meeting",
        {
            "pl": "Powitanie i otwarcie wizyty",
            "en": "Welcome and opening of the visit",
            "ru": "Приветствие и открытие визита",
        },
        "marshal",
        description={
            "pl": "Przedstawienie programu wizyty i uczestników.",
            "en": "The programme of the visit and the participants are introduced.",
            "ru": "Представление программы визита и участников.",
        },
        hosts=("Marszałek Województwa Podlaskiego", "PFRR"),
    )
    add(
        "clusters",
        _at(2, 10, 45),
        _at(2, 13),
        "meeting",
        {"pl": "Jak skutecznie prowadzić klaster", "en": "Running a cluster effectively"},
        "marshal",
        description={
            "pl": "Prezentacja Klastra Obróbki Metali i Polskiego Klastra Budowlanego; "
            "błędy popełniane przez organizacje klastrowe na etapie tworzenia i działania."
        },
        hosts=("Klaster Obróbki Metali", "Polski Klaster Budowlany"),
    )
    add(
        "lunch-1",
        _at(2, 13, 15),
        _at(2, 14, 15),
        "meal",
        {"pl": "Obiad", "en": "Lunch", "ru": "Обед"},
        "restaurant",
    )
    add(
        "campus-a",
        _at(2, 15),
        _at(2, 17),
        "site_visit",
        {
            "pl": "Wizyta w Instytucie Innowacji i Technologii",
            "en": "Visit to the Institute of Innovation and Technology",
            "ru": "Посещение Института инноваций и технологий",
        },
        "campus",
        groups=("a",),
    )
    add(
        "infotech-b",
        _at(2, 15),
        _at(2, 17),
        "meeting",
        {
            "pl": "Klaster Technologiczny InfoTech",
            "en": "InfoTech Technology Cluster",
            "ru": "Технологический кластер InfoTech",
        },
        "marshal",
        groups=("b",),
    )
    add(
        "dinner-1",
        _at(2, 19),
        _at(2, 21),
        "meal",
        {"pl": "Kolacja", "en": "Dinner", "ru": "Ужин"},
        "hotel",
    )
    add(
        "eco",
        _at(3, 9),
        _at(3, 12),
        "meeting",
        {
            "pl": "Północno-Wschodni Klaster Eko-Energetyczny",
            "en": "North-East Eco-Energy Cluster",
            "ru": "Северо-Восточный эко-энергетический кластер",
        },
        "campus",
        description={"en": "Discussion: every participant may question the speakers."},
    )
    add(
        "lunch-2",
        _at(3, 12, 30),
        _at(3, 13, 30),
        "meal",
        {"pl": "Obiad", "en": "Lunch", "ru": "Обед"},
        "campus",
    )
    add(
        "free",
        _at(3, 14),
        _at(3, 18),
        "free",
        {"pl": "Czas wolny", "en": "Free time", "ru": "Свободное время"},
    )
    add(
        "summary",
        _at(4, 9),
        _at(4, 11),
        "meeting",
        {"pl": "Podsumowanie wizyty", "en": "Summary of the visit", "ru": "Подведение итогов"},
        "marshal",
    )
    add(
        "departure",
        _at(4, 12),
        _at(4, 12, 30),
        "departure",
        {"pl": "Wyjazd delegacji", "en": "Departure of the delegation", "ru": "Отъезд делегации"},
        "hotel",
    )
    return tuple(items)


VEHICLES = (
    VehicleRecord(
        1,
        "bus",
        "Minibus Mercedes Sprinter",
        19,
        plate="BI 12345",
        operator="Demo Trans",
        phone="+48 600 000 009",
        driver_key="driver1",
    ),
    VehicleRecord(
        2, "van", "Van", 8, plate="BI 67890", operator="Demo Trans", driver_key="driver2"
    ),
)


def _transport() -> tuple[TransportRunRecord, ...]:
    runs = [
        (
            "r1",
            "bus",
            "hotel",
            "marshal",
            _at(2, 8, 35),
            _at(2, 8, 50),
            ("a", "b"),
            (),
            ("coord", "interp"),
        ),
        (
            "r2",
            "bus",
            "marshal",
            "restaurant",
            _at(2, 13, 0),
            _at(2, 13, 10),
            ("a", "b"),
            (),
            ("coord",),
        ),
        (
            "r3",
            "bus",
            "restaurant",
            "campus",
            _at(2, 14, 30),
            _at(2, 14, 50),
            ("a",),
            (),
            ("interp",),
        ),
        ("r4", "van", "restaurant", "marshal", _at(2, 14, 30), _at(2, 14, 45), ("b",), (), ()),
        ("r5", "bus", "campus", "hotel", _at(2, 17, 5), _at(2, 17, 25), ("a",), (), ()),
        ("r6", "van", "marshal", "hotel", _at(2, 17, 5), _at(2, 17, 20), ("b",), (), ()),
        ("r7", "bus", "hotel", "campus", _at(3, 8, 30), _at(3, 8, 50), ("a", "b"), (), ("coord",)),
        ("r8", "bus", "campus", "hotel", _at(3, 13, 40), _at(3, 14, 0), ("a", "b"), (), ()),
        ("r9", "bus", "hotel", "marshal", _at(4, 8, 35), _at(4, 8, 50), ("a", "b"), (), ("coord",)),
        ("r10", "bus", "marshal", "hotel", _at(4, 11, 10), _at(4, 11, 25), ("a", "b"), (), ()),
    ]
    return tuple(
        TransportRunRecord(
            id=number,
            key=key,
            vehicle_key=vehicle,
            from_key=origin,
            to_key=destination,
            depart=depart,
            arrive=arrive,
            group_keys=groups,
            delegate_keys=delegates,
            staff_keys=staff,
        )
        for number, (
            key,
            vehicle,
            origin,
            destination,
            depart,
            arrive,
            groups,
            delegates,
            staff,
        ) in enumerate(runs, start=1)
    )


def podlasie_plan(
    delegates: int = 18, long_names: bool = False, settings: dict | None = None
) -> VisitPlan:
    """A plan like the demo visit (with ``delegates`` Belarusian delegates and one local)."""
    people = [*_delegates(delegates, long_names), _local_delegate(delegates + 1)]
    return VisitPlan(
        visit=VisitInfo(
            id=1,
            name="Wizyta studyjna: inicjatywy klastrowe na Podlasiu",
            start_date=dt.date(2019, 7, 2),
            end_date=dt.date(2019, 7, 4),
            project="Wdrażanie systemu klastrowego na Białorusi",
            funder="Ministerstwo Spraw Zagranicznych RP (Polska Pomoc)",
            host="Podlaska Fundacja Rozwoju Regionalnego",
            languages=("pl", "en", "ru"),
            settings=settings
            if settings is not None
            else {"host_address": "ul. Starobojarska 15, 15-073 Białystok"},
        ),
        sites=SITES,
        groups=(GroupRecord(1, "a", "Group A"), GroupRecord(2, "b", "Group B")),
        delegates=tuple(people),
        staff=STAFF,
        agenda=_agenda(),
        vehicles=VEHICLES,
        transport=_transport(),
        accommodation=tuple(
            AccommodationRecord(
                n, d.key, "hotel", dt.date(2019, 7, 2), dt.date(2019, 7, 4), room=str(100 + n)
            )
            for n, d in enumerate(people[:delegates], start=1)
        ),
    )


def crowded_plan(delegates: int = 60) -> VisitPlan:
    """Many delegates with very long names and organisations."""
    return podlasie_plan(delegates, long_names=True)
