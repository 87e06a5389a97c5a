"""Accommodation: who sleeps where, from when to when."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from studyvisit.records import AccommodationRecord
from studyvisit.ui.formatting import format_date
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit

CONTEXT = "AccommodationColumns"


@dataclass(frozen=True, slots=True)
class StayRow:
    stay: AccommodationRecord
    visit: LoadedVisit

    @property
    def id(self) -> int:
        return self.stay.id

    @property
    def key(self) -> str:
        return self.stay.delegate_key  # one stay per delegate and hotel: refs use the delegate

    @property
    def delegate(self) -> str:
        delegate = self.visit.delegates.get(self.stay.delegate_key)
        if delegate is None:
            return self.stay.delegate_key
        return delegate.latin_name or delegate.full_name


COLUMNS = (
    Column(
        "delegate",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Delegate"),
        lambda r: r.delegate,
        CONTEXT,
    ),
    Column(
        "hotel",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Hotel"),
        lambda r: r.visit.site_name(r.stay.site_key, current_language()),
        CONTEXT,
    ),
    Column(
        "check_in",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Check-in"),
        lambda r: r.stay.check_in,
        CONTEXT,
        display=format_date,
    ),
    Column(
        "check_out",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Check-out"),
        lambda r: r.stay.check_out,
        CONTEXT,
        display=format_date,
    ),
    Column(
        "nights",
        QT_TRANSLATE_NOOP("AccommodationColumns", "Nights"),
        lambda r: (r.stay.check_out - r.stay.check_in).days,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        "room", QT_TRANSLATE_NOOP("AccommodationColumns", "Room"), lambda r: r.stay.room, CONTEXT
    ),
)


class AccommodationSection(TableSection):
    name = "accommodation"
    title_text = QT_TRANSLATE_NOOP("Sections", "Accommodation")
    columns = COLUMNS
    ref_prefix = "delegate"

    def rows(self, visit: LoadedVisit) -> list[StayRow]:
        return [StayRow(stay, visit) for stay in visit.plan.accommodation]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        housed = len({stay.delegate_key for stay in plan.accommodation})
        text = QCoreApplication.translate("AccommodationSection", "Delegates with a room: %1 of %2")
        return fill(text, housed, len(plan.delegates))
