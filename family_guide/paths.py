"""Where things live: bundled files (read-only) and the user's own folders.

One function, ``resource_root()``, finds every bundled file whether the app runs from a
source checkout, an installed wheel or a PyInstaller bundle; nothing else in the code
base guesses paths. ``AppPaths`` holds the user's folders and is computed when asked
for, never at import time, so tests can point it anywhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from family_guide import APP_NAME, APP_ORG

_PACKAGE_DIR = Path(__file__).resolve().parent


class MissingResourcesError(RuntimeError):
    """The bundled resources folder is not where any known layout puts it."""


def _candidate_roots() -> list[Path]:
    frozen = getattr(sys, "_MEIPASS", None)
    roots = []
    if frozen:  # PyInstaller: the spec's datas put resources/ and translations/ here
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR / "_bundled")  # installed wheel (pyproject force-include)
    roots.append(_PACKAGE_DIR.parent)  # source checkout: repository top level
    return roots


def resource_root() -> Path:
    """The folder holding ``resources/`` (and, when built, ``translations/``)."""
    override = os.environ.get("FAMILY_GUIDE_RESOURCE_ROOT")
    roots = [Path(override)] if override else _candidate_roots()
    for root in roots:
        if (root / "resources" / "modules").is_dir():
            return root
    tried = ", ".join(str(r / "resources") for r in roots)
    raise MissingResourcesError(
        f"The app's content folder is missing (looked in: {tried}). Please reinstall Family Guide."
    )


def bundled(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``bundled("resources", "modules")``."""
    return resource_root().joinpath(*parts)


def translations_dir() -> Path:
    """Compiled ``.qm`` files: inside the bundle when installed, next to the ``.ts`` in a checkout."""
    return resource_root() / "translations"


class AppPaths(NamedTuple):
    """The user's own folders. Local (never roaming) so a journal never syncs to a server.

    A NamedTuple, not a dataclass: importing dataclasses costs ~3 ms before the first paint
    (``paths._replace(cache_dir=...)`` makes a changed copy)."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    # Rebuildable files only (the validated-catalog cache). None: a "cache" folder in data_dir.
    cache_dir: Path | None = None

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def user_modules_dir(self) -> Path:
        return self.data_dir / "modules"

    @property
    def catalog_cache_file(self) -> Path:
        return (self.cache_dir or self.data_dir / "cache") / "catalog.pickle"

    @property
    def journal_dir(self) -> Path:
        return self.data_dir / "journal"

    @classmethod
    def from_platform(cls) -> AppPaths:
        override = os.environ.get("FAMILY_GUIDE_HOME")
        if override:
            return cls.under(Path(override))
        xdg = _xdg_folders()
        if xdg is not None:
            return cls(*xdg)
        import platformdirs  # imported here: no work at import time

        dirs = platformdirs.PlatformDirs(APP_NAME, APP_ORG, roaming=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
            cache_dir=Path(dirs.user_cache_dir),
        )

    def create_private(self) -> None:
        """Create the user's folders readable by this user only: on a shared PC they hold the journal."""
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.catalog_cache_file.parent):
            folder.mkdir(parents=True, exist_ok=True)
            if sys.platform != "win32":  # the per-user local app-data folder on Windows is already private
                os.chmod(folder, 0o700)

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        """Everything under one folder: tests, portable use."""
        return cls(config_dir=base / "config", data_dir=base / "data", log_dir=base / "logs", cache_dir=base / "cache")


# platformdirs' user folders on Linux and the BSDs: each XDG variable, or its default under the home folder.
_XDG_BASES = (
    ("XDG_CONFIG_HOME", "~/.config"),
    ("XDG_DATA_HOME", "~/.local/share"),
    ("XDG_STATE_HOME", "~/.local/state"),
    ("XDG_CACHE_HOME", "~/.cache"),
)


def _xdg_folders() -> tuple[Path, Path, Path, Path] | None:
    """The config, data, log and cache folders platformdirs gives on Linux and the BSDs, without importing
    it: that costs 5-10 ms before the first paint, for four environment look-ups. None wherever it does
    more (Windows, macOS, Android, a home folder or an XDG variable that is not an absolute path, on which
    its versions differ); platformdirs answers there. tests/core/test_paths.py compares the two."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if hasattr(sys, "getandroidapilevel") or os.environ.get("ANDROID_DATA"):
        return None
    if not os.path.isabs(os.environ.get("HOME", "")):
        return None
    bases = []
    for variable, default in _XDG_BASES:
        value = os.environ.get(variable, "")
        if value and not os.path.isabs(value):
            return None
        bases.append(Path(value or os.path.expanduser(default)) / APP_NAME)
    config, data, state, cache = bases
    return config, data, state / "log", cache  # platformdirs keeps logs in a "log" folder of the state folder
