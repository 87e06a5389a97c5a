"""The delegate form's country list and date fields, driven as a coordinator would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QTableView

from studyvisit.services import delegates
from studyvisit.ui.app import shared_translations
from studyvisit.ui.date_field import DateField, date_pattern, display_text
from studyvisit.ui.dialogs.delegate_form import INVALID_STYLE, DelegateForm
from studyvisit.ui.i18n import ui_locale


def stored(window, key: str):
    with window.database.unit_of_work() as uow:
        found = delegates.list_delegates(uow, window.current_visit_id())
    return next(d for d in found if d.key == key)


@pytest.fixture
def section(demo_window):
    return demo_window.show_section("delegates")


@pytest.fixture
def record(demo_window):
    """Kuznetsov: Belarus, born 14.03.1971, arrives 02.07.2019 09:00."""
    return demo_window.visit.plan.delegates[0]


def drive(monkeypatch, steps) -> list[DelegateForm]:
    """Replace the modal exec by ``steps(form)`` followed by OK, as the user would end."""
    opened: list[DelegateForm] = []

    def exec_(form: DelegateForm) -> int:
        opened.append(form)
        steps(form)
        form.accept()
        return QDialog.DialogCode.Accepted if form.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(DelegateForm, "exec", exec_)
    return opened


def type_text(widget, text: str) -> None:
    """Key presses carrying ``text`` (QTest's keyClicks only knows ASCII: no "Польша")."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def pick_in_calendar(qtbot, field: DateField, day: dt.date) -> None:
    """Open the field's calendar with its button, move to ``day`` and press Enter there."""
    field.calendar_action.trigger()
    popup = field.popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setSelectedDate(day)
    days = popup.calendar.findChild(QTableView)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()


# ---------------------------------------------------------------------- country


def test_the_country_shows_its_name_and_a_choice_from_the_list_saves_the_code(
    demo_window, section, record, monkeypatch
):
    def choose_poland(form: DelegateForm) -> None:
        assert form.country.currentText() == "Belarus"
        assert form.country.currentData() == "BY"
        form.country.setCurrentIndex(form.country.findData("PL"))
        form.country.activated.emit(form.country.currentIndex())

    drive(monkeypatch, choose_poland)
    assert section.edit_delegate(record)
    assert stored(demo_window, record.key).country == "PL"
    demo_window.actions.undo.trigger()
    assert stored(demo_window, record.key).country == "BY"


def test_the_list_starts_with_not_set_and_the_usual_countries_then_sorts_by_name(record):
    form = DelegateForm(record, [])
    names = [form.country.itemText(row) for row in range(form.country.count())]
    assert names[:4] == ["(not set)", "Belarus", "Poland", "Ukraine"]
    assert names[4] == ""  # the separator
    assert names[5:] == sorted(names[5:])
    assert form.country.itemData(2) == "PL"
    form.deleteLater()


def test_in_polish_the_names_are_polish_and_sorted_the_polish_way(demo_window, record, qapp):
    shared_translations(qapp).install("pl")
    form = DelegateForm(record, [])
    names = [form.country.itemText(row) for row in range(form.country.count())]
    assert names[1:4] == ["Białoruś", "Polska", "Ukraina"]
    assert names.index("Łotwa") == names.index("Litwa") + 1  # not after "Wielka Brytania"
    form.deleteLater()


@pytest.mark.parametrize("typed", ["Польша", "Poland", "pl", "Polska", "  poland "])
def test_a_typed_name_in_any_language_or_a_code_is_the_code(record, qtbot, typed):
    form = DelegateForm(record, [])
    qtbot.addWidget(form)
    form.country.lineEdit().clear()
    type_text(form.country.lineEdit(), typed)
    assert form.changes() == {"country": "PL"}
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted


def test_the_completer_offers_names_that_contain_the_typed_text(record, qtbot):
    form = DelegateForm(record, [])
    qtbot.addWidget(form)
    completer = form.country.completer()
    completer.setCompletionPrefix("rus")
    offered = {completer.completionModel().index(row, 0).data() for row in range(3)}
    assert {"Belarus", "Russia"} <= offered


def test_an_unknown_country_refuses_ok_and_says_so(demo_window, section, record, monkeypatch):
    attempts: list[str] = []

    def type_narnia(form: DelegateForm) -> None:
        form.country.setEditText("Narnia")
        form.accept()
        attempts.append(form.message.text())
        assert form.result() != QDialog.DialogCode.Accepted
        assert form.country.lineEdit().styleSheet() == INVALID_STYLE  # as other bad fields
        assert "Narnia" in form.country.toolTip()
        form.country.setEditText("Belarus")  # put right, then OK: nothing changed

    drive(monkeypatch, type_narnia)
    assert not section.edit_delegate(record)
    assert "Narnia" in attempts[0] and "two-letter code" in attempts[0]
    assert stored(demo_window, record.key).country == "BY"


def test_clearing_the_country_or_choosing_not_set_stores_none(record):
    form = DelegateForm(record, [])
    form.country.setCurrentIndex(0)
    assert form.changes() == {"country": None}
    form.country.setEditText("")
    assert form.changes() == {"country": None}
    form.deleteLater()


# ---------------------------------------------------------------------- dates


def test_dates_show_in_the_short_form_and_every_shown_form_reads_back():
    assert date_pattern(ui_locale("en")) == "dd/MM/yyyy"
    assert date_pattern(ui_locale("pl")) == "dd.MM.yyyy"
    # Month first or a two-digit year would be misread: day-first with the full year then.
    assert date_pattern(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == (
        "dd.MM.yyyy"
    )
    for language in ("en", "pl"):
        locale = ui_locale(language)
        for day in (dt.date(2027, 5, 6), dt.date(1971, 12, 1), dt.date(2030, 1, 31)):
            text = display_text(day, locale)
            assert delegates.field_from_text("passport_expiry", text) == day
            assert delegates.field_from_text("date_of_birth", text) == day
        moment = dt.datetime(2027, 5, 6, 14, 30, 15)
        assert delegates.field_from_text("arrival", display_text(moment, locale)) == moment


def test_a_date_picked_in_the_calendar_is_stored(demo_window, section, record, monkeypatch, qtbot):
    def pick(form: DelegateForm) -> None:
        expiry = form.edits["passport_expiry"]
        pick_in_calendar(qtbot, expiry, dt.date(2031, 8, 15))
        assert expiry.text() == "15/08/2031"
        assert form.message.text() == "" and expiry.styleSheet() == ""

    drive(monkeypatch, pick)
    assert section.edit_delegate(record)
    assert stored(demo_window, record.key).passport_expiry == dt.date(2031, 8, 15)


def test_picking_a_day_keeps_the_typed_time_or_uses_noon(record, qtbot):
    form = DelegateForm(record, [])
    qtbot.addWidget(form)
    arrival, departure = form.edits["arrival"], form.edits["departure"]
    assert arrival.text() == "02/07/2019 09:00"
    pick_in_calendar(qtbot, arrival, dt.date(2019, 7, 1))
    assert arrival.text() == "01/07/2019 09:00"
    departure.setText("2019-07-05")  # a date without a time
    pick_in_calendar(qtbot, departure, dt.date(2019, 7, 6))
    assert departure.text() == "06/07/2019 12:00"
    changes = form.changes()
    assert changes["arrival"] == dt.datetime(2019, 7, 1, 9, 0)
    assert changes["departure"] == dt.datetime(2019, 7, 6, 12, 0)


def test_the_calendar_opens_on_the_fields_date(record, qtbot):
    form = DelegateForm(record, [])
    qtbot.addWidget(form)
    birth = form.edits["date_of_birth"]
    birth.calendar_action.trigger()
    assert birth.popup.calendar.selectedDate().toPython() == dt.date(1971, 3, 14)
    qtbot.keyClick(birth.popup.calendar.findChild(QTableView), Qt.Key.Key_Escape)
    assert not birth.popup.isVisible()
    assert birth.text() == "14/03/1971"  # Escape changes nothing
    qtbot.keyClick(birth, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # from the keyboard
    assert birth.popup.isVisible()
    birth.popup.hide()


def test_an_unchanged_date_in_polish_form_is_no_change(demo_window, record, qapp):
    shared_translations(qapp).install("pl")
    form = DelegateForm(record, demo_window.visit.plan.groups)
    assert form.edits["date_of_birth"].text() == "14.03.1971"
    assert form.edits["arrival"].text() == "02.07.2019 09:00"
    assert form.country.currentText() == "Białoruś"
    assert form.changes() == {}
    form.edits["date_of_birth"].setText("1971-03-14")  # the same day typed another way
    assert form.changes() == {}
    form.edits["date_of_birth"].setText("15.03.1971")
    assert form.changes() == {"date_of_birth": dt.date(1971, 3, 15)}
    form.deleteLater()


def test_a_bad_date_is_marked_and_a_good_one_gets_its_hint_back(record):
    form = DelegateForm(record, [])
    expiry = form.edits["passport_expiry"]
    expiry.setText("31.02.2030")
    expiry.textEdited.emit(expiry.text())
    assert expiry.styleSheet() and "not a date" in expiry.toolTip()
    expiry.setText("28.02.2030")
    expiry.textEdited.emit(expiry.text())
    assert expiry.styleSheet() == "" and expiry.toolTip() == expiry.hint
    form.deleteLater()


# ---------------------------------------------------------------------- accessibility


def test_new_controls_have_names_tooltips_and_keep_the_tab_order(record, qtbot):
    form = DelegateForm(record, [])
    qtbot.addWidget(form)
    assert form.country.accessibleName() == "Country"
    assert "two-letter code" in form.country.toolTip()
    expiry = form.edits["passport_expiry"]
    assert expiry.accessibleName() == "Passport expiry"
    assert expiry.calendar_action.toolTip()
    assert expiry.calendar_action.text() == "Choose passport expiry in a calendar"
    form.show()
    qtbot.waitExposed(form)
    form.category.setFocus()
    qtbot.keyClick(form.category, Qt.Key.Key_Tab)
    assert form.focusWidget() in (form.country, form.country.lineEdit())
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    assert form.focusWidget() is form.edits["date_of_birth"]  # the calendar button is skipped
