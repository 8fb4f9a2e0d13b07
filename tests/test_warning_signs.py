"""Checklists lead to next steps (never a verdict), the help directory by country, and
saving a checklist snapshot to the journal."""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from family_guide.core.checklist import tier_for
from family_guide.core.countries import country_table
from family_guide.core.directory import emergency_for, entries_for
from family_guide.core.journal.records import Child
from family_guide.core.loader import load_catalog, load_module
from family_guide.ui.journal.dialogs import SaveToJournalDialog
from tests.conftest import MODULES, on_modal
from tests.readability import checklist_figures

CATALOG = load_catalog([(MODULES, "bundled")])
CHECKLISTS = CATALOG.of_kind("checklist")
CHECKLIST_IDS = [m.id for m in CHECKLISTS]
EXPECTED_CHECKLISTS = {"grooming-signs", "contact-red-flags", "sextortion-signs", "trafficking-signs", "support-needs"}

# Representative tick sets and the tier each must give, as documented in the modules.
DOCUMENTED = [
    ("grooming-signs", ["hides-screen"], "talk-and-watch"),
    ("grooming-signs", ["hides-screen", "mood-change", "online-late-at-night"], "talk-and-watch"),
    ("grooming-signs", ["asked-for-images"], "act-now"),
    ("grooming-signs", ["hides-screen", "mood-change", "online-late-at-night", "vague-about-contacts"], "act-now"),
    ("grooming-signs", ["hides-screen", "meeting-planned"], "emergency"),
    ("contact-red-flags", ["flattery-and-attention"], "talk-and-watch"),
    ("contact-red-flags", ["asks-for-images"], "act-now"),
    ("contact-red-flags", ["meeting-arranged"], "emergency"),
    ("sextortion-signs", ["pulls-away"], "talk-and-watch"),
    ("sextortion-signs", ["threat-to-share-images"], "act-now"),
    ("sextortion-signs", ["threat-to-share-images", "talks-of-self-harm"], "emergency"),
    ("trafficking-signs", ["unexplained-money", "paid-for-looks"], "talk-and-watch"),
    ("trafficking-signs", ["older-partner"], "act-now"),
    ("trafficking-signs", ["advertised-online"], "emergency"),
    ("trafficking-signs", ["missing-or-ran-away"], "emergency"),
    ("support-needs", ["seems-lonely"], "talk-and-watch"),
    ("support-needs", ["being-bullied"], "act-now"),
    ("support-needs", ["talks-of-self-harm"], "emergency"),
]


def test_the_five_checklists_exist_with_ten_or_more_grouped_items():
    assert set(CHECKLIST_IDS) >= EXPECTED_CHECKLISTS
    for module in CHECKLISTS:
        structure = module.manifest.checklist
        assert len(structure.item_ids) >= 10, module.id
        assert len(structure.groups) >= 3, module.id
        for item_id in structure.item_ids:
            text = module.item("en", item_id).value
            assert text.statement and text.why and text.example, (module.id, item_id)


@pytest.mark.parametrize(("module_id", "ticked", "tier"), DOCUMENTED)
def test_documented_tick_sets_give_the_documented_tier(module_id, ticked, tier):
    assert tier_for(CATALOG.modules[module_id].manifest.checklist, ticked) == tier


@pytest.mark.parametrize("module_id", CHECKLIST_IDS)
def test_emergency_items_always_win(module_id):
    structure = CATALOG.modules[module_id].manifest.checklist
    emergency = next(t for t in structure.tiers if t.id == "emergency")
    assert emergency.any_of, "every checklist names items that alone mean: call now"
    assert structure.tiers[0] is emergency
    for item in emergency.any_of:
        assert tier_for(structure, [item]) == "emergency"
        assert tier_for(structure, structure.item_ids) == "emergency"
        others = [i for i in structure.item_ids if i not in emergency.any_of]
        assert tier_for(structure, [*others, item]) == "emergency"
    assert tier_for(structure, []) == structure.tiers[-1].id


@pytest.mark.parametrize("module_id", CHECKLIST_IDS)
def test_every_tier_says_what_it_may_and_may_not_mean_and_lists_steps(module_id):
    module = CATALOG.modules[module_id]
    for rule in module.manifest.checklist.tiers:
        tier = module.tier("en", rule.id).value
        assert tier.may_mean and tier.may_not_mean and len(tier.steps) >= 5
        assert rule.needs, f"{rule.id}: say which help-directory services to list"
    # Next steps, never a verdict: no percentages, "x out of y", points or risk ratings about the child.
    words = json.dumps(module.texts["en"].model_dump()).lower()
    assert not re.search(r"\d+\s*%|\d+\s*(/|out of)\s*\d+|\b\d+ points?\b|risk (score|level|rating)", words)


