"""The interface font is the shipped DejaVu Sans: Cyrillic, ў, і and Polish letters everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from studyvisit.ui.app import create_application


def test_the_application_font_is_the_shipped_one(qapp) -> None:
    create_application()
    font = QApplication.font()
    assert QFontInfo(font).family() == "DejaVu Sans"
    raw = QRawFont.fromFont(font)
    for letter in "ўіІЎщЫąćęłńóśźżĄĆĘŁŃÓŚŹŻ":
        assert raw.supportsCharacter(ord(letter)), letter
    assert QFontMetrics(font).horizontalAdvance("Шчэрбіч Ўладзіслаў") > 0
