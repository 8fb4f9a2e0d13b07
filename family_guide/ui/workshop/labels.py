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
from family_guide.i18n_tools import APP_PREFIX, file_code

Translate = Callable[[str, str], str]


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    found = translator.load(f"{APP_PREFIX}_{file_code(language)}", str(paths.translations_dir()))
    return translator if found else None


def labels_for(language: str) -> Translate:
    """translate(context, text) in ``language``, English when it has no translation. A regional
    code uses its own file (pt-BR: family_guide_pt_BR.qm), else the language's (fr-CA: fr)."""
    base = language.split("-")[0]
    translator = None if base == "en" else (_translator(language) or _translator(base))

    def translate(context: str, text: str) -> str:
        if translator is None:
            return text
        return translator.translate(context, text) or text

    return translate
