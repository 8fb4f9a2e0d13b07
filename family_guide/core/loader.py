"""Find, read and validate content modules; report every problem with file, line and field.

A broken module is skipped with its problems listed; the rest still load. Any exception
inside one module's loading becomes a Problem for that module, never a crash.
"""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

from family_guide.core import model, text_rules, translations
from family_guide.core.modules import Catalog, Module, SkippedModule, UnreadFolders
from family_guide.core.problems import ContentError, Problem
from family_guide.core.safe_yaml import LineMap, parse_yaml, read_text
from family_guide.core.translation_states import TranslationStates

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

ModelT = TypeVar("ModelT", bound=BaseModel)

MANIFEST = "module.yaml"
MAX_MODULES_PER_FOLDER = 500
MAX_MANIFEST_BYTES = 256 * 1024
MAX_PROBLEMS_PER_MODULE = 200
LINKED_FILE = "this file is a link (symlink); links are not followed, so put the file itself in the module folder"


def find_module_folders(root: Path) -> tuple[list[Path], int]:
    """Module folders under ``root`` (``root`` may itself be one module), and how many more
    folders there were past the limit, which are not read. Raises ContentError if ``root``
    cannot be read (wrong permissions, say)."""
    try:
        if (root / MANIFEST).is_file():
            return [root], 0
        if not root.is_dir():
            return [], 0
        folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError as exc:
        raise ContentError([Problem(root, None, "", f"cannot read the folder: {exc.strerror or exc}")]) from exc
    return folders[:MAX_MODULES_PER_FOLDER], max(0, len(folders) - MAX_MODULES_PER_FOLDER)


def load_catalog(roots: list[tuple[Path, str]], linkable: frozenset[str] = frozenset()) -> Catalog:
    """Load every module under each ``(folder, origin)`` root, earlier roots first. Links may also
    point at the ids in ``linkable`` (a pack is checked on its own, its links to bundled ids allowed)."""
    catalog = Catalog()
    links: dict[str, set[str]] = {}
    known_ids: set[str] = set(linkable)
    for root, origin in roots:
        try:
            folders, unread = find_module_folders(root)
        except ContentError as exc:  # reported like a broken module: the other roots still load
            catalog.skipped.append(SkippedModule(root, exc.problems))
            continue
        if unread:
            catalog.unread.append(UnreadFolders(root, unread, MAX_MODULES_PER_FOLDER))
        for folder in folders:
            module, problems, targets = load_module(folder, origin)
            if module is not None and module.id in catalog.modules:
                first = catalog.modules[module.id].folder
                problems = [
                    Problem(
                        folder / MANIFEST,
                        None,
                        "id",
                        f"a module with id '{module.id}' is already loaded from {first}",
                    ),
                    *module.skipped_parts,  # its own mistakes too, so an author sees everything at once
                ]
                module = None
            if module is None:
                catalog.skipped.append(SkippedModule(folder, problems))
                known_ids.add(folder.name)
                continue
            catalog.modules[module.id] = module
            links[module.id] = targets
    known_ids |= set(catalog.modules)
    for module_id, targets in links.items():
        unknown = sorted(t for t in targets if t not in known_ids)
        if unknown:
            module = catalog.modules.pop(module_id)
            problems = [
                Problem(
                    module.folder / MANIFEST,
                    None,
                    "related/links",
                    f"refers to a module that does not exist: '{t}'",
                )
                for t in unknown
            ]
            catalog.skipped.append(SkippedModule(module.folder, problems))
    return catalog


def load_module(folder: Path, origin: str = "bundled") -> tuple[Module | None, list[Problem], set[str]]:
    """Load one module folder. Returns the module (or None) and the problems found (the first
    MAX_PROBLEMS_PER_MODULE of them: a flood of mistakes must not freeze the app's details)."""
    try:
        module, problems, targets = _load_module(folder, origin)
    except ContentError as exc:
        return None, _capped(folder, exc.problems), set()
    except Exception as exc:  # the boundary: nothing in a content folder may crash the app
        return None, [Problem(folder, None, "", f"could not be loaded: {type(exc).__name__}: {exc}")], set()
    return module, _capped(folder, problems), targets


