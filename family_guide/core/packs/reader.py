"""Read a pack file as hostile input, without ever extracting it to disk as it comes.

Order matters: everything the zip's central directory declares (member count, names, types,
sizes, compression ratio) is checked before a single byte of data is decompressed; then each
member is read with a size limit, and its sha256 compared with the manifest. Every refusal is a
PackError whose message names the problem and the member.
"""

from __future__ import annotations

import hashlib
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from family_guide.core.packs.manifest import (
    MANIFEST_NAME,
    MEMBER_PATTERN,
    SIGNATURE_NAME,
    ManifestError,
    PackManifest,
    parse_manifest,
)
from family_guide.core.safe_yaml import MAX_FILE_BYTES
from family_guide.core.text_rules import printable

MAX_PACK_BYTES = 8 * 1024 * 1024  # the pack file itself
MAX_MEMBERS = 300
MAX_MEMBER_BYTES = MAX_FILE_BYTES  # a module's YAML file may not be larger than the loader reads
MAX_MANIFEST_BYTES = 256 * 1024
# All the app's own content is 1.7 MB. Checking modules takes about 1 s per MB on a busy 2-core
# machine, so 4 MB keeps every answer, even "no" at the last module, within about 5 seconds.
MAX_TOTAL_BYTES = 4 * 1024 * 1024
MAX_RATIO = 50  # YAML text compresses about 4 to 8 times; a bomb compresses hundreds of times
RATIO_FLOOR = 4096  # tiny members may compress well (a run of spaces) and cannot hurt anyone
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class PackError(Exception):
    """The pack is refused; the message says why, naming the member when there is one."""


@dataclass(frozen=True)
class ReadPack:
    manifest: PackManifest
    manifest_bytes: bytes
    signature: bytes | None
    files: dict[str, bytes]  # member name -> data, each checked against the manifest's hash


def _refuse(member: str, why: str) -> PackError:
    return PackError(f"'{printable(member)[:200]}': {why}")


def check_name(name: str) -> None:
    """Refuse names that could land outside the target folder or mean something else on another OS."""
    if not name:
        raise _refuse(name, "a member has an empty name")
    if _CONTROL.search(name):
        raise _refuse(name, "the name holds control characters")
    if _DRIVE.match(name) or ":" in name:
        raise _refuse(name, "the name holds a drive letter or ':'")
    if "\\" in name:
        raise _refuse(name, "the name holds a backslash (\\); names inside a pack use '/'")
    if name.startswith("/"):
        raise _refuse(name, "an absolute path; names inside a pack must be relative")
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        raise _refuse(name, "the name leads outside the pack ('..')")
    if any(part in ("", ".") for part in parts):
        raise _refuse(name, "the name has an empty or '.' part")


def _member_type_problem(info: zipfile.ZipInfo) -> str | None:
    kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0  # Unix: st_mode
    if kind == stat.S_IFLNK:
        return "a link (symlink); a pack holds plain files only"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):  # 0: no type recorded (Python's own zipfile does this)
        return "not a plain file (a device, pipe or socket)"
    if info.flag_bits & 0x1:
        return "encrypted; a pack's files are not encrypted (sign the pack instead)"
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return "compressed in a way Family Guide does not read (use plain zip 'deflate')"
    return None


