"""Make the delegate-list files the importing tests read, and document how each was made.

Run from the repository root: ``python tests/data/import/make_files.py``. It needs LibreOffice
(``soffice``; on Debian ``apt-get install libreoffice-calc-nogui``), openpyxl and, for the
password-protected workbook, ``msoffcrypto-tool``. The files it writes are committed, so the
tests need none of these.

How the files are made:

- The CSV files are written here byte for byte, in the encodings partners' programs use:
  Windows-1251 with semicolons (Belarusian/Russian Excel), Windows-1250 with semicolons (Polish
  Excel), UTF-8 with a BOM and commas (Indico, English Excel "CSV UTF-8"), UTF-16 with tabs
  (Excel's "Unicode text").
- Every .xlsx, .ods and .xls is written by LibreOffice: either converted from a UTF-8 copy of a
  CSV (``--infilter=CSV:<sep>,34,76,1,,<language>,false,true``: UTF-8, header on line 1, the
  language's date order, special numbers detected, so dates become date cells and long phone
  numbers become number cells, as when a person opens the CSV), or converted from a draft
  workbook written with openpyxl where a layout needs merged cells, hidden sheets or text that
  looks like a formula. Converting through LibreOffice gives the files a real office suite's
  structure (shared strings, styles), which openpyxl alone does not write.
- The bad files are damaged on purpose from good ones (cut short, bytes overwritten), or are
  something else under a spreadsheet name (a PNG), or a decompression bomb built by hand.
"""

from __future__ import annotations

import codecs
import datetime as dt
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

BY_ROWS = [
    "Прозвішча, імя, імя па бацьку;Дата нараджэння;Арганізацыя;Пасада;Краіна;Нумар пашпарта;"
    "Тэрмін дзеяння пашпарта;Тэлефон;E-mail;Пол",
    "ШЧЭРБІЧ Аляксандр Іванавіч;02.07.1975;Міністэрства эканомікі Рэспублікі Беларусь;"
    "Начальнік упраўлення;Беларусь;MP 1234567;15.03.2030;+375 29 123-45-67;"
    "A.Shcherbich@Economy.gov.by;м",
    "Каваленка Вольга Пятроўна;2.11.1988;Гродзенскі абласны выканаўчы камітэт;"
    "Галоўны спецыяліст;РБ;mp7654321;01.01.2029;+375 29 111-22-33;olga.kavalenka@grodno.by;ж",
    "Лукашэвіч  Сяргей;1980-05-17;Лідскі раённы выканаўчы камітэт;Намеснік старшыні;BLR;"
    "KH0987654;2031-12-31;+375 154 52-12-34;s.lukashevich@lida.by;муж.",
    "Пятровіч Юрый Міхайлавіч;13.09.1979;ААТ «Гродна Азот»;Інжынер;Беларусь;MC1112223;"
    "20.10.2028;+375 152 11-22-33;yury(at)azot.by;м",
    ";;Беларускі дзяржаўны ўніверсітэт;Дацэнт;Беларусь;;;;;",
]

PL_ROWS = [
    "Lp.;Nazwisko;Imię;Data urodzenia;Instytucja;Stanowisko;Kraj;Nr paszportu;"
    "Ważność paszportu;Telefon;E-mail;Płeć;Dieta;Przyjazd;Wyjazd",
    "1;Kowalska;Anna Maria;02.07.1975;Urząd Marszałkowski Województwa Podlaskiego;"
    "Dyrektor departamentu;Polska;ZS 1234567;12.05.2031;+48 600 100 200;"
    "Anna.Kowalska@wrotapodlasia.pl;K;wegetariańska;01.07.2025 14:30;05.07.2025 10:00",
    "2;Wiśniewski;Łukasz;30.11.1981;Uniwersytet w Białymstoku;Adiunkt;PL;EA7654321;"
    "01.02.2029;+48 85 745 70 00;l.wisniewski@uwb.edu.pl;M;;01.07.2025 09:00;05.07.2025 18:15",
    "3;Źródłowski;Grzegorz;17.05.1968;Starostwo Powiatowe w Hajnówce;Starosta;POL;"
    "AB 1122334;30.09.2033;85 682 27 55;starosta@powiat.hajnowka.pl;m;bez glutenu;"
    "02.07.2025 08:00;04.07.2025 12:00",
]

