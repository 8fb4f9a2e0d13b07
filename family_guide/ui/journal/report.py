"""The incident report and per-child timeline: journal entries, oldest first, as HTML and PDF.

Plain copies leave the encrypted journal, so export sits behind a warning that says where
they end up. The PDF is written to a temporary file and renamed into place (atomic).
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from family_guide.core.atomic import replacing
from family_guide.core.journal.records import INCIDENT_FIELDS, EntryFilter
from family_guide.ui.content_html import isolate, tag
from family_guide.ui.dates import format_datetime
from family_guide.ui.i18n import translate
from family_guide.ui.journal.labels import concern_label, incident_field_label, kind_label
from family_guide.ui.journal.snapshots import details_html


def report_html(context, journal, child_id: int | None) -> str:
    children = {c.id: c for c in journal.children()}
    child = children.get(child_id)
    title = translate("Report", "Timeline of concerns")
    out = [tag("h1", title)]
    who = (
        translate("Report", "About: %1 (born %2)")
        .replace("%1", isolate(child.nickname))
        .replace("%2", str(child.birth_year))
        if child
        else translate("Report", "About: all children")
    )
    made = translate("Report", "Made on %1 from a private journal kept with Family Guide.").replace(
        "%1", isolate(format_datetime(datetime.now()))
    )
    out += [tag("p", who), f'<p class="meta">{escape(made)}</p>']
    out.append(
        tag(
            "p",
            translate(
                "Report",
                "Written by a parent or carer. Times are when things happened, as noted at the time or soon after. "
                "No images are included: where evidence is kept is written in each entry.",
            ),
        )
    )
    entries = list(journal.iter_entries(EntryFilter(child_id=child_id)))
    if not entries:
        out.append(tag("p", translate("Report", "There are no entries yet.")))
    for entry in entries:
        when = format_datetime(entry.occurred_at)
        head = f"{isolate(when)} · {kind_label(entry.kind)} · {isolate(entry.title)}"
        out.append(tag("h2", head))
        facts = []
        if entry.child_id in children and child is None:
            facts.append(translate("Report", "Child: %1").replace("%1", children[entry.child_id].nickname))
        if entry.concern:
            facts.append(translate("Report", "Concern: %1").replace("%1", concern_label(entry.concern)))
        if entry.tags:
            facts.append(translate("Report", "Tags: %1").replace("%1", ", ".join(entry.tags)))
        if facts:
            out.append(f'<p class="meta">{escape(" · ".join(facts))}</p>')
        if entry.kind == "incident":
            rows = "".join(
                f"<tr><td><b>{escape(incident_field_label(name))}</b></td><td>{escape(str(entry.details.get(name, '')))}</td></tr>"
                for name in INCIDENT_FIELDS
                if entry.details.get(name)
            )
            if rows:
                out.append(f'<table cellpadding="4" width="100%">{rows}</table>')
        else:
            extra = details_html(context, journal, entry)
            if extra:
                out.append(extra)
        if entry.body:
            out.append("".join(f"<p>{escape(line)}</p>" for line in entry.body.splitlines() if line.strip()))
    return "".join(out)


def export_warning() -> str:
    return translate(
        "Report",
        "The report is a normal file, not locked or encrypted. Anyone who can open the file can read it, and your "
        "computer may keep copies (recent files, downloads, cloud sync). Save it where only you can reach it, such as "
        "a USB stick you keep, or print it instead. Delete it when you no longer need it.",
    )


def write_pdf(html: str, target: Path) -> None:
    """Render the report to PDF, atomically: a crash leaves the old file or the complete new one."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    from family_guide.ui.content_view import stylesheet

    with replacing(Path(target)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setTitle(translate("Report", "Timeline of concerns"))  # never a child's name in file metadata
        writer.setCreator("Family Guide")
        document = QTextDocument()
        document.setDefaultStyleSheet(stylesheet(QApplication.palette()))
        document.setHtml(html)
        document.print_(writer)  # lays the text out in points for the page and paginates
        del writer  # closes the file; replacing() then flushes it and renames it into place
