"""A child process for crash tests: writes journal entries and prints each acknowledged one.

Run as ``python -m tests.journal_writer FOLDER SEED``. The parent kills it with SIGKILL at a
random moment, then checks that every entry printed as "ack" is in the journal, whole.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from family_guide.core.journal.records import Entry
from family_guide.core.journal.store import Journal


def body_for(client_id: str) -> str:
    # Long enough to span pages, and checkable: a half-written entry would not match.
    return (client_id + " ") * 300


def main() -> None:
    folder, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    journal = Journal.open(folder, "crash-test")
    children = [c.id for c in journal.children()]
    # Unlocking (Argon2, ~0.5 s) is not what is under test: the parent starts its kill timer here,
    # so a slow or busy machine still kills mid-write rather than before the first write.
    print("open", flush=True)
    while True:
        entry = Entry("incident", title=f"t-{seed}-{rng.random()}", child_id=rng.choice(children))
        entry.body = body_for(entry.client_id)
        entry.details = {"platform": entry.client_id, "what_happened": entry.client_id * 3}
        entry.tags = [entry.client_id[:8]]
        journal.save_entry(entry)
        if rng.random() < 0.3:  # re-save the same draft: must update, never duplicate
            entry.title += "+"
            journal.save_entry(entry)
        print("ack", entry.client_id, entry.title, flush=True)
        if rng.random() < 0.1:
            doomed = journal.entry(rng.choice(journal.rows(limit=20)).id)
            print("deleting", doomed.client_id, flush=True)  # announced first: a kill may land mid-delete
            journal.delete_entry(doomed.id)


if __name__ == "__main__":
    main()
