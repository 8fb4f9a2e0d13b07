"""Opening the journal's SQLCipher database, and cheap checks of its file.

Durability rules (docs/security-and-reliability in the team notes): WAL with
synchronous=FULL, so an acknowledged write survives a crash or power loss; every
multi-step write inside ``db.atomic()`` (``with db.conn`` is not atomic in sqlite-utils 4);
secure_delete plus a TRUNCATE checkpoint after deletes and on close, so deleted text does
not linger in the -wal file; temp_store=MEMORY so sorting never spills text to disk.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from family_guide.core.journal.errors import JournalDamaged, JournalWriteFailed
from family_guide.core.journal.search_words import search_text

if TYPE_CHECKING:  # sqlite-utils is imported when the journal is opened, not at start-up
    from sqlite_utils import Database

P = ParamSpec("P")
R = TypeVar("R")

DB_NAME = "journal.db"
KEYS_NAME = "journal.keys"
BACKUP_FOLDER = "backups"
PAGE_SIZE = 4096  # SQLCipher 4's default page size; every whole database file is a multiple of it
# Decrypted pages kept in memory per connection (see _connect). 8 MB, not 32: at 100,000 entries
# the app with the journal open used +35 MB instead of +60 MB, and search and scrolling stayed
# within the run's noise (docs/performance.md, "Where the memory goes").
PAGE_CACHE_KIB = 8192
MEMORY_SECURITY = "ON"  # SQLCipher's cipher_memory_security (see _connect; benchmarks/journal.py compares)


@contextlib.contextmanager
def _writing(db: Database) -> Iterator[None]:
    """One transaction; any database error becomes JournalWriteFailed after the rollback."""
    import sqlcipher3

    try:
        with db.atomic():
            yield
    except sqlcipher3.Error as error:
        raise JournalWriteFailed(str(error)) from error


def _reads(method: Callable[P, R]) -> Callable[P, R]:
    """A read that meets a damaged page raises JournalDamaged (the UI's damaged-journal message)
    instead of a database error that would leave an empty list and no word."""

    @functools.wraps(method)
    def read(*args: P.args, **kwargs: P.kwargs) -> R:  # args[0] is the journal (self)
        import sqlcipher3

        try:
            return method(*args, **kwargs)
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


def _connect(path: Path, key: bytes) -> Database:
    import sqlcipher3
    from sqlite_utils import Database

    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    # The search index's triggers fold each text with this (schema migration 0005): every
    # connection that writes entries must have it, so it is registered here, the one way in.
    conn.create_function("fg_search_text", 1, search_text, deterministic=True)
    try:
        # SQLCipher wipes (and locks out of swap) the memory it frees: decrypted pages, not only
        # key material. Measured cost (benchmarks/journal.py, 2 busy cores): reading a cold
        # 100,000-entry journal (first screen and a search right after unlocking) went from
        # 0.33 s to 5.3 s (in proportion, some 50 ms at 1,000). Kept on as issue 11 asks; to trade it
        # back, change ON to OFF here (the one place it is set).
        conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here on a wrong key or damage
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 5000")
        # SQLCipher decrypts each page it reads; a larger cache keeps decrypted pages of a big
        # journal in memory (PAGE_CACHE_KIB at most), so searching and scrolling do not decrypt again.
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
    except sqlcipher3.DatabaseError as error:
        conn.close()
        raise JournalDamaged(str(error)) from error
    # execute_plugins=False: never let an installed sqlite-utils plugin touch the journal.
    return Database(conn, execute_plugins=False)


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
