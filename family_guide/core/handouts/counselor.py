"""The counselor's details on a handout: cut to a printable length, and the logo file checked before Qt decodes it."""

from __future__ import annotations

from pathlib import Path

from family_guide.core import text_rules

MAX_ORGANISATION = 120  # characters: two lines of the footer band at most
MAX_CONTACT = 200
MAX_LOGO_BYTES = 2 * 1024 * 1024  # a logo is a few kilobytes; 2 MB leaves room for a photo-like one
MAX_LOGO_PIXELS = 4096  # each side, checked from the header before any decoding
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


class LogoProblem(ValueError):
    """A logo file that cannot be used; the message says why in plain words."""


def clean_line(text: str, limit: int) -> tuple[str, bool]:
    """One printable line of at most ``limit`` characters, and whether it had to be cut.

    Line breaks become spaces; invisible characters that can reorder or hide words are removed."""
    flat = " ".join(text.split())
    flat = "".join(ch for ch in flat if not text_rules.hidden_characters(ch))
    if len(flat) <= limit:
        return flat, False
    return flat[: limit - 1].rstrip() + "\u2026", True


def logo_kind(head: bytes) -> str | None:
    """'png' or 'jpeg' from a file's first bytes (never from its name), else None."""
    if head.startswith(_PNG):
        return "png"
    if head.startswith(_JPEG):
        return "jpeg"
    return None


def check_logo_file(path: Path) -> str:
    """Check a picked logo before decoding it: a regular file, at most 2 MB, PNG or JPEG by its content.

    Returns the kind. Raises LogoProblem with a plain message; decoding (with pixel and memory
    caps) is the UI's job, since it needs Qt."""
    try:
        if not path.is_file():
            raise LogoProblem(f"{path.name} is not a file.")
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise LogoProblem(
                f"{path.name} is {size // 1024} KB; a logo may be at most {MAX_LOGO_BYTES // 1024 // 1024} MB."
            )
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise LogoProblem(f"{path.name} could not be read ({exc.strerror or exc}).") from exc
    kind = logo_kind(head)
    if kind is None:
        raise LogoProblem(f"{path.name} is not a PNG or JPEG picture.")
    return kind
