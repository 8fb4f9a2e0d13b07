"""One start's content load from the catalog cache, in a fresh process (benchmarks/run.py runs it).

    python benchmarks/cached_start.py CACHE_FILE [--imports] [--code DIR]

A start is a fresh process: nothing is warm but the OS file cache, so an in-process loop of cached
loads can flatter the figure. The main window's modules are imported first (not timed), so the heap
a load works beside is about the app's. Without ``--imports`` the models and the loader are
imported before the clock starts: the load alone, the figure the < 15 ms target is about. With
``--imports`` the clock includes what the app's ``load_content()`` imports after the first paint
(the models; the loader too, if that code imports it). Prints JSON: the load in ms, what a list
page's first visit reads next (every module's title in English and Arabic; the home page reads
none) and whether the cache was used. The first run with a new CACHE_FILE writes it.

``--code DIR``: a folder holding another checkout's ``family_guide`` (``git archive <commit> | tar
-x -C DIR``), run on this checkout's content for a before/after comparison in one run.
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("cache", type=Path)
    parser.add_argument("--imports", action="store_true")
    parser.add_argument("--code", type=Path, default=REPO)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))  # that code, whatever checkout is installed
    from family_guide.core import catalog_cache
    from family_guide.ui import main_window  # noqa: F401  (the app's heap: PySide6, the pages)

    roots = [(REPO / "resources" / "modules", "bundled"), (args.cache.parent / "user-modules", "user")]
    lazy_loader = (
        inspect.signature(catalog_cache.load_with_cache).parameters["build"].default is not inspect.Parameter.empty
    )
    if not args.imports:
        from family_guide.core import loader, model  # noqa: F401
    start = time.perf_counter()
    if lazy_loader:
        catalog, used = catalog_cache.load_with_cache(roots, args.cache)
    else:  # that code's app imported the loader to hand it over
        from family_guide.core.loader import load_catalog

        catalog, used = catalog_cache.load_with_cache(roots, args.cache, load_catalog)
    loaded = time.perf_counter()
    for module in catalog.modules.values():
        module.title("en"), module.title("ar")
    read = time.perf_counter()
    print(json.dumps({"load_ms": (loaded - start) * 1000, "titles_ms": (read - loaded) * 1000, "used": used}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
