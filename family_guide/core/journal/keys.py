"""The journal's key file: a random database key, wrapped by keys derived from secrets.

The database key never depends on the passphrase, so changing the passphrase rewrites one
small file atomically: an interruption leaves the old passphrase or the new one working,
never neither. Each secret (passphrase, recovery key) derives a wrapping key with Argon2id;
its parameters are stored beside the salt so they can be raised later. AES key wrap
(RFC 3394, from ``cryptography``) both hides the key and tells a wrong secret apart from a
damaged file, without our own crypto.

Without a passphrase the key is stored unwrapped (the user chose this after a warning):
the database is still unreadable to tools that do not know about this file, and deleted
text still leaves no readable trace, but anyone who can read the folder can open it.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from family_guide.core.atomic import write_atomic

# The key file is JSON; each field is checked where it is read (from_dict, _unwrap, KeyFile.load),
# so a parsed object is a dict of Any until then.
JsonObject = dict[str, Any]

KEY_FILE_FORMAT = 1
DATABASE_KEY_BYTES = 32
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
RECOVERY_GROUPS = 6  # 6 groups of 5 characters: 150 bits
SALT_BYTES = 16
WRAPPED_BYTES = DATABASE_KEY_BYTES + 8  # RFC 3394 adds one 8-byte block


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is tuned to about half a second on a 2-core test machine."""

    time_cost: int = 5
    memory_kib: int = 131072
    parallelism: int = 1

    def as_dict(self) -> JsonObject:
        return {
            "algorithm": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_dict(cls, data: JsonObject) -> KdfParams:
        """Read stored parameters. A damaged or hostile file could ask for absurd costs (a
        memory size that exhausts the computer, zero passes), so values outside sane bounds
        count as damage, never as a wrong passphrase."""
        if not isinstance(data, dict) or data.get("algorithm") != "argon2id":
            raise KeyFileError("the key file is damaged (unknown key derivation)")
        try:
            params = cls(*(_whole_number(data[name]) for name in ("time_cost", "memory_kib", "parallelism")))
        except (KeyError, TypeError, ValueError) as error:
            raise KeyFileError("the key file is damaged (key derivation)") from error
        if not (
            1 <= params.time_cost <= MAX_TIME_COST
            and 1 <= params.parallelism <= MAX_PARALLELISM
            and 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
        ):
            raise KeyFileError("the key file is damaged (key derivation)")
        return params


def _whole_number(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not a whole number")
    return value


# Bounds for parameters read from a key file (far above the defaults, far below harm).
MAX_TIME_COST = 64
MAX_PARALLELISM = 16
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB

DEFAULT_KDF = KdfParams()
# Cheap parameters for tests only; never used by the app.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def passphrase_problem(passphrase: str) -> str | None:
    """Why the core refuses a new passphrase: "empty", "common", or None when it is acceptable.

    No passphrase at all is a separate, explicit choice (``None`` to KeyFile.create), never an
    empty string. "common": it is on the bundled list of the passwords guessed first."""
    if not passphrase.strip():
        return "empty"
    if _squeezed(passphrase) in _common_passphrases():
        return "common"
    return None


def _squeezed(text: str) -> str:
    return "".join(text.casefold().split())


@functools.cache
def _common_passphrases() -> frozenset[str]:
    from family_guide import paths

    lines = paths.bundled("resources", "passphrases", "common.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_squeezed(line) for line in lines if line.strip() and not line.startswith("#"))


class KeyFileError(Exception):
    """The key file is missing or damaged (not: a wrong passphrase)."""


class WrongSecret(Exception):
    """The passphrase or recovery key does not open this journal."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, length: int | None = None) -> bytes:
    """Decode a stored value; anything malformed is damage (KeyFileError), never a crash."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (AttributeError, UnicodeEncodeError, ValueError) as error:
        raise KeyFileError("the key file is damaged") from error
    if length is not None and len(data) != length:
        raise KeyFileError("the key file is damaged")
    return data


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _wrap(database_key: bytes, secret: str, params: KdfParams) -> JsonObject:
    from cryptography.hazmat.primitives.keywrap import aes_key_wrap

    salt = os.urandom(SALT_BYTES)
    return {
        "kdf": params.as_dict(),
        "salt": _b64(salt),
        "wrapped": _b64(aes_key_wrap(derive(secret, salt, params), database_key)),
    }


def _unwrap(slot: JsonObject, secret: str) -> bytes:
    from argon2.exceptions import Argon2Error
    from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

    if not isinstance(slot, dict) or not all(k in slot for k in ("kdf", "salt", "wrapped")):
        raise KeyFileError("the key file is damaged")
    params = KdfParams.from_dict(slot["kdf"])
    salt, wrapped = _unb64(slot["salt"], SALT_BYTES), _unb64(slot["wrapped"], WRAPPED_BYTES)
    try:
        wrapping_key = derive(secret, salt, params)
    except Argon2Error as error:
        raise KeyFileError("the key file is damaged (key derivation)") from error
    try:
        return aes_key_unwrap(wrapping_key, wrapped)
    except InvalidUnwrap:
        # AES key wrap cannot tell a wrong secret from a flipped bit in this slot; the UI says both.
        raise WrongSecret from None


def new_recovery_key() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(5 * RECOVERY_GROUPS))
    return "-".join(chars[i : i + 5] for i in range(0, len(chars), 5))


def normalise_recovery_key(text: str) -> str:
    """Accept what people type: lower case, spaces, missing or extra dashes."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


@dataclass
class KeyFile:
    """The contents of ``journal.keys``: which secrets can open the journal."""

    slots: JsonObject  # "passphrase" / "recovery" -> wrapped slot, or "none" -> the plain key

    @property
    def has_passphrase(self) -> bool:
        return "passphrase" in self.slots

    @property
    def has_recovery(self) -> bool:
        return "recovery" in self.slots

    @classmethod
    def create(
        cls, passphrase: str | None, with_recovery: bool, params: KdfParams = DEFAULT_KDF
    ) -> tuple[KeyFile, bytes, str | None]:
        """A new random database key, wrapped. Returns the file, the key and the recovery key (shown once)."""
        database_key = secrets.token_bytes(DATABASE_KEY_BYTES)
        slots: JsonObject = {}
        if passphrase is None:
            slots["none"] = _b64(database_key)
        else:
            slots["passphrase"] = _wrap(database_key, passphrase, params)
        recovery = None
        if with_recovery and passphrase is not None:
            recovery = new_recovery_key()
            slots["recovery"] = _wrap(database_key, recovery, params)
        return cls(slots), database_key, recovery

    def open_without_passphrase(self) -> bytes:
        if "none" not in self.slots:
            raise WrongSecret
        return _unb64(self.slots["none"], DATABASE_KEY_BYTES)

    def open_with_passphrase(self, passphrase: str) -> bytes:
        if "passphrase" not in self.slots:
            return self.open_without_passphrase()
        return _unwrap(self.slots["passphrase"], passphrase)

    def open_with_recovery(self, recovery_key: str) -> bytes:
        if "recovery" not in self.slots:
            raise WrongSecret
        return _unwrap(self.slots["recovery"], normalise_recovery_key(recovery_key))

    def unlock(self, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
        """The database key from whichever secret was given (none: the no-passphrase slot).
        Raises WrongSecret, or KeyFileError when the file itself is damaged."""
        if recovery_key is not None:
            return self.open_with_recovery(recovery_key)
        if passphrase is not None:
            return self.open_with_passphrase(passphrase)
        return self.open_without_passphrase()

    def with_passphrase(self, database_key: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF) -> KeyFile:
        slots = {k: v for k, v in self.slots.items() if k != "none"}
        slots["passphrase"] = _wrap(database_key, passphrase, params)
        return KeyFile(slots)

    def rekeyed(
        self, old_key: bytes, new_key: bytes, passphrase: str, with_recovery: bool, params: KdfParams = DEFAULT_KDF
    ) -> tuple[KeyFile, KeyFile, str | None]:
        """Key files for changing the database key: (pending, final, new recovery key or None).

        The pending file opens whichever key the database has while PRAGMA rekey runs: the new
        key through its slots, the old one through "previous" (the new passphrase, or the old
        recovery key). A crash at any moment leaves a journal the new passphrase opens."""
        final: JsonObject = {"passphrase": _wrap(new_key, passphrase, params)}
        recovery = None
        if with_recovery:
            recovery = new_recovery_key()
            final["recovery"] = _wrap(new_key, recovery, params)
        previous: JsonObject = {"passphrase": _wrap(old_key, passphrase, params)}
        if "recovery" in self.slots:
            previous["recovery"] = self.slots["recovery"]
        return KeyFile({**final, "previous": previous}), KeyFile(final), recovery

    @property
    def pending(self) -> bool:
        """A change of database key was interrupted (see rekeyed)."""
        return isinstance(self.slots.get("previous"), dict)

    def previous(self) -> KeyFile:
        """The slots that open the database key from before an interrupted change."""
        return KeyFile(dict(self.slots["previous"]))

    def settled(self) -> KeyFile:
        """This file without the slots of an interrupted change."""
        return KeyFile({k: v for k, v in self.slots.items() if k != "previous"})

    def to_bytes(self) -> bytes:
        return json.dumps({"format": KEY_FILE_FORMAT, "slots": self.slots}, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            parsed = json.loads(data.decode("utf-8"))
            if parsed.get("format") != KEY_FILE_FORMAT or not isinstance(parsed.get("slots"), dict):
                raise ValueError("unknown format")
            return cls(parsed["slots"])
        except (ValueError, AttributeError, UnicodeDecodeError) as error:
            raise KeyFileError("the key file is damaged") from error

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            return cls.from_bytes(path.read_bytes())
        except FileNotFoundError as error:
            raise KeyFileError("the key file is missing") from error
