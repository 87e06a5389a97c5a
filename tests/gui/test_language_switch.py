"""Polish and English: switched from the menu, in place, without losing the coordinator's place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from studyvisit.ui.app import build_main_window
from studyvisit.ui.i18n import system_language
from studyvisit.ui.main_window import MainWindow


def header(window: MainWindow, section: str, column: str, table: int = 0) -> str:
    model = window.section(section).tables()[table].model
    return model.headerData(model.column_index(column), Qt.Orientation.Horizontal)


def cell(window: MainWindow, section: str, column: str, key: str, table: int = 0) -> str:
    model = window.section(section).tables()[table].model
    row = model.row_of_key(key)
    assert row is not None
    return model.index(row, model.column_index(column)).data()


def section_titles(window: MainWindow) -> list[str]:
    model = window.section_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_polish_and_back_from_the_menu_keeps_visit_section_search_and_selection(
    window: MainWindow,
) -> None:
    window.show_section("delegates")
    table = window.section("delegates").tables()[0]
    table.search.setText("mp")  # passport numbers: the same in both languages
    table.select_keys(["d4"])
    visit_id = window.current_visit_id()

    window.actions.languages["pl"].trigger()

    assert window.actions.menus["file"].title() == "&Plik"
    assert window.actions.menus["help"].title() == "Pomo&c"
    assert window.actions.new_visit.text() == "&Nowa wizyta…"
    assert section_titles(window)[:3] == ["Przegląd", "Delegaci", "Grupy"]
    assert header(window, "delegates", "passport_expiry") == "Ważność paszportu"
    assert cell(window, "delegates", "country", "d1") == "Białoruś"
    assert cell(window, "delegates", "category", "d1") == "Administracja centralna"
    assert cell(window, "delegates", "passport_expiry", "d1") == "31 sty 2025"
    assert cell(window, "itinerary", "groups", "welcome") == "Wszyscy"
    assert cell(window, "itinerary", "title", "welcome") == "Powitanie"  # the Polish title now
    assert cell(window, "itinerary", "day", "welcome").startswith("wt")  # wtorek, 2 lipca
    assert header(window, "transport", "headcount") == "Osoby / miejsca"
    assert window.section("delegates").heading.text() == "Delegaci"
    assert "delegatów" in window.section("delegates").summary.text()
    assert window.database_status.text().startswith("Baza danych:")
    assert "błęd" in window.problem_status.text()  # "1 błąd", "4 błędy", "5 błędów"
    overview = window.section("overview")
    assert overview.fact_values["languages"].text() == "polski, angielski, rosyjski"
    assert overview.fact_values["dates"].text() == "2 lip 2019 – 4 lip 2019 (3 dni)"
    assert overview.tiles["delegates"].caption.text() == "delegatów"  # 4 = "czterech delegatów"
    # The plan checker speaks the interface language too.
    problems = window.section("problems").tables()[0].model
    messages = [
        problems.index(r, problems.column_index("message")).data()
        for r in range(problems.rowCount())
    ]
    assert any("miejsc" in message for message in messages), messages

    # Nothing of the coordinator's place was lost.
    assert window.current_visit_id() == visit_id
    assert window.current_section().name == "delegates"
    assert table.search.text() == "mp"
    assert table.selected_keys() == ["d4"]

    window.actions.languages["en"].trigger()
    assert window.actions.menus["file"].title() == "&File"
    assert section_titles(window)[:3] == ["Overview", "Delegates", "Groups"]
    assert header(window, "delegates", "passport_expiry") == "Passport expiry"
    assert cell(window, "itinerary", "title", "welcome") == "Welcome"
    assert table.selected_keys() == ["d4"]
    assert window.actions.languages["en"].isChecked()


def test_the_choice_is_remembered_and_wins_over_the_system(
    make_window, database, small_visit_id, settings
) -> None:
    window = make_window(database, small_visit_id)
    window.set_language("pl")
    assert settings.value("ui/language") == "pl"
    window.close()
    again = make_window(database, small_visit_id, language=None)  # no override: the remembered one
    assert again.translations.language == "pl"
    assert again.actions.menus["view"].title() == "&Widok"
    assert again.actions.languages["pl"].isChecked()


def test_qt_own_dialog_texts_are_polish_too(window: MainWindow) -> None:
    window.set_language("pl")
    # Qt's standard buttons (QMessageBox, QDialogButtonBox) come from qtbase_pl.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Anuluj"
    assert QLocale().language() == QLocale.Language.Polish


def test_polish_system_locale_picks_polish(monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Polish)))
    assert system_language() == "pl"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert system_language() == "en"


def test_a_window_built_in_polish_starts_polish(qtbot, database, small_visit_id, settings) -> None:
    window = build_main_window(
        database, small_visit_id, settings=settings, language="pl", inline_tasks=True
    )
    qtbot.addWidget(window)
    assert window.actions.menus["file"].title() == "&Plik"
    assert window.section("overview").heading.text() == "Przegląd"
