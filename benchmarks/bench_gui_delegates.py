"""The Delegates view on a visit of 100,000 delegates: opening it, searching, sorting.

Targets (issue #6): the view opens in under 1 s; the search box filters across
all columns in under 100 ms per keystroke.

The visit is written with Core inserts (seconds, not minutes): delegates with
Cyrillic and Latin names, organisations, countries, categories, e-mails,
passports and arrival times, spread over 20 groups.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_gui_delegates.py \
        [--delegates 100000] [--db /tmp/bench-delegates.sqlite3]

Figures printed:
- build: writing the visit (not a target, for orientation);
- load_visit: the window's read of the visit (plan, plan checker, the Delegates
  table's rows), on a worker thread in the window: the first time, and again;
- section: DelegatesSection.show_visit, on the GUI thread (rows to the model,
  sorted, count), then its first painted rows;
- shown: from load_visit's start to the view's first painted rows;
- each keystroke of a search ("s", "si", "sia", ...) until its first rows are
  painted, then how long the rest of the rows take to be tested (slices of
  table_model.SEARCH_SLICE between events), and its clearing;
- sorting by a column (Organisation, then Passport expiry) and back;
- the reload after an edit, split: its worker part (load_visit) and its GUI part
  (show_visit and the first paint);
- the time the cyclic garbage collector took in all of this (with the interpreter
  lock held: it stalls the window whichever thread it runs on).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from studyvisit.db import open_database  # noqa: E402
from studyvisit.domain.models import Delegate, Group, Visit, delegate_groups  # noqa: E402
from studyvisit.services import visits  # noqa: E402
from studyvisit.services.transliteration import latin_name  # noqa: E402
from studyvisit.ui.i18n import current_language  # noqa: E402
from studyvisit.ui.pyside_workarounds import keep_singletons_alive  # noqa: E402
from studyvisit.ui.visit_data import (  # noqa: E402
    LoadedVisit,
    build_delegate_rows,
    check_problems,
    load_visit,
)

SURNAMES = ["Іваноў", "Пятровіч", "Сідарэнка", "Коваль", "Мельнік", "Шевченко", "Kowalski"]
GIVEN = ["Аляксандр", "Сяргей", "Вольга", "Наталля", "Юрый", "Ганна", "Siarhei", "Anna"]
ORGANISATIONS = [
    "Ministry of Economy",
    "Hrodna Regional Executive Committee",
    "Brest City Council",
    "Belarusian State University",
    "Chamber of Commerce",
    "Agency for Regional Development",
    "Minsk Technopark",
]
POSITIONS = ["Director", "Head of Unit", "Chief Specialist", "Adviser", "Professor", "Manager"]
COUNTRIES = ["BY", "BY", "BY", "UA", "MD", "GE", "PL"]
CATEGORIES = ["national_admin", "regional_admin", "local_admin", "expert", "business", None]
GROUPS = 20
SYLLABLES = ["ka", "ro", "vi", "na", "lu", "sha", "mi", "do", "re", "zu", "po", "li", "ta",
             "ne", "bo", "gi", "ku", "sa", "te", "chy"]  # fmt: skip


def name_suffix(n: int) -> str:
    """Letters, not digits, that make 8,000 distinct names from one surname."""
    return "".join(SYLLABLES[(n // 20**i) % 20] for i in range(3))


def build_visit(database, count: int) -> int:
    """A visit of ``count`` delegates, written with Core inserts in one transaction."""
    rng = random.Random(6)
    start = dt.date(2025, 9, 1)
    with database.unit_of_work() as uow:
        session = uow.session
        visit = Visit(
            name=f"Benchmark: {count:,} delegates",
            start_date=start,
            end_date=start + dt.timedelta(days=4),
        )
        session.add(visit)
        session.flush()
        visit_id = visit.id
        session.execute(
            insert(Group),
            [
                {"visit_id": visit_id, "key": f"g{n}", "name": f"Group {n + 1}"}
                for n in range(GROUPS)
            ],
        )
        latin_cache: dict[tuple[str, str, str], tuple[str | None, str | None]] = {}
        rows = []
        for n in range(count):
            surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
            country = rng.choice(COUNTRIES)
            cache_key = (surname, given, country)
            if cache_key not in latin_cache:
                latin_cache[cache_key] = latin_name(surname, given, None, country=country)
            surname_latin, given_latin = latin_cache[cache_key]
            transliterated = surname_latin is not None
            rows.append(
                {
                    "visit_id": visit_id,
                    "key": f"d{n}",
                    "surname": surname,
                    "given_names": given,
                    "surname_latin": (surname_latin or surname) + name_suffix(n),
                    "given_names_latin": given_latin or given,
                    "latin_source": "transliterated" if transliterated else "source",
                    "organisation": rng.choice(ORGANISATIONS),
                    "position": rng.choice(POSITIONS),
                    "country": country,
                    "category": rng.choice(CATEGORIES),
                    "email": f"person{n}@example.org",
                    "phone": f"+375 29 {n:07d}",
                    "passport_number": f"MP{n:07d}",
                    "passport_expiry": dt.date(2026, 1, 1) + dt.timedelta(days=n % 3000),
                    "arrival": dt.datetime.combine(start, dt.time(8 + n % 12)),
                    "departure": dt.datetime.combine(start + dt.timedelta(days=4), dt.time(18)),
                }
            )
        session.execute(insert(Delegate), rows)
        group_ids = list(session.scalars(select(Group.id).where(Group.visit_id == visit_id)))
        delegate_ids = session.scalars(select(Delegate.id).where(Delegate.visit_id == visit_id))
        session.execute(
            insert(delegate_groups),
            [
                {"delegate_id": delegate_id, "group_id": group_ids[i % GROUPS]}
                for i, delegate_id in enumerate(delegate_ids)
            ],
        )
        uow.commit()
    return visit_id


class CollectorClock:
    """Adds up the time the cyclic garbage collector runs (gc.callbacks)."""

    def __init__(self) -> None:
        self.total = 0.0
        self._started = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.total += time.perf_counter() - self._started


def timed(label: str, action, figures: list[tuple[str, float]]):
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    figures.append((label, elapsed))
    print(f"{label:<46} {elapsed * 1000:9.1f} ms", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=100_000)
    parser.add_argument("--db", help="an SQLite file to (re)use; default: a temporary file")
    parser.add_argument("--search", default="siarhei", help="typed one letter at a time")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    keep_singletons_alive()
    from studyvisit.ui.context import WindowContext
    from studyvisit.ui.editing import VisitEditor
    from studyvisit.ui.preferences import Preferences
    from studyvisit.ui.sections.delegates import DelegatesSection
    from studyvisit.ui.tasks import TaskRunner

    figures: list[tuple[str, float]] = []
    collector = CollectorClock()
    folder = tempfile.mkdtemp(prefix="bench-delegates-")
    path = Path(args.db) if args.db else Path(folder) / "bench.sqlite3"
    database = open_database(str(path))
    with database.unit_of_work() as uow:
        existing = [v for v in visits.list_visits(uow) if v.name.startswith("Benchmark:")]
    found = next((v for v in existing if f"{args.delegates:,}" in v.name), None)
    if found is None:
        visit_id = timed(
            f"build ({args.delegates:,} delegates, Core insert)",
            lambda: build_visit(database, args.delegates),
            figures,
        )
    else:
        visit_id = found.id
        print(f"reusing visit {visit_id} in {path}")

    # The window's reload, split into its two parts.
    def load_plan_only():
        with database.unit_of_work() as uow:
            return visits.load_plan(uow, visit_id)

    plan = timed("load_plan (database → records)", load_plan_only, figures)
    check = timed(
        "check_problems (plan checker)", lambda: check_problems(plan, current_language()), figures
    )
    timed("LoadedVisit lookups (rows not built)", lambda: LoadedVisit(plan, check), figures)
    plan = check = None  # not kept: the window holds one visit

    from PySide6.QtCore import QSettings

    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    editor = VisitEditor(lambda: database)
    context = WindowContext(
        database=lambda: database,
        editor=editor,
        tasks=TaskRunner(inline=True),
        preferences=Preferences(settings),
        import_delegates=lambda _path: None,
    )
    section = DelegatesSection()
    section.attach(context)
    section.resize(1280, 800)
    section.show()
    app.processEvents()

    started = time.perf_counter()
    loaded = timed(
        "load_visit (plan + checker)",
        lambda: load_visit(database, visit_id, current_language()),
        figures,
    )
    editor.set_visit(visit_id)
    timed(
        "section.show_visit (the section's own cost)", lambda: section.show_visit(loaded), figures
    )
    timed("first paint (rows painted)", lambda: section.table.view.viewport().repaint(), figures)
    app.processEvents()
    shown = time.perf_counter() - started
    figures.append(("shown: load_visit → rows painted", shown))
    print(f"{'shown: load_visit → rows painted':<46} {shown * 1000:9.1f} ms")
    print(f"rows shown: {section.table.model.rowCount():,}")

    model = section.table.model
    steps, slowest = 0, 0.0
    started_keys = time.perf_counter()
    while True:  # what the table does in idle time after showing, slice by slice
        step_started = time.perf_counter()
        done = model.prepare_search_step(4000)
        slowest = max(slowest, time.perf_counter() - step_started)
        steps += 1
        if done:
            break
    keys_time = time.perf_counter() - started_keys
    figures.append(("search keys, in idle time", keys_time))
    print(f"{'search keys, in idle time (total)':<46} {keys_time * 1000:9.1f} ms")
    print(f"    {steps} steps, the longest {slowest * 1000:.1f} ms")

    search = section.table.search
    for end in range(1, len(args.search) + 1):
        typed = args.search[:end]

        def keystroke(typed=typed):
            search.setText(typed)
            section.table.view.viewport().repaint()

        timed(f"search {typed!r}", keystroke, figures)
        shown_first = section.table.model.rowCount()
        started = time.perf_counter()
        while model.searching:  # the rest is tested a slice per pass of the event loop
            app.processEvents()
        rest = time.perf_counter() - started
        figures.append((f"search {typed!r}: the rest, in slices", rest))
        print(
            f"    {shown_first:,} rows shown at once; all {model.rowCount():,} matches"
            f" {rest * 1000:.0f} ms later"
        )
    timed(
        "search cleared",
        lambda: (search.setText(""), section.table.view.viewport().repaint()),
        figures,
    )
    timed(
        "search 'ministry hrodna' (two words)", lambda: search.setText("ministry hrodna"), figures
    )
    print(f"    {section.table.model.rowCount():,} rows match")
    search.setText("")

    view = section.table.view
    for column in ("organisation", "passport_expiry", "latin_name"):
        position = model.column_index(column)
        timed(
            f"sort by {column}",
            lambda p=position: (
                view.sortByColumn(p, Qt.SortOrder.AscendingOrder),
                view.viewport().repaint(),
            ),
            figures,
        )
    timed(
        "sort by organisation, descending",
        lambda: view.sortByColumn(model.column_index("organisation"), Qt.SortOrder.DescendingOrder),
        figures,
    )

    # After an edit the window reads the visit again on a worker (the one shown stays
    # meanwhile), then shows it.
    started = time.perf_counter()
    again = timed(
        "reload after an edit: worker (load_visit)",
        lambda: load_visit(database, visit_id, current_language()),
        figures,
    )
    timed(
        "reload after an edit: GUI (show_visit + paint)",
        lambda: (section.show_visit(again), section.table.view.viewport().repaint()),
        figures,
    )
    reload_total = time.perf_counter() - started
    figures.append(("reload after an edit: total", reload_total))
    print(f"{'reload after an edit: total':<46} {reload_total * 1000:9.1f} ms")
    timed(
        "delegate rows alone (known names)",
        lambda: build_delegate_rows(again.plan, current_language()),
        figures,
    )
    print(f"{'garbage collector, all of the above':<46} {collector.total * 1000:9.1f} ms")
    section.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