EN_ROWS = [
    "Surname (as in passport),Given names,Date of birth (dd/mm/yyyy),Organisation,Position,"
    "Country,Passport No.,Passport expiry,Phone,E-mail,Gender,Dietary requirements,Arrival,"
    "Departure,Comments",
    "SHCHERBICH,Aliaksandr,02/07/1975,Ministry of Economy of the Republic of Belarus,"
    "Head of Department,Belarus,MP1234567,15/03/2030,+375291234567,"
    "a.shcherbich@economy.gov.by,M,Halal,01/07/2025 14:30,05/07/2025 10:00,"
    '"=HYPERLINK(""http://example.org"",""x"")"',
    "Petrova,Maryia,25/12/1990,Brest Oblast Executive Committee,Chief Specialist,BY,"
    "MP7654321,01/01/2029,+375 29 765 43 21,m.petrova@brest.by,F,vegetarian,"
    "01/07/2025 09:05,05/07/2025 18:00,@home",
    "Nowak,Jan,1975-07-02,Chamber of Commerce of Podlasie,Analyst,Poland,EA1234567,2031-05-12,"
    "+48 600 200 300,Jan.Nowak@Example.PL,male,,2025-07-01 10:00,2025-07-05 10:00,-5 kg",
    "Smith,John Paul,12/31/1980,Scottish Enterprise,Adviser,United Kingdom,123456789,"
    "10/10/2030,+44 20 7946 0000,john.smith@example.co.uk,Male,none,,,+1 guest",
]

UK_ROWS = [
    "Прізвище\tІм'я\tПо батькові\tДата народження\tОрганізація\tПосада\tКраїна\t"
    "Номер паспорта\tТермін дії паспорта\tТелефон\tЕлектронна пошта\tСтать",
    "Петренко\tОлена\tВасилівна\t1985-03-14\tЛьвівська обласна державна адміністрація\t"
    "Заступник начальника\tУкраїна\tFA123456\t2032-06-30\t+380 67 123 4567\t"
    "olena.petrenko@loda.gov.ua\tж",
    "Шевчук\tІгор\tМиколайович\t21.08.1972\tХарківський національний університет\t"
    "Доцент\tUkraine\tFB654321\t2030-01-15\t+380 50 765 4321\tihor.shevchuk@karazin.ua\tч",
]

INDICO_ROWS = [
    "ID,Name,Title,First Name,Last Name,Email Address,Affiliation,Position,Country,"
    "Phone Number,Registration date,Registration state,Checked in",
    "1,Aliaksandr Shcherbich,Mr,Aliaksandr,Shcherbich,a.shcherbich@example.by,"
    "Belarusian State University,Professor,Belarus,+375 17 209 5000,2025-05-02 10:11:12,"
    "Complete,No",
    "2,Anna Kowalska,Dr,Anna,Kowalska,anna.kowalska@uw.edu.pl,University of Warsaw,"
    "Researcher,Poland,+48 22 552 00 00,2025-05-03 08:00:00,Complete,Yes",
    "3,Maryia Ivanova,Ms,Maryia,Ivanova,m.ivanova@cci.by,"
    "Belarusian Chamber of Commerce and Industry,Expert,Belarus,+375 17 290 72 49,"
    "2025-05-04 16:30:00,Complete,No",
]

DATES_ROWS = [
    "Nazwisko,Imię,Data urodzenia,Przyjazd",
    "Alfa,Anna,02.07.1975,01.07.2025 14:30",
    "Beta,Barbara,2.7.1975,2025-07-01T09:05",
    "Gamma,Grażyna,1975-07-02,2025-07-01",
    "Delta,Dorota,02/07/1975,1.7.2025 8:00",
    "Epsilon,Ewa,2 lipca 1975,",
    "Zeta,Zofia,31.02.1975,",
    "Eta,Edyta,1975,",
]


