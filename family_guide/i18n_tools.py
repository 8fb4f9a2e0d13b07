"""Keep UI translations up to date and compile them (used by developers and the build).

    python -m family_guide.i18n_tools update    # refresh translations/*.ts from the code
    python -m family_guide.i18n_tools release   # compile translations/*.ts to .qm beside them

The build (hatch_build.py) and the PyInstaller spec call ``release`` themselves, so the
compiled .qm files are never committed. Runs without a display and imports no Qt module.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "translations"
APP_PREFIX = "family_guide"
# Languages with a full UI translation. "en" holds only plural forms (Qt's advice).
LANGUAGES = ("es", "hi", "ar")


def _tool(name: str) -> str:
    """Find a Qt Linguist tool inside the installed PySide6 wheel, else on PATH."""
    import importlib.util
    import shutil

    spec = importlib.util.find_spec("PySide6")
    if spec and spec.origin:
        folder = Path(spec.origin).parent
        for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"Cannot find Qt's {name} tool: install PySide6-Essentials.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "family_guide").rglob("*.py"))


def update() -> None:
    import subprocess

    files = [str(TRANSLATIONS / f"{APP_PREFIX}_{lang}.ts") for lang in LANGUAGES]
    subprocess.run(
        [_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", *files], cwd=REPO, check=True
    )
    plurals = str(TRANSLATIONS / f"{APP_PREFIX}_en.ts")
    subprocess.run(
        [_tool("lupdate"), "-locations", "none", "-pluralonly", *sources(), "-ts", plurals], cwd=REPO, check=True
    )


def release(source_dir: Path = TRANSLATIONS, out_dir: Path | None = None) -> list[Path]:
    import subprocess

    out_dir = out_dir or source_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source_dir.glob(f"{APP_PREFIX}_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        for qm in release():
            print(qm)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
