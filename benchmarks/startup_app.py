"""Family Guide's real start path, as `family-guide` runs it, quitting just after its first paint.

It calls ``family_guide.cli.main([])`` (argument parsing, the network tripwire, settings,
translations, folders, the single-instance lock, the main window and, on a first run, Setup), so
whatever the command does before its first paint is measured. Only the work the app does *after*
the first paint is replaced by printing the clock and quitting.

The code measured is this checkout's (or the one named by FAMILY_GUIDE_BENCH_CODE, for an A/B run
against another commit), not whatever copy of the package the interpreter has installed.
"""

import os
import sys
import time
from pathlib import Path

# sys.path[0] is this script's folder; put the checkout measured there instead, as an installed app has it.
sys.path[0] = os.environ.get("FAMILY_GUIDE_BENCH_CODE") or str(Path(__file__).resolve().parent.parent)

import family_guide.ui.app  # noqa: E402  (run_app imports it anyway; imported here to hook its first paint)
from family_guide.cli import main  # noqa: E402


def _quit_after_first_paint(context, window) -> None:
    """Stands in for the app's after-first-paint work: the measurement ends at the first paint. Prints
    the monotonic clock (shared by every process), as the bare window does at the same point."""
    from PySide6.QtWidgets import QApplication

    print(time.perf_counter())
    QApplication.quit()


family_guide.ui.app._after_first_paint = _quit_after_first_paint
raise SystemExit(main([]))
