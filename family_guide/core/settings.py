"""The user's settings, declared as data: one table of keys, defaults and allowed values.

Only values that differ from the default are written, so changing a default later
reaches every user who never touched it. A damaged settings file never stops the app:
the problem is reported in plain words and defaults are used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple, overload

from family_guide.core.atomic import write_atomic


class Setting(NamedTuple):  # not a dataclass: importing dataclasses costs ~3 ms before the first paint
    key: str
    default: object
    choices: tuple[object, ...] | None = None  # allowed values; None means any value of the default's type


ROLES = ("parent", "leader", "counselor")
TEXT_SCALES = (100, 125, 150, 175, 200)
AUTO_LOCK_MINUTES = (1, 2, 5, 10, 15, 30)
APPEARANCES = ("system", "light", "dark", "contrast")  # "system" follows the OS light or dark scheme

# Only keys, defaults and allowed values: the words people see for them are the forms' own
# (ui/setup_form.py, ui/settings_dialog.py), with their mnemonics, in the UI's translations.
SETTINGS: tuple[Setting, ...] = (
    Setting("language", "en"),
    Setting("country", ""),
    Setting("role", "parent", ROLES),
    Setting("text_scale", 100, TEXT_SCALES),
    Setting("appearance", "system", APPEARANCES),
    Setting("auto_lock_minutes", 5, AUTO_LOCK_MINUTES),
    Setting("setup_done", False),
    # The counselor's details printed at the end of a handout (the logo is a file in the data folder).
    Setting("handout_organisation", ""),
    Setting("handout_contact", ""),
    Setting("handout_paper", "", ("", "a4", "letter", "a5")),
)
_BY_KEY = {s.key: s for s in SETTINGS}

# The keys by the type of their value (_check keeps every stored value to its default's type), so
# settings.get("country") is typed str. Keep these in step with SETTINGS (tests/core/test_settings.py).
StrKey = Literal[
    "language", "country", "role", "appearance", "handout_organisation", "handout_contact", "handout_paper"
]
IntKey = Literal["text_scale", "auto_lock_minutes"]
BoolKey = Literal["setup_done"]


class SettingsProblem(Exception):
    pass


class Settings:
    """Settings backed by a JSON file. Unknown keys are refused, values are checked."""

    def __init__(self, path: Path | None):
        self._path = path
        self._values: dict[str, object] = {}
        self.problems: list[str] = []

    @classmethod
    def load(cls, path: Path | None) -> Settings:
        settings = cls(path)
        if path is None or not path.exists():
            return settings
        import json  # here, not at import: a first run has no file to read (json costs ~3 ms to import)

        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("it does not hold a set of settings")
        except (OSError, ValueError) as exc:
            settings.problems.append(f"The settings file {path} could not be read ({exc}); default settings are used.")
            return settings
        for key, value in raw.items():
            try:
                settings._check(key, value)
                settings._values[key] = value
            except SettingsProblem as exc:
                settings.problems.append(f"{path}: {exc}; the default is used.")
        return settings

    def _check(self, key: str, value: object) -> None:
        spec = _BY_KEY.get(key)
        if spec is None:
            raise SettingsProblem(f"unknown setting '{key}'")
        if type(value) is not type(spec.default):
            raise SettingsProblem(f"'{key}' should be {type(spec.default).__name__}, not {value!r}")
        if spec.choices is not None and value not in spec.choices:
            raise SettingsProblem(f"'{key}' cannot be {value!r}")

    @overload
    def get(self, key: StrKey) -> str: ...
    @overload
    def get(self, key: IntKey) -> int: ...
    @overload
    def get(self, key: BoolKey) -> bool: ...
    @overload
    def get(self, key: str) -> object: ...
    def get(self, key: str) -> object:
        if key not in _BY_KEY:
            raise KeyError(key)
        return self._values.get(key, _BY_KEY[key].default)

    @overload
    def __getitem__(self, key: StrKey) -> str: ...
    @overload
    def __getitem__(self, key: IntKey) -> int: ...
    @overload
    def __getitem__(self, key: BoolKey) -> bool: ...
    @overload
    def __getitem__(self, key: str) -> object: ...
    def __getitem__(self, key: str) -> object:
        return self.get(key)

    def set(self, key: str, value: object) -> None:
        self._check(key, value)
        if value == _BY_KEY[key].default:
            self._values.pop(key, None)
        else:
            self._values[key] = value

    def save(self) -> None:
        if self._path is None:
            return
        import json

        data = json.dumps(self._values, indent=2, sort_keys=True).encode("utf-8")
        write_atomic(self._path, data)
