"""Sites: where the programme takes place, with addresses and contacts, and the travel
times between them (entered by the coordinator, else estimated from the coordinates).

Every change goes through the window's editor, one undoable edit each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyvisit.db import UnitOfWork
from studyvisit.records import SiteRecord
from studyvisit.services import sites
from studyvisit.services.visit_snapshot import Scope
from studyvisit.ui.dialogs.form_dialog import FormDialog, apply_edit
from studyvisit.ui.dialogs.site import SiteDialog
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.sections.base import TableSection
from studyvisit.ui.sections.travel_times import (
    ModeDelegate,
    TravelRow,
    TravelTimeModel,
    parse_minutes,
)
from studyvisit.ui.table_model import Column
from studyvisit.ui.visit_data import LoadedVisit
from studyvisit.ui.vocabulary import site_kind_name

CONTEXT = "SiteColumns"


@dataclass(frozen=True, slots=True)
class SiteRow:
    site: SiteRecord
    agenda_items: int

    @property
    def id(self) -> int:
        return self.site.id

    @property
    def key(self) -> str:
        return self.site.key


COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("SiteColumns", "Site"),
        lambda r: r.site.display_name(current_language()),
        CONTEXT,
    ),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("SiteColumns", "Kind"),
        lambda r: r.site.kind,
        CONTEXT,
        display=site_kind_name,
        sort=lambda r: site_kind_name(r.site.kind),
    ),
    Column(
        "agenda_items",
        QT_TRANSLATE_NOOP("SiteColumns", "Agenda items"),
        lambda r: r.agenda_items,
        CONTEXT,
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column("city", QT_TRANSLATE_NOOP("SiteColumns", "City"), lambda r: r.site.city, CONTEXT),
    Column(
        "address", QT_TRANSLATE_NOOP("SiteColumns", "Address"), lambda r: r.site.address, CONTEXT
    ),
    Column(
        "contact", QT_TRANSLATE_NOOP("SiteColumns", "Contact"), lambda r: r.site.contact, CONTEXT
    ),
    Column("phone", QT_TRANSLATE_NOOP("SiteColumns", "Phone"), lambda r: r.site.phone, CONTEXT),
)


def _bold_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("subheading")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SitesSection(TableSection):
    name = "sites"
    title_text = QT_TRANSLATE_NOOP("Sections", "Sites")
    columns = COLUMNS
    ref_prefix = "site"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)
        self.sites_label = _bold_label(self)
        self.add_button = self._button("add-site", self.add_site)
        self.edit_button = self._button("edit-site", self.edit_site)
        self.delete_button = self._button("delete-site", self.delete_sites)
        site_bar = QHBoxLayout()
        site_bar.addWidget(self.sites_label)
        site_bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            site_bar.addWidget(button)

        self.travel_label = _bold_label(self)
        self.travel_hint = QLabel(self)
        self.travel_hint.setObjectName("travel-hint")
        self.travel_hint.setWordWrap(True)
        self.travel_model = TravelTimeModel(self)
        self.travel = RecordTable(self.travel_model, name="travel-times", parent=self)
        self.travel.view.setItemDelegateForColumn(
            self.travel_model.column_index("mode"), ModeDelegate(self.travel.view)
        )
        self.travel_model.edit_requested.connect(self._travel_edited)

        # The sites table moves from the body into the upper pane of a splitter.
        self.body.removeWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("sites-splitter")
        splitter.setChildrenCollapsible(False)
        for widgets, stretch in (
            ((site_bar, self.table), 2),
            ((self.travel_label, self.travel_hint, self.travel), 3),
        ):
            pane = QWidget(splitter)
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 4, 0, 0)
            for widget in widgets:
                if isinstance(widget, QHBoxLayout):
                    layout.addLayout(widget)
                else:
                    layout.addWidget(widget)
            splitter.addWidget(pane)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.body.addWidget(splitter, 1)

        self.table.record_activated.connect(lambda _row: self.edit_site())
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, name: str, clicked: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: clicked())
        return button

    # ------------------------------------------------------------------ showing

    def rows(self, visit: LoadedVisit) -> list[SiteRow]:
        agenda = visit.plan.agenda
        return [
            SiteRow(site, sum(1 for item in agenda if item.site_key == site.key))
            for site in visit.plan.sites
        ]

    def refresh(self) -> None:
        super().refresh()
        visit = self.visit
        pairs = sites.travel_pairs(visit.plan) if visit else []
        self.travel.set_records(TravelRow(pair, visit) for pair in pairs)
        self._update_buttons()

    def summary_text(self) -> str:
        if self.visit is None:
            return ""
        plan = self.visit.plan
        return (
            QCoreApplication.translate("SitesSection", "%Ln site(s)", "", len(plan.sites))
            + " · "
            + QCoreApplication.translate(
                "SitesSection", "%Ln travel time(s) entered", "", len(plan.travel_times)
            )
        )

    def retranslate(self) -> None:
        self.sites_label.setText(self.tr("Sites"))
        self.add_button.setText(self.tr("Add site…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.travel_label.setText(self.tr("Travel times"))
        self.travel_hint.setText(
            self.tr(
                "Double-click a time to enter it; clear it to return to the estimate. "
                "Estimates from the coordinates are shown in italics. A time serves both ways."
            )
        )
        self.travel.retranslate()
        super().retranslate()

    def tables(self) -> list[RecordTable]:
        return [self.table, self.travel]

    def _update_buttons(self, *_args: object) -> None:
        editable = self.visit is not None and self.context is not None
        chosen = self.table.selected_records()
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and len(chosen) == 1)
        self.delete_button.setEnabled(editable and bool(chosen))

    # ------------------------------------------------------------------ editing

    def _apply(self, text: str, change: Callable[[UnitOfWork], Any], scope: Scope) -> str | None:
        assert self.context is not None
        return apply_edit(self.context.editor, text, change, scope)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add_site(self) -> QDialog | None:
        if self.visit is None or self.context is None:
            return None
        dialog = SiteDialog(parent=self)
        visit_id = self.visit.visit_id

        def save(form: FormDialog) -> str | None:
            values = dialog.values()
            return self._apply(
                self.tr("Add site"),
                lambda uow: sites.add_site(uow, visit_id, values.name, **values.fields()),
                Scope.only(sites=()),
            )

        dialog.save = save
        return self._open(dialog)

    def edit_site(self) -> QDialog | None:
        chosen = self.table.selected_records()
        if self.visit is None or self.context is None or len(chosen) != 1:
            return None
        key = chosen[0].key
        dialog = SiteDialog(chosen[0].site, parent=self)

        def save(form: FormDialog) -> str | None:
            values = dialog.values()
            site_id = self.visit.sites[key].id  # ids change when an undo restores
            return self._apply(
                self.tr("Edit site"),
                lambda uow: sites.update_site(uow, site_id, name=values.name, **values.fields()),
                Scope.only(sites=[site_id]),
            )

        dialog.save = save
        return self._open(dialog)

    def delete_sites(self) -> None:
        chosen = self.table.selected_records()
        if self.visit is None or self.context is None or not chosen:
            return
        keys = {row.key for row in chosen}
        plan = self.visit.plan
        items = sum(1 for item in plan.agenda if item.site_key in keys)
        runs = sum(1 for run in plan.transport if {run.from_key, run.to_key} & keys)
        names = ", ".join(row.site.display_name(current_language()) for row in chosen)
        question = fill(self.tr("Delete %1?"), names)
        if items or runs:
            question += "\n" + fill(
                self.tr("%1 agenda item(s) and %2 run(s) keep their times but lose this place."),
                items,
                runs,
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete sites"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [row.id for row in chosen]

        def delete(uow: UnitOfWork) -> None:
            for site_id in ids:
                sites.delete_site(uow, site_id)

        # Their travel times, stays and runs go or lose the place with them.
        self._apply(self.tr("Delete sites"), delete, Scope.of(sites=ids))

    def _travel_edited(self, row: TravelRow, field: str, value: object) -> None:
        # After the editor has closed: the edit reloads the visit and resets the model.
        QTimer.singleShot(0, self, lambda: self.set_travel(row, field, value))

    def set_travel(self, row: TravelRow, field: str, value: object) -> str | None:
        """Enter minutes or a mode for a pair of sites (empty minutes: back to the estimate)."""
        if self.visit is None or self.context is None:
            return None
        pair, visit_id = row.pair, self.visit.visit_id
        language = current_language()
        route = fill(
            self.tr("%1 – %2"),
            self.visit.site_name(pair.from_key, language),
            self.visit.site_name(pair.to_key, language),
        )
        if field == "mode":
            minutes, mode = pair.minutes, str(value)
            if minutes is None:
                return self._refuse(
                    fill(self.tr("Travel time %1: enter the minutes before the mode."), route)
                )
        else:
            try:
                minutes, mode = parse_minutes(value), pair.mode
            except ValueError:
                return self._refuse(
                    fill(
                        self.tr(
                            "Travel time %1: “%2” is not a number of minutes. Type a whole "
                            "number from 0 to 1440, e.g. 25, or clear the cell to use the estimate."
                        ),
                        route,
                        str(value).strip(),
                    )
                )
            if minutes is None:
                if pair.estimated:
                    return None  # nothing entered, nothing to clear
                return self._apply(
                    fill(self.tr("Use the estimated travel time %1"), route),
                    lambda uow: sites.clear_pair_travel_time(
                        uow, visit_id, pair.from_key, pair.to_key
                    ),
                    Scope.only(travel_times=None),
                )
            if not pair.estimated and minutes == pair.minutes:
                return None  # unchanged
        return self._apply(
            fill(self.tr("Set travel time %1"), route),
            lambda uow: sites.set_pair_travel_time(
                uow, visit_id, pair.from_key, pair.to_key, minutes, mode
            ),
            Scope.only(travel_times=None),
        )

    def _refuse(self, reason: str) -> str:
        QMessageBox.warning(self, self.tr("Change not made"), reason)
        return reason
