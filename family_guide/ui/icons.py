"""Icons from the bundled Lucide set (resources/icons, ISC licence), drawn in the theme's text colour.

Loaded lazily: an icon's SVG file is read and drawn the first time it is asked for, then kept
until the colour scheme changes. Icons help recognition; every one is shown with words.
Needs QtSvg (kept in the frozen build, see packaging/family_guide.spec).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from family_guide import paths

# Which icon stands for what: one place, so the same thing always has the same picture.
SECTION_ICONS = {
    "home": "house",
    "conversations": "message-circle",
    "warning_signs": "list-checks",
    "journal": "notebook-pen",
    "get_help": "phone",
}
CONCERN_ICONS = {0: "signal-zero", 1: "signal-low", 2: "signal-medium", 3: "signal-high"}
KIND_ICONS = {"note": "file-text", "conversation": "message-square", "snapshot": "clipboard-check", "incident": "flag"}
SIZES = (16, 20, 24, 32, 40, 48, 64)

_cache: dict[tuple[str, str], QIcon] = {}


class IconMissing(FileNotFoundError):
    """A named icon is not among the bundled files."""


def icon_path(name: str):
    path = paths.bundled("resources", "icons", f"{name}.svg")
    if not path.is_file():
        raise IconMissing(f"The icon file {path} is missing. Please reinstall Family Guide.")
    return path


def icon(name: str, colour: str | None = None) -> QIcon:
    """The named icon in ``colour`` (default: the theme's text colour), at every common size."""
    if colour is None:
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QApplication

        colour = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    key = (name, colour)
    if key not in _cache:
        _cache[key] = _draw(icon_path(name).read_text(encoding="utf-8"), colour)
    return _cache[key]


def _draw(svg: str, colour: str) -> QIcon:
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def check_bundled() -> int:
    """Draw every bundled icon (the self-test runs this in the frozen app, where QtSvg must be present)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    files = sorted(paths.bundled("resources", "icons").glob("*.svg"))
    names = set(SECTION_ICONS.values()) | set(CONCERN_ICONS.values()) | set(KIND_ICONS.values())
    missing = sorted(name for name in names if not any(f.stem == name for f in files))
    if missing:
        raise IconMissing(f"Icon files missing: {', '.join(missing)}. Please reinstall Family Guide.")
    for file in files:
        if not QSvgRenderer(QByteArray(file.read_bytes())).isValid():
            raise ValueError(f"The icon file {file} could not be read as SVG.")
    return len(files)


def clear_cache() -> None:
    _cache.clear()
