"""Deleted means deleted: no deleted or edited-away text in any decrypted page, nor in a later backup."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from family_guide.core.journal.backup import write_backup
from family_guide.core.journal.keys import TEST_KDF
from family_guide.core.journal.records import Child, Entry
from family_guide.core.journal.store import DB_NAME, Journal
from tests.sqlcipher_pages import decrypted_pages

PASS = "correct horse"
DELETED = "CANARYdeleted7f3a"
EDITED = "CANARYeditedaway9c1b"
CHILD = "CANARYchildgone4d2e"
KEPT = "KEPTmarker5b8a"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    journal, _ = Journal.create(tmp_path / "journal", PASS, with_recovery=False, kdf=TEST_KDF)
    for n in range(30):  # other entries share the index segments with the canaries
        journal.save_entry(Entry("note", f"filler {n}", f"ordinary words {n} " * 20, tags=["filler"]))
    journal.save_entry(Entry("note", f"{KEPT} title", f"{KEPT} body"))
    doomed = Entry("note", f"{DELETED} title", f"{DELETED} " * 30, tags=[DELETED])
    journal.save_entry(doomed)
    edited = Entry("incident", "edited", f"first {EDITED} words", details={"platform": EDITED})
    journal.save_entry(edited)
    child = journal.save_child(Child("temp", 2014))
    journal.save_entry(Entry("note", f"{CHILD} about the child", f"{CHILD} " * 10, child_id=child))
    journal.delete_entry(doomed.id)
    edited.body = "first words"
    edited.details = {"platform": "somewhere"}
    journal.save_entry(edited)
    journal.delete_child(child, with_entries=True)
    journal.close()
    return tmp_path / "journal"


def _words_in(plain: bytes) -> set[str]:
    return {w for w in (DELETED, EDITED, CHILD, KEPT) if w.encode() in plain or w.lower().encode() in plain}


def test_no_deleted_or_edited_away_text_in_any_decrypted_page(folder):
    key = Journal.key_file(folder).unlock(PASS)
    plain = decrypted_pages(folder / DB_NAME, key)
    assert _words_in(plain) == {KEPT}  # decryption works (the kept words are there), the rest is gone
    with Journal.open(folder, PASS) as journal:  # search still finds what is kept, and only that
        from family_guide.core.journal.records import EntryFilter

        assert journal.count(EntryFilter(text=KEPT)) == 1
        assert journal.count(EntryFilter(text=DELETED)) == 0
        assert journal.count(EntryFilter(text="filler")) == 30


def test_a_backup_made_after_a_delete_holds_no_deleted_text(folder, tmp_path):
    with Journal.open(folder, PASS) as journal:
        write_backup(journal, tmp_path / "after.fgbackup")
    with zipfile.ZipFile(tmp_path / "after.fgbackup") as archive:
        (tmp_path / "copy.db").write_bytes(archive.read(DB_NAME))
    plain = decrypted_pages(tmp_path / "copy.db", Journal.key_file(folder).unlock(PASS))
    assert _words_in(plain) == {KEPT}


def test_an_older_journal_is_purged_when_it_is_upgraded(tmp_path):
    from family_guide.core.journal import schema
    from family_guide.core.journal.keys import KeyFile
    from family_guide.core.journal.store import KEYS_NAME, _connect, _create_private_file, _make_private

    # A journal written before the purge: the deleted entry's words stay in the FTS5 index pages.
    folder = tmp_path / "old"
    _make_private(folder)
    key_file, key, _ = KeyFile.create(PASS, False, TEST_KDF)
    _create_private_file(folder / DB_NAME)
    db = _connect(folder / DB_NAME, key)
    schema.migrations.apply(db, stop_before=schema.migrations._migrations[3].name)
    when = "2024-01-01T10:00"
    db["entries"].insert({"client_id": "a", "kind": "note", "occurred_at": when, "title": "x", "body": DELETED * 3})
    db["entries"].insert({"client_id": "b", "kind": "note", "occurred_at": when, "title": KEPT, "body": "y"})
    db.execute("DELETE FROM entries WHERE client_id = 'a'")
    db.conn.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    key_file.save(folder / KEYS_NAME)
    assert DELETED.lower().encode() in decrypted_pages(folder / DB_NAME, key)  # the leftover being fixed
    Journal.open(folder, PASS).close()
    assert _words_in(decrypted_pages(folder / DB_NAME, key)) == {KEPT}
