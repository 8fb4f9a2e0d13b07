"""The Qt binding itself: defects in PySide6 that would crash the app in a long session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_pythons_none_alive(qapp):
    """PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to None per such call, and
    the interpreter aborted ("none_dealloc") after about 5,000: a parent reading guides for an
    hour would lose their unsaved words. pyproject.toml keeps that release out; this catches it.
    (From Python 3.12 None is immortal and its count does not move, so the test holds there too.)"""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) >= before - 10  # a little slack for the interpreter's own churn
