"""The start pauses Python's cycle collector until the window's first paint, then freezes what the
start made and collects again; a start that ends early leaves the collector on."""

from __future__ import annotations

import os
import subprocess
import sys

# Run in a fresh process: the start freezes every object made so far (gc.freeze), which must not
# happen to a test worker's heap, and the collector's state is per process.
CODE = """
import gc, time
from PySide6.QtWidgets import QApplication, QMessageBox
from family_guide import cli, paths
from family_guide.ui import app as ui_app
from family_guide.ui.context import AppContext

AppContext.load_content = lambda self: None  # not what is tested here: content loads after the paint
seen = {}

def run_until_resumed():
    seen["paused before the first paint"] = not gc.isenabled()
    deadline = time.monotonic() + 20
    while not gc.isenabled() and time.monotonic() < deadline:
        QApplication.processEvents()
    seen["on after the first paint"] = gc.isenabled()
    seen["start frozen"] = gc.get_freeze_count() > 10000
    for window in QApplication.topLevelWidgets():
        window.close()
    return 0

QApplication.exec = staticmethod(run_until_resumed)
seen["first start"] = cli.start_app()
gc.unfreeze()

held = ui_app.single_instance_lock(paths.AppPaths.from_platform())  # as if another copy were open
QMessageBox.information = staticmethod(lambda *args: None)
seen["second copy"] = cli.start_app()
seen["on after a start that ended before any paint"] = gc.isenabled()
print(sorted(seen.items()))
"""


def test_the_collector_is_paused_until_the_first_paint_and_on_again_after(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FAMILY_GUIDE_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(
        sorted(
            {
                "first start": 0,
                "paused before the first paint": True,
                "on after the first paint": True,
                "start frozen": True,
                "second copy": 0,
                "on after a start that ended before any paint": True,
            }.items()
        )
    )
