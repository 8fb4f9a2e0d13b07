"""A passphrase change can re-key the database: an old key file plus the old secret opens nothing new."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from family_guide.core.journal.keys import TEST_KDF, KeyFile, WrongSecret
from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import DB_NAME, KEYS_NAME, Journal, JournalDamaged, _connect


def _opens_with(folder: Path, key: bytes) -> bool:
    try:
        _connect(folder / DB_NAME, key).close()
    except JournalDamaged:
        return False
    return True


def test_going_from_no_passphrase_to_one_changes_the_database_key(tmp_path):
    folder = tmp_path / "j"
    journal, _ = Journal.create(folder, None, with_recovery=False, kdf=TEST_KDF)
    journal.save_entry(Entry("note", "before"))
    old_key = KeyFile.load(folder / KEYS_NAME).unlock()  # as an old backup or freed blocks would hold it
    recovery = journal.change_passphrase("a new passphrase", TEST_KDF)
    journal.save_entry(Entry("note", "after"))
    journal.close()
    assert not _opens_with(folder, old_key)
    assert "none" not in KeyFile.load(folder / KEYS_NAME).slots
    with Journal.open(folder, "a new passphrase") as journal:
        assert journal.count() == 2 and journal.integrity_ok()
    with Journal.open(folder, recovery_key=recovery) as journal:  # a recovery key comes with it
        assert journal.count() == 2


def test_a_passphrase_change_with_rekey_shuts_out_the_old_key_file(tmp_path):
    folder = tmp_path / "j"
    journal, old_recovery = Journal.create(folder, "old passphrase", with_recovery=True, kdf=TEST_KDF)
    journal.save_entry(Entry("note", "kept"))
    old_file = KeyFile.load(folder / KEYS_NAME)
    new_recovery = journal.change_passphrase("new passphrase", TEST_KDF, rekey=True)
    journal.close()
    assert not _opens_with(folder, old_file.unlock("old passphrase"))
    assert new_recovery and new_recovery != old_recovery
    with pytest.raises(WrongSecret):
        Journal.open(folder, recovery_key=old_recovery)
    with Journal.open(folder, recovery_key=new_recovery) as journal:
        assert [r.title for r in journal.rows()] == ["kept"]


def test_without_rekey_the_old_key_file_still_opens_the_data(tmp_path):
    # What the app tells the user: old backups still open with the old passphrase.
    folder = tmp_path / "j"
    journal, _ = Journal.create(folder, "old passphrase", with_recovery=False, kdf=TEST_KDF)
    old_file = KeyFile.load(folder / KEYS_NAME)
    assert journal.change_passphrase("new passphrase", TEST_KDF) is None
    journal.close()
    assert _opens_with(folder, old_file.unlock("old passphrase"))


def test_a_change_interrupted_before_the_rekey_keeps_the_old_key_under_the_new_passphrase(tmp_path):
    folder = tmp_path / "j"
    journal, old_recovery = Journal.create(folder, "old passphrase", with_recovery=True, kdf=TEST_KDF)
    journal.save_entry(Entry("note", "kept"))
    key_file = KeyFile.load(folder / KEYS_NAME)
    old_key = key_file.unlock("old passphrase")
    pending, _, _ = key_file.rekeyed(old_key, secrets.token_bytes(32), "new passphrase", True, TEST_KDF)
    pending.save(folder / KEYS_NAME)  # the power went here: the database still has the old key
    journal.close()
    with Journal.open(folder, "new passphrase") as journal:
        assert journal.count() == 1
    assert not KeyFile.load(folder / KEYS_NAME).pending
    with Journal.open(folder, recovery_key=old_recovery) as journal:  # the only recovery key ever shown
        assert journal.count() == 1


def test_a_change_interrupted_after_the_rekey_opens_with_the_new_passphrase(tmp_path, monkeypatch):
    folder = tmp_path / "j"
    journal, _ = Journal.create(folder, "old passphrase", with_recovery=False, kdf=TEST_KDF)
    journal.save_entry(Entry("note", "kept"))
    saves = []
    real_save = KeyFile.save

    def save(self, path):
        saves.append(self)
        if len(saves) == 2:  # the final key file: the power went here
            raise OSError("power cut")
        real_save(self, path)

    monkeypatch.setattr(KeyFile, "save", save)
    with pytest.raises(OSError):
        journal.change_passphrase("new passphrase", TEST_KDF, rekey=True)
    monkeypatch.undo()
    journal.close()
    assert KeyFile.load(folder / KEYS_NAME).pending
    with Journal.open(folder, "new passphrase") as journal:
        assert journal.count() == 1
    assert not KeyFile.load(folder / KEYS_NAME).pending
    with pytest.raises(WrongSecret):
        Journal.open(folder, "old passphrase")
