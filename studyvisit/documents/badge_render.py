"""Drawing badges: one renderer for every layout's elements, and the sheet's crop marks.

Coordinates: layouts are in millimetres from the badge's top-left corner;
:meth:`BadgeRenderer.box` turns them into reportlab's points from the page's
bottom-left corner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from studyvisit.documents.badge_back import ListEntry, agenda_summary, contact_entries, list_text
from studyvisit.documents.badge_fields import FIELDS, ROLES, BadgeContext, BadgePerson, qr_payload
from studyvisit.documents.badge_layout import (
    MM,
    BadgeLayout,
    BandElement,
    Element,
    ListElement,
    LogosElement,
    QrElement,
    Rect,
    RuleElement,
    StackElement,
    TextElement,
)
from studyvisit.documents.pdf_text import (
    Box,
    FittedText,
    TextStyle,
    colour,
    draw_at,
    draw_fitted,
    draw_text,
    fit_text,
)
from studyvisit.documents.qr import draw_qr, encode
from studyvisit.programme import PlanIndex
from studyvisit.records import VisitPlan

# Fields whose text is the same on many badges (so drawn from operators made once).
VISIT_FIELDS = frozenset({"visit_title", "visit_dates", "project", "host", "role", "country"})


@dataclass(frozen=True, slots=True)
class Logo:
    path: str
    aspect: float  # width / height


@dataclass(frozen=True, slots=True)
class BadgeSettings:
    """The coordinator's choices for one run of badges."""

    layout: BadgeLayout
    language: str = "en"
    logos: tuple[Logo, ...] = ()
    blank: int = 0
    blank_role: str = "delegate"
    back_side: bool = False
    qr: str = "vcard"
    staff: bool = True


