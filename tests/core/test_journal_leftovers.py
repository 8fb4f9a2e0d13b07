"""Leftovers: no migration copies, stray key files, work folders or old replaced journals linger."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from family_guide.core.journal.backup import restore_backup, write_backup
from family_guide.core.journal.keys import TEST_KDF, KeyFile, WrongSecret
from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import (
    BACKUP_FOLDER,
    DB_NAME,
    KEYS_NAME,
    REPLACED_KEEP_DAYS,
    Journal,
    journal_exists,
    remove_leftovers,
)

PASS = "correct horse"


def test_a_failed_key_file_write_during_setup_leaves_no_half_made_journal(tmp_path, monkeypatch):
    folder = tmp_path / "j"

    def disk_full(self, path):
        raise OSError("No space left on device")

    monkeypatch.setattr(KeyFile, "save", disk_full)
    with pytest.raises(OSError):
        Journal.create(folder, PASS, with_recovery=False, kdf=TEST_KDF)
    monkeypatch.undo()
    assert not journal_exists(folder)
    assert not [p for p in folder.iterdir() if p.name.startswith(DB_NAME)]
    Journal.create(folder, PASS, with_recovery=False, kdf=TEST_KDF)[0].close()  # setting up again works


def test_stray_key_files_and_work_folders_are_removed_on_open(tmp_path):
    folder = tmp_path / "j"
    Journal.create(folder, PASS, with_recovery=False, kdf=TEST_KDF)[0].close()
    stray = folder / f".{KEYS_NAME}.abc123.tmp"
    stray.write_text("half a key file")
    (folder / ".backup-x1").mkdir()
    (folder / ".backup-x1" / DB_NAME).write_bytes(b"copy")
    (folder / ".restore-x2").mkdir()
    with pytest.raises(WrongSecret):
        Journal.open(folder, "a wrong guess")
    assert stray.exists()  # a wrong guess removes nothing
    Journal.open(folder, PASS).close()
    assert not stray.exists()
    assert not (folder / ".backup-x1").exists() and not (folder / ".restore-x2").exists()
    assert (folder / KEYS_NAME).exists() and (folder / DB_NAME).exists()


def test_replaced_journals_are_kept_for_a_stated_time_then_removed(tmp_path):
    folder = tmp_path / "j"
    journal, _ = Journal.create(folder, PASS, with_recovery=False, kdf=TEST_KDF)
    journal.save_entry(Entry("note", "x"))
    write_backup(journal, tmp_path / "b.fgbackup")
    journal.close()
    kept = restore_backup(folder, tmp_path / "b.fgbackup", passphrase=PASS)
    Journal.open(folder, PASS).close()
    assert kept.exists()  # a fresh one stays, so a mistaken restore can be undone
    later = datetime.now() + timedelta(days=REPLACED_KEEP_DAYS + 1)
    mine = folder / BACKUP_FOLDER / "my-own-notes"
    mine.mkdir()
    remove_leftovers(folder, now=later)
    assert not kept.exists()
    assert mine.exists()  # not made by the app: never touched


def test_migration_copies_go_after_a_successful_upgrade(tmp_path):
    from family_guide.core.journal import schema
    from family_guide.core.journal.store import _connect, _create_private_file

    folder = tmp_path / "j"
    key_file, key, _ = KeyFile.create(PASS, False, TEST_KDF)
    folder.mkdir(parents=True)
    _create_private_file(folder / DB_NAME)
    db = _connect(folder / DB_NAME, key)
    schema.migrations.apply(db, stop_before=schema.schema_names()[-1])
    db.close()
    key_file.save(folder / KEYS_NAME)
    Journal.open(folder, PASS).close()
    assert (folder / BACKUP_FOLDER).is_dir()
    assert list(Path(folder / BACKUP_FOLDER).glob("before-*")) == []
