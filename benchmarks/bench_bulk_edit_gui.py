"""A bulk edit of 10,000 delegates from the Delegates section: does the window keep breathing?

A visit of --delegates (bench_gui_delegates.build_visit) is opened in a main window;
all delegates matching a search are selected and given a category through
``DelegatesSection.set_category_of_selected``, which runs on a worker from
sections.base.BACKGROUND_EDIT_FROM rows. A heartbeat on the GUI thread (5 ms)
records the longest pause from the click until the section shows the change;
then Edit → Undo is timed the same way (from editing.BACKGROUND_REPLAY_FROM rows
it is written on a worker).

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_bulk_edit_gui.py \
        [--delegates 100000] [--selected 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("STUDYVISIT_CHECK_UNDO_SCOPES", None)
sys.path.insert(0, str(Path(__file__).parent))

from bench_gui_delegates import build_visit  # noqa: E402
from bench_gui_responsiveness import Beat, Heartbeat, settle  # noqa: E402
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studyvisit.db import open_database  # noqa: E402
from studyvisit.ui.app import build_main_window  # noqa: E402


def watched(action: Callable[[], object], until: Callable[[], bool]) -> tuple[float, float, float]:
    """Run ``action`` with a 5 ms heartbeat on the GUI thread until ``until()`` holds: the
    seconds until it returned, until ``until()`` held, and the longest gap between beats."""
    heartbeat = Heartbeat(5, Beat(), lambda _n: None)
    heartbeat.start()
    started = time.perf_counter()
    action()
    returned = time.perf_counter() - started
    while not until():
        settle(50)
    shown = time.perf_counter() - started
    beats = heartbeat.stop().beats
    return returned, shown, max(b - a for a, b in zip(beats, beats[1:], strict=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=100_000)
    parser.add_argument("--selected", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841
    folder = Path(tempfile.mkdtemp(prefix="bench-bulk-"))
    database = open_database(str(folder / "visit.sqlite3"))
    visit_id = build_visit(database, args.delegates)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(database, visit_id, settings=settings, language="en")
    window.resize(1280, 800)
    window.show()
    section = window.show_section("delegates")
    while window.visit is None or len(window.visit.plan.delegates) != args.delegates:
        settle(100)
    settle(500)

    view = section.table.view
    model = view.model()
    chosen = QItemSelection(model.index(0, 0), model.index(args.selected - 1, 0))
    view.selectionModel().select(
        chosen,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    started = time.perf_counter()
    assert len(section._selected()) == args.selected
    print(
        f"reading a selection of {args.selected:,} rows: {(time.perf_counter() - started) * 1000:.0f} ms"
    )

    before = {d.key: d.category for d in window.visit.plan.delegates}
    chosen_keys = {record.key for record in section._selected()}

    def changed() -> bool:
        return window.editor.undo_stack.count() == 1 and all(
            d.category == "business" for d in window.visit.plan.delegates if d.key in chosen_keys
        )

    returned, shown, longest = watched(
        lambda: section.set_category_of_selected("business"), until=changed
    )
    print(f"click returned after {returned * 1000:.0f} ms; change shown after {shown:.1f} s")
    print(f"longest GUI pause meanwhile: {longest * 1000:.0f} ms")
    settle(300)

    def undone() -> bool:
        return not window.editor.replaying and all(
            d.category == before[d.key] for d in window.visit.plan.delegates
        )

    # From editing.BACKGROUND_REPLAY_FROM rows the undo is written on a worker.
    returned, shown, longest = watched(window.editor.undo_stack.undo, until=undone)
    print(f"undo returned after {returned * 1000:.0f} ms; undone and shown after {shown:.1f} s")
    print(f"longest GUI pause meanwhile: {longest * 1000:.0f} ms")
    window.close()
    database.close()


if __name__ == "__main__":
    main()
