"""Label text in the handout's own languages, which need not be the app's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTranslator

from family_guide import paths
from family_guide.i18n_tools import APP_PREFIX
from family_guide.ui.i18n import is_right_to_left

_LOADED: dict[str, QTranslator | None] = {}


def translator_for(language: str, ui_language: str) -> Callable[[str, str], str]:
    """(context, text) -> text in ``language``: the installed translation for the app's own
    language, else that language's compiled file, else the English text."""
    if language == ui_language:
        return lambda context, text: QCoreApplication.translate(context, text)
    if language not in _LOADED:
        translator = QTranslator(QCoreApplication.instance())  # lives and dies with the app, never after it
        found = translator.load(f"{APP_PREFIX}_{language}", str(paths.translations_dir()))
        _LOADED[language] = translator if found else None
    translator = _LOADED[language]
    if translator is None:
        return lambda _context, text: text

    def tr(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return tr


def directions(languages: tuple[str, ...]) -> tuple[bool, ...]:
    return tuple(is_right_to_left(language) for language in languages)
