"""Check a read pack with the same module checker as bundled content, then install, list and remove.

Nothing on disk changes until every check has passed: the modules are validated in a private
temporary folder (0700) outside the user's data, then written to a hidden staging folder beside
the user's modules and renamed into place. A failure at any step puts everything back.
Which pack installed which module is kept in ``<data>/packs/<pack id>.json``.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from family_guide.core.atomic import write_atomic
from family_guide.core.packs.manifest import MEMBER_PATTERN
from family_guide.core.packs.reader import PackError, ReadPack, read_pack
from family_guide.core.packs.signing import KNOWN, UNKNOWN, UNSIGNED, PublicKey, SignatureInfo, trusted_keys, verify
from family_guide.core.text_rules import printable

if TYPE_CHECKING:
    from family_guide.paths import AppPaths

MAX_PROBLEMS_SHOWN = 10
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_STAGING_PREFIX = ".pack-"  # a leading dot: the loader never reads these folders


@dataclass(frozen=True)
class InstalledPack:
    id: str
    name: str
    author: str
    version: str
    modules: tuple[str, ...]
    public_key: str  # base64, "" when unsigned
    claimed_signer: str
    installed: str  # date, YYYY-MM-DD
    signature: SignatureInfo = field(default_factory=lambda: SignatureInfo(UNSIGNED))

    def as_record(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "author": self.author,
            "version": self.version,
            "modules": list(self.modules),
            "public_key": self.public_key,
            "claimed_signer": self.claimed_signer,
            "installed": self.installed,
        }


@dataclass(frozen=True)
class CheckedPack:
    """A pack that passed every check and can be installed; ``signature`` says who signed it."""

    pack: ReadPack
    signature: SignatureInfo
    public_key: str
    replaces: InstalledPack | None

    @property
    def needs_warning(self) -> bool:
        return not self.signature.trusted


class PackStore:
    def __init__(self, modules_dir: Path, records_dir: Path, key_dirs: list[Path], bundled_modules: Path | None):
        self.modules_dir = modules_dir
        self.records_dir = records_dir
        self.key_dirs = key_dirs  # the user's trusted keys first, then the app's own
        self.bundled_modules = bundled_modules

    @classmethod
    def for_app(cls, app_paths: AppPaths) -> PackStore:
        from family_guide import paths

        try:
            bundled_modules = paths.bundled("resources", "modules")
            bundled_keys = [paths.bundled("resources", "trusted-keys")]
        except paths.MissingResourcesError:
            bundled_modules, bundled_keys = None, []
        return cls(
            app_paths.user_modules_dir,
            app_paths.data_dir / "packs",
            [app_paths.config_dir / "trusted-keys", *bundled_keys],
            bundled_modules,
        )

    # --- what is installed -------------------------------------------------------------------
    def trusted(self) -> list[PublicKey]:
        return trusted_keys(self.key_dirs)[0]

    def installed(self) -> list[InstalledPack]:
        """Installed packs by name; whether a signer is known is decided now, from today's keys."""
        packs = []
        trusted = {k.raw: k for k in self.trusted()}
        try:
            files = sorted(self.records_dir.glob("*.json"))
        except OSError:
            return []
        for path in files:
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
                pack = InstalledPack(
                    str(record["id"]),
                    str(record["name"]),
                    str(record["author"]),
                    str(record["version"]),
                    tuple(str(m) for m in record["modules"]),
                    str(record.get("public_key", "")),
                    str(record.get("claimed_signer", "")),
                    str(record.get("installed", "")),
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged record: its modules still load as plain user modules
            if not all(_ID.fullmatch(name) for name in (pack.id, *pack.modules)):
                continue  # ids become folder names in remove(): never act on an odd one
            packs.append(_with_signature(pack, trusted))
        return sorted(packs, key=lambda p: p.name.casefold())

    def find(self, pack_id: str) -> InstalledPack | None:
        return next((p for p in self.installed() if p.id == pack_id), None)

    # --- checking ----------------------------------------------------------------------------
    def check(self, path: Path) -> CheckedPack:
        """Read, verify and validate a pack file. Changes nothing on disk; raises PackError."""
        pack = read_pack(path)
        try:
            signature = verify(pack.manifest_bytes, pack.signature, self.trusted())
        except ValueError as exc:
            raise PackError(str(exc)) from exc
        public_key = json.loads(pack.signature)["public_key"] if pack.signature else ""
        validate_modules(pack, self.bundled_modules)
        replaces = self._check_conflicts(pack, public_key)
        return CheckedPack(pack, signature, public_key, replaces)

    def _check_conflicts(self, pack: ReadPack, public_key: str) -> InstalledPack | None:
        manifest = pack.manifest
        installed = self.installed()
        replaces = next((p for p in installed if p.id == manifest.id), None)
        if replaces and replaces.public_key and replaces.public_key != public_key:
            raise PackError(
                f"the pack '{manifest.id}' is already installed, signed by another key; this file cannot "
                "replace it. Remove the installed pack first if you trust this file."
            )
        owners = {m: p for p in installed if p is not replaces for m in p.modules}
        for module_id in manifest.modules:
            if module_id in owners:
                other = owners[module_id]
                raise PackError(f"module '{module_id}' is already installed by the pack '{other.name}' ({other.id})")
            if (self.modules_dir / module_id).exists() and not (replaces and module_id in replaces.modules):
                raise PackError(
                    f"module '{module_id}': a folder of that name is already in {self.modules_dir}; move it away first"
                )
        from family_guide.core.loader import MAX_MODULES_PER_FOLDER

        existing = len(_module_folders(self.modules_dir)) - (len(replaces.modules) if replaces else 0)
        if existing + len(manifest.modules) > MAX_MODULES_PER_FOLDER:
            raise PackError(f"the app reads at most {MAX_MODULES_PER_FOLDER} extra modules; remove some packs first")
        return replaces

    # --- changing the disk -------------------------------------------------------------------
    def install(self, checked: CheckedPack, allow_untrusted: bool = False) -> InstalledPack:
        """Install a checked pack. Unsigned or unknown-signer packs need ``allow_untrusted``
        (the user has seen the warning)."""
        if checked.needs_warning and not allow_untrusted:
            raise PackError(f"the pack is {checked.signature.describe()}; it is installed only after a warning")
        manifest = checked.pack.manifest
        _make_private(self.modules_dir)
        _make_private(self.records_dir)
        stage = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=self.modules_dir))
        old = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=self.modules_dir))
        moved_old: list[str] = []
        moved_new: list[str] = []
        record = InstalledPack(
            manifest.id,
            manifest.name,
            manifest.author,
            manifest.version,
            tuple(manifest.modules),
            checked.public_key,
            checked.signature.claimed_signer,
            dt.date.today().isoformat(),
            checked.signature,
        )
        try:
            _write_files(stage, checked.pack.files, durable=True)
            for module_id in checked.replaces.modules if checked.replaces else ():
                if (self.modules_dir / module_id).exists():
                    os.rename(self.modules_dir / module_id, old / module_id)
                    moved_old.append(module_id)
            for module_id in manifest.modules:
                os.rename(stage / module_id, self.modules_dir / module_id)
                moved_new.append(module_id)
            self._write_record(record)
        except OSError as exc:
            for module_id in moved_new:  # put everything back as it was
                with contextlib.suppress(OSError):
                    os.rename(self.modules_dir / module_id, stage / module_id)
            for module_id in moved_old:
                with contextlib.suppress(OSError):
                    os.rename(old / module_id, self.modules_dir / module_id)
            raise PackError(f"the pack could not be installed ({exc.strerror or exc}); nothing was changed") from exc
        finally:
            shutil.rmtree(stage, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
        return record

    def remove(self, pack_id: str) -> InstalledPack:
        pack = self.find(pack_id)
        if pack is None:
            known = ", ".join(p.id for p in self.installed()) or "none"
            raise PackError(f"no installed pack has the id '{printable(pack_id)[:80]}' (installed: {known})")
        moved: list[str] = []
        try:
            old = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=self.modules_dir))
            for module_id in pack.modules:
                if (self.modules_dir / module_id).exists():
                    os.rename(self.modules_dir / module_id, old / module_id)
                    moved.append(module_id)
            (self.records_dir / f"{pack.id}.json").unlink()
        except OSError as exc:
            for module_id in moved:
                with contextlib.suppress(OSError):
                    os.rename(old / module_id, self.modules_dir / module_id)
            raise PackError(f"the pack could not be removed ({exc.strerror or exc}); nothing was changed") from exc
        shutil.rmtree(old, ignore_errors=True)
        return pack

    def _write_record(self, pack: InstalledPack) -> None:
        data = (json.dumps(pack.as_record(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        write_atomic(self.records_dir / f"{pack.id}.json", data)


def validate_modules(pack: ReadPack, bundled_modules: Path | None) -> None:
    """The same checker as bundled content, on a private copy made by us (never the zip's own
    paths). The pack is loaded on its own, with links to the app's own modules allowed, which
    keeps an import fast; a module id the app already uses is refused first."""
    from family_guide.core.loader import load_catalog

    bundled = bundled_ids(bundled_modules)
    for module_id in pack.manifest.modules:
        if module_id in bundled:
            raise PackError(
                f"module '{module_id}' has the same id as one of the app's own modules; "
                "a pack cannot replace the app's content (give the module an id of its own)"
            )
    with tempfile.TemporaryDirectory(prefix="family-guide-pack-") as scratch:  # 0700
        root = Path(scratch) / "modules"
        _write_files(root, pack.files)
        catalog = load_catalog([(root, "user")], linkable=frozenset(bundled))
        problems = catalog.problems
        missing = [m for m in pack.manifest.modules if m not in catalog.modules]
        if problems or missing:
            lines = [_pack_relative(str(p), scratch) for p in problems[:MAX_PROBLEMS_SHOWN]]
            if len(problems) > MAX_PROBLEMS_SHOWN:
                lines.append(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more")
            if not lines:
                lines = [f"module '{m}' did not load" for m in missing]
            raise PackError("a module in the pack does not pass the content checks:\n" + "\n".join(lines))


def bundled_ids(bundled_modules: Path | None) -> set[str]:
    return set() if bundled_modules is None else {p.name for p in _module_folders(bundled_modules)}


def _with_signature(pack: InstalledPack, trusted: dict[bytes, PublicKey]) -> InstalledPack:
    if not pack.public_key:
        return pack
    try:
        raw = base64.b64decode(pack.public_key, validate=True)
    except ValueError:
        return pack
    fingerprint = PublicKey(raw, "").fingerprint
    known = trusted.get(raw)
    info = (
        SignatureInfo(KNOWN, pack.claimed_signer, known.name, fingerprint)
        if known
        else SignatureInfo(UNKNOWN, pack.claimed_signer, "", fingerprint)
    )
    return dataclasses.replace(pack, signature=info)


def _make_private(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by this user only, as the app's own
    folders are (on a shared PC, which packs are installed is nobody else's business)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)


def _module_folders(root: Path) -> list[Path]:
    try:
        return [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return []


def _write_files(root: Path, files: dict[str, bytes], durable: bool = False) -> None:
    """Write checked members under ``root``. Names were checked against MEMBER_PATTERN, so each is
    exactly modules/<id>/<file>.yaml; the path is rebuilt from the matched parts, never joined raw."""
    for name, data in files.items():
        match = MEMBER_PATTERN.fullmatch(name)
        if match is None:  # cannot happen after read_pack; a guard, not a path
            raise PackError(f"'{printable(name)}': not a module file")
        folder = root / match.group(1)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"{match.group(2)}.yaml"
        with open(target, "xb") as handle:
            handle.write(data)
            if durable:  # installed files must survive a power cut; the checking copy need not
                handle.flush()
                os.fsync(handle.fileno())


def _pack_relative(text: str, scratch: str) -> str:
    """Problems name files as they are inside the pack, not in our temporary folder."""
    for prefix in (str(Path(scratch).resolve()) + os.sep, scratch + os.sep):
        text = text.replace(prefix, "")
    return text
