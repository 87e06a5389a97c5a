"""Invitation letters for visa applications as PDF: one letter per delegate, each on new pages.

All delegates from outside the host country (a local participant needs no
visa), the members of ``options.group_key``, or the one ``options.delegate_key``.
English unless another language is chosen. The letterhead is an image given as
``options.extra["letterhead"]`` (a path), else the host's name and address set
as text; the signature block comes from ``visit.settings["signature"]`` or the
first coordinator.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)

from studyvisit.documents import fonts
from studyvisit.documents.attendance_data import host_country
from studyvisit.documents.document_labels import word
from studyvisit.documents.letter_template import Letter, compose_letter
from studyvisit.documents.localisation import language_or_default
from studyvisit.documents.pdf_pages import fit_line
from studyvisit.documents.pdf_styles import ACCENT, INK, MUTED, TINT, esc, p, styles, table_style
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.documents.signatory import localised
from studyvisit.errors import ValidationError
from studyvisit.programme import PlanIndex
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import DelegateRecord, VisitPlan

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
TOP = 14 * mm  # page edge to letterhead
LETTERHEAD_HEIGHT = 30 * mm  # the most an image letterhead may take
TEXT_HEAD_HEIGHT = 14 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
EMPHASISED = frozenset({"latin_name", "passport_number"})


@register
class LettersPdfExporter(Exporter):
    identifier = "letters"
    name = "Invitation letters"
    file_types = ("pdf",)
    description = "Visa invitation letters, one per delegate, with the coordinator's signature."

    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        write_letters_pdf(plan, options, out, progress, cancel)


def write_letters_pdf(
    plan: VisitPlan,
    options: ExportOptions,
    out: Path,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write the letters chosen by ``options`` to ``out``."""
    language = language_or_default(options.language)
    letter_date = _letter_date(options.extra.get("letter_date"))
    letterhead = _letterhead(options.extra.get("letterhead"))
    people = recipients(plan, options)
    story: list[Flowable] = []
    for number, delegate in enumerate(people, start=1):
        check_cancel(cancel)
        progress(number, len(people) + 1, delegate.latin_name)
        letter = compose_letter(plan, delegate, language, letter_date, esc, _value)
        if story:
            story.append(PageBreak())
        story += letter_flowables(letter)
    if not story:
        raise ValidationError("No delegate needs an invitation letter in this selection.")
    document = LetterDocument(out, plan, language, letterhead, cancel)
    document.build(story)
    progress(len(people) + 1, len(people) + 1, "")


def recipients(plan: VisitPlan, options: ExportOptions) -> list[DelegateRecord]:
    """The delegate asked for, else the group's or the visit's delegates from abroad."""
    index = PlanIndex(plan)
    if options.delegate_key:
        return [index.delegates[options.delegate_key]]
    keys = index.members.get(options.group_key, []) if options.group_key else list(index.delegates)
    home = host_country(plan)
    return [
        index.delegates[key] for key in keys if (index.delegates[key].country or "").upper() != home
    ]


def letter_flowables(letter: Letter) -> list[Flowable]:
    """Place and date, addressee, subject, salutation, body, closing and signature."""
    s = styles()
    right = s.body.clone("right", alignment=TA_RIGHT)
    flowables: list[Flowable] = [p(letter.place_and_date, right), Spacer(0, 8 * mm)]
    if letter.addressee:
        flowables += [p(letter.addressee.replace("\n", "<br/>"), s.body), Spacer(0, 6 * mm)]
    subject = s.subheading.clone("subject", fontSize=11, leading=14, textColor=ACCENT)
    flowables += [p(letter.subject, subject), Spacer(0, 5 * mm)]
    if letter.salutation:
        flowables += [p(letter.salutation, s.body), Spacer(0, 3 * mm)]
    for block in letter.blocks:
        if isinstance(block, tuple):
            flowables += [particulars_table(block), Spacer(0, 4 * mm)]
        else:
            flowables += [p(block, s.body_justified), Spacer(0, 2.8 * mm)]
    flowables.append(signature_block(letter))
    return flowables


