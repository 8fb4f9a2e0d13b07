"""One running Family Guide per user account.

Two windows on one journal could overwrite each other's words, so a second start says the app
is already open and leaves. An operating-system file lock (flock on POSIX, a byte-range lock on
Windows) is released by the kernel when the process ends, even after a crash, so a stale lock
never blocks the next start. It costs well under a millisecond (QLockFile took about 6 ms of
start-up).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


def acquire(folder: Path) -> IO | None:
    """Hold the lock; return the open file that holds it (keep it open), or None if already held."""
    folder.mkdir(parents=True, exist_ok=True)
    # Read and write, not append: the pid is written over the last one. Emptying the file and writing it
    # again freed and re-allocated its disk block each start, 2-5 ms before the first paint (ext4 mounted
    # with discard); a file cut within its block frees nothing.
    fd = os.open(folder / "family-guide.lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    handle = os.fdopen(fd, "r+b")  # held open for the app's lifetime
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    handle.seek(0)
    handle.write(str(os.getpid()).encode())
    handle.truncate()  # what is left of a longer pid
    handle.flush()
    return handle
