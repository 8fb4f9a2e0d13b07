"""Help for every family: emergency numbers for every country, crisis lines, and a crisis path
that cannot be missed (the data, the libphonenumber cross-check, and the screens).
The logic without Qt is tested in tests/core/test_help.py."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton

from family_guide.core.countries import ANOTHER_COUNTRY, country_table
from family_guide.core.directory import emergency_for
from family_guide.ui.dialog_help import BUTTON_NAME
from family_guide.ui.help_html import emergency_details_html
from family_guide.ui.help_now import HelpNowDialog
from tests.conftest import bundled_catalog
from tests.ui.conftest import on_modal

CATALOG = bundled_catalog()
DIRECTORY = CATALOG.of_kind("directory")


def _rows():
    return {row.country: row for module in DIRECTORY for row in module.manifest.directory.emergency}


# ---------------------------------------------------------------- data


def test_every_ui_language_names_all_193_countries_itself(qtbot):
    """Its own CLDR names, not English standing in (tools/country_names.py lists the UI languages)."""
    from family_guide import i18n_tools
    from family_guide.ui.country_combo import CountryCombo

    table = country_table()
    for language in ("en", *i18n_tools.LANGUAGES):
        names = table.names[language]
        assert set(names) == set(table.codes) and all(names.values()), language
    samples = {"pt-BR": ("BR", "Brasil"), "fr": ("CI", "Côte d’Ivoire"), "ur": ("PK", "پاکستان"), "sw": ("KE", "Kenya")}
    for language, (code, name) in samples.items():
        assert table.name(code, language) == name
    assert table.name("DE", "sw") == "Ujerumani"  # Germany, in Swahili
    combo = CountryCombo()
    qtbot.addWidget(combo)
    combo.fill("ur", "PK")
    assert combo.currentText() == "پاکستان" and combo.count() == 194  # and "Another country"


def test_every_country_has_an_emergency_number_or_says_it_is_not_confirmed():
    rows = _rows()
    assert set(rows) == set(country_table().codes)
    for code in country_table().codes:
        help = emergency_for(DIRECTORY, code)
        html = emergency_details_html(help, "en")
        if help.primary:
            assert help.confirmed[0].confidence in ("high", "medium"), code
        else:
            # Nothing confirmed: the screen says so; a low number is only ever "reported, not confirmed".
            assert "Reported, not confirmed" in html or "could not confirm the emergency number" in html, code
        for number in help.unconfirmed:
            assert number.confidence == "low"
            assert f"Police, ambulance and fire: \u2066{number.number}" not in html.split("Reported")[0]


# ---------------------------------------------------------------- screens


@pytest.mark.parametrize(("country", "number"), [("US", "911"), ("GB", "999"), ("IN", "112"), ("EG", "122")])
def test_get_help_now_opens_on_the_number_in_large_type_with_a_copy_button_and_words_to_say(
    qtbot, context, country, number
):
    context.update_settings(country=country)
    dialog = HelpNowDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.steps.currentRow() == 0 and dialog.call.text() == f"Call \u2066{number}\u2069 now."
    assert dialog.call.font().pointSizeF() >= 1.9 * dialog.font().pointSizeF()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == number
    text = dialog.view.toPlainText()
    assert "A child is in danger." in text and "They may be at" in text


def test_get_help_now_for_another_country_and_for_an_unconfirmed_one(qtbot, context):
    context.update_settings(country=ANOTHER_COUNTRY)
    dialog = HelpNowDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.call.text() == "Call your local emergency number now." and not dialog.copy_button.isVisibleTo(dialog)
    text = dialog.view.toPlainText()  # no empty "Emergency numbers in Another country" heading
    assert "Choose your country at the top" in text and "Emergency numbers in" not in text
    dialog.show_step("report")
    assert "These services work from anywhere." in dialog.view.toPlainText()
    dialog.country.select("AO")  # Angola: only low-confidence numbers
    dialog.show_step("danger")
    assert dialog.call.text() == "Call your local emergency number now."
    assert "Reported, not confirmed: Police: \u2066113\u2069" in dialog.view.toPlainText()
    dialog.country.select("SN")  # Senegal: 17 from one source (medium)
    assert dialog.call.text() == "Call \u206617\u2069 now." and dialog.caution.isVisibleTo(dialog)


WRAP = Qt.TextFlag.TextWordWrap.value


@pytest.mark.parametrize("language", ["en", "ar", "hi"])
def test_every_step_of_get_help_now_is_drawn_whole_at_200_percent(qtbot, context, language):
    """Qt's wrapped list items dropped the last word of "1. شخص في خطر الآن" and drew "…" over an empty line."""
    context.update_settings(language=language, text_scale=200, country="EG")
    dialog = HelpNowDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    steps = dialog.steps
    metrics = steps.fontMetrics()
    for row in range(steps.count()):
        rect = steps.visualItemRect(steps.item(row))
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), WRAP, steps.item(row).text())
        assert needed.height() <= rect.height(), (language, row, steps.item(row).text())


