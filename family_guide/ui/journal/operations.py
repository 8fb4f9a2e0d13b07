"""Every change to the journal from a widget goes through here (the pattern of Anki's aqt/operations).

One place turns a failed write (JournalError, OSError) into one plain message, never an
unhandled exception; the caller keeps the user's text on screen, because a failed operation
returns None and changes nothing. A write that succeeded emits the session's ``changed`` once.
Reads that meet a damaged page lock the journal with the damaged-journal message.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from family_guide.core.journal.store import JournalDamaged

T = TypeVar("T")


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
