"""tests/core runs without Qt: ``python -m pytest -p no:pytest-qt tests/core`` (the README's command).

pytest-qt imports PySide6 as soon as pytest starts, so with it on, nothing would show that the core
works without Qt. With it off (or not installed), this file hides PySide6 and shiboken6 (importing them fails as if
they were not installed) and fails the run if either is loaded all the same: a core test that
needs Qt belongs in tests/ui. Run with pytest-qt on (``pytest tests/core``), these tests simply
run with Qt present. tests/test_architecture.py also checks the imports written in these files."""

from __future__ import annotations

import importlib.abc
import sys

import pytest

QT_PACKAGES = ("PySide6", "shiboken6")


def qt_loaded() -> list[str]:
    return sorted(name for name in sys.modules if name.split(".")[0] in QT_PACKAGES)


class HideQt(importlib.abc.MetaPathFinder):
    """First on sys.meta_path: an import of PySide6 or shiboken6 fails as if they were not installed."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in QT_PACKAGES:
            raise ModuleNotFoundError(
                f"No module named {name!r}: tests/core runs without Qt (move a test that needs it to tests/ui)",
                name=name,
            )
        return None


def _qt_is_off(config: pytest.Config) -> bool:
    """pytest-qt turned off (``-p no:pytest-qt``) or not installed: this run is to prove no Qt is needed."""
    return not config.pluginmanager.has_plugin("pytest-qt")


def pytest_configure(config):
    # Read before any test module here is imported (with pytest-xdist too: each worker reads it
    # before collecting this folder).
    if _qt_is_off(config) and not any(isinstance(finder, HideQt) for finder in sys.meta_path):
        sys.meta_path.insert(0, HideQt())


_reported: list[str] = []  # one error per process names where Qt came in; later tests run on


@pytest.fixture(autouse=True)
def _no_qt_in_this_process(request):
    """An error at the first test that finds Qt loaded, or at the test that loaded it. A test error
    (unlike the exit status below) also reaches the report from a pytest-xdist worker."""
    if not _qt_is_off(request.config) or _reported:
        yield
        return
    if loaded := qt_loaded():
        _reported.extend(loaded)
        pytest.fail(f"Qt was loaded before this test, at collection or by a plugin ({', '.join(loaded[:3])})")
    yield
    if loaded := qt_loaded():
        _reported.extend(loaded)
        pytest.fail(f"Qt was loaded during this test ({', '.join(loaded[:3])}): tests/core must run without Qt")


def pytest_sessionfinish(session, exitstatus):
    """The last guard, for what no test's teardown saw (an import at collection, or from a plugin)."""
    if _qt_is_off(session.config) and (loaded := qt_loaded()):
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = f"FAILED: Qt was loaded in the Qt-less run of tests/core: {', '.join(loaded[:5])}"
        if reporter is not None:
            reporter.write_line(message, red=True, bold=True)
        else:
            print(message, file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
