"""Badges at conference scale: QR encoders, QR path building, whole runs, memory.

Run by hand: ``/work/venv/bin/python benchmarks/bench_badges.py [--quick]``.
Prints Markdown tables (CPU time of this process, so that other load on the
machine inflates the figures less than wall time; both are shown for runs).

What it compares, and why the badges use what they use:

* QR encoders for a vCard: segno (pure Python), zxing-cpp (native) with the
  standard's mask selection and with a fixed mask, reportlab's own widget.
* Building the one PDF path of a code: a Python loop over the dark runs, or
  the table of 8-module chunk patterns that ``studyvisit.documents.qr`` uses.
* 1,000 badges in every shipped layout, typical and long-name delegations
  (median of three runs).
* The page streams' deflate level: none, 1 (used) or zlib's default 6.
* Peak memory (tracemalloc) for 250, 1,000 and 4,000 badges in every layout:
  flat but for the people themselves, since each finished page goes to a
  temporary file (``studyvisit.documents.pdf_spool``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import zxingcpp

from studyvisit.documents import pdf_spool
from studyvisit.documents.badge_fields import delegate_person, qr_payload
from studyvisit.documents.badge_layout import available_layouts
from studyvisit.documents.badges import BadgesExporter
from studyvisit.documents.fonts import register_fonts
from studyvisit.documents.qr import encode, path_operators
from studyvisit.documents.registry import ExportOptions
from studyvisit.records import (
    AgendaItemRecord,
    DelegateRecord,
    GroupRecord,
    StaffRecord,
    VisitInfo,
    VisitPlan,
)

GIVEN = [
    ("Аляксандр", "Aliaksandr"),
    ("Сяргей", "Siarhei"),
    ("Вольга", "Volha"),
    ("Наталля", "Natallia"),
    ("Юрый", "Iuryi"),
    ("Таццяна", "Tatsiana"),
    ("Андрэй", "Andrei"),
    ("Ірына", "Iryna"),
    ("Дзмітрый", "Dzmitry"),
    ("Святлана", "Sviatlana"),
]
FAMILY = [
    ("Шчэрбіч", "Shcherbich"),
    ("Кавалёў", "Kavaliou"),
    ("Навіцкая", "Navitskaya"),
    ("Лукашэвіч", "Lukashevich"),
    ("Жукоўскі", "Zhukouski"),
    ("Мураўёва", "Muravyova"),
    ("Ткачэнка", "Tkachenka"),
    ("Грыцкевіч", "Hrytskevich"),
]
ORGANISATIONS = [
    "Міністэрства эканомікі Рэспублікі Беларусь",
    "Гродзенскі абласны выканаўчы камітэт",
    "Брэсцкі дзяржаўны тэхнічны ўніверсітэт",
    "Urząd Marszałkowski Województwa Podlaskiego",
    "Віцебскі гарадскі выканаўчы камітэт",
    "Fundacja Rozwoju Regionalnego",
    "Упраўленне эканомікі Магілёўскага аблвыканкама",
    "Гомельская гандлёва-прамысловая палата",
]
LONG_ORGANISATIONS = [
    "Дзяржаўная ўстанова «Рэспубліканскі навукова-практычны цэнтр па пытаннях рэгіянальнага развіцця "
    "і трансгранічнага супрацоўніцтва» Міністэрства эканомікі Рэспублікі Беларусь",
    "Упраўленне па справах моладзі, фізічнай культуры і спорту Віцебскага гарадскога выканаўчага камітэта",
    "Галоўнае ўпраўленне эканомікі і інвестыцыйнай палітыкі Гродзенскага абласнога выканаўчага камітэта",
]
POSITIONS = [
    "Head of Unit",
    "Галоўны спецыяліст",
    "Намеснік начальніка ўпраўлення",
    "Expert",
    "Director",
]


def vcard_sample(count: int, long: bool) -> list[str]:
    plan = make_plan(count, long)
    return [qr_payload(delegate_person(d), plan.visit, "vcard", "en") for d in plan.delegates]


def make_plan(count: int, long: bool = False, seed: int = 1) -> VisitPlan:
    """A visit with ``count`` delegates: typical names, or long double-barrelled ones."""
    rng = random.Random(seed)
    delegates = []
    for number in range(count):
        (given, given_latin), (family, family_latin) = rng.choice(GIVEN), rng.choice(FAMILY)
        organisation = rng.choice(ORGANISATIONS)
        if long:
            (second, second_latin), (other, other_latin) = rng.choice(GIVEN), rng.choice(FAMILY)
            given, given_latin = f"{given}-{second}", f"{given_latin}-{second_latin}"
            family, family_latin = f"{family}-{other}", f"{family_latin}-{other_latin}"
            organisation = rng.choice(LONG_ORGANISATIONS)
        delegates.append(
            DelegateRecord(
                id=number + 1,
                key=f"d{number}",
                surname=family,
                given_names=given,
                patronymic="Іванавіч" if number % 2 else "Пятроўна",
                surname_latin=family_latin,
                given_names_latin=given_latin,
                organisation=organisation,
                position=rng.choice(POSITIONS),
                country="BY",
                email=f"{given_latin.lower()}.{family_latin.lower()}{number}@example.by",
                phone=f"+375 29 {number:07d}",
                group_keys=("a",) if number % 2 else ("b",),
            )
        )
    start = dt.date(2019, 7, 2)
    agenda = tuple(
        AgendaItemRecord(
            id=day * 10 + hour,
            key=f"i{day}-{hour}",
            start=dt.datetime.combine(start + dt.timedelta(days=day), dt.time(hour)),
            end=dt.datetime.combine(start + dt.timedelta(days=day), dt.time(hour + 1)),
            kind="meeting",
            title={"en": f"Meeting {day}-{hour}: regional development in practice"},
        )
        for day in range(4)
        for hour in (9, 11, 15)
    )
    visit = VisitInfo(
        1, "Study visit to Podlaskie: cross-border cooperation", start, start + dt.timedelta(days=3)
    )
    staff = (
        StaffRecord(1, "coord", "Anna Nowak", "coordinator", phone="+48 600 000 001"),
        StaffRecord(2, "int", "Ольга Петрова", "interpreter", phone="+48 600 000 002"),
    )
    groups = (GroupRecord(1, "a", "A"), GroupRecord(2, "b", "B"))
    return VisitPlan(visit, groups=groups, delegates=tuple(delegates), staff=staff, agenda=agenda)


# --------------------------------------------------------------------------- measuring


def cpu_ms(action: Callable[[], object], count: int) -> float:
    """CPU milliseconds per item of ``action`` (best of three)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        action()
        best = min(best, time.process_time() - started)
    return best / count * 1000


