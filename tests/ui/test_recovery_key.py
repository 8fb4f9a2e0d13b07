"""The recovery key dialog: the key whole and in groups, copied as the unlock box takes it,
and printed on paper only (never to a PDF or other file)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

from family_guide.core.journal.keys import normalise_recovery_key
from family_guide.ui.journal import recovery_key as rk

KEY = "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567"


def key_dialog(qtbot) -> rk.RecoveryKeyDialog:
    dialog = rk.RecoveryKeyDialog(KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_key_reads_in_six_groups_and_can_be_selected_by_keyboard(qtbot):
    dialog = key_dialog(qtbot)
    assert dialog.key.text() == "ABCDE FGHJK LMNPQ RSTUV WXYZ2 34567"
    assert dialog.key.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert dialog.key.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert normalise_recovery_key(dialog.key.text()) == KEY  # what is written down opens the journal


def test_copy_gives_the_key_with_dashes(qtbot):
    dialog = key_dialog(qtbot)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == KEY
    assert dialog.status.text()


def test_print_offers_paper_only(qtbot):
    printer = QPrinter()
    dialog = rk.paper_print_dialog(printer, None)
    qtbot.addWidget(dialog)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)


def test_a_printer_that_writes_a_file_is_refused(qtbot, tmp_path):
    dialog = key_dialog(qtbot)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    assert not dialog.print_on(printer)
    assert not (tmp_path / "key.pdf").exists()
    assert "paper" in dialog.status.text()


def test_no_printer_says_write_it_down(qtbot, monkeypatch):
    from tests.ui.conftest import on_modal

    dialog = key_dialog(qtbot)
    monkeypatch.setattr(rk, "paper_printer", lambda: None)
    seen = []

    def read(box):
        seen.append(box.text())
        box.accept()

    on_modal(read)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert seen and "Write the key on paper" in seen[0]


def test_the_printed_page_has_the_key_in_groups_and_no_other_secret():
    page = rk.key_page_html(KEY)
    assert "ABCDE&nbsp;&nbsp;FGHJK" in page and 'dir="ltr"' in page
