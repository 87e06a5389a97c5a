"""The badge choices of the Documents section, with a preview of the chosen layout.

The preview is the real renderer's sample badge (``document_preview``), made
on a worker thread a moment after the last change, and kept per layout,
language and side so that flicking between layouts costs nothing twice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyvisit.documents.badge_layout import DEFAULT_LAYOUT, available_layouts, load_layout
from studyvisit.errors import StudyvisitError
from studyvisit.ui.document_preview import badge_preview, preview_method
from studyvisit.ui.i18n import fill
from studyvisit.ui.tasks import TaskContext, TaskRunner

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 150  # wait for the last of several quick changes
PREVIEW_BOX = QSize(190, 230)  # px: the most one side of the preview takes
MAX_BLANK_BADGES = 1000  # as studyvisit.documents.badges allows

# Short names for the shipped layouts (their files' titles are English data).
LAYOUT_NAMES = {
    "a4-2x4-cards": QT_TRANSLATE_NOOP("BadgeLayouts", "A4, 8 cards 90 × 55 mm, crop marks"),
    "a6-portrait": QT_TRANSLATE_NOOP("BadgeLayouts", "A6 portrait, one per page (lanyard pouch)"),
    "a4-4up-a6": QT_TRANSLATE_NOOP("BadgeLayouts", "A4 cut in four A6 badges (lanyard pouch)"),
    "avery-l4785": QT_TRANSLATE_NOOP("BadgeLayouts", "Avery L4785 labels 80 × 50 mm, 10 per A4"),
}

QR_MODES = (
    ("vcard", QT_TRANSLATE_NOOP("BadgeOptions", "Contact card (vCard)")),
    ("vcard-name", QT_TRANSLATE_NOOP("BadgeOptions", "Contact card without e-mail and phone")),
    ("id", QT_TRANSLATE_NOOP("BadgeOptions", "The delegate's id")),
    ("none", QT_TRANSLATE_NOOP("BadgeOptions", "No QR code")),
)


class BadgeOptions(QGroupBox):
    """Layout, back side, staff, blank badges, QR code, logos, and the layout's preview."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badge-options")
        self._tasks: TaskRunner | None = None
        self._language = "en"
        self._layouts = _readable_layouts()
        self._previews: dict[tuple[str, str, bool], QImage] = {}
        self._wanted: tuple[str, str, bool] | None = None  # the preview the widgets ask for
        self._shown: tuple[str, str, bool] | None = None  # the preview on screen
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._make_preview)
        self._make_widgets()
        self._lay_out()
        self.retranslate()
        self._layout_changed()

    # ------------------------------------------------------------------ building

    def _make_widgets(self) -> None:
        self.layout_box = QComboBox(self)
        self.layout_box.setObjectName("badge-layout")
        for name in self._layouts:
            self.layout_box.addItem("", name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(DEFAULT_LAYOUT)))
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self.layout_note = QLabel(self)
        self.layout_note.setObjectName("badge-layout-note")
        self.layout_note.setWordWrap(True)
        self.back_side = QCheckBox(self)
        self.back_side.setObjectName("badge-back-side")
        self.back_side.toggled.connect(self._side_changed)
        self.staff = QCheckBox(self)
        self.staff.setObjectName("badge-staff")
        self.staff.setChecked(True)
        self.staff.toggled.connect(self.changed)
        self.blank = QSpinBox(self)
        self.blank.setObjectName("badge-blank")
        self.blank.setRange(0, MAX_BLANK_BADGES)
        self.blank.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
        self.blank.valueChanged.connect(self.changed)
        self.qr = QComboBox(self)
        self.qr.setObjectName("badge-qr")
        for mode, _text in QR_MODES:
            self.qr.addItem("", mode)
        self.qr.currentIndexChanged.connect(self.changed)
        for box in (self.layout_box, self.qr):  # long item names must not widen the window
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16)
        self.logos = QListWidget(self)
        self.logos.setObjectName("badge-logos")
        self.logos.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.logos.currentRowChanged.connect(lambda _row: self._update_logo_buttons())
        self.add_logo = QPushButton(self)
        self.add_logo.setObjectName("badge-add-logo")
        self.add_logo.clicked.connect(self._choose_logos)
        self.remove_logo = QPushButton(self)
        self.remove_logo.setObjectName("badge-remove-logo")
        self.remove_logo.clicked.connect(self._remove_logo)
        self.preview = _preview_label("badge-preview", self)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("badge-preview-note")
        self.preview_note.setWordWrap(True)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_label = QLabel(self)
        self.layout_label.setBuddy(self.layout_box)
        form.addRow(self.layout_label, self.layout_box)
        form.addRow("", self.layout_note)
        form.addRow("", self.back_side)
        form.addRow("", self.staff)
        self.blank_label = QLabel(self)
        self.blank_label.setBuddy(self.blank)
        form.addRow(self.blank_label, self.blank)
        self.qr_label = QLabel(self)
        self.qr_label.setBuddy(self.qr)
        form.addRow(self.qr_label, self.qr)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.add_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logos, 1)
        logo_row.addLayout(logo_buttons)
        self.logos_label = QLabel(self)
        self.logos_label.setBuddy(self.logos)
        form.addRow(self.logos_label, logo_row)

        preview = QVBoxLayout()
        preview.addWidget(self.preview)
        preview.addWidget(self.preview_note)
        preview.addStretch(1)

        row = QHBoxLayout(self)
        row.addLayout(form, 1)
        row.addLayout(preview)
        self._update_logo_buttons()

    # ------------------------------------------------------------------ what the section uses

    def attach(self, tasks: TaskRunner) -> None:
        """From now on previews are made on ``tasks``' worker threads."""
        self._tasks = tasks
        self._schedule_preview()

    def set_language(self, language: str) -> None:
        """The document's language: the preview's role band and labels follow it."""
        if language != self._language:
            self._language = language
            self._schedule_preview()

    def language(self) -> str:
        return self._language

    def set_whole_visit(self, whole_visit: bool) -> None:
        """Staff badges come only with the whole visit's badges."""
        self.staff.setEnabled(whole_visit)

    def use_visit_settings(self, saved: Mapping[str, Any]) -> None:
        """Start from the badge settings saved with the visit (``settings["badges"]``)."""
        layout = saved.get("layout")
        if isinstance(layout, str) and self.layout_box.findData(layout) >= 0:
            self.layout_box.setCurrentIndex(self.layout_box.findData(layout))
        qr = saved.get("qr")
        if isinstance(qr, str) and self.qr.findData(qr) >= 0:
            self.qr.setCurrentIndex(self.qr.findData(qr))
        blank = saved.get("blank")
        self.blank.setValue(blank if isinstance(blank, int) and not isinstance(blank, bool) else 0)
        self.back_side.setChecked(bool(saved.get("back_side")) and self.back_side.isEnabled())
        self.staff.setChecked(bool(saved.get("staff", True)))
        logos = saved.get("logos") or ()
        self.logos.clear()
        for path in [logos] if isinstance(logos, str) else logos:
            self._append_logo(str(path))

    def layout_name(self) -> str | None:
        return self.layout_box.currentData()

    def choose_layout(self, name: str) -> None:
        index = self.layout_box.findData(name)
        if index >= 0:
            self.layout_box.setCurrentIndex(index)

    def logo_paths(self) -> list[str]:
        return [
            self.logos.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.logos.count())
        ]

    def set_logo_paths(self, paths: list[str]) -> None:
        self.logos.clear()
        for path in paths:
            self._append_logo(path)

    def extra(self) -> dict[str, Any]:
        """The badge exporter's ``ExportOptions.extra``: every choice, so none comes from elsewhere."""
        return {
            "back_side": self.back_side.isChecked() and self.back_side.isEnabled(),
            "blank": self.blank.value(),
            "qr": self.qr.currentData(),
            "staff": self.staff.isChecked(),
            "logos": self.logo_paths(),
        }

    def preview_shown(self) -> bool:
        """True once the preview of the current choices is on screen."""
        return (
            self.preview.isVisibleTo(self)
            and self._shown is not None
            and self._shown == self._wanted
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Badges"))
        self.layout_label.setText(self.tr("&Layout:"))
        self.back_side.setText(self.tr("Print the &back side too"))
        self.back_side.setToolTip(
            self.tr(
                "After each page of fronts, a page of backs with the agenda summary and"
                " contacts, placed for double-sided printing (flip on the long edge)."
            )
        )
        self.staff.setText(self.tr("Badges for the &staff too"))
        self.staff.setToolTip(self.tr("Staff badges are made with the whole visit's badges only."))
        self.blank_label.setText(self.tr("Blank badges to fill &in:"))
        self.blank.setSpecialValueText(self.tr("none"))
        self.qr_label.setText(self.tr("&QR code:"))
        self.logos_label.setText(self.tr("Logo images:"))
        self.add_logo.setText(self.tr("Add &logo…"))
        self.remove_logo.setText(self.tr("Remove"))
        for index, name in enumerate(self._layouts):
            source = LAYOUT_NAMES.get(name)
            text = QCoreApplication.translate("BadgeLayouts", source) if source else None
            self.layout_box.setItemText(index, text or self._layouts[name].title)
            self.layout_box.setItemData(
                index, self._layouts[name].description, Qt.ItemDataRole.ToolTipRole
            )
        for index, (_mode, text) in enumerate(QR_MODES):
            self.qr.setItemText(index, QCoreApplication.translate("BadgeOptions", text))
        for widget, name in (
            (self.layout_box, self.tr("Badge layout")),
            (self.back_side, self.tr("Print the back side")),
            (self.staff, self.tr("Badges for the staff too")),
            (self.blank, self.tr("Number of blank badges")),
            (self.qr, self.tr("QR code on the badges")),
            (self.logos, self.tr("Logo images on the badges")),
            (self.add_logo, self.tr("Add a logo image")),
            (self.remove_logo, self.tr("Remove the chosen logo image")),
            (self.preview, self.tr("Preview of a sample badge in the chosen layout")),
        ):
            widget.setAccessibleName(name)
        self._update_layout_note()
        self._update_preview_note()

    # ------------------------------------------------------------------ reactions

    def _layout_changed(self) -> None:
        layout = self._layouts.get(self.layout_name() or "")
        has_back = bool(layout and layout.back)
        self.back_side.setEnabled(has_back)
        if not has_back:
            self.back_side.setChecked(False)
        self._update_layout_note()
        self._schedule_preview()
        self.changed.emit()

    def _side_changed(self) -> None:
        self._schedule_preview()
        self.changed.emit()

    def _update_layout_note(self) -> None:
        layout = self._layouts.get(self.layout_name() or "")
        if layout is None:
            self.layout_note.clear()
            return
        note = fill(
            self.tr("%1 per page, badge %2 × %3 mm"),
            layout.per_page,
            _mm(layout.badge_width),
            _mm(layout.badge_height),
        )
        if not layout.back:
            note += " · " + self.tr("no back side")
        self.layout_note.setText(note)

    def _choose_logos(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose logo images"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        for path in paths:
            self._append_logo(path)
        if paths:
            self.changed.emit()

    def _append_logo(self, path: str) -> None:
        if path in self.logo_paths():
            return
        item = QListWidgetItem(Path(path).name, self.logos)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)
        self._update_logo_buttons()

    def _remove_logo(self) -> None:
        row = self.logos.currentRow()
        if row >= 0:
            self.logos.takeItem(row)
            self._update_logo_buttons()
            self.changed.emit()

    def _update_logo_buttons(self) -> None:
        self.remove_logo.setEnabled(self.logos.currentRow() >= 0)

    # ------------------------------------------------------------------ preview

    def _schedule_preview(self) -> None:
        name = self.layout_name()
        if name is None:
            return
        self._wanted = (name, self._language, self.back_side.isChecked())
        if self._wanted in self._previews:
            self._show_preview()
        elif self._tasks is not None and preview_method() is not None and self.isVisible():
            self._timer.start()  # hidden (another document chosen): made when shown
        self._update_preview_note()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._schedule_preview()

    def _make_preview(self) -> None:
        if self._tasks is None or self._wanted is None or self._wanted in self._previews:
            return
        wanted = self._wanted
        layout, language, back = wanted

        def draw(context: TaskContext) -> list[QImage]:  # a worker thread: images only
            front = badge_preview(layout, language)
            return [front, badge_preview(layout, language, back=True)] if back else [front]

        self._tasks.run(
            draw,
            lambda images: self._preview_made(wanted, images),
            lambda error: self._preview_failed(wanted, error),
        )

    def _preview_made(self, made: tuple[str, str, bool], images: list[QImage]) -> None:
        self._previews[made] = images[0] if len(images) == 1 else _side_by_side(images)
        if made == self._wanted:
            self._show_preview()

    def _preview_failed(self, made: tuple[str, str, bool], error: BaseException) -> None:
        log.warning("No preview of badge layout %s: %s", made[0], error)
        if made == self._wanted:
            self.preview.clear()
            self._shown = None
            reason = str(error) if isinstance(error, StudyvisitError) else type(error).__name__
            self.preview_note.setText(fill(self.tr("No preview: %1"), reason))

    def _show_preview(self) -> None:
        image = self._previews.get(self._wanted) if self._wanted else None
        if image is None:
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(image).scaled(
            PREVIEW_BOX * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        self.preview.show()
        self._shown = self._wanted
        self._update_preview_note()

    def _update_preview_note(self) -> None:
        if preview_method() is None:
            self.preview.hide()
            self.preview_note.setText(
                self.tr("No preview: install Poppler (pdftoppm) to see the layout here.")
            )
        elif self._wanted is not None and self._wanted[2]:
            self.preview_note.setText(self.tr("Sample badge, front and back"))
        else:
            self.preview_note.setText(self.tr("Sample badge"))


def _readable_layouts() -> dict[str, Any]:
    """The shipped layouts that load; a broken file is left out (and logged), not fatal."""
    layouts = {}
    for name in available_layouts():
        try:
            layouts[name] = load_layout(name)
        except StudyvisitError as error:
            log.warning("Badge layout %s left out: %s", name, error)
    return layouts


def _preview_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedWidth(PREVIEW_BOX.width() + 12)  # the padding below, both sides
    label.setMinimumHeight(120)
    label.setStyleSheet("QLabel { background: palette(mid); padding: 6px; }")
    return label


def _side_by_side(images: list[QImage]) -> QImage:
    """The front and the back in one picture, a small gap between them."""
    gap = 16
    width = sum(image.width() for image in images) + gap * (len(images) - 1)
    height = max(image.height() for image in images)
    joined = QImage(width, height, QImage.Format.Format_ARGB32)
    joined.fill(QColor(0, 0, 0, 0))
    painter = QPainter(joined)
    x = 0
    for image in images:
        painter.drawImage(x, 0, image)
        x += image.width() + gap
    painter.end()
    return joined


def _mm(value: float) -> str:
    return f"{value:g}"
