# Babel's CLDR data covers about 1,100 locales (35 MB). studyvisit's documents
# speak Polish, English (as written in Britain) and Russian: keep those, their
# parents in CLDR (en_001, root) and the common regional variants.
from pathlib import PurePath

from PyInstaller.utils.hooks import collect_data_files

KEPT_LOCALES = {"root", "en", "en_001", "en_150", "en_GB", "en_US", "pl", "pl_PL", "ru", "ru_RU", "ru_BY"}


def _kept(source: str) -> bool:
    path = PurePath(source)
    return path.parent.name != "locale-data" or path.stem in KEPT_LOCALES


datas = [(source, folder) for source, folder in collect_data_files("babel") if _kept(source)]

# Unpickling locale-data/root.dat needs these (as PyInstaller's own hook says).
hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
