"""A cache of the validated content catalog, so a start with unchanged content skips parsing.

Validating every module (YAML parsing, pydantic, link checks) costs 50-110 ms on a slow PC at
every start, for content that almost never changes. The cache keeps the validated catalog as a
pickle and is used only when nothing it was built from has changed:

- the **fingerprint** covers every file under each content root (relative path, size, mtime in
  ns, file type, walked without following links), the app version, the Python version and the
  code that builds the catalog (the core package's files, or the frozen executable), so a new
  module, an edited line, a new app or a changed loader all rebuild it;
- the **payload** is checked with SHA-256 before it is read, and read by an unpickler that only
  builds the catalog's own classes and a few standard types, so a damaged or planted file is
  ignored, never trusted: the catalog is then built from the content as if there were no cache.

The cache lives in the user's private data folder (0700). It holds bundled and user module text,
never anything from the journal.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import stat
import sys
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING

from family_guide import __version__
from family_guide.core.atomic import write_atomic

if TYPE_CHECKING:
    from family_guide.core.model import LanguageText
    from family_guide.core.modules import Catalog

MAGIC = b"FGCATALOG1\n"
CACHE_FORMAT = 1
# A content root is a few hundred files; a runaway folder must not make the fingerprint slow.
MAX_FILES = 20_000

Roots = list[tuple[Path, str]]

# Every global the pickle of a catalog may name. Anything else (os.system, builtins.eval, ...) is
# refused, so even a forged cache with a valid checksum cannot run code.
_ALLOWED_MODULE_PREFIXES = ("family_guide.core.",)
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


class _CatalogUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) in _ALLOWED_GLOBALS or module.startswith(_ALLOWED_MODULE_PREFIXES):
            return super().find_class(module, name)
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


def read(cache_file: Path, key: bytes) -> Catalog | None:
    """The cached catalog for this fingerprint, or None when there is none or it cannot be trusted."""
    try:
        data = cache_file.read_bytes()
    except OSError:
        return None
    header = len(MAGIC) + 32 + 32
    if len(data) < header or not data.startswith(MAGIC):
        return None
    stored_key = data[len(MAGIC) : len(MAGIC) + 32]
    checksum = data[len(MAGIC) + 32 : header]
    payload = data[header:]
    if stored_key != key or hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        catalog = _CatalogUnpickler(io.BytesIO(payload)).load()
    except Exception:  # any damage at all means "no cache": the content is loaded as usual
        return None
    from family_guide.core.modules import Catalog

    return catalog if isinstance(catalog, Catalog) else None


class LazyTexts(MutableMapping[str, "LanguageText"]):
    """A module's texts (or their translation stamps) by language, each read from its own pickle
    the first time it is asked for.

    A start needs English and the reader's language; unpickling every language's models (eight
    languages, 6 MB) was most of a cached start. The pickles are part of the cache's payload, so
    they are checked by its checksum and read by the same allow-list unpickler."""

    def __init__(self, packed: dict[str, bytes | LanguageText]) -> None:
        self._items: dict[str, bytes | LanguageText] = dict(packed)

    def __getitem__(self, language: str) -> LanguageText:
        value = self._items[language]
        if isinstance(value, bytes):
            value = _CatalogUnpickler(io.BytesIO(value)).load()
            self._items[language] = value
        return value  # never bytes once read

    def __setitem__(self, language: str, text: LanguageText) -> None:
        self._items[language] = text

    def __delitem__(self, language: str) -> None:
        del self._items[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reduce__(self) -> tuple[type[LazyTexts], tuple[dict[str, bytes]]]:
        packed = {
            lang: value if isinstance(value, bytes) else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            for lang, value in self._items.items()
        }
        return (LazyTexts, (packed,))


def _with_lazy_texts(catalog: Catalog) -> Catalog:
    """The catalog as it is cached: each module's texts one pickle per language (LazyTexts), the
    same object for the module and its translation states, which compare the texts."""
    import dataclasses

    modules = {}
    for module_id, module in catalog.modules.items():
        lazy = LazyTexts(
            {lang: pickle.dumps(text, protocol=pickle.HIGHEST_PROTOCOL) for lang, text in module.texts.items()}
        )
        states = module.translation_states
        if dataclasses.is_dataclass(states) and getattr(states, "texts", None) is module.texts:
            # The stamps (a hash per text and language) are read with the texts they stamp.
            hashes = LazyTexts(
                {lang: pickle.dumps(h, protocol=pickle.HIGHEST_PROTOCOL) for lang, h in states.hashes.items()}
            )
            states = dataclasses.replace(states, texts=lazy, hashes=hashes)
        modules[module_id] = dataclasses.replace(module, texts=lazy, translation_states=states, _cache={})  # type: ignore[arg-type]
    return dataclasses.replace(catalog, modules=modules)


def write(cache_file: Path, key: bytes, catalog: Catalog) -> None:
    payload = pickle.dumps(_with_lazy_texts(catalog), protocol=pickle.HIGHEST_PROTOCOL)
    write_atomic(cache_file, MAGIC + key + hashlib.sha256(payload).digest() + payload)


def load_with_cache(roots: Roots, cache_file: Path, build: Callable[[Roots], Catalog]) -> tuple[Catalog, bool]:
    """The catalog for ``roots``, from the cache when nothing changed; says whether the cache was used.

    A cache that cannot be read or written never stops the app: the catalog is then built as usual.
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
