"""The journal database: SQLCipher under sqlite-utils, in a folder private to the user.

Durability rules (docs/security-and-reliability in the team notes): WAL with
synchronous=FULL, so an acknowledged write survives a crash or power loss; every
multi-step write inside ``db.atomic()`` (``with db.conn`` is not atomic in sqlite-utils 4);
secure_delete plus a TRUNCATE checkpoint after deletes and on close, so deleted text does
not linger in the -wal file; temp_store=MEMORY so sorting never spills text to disk.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

from family_guide.core.journal.keys import (
    DATABASE_KEY_BYTES,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    KeyFileError,
    WrongSecret,
    passphrase_problem,
)
from family_guide.core.journal.records import Child, Entry, EntryFilter, EntryRow

DB_NAME = "journal.db"
KEYS_NAME = "journal.keys"
BACKUP_FOLDER = "backups"


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


def _refuse_weak(passphrase: str) -> None:
    reason = passphrase_problem(passphrase)
    if reason:
        raise PassphraseRefused(reason)


class JournalWriteFailed(JournalError):
    """A write did not happen (disk full, no permission...). Nothing was half-written."""


__all__ = [
    "Journal",
    "JournalDamaged",
    "JournalError",
    "JournalWriteFailed",
    "PassphraseRefused",
    "WrongSecret",
    "journal_exists",
]


@contextlib.contextmanager
def _writing(db):
    """One transaction; any database error becomes JournalWriteFailed after the rollback."""
    import sqlcipher3

    try:
        with db.atomic():
            yield
    except sqlcipher3.Error as error:
        raise JournalWriteFailed(str(error)) from error


def _reads(method: Callable) -> Callable:
    """A read that meets a damaged page raises JournalDamaged (the UI's damaged-journal message)
    instead of a database error that would leave an empty list and no word."""

    @functools.wraps(method)
    def read(self, *args, **kwargs):  # noqa: ANN202 - returns what the method returns
        import sqlcipher3

        try:
            return method(self, *args, **kwargs)
        except sqlcipher3.DatabaseError as error:
            if isinstance(error, (sqlcipher3.OperationalError, sqlcipher3.IntegrityError)):
                raise  # busy, locked, a bad query: not damage
            raise JournalDamaged(str(error)) from error

    return read


def journal_exists(folder: Path) -> bool:
    return (folder / KEYS_NAME).exists() or (folder / DB_NAME).exists()


def _make_private(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":  # on Windows the per-user local app-data folder is already private
        os.chmod(folder, 0o700)


def _create_private_file(path: Path) -> None:
    # SQLite gives its -wal and -shm files the permissions of the database file.
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _connect(path: Path, key: bytes):
    import sqlcipher3
    from sqlite_utils import Database

    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher wipes the memory it frees (decrypted pages, key material) before reuse.
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here on a wrong key or damage
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 5000")
        # SQLCipher decrypts each page it reads; a larger cache keeps decrypted pages of a big
        # journal in memory (32 MB at most), so searching and scrolling do not decrypt again.
        conn.execute("PRAGMA cache_size = -32768")
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise JournalDamaged(str(error)) from error
    # execute_plugins=False: never let an installed sqlite-utils plugin touch the journal.
    return Database(conn, execute_plugins=False)


TEXT_COLUMNS = ("title", "body", "tags", "details")


def _text_removed(before: tuple | list, after: list) -> bool:
    """Whether an edit took text away (anything but typing on at the end of a field)."""
    return any(not (new or "").startswith(old or "") for old, new in zip(before, after, strict=True))


def check_database_file(path: Path) -> None:
    """Cheap checks before opening: a missing, empty or cut-off file is damage. SQLCipher would
    otherwise turn an empty file into a new, empty journal without a word."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise JournalDamaged("the journal database is missing") from None
    if size == 0:
        raise JournalDamaged("the journal database is empty")
    if size % PAGE_SIZE:
        raise JournalDamaged("the journal database is cut short")


def damaged_pages(path: Path, key: bytes) -> str | None:
    """Verify every page of the database file (see Journal.page_checker). None when whole."""
    import sqlcipher3

    def run() -> str | None:
        conn = sqlcipher3.connect(str(path), check_same_thread=False)
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        except sqlcipher3.Error as error:
            return str(error)
        finally:
            conn.close()
        return "; ".join(problems[:3]) or None

    # A checkpoint by another connection may rewrite a page while it is read; only a problem
    # seen twice counts, so a torn read never locks a healthy journal.
    return run() and run()


PAGE_SIZE = 4096  # SQLCipher 4's default page size; every whole database file is a multiple of it


def _finish_rekey(folder: Path, key_file: KeyFile, passphrase: str | None, recovery_key: str | None):
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


ROW_COLUMNS = "id, kind, occurred_at, child_id, title, concern"  # what a list row shows, no entry text


def _entry_row(r) -> EntryRow:
    return EntryRow(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5] or 0)


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="minutes")