def _capped(folder: Path, problems: list[Problem]) -> list[Problem]:
    more = len(problems) - MAX_PROBLEMS_PER_MODULE
    if more <= 0:
        return problems
    note = Problem(folder, None, "", f"{more:,} more problems in this module are not listed; fix these first")
    return [*problems[:MAX_PROBLEMS_PER_MODULE], note]


def _load_module(folder: Path, origin: str) -> tuple[Module | None, list[Problem], set[str]]:
    manifest_path = folder / MANIFEST
    if folder.is_symlink():
        return None, [Problem(folder, None, "", "linked (symlinked) module folders are not loaded")], set()
    if manifest_path.is_symlink():
        return None, [Problem(manifest_path, None, "", LINKED_FILE)], set()
    if not manifest_path.is_file():
        return None, [Problem(manifest_path, None, "", "the module has no module.yaml file")], set()
    data, lines = parse_yaml(read_text(manifest_path, MAX_MANIFEST_BYTES), manifest_path)
    entry_problems, dropped = _drop_bad_entries(data, lines, manifest_path)
    manifest, problems = _validate(model.Manifest, data, lines, manifest_path)
    if manifest is None:
        return None, problems, set()
    if manifest.id != folder.name:
        problems.append(
            Problem(
                manifest_path,
                lines.line_for(("id",)),
                "id",
                f"'{manifest.id}' must match the folder name '{folder.name}'",
            )
        )

    targets = set(manifest.related)
    texts: dict[str, model.LanguageText] = {}
    for lang in manifest.languages:
        path = folder / f"{lang}.yaml"
        if path.is_symlink():  # a link could show lines of any file on the computer in error messages
            problems.append(Problem(path, None, "", LINKED_FILE))
            continue
        if not path.is_file():
            problems.append(
                Problem(
                    manifest_path,
                    lines.line_for(("languages", lang)),
                    f"languages.{lang}",
                    f"the file {lang}.yaml is missing",
                )
            )
            continue
        text, text_problems, text_targets = _load_language(path, manifest, dropped)
        problems += text_problems
        targets |= text_targets
        if text is not None:
            texts[lang] = text
    for path in sorted(folder.glob("*.yaml")):
        if path.name.endswith(translations.HASHES_SUFFIX):
            continue  # stamps of a language taken out of the module are harmless: never read, not a mistake
        if path.name != MANIFEST and path.stem not in manifest.languages:
            problems.append(
                Problem(path, None, "", f"this language file is not listed under 'languages' in {MANIFEST}")
            )
    if model.SOURCE_LANGUAGE in texts:
        problems += _check_complete_english(texts[model.SOURCE_LANGUAGE], manifest, folder / "en.yaml")
    if problems:
        return None, sorted(problems, key=lambda p: (str(p.file), p.line or 0)), set()
    states, stamp_problems = _translation_states(manifest, texts, folder)
    skipped = tuple(_capped(folder, entry_problems + stamp_problems))
    return Module(manifest, texts, folder, origin, skipped, states), [], targets


def _translation_states(
    manifest: model.Manifest, texts: dict[str, model.LanguageText], folder: Path
) -> tuple[TranslationStates, list[Problem]]:
    """Each language's status, with the texts whose English changed since they were stamped: the
    stamps are read now (a broken stamp file is reported, its stamps ignored; the module still
    loads), the texts compared when the states are first asked for."""
    hashes: dict[str, dict[str, str]] = {}
    problems: list[Problem] = []
    for lang in manifest.languages:
        if lang == model.SOURCE_LANGUAGE or lang not in texts:
            continue
        try:
            hashes[lang] = translations.read_hashes(translations.hashes_path(folder, lang))
        except ContentError as exc:
            problems += [Problem(p.file, p.line, p.field, p.message + " (stamps ignored)") for p in exc.problems]
            hashes[lang] = {}

    return TranslationStates(manifest, texts, hashes), problems


