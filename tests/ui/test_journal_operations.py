"""One journal-operations layer: every write from a widget goes through ui/journal/operations.py."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import JournalWriteFailed
from family_guide.ui.journal import operations
from tests.ui.conftest import on_modal
from tests.ui.test_journal_ui import open_journal_section

UI = Path(operations.__file__).resolve().parents[1]


def test_no_widget_calls_a_store_write_directly():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "operations.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = None
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            elif isinstance(node, ast.ImportFrom):
                name = next((a.name for a in node.names if a.name in operations.STORE_WRITES), None)
            if name in operations.STORE_WRITES and not _through_operations(node):
                found.append(f"{path.relative_to(UI)}:{node.lineno} {name}")
    assert found == []
    assert len(list(UI.rglob("*.py"))) > 20  # the walk really saw the widgets


def _through_operations(node: ast.AST) -> bool:
    func = getattr(node, "func", None)
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "operations"


def test_a_failed_delete_shows_one_message_and_keeps_the_entry(qtbot, window, context, journal, monkeypatch):
    journal.save_entry(Entry("note", "still here"))
    page = open_journal_section(qtbot, window)
    page.reload()
    page.list.setCurrentIndex(page.model.index(0))
    changes = []
    context.journal_session.changed.connect(lambda: changes.append(1))

    def full_disk(entry_id):
        raise JournalWriteFailed("database or disk is full")

    monkeypatch.setattr(journal, "delete_entry", full_disk)
    messages = []

    def read_warning(box):
        messages.append(box.text())
        box.accept()

    on_modal(lambda box: (on_modal(read_warning, QMessageBox), box.button(box.StandardButton.Yes).click()))
    page.editor.delete_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    assert "disk is full" in messages[0] and "Nothing was changed" in messages[0]
    assert page.editor.entry is not None and page.editor.title.text() == "still here"
    assert changes == []
    monkeypatch.undo()
    on_modal(lambda box: box.button(box.StandardButton.Yes).click())
    page.editor.delete_button.click()
    assert journal.count() == 0
    assert changes == [1]  # the change is announced once


def test_an_operation_on_a_locked_journal_says_so_and_raises_nothing(qtbot, context, journal):
    context.journal_session.lock()
    shown = []
    done = operations.save_entry(context.journal_session, Entry("note", "late"), show=shown.append)
    assert not done and "locked" in shown[0]


def test_the_children_dialog_saves_through_operations_and_announces_once(qtbot, window, context, journal):
    from family_guide.ui.journal.dialogs import ChildDialog, ChildrenDialog

    page = open_journal_section(qtbot, window)
    changes = []
    context.journal_session.changed.connect(lambda: changes.append(1))

    def children(dialog):
        def child(d):
            qtbot.keyClicks(d.nickname, "Ola")
            qtbot.keyClick(d, Qt.Key.Key_Return)

        on_modal(child, ChildDialog)
        dialog.findChildren(type(page.new_note))[0].click()  # "Add child"
        dialog.accept()

    on_modal(children, ChildrenDialog)
    page.children_button.click()
    assert [c.nickname for c in journal.children()] == ["Ola"]
    assert changes == [1]
