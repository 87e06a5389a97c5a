"""The data model: SQLAlchemy typed ORM classes and the vocabularies they use."""

from studyvisit.domain.enums import (
    LANGUAGES,
    AgendaKind,
    Category,
    Gender,
    LatinSource,
    StaffRole,
    TravelMode,
)
from studyvisit.domain.models import (
    Accommodation,
    AgendaItem,
    Base,
    Delegate,
    Group,
    Site,
    Staff,
    TransportRun,
    TravelTime,
    Vehicle,
    Visit,
)

__all__ = [
    "LANGUAGES",
    "Accommodation",
    "AgendaItem",
    "AgendaKind",
    "Base",
    "Category",
    "Delegate",
    "Gender",
    "Group",
    "LatinSource",
    "Site",
    "Staff",
    "StaffRole",
    "TransportRun",
    "TravelMode",
    "TravelTime",
    "Vehicle",
    "Visit",
]
