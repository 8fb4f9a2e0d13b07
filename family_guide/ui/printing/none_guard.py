"""A guard for a PySide6 6.12 bug on Python 3.11: every call of a Qt method that returns nothing
drops one reference to None that it never took (Python 3.12 made None immortal, so the binding
no longer counts it). After a few thousand such calls Python frees None and aborts, usually when
the process exits ("Fatal Python error: none_dealloc").

Printing makes thousands of these calls (one small document per paragraph), so before each
print run we hold a reserve of references to None, topped up when it runs low. Remove this when
the app moves to Python 3.12 or PySide6 counts None again (check with
``sys.getrefcount(None)`` around a loop of ``QLabel.setText``).
"""

from __future__ import annotations

import sys

_LOW = 200_000  # far more than one print run uses (about 2,000 calls for a two-page handout)
_TOP_UP = 1_000_000  # 8 MB of list slots


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.getrefcount(None) >= _LOW:
        return
    import ctypes

    reserve = [None] * _TOP_UP
    # Leaked on purpose: if the list were freed when the interpreter shuts down, its references
    # would go and the abort would come back at exit.
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(reserve))
