"""What every section of the main window shares: a heading, the visit it shows, retranslation.

Texts here are translated with explicit contexts (not ``self.tr``) because
they are shown by subclasses and lupdate names a ``tr`` context after the
class that calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyvisit.ui.context import WindowContext
from studyvisit.ui.record_table import RecordTable
from studyvisit.ui.table_model import Column, RecordTableModel
from studyvisit.ui.visit_data import LoadedVisit

BACKGROUND_EDIT_FROM = 1000  # rows named by a bulk change: 1,000 take a few hundred ms


def split_refs(refs: Sequence[str], prefix: str) -> list[str]:
    """The keys of ``refs`` ("agenda:welcome", ...) that carry ``prefix`` ("agenda")."""
    marker = f"{prefix}:"
    return [ref[len(marker) :] for ref in refs if ref.startswith(marker)]


class Section(QWidget):
    """One page of the main window, showing one aspect of the chosen visit."""

    name: ClassVar[str] = ""
    title_text: ClassVar[str] = ""  # source text in the "Sections" context

    reveal_requested = Signal(tuple)  # refs another section should show (problems → itinerary)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section-{self.name}")
        self.visit: LoadedVisit | None = None
        self.context: WindowContext | None = None  # set by the window through attach()
        self.heading = QLabel(self)
        self.heading.setObjectName("section-heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("section-summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(8)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.summary)

    def attach(self, context: WindowContext) -> None:
        """Called once by the window: from now on the section may edit and run tasks."""
        self.context = context

    def apply_change(self, text: str, change, revert=None, *, scope=None) -> bool:
        """Make ``change(uow)`` through the window's editor; False when it was refused
        (the window has said why). ``revert`` and ``scope`` as VisitEditor.apply takes them.

        A bulk change whose scope names BACKGROUND_EDIT_FROM rows or more runs on a
        worker (seconds at 10,000 delegates): True then means it has started.
        """
        if self.context is None:
            return False
        if scope is not None and revert is None and scope.named_rows() >= BACKGROUND_EDIT_FROM:
            self.context.editor.apply_in_background(
                text, change, scope=scope, tasks=self.context.tasks, parent=self.window()
            )
            return True

        def done(uow) -> bool:
            change(uow)
            return True  # the editor returns None only for a refused change

        return bool(self.context.editor.apply(text, done, revert, scope=scope))

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Sections", cls.title_text)

    def show_visit(self, visit: LoadedVisit | None) -> None:
        self.visit = visit
        self.refresh()
        self.summary.setText(self.summary_text())

    def refresh(self) -> None:
        """Fill the widgets from ``self.visit`` (None: no visit chosen)."""

    def summary_text(self) -> str:
        return ""

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.summary.setText(self.summary_text())

    def reveal(self, refs: Sequence[str]) -> bool:
        """Select the records named by ``refs``; False when none of them is shown here."""
        return False

    def tables(self) -> list[RecordTable]:
        return []

    def focus_search(self) -> None:
        tables = self.tables()
        if tables and tables[0].search.isVisible():
            tables[0].search.setFocus()
            tables[0].search.selectAll()


class TableSection(Section):
    """A section that is one searchable table of rows built from the plan."""

    columns: ClassVar[tuple[Column, ...]] = ()
    sort_column: ClassVar[str | None] = None
    stretch_column: ClassVar[str | None] = None  # default: the last column takes spare width
    wrap: ClassVar[bool] = False  # long texts wrap (short lists only: rows grow)
    editable: ClassVar[bool] = False  # cells edited in place go through the window's editor
    ref_prefix: ClassVar[str | None] = None  # e.g. "agenda": reveal() selects these keys

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(self.columns, parent=self)
        self.table = RecordTable(
            self.model,
            name=self.name,
            sort_column=self.sort_column,
            stretch_column=self.stretch_column,
            wrap=self.wrap,
            parent=self,
        )
        self.body.addWidget(self.table, 1)

    def attach(self, context: WindowContext) -> None:
        super().attach(context)
        if self.editable:
            self.table.edit_through(context.editor.apply)

    def rows(self, visit: LoadedVisit) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        self.table.set_records(self.rows(self.visit) if self.visit else [])

    def retranslate(self) -> None:
        self.table.retranslate()
        super().retranslate()

    def reveal(self, refs: Sequence[str]) -> bool:
        if self.ref_prefix is None:
            return False
        keys = split_refs(refs, self.ref_prefix)
        return bool(keys) and self.table.select_keys(keys) > 0

    def tables(self) -> list[RecordTable]:
        return [self.table]
