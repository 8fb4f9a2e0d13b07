"""The journal report on paper: rows and headings never split, "Page x of y", print size not the screen's."""

from __future__ import annotations

import subprocess
from datetime import datetime

from family_guide.core.journal.records import Child, Entry
from family_guide.ui.journal.report import report_blocks, write_pdf


def _pages(path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    return [
        " ".join(
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        for n in range(1, count + 1)
    ]


def _fill(journal, entries: int = 14) -> None:
    sam = journal.save_child(Child("Sam", 2013))
    for n in range(entries):
        # Each value runs over several lines, between markers: a row split across pages would
        # put its start marker on one page and its end marker on the next.
        long = " ".join(["words"] * 40)
        details = {
            "platform": f"P{n}start {long} P{n}end",
            "what_happened": f"W{n}start {long} {long} W{n}end",
            "actions_taken": f"A{n}start {long} A{n}end",
        }
        journal.save_entry(Entry("incident", f"T{n}title", "", datetime(2026, 5, 1 + n), sam, 2, details=details))


def test_rows_and_headings_stay_whole_every_page_is_numbered_at_any_text_size(qapp, context, journal, tmp_path):
    _fill(journal)
    blocks = report_blocks(context, journal, None)
    target = tmp_path / "report.pdf"
    pages = write_pdf(blocks, target, "a4")
    texts = _pages(target)
    assert len(texts) == pages >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text and "Timeline of concerns" in text
        assert "Sam" not in text.split("Page")[-1]  # the footer names no child
    for n in range(14):
        for field in ("P", "W", "A"):
            where = [i for i, text in enumerate(texts) if f"{field}{n}start" in text]
            assert where and f"{field}{n}end" in texts[where[0]], (field, n)  # the row is on one page
        heading = next(i for i, text in enumerate(texts) if f"T{n}title" in text)
        assert f"P{n}start" in texts[heading]  # the entry's heading is on the page of its first row
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # Print size does not follow the screen's text size (the report once grew from 7 to 17 pages at 200%).
    context.update_settings(text_scale=200)
    assert write_pdf(report_blocks(context, journal, None), tmp_path / "large.pdf", "a4") == pages


def test_a_long_note_runs_on_between_lines_never_one_line_alone(qapp, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from family_guide.ui.printing.pages import Cell, PageMaker, Unit, set_up_page

    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    set_up_page(writer, "a4")
    maker = PageMaker(writer)
    heading = Unit([Cell(maker.doc("<h2>Heading</h2>", maker.width), 0.0, maker.width)], keep_with_next=True)
    text = " ".join(f"w{i}" for i in range(2500))
    note = Unit([Cell(maker.doc(f"<p>{text}</p>", maker.width), 0.0, maker.width)], splittable=True)
    row = Unit([Cell(maker.doc("<p>a row</p>", maker.width / 2), 0.0, maker.width / 2)] * 2)
    pages = maker.paginate([row] * 40 + [heading, note])
    cuts = note.safe_cuts()
    parts = [(start, end) for page in pages for unit, _, start, end in page if unit is note]
    assert len(parts) >= 3
    for start, end in parts:
        assert end in cuts and len([c for c in cuts if start < c <= end]) >= 2  # cut between lines, 2 or more
    first = next(page for page in pages if any(unit is note for unit, *_ in page))
    assert any(unit is heading for unit, *_ in first)  # the heading is on the page where its text starts
    maker.release([row, heading, note])
