"""Badges read back: names, positions inside the badges, fonts, pages, QR codes, options."""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber
import pytest
import zxingcpp
from pdfminer.pdftypes import resolve1
from PIL import Image

from studyvisit.documents.badge_fields import (
    FIELDS,
    country_name,
    delegate_person,
    is_latin,
    qr_payload,
    staff_person,
)
from studyvisit.documents.badge_layout import MM, QrElement, Rect, available_layouts, load_layout
from studyvisit.documents.badges import BadgesExporter, write_preview
from studyvisit.documents.qr import encode, path_operators
from studyvisit.documents.registry import EXPORTERS, ExportOptions
from studyvisit.errors import ValidationError
from studyvisit.progress import Cancelled
from studyvisit.records import (
    AgendaItemRecord,
    DelegateRecord,
    GroupRecord,
    StaffRecord,
    VisitInfo,
    VisitPlan,
)

DATA = Path(__file__).parents[2] / "data"
LONG_ORGANISATION = (
    "Дзяржаўная ўстанова «Рэспубліканскі навукова-практычны цэнтр па пытаннях рэгіянальнага "
    "развіцця і трансгранічнага супрацоўніцтва» Міністэрства эканомікі Рэспублікі Беларусь"
)
LONG_POSITION = (
    "Намеснік начальніка аддзела міжнароднага супрацоўніцтва і знешнеэканамічнай дзейнасці"
)


def delegate(
    number: int,
    surname: str,
    given: str,
    patronymic: str | None,
    surname_latin: str | None,
    given_latin: str | None,
    **fields,
) -> DelegateRecord:
    return DelegateRecord(
        id=number,
        key=f"d{number}",
        surname=surname,
        given_names=given,
        patronymic=patronymic,
        surname_latin=surname_latin,
        given_names_latin=given_latin,
        group_keys=("a",) if number % 2 else ("b",),
        **fields,
    )


DELEGATES = (
    delegate(
        1,
        "Шчэрбіч",
        "Аляксандр",
        "Іванавіч",
        "Shcherbich",
        "Aliaksandr",
        organisation="Міністэрства эканомікі",
        country="BY",
        email="a.shcherbich@example.by",
        phone="+375 29 000 00 01",
        position="Head of Unit",
    ),
    delegate(
        2,
        "Канстанцінопальская-Вішнявецкая",
        "Аляксандра-Ўладзіслава",
        "Станіславаўна",
        "Kanstantsinopalskaya-Vishniavetskaya",
        "Aliaksandra-Uladzislava",
        organisation=LONG_ORGANISATION,
        position=LONG_POSITION,
        country="BY",
    ),
    delegate(
        3,
        "Wiśniewska-Żółtowska",
        "Małgorzata Agnieszka",
        None,
        None,
        None,
        organisation="Urząd Marszałkowski Województwa Podlaskiego",
        country="PL",
    ),
    delegate(
        4,
        "Ковальчук",
        "Ґанна",
        "Євгенівна",
        "Kovalchuk",
        "Hanna",
        organisation="Львівська обласна державна адміністрація",
        country="UA",
    ),
    delegate(5, "Ли", "Ян", None, "Li", "Ian", country="BY"),
    delegate(
        6,
        "Здравомыслова",
        "Евфросиния",
        "Вячеславовна",
        "Zdravomyslova",
        "Evfrosiniia",
        organisation="Гродзенскі абласны выканаўчы камітэт, галоўнае ўпраўленне эканомікі",
        position="Галоўны спецыяліст",
        country="BY",
        email="e.z@example.by",
    ),
    delegate(7, "Сідарэнка", "Тацяна", "Іванаўна", "Sidarenka", "Tatsiana", country="BY"),
    delegate(
        8,
        "Карповіч",
        "Дзмітрый",
        "Васільевіч",
        "Karpovich",
        "Dzmitryi",
        country="BY",
        organisation="Брэсцкі гарадскі выканаўчы камітэт",
    ),
    delegate(
        9,
        "Ўласава",
        "Ірына",
        "Уладзіміраўна",
        "Ulasava",
        "Iryna",
        country="BY",
        organisation="Беларускі інстытут сістэмнага аналізу",
    ),
    delegate(10, "Новікаў", "Андрэй", "Юр'евіч", "Novikau", "Andrei", country="BY"),
)
STAFF = (
    StaffRecord(1, "coord", "Anna Nowak", "coordinator", phone="+48 600 000 001"),
    StaffRecord(2, "int", "Ольга Петрова", "interpreter", phone="+48 600 000 002"),
    StaffRecord(3, "drv", "Jan Kowalski", "driver"),
    StaffRecord(4, "press", "Maria Zielińska-Dąbrowska", "press"),
    StaffRecord(
        5, "host", "Krzysztof Wojciechowski", "host", organisation="Politechnika Białostocka"
    ),
)
START = dt.date(2019, 7, 2)


