"""Generate a document for a visit: load the plan, render, write atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from studyvisit.db import Database
from studyvisit.documents.registry import (
    ExportOptions,
    file_type_for,
    load_exporter,
    load_exporters,
)
from studyvisit.errors import NotFoundError, ValidationError
from studyvisit.progress import Cancel, Progress, never_cancel, no_progress
from studyvisit.services import visits


def exporter(identifier: str):
    found = load_exporter(identifier)
    if found is not None:
        return found
    exporters = load_exporters()
    if identifier not in exporters:
        raise NotFoundError(
            f"There is no document called {identifier!r}; choose one of {', '.join(sorted(exporters))}."
        )
    return exporters[identifier]


def generate(
    database: Database,
    visit_id: int,
    identifier: str,
    out: Path,
    options: ExportOptions | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> Path:
    """Write document ``identifier`` of the visit to ``out``.

    The file appears whole or not at all: rendering goes to a temporary file
    beside ``out`` that replaces it only on success (or is removed on failure
    or cancel).
    """
    chosen = exporter(identifier)
    file_type = file_type_for(chosen, out)
    options = options or ExportOptions()
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    _check_scope(plan, options)
    out = out.expanduser()
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist.")
    handle, temporary = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        chosen.render(plan, options, temporary_path, file_type, progress, cancel)
        apply_default_permissions(temporary_path)
        os.replace(temporary_path, out)
    except PermissionError as error:
        raise ValidationError(
            f"Cannot write {out}: {error.strerror}. Is it open in another program?"
        ) from error
    finally:
        temporary_path.unlink(missing_ok=True)
    return out


def apply_default_permissions(path: Path) -> None:
    """Give a file made by mkstemp (0600) the permissions a plainly created file would get."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _check_scope(plan, options: ExportOptions) -> None:
    if options.group_key and options.group_key not in {g.key for g in plan.groups}:
        raise NotFoundError(f"The visit has no group {options.group_key!r}.")
    if options.delegate_key and options.delegate_key not in {d.key for d in plan.delegates}:
        raise NotFoundError(f"The visit has no delegate {options.delegate_key!r}.")
