"""Command line: start the app, check content modules, or run the self-test."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from family_guide import __version__


def _forbid_network() -> None:
    """A tripwire for the local-only promise: Python-level network use raises at once."""

    def hook(event: str, args: tuple) -> None:
        if event == "socket.getaddrinfo":
            raise PermissionError("Family Guide never uses the network")
        if event == "socket.connect":
            sock = args[0]
            if getattr(sock, "family", None) is not None and sock.family.name in ("AF_INET", "AF_INET6"):
                raise PermissionError("Family Guide never uses the network")

    sys.addaudithook(hook)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="family-guide",
        description="Family Guide: help for families, offline. With no arguments, it starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check that the app is complete and works, then exit")
    parser.add_argument("--lang", help="UI language for this run (e.g. en, es, hi, ar, pt-BR, fr, ur, sw)")
    parser.add_argument("--pseudo", choices=("long", "mirror"), help="pseudo-translation to find layout problems")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check-modules", help="validate content modules and list every problem")
    check.add_argument("paths", nargs="+", type=Path, help="a module folder or a folder of modules")
    check.add_argument("--json", action="store_true", help="print a machine-readable summary")
    from family_guide import pack_cli  # with the parser, which a start without arguments never builds

    pack_cli.add_commands(sub)  # argparse only: the pack code loads when a command runs
    return parser


def check_modules(targets: list[Path], as_json: bool) -> int:
    from family_guide import paths
    from family_guide.core.loader import load_catalog

    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        print(f"family-guide check-modules: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    wanted = {f.resolve() for t in targets for f in _folders(t)}
    roots = [(t, "user") for t in targets]
    try:  # bundled modules give context, so links from a pack to bundled guides resolve
        bundled = paths.bundled("resources", "modules").resolve()
        # Bundled first, as in the app: a pack that reuses a bundled id is reported as the app reports it.
        roots = [(bundled, "bundled")] + [(t, "user") for t in targets if not t.resolve().is_relative_to(bundled)]
    except paths.MissingResourcesError:
        pass
    catalog = load_catalog(roots)
    modules = [m for m in catalog.modules.values() if m.folder.resolve() in wanted]
    skipped = [s for s in catalog.skipped if s.folder.resolve() in wanted]
    partial = [m for m in modules if m.skipped_parts]  # loaded, but with parts left out
    unread = catalog.unread  # folders past the limit: the app does not read them either
    problems = (
        [p for s in skipped for p in s.problems]
        + [p for m in partial for p in m.skipped_parts]
        + [u.problem for u in unread]
    )
    if as_json:
        import json

        summary = {
            "ok": not skipped and not partial and not unread and bool(wanted),
            "modules": [
                {
                    "id": m.id,
                    "kind": m.kind,
                    "version": m.manifest.version,
                    "folder": str(m.folder),
                    # Each language's status: original, draft, machine, reviewed, or stale (the English
                    # changed after it was translated); "translations" says who reviewed it and what is stale.
                    "languages": {lang: m.status(lang) for lang in m.manifest.languages},
                    "translations": {lang: m.translations[lang].as_dict() for lang in m.translations},
                    "counts": m.counts(),
                }
                for m in sorted(modules, key=lambda m: m.id)
            ],
            "skipped": [{"folder": str(s.folder), "errors": len(s.problems)} for s in skipped],
            "partly_skipped": [{"folder": str(m.folder), "errors": len(m.skipped_parts)} for m in partial],
            "not_read": [{"folder": str(u.root), "count": u.count} for u in unread],
            "errors": [p.as_dict() for p in problems],
        }
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(problem)
        for m in sorted(modules, key=lambda m: m.id):  # not a problem (the module loads), but a translator's to-do
            for lang, state in m.translations.items():
                if state.stale:
                    print(
                        f"{m.folder}: {lang}: stale: {len(state.stale)} text(s) changed in English after they were"
                        f" translated ({', '.join(state.stale[:3])}{', ...' if len(state.stale) > 3 else ''})"
                    )
        print(
            f"{len(wanted)} module(s) checked: {len(modules) - len(partial)} valid, "
            f"{len(skipped) + len(partial)} with problems ({len(problems)} in all)"
            + (f"; {catalog.unread_count} folder(s) not read (over the limit)" if unread else "")
        )
    if not wanted:
        print("no content modules found (a module folder holds a module.yaml)", file=sys.stderr)
        return 1
    return 1 if skipped or partial or unread else 0


def _folders(target: Path) -> list[Path]:
    """The module folders under ``target``; the target itself if it cannot be read, which the
    catalog then reports as a skipped folder."""
    from family_guide.core.loader import find_module_folders
    from family_guide.core.problems import ContentError

    try:
        return find_module_folders(target)[0]
    except ContentError:
        return [target]


def start_app(language: str | None = None, pseudo: str | None = None) -> int:
    """Open the window and run until it closes.

    Python's cycle collector runs ~40 times while PySide6 and the app load, each time scanning objects
    that all live until the app quits (9-10% of a start in a perf profile; pausing it took 13-17 ms
    off the first paint, docs/performance.md). It is paused until the window's first paint; then
    everything made so far is frozen out of later collections (``ui.app.resume_gc``)."""
    gc.disable()
    try:
        from family_guide.ui.app import run_app

        return run_app([sys.argv[0]], language=language, pseudo=pseudo)
    finally:
        gc.enable()  # the app can end before its first paint (another copy is open, files are missing)


def no_display() -> bool:
    """True on Linux and the BSDs with no X11 or Wayland display and no Qt platform chosen.

    Without this check Qt aborts with a misleading message about the xcb-cursor library."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# What the parser gives for no arguments, the app's ordinary start (a desktop shortcut): building
# the parser with its subcommands costs ~4 ms before the first paint. tests/core/test_cli.py keeps the two equal.
NO_ARGUMENTS = argparse.Namespace(self_test=False, lang=None, pseudo=None, command=None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv) if argv else NO_ARGUMENTS
    _forbid_network()
    if args.command == "check-modules":
        try:
            return check_modules(args.paths, args.json)
        except BrokenPipeError:  # `check-modules --json | head` closed the pipe early: nothing is wrong
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            return 1
    if args.command is not None:  # a start without arguments never loads the pack commands' module
        from family_guide import pack_cli

        if args.command in pack_cli.COMMANDS:
            return pack_cli.run(args)
    if args.self_test:
        from family_guide.selftest import run

        return run()
    if no_display():
        print(
            "family-guide: no display was found, so the window cannot open. Start it from a desktop session,"
            " or run `family-guide --self-test` to check the app without a window.",
            file=sys.stderr,
        )
        return 2
    return start_app(args.lang, args.pseudo)
