"""Qt's own standard words (OK, Cancel, Close...) appear in every UI language, Hindi included."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

Buttons = QDialogButtonBox.StandardButton


@pytest.mark.parametrize(("language", "ok", "cancel"), [("hi", "ठीक है", "रद्द करें"), ("ar", "حسنًا", "ألغِ")])
def test_standard_buttons_speak_the_users_language(qtbot, context, language, ok, cancel):
    context.set_language(language)
    box = QDialogButtonBox(Buttons.Ok | Buttons.Cancel | Buttons.Close)
    qtbot.addWidget(box)
    assert box.button(Buttons.Ok).text() == ok and box.button(Buttons.Cancel).text() == cancel
    assert box.button(Buttons.Close).text() != "Close"
    message = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert "Yes" not in message.button(QMessageBox.StandardButton.Yes).text()
