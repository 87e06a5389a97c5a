"""The Groups section: add, rename in place, choose members, delete; each undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from studyvisit.ui.dialogs.bulk_members import GroupMembersDialog


def group_names(window) -> list[str]:
    return [group.name for group in window.visit.plan.groups]


def test_add_rename_and_delete_a_group(demo_window, monkeypatch, qtbot):
    section = demo_window.show_section("groups")
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))
    assert section.add_group("Cluster managers")
    assert "Cluster managers" in group_names(demo_window)
    key = section.table.selected_keys()[0]

    row = section.model.row_of_key(key)
    name = section.model.index(row, section.model.column_index("name"))
    assert not section.model.setData(name, "   ")  # refused: a group needs a name
    assert refused == ["A group needs a name."]
    assert section.model.setData(name, "Cluster leaders")
    qtbot.waitUntil(lambda: "Cluster leaders" in group_names(demo_window))
    demo_window.actions.undo.trigger()
    assert "Cluster managers" in group_names(demo_window)

    section.table.select_keys([key])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert section.delete_selected() == 1
    assert "Cluster managers" not in group_names(demo_window)
    demo_window.actions.undo.trigger()
    assert "Cluster managers" in group_names(demo_window)


def test_members_are_chosen_in_a_searchable_table(demo_window, monkeypatch):
    section = demo_window.show_section("groups")
    group = demo_window.visit.plan.groups[0]
    members = list(demo_window.visit.members[group.key])
    outsider = next(d.key for d in demo_window.visit.plan.delegates if d.key not in members)
    wanted = [*members[1:], outsider]

    def choose(dialog: GroupMembersDialog) -> int:
        assert sorted(dialog.member_keys()) == sorted(members)  # the members start selected
        dialog.picker.select_keys(wanted)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GroupMembersDialog, "exec", choose)
    section.table.select_keys([group.key])
    assert section.edit_members()
    assert sorted(demo_window.visit.members[group.key]) == sorted(wanted)
    demo_window.actions.undo.trigger()
    assert sorted(demo_window.visit.members[group.key]) == sorted(members)
