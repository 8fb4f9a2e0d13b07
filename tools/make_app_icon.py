"""Render the app icon's SVGs into the files the window and the installers use, and check them.

    python tools/make_app_icon.py           # rewrite the PNGs, the .ico and the .icns
    python tools/make_app_icon.py --check   # exit 1 if a committed file no longer matches the SVGs

Sources (hand-written, see their comments): resources/icons/app/org.familyguide.FamilyGuide.svg,
and -small.svg for 16 and 24 px, where the full drawing blurs. Outputs, all committed so that no
installer build needs this script:

- resources/icons/app/png/<size>.png: the window icon (family_guide/ui/app_icon.py) and, in the
  Linux tarball, the hicolor theme's sizes (packaging/build.py, packaging/linux/install.sh).
- packaging/icons/org.familyguide.FamilyGuide.ico: Windows (the .exe and the setup program),
  16-256 px; BMP entries up to 128 px (what every Windows tool reads) and PNG at 256 (Vista's rule).
- packaging/icons/org.familyguide.FamilyGuide.icns: macOS (the .app), 16-1024 px as PNG entries
  (macOS 10.7+). Written here, so the mac build needs neither Pillow nor iconutil.

Qt draws everything (QSvgRenderer, offscreen); no other imaging library is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "resources" / "icons" / "app"
SVG = APP_DIR / "org.familyguide.FamilyGuide.svg"
SMALL_SVG = APP_DIR / "org.familyguide.FamilyGuide-small.svg"
PNG_DIR = APP_DIR / "png"
ICO = ROOT / "packaging" / "icons" / "org.familyguide.FamilyGuide.ico"
ICNS = ROOT / "packaging" / "icons" / "org.familyguide.FamilyGuide.icns"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual app sizes
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows: small/large icons, Explorer views up to 256
SMALL_UP_TO = 24  # sizes drawn from the small variant
# .icns entry types holding PNG data, by pixel size (the @2x types repeat a size for Retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)
# A fresh render may differ from the committed file by antialiasing rounding between Qt versions.
TOLERANCE = 12  # largest difference in any channel of any pixel, out of 255


def _qt_app() -> QGuiApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    return app if isinstance(app, QGuiApplication) else QGuiApplication([sys.argv[0]])


def render(size: int) -> QImage:
    """The icon at ``size`` px as a QImage (ARGB32, straight alpha, as PNG and ICO store it)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt_app()
    renderer = QSvgRenderer(str(SMALL_SVG if size <= SMALL_UP_TO else SVG))
    if not renderer.isValid():
        raise ValueError(f"{SVG.name}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"PNG"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not write a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def _row(image: QImage, y: int) -> bytes:
    """One row of an ARGB32 image: B, G, R, A per pixel on a little-endian machine."""
    line = image.constScanLine(y)
    assert isinstance(line, memoryview)  # PySide6 hands rows out as memoryviews
    return bytes(line)[: image.width() * 4]


def _bmp_entry(image: QImage) -> bytes:
    """An ICO image as a DIB: BITMAPINFOHEADER (height doubled for the mask), 32-bit BGRA rows
    bottom-up, then the 1-bit AND mask (all zero: the alpha channel decides)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = [_row(image, y) for y in range(size - 1, -1, -1)]
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A multi-size .ico: BMP entries below 256 px, PNG at 256."""
    if sys.byteorder != "little":
        raise RuntimeError("the .ico writer assumes a little-endian machine")
    blobs = [(size, png_bytes(image) if size >= 256 else _bmp_entry(image)) for size, image in sorted(images.items())]
    out = struct.pack("<HHH", 0, 1, len(blobs))
    offset = 6 + 16 * len(blobs)
    for size, blob in blobs:
        side = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blob for _, blob in blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generated() -> dict[Path, bytes]:
    """Every generated file and its content."""
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render(size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    files = {PNG_DIR / f"{size}.png": pngs[size] for size in PNG_SIZES}
    files[ICO] = ico_bytes({size: images[size] for size in ICO_SIZES})
    files[ICNS] = icns_bytes(pngs)
    return files


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest per-channel difference between two same-sized images (255 if the sizes differ)."""
    from PySide6.QtGui import QImage

    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return 255
    worst = 0
    for y in range(a.height()):
        row_a, row_b = _row(a, y), _row(b, y)
        if row_a != row_b:
            worst = max(worst, max(abs(p - q) for p, q in zip(row_a, row_b, strict=True)))
    return worst


def stale_pngs() -> list[str]:
    """Committed PNGs that are missing or differ from a fresh render beyond the tolerance."""
    from PySide6.QtGui import QImage

    problems = []
    for size in PNG_SIZES:
        path = PNG_DIR / f"{size}.png"
        committed = QImage(str(path))
        if committed.isNull():
            problems.append(f"{path.relative_to(ROOT)} is missing or unreadable")
        elif (difference := largest_difference(committed, render(size))) > TOLERANCE:
            problems.append(f"{path.relative_to(ROOT)} differs from the SVG by {difference}/255")
    return problems


def write_all() -> list[Path]:
    written = []
    for path, data in generated().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon's PNGs, .ico and .icns from its SVGs")
    parser.add_argument("--check", action="store_true", help="only check the committed PNGs against the SVGs")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_pngs()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python tools/make_app_icon.py", file=sys.stderr)
        return 1 if problems else 0
    for path in write_all():
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
