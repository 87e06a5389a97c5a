"""Edits in a visit of 100,000 delegates: what the GUI thread spends on one, and on its undo.

Every edit without a hand-written revert snapshots the rows it may touch
before and after (services.visit_snapshot). Whole-visit snapshots cost
seconds here; the sections declare scopes instead. This prints, per edit,
the time of ``VisitEditor.apply`` with the scope the section passes and with
none (a whole-visit snapshot), and the time of its undo (median of --runs).

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_edit_undo.py \
        [--delegates 100000] [--db /tmp/bench-edit-undo.sqlite3] [--runs 3]

The visit is the one bench_gui_delegates.py writes (20 groups), plus a hotel
and one stay per delegate, so deleting delegates cascades to stays.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("STUDYVISIT_CHECK_UNDO_SCOPES", None)  # the tests' check doubles the work

sys.path.insert(0, str(Path(__file__).parent))

from bench_gui_delegates import build_visit  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from studyvisit.db import open_database  # noqa: E402
from studyvisit.domain.models import Accommodation, Delegate, Site, Visit  # noqa: E402
from studyvisit.services import delegates, itinerary, sites  # noqa: E402
from studyvisit.services.visit_snapshot import Scope  # noqa: E402
from studyvisit.ui.editing import VisitEditor  # noqa: E402


def add_hotel_and_stays(database, visit_id: int) -> None:
    with database.unit_of_work() as uow:
        session = uow.session
        visit = session.get(Visit, visit_id)
        hotel = Site(visit_id=visit_id, key="hotel", name={"en": "Hotel"}, kind="hotel")
        session.add(hotel)
        session.flush()
        ids = session.scalars(select(Delegate.id).where(Delegate.visit_id == visit_id))
        session.execute(
            insert(Accommodation),
            [
                {
                    "visit_id": visit_id,
                    "delegate_id": delegate_id,
                    "site_id": hotel.id,
                    "check_in": visit.start_date,
                    "check_out": visit.end_date,
                }
                for delegate_id in ids
            ],
        )
        uow.commit()


def edits(database, visit_id: int):
    """(name, change, scope) as the sections build them, for the first three delegates."""
    with database.unit_of_work() as uow:
        every = delegates.list_delegates(uow, visit_id)
        chosen, many = every[:3], every[: len(every) // 10]
        hotel = next(s for s in sites.list_sites(uow, visit_id) if s.key == "hotel")
    ids, keys = [d.id for d in chosen], [d.key for d in chosen]
    yield (
        "set the category of 3 delegates",
        lambda uow: delegates.update_delegates(uow, visit_id, keys, {"category": "expert"}),
        Scope.only(delegates=ids),
    )
    yield (
        f"set the category of {len(many):,} delegates",
        lambda uow: delegates.update_delegates(
            uow, visit_id, [d.key for d in many], {"category": "business"}
        ),
        Scope.only(delegates=[d.id for d in many]),
    )
    yield (
        "put 3 delegates in a group",
        lambda uow: itinerary.set_delegate_groups(uow, visit_id, ids, ["g3"], replace=False),
        Scope.of(delegates=ids),
    )
    yield (
        "edit the hotel's address",
        lambda uow: sites.update_site(uow, hotel.id, address=f"ul. Lipowa {time.time_ns() % 99}"),
        Scope.only(sites=[hotel.id]),
    )
    yield (
        "add a group",
        lambda uow: itinerary.add_group(uow, visit_id, f"Extra {time.time_ns()}"),
        Scope.only(groups=()),
    )
    yield (
        f"put {len(many):,} delegates in a group",
        lambda uow: itinerary.set_delegate_groups(
            uow, visit_id, [d.id for d in many], ["g4"], replace=False
        ),
        Scope.of(delegates=[d.id for d in many]),
    )
    yield (
        f"delete {len(many):,} delegates (stays cascade)",
        lambda uow: delegates.delete_delegates_by_key(uow, visit_id, [d.key for d in many]),
        Scope.of(delegates=[d.id for d in many]),
    )
    yield (
        "delete 3 delegates (stays cascade)",
        lambda uow: delegates.delete_delegates_by_key(uow, visit_id, keys),
        Scope.of(delegates=ids),
    )


def measure(editor: VisitEditor, change, scope, runs: int) -> tuple[list[float], list[float]]:
    applied, undone = [], []
    for _ in range(runs):
        started = time.perf_counter()
        assert editor.apply("bench", change, scope=scope) is not None
        applied.append(time.perf_counter() - started)
        started = time.perf_counter()
        editor.undo_stack.undo()
        undone.append(time.perf_counter() - started)
    return applied, undone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench-edit-undo.sqlite3"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (QUndoStack needs it)

    args.db.unlink(missing_ok=True)
    database = open_database(args.db)
    started = time.perf_counter()
    visit_id = build_visit(database, args.delegates)
    add_hotel_and_stays(database, visit_id)
    print(f"build: {time.perf_counter() - started:.1f} s ({args.delegates:,} delegates and stays)")

    editor = VisitEditor(lambda: database)
    editor.set_visit(visit_id)
    print(f"{'edit':38} {'scoped':>9} {'undo':>9} {'whole':>9} {'undo':>9}  (median ms)")
    for name, change, scope in edits(database, visit_id):
        scoped, scoped_undo = measure(editor, change, scope, args.runs)
        whole, whole_undo = measure(editor, change, None, args.runs)
        figures = [statistics.median(f) * 1000 for f in (scoped, scoped_undo, whole, whole_undo)]
        print(f"{name:38} " + " ".join(f"{figure:9.0f}" for figure in figures))
    database.close()


if __name__ == "__main__":
    main()
