"""Closed vocabularies of the data model, spelled as in the visit file and the CLI."""

from enum import StrEnum


class Category(StrEnum):
    NATIONAL_ADMIN = "national_admin"
    REGIONAL_ADMIN = "regional_admin"
    LOCAL_ADMIN = "local_admin"
    EXPERT = "expert"
    BUSINESS_SUPPORT = "business_support"
    BUSINESS = "business"
    ACADEMIA = "academia"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"


class LatinSource(StrEnum):
    SOURCE = "source"
    TRANSLITERATED = "transliterated"


class AgendaKind(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    MEAL = "meal"
    TRAVEL = "travel"
    FREE = "free"
    OTHER = "other"


class TravelMode(StrEnum):
    DRIVE = "drive"
    WALK = "walk"


class StaffRole(StrEnum):
    COORDINATOR = "coordinator"
    INTERPRETER = "interpreter"
    DRIVER = "driver"
    HOST = "host"
    PRESS = "press"
    OTHER = "other"


LANGUAGES = ("pl", "en", "ru")
