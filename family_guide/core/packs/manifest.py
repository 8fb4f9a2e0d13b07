"""``pack.json``: the pack's name, author and version, its modules, and the sha256 of every file.

The signature covers these exact bytes, and the bytes name every file's hash, so one signature
vouches for every file in the pack.
"""

from __future__ import annotations

import json
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from family_guide.core.packs.signing import plain_name

MANIFEST_NAME = "pack.json"
SIGNATURE_NAME = "pack.sig"
FORMAT = 1
MAX_MODULES_PER_PACK = 50

PackId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


def _plain(value: str) -> str:
    if not plain_name(value):
        raise ValueError("must be 1 to 120 visible characters on one line (no control or direction characters)")
    return value


Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120), AfterValidator(_plain)]
Version = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")]

# Where a module file may sit inside a pack: modules/<module id>/<module or language>.yaml, and a
# translation's stamps, <language>.hashes.yaml (docs/translating.md).
MEMBER_PATTERN = re.compile(
    r"^modules/([a-z0-9]+(?:-[a-z0-9]+)*)/(module|[a-z]{2,3}(?:-[A-Z]{2})?(?:\.hashes)?)\.yaml$"
)


class PackManifest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: int = FORMAT
    id: PackId
    name: Label
    author: Label
    version: Version
    modules: list[PackId] = Field(min_length=1, max_length=MAX_MODULES_PER_PACK)
    files: dict[str, Sha256] = Field(min_length=1)

    def to_bytes(self) -> bytes:
        """The bytes written as pack.json (and signed): stable key order, UTF-8."""
        return (json.dumps(self.model_dump(), indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


class ManifestError(ValueError):
    """pack.json cannot be used; the message says what is wrong in plain words."""


def parse_manifest(data: bytes) -> PackManifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{MANIFEST_NAME} is not valid JSON text: {exc}") from exc
    if not isinstance(raw, dict):
        raise ManifestError(f"{MANIFEST_NAME} must be a JSON object")
    if raw.get("format", FORMAT) != FORMAT:
        raise ManifestError(
            f"{MANIFEST_NAME} has format {raw.get('format')!r:.20}; this version of Family Guide reads format {FORMAT}"
        )
    try:
        manifest = PackManifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ManifestError(f"{MANIFEST_NAME}: {where}: {first['msg']}") from exc
    if len(set(manifest.modules)) != len(manifest.modules):
        raise ManifestError(f"{MANIFEST_NAME}: modules: a module is listed twice")
    return manifest
