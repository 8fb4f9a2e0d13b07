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
# Languages with a UI translation, as the app names them: BCP-47 codes, the same as content files
# (pt-BR.yaml) and settings. "en" holds only plural forms (Qt's advice).
LANGUAGES = ("es", "hi", "ar", "pt-BR", "fr", "ur", "sw")


def file_code(language: str) -> str:
    """The language as Qt names translation files: "pt-BR" -> "pt_BR" (family_guide_pt_BR.ts,
    qtbase_pt_BR.qm); a code without a region stays as it is."""
    return language.replace("-", "_")


def language_code(file_code: str) -> str:
    """The app's language code of a translation file's suffix: "pt_BR" -> "pt-BR"."""
    return file_code.replace("_", "-")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{APP_PREFIX}_{file_code(language)}.ts"


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


# Plural forms per language, as Qt's lrelease expects them (Arabic has six; Brazilian Portuguese,
# French, Urdu and Swahili two, as Qt's plural rules for them say).
PLURAL_FORMS = {"en": 2, "es": 2, "hi": 2, "ar": 6, "pt-BR": 2, "fr": 2, "ur": 2, "sw": 2}


def update() -> None:
    import subprocess

    files = [ts_path(lang) for lang in (*LANGUAGES, "en")]
    saved = {path: _plural_forms(path) for path in files}
    # lupdate 6.11 skips a plural message whose count is not a literal (6.12's did not), so the
    # plural messages are found with Python's own parser and put back after it runs, forms kept.
    subprocess.run(
        [_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", *map(str, files)],
        cwd=REPO,
        check=True,
    )
    plurals = plural_messages()
    for path in files:
        _keep_plurals(path, saved[path], plurals, only_plurals=path.stem.endswith("_en"))


def plural_messages() -> list[tuple[str, str]]:
    """(context, source) of every translate(context, "...%n...", None, count) call in the code."""
    import ast

    found: dict[tuple[str, str], None] = {}
    for name in sources():
        tree = ast.parse((REPO / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 4:
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            context, source = node.args[0], node.args[1]
            if (
                called == "translate"
                and isinstance(context, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(source, ast.Constant)
                and isinstance(source.value, str)
                and "%n" in source.value
            ):
                found[(context.value, source.value)] = None
    return list(found)


def _plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """The translated plural forms already in a .ts file, by (context, source)."""
    import xml.etree.ElementTree as ET

    if not path.is_file():
        return {}
    forms = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            if message.get("numerus") == "yes" and any(texts):
                forms[(name, message.findtext("source") or "")] = texts
    return forms


def _keep_plurals(
    path: Path, saved: dict[tuple[str, str], list[str]], plurals: list[tuple[str, str]], only_plurals: bool
) -> None:
    """Put back the plural messages lupdate skipped and mark every message with %n as plural, with
    the forms it had before; the English file keeps only those (it exists for the plural forms
    alone, as Qt advises)."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    root = tree.getroot()
    count = PLURAL_FORMS.get(language_code(path.stem.removeprefix(f"{APP_PREFIX}_")), 2)
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    for context_name, source in plurals:
        if (context_name, source) in present:
            continue
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation")
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.findall("message")):
            source = message.findtext("source") or ""
            if "%n" not in source:
                if only_plurals:
                    context.remove(message)
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            plain = (translation.text or "").strip()
            forms = saved.get((name, source)) or [f.text or "" for f in translation.iter("numerusform")]
            if not any(forms) and plain:
                forms = [plain]
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for index in range(count):
                form = ET.SubElement(translation, "numerusform")
                form.text = forms[min(index, len(forms) - 1)] if forms else ""
            if any(forms) and len(forms) >= count:
                translation.attrib.pop("type", None)
            elif translation.get("type") != "vanished":
                translation.set("type", "unfinished")
        if only_plurals and not context.findall("message"):
            root.remove(context)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")


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
