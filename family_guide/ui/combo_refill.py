"""Fill a combo box again (its texts change with the language, or its items with the data),
keeping what the user chose."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], keep: object = None) -> None:
    """Replace ``combo``'s items with ``items`` (text, data) and choose again the item whose data was
    chosen before (or ``keep``, if given), else the first.

    Signals are blocked throughout: a refill is not a new choice, so nothing reacts to the clear or to
    the choice being put back. The caller updates what depends on the combo once, afterwards.
    """
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)
