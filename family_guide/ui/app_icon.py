"""The app's own icon for its windows: the PNGs rendered from resources/icons/app/*.svg.

PNG, not SVG: no SVG drawing at start, and 16/24 px come from the small variant drawn for them.
tools/make_app_icon.py makes the files (and the installers' .ico and .icns) from the SVGs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from family_guide import paths

# The window and taskbar use up to 256 px; 512 is for the Linux desktop's icon theme only.
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)


class AppIconMissing(FileNotFoundError):
    """An app icon file is not among the bundled files."""


def png_folder() -> Path:
    return paths.bundled("resources", "icons", "app", "png")


def png_path(size: int, folder: Path | None = None) -> Path:
    return (folder or png_folder()) / f"{size}.png"


def window_icon() -> QIcon:
    """The icon for every window. Files are read when a size is first drawn, not here."""
    folder = png_folder()  # found once: each lookup checks the bundle's folders again
    icon = QIcon()
    for size in WINDOW_SIZES:
        icon.addFile(str(png_path(size, folder)), QSize(size, size))
    return icon


def check_bundled() -> str:
    """Read every window size (the self-test runs this in the frozen app)."""
    folder = png_folder()
    for size in WINDOW_SIZES:
        path = png_path(size, folder)
        image = QImage(str(path))
        if image.isNull():
            raise AppIconMissing(f"The app icon {path} is missing or unreadable. Please reinstall Family Guide.")
        if image.size() != QSize(size, size):
            raise ValueError(f"The app icon {path} is {image.width()}x{image.height()}, not {size}x{size}.")
    return f"{len(WINDOW_SIZES)} sizes"