class Journal:
    """An open (unlocked) journal. ``close()`` locks it: the connection and the key are dropped."""

    def __init__(self, folder: Path, db, key_file: KeyFile, key: bytes):
        self.folder = folder
        self.db = db
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
        remove_leftovers(folder)
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
        self.db = None
        self._key = b""

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
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
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

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
        row = {"nickname": child.nickname.strip(), "birth_year": int(child.birth_year), "apps": json.dumps(child.apps)}
        if not row["nickname"]:
            raise ValueError("a child needs a nickname")
        now = _iso(datetime.now())
        with _writing(self.db):
            if child.id is None:
                row["created_at"] = now
                child.id = self.db["children"].insert(row).last_pk
            else:
                before = json.loads(self.db["children"].get(child.id)["apps"] or "[]")
                added = {a.casefold() for a in child.apps} - {a.casefold() for a in before}
                if added:  # a new app: the conversation plan brings topics back
                    row["apps_changed_at"] = now
                    child.apps_changed_at = datetime.fromisoformat(now)
                self.db["children"].update(child.id, row)
        return child.id

    @_reads
    def children(self) -> list[Child]:
        return [
            Child(
                r["nickname"],
                r["birth_year"],
                json.loads(r["apps"] or "[]"),
                r["id"],
                datetime.fromisoformat(r["apps_changed_at"]) if r.get("apps_changed_at") else None,
            )
            for r in self.db["children"].rows_where(order_by="nickname COLLATE NOCASE, id")
        ]

    def delete_child(self, child_id: int, with_entries: bool) -> None:
        self.__dict__.pop("_search_facts", None)  # entries may go with the child
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
        self.__dict__.pop("_search_facts", None)
        now = _iso(datetime.now())
        row = {
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
                self.db["entries"].update(found[0], row)
                entry.id = found[0]
            else:
                row["created_at"] = now
                entry.id = self.db["entries"].insert(row).last_pk
        if removed:
            self._scrub()  # edited-away text: out of the WAL too, not only out of the table and index
        return entry.id

    @_reads
    def entry(self, entry_id: int) -> Entry:
        r = self.db["entries"].get(entry_id)
        return Entry(
            kind=r["kind"],
            title=r["title"],
            body=r["body"] or "",
            occurred_at=datetime.fromisoformat(r["occurred_at"]),
            child_id=r["child_id"],
            concern=r["concern"] or 0,
            tags=json.loads(r["tags"] or "[]"),
            details=json.loads(r["details"] or "{}"),
            client_id=r["client_id"],
            id=r["id"],
        )

    def delete_entry(self, entry_id: int) -> None:
        self.__dict__.pop("_search_facts", None)
        with _writing(self.db):
            self.db.execute("DELETE FROM entries WHERE id = ?", [entry_id])
        self._scrub()

    def _scrub(self) -> None:
        # secure_delete zeroes the freed pages in the database; the WAL still holds old copies
        # until a checkpoint folds it back and truncates it.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _where(self, flt: EntryFilter) -> tuple[str, list]:
        clauses, params = [], []
        if flt.child_id is not None:
            clauses.append("e.child_id = ?")
            params.append(flt.child_id)
        if flt.kind:
            clauses.append("e.kind = ?")
            params.append(flt.kind)
        if flt.min_concern:
            clauses.append("e.concern >= ?")
            params.append(flt.min_concern)
        if flt.tag:
            clauses.append("EXISTS (SELECT 1 FROM json_each(e.tags) WHERE value = ?)")
            params.append(flt.tag)
        if flt.since:
            clauses.append("e.occurred_at >= ?")
            params.append(_iso(flt.since))
        if flt.until:
            clauses.append("e.occurred_at <= ?")
            params.append(_iso(flt.until))
        if flt.text.strip():
            clauses.append("e.id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
            params.append(fts_query(flt.text))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @_reads
    def count(self, flt: EntryFilter | None = None) -> int:
        flt = flt or EntryFilter()
        if flt.text.strip() and flt == EntryFilter(text=flt.text):
            return self._text_hits(flt.text)  # words only: FTS5 counts from its index
        where, params = self._where(flt)
        return self.db.execute(f"SELECT count(*) FROM entries e{where}", params).fetchone()[0]

    def _search_fact(self, kind: str, text: str, sql: str, *extra) -> int:
        """A number about a search, remembered until the next write (a few searches at most)."""
        query = fts_query(text)
        cache = self.__dict__.setdefault("_search_facts", {})
        if (kind, query) not in cache:
            if len(cache) > 64:
                cache.clear()
            cache[kind, query] = self.db.execute(sql, [query, *extra]).fetchone()[0]
        return cache[kind, query]

    def _text_hits(self, text: str) -> int:
        """How many entries match the words (FTS5 counts from its index)."""
        return self._search_fact("hits", text, "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?")

    def _many_hits(self, text: str) -> bool:
        """Whether the words match more than COMMON_MATCHES entries; stops counting there (cheap)."""
        sql = "SELECT count(*) FROM (SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT ?)"
        return self._search_fact("many", text, sql, COMMON_MATCHES + 1) > COMMON_MATCHES

    def _newest_matches(self, text: str, limit: int) -> list | None:
        """The first page of a words-only search that matches many entries, without collecting
        every match: FTS5 hands out the most recently written matches cheaply, and entries are
        mostly written in date order. Returns None when that shortcut cannot prove its page is
        exactly the newest by date (then the general query runs)."""
        query = fts_query(text)
        fetch = limit * 3
        candidates = [
            r[0]
            for r in self.db.execute(
                "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid DESC LIMIT ?", [query, fetch]
            )
        ]
        if len(candidates) < fetch:
            return None
        page = self.db.execute(
            f"SELECT {ROW_COLUMNS} FROM entries"
            f" WHERE id IN ({','.join('?' * len(candidates))}) ORDER BY occurred_at DESC, id DESC LIMIT ?",
            [*candidates, limit],
        ).fetchall()
        if len(page) < limit:
            return None
        # Every match written after min(candidates) is a candidate. An earlier-written entry dated
        # at or after the page's last row could belong on the page: if there is any, give up.
        earlier_but_newer = self.db.execute(
            "SELECT 1 FROM entries WHERE occurred_at >= ? AND id < ? LIMIT 1", [page[-1][2], min(candidates)]
        ).fetchone()
        return None if earlier_but_newer else page

    @_reads
    def rows(self, flt: EntryFilter | None = None, offset: int = 0, limit: int = 200) -> list[EntryRow]:
        """One page of the list, newest first. Only the columns a list row shows."""
        flt = flt or EntryFilter()
        if offset == 0 and flt.text.strip() and flt == EntryFilter(text=flt.text) and self._many_hits(flt.text):
            page = self._newest_matches(flt.text, limit)
            if page is not None:
                return [_entry_row(r) for r in page]
        where, params = self._where(flt)
        index = ""
        if flt.text.strip() and self._many_hits(flt.text):
            # Many matches: walk the date index newest first and stop after one page, instead of
            # looking up and sorting every match (35 ms to 5 ms for a common word in 100,000 entries).
            index = (
                " INDEXED BY idx_entries_child_id_occurred_at"
                if flt.child_id is not None
                else (" INDEXED BY idx_entries_occurred_at")
            )
        sql = (
            f"SELECT {ROW_COLUMNS} FROM entries e{index}{where} ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?"
        )
        return [_entry_row(r) for r in self.db.execute(sql, [*params, limit, offset]).fetchall()]

    @_reads
    def row(self, entry_id: int) -> EntryRow:
        r = self.db.execute(f"SELECT {ROW_COLUMNS} FROM entries WHERE id = ?", [entry_id]).fetchone()
        return _entry_row(r)

    @_reads
    def tags(self) -> list[str]:
        sql = "SELECT DISTINCT value FROM entries, json_each(entries.tags) ORDER BY value COLLATE NOCASE"
        return [r[0] for r in self.db.execute(sql).fetchall()]

    @_reads
    def conversations(self, child_id: int) -> dict[str, tuple[datetime, str]]:
        """Guide module id -> when it was last talked about with this child, and for which age band."""
        # SQLite returns the other columns from the row that holds max() (a documented guarantee).
        sql = (
            "SELECT json_extract(details, '$.module'), max(occurred_at), json_extract(details, '$.band')"
            " FROM entries WHERE kind = 'conversation' AND child_id = ? GROUP BY 1"
        )
        return {
            r[0]: (datetime.fromisoformat(r[1]), r[2] or "")
            for r in self.db.execute(sql, [child_id]).fetchall()
            if r[0]
        }

    @_reads
    def latest_snapshot(self, module_id: str, child_id: int | None, before_id: int | None = None) -> Entry | None:
        """The newest checklist snapshot of this checklist for this child, for comparison."""
        sql = (
            "SELECT id FROM entries WHERE kind = 'snapshot' AND json_extract(details, '$.module') = ?"
            " AND child_id IS ? AND (? IS NULL OR id != ?) ORDER BY occurred_at DESC, id DESC LIMIT 1"
        )
        found = self.db.execute(sql, [module_id, child_id, before_id, before_id]).fetchone()
        return self.entry(found[0]) if found else None

    def iter_entries(self, flt: EntryFilter | None = None) -> Iterator[Entry]:
        """Full entries, oldest first (for a timeline or a report)."""
        for entry_id in self._entry_ids(flt or EntryFilter()):
            yield self.entry(entry_id)

    @_reads
    def _entry_ids(self, flt: EntryFilter) -> list[int]:
        where, params = self._where(flt)
        sql = f"SELECT e.id FROM entries e{where} ORDER BY e.occurred_at, e.id"
        return [r[0] for r in self.db.execute(sql, params).fetchall()]

    # -- copies --------------------------------------------------------------

    def copy_database_to(self, target: Path) -> None:
        """A consistent, still-encrypted copy (same key) via VACUUM INTO, never a raw file copy."""
        target.unlink(missing_ok=True)
        self.db.execute("VACUUM INTO ?", [str(target)])


COMMON_MATCHES = 2000  # above this many search hits, rows() walks the date index (measured, benchmarks/journal.py)


def fts_query(text: str) -> str:
    """User words to an FTS5 query: each word quoted (no operators), all words required, and the
    last word matched as a prefix because it may still be being typed (cheaper than every word)."""
    words = [w.replace('"', "") for w in text.split()]
    words = [w for w in words if w]
    return " ".join([*(f'"{w}"' for w in words[:-1]), *(f'"{w}"*' for w in words[-1:])])


def _migrate(db, folder: Path, backup: bool) -> None:
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
