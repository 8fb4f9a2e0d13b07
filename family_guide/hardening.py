"""Process hardening for a journal full of plaintext while unlocked (after KeePassXC's Bootstrap).

No core dumps (a crash must not write the journal's text to disk), and on Linux the process is
not "dumpable", so other programs of the same user cannot read its memory with ptrace. This
does not stop an administrator; the app says so where the lock is explained.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    if sys.platform == "win32":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
