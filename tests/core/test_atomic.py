"""core/atomic.replacing(): the one way the key file, backups and PDFs are replaced."""

from __future__ import annotations

import os

import pytest

from family_guide.core import atomic


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic.replacing(target) as tmp:
        tmp.write_bytes(b"half of the new")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.skipif(not hasattr(os, "O_DIRECTORY"), reason="POSIX folder fsync")
def test_the_new_file_and_its_folder_are_flushed_and_private(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(os.path.isdir(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else None)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    atomic.write_atomic(tmp_path / "journal.keys", b"new")
    assert (tmp_path / "journal.keys").read_bytes() == b"new"
    assert synced == [False, True]  # the file, then the folder holding the rename
    assert (tmp_path / "journal.keys").stat().st_mode & 0o777 == 0o600
