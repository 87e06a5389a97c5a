"""Is the window responsive while long work runs? The GUI thread's longest pauses, measured.

Target (issue #6, point 4): no frame longer than 100 ms while a 10,000-row import or a
1,000-badge run goes on.

A main window on a temporary database shows the 2019 demo visit (every section built, the
Delegates section in front, as after a while of use). A heartbeat QTimer fires every
``--interval-ms`` (5 ms) on the GUI thread and records the time; a small widget in the
status bar is repainted on every beat and records its paints. A gap between two beats is a
pause of the event loop: no input handled, nothing painted. Scenarios:

- ``badges``: 1,000 badges (a second visit of 1,000 delegates) written by
  ``services.documents.generate`` through ``TaskRunner.run`` with progress and the runner's
  progress dialog, as the Documents section does it;
- ``import-check``: the wizard's dry run of a 10,000-row xlsx (``import_jobs.dry_run`` and the
  problem index) through ``TaskRunner.run``, progress shown in a progress bar;
- ``import-write``: the wizard's import of the same file (``import_jobs.import_rows``);
- ``reload``: what the window does once the import succeeded: ``editor.record`` (the
  difference of the snapshots the job took before and after it wrote) on the GUI thread, the window's
  reload (``load_visit``: the plan and the plan checker) on a worker for a visit this big,
  then every section's ``show_visit`` and the paint that follows on the GUI thread; the
  breakdown says which part costs what.

``--scroll`` also scrolls and repaints the Delegates table every 50 ms while workers run (the
coordinator looking around), which makes the GUI thread call the Python model's ``data()``.
``--without-task-settings`` turns off what ``studyvisit.ui.tasks`` does for responsiveness
(heap frozen, 1 ms switch interval, progress throttle while jobs run), for a comparison.

Each scenario window starts when the job is started and ends when its success callback
begins. Printed per scenario: longest gap, 99th percentile, gaps over 100 ms, beats, the
longest paint-to-paint interval of the repainted widget, the number of progress reports the
GUI thread received; the median of ``--repeat`` runs (each on a fresh database and window).

    xvfb-run -a /work/venv/bin/python benchmarks/bench_gui_responsiveness.py [--repeat 3]
    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_gui_responsiveness.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))  # measure the checkout
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget  # noqa: E402

from studyvisit.db import Database, open_database  # noqa: E402
from studyvisit.documents.registry import ExportOptions  # noqa: E402
from studyvisit.services import delegate_import, demo, visit_snapshot, visits  # noqa: E402
from studyvisit.services import documents as document_service  # noqa: E402
from studyvisit.services.delegate_import import OnDuplicate  # noqa: E402
from studyvisit.ui import import_jobs, tasks  # noqa: E402
from studyvisit.ui.app import build_main_window  # noqa: E402
from studyvisit.ui.import_problems import index_problems  # noqa: E402
from studyvisit.ui.main_window import MainWindow  # noqa: E402
from studyvisit.ui.sections import SECTIONS  # noqa: E402
from studyvisit.ui.tasks import Task, TaskContext  # noqa: E402

LONG_GAP_S = 0.100
HEADERS = [
    "First Name", "Last Name", "Email Address", "Affiliation", "Position", "Country",
    "Phone Number", "Passport No.", "Passport expiry", "Gender", "Arrival", "Departure",
]  # fmt: skip
GIVEN = ["Aliaksandr", "Siarhei", "Volha", "Maryia", "Jan", "Katarzyna", "Olena", "Ivan", "Anna"]
SURNAMES = ["Shcherbich", "Kowalski", "Ivanova", "Nowak", "Petrenko", "Smith", "Kavalenka"]
ORGANISATIONS = [
    "Ministry of Economy", "Brest Oblast Executive Committee", "University of Warsaw",
    "Chamber of Commerce", "Pinsk District Executive Committee", "ACME Ltd",
]  # fmt: skip
COUNTRIES = ["Belarus", "Poland", "PL", "BY", "Lithuania", "Ukraine"]


# ---------------------------------------------------------------------- input files


def make_list(path: Path, rows: int) -> None:
    """A registration list for the demo visit (2-4 July 2019), openpyxl write-only."""
    from openpyxl import Workbook

    rng = random.Random(6)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Registrants")
    sheet.append(HEADERS)
    for n in range(rows):
        sheet.append([
            rng.choice(GIVEN), f"{rng.choice(SURNAMES)}{n}", f"user{n}@example.org",
            rng.choice(ORGANISATIONS), "Specialist", rng.choice(COUNTRIES), 375291000000 + n,
            f"MP{n:07d}", dt.date(2030, 1, 1) + dt.timedelta(days=rng.randrange(2000)),
            rng.choice("MF"), dt.datetime(2019, 7, 1, rng.randrange(8, 23), rng.choice((0, 30))),
            dt.datetime(2019, 7, 4, 18, 30),
        ])  # fmt: skip
    book.save(path)


def badge_visit(database: Database, badge_list: Path) -> int:
    """A second visit whose delegates are the ``badge_list`` (1,000 people)."""
    with database.unit_of_work() as uow:
        visit_id = visits.create_visit(
            uow, "Conference: 1,000 badges", dt.date(2019, 7, 2), dt.date(2019, 7, 4)
        ).id
        delegate_import.import_file(uow, visit_id, badge_list)
        uow.commit()
    return visit_id


# ---------------------------------------------------------------------- measuring


class Beat(QWidget):
    """A small strip in the status bar, repainted on every heartbeat; records its paints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(60, 14)
        self.paints: list[float] = []
        self._phase = 0

    def advance(self) -> None:
        self._phase = (self._phase + 3) % self.width()
        self.update()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        self.paints.append(time.perf_counter())
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e5e7eb"))
        painter.fillRect(self._phase, 0, 6, self.height(), QColor("#2563eb"))
        painter.end()


