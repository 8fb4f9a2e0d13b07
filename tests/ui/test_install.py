"""The installed and frozen app carry every resource and compiled translation and pass --self-test.
The logic without Qt is tested in tests/core/test_install.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("family_guide-*.whl"))


def test_app_start_with_a_missing_resource_folder_shows_a_message(monkeypatch, tmp_path, qapp):
    from PySide6.QtWidgets import QMessageBox

    from family_guide.ui import app

    shown = []
    monkeypatch.setenv("FAMILY_GUIDE_RESOURCE_ROOT", str(tmp_path / "nowhere"))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app.run_app([]) == 1
    assert "content folder is missing" in shown[0] and "reinstall" in shown[0]
