"""Journal dialogs, by job: passphrase (set up, unlock, change), children, save to journal, restore.

Kept so callers can import every journal dialog from one place; each lives in its own module.
"""

from __future__ import annotations

from family_guide.ui.journal.children import ChildDialog, ChildrenDialog, child_combo
from family_guide.ui.journal.passphrase import (
    MIN_PASSPHRASE,
    ChangePassphraseDialog,
    SetupJournalDialog,
    UnlockDialog,
    UnlockForm,
    ensure_open,
    limits_text,
    password_field,
    weak_passphrase_text,
)
from family_guide.ui.journal.recovery_key import RecoveryKeyDialog
from family_guide.ui.journal.restore import RestoreDialog
from family_guide.ui.journal.save_entry import SaveToJournalDialog

__all__ = [
    "MIN_PASSPHRASE",
    "ChangePassphraseDialog",
    "ChildDialog",
    "ChildrenDialog",
    "RecoveryKeyDialog",
    "RestoreDialog",
    "SaveToJournalDialog",
    "SetupJournalDialog",
    "UnlockDialog",
    "UnlockForm",
    "child_combo",
    "ensure_open",
    "limits_text",
    "password_field",
    "weak_passphrase_text",
]
