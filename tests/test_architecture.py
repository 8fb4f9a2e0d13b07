"""The core stays Qt-free, nothing happens at import time, and nothing touches the network."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import family_guide

PACKAGE = Path(family_guide.__file__).parent
TESTS = Path(__file__).resolve().parent
NETWORK_MODULES = ("socket", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "ftplib", "smtplib")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt_in_source():
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.split(".")[0] == "PySide6")
        for path in (PACKAGE / "core").rglob("*.py")
    }
    assert not {k: v for k, v in offenders.items() if v}
    assert len(offenders) >= 10  # the walk really saw the core's files


def test_core_runs_without_qt_loaded():
    """Import every core module and load all content in a fresh interpreter: PySide6 stays unloaded."""
    code = (
        "import sys, pkgutil, importlib, json, family_guide.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'family_guide.core.'): importlib.import_module(m.name)\n"
        "from family_guide.core.loader import load_catalog\n"
        "from family_guide import paths\n"
        "cat = load_catalog([(paths.bundled('resources','modules'), 'bundled')])\n"
        "print(json.dumps([len(cat.modules), sorted(k for k in sys.modules if k.startswith('PySide6'))]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    count, qt_modules = json.loads(out)
    assert count >= 3
    assert qt_modules == []


def test_core_tests_import_no_qt_in_source():
    """tests/core runs with Qt hidden (tests/core/conftest.py); a second, cheap guard reads what
    its files, and the shared files beside them, import (inside functions too)."""
    qt = ("PySide6", "shiboken6", "pytestqt", "family_guide.ui", "tests.ui")
    files = [*TESTS.glob("*.py"), *(TESTS / "core").rglob("*.py")]
    offenders = {str(path.relative_to(TESTS)): sorted(n for n in _imports(path) if n.startswith(qt)) for path in files}
    assert not {k: v for k, v in offenders.items() if v}
    assert len(files) >= 20 and (TESTS / "core" / "conftest.py") in files  # the walk really saw them


def test_test_files_live_in_tests_core_or_tests_ui():
    """A test file beside this one would run with Qt but without tests/ui's fixtures: put it in
    tests/core if it needs no Qt (the README's command runs that folder with Qt hidden), else in tests/ui."""
    assert sorted(path.name for path in TESTS.glob("test_*.py")) == ["test_architecture.py"]
    assert len(list((TESTS / "core").glob("test_*.py"))) >= 20 and len(list((TESTS / "ui").glob("test_*.py"))) >= 20


def test_the_core_test_guard_fails_a_run_that_loads_qt(tmp_path):
    """With pytest-qt off, tests/core's conftest hides PySide6 and fails the run if Qt is loaded
    anyway: tried on a scratch folder with a copy of it, in a process of its own."""
    (tmp_path / "conftest.py").write_text((TESTS / "core" / "conftest.py").read_text(encoding="utf-8"))
    (tmp_path / "test_probe.py").write_text(
        "import sys\n"
        "def test_imports_qt():\n"
        "    import PySide6\n"
        "def test_slips_past_the_hiding():\n"
        "    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != 'HideQt']\n"
        "    import shiboken6\n"
        "def test_needs_no_qt():\n"
        "    assert sorted('qt') == ['q', 't']\n"
    )
    command = [sys.executable, "-m", "pytest", "-p", "no:pytest-qt", "-p", "no:cacheprovider", "-q", "-rfE"]
    env = {**os.environ, "COLUMNS": "300"}  # whole lines in the short summary
    result = subprocess.run([*command, str(tmp_path)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stdout
    assert "FAILED test_probe.py::test_imports_qt - ModuleNotFoundError: No module named 'PySide6'" in result.stdout
    assert "ERROR test_probe.py::test_slips_past_the_hiding - Failed: Qt was loaded during this test" in result.stdout
    assert "FAILED: Qt was loaded in the Qt-less run of tests/core: " in result.stdout  # the session-end guard
    assert "1 failed, 2 passed, 1 error" in result.stdout
    clean = subprocess.run([*command, "-k", "needs_no_qt", str(tmp_path)], capture_output=True, text=True, cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout


def test_importing_the_app_does_no_work():
    """Importing every module creates no QApplication, no folders and no settings."""
    code = (
        "import pkgutil, importlib, family_guide, os\n"
        "for m in pkgutil.walk_packages(family_guide.__path__, 'family_guide.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(QApplication.instance() is None, os.path.exists(os.environ['FAMILY_GUIDE_HOME']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False"]


def test_no_network_code_anywhere_in_the_app():
    for path in PACKAGE.rglob("*.py"):
        imported = _imports(path)
        assert not [n for n in imported if n in NETWORK_MODULES or "QtNetwork" in n or "WebEngine" in n], path


def test_first_window_does_not_wait_for_validation_libraries():
    """pydantic and markdown-it load after the first paint, keeping start-up near a bare window."""
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from family_guide import paths\n"
        "from family_guide.ui.app import build_context, create_app\n"
        "from family_guide.ui.main_window import MainWindow\n"
        "app = create_app([])\n"
        "w = MainWindow(build_context(app, paths.AppPaths.from_platform()))\n"
        "w.show(); app.processEvents()\n"
        "print(sorted(m for m in ('pydantic', 'markdown_it', 'yaml') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("returning", [False, True], ids=["first run", "returning user"])
def test_the_first_frame_waits_for_no_big_import_either_way(tmp_path, returning):
    """Nothing big before the first paint, as run_app starts (defer=True). A first run's Setup once pulled in
    pydantic through its country chooser (~0.4 s, 3.5x a bare window) and its search built Qt's whole enum
    namespace (``Qt``, ~15-30 ms); dataclasses cost ~3 ms. A returning user's start is checked in Hindi at 200%."""
    if returning:
        (tmp_path / "config").mkdir()
        settings = {"language": "hi", "text_scale": 200, "setup_done": True}
        (tmp_path / "config" / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"os.environ['FAMILY_GUIDE_HOME'] = {str(tmp_path)!r}\n"
        "from family_guide import paths\n"
        "from family_guide.ui.app import build_context, create_app\n"
        "from family_guide.ui.main_window import MainWindow\n"
        "import PySide6.QtCore\n"
        "app = create_app([])\n"
        "context = build_context(app, paths.AppPaths.from_platform())\n"
        "w = MainWindow(context, defer=True)\n"
        "if not context.settings['setup_done']: w.start_setup()\n"
        "w.show(); app.processEvents()\n"
        f"assert w.current_section() == {'home' if returning else 'setup'!r}, w.current_section()\n"
        "big = ('pydantic', 'markdown_it', 'yaml', 'dataclasses', 'platformdirs')\n"
        "print(sorted(m for m in big if m in sys.modules), 'Qt' in vars(PySide6.QtCore), context.language)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "False", "hi" if returning else "en"]


def test_the_python_network_tripwire_refuses_connections():
    code = (
        "import socket\n"
        "from family_guide.cli import _forbid_network\n"
        "_forbid_network()\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except PermissionError as e: print('refused', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.startswith("refused")


def test_the_app_process_writes_no_core_dumps():
    if sys.platform == "win32":
        return
    code = (
        "import resource, sys, ctypes\n"
        "from family_guide.hardening import harden_process, PR_GET_DUMPABLE\n"
        "harden_process()\n"
        "dumpable = ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) if sys.platform.startswith('linux') else 0\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE)[0], dumpable)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["0", "0"]
