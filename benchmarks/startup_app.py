"""Family Guide's real start path, as `family-guide` runs it, quitting just after its first paint.

It calls ``family_guide.cli.main([])`` (argument parsing, the network tripwire, settings,
translations, folders, the single-instance lock, the main window and, on a first run, Setup), so
whatever the command does before its first paint is measured. Only the work the app does *after*
the first paint is replaced by printing the clock and quitting.

The code measured is this checkout's (or the one named by FAMILY_GUIDE_BENCH_CODE, for an A/B run
against another commit), not whatever copy of the package the interpreter has installed.
"""

import importlib.abc
import importlib.util
import os
import sys
import time
from pathlib import Path

# sys.path[0] is this script's folder; put the checkout measured there instead, as an installed app has it.
sys.path[0] = os.environ.get("FAMILY_GUIDE_BENCH_CODE") or str(Path(__file__).resolve().parent.parent)


def _quit_after_first_paint(context, window) -> None:
    """Stands in for the app's after-first-paint work: the measurement ends at the first paint. Prints
    the monotonic clock (shared by every process), as the bare window does at the same point."""
    from PySide6.QtWidgets import QApplication

    print(time.perf_counter())
    QApplication.quit()


class _HookFirstPaint(importlib.abc.MetaPathFinder):
    """Replaces ``family_guide.ui.app._after_first_paint`` when the command itself imports that module.
    Importing it here first would load PySide6 before ``cli.main`` runs, which the real command
    does not do (it pauses the garbage collector first)."""

    def find_spec(self, name, path, target=None):
        if name != "family_guide.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module) -> None:
            run_module(module)
            module._after_first_paint = _quit_after_first_paint

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _HookFirstPaint())
from family_guide.cli import main  # noqa: E402

raise SystemExit(main([]))
