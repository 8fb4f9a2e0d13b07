"""The app icon: its files are found through paths, the generated ones match the SVGs, the
Windows and macOS files hold every size, and the running window carries it."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from family_guide import paths

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def maker():
    sys.path.insert(0, str(REPO / "tools"))
    import make_app_icon

    return make_app_icon


def test_the_icon_files_are_bundled_and_found_through_paths(qapp):
    from family_guide.ui.app_icon import WINDOW_SIZES, check_bundled, png_path

    root = paths.resource_root()
    for size in WINDOW_SIZES:
        assert png_path(size).is_relative_to(root) and png_path(size).is_file()
    assert paths.bundled("resources", "icons", "app", "org.familyguide.FamilyGuide.svg").is_file()
    assert check_bundled() == f"{len(WINDOW_SIZES)} sizes"


def test_a_missing_icon_file_is_named_in_a_clear_message(qapp, tmp_path, monkeypatch):
    from family_guide.ui.app_icon import AppIconMissing, check_bundled

    (tmp_path / "resources" / "modules").mkdir(parents=True)
    shutil.copytree(REPO / "resources" / "icons" / "app", tmp_path / "resources" / "icons" / "app")
    (tmp_path / "resources" / "icons" / "app" / "png" / "48.png").unlink()
    monkeypatch.setenv("FAMILY_GUIDE_RESOURCE_ROOT", str(tmp_path))
    with pytest.raises(AppIconMissing, match=r"48\.png is missing.*reinstall"):
        check_bundled()


def test_the_committed_pngs_match_a_fresh_render_of_the_svgs(qapp, maker):
    assert maker.stale_pngs() == []  # if this fails: python tools/make_app_icon.py, and look at them
    # The check can fail: a drawing that changed is caught.
    from PySide6.QtGui import QImage, QTransform

    committed = QImage(str(maker.PNG_DIR / "32.png"))
    assert maker.largest_difference(committed, maker.render(32)) <= maker.TOLERANCE
    mirrored = maker.render(32).transformed(QTransform().scale(-1, 1))
    assert maker.largest_difference(committed, mirrored) > maker.TOLERANCE


def _read_all(path: Path) -> list:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    images = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        images.append(reader.read())
    return images


def test_the_windows_icon_holds_16_to_256_px_drawn_as_the_pngs(qapp, maker):
    from PySide6.QtGui import QImage

    data = maker.ICO.read_bytes()
    assert data[:4] == b"\0\0\1\0"  # what PyInstaller and Inno Setup check before using it
    images = _read_all(maker.ICO)
    assert [image.width() for image in images] == list(maker.ICO_SIZES)
    assert all(image.width() == image.height() for image in images)
    for image in images:
        if image.width() in maker.PNG_SIZES:
            committed = QImage(str(maker.PNG_DIR / f"{image.width()}.png"))
            assert maker.largest_difference(image, committed) <= maker.TOLERANCE, image.width()


def test_the_macos_icon_holds_16_to_1024_px(qapp, maker):
    data = maker.ICNS.read_bytes()
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
    sizes = sorted({image.width() for image in _read_all(maker.ICNS)})
    assert sizes == [16, 32, 64, 128, 256, 512, 1024]


def test_the_window_gets_the_app_icon_after_its_first_paint(
    qapp, qtbot, monkeypatch, private_home, shared_catalog_cache
):
    """The real start (run_app) up to the event loop, which here waits for the icon and closes the window."""

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from family_guide.ui import app
    from family_guide.ui.main_window import MainWindow

    qapp.setWindowIcon(QIcon())
    seen = {}

    def run_until_iconed() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        assert window.windowIcon().isNull()  # nothing is read before the first paint
        qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=10000)
        seen["sizes"] = [size.width() for size in window.windowIcon().availableSizes()]
        seen["pixmap"] = window.windowIcon().pixmap(32).toImage()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(run_until_iconed))
    home = paths.AppPaths.under(private_home)._replace(cache_dir=shared_catalog_cache)
    monkeypatch.setattr(paths.AppPaths, "from_platform", classmethod(lambda cls: home))  # validated content, cached
    assert app.run_app([]) == 0
    assert seen["sizes"] == [16, 24, 32, 48, 64, 128, 256]
    assert seen["pixmap"].pixelColor(12, 24).name() == "#f6f3ef"  # the adult, in the window's cream
