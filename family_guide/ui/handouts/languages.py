"""Label text in the handout's own languages, which need not be the app's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTranslator

from family_guide import paths
from family_guide.i18n_tools import APP_PREFIX, file_code
from family_guide.ui.i18n import is_right_to_left

_LOADED: dict[str, QTranslator | None] = {}


def translator_for(language: str, ui_language: str) -> Callable[[str, str], str]:
    """(context, text) -> text in ``language``: the installed translation for the app's own
    language, else that language's compiled file, else the English text.

    English standing in for a missing right-to-left translation is wrapped in a left-to-right
    isolate, so its full stop and brackets stay where English puts them in the Arabic column."""
    lookup: Callable[[str, str], str | None]
    translator: QTranslator | None
    if language == ui_language:
        lookup = lambda context, text: QCoreApplication.translate(context, text)  # noqa: E731
    else:
        if language not in _LOADED:
            translator = QTranslator(QCoreApplication.instance())  # lives and dies with the app, never after it
            found = translator.load(f"{APP_PREFIX}_{file_code(language)}", str(paths.translations_dir()))
            _LOADED[language] = translator if found else None
        translator = _LOADED[language]
        lookup = (lambda _c, _t: "") if translator is None else translator.translate
    if language.split("-")[0] == "en":
        return lambda context, text: lookup(context, text) or text
    right_to_left = is_right_to_left(language)

    def tr(context: str, text: str) -> str:
        found = lookup(context, text)
        if found and found != text:
            return found
        return f"\u2066{text}\u2069" if right_to_left else text

    return tr


def directions(languages: tuple[str, ...]) -> tuple[bool, ...]:
    return tuple(is_right_to_left(language) for language in languages)
