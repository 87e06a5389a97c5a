"""Which language the interface speaks, and the Qt translators that make it so.

Our own catalogues live in ``resources/i18n/studyvisit_<lang>.qm``; Qt's own
(``qtbase_<lang>.qm``: dialog buttons, context menus) come with PySide6.
Regenerate ours with ``resources/i18n/update_translations.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from studyvisit.resources import resource_path

ENGLISH = "en"
POLISH = "pl"
SUPPORTED_LANGUAGES = (ENGLISH, POLISH)

# Read by formatters and models at display time; set only by Translations.install.
_current_language = ENGLISH


def current_language() -> str:
    """The interface language: ``en`` or ``pl``."""
    return _current_language


def system_language() -> str:
    """Polish on a Polish system, English everywhere else."""
    if QLocale.system().language() == QLocale.Language.Polish:
        return POLISH
    return ENGLISH


def ui_locale(language: str | None = None) -> QLocale:
    """The locale used to write dates and numbers in ``language`` (default: the current one)."""
    if (language or _current_language) == POLISH:
        return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def fill(text: str, *values: object) -> str:
    """Put ``values`` into a translated text's ``%1``, ``%2``... (never translate an f-string)."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


class Translations(QObject):
    """Installs and swaps the translators of one application."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []  # Qt does not own them: keep them alive
        self._language = ENGLISH

    @property
    def language(self) -> str:
        return self._language

    def install(self, language: str) -> None:
        """Speak ``language`` from now on; widgets get a LanguageChange event."""
        if language not in SUPPORTED_LANGUAGES:
            language = ENGLISH
        self.remove()
        # Set first: LanguageChange handlers format dates and names in the new language.
        self._set_language(language)
        ours = QTranslator(self)
        with resource_path("i18n", f"studyvisit_{language}.qm") as path:
            if path.is_file() and ours.load(str(path)):
                self._install(ours)
        qt_own = QTranslator(self)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != ENGLISH and qt_own.load(f"qtbase_{language}", qt_folder):
            self._install(qt_own)
        self.language_changed.emit(language)

    def remove(self) -> None:
        """Take our translators out: the source texts (English) show again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self._set_language(ENGLISH)

    def _set_language(self, language: str) -> None:
        global _current_language
        _current_language = language
        self._language = language
        QLocale.setDefault(ui_locale(language))  # date editors and number formats follow

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
