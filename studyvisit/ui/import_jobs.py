"""The import wizard's slow work, run on the task runner's threads: no widget is touched here.

Each job opens its own unit of work. The dry run applies the file in a unit of work that is
never committed, so its counts and problems are exactly those of the real import; the real
import reuses the file already read for the preview, so what is imported is what was shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from studyvisit import progress as job_progress
from studyvisit.db import Database
from studyvisit.importing import (
    DelegateFileResult,
    ImportFileError,
    SheetPreview,
    read_delegate_file,
    read_sheet_preview,
)
from studyvisit.services.delegate_import import ImportReport, OnDuplicate, apply_file
from studyvisit.ui.tasks import Cancelled, TaskContext

PREVIEW_SHEET_ROWS = 100  # the reader looks this far ahead for the header anyway

# Phases reported as the progress label; the wizard shows its own (translated) text for each.
READING = "reading"
CHECKING = "checking"
WRITING = "writing"


@dataclass(frozen=True, slots=True)
class DryRun:
    """The file read with one column mapping and applied without committing.

    ``refusal`` is the importer's one-line message when it refused the sheet as mapped (no
    column for the names, say); then ``result`` and ``report`` are None and ``sheet_preview``
    holds the sheet's first rows so the coordinator can choose the columns by hand."""

    mapping: dict[int, str | None]
    result: DelegateFileResult | None
    report: ImportReport | None
    refusal: str | None = None
    sheet_preview: SheetPreview | None = None


def _reporter(task: TaskContext, phase: str) -> job_progress.Progress:
    return lambda done, total, _label: task.progress(done, total, phase)


def _cancel(task: TaskContext) -> Callable[[], bool]:
    return lambda: task.cancelled


def dry_run(
    task: TaskContext,
    database: Database,
    visit_id: int,
    path: Path,
    sheet: str | None,
    mapping: Mapping[int, str | None],
) -> DryRun:
    """Read the whole file with ``mapping`` and compare it with the visit; change nothing.

    Raises ImportFileError for a file that is no delegate list at all (corrupt, protected,
    not a spreadsheet); a readable sheet that is refused as mapped gives a ``refusal``."""
    chosen = dict(mapping)
    try:
        result = read_delegate_file(
            path,
            sheet=sheet,
            mapping=chosen or None,
            progress=_reporter(task, READING),
            cancel=_cancel(task),
        )
        with database.unit_of_work() as uow:  # left without commit: rolled back
            report = apply_file(
                uow,
                visit_id,
                result,
                on_duplicate=OnDuplicate.UPDATE,
                progress=_reporter(task, CHECKING),
                cancel=_cancel(task),
            )
    except ImportFileError as refusal:
        try:
            preview = read_sheet_preview(path, sheet, limit=PREVIEW_SHEET_ROWS)
        except ImportFileError:
            raise refusal from None  # the file itself cannot be read: its first message says why
        return DryRun(chosen, None, None, str(refusal), preview)
    except job_progress.Cancelled:
        raise Cancelled() from None
    return DryRun(chosen, result, report)


def import_rows(
    task: TaskContext,
    database: Database,
    visit_id: int,
    result: DelegateFileResult,
    on_duplicate: OnDuplicate,
) -> ImportReport:
    """Write the file's delegates into the visit in one transaction; a cancel writes nothing."""
    try:
        with database.unit_of_work() as uow:
            report = apply_file(
                uow,
                visit_id,
                result,
                on_duplicate=on_duplicate,
                progress=_reporter(task, WRITING),
                cancel=_cancel(task),
            )
            task.raise_if_cancelled()  # the last moment a cancel can still keep the database as it was
            uow.commit()
    except job_progress.Cancelled:
        raise Cancelled() from None
    return report
