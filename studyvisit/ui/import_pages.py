"""The pages of the import wizard. They show the wizard's state and forward choices to it;
the wizard (studyvisit/ui/dialogs/import_wizard.py) starts the jobs and holds the results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from studyvisit.services.delegate_import import ImportReport, OnDuplicate
from studyvisit.ui.i18n import fill
from studyvisit.ui.import_preview import PreviewTable
from studyvisit.ui.import_problems import Outcome, OutcomeModel
from studyvisit.ui.views import TableView

if TYPE_CHECKING:
    from studyvisit.ui.dialogs.import_wizard import ImportWizard

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: #5b6470;"


def _message_label(parent: QWidget, name: str, style: str = ERROR_STYLE) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show_message(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class BusyLine(QWidget):
    """What a job is doing: a label and a progress bar (busy while the total is unknown)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.show()

    def progress(self, done: int, total: int, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)

    def stop(self) -> None:
        self.hide()


def _outcome_view(parent: QWidget, model: OutcomeModel, name: str) -> TableView:
    view = TableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(2, 160)
    return view


def counts_text(report: ImportReport, *, done: bool) -> str:
    """'New: 3 · Updated: 1 · Unchanged: 0 · Skipped: 1' ('Added' once the import is done)."""
    if done:
        text = QCoreApplication.translate(
            "ImportWizard", "Added: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4"
        )
    else:
        text = QCoreApplication.translate(
            "ImportWizard", "New: %1 · Updated: %2 · Unchanged: %3 · Skipped: %4"
        )
    return fill(text, report.imported, report.updated, report.unchanged, report.skipped)


class FilePage(QWizardPage):
    """The file, and the sheet for a workbook with several."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import-file-page")
        self._wizard = wizard
        self.setTitle(self.tr("Delegate list"))
        self.setSubTitle(
            self.tr(
                "Choose the file the partners sent (Excel, LibreOffice or CSV) and, "
                "for a workbook with several sheets, the sheet with the list."
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import-path")
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("import-choose")
        self.choose_button.clicked.connect(wizard.choose_file)
        self.sheet_label = QLabel(self.tr("&Sheet:"), self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("import-sheet")
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(
            lambda _row: wizard.choose_sheet(self.sheet_combo.currentText())
        )
        self.details = _message_label(self, "import-file-details", NOTE_STYLE)
        self.busy = BusyLine(self)
        self.error = _message_label(self, "import-file-error")

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("File:"), self), 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.choose_button, 0, 2)
        grid.addWidget(self.sheet_label, 1, 0)
        grid.addWidget(self.sheet_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.details)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._show_sheets([])

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name; QWizard.next() skips isComplete
        return self.isComplete()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.dry is not None and not self._wizard.checking

    def show_reading(self, path: str) -> None:
        self.path_edit.setText(path)
        _show_message(self.error, None)
        _show_message(self.details, None)
        self.busy.start(self.tr("Reading the file…"))
        self.completeChanged.emit()

    def show_file(self, details: str, sheets: list[str], sheet: str | None) -> None:
        self.busy.stop()
        _show_message(self.error, None)
        _show_message(self.details, details)
        self._show_sheets(sheets, sheet)
        self.completeChanged.emit()

    def show_refusal(self, message: str) -> None:
        self.busy.stop()
        _show_message(self.details, None)
        _show_message(self.error, message)
        self._show_sheets([])
        self.completeChanged.emit()

    def _show_sheets(self, sheets: list[str], current: str | None = None) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if current is not None:
            self.sheet_combo.setCurrentText(current)
        several = len(sheets) > 1
        self.sheet_combo.setVisible(several)
        self.sheet_label.setVisible(several)


class PreviewPage(QWizardPage):
    """The first rows with a drop-down per column; problems highlighted and listed; counts."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import-preview-page")
        self._wizard = wizard
        self.setTitle(self.tr("Columns and rows"))
        self.setSubTitle(
            self.tr(
                "Above each column, check what it holds and change it where the guess is wrong. "
                "Highlighted cells have problems: point at one to see why. Red rows are skipped."
            )
        )
        self.table = PreviewTable(self)
        self.table.setObjectName("import-preview")
        self.table.mapping_header.field_chosen.connect(wizard.choose_field)
        self.shown = QLabel(self)
        self.shown.setObjectName("import-shown")
        self.shown.setStyleSheet(NOTE_STYLE)
        self.counts = QLabel(self)
        self.counts.setObjectName("import-counts")
        self.counts.setStyleSheet("font-weight: 600;")
        self.busy = BusyLine(self)
        self.refusal = _message_label(self, "import-refusal")
        self.problem_model = OutcomeModel(self)
        self.problem_view = _outcome_view(self, self.problem_model, "import-problems")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problem_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        status = QHBoxLayout()
        status.addWidget(self.counts)
        status.addStretch(1)
        status.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.refusal)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.busy)
        layout.addLayout(status)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name; QWizard.next() skips isComplete
        return self.isComplete()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        dry = self._wizard.dry
        return dry is not None and dry.result is not None and not self._wizard.checking

    def show_checking(self) -> None:
        self.busy.start(self.tr("Checking the whole file…"))
        self.table.mapping_header.setEnabled(False)
        self.completeChanged.emit()

    def show_table(self) -> None:
        """The rows and columns as the wizard knows them now (mapping, problems)."""
        wizard = self._wizard
        columns, rows = wizard.preview_columns(), wizard.preview_rows()
        self.table.show_preview(columns, rows, wizard.problems, wizard.preview_read_rows())
        result = wizard.dry.result if wizard.dry is not None else None
        self.shown.setText(fill(self.tr("Rows read: %1"), len(result.rows)) if result else "")

    def show_dry_run(self) -> None:
        wizard = self._wizard
        dry = wizard.dry
        self.busy.stop()
        self.table.mapping_header.setEnabled(True)
        _show_message(self.refusal, dry.refusal if dry is not None else None)
        self.show_table()
        report = dry.report if dry is not None else None
        self.counts.setText(counts_text(report, done=False) if report is not None else "")
        outcomes: list[Outcome] = wizard.problems.outcomes if wizard.problems else []
        self.problem_model.set_outcomes(outcomes)
        self.problem_view.setVisible(bool(outcomes))
        self.completeChanged.emit()


