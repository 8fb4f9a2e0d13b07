"""Ed25519 signatures over a pack's manifest, keys, and the signers this computer trusts.

The signed message is a fixed prefix plus the exact bytes of pack.json. The prefix keeps a pack
signature from ever being valid for anything else signed with the same key. The manifest holds
the sha256 of every file, so the signature covers the whole pack. A signature that does not
verify is refused outright; a valid signature by a key we do not know is treated like no
signature (the user must agree to a plain warning).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from family_guide.core.text_rules import printable

SIGNED_PREFIX = b"family-guide-pack-v1\x00"
KEY_TAG = "family-guide-ed25519"
MAX_KEY_FILE_BYTES = 4096
MAX_SIGNATURE_BYTES = 4096

UNSIGNED, UNKNOWN, KNOWN = "unsigned", "unknown", "known"


def plain_name(text: str) -> bool:
    """1 to 120 characters on one line, with no control, direction or invisible characters: a name
    is shown in the import question next to "a signer this computer knows", so it must not be able
    to add a line or turn words around."""
    return 0 < len(text) <= 120 and text.strip() == text and printable(text) == text


class SignatureError(ValueError):
    """A signature or key file cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # 32 bytes
    name: str  # who the key belongs to, as its owner wrote it

    @property
    def fingerprint(self) -> str:
        """A short, readable id for the key: the first 16 hex digits of its sha256, in groups of 4."""
        digest = hashlib.sha256(self.raw).hexdigest()[:16].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))

    def line(self) -> str:
        return f"{KEY_TAG} {base64.b64encode(self.raw).decode('ascii')} {self.name}\n"


@dataclass(frozen=True)
class SignatureInfo:
    """Who signed a pack and whether this computer knows them."""

    status: str  # UNSIGNED, UNKNOWN or KNOWN
    claimed_signer: str = ""  # the name the signature carries: the signer's own word
    known_name: str = ""  # the name in the user's (or the app's) trusted key file
    fingerprint: str = ""

    @property
    def trusted(self) -> bool:
        return self.status == KNOWN

    def describe(self) -> str:
        if self.status == KNOWN:
            return f"signed by {self.known_name} (key {self.fingerprint}), a known signer"
        if self.status == UNKNOWN:
            return f"signed by an unknown key (key {self.fingerprint}); it says it is from '{self.claimed_signer}'"
        return "not signed"

    def as_dict(self) -> dict[str, object]:
        return {
            "status": self.status,
            "claimed_signer": self.claimed_signer,
            "known_name": self.known_name,
            "fingerprint": self.fingerprint,
        }


def make_key(name: str) -> tuple[bytes, PublicKey]:
    """A new private key as PEM bytes, and its public key."""
    if not plain_name(name):
        raise SignatureError("the key's name must be 1 to 120 visible characters on one line")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return pem, PublicKey(raw, name)


def write_private_key(path: Path, pem: bytes) -> None:
    """Write a private key readable by its owner only; never over an existing file (a lost key
    cannot sign updates of packs that users already have)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    if os.name != "nt":
        os.chmod(path, 0o600)  # the umask cannot widen it, but be explicit


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()[: MAX_KEY_FILE_BYTES + 1]
        if len(data) > MAX_KEY_FILE_BYTES:
            raise SignatureError(f"{path}: too large for a key file")
        key = serialization.load_pem_private_key(data, password=None)
    except OSError as exc:
        raise SignatureError(f"{path}: cannot read the key file: {exc.strerror or exc}") from exc
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"{path}: not a private key made by `family-guide make-key`") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(f"{path}: not an Ed25519 key (use `family-guide make-key`)")
    return key


def parse_public_key(text: str, where: str) -> PublicKey:
    """A public key line: ``family-guide-ed25519 <base64> <name>``."""
    parts = text.strip().split(" ", 2)
    if len(parts) != 3 or parts[0] != KEY_TAG:
        raise SignatureError(f"{where}: not a Family Guide public key (it starts with '{KEY_TAG} ')")
    try:
        raw = base64.b64decode(parts[1], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(f"{where}: the key is not valid base64") from exc
    if len(raw) != 32:
        raise SignatureError(f"{where}: an Ed25519 public key has 32 bytes, this one {len(raw)}")
    if not plain_name(parts[2]):
        raise SignatureError(f"{where}: the name after the key must be 1 to 120 visible characters on one line")
    return PublicKey(raw, parts[2])


def trusted_keys(folders: list[Path]) -> tuple[list[PublicKey], list[str]]:
    """Keys in ``*.pub`` files of the given folders, and a note for each file that is not a key."""
    keys, notes = [], []
    for folder in folders:
        try:
            files = sorted(p for p in folder.glob("*.pub") if p.is_file() and not p.is_symlink())
        except OSError:
            continue
        for path in files[:200]:  # a folder of thousands of files must not slow every import
            try:
                with open(path, "rb") as handle:
                    text = handle.read(MAX_KEY_FILE_BYTES).decode("utf-8")
                keys.append(parse_public_key(text, str(path)))
            except (OSError, UnicodeDecodeError, SignatureError) as exc:
                notes.append(f"{path}: not used as a trusted key: {exc}")
    return keys, notes


def signed_message(manifest_bytes: bytes) -> bytes:
    return SIGNED_PREFIX + manifest_bytes


def sign(manifest_bytes: bytes, key: Ed25519PrivateKey, signer: str) -> bytes:
    """The contents of pack.sig for these manifest bytes."""
    if not plain_name(signer):
        raise SignatureError("the signer's name must be 1 to 120 visible characters on one line")
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    body = {
        "algorithm": "ed25519",
        "public_key": base64.b64encode(raw).decode("ascii"),
        "signature": base64.b64encode(key.sign(signed_message(manifest_bytes))).decode("ascii"),
        "signer": signer,
    }
    return (json.dumps(body, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def verify(manifest_bytes: bytes, signature_file: bytes | None, trusted: list[PublicKey]) -> SignatureInfo:
    """Check pack.sig against the manifest. Raises SignatureError if it is malformed or does not
    verify: such a pack was changed after signing, so it is never imported."""
    if signature_file is None:
        return SignatureInfo(UNSIGNED)
    try:
        body = json.loads(signature_file.decode("utf-8"))
        if not isinstance(body, dict) or body.get("algorithm") != "ed25519":
            raise SignatureError("pack.sig: only Ed25519 signatures are read")
        raw = base64.b64decode(body["public_key"], validate=True)
        signature = base64.b64decode(body["signature"], validate=True)
        claimed = str(body.get("signer", ""))
    except SignatureError:
        raise
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, binascii.Error, ValueError) as exc:
        raise SignatureError(f"pack.sig: the signature file is damaged ({type(exc).__name__})") from exc
    if len(raw) != 32 or len(signature) != 64:
        raise SignatureError("pack.sig: the key or signature has the wrong length")
    if not plain_name(claimed):
        raise SignatureError("pack.sig: the signer's name must be 1 to 120 visible characters on one line")
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, signed_message(manifest_bytes))
    except InvalidSignature as exc:
        raise SignatureError(
            "pack.sig: the signature does not match pack.json: the pack was changed after it was signed"
        ) from exc
    key = PublicKey(raw, claimed)
    for known in trusted:
        if known.raw == raw:
            return SignatureInfo(KNOWN, claimed, known.name, key.fingerprint)
    return SignatureInfo(UNKNOWN, claimed, "", key.fingerprint)
