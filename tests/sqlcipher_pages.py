"""Decrypt every page of a SQLCipher 4 file with its raw key, to look for text that should be gone.

SQLCipher 4 defaults: 4096-byte pages; page 1 starts with a 16-byte salt; each page ends with
80 reserved bytes (a 16-byte IV, then a 64-byte HMAC); the rest is AES-256-CBC. With a raw key
(``PRAGMA key = "x'..'"``) the key itself is the AES key. Freed pages are decrypted too: that is
where deleted text would hide.
"""

from __future__ import annotations

from pathlib import Path

PAGE = 4096
SALT = 16
RESERVED = 80


def decrypted_pages(path: Path, key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    out = []
    for start in range(0, len(data) - PAGE + 1, PAGE):
        page = data[start : start + PAGE]
        skip = SALT if start == 0 else 0
        iv = page[PAGE - RESERVED : PAGE - RESERVED + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[skip : PAGE - RESERVED]) + decryptor.finalize())
    return b"".join(out)
