"""The journal's errors: what went wrong, for the UI to explain in plain words."""

from __future__ import annotations


class JournalError(Exception):
    """A journal problem the UI explains to the user in plain words."""


class JournalDamaged(JournalError):
    """The database or key file cannot be read although the secret was right."""


class PassphraseRefused(JournalError):
    """The new passphrase is empty or one of the most common ones (``reason``: see passphrase_problem)."""

    def __init__(self, reason: str):
        super().__init__(
            "a passphrase cannot be empty" if reason == "empty" else "this passphrase is one of the most common ones"
        )
        self.reason = reason


class JournalWriteFailed(JournalError):
    """A write did not happen (disk full, no permission...). Nothing was half-written."""