def _check_directory(infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """Every check that needs only the central directory. Returns the file members."""
    if len(infos) > MAX_MEMBERS:
        raise PackError(f"the pack holds {len(infos)} members; at most {MAX_MEMBERS} are read")
    seen: dict[str, str] = {}
    for info in infos:  # names first: a bad name is the clearest sign of a hostile pack
        name = info.filename
        check_name(name)
        key = unicodedata.normalize("NFC", name.rstrip("/")).casefold()
        if key in seen:
            raise _refuse(
                name, f"the same name as '{printable(seen[key])}' (names may not differ only in case or accents)"
            )
        seen[key] = name
    files, total = [], 0
    for info in infos:
        name = info.filename
        problem = _member_type_problem(info)
        if problem:
            raise _refuse(name, problem)
        if info.is_dir():
            continue
        limit = MAX_MANIFEST_BYTES if name in (MANIFEST_NAME, SIGNATURE_NAME) else MAX_MEMBER_BYTES
        if info.file_size > limit:
            raise _refuse(name, f"declares {info.file_size:,} bytes; at most {limit:,} are allowed")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _refuse(name, f"compressed {ratio:,} times; a real text file is never compressed over {MAX_RATIO}")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackError(f"the pack's files add up to more than {MAX_TOTAL_BYTES:,} bytes")
        if name not in (MANIFEST_NAME, SIGNATURE_NAME) and not MEMBER_PATTERN.fullmatch(name):
            raise _refuse(
                name,
                "not where a pack holds files (modules/<module id>/module.yaml, <lang>.yaml or <lang>.hashes.yaml)",
            )
        files.append(info)
    return files


def _declared_member_count(handle: BinaryIO) -> int:
    """The member count in the end-of-central-directory record, read before zipfile parses the
    directory: a file that declares a million members is refused without walking them."""
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(max(0, size - 65_557))  # the record (22 bytes) plus the longest possible comment
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        raise zipfile.BadZipFile("no end-of-archive record")
    handle.seek(0)
    count: int = struct.unpack("<H", tail[at + 10 : at + 12])[0]
    return count


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read at most the declared size (already capped) plus one byte: a member that holds more
    than it declares is refused, and zipfile's CRC check catches one that was altered."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _refuse(info.filename, "holds a different amount of data than it declares")
    return data


def read_pack(path: Path) -> ReadPack:
    """Read and check a pack file. Raises PackError with a plain message."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PackError(f"{path.name}: not a file")
        if size > MAX_PACK_BYTES:
            raise PackError(f"{path.name}: {size:,} bytes; a pack may be at most {MAX_PACK_BYTES:,} bytes")
        with open(path, "rb") as handle:
            declared = _declared_member_count(handle)
            if declared > MAX_MEMBERS:  # 0xFFFF (a zip64 archive) lands here too: a pack never needs one
                raise PackError(f"the pack declares {declared} members; at most {MAX_MEMBERS} are read")
            with zipfile.ZipFile(handle) as archive:
                infos = _check_directory(archive.infolist())
                by_name = {info.filename: info for info in infos}
                if MANIFEST_NAME not in by_name:
                    raise PackError(f"the pack has no {MANIFEST_NAME} (every pack names its modules and files there)")
                manifest_bytes = _read_member(archive, by_name[MANIFEST_NAME])
                manifest = parse_manifest(manifest_bytes)
                _check_listing(manifest, by_name)
                signature = _read_member(archive, by_name[SIGNATURE_NAME]) if SIGNATURE_NAME in by_name else None
                files = {}
                for name, expected in sorted(manifest.files.items()):
                    data = _read_member(archive, by_name[name])
                    if hashlib.sha256(data).hexdigest() != expected:
                        raise _refuse(name, f"its content does not match the sha256 in {MANIFEST_NAME}")
                    files[name] = data
    except PackError:
        raise
    except ManifestError as exc:
        raise PackError(str(exc)) from exc
    except FileNotFoundError as exc:
        raise PackError(f"{path}: no such file") from exc
    except OSError as exc:
        raise PackError(f"{path.name}: cannot be read: {exc.strerror or exc}") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        # BadZipFile covers a truncated file and a CRC mismatch; the others, damaged compressed data.
        raise PackError(f"{path.name}: not a complete pack file (damaged or cut short: {exc})") from exc
    return ReadPack(manifest, manifest_bytes, signature, files)


def _check_listing(manifest: PackManifest, members: dict[str, zipfile.ZipInfo]) -> None:
    """The manifest and the zip must name exactly the same files, and every file must belong to
    a module the manifest lists."""
    for name in manifest.files:
        check_name(name)
        if name not in members:
            raise _refuse(name, f"listed in {MANIFEST_NAME} but missing from the pack")
        match = MEMBER_PATTERN.fullmatch(name)
        if not match:
            raise _refuse(name, f"listed in {MANIFEST_NAME} but not a module file")
        if match.group(1) not in manifest.modules:
            raise _refuse(name, f"belongs to module '{match.group(1)}', which {MANIFEST_NAME} does not list")
    for name in members:
        if name not in (MANIFEST_NAME, SIGNATURE_NAME) and name not in manifest.files:
            raise _refuse(name, f"not listed in {MANIFEST_NAME}, so its content cannot be checked")
    for module_id in manifest.modules:
        if f"modules/{module_id}/module.yaml" not in manifest.files:
            raise PackError(f"module '{module_id}' is listed in {MANIFEST_NAME} but has no module.yaml")
