"""Tools for translators: record which English text a translation was made from.

    python -m family_guide.content_tools stamp <module> <lang>   # after translating or checking it
    python -m family_guide.content_tools stamp --all [folder]    # every translation of every module

<module> is a module folder or the id of a bundled module. Stamping writes ``<lang>.hashes.yaml``
beside ``<lang>.yaml`` (see core/translations.py); after it, no text of that language is stale
until the English text changes again. Stamp only when the translation says what the English
says now: the stamp is the translator's word for it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from family_guide.core.constants import SOURCE_LANGUAGE


def _module_folder(name: str) -> Path:
    path = Path(name)
    if (path / "module.yaml").is_file():
        return path
    from family_guide import paths

    return paths.bundled("resources", "modules") / name


def stamp_module(folder: Path, languages: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Stamp the given languages (every translation when None) of the module in ``folder``.
    Returns the files written and the texts left unstamped because their numbers or links differ
    from the English. Raises ValueError, naming the problems, if the module does not load."""
    from family_guide.core.atomic import write_atomic
    from family_guide.core.loader import load_module
    from family_guide.core.translations import hashes_path, hashes_yaml, stamp

    module, problems, _ = load_module(folder)
    if module is None:
        raise ValueError("the module does not load; fix these first:\n" + "\n".join(str(p) for p in problems))
    wanted = [lang for lang in module.texts if lang != SOURCE_LANGUAGE] if languages is None else languages
    written, refused = [], []
    for lang in wanted:
        if lang == SOURCE_LANGUAGE:
            raise ValueError("English is the source text: only translations are stamped")
        if lang not in module.texts:
            raise ValueError(f"{module.id} has no {lang}.yaml listed under 'languages'")
        hashes, differ = stamp(module.texts[SOURCE_LANGUAGE], module.texts[lang])
        refused += [f"{folder / (lang + '.yaml')}: {key}: not stamped: {what}" for key, what in differ]
        path = hashes_path(folder, lang)
        # Readable by everyone like the other content files (atomic: a crash leaves the old stamps).
        write_atomic(path, hashes_yaml(hashes).encode("utf-8"), mode=0o644)
        written.append(str(path))
    return written, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m family_guide.content_tools", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    stamp = sub.add_parser("stamp", help="record the English text each translated text was made from")
    stamp.add_argument("module", nargs="?", help="a module folder, or the id of a bundled module")
    stamp.add_argument("language", nargs="?", help="the translation to stamp, such as es")
    stamp.add_argument("--all", action="store_true", help="stamp every translation of every module under MODULE")
    args = parser.parse_args(argv)
    from family_guide.core.problems import ContentError

    try:
        if args.all:
            from family_guide.core.loader import find_module_folders

            root = Path(args.module) if args.module else _module_folder("")
            written, refused = [], []
            for folder in find_module_folders(root)[0]:
                files, differ = stamp_module(folder)
                written += files
                refused += differ
        elif args.module and args.language:
            written, refused = stamp_module(_module_folder(args.module), [args.language])
        else:
            parser.error("give a module and a language (stamp online-friends es), or --all")
    except (ValueError, ContentError) as exc:
        print(f"stamp: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"stamped {path}")
    for line in refused:  # the translator fixes these, then stamps again
        print(line)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
