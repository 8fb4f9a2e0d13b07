"""The hardened journal through the UI: damage, auto-lock, honest words, traces, one write path."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import DB_NAME, KEYS_NAME, PAGE_SIZE
from tests.test_journal_ui import open_journal_section

PASS = "correct horse battery"


def _unlock(qtbot, page, secret: str = PASS) -> None:
    qtbot.keyClicks(page.unlock_form.secret, secret)
    qtbot.keyClick(page.unlock_form.secret, Qt.Key.Key_Return)


def test_a_flipped_byte_in_a_later_page_locks_with_the_damaged_message(qtbot, window, context, journal):
    for n in range(40):
        journal.save_entry(Entry("note", f"entry {n}", "words " * 200))
    context.journal_session.lock()
    path = context.paths.journal_dir / DB_NAME
    data = bytearray(path.read_bytes())
    data[len(data) - 2 * PAGE_SIZE + 700] ^= 0x04
    path.write_bytes(bytes(data))
    page = open_journal_section(qtbot, window)
    with qtbot.waitSignal(context.journal_session.damaged, timeout=5000):
        _unlock(qtbot, page)
    assert not context.journal_session.is_open
    assert page.stack.currentWidget() is page.locked_view
    assert "damaged" in page.unlock_form.message.text()


def test_a_key_file_with_bad_base64_says_damaged(qtbot, window, context, journal):
    context.journal_session.lock()
    path = context.paths.journal_dir / KEYS_NAME
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["salt"] = "***"
    path.write_text(json.dumps(data))
    page = open_journal_section(qtbot, window)
    _unlock(qtbot, page)
    assert not context.journal_session.is_open
    assert "damaged" in page.unlock_form.message.text()


def test_damage_found_by_the_background_page_check_locks_and_says_so(qtbot, window, context, journal, monkeypatch):
    from family_guide.core.journal.store import Journal

    context.journal_session.lock()
    monkeypatch.setattr(Journal, "page_checker", lambda self: lambda: "HMAC verification failed for page 9")
    page = open_journal_section(qtbot, window)
    with qtbot.waitSignal(context.journal_session.damaged, timeout=5000):
        _unlock(qtbot, page)
        assert context.journal_session.is_open  # the unlock itself did not wait for the check
    assert not context.journal_session.is_open
    assert "page 9" in page.unlock_form.message.text()
