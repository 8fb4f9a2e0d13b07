"""A cache of the validated content catalog, so a start with unchanged content skips parsing.

Validating every module (YAML parsing, pydantic, link checks) costs 50-110 ms on a slow PC at
every start, for content that almost never changes. The cache keeps the validated catalog as a
pickle and is used only when nothing it was built from has changed:

- the **fingerprint** covers every file under each content root (relative path, size, mtime in
  ns, file type, walked without following links), the app version, the Python version and the
  code that builds the catalog (the core package's files, or the frozen executable), so a new
  module, an edited line, a new app or a changed loader all rebuild it;
- the **index** (the catalog without its texts) is checked with SHA-256 before it is read, and
  each language's texts and stamps against their own SHA-256 (kept in the index) when first read;
  all are read by an unpickler that only builds the catalog's own classes and a few standard
  types, so a damaged or planted file is ignored, never trusted: the catalog is then built from
  the content as if there were no cache (a damaged language: that module, from its folder).

The cache lives in the user's private data folder (0700). It holds bundled and user module text,
never anything from the journal.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import stat
import struct
import sys
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from family_guide import __version__
from family_guide.core.atomic import write_atomic

if TYPE_CHECKING:
    from family_guide.core.modules import Catalog, Module

# The file: MAGIC, the fingerprint (32 bytes), the SHA-256 of the index (32), the index's length
# (8, little-endian), the index (the catalog pickled without its texts), then the blobs (each
# language's texts and stamps, one pickle each, referred to from the index with their SHA-256).
MAGIC = b"FGCATALOG2\n"
CACHE_FORMAT = 2
_DIGEST = 32
_LENGTH = struct.Struct("<Q")
_HEAD = len(MAGIC) + 2 * _DIGEST + _LENGTH.size
# A content root is a few hundred files; a runaway folder must not make the fingerprint slow.
MAX_FILES = 20_000

Roots = list[tuple[Path, str]]

# Every global the pickle of a catalog may name. Anything else (os.system, builtins.eval, ...) is
# refused, so even a forged cache with a valid checksum cannot run code.
# Only the modules whose classes a catalog holds (not, say, the journal's, whose constructors open
# files); of them, only classes and _model (find_class).
_ALLOWED_MODULES = frozenset(
    {
        "family_guide.core.catalog_cache",
        "family_guide.core.model",
        "family_guide.core.modules",
        "family_guide.core.problems",
        "family_guide.core.translation_states",
    }
)
_ALLOWED_GLOBALS = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "tuple"),
    ("builtins", "list"),
    ("builtins", "dict"),
    ("builtins", "getattr"),  # pydantic's __reduce__ of private attributes refers to it
    ("builtins", "object"),
    ("copyreg", "_reconstructor"),
    ("copyreg", "__newobj__"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("pathlib", "Path"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib", "PurePosixPath"),
    ("pathlib", "PureWindowsPath"),
    ("collections", "OrderedDict"),
}


_set = object.__setattr__


def _model(cls: type[Any], fields: dict[str, object], fields_set: set[str]) -> object:
    """A pydantic model as validation built it, without validating again and without its
    __setstate__ (a Python call that unpacks a dict of four items for each of the catalog's
    thousands of models; this is ~15% quicker to unpickle)."""
    if getattr(cls, "__pydantic_fields__", None) is None:  # only the catalog's allowed classes get here
        raise pickle.UnpicklingError(f"{cls!r} is not a content model")
    model = object.__new__(cls)  # BaseModel has no __new__ of its own
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


class _ModelPickler(pickle.Pickler):
    """Pickles the content models for _model (the rest as usual)."""

    def reducer_override(self, obj: object) -> Any:  # a reduce tuple, or NotImplemented for the usual way
        if (
            getattr(type(obj), "__pydantic_fields__", None) is not None
            and getattr(obj, "__pydantic_extra__", None) is None
            and getattr(obj, "__pydantic_private__", None) is None
        ):
            return (_model, (type(obj), obj.__dict__, obj.__pydantic_fields_set__))  # type: ignore[attr-defined]
        return NotImplemented


def _dumps(value: object) -> bytes:
    out = io.BytesIO()
    _ModelPickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


class _CatalogUnpickler(pickle.Unpickler):
    # What each allowed name was found to be. Each language's pickle has its own unpickler, which
    # asked Python's import machinery again for every class (through PySide6's import hook in the
    # app: 7 ms for the first screens' 60 languages).
    _found: ClassVar[dict[tuple[str, str], object]] = {}

    def find_class(self, module: str, name: str) -> object:
        found = self._found.get((module, name))
        if found is not None:
            return found
        if (module, name) in _ALLOWED_GLOBALS:
            found = self._found[(module, name)] = super().find_class(module, name)
            return found
        if module in _ALLOWED_MODULES:
            found = super().find_class(module, name)
            # The app's own classes and _model, never one of its functions (such as write_atomic).
            if isinstance(found, type) or found is _model:
                self._found[(module, name)] = found
                return found
        raise pickle.UnpicklingError(f"the catalog cache names {module}.{name}, which a catalog never holds")


def _code_marker() -> list[str]:
    """What identifies the code that builds the catalog: its files, or the frozen app itself."""
    if getattr(sys, "frozen", False):
        try:
            info = os.stat(sys.executable)
            return [f"frozen {info.st_size} {info.st_mtime_ns}"]
        except OSError:
            return ["frozen ?"]
    # Every file of the core package but the bytecode Python writes beside it (which would change
    # the fingerprint at the first start after each edit): a data file the loader reads is code too.
    return [f"code {line}" for line in _walk(os.path.dirname(os.path.abspath(__file__)), skip="__pycache__")]


def _walk(root: str | Path, skip: str = "") -> list[str]:
    """A line per entry under ``root`` (not following links): its path relative to the root, type,
    size and mtime in ns, so an edit in place with the same size is still seen.

    os.scandir and DirEntry.stat with plain strings: the stat of a regular file is one lstat call,
    and the relative path is built by joining names, not by pathlib (which was most of the time)."""
    lines: list[str] = []
    stack = [(os.fspath(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            lines.append(f"unreadable {prefix or '.'} {exc.errno}")
            continue
        for entry in entries:
            name = prefix + entry.name
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                lines.append(f"gone {name}")
                continue
            lines.append(f"{name} {stat.S_IFMT(info.st_mode)} {info.st_size} {info.st_mtime_ns}")
            if stat.S_ISDIR(info.st_mode) and entry.name != skip:
                stack.append((entry.path, name + "/"))
        if len(lines) > MAX_FILES:
            raise OverflowError("too many files to fingerprint")
    return lines


def fingerprint(roots: Roots) -> bytes:
    """A digest of everything the catalog is built from; equal digests mean an equal catalog."""
    lines = [f"format {CACHE_FORMAT}", f"app {__version__}", f"python {sys.version}", *_code_marker()]
    for root, origin in roots:
        walked = _walk(root) if os.path.isdir(root) else []
        # A missing or empty root adds nothing to the catalog, wherever it is: its path is left out,
        # so the same content under another empty user folder (a new profile, each test) still hits.
        lines.append(f"root {origin} {root}" if walked else f"root {origin} empty")
        lines.extend(walked)
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).digest()


class _Damaged(Exception):
    """A blob of the cache file does not match its checksum, or cannot be read."""


class _Replaced(Exception):
    """The cache file is no longer the one this catalog was read from."""


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


class _Blobs:
    """The blob area of the cache file a catalog was read from, and what is done when one of its
    blobs is damaged or the file was replaced since.

    The blobs are read from the file when first asked for, not at start: reading the whole 7 MB
    into fresh memory was a third of a start in a new process. The file's identity (device, inode,
    size, mtime) is kept, so a blob is only ever read from the very file the index came from."""

    def __init__(self, cache_file: Path, start: int, identity: tuple[int, int, int, int]) -> None:
        self.cache_file = cache_file
        self.start = start
        self.identity = identity
        self._reloaded: dict[tuple[Path, str], Module | None] = {}
        self._data: bytes | None = None  # the whole file, once a damaged blob was seen

    def ref(self, pid: object) -> _BlobRef:
        """A reference from the index (offset, length, SHA-256), refused if malformed or past the
        end of the file, so a truncated file is refused at start."""
        if not (
            isinstance(pid, tuple)
            and len(pid) == 3
            and type(pid[0]) is int
            and type(pid[1]) is int
            and isinstance(pid[2], bytes)
            and len(pid[2]) == _DIGEST
        ):
            raise pickle.UnpicklingError("a malformed reference in the catalog cache")
        offset, length, digest = pid
        if offset < 0 or length < 0 or self.start + offset + length > self.identity[2]:
            raise pickle.UnpicklingError("a reference past the end of the catalog cache")
        return _BlobRef(self, offset, length, digest)

    def read(self, offset: int, length: int) -> bytes:
        if self._data is not None:
            return self._data[self.start + offset : self.start + offset + length]
        try:
            with open(self.cache_file, "rb") as file:
                if _identity(os.fstat(file.fileno())) != self.identity:
                    raise _Replaced
                file.seek(self.start + offset)
                return file.read(length)
        except OSError as exc:  # removed, or unreadable now
            raise _Replaced from exc

    def module_from_content(self, folder: Path, origin: str, damaged: bool) -> Module | None:
        """The module validated from its folder, once. After a damaged blob the cache file is
        removed, so the next start builds it again (a replaced file is left alone: it is newer);
        the rest of it is kept in memory first, so the sound languages are still read from it."""
        if damaged and self._data is None:
            with contextlib.suppress(OSError, _Replaced):
                self._data = self.read(-self.start, self.identity[2])
                # If it cannot be removed, the next start finds the same damage and builds it again.
                self.cache_file.unlink()
        if (folder, origin) not in self._reloaded:
            from family_guide.core.loader import load_module

            self._reloaded[(folder, origin)] = load_module(folder, origin)[0]
        return self._reloaded[(folder, origin)]


class _BlobRef:
    """One language's pickle in the blob area, checked against its SHA-256 when first read."""

    __slots__ = ("blobs", "digest", "length", "offset")

    def __init__(self, blobs: _Blobs, offset: int, length: int, digest: bytes) -> None:
        self.blobs, self.offset, self.length, self.digest = blobs, offset, length, digest

    def load(self) -> object:
        raw = self.blobs.read(self.offset, self.length)
        if hashlib.sha256(raw).digest() != self.digest:
            raise _Damaged
        try:
            return _CatalogUnpickler(io.BytesIO(raw)).load()
        except Exception as exc:  # a blob with a valid checksum that still does not unpickle
            raise _Damaged from exc


