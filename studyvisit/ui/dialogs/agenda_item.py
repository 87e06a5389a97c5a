"""The agenda item form: titles in three languages, kind, site, times, groups, hosts, description.

Used to edit an item and to add one. Values that cannot be saved (an end not
after the start, no title at all) are refused in the form with a message; the
dialog stays open so that they can be put right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studyvisit.domain.enums import LANGUAGES, AgendaKind
from studyvisit.records import AgendaItemRecord
from studyvisit.ui.formatting import format_time, qdatetime
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import agenda_kind_name, language_name

DATETIME_DISPLAY = "ddd d MMM yyyy, HH:mm"


@dataclass(frozen=True)
class AgendaItemValues:
    """What the form holds, as the itinerary services take it."""

    start: dt.datetime
    end: dt.datetime
    kind: str
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    site_key: str | None = None
    group_keys: tuple[str, ...] = ()  # empty: everyone
    hosts: tuple[str, ...] = ()

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for ``itinerary.update_item`` and ``itinerary.add_item``."""
        return {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "title": dict(self.title),
            "description": dict(self.description),
            "site_key": self.site_key,
            "group_keys": list(self.group_keys),
            "hosts": list(self.hosts),
        }


def _python(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class AgendaItemDialog(QDialog):
    """Edit ``item``, or add a new one starting at ``start`` (``item`` None)."""

    def __init__(
        self,
        visit: LoadedVisit,
        item: AgendaItemRecord | None = None,
        *,
        start: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agenda-item-dialog")
        self.item = item
        self.setWindowTitle(self.tr("Edit agenda item") if item else self.tr("New agenda item"))
        if item is None:
            first_day = visit.plan.visit.start_date
            start = start or dt.datetime.combine(first_day, dt.time(9))
            end = start + dt.timedelta(hours=1)
            item = AgendaItemRecord(0, "", start, end, AgendaKind.MEETING.value, {})

        self.titles: dict[str, QLineEdit] = {}
        for language in LANGUAGES:
            edit = QLineEdit(item.title.get(language, ""), self)
            edit.setObjectName(f"title-{language}")
            self.titles[language] = edit
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in AgendaKind:
            self.kind.addItem(agenda_kind_name(kind.value), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.site = QComboBox(self)
        self.site.setObjectName("site")
        self.site.addItem(self.tr("(no site)"), None)
        language = current_language()
        for site in sorted(visit.plan.sites, key=lambda s: s.display_name(language).casefold()):
            self.site.addItem(site.display_name(language), site.key)
        self.site.setCurrentIndex(max(self.site.findData(item.site_key), 0))
        self.start = self._datetime_edit("start", item.start)
        self.end = self._datetime_edit("end", item.end)
        self._length = item.end - item.start
        self.start.dateTimeChanged.connect(self._keep_length)
        self.end.dateTimeChanged.connect(self._remember_length)
        self.groups = QListWidget(self)
        self.groups.setObjectName("groups")
        for group in visit.plan.groups:
            entry = QListWidgetItem(group.name, self.groups)
            entry.setData(Qt.ItemDataRole.UserRole, group.key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = group.key in item.group_keys
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.groups.setMaximumHeight(max(60, min(140, 24 * len(visit.plan.groups) + 8)))
        self.hosts = QPlainTextEdit("\n".join(item.hosts), self)
        self.hosts.setObjectName("hosts")
        self.hosts.setMaximumHeight(64)
        self.hosts.setPlaceholderText(self.tr("One host per line"))
        self.descriptions: dict[str, QPlainTextEdit] = {}
        tabs = QTabWidget(self)
        for language in LANGUAGES:
            edit = QPlainTextEdit(item.description.get(language, ""), tabs)
            edit.setObjectName(f"description-{language}")
            self.descriptions[language] = edit
            tabs.addTab(edit, language_name(language))
        tabs.setMaximumHeight(120)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()

        form = QFormLayout()
        for language, edit in self.titles.items():
            form.addRow(fill(self.tr("Title (%1):"), language_name(language)), edit)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Site:"), self.site)
        form.addRow(self.tr("S&tarts:"), self.start)
        form.addRow(self.tr("&Ends:"), self.end)
        groups_hint = QLabel(self.tr("No group ticked: the item is for everyone."), self)
        groups_hint.setObjectName("groups-hint")
        groups_hint.setStyleSheet("color: #5b6470;")
        form.addRow(self.tr("&Groups:"), self.groups)
        form.addRow("", groups_hint)
        form.addRow(self.tr("&Hosts:"), self.hosts)
        form.addRow(self.tr("&Description:"), tabs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.titles.get(current_language(), self.titles[LANGUAGES[0]]).setFocus()

    def _datetime_edit(self, name: str, value: dt.datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(qdatetime(value), self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATETIME_DISPLAY)
        edit.setCalendarPopup(True)
        return edit

    def _keep_length(self, _value: QDateTime) -> None:
        """Moving the start moves the end too, like dragging the block does."""
        self.end.setDateTime(qdatetime(_python(self.start.dateTime()) + self._length))

    def _remember_length(self, _value: QDateTime) -> None:
        length = _python(self.end.dateTime()) - _python(self.start.dateTime())
        if length > dt.timedelta(0):
            self._length = length

    # ------------------------------------------------------------------ values

    def values(self) -> AgendaItemValues:
        group_keys = []
        for row in range(self.groups.count()):
            entry = self.groups.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                group_keys.append(entry.data(Qt.ItemDataRole.UserRole))
        hosts = [line.strip() for line in self.hosts.toPlainText().splitlines()]
        return AgendaItemValues(
            start=_python(self.start.dateTime()),
            end=_python(self.end.dateTime()),
            kind=self.kind.currentData(),
            title={
                lang: " ".join(e.text().split())
                for lang, e in self.titles.items()
                if e.text().strip()
            },
            description={
                lang: e.toPlainText().strip()
                for lang, e in self.descriptions.items()
                if e.toPlainText().strip()
            },
            site_key=self.site.currentData(),
            group_keys=tuple(group_keys),
            hosts=tuple(host for host in hosts if host),
        )

    def problem(self) -> str | None:
        """Why the values cannot be saved, or None."""
        values = self.values()
        if not values.title:
            return self.tr("Give the item a title in at least one language.")
        if values.end <= values.start:
            return fill(
                self.tr("The item must end after it starts (%1 is not after %2)."),
                format_time(values.end),
                format_time(values.start),
            )
        if values.end - values.start > dt.timedelta(days=1):
            return self.tr("An agenda item cannot last more than a day; split it into days.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()
