"""Restoring a visit from a snapshot keeps its id and brings back everything."""

from __future__ import annotations

import pytest

from studyvisit.errors import StudyvisitError
from studyvisit.services import delegates, demo, visit_snapshot, visits


def test_restore_brings_back_a_deleted_delegate_with_groups_and_runs(database):
    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    with database.unit_of_work() as uow:
        before = visit_snapshot.take(uow, visit_id)
        victim = delegates.list_delegates(uow, visit_id)[0]
        delegates.delete_delegates(uow, visit_id, [victim.id])
        uow.commit()
    with database.unit_of_work() as uow:
        assert len(delegates.list_delegates(uow, visit_id)) == 17
        visit_snapshot.restore(uow, visit_id, before)
        uow.commit()
    with database.unit_of_work() as uow:
        assert visit_snapshot.take(uow, visit_id) == before
        assert [v.id for v in visits.list_visits(uow)] == [visit_id]


def test_a_bad_snapshot_changes_nothing(database):
    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    with database.unit_of_work() as uow:
        before = visit_snapshot.take(uow, visit_id)
        broken = dict(before, delegates=[{"surname": ""}])
        with pytest.raises(StudyvisitError):
            visit_snapshot.restore(uow, visit_id, broken)
    with database.unit_of_work() as uow:
        assert visit_snapshot.take(uow, visit_id) == before