def _drop_bad_entries(data: object, lines: LineMap, path: Path) -> tuple[list[Problem], set[str]]:
    """One wrong help-line entry or emergency row must not take the whole directory (and every
    other number) away. Each is checked on its own; a bad one is left out and reported, the rest load."""
    if not isinstance(data, dict) or data.get("kind") != "directory" or not isinstance(data.get("directory"), dict):
        return [], set()  # not a directory module, or one too broken to sort out here: _validate reports it
    directory = data["directory"]
    problems: list[Problem] = []
    dropped: set[str] = set()
    kept_rows: dict[str, list[object]] = {}
    cls: type[BaseModel]
    for section, cls in (("entries", model.DirectoryEntry), ("emergency", model.CountryEmergency)):
        rows = directory.get(section)
        if not isinstance(rows, list):
            continue
        kept: list[object] = []
        for index, row in enumerate(rows):
            try:
                cls.model_validate(row)
                kept.append(row)
            except ValidationError as exc:
                if section == "entries" and isinstance(row, dict) and isinstance(row.get("id"), str):
                    dropped.add(row["id"])
                for error in exc.errors(include_url=False):
                    loc = ("directory", section, index, *(p for p in error["loc"] if p != "[key]"))
                    problems.append(Problem(path, lines.line_for(loc), _dotted(loc), _friendly(error) + " (left out)"))
        kept_rows[section] = kept
    if any(kept_rows.values()):  # with nothing valid at all, the module itself is refused as usual
        directory.update(kept_rows)
        return problems, dropped
    return [], set()


def _load_language(
    path: Path, manifest: model.Manifest, dropped: Set[str] = frozenset()
) -> tuple[model.LanguageText | None, list[Problem], set[str]]:
    data, lines = parse_yaml(read_text(path), path)
    problems: list[Problem] = []
    targets: set[str] = set()
    for field_path, value in text_rules.walk_strings(data):
        for message in text_rules.problems_in(value):
            problems.append(Problem(path, lines.line_for(field_path), _dotted(field_path), message))
        targets.update(text_rules.internal_link_targets(value))
    text, validation_problems = _validate(model.LanguageText, data, lines, path)
    problems += validation_problems
    if text is not None:
        problems += _check_ids(text, manifest, path, lines, dropped)
        if manifest.workshop is not None:
            from family_guide.core.workshop.checks import handout_problems, slide_problems

            problems += [
                Problem(path, lines.line_for(field), _dotted(field), message)
                for field, message in [*slide_problems(manifest, text), *handout_problems(text)]
            ]
    return (None if problems else text), problems, targets


def _check_ids(
    text: model.LanguageText, manifest: model.Manifest, path: Path, lines: LineMap, dropped: Set[str] = frozenset()
) -> list[Problem]:
    """Ids in a language file must be ones the manifest declares, for this kind of module."""
    expected: dict[str, Set[str]] = {
        "guides": set(manifest.age_bands) if manifest.kind == "guide" else set(),
        "groups": {g.id for g in manifest.checklist.groups} if manifest.checklist else set(),
        "items": set(manifest.checklist.item_ids) if manifest.checklist else set(),
        "tiers": {t.id for t in manifest.checklist.tiers} if manifest.checklist else set(),
        # Text for an entry left out for a mistake is not a second mistake.
        "entries": ({e.id for e in manifest.directory.entries} | dropped) if manifest.directory else set(),
        "slides": set(manifest.workshop.slide_ids) if manifest.workshop else set(),
        "agenda": set(manifest.workshop.section_ids) if manifest.workshop else set(),
    }
    problems = []
    if manifest.kind != "workshop":
        for section in ("audience", "safeguarding", "handout"):
            if getattr(text, section) is not None:
                problems.append(
                    Problem(path, lines.line_for((section,)), section, f"a {manifest.kind} module has no '{section}'")
                )
    for section, allowed in expected.items():
        for key in getattr(text, section):
            if key not in allowed:
                hint = (
                    f"module.yaml declares: {', '.join(sorted(allowed))}"
                    if allowed
                    else f"a {manifest.kind} module has no '{section}'"
                )
                problems.append(
                    Problem(path, lines.line_for((section, key)), f"{section}.{key}", f"unknown id ({hint})")
                )
    return problems


