"""The installers' scripts: the Linux tarball (built here), and the Windows, macOS and CI files
(which cannot run here) checked for what the issue asks of them."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml

from family_guide import APP_ID, APP_NAME, APP_ORG, __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the app icon's PNGs (tools/make_app_icon.py)


def _build_module():
    sys.path.insert(0, str(PACKAGING))
    import build

    return build


def check_tarball(archive: Path, into: Path) -> None:
    """The tarball holds the app, an executable launcher and install script, and desktop files
    that pass desktop-file-validate and appstreamcli (when installed: CI installs both)."""
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        assert all(m.uid == 0 and not m.uname for m in members.values())  # nothing about the build machine
        assert all(name == "family-guide" or name.startswith("family-guide/") for name in members)
        for executable in ("family-guide/family-guide", "family-guide/install.sh"):
            assert members[executable].mode & stat.S_IXUSR, executable
        tar.extractall(into, filter="data")
    share = into / "family-guide" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert desktop.is_file() and metainfo.is_file()
    assert f"\nIcon={APP_ID}\n" in desktop.read_text(encoding="utf-8")  # the theme icon below, by name
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), size
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for command in (["desktop-file-validate", str(desktop)], ["appstreamcli", "validate", "--no-net", str(metainfo)]):
        if shutil.which(command[0]):
            result = subprocess.run(command, capture_output=True, text=True, timeout=60)
            assert result.returncode == 0, result.stdout + result.stderr


def test_the_linux_tarball_holds_the_bundle_and_valid_desktop_files(tmp_path):
    bundle = tmp_path / "dist" / "family-guide"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "family-guide").write_text("#!/bin/sh\necho fake app\n")
    (bundle / "family-guide").chmod(0o755)
    (bundle / "_internal" / "lib.so").write_bytes(b"\0")
    archive = _build_module().make_tarball(bundle, tmp_path)
    assert archive.name == f"family-guide-{__version__}-linux-{os.uname().machine}.tar.gz"
    check_tarball(archive, tmp_path / "unpacked")


@pytest.mark.skipif(not shutil.which("sh"), reason="needs a POSIX shell")
def test_the_windows_installer_is_per_user_keeps_the_journal_by_default_and_finds_it_where_the_app_does(monkeypatch):
    from platformdirs import windows

    script = (PACKAGING / "windows" / "family-guide.iss").read_bytes()
    assert script.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with a BOM
    text = script.decode("utf-8")
    assert "\nPrivilegesRequired=lowest\n" in text and "PrivilegesRequiredOverridesAllowed" not in text
    assert 'Name: "{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in text  # the Start-menu entry
    assert f'#define AppVersion "{__version__}"' in text
    # The journal folder in the script is the one platformdirs gives the app on Windows.
    monkeypatch.setattr(windows, "get_win_folder", lambda name: {"CSIDL_LOCAL_APPDATA": "{localappdata}"}[name])
    data_dir = windows.Windows(APP_NAME, APP_ORG, roaming=False).user_data_dir.replace("/", "\\")
    assert f'#define UserDataDir "{data_dir}"' in text
    dirs = windows.Windows(APP_NAME, APP_ORG, roaming=False)
    assert dirs.user_config_dir.replace("/", "\\") == data_dir
    assert dirs.user_cache_dir.replace("/", "\\").startswith(data_dir + "\\")  # removed with it, if asked
    # Keep is the first (default) answer; removal needs a second warning whose default is No;
    # a silent uninstall never deletes it.
    assert "MB_YESNO or MB_DEFBUTTON1) = IDYES then\n    Exit;" in text
    assert "RemoveJournalWarning'), mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES" in text
    assert "or UninstallSilent or" in text
    assert "english.RemoveJournalWarning=" in text and "spanish.RemoveJournalWarning=" in text
    # The app icon on the setup program, and in Apps & features through the installed .exe, which
    # PyInstaller gives the same .ico (the spec's EXE icon on Windows).
    setup_icon = next(line for line in text.splitlines() if line.startswith("SetupIconFile="))
    path = (PACKAGING / "windows" / setup_icon.split("=", 1)[1].replace("\\", "/")).resolve()
    assert path == PACKAGING / "icons" / f"{APP_ID}.ico" and path.read_bytes()[:4] == b"\0\0\1\0"
    assert "\nUninstallDisplayIcon={app}\\{#AppExe},0\n" in text
    spec = (PACKAGING / "family_guide.spec").read_text()
    assert '"win32": ICONS / f"{APP_ID}.ico"' in spec and 'icon=str(APP_ICON) if sys.platform == "win32"' in spec


def test_the_macos_bundle_has_the_plist_it_needs_and_no_permission_requests():
    sys.path.insert(0, str(PACKAGING / "macos"))
    from info_plist import info_plist

    plist = info_plist(__version__)
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] >= "12.0"
    assert not [key for key in plist if key.endswith("UsageDescription")]
    spec = (PACKAGING / "family_guide.spec").read_text()
    assert "bundle_identifier=APP_ID" in spec and "info_plist=info_plist(__version__)" in spec
    # The .app's icon: a committed .icns, so the mac build needs no Pillow to convert a PNG.
    assert '"darwin": ICONS / f"{APP_ID}.icns"' in spec and "        icon=str(APP_ICON)," in spec
    assert (PACKAGING / "icons" / f"{APP_ID}.icns").read_bytes()[:4] == b"icns"
    dmg = (PACKAGING / "macos" / "make-dmg.sh").read_text()
    assert "hdiutil create" in dmg and "--self-test" in dmg
    assert subprocess.run(["sh", "-n", str(PACKAGING / "macos" / "make-dmg.sh")]).returncode == 0


def test_the_ci_workflow_builds_tests_and_uploads_on_three_systems():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "build.yml").read_text())
    job = workflow["jobs"]["build"]
    assert job["strategy"]["matrix"]["os"] == ["windows-latest", "macos-latest", "ubuntu-latest"]
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "pytest" in runs and "packaging/build.py" in runs and "--self-test" in runs
    assert "iscc" in runs and "make-dmg.sh" in runs and "desktop-file-validate" in runs
    upload = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/upload-artifact"))
    assert (
        "setup.exe" in upload["with"]["path"]
        and ".dmg" in upload["with"]["path"]
        and ".tar.gz" in upload["with"]["path"]
    )
