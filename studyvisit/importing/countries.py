"""Country names in Polish, English, Russian, Belarusian and Ukrainian, and ISO codes, to
ISO 3166-1 alpha-2."""

from __future__ import annotations

from functools import lru_cache

from studyvisit.importing.text_folding import fold

# alpha-2: (alpha-3, names in any of the five languages, official and everyday forms)
_COUNTRIES: dict[str, tuple[str, str]] = {
    "BY": ("BLR", "Belarus|Republic of Belarus|Belarus'|Byelorussia|Belorussia|Białoruś|"
                  "Republika Białorusi|Беларусь|Республика Беларусь|Белоруссия|РБ|RB|"
                  "Рэспубліка Беларусь|Білорусь|Республіка Білорусь|Bielarus"),
    "PL": ("POL", "Poland|Republic of Poland|Polska|Rzeczpospolita Polska|RP|Польша|"
                  "Республика Польша|Польшча|Рэспубліка Польшча|Польща|Республіка Польща"),
    "RU": ("RUS", "Russia|Russian Federation|Rosja|Federacja Rosyjska|Россия|"
                  "Российская Федерация|РФ|Расія|Расійская Федэрацыя|Росія|"
                  "Російська Федерація"),
    "UA": ("UKR", "Ukraine|Ukraina|Украина|Україна|Украіна|Ukrajina"),
    "LT": ("LTU", "Lithuania|Republic of Lithuania|Litwa|Литва|Літва|Lietuva"),
    "LV": ("LVA", "Latvia|Republic of Latvia|Łotwa|Латвия|Латвія|Latvija"),
    "EE": ("EST", "Estonia|Estonia|Эстония|Эстонія|Естонія|Eesti"),
    "DE": ("DEU", "Germany|Federal Republic of Germany|Niemcy|Германия|Нямеччына|"
                  "Німеччина|Deutschland|ФРГ"),
    "CZ": ("CZE", "Czech Republic|Czechia|Czechy|Republika Czeska|Чехия|Чэхія|Чехія|Česko"),
    "SK": ("SVK", "Slovakia|Słowacja|Словакия|Славакія|Словаччина|Slovensko"),
    "HU": ("HUN", "Hungary|Węgry|Венгрия|Венгрыя|Угорщина|Magyarország"),
    "RO": ("ROU", "Romania|Rumunia|Румыния|Румынія|Румунія|România"),
    "MD": ("MDA", "Moldova|Republic of Moldova|Mołdawia|Молдова|Молдавия|Малдова|"
                  "Малдова|Молдова"),
    "GE": ("GEO", "Georgia|Gruzja|Грузия|Грузія"),
    "AM": ("ARM", "Armenia|Armenia|Армения|Арменія|Вірменія"),
    "AZ": ("AZE", "Azerbaijan|Azerbejdżan|Азербайджан|Азербайджан"),
    "KZ": ("KAZ", "Kazakhstan|Kazachstan|Казахстан|Казахстан"),
    "UZ": ("UZB", "Uzbekistan|Uzbekistan|Узбекистан|Узбекістан"),
    "KG": ("KGZ", "Kyrgyzstan|Kirgistan|Кыргызстан|Киргизия|Кыргызстан|Киргизстан"),
    "TJ": ("TJK", "Tajikistan|Tadżykistan|Таджикистан|Таджыкістан"),
    "TM": ("TKM", "Turkmenistan|Turkmenistan|Туркменистан|Туркменістан"),
    "FR": ("FRA", "France|Francja|Франция|Францыя|Франція"),
    "IT": ("ITA", "Italy|Włochy|Италия|Італія|Italia"),
    "ES": ("ESP", "Spain|Hiszpania|Испания|Іспанія|España"),
    "PT": ("PRT", "Portugal|Portugalia|Португалия|Партугалія|Португалія"),
    "NL": ("NLD", "Netherlands|The Netherlands|Holland|Holandia|Niderlandy|Нидерланды|"
                  "Голландия|Нідэрланды|Нідерланди"),
    "BE": ("BEL", "Belgium|Belgia|Бельгия|Бельгія"),
    "LU": ("LUX", "Luxembourg|Luksemburg|Люксембург"),
    "AT": ("AUT", "Austria|Австрия|Аўстрыя|Австрія|Österreich"),
    "CH": ("CHE", "Switzerland|Szwajcaria|Швейцария|Швейцарыя|Швейцарія"),
    "SE": ("SWE", "Sweden|Szwecja|Швеция|Швецыя|Швеція|Sverige"),
    "NO": ("NOR", "Norway|Norwegia|Норвегия|Нарвегія|Норвегія|Norge"),
    "FI": ("FIN", "Finland|Finlandia|Финляндия|Фінляндыя|Фінляндія|Suomi"),
    "DK": ("DNK", "Denmark|Dania|Дания|Данія|Danmark"),
    "IS": ("ISL", "Iceland|Islandia|Исландия|Ісландыя|Ісландія"),
    "IE": ("IRL", "Ireland|Irlandia|Ирландия|Ірландыя|Ірландія"),
    "GB": ("GBR", "United Kingdom|UK|Great Britain|Britain|England|Scotland|Wales|"
                  "Wielka Brytania|Zjednoczone Królestwo|Великобритания|"
                  "Соединённое Королевство|Вялікабрытанія|Велика Британія"),
    "US": ("USA", "United States|United States of America|USA|US|America|"
                  "Stany Zjednoczone|USA|США|Соединённые Штаты|ЗША|Злучаныя Штаты|"
                  "Сполучені Штати"),
    "CA": ("CAN", "Canada|Kanada|Канада"),
    "GR": ("GRC", "Greece|Grecja|Греция|Грэцыя|Греція"),
    "BG": ("BGR", "Bulgaria|Bułgaria|Болгария|Балгарыя|Болгарія"),
    "RS": ("SRB", "Serbia|Сербия|Сербія|Србија"),
    "HR": ("HRV", "Croatia|Chorwacja|Хорватия|Харватыя|Хорватія|Hrvatska"),
    "SI": ("SVN", "Slovenia|Słowenia|Словения|Славенія|Словенія"),
    "BA": ("BIH", "Bosnia and Herzegovina|Bośnia i Hercegowina|Босния и Герцеговина"),
    "MK": ("MKD", "North Macedonia|Macedonia|Macedonia Północna|Северная Македония"),
    "AL": ("ALB", "Albania|Албания|Албанія"),
    "ME": ("MNE", "Montenegro|Czarnogóra|Черногория|Чарнагорыя|Чорногорія"),
    "CY": ("CYP", "Cyprus|Cypr|Кипр|Кіпр"),
    "MT": ("MLT", "Malta|Мальта"),
    "TR": ("TUR", "Turkey|Türkiye|Turcja|Турция|Турцыя|Туреччина"),
    "IL": ("ISR", "Israel|Izrael|Израиль|Ізраіль|Ізраїль"),
    "CN": ("CHN", "China|Chiny|Китай|Кітай"),
    "JP": ("JPN", "Japan|Japonia|Япония|Японія"),
    "KR": ("KOR", "South Korea|Korea|Republic of Korea|Korea Południowa|Южная Корея|"
                  "Паўднёвая Карэя|Південна Корея"),
    "IN": ("IND", "India|Indie|Индия|Індыя|Індія"),
    "AU": ("AUS", "Australia|Австралия|Аўстралія|Австралія"),
    "BR": ("BRA", "Brazil|Brazylia|Бразилия|Бразілія"),
    "MN": ("MNG", "Mongolia|Монголия|Манголія|Монголія"),
    "VN": ("VNM", "Vietnam|Viet Nam|Wietnam|Вьетнам|В'етнам|В'єтнам"),
}  # fmt: skip


# Words of official names that say nothing about which country: "Rep. of Belarus".
_STATE_WORDS = frozenset(
    [
        "the",
        "of",
        "republic",
        "rep",
        "republika",
        "rzeczpospolita",
        "республика",
        "респ",
        "рэспублiка",
        "рэсп",
        "республiка",
        "state",
        "federation",
        "federacja",
        "федерация",
        "федэрацыя",
    ]
)


def _build_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for alpha2, (alpha3, names) in _COUNTRIES.items():
        for key in (alpha2, alpha3, *names.split("|")):
            index.setdefault(fold(key), alpha2)
    return index


_INDEX = _build_index()


@lru_cache(maxsize=1024)
def country_code(text: str) -> str | None:
    """The ISO alpha-2 code for a country name or code in any of our languages, or None."""
    key = fold(text)
    if not key:
        return None
    found = _INDEX.get(key)
    if found is None:
        words = [word for word in key.split() if word not in _STATE_WORDS]
        found = _INDEX.get(" ".join(words))
    return found
