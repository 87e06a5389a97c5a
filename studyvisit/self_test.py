"""``studyvisit self-test``: prove that this installation works, end to end.

In a temporary folder it creates a database (running every migration), adds
the demo visit, runs the plan check, writes every registered document in every
file type it declares, reads each file back, and opens and closes the main
window offscreen. Each step is reported as ok or failed with its reason; the
exit status is 0 only when every step passed. The same command runs from a
source checkout, an installed wheel and the PyInstaller bundle, so a missing
resource, migration, exporter or Qt plugin in a build shows up here.

Qt is imported only by the window step.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from studyvisit import __version__

#: Languages the documents are also written in (English is the first pass).
EXTRA_LANGUAGES = ("pl", "ru")


class Status(StrEnum):
    OK = "ok"
    FAILED = "failed"
    NOT_RUN = "not run"


@dataclass(frozen=True)
class StepResult:
    name: str
    status: Status
    detail: str
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def line(self) -> str:
        return f"{self.status.value:<8} {self.name:<28} {self.detail} ({self.seconds:.2f} s)"


@dataclass
class SelfTestReport:
    steps: list[StepResult] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def failures(self) -> list[StepResult]:
        return [step for step in self.steps if not step.ok]

    def step(self, name: str) -> StepResult:
        return next(step for step in self.steps if step.name == name)

    def summary(self) -> str:
        failed = self.failures()
        if not failed:
            return f"self-test passed: {len(self.steps)} steps ok."
        names = ", ".join(step.name for step in failed)
        return f"self-test FAILED: {len(failed)} of {len(self.steps)} steps did not pass ({names})."


class StepFailed(Exception):
    """A check inside a step found something wrong (the message says what)."""


class _Recorder:
    """Runs steps, records each result and prints it as soon as it is known."""

    def __init__(self, report: SelfTestReport, progress_print: Callable[[str], Any]) -> None:
        self.report = report
        self.print = progress_print

    def add(self, result: StepResult) -> None:
        self.report.steps.append(result)
        self.print(result.line())

    def run(self, name: str, action: Callable[[], str]) -> bool:
        started = time.perf_counter()
        try:
            detail = action()
        except StepFailed as problem:
            self.add(StepResult(name, Status.FAILED, str(problem), time.perf_counter() - started))
            return False
        except Exception as error:  # a self-test reports every failure, whatever it is
            reason = f"{type(error).__name__}: {error}"
            where = traceback.extract_tb(error.__traceback__)[-1]
            reason += f" [{Path(where.filename).name}:{where.lineno}]"
            self.add(StepResult(name, Status.FAILED, reason, time.perf_counter() - started))
            return False
        self.add(StepResult(name, Status.OK, detail, time.perf_counter() - started))
        return True

    def not_run(self, name: str, because: str) -> None:
        self.add(StepResult(name, Status.NOT_RUN, because))


# --------------------------------------------------------------------------- the run


def run_self_test(
    progress_print: Callable[[str], Any] = print,
    *,
    visit_file: Path | None = None,
    keep_files: Path | None = None,
    window: bool = True,
) -> SelfTestReport:
    """Run every step in a temporary folder (or ``keep_files``) and report each.

    ``visit_file`` replaces the shipped demo visit; ``window=False`` leaves out
    the main-window step (for a machine without Qt's libraries).
    """
    report = SelfTestReport()
    recorder = _Recorder(report, progress_print)
    progress_print(_about_this_build())
    with _work_folder(keep_files) as folder:
        _run_steps(recorder, folder, visit_file, window)
    progress_print(report.summary())
    return report


@contextmanager
def _work_folder(keep_files: Path | None) -> Iterator[Path]:
    if keep_files is not None:
        keep_files.mkdir(parents=True, exist_ok=True)
        yield keep_files
        return
    # On Windows a file still held open would make the clean-up fail: never let
    # that turn a passed self-test into a crash.
    with tempfile.TemporaryDirectory(
        prefix="studyvisit-self-test-", ignore_cleanup_errors=True
    ) as name:
        yield Path(name)


def _run_steps(recorder: _Recorder, folder: Path, visit_file: Path | None, window: bool) -> None:
    from studyvisit.db import open_database

    location = folder / "self-test.sqlite3"
    state: dict[str, Any] = {}
    later = ["demo visit", "plan check", "documents"] + (
        ["main window", "badge preview", "translations"] if window else []
    )

    def create_database() -> str:
        from studyvisit.db import head_revision, known_revisions

        state["database"] = open_database(location)
        revisions = known_revisions()
        if head_revision() not in revisions:
            raise StepFailed(f"schema revision {head_revision()} is not among the migrations found")
        return f"created at schema revision {head_revision()} ({len(revisions)} migrations applied)"

    if not recorder.run("database", create_database):
        if "database" in state:
            state["database"].close()
        for name in later:
            recorder.not_run(name, "needs the database")
        return
    database = state["database"]
    try:
        if not recorder.run("demo visit", lambda: _add_visit(database, visit_file, state)):
            for name in later[1:]:
                recorder.not_run(name, "needs the demo visit")
            return
        visit_id, plan = state["visit_id"], state["plan"]
        recorder.run("plan check", lambda: _check_plan(plan))
        _write_documents(recorder, database, visit_id, plan, folder)
    finally:
        database.close()
    if window:
        recorder.run("main window", lambda: _open_main_window(str(location), visit_id, folder))
        recorder.run("badge preview", _badge_preview)
        recorder.run("translations", _load_translations)


def _about_this_build() -> str:
    frozen = "bundle" if getattr(sys, "frozen", False) else "Python environment"
    return (
        f"studyvisit {__version__} self-test ({frozen}; Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )


def _add_visit(database, visit_file: Path | None, state: dict[str, Any]) -> str:
    from studyvisit.services import demo, visits
    from studyvisit.services import visit_file as visit_files

    with database.unit_of_work() as uow:
        if visit_file is None:
            visit_id = demo.create_demo_visit(uow)
            source = "the shipped demo visit"
        else:
            visit_id = visit_files.import_document(uow, json.loads(visit_file.read_text("utf-8")))
            source = visit_file.name
        uow.commit()
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    if not plan.delegates:
        raise StepFailed(f"{source} was added but has no delegates")
    state["visit_id"], state["plan"] = visit_id, plan
    return (
        f"{source}: {plan.visit.name!r}, {len(plan.delegates)} delegates, "
        f"{len(plan.agenda)} agenda items"
    )


def _check_plan(plan) -> str:
    from studyvisit.services.plan_checker import Severity, check_plan

    problems = check_plan(plan)
    errors = sum(problem.severity == Severity.ERROR for problem in problems)
    return f"{len(problems)} problems found ({errors} errors)"


# --------------------------------------------------------------------------- documents


def _write_documents(recorder: _Recorder, database, visit_id: int, plan, folder: Path) -> None:
    from studyvisit.documents.registry import ExportOptions, load_exporters
    from studyvisit.services.documents import generate

    started = time.perf_counter()
    try:
        exporters = load_exporters()
    except Exception as error:
        recorder.add(
            StepResult("documents", Status.FAILED, f"cannot load the exporters: {error!r}")
        )
        return
    if not exporters:
        recorder.add(StepResult("documents", Status.FAILED, "no document exporter is registered"))
        return
    recorder.add(
        StepResult(
            "documents",
            Status.OK,
            f"{len(exporters)} exporters: {', '.join(sorted(exporters))}",
            time.perf_counter() - started,
        )
    )
    out_folder = folder / "documents"
    out_folder.mkdir(exist_ok=True)
    expected = _names_to_find(plan)
    jobs = [
        (identifier, file_type, "en")
        for identifier, exporter in sorted(exporters.items())
        for file_type in exporter.file_types
    ]
    # Dates, weekdays and Cyrillic in the other languages (Babel's locale data in a bundle).
    jobs += [
        (identifier, exporter.file_types[0], language)
        for language in EXTRA_LANGUAGES
        for identifier, exporter in sorted(exporters.items())
    ]
    for identifier, file_type, language in jobs:
        out = out_folder / f"{identifier}-{language}.{file_type}"

        def produce(identifier=identifier, out=out, file_type=file_type, language=language) -> str:
            generate(database, visit_id, identifier, out, ExportOptions(language=language))
            return read_back(out, file_type, expected)

        recorder.run(f"{identifier}.{file_type} ({language})", produce)


def _names_to_find(plan) -> list[str]:
    """Text a document of this visit should contain: delegates' surnames first, then the visit."""
    names: list[str] = []
    for delegate in plan.delegates:
        names += [name for name in (delegate.surname, delegate.surname_latin) if name]
    names.append(plan.visit.name)
    return names


def read_back(path: Path, file_type: str, expected: list[str]) -> str:
    """Reopen a written document with a reader of its type; a description of what was found."""
    if not path.is_file():
        raise StepFailed(f"{path.name} was not written")
    size = path.stat().st_size
    if size == 0:
        raise StepFailed(f"{path.name} is empty")
    reader = READERS.get(file_type)
    if reader is None:
        return f"{size:,} bytes written; no reader for .{file_type} to check it"
    return f"{size:,} bytes, {reader(path, expected)}"


def _found(text: str, expected: list[str], what: str) -> str:
    for name in expected:
        if name in text:
            return f"contains {name!r}"
    raise StepFailed(f"{what} contains none of {', '.join(repr(n) for n in expected[:4])}")


def _read_pdf(path: Path, expected: list[str]) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise StepFailed("not a PDF: it does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise StepFailed("the PDF is cut short: no %%EOF at its end")
    pages = _pdf_pages(path)
    if pages is None:
        count = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        return f"PDF structure checked, {count} pages (no PDF text reader installed)"
    # Page by page, stopping at the first name found: extracting text is slow.
    text, number = "", 0
    for number, page_text in enumerate(pages, start=1):
        text += page_text + "\n"
        if any(name in text for name in expected):
            return f"text of page {number} {_found(text, expected, 'the text')}"
    if number == 0:
        raise StepFailed("the PDF has no pages")
    return f"{number} pages, text {_found(text, expected, 'the text')}"


def _pdf_pages(path: Path) -> Iterator[str] | None:
    """The text of each page, read with pypdf or else pdfplumber; None without either."""
    try:
        from pypdf import PdfReader
    except ImportError:
        pass
    else:
        return (page.extract_text() or "" for page in PdfReader(path).pages)
    try:
        import pdfplumber
    except ImportError:
        return None

    def pages() -> Iterator[str]:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                yield page.extract_text() or ""

    return pages()


def _read_xlsx(path: Path, expected: list[str]) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        cells = [
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        ]
        sheets = len(workbook.worksheets)
    finally:
        workbook.close()
    return f"{sheets} sheets, {len(cells)} cells, {_found(chr(10).join(cells), expected, 'the workbook')}"


def _read_csv(path: Path, expected: list[str]) -> str:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise StepFailed(f"not UTF-8: {error}") from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if len(rows) < 2:
        raise StepFailed(f"only {len(rows)} rows")
    return f"{len(rows)} rows, {_found(text, expected, 'the file')}"


def _read_ics(path: Path, expected: list[str]) -> str:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    if not events:
        raise StepFailed("the calendar has no events")
    for event in events:
        if event.get("DTSTART") is None or event.get("SUMMARY") is None:
            raise StepFailed(f"an event has no start or no summary: {event.get('UID')}")
    return f"{len(events)} events"


READERS: dict[str, Callable[[Path, list[str]], str]] = {
    "pdf": _read_pdf,
    "xlsx": _read_xlsx,
    "csv": _read_csv,
    "ics": _read_ics,
}


# --------------------------------------------------------------------------- the window


def use_offscreen_qt() -> None:
    """Draw offscreen unless the caller chose a Qt platform (``QT_QPA_PLATFORM=xcb``)."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # The offscreen platform warns about window features it cannot honour.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


def _open_main_window(location: str, visit_id: int, folder: Path) -> str:
    use_offscreen_qt()
    started = time.perf_counter()
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from studyvisit.ui.app import build_main_window

    def quiet_offscreen_notes(_mode, _context, message: str) -> None:
        # The offscreen platform says it cannot honour window hints: true and harmless.
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    previous_handler = qInstallMessageHandler(quiet_offscreen_notes)

    # Settings in the work folder: the self-test never changes the user's own.
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(
        location, visit_id, settings=settings, language="en", inline_tasks=True
    )
    try:
        window.show()
        QApplication.processEvents()
        shown = time.perf_counter() - started
        if not window.isVisible():
            raise StepFailed("the main window did not appear")
        if window.current_visit_id() != visit_id:
            raise StepFailed(f"the window shows visit {window.current_visit_id()}, not {visit_id}")
        # Every section, built as a coordinator opens it: the window imports
        # them by name, which a bundle misses unless it ships them.
        from studyvisit.ui.sections import SECTIONS

        for entry in SECTIONS:
            window.show_section(entry.name)
            QApplication.processEvents()
        platform_name = QApplication.platformName()
        title = window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        qInstallMessageHandler(previous_handler)
    return (
        f"{title!r} shown in {shown:.2f} s on the {platform_name!r} platform, "
        f"{len(SECTIONS)} sections opened, then closed"
    )


def _badge_preview() -> str:
    """The Documents section's preview: a badge drawn and rasterised (PDFium in the bundle)."""
    use_offscreen_qt()
    from PySide6.QtWidgets import QApplication

    from studyvisit.ui.document_preview import badge_preview, preview_method

    _application = QApplication.instance() or QApplication([])
    method = preview_method()
    if method is None:
        raise StepFailed("nothing here can turn a PDF into a picture (PDFium missing)")
    image = badge_preview(None, "ru")
    if image.isNull() or image.width() < 100:
        raise StepFailed(f"the preview image is empty ({image.width()}x{image.height()})")
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    if dark == 0:
        raise StepFailed("the preview image is blank")
    return f"{image.width()}x{image.height()} px through {method}"


def _load_translations() -> str:
    """Every interface language other than English: our catalogue and Qt's own load."""
    use_offscreen_qt()
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from studyvisit.resources import resource_path
    from studyvisit.ui.i18n import ENGLISH, SUPPORTED_LANGUAGES

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for language in SUPPORTED_LANGUAGES:
        if language == ENGLISH:
            continue
        ours = QTranslator()
        with resource_path("i18n", f"studyvisit_{language}.qm") as path:
            if not ours.load(str(path)) or ours.isEmpty():
                raise StepFailed(f"cannot load {path.name} from {path.parent}")
        qt_own = QTranslator()
        if not qt_own.load(f"qtbase_{language}", qt_folder):
            raise StepFailed(f"Qt's qtbase_{language}.qm is not in {qt_folder}")
        loaded.append(f"studyvisit_{language}.qm and Qt's qtbase_{language}.qm")
    return ", ".join(loaded) + " load"


# --------------------------------------------------------------------------- the command


def add_self_test_command(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``self-test`` to the CLI. It needs no user database: see ``needs_database``."""
    parser = commands.add_parser(
        "self-test",
        help="check that this installation works: demo visit, plan check, every document, window",
        description=(
            "In a temporary folder: create a database, add the demo visit, run the plan check, "
            "write every document in every file type and read it back, and open the main window "
            "offscreen (set QT_QPA_PLATFORM to use another Qt platform). Exit status 0 only when "
            "every step passed. Your own database and settings are not touched."
        ),
    )
    parser.add_argument(
        "--keep-files", type=Path, metavar="FOLDER", help="work in FOLDER and keep what was written"
    )
    parser.add_argument(
        "--visit-file",
        type=Path,
        metavar="FILE.json",
        help="use this visit file instead of the demo visit",
    )
    parser.add_argument("--no-window", action="store_true", help="leave out the main-window step")
    parser.set_defaults(handler=self_test_command, needs_database=False)
    return parser


def self_test_command(args: argparse.Namespace, _database: object = None) -> int:
    report = run_self_test(
        lambda line: print(line, flush=True),
        visit_file=args.visit_file,
        keep_files=args.keep_files,
        window=not args.no_window,
    )
    return report.exit_code