def test_next_steps_read_at_grade_six_or_below_and_eight_at_worst():
    """Flesch-Kincaid grade of each tier a parent acts on; `python -m tests.readability` prints the figures
    for docs/readability.md."""
    figures = [(m.id, *f) for m in CHECKLISTS for f in checklist_figures(m)]
    grades = [g for *_, whole, steps in figures for g in (whole, steps)]
    assert all(0 < g <= 8.0 for g in grades), [f for f in figures if max(f[2:]) > 8.0]
    assert statistics.median(grades) <= 6.0


def test_every_country_has_a_reporting_channel_and_worldwide_services():
    directory = CATALOG.of_kind("directory")
    for country in (*country_table().codes, "GLOBAL"):
        assert entries_for(directory, country, ("report",)), country
        assert entries_for(directory, country, ("image-removal",)), country
    # Worldwide there is no single emergency number: Get help now says "call your local emergency number".
    assert not emergency_for(directory, "GLOBAL").primary


def test_every_directory_entry_has_a_source_and_a_confidence_and_claims_no_live_check():
    for module in CATALOG.of_kind("directory"):
        for entry in module.manifest.directory.entries:
            assert entry.source.startswith(("https://", "http://")) and entry.confidence, entry.id
            # Nobody has called these numbers: "checked live" would be a false promise.
            assert entry.verified is None, entry.id


def test_image_removal_services_cover_children_and_adults():
    directory = CATALOG.of_kind("directory")
    names = {
        CATALOG.modules["help-directory"].entry("en", e.id).value.name
        for _, p in entries_for(directory, "GB", ("image-removal",))
        for _, e in p
    }
    assert any("Take It Down" in n for n in names)
    assert any("Report Remove" in n for n in names)
    assert any("StopNCII" in n for n in names)