def soffice(source: Path, target_format: str, infilter: str | None = None) -> Path:
    """Convert ``source`` with LibreOffice into HERE; return the new file."""
    with tempfile.TemporaryDirectory() as out:
        command = ["soffice", "--headless"]
        if infilter:
            command.append(f"--infilter={infilter}")
        command += ["--convert-to", target_format, "--outdir", out, str(source)]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
        made = next(Path(out).iterdir())
        return Path(shutil.move(made, HERE / made.name))


def csv_to_workbooks(
    name: str, rows: list[str], separator: str, language: int, formats: list[str]
) -> None:
    """Write a UTF-8 copy of the CSV rows and let LibreOffice open and save it as ``formats``."""
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{name}.csv"
        source.write_text("\n".join(rows) + "\n", encoding="utf-8")
        infilter = f"CSV:{ord(separator)},34,76,1,,{language},false,true"
        for target in formats:
            soffice(source, target, infilter)


def through_libreoffice(draft: Path, name: str, formats: list[str]) -> None:
    """Save an openpyxl draft again from LibreOffice, under ``name``, in each format."""
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / f"{name}{draft.suffix}"
        shutil.copy(draft, copy)
        for target in formats:
            soffice(copy, target)


def write_csvs() -> None:
    (HERE / "by_full_name_cp1251.csv").write_bytes(("\r\n".join(BY_ROWS) + "\r\n").encode("cp1251"))
    (HERE / "pl_cp1250.csv").write_bytes(("\r\n".join(PL_ROWS) + "\r\n").encode("cp1250"))
    (HERE / "en_utf8_bom.csv").write_bytes(
        codecs.BOM_UTF8 + ("\r\n".join(EN_ROWS) + "\r\n").encode()
    )
    (HERE / "uk_utf16.txt").write_bytes(("\r\n".join(UK_ROWS) + "\r\n").encode("utf-16"))
    (HERE / "indico_registrants.csv").write_bytes(
        codecs.BOM_UTF8 + ("\r\n".join(INDICO_ROWS) + "\r\n").encode()
    )
    (HERE / "dates_formats.csv").write_text("\n".join(DATES_ROWS) + "\n", encoding="utf-8")
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "random_bytes.csv").write_bytes(random.Random(7).randbytes(4096))


def write_workbooks_from_csvs() -> None:
    csv_to_workbooks("by_full_name", BY_ROWS, ";", 1059, ["xlsx", "ods", "xls"])
    csv_to_workbooks("pl_delegates", PL_ROWS, ";", 1045, ["xlsx", "ods", "xls"])
    csv_to_workbooks("indico_registrants", INDICO_ROWS, ",", 1033, ["xlsx"])
    csv_to_workbooks("headers_only", [BY_ROWS[0]], ";", 1059, ["xlsx"])
    csv_to_workbooks(
        "no_name_column",
        ["Organisation;Country;E-mail", "Ministry of Economy;Belarus;info@economy.gov.by"],
        ";",
        1033,
        ["xlsx"],
    )


