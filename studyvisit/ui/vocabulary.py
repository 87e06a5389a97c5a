"""Names shown for the codes the data uses (categories, agenda kinds, roles, countries...).

The codes stay as the contract spells them; only their names are translated,
each in its own explicit context so `pyside6-lupdate` finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CATEGORIES = {
    "national_admin": QT_TRANSLATE_NOOP("Category", "National administration"),
    "regional_admin": QT_TRANSLATE_NOOP("Category", "Regional administration"),
    "local_admin": QT_TRANSLATE_NOOP("Category", "Local administration"),
    "expert": QT_TRANSLATE_NOOP("Category", "Expert"),
    "business_support": QT_TRANSLATE_NOOP("Category", "Business support institution"),
    "business": QT_TRANSLATE_NOOP("Category", "Business"),
    "academia": QT_TRANSLATE_NOOP("Category", "Academia"),
    "other": QT_TRANSLATE_NOOP("Category", "Other"),
}

AGENDA_KINDS = {
    "arrival": QT_TRANSLATE_NOOP("AgendaKind", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("AgendaKind", "Departure"),
    "meeting": QT_TRANSLATE_NOOP("AgendaKind", "Meeting"),
    "site_visit": QT_TRANSLATE_NOOP("AgendaKind", "Site visit"),
    "meal": QT_TRANSLATE_NOOP("AgendaKind", "Meal"),
    "travel": QT_TRANSLATE_NOOP("AgendaKind", "Travel"),
    "free": QT_TRANSLATE_NOOP("AgendaKind", "Free time"),
    "other": QT_TRANSLATE_NOOP("AgendaKind", "Other"),
}

STAFF_ROLES = {
    "coordinator": QT_TRANSLATE_NOOP("StaffRole", "Coordinator"),
    "interpreter": QT_TRANSLATE_NOOP("StaffRole", "Interpreter"),
    "driver": QT_TRANSLATE_NOOP("StaffRole", "Driver"),
    "host": QT_TRANSLATE_NOOP("StaffRole", "Host"),
    "press": QT_TRANSLATE_NOOP("StaffRole", "Press"),
    "other": QT_TRANSLATE_NOOP("StaffRole", "Other"),
}

SITE_KINDS = {
    "venue": QT_TRANSLATE_NOOP("SiteKind", "Venue"),
    "hotel": QT_TRANSLATE_NOOP("SiteKind", "Hotel"),
    "restaurant": QT_TRANSLATE_NOOP("SiteKind", "Restaurant"),
    "office": QT_TRANSLATE_NOOP("SiteKind", "Office"),
    "station": QT_TRANSLATE_NOOP("SiteKind", "Station"),
    "airport": QT_TRANSLATE_NOOP("SiteKind", "Airport"),
    "other": QT_TRANSLATE_NOOP("SiteKind", "Other"),
}

SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("Severity", "Error"),
    "warning": QT_TRANSLATE_NOOP("Severity", "Warning"),
    "info": QT_TRANSLATE_NOOP("Severity", "Note"),
}

LANGUAGES = {
    "pl": QT_TRANSLATE_NOOP("Language", "Polish"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "be": QT_TRANSLATE_NOOP("Language", "Belarusian"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
}

GENDERS = {
    "female": QT_TRANSLATE_NOOP("Gender", "Female"),
    "male": QT_TRANSLATE_NOOP("Gender", "Male"),
}

# The countries study visits of this kind draw on; any other shows as its code.
COUNTRIES = {
    "AM": QT_TRANSLATE_NOOP("Country", "Armenia"),
    "AZ": QT_TRANSLATE_NOOP("Country", "Azerbaijan"),
    "BY": QT_TRANSLATE_NOOP("Country", "Belarus"),
    "CZ": QT_TRANSLATE_NOOP("Country", "Czechia"),
    "DE": QT_TRANSLATE_NOOP("Country", "Germany"),
    "EE": QT_TRANSLATE_NOOP("Country", "Estonia"),
    "GB": QT_TRANSLATE_NOOP("Country", "United Kingdom"),
    "GE": QT_TRANSLATE_NOOP("Country", "Georgia"),
    "KZ": QT_TRANSLATE_NOOP("Country", "Kazakhstan"),
    "LT": QT_TRANSLATE_NOOP("Country", "Lithuania"),
    "LV": QT_TRANSLATE_NOOP("Country", "Latvia"),
    "MD": QT_TRANSLATE_NOOP("Country", "Moldova"),
    "PL": QT_TRANSLATE_NOOP("Country", "Poland"),
    "RU": QT_TRANSLATE_NOOP("Country", "Russia"),
    "SK": QT_TRANSLATE_NOOP("Country", "Slovakia"),
    "UA": QT_TRANSLATE_NOOP("Country", "Ukraine"),
    "UZ": QT_TRANSLATE_NOOP("Country", "Uzbekistan"),
}


def _name(context: str, names: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = names.get(code)
    return QCoreApplication.translate(context, source) if source else code


def category_name(code: str | None) -> str:
    return _name("Category", CATEGORIES, code)


def agenda_kind_name(code: str | None) -> str:
    return _name("AgendaKind", AGENDA_KINDS, code)


def staff_role_name(code: str | None) -> str:
    return _name("StaffRole", STAFF_ROLES, code)


def site_kind_name(code: str | None) -> str:
    return _name("SiteKind", SITE_KINDS, code)


def severity_name(code: str | None) -> str:
    return _name("Severity", SEVERITIES, code)


def language_name(code: str | None) -> str:
    return _name("Language", LANGUAGES, code)


def gender_name(code: str | None) -> str:
    return _name("Gender", GENDERS, code)


def country_name(code: str | None) -> str:
    return _name("Country", COUNTRIES, code)


def not_set() -> str:
    """What a count by category or country calls the records without one."""
    return QCoreApplication.translate("Vocabulary", "(not set)")
