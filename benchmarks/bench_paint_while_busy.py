"""How long a table takes to repaint while a worker thread runs Python code.

Painting a view over a Python model calls into Python for every visible cell.
Painted from the event loop, each call takes the interpreter lock anew; with a
worker running Python code each take waits for the lock to be handed over
(``sys.getswitchinterval``; ``ui.tasks`` sets 1 ms while jobs run). The views
of ``studyvisit.ui.views`` paint in a ``paintEvent`` written in Python, which
holds the lock throughout.

The demo visit's Delegates section is shown; its table's viewport is repainted
from the event loop (``update()`` then ``processEvents()``), first with the
worker idle, then with a worker thread counting in Python; the same with a
plain QTableView showing the same model, for comparison.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_paint_while_busy.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from studyvisit.db import open_database  # noqa: E402
from studyvisit.services import demo  # noqa: E402
from studyvisit.ui.app import build_main_window  # noqa: E402


def repaint_times(app: QApplication, view: QTableView, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        view.viewport().update()
        started = time.perf_counter()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--switch-interval-ms", type=float, default=1.0)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="bench-paint-"))
    database = open_database(str(folder / "visit.sqlite3"))
    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(database, visit_id, settings=settings, language="en")
    window.resize(1280, 800)
    window.show()
    section = window.show_section("delegates")
    for _ in range(20):
        app.processEvents()
    plain = QTableView()
    plain.setModel(section.table.model)
    plain.resize(1100, 700)
    plain.show()
    for _ in range(20):
        app.processEvents()

    sys.setswitchinterval(args.switch_interval_ms / 1000)
    busy = threading.Event()

    def count() -> None:
        n = 0
        while busy.is_set():
            n += 1

    print(f"switch interval {args.switch_interval_ms} ms, median (min) of {args.runs} repaints")
    for label, view in (("studyvisit TableView", section.table.view), ("plain QTableView", plain)):
        idle = repaint_times(app, view, args.runs)
        busy.set()
        worker = threading.Thread(target=count)
        worker.start()
        loaded = repaint_times(app, view, args.runs)
        busy.clear()
        worker.join()
        print(
            f"{label:<22} worker idle {statistics.median(idle):6.1f} ms ({min(idle):.1f})"
            f"   worker busy {statistics.median(loaded):6.1f} ms ({min(loaded):.1f})"
        )
    plain.close()
    window.close()


if __name__ == "__main__":
    main()