def agenda() -> tuple[AgendaItemRecord, ...]:
    items = []
    for day in range(3):
        for hour, kind, title, groups in (
            (9, "meeting", "Welcome and the regional development programme", ()),
            (13, "meal", "Lunch", ()),
            (15, "site_visit", "Science and Technology Park", ("a",)),
            (16, "site_visit", "Regional Development Agency", ("b",)),
        ):
            start = dt.datetime.combine(START + dt.timedelta(days=day), dt.time(hour))
            items.append(
                AgendaItemRecord(
                    id=len(items) + 1,
                    key=f"i{len(items)}",
                    start=start,
                    end=start + dt.timedelta(hours=1),
                    kind=kind,
                    title={"en": title, "pl": title},
                    group_keys=groups,
                )
            )
    return tuple(items)


def make_plan(delegates=DELEGATES, staff=STAFF, **visit) -> VisitPlan:
    info = VisitInfo(
        3,
        visit.pop("name", "Study visit of Belarusian regions to Podlaskie"),
        START,
        START + dt.timedelta(days=2),
        **visit,
    )
    return VisitPlan(
        info,
        groups=(GroupRecord(1, "a", "A"), GroupRecord(2, "b", "B")),
        delegates=tuple(delegates),
        staff=tuple(staff),
        agenda=agenda(),
    )


# --------------------------------------------------------------------------- reading back


@dataclass
class Badges:
    path: Path
    layout_name: str
    sizes: list[tuple[float, float]]
    pages: list[str]
    chars: list[list[dict]]
    fonts: set[str]
    unembedded: set[str]
    images: list[int]
    raw: bytes
    badge_texts: list[str]  # each badge's own text, page by page and slot by slot

    def squeezed(self, page: int | None = None) -> str:
        """Page text (or all text) without whitespace: names may wrap at any space."""
        text = "".join(self.pages) if page is None else self.pages[page]
        return "".join(text.split())

    def badge_with(self, written: str) -> str | None:
        """The text of the badge that holds ``written`` (wrapped or not), if any."""
        wanted = "".join(written.split())
        return next((text for text in self.badge_texts if wanted in "".join(text.split())), None)


def render(tmp_path: Path, plan: VisitPlan, name: str = "badges", **options) -> Badges:
    out = tmp_path / f"{name}.pdf"
    BadgesExporter().render(plan, ExportOptions(**options), out, "pdf")
    backs = bool(options.get("extra", {}).get("back_side"))
    return read(out, options.get("layout") or load_layout(None).name, backs)


def read(path: Path, layout_name: str, backs: bool = False) -> Badges:
    sizes, pages, chars, images, badge_texts = [], [], [], [], []
    fonts, unembedded = set(), set()
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages):
            sizes.append((float(page.width), float(page.height)))
            pages.append(page.extract_text() or "")
            # Side by side, two badges' lines share a line of the page's text: read each badge alone.
            boxes = badge_boxes(layout_name, back=backs and number % 2 == 1)
            badge_texts += [page.within_bbox(box).extract_text() or "" for box in boxes]
            chars.append(page.chars)
            images.append(len(page.images))
            for font in (resolve1(page.page_obj.resources.get("Font")) or {}).values():
                font = resolve1(font)
                fonts.add(str(resolve1(font.get("BaseFont"))))
                descriptor = resolve1(font.get("FontDescriptor"))
                if descriptor is None or "FontFile2" not in descriptor:
                    unembedded.add(str(font.get("BaseFont")))
    return Badges(
        path,
        layout_name,
        sizes,
        pages,
        chars,
        fonts,
        unembedded,
        images,
        path.read_bytes(),
        badge_texts,
    )