@dataclass
class Window:
    """One scenario's recorded beats and paints."""

    beats: list[float]
    paints: list[float]
    full_collections: list[float]  # seconds each full garbage collection took
    progress_reports: int = 0

    @staticmethod
    def _gaps(times: list[float]) -> list[float]:
        return [b - a for a, b in zip(times, times[1:], strict=False)]

    def summary(self) -> dict[str, float]:
        gaps = self._gaps(self.beats) or [0.0]
        ordered = sorted(gaps)
        paint_gaps = self._gaps(self.paints) or [0.0]
        return {
            "seconds": self.beats[-1] - self.beats[0],
            "max_ms": ordered[-1] * 1000,
            "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
            "over_100": sum(1 for gap in gaps if gap > LONG_GAP_S),
            "beats": len(self.beats),
            "paint_max_ms": max(paint_gaps) * 1000,
            "progress": self.progress_reports,
            "full_gc": len(self.full_collections),
            "full_gc_max_ms": max(self.full_collections, default=0.0) * 1000,
        }


class Heartbeat(QObject):
    """A precise timer on the GUI thread; each beat records the time and repaints ``beat``."""

    def __init__(self, interval_ms: int, beat: Beat, on_beat: Callable[[int], None]) -> None:
        super().__init__()
        self.beats: list[float] = []
        self._beat = beat
        self._on_beat = on_beat
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._collections: list[float] = []
        self._collection_started = 0.0
        gc.callbacks.append(self._collected)

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        # Called on whichever thread collects, holding the GIL: the pause every thread sees.
        if info["generation"] != 2:
            return
        if phase == "start":
            self._collection_started = time.perf_counter()
        else:
            self._collections.append(time.perf_counter() - self._collection_started)

    def _tick(self) -> None:
        self.beats.append(time.perf_counter())
        self._beat.advance()
        self._on_beat(len(self.beats))

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self._beat.paints.clear()
        self._collections.clear()
        self._timer.start()

    def stop(self) -> Window:
        self._timer.stop()
        self.beats.append(time.perf_counter())
        return Window(list(self.beats), list(self._beat.paints), list(self._collections))


