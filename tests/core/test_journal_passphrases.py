"""Passphrases: the core refuses an empty one (no passphrase is its own explicit path) and the most common.
Its screens are tested in tests/ui/test_journal_passphrases.py (Qt)."""

from __future__ import annotations

import pytest

from family_guide.core.journal.keys import TEST_KDF, passphrase_problem
from family_guide.core.journal.store import Journal, PassphraseRefused, journal_exists


@pytest.mark.parametrize("weak", ["", "   ", "password", "Password123", "iloveyou", "QWERTY uiop", "Family Guide"])
def test_the_core_refuses_empty_and_common_passphrases_at_setup(tmp_path, weak):
    with pytest.raises(PassphraseRefused):
        Journal.create(tmp_path / "j", weak, kdf=TEST_KDF)
    assert not journal_exists(tmp_path / "j")


def test_no_passphrase_stays_possible_through_its_own_path(tmp_path):
    journal, recovery = Journal.create(tmp_path / "j", None, with_recovery=False, kdf=TEST_KDF)
    assert not journal.has_passphrase and recovery is None
    journal.close()


def test_a_passphrase_change_refuses_them_too(tmp_path):
    journal, _ = Journal.create(tmp_path / "j", "my cat is called Biscuit", with_recovery=False, kdf=TEST_KDF)
    for weak in ("", "password1", "letmein"):
        with pytest.raises(PassphraseRefused):
            journal.change_passphrase(weak, TEST_KDF)
    journal.close()
    Journal.open(tmp_path / "j", "my cat is called Biscuit").close()  # unchanged


def test_the_list_is_bundled_and_ordinary_sentences_pass():
    assert passphrase_problem("password") == "common"
    assert passphrase_problem("") == "empty"
    assert passphrase_problem("the blue kettle sings at seven") is None
