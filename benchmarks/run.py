"""Benchmarks for the foundation, as ratios against baselines measured in the same run.

    python benchmarks/run.py [--runs 15]

1. Start to first painted main window, against a bare PySide6 window (target: <= 1.15x), for a
   first run and for a returning user (Hindi, 200% text, a journal): see startup.py.
2. Load and validate all bundled content modules (target: < 50 ms), and how the time grows
   when the content is copied 2x, 4x and 8x (target: linear, i.e. about the same per module).
3. A start with unchanged content, from the validated-catalog cache (target: < 15 ms), in this
   process and in fresh processes (a start is one: benchmarks/cached_start.py).
Figures go in docs/performance.md. ``--only-cache`` runs the third part alone; ``--against DIR``
also times fresh-process starts with the code in DIR (another checkout, e.g. ``git archive main |
tar -x -C DIR``) on this checkout's content, alternated with this code's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
# This checkout's code, not whatever checkout is installed (editable) in the venv: run as a script,
# Python puts benchmarks/ first on the path, not the checkout.
sys.path.insert(0, str(REPO))

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
    parser.add_argument("--only-cache", action="store_true", help="only the catalog cache's part")
    parser.add_argument("--against", type=Path, help="a folder with other code for the cache's fresh starts")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores; {args.runs} alternating runs each\n")
    if not args.only_cache:
        start_and_validation(args.runs)
    cache_part(args.runs, args.against)
    return 0


def start_and_validation(runs: int) -> None:
    report(measure(runs))  # both start-up scenarios, alternating with the bare window
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


def cache_part(runs: int, against: Path | None) -> None:
    print("\n| bundled content at a start | median | vs validating |")
    print("|---|---|---|")
    full, cached = cached_load_times()
    print(f"| validated from the files (baseline) | {full * 1000:.1f} ms | 1.00x |")
    print(
        f"| from the catalog cache, nothing changed | {cached * 1000:.1f} ms | {cached / full:.2f}x (target < 15 ms) |"
    )
    codes = [REPO, against] if against else [REPO]
    results = fresh_cached_load_times(runs, codes)
    for code in codes:
        label = "this code" if code == REPO else f"code in {code}"
        load, titles = results[(code, False)]
        print(f"| {label}, each in a fresh process ({runs} starts) | {load:.1f} ms | {load / (full * 1000):.2f}x |")
        print(f"| then a list page's first visit: every title in English and Arabic | +{titles:.1f} ms | |")
        load, _ = results[(code, True)]
        print(f"| {label}, fresh, with what load_content() imports (the models; the loader?) | {load:.1f} ms | |")
    print()


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


def fresh_cached_load_times(runs: int, codes: list[Path]) -> dict[tuple[Path, bool], tuple[float, float]]:
    """For each code and with or without the imports timed, the median ms of a cached load in a
    fresh process and of the titles read after it; all alternate start by start."""
    times: dict[tuple[Path, bool], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        commands = {}
        for n, code in enumerate(codes):
            cache = Path(tmp) / str(n) / "catalog.pickle"
            cache.parent.mkdir()
            for imports in (False, True):
                command = [sys.executable, str(HERE / "cached_start.py"), str(cache), "--code", str(code)]
                commands[(code, imports)] = command + (["--imports"] if imports else [])
                times[(code, imports)] = []
            subprocess.run(command, check=True, capture_output=True)  # the first start writes the cache
        for _ in range(runs):
            for key, command in commands.items():
                result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
                assert result["used"], result
                times[key].append((result["load_ms"], result["titles_ms"]))
    return {
        key: (statistics.median(t[0] for t in values), statistics.median(t[1] for t in values))
        for key, values in times.items()
    }


if __name__ == "__main__":
    raise SystemExit(main())
