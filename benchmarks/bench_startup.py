"""Start-up: process start to the first painted window, studyvisit against a bare PySide6 window.

Both are measured in the same run, alternating, on the same display: under
Xvfb when it is installed (a real X server, as a user's desktop), else on
Qt's offscreen platform. Each child prints the wall-clock time of its first
paint (``STUDYVISIT_EXIT_AFTER_PAINT=1`` for studyvisit, see ui/app.py) and
quits; the time counts from just before the process is spawned, so Python's
own start-up and every import are included.

studyvisit opens an existing demo database (written once before the runs, as
``studyvisit --demo`` would), with settings in a temporary folder.

    /work/venv/bin/python benchmarks/bench_startup.py [--runs 5] [--platform xvfb|offscreen]

Target (issue 6): under 1.5 s, and at most 0.6 s above the bare window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BARE_WINDOW = """
import time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Reporter(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"first-paint {time.time():.6f}", flush=True)
        QCoreApplication.quit()

app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
reporter = Reporter(window)
window.installEventFilter(reporter)
window.show()
app.exec()
"""

REPOSITORY = Path(__file__).resolve().parent.parent
TARGET_TOTAL = 1.5
TARGET_ABOVE_BARE = 0.6


@contextmanager
def display(platform: str) -> Iterator[dict[str, str]]:
    """Environment variables for the children: an Xvfb display, or the offscreen platform."""
    if platform == "offscreen":
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    number = 90 + os.getpid() % 50
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


SHOWN_TIMES: list[float] = []  # studyvisit: process start → the visit's data on screen


def time_to_paint(command: list[str], environment: dict[str, str]) -> float:
    """Seconds from just before spawning ``command`` to its reported first paint.

    studyvisit also reports ``visit-shown``, when the database is open and the
    visit is on screen (the window paints first, then opens the database);
    that time goes to SHOWN_TIMES.
    """
    started = time.time()
    result = subprocess.run(
        command, env=environment, capture_output=True, text=True, timeout=60, check=False
    )
    times = {
        line.split()[0]: float(line.split()[1]) - started
        for line in result.stdout.splitlines()
        if line.startswith(("first-paint ", "visit-shown "))
    }
    if "visit-shown" in times:
        SHOWN_TIMES.append(times["visit-shown"])
    if "first-paint" in times:
        return times["first-paint"]
    raise SystemExit(
        f"{command!r} reported no paint (exit {result.returncode}):\n{result.stderr[-2000:]}"
    )


def write_demo_database(path: Path) -> None:
    from studyvisit.db import open_database
    from studyvisit.services import demo

    database = open_database(path)
    try:
        with database.unit_of_work() as uow:
            demo.create_demo_visit(uow)
            uow.commit()
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--platform",
        choices=("xvfb", "offscreen"),
        default="xvfb" if shutil.which("Xvfb") else "offscreen",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="studyvisit-startup-") as folder_name:
        folder = Path(folder_name)
        database_path = folder / "demo.sqlite3"
        write_demo_database(database_path)
        base = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "DISPLAY", "WAYLAND"))
            and key != "PYTHONDONTWRITEBYTECODE"
        }
        base.update(
            {
                "XDG_CONFIG_HOME": str(folder / "config"),  # QSettings of the run, not the user's
                "XDG_DATA_HOME": str(folder / "data"),
                # Compiled bytecode as an installed program has it, kept out of the source tree.
                "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
                "STUDYVISIT_EXIT_AFTER_PAINT": "1",
                "PYTHONPATH": str(REPOSITORY),  # this checkout, whatever is installed
                "LANG": "en_GB.UTF-8",
            }
        )
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        studyvisit_command = [sys.executable, "-m", "studyvisit", "--db", str(database_path)]
        with display(args.platform) as screen:
            environment = {**base, **screen}
            # One untimed run each: the first start compiles bytecode and reads files cold.
            time_to_paint(bare_command, environment)
            time_to_paint(studyvisit_command, environment)
            bare, studyvisit = [], []
            SHOWN_TIMES.clear()
            for _ in range(args.runs):
                bare.append(time_to_paint(bare_command, environment))
                studyvisit.append(time_to_paint(studyvisit_command, environment))

    bare_median, studyvisit_median = statistics.median(bare), statistics.median(studyvisit)
    above = studyvisit_median - bare_median
    print(f"platform: {args.platform}, {args.runs} runs each, alternating")
    print(f"bare PySide6 window: median {bare_median:.3f} s  ({_runs(bare)})")
    print(f"studyvisit on demo:  median {studyvisit_median:.3f} s  ({_runs(studyvisit)})")
    print(
        f"studyvisit, visit on screen: median {statistics.median(SHOWN_TIMES):.3f} s  "
        f"({_runs(SHOWN_TIMES)})"
    )
    print(
        f"above the bare window: {above:.3f} s "
        f"(targets: total < {TARGET_TOTAL} s: {'met' if studyvisit_median < TARGET_TOTAL else 'MISSED'}, "
        f"≤ {TARGET_ABOVE_BARE} s above bare: {'met' if above <= TARGET_ABOVE_BARE else 'MISSED'})"
    )


def _runs(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


if __name__ == "__main__":
    main()
