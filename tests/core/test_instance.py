"""The single-instance lock: held by the first start, refused to a second, with this process's id inside."""

from __future__ import annotations

import os

from family_guide.instance import acquire


def test_the_lock_is_refused_while_held_and_holds_only_this_process_id(tmp_path):
    lock_file = tmp_path / "family-guide.lock"
    lock_file.write_bytes(b"123456789012")  # a longer id left by an earlier start: written over, not kept
    held = acquire(tmp_path)
    assert held is not None
    try:
        assert lock_file.read_bytes() == str(os.getpid()).encode()
        assert acquire(tmp_path) is None  # another start finds it held
    finally:
        held.close()
    again = acquire(tmp_path)  # released with the file (the kernel releases it when a process ends)
    assert again is not None
    again.close()
