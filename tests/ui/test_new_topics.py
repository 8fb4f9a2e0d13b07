"""The five guides added for issue 10: complete, safe to follow, plain, and readable in the reader.
The logic without Qt is tested in tests/core/test_new_topics.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from family_guide.core.constants import AGE_BANDS
from tests.core.test_new_topics import CATALOG, NEW_TOPICS

# The reader's headings for every section these guides fill in (family_guide/ui/content_html.py).
HEADINGS = (
    "Why this matters",
    "Before you start",
    "Ways to start",
    "What your child should hear",
    "Questions to ask",
    "If your child says...",
    "What not to say",
    "Afterwards",
    "Signs to watch for",
    "Getting help",
)


@pytest.mark.parametrize("module_id", NEW_TOPICS)
def test_each_new_guide_opens_in_the_reader_with_all_its_sections(qtbot, window, module_id):
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Conversations
    reader = window.pages["conversations"]
    title = CATALOG.modules[module_id].texts["en"].title
    for band in AGE_BANDS:
        reader.age.setCurrentIndex(reader.age.findData(band))
        row = reader.visible_guides().index(module_id)
        item = reader.guides.item(row)
        reader.guides.scrollToItem(item)
        qtbot.mouseClick(
            reader.guides.viewport(),
            Qt.MouseButton.LeftButton,
            pos=reader.guides.visualItemRect(item).center(),
        )
        assert reader.current_module().id == module_id
        shown = reader.view.toPlainText()
        assert title in shown and f"Ages \u2066{band}\u2069" in shown
        assert [h for h in HEADINGS if h not in shown] == []
        first_line = CATALOG.modules[module_id].texts["en"].guides[band].opening_lines[0].strip('"')
        assert first_line in shown
