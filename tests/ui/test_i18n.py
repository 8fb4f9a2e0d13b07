"""Languages: runtime switching, right-to-left, pseudo-translation, English fallback marked,
and .ts files that are complete and in step with the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from family_guide import i18n_tools
from family_guide.ui.i18n import PseudoTranslator, Translations

UI_LANGUAGES = ("es", "hi", "ar")
NEW_LANGUAGES = ("pt-BR", "fr", "ur", "sw")  # issue 15


def messages(ts_path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


@pytest.mark.parametrize("language", i18n_tools.LANGUAGES)
def test_ui_translation_is_complete(language):
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m in messages(i18n_tools.ts_path(language))
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


def test_language_codes_map_to_qt_file_names_and_back():
    assert i18n_tools.file_code("pt-BR") == "pt_BR" and i18n_tools.file_code("ur") == "ur"
    assert i18n_tools.language_code("pt_BR") == "pt-BR" and i18n_tools.language_code("sw") == "sw"
    assert i18n_tools.ts_path("pt-BR").name == "family_guide_pt_BR.ts"
    for language in i18n_tools.LANGUAGES:
        assert i18n_tools.language_code(i18n_tools.file_code(language)) == language


def test_every_ui_language_has_a_ts_file_and_its_plural_forms():
    assert set(NEW_LANGUAGES) <= set(i18n_tools.LANGUAGES)
    for language in i18n_tools.LANGUAGES:
        assert i18n_tools.ts_path(language).is_file(), language
        assert language in i18n_tools.PLURAL_FORMS, language
        forms = {
            len(list(m.iter("numerusform"))) for _, m in messages(i18n_tools.ts_path(language)) if m.get("numerus")
        }
        assert forms == {i18n_tools.PLURAL_FORMS[language]}, language


@pytest.mark.parametrize("language", i18n_tools.LANGUAGES)
def test_placeholders_survive_translation(language):
    for ctx, message in messages(i18n_tools.ts_path(language)):
        source = message.findtext("source")
        forms = [f.text or "" for f in message.iter("numerusform")] or [message.findtext("translation") or ""]
        forms = [form for form in forms if form]  # an empty form is not translated yet: Qt shows the English
        for placeholder in ("%1", "%2", "%n"):
            if placeholder in source:
                assert all(placeholder in form for form in forms), (language, ctx, source)


def test_ts_files_are_in_step_with_the_code(tmp_path):
    """Running the documented update command would change nothing: every UI string is in the .ts."""
    fresh = tmp_path / "check_es.ts"
    subprocess.run(
        [i18n_tools._tool("lupdate"), "-locations", "none", *i18n_tools.sources(), "-ts", str(fresh)],
        cwd=i18n_tools.REPO,
        check=True,
        capture_output=True,
    )
    in_code = {(ctx, m.findtext("source")) for ctx, m in messages(fresh)}
    in_code |= set(i18n_tools.plural_messages())  # lupdate 6.11 skips these; update() puts them back
    committed = {(ctx, m.findtext("source")) for ctx, m in messages(i18n_tools.TRANSLATIONS / "family_guide_es.ts")}
    assert in_code == committed
    assert len(in_code) > 100


def test_switching_language_at_runtime_retranslates_every_screen(window, context):
    english = [window.nav.item(row).text() for row in range(window.nav.count())]
    context.set_language("es")
    spanish = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert spanish[0] == "Inicio" and spanish != english
    assert window.help_button.text() != "Get help now"
    assert window.pages["home"].title.text() != "Welcome"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    context.set_language("en")
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == english


def _visible_words(root) -> set[str]:
    """Every text a user or a screen reader meets on ``root``: labels, buttons, group titles, the items of
    drop-downs, tabs, tooltips and accessible names."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabWidget, QWidget

    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        found.update(
            f"{kind}: {text}" for kind, text in (("tip", widget.toolTip()), ("name", widget.accessibleName())) if text
        )
    return found


def test_a_screen_built_in_one_language_shows_only_the_next_after_a_switch(qtbot, context, journal):
    """Every screen made in French, then English chosen: each shows what a window made in English
    shows. The locked journal's form, the entry editor's drop-downs and Home's plan kept French."""
    from family_guide.ui.main_window import MainWindow
    from tests.ui.test_layout import journal_with_entries, main_window_states

    def open_window() -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1100, 720)
        window.show()
        return window

    context.update_settings(language="fr")
    switched = open_window()
    incident = journal_with_entries(context, journal)
    states = main_window_states(switched, context, incident)
    for _, go in states:
        go()  # every page and journal view built in French
        QApplication.processEvents()
    context.update_settings(language="en")
    seen = {}
    for name, go in states:
        go()
        QApplication.processEvents()
        seen[name] = _visible_words(switched)
    fresh = open_window()
    stale = {}
    for name, go in main_window_states(fresh, context, incident):
        go()
        QApplication.processEvents()
        left = seen[name] - _visible_words(fresh)
        if left:
            stale[name] = sorted(left)
    assert stale == {}


