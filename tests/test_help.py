"""Help for every family: emergency numbers for every country, crisis lines, and a crisis path
that cannot be missed (the data, the libphonenumber cross-check, and the screens)."""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers.shortnumberinfo as shortnumbers
import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton

from family_guide.core.countries import ANOTHER_COUNTRY, country_table
from family_guide.core.directory import emergency_for, entries_for
from family_guide.core.loader import load_catalog, load_module
from family_guide.ui.dialog_help import BUTTON_NAME
from family_guide.ui.help_html import emergency_details_html
from family_guide.ui.help_now import HelpNowDialog
from tests.conftest import MODULES, on_modal

CATALOG = load_catalog([(MODULES, "bundled")])
DIRECTORY = CATALOG.of_kind("directory")
# Section B of shared/data/helplines-wave2.md: the regions with a crisis or suicide line (Kenya's
# own crisis line is low confidence, so its children's line Childline 116 stands in, as B says).
CRISIS_REGIONS = ("US", "GB", "IN", "CA", "AU", "DE", "FR", "IE", "ES", "IT", "NL", "PH", "KE", "NG", "MX", "BR")
# Get help now's steps and the needs each lists.
STEP_NEEDS = (("emergency",), ("crisis",), ("image-removal", "report"), ("report", "trafficking"))
STEP_NEEDS += (("child-support", "adult-support"),)


def _rows():
    return {row.country: row for module in DIRECTORY for row in module.manifest.directory.emergency}


# ---------------------------------------------------------------- data


def test_the_country_list_is_every_un_member_state_with_names_in_each_language():
    table = country_table()
    assert len(table.codes) == 193 and len(set(table.codes)) == 193
    assert ANOTHER_COUNTRY not in table.codes and table.is_country(ANOTHER_COUNTRY)
    for language in ("en", "es", "hi", "ar"):
        for code in table.codes:
            name = table.name(code, language)
            assert name and name != code, (language, code)
    assert table.name("EG", "ar") == "مصر" and table.name("IN", "hi") == "भारत"  # from CLDR, not typed
    assert table.regions_of("IE") == ("IE", "EU", "GLOBAL") and table.regions_of("EG") == ("EG", "GLOBAL")


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


def test_every_shipped_emergency_number_passes_libphonenumber_or_has_a_documented_exception():
    """Google's libphonenumber cross-checks every number; each disagreement is explained in the data
    (section A.1 of the research), and an explanation that no longer applies is caught too."""
    checked = 0
    for code, row in _rows().items():
        for number in row.numbers:
            recognised = shortnumbers.is_emergency_number(number.number, code)
            if number.check_exception:
                assert not recognised, f"{code} {number.number}: the exception is stale, libphonenumber agrees now"
            else:
                assert recognised, f"{code} {number.number}: not an emergency number for libphonenumber"
            checked += 1
    assert checked > 300


def test_numbers_the_research_says_not_to_ship_are_not_shipped():
    rows = _rows()
    for code in ("GQ", "GA", "GN", "LS", "LY"):  # conflicting and unconfirmed: "do not ship"
        assert rows[code].numbers == [] and emergency_for(DIRECTORY, code).primary is None
    # Libphonenumber disagreements never rise above medium.
    for code, row in rows.items():
        for number in row.numbers:
            assert not (number.check_exception and number.confidence == "high"), (code, number.number)


@pytest.mark.parametrize("country", CRISIS_REGIONS)
def test_every_region_with_a_crisis_line_lists_it_under_the_crisis_need(country):
    groups = entries_for(DIRECTORY, country, ("crisis",))
    national = [entry for _, pairs in groups for _, entry in pairs if entry.country == country]
    assert national and all(e.phone for e in national), country


def test_new_countries_have_their_national_lines():
    expected = {
        "EG": "16000",
        "SA": "116111",
        "AE": "116111",
        "JO": "110",
        "MA": "2511",
        "PK": "1121",
        "BD": "1098",
        "NP": "1098",
    }
    for country, phone in expected.items():
        phones = {e.phone for _, pairs in entries_for(DIRECTORY, country) for _, e in pairs if e.country == country}
        assert phone in phones, country
    for country in ("IQ", "LB"):  # no child help line confirmed: only the emergency number
        assert emergency_for(DIRECTORY, country).primary in ("911", "112")


