"""Handouts through the UI: the buttons, the dialog, Save as PDF, and the counselor's details in Settings."""

from __future__ import annotations

import subprocess
import unicodedata

from PySide6.QtCore import Qt

from family_guide.ui.handouts.dialog import HandoutDialog
from tests.conftest import without_language
from tests.ui.conftest import on_modal


def _text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_guide_reader_makes_a_spanish_and_english_pdf(qtbot, window, context, tmp_path):
    page = window.pages["conversations"]
    window.show_section("conversations")
    page.show_module("online-friends", "9-12")
    target = tmp_path / "out" / "handout"
    saved = []

    def handle(dialog: HandoutDialog) -> None:
        assert dialog.what.currentText() == "This guide, ages \u20669-12\u2069"
        _choose(dialog.language, "es")
        _choose(dialog.second, "en")
        dialog.choose_pdf_path = lambda: str(target)
        target.parent.mkdir()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        saved.append(dialog.message.text())
        dialog.reject()

    on_modal(handle, HandoutDialog)
    qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved))
    pdf = target.with_suffix(".pdf")
    text = _text(pdf)
    module = context.catalog.modules["online-friends"]
    assert saved == ["Saved: handout.pdf"]
    assert module.title("en").value[:30] in text and module.title("es").value[:30] in text
    # A language the guide lacks, as the second language: refused in words, the language named in words.
    # (Every app language may have this guide now, so Arabic is taken out of it for this part.)
    module = context.catalog.modules["online-friends"] = without_language(module, "ar")
    dialog = page.handout_dialog()
    qtbot.addWidget(dialog)
    missing = next(lang for lang in context.translations.available() if lang not in module.manifest.languages)
    _choose(dialog.language, "en")
    _choose(dialog.second, missing)
    assert dialog.handout() is None
    assert "has no text in" in dialog.message.text() and missing not in dialog.message.text().split()


def test_checklist_screen_offers_the_blank_worksheet_and_the_tier_shown(qtbot, window, context, tmp_path):
    window.show_section("warning_signs")
    page = window.pages["warning_signs"]
    page.show_module("grooming-signs")
    box = page.boxes["older-online-friend"].box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    dialog = page.handout_dialog()
    qtbot.addWidget(dialog)
    labels = [dialog.what.itemText(i) for i in range(dialog.what.count())]
    assert labels[0].startswith("Next steps: ") and "Blank worksheet with tick boxes" in labels
    assert labels[-1] == "Our family safety plan"
    _choose(dialog.audience, "young-people")
    _choose(dialog.what, 1)
    assert dialog.handout() is None and "written for adults" in dialog.message.text()
    _choose(dialog.audience, "adults")
    _choose(dialog.language, "ar")
    _choose(dialog.second, "en")
    dialog.choose_pdf_path = lambda: str(tmp_path / "worksheet.pdf")
    assert dialog.save_pdf() == tmp_path / "worksheet.pdf"
    module = context.catalog.modules["grooming-signs"]
    text = _text(tmp_path / "worksheet.pdf")
    for language in ("ar", "en"):
        assert " ".join(module.item(language, "older-online-friend").value.statement.split())[:20] in text


def test_a_long_worksheet_in_two_languages_says_so_in_the_dialog(qtbot, context, tmp_path):
    from family_guide.core.handouts.compose import ChecklistSource

    dialog = HandoutDialog(context, [("Worksheet", ChecklistSource("trafficking-signs"))])
    qtbot.addWidget(dialog)
    _choose(dialog.paper, "a4")
    _choose(dialog.language, "es")
    _choose(dialog.second, "en")
    dialog.choose_pdf_path = lambda: str(tmp_path / "worksheet.pdf")
    assert dialog.save_pdf() == tmp_path / "worksheet.pdf"
    info = subprocess.run(["pdfinfo", str(tmp_path / "worksheet.pdf")], capture_output=True, text=True).stdout
    pages = int(dict(line.split(":", 1) for line in info.splitlines())["Pages"])
    assert pages > 2
    assert dialog.message.text() == (
        f"This worksheet runs to {pages} pages in two languages. For two pages, make it in one language on A4 "
        "or Letter. Saved: worksheet.pdf"
    )
    _choose(dialog.second, "")
    dialog.handout()
    assert dialog.message.text() == ""  # one language: two pages, nothing to say


def test_get_help_makes_the_help_lines_of_the_country_shown(qtbot, window, context, tmp_path):
    page = window.pages["get_help"]
    page.country.select("US")
    dialog = page.handout_dialog()
    qtbot.addWidget(dialog)
    assert dialog.country.code() == "US"
    _choose(dialog.paper, "letter")
    dialog.choose_pdf_path = lambda: str(tmp_path / "help.pdf")
    dialog.save_pdf()
    text = _text(tmp_path / "help.pdf")
    assert "911" in text and "Page 1 of" in text
    assert context.settings["handout_paper"] == "letter"  # remembered for next time


