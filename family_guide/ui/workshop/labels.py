"""The few words the app itself puts on a slide (help-line labels), in the slide's language.

A session may show slides in a language other than the app's (or two at once), so these are
looked up in that language's translation file directly rather than through the installed
translators, which follow the app's language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QTranslator

from family_guide import paths
from family_guide.i18n_tools import APP_PREFIX

Translate = Callable[[str, str], str]


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"{APP_PREFIX}_{language}", str(paths.translations_dir())) else None


def labels_for(language: str) -> Translate:
    """translate(context, text) in ``language``, English when it has no translation."""
    translator = None if language.split("-")[0] == "en" else _translator(language.split("-")[0])

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate
