"""The installed and frozen app carry every resource and compiled translation and pass --self-test.
The logic without Qt is tested in tests/core/test_install.py."""

from __future__ import annotations


def test_app_start_with_a_missing_resource_folder_shows_a_message(monkeypatch, tmp_path, qapp):
    from PySide6.QtWidgets import QMessageBox

    from family_guide.ui import app

    shown = []
    monkeypatch.setenv("FAMILY_GUIDE_RESOURCE_ROOT", str(tmp_path / "nowhere"))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app.run_app([]) == 1
    assert "content folder is missing" in shown[0] and "reinstall" in shown[0]