def _snapshot(database: Database, visit_id: int) -> Any:
    with database.unit_of_work() as uow:
        return visit_snapshot.take(uow, visit_id)


def settle(milliseconds: int) -> None:
    """Let the event loop run (layouts, paints, deferred deletes) for a while."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def run_job(
    window: MainWindow,
    heartbeat: Heartbeat,
    op: Callable[[TaskContext], Any],
    *,
    label: str = "",
    dialog: bool = False,
    bar: QProgressBar | None = None,
) -> tuple[Window, Any]:
    """Start ``op`` on the window's task runner; the beats until its success callback."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def succeeded(result: Any) -> None:
        outcome["window"] = heartbeat.stop()
        outcome["result"] = result

    def failed(error: BaseException) -> None:
        heartbeat.stop()
        outcome["error"] = error

    heartbeat.start()
    task: Task = window.tasks.run(
        op, succeeded, failed, label=label, parent=window if dialog else None
    )
    reports = [0]

    def progressed(done: int, total: int, _label: str) -> None:
        reports[0] += 1
        if bar is not None:
            bar.setRange(0, max(total, 0))
            bar.setValue(min(done, total) if total else 0)

    task.progressed.connect(progressed)
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()
    if "error" in outcome:
        raise RuntimeError(f"{label or 'the job'} failed") from outcome["error"]
    recorded: Window = outcome["window"]
    recorded.progress_reports = reports[0]
    return recorded, outcome["result"]


