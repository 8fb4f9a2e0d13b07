"""Checklists lead to next steps (never a verdict), the help directory by country, and
saving a checklist snapshot to the journal.
The logic without Qt is tested in tests/core/test_warning_signs.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from family_guide.core.journal.records import Child
from family_guide.ui.journal.dialogs import SaveToJournalDialog
from tests.conftest import bundled_catalog
from tests.ui.conftest import on_modal

CATALOG = bundled_catalog()


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
