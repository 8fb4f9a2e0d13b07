"""Line two languages up paragraph by paragraph, by each block's place in the source."""

from __future__ import annotations

from collections.abc import Sequence

from family_guide.core.handouts.blocks import Block


def pair_rows(languages: Sequence[Sequence[Block]]) -> tuple[tuple[Block | None, Block | None], ...]:
    """Rows of (first language's block, second's). Blocks pair by key; a block only one language
    has (a translation with one point fewer) gets a row of its own, next to where it belongs."""
    first = list(languages[0])
    if len(languages) == 1:
        return tuple((block, None) for block in first)
    second = {block.key: block for block in languages[1]}
    used: set[str] = set()
    rows: list[tuple[Block | None, Block | None]] = []
    order = [block.key for block in languages[1]]
    for block in first:
        match = second.get(block.key)
        if match is not None:
            # the second language's blocks that come before this one and have no partner go first
            for key in order[: order.index(block.key)]:
                if key not in used and key not in {b.key for b in first}:
                    rows.append((None, second[key]))
                    used.add(key)
            used.add(block.key)
        rows.append((block, match))
    rows += [(None, second[key]) for key in order if key not in used and key not in {b.key for b in first}]
    return tuple(rows)