class BadgeRenderer:
    """Draws pages of badges for one plan and one set of choices."""

    def __init__(self, canvas: Canvas, plan: VisitPlan, settings: BadgeSettings) -> None:
        self.canvas = canvas
        self.plan = plan
        self.settings = settings
        self.layout = settings.layout
        self.index = PlanIndex(plan)
        self._styles: dict[TextElement, TextStyle] = {}
        self._agendas: dict[frozenset[str] | None, tuple[ListEntry, ...]] = {}
        self._boxes: dict[tuple[Rect, Rect], Box] = {}
        # PDF operators of what looks the same on many badges (bands, rules, visit texts, roles,
        # countries, back-side lists, crop marks), by element, badge slot and content: made once.
        self._codes: dict[tuple[object, ...], str] = {}

    def draw_page(self, people: Sequence[BadgePerson], back: bool) -> None:
        layout = self.layout
        for slot, person in enumerate(people):
            rect = layout.badge_rect(slot, back)
            self.draw_badge(person, rect, layout.back if back else layout.front)
        if layout.crop_marks and not back:
            self.draw_once(("crop marks",), draw_crop_marks, self.canvas, layout)
        self.canvas.showPage()

    def draw_badge(self, person: BadgePerson, rect: Rect, elements: Sequence[Element]) -> None:
        context = BadgeContext(person, self.plan.visit, self.settings.language)
        for element in elements:
            box = self.box(rect, element.box)
            if isinstance(element, BandElement):
                band = self.band_colour(element, person)
                self.draw_once((element, rect, band), self.draw_band, element, box, rect, band)
            elif isinstance(element, TextElement):
                self.draw_field(element, self.text_value(element, context), box, rect, person)
            elif isinstance(element, StackElement):
                self.draw_stack(element, box, context)
            elif isinstance(element, QrElement):
                self.draw_code(element, box, person)
            elif isinstance(element, LogosElement):
                self.draw_logos(element, box)
            elif isinstance(element, RuleElement):
                self.draw_once((element, rect), self.draw_rule, element, box)
            elif isinstance(element, ListElement):
                self.draw_list(element, box, rect, person)

    def draw_once(
        self, key: tuple[object, ...], draw: Callable[..., object], *arguments: object
    ) -> None:
        """Run ``draw(*arguments)`` the first time ``key`` is drawn, then repeat its PDF operators.

        Only for drawing that adds nothing but operators to the page (no images,
        which reportlab also lists in each page's resources).
        """
        code = self._codes.get(key)
        if code is None:
            operators = self.canvas._code  # reportlab's list of the page's operators so far
            start = len(operators)
            draw(*arguments)
            code = self._codes[key] = "\n".join(operators[start:])
            del operators[start:]
        self.canvas.addLiteral(code)

    def box(self, badge: Rect, element: Rect) -> Box:
        """An element's box in PDF points, from millimetres in its badge."""
        key = (badge, element)
        box = self._boxes.get(key)
        if box is None:
            page_height = self.layout.page_height
            box = self._boxes[key] = Box(
                (badge.x + element.x) * MM,
                (page_height - badge.y - element.bottom) * MM,
                element.width * MM,
                element.height * MM,
            )
        return box

    # -- elements

    def text_value(self, element: TextElement, context: BadgeContext) -> str:
        value = FIELDS[element.field].value(context)
        return value.upper() if element.uppercase else value

    def draw_field(
        self, element: TextElement, value: str, box: Box, badge: Rect, person: BadgePerson
    ) -> None:
        if person.kind == "blank" and element.write_in:
            self.draw_once(("write-in", box), self.draw_write_in, box)
        elif value and element.field in VISIT_FIELDS:  # the same on many badges
            style = self.style(element)
            self.draw_once((element, badge, value), draw_text, self.canvas, value, box, style)
        elif value:
            draw_text(self.canvas, value, box, self.style(element))

    def draw_stack(self, element: StackElement, box: Box, context: BadgeContext) -> None:
        """Fit each item in its greatest box, then set the non-empty ones one below another."""
        gap = element.gap * MM
        placed: list[tuple[TextElement, FittedText | None, float]] = []
        for item in element.items:
            value = self.text_value(item, context)
            if context.person.kind == "blank" and item.write_in:
                placed.append((item, None, item.box.height * MM))
            elif value:
                width, height = item.box.width * MM, item.box.height * MM
                fitted = fit_text(value, width, height, self.style(item))
                placed.append((item, fitted, fitted.height(item.leading)))
        if not placed:
            return
        spaces = [0.0] + [gap + item.space_before * MM for item, _, _ in placed[1:]]
        used = sum(height for _, _, height in placed) + sum(spaces)
        if element.valign == "top":
            top = box.top
        elif element.valign == "bottom":
            top = box.y + used
        else:
            top = box.y + (box.height + used) / 2
        for (item, fitted, height), space in zip(placed, spaces, strict=True):
            top -= space
            slot = Box(box.x, top - height, item.box.width * MM, height)
            if fitted is None:
                self.draw_once(("write-in", slot), self.draw_write_in, slot)
            else:
                draw_fitted(self.canvas, fitted, slot, self.style(item))
            top -= height

    def draw_write_in(self, box: Box) -> None:
        """A grey line to write on, near the bottom of ``box``."""
        self.canvas.setStrokeColor(colour("#9A9A9A"))
        self.canvas.setLineWidth(0.4)
        self.canvas.line(box.x, box.y + 1.5 * MM, box.right, box.y + 1.5 * MM)

    def style(self, element: TextElement) -> TextStyle:
        style = self._styles.get(element)
        if style is None:
            style = TextStyle(
                font=element.font,
                max_size=element.max_size,
                min_size=element.min_size,
                max_lines=element.max_lines,
                leading=element.leading,
                align=element.align,
                valign=element.valign,
                colour=element.colour,
                wrap_below=element.wrap_below,
            )
            self._styles[element] = style
        return style

    def band_colour(self, element: BandElement, person: BadgePerson) -> str:
        return element.colour or self.layout.role_colours.get(person.role) or ROLES[person.role]

    def draw_rule(self, element: RuleElement, box: Box) -> None:
        self.canvas.setStrokeColor(colour(element.colour))
        self.canvas.setLineWidth(element.thickness)
        self.canvas.line(box.x, box.top, box.right, box.top)

    def draw_band(self, element: BandElement, box: Box, badge: Rect, band_colour: str) -> None:
        bleed = self.layout.bleed * MM
        x, y, right, top = box.x, box.y, box.right, box.top
        edge = self.box(badge, Rect(0, 0, badge.width, badge.height))
        near = 0.05 * MM
        if bleed:  # a band that touches the badge's edge runs past it, for cutting tolerance
            x = x - bleed if abs(x - edge.x) < near else x
            y = y - bleed if abs(y - edge.y) < near else y
            right = right + bleed if abs(right - edge.right) < near else right
            top = top + bleed if abs(top - edge.top) < near else top
        self.canvas.setFillColor(colour(band_colour))
        if element.radius:
            self.canvas.roundRect(x, y, right - x, top - y, element.radius * MM, stroke=0, fill=1)
        else:
            self.canvas.rect(x, y, right - x, top - y, stroke=0, fill=1)

    def draw_code(self, element: QrElement, box: Box, person: BadgePerson) -> None:
        payload = qr_payload(person, self.plan.visit, self.settings.qr, self.settings.language)
        if payload:
            matrix = encode(payload, element.ec_level)
            draw_qr(self.canvas, matrix, box.x, box.y, box.width, element.quiet_zone)

    def draw_logos(self, element: LogosElement, box: Box) -> None:
        logos = self.settings.logos
        if not logos:
            return
        gap = element.gap * MM
        natural = sum(logo.aspect * box.height for logo in logos) + gap * (len(logos) - 1)
        scale = min(1.0, box.width / natural)
        height = box.height * scale
        used = natural * scale
        x = {"left": box.x, "right": box.right - used}.get(
            element.align, box.x + (box.width - used) / 2
        )
        y = box.y + (box.height - height) / 2
        for logo in logos:
            width = logo.aspect * height
            self.canvas.drawImage(logo.path, x, y, width, height, mask="auto")
            x += width + gap * scale

    def draw_list(self, element: ListElement, box: Box, badge: Rect, person: BadgePerson) -> None:
        if element.content == "agenda":
            entries = self.agenda_entries(person)
        else:
            entries = contact_entries(self.plan.staff, self.settings.language)

        def draw() -> None:  # once for each programme: delegates of the same groups share one
            code = list_text(self.canvas, entries, box.width, box.height, element)
            if code is not None:
                draw_at(self.canvas, code, box.x, box.y)

        self.draw_once((element, badge, entries), draw)

    # -- back side content

    def agenda_entries(self, person: BadgePerson) -> tuple[ListEntry, ...]:
        """Days and their main items, for this person: a delegate's own programme."""
        delegate = self.index.delegates.get(person.key) if person.kind == "delegate" else None
        groups = frozenset(delegate.group_keys) if delegate else None
        if groups not in self._agendas:
            if delegate is not None:
                items = self.index.programme(delegate.key)
            else:
                items = sorted(self.plan.agenda, key=lambda item: (item.start, item.end))
            self._agendas[groups] = agenda_summary(items, self.settings.language)
        return self._agendas[groups]