def test_a_malformed_directory_entry_is_reported_and_left_out(module_copy, tmp_path):
    folder = module_copy("help-directory")
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace(
        '      phone: "0800 1111"\n      web: https://childline.org.uk\n', "", 1
    )  # Childline: no way to reach it
    manifest.write_text(text, encoding="utf-8")
    module, problems, _ = load_module(folder)
    assert problems == [] and module is not None
    ids = {e.id for e in module.manifest.directory.entries}
    assert "gb-childline" not in ids and "gb-nspcc-helpline" in ids  # the rest still loads
    assert len(module.skipped_parts) == 1
    assert "phone, sms or web" in module.skipped_parts[0].message and "left out" in module.skipped_parts[0].message
    result = subprocess.run(
        [sys.executable, "-m", "family_guide", "check-modules", str(folder)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "module.yaml:" in result.stdout and "directory.entries." in result.stdout


# -- through the UI ---------------------------------------------------------------


def open_checklist(qtbot, window, module_id):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["warning_signs"]
    page.show_module(module_id)
    return page


def tick(qtbot, page, item_id):
    box = page.boxes[item_id].box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()


def test_result_page_lists_country_channels_evidence_and_guides(qtbot, window, context):
    page = open_checklist(qtbot, window, "sextortion-signs")
    assert not page.save_button.isEnabled()
    tick(qtbot, page, "threat-to-share-images")
    text = page.result.toPlainText()
    assert "What this may mean" in text and "What this does not mean" in text
    assert "Who can help in United Kingdom" in text
    assert "CEOP" in text and "Take It Down" in text  # reporting and image removal for GB
    assert "Keeping evidence" in text and "Never save, screenshot or forward" in text
    assert "Conversation guides that can help" in text
    assert page.save_button.isEnabled()
    context.update_settings(country="US")
    assert "Who can help in United States" in page.result.toPlainText()
    assert "CyberTipline" in page.result.toPlainText()
    page.clear_button.click()
    assert not page.ticked() and "Who can help" not in page.result.toPlainText()


def test_related_guide_link_opens_the_guide(qtbot, window, context):
    page = open_checklist(qtbot, window, "sextortion-signs")
    tick(qtbot, page, "threat-to-share-images")
    page.result.anchorClicked.emit(QUrl("module:sextortion"))
    assert window.current_section() == "conversations"


def test_saving_a_snapshot_writes_a_journal_record_and_compares(qtbot, window, context, journal):
    sam = journal.save_child(Child("Sam", 2012))
    page = open_checklist(qtbot, window, "grooming-signs")
    tick(qtbot, page, "hides-screen")

    def save(dialog):
        dialog.child.setCurrentIndex(dialog.child.findData(sam))
        qtbot.keyClicks(dialog.note, "Noticed after dinner")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_modal(save, SaveToJournalDialog)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [row] = journal.rows()
    first = journal.entry(row.id)
    assert first.kind == "snapshot" and first.child_id == sam and first.body == "Noticed after dinner"
    assert first.details == {"module": "grooming-signs", "ticked": ["hides-screen"], "tier": "talk-and-watch"}
    assert "Saved in your journal" in page.result.toPlainText()

    tick(qtbot, page, "asked-for-images")
    on_modal(save, SaveToJournalDialog)
    page.save_button.click()
    assert journal.count() == 2
    shown = page.result.toPlainText()
    statement = CATALOG.modules["grooming-signs"].item("en", "asked-for-images").value.statement
    assert "Compared with" in shown and f"New: {statement}" in shown


def test_cancelling_the_snapshot_writes_nothing(qtbot, window, context, journal):
    page = open_checklist(qtbot, window, "grooming-signs")
    tick(qtbot, page, "hides-screen")
    on_modal(lambda dialog: dialog.reject(), SaveToJournalDialog)
    page.save_button.click()
    assert journal.count() == 0


def test_saving_without_a_journal_offers_to_set_one_up(qtbot, window, context):
    page = open_checklist(qtbot, window, "grooming-signs")
    tick(qtbot, page, "hides-screen")
    asked = []

    def decline(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    on_modal(decline, QMessageBox)
    page.save_button.click()
    assert "private journal" in asked[0]
    assert not context.journal_session.exists()


def test_directory_screen_copies_a_number_and_filters_by_need(qtbot, window, context):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["get_help"]
    assert page.country.currentData() == "GB"  # the setup choice
    assert "Last checked" not in page.view.toPlainText()  # no one checked them live
    assert "Source: " in page.view.toPlainText()
    page.view.anchorClicked.emit(QUrl("copy:0808 800 5000"))
    assert QGuiApplication.clipboard().text() == "0808 800 5000"
    assert "0808 800 5000" in page.status.text()
    page.need.setCurrentIndex(page.need.findData("image-removal"))
    shown = page.view.toPlainText()
    assert "Report Remove" in shown and "Childline\n" not in shown and "999" not in shown
    page.country.setCurrentIndex(page.country.findData("US"))
    assert "Take It Down" in page.view.toPlainText()


def test_directory_links_ask_before_opening_and_show_the_full_address(qtbot, window, context, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["get_help"]
    shown = []

    def refuse(box):
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    on_modal(refuse, QMessageBox)
    page.view.anchorClicked.emit(QUrl("https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/"))
    assert "https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/" in shown[0]
    assert opened == []


def test_get_help_now_from_inside_the_journal_and_its_dialogs(qtbot, window, context, journal):
    from family_guide.ui.help_now import HelpNowDialog
    from family_guide.ui.journal.dialogs import ChildrenDialog

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["journal"]
    page.new_note.click()
    opened = []

    def close_help(dialog):
        opened.append(dialog)
        dialog.reject()

    on_modal(close_help, HelpNowDialog)
    qtbot.keyClick(page.editor.body, Qt.Key.Key_F1)  # while writing
    assert len(opened) == 1

    def inside_children(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts reach a window once it is active
        on_modal(close_help, HelpNowDialog)
        qtbot.keyClick(dialog.list, Qt.Key.Key_F1)  # from a journal dialog
        dialog.accept()

    on_modal(inside_children, ChildrenDialog)
    page.children_button.click()
    assert len(opened) == 2


def test_get_help_now_image_step_names_the_removal_services(qtbot, context):
    from family_guide.ui.help_now import HelpNowDialog

    dialog = HelpNowDialog(context)
    qtbot.addWidget(dialog)
    dialog.show_step("images")
    text = dialog.view.toPlainText()
    assert "Take It Down" in text and "Report Remove" in text and "StopNCII" in text  # GB
    assert "Do not pay" in text
    dialog.country.select("US")  # the dialog's own country choice, e.g. before setup
    assert dialog.steps.currentRow() == dialog.STEPS.index("images")
    text = dialog.view.toPlainText()
    assert "Take It Down" in text and "Report Remove" not in text  # a UK-only service


def test_each_sign_says_in_its_text_why_it_matters_and_what_is_also_normal(qtbot, window, context):
    from family_guide.ui.theme import TYPE_SCALE

    page = open_checklist(qtbot, window, "grooming-signs")
    item = page.module.item("en", "older-online-friend").value
    box = page.boxes["older-online-friend"]
    labels = [label for label in page.items_area.widget().findChildren(QLabel) if "Also normal:" in label.text()]
    assert labels, "the 'also normal' text is on the screen, not only in a tooltip"
    explanation = next(label for label in labels if item.also_normal.split()[0] in label.text())
    assert explanation.isVisibleTo(page)
    # The sign in the normal size; the explanation smaller and lighter.
    assert box.label.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert explanation.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * TYPE_SCALE["small"])
    assert explanation.property("role") == "muted"
    small_box = box.box.sizeHint().height()
    context.update_settings(text_scale=200)
    try:
        assert page.boxes["older-online-friend"].box.sizeHint().height() > small_box  # tick boxes grow with the text
    finally:
        context.update_settings(text_scale=100)
