"""refill_combo: new items (new language or data), the user's choice kept, no signal for the refill."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from family_guide.ui.combo_refill import refill_combo


def _combo(qtbot) -> tuple[QComboBox, list[int]]:
    combo = QComboBox()
    qtbot.addWidget(combo)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    return combo, changes


def test_the_chosen_data_is_chosen_again_under_its_new_text_without_a_signal(qtbot) -> None:
    combo, changes = _combo(qtbot)
    refill_combo(combo, [("All", None), ("Gifts", "gifts"), ("Secrets", "secrets")])
    combo.setCurrentIndex(2)
    changes.clear()
    refill_combo(combo, [("Todos", None), ("Secretos", "secrets"), ("Regalos", "gifts")])
    assert (combo.currentText(), combo.currentData()) == ("Secretos", "secrets")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Todos", "Secretos", "Regalos"]
    assert changes == []  # a refill is not a new choice
    assert not combo.signalsBlocked()


def test_a_choice_that_is_gone_falls_back_to_the_first_and_keep_overrides(qtbot) -> None:
    combo, _ = _combo(qtbot)
    refill_combo(combo, [("All", None), ("Sam", 1)])
    combo.setCurrentIndex(1)
    refill_combo(combo, [("All", None), ("Ana", 2)])
    assert combo.currentIndex() == 0
    refill_combo(combo, [("All", None), ("Ana", 2)], keep=2)
    assert combo.currentData() == 2