class Breakdown:
    """Wall time of named calls, by replacing attributes with timing wrappers for a while."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._restore: list[tuple[Any, str, Any, bool]] = []

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        had_own = attribute in getattr(owner, "__dict__", {})
        original = getattr(owner, attribute)
        seconds = self.seconds

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start

        setattr(owner, attribute, timed)
        self._restore.append((owner, attribute, original, had_own))

    def undo(self) -> None:
        for owner, attribute, original, had_own in reversed(self._restore):
            if had_own or isinstance(owner, type) or type(owner).__name__ == "module":
                setattr(owner, attribute, original)
            else:
                delattr(owner, attribute)
        self._restore.clear()


@contextmanager
def reload_breakdown(window: MainWindow) -> Iterator[Breakdown]:
    from studyvisit.services import visit_snapshot
    from studyvisit.ui import main_window, record_table, table_model, visit_data

    breakdown = Breakdown()
    breakdown.wrap(visit_snapshot, "take", "editor: visit_snapshot.take")
    breakdown.wrap(visit_snapshot, "difference", "editor: visit_snapshot.difference")
    breakdown.wrap(main_window, "load_visit", "load_visit (all)")
    breakdown.wrap(visits, "load_plan", "  load_visit: visits.load_plan")
    breakdown.wrap(visit_data, "check_problems", "  load_visit: plan checker")
    breakdown.wrap(visit_data.LoadedVisit, "__init__", "  load_visit: LoadedVisit lookups")
    for name, section in window.sections.items():
        breakdown.wrap(section, "show_visit", f"show_visit {name}")
    breakdown.wrap(record_table.RecordTable, "set_records", "  RecordTable.set_records (all)")
    breakdown.wrap(table_model.RecordTableModel, "set_records", "  model reset (all)")
    breakdown.wrap(record_table.RecordTable, "fit_columns", "  fit_columns (all)")
    try:
        yield breakdown
    finally:
        breakdown.undo()


# ---------------------------------------------------------------------- one run


@dataclass
class RunResult:
    scenarios: dict[str, dict[str, float]] = field(default_factory=dict)
    reload_parts: dict[str, float] = field(default_factory=dict)


def build_window(folder: Path, badge_list: Path) -> tuple[MainWindow, int]:
    database = open_database(str(folder / "visit.sqlite3"))
    with database.unit_of_work() as uow:
        demo_id = demo.create_demo_visit(uow)
        uow.commit()
    badges_id = badge_visit(database, badge_list)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(database, demo_id, settings=settings, language="en")
    window.resize(1280, 800)
    window.show()
    for entry in SECTIONS:  # every section built, as after a while of use: all are reloaded
        window.show_section(entry.name)
        settle(20)
    window.show_section("delegates")
    settle(300)
    return window, badges_id


def one_run(args: argparse.Namespace, folder: Path, rows_file: Path, badge_list: Path) -> RunResult:
    result = RunResult()
    window, badges_id = build_window(folder, badge_list)
    beat = Beat(window)
    window.statusBar().addPermanentWidget(beat)
    bar = QProgressBar(window)
    window.statusBar().addWidget(bar)
    table = window.section("delegates").tables()[0].view  # type: ignore[attr-defined]
    scrolling = {"on": False}

    def on_beat(count: int) -> None:
        if scrolling["on"] and count % max(1, 50 // args.interval_ms) == 0:
            scrollbar = table.verticalScrollBar()
            scrollbar.setValue((scrollbar.value() + 1) % (scrollbar.maximum() + 1))
            table.viewport().update()  # repainted even when there is nothing to scroll

    heartbeat = Heartbeat(args.interval_ms, beat, on_beat)
    settle(200)
    database = window.database
    scrolling["on"] = args.scroll

    # (b) 1,000 badges, as the Documents section writes them (progress dialog after 0.5 s).
    out = folder / "badges.pdf"

    def write_badges(task: TaskContext) -> Path:
        return document_service.generate(
            database,
            badges_id,
            "badges",
            out,
            ExportOptions(language="en"),
            progress=task.progress,
            cancel=lambda: task.cancelled,
        )

    recorded, _path = run_job(window, heartbeat, write_badges, label="Badges", dialog=True)
    result.scenarios["badges"] = recorded.summary()
    settle(200)

    # (a) the wizard's dry run and import of 10,000 rows.
    visit_id = window.current_visit_id()
    assert visit_id is not None

    def check(task: TaskContext) -> Any:
        dry = import_jobs.dry_run(task, database, visit_id, rows_file, None, {})
        assert dry.result is not None and dry.report is not None, dry.refusal
        return dry, index_problems(dry.result, dry.report)

    recorded, (dry, _problems) = run_job(window, heartbeat, check, bar=bar)
    result.scenarios["import-check"] = recorded.summary()
    settle(100)

    def write(task: TaskContext) -> Any:
        # As the wizard does it: the snapshots for Undo are taken on the worker.
        before = _snapshot(database, visit_id)
        report = import_jobs.import_rows(task, database, visit_id, dry.result, OnDuplicate.UPDATE)
        return report, index_problems(dry.result, report), before, _snapshot(database, visit_id)

    recorded, (report, _problems, before, after) = run_job(window, heartbeat, write, bar=bar)
    assert report.imported == args.rows, report.problems[:3]
    result.scenarios["import-write"] = recorded.summary()
    scrolling["on"] = False
    settle(100)

    # (c) the reload after the import, on the GUI thread, and the paint that follows.
    heartbeat.start()
    with reload_breakdown(window) as breakdown:
        started = time.perf_counter()
        window.editor.record("Import delegates", before, after)
        breakdown.seconds["record, until the GUI thread is free again"] = (
            time.perf_counter() - started
        )
        # A big visit is read again on a worker (main_window.BACKGROUND_RELOAD_FROM).
        while window.visit is None or len(window.visit.plan.delegates) < args.rows:
            settle(20)
        breakdown.seconds["until the imported delegates are shown"] = (
            time.perf_counter() - started
        )
    settle(300)
    recorded = heartbeat.stop()
    result.scenarios["reload"] = recorded.summary()
    result.reload_parts = dict(breakdown.seconds)
    assert window.visit is not None and len(window.visit.plan.delegates) >= args.rows

    window.close()
    window.deleteLater()
    settle(50)
    return result


# ---------------------------------------------------------------------- report


def median_of(results: list[RunResult]) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    scenarios: dict[str, dict[str, float]] = {}
    for name in results[0].scenarios:
        scenarios[name] = {
            key: statistics.median(run.scenarios[name][key] for run in results)
            for key in results[0].scenarios[name]
        }
    parts = {
        key: statistics.median(run.reload_parts.get(key, 0.0) for run in results)
        for key in results[0].reload_parts
    }
    return scenarios, parts


def print_report(args: argparse.Namespace, results: list[RunResult]) -> None:
    scenarios, parts = median_of(results)
    platform = QApplication.platformName()
    print(
        f"\nGUI responsiveness: {args.rows:,}-row import, {args.badges:,} badges; "
        f"platform {platform}, heartbeat {args.interval_ms} ms, "
        f"switch interval {sys.getswitchinterval() * 1000:g} ms "
        f"({tasks.JOB_SWITCH_INTERVAL_S * 1000:g} ms while jobs run), "
        f"heap frozen while jobs run {tasks.FREEZE_HEAP_WHILE_RUNNING}, "
        f"progress throttle {tasks.PROGRESS_PER_SECOND}/s, scroll {args.scroll}, "
        f"median of {len(results)} run(s)\n"
    )
    print("| scenario | seconds | max gap ms | p99 ms | gaps > 100 ms | beats | "
          "max paint interval ms | progress reports | full GCs (longest ms) |")  # fmt: skip
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, figures in scenarios.items():
        print(
            f"| {name} | {figures['seconds']:.2f} | {figures['max_ms']:.0f} | "
            f"{figures['p99_ms']:.0f} | {figures['over_100']:.0f} | {figures['beats']:.0f} | "
            f"{figures['paint_max_ms']:.0f} | {figures['progress']:.0f} | "
            f"{figures['full_gc']:.0f} ({figures['full_gc_max_ms']:.0f}) |"
        )
    print("\nThe reload after the import (GUI thread), ms:\n")
    print("| part | ms |")
    print("| --- | ---: |")
    for name, seconds in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds * 1000:.0f} |")
    for number, run in enumerate(results, start=1):
        maxima = ", ".join(f"{name} {fig['max_ms']:.0f}" for name, fig in run.scenarios.items())
        print(f"\nrun {number}: max gap ms: {maxima}", end="")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--badges", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--interval-ms", type=int, default=5)
    parser.add_argument("--scroll", action="store_true", help="scroll the table while jobs run")
    parser.add_argument("--switch-interval-ms", type=float, help="sys.setswitchinterval")
    parser.add_argument(
        "--without-task-settings",
        action="store_true",
        help="the task runner as before: no heap freeze, no switch interval, no throttle",
    )
    args = parser.parse_args()
    if args.without_task_settings:
        tasks.FREEZE_HEAP_WHILE_RUNNING = False
        tasks.JOB_SWITCH_INTERVAL_S = 0
        tasks.PROGRESS_PER_SECOND = 0
    if args.switch_interval_ms:
        sys.setswitchinterval(args.switch_interval_ms / 1000)
    from studyvisit.ui.app import create_application

    create_application()  # importing studyvisit.ui applied the PySide6 work-arounds
    with tempfile.TemporaryDirectory(prefix="bench-responsive-") as temporary:
        files = Path(temporary)
        rows_file, badge_list = files / "delegates.xlsx", files / "badges.xlsx"
        make_list(rows_file, args.rows)
        make_list(badge_list, args.badges)
        results = []
        for number in range(args.repeat):
            folder = files / f"run{number}"
            folder.mkdir()
            results.append(one_run(args, folder, rows_file, badge_list))
            print(f"run {number + 1} done", file=sys.stderr, flush=True)
    print_report(args, results)


if __name__ == "__main__":
    main()
