"""One start's content load from the catalog cache, in a fresh process (benchmarks/run.py runs it).

    python benchmarks/cached_start.py CACHE_FILE [LANGUAGE] [CODE]

A start is a fresh process: nothing is warm but the OS file cache, so an in-process loop of cached
loads can flatter the figure. The imports are not timed (the app has them loaded by then: the
loader comes in with the content, after the first paint, and is needed to validate anyway); the
main window's modules are imported too, so the heap a load works beside is about the app's. Prints
JSON: the load in ms, then what the first screens read (every module's title in English and in
LANGUAGE), and whether the cache was used. The first run with a new CACHE_FILE writes it. CODE, a
folder holding another checkout's ``family_guide`` (``git archive <commit> | tar -x -C CODE``),
runs that code on this checkout's content, for a before/after comparison in one run.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    cache = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "ar"
    sys.path.insert(0, sys.argv[3] if len(sys.argv) > 3 else str(REPO))  # this code, whatever is installed
    from family_guide.core.catalog_cache import load_with_cache
    from family_guide.core.loader import load_catalog
    from family_guide.ui import main_window  # noqa: F401  (the app's heap: PySide6, the pages)

    roots = [(REPO / "resources" / "modules", "bundled"), (cache.parent / "user-modules", "user")]
    start = time.perf_counter()
    catalog, used = load_with_cache(roots, cache, load_catalog)
    loaded = time.perf_counter()
    for module in catalog.modules.values():
        module.title("en"), module.title(language)
    read = time.perf_counter()
    print(json.dumps({"load_ms": (loaded - start) * 1000, "titles_ms": (read - loaded) * 1000, "used": used}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
