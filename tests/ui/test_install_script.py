"""The Linux install script, run here on a fake bundle: it installs for the user, puts the icon where
the desktop's icon theme finds it (asked of Qt's own theme lookup, hence a Qt test) and removes only
its own files."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from family_guide import APP_ID, APP_NAME
from tests.core.test_installers import ICON_SIZES, REPO, _build_module, check_tarball


def test_the_linux_install_script_installs_for_the_user_and_removes_without_touching_the_journal(tmp_path, qapp):
    build = _build_module()
    bundle = tmp_path / "dist" / "family-guide"
    bundle.mkdir(parents=True)
    (bundle / "family-guide").write_text("#!/bin/sh\necho fake app\n")
    (bundle / "family-guide").chmod(0o755)
    check_tarball(build.make_tarball(bundle, tmp_path), tmp_path / "unpacked")
    home = tmp_path / "home"
    journal = home / ".local" / "share" / APP_NAME / "journal"
    journal.mkdir(parents=True)
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    hicolor = home / ".local" / "share" / "icons" / "hicolor"
    other_app = hicolor / "48x48" / "apps" / "org.example.Other.png"  # another app's icon in the same theme
    other_app.parent.mkdir(parents=True)
    other_app.write_bytes(b"other")
    subprocess.run(["sh", str(tmp_path / "unpacked" / "family-guide" / "install.sh")], env=env, check=True, timeout=60)
    app = home / ".local" / "share" / "family-guide"
    entry = (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{app}/family-guide"' in entry
    assert (
        subprocess.run([str(home / ".local" / "bin" / "family-guide")], capture_output=True, text=True).stdout
        == "fake app\n"
    )
    # The menu entry's Icon= name is found where the icon theme spec looks: $XDG_DATA_HOME/icons/hicolor.
    assert f"\nIcon={APP_ID}\n" in entry
    installed = {size: hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES}
    for size, path in installed.items():
        assert path.read_bytes() == (REPO / "resources" / "icons" / "app" / "png" / f"{size}.png").read_bytes()
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert _theme_icon_sizes(hicolor.parent) in (None, set(ICON_SIZES))
    subprocess.run(["sh", str(app / "install.sh"), "--remove"], env=env, check=True, timeout=60)
    assert not app.exists() and journal.is_dir()
    assert not [path for path in installed.values() if path.exists()]
    assert not (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert other_app.read_bytes() == b"other"  # only our own files go


def _theme_icon_sizes(user_icons: Path) -> set[int] | None:
    """The sizes Qt's freedesktop icon-theme lookup finds for the app's icon name in the user's icons
    folder, with the system's hicolor index.theme (the theme's folder list); None without one."""
    system = Path("/usr/share/icons")
    if not (system / "hicolor" / "index.theme").is_file():
        return None
    from PySide6.QtGui import QIcon

    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    try:
        QIcon.setThemeSearchPaths([str(user_icons), str(system)])
        QIcon.setThemeName("hicolor")
        return {size.width() for size in QIcon.fromTheme(APP_ID).availableSizes()}  # (the SVG counts as 128)
    finally:
        QIcon.setThemeSearchPaths(paths)
        QIcon.setThemeName(name)