def badge_boxes(layout_name: str, back: bool = False) -> list[tuple[float, float, float, float]]:
    """Each slot as (x0, top, x1, bottom) in points, pdfplumber's way (top down)."""
    layout = load_layout(layout_name)
    rects = [layout.badge_rect(slot, back) for slot in range(layout.per_page)]
    return [(r.x * MM, r.y * MM, r.right * MM, r.bottom * MM) for r in rects]


def holder(char: dict, boxes, tolerance: float = 0.05) -> int | None:
    for index, (x0, top, x1, bottom) in enumerate(boxes):
        if (
            x0 - tolerance <= char["x0"]
            and char["x1"] <= x1 + tolerance
            and top - tolerance <= char["top"]
            and char["bottom"] <= bottom + tolerance
        ):
            return index
    return None


def names_of(person: DelegateRecord) -> list[str]:
    latin = delegate_person(person).name
    return [latin] if is_latin(person.full_name) else [latin, person.full_name]


PEOPLE = len(DELEGATES) + len(STAFF)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, Badges]:
    """Every shipped layout, with two blank badges, read once for the tests below."""
    folder = tmp_path_factory.mktemp("badges")
    return {
        name: render(folder, make_plan(), name, layout=name, extra={"blank": 2})
        for name in available_layouts()
    }


# --------------------------------------------------------------------------- the documents


def test_badges_are_registered_for_the_command_line() -> None:
    exporter = EXPORTERS["badges"]
    assert isinstance(exporter, BadgesExporter) and exporter.file_types == ("pdf",)


@pytest.mark.parametrize("name", ["a6-portrait", "a4-2x4-cards", "avery-l4785"])
def test_pages_and_page_size_follow_the_layout(rendered, name: str) -> None:
    badges, layout = rendered[name], load_layout(name)
    assert len(badges.pages) == math.ceil((PEOPLE + 2) / layout.per_page)
    for width, height in badges.sizes:
        assert width == pytest.approx(layout.page_width * MM, abs=0.01)
        assert height == pytest.approx(layout.page_height * MM, abs=0.01)


@pytest.mark.parametrize("name", ["a6-portrait", "a4-2x4-cards", "avery-l4785"])
def test_every_character_lies_inside_its_badge_and_the_page(rendered, name: str) -> None:
    badges, layout = rendered[name], load_layout(name)
    boxes = badge_boxes(name)
    remaining = PEOPLE + 2
    for page, chars in enumerate(badges.chars):
        width, height = badges.sizes[page]
        used = set()
        for char in chars:
            assert (
                char["x0"] >= 0
                and char["x1"] <= width
                and char["top"] >= 0
                and char["bottom"] <= height
            )
            slot = holder(char, boxes)
            assert slot is not None, (page, char["text"], char["x0"], char["top"])
            used.add(slot)
        # Badges per page: every slot of a full page carries text, and no more.
        assert len(used) == min(layout.per_page, remaining)
        remaining -= layout.per_page


@pytest.mark.parametrize("name", ["a6-portrait", "a4-2x4-cards", "avery-l4785"])
def test_every_name_is_printed_in_latin_and_in_cyrillic(rendered, name: str) -> None:
    badges = rendered[name]
    for person in DELEGATES:
        latin, *cyrillic = names_of(person)
        badge = badges.badge_with(latin)
        assert badge is not None, latin
        for written in cyrillic:  # on the same badge
            assert "".join(written.split()) in "".join(badge.split()), written
    for member in STAFF:
        assert badges.badge_with(member.name) is not None


def test_the_cyrillic_name_is_printed_beneath_the_latin_one(rendered) -> None:
    first = rendered["a6-portrait"].pages[0].splitlines()
    latin = next(i for i, line in enumerate(first) if "Shcherbich" in line)
    cyrillic = next(i for i, line in enumerate(first) if "Шчэрбіч" in line)
    assert cyrillic > latin
    assert "Шчэрбіч Аляксандр Іванавіч" in rendered["a6-portrait"].pages[0]


