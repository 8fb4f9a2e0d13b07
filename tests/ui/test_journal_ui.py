"""The journal through the UI: set up, unlock, write with autosave, find, lock and hide."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from family_guide.core.journal.records import Child, Entry, EntryFilter
from family_guide.core.journal.store import KEYS_NAME, JournalWriteFailed
from family_guide.ui.journal.dialogs import RecoveryKeyDialog, SetupJournalDialog
from tests.ui.conftest import on_modal

CANARY = "CANARY-ui-4d1e"


def open_journal_section(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "journal"
    return window.pages["journal"]


def all_visible_text(root) -> str:
    """Every piece of text a widget tree holds: fields, labels, combo items and item models."""
    parts = []
    widgets = [root, *root.findChildren(object)]
    for w in widgets:
        if isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            parts.append(w.toPlainText())
        elif isinstance(w, QLabel):
            parts.append(w.text())
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            parts.extend(str(model.index(r, 0).data()) for r in range(model.rowCount()))
    return "\n".join(parts)


def test_set_up_with_a_passphrase_and_see_the_recovery_key_once(qtbot, window, context):
    page = open_journal_section(qtbot, window)
    assert page.stack.currentWidget() is page.welcome
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.passphrase, "my cat is called Biscuit")
        qtbot.keyClicks(dialog.repeat, "my cat is called Biscuit")
        on_modal(read_key, RecoveryKeyDialog)  # before the click: the click opens it and waits
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def read_key(dialog):
        seen["key"] = dialog.recovery_key
        seen["shown"] = dialog.key.text()
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        seen["close_enabled_before"] = close.isEnabled()
        dialog.written.setChecked(True)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    on_modal(fill, SetupJournalDialog)
    qtbot.mouseClick(page.setup_button, Qt.MouseButton.LeftButton)
    assert len(seen["key"]) == 35 and seen["key"].count("-") == 5
    assert seen["shown"] == seen["key"].replace("-", " ")  # six groups of five, to read aloud
    assert seen["close_enabled_before"] is False  # must confirm it was written down
    assert page.stack.currentWidget() is page.open_view
    assert (context.paths.journal_dir / KEYS_NAME).exists()
    assert seen["key"].encode() not in (context.paths.journal_dir / KEYS_NAME).read_bytes()


def test_no_passphrase_takes_an_explicit_choice(qtbot, window, context):
    page = open_journal_section(qtbot, window)
    steps = []

    def choose(dialog):
        dialog.no_passphrase.setChecked(True)
        assert dialog.warning.isVisible() and not dialog.passphrase.isEnabled()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        steps.append(dialog.message.text())
        assert dialog.isVisible()  # refused until the warning is acknowledged
        dialog.understood.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(choose, SetupJournalDialog)
    page.setup_button.click()
    assert "I understand" in steps[0]
    assert context.journal_session.is_open and not context.journal_session.journal.has_passphrase


def test_short_or_mismatched_passphrase_is_explained(qtbot, window):
    page = open_journal_section(qtbot, window)
    messages = []

    def attempt(dialog):
        dialog.passphrase.setText("short")
        dialog.repeat.setText("short")
        dialog.accept()
        messages.append(dialog.message.text())
        dialog.passphrase.setText("long enough passphrase")
        dialog.repeat.setText("long enough passphrasx")
        dialog.accept()
        messages.append(dialog.message.text())
        dialog.reject()

    on_modal(attempt, SetupJournalDialog)
    page.setup_button.click()
    assert "at least 8 characters" in messages[0]
    assert "not the same" in messages[1]
    assert page.stack.currentWidget() is page.welcome


def test_wrong_passphrase_then_right_one(qtbot, window, context, journal):
    context.journal_session.lock()
    page = open_journal_section(qtbot, window)
    assert page.stack.currentWidget() is page.locked_view
    form = page.unlock_form
    qtbot.keyClicks(form.secret, "wrong horse")
    qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    assert "does not open this journal" in form.message.text()
    assert form.secret.text() == ""  # the typed secret is not kept
    qtbot.keyClicks(form.secret, "correct horse battery")
    qtbot.keyClick(form.secret, Qt.Key.Key_Return)
    assert context.journal_session.is_open
    assert page.stack.currentWidget() is page.open_view


def test_unlock_with_the_recovery_key(qtbot, window, context):
    recovery = context.journal_session.create("correct horse battery", with_recovery=True)
    context.journal_session.lock()
    page = open_journal_section(qtbot, window)
    page.unlock_form.use_recovery.setChecked(True)
    qtbot.keyClicks(page.unlock_form.secret, recovery.lower())
    qtbot.mouseClick(page.unlock_form.unlock_button, Qt.MouseButton.LeftButton)
    assert context.journal_session.is_open


def test_typing_is_autosaved_without_a_save_button(qtbot, window, context, journal):
    page = open_journal_section(qtbot, window)
    qtbot.mouseClick(page.new_incident, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.incident["platform"].isVisible()
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Messages from gamer_99")
    qtbot.keyClicks(editor.body, "He asked Sam to move to another app.")
    qtbot.keyClicks(editor.incident["platform"], "Roblox")
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=3000)
    stored = journal.entry(editor.entry.id)
    assert stored.title == "Messages from gamer_99"
    assert stored.body == "He asked Sam to move to another app."
    assert stored.details["platform"] == "Roblox"
    assert page.model.rowCount() == 1 and "Messages from gamer_99" in page.model.index(0).data()


def test_a_failed_save_keeps_the_text_and_says_so(qtbot, window, context, journal, monkeypatch):
    page = open_journal_section(qtbot, window)
    page.new_note.click()

    def full_disk(entry):
        raise JournalWriteFailed("database or disk is full")

    monkeypatch.setattr(journal, "save_entry", full_disk)
    qtbot.keyClicks(page.editor.body, "Important words")
    qtbot.waitUntil(lambda: "Not saved" in page.editor.status.text(), timeout=3000)
    assert "disk is full" in page.editor.status.text()
    assert page.editor.body.toPlainText() == "Important words"
    monkeypatch.undo()
    qtbot.keyClicks(page.editor.body, "!")  # typing again retries
    qtbot.waitUntil(lambda: page.editor.status.text() == "Saved", timeout=3000)
    assert journal.entry(page.editor.entry.id).body == "Important words!"


def test_hide_and_lock_key_leaves_no_journal_text_anywhere(qtbot, window, context, journal):
    child = journal.save_child(Child(CANARY + " child", 2013, [CANARY]))
    journal.save_entry(
        Entry("incident", CANARY, CANARY * 3, child_id=child, tags=[CANARY], details={"platform": CANARY})
    )
    page = open_journal_section(qtbot, window)
    page.reload()
    page.refill_filters()
    page.list.setCurrentIndex(page.model.index(0))
    assert CANARY in page.editor.body.toPlainText()
    assert CANARY in all_visible_text(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not context.journal_session.is_open and journal.db is None
    assert window.current_section() == "home"
    assert CANARY not in all_visible_text(window)
    assert page.stack.currentWidget() is page.locked_view


def test_hide_and_lock_button_closes_nothing_it_should_not(qtbot, window, context, journal):
    page = open_journal_section(qtbot, window)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not context.journal_session.is_open
    assert window.current_section() == "home"
    assert window.isVisible()


def test_auto_lock_after_idle_uses_the_injected_clock(qtbot, window, context, journal):
    now = [1000.0]
    session = context.journal_session
    session.clock = lambda: now[0]
    session._last_input = now[0]
    context.update_settings(auto_lock_minutes=5)
    page = open_journal_section(qtbot, window)
    page.new_note.click()
    qtbot.keyClicks(page.editor.body, "typed just before the lock")
    now[0] += 299
    session.check_idle()
    assert session.is_open
    qtbot.keyClick(page.editor.body, Qt.Key.Key_Space)  # activity resets the idle time
    now[0] += 200
    session.check_idle()
    assert session.is_open
    now[0] += 301
    session.check_idle()
    assert not session.is_open
    assert page.editor.body.toPlainText() == ""
    session.unlock("correct horse battery")
    assert session.journal.entry(session.journal.rows()[0].id).body == "typed just before the lock "


def test_search_and_filters_narrow_the_list(qtbot, window, context, journal):
    sam = journal.save_child(Child("Sam", 2014))
    journal.save_entry(Entry("note", "Roblox friend", "free Robux", datetime(2026, 1, 5), sam, 1, ["gifts"]))
    journal.save_entry(Entry("incident", "Threat", "asked for money", datetime(2026, 3, 1), None, 3))
    journal.save_entry(Entry("note", "School", "all fine", datetime(2026, 3, 2)))
    page = open_journal_section(qtbot, window)
    context.journal_session.changed.emit()
    page.reload()
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "robu")
    assert page.model.rowCount() == 1 and "Roblox friend" in page.model.index(0).data()
    page.search.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("incident"))
    assert page.model.rowCount() == 1
    page.kind_filter.setCurrentIndex(0)
    page.child_filter.setCurrentIndex(page.child_filter.findData(sam))
    assert page.model.rowCount() == 1
    page.child_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("gifts"))
    assert page.model.rowCount() == 1
    page.tag_filter.setCurrentIndex(0)
    page.concern_filter.setCurrentIndex(page.concern_filter.findData(3))
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: page.count_label.text() == "1 entry", timeout=2000)


def test_the_list_fetches_rows_a_page_at_a_time(qtbot, window, context, journal):
    with journal.db.atomic():
        journal.db["entries"].insert_all(
            {"client_id": f"c{i}", "kind": "note", "occurred_at": f"2026-01-01T{i % 24:02d}:00", "title": f"n{i}"}
            for i in range(1000)
        )
    page = open_journal_section(qtbot, window)
    page.reload()
    qtbot.waitUntil(lambda: page.count_label.text() == "1000 entries", timeout=2000)
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    assert journal.count(EntryFilter()) == 1000


def test_delete_really_deletes_after_confirming(qtbot, window, context, journal):
    entry = Entry("note", "to delete")
    journal.save_entry(entry)
    page = open_journal_section(qtbot, window)
    page.reload()
    page.list.setCurrentIndex(page.model.index(0))

    on_modal(lambda box: box.button(box.StandardButton.Yes).click())
    page.editor.delete_button.click()
    assert journal.count() == 0
    assert page.model.rowCount() == 0


def test_change_passphrase_through_the_dialog(qtbot, window, context, journal):
    from family_guide.core.journal.store import Journal
    from family_guide.ui.journal.dialogs import ChangePassphraseDialog

    page = open_journal_section(qtbot, window)
    result = []

    def change(dialog):
        dialog.old.setText("wrong")
        dialog.new.setText("a brand new passphrase")
        dialog.repeat.setText("a brand new passphrase")
        dialog.accept()
        result.append(dialog.message.text())
        dialog.old.setText("correct horse battery")
        on_modal(lambda key: (key.written.setChecked(True), key.reject()), RecoveryKeyDialog)  # re-keyed: a new one
        dialog.accept()

    on_modal(change, ChangePassphraseDialog)
    page.change_passphrase()
    assert "not right" in result[0]
    context.journal_session.lock()
    Journal.open(context.paths.journal_dir, "a brand new passphrase").close()


def test_children_are_added_through_the_dialog(qtbot, window, context, journal):
    from family_guide.ui.journal.dialogs import ChildDialog, ChildrenDialog

    page = open_journal_section(qtbot, window)

    def children(dialog):
        def child(d):
            qtbot.keyClicks(d.nickname, "Mia")
            d.birth_year.setValue(2016)
            qtbot.keyClicks(d.apps, "Roblox, YouTube")
            d.accept()
            QApplication.processEvents()

        on_modal(child, ChildDialog)
        dialog.findChildren(type(page.new_note))[0].click()  # "Add child"
        dialog.accept()

    on_modal(children, ChildrenDialog)
    page.children_button.click()
    assert [(c.nickname, c.birth_year, c.apps) for c in journal.children()] == [("Mia", 2016, ["Roblox", "YouTube"])]
    assert page.child_filter.findText("Mia") >= 0


def test_timeline_shows_a_childs_entries_oldest_first_and_exports_a_pdf(
    qtbot, window, context, journal, tmp_path, monkeypatch
):
    from family_guide.ui.journal.timeline import TimelineDialog

    sam = journal.save_child(Child("Sam", 2013))
    journal.save_entry(
        Entry("incident", "Second", "later", datetime(2026, 5, 2), sam, 2, details={"platform": "Discord"})
    )
    journal.save_entry(Entry("note", "First", "earlier", datetime(2026, 5, 1), sam))
    journal.save_entry(Entry("note", "Other child", "not Sam", datetime(2026, 5, 3), None))
    page = open_journal_section(qtbot, window)
    page.refill_filters()
    page.child_filter.setCurrentIndex(page.child_filter.findData(sam))
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    warned = []

    def export(dialog):
        text = dialog.view.toPlainText()
        assert text.index("First") < text.index("Second") and "Other child" not in text
        assert "Discord" in text and "About: \u2068Sam\u2069 (born 2013)" in text
        assert dialog.windowTitle() == "Timeline"
        monkeypatch.setattr(dialog, "choose_pdf_path", lambda: str(target))
        on_modal(lambda box: (warned.append(box.text()), box.button(box.StandardButton.Ok).click()))
        dialog.pdf_button.click()
        dialog.reject()

    on_modal(export, TimelineDialog)
    page.show_timeline()
    assert "not locked or encrypted" in warned[0]
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_declining_the_warning_writes_no_pdf(qtbot, window, context, journal, tmp_path, monkeypatch):
    from family_guide.ui.journal.timeline import TimelineDialog

    page = open_journal_section(qtbot, window)
    chosen = []

    def export(dialog):
        monkeypatch.setattr(dialog, "choose_pdf_path", lambda: chosen.append(1) or str(tmp_path / "x.pdf"))
        on_modal(lambda box: box.button(box.StandardButton.Cancel).click())
        dialog.pdf_button.click()
        dialog.reject()

    on_modal(export, TimelineDialog)
    page.show_timeline()
    assert chosen == [] and not (tmp_path / "x.pdf").exists()


def test_backup_and_restore_through_the_ui(qtbot, window, context, journal, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from family_guide.ui.journal.dialogs import RestoreDialog

    journal.save_entry(Entry("note", "in the backup"))
    page = open_journal_section(qtbot, window)
    target = tmp_path / "mine.fgbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    page.make_backup()
    assert target.exists()
    journal.save_entry(Entry("note", "after the backup"))

    def restore(dialog):
        qtbot.keyClicks(dialog.secret, "wrong")
        dialog.accept()
        assert "Nothing was changed" in dialog.message.text()
        qtbot.keyClicks(dialog.secret, "correct horse battery")
        dialog.accept()

    on_modal(restore, RestoreDialog)
    page.restore_backup()
    assert not context.journal_session.is_open
    assert page.stack.currentWidget() is page.locked_view
    context.journal_session.unlock("correct horse battery")
    assert [r.title for r in context.journal_session.journal.rows()] == ["in the backup"]


def test_auto_lock_time_is_set_in_settings(qtbot, window, context):
    from family_guide.ui.settings_dialog import SettingsDialog

    def choose(dialog):
        dialog.auto_lock.setCurrentIndex(dialog.auto_lock.findData(15))
        dialog.accept()

    on_modal(choose, SettingsDialog)
    window.open_settings()
    assert context.settings["auto_lock_minutes"] == 15
    assert context.journal_session.idle_limit_seconds() == 900


def test_a_damaged_journal_says_so_and_offers_restore(qtbot, window, context, journal):
    import os

    from family_guide.core.journal.store import DB_NAME

    context.journal_session.lock()
    path = context.paths.journal_dir / DB_NAME
    data = bytearray(path.read_bytes())
    data[100:600] = os.urandom(500)
    path.write_bytes(bytes(data))
    page = open_journal_section(qtbot, window)
    qtbot.keyClicks(page.unlock_form.secret, "correct horse battery")
    qtbot.keyClick(page.unlock_form.secret, Qt.Key.Key_Return)
    assert not context.journal_session.is_open
    assert "damaged" in page.unlock_form.message.text() and "Restore" in page.unlock_form.message.text()
    assert page.restore_button.isVisible()
    assert window.isVisible()  # the rest of the app keeps working
    window.show_section("warning_signs")
    assert window.current_section() == "warning_signs"


def test_hide_and_lock_works_inside_a_dialog(qtbot, window, context, journal):
    from family_guide.ui.journal.dialogs import ChildrenDialog

    page = open_journal_section(qtbot, window)
    seen = []

    def press(dialog):
        qtbot.waitUntil(dialog.isActiveWindow)
        seen.append(dialog)
        qtbot.keyClick(
            dialog.list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )

    on_modal(press, ChildrenDialog)
    page.children_button.click()  # returns once the dialog is closed
    assert seen and not context.journal_session.is_open
    assert window.current_section() == "home"


def test_a_second_app_instance_says_the_app_is_open_and_leaves(monkeypatch, qapp, private_home):
    from PySide6.QtWidgets import QMessageBox

    from family_guide import paths
    from family_guide.ui import app

    first = app.single_instance_lock(paths.AppPaths.from_platform())
    assert first is not None
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert app.run_app([]) == 0
    assert "already open" in shown[0]
    first.close()  # as when the first app quits (or crashes: the system drops the lock)
    assert app.single_instance_lock(paths.AppPaths.from_platform()) is not None  # free again


def test_the_list_shows_each_entrys_concern_level_in_words_and_by_an_icon(qtbot, window, context, journal):
    from family_guide.ui.icons import CONCERN_ICONS, icon

    journal.save_entry(Entry("note", "School", "all fine", datetime(2026, 3, 2)))
    journal.save_entry(Entry("incident", "Threat", "asked for money", datetime(2026, 3, 1), None, 3))
    page = open_journal_section(qtbot, window)
    context.journal_session.changed.emit()
    page.reload()
    rows = [page.model.index(r).data() for r in range(page.model.rowCount())]
    assert rows[0].startswith("School\n") and " · No concern · " in rows[0]  # words, not colour
    assert rows[1].startswith("Threat\n") and " · Urgent · " in rows[1]
    drawn = page.model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert drawn.cacheKey() == icon(CONCERN_ICONS[3]).cacheKey()  # a different shape for each level
    assert page.list.iconSize().height() > page.list.fontMetrics().height()  # grows with the text size
