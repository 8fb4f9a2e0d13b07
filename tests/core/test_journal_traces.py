"""Memory and traces: SQLCipher wipes freed memory, and file dialogs leave no folder history.
Its screens are tested in tests/ui/test_journal_traces.py (Qt)."""

from __future__ import annotations

from family_guide.core.journal.keys import TEST_KDF
from family_guide.core.journal.store import Journal


def test_sqlcipher_wipes_the_memory_it_frees(tmp_path):
    journal, _ = Journal.create(tmp_path / "j", "my cat is called Biscuit", with_recovery=False, kdf=TEST_KDF)
    try:
        assert journal.db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    finally:
        journal.close()
