"""The incident report and per-child timeline: journal entries, oldest first, as HTML and PDF.

Plain copies leave the encrypted journal, so export sits behind a warning that says where
they end up. The report is a list of blocks (a heading, one table row, a paragraph) so that
print keeps each whole: a row or an entry's heading never splits from its text, every page
has "Page x of y", and the print size is 12 pt on paper whatever the screen's text size
(family_guide/ui/printing/pages.py). The PDF is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path

from family_guide.core.journal.records import INCIDENT_FIELDS, EntryFilter
from family_guide.core.translatable import fill
from family_guide.ui.content_html import isolate, tag
from family_guide.ui.dates import format_date, format_datetime
from family_guide.ui.i18n import translate
from family_guide.ui.journal.labels import concern_label, incident_field_label, kind_label
from family_guide.ui.journal.snapshots import details_html

ROW_TABLE = '<table cellpadding="4" width="100%">'


@dataclass(frozen=True)
class ReportBlock:
    """One piece of the report. ``kind``: "title", "heading" and "lead" (kept with what follows),
    "row" (one table row, never split) or "text"."""

    html: str
    kind: str = "text"


def report_html(context, journal, child_id: int | None) -> str:
    return blocks_html(report_blocks(context, journal, child_id))


def blocks_html(blocks: list[ReportBlock]) -> str:
    """The blocks as one HTML page for the screen: rows next to each other become one table."""
    out, rows = [], []
    for block in blocks:
        if block.kind == "row":
            rows.append(block.html)
            continue
        if rows:
            out.append(ROW_TABLE + "".join(rows) + "</table>")
            rows = []
        out.append(block.html)
    if rows:
        out.append(ROW_TABLE + "".join(rows) + "</table>")
    return "".join(out)


def report_blocks(context, journal, child_id: int | None) -> list[ReportBlock]:
    children = {c.id: c for c in journal.children()}
    child = children.get(child_id)
    title = translate("Report", "Timeline of concerns")
    out = [ReportBlock(tag("h1", title), "title")]
    who = (
        fill(translate("Report", "About: %1 (born %2)"), isolate(child.nickname), str(child.birth_year))
        if child
        else translate("Report", "About: all children")
    )
    made = fill(
        translate("Report", "Made on %1 from a private journal kept with Family Guide."),
        isolate(format_datetime(datetime.now())),
    )
    out += [ReportBlock(tag("p", who)), ReportBlock(f'<p class="meta">{escape(made)}</p>')]
    out.append(
        ReportBlock(
            tag(
                "p",
                translate(
                    "Report",
                    "Written by a parent or carer. Times are when things happened, as noted at the time or soon "
                    "after. No images are included: where evidence is kept is written in each entry.",
                ),
            )
        )
    )
    entries = list(journal.iter_entries(EntryFilter(child_id=child_id)))
    if not entries:
        out.append(ReportBlock(tag("p", translate("Report", "There are no entries yet."))))
    for entry in entries:
        when = format_datetime(entry.occurred_at)
        head = f"{isolate(when)} · {kind_label(entry.kind)} · {isolate(entry.title)}"
        out.append(ReportBlock(tag("h2", head), "heading"))
        facts = []
        if entry.child_id in children and child is None:
            facts.append(fill(translate("Report", "Child: %1"), children[entry.child_id].nickname))
        if entry.concern:
            facts.append(fill(translate("Report", "Concern: %1"), concern_label(entry.concern)))
        if entry.tags:
            facts.append(fill(translate("Report", "Tags: %1"), ", ".join(entry.tags)))
        if facts:
            out.append(ReportBlock(f'<p class="meta">{escape(" · ".join(facts))}</p>', "lead"))
        if entry.kind == "incident":
            out += [
                ReportBlock(
                    f'<tr><td width="30%"><b>{escape(incident_field_label(name))}</b></td>'
                    f'<td width="70%">{escape(str(entry.details.get(name, "")))}</td></tr>',
                    "row",
                )
                for name in INCIDENT_FIELDS
                if entry.details.get(name)
            ]
        else:
            extra = details_html(context, journal, entry)
            if extra:
                out.append(ReportBlock(extra))
        if entry.body:
            out += [ReportBlock(f"<p>{escape(line)}</p>") for line in entry.body.splitlines() if line.strip()]
    return out


def export_warning() -> str:
    return translate(
        "Report",
        "The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your "
        "computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as "
        "a USB stick you keep, or print it instead. Delete it when you no longer need it.",
    )


def paint_report(device, blocks: list[ReportBlock], paper: str) -> int:
    """Draw the report on a printer or PDF writer with the shared print rules; returns the page count."""
    from datetime import date as day

    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from family_guide.ui.printing.pages import PageMaker, Unit, set_up_page

    set_up_page(device, paper)
    maker = PageMaker(device)
    right_to_left = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    from family_guide.ui.printing.pages import Cell

    units = []
    for block in blocks:
        html = ROW_TABLE + block.html + "</table>" if block.kind == "row" else block.html
        doc = maker.doc(html, maker.width, right_to_left, QLocale().name())  # the UI language's fonts
        space = {"heading": maker.pt(14), "row": 0.0, "title": 0.0}.get(block.kind, maker.pt(6))
        keep = block.kind in ("heading", "lead")
        unit = Unit([Cell(doc, 0.0, maker.width, right_to_left)], space, keep)
        unit.splittable = block.kind == "text"  # a long note may run on between lines; rows never
        units.append(unit)
    title = translate("Report", "Timeline of concerns")  # never a child's name, on paper or in the file
    date = format_date(day.today())  # the date rule: month as a word, Western digits, no weekday

    def footer(page: int, pages: int) -> str:
        count = fill(translate("Report", "Page %1 of %2"), str(page), str(pages))
        return f"{count} · {date} · {title}"

    return maker.paint(units, footer, right_to_left)


def write_pdf(blocks: list[ReportBlock], target: Path, paper: str = "a4") -> int:
    """Render the report to PDF, atomically: a crash leaves the old file or the complete new one."""
    from family_guide.ui.printing.pdf import write_pdf_file

    return write_pdf_file(
        Path(target), lambda writer: paint_report(writer, blocks, paper), translate("Report", "Timeline of concerns")
    )
