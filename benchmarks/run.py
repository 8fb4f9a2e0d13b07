"""Benchmarks for the foundation, as ratios against baselines measured in the same run.

    python benchmarks/run.py [--runs 15]

1. Start to first painted main window, against a bare PySide6 window (target: <= 1.15x), for a
   first run and for a returning user (Hindi, 200% text, a journal): see startup.py.
2. Load and validate all bundled content modules (target: < 50 ms), and how the time grows
   when the content is copied 2x, 4x and 8x (target: linear, i.e. about the same per module).
3. A start with unchanged content, from the validated-catalog cache (target: < 15 ms).
Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # this checkout's code, not the installed copy

from startup import measure, report  # noqa: E402  (benchmarks/ is sys.path[0] when run as a script)


def copies_of_bundled(factor: int, into: Path) -> Path:
    source = REPO / "resources" / "modules"
    for n in range(factor):
        for folder in source.iterdir():
            new_id = folder.name if n == 0 else f"{folder.name}-copy{n}"
            target = into / new_id
            shutil.copytree(folder, target)
            manifest = target / "module.yaml"
            manifest.write_text(manifest.read_text().replace(f"id: {folder.name}", f"id: {new_id}", 1))
    return into


def load_time(root: Path, repeat: int = 20) -> tuple[float, int]:
    from family_guide.core.loader import load_catalog

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        catalog = load_catalog([(root, "bundled")])
        times.append(time.perf_counter() - start)
        assert not catalog.skipped, catalog.problems
    return statistics.median(times), len(catalog.modules)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores; {args.runs} alternating runs each\n")

    report(measure(args.runs))  # both start-up scenarios, alternating with the bare window
    print()

    from family_guide.core.loader import load_catalog

    load_catalog([(REPO / "resources" / "modules", "bundled")])  # imports and first-use caches
    print("| content loaded and validated | modules | median | per module | vs 1x per module |")
    print("|---|---|---|---|---|")
    base = None
    for factor in (1, 2, 4, 8):
        with tempfile.TemporaryDirectory() as tmp:
            seconds, count = load_time(copies_of_bundled(factor, Path(tmp)))
        per = seconds / count
        base = base or per
        label = "bundled content" if factor == 1 else f"bundled x{factor}"
        print(f"| {label} | {count} | {seconds * 1000:.1f} ms | {per * 1000:.2f} ms | {per / base:.2f}x |")

    print("\n| bundled content at a start | median | vs validating |")
    print("|---|---|---|")
    full, cached = cached_load_times()
    print(f"| validated from the files (baseline) | {full * 1000:.1f} ms | 1.00x |")
    print(
        f"| from the catalog cache, nothing changed | {cached * 1000:.1f} ms | {cached / full:.2f}x (target < 15 ms) |"
    )
    return 0


def cached_load_times(repeat: int = 20) -> tuple[float, float]:
    """Median of a validating load and of a load from the catalog cache, alternated in one run."""
    from family_guide.core.catalog_cache import load_with_cache
    from family_guide.core.loader import load_catalog

    roots = [(REPO / "resources" / "modules", "bundled")]
    full, cached = [], []
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "catalog.pickle"
        load_with_cache(roots, cache, load_catalog)  # writes the cache, as the first start does
        for _ in range(repeat):
            start = time.perf_counter()
            load_catalog(roots)
            full.append(time.perf_counter() - start)
            start = time.perf_counter()
            _, used = load_with_cache(roots, cache, load_catalog)
            cached.append(time.perf_counter() - start)
            assert used
    return statistics.median(full), statistics.median(cached)


if __name__ == "__main__":
    raise SystemExit(main())
