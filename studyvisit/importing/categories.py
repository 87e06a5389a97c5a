"""Delegate categories: read from a category column, or suggested from the organisation's
name where the name leaves no doubt (a ministry is national administration...)."""

from __future__ import annotations

import re
from functools import lru_cache

from studyvisit.importing.text_folding import fold

CATEGORIES = (
    "national_admin", "regional_admin", "local_admin", "expert", "business_support",
    "business", "academia", "other",
)  # fmt: skip

# Word stems (folded, matched at the start of a word) that mark an organisation's level.
# Order matters only for reading; a name matching two categories gets none.
_ORGANISATION_STEMS: dict[str, tuple[str, ...]] = {
    "national_admin": (
        "ministry",
        "ministries",
        "ministerstw",
        "министерств",
        "мiнiстэрств",
        "мiнiстерств",
        "council of ministers",
        "rada ministrow",
        "совет министров",
        "савет мiнiстрау",
        "кабинет министров",
        "кабiнет мiнiстрiв",
        "state committee",
        "государственный комитет",
        "дзяржауны камiтэт",
        "державний комiтет",
        "presidential administration",
        "администрация президента",
        "адмiнiстрацыя прэзiдэнта",
        "kancelaria prezesa rady",
        "parliament",
        "парламент",
        "national assembly",
        "национальное собрание",
        "нацыянальны сход",
        "sejm",
        "верховна рада",
    ),
    "regional_admin": (
        "oblast executive committee",
        "regional executive committee",
        "областной исполнительный комитет",
        "облисполком",
        "абласны выканаучы камiтэт",
        "аблвыканкам",
        "обласна державна адмiнiстрацiя",
        "облдержадмiнiстрацiя",
        "обласна рада",
        "областной совет",
        "абласны савет",
        "voivodeship",
        "wojewodzt",
        "urzad marszalkowski",
        "marszalek wojewodztwa",
        "urzad wojewodzki",
        "obwodowy komitet wykonawczy",
        "regional administration",
        "regional government",
    ),
    "local_admin": (
        "district executive committee",
        "city executive committee",
        "town executive committee",
        "районный исполнительный комитет",
        "райисполком",
        "раённы выканаучы камiтэт",
        "райвыканкам",
        "городской исполнительный комитет",
        "горисполком",
        "гарадскi выканаучы камiтэт",
        "гарвыканкам",
        "сельский исполнительный комитет",
        "сельисполком",
        "сельсовет",
        "сельскi выканаучы камiтэт",
        "сельвыканкам",
        "сельсавет",
        "районна державна адмiнiстрацiя",
        "райдержадмiнiстрацiя",
        "мiська рада",
        "сiльська рада",
        "селищна рада",
        "районна рада",
        "gmina",
        "gminy",
        "urzad gminy",
        "urzad miasta",
        "urzad miejski",
        "powiat",
        "starostwo",
        "municipality",
        "municipal",
        "city council",
        "city hall",
        "town hall",
        "district administration",
        "local administration",
        "local government",
        "администрация района",
        "администрация города",
        "адмiнiстрацыя раёна",
    ),
    "academia": (
        "university",
        "universit",
        "uniwersytet",
        "университет",
        "унiверсiтэт",
        "унiверситет",
        "унiверсiтет",
        "politechnika",
        "polytechnic",
        "академия",
        "акадэмiя",
        "академiя",
        "academy",
        "akademia",
        "institute of technology",
        "higher school",
        "szkola wyzsza",
        "wyzsza szkola",
        "высшая школа",
        "college",
        "kolegium",
        "колледж",
        "каледж",
        "research institute",
        "instytut badawczy",
        "научно исследовательский институт",
        "навукова даследчы iнстытут",
    ),
    "business_support": (
        "chamber of commerce",
        "chamber of industry",
        "izba gospodarcza",
        "izba przemyslowo handlowa",
        "izba handlowa",
        "торгово промышленная палата",
        "гандлева прамысловая палата",
        "торгово промислова палата",
        "business support",
        "business centre",
        "business center",
        "agency",
        "agencja",
        "агентство",
        "агенцтва",
        "агенцiя",
        "fund$",
        "funds$",
        "fundusz",
        "фонд$",
        "фонда$",
        "фонду$",
        "technopark",
        "technology park",
        "science and technology park",
        "park naukowo technologiczny",
        "park technologiczny",
        "технопарк",
        "научно технологический парк",
        "навукова тэхналагiчны парк",
        "incubator",
        "inkubator",
        "инкубатор",
        "iнкубатар",
        "iнкубатор",
        "центр поддержки предпринимательства",
        "цэнтр падтрымкi прадпрымальнiцтва",
        "osrodek wspierania przedsiebiorczosci",
        "development agency",
        "business association",
        "союз предпринимателей",
        "association of entrepreneurs",
        "cluster",
        "klaster",
        "кластер",
    ),
}


def _stem_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    def one(stem: str) -> str:
        # A trailing "$" asks for the whole word ("fund", not "fundamental").
        return re.escape(fold(stem)) + r"\b" if stem.endswith("$") else re.escape(fold(stem))

    alternatives = "|".join(one(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alternatives})")


_PATTERNS = {category: _stem_pattern(stems) for category, stems in _ORGANISATION_STEMS.items()}

# How a category column may say it (besides the contract's own values).
_CATEGORY_WORDS: dict[str, str] = {
    "national administration": "national_admin", "national": "national_admin",
    "central administration": "national_admin", "government": "national_admin",
    "administracja centralna": "national_admin", "administracja rzadowa": "national_admin",
    "республиканский уровень": "national_admin", "regional administration": "regional_admin",
    "regional": "regional_admin", "administracja regionalna": "regional_admin",
    "samorzad wojewodztwa": "regional_admin", "областной уровень": "regional_admin",
    "local administration": "local_admin", "local": "local_admin",
    "local government": "local_admin", "administracja lokalna": "local_admin",
    "samorzad lokalny": "local_admin", "samorzad": "local_admin",
    "местный уровень": "local_admin", "expert": "expert", "ekspert": "expert",
    "эксперт": "expert", "эксперты": "expert", "експерт": "expert",
    "business support": "business_support", "business support organisation": "business_support",
    "otoczenie biznesu": "business_support", "инфраструктура поддержки": "business_support",
    "business": "business", "biznes": "business", "private sector": "business",
    "przedsiebiorca": "business", "бизнес": "business", "бiзнес": "business",
    "предприниматель": "business", "academia": "academia", "academic": "academia",
    "science": "academia", "nauka": "academia", "uczelnia": "academia",
    "наука": "academia", "навука": "academia", "other": "other", "inne": "other",
    "inny": "other", "другое": "other", "iншае": "other", "iнше": "other",
}  # fmt: skip


@lru_cache(maxsize=4096)
def suggest_category(organisation: str) -> str | None:
    """The category an organisation's name makes clear, or None when it is not clear."""
    key = fold(organisation)
    found = {category for category, pattern in _PATTERNS.items() if pattern.search(key)}
    # "Agency of the Ministry of ..." is still the ministry's world: administration wins.
    admin = found & {"national_admin", "regional_admin", "local_admin"}
    if admin:
        found = admin
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1024)
def category_value(text: str) -> str | None:
    """A category column's cell as one of :data:`CATEGORIES`, or None when unrecognised."""
    key = fold(text)
    underscored = key.replace(" ", "_")
    if underscored in CATEGORIES:
        return underscored
    if key in _CATEGORY_WORDS:
        return _CATEGORY_WORDS[key]
    return suggest_category(text)
