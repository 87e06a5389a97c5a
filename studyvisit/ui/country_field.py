"""A country chosen from a list by name, or typed: a name in any of our languages or a code.

Each item's data is the ISO 3166-1 alpha-2 code the services store; the names
are the interface language's, sorted by its collation, the visits' usual
countries first.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from studyvisit.errors import StudyvisitError, ValidationError
from studyvisit.services import delegates
from studyvisit.ui.i18n import fill, ui_locale
from studyvisit.ui.vocabulary import COUNTRIES, country_name, not_set

USUAL_COUNTRIES = ("BY", "PL", "UA")  # where the delegates of these visits mostly come from


def country_codes_by_name() -> list[str]:
    """The known codes: the usual ones first, then the rest by translated name."""
    collator = QCollator(ui_locale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    others = [code for code in COUNTRIES if code not in USUAL_COUNTRIES]
    by_name = functools.cmp_to_key(lambda a, b: collator.compare(country_name(a), country_name(b)))
    return [*USUAL_COUNTRIES, *sorted(others, key=by_name)]


class CountryField(QComboBox):
    """An editable list of countries; ``code()`` reads what is chosen or typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing never adds items
        self.setMaxVisibleItems(20)
        self.addItem(not_set(), None)
        for position, code in enumerate(country_codes_by_name()):
            if position == len(USUAL_COUNTRIES):
                self.insertSeparator(self.count())
            self.addItem(country_name(code), code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "rus" offers Belarus and Russia
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Name or code (BY, PL)"))
        self.hint = self.tr(
            "Choose the country, or type its name (English or Polish) or its two-letter code."
        )
        self.setToolTip(self.hint)

    def set_code(self, code: str | None) -> None:
        """Show ``code``'s country; a code outside our list is added as itself."""
        index = self.findData(code) if code else 0
        if index < 0:
            self.addItem(country_name(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.lineEdit().setCursorPosition(0)

    def code(self) -> str | None:
        """The ISO code chosen or typed; ValidationError for a text that names no country."""
        text = " ".join(self.currentText().split())
        if not text or text.casefold() == not_set().casefold():
            return None
        if self.currentIndex() >= 0 and text == self.itemText(self.currentIndex()):
            return self.currentData()
        for index in range(self.count()):
            if self.itemData(index) and self.itemText(index).casefold() == text.casefold():
                return self.itemData(index)
        try:  # a code, or a name in another of our languages ("Польша", "Polska")
            return delegates.field_from_text("country", text)
        except StudyvisitError:
            raise ValidationError(
                fill(
                    self.tr(
                        "Country: “%1” is not a country we know; choose one from the list"
                        " or type its two-letter code (BY, PL)."
                    ),
                    text,
                )
            ) from None
