"""Write a file so that a crash leaves either the old or the new version, never half of one.

``replacing()`` is the one way the app replaces a file it writes (the journal's key file,
backups, PDF reports): the new version goes to a temporary file in the same folder, is
flushed to disk, renamed over the old one, and the folder itself is flushed so the rename
survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(path: Path, mode: int = 0o600) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to write the new version to. On a clean exit it is
    fsynced, given ``mode`` and renamed over ``path``; on an error it is removed and ``path`` is
    untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    with replacing(path, mode) as tmp:
        tmp.write_bytes(data)


def _fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no directory handles for this)."""
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