def test_qt_own_buttons_are_translated_too(context, qtbot):
    from family_guide.ui.settings_dialog import SettingsDialog

    context.set_language("es")
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    labels = {b.text().replace("&", "") for b in dialog.buttons.buttons()}
    assert "Cancelar" in labels


def test_right_to_left_language_flips_the_layout(window, context):
    context.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    QApplication.processEvents()  # let the layouts run again, mirrored
    help_x = window.help_button.mapTo(window, window.help_button.rect().center()).x()
    settings_x = window.settings_button.mapTo(window, window.settings_button.rect().center()).x()
    assert help_x < settings_x  # mirrored: Get help now moves to the left edge
    context.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_hindi_is_offered_and_loads(context):
    assert set(UI_LANGUAGES) <= set(context.translations.available())
    context.set_language("hi")
    assert context.language == "hi"
    assert context.settings["language"] == "hi"


def test_the_new_languages_are_offered(context):
    assert set(NEW_LANGUAGES) <= set(context.translations.available())


@pytest.fixture
def untranslated(tmp_path, context):
    """The app's translations with Brazilian Portuguese and Swahili as a new language starts: an
    empty .ts (compiled as the build does), whatever the real files hold by now."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in i18n_tools.TRANSLATIONS.glob("*.ts"):
        if ts.stem not in ("family_guide_pt_BR", "family_guide_sw"):
            shutil.copy(ts, folder)
    for code in ("pt_BR", "sw"):
        (folder / f"family_guide_{code}.ts").write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{code}"></TS>\n',
            encoding="utf-8",
        )
    i18n_tools.release(folder)
    real = context.translations._dir
    context.translations._dir = folder
    yield folder
    context.set_language("en")
    context.translations._dir = real


def test_a_language_with_an_empty_translation_starts_in_english(untranslated, window, context, qtbot):
    from family_guide.ui.settings_dialog import SettingsDialog

    assert {"pt-BR", "sw"} <= set(context.translations.available())
    for language in ("pt-BR", "sw"):
        context.set_language(language)
        assert context.language == language and context.settings["language"] == language
        assert window.nav.item(0).text() == "Home"  # English words: nothing to translate them with yet
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    context.set_language("pt-BR")
    dialog = SettingsDialog(context)  # Qt's own words come from Qt's Brazilian Portuguese (qtbase_pt_BR)
    qtbot.addWidget(dialog)
    assert "Cancelar" in {b.text().replace("&", "") for b in dialog.buttons.buttons()}


def test_choosing_urdu_in_settings_lays_out_right_to_left(qtbot, window, context):
    from family_guide.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    names = {
        dialog.form.language.itemData(i): dialog.form.language.itemText(i) for i in range(dialog.form.language.count())
    }
    assert names["es"] == "Español"  # not Qt's "español de España": the guides are for every Spanish reader
    assert {code: names.get(code) for code in NEW_LANGUAGES} == {
        "pt-BR": "Português (Brasil)",
        "fr": "Français",
        "ur": "اردو",
        "sw": "Kiswahili",
    }
    dialog.form.language.setCurrentIndex(dialog.form.language.findData("ur"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert context.language == "ur" and context.settings["language"] == "ur"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.help_button.isRightToLeft()
    QApplication.processEvents()
    help_x = window.help_button.mapTo(window, window.help_button.rect().center()).x()
    settings_x = window.settings_button.mapTo(window, window.settings_button.rect().center()).x()
    assert help_x < settings_x  # mirrored, as in Arabic
    context.set_language("sw")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight and not window.isRightToLeft()


def test_slide_and_handout_labels_find_the_regional_translation_file(context):
    """pt-BR's words are in family_guide_pt_BR.qm: the workshop and handout lookups map the code too."""
    from family_guide.ui.handouts.languages import _LOADED, translator_for
    from family_guide.ui.workshop.labels import _translator

    assert _translator("pt-BR") is not None and _translator("sw") is not None
    translator_for("pt-BR", "en")
    assert _LOADED["pt-BR"] is not None


def test_unknown_language_falls_back_to_english(context):
    context.set_language("xx")
    assert context.language == "en"


def test_pseudo_long_mode_pads_every_string(qapp, window, context):
    translations = Translations(qapp, i18n_tools.TRANSLATIONS, pseudo="long")
    try:
        translations.switch("en")
        assert window.nav.item(0).text().startswith("[Home ~")
    finally:
        for translator in translations._installed:
            qapp.removeTranslator(translator)
    context.set_language("en")
    assert window.nav.item(0).text() == "Home"