@pytest.mark.parametrize("name", ["a6-portrait", "a4-2x4-cards", "avery-l4785"])
def test_only_the_shipped_fonts_embedded_as_subsets(rendered, name: str) -> None:
    badges = rendered[name]
    assert badges.fonts and all("+DejaVuSans" in font for font in badges.fonts), badges.fonts
    assert not badges.unembedded
    assert b"Helvetica" not in badges.raw


def test_delegates_then_staff_then_blank_badges(rendered) -> None:
    pages = rendered["a6-portrait"].pages  # one badge a page: the order is the page order
    assert "Shcherbich" in pages[0]
    assert "Novikau" in pages[len(DELEGATES) - 1]
    assert "Anna Nowak" in pages[len(DELEGATES)] and "COORDINATOR" in pages[len(DELEGATES)]
    assert "INTERPRETER" in pages[len(DELEGATES) + 1] and "DRIVER" in pages[len(DELEGATES) + 2]
    assert "PRESS" in pages[len(DELEGATES) + 3] and "HOST" in pages[len(DELEGATES) + 4]
    for blank in pages[-2:]:
        assert "DELEGATE" in blank and "Study visit" in blank and "Shcherbich" not in blank


def test_the_badge_shows_organisation_position_country_role_and_visit(rendered) -> None:
    first = rendered["a6-portrait"].pages[0]
    for shown in ("Міністэрства эканомікі", "Head of Unit", "BELARUS", "DELEGATE", "Study visit"):
        assert shown in first


def test_labels_follow_the_language(tmp_path) -> None:
    plan = make_plan(DELEGATES[:1], ())
    polish = render(tmp_path, plan, "pl", layout="a6-portrait", language="pl").pages[0]
    russian = render(tmp_path, plan, "ru", layout="a6-portrait", language="ru").pages[0]
    assert "UCZESTNIK" in polish and "BIAŁORUŚ" in polish
    assert "УЧАСТНИК" in russian and "БЕЛАРУСЬ" in russian


def test_long_texts_stay_in_their_boxes_and_clear_of_the_qr_code(rendered) -> None:
    for name in available_layouts():
        layout, badges = load_layout(name), rendered[name]
        code = next(e for e in layout.front if isinstance(e, QrElement)).box
        boxes = badge_boxes(name)
        for chars in badges.chars:
            for char in chars:
                badge = layout.badge_rect(holder(char, boxes))
                qr = Rect(badge.x + code.x, badge.y + code.y, code.width, code.height)
                assert not (
                    qr.x * MM < char["x1"]
                    and char["x0"] < qr.right * MM
                    and qr.y * MM < char["bottom"]
                    and char["top"] < qr.bottom * MM
                ), (name, char)


def test_a_name_too_long_for_any_line_is_ellipsised_inside_the_badge(tmp_path) -> None:
    word = "Оченьдлиннаяфамилиябезпробелов" * 3
    person = delegate(11, word, "Пётр", None, "Ochendlinnaiafamiliiabezprobelov" * 3, "Piotr")
    badges = render(tmp_path, make_plan([person], ()), layout="avery-l4785")
    assert "…" in badges.pages[0]
    boxes = badge_boxes("avery-l4785")
    assert all(holder(char, boxes) == 0 for char in badges.chars[0])


# --------------------------------------------------------------------------- QR codes


needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)


def decoded(badges: Badges, page: int, dpi: int = 300) -> list[str]:
    stem = badges.path.with_name(f"{badges.path.stem}-page{page}")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page + 1),
            "-l",
            str(page + 1),
            "-singlefile",
            str(badges.path),
            str(stem),
        ],
        check=True,
    )
    image = Image.open(f"{stem}.png").convert("L")
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


@needs_pdftoppm
@pytest.mark.parametrize("name", ["a4-2x4-cards", "avery-l4785", "a6-portrait"])
def test_the_qr_codes_decode_to_each_persons_vcard(rendered, name: str) -> None:
    badges, layout = rendered[name], load_layout(name)
    plan = make_plan()
    people = [delegate_person(d) for d in plan.delegates] + [staff_person(s) for s in plan.staff]
    on_page = people[: layout.per_page]
    expected = sorted(qr_payload(p, plan.visit, "vcard", "en") for p in on_page)
    assert sorted(decoded(badges, 0)) == expected
    shcherbich = next(text for text in expected if "Shcherbich" in text)
    assert (
        "FN:Aliaksandr Shcherbich\r\n" in shcherbich and "N:Shcherbich;Aliaksandr;;;" in shcherbich
    )


