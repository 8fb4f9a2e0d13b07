"""How long a content pack takes to check, against loading the app's own content in the same run.

    python benchmarks/packs.py [--runs 5]

1. Load and validate all bundled modules (the baseline).
2. Check a pack of the bundled modules under new ids (about the same bytes): the ratio to (1).
3. Check the largest pack the reader accepts (close to MAX_TOTAL_BYTES of module files), and one
   that size whose last module fails the checks: both must answer within about 5 seconds.
4. Refuse a zip bomb and a pack with too many members: checks on the zip's directory only.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from family_guide import paths  # noqa: E402
from family_guide.core.loader import load_catalog  # noqa: E402
from family_guide.core.packs import builder  # noqa: E402
from family_guide.core.packs.reader import MAX_MEMBERS, MAX_TOTAL_BYTES, PackError  # noqa: E402
from family_guide.core.packs.store import PackStore  # noqa: E402

BUNDLED = paths.bundled("resources", "modules")


def renamed_files(source: Path, new_id: str) -> dict[str, bytes]:
    files = {}
    for path in sorted(source.iterdir()):
        data = path.read_bytes()
        if path.name == "module.yaml":
            data = data.replace(f"id: {source.name}\n".encode(), f"id: {new_id}\n".encode(), 1)
        files[f"modules/{new_id}/{path.name}"] = data
    return files


def pack_of(files: dict[str, bytes], folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(builder.build_pack({"id": "bench", "name": "Bench", "author": "Bench", "version": "1"}, files))
    return path


def timed(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with contextlib.suppress(PackError):
            action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    folder = Path(tempfile.mkdtemp())
    store = PackStore.for_app(paths.AppPaths.under(folder / "home"))
    modules = sorted(p for p in BUNDLED.iterdir() if (p / "module.yaml").is_file())

    same = {}
    for module in modules:
        same |= renamed_files(module, f"copy-{module.name}")
    # Links between the copies point at bundled ids, which a pack may link to: all valid.
    same_pack = pack_of(same, folder, "same.zip")

    largest, index = {}, 0
    while True:
        more = renamed_files(modules[index % len(modules)], f"big-{index}")
        if sum(map(len, largest.values())) + sum(map(len, more.values())) > MAX_TOTAL_BYTES * 0.97:
            break
        if len(largest) + len(more) > MAX_MEMBERS - 2 or index >= 49:
            break
        largest |= more
        index += 1
    largest_pack = pack_of(largest, folder, "largest.zip")
    failing = dict(largest)
    last = sorted(n for n in failing if n.endswith("/module.yaml"))[-1]
    failing[last] = failing[last].replace(b"version:", b"versio:")
    failing_pack = pack_of(failing, folder, "failing.zip")

    bomb = folder / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("modules/x/en.yaml", b" " * 500_000)
    many = folder / "many.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(MAX_MEMBERS + 1):
            archive.writestr(f"modules/x/f{i}.yaml", b"")

    baseline = timed(lambda: load_catalog([(BUNDLED, "bundled")]), runs)
    same_time = timed(lambda: store.check(same_pack), runs)
    print(f"load the bundled content ({sum(map(len, same.values())) / 1e6:.1f} MB): {baseline * 1000:.0f} ms")
    print(f"check a pack of the same modules: {same_time * 1000:.0f} ms ({same_time / baseline:.2f}x)")
    size = sum(map(len, largest.values())) / 1e6
    print(
        f"check the largest pack ({size:.1f} MB, {index} modules): {timed(lambda: store.check(largest_pack), runs):.2f} s"
    )
    print(f"refuse it with its last module broken: {timed(lambda: store.check(failing_pack), runs):.2f} s")
    print(f"refuse a zip bomb: {timed(lambda: store.check(bomb), runs) * 1000:.1f} ms")
    print(f"refuse {MAX_MEMBERS + 1} members: {timed(lambda: store.check(many), runs) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
