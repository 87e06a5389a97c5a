"""Sheet and column names of the spreadsheets in pl/en/ru.

Words the PDF documents do not use, in the shape of
:data:`studyvisit.documents.localisation.LABELS`; :func:`sheet_word` looks here
first, then in the documents' shared words.
"""

from __future__ import annotations

from studyvisit.documents.document_labels import word
from studyvisit.documents.localisation import label

SHEET_WORDS: dict[str, dict[str, str]] = {
    # Sheets.
    "sheet.programme": {"pl": "Program", "en": "Programme", "ru": "Программа"},
    "sheet.delegates": {"pl": "Uczestnicy", "en": "Delegates", "ru": "Участники"},
    "sheet.groups": {"pl": "Grupy", "en": "Groups", "ru": "Группы"},
    "sheet.transport": {"pl": "Transport", "en": "Transport", "ru": "Транспорт"},
    "sheet.rooming": {"pl": "Zakwaterowanie", "en": "Rooming list", "ru": "Размещение"},
    "sheet.meals": {"pl": "Posiłki", "en": "Meals", "ru": "Питание"},
    "sheet.staff": {"pl": "Obsługa", "en": "Staff", "ru": "Сопровождающие"},
    "sheet.summary": {"pl": "Zestawienie", "en": "Summary", "ru": "Сводка"},
    # Columns.
    "start": {"pl": "Od", "en": "Start", "ru": "Начало"},
    "end": {"pl": "Do", "en": "End", "ru": "Окончание"},
    "day": {"pl": "Dzień", "en": "Day", "ru": "День"},
    "title": {"pl": "Punkt programu", "en": "Item", "ru": "Пункт программы"},
    "kind": {"pl": "Rodzaj", "en": "Kind", "ru": "Тип"},
    "description": {"pl": "Opis", "en": "Description", "ru": "Описание"},
    "groups": {"pl": "Grupy", "en": "Groups", "ru": "Группы"},
    "name_latin": {
        "pl": "Imię i nazwisko (alfabet łaciński)",
        "en": "Name (Latin)",
        "ru": "Имя и фамилия (латиницей)",
    },
    "name_native": {
        "pl": "Imię i nazwisko (zapis oryginalny)",
        "en": "Name (as written)",
        "ru": "Имя и фамилия (в оригинале)",
    },
    "from_address": {"pl": "Adres wyjazdu", "en": "From address", "ru": "Адрес отправления"},
    "to_address": {"pl": "Adres docelowy", "en": "To address", "ru": "Адрес назначения"},
    "dietary": {"pl": "Dieta", "en": "Dietary needs", "ru": "Питание (особенности)"},
    "email": {"pl": "E-mail", "en": "Email", "ru": "Эл. почта"},
    "members": {"pl": "Członkowie", "en": "Members", "ru": "Участники"},
    "role": {"pl": "Funkcja", "en": "Role", "ru": "Роль"},
    "hotel": {"pl": "Hotel", "en": "Hotel", "ru": "Гостиница"},
    "room": {"pl": "Pokój", "en": "Room", "ru": "Номер"},
    "check_in": {"pl": "Zameldowanie", "en": "Check-in", "ru": "Заезд"},
    "check_out": {"pl": "Wymeldowanie", "en": "Check-out", "ru": "Выезд"},
    "nights": {"pl": "Noce", "en": "Nights", "ru": "Ночей"},
    "meal": {"pl": "Posiłek", "en": "Meal", "ru": "Приём пищи"},
    "people": {"pl": "Osób razem", "en": "People", "ru": "Всего человек"},
    "delegates": {"pl": "Uczestnicy", "en": "Delegates", "ru": "Участники"},
    "staff_count": {"pl": "Obsługa", "en": "Staff", "ru": "Сопровождающие"},
    "no_special_diet": {"pl": "Bez diety", "en": "No special diet", "ru": "Без особенностей"},
    "over": {"pl": "Za mało miejsc", "en": "Over capacity", "ru": "Мест не хватает"},
    "female": {"pl": "Kobiety", "en": "Women", "ru": "Женщины"},
    "male": {"pl": "Mężczyźni", "en": "Men", "ru": "Мужчины"},
    "gender_unknown": {"pl": "Nie podano", "en": "Not given", "ru": "Не указано"},
    "present": {"pl": "Obecni", "en": "Present", "ru": "Присутствовали"},
    "fallback_mark": {
        "pl": "[*] tekst w innym języku",
        "en": "[*] text in another language",
        "ru": "[*] текст на другом языке",
    },
}


def sheet_word(key: str, language: str) -> str:
    """A word of the spreadsheets in ``language`` (English when missing)."""
    if key in SHEET_WORDS:
        return label(key, language, SHEET_WORDS)
    return word(key, language)


def marked(text: str, fell_back: bool) -> str:
    """``text``, marked with ``[*]`` when it is in another language than asked."""
    return f"{text} [*]" if fell_back and text else text
