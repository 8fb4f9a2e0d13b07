"""The user's folders: found without platformdirs on Linux and the BSDs, exactly where it puts them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from family_guide import APP_NAME, APP_ORG
from family_guide.paths import AppPaths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders of Linux")

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def platformdirs_paths() -> AppPaths:
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, APP_ORG, roaming=False)
    return AppPaths(
        Path(dirs.user_config_dir), Path(dirs.user_data_dir), Path(dirs.user_log_dir), Path(dirs.user_cache_dir)
    )


@pytest.mark.parametrize(
    "environment",
    [
        {},  # the defaults under the home folder
        {name: f"/xdg/{name.lower()}" for name in XDG},
        {"XDG_CONFIG_HOME": "/xdg/config/", "XDG_DATA_HOME": "", "XDG_STATE_HOME": "/xdg//state"},
        {"XDG_DATA_HOME": "relative/data"},  # not absolute: left to platformdirs, whose versions differ here
        {"HOME": "relative-home"},
    ],
)
def test_the_users_folders_are_where_platformdirs_puts_them(monkeypatch, tmp_path, environment):
    monkeypatch.delenv("FAMILY_GUIDE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert AppPaths.from_platform() == platformdirs_paths()


def test_finding_the_users_folders_does_not_import_platformdirs(tmp_path):
    """platformdirs takes 5-10 ms to import, before the first paint."""
    code = (
        "import os, sys\n"
        "os.environ.pop('FAMILY_GUIDE_HOME', None)\n"
        f"os.environ['HOME'] = {str(tmp_path)!r}\n"
        "from family_guide.paths import AppPaths\n"
        "print(AppPaths.from_platform().config_dir, 'platformdirs' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(tmp_path / ".config" / APP_NAME), "False"]