@dataclass(frozen=True)
class _Packed:
    """A language's pickle in memory (as written, or from a plain pickle of a LazyTexts)."""

    data: bytes


class _IndexUnpickler(_CatalogUnpickler):
    def __init__(self, file: io.BytesIO, blobs: _Blobs) -> None:
        super().__init__(file)
        self._blobs = blobs

    def persistent_load(self, pid: object) -> _BlobRef:
        return self._blobs.ref(pid)


class _IndexPickler(_ModelPickler):
    """Pickles the catalog as its index: each _Packed language becomes a reference to a blob."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.blobs: list[bytes] = []
        self.size = 0

    def persistent_id(self, obj: object) -> tuple[int, int, bytes] | None:
        if type(obj) is not _Packed:
            return None
        ref = (self.size, len(obj.data), hashlib.sha256(obj.data).digest())
        self.blobs.append(obj.data)
        self.size += len(obj.data)
        return ref


def read(cache_file: Path, key: bytes) -> Catalog | None:
    """The cached catalog for this fingerprint, or None when there is none or it cannot be trusted.

    Only the head and the index (the catalog without its texts) are read and checked here; each
    language's texts and stamps are read and checked against their own SHA-256 when first asked
    for (LazyTexts)."""
    try:
        with open(cache_file, "rb") as file:
            identity = _identity(os.fstat(file.fileno()))
            head = file.read(_HEAD)
            if len(head) < _HEAD or not head.startswith(MAGIC):
                return None
            at = len(MAGIC)
            stored_key, checksum = head[at : at + _DIGEST], head[at + _DIGEST : at + 2 * _DIGEST]
            (index_length,) = _LENGTH.unpack_from(head, at + 2 * _DIGEST)
            if stored_key != key or _HEAD + index_length > identity[2]:
                return None
            index = file.read(index_length)
    except OSError:
        return None
    if hashlib.sha256(index).digest() != checksum:
        return None
    try:
        catalog = _IndexUnpickler(io.BytesIO(index), _Blobs(cache_file, _HEAD + index_length, identity)).load()
    except Exception:  # any damage at all means "no cache": the content is loaded as usual
        return None
    from family_guide.core.modules import Catalog

    return catalog if isinstance(catalog, Catalog) else None


class LazyTexts(MutableMapping[str, Any]):
    """A module's texts (or their translation stamps) by language, each read from its own pickle
    the first time it is asked for.

    A start needs English and the reader's language; unpickling every language's models (eight
    languages, 6 MB) was most of a cached start, and reading and checking all of them most of
    what was left. Each pickle is read from the cache file and checked against its SHA-256 (kept
    in the checked index) when first asked for, by the same allow-list unpickler. A damaged one
    is never used, nor one from a cache file replaced since the start: that module is validated
    from its folder instead (``source``), and a damaged file removed so the next start rebuilds it."""

    def __init__(self, items: dict[str, Any], source: tuple[Path, str, str] | None = None) -> None:
        self._items: dict[str, Any] = dict(items)
        self._source = source  # (module folder, origin, "texts" or "hashes")

    def __getitem__(self, language: str) -> Any:
        value = self._items[language]
        if type(value) is _Packed:
            value = _CatalogUnpickler(io.BytesIO(value.data)).load()
        elif type(value) is _BlobRef:
            try:
                value = value.load()
            except (_Damaged, _Replaced) as exc:
                value = self._from_content(language, value.blobs, damaged=isinstance(exc, _Damaged))
        else:
            return value
        self._items[language] = value
        return value

    def _from_content(self, language: str, blobs: _Blobs, damaged: bool) -> Any:
        if self._source is None:
            raise KeyError(language)
        folder, origin, part = self._source
        module = blobs.module_from_content(folder, origin, damaged)
        if module is None:  # the content broke since this start: as if the language were missing
            raise KeyError(language)
        if part == "texts":
            return module.texts[language]
        return getattr(module.translation_states, "hashes", {})[language]

    def __contains__(self, language: object) -> bool:
        return language in self._items  # without reading it

    def __setitem__(self, language: str, text: Any) -> None:
        self._items[language] = text

    def __delitem__(self, language: str) -> None:
        del self._items[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def unread(self) -> set[str]:
        """The languages not read yet."""
        return {lang for lang, value in self._items.items() if type(value) in (_Packed, _BlobRef)}

    def __reduce__(self) -> tuple[type[LazyTexts], tuple[dict[str, Any], tuple[Path, str, str] | None]]:
        items = {lang: self[lang] if type(value) is _BlobRef else value for lang, value in self._items.items()}
        return (LazyTexts, (items, self._source))


def _with_lazy_texts(catalog: Catalog) -> Catalog:
    """The catalog as it is cached: each module's texts one pickle per language (LazyTexts), the
    same object for the module and its translation states, which compare the texts."""
    import dataclasses

    def packed(value: object) -> _Packed:
        return _Packed(_dumps(value))

    modules = {}
    for module_id, module in catalog.modules.items():
        lazy = LazyTexts(
            {lang: packed(text) for lang, text in module.texts.items()}, (module.folder, module.origin, "texts")
        )
        states = module.translation_states
        if dataclasses.is_dataclass(states) and getattr(states, "texts", None) is module.texts:
            # The stamps (a hash per text and language) are read with the texts they stamp.
            hashes = LazyTexts(
                {lang: packed(h) for lang, h in states.hashes.items()}, (module.folder, module.origin, "hashes")
            )
            states = dataclasses.replace(states, texts=lazy, hashes=hashes)
        modules[module_id] = dataclasses.replace(module, texts=lazy, translation_states=states, _cache={})  # type: ignore[arg-type]
    return dataclasses.replace(catalog, modules=modules)


def _pack(key: bytes, cached: Catalog) -> bytes:
    """The cache file's bytes for a catalog as _with_lazy_texts gives it."""
    out = io.BytesIO()
    pickler = _IndexPickler(out)
    pickler.dump(cached)
    index = out.getvalue()
    head = MAGIC + key + hashlib.sha256(index).digest() + _LENGTH.pack(len(index))
    return b"".join([head, index, *pickler.blobs])


def write(cache_file: Path, key: bytes, catalog: Catalog) -> None:
    write_atomic(cache_file, _pack(key, _with_lazy_texts(catalog)))


def _load_catalog(roots: Roots) -> Catalog:
    from family_guide.core.loader import load_catalog

    return load_catalog(roots)


def load_with_cache(
    roots: Roots, cache_file: Path, build: Callable[[Roots], Catalog] = _load_catalog
) -> tuple[Catalog, bool]:
    """The catalog for ``roots``, from the cache when nothing changed; says whether the cache was used.

    A cache that cannot be read or written never stops the app: the catalog is then built as usual.
    By default the loader (YAML, validation: ~60 ms of imports on a busy machine) is imported only
    when the catalog has to be built.
    """
    try:
        key = fingerprint(roots)
    except (OSError, OverflowError):
        return build(roots), False
    cached = read(cache_file, key)
    if cached is not None:
        return cached, True
    catalog = build(roots)
    # Write only if the content did not change while it was read, so the cache never pairs old
    # text with a new fingerprint (the next start then builds again).
    try:
        if fingerprint(roots) == key:
            write(cache_file, key, catalog)
    except Exception:  # a cache that cannot be written (disk, permissions, pickling) only costs speed
        pass
    return catalog, False
