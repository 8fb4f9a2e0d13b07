"""Every change to the journal from a widget goes through here (the pattern of Anki's aqt/operations).

One place turns a failed write (JournalError, OSError, or the journal having locked meanwhile)
into one plain message, never an unhandled exception. A failed operation changes nothing
and returns a false ``Done``, so the caller leaves the user's text where it is. A write that
succeeded emits the session's ``changed`` once; callers never emit it themselves. Reads that
meet a damaged page lock the journal with the damaged-journal message.
tests/ui/test_journal_operations.py checks that no widget calls a store write directly.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from family_guide.core.journal.records import Child, Entry
from family_guide.core.journal.store import Journal, JournalDamaged, JournalError
from family_guide.core.translatable import fill
from family_guide.ui.i18n import translate

T = TypeVar("T")

# The store's writes: only this module may call them (the test reads this list).
STORE_WRITES = (
    "save_entry",
    "delete_entry",
    "save_child",
    "delete_child",
    "change_passphrase",
    "write_backup",
    "restore_backup",
)


@dataclass
class Done:
    """What an operation gave back; false when it failed (the message was already shown)."""

    ok: bool
    value: Any = None

    def __bool__(self) -> bool:
        return self.ok


def failure_text(error: BaseException | None) -> str:
    """The one message for a write that did not happen. None: the journal locked meanwhile."""
    if error is None:
        return translate("Journal", "Not saved: the journal is locked. Unlock it, then try again.")
    return fill(
        translate(
            "Journal",
            "Not saved: %1. Nothing was changed, and your text is still here. Free some disk space, then try again.",
        ),
        str(error),
    )


def run(
    session,
    action: Callable[[Journal], T],
    *,
    parent: QWidget | None = None,
    show: Callable[[str], None] | None = None,
    notify: bool = True,
) -> Done:
    """Do ``action`` on the open journal. On failure show one message (in ``show``, a label the
    caller owns, or a message box over ``parent``) and return a false Done; on success emit
    ``session.changed`` once (unless ``notify`` is False) and return the action's value."""
    journal = session.journal
    error: BaseException | None = None
    if journal is not None:
        try:
            value = action(journal)
        except JournalDamaged as damage:
            session.report_damage(str(damage))
            return Done(False)
        except (JournalError, OSError) as failed:
            error = failed
        else:
            if notify:
                session.changed.emit()
            return Done(True, value)
    text = failure_text(error)
    if show is not None:
        show(text)
    else:
        QMessageBox.warning(parent, translate("Journal", "Not saved"), text)
    return Done(False)


def save_entry(session, entry: Entry, *, notify: bool = True, **where) -> Done:
    return run(session, lambda journal: journal.save_entry(entry), notify=notify, **where)


def delete_entry(session, entry_id: int, **where) -> Done:
    return run(session, lambda journal: journal.delete_entry(entry_id), **where)


def save_child(session, child: Child, **where) -> Done:
    return run(session, lambda journal: journal.save_child(child), **where)


def delete_child(session, child_id: int, with_entries: bool, **where) -> Done:
    return run(session, lambda journal: journal.delete_child(child_id, with_entries), **where)


def change_passphrase(session, new_passphrase: str, *, rekey: bool, **where) -> Done:
    """Done.value: a new recovery key to show once, when the database key changed."""
    return run(
        session, lambda journal: journal.change_passphrase(new_passphrase, session.kdf, rekey), notify=False, **where
    )


def write_backup(session, target: Path, **where) -> Done:
    from family_guide.core.journal import backup

    return run(session, lambda journal: backup.write_backup(journal, target), notify=False, **where)


def restore(
    session, backup: Path, secret: str, use_recovery: bool, *, keep: QWidget, show: Callable[[str], None]
) -> Done:
    """Replace the journal with a backup. The journal is locked first (its files are replaced);
    ``keep`` is the dialog asking, which stays open to show what went wrong."""
    from family_guide.core.journal.backup import restore_backup
    from family_guide.core.journal.keys import WrongSecret

    session.lock(keep=keep)
    secrets = {"recovery_key": secret} if use_recovery else {"passphrase": secret}
    try:
        kept = restore_backup(session.folder, backup, **secrets)
    except WrongSecret:
        show(translate("Journal", "That does not open this backup. Nothing was changed."))
        return Done(False)
    except (JournalError, OSError) as error:
        show(fill(translate("Journal", "The backup could not be restored: %1. Nothing was changed."), str(error)))
        return Done(False)
    session.changed.emit()
    return Done(True, kept)


def reads_journal(method: Callable[..., T]) -> Callable[..., T | None]:
    """For a widget method that reads the journal: damage locks it and shows the damaged message."""

    @functools.wraps(method)
    def guarded(self, *args, **kwargs) -> T | None:  # noqa: ANN001 - any widget with a .session
        try:
            return method(self, *args, **kwargs)
        except JournalDamaged as error:
            self.session.report_damage(str(error))
            return None

    return guarded
