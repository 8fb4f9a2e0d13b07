"""Make a pack from module folders: ``sign-pack`` for organisations, ``export-pack`` for one user module.

A pack is built in memory, then read back with the same reader and module checker that an
import uses, so a pack that would be refused is never written.
"""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any  # pack.json as parsed JSON; PackManifest checks its fields

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from family_guide.core.atomic import write_atomic
from family_guide.core.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, PackManifest
from family_guide.core.packs.reader import MAX_MEMBER_BYTES, PackError, ReadPack, read_pack
from family_guide.core.packs.signing import sign
from family_guide.core.packs.store import validate_modules

_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same folder always gives the same bytes
_INFO_FIELDS = {"id", "name", "author", "version"}


def read_pack_info(folder: Path) -> dict[str, Any]:
    """The author's ``pack.json`` in a pack folder: id, name, author and version."""
    path = folder / MANIFEST_NAME
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PackError(
            f"{path}: missing; write one with the pack's id, name, author and version (see docs/content-packs.md)"
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackError(f"{path}: cannot be read as JSON: {exc}") from exc
    if not isinstance(info, dict):
        raise PackError(f"{path}: must be a JSON object with id, name, author and version")
    extra = set(info) - _INFO_FIELDS - {"modules", "files", "format"}
    missing = _INFO_FIELDS - set(info)
    if extra or missing:
        raise PackError(
            f"{path}: needs exactly {', '.join(sorted(_INFO_FIELDS))} (missing: {sorted(missing)}, unknown: {sorted(extra)})"
        )
    return {k: info[k] for k in _INFO_FIELDS}


def module_folders_in(folder: Path) -> list[Path]:
    folders = sorted(
        p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".") and (p / "module.yaml").is_file()
    )
    if not folders:
        raise PackError(f"{folder}: no module folders (a module folder holds a module.yaml)")
    return folders


def collect_files(module_folders: list[Path]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for folder in module_folders:
        if folder.is_symlink():
            raise PackError(f"{folder}: a link; put the module folder itself here")
        for path in sorted(folder.iterdir()):
            if path.name.startswith("."):
                continue
            if path.is_symlink() or not path.is_file() or path.suffix != ".yaml":
                raise PackError(f"{path}: a pack holds only the module's .yaml files; move this out of the folder")
            if path.stat().st_size > MAX_MEMBER_BYTES:
                raise PackError(f"{path}: larger than {MAX_MEMBER_BYTES:,} bytes")
            files[f"modules/{folder.name}/{path.name}"] = path.read_bytes()
    return files


def build_pack(
    info: dict[str, Any], files: dict[str, bytes], key: Ed25519PrivateKey | None = None, signer: str = ""
) -> bytes:
    """The pack file's bytes: pack.json (with every file's sha256), pack.sig when a key is given, the files."""
    modules = sorted({name.split("/")[1] for name in files})
    try:
        manifest = PackManifest(
            **info, modules=modules, files={name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise PackError(f"{MANIFEST_NAME}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from exc
    manifest_bytes = manifest.to_bytes()
    members = {MANIFEST_NAME: manifest_bytes}
    if key is not None:
        members[SIGNATURE_NAME] = sign(manifest_bytes, key, signer or manifest.author)
    members.update(sorted(files.items()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            entry = zipfile.ZipInfo(name, _FIXED_TIME)
            entry.external_attr = 0o100644 << 16  # a plain file, readable by all
            entry.create_system = 3
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    return buffer.getvalue()


def check_built(data: bytes, bundled_modules: Path | None) -> ReadPack:
    """Read the built pack back exactly as an import would, so authors see every problem first."""
    with tempfile.TemporaryDirectory(prefix="family-guide-pack-") as scratch:
        path = Path(scratch) / "check.zip"
        path.write_bytes(data)
        pack = read_pack(path)
    validate_modules(pack, bundled_modules)
    return pack


def write_pack(out: Path, data: bytes) -> None:
    write_atomic(out, data, mode=0o644)