def _check_complete_english(text: model.LanguageText, manifest: model.Manifest, path: Path) -> list[Problem]:
    """English is what every other language falls back to, so it must say everything."""
    needed: list[tuple[str, str]] = [("title", ""), ("summary", "")]
    if manifest.kind == "guide":
        needed += [("guides", band) for band in manifest.age_bands]
    if manifest.checklist:
        needed += [("groups", g.id) for g in manifest.checklist.groups]
        needed += [("items", i) for i in manifest.checklist.item_ids]
        needed += [("tiers", t.id) for t in manifest.checklist.tiers]
    if manifest.directory:
        needed += [("entries", e.id) for e in manifest.directory.entries]
    if manifest.workshop:
        from family_guide.core.workshop.checks import missing_workshop_text

        needed += missing_workshop_text(manifest)
    problems = []
    for section, key in needed:
        value = getattr(text, section)
        present = value.get(key) if key else value
        if not present:
            name = f"{section}.{key}" if key else section
            problems.append(
                Problem(
                    path,
                    None,
                    name,
                    "missing in English (every other language falls back to the English text)",
                )
            )
    return problems


_FRIENDLY = {
    "missing": "this field is required",
    "extra_forbidden": "unknown field (check the spelling; see docs/content-modules.md)",
    "date_from_datetime_parsing": "must be a date written as YYYY-MM-DD",
    "date_parsing": "must be a date written as YYYY-MM-DD",
    "int_parsing": "must be a whole number",
    "dict_type": "must be a set of 'name: value' lines",
    "list_type": "must be a list (lines starting with '- ')",
    "string_type": "must be text",
    "model_type": "must be a set of 'name: value' lines",
}


def _friendly(error: ErrorDetails) -> str:
    kind = error["type"]
    if kind in _FRIENDLY:
        return _FRIENDLY[kind]
    if kind == "string_pattern_mismatch":
        pattern = error.get("ctx", {}).get("pattern", "")
        if pattern.startswith("^https"):
            return f"must be a full web address starting with https:// (got {error['input']!r:.80})"
        if "a-z0-9" in pattern:
            return f"use lowercase letters, digits and hyphens, like 'online-friends' (got {error['input']!r:.80})"
        return f"{error['input']!r:.80} is not in the expected form"
    if kind == "literal_error":
        return f"{error['msg'].replace('Input should be', 'must be')} (got {error['input']!r:.60})"
    if kind == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_long" and "max_length" in error.get("ctx", {}):
        return f"too many: at most {error['ctx']['max_length']}"
    return error["msg"]


def _validate(cls: type[ModelT], data: object, lines: LineMap, path: Path) -> tuple[ModelT | None, list[Problem]]:
    if not isinstance(data, dict):
        what = "empty" if data is None else "not a set of 'name: value' lines"
        return None, [Problem(path, lines.line_for(()), "", f"the file is {what}")]
    try:
        return cls.model_validate(data), []
    except ValidationError as exc:
        problems: list[Problem] = []
        for error in exc.errors(include_url=False):
            loc = tuple(p for p in error["loc"] if p != "[key]")
            problems.append(Problem(path, lines.line_for(loc), _dotted(loc), _friendly(error)))
        return None, problems


def _dotted(path: tuple[object, ...]) -> str:
    return ".".join(str(p) for p in path)
