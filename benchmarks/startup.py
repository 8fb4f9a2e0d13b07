"""Start to first painted main window, against a bare PySide6 window, in two scenarios.

    python benchmarks/startup.py [--runs 21] [--against DIR]

(a) First run: empty user folders (new ones for each run), English, Setup shown.
(b) Returning user: a home prepared once with Hindi, 200% text, Setup done and a journal present.

Each round runs the bare window, then (a), then (b), so drift on a shared machine hits all alike.
``--against DIR`` also runs both scenarios with the code in DIR (a checkout of another commit,
e.g. `git archive COMMIT family_guide resources translations`, with compiled .qm files) in the same rounds, for an A/B of a change.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PASSPHRASE = "benchmark passphrase"


def wall(script: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from starting the process to just after its first paint (the script prints the
    monotonic clock there), to the end of the process (its exit included), and the CPU time the
    process used (user + system, exit included: less disturbed by other work on a shared machine)."""
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(script)], env=env, check=True, capture_output=True, text=True)
    end = time.perf_counter()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime
    return float(done.stdout.split()[-1]) - start, end - start, used


def user_folders(home: Path) -> dict[str, str]:
    """The environment that puts a user's folders under ``home``. The app finds them as it does for a
    real user (platformdirs and the XDG variables), not through FAMILY_GUIDE_HOME, which skips that."""
    return {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "STATE", "CACHE")}


def prepare_returning(home: Path) -> None:
    """A returning user's home, made with the app's own code: settings as Setup saves them, a journal."""
    sys.path.insert(0, str(REPO))
    from family_guide.core.journal.keys import TEST_KDF
    from family_guide.core.journal.records import Entry
    from family_guide.core.journal.store import Journal
    from family_guide.core.settings import Settings
    from family_guide.paths import AppPaths

    saved = dict(os.environ)
    os.environ.pop("FAMILY_GUIDE_HOME", None)
    os.environ.update(user_folders(home))
    try:
        app_paths = AppPaths.from_platform()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    app_paths.create_private()
    settings = Settings.load(app_paths.settings_file)
    for key, value in (("language", "hi"), ("text_scale", 200), ("setup_done", True)):
        settings.set(key, value)
    settings.save()
    # A small key-derivation cost: the start never unlocks the journal, it only finds it there.
    journal, _ = Journal.create(app_paths.journal_dir, PASSPHRASE, with_recovery=False, kdf=TEST_KDF)
    journal.save_entry(Entry("note", title="A first note", body="Talked about who we chat with online."))
    journal.close()


def measure(runs: int, against: Path | None = None) -> dict[str, list[tuple[float, float, float]]]:
    """Wall times of each variant, in rounds: bare, first run, returning (and the same with ``against``)."""
    # Bytecode kept, as an installed app has it (pip compiles at install); the first round writes it.
    dropped = ("PYTHONDONTWRITEBYTECODE", "FAMILY_GUIDE_HOME")
    base = {k: v for k, v in os.environ.items() if k not in dropped} | {"QT_QPA_PLATFORM": "offscreen"}
    work = Path(tempfile.mkdtemp(prefix="fg-startup-"))
    returning = work / "returning"
    prepare_returning(returning)
    if not (REPO / "translations" / "family_guide_hi.qm").exists():  # a fresh checkout: compile them once
        from family_guide import i18n_tools

        i18n_tools.release()
    codes = {"": str(REPO)} | ({" (against)": str(against)} if against else {})
    for code in codes.values():  # without it Hindi falls back to English and (b) measures the wrong thing
        if not (Path(code) / "translations" / "family_guide_hi.qm").exists():
            raise SystemExit(
                f"{code}/translations has no compiled .qm files: run `python -m family_guide.i18n_tools release` there"
            )
    times: dict[str, list[tuple[float, float, float]]] = {"bare": []}
    try:
        for round_ in range(runs + 1):  # the first round warms the file cache and is not counted
            # The bare window gets empty folders too: the same XDG_CACHE_HOME (fontconfig looks there) as a first run.
            timed = {"bare": wall(HERE / "startup_bare.py", base | user_folders(work / f"bare-{round_}"))}
            for label, code in codes.items():
                first = work / f"first-{round_}{label.strip(' ()')}"  # empty: the app makes its folders
                env = {**base, "FAMILY_GUIDE_BENCH_CODE": code}
                timed[f"first run{label}"] = wall(HERE / "startup_app.py", env | user_folders(first))
                timed[f"returning{label}"] = wall(HERE / "startup_app.py", env | user_folders(returning))
            if round_:
                for key, seconds in timed.items():
                    times.setdefault(key, []).append(seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return times


def report(times: dict[str, list[tuple[float, float, float]]]) -> None:
    """Medians to the first paint (what the target is about), of the whole process (as measured before
    2026-12-03: it adds the exit, longer the more a process has built) and of its CPU time; and the
    first quartile to the first paint, which this shared machine disturbs less (one identical
    bare window takes 120-200 ms from run to run here, in two clusters)."""
    medians = {key: [statistics.median(t[i] for t in values) for i in range(3)] for key, values in times.items()}
    quartiles = {key: statistics.quantiles([t[0] for t in values], n=4)[0] for key, values in times.items()}
    bare = medians["bare"]
    print(
        "| start | to first paint (median) | ratio (target <= 1.15x) | first quartile | ratio |"
        " whole process | ratio | CPU time | ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    names = {"first run": "first run (empty home, English, Setup)", "returning": "returning (Hindi, 200%, journal)"}
    for key, values in medians.items():
        scenario, _, against = key.partition(" (")
        label = "bare PySide6 window (baseline)" if key == "bare" else names[scenario]
        label += " with the other code" if against else ""
        cells = [f"{value * 1000:.0f} ms | {value / base:.2f}x" for value, base in zip(values, bare, strict=True)]
        cells[0] = cells[0].replace(" | ", " | **", 1) + "**"
        cells.insert(1, f"{quartiles[key] * 1000:.0f} ms | {quartiles[key] / quartiles['bare']:.2f}x")
        print(f"| {label} | {' | '.join(cells)} |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--against", type=Path, help="a checkout of other code to measure in the same rounds")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores; {args.runs} alternating rounds\n")
    report(measure(args.runs, args.against))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
