"""Shared test setup for tests/core and tests/ui: a private home folder per test, module copies,
the run's catalog cache, and the --run-slow switch.

This file imports no PySide6 and sets up nothing of Qt's: pytest loads it for tests/core too,
which runs with Qt hidden (tests/core/conftest.py). Qt's setup is in tests/ui/conftest.py."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MODULES = REPO / "resources" / "modules"


def pytest_addoption(parser, pluginmanager):
    parser.addoption("--run-slow", action="store_true", help="also run slow tests (frozen build, soak)")
    if not pluginmanager.has_plugin("pytest-qt"):  # turned off with -p no:pytest-qt, or not installed
        # pyproject.toml sets pytest-qt's options for every run; with the plugin off (the Qt-less
        # run of tests/core) they are known here instead, so pytest does not warn about them.
        parser.addini("qt_api", "pytest-qt's Qt binding (unused: pytest-qt is off)")
        parser.addini("qt_default_raising", "pytest-qt's raising default (unused: pytest-qt is off)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow"):
        return
    marker = pytest.mark.skip(reason="slow: run with --run-slow (CI runs it in .ci/run)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(marker)


@functools.cache
def bundled_catalog():
    """The bundled modules, loaded once per test process. A dozen test modules read them at import
    and each used to load its own copy (about a second each, in every worker), which the split into
    tests/core and tests/ui would have doubled. Read it, never change it: a test that changes
    content works on a copy (``module_copy``)."""
    from family_guide.core.loader import load_catalog

    return load_catalog([(MODULES, "bundled")])


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """No test may read or write the real user's settings or journal."""
    monkeypatch.setenv("FAMILY_GUIDE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def module_copy(tmp_path):
    """Copy a bundled module to a scratch folder so a test can break it; ``as_id`` gives the
    copy an id of its own (a pack may not reuse a bundled id)."""

    def copy(module_id: str, into: Path | None = None, as_id: str | None = None) -> Path:
        target = (into or tmp_path / "modules") / (as_id or module_id)
        shutil.copytree(MODULES / module_id, target)
        if as_id:
            manifest = target / "module.yaml"
            text = manifest.read_text(encoding="utf-8")
            manifest.write_text(text.replace(f"id: {module_id}\n", f"id: {as_id}\n", 1), encoding="utf-8")
        return target

    return copy


def without_language(module, language: str):
    """The module as if it had never had ``language``: its text and its line under ``languages:``
    taken out. Every bundled guide is being translated into every app language, so a test of the
    English fallback makes its own gap instead of relying on a guide that happens to be untranslated
    (the Arabic guides of 2026-12-03 broke three such tests)."""
    import dataclasses

    texts = {code: text for code, text in module.texts.items() if code != language}
    languages = {code: status for code, status in module.manifest.languages.items() if code != language}
    manifest = module.manifest.model_copy(update={"languages": languages})
    return dataclasses.replace(module, manifest=manifest, texts=texts, _cache={})  # fresh cache: no old states


def drop_language(folder: Path, language: str) -> Path:
    """Take a language out of a copied module folder: its file, its stamp and its line in module.yaml."""
    for name in (f"{language}.yaml", f"{language}.hashes.yaml"):
        (folder / name).unlink(missing_ok=True)
    manifest = folder / "module.yaml"
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    manifest.write_text("".join(line for line in lines if not line.startswith(f"  {language}: ")), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def shared_catalog_cache(tmp_path_factory):
    """One catalog cache for the whole run, as one user's app has: most tests then start from it
    (~10 ms) instead of validating every module again (~130 ms). A test that adds or changes
    content changes the fingerprint, so it still gets a catalog built from its own files."""
    return tmp_path_factory.mktemp("catalog-cache")
