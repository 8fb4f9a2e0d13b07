"""Build the one-folder app with PyInstaller and prove it works with its own --self-test.

    python packaging/build.py            # -> dist/family-guide/family-guide[.exe]

Needs the build extra:  pip install -e '.[build]'
"""

from __future__ import annotations

import os
import subprocess
import sys
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


if __name__ == "__main__":
    executable = build()
    print(f"built {executable} ({folder_size_mb(executable.parent):.0f} MB)")
    raise SystemExit(self_test(executable))
