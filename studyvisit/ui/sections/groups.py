"""Groups: how the delegation splits for a parallel programme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from studyvisit.records import GroupRecord
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit

CONTEXT = "GroupColumns"


@dataclass(frozen=True, slots=True)
class GroupRow:
    group: GroupRecord
    members: tuple[str, ...]  # names
    agenda_items: int

    @property
    def id(self) -> int:
        return self.group.id

    @property
    def key(self) -> str:
        return self.group.key


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("GroupColumns", "Group"), lambda r: r.group.name, CONTEXT),
    Column(
        "size",
        QT_TRANSLATE_NOOP("GroupColumns", "Delegates"),
        lambda r: len(r.members),
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column(
        "agenda_items",
        QT_TRANSLATE_NOOP("GroupColumns", "Own agenda items"),
        lambda r: r.agenda_items,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
        header_tooltip=QT_TRANSLATE_NOOP("GroupColumns", "Items of the agenda for this group only"),
    ),
    Column(
        "members",
        QT_TRANSLATE_NOOP("GroupColumns", "Members"),
        lambda r: ", ".join(r.members),
        CONTEXT,
        tooltip=lambda r: "\n".join(r.members),
    ),
)


class GroupsSection(TableSection):
    name = "groups"
    title_text = QT_TRANSLATE_NOOP("Sections", "Groups")
    columns = COLUMNS
    ref_prefix = "group"

    def rows(self, visit: LoadedVisit) -> list[GroupRow]:
        def name(key: str) -> str:
            delegate = visit.delegates[key]
            return delegate.latin_name or delegate.full_name

        agenda = visit.plan.agenda
        return [
            GroupRow(
                group,
                tuple(name(key) for key in visit.members.get(group.key, ())),
                sum(1 for item in agenda if group.key in item.group_keys),
            )
            for group in visit.plan.groups
        ]

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        return QCoreApplication.translate(
            "GroupsSection", "%n group(s)", "", len(self.visit.plan.groups)
        )
