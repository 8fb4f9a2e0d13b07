"""Damage always gets the damaged-journal message: never a crash, silence, or an empty journal. No Qt."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from family_guide.core.journal.backup import BackupError, restore_backup, write_backup
from family_guide.core.journal.keys import TEST_KDF
from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import DB_NAME, KEYS_NAME, PAGE_SIZE, Journal, JournalDamaged

PASS = "correct horse"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    journal, _ = Journal.create(tmp_path / "journal", PASS, with_recovery=False, kdf=TEST_KDF)
    for n in range(40):  # a few dozen pages, so "a later page" exists
        journal.save_entry(Entry("note", f"entry {n}", "words " * 200))
    journal.close()
    return tmp_path / "journal"


def _edit_slot(folder: Path, name: str, change) -> None:
    data = json.loads((folder / KEYS_NAME).read_text())
    change(data["slots"][name])
    (folder / KEYS_NAME).write_text(json.dumps(data))


@pytest.mark.parametrize(
    "change",
    [
        lambda slot: slot.update(salt="not base64 at all!"),
        lambda slot: slot.update(wrapped="AAAA"),  # valid base64, wrong length
        lambda slot: slot["kdf"].update(memory_kib=0),
        lambda slot: slot["kdf"].update(memory_kib=2**40),  # would exhaust memory
        lambda slot: slot["kdf"].update(time_cost="five"),
        lambda slot: slot.update(kdf=[1, 2]),
    ],
    ids=["bad-base64", "short-wrapped-key", "zero-memory", "huge-memory", "text-cost", "kdf-list"],
)
def test_a_damaged_key_slot_is_damage_not_a_crash(folder, change):
    _edit_slot(folder, "passphrase", change)
    with pytest.raises(JournalDamaged, match="damaged"):
        Journal.open(folder, PASS)


def test_a_damaged_plain_key_is_damage(tmp_path):
    journal, _ = Journal.create(tmp_path / "j", None, with_recovery=False, kdf=TEST_KDF)
    journal.close()
    data = json.loads((tmp_path / "j" / KEYS_NAME).read_text())
    data["slots"]["none"] = "%%%"
    (tmp_path / "j" / KEYS_NAME).write_text(json.dumps(data))
    with pytest.raises(JournalDamaged):
        Journal.open(tmp_path / "j")


def test_a_flipped_byte_in_a_later_page_is_found_by_the_page_check(folder):
    path = folder / DB_NAME
    pages = path.stat().st_size // PAGE_SIZE
    assert pages > 10
    with Journal.open(folder, PASS) as journal:
        assert journal.page_checker()() is None  # whole: no false alarm
    data = bytearray(path.read_bytes())
    data[(pages - 3) * PAGE_SIZE + 1000] ^= 0x01
    path.write_bytes(bytes(data))
    journal = Journal.open(folder, PASS)  # only the schema is read while unlocking
    try:
        problem = journal.page_checker()()
    finally:
        journal.close()
    assert problem and "HMAC" in problem


def test_an_empty_database_file_is_damage_not_a_new_journal(folder):
    (folder / DB_NAME).write_bytes(b"")
    with pytest.raises(JournalDamaged, match="empty"):
        Journal.open(folder, PASS)
    assert (folder / DB_NAME).stat().st_size == 0  # nothing was created over it


def test_a_cut_short_database_file_is_damage(folder):
    path = folder / DB_NAME
    path.write_bytes(path.read_bytes()[: PAGE_SIZE * 3 + 100])
    with pytest.raises(JournalDamaged):
        Journal.open(folder, PASS)


def _rewrite_backup(source: Path, target: Path, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, replace.get(name, old.read(name)))


@pytest.fixture
def backup(folder: Path, tmp_path: Path) -> Path:
    with Journal.open(folder, PASS) as journal:
        write_backup(journal, tmp_path / "good.fgbackup")
    return tmp_path / "good.fgbackup"


def _journal_is_untouched(folder: Path) -> None:
    with Journal.open(folder, PASS) as journal:
        assert journal.count() == 40


def test_a_backup_with_an_empty_database_restores_nothing(folder, backup, tmp_path):
    bad = tmp_path / "empty-db.fgbackup"
    _rewrite_backup(backup, bad, {DB_NAME: b""})
    with pytest.raises(BackupError, match="cannot be read"):
        restore_backup(folder, bad, passphrase=PASS)
    _journal_is_untouched(folder)


def test_a_backup_with_a_flipped_page_restores_nothing(folder, backup, tmp_path):
    with zipfile.ZipFile(backup) as archive:
        data = bytearray(archive.read(DB_NAME))
    data[len(data) - PAGE_SIZE - 500] ^= 0x10
    bad = tmp_path / "flipped.fgbackup"
    _rewrite_backup(backup, bad, {DB_NAME: bytes(data)})
    with pytest.raises(BackupError):
        restore_backup(folder, bad, passphrase=PASS)
    _journal_is_untouched(folder)


def test_a_backup_whose_manifest_is_a_list_is_refused(folder, backup, tmp_path):
    bad = tmp_path / "list.fgbackup"
    _rewrite_backup(backup, bad, {"backup.json": b"[1, 2]"})
    with pytest.raises(BackupError, match="not a Family Guide backup"):
        restore_backup(folder, bad, passphrase=PASS)
    _journal_is_untouched(folder)


def test_a_backup_with_a_bad_key_slot_is_refused(folder, backup, tmp_path):
    with zipfile.ZipFile(backup) as archive:
        keys = json.loads(archive.read(KEYS_NAME))
    keys["slots"]["passphrase"]["kdf"]["parallelism"] = 0
    bad = tmp_path / "slot.fgbackup"
    _rewrite_backup(backup, bad, {KEYS_NAME: json.dumps(keys).encode()})
    with pytest.raises(BackupError, match="key file is damaged"):
        restore_backup(folder, bad, passphrase=PASS)
    _journal_is_untouched(folder)