def test_pseudo_mirror_keeps_placeholders_and_mnemonics():
    translator = PseudoTranslator("mirror")
    assert translator.translate("C", "Call %1 now.") == ".won %1 llaC"
    assert translator.translate("C", "&Start") == "&Start"


def test_missing_translation_is_marked_on_the_text(window, context):
    context.set_language("es")
    # As if the Spanish translation of this band were not finished yet.
    del context.catalog.modules["online-friends"].texts["es"].guides["13-17"]
    page = window.pages["conversations"]
    window.show_section("conversations")
    page.show_module("online-friends", "9-12")
    assert "Se muestra en" not in page.view.toPlainText()  # translated: no note
    page.show_module("online-friends", "13-17")
    assert "Se muestra en English: esta parte todavía no está traducida" in page.view.toPlainText()


def test_content_falls_back_from_pt_br_to_pt_then_to_english_with_the_note(window, context):
    from family_guide.ui.content_html import fallback_text
    from tests.conftest import without_language

    # As if the guide had no Portuguese (it has a draft now): the module without it, declaration and all.
    module = without_language(context.catalog.modules["online-friends"], "pt-BR")
    context.catalog.modules["online-friends"] = module
    context.set_language("pt-BR")
    page = window.pages["conversations"]
    window.show_section("conversations")
    page.show_module("online-friends", "9-12")
    note = fallback_text("en", "pt-BR")
    assert "Português (Brasil)" in note and note in page.view.toPlainText()
    assert module.title("pt-BR").language == "en" and module.title("pt-BR").is_fallback
    module.texts["pt"] = module.texts["es"]  # a Portuguese text without the region (Spanish words stand in)
    guide = module.guide("pt-BR", "13-17")
    assert guide.language == "pt" and not guide.is_fallback  # the reader's own language: no note
    page.show_module("online-friends", "13-17")
    assert note not in page.view.toPlainText() and "Shown in" not in page.view.toPlainText()


def test_lrelease_is_available_for_builds():
    assert shutil.which(i18n_tools._tool("lrelease"))


def test_numbers_and_dates_keep_their_order_in_right_to_left_text(context):
    from family_guide.ui.content_html import entries_html

    context.set_language("ar")
    html = entries_html(context.catalog.of_kind("directory"), "ar", "US", ("report",))
    assert "\u20661-800-843-5678\u2069" in html  # isolated: shown 1-800-..., not 5678-843-...
    from family_guide.core.directory import emergency_for
    from family_guide.ui.help_html import emergency_details_html

    us = emergency_for(context.catalog.of_kind("directory"), "US")
    assert "\u20662024-05\u2069" in emergency_details_html(us, "ar")  # the source's date, isolated
    assert "CyberTipline" in html and "English" not in html  # translated into Arabic: no fallback note
    del context.catalog.modules["help-directory"].texts["ar"].entries["us-cybertipline"]  # as if not translated
    assert "English" in entries_html(context.catalog.of_kind("directory"), "ar", "US", ("report",))


def test_phone_numbers_keep_their_order_in_urdu(context):
    from family_guide.core.directory import emergency_for
    from family_guide.ui.content_html import entries_html
    from family_guide.ui.help_html import emergency_details_html

    context.set_language("ur")
    assert "\u20661-800-843-5678\u2069" in entries_html(context.catalog.of_kind("directory"), "ur", "US", ("report",))
    pakistan = emergency_for(context.catalog.of_kind("directory"), "PK")
    assert "\u206615\u2069" in emergency_details_html(pakistan, "ur")  # Western digits, isolated


@pytest.mark.parametrize(
    ("language", "script", "at_least"),
    [("hi", "\u0900-\u097f", 50), ("ar", "\u0600-\u06ff", 50), ("ur", "\u0600-\u06ff", 50)],
)
def test_hindi_arabic_and_urdu_mnemonics_are_latin_letters_after_the_text(language, script, at_least):
    """An underline inside a Devanagari or Arabic word splits its cluster or joining (a matra drawn on a
    dotted circle; labels measured taller than they are laid out), and many readers type on an English
    or dual keyboard, where Qt also matches the Latin key: so they show "सेटिंग्स (&E)", like Qt's CJK texts."""
    import re

    texts = [
        text
        for _, message in messages(i18n_tools.ts_path(language))
        for text in [message.findtext("translation") or ""]
        if "&" in text.replace("&&", "")
    ]
    assert len(texts) >= at_least
    assert [t for t in texts if re.search(f"&[{script}]", t)] == []
    assert [t for t in texts if not re.search(r"\(&[A-Z0-9]\)", t)] == []
