"""Encrypted backups of the journal, and restoring one.

A backup is a zip holding the key file and an encrypted copy of the database (made with
VACUUM INTO, never a raw file copy): opening it needs the passphrase or recovery key that
opened the journal when it was made. Backups are written atomically. Reading one treats it
as untrusted input: exact names only, sizes capped, nothing extracted by name.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from family_guide.core.atomic import replacing
from family_guide.core.journal.keys import KeyFile, KeyFileError
from family_guide.core.journal.store import (
    BACKUP_FOLDER,
    DB_NAME,
    KEYS_NAME,
    Journal,
    JournalDamaged,
    JournalError,
    _connect,
    _make_private,
    check_database_file,
    damaged_pages,
)

BACKUP_FORMAT = 1
BACKUP_SUFFIX = ".fgbackup"
MANIFEST = "backup.json"
MAX_DB_BYTES = 4 * 1024**3
MAX_SMALL_BYTES = 64 * 1024


class BackupError(JournalError):
    """The file is not a Family Guide backup, or it is damaged."""


def write_backup(journal: Journal, target: Path) -> None:
    """Write an encrypted backup to ``target``; the old file (if any) stays until the new one is complete."""
    target = Path(target)
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=journal.folder))  # inside the private folder
    try:
        copy = work / DB_NAME
        journal.copy_database_to(copy)
        manifest = {"format": BACKUP_FORMAT, "created": datetime.now().isoformat(timespec="seconds")}
        with replacing(target) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest))
            archive.write(journal.folder / KEYS_NAME, KEYS_NAME)
            archive.write(copy, DB_NAME)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _read_member(archive: zipfile.ZipFile, name: str, limit: int, out: Path | None = None) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise BackupError(f"the backup has no {name}") from None
    if info.file_size > limit:
        raise BackupError(f"{name} in the backup is too large")
    with archive.open(info) as source:
        if out is None:
            data = source.read(limit + 1)
            if len(data) > limit:
                raise BackupError(f"{name} in the backup is too large")
            return data
        with open(out, "wb") as sink:
            copied = 0
            while chunk := source.read(1 << 20):
                copied += len(chunk)
                if copied > limit:
                    raise BackupError(f"{name} in the backup is too large")
                sink.write(chunk)
    return b""


def backup_has_passphrase(backup: Path) -> bool:
    """Whether a passphrase protects the backup. Without one its key is inside it in plain form:
    the app must not call it encrypted, and warns before it replaces a protected journal."""
    try:
        with zipfile.ZipFile(backup) as archive:
            return KeyFile.from_bytes(_read_member(archive, KEYS_NAME, MAX_SMALL_BYTES)).has_passphrase
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError) as error:
        raise BackupError(f"this is not a Family Guide backup, or it is damaged ({error})") from error
    except KeyFileError as error:
        raise BackupError("the backup's key file is damaged") from error


def _check_staged_database(path: Path, key: bytes) -> None:
    """Refuse a backup whose database is empty, damaged, or not a journal at all: a restore
    must never replace the journal with an empty or broken one."""
    try:
        check_database_file(path)
        problem = damaged_pages(path, key)
        if problem:
            raise JournalDamaged(problem)
        db = _connect(path, key)
    except JournalDamaged as error:
        raise BackupError(f"the backup's database cannot be read ({error})") from error
    try:
        ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        is_journal = {"entries", "children"} <= set(db.table_names())
        db.execute("PRAGMA journal_mode = DELETE")  # leave no -wal beside the staged copy
    finally:
        db.close()
    if not ok:
        raise BackupError("the backup's database is damaged")
    if not is_journal:
        raise BackupError("the backup holds no journal")


def restore_backup(folder: Path, backup: Path, passphrase: str | None = None, recovery_key: str | None = None) -> Path:
    """Replace the journal in ``folder`` with the backup's. The secret must open the backup.

    The journal being replaced is kept in backups/ (its files are moved, not deleted), so a
    mistaken restore can be undone by hand. Returns where the old journal went."""
    _make_private(folder)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
    try:
        try:
            with zipfile.ZipFile(backup) as archive:
                manifest = json.loads(_read_member(archive, MANIFEST, MAX_SMALL_BYTES))
                if not isinstance(manifest, dict):
                    raise BackupError("this is not a Family Guide backup, or it is damaged (backup.json)")
                if manifest.get("format") != BACKUP_FORMAT:
                    raise BackupError("this backup was made by a newer version of Family Guide")
                keys = _read_member(archive, KEYS_NAME, MAX_SMALL_BYTES)
                _read_member(archive, DB_NAME, MAX_DB_BYTES, staging / DB_NAME)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError) as error:
            raise BackupError(f"this is not a Family Guide backup, or it is damaged ({error})") from error
        try:
            key_file = KeyFile.from_bytes(keys)
        except KeyFileError as error:
            raise BackupError("the backup's key file is damaged") from error
        try:
            key = key_file.unlock(passphrase, recovery_key)  # raises WrongSecret
        except KeyFileError as error:
            raise BackupError(f"the backup's key file is damaged ({error})") from error
        (staging / KEYS_NAME).write_bytes(keys)
        _check_staged_database(staging / DB_NAME, key)
        kept = folder / BACKUP_FOLDER / f"replaced-{datetime.now():%Y%m%d-%H%M%S}"
        kept.mkdir(parents=True, exist_ok=True)
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYS_NAME):
            if (folder / name).exists():
                os.replace(folder / name, kept / name)
        os.replace(staging / DB_NAME, folder / DB_NAME)
        os.replace(staging / KEYS_NAME, folder / KEYS_NAME)  # last: the journal is whole from here on
        for path in (folder / DB_NAME, folder / KEYS_NAME):
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
        return kept
    finally:
        shutil.rmtree(staging, ignore_errors=True)
