"""The counselor's logo: checked, decoded with caps, and kept as a small PNG copy in the app's data folder.

Only a file the counselor picks is read, never an address. The file is checked before
decoding (at most 2 MB, PNG or JPEG by its content, at most 4096 x 4096 pixels as the
header says), decoded under a memory limit (so a decompression bomb fails instead of
filling memory), shrunk, and stored as a copy: the original may move or change later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from family_guide.core.atomic import write_atomic
from family_guide.core.handouts.counselor import MAX_LOGO_BYTES, MAX_LOGO_PIXELS, LogoProblem, check_logo_file
from family_guide.core.translatable import fill
from family_guide.ui.i18n import translate

LOGO_FILE = "handout-logo.png"
ALLOCATION_LIMIT_MB = 128  # a 4096 x 4096 picture in 32-bit colour needs 64 MB
STORED_PIXELS = 600  # enough for 15 mm at 1,000 dpi; keeps handouts small


def logo_path(data_dir: Path) -> Path:
    return data_dir / LOGO_FILE


def decode_logo(source: Path) -> QImage:
    """Check and decode a logo file; raises LogoProblem with a plain, translated message."""
    try:
        check_logo_file(source)
    except LogoProblem as problem:
        raise LogoProblem(_translated(problem, source)) from problem
    reader = QImageReader(str(source))
    reader.setDecideFormatFromContent(True)
    size = reader.size()  # from the header: nothing decoded yet
    if not size.isValid():
        raise LogoProblem(
            fill(translate("Handout", "%1 could not be read as a picture: %2"), source.name, reader.errorString())
        )
    if size.width() > MAX_LOGO_PIXELS or size.height() > MAX_LOGO_PIXELS:
        raise LogoProblem(
            fill(
                translate("Handout", "%1 is %2 x %3 pixels; a logo may be at most %4 x %4."),
                source.name,
                str(size.width()),
                str(size.height()),
                str(MAX_LOGO_PIXELS),
            )
        )
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous)
    if image.isNull():
        raise LogoProblem(
            fill(translate("Handout", "%1 could not be read as a picture: %2"), source.name, reader.errorString())
        )
    if max(image.width(), image.height()) > STORED_PIXELS:
        image = image.scaled(
            STORED_PIXELS,
            STORED_PIXELS,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _translated(problem: LogoProblem, source: Path) -> str:
    text = str(problem)
    if "not a PNG or JPEG" in text:
        return fill(translate("Handout", "%1 is not a PNG or JPEG picture."), source.name)
    if "at most" in text:
        return fill(
            translate("Handout", "%1 is larger than %2 MB, the most a logo may be."),
            source.name,
            str(MAX_LOGO_BYTES // 1024 // 1024),
        )
    return fill(translate("Handout", "%1 could not be read as a picture: %2"), source.name, text)


def store_logo(source: Path, data_dir: Path) -> Path:
    """Decode ``source`` safely and keep a PNG copy in the data folder, atomically."""
    image = decode_logo(source)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes a str format; its stubs want bytes
    buffer.close()
    target = logo_path(data_dir)
    write_atomic(target, bytes(data.data()))
    return target


def stored_logo(data_dir: Path) -> bytes | None:
    """The stored copy's bytes, or None when there is none (or it is not a PNG we wrote)."""
    path = logo_path(data_dir)
    try:
        if not path.is_file() or path.stat().st_size > MAX_LOGO_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return data if data.startswith(b"\x89PNG") else None


def remove_logo(data_dir: Path) -> None:
    logo_path(data_dir).unlink(missing_ok=True)
