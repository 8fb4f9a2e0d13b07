"""fill(): a translated string's %1, %2... filled in one pass (Qt-free)."""

from __future__ import annotations

from family_guide.core.translatable import fill


def test_fills_numbered_placeholders_in_any_order() -> None:
    assert fill("%2 before %1", "one", "two") == "two before one"


def test_a_value_holding_a_placeholder_is_not_substituted_again() -> None:
    # The chained .replace("%1", a).replace("%2", b) turned "50%2" into "50b".
    assert fill("%1 of %2", "50%2", "x") == "50%2 of x"
    assert fill("%1", "%1") == "%1"


def test_every_occurrence_is_filled_and_values_become_text() -> None:
    assert fill("%1, %1 and %2", "a", 3) == "a, a and 3"


def test_missing_arguments_and_lone_percent_signs_are_kept() -> None:
    assert fill("%1%", 100) == "100%"
    assert fill("%1 and %3", "a") == "a and %3"
    assert fill("no markers", "unused") == "no markers"


def test_two_digit_placeholders_are_one_marker() -> None:
    values = [str(n) for n in range(1, 12)]
    assert fill("%11/%1", *values) == "11/1"
