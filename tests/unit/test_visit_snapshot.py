"""Undo and redo from a visit's row difference: everything comes back, ids included."""

from __future__ import annotations

from studyvisit.services import delegates, demo, sites, visit_file, visit_snapshot, visits


def _demo(database) -> int:
    with database.unit_of_work() as uow:
        visit_id = demo.create_demo_visit(uow)
        uow.commit()
    return visit_id


def _document(database, visit_id):
    with database.unit_of_work() as uow:
        return visit_file.export_visit(uow, visit_id)


def _edit(database, visit_id, change):
    with database.unit_of_work() as uow:
        before = visit_snapshot.take(uow, visit_id)
        change(uow)
        difference = visit_snapshot.difference(before, visit_snapshot.take(uow, visit_id))
        uow.commit()
    return difference


def _replay(database, difference, *, backwards):
    with database.unit_of_work() as uow:
        visit_snapshot.apply(uow, difference, backwards=backwards)
        uow.commit()


def test_undo_brings_back_a_deleted_delegate_with_groups_runs_and_stays(database):
    visit_id = _demo(database)
    original = _document(database, visit_id)
    with database.unit_of_work() as uow:
        victim = delegates.list_delegates(uow, visit_id)[0]

    difference = _edit(
        database, visit_id, lambda uow: delegates.delete_delegates(uow, visit_id, [victim.id])
    )
    changed = _document(database, visit_id)
    assert len(changed["delegates"]) == 17
    # The delegate's row, memberships, seats on runs and stays are all in the difference.
    assert difference.tables["delegates"].removed
    assert (
        difference.tables["transport_run_delegates"].removed
        or difference.tables["delegate_groups"].removed
    )

    _replay(database, difference, backwards=True)
    assert _document(database, visit_id) == original
    with database.unit_of_work() as uow:
        assert victim.id in {d.id for d in delegates.list_delegates(uow, visit_id)}

    _replay(database, difference, backwards=False)
    assert _document(database, visit_id) == changed


def test_undo_of_a_site_deletion_restores_the_items_that_pointed_at_it(database):
    visit_id = _demo(database)
    original = _document(database, visit_id)
    with database.unit_of_work() as uow:
        site = sites.list_sites(uow, visit_id)[0]
    difference = _edit(database, visit_id, lambda uow: sites.delete_site(uow, site.id))
    assert _document(database, visit_id) != original
    _replay(database, difference, backwards=True)
    assert _document(database, visit_id) == original


def test_a_field_change_is_one_changed_row(database):
    visit_id = _demo(database)
    difference = _edit(
        database, visit_id, lambda uow: visits.update_visit(uow, visit_id, name="Renamed")
    )
    assert difference.size() == 1
    _replay(database, difference, backwards=True)
    with database.unit_of_work() as uow:
        assert visits.get_visit(uow, visit_id).name != "Renamed"


def test_other_visits_are_not_in_the_snapshot(database):
    first, second = _demo(database), _demo(database)
    with database.unit_of_work() as uow:
        snapshot = visit_snapshot.take(uow, first)
    assert {row[1] for row in snapshot.tables["delegates"].values()} == {first}
    assert second != first
