"""The validated-catalog cache: used only when nothing changed, never trusted when damaged.
The logic without Qt is tested in tests/core/test_catalog_cache.py."""

from __future__ import annotations

from family_guide.core import catalog_cache


def test_the_app_starts_from_the_cache_the_second_time(qapp, tmp_path):
    from family_guide import paths
    from family_guide.ui.app import build_context

    app_paths = paths.AppPaths.under(tmp_path / "home")
    first = build_context(qapp, app_paths)
    first.load_content()
    assert app_paths.catalog_cache_file.is_file()
    key = catalog_cache.fingerprint(
        [(paths.bundled("resources", "modules"), "bundled"), (app_paths.user_modules_dir, "user")]
    )
    assert catalog_cache.read(app_paths.catalog_cache_file, key) is not None
    second = build_context(qapp, app_paths)
    second.load_content()
    assert sorted(second.catalog.modules) == sorted(first.catalog.modules)
    first.deleteLater()
    second.deleteLater()