def bench_encoders(count: int) -> None:
    print("\n### QR encoders (vCard payloads, CPU ms a code)\n")
    print("| encoder | typical vCard | long-name vCard | modules (typical / long) |")
    print("| --- | --- | --- | --- |")
    samples = {"typical": vcard_sample(count, False), "long": vcard_sample(count, True)}

    def zxing(mask: str) -> Callable[[str], int]:
        options = f"ecLevel=M,{mask}" * 2
        return lambda text: zxingcpp.create_barcode(
            text, zxingcpp.BarcodeFormat.QRCode, options=options
        )

    def modules_zxing(text: str) -> int:
        return encode(text).size

    def widget(text: str) -> object:
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing

        code = QrCodeWidget(text, barLevel="M")
        drawing = Drawing(50, 50)
        drawing.add(code)
        return drawing

    from reportlab.graphics import renderPDF
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(Path(tempfile.gettempdir()) / "bench-widget.pdf"))

    def widget_drawn(text: str) -> object:
        renderPDF.draw(widget(text), canvas, 0, 0)  # a rectangle per module
        return canvas

    try:
        import segno  # only for the comparison
    except ImportError:
        segno = None
    rows = [
        (
            "segno 1.6 (pure Python, best mask)",
            lambda t: segno.make_qr(t, error="m", boost_error=False).matrix,
            20,
        ),
        (
            "segno 1.6, fixed mask",
            lambda t: segno.make_qr(t, error="m", boost_error=False, mask=0).matrix,
            20,
        ),
        ("reportlab QrCodeWidget, encode + draw", widget_drawn, 10),
        ("zxing-cpp 3.1 (native, best mask)", zxing(""), count),
        ("zxing-cpp 3.1, fixed mask (used)", lambda t: encode(t), count),
    ]
    for name, make, n in rows:
        if segno is None and name.startswith("segno"):
            print(f"| {name} | not installed | | |")
            continue
        figures = [cpu_ms(lambda s=samples[k][:n], m=make: [m(t) for t in s], n) for k in samples]
        sizes = " / ".join(f"{sum(map(modules_zxing, samples[k][:50])) / 50:.0f}" for k in samples)
        print(f"| {name} | {figures[0]:.2f} | {figures[1]:.2f} | {sizes} |")


_RUN = re.compile(rb"\x00+")


def runs_loop(matrix) -> str:
    """The plain way: one f-string per dark run (the alternative measured)."""
    parts = []
    for y, row in enumerate(matrix.rows):
        parts += [f"{m.start()} {y} {m.end() - m.start()} 1 re" for m in _RUN.finditer(row)]
    return "\n".join(parts) + "\nf"


