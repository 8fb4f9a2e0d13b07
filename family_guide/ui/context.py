"""The app's shared state for the UI: settings, loaded content, language. Pages listen to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from family_guide import paths
from family_guide.core.settings import Settings
from family_guide.core.translatable import fill
from family_guide.ui.i18n import Translations, font_families, translate, with_script_fonts


class AppContext(QObject):
    catalogChanged = Signal()
    languageChanged = Signal(str)
    settingsChanged = Signal()
    helpRequested = Signal()
    helpTargetRequested = Signal(str)  # a help: link's target: "now", "crisis" or "directory"
    moduleRequested = Signal(str, str)  # module id, fragment (e.g. an age band)
    problem = Signal(str)  # something the user should know, in plain words
    sectionRequested = Signal(str)  # a section key, e.g. "home" after hide-and-lock

    def __init__(self, app: QApplication, app_paths: paths.AppPaths, settings: Settings, translations: Translations):
        super().__init__(app)
        self.app = app
        self.paths = app_paths
        self.settings = settings
        self.translations = translations
        self._catalog = None  # loaded after the first paint (see load_content)
        self._journal_session = None
        self._base_font = QFont(app.font())
        # How read-aloud gets its speech engine (called when first used); tests put a fake one here.
        self.speech_engine_factory = _system_speech_engine
        from family_guide.ui.theme import Theme

        self.theme = Theme(app, on_change=self.settingsChanged.emit)  # a system scheme change repaints like a setting

    @property
    def catalog(self):
        """The loaded content; empty until ``load_content`` has run."""
        if self._catalog is None:
            from family_guide.core.modules import Catalog  # dataclasses: not before the first paint

            self._catalog = Catalog()
        return self._catalog

    @catalog.setter
    def catalog(self, catalog) -> None:
        self._catalog = catalog

    @property
    def journal_session(self):
        """The journal's lock state; created on first use, after the first paint."""
        if self._journal_session is None:
            from family_guide.ui.journal.session import JournalSession

            self._journal_session = JournalSession(self)
        return self._journal_session

    @property
    def content_loaded(self) -> bool:
        return self._catalog is not None

    @property
    def language(self) -> str:
        return self.translations.language

    @property
    def country(self) -> str:
        """The user's country; "Another country" when none is set or the setting names none we know."""
        from family_guide.core.countries import ANOTHER_COUNTRY, country_table

        code = self.settings["country"] or ANOTHER_COUNTRY
        return code if country_table().is_country(code) else ANOTHER_COUNTRY

    def unknown_country_problem(self) -> str | None:
        """A plain message when the settings file names a country the app does not know."""
        from family_guide.core.countries import country_table

        code = self.settings["country"]
        if not code or country_table().is_country(code):
            return None
        return fill(
            translate(
                "App",
                "The settings file names a country that is not in the list (%1). Help for \u201cAnother "
                "country\u201d is shown until you choose your country in Settings.",
            ),
            repr(code)[:40],
        )

    def load_content(self) -> None:
        # After the first paint: the cache pulls in the models (pydantic), and the loader (YAML,
        # validation) only when the content changed and the catalog is built again.
        from family_guide.core.catalog_cache import load_with_cache

        roots = [(paths.bundled("resources", "modules"), "bundled"), (self.paths.user_modules_dir, "user")]
        self.catalog, _ = load_with_cache(roots, self.paths.catalog_cache_file)
        self.catalogChanged.emit()

    def set_language(self, language: str) -> None:
        fonts = font_families(self.language)
        self._switch_language(language)
        if font_families(self.language) != fonts:  # Urdu's fonts on, or off again
            self.apply_text_scale()
            self.apply_theme(font_changed=True)  # widgets polished by the style sheet take them too

    def _switch_language(self, language: str) -> None:
        before = self.translations.language if self.translations.switched else None
        used = self.translations.switch(language)
        self.settings.set("language", used)
        if used != before:  # the pages refill their content only when the language really changed
            self.languageChanged.emit(used)

    def apply_theme(self, font_changed: bool = False) -> None:
        """Colours from the Settings choice (or the system's scheme), as one palette and style sheet."""
        self.theme.apply(self.settings["appearance"], font_changed)

    def apply_text_scale(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * self.settings["text_scale"] / 100)
        self.app.setFont(with_script_fonts(font, self.language))  # Urdu's letters in one font

    def update_settings(self, **values) -> None:
        for key, value in values.items():
            self.settings.set(key, value)
        try:
            self.settings.save()
        except OSError as exc:
            self.problem.emit(f"{self.paths.settings_file}: {exc.strerror or exc}")
        font = QFont(self.app.font())
        if "language" in values:
            self._switch_language(values["language"])  # its fonts (Urdu's) follow with the text size
        self.apply_text_scale()
        self.apply_theme(font_changed=self.app.font() != font)  # a new size, or a language's fonts
        self.settingsChanged.emit()


def _system_speech_engine():
    from family_guide.ui.speech import system_engine

    return system_engine()
