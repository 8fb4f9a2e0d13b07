"""Every shipped string can be drawn: no empty boxes in any UI language.

Each character of each language's text (its UI translations, its content files, its
country names) must be in the app's font or in a font Qt falls back to for it. Checked on
the fonts of the machine the tests run on (Debian: DejaVu, Noto; see README for Hindi).
"""

from __future__ import annotations

import json
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication

from family_guide import i18n_tools

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", *i18n_tools.LANGUAGES)  # Urdu's ٹ ڈ ڑ ں ے are beyond Arabic's letters
INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp"}


def ui_strings(language: str) -> list[str]:
    root = ET.parse(i18n_tools.ts_path(language)).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if language == "en" or not any(forms):
            forms.append(message.findtext("source"))  # English is what an untranslated string shows
        found += [f for f in forms if f]
    return found


def content_strings(language: str) -> list[str]:
    files = sorted((REPO / "resources" / "modules").glob(f"*/{language}.yaml"))
    if language == "en":
        files += sorted((REPO / "resources" / "modules").glob("*/module.yaml"))  # hours, names, sources
    names = json.loads((REPO / "resources" / "countries" / "countries.json").read_text(encoding="utf-8"))["names"]
    return [f.read_text(encoding="utf-8") for f in files] + list(names[language].values())


def undrawable(texts: list[str], font: QFont) -> set[str]:
    """Characters no font can draw: the app's font, or the fonts Qt falls back to for it
    (QFontMetrics asks the font with its fallbacks, as drawing does). Invisible characters
    (spaces, direction marks and isolates, joiners) need no glyph of their own."""
    metrics = QFontMetrics(font)
    chars = {c for text in texts for c in text if unicodedata.category(c) not in INVISIBLE}
    return {c for c in chars if not metrics.inFontUcs4(ord(c))}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_string_can_be_drawn(qapp, language):
    fonts = [QApplication.font()]
    bold = QFont(fonts[0])
    bold.setBold(True)  # headings and the Get help now button
    fonts.append(bold)
    texts = ui_strings(language) + content_strings(language)
    assert len(texts) > 100  # the files were found and read
    for font in fonts:
        missing = undrawable(texts, font)
        assert not missing, f"{language}: no glyph for " + ", ".join(
            f"{c!r} U+{ord(c[0]):04X}" for c in sorted(missing)
        )


def test_the_not_yet_translated_note_draws_an_icon_not_a_symbol_character(qtbot):
    from family_guide.core.modules import Localized
    from family_guide.ui.content_html import INFO_ICON, fallback_note
    from family_guide.ui.content_view import ContentView

    note = fallback_note(Localized("text", "en", "hi"), "hi")
    assert INFO_ICON in note and "\u24d8" not in note and "&#9432;" not in note
    view = ContentView()
    qtbot.addWidget(view)
    icon = view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(INFO_ICON))
    assert icon is not None and not icon.isNull() and icon.height() >= view.fontMetrics().height() - 1


def test_urdu_letters_beyond_arabic_can_be_drawn(qapp):
    """ٹ ڈ ڑ ں ے and the Urdu full stop, before the Urdu translations bring them into the files above."""
    assert undrawable(["ٹ ڈ ڑ ں ے ۔ ہ ھ ۓ"], QApplication.font()) == set()


def test_urdu_words_are_drawn_in_one_font(context):
    """On Linux Qt's Arabic fallback (DejaVu Sans) lacks ہ ے ۔, which then came from a second font
    inside the same word; in Urdu the app tries fonts with every Urdu letter first."""
    from PySide6.QtGui import QFontDatabase, QTextLayout

    from family_guide.ui.i18n import SCRIPT_FONTS

    context.set_language("ur")
    assert set(SCRIPT_FONTS["ur"]) <= set(QApplication.font().families())
    installed = set(QFontDatabase.families())
    if any(family in installed for family in SCRIPT_FONTS["ur"]):  # else the system's fallback is all there is
        for word in ("ہے", "بڑے", "لڑکیاں", "ٹھیک", "ڈر۔", "کہ"):
            layout = QTextLayout(word, QApplication.font())
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            assert len({run.rawFont().familyName() for run in layout.glyphRuns()}) == 1, word
    context.set_language("ar")  # Arabic keeps the fonts it had
    assert not set(SCRIPT_FONTS["ur"]) & set(QApplication.font().families())


def test_a_character_no_font_has_is_found(qapp):
    assert undrawable(["fine text \ue000"], QApplication.font()) == {"\ue000"}  # a private-use character
