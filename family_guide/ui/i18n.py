"""UI languages: our translations, Qt's own (OK/Cancel), layout direction, pseudo-translation.

Strings are marked with ``translate("Context", "text")`` (explicit contexts, so lookups
never depend on class names); lupdate finds them by that name. Switching language
installs new translators; Qt then sends LanguageChange to every widget, whose
``retranslate()`` sets its texts again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication

from family_guide.i18n_tools import APP_PREFIX, file_code, language_code

translate = QCoreApplication.translate

SOURCE_LANGUAGE = "en"


def available_languages(translations_dir: Path) -> list[str]:
    """English plus every language whose compiled UI translation ships with the app, by the app's
    codes ("pt-BR" for family_guide_pt_BR.qm)."""
    found = {language_code(p.stem.removeprefix(f"{APP_PREFIX}_")) for p in translations_dir.glob(f"{APP_PREFIX}_*.qm")}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


LANGUAGE_NAMES = {"es": "español"}


def native_name(language: str) -> str:
    """The language's name in itself ("Español", "हिन्दी"); plain "English", not "American English";
    with the country for a regional code ("Português (Brasil)"), so it is not taken for Portugal's."""
    if language.split("-")[0] == "en":
        return "English"
    locale = QLocale(language)
    # Qt names a language by its default country's variant where CLDR has one: "español de España"
    # for "es", whose guides are written for every Spanish reader. CLDR's name of the language
    # itself, as Babel gives it (Locale("es").get_display_name()), stands in for those.
    name = LANGUAGE_NAMES.get(language) or locale.nativeLanguageName()
    if not name:
        return language
    territory = locale.nativeTerritoryName()
    if "-" in language and territory and territory not in name:  # not "español de México (México)"
        name = f"{name} ({territory})"
    return name[:1].upper() + name[1:]


# Scripts written right to left. A table, not QLocale.textDirection(): the answer is needed
# before the first paint, and asking QLocale builds Qt's whole enum namespace (~15 ms).
RIGHT_TO_LEFT = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"})


def is_right_to_left(language: str) -> bool:
    return language.split("-")[0] in RIGHT_TO_LEFT


# Fonts tried before the system's own fallback, for languages whose letters the usual fallback
# lacks. Urdu writes letters Arabic does not (ہ ے ۓ and the full stop ۔); on Linux, Qt's fallback
# for the Arabic script is DejaVu Sans, which has most of Urdu but not those, so they came from
# Noto Kufi Arabic: two fonts, two styles, inside one word ("ہے"), and a broken join where they
# meet (seen 2026-12-03, Debian 12). Each of these has every Urdu letter; a missing one is
# skipped. A sans Arabic first, beside the app's sans Latin; Segoe UI and Tahoma on Windows.
SCRIPT_FONTS = {"ur": ("Noto Sans Arabic UI", "Noto Naskh Arabic UI", "Noto Sans Arabic", "Segoe UI", "Tahoma")}


def font_families(language: str) -> tuple[str, ...]:
    """Families to try after the app's own font for text in ``language`` (none for most)."""
    return SCRIPT_FONTS.get(language.replace("_", "-").split("-")[0], ())


def with_script_fonts(font: QFont, language: str) -> QFont:
    """``font``, trying ``language``'s fonts (``SCRIPT_FONTS``) after its own families."""
    extra = font_families(language)
    if not extra:
        return font
    own = font.families() or [font.family()]
    # The family really drawn first: a default that is an alias ("Sans Serif" on Linux) is skipped
    # in a list of families, which would draw Latin letters with the next font instead.
    own = [QFontInfo(font).family(), *own[1:]]
    found = QFont(font)
    found.setFamilies([*own, *(family for family in extra if family not in own)])
    return found


class PseudoTranslator(QTranslator):
    """Shows layout problems without real translators: ``long`` pads every string by about
    40% (clipping shows), ``mirror`` reverses words and flips the layout (RTL problems
    show). Placeholders (%1, %n) and mnemonics (&) are kept intact."""

    def __init__(self, mode: str, parent=None):
        super().__init__(parent)
        self.mode = mode

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):  # Qt override
        if not source_text:
            return source_text
        if self.mode == "long":
            pad = "~" * max(2, len(source_text) * 2 // 5)
            return f"[{source_text} {pad}]"
        words = [w if ("%" in w or "&" in w) else w[::-1] for w in source_text.split(" ")]
        return " ".join(reversed(words))


class Translations:
    """Owns the installed translators and switches them at runtime."""

    def __init__(self, app: QApplication, translations_dir: Path, pseudo: str | None = None):
        self._app = app
        self._dir = translations_dir
        self._pseudo = pseudo
        self._installed: list[QTranslator] = []
        self.switched = False  # whether switch() has installed a language yet
        self.language = SOURCE_LANGUAGE

    def available(self) -> list[str]:
        return available_languages(self._dir)

    def switch(self, language: str) -> str:
        """Install translators for ``language`` (falls back to English); returns the language used."""
        if language not in self.available():
            language = SOURCE_LANGUAGE
        # What is installed is kept on the application itself, so it is never installed twice: a
        # second Translations for the same app (each test's context) takes over the first one's
        # translators instead of stacking more, which every translate() call would then walk.
        installed: tuple[tuple[str, str | None], list[QTranslator]] | None = getattr(
            self._app, "_family_guide_translators", None
        )
        if installed is not None and installed[0] == (language, self._pseudo):
            # Already in place: re-installing would send LanguageChange to every widget and have the
            # whole window retranslate and refill itself for nothing (Settings' OK, a test's teardown).
            self.language, self.switched = language, True
            return language
        for translator in installed[1] if installed else []:
            self._app.removeTranslator(translator)
        self._installed = []
        locale = QLocale(language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        code = file_code(language)  # Qt's file names: family_guide_pt_BR.qm, qtbase_pt_BR.qm
        candidates = [(f"{APP_PREFIX}_{code}", str(self._dir)), (f"qtbase_{code}", qt_dir)]
        if language == SOURCE_LANGUAGE:  # English plural forms ("1 module", "2 modules")
            candidates = [(f"{APP_PREFIX}_en", str(self._dir))]
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        if self._pseudo:
            pseudo = PseudoTranslator(self._pseudo, self._app)
            self._app.installTranslator(pseudo)
            self._installed.append(pseudo)
        self._app._family_guide_translators = ((language, self._pseudo), self._installed)  # type: ignore[attr-defined]
        QLocale.setDefault(locale)
        rtl = is_right_to_left(language) or self._pseudo == "mirror"
        if rtl != QApplication.isRightToLeft():  # left to right is Qt's default: nothing to set on a normal start
            from PySide6.QtCore import Qt  # its enum namespace costs ~15 ms: only when needed

            self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.language = language
        self.switched = True
        # Qt posts LanguageChange to every widget; deliver now so the switch is complete on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return language
