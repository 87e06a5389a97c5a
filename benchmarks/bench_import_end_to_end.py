"""A delegate list from file to committed rows, against python-calamine reading the same file.

The issue's speed targets for ``studyvisit delegates import``:

- 100,000 rows x 14 columns (xlsx) from file to committed rows in at most 3x the time
  python-calamine alone takes to read the file into Python lists;
- 1,000 rows in under a second from the command line, process start included;
- memory bounded: not several copies of the sheet.

The lists are written (openpyxl write-only, the generator of ``bench_import_read.py``) into a
temporary folder that is removed afterwards. Every measurement runs in a fresh interpreter so
that neither time nor memory peaks mix; the figure is the median of ``--repeat`` runs.

- calamine alone: open the workbook, read the sheet into lists;
- end to end: ``delegate_import.import_file`` into a fresh SQLite database holding one empty
  visit (created before the clock starts), then ``commit``;
- the 1,000-row list through ``python -m studyvisit delegates import``, whole process timed;
- peak memory: the process's maximum resident set (``ru_maxrss``) for calamine alone and for
  the import; ``--tracemalloc`` adds the peak of Python allocations during one import (slow).

    /work/venv/bin/python benchmarks/bench_import_end_to_end.py [--rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parent
# Measure the checkout, even where a built copy of studyvisit is installed in the venv.
sys.path.insert(0, str(REPOSITORY))


def _make_list(path: Path, rows: int) -> None:
    sys.path.insert(0, str(HERE))
    from bench_import_read import make_list  # the same list as the reading benchmark

    make_list(path, rows)


def _fresh_database(folder: Path, name: str) -> tuple[str, int]:
    """A new SQLite database with one empty visit: (its path, the visit's id)."""
    import datetime as dt

    from studyvisit.db import open_database
    from studyvisit.services import visits

    location = str(folder / f"{name}.sqlite3")
    database = open_database(location)
    with database.unit_of_work() as uow:
        visit_id = visits.create_visit(
            uow, "Benchmark", dt.date(2025, 7, 1), dt.date(2025, 7, 5)
        ).id
        uow.commit()
    database.close()
    return location, visit_id


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_calamine(path: Path) -> dict[str, float]:
    start, cpu = time.perf_counter(), time.process_time()
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = list(book.get_sheet_by_index(0).iter_rows())
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "rows": len(rows),
        "peak_mb": _peak_mb(),
    }


def child_import(path: Path, folder: Path, trace: bool) -> dict[str, float]:
    from studyvisit.db import open_database
    from studyvisit.services.delegate_import import import_file

    location, visit_id = _fresh_database(folder, f"e2e-{time.monotonic_ns()}")
    database = open_database(location)
    if trace:
        import tracemalloc

        tracemalloc.start()
    start, cpu = time.perf_counter(), time.process_time()
    with database.unit_of_work() as uow:
        report = import_file(uow, visit_id, path)
        uow.commit()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else 0.0
    database.close()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "rows": report.imported,
        "peak_mb": _peak_mb(),
        "traced_mb": traced,
    }


def _in_child(*arguments: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *arguments],
        cwd=REPOSITORY,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def command_line_seconds(path: Path, folder: Path) -> float:
    """``python -m studyvisit delegates import`` on ``path``: the whole process."""
    location, visit_id = _fresh_database(folder, f"cli-{time.monotonic_ns()}")
    command = [sys.executable, "-m", "studyvisit", "--db", location, "delegates", "import",
               str(path), "--visit", str(visit_id)]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=REPOSITORY)
    return time.perf_counter() - start


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python memory")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path, *rest = args.child
        if kind == "calamine":
            result = child_calamine(Path(path))
        else:
            result = child_import(Path(path), Path(rest[0]), trace=kind == "traced-import")
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory(prefix="studyvisit-bench-e2e-") as name:
        folder = Path(name)
        big, small = folder / f"delegates-{args.rows}.xlsx", folder / "delegates-1000.xlsx"
        for path, rows in ((big, args.rows), (small, 1000)):
            print(f"writing {path.name} ({rows:,} rows) ...", flush=True)
            _make_list(path, rows)

        calamine: list[dict[str, float]] = []
        imports: list[dict[str, float]] = []
        for _ in range(args.repeat):  # alternated, so that a busy spell hits both alike
            calamine.append(_in_child("calamine", str(big)))
            imports.append(_in_child("import", str(big), name))
        base, ours = _median(calamine, "seconds"), _median(imports, "seconds")
        base_cpu, ours_cpu = _median(calamine, "cpu"), _median(imports, "cpu")
        print(f"\n{args.rows:,} rows x 14 columns, median of {args.repeat} fresh processes")
        for label, runs, wall, cpu in (
            ("calamine alone, to lists", calamine, base, base_cpu),
            ("import_file + commit", imports, ours, ours_cpu),
        ):
            print(
                f"  {label:<26} {wall:6.2f} s wall {cpu:6.2f} s CPU"
                f"   peak {_median(runs, 'peak_mb'):5.0f} MB"
            )
        print(
            f"  ratio                      {ours / base:6.2f}x wall {ours_cpu / base_cpu:5.2f}x CPU"
            "   (target: at most 3x)"
        )
        print(f"  rows imported               {int(imports[0]['rows']):>6}")
        if args.tracemalloc:
            traced = _in_child("traced-import", str(big), name)
            print(f"  Python allocations, peak    {traced['traced_mb']:6.0f} MB (tracemalloc)")

        small_runs = [_in_child("import", str(small), name) for _ in range(args.repeat)]
        cli = [command_line_seconds(small, folder) for _ in range(args.repeat)]
        print("\n1,000 rows")
        print(f"  import_file + commit        {_median(small_runs, 'seconds'):6.2f} s")
        print(f"  command line, whole process {statistics.median(cli):6.2f} s (target: under 1 s)")


if __name__ == "__main__":
    main()