def test_the_vcard_payload() -> None:
    plan = make_plan()
    card = qr_payload(delegate_person(DELEGATES[0]), plan.visit, "vcard", "en")
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and card.endswith("END:VCARD\r\n")
    for line in (
        "N:Shcherbich;Aliaksandr;;;",
        "FN:Aliaksandr Shcherbich",
        "ORG:Міністэрства эканомікі",
        "TITLE:Head of Unit",
        "EMAIL;TYPE=INTERNET:a.shcherbich@example.by",
        "TEL;TYPE=WORK,VOICE:+375 29 000 00 01",
    ):
        assert line + "\r\n" in card
    # Long titles stay off the code (it would grow too dense); special characters are escaped.
    long = qr_payload(delegate_person(DELEGATES[1]), plan.visit, "vcard", "en")
    assert "TITLE" not in long
    tricky = replace(DELEGATES[0], organisation="Smith, Jones; and \\ Co")
    assert "ORG:Smith\\, Jones\\; and \\\\ Co\r\n" in qr_payload(
        delegate_person(tricky), plan.visit, "vcard", "en"
    )
    without_contact = qr_payload(delegate_person(DELEGATES[0]), plan.visit, "vcard-name", "en")
    assert "EMAIL" not in without_contact and "TEL" not in without_contact
    assert (
        qr_payload(delegate_person(DELEGATES[0]), plan.visit, "id", "en")
        == "studyvisit:3:delegate:d1"
    )


@needs_pdftoppm
def test_no_qr_code_when_asked_for_none(tmp_path) -> None:
    badges = render(
        tmp_path, make_plan(DELEGATES[:2], ()), layout="a6-portrait", extra={"qr": "none"}
    )
    assert decoded(badges, 0) == [] and "Shcherbich" in badges.pages[0]


# --------------------------------------------------------------------------- back side


def test_the_back_side_follows_each_front_mirrored_for_long_edge_flipping(tmp_path) -> None:
    plan = make_plan(DELEGATES[:3], STAFF[:2])
    badges = render(tmp_path, plan, layout="a4-2x4-cards", extra={"back_side": True})
    assert len(badges.pages) == 2
    front, back = badge_boxes("a4-2x4-cards"), badge_boxes("a4-2x4-cards", back=True)
    used_back = {holder(char, back) for char in badges.chars[1]}
    assert None not in used_back and used_back == set(range(5))
    # Slot 0's back lies behind slot 0's front: at the mirrored place, not at its own.
    assert back[0][0] == pytest.approx(badges.sizes[0][0] - front[0][2])
    assert "Tuesday, 2 July" in badges.pages[1] and "Contacts" in badges.pages[1]
    assert "Anna Nowak" in badges.pages[1] and "+48 600 000 001" in badges.pages[1]


def test_the_back_side_summarises_each_delegates_own_programme(tmp_path) -> None:
    plan = make_plan(DELEGATES[:2], ())  # d1 in group a, d2 in group b
    badges = render(tmp_path, plan, layout="a6-portrait", extra={"back_side": True})
    assert len(badges.pages) == 4
    first_back, second_back = badges.squeezed(1), badges.squeezed(3)
    assert (
        "ScienceandTechnologyPark" in first_back and "RegionalDevelopmentAgency" not in first_back
    )
    assert (
        "RegionalDevelopmentAgency" in second_back and "ScienceandTechnologyPark" not in second_back
    )
    assert "Lunch" not in badges.pages[1]  # meals are not main items
    boxes = badge_boxes("a6-portrait", back=True)
    assert all(holder(char, boxes) == 0 for char in badges.chars[1])


def test_a_layout_without_a_back_side_refuses_one(tmp_path) -> None:
    with pytest.raises(ValidationError, match="avery-l4785 has no back side"):
        render(tmp_path, make_plan(), layout="avery-l4785", extra={"back_side": True})


# --------------------------------------------------------------------------- choices


