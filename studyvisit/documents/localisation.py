"""Words and dates of printed documents in Polish, English and Russian.

Dates come from Babel's CLDR data ("wtorek, 2 lipca 2019", "вторник, 2 июля
2019 г."); document labels from the small catalogue below. Exporter modules
may keep labels of their own in the same shape and pass them to :func:`label`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from babel.dates import format_date

from studyvisit.records import Texts, pick_text

DOCUMENT_LANGUAGES = ("pl", "en", "ru")

LABELS: dict[str, dict[str, str]] = {
    "agenda": {"pl": "Program wizyty", "en": "Programme", "ru": "Программа визита"},
    "page": {"pl": "Strona {page} z {pages}", "en": "Page {page} of {pages}", "ru": "Страница {page} из {pages}"},
    "project": {"pl": "Projekt", "en": "Project", "ru": "Проект"},
    "funder": {"pl": "Finansowanie", "en": "Funded by", "ru": "Финансирование"},
    "host": {"pl": "Organizator", "en": "Host", "ru": "Организатор"},
    "time": {"pl": "Godzina", "en": "Time", "ru": "Время"},
    "place": {"pl": "Miejsce", "en": "Place", "ru": "Место"},
    "address": {"pl": "Adres", "en": "Address", "ru": "Адрес"},
    "hosts": {"pl": "Prowadzący", "en": "Hosts", "ru": "Ведущие"},
    "transport": {"pl": "Transport", "en": "Transport", "ru": "Транспорт"},
    "contacts": {"pl": "Kontakty", "en": "Contacts", "ru": "Контакты"},
    "group": {"pl": "Grupa", "en": "Group", "ru": "Группа"},
    "name": {"pl": "Imię i nazwisko", "en": "Name", "ru": "Имя и фамилия"},
    "organisation": {"pl": "Instytucja", "en": "Organisation", "ru": "Организация"},
    "position": {"pl": "Stanowisko", "en": "Position", "ru": "Должность"},
    "country": {"pl": "Kraj", "en": "Country", "ru": "Страна"},
    "signature": {"pl": "Podpis", "en": "Signature", "ru": "Подпись"},
    "date": {"pl": "Data", "en": "Date", "ru": "Дата"},
    "vehicle": {"pl": "Pojazd", "en": "Vehicle", "ru": "Транспортное средство"},
    "driver": {"pl": "Kierowca", "en": "Driver", "ru": "Водитель"},
    "seats": {"pl": "Miejsca", "en": "Seats", "ru": "Места"},
    "from": {"pl": "Skąd", "en": "From", "ru": "Откуда"},
    "to": {"pl": "Dokąd", "en": "To", "ru": "Куда"},
    "departure": {"pl": "Odjazd", "en": "Departure", "ru": "Отправление"},
    "arrival": {"pl": "Przyjazd", "en": "Arrival", "ru": "Прибытие"},
    "passengers": {"pl": "Pasażerowie", "en": "Passengers", "ru": "Пассажиры"},
    "phone": {"pl": "Telefon", "en": "Phone", "ru": "Телефон"},
    "everyone": {"pl": "Wszyscy", "en": "Everyone", "ru": "Все"},
    "delegation": {"pl": "Delegacja", "en": "Delegation", "ru": "Делегация"},
    "coordinator": {"pl": "Koordynator", "en": "Coordinator", "ru": "Координатор"},
    "interpreter": {"pl": "Tłumacz", "en": "Interpreter", "ru": "Переводчик"},
    "delegate": {"pl": "Uczestnik", "en": "Delegate", "ru": "Участник"},
    "organiser": {"pl": "Organizator", "en": "Organiser", "ru": "Организатор"},
    "press": {"pl": "Prasa", "en": "Press", "ru": "Пресса"},
    "other_language": {
        "pl": "tekst w innym języku",
        "en": "text in another language",
        "ru": "текст на другом языке",
    },
}


def language_or_default(language: str | None) -> str:
    return language if language in DOCUMENT_LANGUAGES else "en"


def label(key: str, language: str, labels: Mapping[str, Mapping[str, str]] = LABELS) -> str:
    """The label ``key`` in ``language`` (English when that language lacks it)."""
    entry = labels[key]
    return entry.get(language) or entry["en"]


def long_date(day: dt.date, language: str) -> str:
    """'wtorek, 2 lipca 2019' / 'Tuesday, 2 July 2019' / 'вторник, 2 июля 2019 г.'"""
    locale = {"en": "en_GB"}.get(language, language)
    return format_date(day, "full", locale=locale)


def short_date(day: dt.date, language: str) -> str:
    """'2 lipca 2019' / '2 July 2019' / '2 июля 2019 г.'"""
    locale = {"en": "en_GB"}.get(language, language)
    return format_date(day, "long", locale=locale)


def date_range(start: dt.date, end: dt.date, language: str) -> str:
    if start == end:
        return short_date(start, language)
    return f"{short_date(start, language)} – {short_date(end, language)}"


def clock(moment: dt.datetime | dt.time) -> str:
    """24-hour time, as all three languages print it."""
    return moment.strftime("%H:%M")


def text_in(texts: Texts, language: str) -> tuple[str, bool]:
    """The text in ``language``; True as second value when it fell back to another language."""
    text, found_in = pick_text(texts, language)
    return text, found_in is not None and found_in != language
