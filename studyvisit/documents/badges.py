"""Name badges (PDF): one renderer for every layout in ``resources/badge-layouts``.

Who gets a badge: the delegates (of the chosen group, or the one chosen
delegate), then the staff (whole-visit badges only), then any blank badges to
fill in by hand. The coordinator's choices come from ``ExportOptions.extra``,
falling back to the visit's ``settings["badges"]`` (so that the command line,
which has no flags for them, can use them too):

``logos``       list of PNG/JPEG paths, drawn side by side where the layout has logos
``blank``       number of blank badges to add (default 0)
``blank_role``  role of the blank badges' band (default ``delegate``)
``back_side``   true: after each page of fronts, a page of backs (agenda summary,
                contacts), placed for duplex printing (see the layout's ``duplex``)
``qr``          ``vcard`` (default: name, organisation, position, e-mail, phone),
                ``vcard-name`` (no e-mail or phone), ``id`` or ``none``
``staff``       false: no badges for the staff
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.utils import ImageReader

from studyvisit.documents import fonts
from studyvisit.documents.badge_fields import (
    FIELDS,
    QR_MODES,
    ROLES,
    BadgePerson,
    blank_person,
    delegate_person,
    sample_person,
    staff_person,
)
from studyvisit.documents.badge_layout import MM, BadgeLayout, load_layout
from studyvisit.documents.badge_render import BadgeRenderer, BadgeSettings, Logo
from studyvisit.documents.localisation import language_or_default
from studyvisit.documents.pdf_spool import SpoolingCanvas
from studyvisit.documents.registry import Exporter, ExportOptions, register
from studyvisit.errors import ValidationError
from studyvisit.progress import Cancel, Progress, check_cancel, never_cancel, no_progress
from studyvisit.records import VisitInfo, VisitPlan

_MAX_BLANK = 1000


@register
class BadgesExporter(Exporter):
    identifier = "badges"
    name = "Badges"
    file_types = ("pdf",)
    description = "Name badges for delegates and staff, on A6 cards, card inserts or label sheets."

    def render(
        self,
        plan: VisitPlan,
        options: ExportOptions,
        out: Path,
        file_type: str,
        progress: Progress = no_progress,
        cancel: Cancel = never_cancel,
    ) -> None:
        settings = badge_settings(plan.visit, options)
        people = badge_people(plan, options, settings)
        write_badges(out, plan, people, settings, progress, cancel)


# --------------------------------------------------------------------------- choices


def badge_settings(visit: VisitInfo, options: ExportOptions) -> BadgeSettings:
    """The run's settings: ``options.extra`` over the visit's ``settings["badges"]``."""
    saved = visit.settings.get("badges", {}) if isinstance(visit.settings, Mapping) else {}
    chosen: dict[str, Any] = {**(saved if isinstance(saved, Mapping) else {}), **options.extra}
    layout = load_layout(options.layout or chosen.get("layout"))
    blank = chosen.get("blank", 0) or 0
    if isinstance(blank, bool) or not isinstance(blank, int) or not 0 <= blank <= _MAX_BLANK:
        raise ValidationError(
            f"The number of blank badges must be a whole number from 0 to {_MAX_BLANK}."
        )
    blank_role = chosen.get("blank_role", "delegate")
    if blank_role not in ROLES:
        raise ValidationError(
            f"Blank badges' role must be one of {', '.join(ROLES)}, not {blank_role!r}."
        )
    qr = chosen.get("qr", "vcard")
    if qr not in QR_MODES:
        raise ValidationError(
            f"The badges' QR code must be one of {', '.join(QR_MODES)}, not {qr!r}."
        )
    back_side = bool(chosen.get("back_side", False))
    if back_side and not layout.back:
        raise ValidationError(f"The badge layout {layout.name} has no back side.")
    return BadgeSettings(
        layout=layout,
        language=language_or_default(options.language),
        logos=load_logos(chosen.get("logos") or ()),
        blank=blank,
        blank_role=blank_role,
        back_side=back_side,
        qr=qr,
        staff=bool(chosen.get("staff", True)),
    )


def load_logos(paths: Sequence[str] | str) -> tuple[Logo, ...]:
    """Check each logo file now, so that a bad one stops the run before any page."""
    if isinstance(paths, str):
        paths = [paths]
    logos = []
    for given in paths:
        path = Path(str(given)).expanduser()
        if not path.is_file():
            raise ValidationError(f"The logo file {path} does not exist.")
        try:
            width, height = ImageReader(str(path)).getSize()
        except Exception as error:  # Pillow raises many kinds for a file it cannot read
            raise ValidationError(f"The logo file {path} is not a PNG or JPEG image.") from error
        logos.append(Logo(str(path), width / height))
    return tuple(logos)


def badge_people(
    plan: VisitPlan, options: ExportOptions, settings: BadgeSettings
) -> list[BadgePerson]:
    """Delegates (in scope), then staff (whole visit only), then blank badges."""
    delegates = list(plan.delegates)
    if options.delegate_key:
        delegates = [d for d in delegates if d.key == options.delegate_key]
    elif options.group_key:
        delegates = [d for d in delegates if options.group_key in d.group_keys]
    people = [delegate_person(d) for d in delegates]
    if settings.staff and not (options.delegate_key or options.group_key):
        people += [staff_person(member) for member in plan.staff]
    people += [blank_person(settings.blank_role)] * settings.blank
    if not people:
        raise ValidationError(
            "There is nobody to make badges for: add delegates or staff, or ask for blank badges."
        )
    return people


# --------------------------------------------------------------------------- writing


def write_badges(
    out: Path,
    plan: VisitPlan,
    people: Sequence[BadgePerson],
    settings: BadgeSettings,
    progress: Progress = no_progress,
    cancel: Cancel = never_cancel,
) -> None:
    """Write the badges of ``people`` to ``out``: pages of fronts, each followed by its backs."""
    layout = settings.layout
    try:
        with out.open("wb") as file, closing(_canvas(file, layout)) as canvas:
            canvas.setTitle(f"Badges – {plan.visit.name}")
            canvas.setSubject(layout.title)
            renderer = BadgeRenderer(canvas, plan, settings)
            pages = list(_chunks(people, layout.per_page))
            for done, page in enumerate(pages):
                check_cancel(cancel)
                renderer.draw_page(page, back=False)
                if settings.back_side:
                    renderer.draw_page(page, back=True)
                progress(done + 1, len(pages), "Badges")
            canvas.save()
    except BaseException:  # cancelled or failed: no half-written file (it is written as it goes)
        out.unlink(missing_ok=True)
        raise


def write_preview(
    out: Path, layout_name: str | None, language: str = "en", back: bool = False
) -> None:
    """One badge of sample data on a page the badge's size, for the GUI's preview of a layout."""
    layout = load_layout(layout_name)
    single = replace(
        layout,
        page_width=layout.badge_width,
        page_height=layout.badge_height,
        columns=1,
        rows=1,
        left=0.0,
        top=0.0,
        crop_marks=False,
    )
    visit = VisitInfo(0, FIELDS["visit_title"].sample, dt.date(2019, 7, 2), dt.date(2019, 7, 5))
    settings = BadgeSettings(single, language_or_default(language), back_side=back)
    with out.open("wb") as file, closing(_canvas(file, single)) as canvas:
        BadgeRenderer(canvas, VisitPlan(visit), settings).draw_page([sample_person()], back=back)
        canvas.save()


def _canvas(file: BinaryIO, layout: BadgeLayout) -> SpoolingCanvas:
    """A canvas that keeps no page in memory: a conference run has thousands of pages."""
    fonts.register_fonts()
    canvas = SpoolingCanvas(
        file,
        pagesize=(layout.page_width * MM, layout.page_height * MM),
        initialFontName=fonts.REGULAR,  # else reportlab names Helvetica on every page
        initialFontSize=10,
    )
    canvas.setCreator("studyvisit")
    return canvas


def _chunks(items: Sequence[BadgePerson], size: int) -> Iterator[Sequence[BadgePerson]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