def bench_paths(count: int) -> None:
    print("\n### One path per code (CPU ms a code, typical / long vCards)\n")
    print("| method | typical | long | rectangles a code (typical) | bytes a code (typical) |")
    print("| --- | --- | --- | --- | --- |")
    matrices = {
        k: [encode(t) for t in vcard_sample(count, k == "long")] for k in ("typical", "long")
    }
    for name, build in (
        ("loop over runs", runs_loop),
        ("8-module chunk tables (used)", path_operators),
    ):
        figures = [
            cpu_ms(lambda m=matrices[k], b=build: [b(x) for x in m], count) for k in matrices
        ]
        typical = [build(m) for m in matrices["typical"][:50]]
        rects = sum(p.count(" re") for p in typical) / len(typical)
        size = sum(map(len, typical)) / len(typical)
        print(f"| {name} | {figures[0]:.2f} | {figures[1]:.2f} | {rects:.0f} | {size:.0f} |")


def render(plan: VisitPlan, layout: str, out: Path, **extra) -> tuple[float, float]:
    """Wall and CPU seconds of one run of the badges exporter."""
    wall, cpu = time.perf_counter(), time.process_time()
    BadgesExporter().render(plan, ExportOptions(layout=layout, extra=extra), out, "pdf")
    return time.perf_counter() - wall, time.process_time() - cpu


PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")


def median_run(plan: VisitPlan, layout: str, out: Path, **extra) -> tuple[float, float]:
    """Median wall and CPU seconds of three runs."""
    runs = [render(plan, layout, out, **extra) for _ in range(3)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def bench_runs(count: int, folder: Path) -> None:
    print(f"\n### {count} badges with QR codes (seconds; median of three)\n")
    print("| layout | delegation | wall | CPU | pages | file |")
    print("| --- | --- | --- | --- | --- | --- |")
    render(make_plan(10), "a6-portrait", folder / "warm.pdf")  # fonts, tables, imports
    cases = [(layout, long, {}) for layout in available_layouts() for long in (False, True)]
    cases.append(("a4-2x4-cards", False, {"back_side": True}))
    for layout, long, extra in cases:
        plan = make_plan(count, long)
        out = folder / f"{layout}.pdf"
        wall, cpu = median_run(plan, layout, out, **extra)
        pages = len(PAGE.findall(out.read_bytes()))
        label = ("long names" if long else "typical") + (", back side" if extra else "")
        print(
            f"| {layout} | {label} | {wall:.2f} | {cpu:.2f} | {pages} | {out.stat().st_size / 1e6:.1f} MB |"
        )


def bench_deflate(count: int, folder: Path) -> None:
    print(f"\n### Deflate level of the page streams ({count} badges, a6-portrait, typical)\n")
    print("| level | wall | CPU | file |")
    print("| --- | --- | --- | --- |")
    plan = make_plan(count)
    used = pdf_spool.DEFLATE_LEVEL
    try:
        for level in (0, 1, 6):
            pdf_spool.DEFLATE_LEVEL = level
            out = folder / f"deflate-{level}.pdf"
            wall, cpu = median_run(plan, "a6-portrait", out)
            mark = " (used)" if level == used else ""
            print(f"| {level}{mark} | {wall:.2f} | {cpu:.2f} | {out.stat().st_size / 1e6:.1f} MB |")
    finally:
        pdf_spool.DEFLATE_LEVEL = used


def bench_memory(folder: Path, counts: tuple[int, ...]) -> None:
    print("\n### Peak memory of a run (tracemalloc, typical delegation)\n")
    print("| layout | " + " | ".join(f"{count} badges" for count in counts) + " |")
    print("| --- |" + " --- |" * len(counts))
    plans = {count: make_plan(count) for count in counts}  # the input is not the run's memory
    for layout in available_layouts():
        render(make_plan(10), layout, folder / "warm.pdf")
        peaks = []
        for count in counts:
            tracemalloc.start()
            render(plans[count], layout, folder / "memory.pdf")
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
        print(f"| {layout} | " + " | ".join(f"{peak / 1e6:.1f} MB" for peak in peaks) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer codes and badges")
    args = parser.parse_args(argv)
    register_fonts()
    count = 200 if args.quick else 1000
    print(f"Python {sys.version.split()[0]}; CPU times of this process.")
    bench_encoders(100 if args.quick else 300)
    bench_paths(100 if args.quick else 300)
    with tempfile.TemporaryDirectory() as folder:
        bench_runs(count, Path(folder))
        bench_deflate(count, Path(folder))
        bench_memory(Path(folder), (250, 500) if args.quick else (250, 1000, 4000))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