def test_get_help_now_has_no_two_controls_on_one_shortcut_letter(qtbot, context):
    for language in ("en", "es", "ar", "hi"):
        context.update_settings(language=language)
        dialog = HelpNowDialog(context)
        qtbot.addWidget(dialog)
        texts = [dialog.country_label.text(), dialog.copy_button.text()]
        texts += [button.text() for button in dialog.buttons.buttons()]
        letters = [re.search(r"&(\w)", text).group(1).lower() for text in texts if re.search(r"&(\w)", text)]
        assert len(letters) == len(set(letters)), (language, texts)


def test_the_country_in_get_help_now_can_be_found_by_typing(qtbot, context):
    dialog = HelpNowDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country.setFocus()
    dialog.country.lineEdit().selectAll()
    qtbot.keyClicks(dialog.country.lineEdit(), "Pakis")
    completer = dialog.country.completer()
    assert completer.popup().isVisible() and completer.currentCompletion() == "Pakistan"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)  # the arrow key moves into the suggestions
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.country.code() == "PK" and dialog.call.text() == "Call \u206615\u2069 now."


def test_a_guides_self_harm_link_lands_on_the_crisis_line(qtbot, window, context):
    context.update_settings(country="US")
    seen = []

    def read(dialog):
        seen.append((dialog.STEPS[dialog.steps.currentRow()], dialog.view.toPlainText()))
        dialog.reject()

    on_modal(read, HelpNowDialog)
    window.pages["conversations"].view.anchorClicked.emit(QUrl("help:crisis"))
    assert seen[0][0] == "crisis" and "988 Suicide & Crisis Lifeline" in seen[0][1]


def test_the_emergency_result_starts_with_the_action(qtbot, window, context):
    window.show_section("warning_signs")
    page = window.pages["warning_signs"]
    page.show_module("grooming-signs")
    qtbot.mouseClick(page.boxes["meeting-planned"].box, Qt.MouseButton.LeftButton)
    text = page.result.toPlainText().strip()
    assert text.startswith("\u26a0 Emergency: Call \u2066999\u2069 now.")  # GB
    assert text.index("sign ticked") > text.index("What to do now")  # the count comes at the end
    assert text.index("Reviewed") > text.index("What to do now")
    html = page.result.toHtml()
    assert "Police, ambulance and fire" in page.result.toPlainText() and "999" in html


def test_the_act_now_result_is_marked_too_but_less_strongly(qtbot, window):
    window.show_section("warning_signs")
    page = window.pages["warning_signs"]
    page.show_module("sextortion-signs")
    module = page.module
    act_now = next(t for t in module.manifest.checklist.tiers if t.id == "act-now")
    item = act_now.any_of[0] if act_now.any_of else module.manifest.checklist.item_ids[0]
    page.boxes[item].setChecked(True)
    text = page.result.toPlainText().strip()
    assert text.startswith("\u279c Act today")


def test_setup_asks_the_country_first_and_lists_every_country(qtbot, context):
    from family_guide.ui.setup_form import SetupForm

    form = SetupForm(context)
    qtbot.addWidget(form)
    layout = form.layout()
    first_field = layout.itemAt(0, layout.ItemRole.FieldRole).widget()
    assert first_field is form.country
    assert form.country.count() == 194  # 193 countries and "Another country"
    context.set_language("ar")  # the setup page switches the language, then every form retranslates
    form.retranslate()
    assert form.country.findText("مصر") >= 0 and form.country.code() == "GB"  # the choice is kept