def particulars_table(rows: tuple[tuple[str, str], ...]) -> Table:
    s = styles()
    value_style = s.body.clone("particular", fontName=fonts.BOLD, fontSize=9.5, leading=12.5)
    label_style = s.body.clone("particular_label", fontSize=8.5, leading=12.5, textColor=MUTED)
    data = [[p(label, label_style), p(value, value_style)] for label, value in rows]
    table = Table(data, colWidths=[62 * mm, CONTENT_WIDTH - 62 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


def signature_block(letter: Letter) -> Flowable:
    """The closing, room to sign, then name, position and organisation."""
    s = styles()
    signer = letter.signatory
    lines = [p(esc(letter.closing), s.body), Spacer(0, 17 * mm)]
    if signer.name:
        lines.append(p(f"<b>{esc(signer.name)}</b>", s.body))
    for extra in (signer.position, signer.organisation):
        if extra:
            lines.append(p(esc(extra), s.muted))
    return KeepTogether([Spacer(0, 3 * mm), *lines])


class LetterDocument(BaseDocTemplate):
    """A4 letters under a letterhead: an image, or the host's name and address."""

    def __init__(
        self,
        out: Path,
        plan: VisitPlan,
        language: str,
        letterhead: ImageReader | None,
        cancel: Cancel,
    ) -> None:
        self.plan = plan
        self.language = language
        self.letterhead = letterhead
        self.cancel = cancel
        self.head_height = self._head_height()
        super().__init__(
            str(out),
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP + self.head_height + 10 * mm,
            bottomMargin=20 * mm,
            initialFontName=fonts.register_fonts(),
            title=f"{plan.visit.name} – {word('invitation_letter', language)}",
            subject=word("invitation_letter", language),
            author=plan.visit.host or "",
            creator="studyvisit",
            lang=language,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, 0, 0, 0, 0, id="body"
        )
        self.addPageTemplates([PageTemplate("letter", [frame], onPage=self._draw_head)])

    def afterPage(self) -> None:  # noqa: N802 (reportlab's name)
        check_cancel(self.cancel)

    def _head_height(self) -> float:
        if self.letterhead is None:
            return TEXT_HEAD_HEIGHT
        width, height = self.letterhead.getSize()
        return min(LETTERHEAD_HEIGHT, CONTENT_WIDTH * height / width)

    def _draw_head(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - TOP
        if self.letterhead is not None:
            width, height = self.letterhead.getSize()
            scale = min(CONTENT_WIDTH / width, self.head_height / height)
            drawn_width = width * scale
            canvas.drawImage(
                self.letterhead,
                MARGIN_X + (CONTENT_WIDTH - drawn_width) / 2,
                top - height * scale,
                drawn_width,
                height * scale,
                mask="auto",
            )
        else:
            self._draw_text_head(canvas, top)
        canvas.restoreState()

    def _draw_text_head(self, canvas: Canvas, top: float) -> None:
        visit = self.plan.visit
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, 13)
        host = visit.host or visit.name
        canvas.drawString(MARGIN_X, top - 13, fit_line(host, fonts.BOLD, 13, CONTENT_WIDTH))
        address = localised(visit.settings.get("host_address"), self.language)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 8.5)
        if address:
            canvas.drawString(
                MARGIN_X, top - 26, fit_line(address, fonts.REGULAR, 8.5, CONTENT_WIDTH)
            )
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, top - self.head_height, PAGE_WIDTH - MARGIN_X, top - self.head_height)
        canvas.setFillColor(INK)


def _value(key: str, text: str) -> str:
    return f"<b>{esc(text)}</b>" if key in EMPHASISED else esc(text)


def _letter_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError as error:
            raise ValidationError(
                f"The letter date {value!r} is not a date (YYYY-MM-DD)."
            ) from error
    return dt.date.today()


def _letterhead(path: object) -> ImageReader | None:
    if not path:
        return None
    file = Path(str(path)).expanduser()
    if not file.is_file():
        raise ValidationError(f"The letterhead image {file} does not exist.")
    try:
        image = ImageReader(str(file))
        image.getSize()
    except Exception as error:  # reportlab raises plain exceptions for unreadable images
        raise ValidationError(
            f"The letterhead {file} is not an image reportlab can read."
        ) from error
    return image
