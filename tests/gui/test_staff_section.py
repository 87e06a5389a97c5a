"""The Staff section: add through the form, edit in place (a bad e-mail refused), delete."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from studyvisit.ui.dialogs.staff_form import StaffForm


def staff_by_name(window) -> dict[str, object]:
    return {member.name: member for member in window.visit.plan.staff}


def test_add_edit_and_delete_a_staff_member(demo_window, monkeypatch, qtbot):
    section = demo_window.show_section("staff")
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refused.append(text))

    def fill_in(form: StaffForm) -> int:
        form.edits["name"].setText("Anna Nowak")
        form.role.setCurrentIndex(form.role.findData("interpreter"))
        form.edits["email"].setText("anna at example")
        form.accept()
        assert "e-mail" in form.message.text()  # refused: the form stays open
        form.edits["email"].setText("Anna@Example.pl")
        form.edits["phone"].setText("+48 600 100 200")
        form.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StaffForm, "exec", fill_in)
    assert section.add_member()
    added = staff_by_name(demo_window)["Anna Nowak"]
    assert (added.role, added.email) == ("interpreter", "anna@example.pl")

    row = section.model.row_of_key(added.key)
    email = section.model.index(row, section.model.column_index("email"))
    assert not section.model.setData(email, "nope")
    assert refused and "e-mail" in refused[0]
    role = section.model.index(row, section.model.column_index("role"))
    assert section.model.setData(role, "driver")
    qtbot.waitUntil(lambda: staff_by_name(demo_window)["Anna Nowak"].role == "driver")

    section.table.select_keys([added.key])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert section.delete_selected() == 1
    assert "Anna Nowak" not in staff_by_name(demo_window)
    demo_window.actions.undo.trigger()
    assert "Anna Nowak" in staff_by_name(demo_window)
