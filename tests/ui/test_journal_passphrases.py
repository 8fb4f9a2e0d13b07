"""Passphrases: the core refuses an empty one (no passphrase is its own explicit path) and the most common.
The logic without Qt is tested in tests/core/test_journal_passphrases.py."""

from __future__ import annotations


def test_the_setup_dialog_explains_a_common_passphrase(qtbot, window, context):
    from family_guide.ui.journal.dialogs import SetupJournalDialog
    from tests.ui.conftest import on_modal
    from tests.ui.test_journal_ui import open_journal_section

    page = open_journal_section(qtbot, window)
    said = []

    def fill(dialog):
        qtbot.keyClicks(dialog.passphrase, "password123")
        qtbot.keyClicks(dialog.repeat, "password123")
        dialog.accept()
        said.append(dialog.message.text())
        dialog.reject()

    on_modal(fill, SetupJournalDialog)
    page.setup_button.click()
    assert "most common" in said[0]
    assert not context.journal_session.exists()
