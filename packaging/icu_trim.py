"""A smaller ICU data library for the Linux one-folder build (issue 16).

PySide6's Linux wheels link QtCore against ICU, and ICU's data library (``libicudata.so.73``) is
32 MB: every locale's names, currencies, units, time zones, break dictionaries, transliterators
and 190 legacy code pages. The app uses ICU through Qt for one thing: collation (QCollator sorts
the country list in the UI language). Qt does its own Unicode properties, line breaking (Arabic,
Hindi), shaping (HarfBuzz) and locale formats (Qt's own CLDR tables), and these wheels' ICU reads
no data files, only this library.

Evidence (docs/performance.md, "Frozen build"): after a full ``--self-test`` (every section and
dialog in every language, the country list filled and sorted in each) the pages of the data library
mapped into the process touched only the collation items (plus the table of contents and its
neighbours). So this keeps ICU's collation data for every locale (3.3 MB), the converter alias
table and the root bundles, and drops the rest: a new ``libicudata.so.<N>`` with the same name and
the one symbol (``icudt<N>_dat``) ICU's common library looks for.

Building it needs a C compiler (``cc``) on the build machine; without one the original library is
kept, with a warning, and the app is only larger. Windows and macOS builds carry no libicudata.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# Items of ICU's data package to keep, by name below "icudt<N>l/". Collation: all of it, so any
# locale Qt passes to QCollator sorts as before. The rest are small and are what locale fallback
# and a converter lookup open first, so a call the self-test did not make fails soft, not on a
# missing table of contents.
KEEP = re.compile(r"coll/.*|cnvalias\.icu|root\.res|res_index\.res|pool\.res|likelySubtags\.res|supplementalData\.res")
LIBRARY = re.compile(r"libicudata\.so\.(\d+)$")
ALIGN = 16  # ICU aligns each item (and the data itself) on 16 bytes
FILL = b"\xaa"  # what ICU's packager pads with, so an untrimmed repack is byte-identical


def _symbol(elf: bytes, pattern: re.Pattern[bytes]) -> tuple[bytes, int, int]:
    """(name, file offset, size) of the first dynamic symbol matching ``pattern`` in a 64-bit
    little-endian ELF shared library (what the Linux wheels ship)."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, shentsize, shnum = struct.unpack_from("<Q", elf, 0x28)[0], *struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", elf, pos)
            end = elf.index(b"\0", strings + st_name)
            name = elf[strings + st_name : end]
            if st_shndx and pattern.fullmatch(name):
                home = sections[st_shndx]
                return name, home[4] + st_value - home[3], st_size
    raise ValueError("no ICU data symbol in the library")


def items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split ICU common data ("CmnD") into its header and (name, bytes) items."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_at, data_at) in enumerate(toc):
        start = header_size + name_at
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = toc[i + 1][1] if i + 1 < count else len(data) - header_size
        out.append((name, data[header_size + data_at : header_size + end]))
    return data[:header_size], out


def _pad(length: int) -> int:
    return -length % ALIGN


def pack(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """Common data again, laid out as ICU's own packager does: header, count, (name, data) offsets
    from the table's start, names, then each item on a 16-byte boundary. Names stay sorted (ICU
    looks items up by binary search)."""
    kept = sorted(kept, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    first = table_size + len(names)
    first += _pad(len(header) + first)
    offsets, body, name_at, data_at = [], bytearray(), table_size, first
    for name, blob in kept:
        offsets.append((name_at, data_at))
        name_at += len(name) + 1
        padded = blob + FILL * _pad(len(blob))
        body += padded
        data_at += len(padded)
    table = struct.pack("<I", len(kept)) + b"".join(struct.pack("<II", *pair) for pair in offsets)
    gap = FILL * (first - table_size - len(names))
    return header + table + names + gap + bytes(body)


def trimmed_library(original: Path, out_dir: Path, keep: re.Pattern[str] = KEEP) -> Path | None:
    """Write a trimmed copy of ``original`` (libicudata.so.<N>) into ``out_dir``; None (and a
    warning) when no C compiler is found."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        print(f"WARNING: no C compiler: keeping the full {original.name} (32 MB)")
        return None
    elf = original.read_bytes()
    symbol, offset, size = _symbol(elf, re.compile(rb"icudt\d+_dat"))
    header, all_items = items(elf[offset : offset + size])
    prefix = all_items[0][0].split("/", 1)[0] + "/"  # "icudt73l/"
    kept = [(name, blob) for name, blob in all_items if keep.fullmatch(name.removeprefix(prefix))]
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.bin"
        blob.write_bytes(pack(header, kept))
        source = Path(tmp) / "icudata.S"
        name = symbol.decode("ascii")
        source.write_text(
            f"\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign {ALIGN}\n{name}:\n"
            f'\t.incbin "{blob}"\n\t.size {name}, . - {name}\n\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-o", str(target), str(source)],
            check=True,
        )
    print(f"ICU data: kept {len(kept)} of {len(all_items)} items, {target.stat().st_size / 1e6:.1f} MB")
    return target


def replace_in(binaries: list[tuple[str, str, str]], out_dir: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with libicudata swapped for the trimmed copy (Linux; unchanged elsewhere)."""
    result = []
    for dest, source, kind in binaries:
        if LIBRARY.search(dest) and kind == "BINARY" and Path(source).is_file():
            trimmed = trimmed_library(Path(source), out_dir)
            source = str(trimmed) if trimmed else source
        result.append((dest, source, kind))
    return result
