"""A4 pages for flowing documents: running head, foot notice, "Page N of M".

The agenda, attendance sheets, transport list and participant summary share
this frame. Every canvas starts in the shipped font (``initialFontName``), so
no PDF names Helvetica. Page totals are drawn when the document is saved (the
canvas keeps each page until then), which costs one pass, not two.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from studyvisit.documents import fonts
from studyvisit.documents.pdf_styles import ACCENT, INK, MUTED, RULE, styles
from studyvisit.errors import ValidationError
from studyvisit.progress import Cancel, check_cancel, never_cancel

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
HEAD_HEIGHT = 24 * mm  # from the top edge to the frame
FOOT_HEIGHT = 17 * mm  # from the bottom edge to the frame (without a foot notice)
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
MAX_NOTICE_SHARE = 0.25  # of the page's height, for the foot notice


@dataclass(frozen=True)
class RunningHead:
    """What every page repeats: the visit above, the page number and notes below."""

    title: str
    subtitle: str = ""
    right: str = ""
    footer_left: str = ""
    page_label: str = "Page {page} of {pages}"
    notes: Mapping[str, str] = field(default_factory=dict)  # footnotes by onDraw label
    foot_notice: str = ""  # escaped markup printed above the footer of every page


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class HeadNote(Flowable):
    """Sets the words after the running head's right text, from this page on.

    Takes no room; a sheet starts with one ("Attendance list · 2 July"), so that
    its continuation pages say which sheet they continue.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.head_note = self.text


class NumberedCanvas(Canvas):
    """Keeps pages until saving, then draws "Page N of M" on each."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []
        self.page_label = "{page} / {pages}"
        self.page_notes: set[str] = set()
        self.head_note = ""
        self.setNamedCB("note", self._note)

    def _note(self, _canvas: Canvas, _kind: str, label: str | None) -> None:
        if label:
            self.page_notes.add(label)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        text = self.page_label.format(page=self._pageNumber, pages=total)
        self.saveState()
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOT_HEIGHT - 11 * mm, text)
        self.restoreState()


class FlowingDocument(BaseDocTemplate):
    """An A4 portrait document with a running head; cancellable between pages."""

    def __init__(self, out: Path, head: RunningHead, cancel: Cancel, **metadata) -> None:
        self.head = head
        self.cancel = cancel
        regular = fonts.register_fonts()
        self.notice = Paragraph(head.foot_notice, styles().note) if head.foot_notice else None
        notice_height = (
            self.notice.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] + 4 * mm if self.notice else 0
        )
        if notice_height > MAX_NOTICE_SHARE * PAGE_HEIGHT:
            raise ValidationError(
                "The notice printed at the foot of every page is too long: "
                "shorten it to fit a few lines (about 150 words)."
            )
        super().__init__(
            str(out),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=HEAD_HEIGHT,
            bottomMargin=FOOT_HEIGHT + notice_height,
            initialFontName=regular,
            initialFontSize=9,
            creator="studyvisit",
            **metadata,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's name)
        self.canv.page_label = self.head.page_label

    def afterPage(self) -> None:  # noqa: N802 (reportlab's name)
        check_cancel(self.cancel)

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._draw_head(canvas)
        self._draw_foot(canvas)
        canvas.restoreState()
        canvas.page_notes = set()

    def _draw_head(self, canvas: Canvas) -> None:
        head = self.head
        top = PAGE_HEIGHT - 11 * mm
        right = " · ".join(part for part in (head.right, getattr(canvas, "head_note", "")) if part)
        # The visit's name keeps at least half the line; the right text yields first.
        right = fit_line(right, fonts.REGULAR, 8, CONTENT_WIDTH * 0.45)
        right_width = stringWidth(right, fonts.REGULAR, 8) if right else 0
        room = CONTENT_WIDTH - right_width - 8 * mm
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, 9)
        canvas.drawString(MARGIN_X, top, fit_line(head.title, fonts.BOLD, 9, room))
        if head.subtitle:
            canvas.setFillColor(MUTED)
            canvas.setFont(fonts.REGULAR, 7.5)
            canvas.drawString(
                MARGIN_X, top - 10.5, fit_line(head.subtitle, fonts.REGULAR, 7.5, room)
            )
        if right:
            canvas.setFillColor(ACCENT)
            canvas.setFont(fonts.REGULAR, 8)
            canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        rule = PAGE_HEIGHT - HEAD_HEIGHT + 6 * mm
        canvas.line(MARGIN_X, rule, PAGE_WIDTH - MARGIN_X, rule)

    def _draw_foot(self, canvas: Canvas) -> None:
        head = self.head
        rule = FOOT_HEIGHT - 7 * mm
        if self.notice is not None:
            self.notice.drawOn(canvas, MARGIN_X, rule + 3 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, rule, PAGE_WIDTH - MARGIN_X, rule)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 7.5)
        notes = [head.notes[key] for key in sorted(canvas.page_notes) if key in head.notes]
        left = "   ".join([head.footer_left, *notes]) if head.footer_left else "   ".join(notes)
        room = CONTENT_WIDTH - 40 * mm
        canvas.drawString(MARGIN_X, rule - 4 * mm, fit_line(left, fonts.REGULAR, 7.5, room))


def build_pdf(
    out: Path,
    story: Sequence[Flowable],
    head: RunningHead,
    *,
    title: str,
    subject: str = "",
    author: str = "",
    language: str = "en",
    cancel: Cancel = never_cancel,
) -> None:
    """Lay ``story`` out on A4 pages under ``head`` and write it to ``out``."""
    document = FlowingDocument(
        out, head, cancel, title=title, subject=subject, author=author, lang=language
    )
    document.build(list(story), canvasmaker=NumberedCanvas)
