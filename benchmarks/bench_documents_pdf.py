"""How long each PDF document takes for the demo visit (the goal: under 1 s each).

Renders the agenda (visit and one delegate), attendance sheets (per day and per
item), participant summary, transport list, invitation letters and badges (every
shipped layout, and A6 with its back side), in each language, and prints the
median and the worst wall time of several runs and the median CPU time (the
fairer figure on a busy machine). The first document of a process also pays
for reading the shipped fonts; that cost is measured and printed on its own.

The demo visit comes from ``resources/demo/podlasie-2019.json`` (loaded through
a temporary database, as the CLI would); until that file exists, from the
demo-like plan the document tests build. ``--crowded`` adds a visit of 60
delegates with very long names.

    /work/venv/bin/python benchmarks/bench_documents_pdf.py [--repeat 5] [--crowded]
"""

from __future__ import annotations

import argparse
import importlib
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from studyvisit.documents import fonts
from studyvisit.documents.badge_layout import available_layouts
from studyvisit.documents.registry import EXPORTERS, ExportOptions
from studyvisit.records import VisitPlan
from studyvisit.resources import resource

TESTS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "documents"
MODULES = (
    "agenda_pdf",
    "attendance_pdf",
    "participants_pdf",
    "transport_pdf",
    "letters_pdf",
    "badges",
)
PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")
LIMIT = 1.0  # seconds per document


def demo_plan() -> tuple[VisitPlan, str]:
    """The demo visit, loaded as the CLI loads a visit; else the tests' demo-like plan."""
    if resource("demo", "podlasie-2019.json").is_file():
        from studyvisit.db import open_database
        from studyvisit.services import demo, visits

        with tempfile.TemporaryDirectory() as folder:
            database = open_database(Path(folder) / "bench.sqlite3")
            try:
                with database.unit_of_work() as uow:
                    visit_id = demo.create_demo_visit(uow)
                    uow.commit()
                with database.unit_of_work() as uow:
                    return visits.load_plan(uow, visit_id), "demo visit"
            finally:
                database.close()
    sys.path.insert(0, str(TESTS))
    from document_plans import podlasie_plan

    return podlasie_plan(), "demo-like test plan (resources/demo not there yet)"


def cases(plan: VisitPlan) -> list[tuple[str, str, ExportOptions]]:
    first_delegate = plan.delegates[0].key if plan.delegates else None
    found = []
    for language in ("pl", "en", "ru"):
        found += [
            ("agenda", "visit", ExportOptions(language=language)),
            (
                "agenda",
                "one delegate",
                ExportOptions(language=language, delegate_key=first_delegate),
            ),
            ("attendance", "per day", ExportOptions(language=language)),
            ("attendance", "per item", ExportOptions(language=language, per="item")),
            ("participants", "", ExportOptions(language=language)),
            ("transport", "", ExportOptions(language=language)),
            ("letters", "all", ExportOptions(language=language)),
        ]
        found += [
            ("badges", layout, ExportOptions(language=language, layout=layout))
            for layout in available_layouts()
        ]
        found.append(
            (
                "badges",
                "a6-portrait, back side",
                ExportOptions(language=language, layout="a6-portrait", extra={"back_side": True}),
            )
        )
    return found


Row = tuple[str, float, float, float, int, int]


def measure(plan: VisitPlan, repeat: int, folder: Path) -> list[Row]:
    """Per case: label, median and worst wall time, median CPU time, pages, bytes."""
    rows = []
    for number, (identifier, scope, options) in enumerate(cases(plan)):
        out = folder / f"{number}.pdf"
        wall, cpu = [], []
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            EXPORTERS[identifier].render(plan, options, out, "pdf")
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        label = f"{identifier} {scope} [{options.language}]".replace("  ", " ")
        pages = len(PAGE.findall(out.read_bytes()))
        rows.append(
            (
                label,
                statistics.median(wall),
                max(wall),
                statistics.median(cpu),
                pages,
                out.stat().st_size,
            )
        )
    return rows


def report(title: str, rows: list[Row]) -> bool:
    """Print the table; True when every median wall time is under the limit."""
    print(f"\n{title}")
    print(f"{'document':44} {'median':>7} {'worst':>7} {'cpu':>7} {'pages':>5} {'size':>7}")
    ok = True
    for label, median, worst, cpu, pages, size in rows:
        flag = "" if median < LIMIT else "  over 1 s"
        ok = ok and median < LIMIT
        print(
            f"{label:44} {median * 1000:5.0f}ms {worst * 1000:5.0f}ms {cpu * 1000:5.0f}ms"
            f" {pages:5d} {size / 1024:5.0f}kB{flag}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--crowded", action="store_true", help="also a 60-delegate visit")
    args = parser.parse_args()

    started = time.perf_counter()
    fonts.register_fonts()
    print(
        f"reading the shipped fonts (once per process): {(time.perf_counter() - started) * 1000:.0f} ms"
    )
    for module in MODULES:
        importlib.import_module(f"studyvisit.documents.{module}")
    plan, source = demo_plan()
    with tempfile.TemporaryDirectory() as folder:
        ok = report(
            f"{source}: {len(plan.delegates)} delegates, {len(plan.agenda)} items, "
            f"{len(plan.transport)} runs",
            measure(plan, args.repeat, Path(folder)),
        )
        if args.crowded:
            sys.path.insert(0, str(TESTS))
            from document_plans import crowded_plan

            report("crowded: 60 delegates, long names", measure(crowded_plan(), 1, Path(folder)))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
