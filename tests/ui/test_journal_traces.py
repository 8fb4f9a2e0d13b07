"""Memory and traces: SQLCipher wipes freed memory, and file dialogs leave no folder history.
The logic without Qt is tested in tests/core/test_journal_traces.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from family_guide.ui.file_dialogs import qt_file_dialog_settings
from tests.ui.conftest import on_modal
from tests.ui.test_journal_ui import open_journal_section


@pytest.fixture
def qt_settings_folder(tmp_path):
    """Qt's file-dialog settings in a scratch folder, never the real user's QtProject.conf."""
    folder = tmp_path / "qt-config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    real = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, real)


def test_backup_and_restore_dialogs_leave_no_folder_in_qtproject_conf(
    qtbot, window, context, journal, tmp_path, qt_settings_folder, monkeypatch
):
    before = qt_file_dialog_settings()
    before.setValue("FileDialog/lastVisited", "file:///somewhere/else")
    before.sync()
    hidden = tmp_path / "hidden-backups"
    hidden.mkdir()
    target = hidden / "mine.fgbackup"
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page = open_journal_section(qtbot, window)

    def choose(path: Path):
        def pick(dialog):
            dialog.setDirectory(str(path.parent))
            dialog.selectFile(str(path))
            dialog.accept()

        return pick

    on_modal(choose(target), QFileDialog)
    page.make_backup()
    assert target.exists()  # the real dialog was used
    on_modal(lambda dialog: dialog.reject(), QFileDialog)
    page.restore_backup()
    conf = "\n".join(p.read_text(errors="replace") for p in qt_settings_folder.rglob("*") if p.is_file())
    assert conf  # Qt wrote its settings there, so the check below means something
    assert "hidden-backups" not in conf
    after = qt_file_dialog_settings()
    assert after.value("FileDialog/lastVisited") == "file:///somewhere/else"
    assert not after.contains("FileDialog/history")