def test_logos_are_drawn_on_every_badge(tmp_path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#1F4E79").save(logo)
    square = tmp_path / "square.jpg"
    Image.new("RGB", (100, 100), "#C00000").save(square)
    plan = make_plan(DELEGATES[:3], ())
    badges = render(
        tmp_path, plan, layout="a4-2x4-cards", extra={"logos": [str(logo), str(square)]}
    )
    assert badges.images == [6]
    assert badges.raw.count(b"/Subtype /Image") == 2  # each image is stored once


def test_a_missing_logo_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ValidationError, match=r"The logo file .*nowhere\.png does not exist"):
        render(tmp_path, make_plan(), extra={"logos": [str(tmp_path / "nowhere.png")]})
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    with pytest.raises(ValidationError, match="is not a PNG or JPEG image"):
        render(tmp_path, make_plan(), extra={"logos": [str(text)]})


def test_the_visit_settings_give_defaults_that_options_override(tmp_path) -> None:
    plan = make_plan(DELEGATES[:1], (), settings={"badges": {"blank": 3, "layout": "a6-portrait"}})
    for extra, pages in (({}, 4), ({"blank": 0}, 1)):
        out = tmp_path / f"settings-{pages}.pdf"
        BadgesExporter().render(plan, ExportOptions(extra=extra), out, "pdf")
        assert len(read(out, "a6-portrait").pages) == pages


def test_scopes_one_group_or_one_delegate_without_staff(tmp_path) -> None:
    group = render(tmp_path, make_plan(), "group", layout="a6-portrait", group_key="a")
    assert len(group.pages) == 5 and "Anna Nowak" not in "".join(group.pages)
    one = render(tmp_path, make_plan(), "one", layout="a6-portrait", delegate_key="d4")
    assert len(one.pages) == 1 and "Kovalchuk" in one.pages[0]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"blank": -1}, "blank badges must be a whole number"),
        ({"blank": "many"}, "blank badges must be a whole number"),
        ({"qr": "barcode"}, "QR code must be one of"),
        ({"blank_role": "vip"}, "role must be one of"),
    ],
)
def test_bad_choices_are_refused(tmp_path, extra, message) -> None:
    with pytest.raises(ValidationError, match=message):
        render(tmp_path, make_plan(), extra=extra)


def test_an_unknown_layout_lists_the_available_ones(tmp_path) -> None:
    with pytest.raises(ValidationError) as refused:
        render(tmp_path, make_plan(), layout="letter-3x3")
    assert all(name in str(refused.value) for name in available_layouts())


def test_nobody_to_print_is_refused(tmp_path) -> None:
    with pytest.raises(ValidationError, match="nobody to make badges for"):
        render(tmp_path, make_plan((), ()))
    assert len(render(tmp_path, make_plan((), ()), extra={"blank": 8}).pages) == 1


def test_progress_per_page_and_cancel(tmp_path) -> None:
    seen = []
    BadgesExporter().render(
        make_plan(),
        ExportOptions(layout="a4-2x4-cards"),
        tmp_path / "p.pdf",
        "pdf",
        progress=lambda done, total, label: seen.append((done, total)),
    )
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(Cancelled):
        BadgesExporter().render(
            make_plan(), ExportOptions(), tmp_path / "c.pdf", "pdf", cancel=lambda: True
        )
    assert not (tmp_path / "c.pdf").exists()  # the file is written as pages finish


def test_the_field_registry_serves_preview_and_print(tmp_path) -> None:
    for field in FIELDS.values():
        assert field.label and field.sample
    out = tmp_path / "preview.pdf"
    write_preview(out, "a4-2x4-cards")
    with pdfplumber.open(out) as pdf:
        (page,) = pdf.pages
        assert (float(page.width), float(page.height)) == pytest.approx((90 * MM, 55 * MM))
        text = "".join((page.extract_text() or "").split())
    for name in ("name", "native_name", "visit_title"):
        assert "".join(FIELDS[name].sample.split()) in text


def test_country_names_are_localised() -> None:
    assert country_name("BY", "pl") == "Białoruś" and country_name("PL", "ru") == "Польша"
    assert country_name("XX", "en") == "XX"