class DuplicatesPage(QWizardPage):
    """What to do with rows that match delegates already in the visit."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import-duplicates-page")
        self._wizard = wizard
        self.setTitle(self.tr("Delegates already in the visit"))
        self.setSubTitle(
            self.tr(
                "A row is the same person as a delegate of the visit when the passport number, "
                "else the e-mail, else the name and date of birth are the same."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.explanation = QLabel(self)
        self.explanation.setObjectName("import-duplicates-explanation")
        self.explanation.setWordWrap(True)
        self.update_button = QRadioButton(
            self.tr("&Update them with the file's values (filled and corrected fields)"), self
        )
        self.update_button.setObjectName("import-update")
        self.skip_button = QRadioButton(
            self.tr("&Skip them: keep those delegates as they are"), self
        )
        self.skip_button.setObjectName("import-skip")
        self.update_button.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.update_button)
        self.group.addButton(self.skip_button)
        self.totals = QLabel(self)
        self.totals.setObjectName("import-duplicates-totals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.update_button)
        layout.addWidget(self.skip_button)
        layout.addSpacing(12)
        layout.addWidget(self.totals)
        layout.addStretch(1)

    def choice(self) -> OnDuplicate:
        return OnDuplicate.SKIP if self.skip_button.isChecked() else OnDuplicate.UPDATE

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        dry = self._wizard.dry
        report = dry.report if dry is not None else None
        if report is None:
            return
        matching = report.updated + report.unchanged
        if matching:
            text = fill(
                self.tr(
                    "Rows of the file that match delegates already in this visit: %1 "
                    "(with new or different values: %2; saying what the visit already says: %3)."
                ),
                matching,
                report.updated,
                report.unchanged,
            )
        else:
            text = self.tr(
                "No row of the file matches a delegate already in this visit: "
                "every readable row becomes a new delegate."
            )
        self.explanation.setText(text)
        # Nothing to choose when nobody matches; the choice stays as it was for the next time.
        self.update_button.setEnabled(bool(matching))
        self.skip_button.setEnabled(bool(matching))
        self.totals.setText(
            fill(
                self.tr(
                    "New delegates: %1 · rows skipped for the problems shown on the previous "
                    "page: %2. Everything is written at once, and Edit → Undo takes the whole "
                    "import back."
                ),
                report.imported,
                report.skipped,
            )
        )


class ImportPage(QWizardPage):
    """The import running on a worker thread, with its progress and a Cancel button."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import-run-page")
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("The delegates are written in one step: a cancel writes nothing."))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("import-progress")
        self.label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel the import"), self)
        self.cancel_button.setObjectName("import-cancel")
        self.cancel_button.clicked.connect(wizard.cancel_import)
        self.message = _message_label(self, "import-message")
        self.again_button = QPushButton(self.tr("&Back to the start"), self)
        self.again_button.setObjectName("import-again")
        self.again_button.clicked.connect(wizard.restart)
        self.again_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.show_running()
        # Start once the wizard has finished switching pages (an inline runner finishes at once).
        QTimer.singleShot(0, self._wizard, self._wizard.start_import)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self._wizard.report is not None

    def show_running(self) -> None:
        self.label.setText(self.tr("Writing the delegates…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.again_button.hide()
        _show_message(self.message, None)

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)

    def show_stopped(self, message: str) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.again_button.show()
        self.label.setText("")
        _show_message(self.message, message)
        self.completeChanged.emit()


class SummaryPage(QWizardPage):
    """What the import did: counts, then every row that was skipped, to check or updated."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("import-summary-page")
        self._wizard = wizard
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(
            self.tr(
                "Below: the rows that were skipped, that need a check, or that updated a delegate."
            )
        )
        self.counts = QLabel(self)
        self.counts.setObjectName("import-summary-counts")
        self.counts.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.note = QLabel(self)
        self.note.setObjectName("import-summary-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.outcome_model = OutcomeModel(self)
        self.outcome_view = _outcome_view(self, self.outcome_model, "import-summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.outcome_view, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        wizard = self._wizard
        report = wizard.report
        if report is None:
            return
        self.counts.setText(counts_text(report, done=True))
        notes = [self.tr("Edit → Undo (Ctrl+Z) takes the whole import back.")]
        kept = wizard.duplicates_left_alone()
        if kept:
            notes.insert(
                0,
                fill(
                    self.tr("Rows skipped because the delegate was already in the visit: %1."),
                    kept,
                ),
            )
        self.note.setText(" ".join(notes))
        self.outcome_model.set_outcomes(wizard.summary_outcomes())
        self.outcome_view.setVisible(self.outcome_model.rowCount() > 0)