def draft_ru_title_merged(path: Path) -> None:
    """Title rows, a merged title, a two-row header with merged cells, column numbers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Участники"
    sheet["A1"] = "Список участников учебного визита в Республику Польша"
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "г. Минск, июль 2025 г."
    headers = {
        "A": "№ п/п", "B": "Фамилия", "C": "Имя", "D": "Отчество", "E": "Дата рождения",
        "F": "Паспорт", "H": "Организация", "I": "Должность", "J": "Телефон", "K": "Эл. почта",
    }  # fmt: skip
    for column, text in headers.items():
        sheet[f"{column}4"] = text
        if column != "F":
            sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("F4:G4")
    sheet["F5"] = "Номер"
    sheet["G5"] = "Срок действия"
    for index in range(11):
        sheet.cell(row=6, column=index + 1, value=index + 1)
    people = [
        (1, "Иванов", "Иван", "Иванович", dt.date(1975, 7, 2), "MP1234567", dt.date(2030, 3, 15),
         "Министерство образования Республики Беларусь", "Начальник управления",
         375291234567, "ivanov@edu.gov.by"),
        (2, "Петрова", "Мария", "Сергеевна", dt.date(1988, 11, 2), "KH 7654321",
         dt.date(2029, 1, 1), "Минский областной исполнительный комитет", "Главный специалист",
         "+375 17 500 41 00", "M.Petrova@minoblisp.gov.by"),
        (3, "Сидоренко", "Пётр", "", dt.date(1969, 1, 31), "AB0001112", dt.date(2031, 12, 31),
         "ООО «Альфа»", "Директор", 80172223344, ""),
    ]  # fmt: skip
    for offset, person in enumerate(people):
        for index, value in enumerate(person):
            sheet.cell(row=7 + offset, column=index + 1, value=value)
    sheet["A11"] = "Итого: 3 человека"
    book.save(path)


def draft_phones_dates(path: Path) -> None:
    """Real date and date-time cells, a date-time at midnight, phones as numbers and as text,
    text that looks like a formula, and a real formula whose cached value is read."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Delegates"
    sheet.append(
        ["Last name", "First name", "DOB", "Phone", "Arrival", "Departure", "Notes", "Position"]
    )
    rows = [
        ("Kowalski", "Jan", dt.date(1975, 7, 2), 375291234567, dt.datetime(2025, 7, 1, 0, 0),
         dt.datetime(2025, 7, 5, 17, 45), "=1+2", "Head"),
        ("Nowak", "Ewa", dt.date(1990, 12, 25), "+48600100200", dt.datetime(2025, 7, 1, 14, 30),
         dt.datetime(2025, 7, 5, 9, 0), "+ vegetarian", "@director"),
        ("Zając", "Piotr", 27577, 48856822755, "2025-07-02 08:15", "05.07.2025 12:00",
         "-", "=SUM(A1:A2)"),
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    for cell in ("G2", "G3", "G4", "H2", "H3", "H4"):
        sheet[cell].data_type = "s"  # text that looks like a formula stays text
    sheet["C4"].number_format = "General"  # an Excel serial number, not a date cell
    sheet["I1"] = "Organisation"
    sheet["I2"] = '=CONCATENATE("Urząd ","Gminy ","Michałowo")'
    sheet["I3"] = "Uniwersytet w Białymstoku"
    sheet["I4"] = "Starostwo Powiatowe w Hajnówce"
    book.save(path)


def draft_multi_sheet(path: Path) -> None:
    """An instructions sheet first, the list second, a hidden sheet of drop-down values."""
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    notes.title = "Instructions"
    notes["A1"] = "Please fill in the second sheet. Name: as in passport."
    notes["A2"] = "Country: choose from the list."
    people = book.create_sheet("Participants")
    people.append(["Name", "Surname", "Country", "E-mail"])
    people.append(["Anna", "Kowalska", "Poland", "anna@example.pl"])
    people.append(["Siarhei", "Ivanou", "Belarus", "s.ivanou@example.by"])
    hidden = book.create_sheet("Lists")
    hidden.append(["Surname", "Name"])
    hidden.append(["Hidden", "Row"])
    hidden.sheet_state = "hidden"
    book.save(path)


def draft_latin_columns(path: Path) -> None:
    """Cyrillic names with their Latin forms in separate columns, and a passport-name column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Список"
    sheet.append(["Фамилия", "Имя", "Отчество", "Фамилия латиницей", "Имя латиницей", "Страна"])
    sheet.append(["Щербич", "Александр", "Иванович", "SHCHERBICH", "ALIAKSANDR", "Беларусь"])
    sheet.append(["Ковалёва", "Ольга", "Петровна", "KAVALIOVA", "VOLHA", "Беларусь"])
    other = book.create_sheet("Паспорта")
    other.append(["ФИО", "Name in passport", "Организация"])
    other.append(["ШЧЭРБІЧ Аляксандр Іванавіч", "Aliaksandr SHCHERBICH", "Міністэрства эканомікі"])
    other.append(["Каваленка Вольга Пятроўна", "KAVALENKA Volha", "Гродзенскі аблвыканкам"])
    book.save(path)


def draft_empty(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Sheet1"
    book.create_sheet("Sheet2")
    book.save(path)


def draft_sparse_bomb(path: Path) -> None:
    """Two cells, at A2 and at XFD1048576: a few kB that would need a 17-billion-cell grid."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Surname"
    sheet["A2"] = "Kowalski"
    sheet["XFD1048576"] = "far away"
    book.save(path)


def draft_sparse_xls(path: Path) -> None:
    """Cells at A2 and IV65536, the farthest cell of a legacy sheet: a 65,536 x 256 grid."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Surname"
    sheet["A2"] = "Kowalski"
    sheet["IV65536"] = "far away"
    book.save(path)


def write_drafted_workbooks() -> None:
    with tempfile.TemporaryDirectory() as work:
        for maker, name, formats in (
            (draft_ru_title_merged, "ru_title_merged", ["xlsx", "ods", "xls"]),
            (draft_phones_dates, "phones_dates", ["xlsx"]),
            (draft_multi_sheet, "multi_sheet", ["xlsx"]),
            (draft_latin_columns, "latin_columns", ["ods"]),
            (draft_empty, "empty_workbook", ["xlsx"]),
            (draft_sparse_xls, "sparse_bomb", ["xls"]),
        ):
            draft = Path(work) / f"{name}.xlsx"
            maker(draft)
            through_libreoffice(draft, name, formats)
    # Written by openpyxl on purpose: LibreOffice would not keep a cell at XFD1048576.
    draft_sparse_bomb(HERE / "sparse_bomb.xlsx")


def png_bytes() -> bytes:
    """A real 2x2 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixels = zlib.compress(b"\x00\xff\x00\x00\xff\x00\x00" * 2)
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def write_bad_files() -> None:
    good = (HERE / "by_full_name.xlsx").read_bytes()
    (HERE / "truncated.xlsx").write_bytes(good[: len(good) * 6 // 10])
    with zipfile.ZipFile(HERE / "by_full_name.xlsx") as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    # Overwrite the middle of the sheet's compressed data: the zip directory stays readable.
    start = sheet.header_offset + 30 + len(sheet.filename) + 40
    damaged = bytearray(good)
    damaged[start : start + 300] = random.Random(3).randbytes(300)
    (HERE / "corrupt.xlsx").write_bytes(bytes(damaged))
    (HERE / "image.xlsx").write_bytes(png_bytes())
    write_password_protected(HERE / "by_full_name.xlsx", HERE / "password.xlsx")
    write_zip_bomb(HERE / "zip_bomb.xlsx")


def write_password_protected(source: Path, target: Path) -> None:
    """Encrypt a workbook as Excel does with a password (ECMA-376 agile encryption)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with source.open("rb") as plain, target.open("wb") as encrypted:
        OOXMLFile(plain).encrypt("secret", encrypted)


def write_zip_bomb(target: Path) -> None:
    """A well-formed workbook whose sheet unpacks from about 20 kB to 20 MB of padding."""
    good = zipfile.ZipFile(HERE / "headers_only.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in good.infolist():
            data = good.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (20 * 1024 * 1024), 1)
            bomb.writestr(info.filename, data)


def main() -> None:
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui")
    write_csvs()
    write_workbooks_from_csvs()
    write_drafted_workbooks()
    write_bad_files()
    for path in sorted(HERE.iterdir()):
        if path.name != Path(__file__).name:
            print(f"{path.stat().st_size:>9}  {path.name}")


if __name__ == "__main__":
    main()
