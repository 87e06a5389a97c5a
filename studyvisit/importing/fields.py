"""The names a source column can be recognised as: the contract's delegate fields plus a few
column kinds that feed them (a full-name column, separate date and time columns...)."""

from __future__ import annotations

# Contract fields (CONTRACT.md, "A delegate").
SURNAME = "surname"
GIVEN_NAMES = "given_names"
PATRONYMIC = "patronymic"
SURNAME_LATIN = "surname_latin"
GIVEN_NAMES_LATIN = "given_names_latin"
ORGANISATION = "organisation"
POSITION = "position"
COUNTRY = "country"
CATEGORY = "category"
EMAIL = "email"
PHONE = "phone"
DATE_OF_BIRTH = "date_of_birth"
PASSPORT_NUMBER = "passport_number"
PASSPORT_EXPIRY = "passport_expiry"
GENDER = "gender"
DIETARY = "dietary"
ARRIVAL = "arrival"
DEPARTURE = "departure"
NOTES = "notes"

DELEGATE_FIELDS = (
    SURNAME, GIVEN_NAMES, PATRONYMIC, SURNAME_LATIN, GIVEN_NAMES_LATIN, ORGANISATION, POSITION,
    COUNTRY, CATEGORY, EMAIL, PHONE, DATE_OF_BIRTH, PASSPORT_NUMBER, PASSPORT_EXPIRY, GENDER,
    DIETARY, ARRIVAL, DEPARTURE, NOTES,
)  # fmt: skip

# Column kinds that are split or combined into the fields above.
FULL_NAME = "full_name"  # surname, given names and patronymic in one cell
FULL_NAME_LATIN = "full_name_latin"  # the passport (Latin) form of the whole name
GIVEN_AND_PATRONYMIC = "given_and_patronymic"  # "Имя, отчество"
ARRIVAL_DATE = "arrival_date"
ARRIVAL_TIME = "arrival_time"
DEPARTURE_DATE = "departure_date"
DEPARTURE_TIME = "departure_time"
SALUTATION = "salutation"  # Mr / Mrs: kept in notes, tells the gender where no column does
IGNORED = "ignored"  # running numbers (Lp., №) and Indico's redundant "Name"

COLUMN_KINDS = (
    FULL_NAME, FULL_NAME_LATIN, GIVEN_AND_PATRONYMIC, ARRIVAL_DATE, ARRIVAL_TIME,
    DEPARTURE_DATE, DEPARTURE_TIME, SALUTATION, IGNORED,
)  # fmt: skip

#: Everything a column may be mapped to (the GUI's drop-down); None means "keep in notes".
ASSIGNABLE = DELEGATE_FIELDS + COLUMN_KINDS

#: Columns that can carry a person's surname: a file needs one of them.
NAME_CARRIERS = frozenset({SURNAME, FULL_NAME, SURNAME_LATIN, FULL_NAME_LATIN})

LATIN_OF = {SURNAME: SURNAME_LATIN, GIVEN_NAMES: GIVEN_NAMES_LATIN, FULL_NAME: FULL_NAME_LATIN}
NATIVE_OF = {latin: native for native, latin in LATIN_OF.items()}
