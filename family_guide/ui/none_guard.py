"""Keep Python's None alive under PySide6 6.12.0 on Python 3.11.

Measured here (2026-12-03): with PySide6/shiboken6 6.12.0 on CPython 3.11.7, every call to a Qt
method that returns nothing (QLabel.setText, QPainter.save, QWidget.update, ...) drops one
reference to None without taking one. After about 5,000 such calls None's count reaches zero and
the interpreter aborts ("Fatal Python error: none_dealloc"). Python 3.12 made None immortal, so it
is only a problem on 3.11, but a 90-minute workshop repaints slides and clocks far more often than
that. ``top_up()`` holds extra references whenever the count runs low; it costs 8 bytes per leaked
reference, about what the leak itself would cost, and does nothing where None is immortal.
tests/test_workshop_ui.py has a test that shows whether the leak is still there.
"""

from __future__ import annotations

import sys

FLOOR = 200_000  # top up below this many references
BATCH = 1_000_000
_held: list[tuple[None, ...]] = []


def top_up() -> int:
    """Make sure None has at least FLOOR references; returns how many it has."""
    count = sys.getrefcount(None)
    if count < FLOOR and sys.version_info < (3, 12):
        import ctypes

        ballast = (None,) * BATCH
        # Never freed, not even when the interpreter shuts down: freeing it would hand back the
        # references the leak has already spent, and None would reach zero during the shutdown.
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(ballast))
        _held.append(ballast)
        count = sys.getrefcount(None)
    return count
