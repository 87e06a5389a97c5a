"""Registered document exporters (STYLE.md item 10, after pretix's exporters).

Each exporter has an identifier (the CLI's ``export NAME``), an English name
(translated by the GUI with the context ``"Exporters"``), the file types it
writes, and ``render``: plain data in, one file out. The GUI's Documents
section and the command line both build from :data:`EXPORTERS`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from studyvisit.errors import ValidationError
from studyvisit.progress import Cancel, Progress, never_cancel, no_progress
from studyvisit.records import VisitPlan


@dataclass(frozen=True)
class ExportOptions:
    """What the coordinator chose; each exporter reads the options it knows."""

    language: str = "en"
    layout: str | None = None
    group_key: str | None = None  # scope: one group
    delegate_key: str | None = None  # scope: one delegate
    per: str = "day"  # attendance: one sheet per "day" or per "item"
    delimiter: str = ","  # CSV
    extra: dict[str, Any] = field(default_factory=dict)


class Exporter(ABC):
    identifier: ClassVar[str]
    name: ClassVar[str]
    file_types: ClassVar[tuple[str, ...]]
    description: ClassVar[str] = ""

    @abstractmethod
    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        """Write the document for ``plan`` to ``out`` as ``file_type``."""


EXPORTERS: dict[str, Exporter] = {}

# The module that registers each exporter: a command that writes one document
# imports only its module (all of them pull in reportlab, openpyxl or
# icalendar: about 0.9 s). tests/unit/documents/test_registry.py keeps this
# in step with what load_exporters() finds.
EXPORTER_MODULES = {
    "agenda": "agenda_pdf",
    "attendance": "attendance_pdf",
    "badges": "badges",
    "delegates": "delegate_list",
    "ics": "calendar_ics",
    "letters": "letters_pdf",
    "participants": "participants_pdf",
    "schedule": "schedule_xlsx",
    "transport": "transport_pdf",
}


def register(exporter_class: type[Exporter]) -> type[Exporter]:
    """Class decorator: make an exporter known to the CLI and the GUI."""
    EXPORTERS[exporter_class.identifier] = exporter_class()
    return exporter_class


def file_type_for(exporter: Exporter, out: Path) -> str:
    """The file type asked for by the output's extension, or a clear refusal."""
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in exporter.file_types:
        allowed = ", ".join(f".{t}" for t in exporter.file_types)
        raise ValidationError(
            f"{exporter.identifier} can be written as {allowed}, not {out.suffix or 'a file without extension'}."
        )
    return suffix


def load_exporter(identifier: str) -> Exporter | None:
    """The exporter ``identifier``, importing only its own module; None if unknown."""
    import importlib

    if identifier not in EXPORTERS and identifier in EXPORTER_MODULES:
        importlib.import_module(f"{__package__}.{EXPORTER_MODULES[identifier]}")
    return EXPORTERS.get(identifier)


def load_exporters() -> dict[str, Exporter]:
    """Import every module of this package, so each registers its exporters."""
    import importlib
    import pkgutil

    import studyvisit.documents as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return EXPORTERS
