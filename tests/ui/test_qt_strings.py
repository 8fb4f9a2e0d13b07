"""Qt's own standard words (OK, Cancel, Close...) appear in every UI language, Hindi included."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

Buttons = QDialogButtonBox.StandardButton


@pytest.mark.parametrize(
    ("language", "ok", "cancel"),
    [("hi", "ठीक है", "रद्द करें"), ("ar", "حسنًا", "ألغِ"), ("pt-BR", "OK", "Cancelar"), ("fr", "OK", "Annuler")],
)
def test_standard_buttons_speak_the_users_language(qtbot, context, language, ok, cancel):
    context.set_language(language)
    box = QDialogButtonBox(Buttons.Ok | Buttons.Cancel | Buttons.Close)
    qtbot.addWidget(box)
    assert box.button(Buttons.Ok).text() == ok and box.button(Buttons.Cancel).text() == cancel
    assert box.button(Buttons.Close).text() != "Close"
    message = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(message)
    assert "Yes" not in message.button(QMessageBox.StandardButton.Yes).text()


ENGLISH_STANDARD = {"OK", "Cancel", "Close", "Save", "&Save", "Yes", "&Yes", "No", "&No", "Open", "&Open"}


def button_texts(dialog) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton

    return {b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)}


def test_no_hindi_dialog_says_ok_cancel_close_save_yes_or_no_in_english(qtbot, window, context, journal):
    """Through the app's real dialogs, and the message box and item chooser it asks questions with."""
    from PySide6.QtWidgets import QInputDialog

    from family_guide.core.journal.records import Child, Entry
    from family_guide.ui.journal import dialogs
    from family_guide.ui.journal.recovery_key import RecoveryKeyDialog
    from family_guide.ui.settings_dialog import SettingsDialog
    from tests.ui.conftest import on_modal
    from tests.ui.test_layout import drop

    journal.save_child(Child("Sam", 2014, []))
    context.set_language("hi")
    session = context.journal_session
    made = [
        SettingsDialog(context, window),
        dialogs.SetupJournalDialog(session, window),
        dialogs.UnlockDialog(session, window),
        dialogs.ChildrenDialog(session, window),
        dialogs.ChildDialog(parent=window),
        dialogs.SaveToJournalDialog(session, Entry("conversation", "A talk"), "", window),
        dialogs.ChangePassphraseDialog(session, window),
        RecoveryKeyDialog("ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ2-34567", window),
    ]
    seen: dict[str, set[str]] = {}
    for dialog in made:
        dialog.show()
        seen[type(dialog).__name__] = button_texts(dialog)
        dialog.done(0)
        drop(dialog)
    # The questions: "Set up a private journal?" (Yes/No) and "Remove child" (an item chooser).
    session.lock()
    monkey_exists = session.exists
    session.exists = lambda: False
    try:
        on_modal(lambda box: (seen.setdefault("question", button_texts(box)), box.reject()))
        dialogs.ensure_open(session, window)
    finally:
        session.exists = monkey_exists
    chooser = QInputDialog(window)
    chooser.setComboBoxItems(["a", "b"])
    chooser.show()
    seen["QInputDialog"] = button_texts(chooser)
    chooser.done(0)
    drop(chooser)
    english = {name: texts & ENGLISH_STANDARD for name, texts in seen.items() if texts & ENGLISH_STANDARD}
    assert english == {}
    assert {"हाँ (&Y)", "नहीं (&N)"} <= seen["question"]
    assert "सहेजें" in seen["SaveToJournalDialog"] and "बंद करें" in seen["ChildrenDialog"]


def marked_qt_strings() -> set[tuple[str, str]]:
    """(context, text) of every Qt string qt_strings.py marks for our translators."""
    import ast
    import inspect

    from family_guide.ui import qt_strings

    tree = ast.parse(inspect.getsource(qt_strings))
    return {
        (call.args[0].value, call.args[1].value)
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"
    }


def test_every_word_of_the_file_dialog_is_ours_to_translate(qtbot, tmp_path):
    """Qt ships no Hindi for its file dialog (journal backups, the PDF report): each word it
    shows must be in our translation files, so it can be said in every UI language."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QHeaderView, QLabel

    marked = marked_qt_strings()
    for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
        dialog = QFileDialog(None, "", str(tmp_path), "Family Guide backups (*.fgbackup)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        dialog.show()
        words = {("QFileDialog", w.text()) for w in dialog.findChildren(QLabel) if w.text()}
        for button in dialog.findChildren(QAbstractButton):
            if button.objectName() == "DialogGetHelpNow":  # ours, added to every dialog by the app
                continue
            if button.text() and button.text() != "Cancel":
                words.add(("QFileDialog", button.text()))
            elif button.toolTip():
                words.add(("QFileDialog", button.toolTip()))
        assert ("QFileDialog", "&Save" if mode == QFileDialog.AcceptMode.AcceptSave else "&Open") in words
        header = dialog.findChild(QHeaderView)
        model = header.model()
        words |= {("QFileSystemModel", model.headerData(c, header.orientation())) for c in range(header.count())}
        assert words - marked == set()
        dialog.done(0)
