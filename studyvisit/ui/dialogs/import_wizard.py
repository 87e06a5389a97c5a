"""The import wizard: a delegate list from a partner's spreadsheet into the visit, in five steps.

1. the file (and the sheet of a workbook with several),
2. a preview of the first rows with the field of each column, changeable, and the problems
   of a dry run with that mapping (the whole file is read and compared with the visit, on a
   worker thread, and nothing is written),
3. what to do with delegates already in the visit (update or skip),
4. the import itself on a worker thread, in one transaction, with progress and Cancel,
5. a summary.

The file read for the last dry run is the one imported, so what the coordinator saw is what
is written. The import is one step on the editor's undo stack.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from studyvisit.errors import StudyvisitError
from studyvisit.importing import ImportFileError, SheetPreview
from studyvisit.services import visit_snapshot
from studyvisit.services.delegate_import import ImportReport
from studyvisit.services.visit_snapshot import Snapshot
from studyvisit.ui import import_jobs
from studyvisit.ui.context import WindowContext
from studyvisit.ui.i18n import fill
from studyvisit.ui.import_fields import IGNORED
from studyvisit.ui.import_pages import (
    DuplicatesPage,
    FilePage,
    ImportPage,
    PreviewPage,
    SummaryPage,
)
from studyvisit.ui.import_preview import PreviewColumn
from studyvisit.ui.import_problems import Outcome, ProblemIndex, index_problems, summary_outcomes
from studyvisit.ui.tasks import Task

log = logging.getLogger(__name__)

PREVIEW_ROWS = 50  # at most this many data rows under the mapping drop-downs


def ask_for_file(parent: QWidget, context: WindowContext) -> str | None:
    """The delegate list to import, from a file dialog opened in the last folder used."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Import delegates"),
        context.preferences.last_directory(),
        QCoreApplication.translate(
            "ImportWizard",
            "Delegate lists (*.xlsx *.xlsm *.ods *.xls *.csv *.txt);;All files (*)",
        ),
    )
    if not path:
        return None
    context.preferences.set_last_directory(str(Path(path).parent))
    return path


def open_import_wizard(
    parent: QWidget, context: WindowContext, path: str | None
) -> ImportWizard | None:
    """Open the wizard on ``path`` (None: ask for a file first) for the editor's visit."""
    if context.editor.visit_id is None:
        return None
    if path is None:
        path = ask_for_file(parent, context)
        if path is None:
            return None
    wizard = ImportWizard(context, path, parent)
    wizard.open()
    return wizard


