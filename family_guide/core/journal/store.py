"""The journal: opening, locking, re-keying and every write. Reads live in queries.py
(JournalQueries), the connection and its file checks in connection.py, errors in errors.py;
their names are re-exported here, where the rest of the app imports them from.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from family_guide.core.journal.connection import (
    BACKUP_FOLDER,
    DB_NAME,
    KEYS_NAME,
    PAGE_SIZE,
    _connect,
    _create_private_file,
    _make_private,
    _writing,
    check_database_file,
    damaged_pages,
    journal_exists,
)
from family_guide.core.journal.errors import JournalDamaged, JournalError, JournalWriteFailed, PassphraseRefused
from family_guide.core.journal.keys import (
    DATABASE_KEY_BYTES,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyFileError,
    WrongSecret,
    passphrase_problem,
)
from family_guide.core.journal.queries import COMMON_MATCHES, JournalQueries, _iso
from family_guide.core.journal.records import Child, Entry
from family_guide.core.journal.search_words import SearchFacts

if TYPE_CHECKING:  # sqlite-utils is imported when a journal is opened
    from sqlite_utils import Database

__all__ = [
    "BACKUP_FOLDER",
    "COMMON_MATCHES",
    "DB_NAME",
    "KEYS_NAME",
    "PAGE_SIZE",
    "Journal",
    "JournalDamaged",
    "JournalError",
    "JournalWriteFailed",
    "PassphraseRefused",
    "WrongSecret",
    "_connect",
    "_create_private_file",
    "_make_private",
    "check_database_file",
    "damaged_pages",
    "journal_exists",
]


def _refuse_weak(passphrase: str) -> None:
    reason = passphrase_problem(passphrase)
    if reason:
        raise PassphraseRefused(reason)


TEXT_COLUMNS = ("title", "body", "tags", "details")


def _text_removed(before: Sequence[str | None], after: Sequence[str | None]) -> bool:
    """Whether an edit took text away (anything but typing on at the end of a field)."""
    return any(not (new or "").startswith(old or "") for old, new in zip(before, after, strict=True))


def _finish_rekey(
    folder: Path, key_file: KeyFile, passphrase: str | None, recovery_key: str | None
) -> tuple[Database, KeyFile, bytes]:
    """Open a journal whose change of database key was interrupted, and settle its key file:
    keep the new key if the database has it, or else the old key under the new passphrase."""
    db_path = folder / DB_NAME
    check_database_file(db_path)
    attempts = []
    with contextlib.suppress(WrongSecret):
        attempts.append((key_file.settled(), key_file.unlock(passphrase, recovery_key)))
    with contextlib.suppress(WrongSecret):
        attempts.append((key_file.previous(), key_file.previous().unlock(passphrase, recovery_key)))
    if not attempts:
        raise WrongSecret
    for settled, key in attempts:
        try:
            db = _connect(db_path, key)
        except JournalDamaged:
            continue
        settled.save(folder / KEYS_NAME)
        return db, settled, key
    raise JournalDamaged("the journal database does not open with its key")


class Journal(JournalQueries):
    """An open (unlocked) journal. ``close()`` locks it: the connection and the key are dropped."""

    def __init__(self, folder: Path, db: Database, key_file: KeyFile, key: bytes) -> None:
        self.folder = folder
        self.db = db
        self.search_facts = SearchFacts()
        self._key_file = key_file
        self._key = key

    # -- opening and closing -------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str | None,
        with_recovery: bool = True,
        kdf: KdfParams = DEFAULT_KDF,
    ) -> tuple[Journal, str | None]:
        """A new, empty journal. Returns it with the recovery key, which the caller shows once."""
        if journal_exists(folder):
            raise JournalError("a journal already exists here")
        if passphrase is not None:  # None is the explicit no-passphrase choice; "" is refused
            _refuse_weak(passphrase)
        _make_private(folder)
        key_file, key, recovery = KeyFile.create(passphrase, with_recovery, kdf)
        db_path = folder / DB_NAME
        _create_private_file(db_path)
        try:
            db = _connect(db_path, key)
            _migrate(db, folder, backup=False)
        except BaseException:
            db_path.unlink(missing_ok=True)
            raise
        try:
            key_file.save(folder / KEYS_NAME)  # last: until it exists there is no journal
        except BaseException:
            db.close()  # a failed key-file write leaves no half-made journal behind
            for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
                (folder / name).unlink(missing_ok=True)
            raise
        return cls(folder, db, key_file, key), recovery

    @classmethod
    def key_file(cls, folder: Path) -> KeyFile:
        try:
            return KeyFile.load(folder / KEYS_NAME)
        except KeyFileError as error:
            raise JournalDamaged(str(error)) from error

    @classmethod
    def open(cls, folder: Path, passphrase: str | None = None, recovery_key: str | None = None) -> Journal:
        """Unlock. Raises WrongSecret for a wrong passphrase or recovery key, JournalDamaged otherwise."""
        key_file = cls.key_file(folder)
        db_path = folder / DB_NAME
        try:
            if key_file.pending:
                db, key_file, key = _finish_rekey(folder, key_file, passphrase, recovery_key)
            else:
                key = key_file.unlock(passphrase, recovery_key)
                check_database_file(db_path)
                db = _connect(db_path, key)
        except KeyFileError as error:
            raise JournalDamaged(str(error)) from error
        try:
            _migrate(db, folder, backup=True)
        except BaseException:
            db.close()
            raise
        remove_leftovers(folder)  # only once the right secret opened it: a wrong guess deletes nothing
        return cls(folder, db, key_file, key)

    @property
    def is_open(self) -> bool:
        return self.db is not None

    @property
    def has_passphrase(self) -> bool:
        return self._key_file.has_passphrase

    def close(self) -> None:
        """Lock: fold the WAL back into the encrypted file, close, and forget the key."""
        if self.db is None:
            return
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        # Typed as always open: a locked journal is dropped by the UI, and any use after close()
        # should fail loudly (on None) rather than be checked for at every read.
        self.db = None  # type: ignore[assignment]
        self._key = b""

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams = DEFAULT_KDF, rekey: bool = False) -> str | None:
        """Set a new passphrase. Returns a new recovery key (shown once) when one was made.

        Without ``rekey`` the same database key is rewrapped: one small file replaced atomically,
        so old or new always works, but an old copy of the key file (an old backup, a replaced
        journal, freed disk blocks) with the old passphrase still opens all future data. With
        ``rekey`` (always when there was no passphrase, since the old key lay in plain form) the
        database is re-encrypted under a new key, and a new recovery key replaces the old one."""
        _refuse_weak(new_passphrase)
        rekey = rekey or not self.has_passphrase
        if not rekey:
            updated = self._key_file.with_passphrase(self._key, new_passphrase, kdf)
            updated.save(self.folder / KEYS_NAME)
            self._key_file = updated
            return None
        import sqlcipher3

        new_key = secrets.token_bytes(DATABASE_KEY_BYTES)
        with_recovery = self._key_file.has_recovery or not self.has_passphrase
        pending, final, recovery = self._key_file.rekeyed(self._key, new_key, new_passphrase, with_recovery, kdf)
        pending.save(self.folder / KEYS_NAME)  # from here either key opens the journal
        try:
            self.db.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the old key's pages leave the WAL
        except sqlcipher3.Error as error:
            raise JournalWriteFailed(str(error)) from error
        self._key = new_key
        self._key_file = pending
        final.save(self.folder / KEYS_NAME)
        self._key_file = final
        return recovery

    def integrity_ok(self) -> bool:
        status: str = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        return status == "ok"

    def page_checker(self) -> Callable[[], str | None]:
        """A check of every page's authentication code, to run off the UI thread after unlocking.

        SQLCipher's cipher_integrity_check reads the file and verifies each page's HMAC: it finds
        a flipped bit anywhere (0.4 s for 100,000 entries, too slow to wait for on unlock; the
        unlock itself only reads the schema). It uses a connection of its own. The returned
        function gives None when every page is whole, or what is damaged."""
        path, key = self.folder / DB_NAME, self._key
        return lambda: damaged_pages(path, key)

    # -- children ------------------------------------------------------------

    def save_child(self, child: Child) -> int:
        row: dict[str, Any] = {
            "nickname": child.nickname.strip(),
            "birth_year": int(child.birth_year),
            "apps": json.dumps(child.apps),
        }
        if not row["nickname"]:
            raise ValueError("a child needs a nickname")
        now = _iso(datetime.now())
        with _writing(self.db):
            if child.id is None:
                row["created_at"] = now
                child.id = self.db.table("children").insert(row).last_pk
            else:
                before = json.loads(self.db.table("children").get(child.id)["apps"] or "[]")
                added = {a.casefold() for a in child.apps} - {a.casefold() for a in before}
                if added:  # a new app: the conversation plan brings topics back
                    row["apps_changed_at"] = now
                    child.apps_changed_at = datetime.fromisoformat(now)
                self.db.table("children").update(child.id, row)
        assert child.id is not None  # set above, from the new row's key when it was inserted
        return child.id

    def delete_child(self, child_id: int, with_entries: bool) -> None:
        self.search_facts.clear()  # entries may go with the child
        with _writing(self.db):
            if with_entries:
                self.db.execute("DELETE FROM entries WHERE child_id = ?", [child_id])
            else:
                self.db.execute("UPDATE entries SET child_id = NULL WHERE child_id = ?", [child_id])
            self.db.execute("DELETE FROM children WHERE id = ?", [child_id])
        self._scrub()

    # -- entries -------------------------------------------------------------

    def save_entry(self, entry: Entry) -> int:
        """Insert, or update the entry with the same client id. Returns once the write is durable."""
        self.search_facts.clear()
        now = _iso(datetime.now())
        row: dict[str, Any] = {  # column -> value, as sqlite-utils takes them
            "client_id": entry.client_id,
            "kind": entry.kind,
            "occurred_at": _iso(entry.occurred_at),
            "child_id": entry.child_id,
            "title": entry.title,
            "body": entry.body,
            "concern": entry.concern,
            "tags": json.dumps(sorted(set(entry.tags)), ensure_ascii=False),
            "details": json.dumps(entry.details, ensure_ascii=False, sort_keys=True),
            "updated_at": now,
        }
        removed = False
        with _writing(self.db):
            found = self.db.execute(
                f"SELECT id, {', '.join(TEXT_COLUMNS)} FROM entries WHERE client_id = ?", [entry.client_id]
            ).fetchone()
            if found:
                removed = _text_removed(found[1:], [row[c] for c in TEXT_COLUMNS])
                self.db.table("entries").update(found[0], row)
                entry.id = found[0]
            else:
                row["created_at"] = now
                entry.id = self.db.table("entries").insert(row).last_pk
        if removed:
            self._scrub()  # edited-away text: out of the WAL too, not only out of the table and index
        assert entry.id is not None  # set above, from the new row's key when it was inserted
        return entry.id

    def delete_entry(self, entry_id: int) -> None:
        self.search_facts.clear()
        with _writing(self.db):
            self.db.execute("DELETE FROM entries WHERE id = ?", [entry_id])
        self._scrub()

    def _scrub(self) -> None:
        # secure_delete zeroes the freed pages in the database; the WAL still holds old copies
        # until a checkpoint folds it back and truncates it.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- copies --------------------------------------------------------------

    def copy_database_to(self, target: Path) -> None:
        """A consistent, still-encrypted copy (same key) via VACUUM INTO, never a raw file copy."""
        target.unlink(missing_ok=True)
        self.db.execute("VACUUM INTO ?", [str(target)])


def _migrate(db: Database, folder: Path, backup: bool) -> None:
    from family_guide.core.journal.schema import migrations

    pending = migrations.pending(db)
    if not pending:
        return
    if backup and migrations.applied(db):
        # A copy from before the upgrade, kept until the next successful upgrade.
        backups = folder / BACKUP_FOLDER
        _make_private(backups)
        target = backups / f"before-{pending[0].name}.db"
        target.unlink(missing_ok=True)
        db.execute("VACUUM INTO ?", [str(target)])
        if sys.platform != "win32":
            os.chmod(target, 0o600)
    migrations.apply(db)
    # Upgraded: the copy from before it (old text, maybe an old key's worth of data) goes.
    for copy in (folder / BACKUP_FOLDER).glob("before-*.db"):
        copy.unlink(missing_ok=True)


REPLACED_KEEP_DAYS = 30  # a journal replaced by a restore is kept this long (the app says so), then deleted


def remove_leftovers(folder: Path, now: datetime | None = None) -> None:
    """What interrupted work and old restores leave in the journal folder, removed on open:
    half-written key files, work folders of an interrupted backup or restore, and replaced
    journals older than REPLACED_KEEP_DAYS."""
    for stray in folder.glob(f".{KEYS_NAME}.*.tmp"):
        stray.unlink(missing_ok=True)
    for work in (*folder.glob(".backup-*"), *folder.glob(".restore-*")):
        if work.is_dir():
            shutil.rmtree(work, ignore_errors=True)
    limit = (now or datetime.now()) - timedelta(days=REPLACED_KEEP_DAYS)
    for kept in (folder / BACKUP_FOLDER).glob("replaced-*"):
        try:
            made = datetime.strptime(kept.name, "replaced-%Y%m%d-%H%M%S")
        except ValueError:
            continue  # not ours: leave it alone
        if made < limit and kept.is_dir():
            shutil.rmtree(kept, ignore_errors=True)
