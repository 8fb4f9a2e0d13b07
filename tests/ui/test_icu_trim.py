"""packaging/icu_trim.py: the Linux build's smaller ICU data library still sorts every language."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import icu_trim  # noqa: E402


def _icu_data_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU data library (only Linux wheels do)")
    return found[0]


def test_repacking_every_item_gives_back_the_same_bytes() -> None:
    """The packer lays data out exactly as ICU's own does, so a trimmed package is one ICU reads."""
    elf = _icu_data_library().read_bytes()
    _name, offset, size = icu_trim._symbol(elf, re.compile(rb"icudt\d+_dat"))
    data = elf[offset : offset + size]
    header, items = icu_trim.items(data)
    assert any(name.endswith("/coll/es.res") for name, _ in items)
    assert icu_trim.pack(header, items) == data


SORT = "import sys; from family_guide import selftest; print(selftest._collation())"


@pytest.mark.skipif(not shutil.which("cc") and not shutil.which("gcc"), reason="needs a C compiler")
def test_the_trimmed_library_sorts_as_the_full_one_and_is_small(tmp_path: Path) -> None:
    original = _icu_data_library()
    trimmed = icu_trim.trimmed_library(original, tmp_path / "kept")
    assert trimmed is not None and trimmed.stat().st_size < original.stat().st_size / 5

    def sort_with(library: Path) -> subprocess.CompletedProcess[str]:
        # Preloaded, the library (same soname) stands in for the wheel's copy, as in the frozen app.
        env = {**os.environ, "LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run([sys.executable, "-c", SORT], env=env, cwd=REPO, capture_output=True, text=True)

    assert sort_with(trimmed).stdout.strip() == "en, es"
    # And the check can fail: without the collation items, sorting falls back to code points.
    none = icu_trim.trimmed_library(original, tmp_path / "none", keep=re.compile(r"cnvalias\.icu"))
    assert none is not None
    failed = sort_with(none)
    assert failed.returncode != 0 and "sorted" in failed.stderr