def test_an_unknown_country_in_the_settings_falls_back_with_a_clear_message(context):
    context.settings._values["country"] = "ZZ"  # as read from a hand-edited settings file
    assert context.country == ANOTHER_COUNTRY
    message = context.unknown_country_problem()
    assert "not in the list ('ZZ')" in message and "Another country" in message
    context.settings._values["country"] = "EG"
    assert context.unknown_country_problem() is None and context.country == "EG"


def test_the_sidebar_section_is_named_apart_from_get_help_now(window):
    names = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert "Help lines" in names and "Get help now" not in names
    assert window.help_button.text() == "Get help now"


# ---------------------------------------------------------------- Get help now in every dialog


def _app_dialog_classes() -> set[type]:
    import importlib
    import pkgutil

    import family_guide.ui

    for info in pkgutil.walk_packages(family_guide.ui.__path__, "family_guide.ui."):
        importlib.import_module(info.name)
    found, stack = set(), [QDialog]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("family_guide."):
                found.add(sub)
    return found


def _dialog_factories(window, context, journal, tmp_path):
    from family_guide.core.handouts.compose import HelpPageSource
    from family_guide.core.journal.records import Child, Entry
    from family_guide.ui.handouts.dialog import HandoutDialog
    from family_guide.ui.journal import dialogs
    from family_guide.ui.journal.timeline import TimelineDialog
    from family_guide.ui.packs_panel import PacksDialog
    from family_guide.ui.settings_dialog import SettingsDialog
    from family_guide.ui.workshop.editor import PlanEditor
    from family_guide.ui.workshop.present_dialog import PresentDialog

    session = context.journal_session

    def plan():
        from family_guide.core.workshop.plan import PlanDraft

        return PlanDraft.from_module(context.catalog.of_kind("workshop")[0])

    backup = tmp_path / "backup.fgbackup"
    return {
        SettingsDialog: lambda: SettingsDialog(context, window),
        PacksDialog: lambda: PacksDialog(context, window),
        dialogs.SetupJournalDialog: lambda: dialogs.SetupJournalDialog(session, window),
        dialogs.RecoveryKeyDialog: lambda: dialogs.RecoveryKeyDialog("ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345", window),
        dialogs.UnlockDialog: lambda: dialogs.UnlockDialog(session, window),
        dialogs.ChildDialog: lambda: dialogs.ChildDialog(Child("Sam", 2014, []), window),
        dialogs.ChildrenDialog: lambda: dialogs.ChildrenDialog(session, window),
        dialogs.SaveToJournalDialog: lambda: dialogs.SaveToJournalDialog(session, Entry("note", "t"), "intro", window),
        dialogs.ChangePassphraseDialog: lambda: dialogs.ChangePassphraseDialog(session, window),
        dialogs.RestoreDialog: lambda: dialogs.RestoreDialog(session, backup, window),
        TimelineDialog: lambda: TimelineDialog(context, None, window),
        PresentDialog: lambda: PresentDialog(plan(), "en", window),
        PlanEditor: lambda: PlanEditor(context, plan(), window),
        HandoutDialog: lambda: HandoutDialog(context, [("Help lines", HelpPageSource())], window),
        QMessageBox: lambda: QMessageBox(QMessageBox.Icon.Question, "?", "Open this address?", parent=window),
        QInputDialog: lambda: QInputDialog(window),
        QFileDialog: lambda: QFileDialog(window, options=QFileDialog.Option.DontUseNativeDialog),
    }


def test_every_dialog_has_a_visible_get_help_now_button(qtbot, window, context, journal, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "open_help_now", lambda *a: opened.append(a))
    factories = _dialog_factories(window, context, journal, tmp_path)
    missing = _app_dialog_classes() - set(factories) - {HelpNowDialog}
    assert not missing, f"add these dialogs to the walk: {missing}"
    for kind, make in factories.items():
        dialog = make()
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # as exec() opens every dialog of the app
        dialog.show()
        qtbot.waitExposed(dialog)
        buttons = dialog.findChildren(QPushButton, BUTTON_NAME)
        assert len(buttons) == 1 and buttons[0].isVisible() and buttons[0].text() == "Get help now", kind
        before = len(opened)
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        assert len(opened) == before + 1 and dialog.isVisible(), kind  # it opens help; it answers nothing
        # hide(), not close(): a dialog may refuse to close (the recovery key asks first), and a
        # modal one left open would block the windows of the tests that follow.
        dialog.hide()
        dialog.deleteLater()
