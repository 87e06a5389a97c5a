"""How long the spreadsheets and calendars take: a huge delegate list and the demo visit.

1. The delegate list of 100,000 delegates (``--rows``) as xlsx and as CSV: time,
   rows a second, file size, and the process's peak memory, which should hardly
   move with the rows (both writers stream).
2. Every spreadsheet and calendar of the demo visit (the schedule, attendance,
   transport list, delegate list, ICS), median and worst of ``--repeat`` runs;
   the goal is under 1 s each.

``--openpyxl`` also times plain openpyxl write-only cells on the same rows (the
writer's serialiser exists because that took about a minute).

    /work/venv/bin/python benchmarks/bench_sheets.py [--rows 100000] [--repeat 5] [--openpyxl]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource as process_resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from studyvisit.documents.attendance_xlsx import write_attendance_xlsx
from studyvisit.documents.calendar_ics import CalendarExporter
from studyvisit.documents.delegate_list import DelegateListExporter, delegate_rows
from studyvisit.documents.registry import ExportOptions
from studyvisit.documents.schedule_xlsx import ScheduleExporter
from studyvisit.documents.transport_xlsx import write_transport_xlsx
from studyvisit.records import DelegateRecord, VisitInfo, VisitPlan
from studyvisit.resources import resource

TESTS = Path(__file__).resolve().parent.parent / "tests" / "unit" / "documents"
LIMIT = 1.0  # seconds per document of the demo visit


def many_delegates(count: int) -> VisitPlan:
    """A visit of ``count`` delegates with every field filled, Cyrillic and Latin."""
    delegates = tuple(
        DelegateRecord(
            id=number,
            key=f"d{number}",
            surname=f"Шчэрбіч-{number}",
            given_names="Аляксандр",
            patronymic="Іванавіч",
            surname_latin=f"Shcherbich-{number}",
            given_names_latin="Aliaksandr",
            latin_source="source",
            organisation="Міністэрства эканомікі Рэспублікі Беларусь",
            position="Head of the Department of Cluster Policy",
            country="BY",
            category="national_admin",
            email=f"delegate{number}@example.by",
            phone="+375 29 000 00 01",
            date_of_birth=dt.date(1975, 7, 2),
            passport_number=f"MP{number:07d}",
            passport_expiry=dt.date(2027, 1, 31),
            gender="male",
            dietary="vegetarian",
            arrival=dt.datetime(2019, 7, 2, 8, 0),
            departure=dt.datetime(2019, 7, 4, 18, 0),
            group_keys=("a",),
        )
        for number in range(1, count + 1)
    )
    visit = VisitInfo(1, "Benchmark visit", dt.date(2019, 7, 2), dt.date(2019, 7, 4))
    return VisitPlan(visit=visit, delegates=delegates)


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

    return podlasie_plan(), "demo-like test plan"


def peak_memory_mb() -> float:
    return process_resource.getrusage(process_resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_big_list(rows: int, folder: Path, with_openpyxl: bool) -> None:
    plan = many_delegates(rows)
    print(f"Delegate list, {rows:,} rows x {len(next(delegate_rows(plan.delegates)))} columns")
    print(f"  peak memory with the plan built: {peak_memory_mb():.0f} MB")
    exporter = DelegateListExporter()
    for file_type in ("xlsx", "csv"):
        out = folder / f"delegates.{file_type}"
        started = time.perf_counter()
        exporter.render(plan, ExportOptions(delimiter=";"), out, file_type)
        took = time.perf_counter() - started
        print(
            f"  {file_type:5} {took:6.2f} s  {rows / took:9,.0f} rows/s  "
            f"{out.stat().st_size / 1e6:6.1f} MB  peak memory {peak_memory_mb():.0f} MB"
        )
    if with_openpyxl:
        took = plain_openpyxl(plan, folder / "openpyxl.xlsx")
        print(f"  plain openpyxl write-only cells: {took:6.2f} s  {rows / took:9,.0f} rows/s")


def plain_openpyxl(plan: VisitPlan, out: Path) -> float:
    from openpyxl import Workbook

    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Delegates")
    for values in delegate_rows(plan.delegates):
        sheet.append(values)
    workbook.save(out)
    return time.perf_counter() - started


def bench_demo(repeat: int, folder: Path) -> bool:
    plan, source = demo_plan()
    print(f"Documents of the {source} ({len(plan.delegates)} delegates), {repeat} runs each")
    documents: list[tuple[str, Callable[[ExportOptions, Path], None]]] = [
        ("schedule.xlsx", lambda o, p: ScheduleExporter().render(plan, o, p, "xlsx")),
        ("attendance.xlsx", lambda o, p: write_attendance_xlsx(plan, o, p)),
        ("transport.xlsx", lambda o, p: write_transport_xlsx(plan, o, p)),
        ("delegates.xlsx", lambda o, p: DelegateListExporter().render(plan, o, p, "xlsx")),
        ("delegates.csv", lambda o, p: DelegateListExporter().render(plan, o, p, "csv")),
        ("visit.ics", lambda o, p: CalendarExporter().render(plan, o, p, "ics")),
    ]
    fine = True
    for name, write in documents:
        for language in ("pl", "en", "ru"):
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                write(ExportOptions(language=language), folder / name)
                times.append(time.perf_counter() - started)
            worst = max(times)
            fine = fine and worst < LIMIT
            mark = "" if worst < LIMIT else "  SLOW"
            print(
                f"  {name:16} {language}  median {statistics.median(times) * 1000:6.0f} ms"
                f"  worst {worst * 1000:6.0f} ms{mark}"
            )
    return fine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--openpyxl", action="store_true", help="also time plain openpyxl")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        fine = bench_demo(args.repeat, Path(folder))
        bench_big_list(args.rows, Path(folder), args.openpyxl)
    return 0 if fine else 1


if __name__ == "__main__":
    sys.exit(main())