def draw_crop_marks(canvas: Canvas, layout: BadgeLayout) -> None:
    """Short hairlines in the page margins, in line with every cut, clear of the bleed."""
    slots = [layout.badge_rect(slot) for slot in range(layout.per_page)]
    xs = sorted({r.x for r in slots} | {r.right for r in slots})
    ys = sorted({r.y for r in slots} | {r.bottom for r in slots})
    left, right, top, bottom = xs[0], xs[-1], ys[0], ys[-1]
    offset = max(layout.bleed + 1.0, 2.0)  # mm between the cut's end and the mark

    def length(room: float) -> float:
        return min(5.0, room - offset - 1.0)  # and 1 mm clear of the paper's edge

    canvas.setStrokeColor(colour("#000000"))
    canvas.setLineWidth(0.25)
    page = layout.page_height

    def line(x1: float, y1: float, x2: float, y2: float) -> None:  # mm, y from the top
        canvas.line(x1 * MM, (page - y1) * MM, x2 * MM, (page - y2) * MM)

    for x in xs:
        if (mark := length(top)) > 1:
            line(x, top - offset, x, top - offset - mark)
        if (mark := length(page - bottom)) > 1:
            line(x, bottom + offset, x, bottom + offset + mark)
    for y in ys:
        if (mark := length(left)) > 1:
            line(left - offset, y, left - offset - mark, y)
        if (mark := length(layout.page_width - right)) > 1:
            line(right + offset, y, right + offset + mark, y)
