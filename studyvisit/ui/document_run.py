"""Generate, its progress with Cancel, and the outcome: the file with Open and Show in folder.

The progress row appears only when a document takes longer than a moment, so
a quick one does not flash a bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyvisit.ui import icons
from studyvisit.ui.i18n import fill

PROGRESS_DELAY_MS = 300
FAILURE_COLOUR = "#b91c1c"


class DocumentRunBar(QWidget):
    """The Generate button and what happened the last time it was pressed."""

    generate_clicked = Signal()
    cancel_clicked = Signal()
    open_clicked = Signal(str)
    reveal_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document-run")
        self.path: Path | None = None  # the file written last
        self._state = "idle"
        self._outcome = ""  # "saved", "failed", "cancelled"
        self._failure = ""
        self.generate = QPushButton(self)
        self.generate.setObjectName("document-generate")
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.generate_clicked)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("document-progress")
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("document-cancel")
        self.cancel.clicked.connect(self.cancel_clicked)
        self.icon = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("document-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open = QPushButton(self)
        self.open.setObjectName("document-open")
        self.open.clicked.connect(lambda: self.path and self.open_clicked.emit(str(self.path)))
        self.reveal = QPushButton(self)
        self.reveal.setObjectName("document-reveal")
        self.reveal.clicked.connect(lambda: self.path and self.reveal_clicked.emit(str(self.path)))
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress_row)
        self._lay_out()
        self.retranslate()
        self._update()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel)
        buttons.addStretch(0)
        self.outcome = QFrame(self)
        self.outcome.setObjectName("document-outcome")
        self.outcome.setFrameShape(QFrame.Shape.StyledPanel)
        outcome = QHBoxLayout(self.outcome)
        outcome.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        outcome.addWidget(self.message, 1)
        outcome.addWidget(self.open)
        outcome.addWidget(self.reveal)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.outcome)

    # ------------------------------------------------------------------ states

    def show_running(self) -> None:
        self._state = "running"
        self.progress.setRange(0, 0)  # busy until the first report
        self._progress_timer.start()
        self._update()

    def show_progress(self, done: int, total: int, _label: str = "") -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def show_saved(self, path: Path) -> None:
        self.path = path
        self._finish("saved")

    def show_failure(self, text: str) -> None:
        self.path = None
        self._failure = text
        self._finish("failed")

    def show_cancelled(self) -> None:
        self.path = None
        self._finish("cancelled")

    def clear(self) -> None:
        """Forget the last outcome (the choices changed: it no longer describes them)."""
        if self._state != "running":
            self._outcome = ""
            self._update()

    @property
    def running(self) -> bool:
        return self._state == "running"

    @property
    def outcome_text(self) -> str:
        return self.message.text() if self.outcome.isVisibleTo(self) else ""

    def _finish(self, outcome: str) -> None:
        self._state = "idle"
        self._outcome = outcome
        self._progress_timer.stop()
        self._update()

    def _show_progress_row(self) -> None:
        if self.running:
            self.progress.show()
            self.cancel.show()

    def _update(self) -> None:
        running = self.running
        self.generate.setEnabled(not running)
        if not running:
            self.progress.hide()
            self.cancel.hide()
        shown = bool(self._outcome) and not running
        self.outcome.setVisible(shown)
        saved = self._outcome == "saved"
        self.open.setVisible(saved)
        self.reveal.setVisible(saved)
        self.message.setStyleSheet(f"color: {FAILURE_COLOUR};" if self._outcome == "failed" else "")
        self.icon.setVisible(self._outcome == "failed")
        self.icon.setPixmap(icons.icon(icons.ERROR).pixmap(18, 18))
        self._set_message()

    def _set_message(self) -> None:
        if self._outcome == "saved" and self.path is not None:
            self.message.setText(fill(self.tr("Saved %1"), self.path))
        elif self._outcome == "failed":
            self.message.setText(fill(self.tr("The document was not saved: %1"), self._failure))
        elif self._outcome == "cancelled":
            self.message.setText(self.tr("Cancelled: no file was written."))
        else:
            self.message.clear()

    def retranslate(self) -> None:
        self.generate.setText(self.tr("&Generate"))
        self.cancel.setText(self.tr("Cancel"))
        self.open.setText(self.tr("&Open"))
        self.reveal.setText(self.tr("Show in &folder"))
        self.generate.setAccessibleName(self.tr("Generate the document"))
        self.cancel.setAccessibleName(self.tr("Cancel generating the document"))
        self.open.setAccessibleName(self.tr("Open the document"))
        self.reveal.setAccessibleName(self.tr("Show the document in its folder"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.message.setAccessibleName(self.tr("Outcome"))
        self._set_message()
