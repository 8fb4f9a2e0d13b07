"""Tests of everything that works without Qt (the core, content, journal, CLI, packaging): they run
with PySide6 hidden (`pytest -p no:pytest-qt tests/core`), so a core that leans on Qt fails here."""