def test_the_command_line_writes_badges_of_an_imported_visit(tmp_path) -> None:
    from studyvisit.cli import main

    database = str(tmp_path / "visits.sqlite3")
    assert main(["--db", database, "visits", "import", str(DATA / "small-visit.json")]) == 0

    def export(out: Path, layout: str) -> int:
        argv = ["--db", database, "export", "badges", "--visit", "1", "-o", str(out)]
        return main([*argv, "--layout", layout])

    for name in available_layouts():
        out = tmp_path / f"{name}.pdf"
        assert export(out, name) == 0
        badges = read(out, name)
        for written in (
            "Aliaksandr Shcherbich",
            "Шчэрбіч Аляксандр Іванавіч",
            "Сидорова",
            "Anna Nowak",
        ):
            assert badges.badge_with(written) is not None, (name, written)
    assert export(tmp_path / "refused.pdf", "nope") == 1
    assert not (tmp_path / "refused.pdf").exists()


def test_rendering_badges_never_imports_qt(tmp_path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from studyvisit.documents.badges import write_preview\n"
        f"write_preview(Path({str(tmp_path / 'q.pdf')!r}), None)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


@pytest.mark.parametrize("text", ["x", "BEGIN:VCARD\r\nFN:Аляксандр Шчэрбіч\r\nEND:VCARD\r\n" * 6])
def test_the_qr_path_fills_exactly_the_dark_modules_in_one_fill(text: str) -> None:
    matrix = encode(text)
    operators = path_operators(matrix)
    assert operators.endswith("f") and operators.count("f") == 1  # one path, filled once
    covered = set()
    for x, y, width, height in re.findall(r"(\d+) (\d+) (\d+) (\d+) re", operators):
        assert height == "1"
        covered |= {(int(x) + step, int(y)) for step in range(int(width))}
    dark = {(x, y) for y in range(matrix.size) for x in range(matrix.size) if matrix.is_dark(x, y)}
    assert covered == dark


def test_a_text_too_long_for_a_qr_code_is_refused() -> None:
    with pytest.raises(ValidationError, match="too long for a QR code"):
        encode("Ж" * 3000)


# --------------------------------------------------------------------------- conference runs


def many_delegates(count: int) -> list[DelegateRecord]:
    return [
        replace(DELEGATES[number % len(DELEGATES)], id=number + 1, key=f"m{number}")
        for number in range(count)
    ]


def page_streams(path: Path) -> list[bytes]:
    with pdfplumber.open(path) as pdf:
        return [
            b"".join(resolve1(stream).get_data() for stream in page.page_obj.contents)
            for page in pdf.pages
        ]


def render_path(tmp_path: Path, plan: VisitPlan, layout: str = "a4-2x4-cards") -> Path:
    out = tmp_path / f"{layout}.pdf"
    BadgesExporter().render(plan, ExportOptions(layout=layout), out, "pdf")
    return out


def test_operators_drawn_on_many_badges_are_whole_text_blocks(tmp_path) -> None:
    """Visit title, role and country are set once and repeated whole, up to the last page."""
    plan = make_plan(many_delegates(40), ())
    streams = page_streams(render_path(tmp_path, plan))
    assert len(streams) == 5
    for stream in streams:
        operators = re.findall(rb"(?<![\w/])(BT|ET)(?!\w)", stream)
        assert operators == [b"BT", b"ET"] * (len(operators) // 2)


def test_memory_stays_flat_as_the_pages_add_up(tmp_path) -> None:
    """A page per badge (A6): each finished page goes to a temporary file, not to memory."""
    import tracemalloc

    small, large = make_plan(many_delegates(30), ()), make_plan(many_delegates(150), ())
    render_path(tmp_path, small, "a6-portrait")  # fonts and caches warm
    peaks = []
    for plan in (small, large):
        tracemalloc.start()
        render_path(tmp_path, plan, "a6-portrait")
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    per_badge = (peaks[1] - peaks[0]) / 120
    assert per_badge < 5_000, f"{per_badge:.0f} bytes more for each badge"  # was 30 kB
    with pdfplumber.open(tmp_path / "a6-portrait.pdf") as pdf:  # every page, read back from disk
        assert len(pdf.pages) == 150
        last_page = "".join((pdf.pages[-1].extract_text() or "").split())
    assert all("".join(name.split()) in last_page for name in names_of(large.delegates[-1]))
