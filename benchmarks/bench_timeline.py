"""How long the Itinerary timeline takes to redraw on a big visit.

The plan is the plan checker's reference visit (benchmarks/bench_plan_checker.py):
10 days, 400 agenda items, 1,500 transport runs, 2,000 delegates in 40 groups
(44 lanes a day). It is loaded into a LoadedVisit (plan + the checker's problems)
outside the timings, as the main window does before it calls ``show_visit``.

Targets (issue #4): the timeline's update after one item moves under 50 ms; a full
build (visit switch) under 150 ms.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_timeline.py [--repeat 5]

Figures printed (median and fastest of ``--repeat`` runs, in ms), each for the
timeline view alone (``TimelineView.show_visit``) and for the whole Itinerary
section (timeline and table):
- build: the visit shown on an empty timeline (switching visits);
- move one item: the same visit reloaded with one item 30 minutes later;
- reload unchanged: the same visit reloaded (new, equal records);
- paint: the paint that follows each, where the view is scrolled to (for the section:
  the whole section, its table too).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_plan_checker import synthesise  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studyvisit.records import VisitPlan  # noqa: E402
from studyvisit.ui.pyside_workarounds import keep_singletons_alive  # noqa: E402
from studyvisit.ui.visit_data import LoadedVisit, check_problems  # noqa: E402

MOVED_KEY = "visit-4-10"  # a group's site visit in the middle of the visit


def loaded(plan: VisitPlan) -> LoadedVisit:
    return LoadedVisit(plan, check_problems(plan, "en"))


def with_item_moved(plan: VisitPlan, key: str, minutes: int) -> VisitPlan:
    shift = dt.timedelta(minutes=minutes)
    agenda = tuple(
        dataclasses.replace(item, start=item.start + shift, end=item.end + shift)
        if item.key == key
        else item
        for item in plan.agenda
    )
    return dataclasses.replace(plan, agenda=agenda)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def report(name: str, timings: list[float]) -> None:
    print(f"  {name:<34} {statistics.median(timings):>8.1f} {min(timings):>8.1f}")


def measure(label: str, show: Callable[[LoadedVisit | None], object], paint, visits, repeat: int):
    """Time ``show`` for a build, a one-item move and an unchanged reload (and the paints)."""
    big, moved, same = visits
    figures: dict[str, list[float]] = {
        key: [] for key in ("build", "build paint", "move", "move paint", "reload", "reload paint")
    }
    for _ in range(repeat):
        show(None)
        QApplication.processEvents()
        figures["build"].append(timed(lambda: show(big)))
        figures["build paint"].append(timed(paint))
        QApplication.processEvents()
        figures["move"].append(timed(lambda: show(moved)))
        figures["move paint"].append(timed(paint))
        QApplication.processEvents()
        figures["reload"].append(timed(lambda: show(same)))
        figures["reload paint"].append(timed(paint))
        QApplication.processEvents()
    print(f"{label}  (median ms, fastest ms)")
    for name, timings in figures.items():
        report(name, timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement")
    parser.add_argument("--width", type=int, default=1280, help="the window's width")
    parser.add_argument("--height", type=int, default=800, help="the window's height")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    keep_singletons_alive()
    from studyvisit.ui.sections.itinerary import ItinerarySection
    from studyvisit.ui.timeline.view import TimelineView

    started = time.perf_counter()
    plan = synthesise(1.0)
    big = loaded(plan)
    moved = loaded(with_item_moved(plan, MOVED_KEY, 30))
    same = loaded(synthesise(1.0))  # equal records, new objects: what a reload returns
    print(
        f"plan: {len(plan.visit.days)} days, {len(plan.agenda)} items, "
        f"{len(plan.transport)} runs, {len(plan.delegates)} delegates, "
        f"{len(big.check.problems)} problems (made and checked in "
        f"{time.perf_counter() - started:.1f} s)"
    )

    view = TimelineView()
    view.resize(args.width, args.height)
    view.show()
    app.processEvents()
    view.show_visit(big)  # warm up: fonts, icons, the first layout
    block = view.timeline.blocks[MOVED_KEY]
    view.show_block(block)  # scrolled to where the edit happens
    app.processEvents()
    scene_rect = view.timeline.sceneRect()
    print(
        f"scene {scene_rect.width():.0f} x {scene_rect.height():.0f} px, view {args.width} x {args.height}"
    )
    measure(
        "timeline view",
        view.show_visit,
        lambda: view.viewport().repaint(),
        (big, moved, same),
        args.repeat,
    )
    print(f"  graphics items after a build: {len(view.timeline.items())}")
    view.close()

    section = ItinerarySection()
    section.resize(args.width + 500, args.height)
    section.show()
    app.processEvents()
    section.show_visit(big)
    section.timeline.show_block(section.timeline.timeline.blocks[MOVED_KEY])
    app.processEvents()
    measure(
        "itinerary section (timeline + table)",
        section.show_visit,
        section.repaint,
        (big, moved, same),
        args.repeat,
    )
    section.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
