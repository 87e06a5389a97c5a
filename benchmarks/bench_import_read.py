"""How fast a big delegate list goes from file to ``DelegateFileResult``, against the readers.

A conference-sized registration export: 100,000 rows x 14 columns (Indico-like headers; real
date and date-time cells, phone numbers as number cells, repeated organisations and
countries), written with openpyxl's write-only mode into /tmp (kept between runs). With
``--office`` it is also saved again by LibreOffice, as partners' files are (shared strings).

Measured, each in a fresh child process so that memory peaks do not mix:

- python-calamine alone: open, read the sheet into Python lists (the issue's yardstick);
- openpyxl read-only mode (``values_only``), once: the alternative reader;
- ``read_delegate_file``: sniffing, the decompression checks, calamine, header recognition
  and conversion of every row to delegate fields;
- the same for 1,000 rows, and the 1,000-row file through a new interpreter (process start
  and imports included), as ``studyvisit delegates import`` will pay it.

CPU time is reported besides wall time: it is steadier on a busy machine.

    /work/venv/bin/python benchmarks/bench_import_read.py [--repeat 3] [--office] [--rows 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HEADERS = [
    "First Name", "Last Name", "Email Address", "Affiliation", "Position", "Country",
    "Phone Number", "Date of birth", "Passport No.", "Passport expiry", "Gender", "Dietary",
    "Arrival", "Departure",
]  # fmt: skip
GIVEN = ["Aliaksandr", "Siarhei", "Volha", "Maryia", "Jan", "Katarzyna", "Olena", "Ivan", "Anna"]
SURNAMES = ["Shcherbich", "Kowalski", "Ivanova", "Nowak", "Petrenko", "Smith", "Kavalenka"]
ORGANISATIONS = [
    "Ministry of Economy", "Brest Oblast Executive Committee", "University of Warsaw",
    "Chamber of Commerce", "Pinsk District Executive Committee", "ACME Ltd",
]  # fmt: skip
COUNTRIES = ["Belarus", "Poland", "PL", "BY", "Lithuania", "Ukraine"]


def make_list(path: Path, rows: int) -> None:
    """Write the benchmark list with openpyxl's write-only mode."""
    from openpyxl import Workbook

    rng = random.Random(1)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Registrants")
    sheet.append(HEADERS)
    for n in range(rows):
        sheet.append([
            rng.choice(GIVEN), f"{rng.choice(SURNAMES)}{n}", f"user{n}@example.org",
            rng.choice(ORGANISATIONS), "Specialist", rng.choice(COUNTRIES), 375291000000 + n,
            dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20000)), f"MP{n:07d}",
            dt.date(2030, 1, 1) + dt.timedelta(days=rng.randrange(2000)), rng.choice("MFKM"),
            rng.choice(["", "", "vegetarian", "halal"]),
            dt.datetime(2025, 7, 1, rng.randrange(24), rng.choice((0, 15, 30, 45))),
            dt.datetime(2025, 7, 5, 10, 30),
        ])  # fmt: skip
    book.save(path)


def through_libreoffice(path: Path) -> Path:
    target = path.with_name(path.stem + "-office.xlsx")
    if target.exists():
        return target
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, str(path)],
            check=True,
            capture_output=True,
            timeout=900,
        )
        shutil.move(Path(out) / path.name, target)
    return target


def read_with_calamine(path: Path) -> int:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = list(book.get_sheet_by_index(0).iter_rows())
    return len(rows)


def read_with_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return len(rows)


def read_with_studyvisit(path: Path) -> int:
    from studyvisit.importing import read_delegate_file

    return len(read_delegate_file(path).rows)


def _child(job: Callable[[Path], int], path: Path, queue: multiprocessing.Queue) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    count = job(path)
    queue.put((time.perf_counter() - wall, time.process_time() - cpu, count,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))  # fmt: skip


def measure(job: Callable[[Path], int], path: Path, repeat: int) -> tuple[float, float, int, float]:
    """Best wall and CPU seconds of ``repeat`` runs, each in a fresh process; rows; peak MB."""
    context = multiprocessing.get_context("fork")
    runs = []
    for _ in range(repeat):
        queue: multiprocessing.Queue = context.Queue()
        process = context.Process(target=_child, args=(job, path, queue))
        process.start()
        runs.append(queue.get())
        process.join()
    return (min(r[0] for r in runs), min(r[1] for r in runs), runs[0][2], max(r[3] for r in runs))


def command_line_seconds(path: Path) -> float:
    """A new interpreter importing studyvisit and reading ``path``: what the CLI pays."""
    code = "import sys; from studyvisit.importing import read_delegate_file; read_delegate_file(sys.argv[1])"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    return time.perf_counter() - start


def report(
    label: str,
    result: tuple[float, float, int, float],
    base: tuple[float, float, int, float] | None,
) -> None:
    wall, cpu, rows, peak = result
    ratio = f"  {wall / base[0]:4.2f}x wall, {cpu / base[1]:4.2f}x CPU of calamine" if base else ""
    print(
        f"{label:<34} {wall:6.2f} s wall {cpu:6.2f} s CPU {rows:>7} rows {peak:6.0f} MB peak{ratio}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--office", action="store_true", help="also a LibreOffice-saved copy")
    parser.add_argument("--skip-openpyxl", action="store_true")
    args = parser.parse_args()

    folder = Path(tempfile.gettempdir()) / "studyvisit-bench-import"
    folder.mkdir(exist_ok=True)
    big = folder / f"delegates-{args.rows}.xlsx"
    small = folder / "delegates-1000.xlsx"
    for path, rows in ((big, args.rows), (small, 1000)):
        if not path.exists():
            print(f"writing {path} ({rows:,} rows) ...", flush=True)
            make_list(path, rows)
    files = [("openpyxl-written", big)]
    if args.office and shutil.which("soffice"):
        print("saving it again with LibreOffice ...", flush=True)
        files.append(("LibreOffice-saved", through_libreoffice(big)))

    for name, path in files:
        print(
            f"\n{args.rows:,} rows x {len(HEADERS)} columns, {name}, {path.stat().st_size / 1e6:.1f} MB"
        )
        base = measure(read_with_calamine, path, args.repeat)
        report("python-calamine, to lists", base, None)
        if not args.skip_openpyxl:
            report("openpyxl read-only, to lists", measure(read_with_openpyxl, path, 1), base)
        report("read_delegate_file", measure(read_with_studyvisit, path, args.repeat), base)

    print("\n1,000 rows")
    report("read_delegate_file", measure(read_with_studyvisit, small, args.repeat), None)
    print(f"{'new interpreter + read (CLI-like)':<34} {command_line_seconds(small):6.2f} s wall")


if __name__ == "__main__":
    main()
