"""Build the one-folder app with PyInstaller and prove it works with its own --self-test.

    python packaging/build.py            # -> dist/family-guide/family-guide[.exe]
    python packaging/build.py --tarball  # Linux: also dist/family-guide-<version>-linux-<arch>.tar.gz

The installers for Windows (packaging/windows) and macOS (packaging/macos) start from the same
one-folder build; docs/installing.md says how each is made and signed.

Needs the build extra:  pip install -e '.[build]'
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(dist: Path = ROOT / "dist", work: Path = ROOT / "build" / "pyinstaller") -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "family_guide.spec"),
        ],
        check=True,
    )
    exe = dist / "family-guide" / ("family-guide.exe" if os.name == "nt" else "family-guide")
    if not exe.exists():
        raise SystemExit(f"the build did not produce {exe}")
    return exe


def self_test(exe: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(exe), "--self-test"], env=env, timeout=300).returncode


def folder_size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


APP_ID = "org.familyguide.FamilyGuide"
APP_ICON_DIR = ROOT / "resources" / "icons" / "app"
# What the tarball adds to the one-folder bundle, and where: the desktop entry, AppStream
# metainfo and the app icon (the hicolor theme's sizes and a scalable SVG, all made by
# tools/make_app_icon.py) in the usual share/ layout, and a per-user install script.
DESKTOP_FILES = {
    ROOT / "packaging" / f"{APP_ID}.desktop": f"share/applications/{APP_ID}.desktop",
    ROOT / "packaging" / f"{APP_ID}.metainfo.xml": f"share/metainfo/{APP_ID}.metainfo.xml",
    APP_ICON_DIR / f"{APP_ID}.svg": f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    **{
        png: f"share/icons/hicolor/{png.stem}x{png.stem}/apps/{APP_ID}.png"
        for png in sorted((APP_ICON_DIR / "png").glob("*.png"), key=lambda p: int(p.stem))
    },
    ROOT / "packaging" / "linux" / "install.sh": "install.sh",
    ROOT / "packaging" / "linux" / "README.txt": "README.txt",
}


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from family_guide import __version__

    return __version__


def make_tarball(bundle: Path, out_dir: Path) -> Path:
    """``family-guide-<version>-linux-<arch>.tar.gz`` holding ``family-guide/`` (the bundle plus the
    files above). Owners and times are normalised, so the archive says nothing about the build machine."""
    out = out_dir / f"family-guide-{version()}-linux-{platform.machine()}.tar.gz"

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = 0
        return info

    # gzip level 6, not tarfile's 9: about twice as fast on the 170 MB bundle, and 1-2% larger.
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="family-guide", filter=clean)
        for source, target in DESKTOP_FILES.items():
            tar.add(source, arcname=f"family-guide/{target}", filter=clean)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Build the one-folder Family Guide app")
    parser.add_argument("--tarball", action="store_true", help="also make the Linux .tar.gz (after the self-test)")
    args = parser.parse_args()
    executable = build()
    print(f"built {executable} ({folder_size_mb(executable.parent):.0f} MB)")
    result = self_test(executable)
    if result == 0 and args.tarball:
        print(f"made {make_tarball(executable.parent, executable.parent.parent)}")
    raise SystemExit(result)