def test_the_new_languages_are_offered_and_urdu_runs_right_to_left(qtbot, window, context, tmp_path):
    page = window.pages["get_help"]
    page.country.select("PK")
    dialog = page.handout_dialog()
    qtbot.addWidget(dialog)
    offered = {dialog.language.itemData(i): dialog.language.itemText(i) for i in range(dialog.language.count())}
    seconds = {dialog.second.itemData(i) for i in range(dialog.second.count())}
    for code, name in {"pt-BR": "Português (Brasil)", "fr": "Français", "ur": "اردو", "sw": "Kiswahili"}.items():
        assert offered[code] == name and code in seconds
    _choose(dialog.language, "ur")
    _choose(dialog.second, "en")
    handout = dialog.handout()
    assert handout is not None and [p.right_to_left for p in handout.parts] == [True, False]
    assert handout.parts[0].language == "ur"
    dialog.choose_pdf_path = lambda: str(tmp_path / "help.pdf")
    assert dialog.save_pdf() == tmp_path / "help.pdf"
    text = _text(tmp_path / "help.pdf")
    assert (
        "Where to get help in Pakistan" in text and "\u067e\u0627\u06a9\u0633\u062a\u0627\u0646" in text
    )  # both columns: Pakistan in Urdu


def letters(widget) -> list[str]:
    """The shortcut letters (after &) of every label and button in a dialog."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    return [m.group(1).lower() for m in (re.search(r"&(\w)", t) for t in texts) if m]


def test_counselor_details_in_settings_are_cut_with_a_message(qtbot, context, tmp_path):
    from family_guide.core.handouts.compose import HelpPageSource
    from family_guide.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    form = dialog.counselor
    form.organisation.setText("Long name " * 1000)
    assert "cut to 120 characters" in form.message.text()
    bad = tmp_path / "logo.png"
    bad.write_text("hello")
    assert not form.use_logo(bad)
    assert "is not a PNG or JPEG picture" in form.message.text()
    assert not form.remove_button.isEnabled()
    dialog.accept()
    assert len(context.settings["handout_organisation"]) == 120
    # Shortcut letters: none shared in the handout dialog, none of the counselor's fields shared in Settings.
    handout = HandoutDialog(context, [("x", HelpPageSource())])
    qtbot.addWidget(handout)
    assert len(letters(handout)) == len(set(letters(handout))) == 9
    ours, everything = letters(dialog.counselor), letters(dialog)
    assert len(ours) == 4 and all(everything.count(letter) == 1 for letter in ours), everything


def test_get_help_now_offers_a_handout_of_its_country(qtbot, context):
    from family_guide.ui.help_now import HelpNowDialog

    help_now = HelpNowDialog(context)
    qtbot.addWidget(help_now)
    help_now.country.select("IE")
    assert help_now.handout_button.text() == "Make a &handout..."
    dialog = help_now.handout_dialog()
    qtbot.addWidget(dialog)
    assert dialog.country.code() == "IE" and dialog.what.itemText(0) == "Help lines for Ireland"
    handout = dialog.handout()
    lines = [b for b, _ in handout.rows if b is not None and getattr(b, "emergency", False)]
    assert lines and lines[0].phone in ("112", "999")


def test_print_and_preview_draw_on_a_printer_on_the_countrys_paper(qtbot, context, tmp_path, monkeypatch):
    """Print and Preview hand the same renderer a QPrinter; here the printer writes a PDF file."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from family_guide.core.handouts.compose import SafetyPlanSource
    from family_guide.ui.handouts.render import render_to
    from family_guide.ui.printing.pages import default_paper

    context.update_settings(country="US")
    assert default_paper(context) == "letter"
    context.update_settings(country="GB")

    dialog = HandoutDialog(context, [])
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "a4"  # the user's country, not the English UI's United States
    handout = dialog.handout()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = render_to(printer, handout, "letter")
    assert pages >= 1 and isinstance(dialog._sources[0][1], SafetyPlanSource)
    del printer
    text = _text(tmp_path / "printed.pdf")
    assert "Our family safety plan" in text and f"Page {pages} of {pages}" in text
    previews = []

    def fake_exec(preview: QPrintPreviewDialog) -> int:
        target = QPrinter(QPrinter.PrinterMode.HighResolution)
        target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        target.setOutputFileName(str(tmp_path / "preview.pdf"))
        preview.paintRequested.emit(target)
        previews.append(target)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: 0)  # the user cancels printing
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(previews) == 1
    previews.clear()
    assert "Our family safety plan" in _text(tmp_path / "preview.pdf")
    context.update_settings(handout_paper="a5")
    assert default_paper(context) == "a5"


def test_settings_keeps_the_handout_details_on_a_page_of_their_own(qtbot, context):
    """Settings in three pages (so it fits a small laptop at 200% text); Ctrl+Tab reaches each."""
    from family_guide.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["General", "Handouts", "Content"]
    assert dialog.form.isVisible() and not dialog.counselor.isVisible()
    qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.counselor.isVisible() and not dialog.form.isVisible()
    qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.packs_button.isVisible() and dialog.modules_folder.isVisible()
