"""Undo and redo from a visit's row difference: everything comes back, ids included."""

from __future__ import annotations

import pytest

from studyvisit.services import (
    delegates,
    demo,
    itinerary,
    sites,
    visit_file,
    visit_snapshot,
    visits,
)


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


def _scoped_edit(database, visit_id, scope, change):
    """The scoped and the whole difference of one edit, and the scoped snapshot before it."""
    with database.unit_of_work() as uow:
        before = visit_snapshot.take(uow, visit_id, scope)
        whole_before = visit_snapshot.take(uow, visit_id)
        change(uow)
        uow.session.flush()
        scoped = visit_snapshot.difference(before, visit_snapshot.take(uow, visit_id, since=before))
        whole = visit_snapshot.difference(whole_before, visit_snapshot.take(uow, visit_id))
        uow.commit()
    return before, scoped, whole


def test_a_scoped_snapshot_reads_only_the_rows_in_scope(database):
    visit_id = _demo(database)
    with database.unit_of_work() as uow:
        victim = delegates.list_delegates(uow, visit_id)[0]
    before, scoped, whole = _scoped_edit(
        database,
        visit_id,
        visit_snapshot.Scope.only(delegates=[victim.id]),
        lambda uow: delegates.update_delegates(uow, visit_id, [victim.key], {"phone": "+375 1"}),
    )
    assert set(before.tables) == {"delegates"}
    assert list(before.tables["delegates"]) == [(victim.id,)]
    assert scoped.size() == whole.size() == 1
    assert visit_snapshot.scope_misses(whole, scoped) == []


def test_a_scope_with_referrers_catches_cascades_and_set_nulls(database):
    visit_id = _demo(database)
    original = _document(database, visit_id)
    with database.unit_of_work() as uow:
        hotel = next(s for s in sites.list_sites(uow, visit_id) if s.key == "hotel")
    _, scoped, whole = _scoped_edit(
        database,
        visit_id,
        visit_snapshot.Scope.of(sites=[hotel.id]),
        lambda uow: sites.delete_site(uow, hotel.id),
    )
    assert scoped.tables["accommodation"].removed  # cascaded
    assert scoped.tables["agenda_items"].changed  # SET NULL
    assert visit_snapshot.scope_misses(whole, scoped) == []
    _replay(database, scoped, backwards=True)
    assert _document(database, visit_id) == original


def test_a_scope_too_narrow_is_found_out(database):
    visit_id = _demo(database)
    with database.unit_of_work() as uow:
        hotel = next(s for s in sites.list_sites(uow, visit_id) if s.key == "hotel")
    _, scoped, whole = _scoped_edit(
        database,
        visit_id,
        visit_snapshot.Scope.only(sites=[hotel.id]),  # says nothing refers to it: wrong
        lambda uow: sites.delete_site(uow, hotel.id),
    )
    misses = visit_snapshot.scope_misses(whole, scoped)
    assert any(miss.startswith("accommodation removed") for miss in misses)


def test_rows_added_to_a_scoped_table_and_their_links_are_caught(database):
    visit_id = _demo(database)
    original = _document(database, visit_id)
    with database.unit_of_work() as uow:
        some = [d.id for d in delegates.list_delegates(uow, visit_id)[:3]]

    def add_group_with_members(uow):
        group = itinerary.add_group(uow, visit_id, "Excursion")
        itinerary.set_delegate_groups(uow, visit_id, some, [group.key], replace=False)

    _, scoped, whole = _scoped_edit(
        database, visit_id, visit_snapshot.Scope.of(groups=()), add_group_with_members
    )
    assert len(scoped.tables["groups"].added) == 1
    assert len(scoped.tables["delegate_groups"].added) == 3
    assert visit_snapshot.scope_misses(whole, scoped) == []
    _replay(database, scoped, backwards=True)
    assert _document(database, visit_id) == original


@pytest.mark.parametrize("setting", [("READ_WHOLE_FROM", 2), ("IDS_PER_QUERY", 2)])
def test_a_big_scope_is_read_whole_or_in_chunks(database, monkeypatch, setting):
    monkeypatch.setattr(visit_snapshot, *setting)
    visit_id = _demo(database)
    with database.unit_of_work() as uow:
        chosen = delegates.list_delegates(uow, visit_id)[:5]
    _, scoped, whole = _scoped_edit(
        database,
        visit_id,
        visit_snapshot.Scope.of(delegates=[d.id for d in chosen]),
        lambda uow: delegates.delete_delegates(uow, visit_id, [d.id for d in chosen]),
    )
    assert len(scoped.tables["delegates"].removed) == 5
    assert visit_snapshot.scope_misses(whole, scoped) == []


def test_changed_rows_with_json_and_dates_are_put_back_in_one_go(database):
    visit_id = _demo(database)
    original = _document(database, visit_id)
    with database.unit_of_work() as uow:
        keys = [d.key for d in delegates.list_delegates(uow, visit_id)]

    def change(uow):
        visits.update_visit(uow, visit_id, partners=["Новы партнёр"], languages=["ru"])
        delegates.update_delegates(uow, visit_id, keys, {"category": "expert", "notes": "ў і"})

    difference = _edit(database, visit_id, change)
    assert len(difference.tables["delegates"].changed) == len(keys)
    changed = _document(database, visit_id)
    _replay(database, difference, backwards=True)
    assert _document(database, visit_id) == original
    _replay(database, difference, backwards=False)
    assert _document(database, visit_id) == changed