class ImportWizard(QWizard):
    FILE, PREVIEW, DUPLICATES, IMPORT, SUMMARY = range(5)

    def __init__(self, context: WindowContext, path: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("import-wizard")
        self.setWindowTitle(self.tr("Import delegates"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.context = context
        self.visit_id = context.editor.visit_id
        self.path: Path | None = None
        self.sheet: str | None = None
        self.overrides: dict[int, str | None] = {}  # the coordinator's choices, by sheet column
        self.dry: import_jobs.DryRun | None = None
        self.problems: ProblemIndex | None = None
        self.report: ImportReport | None = None
        self.import_problems: ProblemIndex | None = None
        self.file_error: str | None = None  # the file cannot be read at all: why
        self.checking = False
        self._generation = 0  # a newer file, sheet or mapping makes older jobs' answers stale
        self._pending = 0  # jobs whose callback has not run yet: the wizard lives until then
        self._import_task: Task | None = None
        self._other_tasks: list[Task] = []
        self._close_after_import = False
        self._closed = False

        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.preview_page,
                self.duplicates_page,
                self.import_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.resize(1040, 700)
        if path:
            self.load_file(path)

    # ------------------------------------------------------------------ the file

    def choose_file(self) -> None:
        path = ask_for_file(self, self.context)
        if path is not None:
            self.load_file(path)

    def choose_sheet(self, sheet: str) -> None:
        if self.path is not None and sheet and sheet != self.sheet:
            self.load_file(str(self.path), sheet)

    def load_file(self, path: str, sheet: str | None = None) -> None:
        """Start again on ``path``: the recognised columns, then a check of the whole file."""
        self.path, self.sheet = Path(path), sheet
        self.overrides = {}
        self.dry = self.problems = None
        self.file_error = None
        self.file_page.show_reading(str(self.path))
        self.check()

    def _file_details(self) -> str:
        dry = self.dry
        result = dry.result if dry is not None else None
        source = result if result is not None else (dry.sheet_preview if dry else None)
        if source is None:
            return ""
        parts = [fill(self.tr("File type: %1"), source.file_type.upper())]
        if len(source.sheet_names) > 1:
            parts.append(fill(self.tr("sheets: %1"), len(source.sheet_names)))
        if result is not None:
            parts.append(fill(self.tr("header in row %1"), result.header_row))
            parts.append(fill(self.tr("rows read: %1"), len(result.rows)))
            if result.encoding:
                parts.append(fill(self.tr("encoding %1"), result.encoding))
            if result.delimiter:
                shown = {"\t": self.tr("tab"), " ": self.tr("space")}.get(
                    result.delimiter, result.delimiter
                )
                parts.append(fill(self.tr("separated by %1"), shown))
        return " · ".join(parts)

    def sheet_names(self) -> list[str]:
        dry = self.dry
        if dry is None:
            return []
        source = dry.result if dry.result is not None else dry.sheet_preview
        return list(source.sheet_names) if source is not None else []

    # ------------------------------------------------------------------ mapping and dry run

    def choose_field(self, sheet_column: int, field: str | None) -> None:
        """The coordinator says what a column holds; a field already fed by another column
        moves here (that column goes to the notes) and the file is checked again."""
        if field is not None and field != IGNORED:
            for column in self.preview_columns():
                if column.field == field and column.index != sheet_column:
                    self.overrides[column.index] = None
        self.overrides[sheet_column] = field
        self.check()

    def check(self) -> None:
        """Read the whole file with the current mapping and dry-run it, on a worker thread:
        one read gives the columns, the preview rows, the problems and the counts."""
        if self._closed or self.path is None:
            return
        self._generation += 1
        generation = self._generation
        self._cancel_other_tasks()
        self.checking = True
        self.preview_page.show_checking()
        self.file_page.completeChanged.emit()
        database = self.context.database()
        visit_id, path, sheet, mapping = self.visit_id, self.path, self.sheet, dict(self.overrides)

        def op(task: Any) -> tuple[import_jobs.DryRun, ProblemIndex | None]:
            dry = import_jobs.dry_run(task, database, visit_id, path, sheet, mapping)
            problems = (
                index_problems(dry.result, dry.report)
                if dry.result is not None and dry.report is not None
                else None
            )
            return dry, problems

        task = self._start(
            op,
            lambda outcome: self._checked(generation, *outcome),
            lambda error: self._check_failed(generation, error),
            on_cancelled=lambda: None,
        )
        task.progressed.connect(lambda done, total, phase: self._progressed(done, total, phase))

    def _progressed(self, done: int, total: int, phase: str) -> None:
        text = self.phase_text(phase)
        self.file_page.busy.progress(done, total, text)
        self.preview_page.busy.progress(done, total, text)

    def _checked(
        self, generation: int, dry: import_jobs.DryRun, problems: ProblemIndex | None
    ) -> None:
        if generation != self._generation:
            return
        self.checking = False
        self.dry, self.problems = dry, problems
        source = dry.result if dry.result is not None else dry.sheet_preview
        if source is not None:
            self.sheet = source.sheet
        self.file_page.show_file(self._file_details(), self.sheet_names(), self.sheet)
        self.preview_page.show_dry_run()

    def _check_failed(self, generation: int, error: BaseException) -> None:
        """The file cannot be read at all: say why on the first page; nothing goes further."""
        if generation != self._generation:
            return
        self.checking = False
        self.dry = self.problems = None
        self.file_error = self._reason(error)
        self.file_page.show_refusal(self.file_error)
        self.preview_page.completeChanged.emit()

    def preview_columns(self) -> list[PreviewColumn]:
        """The source columns and the field each feeds, as the last dry run settled them."""
        dry = self.dry
        if dry is None:
            return []
        if dry.result is not None:
            return [PreviewColumn(c.index, c.header, c.field) for c in dry.result.columns]
        preview = dry.sheet_preview
        if preview is None or not preview.rows:
            return []
        labels = self._raw_header_cells(preview)
        width = max(len(cells) for _number, cells in preview.rows)
        columns = []
        for position in range(width):
            index = preview.first_column + position
            label = labels[position] if position < len(labels) else ""
            has_data = any(position < len(cells) and cells[position] for _n, cells in preview.rows)
            if label or has_data:
                columns.append(PreviewColumn(index, label or None, self.overrides.get(index)))
        return columns

    def preview_rows(self) -> list[tuple[int, list[str]]]:
        """The first data rows, one text per :meth:`preview_columns` entry."""
        dry = self.dry
        if dry is None:
            return []
        if dry.result is not None:
            return [(number, list(texts)) for number, texts in dry.result.preview][:PREVIEW_ROWS]
        preview = dry.sheet_preview
        if preview is None or not preview.rows:
            return []
        header_row = self._raw_header_row(preview)
        positions = [column.index - preview.first_column for column in self.preview_columns()]
        return [
            (number, [cells[p] if p < len(cells) else "" for p in positions])
            for number, cells in preview.rows
            if number > header_row
        ][:PREVIEW_ROWS]

    def preview_read_rows(self) -> set[int] | None:
        """Which of the previewed sheet rows the importer read as delegates."""
        result = self.dry.result if self.dry is not None else None
        if result is None:
            return None
        last = max((number for number, _cells in self.preview_rows()), default=0)
        # Rows come in sheet order: stop at the first one past the preview.
        return set(itertools.takewhile(lambda n: n <= last, (row.row for row in result.rows)))

    @staticmethod
    def _raw_header_row(preview: SheetPreview) -> int:
        if preview.header_row is not None:
            return preview.header_row
        # Headers nobody recognised: the first filled row, as the importer then takes it.
        return preview.rows[0][0] if preview.rows else 0

    def _raw_header_cells(self, preview: SheetPreview) -> list[str]:
        header_row = self._raw_header_row(preview)
        return next((cells for number, cells in preview.rows if number == header_row), [])

    # ------------------------------------------------------------------ the import

    def start_import(self) -> None:
        dry = self.dry
        if self._closed or dry is None or dry.result is None or self.visit_id is None:
            return
        self.report = self.import_problems = None
        database, visit_id, result = self.context.database(), self.visit_id, dry.result
        on_duplicate = self.duplicates_page.choice()

        def op(task: Any) -> tuple[ImportReport, ProblemIndex, Snapshot, Snapshot]:
            # The visit before and after, for Undo: read here, not on the GUI thread.
            before = _snapshot(database, visit_id)
            report = import_jobs.import_rows(task, database, visit_id, result, on_duplicate)
            after = _snapshot(database, visit_id)
            return report, index_problems(result, report), before, after

        self._import_task = self._start(
            op,
            lambda outcome: self._imported(*outcome),
            self._import_failed,
            on_cancelled=self._import_cancelled,
            cancel_on_change=False,
        )
        self._import_task.progressed.connect(
            lambda done, total, phase: self.import_page.show_progress(
                done, total, self.phase_text(phase)
            )
        )

    def cancel_import(self) -> None:
        task = self._import_task
        if task is not None and not task.done:
            task.cancel()
            self.import_page.cancel_button.setEnabled(False)

    def _imported(
        self, report: ImportReport, problems: ProblemIndex, before: Snapshot, after: Snapshot
    ) -> None:
        self._import_task = None
        self._close_after_import = False  # it was written: show what was done
        self.report, self.import_problems = report, problems
        # One undoable step; the editor's ``changed`` makes the window reload the visit.
        self.context.editor.record(self.tr("Import delegates"), before, after)
        self.import_page.completeChanged.emit()
        if not self._closed and self.currentId() == self.IMPORT:
            self.next()

    def _import_failed(self, error: BaseException) -> None:
        self._import_task = None
        self.import_page.show_stopped(
            fill(self.tr("The import failed: %1 Nothing was written."), self._reason(error))
        )
        self._reject_if_asked()

    def _import_cancelled(self) -> None:
        self._import_task = None
        self.import_page.show_stopped(self.tr("The import was cancelled. Nothing was written."))
        self._reject_if_asked()

    def _reject_if_asked(self) -> None:
        if self._close_after_import:
            self._close_after_import = False
            super().reject()

    def duplicates_left_alone(self) -> int:
        """Rows skipped only because the delegate was already in the visit ("skip")."""
        if self.report is None or self.import_problems is None:
            return 0
        return max(self.report.skipped - self.import_problems.skipped_with_reason, 0)

    def summary_outcomes(self) -> list[Outcome]:
        if self.report is None or self.import_problems is None:
            return []
        return summary_outcomes(self.import_problems, self.report)

    # ------------------------------------------------------------------ jobs and closing

    def phase_text(self, phase: str) -> str:
        return {
            import_jobs.READING: self.tr("Reading the file…"),
            import_jobs.CHECKING: self.tr("Comparing with the delegates of the visit…"),
            import_jobs.WRITING: self.tr("Writing the delegates…"),
        }.get(phase, "")

    def _reason(self, error: BaseException) -> str:
        """The one line a coordinator reads; the importer's own message for a refused file."""
        if isinstance(error, (ImportFileError, StudyvisitError)):
            return str(error)
        if isinstance(error, OSError):
            name = self.path.name if self.path is not None else ""
            return fill(self.tr("%1: the file cannot be read (%2)."), name, error.strerror or error)
        log.error("Import wizard job failed", exc_info=error)
        return fill(self.tr("Unexpected error: %1"), f"{type(error).__name__}: {error}")

    def _start(
        self,
        op: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None = None,
        *,
        cancel_on_change: bool = True,
    ) -> Task:
        self._pending += 1

        def finishing(callback: Callable[..., None] | None) -> Callable[..., None]:
            def call(*args: Any) -> None:
                self._pending -= 1
                try:
                    if callback is not None:
                        callback(*args)
                finally:
                    self._delete_when_idle()

            return call

        task = self.context.tasks.run(
            op, finishing(on_success), finishing(on_failure), on_cancelled=finishing(on_cancelled)
        )
        if cancel_on_change:
            self._other_tasks = [t for t in self._other_tasks if not t.done] + [task]
        return task

    def _cancel_other_tasks(self) -> None:
        for task in self._other_tasks:
            if not task.done:
                task.cancel()
        self._other_tasks = []

    def reject(self) -> None:
        task = self._import_task
        if task is not None and not task.done:
            # Closing while writing: stop the worker and close once it has rolled back.
            self._close_after_import = True
            self.cancel_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._generation += 1  # answers still on their way are not wanted any more
        self._cancel_other_tasks()
        super().done(result)
        self._delete_when_idle()

    def _delete_when_idle(self) -> None:
        # The jobs' callbacks hold this wizard: it may go only when none is still coming.
        if self._closed and self._pending == 0:
            self.deleteLater()


def _snapshot(database, visit_id: int) -> Snapshot:
    with database.unit_of_work() as uow:
        return visit_snapshot.take(uow, visit_id)
