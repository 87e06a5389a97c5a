"""Staff: coordinators, interpreters, drivers and hosts (they take seats too)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studyvisit.records import StaffRecord
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import staff_role_name

CONTEXT = "StaffColumns"


@dataclass(frozen=True, slots=True)
class StaffRow:
    member: StaffRecord
    drives: str  # vehicle labels

    @property
    def id(self) -> int:
        return self.member.id

    @property
    def key(self) -> str:
        return self.member.key


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("StaffColumns", "Name"), lambda r: r.member.name, CONTEXT),
    Column(
        "role",
        QT_TRANSLATE_NOOP("StaffColumns", "Role"),
        lambda r: r.member.role,
        CONTEXT,
        display=staff_role_name,
        sort=lambda r: staff_role_name(r.member.role),
    ),
    Column(
        "organisation",
        QT_TRANSLATE_NOOP("StaffColumns", "Organisation"),
        lambda r: r.member.organisation,
        CONTEXT,
    ),
    Column("phone", QT_TRANSLATE_NOOP("StaffColumns", "Phone"), lambda r: r.member.phone, CONTEXT),
    Column("email", QT_TRANSLATE_NOOP("StaffColumns", "E-mail"), lambda r: r.member.email, CONTEXT),
    Column("drives", QT_TRANSLATE_NOOP("StaffColumns", "Drives"), lambda r: r.drives, CONTEXT),
)


class StaffSection(TableSection):
    name = "staff"
    title_text = QT_TRANSLATE_NOOP("Sections", "Staff")
    columns = COLUMNS
    ref_prefix = "staff"

    def rows(self, visit: LoadedVisit) -> list[StaffRow]:
        vehicles = visit.plan.vehicles
        return [
            StaffRow(member, ", ".join(v.label for v in vehicles if v.driver_key == member.key))
            for member in visit.plan.staff
        ]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        return QCoreApplication.translate(
            "StaffSection", "%n person(s)", "", len(self.visit.plan.staff)
        )
