"""Size of the frozen one-folder app against a trimmed PyInstaller hello world, built in one run.

    python benchmarks/frozen_size.py [--keep DIR] [--top 30] [--only app|hello]

Target (issue 16): the app at most 1.3x the hello world. Both are built by the same PyInstaller
from the same venv. The hello world is a PySide6 QMainWindow + QLabel, trimmed of the Qt parts a
QtWidgets program never loads (QML/Quick, network, PDF, OpenGL, the virtual keyboard, the GTK3
platform theme, Qt translations other than qtbase): the 108 MB baseline of the issue. It keeps
ICU, which QtCore links on Linux. Prints both sizes, the ratio and the app's largest files.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "packaging"))

HELLO = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.show()
if "--quit" in sys.argv:
    sys.exit(0)
sys.exit(app.exec())
"""

# The hello world's trim is fixed here (not shared with the app's spec), so the baseline stays
# the same while the app's own spec is trimmed further.
HELLO_SPEC = r"""
import re
DROP = re.compile(
    r"Qt6(Quick|Qml|QmlModels|QmlMeta|QmlWorkerScript|VirtualKeyboard|Pdf|Network|OpenGL|Designer|Test)"
    r"|platforminputcontexts|qmltooling|/qml/|networkinformation|tls/|translations/(?!qtbase_)"
    r"|platformthemes/libqgtk3|libgtk-3|libgdk-3|libcairo|libpango|libatk|libgdk_pixbuf|libepoxy",
    re.IGNORECASE,
)
a = Analysis([HELLO], excludes=["tkinter", "unittest", "pydoc"])
a.binaries = [e for e in a.binaries if not DROP.search(e[0].replace("\\", "/"))]
a.datas = [e for e in a.datas if not DROP.search(e[0].replace("\\", "/"))]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="hello", console=True, upx=False, strip=STRIP)
coll = COLLECT(exe, a.binaries, a.datas, name="hello", upx=False, strip=STRIP)
"""


def folder_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def build_hello(dist: Path, work: Path) -> Path:
    script = work / "hello.py"
    work.mkdir(parents=True, exist_ok=True)
    script.write_text(textwrap.dedent(HELLO), encoding="utf-8")
    spec = work / "hello.spec"
    strip = sys.platform != "win32"
    spec.write_text(f"HELLO = {str(script)!r}\nSTRIP = {strip}\n" + HELLO_SPEC, encoding="utf-8")
    options = [
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyi"),
    ]
    subprocess.run([sys.executable, "-m", "PyInstaller", *options, str(spec)], check=True)
    return dist / "hello"


def largest(folder: Path, top: int) -> list[tuple[float, str]]:
    """The largest files and first-level folders under _internal (a du of the bundle)."""
    internal = folder / "_internal"
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(internal).as_posix()
            sizes[rel] = path.lstat().st_size
    return sorted(((size / 1e6, rel) for rel, size in sizes.items()), reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temporary one)")
    parser.add_argument("--top", type=int, default=30, help="how many of the app's largest files to list")
    parser.add_argument("--only", choices=("app", "hello"), help="build only one of the two")
    args = parser.parse_args()
    import build  # packaging/build.py

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        hello_mb = app_mb = None
        if args.only != "app":
            hello = build_hello(root / "dist", root / "work-hello")
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            subprocess.run([str(hello / "hello"), "--quit"], env=env, check=True, timeout=120)
            hello_mb = folder_mb(hello)
            print(f"hello world: {hello_mb:.1f} MB")
        if args.only != "hello":
            exe = build.build(dist=root / "dist", work=root / "work-app")
            app_mb = folder_mb(exe.parent)
            print(f"Family Guide: {app_mb:.1f} MB")
            for size, rel in largest(exe.parent, args.top):
                print(f"  {size:7.1f} MB  {rel}")
        if hello_mb and app_mb:
            print(f"ratio: {app_mb / hello_mb:.2f}x (target: at most 1.3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
