"""Words of the agenda, attendance, transport and letter documents in pl/en/ru.

Labels beyond :data:`studyvisit.documents.localisation.LABELS`, in the same
``{key: {language: text}}`` shape; look them up with :func:`word`. Shared by the
data-shaping modules (kind and category names) and the PDF writers.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from studyvisit.documents.localisation import LABELS, label, short_date

WORDS: dict[str, dict[str, str]] = {
    # Kinds of agenda item (CONTRACT.md).
    "kind.arrival": {"pl": "Przyjazd", "en": "Arrival", "ru": "Прибытие"},
    "kind.departure": {"pl": "Wyjazd", "en": "Departure", "ru": "Отъезд"},
    "kind.meeting": {"pl": "Spotkanie", "en": "Meeting", "ru": "Встреча"},
    "kind.site_visit": {"pl": "Wizyta", "en": "Site visit", "ru": "Посещение"},
    "kind.meal": {"pl": "Posiłek", "en": "Meal", "ru": "Питание"},
    "kind.travel": {"pl": "Przejazd", "en": "Travel", "ru": "Переезд"},
    "kind.free": {"pl": "Czas wolny", "en": "Free time", "ru": "Свободное время"},
    "kind.other": {"pl": "Inne", "en": "Other", "ru": "Другое"},
    # Categories of delegate (CONTRACT.md).
    "category.national_admin": {
        "pl": "Administracja centralna",
        "en": "National administration",
        "ru": "Государственное управление",
    },
    "category.regional_admin": {
        "pl": "Administracja regionalna",
        "en": "Regional administration",
        "ru": "Региональное управление",
    },
    "category.local_admin": {
        "pl": "Administracja lokalna",
        "en": "Local administration",
        "ru": "Местное управление",
    },
    "category.expert": {"pl": "Eksperci", "en": "Experts", "ru": "Эксперты"},
    "category.business_support": {
        "pl": "Instytucje otoczenia biznesu",
        "en": "Business support institutions",
        "ru": "Организации поддержки бизнеса",
    },
    "category.business": {"pl": "Przedsiębiorcy", "en": "Business", "ru": "Бизнес"},
    "category.academia": {"pl": "Nauka", "en": "Academia", "ru": "Наука"},
    "category.other": {"pl": "Inne", "en": "Other", "ru": "Другое"},
    "category.none": {"pl": "Nie podano", "en": "Not given", "ru": "Не указано"},
    # Genders.
    "gender.female": {"pl": "Kobiety", "en": "Women", "ru": "Женщины"},
    "gender.male": {"pl": "Mężczyźni", "en": "Men", "ru": "Мужчины"},
    "gender.none": {"pl": "Nie podano", "en": "Not given", "ru": "Не указано"},
    # Staff roles.
    "role.coordinator": {"pl": "Koordynator", "en": "Coordinator", "ru": "Координатор"},
    "role.interpreter": {"pl": "Tłumacz", "en": "Interpreter", "ru": "Переводчик"},
    "role.driver": {"pl": "Kierowca", "en": "Driver", "ru": "Водитель"},
    "role.host": {"pl": "Gospodarz", "en": "Host", "ru": "Принимающая сторона"},
    "role.organiser": {"pl": "Organizator", "en": "Organiser", "ru": "Организатор"},
    "role.press": {"pl": "Prasa", "en": "Press", "ru": "Пресса"},
    "role.other": {"pl": "Obsługa", "en": "Staff", "ru": "Персонал"},
    # Agenda.
    "personal_programme": {
        "pl": "Program indywidualny",
        "en": "Personal programme",
        "ru": "Индивидуальная программа",
    },
    "programme_for_group": {"pl": "Program grupy", "en": "Programme for", "ru": "Программа группы"},
    "accommodation": {"pl": "Zakwaterowanie", "en": "Accommodation", "ru": "Проживание"},
    "room": {"pl": "pokój", "en": "room", "ru": "номер"},
    "nights": {"pl": "Pobyt", "en": "Stay", "ru": "Даты"},
    "no_items": {
        "pl": "Brak punktów programu.",
        "en": "No items in the programme.",
        "ru": "В программе нет пунктов.",
    },
    "vehicles": {"pl": "Pojazdy", "en": "Vehicles", "ru": "Транспорт"},
    # Attendance.
    "attendance_list": {"pl": "Lista obecności", "en": "Attendance list", "ru": "Лист присутствия"},
    "event": {"pl": "Wydarzenie", "en": "Event", "ru": "Мероприятие"},
    "foreign_participants": {
        "pl": "Uczestnicy zagraniczni",
        "en": "Foreign participants",
        "ru": "Иностранные участники",
    },
    "local_participants": {
        "pl": "Uczestnicy krajowi",
        "en": "Local participants",
        "ru": "Местные участники",
    },
    "number": {"pl": "Lp.", "en": "No.", "ru": "№"},
    "name_latin_native": {
        "pl": "Imię i nazwisko",
        "en": "Name",
        "ru": "Имя и фамилия",
    },
    "coordinator_signature": {
        "pl": "Podpis koordynatora",
        "en": "Coordinator's signature",
        "ru": "Подпись координатора",
    },
    "printed_name": {"pl": "Imię i nazwisko", "en": "Name", "ru": "Имя и фамилия"},
    "gdpr_default": {
        "pl": (
            "Informacja o przetwarzaniu danych osobowych: dane osobowe uczestników "
            "(imię i nazwisko, instytucja, kraj, podpis) są przetwarzane przez organizatora "
            "wyłącznie w celu dokumentowania udziału w wizycie i rozliczenia projektu wobec "
            "instytucji finansującej, zgodnie z art. 6 ust. 1 lit. c i e RODO. Dane są "
            "przechowywane przez okres wymagany umową o dofinansowanie. Każdy uczestnik ma "
            "prawo dostępu do swoich danych, ich sprostowania, ograniczenia przetwarzania "
            "oraz wniesienia skargi do Prezesa UODO."
        ),
        "en": (
            "Data protection notice: participants' personal data (name, organisation, "
            "country, signature) are processed by the organiser solely to document "
            "participation in the visit and to account for the project to its funder, under "
            "Article 6(1)(c) and (e) GDPR. They are kept for the period required by the "
            "grant agreement. Every participant has the right to access and rectify their "
            "data, to restrict its processing and to lodge a complaint with the supervisory "
            "authority."
        ),
        "ru": (
            "Информация об обработке персональных данных: персональные данные участников "
            "(имя и фамилия, организация, страна, подпись) обрабатываются организатором "
            "исключительно для подтверждения участия в визите и отчётности перед "
            "финансирующей организацией в соответствии со ст. 6(1)(c) и (e) Общего "
            "регламента ЕС по защите данных (GDPR). Данные хранятся в течение срока, "
            "предусмотренного договором о финансировании. Каждый участник имеет право на "
            "доступ к своим данным, их исправление, ограничение обработки и подачу жалобы "
            "в надзорный орган."
        ),
    },
    # Participant summary.
    "participant_summary": {
        "pl": "Zestawienie uczestników",
        "en": "Participant summary",
        "ru": "Сводка по участникам",
    },
    "participants_total": {
        "pl": "Liczba uczestników",
        "en": "Participants",
        "ru": "Всего участников",
    },
    "by_category": {"pl": "Według kategorii", "en": "By category", "ru": "По категориям"},
    "by_country": {"pl": "Według kraju", "en": "By country", "ru": "По странам"},
    "by_day": {"pl": "Obecność według dni", "en": "Attendance by day", "ru": "Присутствие по дням"},
    "category": {"pl": "Kategoria", "en": "Category", "ru": "Категория"},
    "total": {"pl": "Razem", "en": "Total", "ru": "Итого"},
    "foreign": {"pl": "Zagraniczni", "en": "Foreign", "ru": "Иностранные"},
    "local": {"pl": "Krajowi", "en": "Local", "ru": "Местные"},
    # Transport.
    "transport_list": {"pl": "Lista przejazdów", "en": "Transport list", "ru": "Список поездок"},
    "run": {"pl": "Kurs", "en": "Run", "ru": "Рейс"},
    "headcount": {"pl": "Osób", "en": "People", "ru": "Человек"},
    "of_seats": {
        "pl": "{people} / {seats} miejsc",
        "en": "{people} / {seats} seats",
        "ru": "{people} / {seats} мест",
    },
    "over_capacity": {
        "pl": "przekroczona liczba miejsc",
        "en": "over capacity",
        "ru": "мест недостаточно",
    },
    "operator": {"pl": "Przewoźnik", "en": "Operator", "ru": "Перевозчик"},
    "plate": {"pl": "Nr rej.", "en": "Plate", "ru": "Госномер"},
    "no_runs": {"pl": "Brak kursów.", "en": "No runs.", "ru": "Рейсов нет."},
    "staff": {"pl": "Obsługa", "en": "Staff", "ru": "Сопровождающие"},
    "notes": {"pl": "Uwagi", "en": "Notes", "ru": "Примечания"},
    # Letters.
    "invitation_letter": {
        "pl": "List zapraszający",
        "en": "Invitation letter",
        "ru": "Письмо-приглашение",
    },
}


def word(key: str, language: str) -> str:
    """A word of these documents (or of the shared catalogue) in ``language``."""
    if key in WORDS:
        return label(key, language, WORDS)
    return label(key, language, LABELS)


def kind_label(kind: str, language: str) -> str:
    key = f"kind.{kind}"
    return word(key, language) if key in WORDS else kind.replace("_", " ").capitalize()


def category_label(category: str | None, language: str) -> str:
    key = f"category.{category or 'none'}"
    return word(key, language) if key in WORDS else str(category)


def role_label(role: str | None, language: str) -> str:
    key = f"role.{role or 'other'}"
    return word(key, language) if key in WORDS else str(role).replace("_", " ").capitalize()


def date_span(start: dt.date, end: dt.date, language: str) -> str:
    """'2–4 lipca 2019', '30 June – 4 July 2019', '2–4 июля 2019 г.' (shared parts once)."""
    if start == end:
        return short_date(end, language)
    locale = {"en": "en_GB"}.get(language, language)
    if start.year != end.year:
        return f"{short_date(start, language)} – {short_date(end, language)}"
    if start.month == end.month:
        return f"{start.day}–{short_date(end, language)}"
    return f"{format_date(start, 'd MMMM', locale=locale)} – {short_date(end, language)}"
