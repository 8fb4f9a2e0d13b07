"""Settings declared as data: defaults, checked values, atomic saves, damaged files survived."""

from __future__ import annotations

import json
from typing import get_args

import pytest

from family_guide.core.settings import SETTINGS, BoolKey, IntKey, Settings, SettingsProblem, StrKey


def test_defaults_come_from_the_table(tmp_path):
    settings = Settings.load(tmp_path / "none.json")
    assert {s.key: settings[s.key] for s in SETTINGS} == {s.key: s.default for s in SETTINGS}
    assert settings.problems == []


def test_only_changed_values_are_written(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.set("country", "IN")
    settings.set("role", "parent")  # the default: not written
    settings.save()
    assert json.loads(path.read_text()) == {"country": "IN"}
    assert Settings.load(path)["country"] == "IN"


def test_bad_values_are_refused_when_set(tmp_path):
    settings = Settings.load(None)
    with pytest.raises(SettingsProblem):
        settings.set("text_scale", 999)
    with pytest.raises(SettingsProblem):
        settings.set("no_such_setting", 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "could not be read"),
        ("[1, 2]", "could not be read"),
        ('{"text_scale": "huge"}', "'text_scale' should be int"),
        ('{"role": "king"}', "'role' cannot be 'king'"),
        ('{"colour": "red"}', "unknown setting 'colour'"),
    ],
)
def test_a_damaged_file_gives_a_clear_message_and_defaults(tmp_path, content, expected):
    path = tmp_path / "settings.json"
    path.write_text(content)
    settings = Settings.load(path)
    assert expected in settings.problems[0]
    assert str(path) in settings.problems[0]
    assert settings["text_scale"] == 100


def test_saving_is_atomic_and_private(tmp_path):
    path = tmp_path / "cfg" / "settings.json"
    settings = Settings.load(path)
    settings.set("language", "es")
    settings.save()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_the_typed_key_groups_match_the_table():
    # Settings.get is typed per key (StrKey -> str, ...); a key in the wrong group would lie to mypy.
    groups = {str: get_args(StrKey), int: get_args(IntKey), bool: get_args(BoolKey)}
    assert sorted(k for keys in groups.values() for k in keys) == sorted(s.key for s in SETTINGS)
    for kind, keys in groups.items():
        for key in keys:
            assert type(Settings(None).get(key)) is kind, key