def test_switzerland_has_the_missing_children_hotline_though_not_in_the_eu():
    """helplines.md's 116 000 row names Switzerland among its 32 countries (issue 15: French)."""
    listed = {e.id: e for _, pairs in entries_for(DIRECTORY, "CH") for _, e in pairs}
    assert listed["ch-116000"].phone == "116 000" and "eu-116000" not in listed
    assert listed["ch-116000"].confidence == "medium"  # one page citing Missing Children Europe


def test_no_step_of_get_help_now_lists_the_same_service_twice():
    for country in (*country_table().codes, ANOTHER_COUNTRY):
        for needs in STEP_NEEDS:
            listed = [entry for _, pairs in entries_for(DIRECTORY, country, needs) for _, entry in pairs]
            ids = [e.id for e in listed]
            phones = ["".join(filter(str.isdigit, e.phone)) for e in listed if e.phone]
            webs = [e.web for e in listed if e.web]
            assert len(ids) == len(set(ids)) and len(phones) == len(set(phones)), (country, needs)
            assert len(webs) == len(set(webs)), (country, needs)


def test_trafficking_and_image_removal_services_where_they_exist():
    def names(country, need):
        return {e.id for _, p in entries_for(DIRECTORY, country, (need,)) for _, e in p}

    for country in ("US", "GB", "CA", "AU", "MX", "PH"):
        assert any(i.startswith(country.lower()) for i in names(country, "trafficking")), country
    assert "au-esafety" in names("AU", "image-removal")
    assert "ca-needhelpnow" in names("CA", "image-removal")
    assert "gb-iwf" in names("GB", "report")


def test_a_directory_entry_for_an_unknown_country_is_reported_and_left_out(module_copy):
    folder = module_copy("help-directory")
    manifest = folder / "module.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("      country: JO\n", "      country: XZ\n", 1), encoding="utf-8"
    )
    module, problems, _ = load_module(folder)
    assert module is not None and problems == []
    assert "jo-110-helpline" not in {e.id for e in module.manifest.directory.entries}
    assert any("unknown country 'XZ'" in p.message and p.line for p in module.skipped_parts)


def test_a_bad_emergency_row_is_left_out_and_the_rest_still_load(module_copy):
    folder = module_copy("emergency-numbers")
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('        - number: "999"\n', '        - number: "9a9"\n', 1), encoding="utf-8")
    module, problems, _ = load_module(folder)
    assert module is not None and problems == []
    assert len(module.manifest.directory.emergency) == 192
    assert any("directory.emergency." in p.field and p.line for p in module.skipped_parts)


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


def test_guides_and_checklists_send_self_harm_to_the_crisis_step():
    """Every link next to words about a child hurting themselves opens the crisis step, not step 1."""
    pattern = re.compile(r"(hurt(ing)? themsel(f|ves)|self-harm|suicid)[^\n]{0,160}?\]\(help:(\w+)\)", re.I)
    found = 0
    for path in sorted(Path(MODULES).glob("*/en.yaml")):
        text = re.sub(r"\s*\n\s*", " ", path.read_text(encoding="utf-8"))
        for match in pattern.finditer(text):
            found += 1
            assert match.group(4) == "crisis", f"{path.parent.name}: {match.group(0)[:120]}"
    assert found >= 3


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


def test_spaced_phone_numbers_keep_their_order_in_arabic_text():
    """ "116 123" inside an Arabic sentence would read "123 116" without an isolate; files may not carry one."""
    from family_guide.core.render import to_html

    html = to_html("اتصل مجانًا بالرقم 116 123 أو 1-800-891-4416، أو أرسل رسالة إلى 0477 13 11 14.")
    assert "\u2066116 123\u2069" in html and "\u20660477 13 11 14\u2069" in html
    assert "1-800-891-4416" in html  # a hyphen already keeps the groups together: no isolate needed
    assert to_html("Ages 9 to 12") == "<p>Ages 9 to 12</p>\n"
