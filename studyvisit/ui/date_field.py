"""A line edit for a date or a date-time: typed freely, or picked in a calendar popup.

The field shows dates in the interface locale's short form with a four-digit year
(31/05/2027 in English, 31.05.2027 in Polish), day first like every form the
services' parser reads. Parsing stays with the caller (``parse``), so the field
never accepts a text the services would refuse.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from studyvisit.errors import StudyvisitError
from studyvisit.ui.i18n import fill, ui_locale
from studyvisit.ui.icons import section_icon

FALLBACK_DATE_PATTERN = "dd.MM.yyyy"  # day first, four-digit year: always read back right
NOON = dt.time(12, 0)
# A time typed after the date ("31.05.2027 00:00"): kept even when it is midnight.
_TYPED_TIME = re.compile(r"[ T,]\d{1,2}[:.h]\d{2}(?::\d{2})?$")
_EXAMPLE = dt.datetime(2027, 5, 31, 14, 30)


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with two-digit days and months (d.MM.yyyy → dd.MM.yyyy).

    Only day-first patterns with a four-digit year are kept: the services read
    "05/06/27" as 5 June, so a month-first or short-year pattern falls back to
    dd.MM.yyyy.
    """
    pattern = (locale or ui_locale()).dateFormat(QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    day_first = pattern.find("dd") < pattern.find("MM") < pattern.find("yyyy")
    if not day_first or pattern.count("d") != 2 or pattern.count("M") != 2:
        return FALLBACK_DATE_PATTERN
    return pattern


def display_text(value: dt.date | dt.datetime | None, locale: QLocale | None = None) -> str:
    """A date as the field shows it; a date-time adds HH:MM (and :SS when it has seconds)."""
    if value is None:
        return ""
    locale = locale or ui_locale()
    day = value.date() if isinstance(value, dt.datetime) else value
    text = locale.toString(QDate(day.year, day.month, day.day), date_pattern(locale))
    if isinstance(value, dt.datetime):
        time_format = "%H:%M:%S" if value.second else "%H:%M"
        text = f"{text} {value.strftime(time_format)}"
    return text


def calendar_icon() -> QIcon:
    """The desktop theme's calendar, else our own line calendar (the itinerary's drawing)."""
    return QIcon.fromTheme("x-office-calendar", section_icon("itinerary"))


class CalendarPopup(QFrame):
    """A calendar that closes on a click outside or Escape; ``picked`` gets the chosen day."""

    def __init__(self, picked: Callable[[dt.date], None], parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendar-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._picked = picked
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)  # Enter on a day
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def open_at(self, anchor: QPoint, day: dt.date) -> None:
        locale = ui_locale()
        self.calendar.setLocale(locale)  # month and weekday names in the interface language
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        # Qt's own size hint cuts weekday names ("Wed", "śr.") to an ellipsis.
        metrics = self.calendar.fontMetrics()
        widest_day = max(
            metrics.horizontalAdvance(locale.dayName(weekday, QLocale.FormatType.ShortFormat))
            for weekday in range(1, 8)
        )
        column = max(widest_day, metrics.horizontalAdvance("00")) + metrics.averageCharWidth() * 3
        self.calendar.setMinimumWidth(column * 7)
        self.adjustSize()
        self.move(self._on_screen(anchor))
        self.show()
        self.calendar.setFocus()

    def _on_screen(self, anchor: QPoint) -> QPoint:
        screen = QGuiApplication.screenAt(anchor) or QGuiApplication.primaryScreen()
        if screen is None:
            return anchor
        area = screen.availableGeometry()
        x = min(max(anchor.x(), area.left()), area.right() - self.width())
        y = anchor.y()
        if y + self.height() > area.bottom():  # no room below the field: open above it
            y = max(area.top(), anchor.y() - self.height() - self.parentWidget().height())
        return QPoint(x, y)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self._picked(dt.date(day.year(), day.month(), day.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QLineEdit):
    """A date (or date-time) typed as text, with a calendar button at its end.

    ``parse`` turns the text into a ``date`` or ``datetime`` and raises on a bad
    one; it is the services' reading, so what the calendar writes is read back
    exactly. Picking a day emits ``textEdited`` like typing does.
    """

    def __init__(
        self,
        parse: Callable[[str], Any],
        *,
        with_time: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.parse = parse
        self.with_time = with_time
        self.popup: CalendarPopup | None = None
        self.calendar_action = QAction(calendar_icon(), self.tr("Choose in a calendar"), self)
        self.calendar_action.setObjectName("calendar-button")
        self.calendar_action.setToolTip(self.tr("Choose the day in a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        example = _EXAMPLE if with_time else _EXAMPLE.date()
        self.setPlaceholderText(display_text(example))
        self.hint = (
            fill(
                self.tr("Type a date and time such as %1, or choose the day in the calendar."),
                display_text(_EXAMPLE),
            )
            if with_time
            else fill(
                self.tr("Type a date such as %1 or 2027-05-31, or choose it in the calendar."),
                display_text(_EXAMPLE.date()),
            )
        )
        self.setToolTip(self.hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Alt+Down or F4 opens the calendar, as they open a combo box's list."""
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def show_value(self, value: dt.date | dt.datetime | None) -> None:
        self.setText(display_text(value))
        self.setCursorPosition(0)

    def current_value(self) -> Any:
        """The parsed text, or None when it is empty or not a date."""
        if not self.text().strip():
            return None
        try:
            return self.parse(self.text())
        except (StudyvisitError, ValueError):  # no date to start the calendar from
            return None

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self._picked, self)
            self.popup.calendar.setAccessibleName(
                fill(self.tr("Calendar: %1"), self.accessibleName() or self.objectName())
            )
        value = self.current_value()
        day = value.date() if isinstance(value, dt.datetime) else value
        self.popup.open_at(self.mapToGlobal(self.rect().bottomLeft()), day or dt.date.today())

    def _picked(self, day: dt.date) -> None:
        value: dt.date | dt.datetime = day
        if self.with_time:
            value = dt.datetime.combine(day, self._typed_time() or NOON)
        self.show_value(value)
        self.setFocus()
        self.textEdited.emit(self.text())  # the form checks a picked day like a typed one

    def _typed_time(self) -> dt.time | None:
        value = self.current_value()
        if not isinstance(value, dt.datetime):
            return None
        if value.time() != dt.time(0, 0) or _TYPED_TIME.search(self.text().strip()):
            return value.time()
        return None
