"""The journal session: whether the journal is open, and locking it.

It locks after the set idle time (counted from the user's last key press or click in the
app), at once on "hide and lock", and when the computer's session locks or sleeps (the app
goes inactive for the idle time). Time comes from an injectable clock so tests need not wait.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget

from family_guide.core.journal.keys import DEFAULT_KDF, KdfParams
from family_guide.core.journal.store import Journal, journal_exists

_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def awake_clock() -> float:
    """Seconds that keep counting while the computer sleeps, so the journal is locked on waking
    if the idle time passed meanwhile (Linux's monotonic clock stops during suspend; Windows' does not)."""
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.monotonic()


def forget_text(field: QLineEdit | QPlainTextEdit) -> None:
    """Empty a field and its undo history: QLineEdit.clear() can be undone with Ctrl+Z, so a
    locked journal's text would come back; setText("") and clearing the stacks cannot."""
    if isinstance(field, QLineEdit):
        field.setText("")
    else:
        field.setPlainText("")
        field.document().clearUndoRedoStacks()


def close_dialogs(keep: QWidget | None = None) -> None:
    """Close every visible dialog (nicknames, typed notes) and empty its text fields."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget is not keep:
            widget.reject()
            for field in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit):
                forget_text(field)


class JournalSession(QObject):
    opened = Signal()
    aboutToLock = Signal()  # save what is typed and clear every widget showing journal text
    locked = Signal()  # the database is closed: show the locked state
    changed = Signal()  # entries or children were saved or deleted
    damaged = Signal(str)  # the page check after unlocking found damage; the journal is locked again

    PAGE_CHECK_POLL_MS = 50  # how often the main thread looks whether the page check has finished

    def __init__(self, context, clock: Callable[[], float] = awake_clock, kdf: KdfParams = DEFAULT_KDF):
        super().__init__(context)
        self.context = context
        self.clock = clock
        self.kdf = kdf
        self.journal: Journal | None = None
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self.check_idle)

    @property
    def folder(self):
        return self.context.paths.journal_dir

    def exists(self) -> bool:
        return journal_exists(self.folder)

    @property
    def is_open(self) -> bool:
        return self.journal is not None

    # -- opening --------------------------------------------------------------

    def create(self, passphrase: str | None, with_recovery: bool) -> str | None:
        self.journal, recovery = Journal.create(self.folder, passphrase, with_recovery, self.kdf)
        self._started()
        return recovery

    def unlock(self, passphrase: str | None = None, recovery_key: str | None = None) -> None:
        """Raises WrongSecret or JournalDamaged (the caller explains them)."""
        journal = self.journal = Journal.open(self.folder, passphrase, recovery_key)
        self._started()  # the list shows; reading it may already meet damage and lock again
        if self.journal is journal:
            self._check_pages(journal)

    def _check_pages(self, journal: Journal) -> None:
        """Verify every page in the background, once the list is on screen: the unlock does not
        wait for it (0.4 s or more at 100,000 entries) and damage anywhere still gets the
        damaged-journal message. The thread runs at the lowest priority, so on a busy computer
        it takes no time from the app (benchmarks/journal.py measures what it adds)."""
        check = journal.page_checker()
        outcome: list[str | None] = []  # the thread's answer; list.append is atomic

        def work() -> None:
            if sys.platform.startswith("linux"):  # a thread's own priority: Linux threads are tasks
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
            outcome.append(check())

        # The thread never touches Qt. It used to emit a signal of this session when done, and when
        # the session was deleted during that emit (the app quitting, a test ending) the process
        # crashed: a check of 100,000 entries takes 0.4 s or more. A timer of the session looks for
        # the answer instead, in the main thread; it goes when the session goes.
        thread = threading.Thread(target=work, name="journal-page-check", daemon=True)
        poll = QTimer(self)
        poll.setInterval(self.PAGE_CHECK_POLL_MS)

        def collect() -> None:
            if thread.is_alive():
                return
            poll.stop()
            poll.deleteLater()
            # A journal closed meanwhile is checked again at its next unlock; a check that failed
            # itself (no answer) reports nothing, as before.
            if outcome:
                self._on_pages_checked(journal, outcome[0])

        poll.timeout.connect(collect)
        thread.start()
        poll.start()

    def _on_pages_checked(self, journal: Journal, problem: str | None) -> None:
        if problem and journal is self.journal:
            self.report_damage(problem)

    def report_damage(self, problem: str) -> None:
        """Damage found while the journal is open: lock it and say so (never an empty list, no word)."""
        self.lock()
        self.damaged.emit(problem)

    def _started(self) -> None:
        self._last_input = self.clock()
        self.context.app.installEventFilter(self)
        self._timer.start()
        self.opened.emit()

    # -- locking --------------------------------------------------------------

    def lock(self, keep: QWidget | None = None) -> None:
        """Lock now. Every open dialog closes, as with hide-and-lock (``keep``: the one asking to lock)."""
        if self.journal is None:
            return
        close_dialogs(keep)
        self.aboutToLock.emit()  # widgets save and drop their text while the database is still open
        self.journal.close()
        self.journal = None
        self._timer.stop()
        self.context.app.removeEventFilter(self)
        self.locked.emit()

    def idle_limit_seconds(self) -> float:
        return float(self.context.settings["auto_lock_minutes"]) * 60

    def check_idle(self) -> None:
        if self.journal is not None and self.clock() - self._last_input >= self.idle_limit_seconds():
            self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT:
            self._last_input = self.clock()
        return False
