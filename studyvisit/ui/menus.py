"""The main window's actions and menus, with their texts and shortcuts in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from studyvisit.ui import icons
from studyvisit.ui.i18n import ENGLISH, POLISH
from studyvisit.ui.sections import SECTIONS


class WindowActions:
    """Every command of the main window as a QAction (menus, buttons and shortcuts share them)."""

    def __init__(self, window: QMainWindow) -> None:
        def action(name: str, shortcut: QKeySequence | str | None = None) -> QAction:
            item = QAction(window)
            item.setObjectName(name)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            return item

        self.open_database = action("open-database", QKeySequence.StandardKey.Open)
        self.new_visit = action("new-visit", QKeySequence.StandardKey.New)
        self.duplicate_visit = action("duplicate-visit", "Ctrl+Shift+N")
        self.rename_visit = action("rename-visit", "F2")
        self.visit_properties = action("visit-properties", "Alt+Return")
        self.delete_visit = action("delete-visit", "Ctrl+Shift+Del")
        self.backup_database = action("backup-database", "Ctrl+B")
        self.restore_backup = action("restore-backup")
        self.export_visit = action("export-visit", "Ctrl+E")
        self.reload = action("reload", QKeySequence.StandardKey.Refresh)
        self.quit = action("quit", QKeySequence.StandardKey.Quit)
        self.find = action("find", QKeySequence.StandardKey.Find)
        self.undo = action("undo", QKeySequence.StandardKey.Undo)
        self.redo = action("redo", "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.import_delegates = action("import-delegates", "Ctrl+I")
        self.about = action("about", QKeySequence.StandardKey.HelpContents)
        self.app_icon = icons.icon(icons.APP)

        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for code, label in ((POLISH, "Polski"), (ENGLISH, "English")):
            item = action(f"language-{code}")
            item.setText(label)  # each language names itself: not translated
            item.setCheckable(True)
            item.setData(code)
            self.language_group.addAction(item)
            self.languages[code] = item

        # Ctrl+1 … Ctrl+0 jump to the sections in list order.
        self.sections: dict[str, QAction] = {}
        for number, section in enumerate(SECTIONS, start=1):
            item = action(f"section-{section.name}", f"Ctrl+{number % 10}")
            item.setData(section.name)
            self.sections[section.name] = item

        self.menus = self._build_menus(window)

    def _build_menus(self, window: QMainWindow) -> dict[str, QMenu]:
        bar = window.menuBar()
        file_menu = bar.addMenu("")
        file_menu.setObjectName("menu-file")
        file_menu.addActions([self.open_database, self.backup_database, self.restore_backup])
        file_menu.addSeparator()
        file_menu.addActions(
            [
                self.new_visit,
                self.duplicate_visit,
                self.rename_visit,
                self.visit_properties,
                self.delete_visit,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.import_delegates, self.export_visit])
        file_menu.addSeparator()
        file_menu.addActions([self.quit])

        edit_menu = bar.addMenu("")
        edit_menu.setObjectName("menu-edit")
        edit_menu.addActions([self.undo, self.redo])

        view_menu = bar.addMenu("")
        view_menu.setObjectName("menu-view")
        view_menu.addActions(list(self.sections.values()))
        view_menu.addSeparator()
        view_menu.addActions([self.find, self.reload])
        view_menu.addSeparator()
        language_menu = view_menu.addMenu("")
        language_menu.setObjectName("menu-language")
        language_menu.addActions(list(self.languages.values()))

        help_menu = bar.addMenu("")
        help_menu.setObjectName("menu-help")
        help_menu.addActions([self.about])
        return {
            "file": file_menu,
            "edit": edit_menu,
            "view": view_menu,
            "language": language_menu,
            "help": help_menu,
        }

    def retranslate(self) -> None:
        self.menus["file"].setTitle(QCoreApplication.translate("Menus", "&File"))
        self.menus["edit"].setTitle(QCoreApplication.translate("Menus", "&Edit"))
        self.menus["view"].setTitle(QCoreApplication.translate("Menus", "&View"))
        self.menus["language"].setTitle(QCoreApplication.translate("Menus", "&Language"))
        self.menus["help"].setTitle(QCoreApplication.translate("Menus", "&Help"))
        self.open_database.setText(QCoreApplication.translate("Menus", "&Open database…"))
        self.open_database.setToolTip(
            QCoreApplication.translate(
                "Menus", "Open another studyvisit database file, or start a new one"
            )
        )
        self.new_visit.setText(QCoreApplication.translate("Menus", "&New visit…"))
        self.new_visit.setToolTip(QCoreApplication.translate("Menus", "Create a new, empty visit"))
        self.duplicate_visit.setText(
            QCoreApplication.translate("Menus", "New visit from &template…")
        )
        self.duplicate_visit.setToolTip(
            QCoreApplication.translate(
                "Menus",
                "A new visit with this visit's sites, staff, vehicles, groups and agenda "
                "on new dates, without delegates",
            )
        )
        self.rename_visit.setText(QCoreApplication.translate("Menus", "&Rename visit…"))
        self.rename_visit.setToolTip(
            QCoreApplication.translate("Menus", "Give the visit a new name")
        )
        self.visit_properties.setText(QCoreApplication.translate("Menus", "Visit &properties…"))
        self.visit_properties.setToolTip(
            QCoreApplication.translate(
                "Menus", "Name, dates, project, funder, host, partners, time zone, languages"
            )
        )
        self.backup_database.setText(QCoreApplication.translate("Menus", "&Back up database…"))
        self.restore_backup.setText(QCoreApplication.translate("Menus", "Re&store from backup…"))
        self.delete_visit.setText(QCoreApplication.translate("Menus", "&Delete visit…"))
        self.delete_visit.setToolTip(
            QCoreApplication.translate("Menus", "Delete the chosen visit and everything in it")
        )
        self.export_visit.setText(QCoreApplication.translate("Menus", "&Export visit file…"))
        self.export_visit.setToolTip(
            QCoreApplication.translate("Menus", "Save the whole visit as one JSON file")
        )
        self.import_delegates.setText(QCoreApplication.translate("Menus", "&Import delegates…"))
        self.import_delegates.setToolTip(
            QCoreApplication.translate(
                "Menus", "Add delegates from a spreadsheet (xlsx, ods, xls, csv) to the visit"
            )
        )
        self.reload.setText(QCoreApplication.translate("Menus", "&Reload"))
        self.quit.setText(QCoreApplication.translate("Menus", "&Quit"))
        self.find.setText(QCoreApplication.translate("Menus", "&Search in this section"))
        self.about.setText(QCoreApplication.translate("Menus", "&About studyvisit"))
        for section in SECTIONS:
            self.sections[section.name].setText(section.title())
