"""Documents: choose a document and its options, generate it on a worker thread, open it.

The list on the left is the exporter registry (``document_kinds``); the
choices on the right are those the chosen document reads; Generate runs
``studyvisit.services.documents.generate`` through the window's task runner,
which writes the file whole or not at all. The visit file (JSON) keeps its own
button: the main window owns that export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyvisit.errors import ValidationError
from studyvisit.progress import Cancelled as DocumentCancelled
from studyvisit.services import documents
from studyvisit.ui.context import WindowContext
from studyvisit.ui.document_files import default_folder, failure_text, open_file, show_in_folder
from studyvisit.ui.document_kinds import DocumentKind, document_kinds
from studyvisit.ui.document_run import DocumentRunBar
from studyvisit.ui.document_settings import DocumentSettings
from studyvisit.ui.i18n import current_language, fill
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.sections.base import Section
from studyvisit.ui.table_model import Column, RecordTableModel
from studyvisit.ui.tasks import Cancelled, Task, TaskContext

CONTEXT = "DocumentColumns"
REMEMBERED = "documents/"  # QSettings group of the choices kept between runs

COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("DocumentColumns", "Document"),
        lambda kind: kind.display_name(),
        CONTEXT,
    ),
    Column(
        "formats",
        QT_TRANSLATE_NOOP("DocumentColumns", "Formats"),
        lambda kind: kind.formats_text(),
        CONTEXT,
    ),
    Column(
        "description",
        QT_TRANSLATE_NOOP("DocumentColumns", "What it is"),
        lambda kind: kind.display_description(),
        CONTEXT,
    ),
)


class DocumentsSection(Section):
    name = "documents"
    title_text = QT_TRANSLATE_NOOP("Sections", "Documents")

    export_requested = Signal()  # the main window owns the visit file's dialog and task
    generated = Signal(str)  # the path of a document just written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = document_kinds()
        self._task: Task | None = None
        self.model = RecordTableModel(COLUMNS, parent=self)
        self.table = RecordTable(
            self.model,
            name="documents",
            searchable=False,
            stretch_column="description",
            parent=self,
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.set_records(self.kinds)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export-visit-file")
        self.export_button.clicked.connect(self.export_requested)
        self.settings = DocumentSettings(self)
        self.settings.changed.connect(self._choices_changed)
        self.run_bar = DocumentRunBar(self)
        self.run_bar.generate_clicked.connect(self.generate)
        self.run_bar.cancel_clicked.connect(self.cancel)
        self.run_bar.open_clicked.connect(lambda path: open_file(Path(path)))
        self.run_bar.reveal_clicked.connect(lambda path: show_in_folder(Path(path)))
        self._lay_out()
        self.table.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.choose_document(self.kinds[0].identifier)
        self._set_tab_order()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)

        panel = QWidget(self)
        panel_column = QVBoxLayout(panel)
        panel_column.setContentsMargins(4, 0, 8, 0)
        panel_column.addWidget(self.settings)
        panel_column.addWidget(self.run_bar)
        panel_column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("document-panel")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        # The choices never scroll sideways: the list gives up width first.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll = scroll
        self.table.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 32)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("documents-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 740])
        self.body.addWidget(self.splitter, 1)

    def _set_tab_order(self) -> None:
        chain = [self.table.view, self.export_button, *self.settings.tab_chain()]
        chain += [
            self.run_bar.generate,
            self.run_bar.cancel,
            self.run_bar.open,
            self.run_bar.reveal,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ Section

    def attach(self, context: WindowContext) -> None:
        super().attach(context)
        self.settings.badges.attach(context.tasks)
        self.settings.set_folder(default_folder(context.preferences.last_directory()))
        self._restore_choices()

    def refresh(self) -> None:
        has_visit = self.visit is not None
        self.settings.set_plan(self.visit.plan if self.visit else None)
        self.export_button.setEnabled(has_visit)
        self.run_bar.generate.setEnabled(has_visit and not self.run_bar.running)

    def summary_text(self) -> str:
        if self.visit is None:
            return QCoreApplication.translate(
                "DocumentsSection", "Open a visit to make its documents."
            )
        return QCoreApplication.translate(
            "DocumentsSection",
            "Choose a document and its options, then generate it; it is saved as one file.",
        )

    def retranslate(self) -> None:
        self.export_button.setText(
            QCoreApplication.translate("DocumentsSection", "Export visit file (JSON)…")
        )
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "DocumentsSection",
                "The whole visit in one file: a backup, or to start the next visit from",
            )
        )
        self.table.view.setAccessibleName(
            QCoreApplication.translate("DocumentsSection", "Documents to generate")
        )
        self.table.retranslate()
        self.settings.retranslate()
        self.run_bar.retranslate()
        super().retranslate()
        self._fit_panel_width()

    def _fit_panel_width(self) -> None:
        """As wide as the choices need in this language, so they never scroll sideways."""
        panel = self.panel_scroll.widget()
        scrollbar = self.panel_scroll.verticalScrollBar().sizeHint().width()
        self.panel_scroll.setMinimumWidth(panel.minimumSizeHint().width() + scrollbar)

    def tables(self) -> list[RecordTable]:
        return [self.table]

    # ------------------------------------------------------------------ choosing

    def choose_document(self, identifier: str) -> None:
        """Select the document ``identifier`` (as ``studyvisit export`` names it)."""
        if not self.table.select_keys([identifier], scroll=False):
            raise ValueError(f"There is no document {identifier!r} in the list.")
        self._show_kind(identifier)

    def current_kind(self) -> DocumentKind | None:
        return self.settings.kind

    def _row_changed(self, current, _previous) -> None:
        kind = self.model.record_at(current)
        if kind is not None:
            self._show_kind(kind.identifier)

    def _show_kind(self, identifier: str) -> None:
        kind = next(kind for kind in self.kinds if kind.identifier == identifier)
        if self.settings.kind != kind:
            self.settings.set_kind(kind)
            self._fit_panel_width()  # the badge choices need more width than the others

    def _choices_changed(self) -> None:
        self.run_bar.clear()

    # ------------------------------------------------------------------ generating

    def generate(self) -> None:
        """Write the chosen document on a worker thread; the outcome shows below the button."""
        if self.visit is None or self.context is None or self.run_bar.running:
            return
        kind = self.settings.kind
        assert kind is not None
        try:
            out = self.settings.output_path()
            options = self.settings.options()
        except ValidationError as error:  # a missing choice: say which, write nothing
            self.run_bar.show_failure(failure_text(error, Path()))
            return
        database, visit_id = self.context.database(), self.visit.visit_id

        def write(task: TaskContext) -> Path:  # a worker thread: no widgets here
            try:
                path = documents.generate(
                    database,
                    visit_id,
                    kind.identifier,
                    out,
                    options,
                    progress=task.progress,
                    cancel=lambda: task.cancelled,
                )
            except DocumentCancelled as cancelled:
                raise Cancelled() from cancelled
            if task.cancelled:  # cancelled just as it finished: honour the cancel
                path.unlink(missing_ok=True)
                raise Cancelled()
            return path

        self.run_bar.show_running()
        task = self.context.tasks.run(
            write,
            self._generated,
            lambda error: self._failed(error, out),
            on_cancelled=self._cancelled,
            label=fill(self.tr("Writing %1…"), kind.display_name()),
        )
        if not task.done:  # a real thread: follow it (inline tasks are over already)
            self._task = task
            task.progressed.connect(self.run_bar.show_progress)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _generated(self, path: Path) -> None:
        self._task = None
        self.run_bar.show_saved(path)
        if self.context is not None:
            self.context.preferences.set_last_directory(str(path.parent))
            self.settings.set_folder(path.parent)
            self._remember_choices()
        self.generated.emit(str(path))

    def _failed(self, error: BaseException, out: Path) -> None:
        self._task = None
        self.run_bar.show_failure(failure_text(error, out))

    def _cancelled(self) -> None:
        self._task = None
        self.run_bar.show_cancelled()

    # ------------------------------------------------------------------ remembered choices

    def _remember_choices(self) -> None:
        assert self.context is not None
        settings = self.context.preferences.settings
        kind = self.settings.kind
        settings.setValue(REMEMBERED + "document", kind.identifier if kind else "")
        settings.setValue(REMEMBERED + "language", self.settings.language.currentData())
        if kind is not None and kind.badges:
            settings.setValue(REMEMBERED + "badge_layout", self.settings.badges.layout_name())
        if kind is not None and kind.delimiter and self.settings.file_type() == "csv":
            settings.setValue(REMEMBERED + "delimiter", self.settings.delimiter.currentData())

    def _restore_choices(self) -> None:
        assert self.context is not None
        settings = self.context.preferences.settings
        document = str(settings.value(REMEMBERED + "document") or "")
        if any(kind.identifier == document for kind in self.kinds):
            self.choose_document(document)
        language = str(settings.value(REMEMBERED + "language") or current_language())
        self.settings.choose_language(language)
        layout = settings.value(REMEMBERED + "badge_layout")
        if layout:
            self.settings.badges.choose_layout(str(layout))
        # Polish Excel reads ";" as the list separator; elsewhere "," is the default.
        default_delimiter = ";" if current_language() == "pl" else ","
        self.settings.choose_delimiter(
            str(settings.value(REMEMBERED + "delimiter") or default_delimiter)
        )
