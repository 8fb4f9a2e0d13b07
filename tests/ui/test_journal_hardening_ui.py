"""The hardened journal through the UI: damage, auto-lock, honest words, traces, one write path."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import DB_NAME, KEYS_NAME, PAGE_SIZE
from tests.ui.test_journal_ui import open_journal_section

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


def test_a_session_gone_while_its_page_check_runs_hears_nothing_and_nothing_crashes(
    qtbot, context, journal, monkeypatch
):
    """The check runs on its own thread after an unlock (0.4 s or more at 100,000 entries). It used
    to emit a signal of the session when done; a session deleted meanwhile (the app quitting) could
    crash the process in that emit. Now the thread never touches Qt, and the session's own timer,
    gone with the session, collects the answer."""
    import threading

    import shiboken6

    from family_guide.core.journal.store import Journal
    from family_guide.ui.journal.session import JournalSession

    context.journal_session.lock()
    release = threading.Event()

    def slow_check():
        release.wait(10)
        return "HMAC verification failed for page 9"

    monkeypatch.setattr(Journal, "page_checker", lambda self: slow_check)
    session = JournalSession(context, kdf=context.journal_session.kdf)
    session.unlock(PASS)
    opened = session.journal
    checking = [t for t in threading.enumerate() if t.name == "journal-page-check"]
    assert checking and session.is_open  # the unlock did not wait for the check
    shiboken6.delete(session)  # gone, as when the app quits, with the check still running
    release.set()
    for thread in checking:
        thread.join(10)
    qtbot.wait(4 * JournalSession.PAGE_CHECK_POLL_MS)  # a timer that outlived the session would fire here
    assert not any(t.is_alive() for t in checking)
    assert opened is not None
    opened.close()


def _idle_lock(session) -> None:
    now = [1000.0]
    session.clock = lambda: now[0]
    session._last_input = now[0]
    now[0] += session.idle_limit_seconds() + 1
    session.check_idle()


def test_auto_lock_closes_the_children_dialog(qtbot, window, context, journal):
    from family_guide.core.journal.records import Child
    from family_guide.ui.journal.dialogs import ChildrenDialog
    from tests.ui.conftest import on_modal

    journal.save_child(Child("Nickname-Zed", 2014))
    page = open_journal_section(qtbot, window)
    seen = []

    def idle(dialog):
        seen.append(dialog)
        _idle_lock(context.journal_session)

    on_modal(idle, ChildrenDialog)
    page.children_button.click()  # returns once the dialog is closed
    assert seen and not seen[0].isVisible()
    assert not context.journal_session.is_open


def test_auto_lock_closes_save_to_journal_and_drops_its_text(qtbot, window, context, journal):
    from family_guide.ui.journal.dialogs import SaveToJournalDialog

    dialog = SaveToJournalDialog(context.journal_session, Entry("conversation", "Talked"), "intro", window)
    dialog.show()
    qtbot.keyClicks(dialog.note, "typed before the lock")
    _idle_lock(context.journal_session)
    assert not dialog.isVisible()
    assert dialog.note.toPlainText() == ""
    dialog.accept()  # a late Save (a queued click) changes nothing and raises nothing
    context.journal_session.unlock(PASS)
    assert context.journal_session.journal.count() == 0


def test_after_lock_and_unlock_the_editor_shows_no_entry_and_takes_no_typing(qtbot, window, context, journal):
    page = open_journal_section(qtbot, window)
    page.new_incident.click()
    qtbot.keyClicks(page.editor.title, "Secret-title")
    qtbot.keyClicks(page.editor.incident["platform"], "Secret-platform")
    assert page.editor.incident["platform"].isVisible()
    _idle_lock(context.journal_session)
    _unlock(qtbot, page)
    assert context.journal_session.is_open
    editor = page.editor
    assert editor.entry is None
    for field in (editor.title, editor.tags, editor.body, editor.child, editor.concern, editor.delete_button):
        assert not field.isEnabled()
    assert not editor.incident["platform"].isVisible()
    for field in (editor.title, editor.tags, editor.body, editor.incident["platform"]):
        assert not field.isUndoAvailable() if hasattr(field, "isUndoAvailable") else True
        assert not field.document().isUndoAvailable() if hasattr(field, "document") else True
    assert not page.search.isUndoAvailable()
    # The typed text was saved before the lock, and is there after it.
    assert journal is not context.journal_session.journal
    assert context.journal_session.journal.rows()[0].title == "Secret-title"


def test_a_backup_without_a_passphrase_is_not_called_encrypted(qtbot, window, context, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    context.journal_session.create(None, with_recovery=False)
    page = open_journal_section(qtbot, window)
    target = tmp_path / "plain.fgbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    page.make_backup()
    assert target.exists()
    assert "not protected" in said[0] and "encrypted" not in said[0]
    assert all("encrypted" not in a.text() for a in page.more_menu.actions())


def test_restoring_an_unprotected_backup_over_a_protected_journal_warns_first(
    qtbot, window, context, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from family_guide.core.journal.backup import write_backup
    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.core.journal.store import Journal
    from family_guide.ui.journal.dialogs import RestoreDialog

    plain, _ = Journal.create(tmp_path / "other", None, with_recovery=False, kdf=TEST_KDF)
    plain.save_entry(Entry("note", "from the plain backup"))
    write_backup(plain, tmp_path / "plain.fgbackup")
    plain.close()
    context.journal_session.create(PASS, with_recovery=False)
    context.journal_session.journal.save_entry(Entry("note", "protected"))
    warnings = []

    def answer(choice):
        def warn(parent, title, text, *a):
            warnings.append(text)
            return choice

        return warn

    dialog = RestoreDialog(context.journal_session, tmp_path / "plain.fgbackup", window)
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    dialog.accept()
    assert "no passphrase" in warnings[0]
    assert context.journal_session.is_open  # declined: nothing locked, nothing replaced
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog.accept()
    context.journal_session.unlock()
    assert [r.title for r in context.journal_session.journal.rows()] == ["from the plain backup"]


def test_a_flipped_bit_in_the_key_slot_says_wrong_passphrase_or_damaged(qtbot, window, context, journal):
    import base64

    context.journal_session.lock()
    path = context.paths.journal_dir / KEYS_NAME
    data = json.loads(path.read_text())
    wrapped = bytearray(base64.b64decode(data["slots"]["passphrase"]["wrapped"]))
    wrapped[5] ^= 0x01
    data["slots"]["passphrase"]["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    path.write_text(json.dumps(data))
    page = open_journal_section(qtbot, window)
    _unlock(qtbot, page)
    text = page.unlock_form.message.text()
    assert "does not open" in text and "damaged" in text


def test_adding_a_passphrase_re_keys_and_shows_a_new_recovery_key(qtbot, window, context):
    from family_guide.core.journal.keys import KeyFile
    from family_guide.core.journal.store import Journal, JournalDamaged, _connect
    from family_guide.ui.journal.dialogs import ChangePassphraseDialog, RecoveryKeyDialog
    from tests.ui.conftest import on_modal

    context.journal_session.create(None, with_recovery=False)
    context.journal_session.journal.save_entry(Entry("note", "kept"))
    folder = context.paths.journal_dir
    old_key = KeyFile.load(folder / KEYS_NAME).unlock()
    page = open_journal_section(qtbot, window)
    shown = {}

    def change(dialog):
        shown["forced"] = dialog.rekey.isChecked() and not dialog.rekey.isEnabled()
        shown["note"] = dialog.old_backups.text()
        dialog.new.setText("a brand new passphrase")
        dialog.repeat.setText("a brand new passphrase")

        def read_key(key):
            shown["recovery"] = key.recovery_key
            key.written.setChecked(True)
            key.reject()

        on_modal(read_key, RecoveryKeyDialog)
        dialog.accept()

    on_modal(change, ChangePassphraseDialog)
    page.change_passphrase()
    assert shown["forced"] and "old passphrase" in shown["note"]
    context.journal_session.lock()
    try:
        _connect(folder / DB_NAME, old_key).close()
        opened_with_old_key = True
    except JournalDamaged:
        opened_with_old_key = False
    assert not opened_with_old_key
    with Journal.open(folder, recovery_key=shown["recovery"]) as journal:
        assert journal.count() == 1
