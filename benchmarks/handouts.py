"""Handout rendering, against Qt's own QTextDocument.print_() of the same text in the same run.

    python benchmarks/handouts.py [--runs 21]

1. A two-page handout (the sextortion guide, ages 9-12, English, help lines for the UK with QR
   codes) composed and rendered to PDF bytes in memory (target: median under 300 ms).
2. The same for a two-language handout (a checklist worksheet, Arabic beside English).
3. A workshop plan's take-home handout (the parents' evening), English and Arabic beside English.
The baseline renders the handout's text as one HTML document with QTextDocument.print_() to the
same kind of PDF writer: the cost of measuring each paragraph, packing pages and drawing footers
and QR codes shows as the ratio. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - fonts and the PDF writer need it
    from family_guide.core.handouts.compose import ChecklistSource, GuideSource, Request, WorkshopSource, compose
    from family_guide.core.loader import load_catalog
    from family_guide.paths import bundled
    from family_guide.ui.handouts.render import _block_html, render_to
    from family_guide.ui.printing.pages import PRINT_CSS, set_up_page
    from family_guide.ui.printing.pdf import pdf_bytes

    catalog = load_catalog([(bundled("resources", "modules"), "bundled")])
    cases = {
        "guide, en, A4 (two pages)": Request(GuideSource("sextortion", "9-12"), ("en",), "GB", ("UK",)),
        "checklist, ar + en, A4": Request(
            ChecklistSource("grooming-signs"), ("ar", "en"), "EG", ("EG", "EG"), right_to_left=(True, False)
        ),
        "workshop take-home, en, A4": Request(WorkshopSource("workshop-parents"), ("en",), "GB", ("UK",)),
        "workshop take-home, ar + en, A4": Request(
            WorkshopSource("workshop-parents"), ("ar", "en"), "GB", ("UK", "UK"), right_to_left=(True, False)
        ),
    }

    def ours(request: Request) -> tuple[float, int]:
        start = time.perf_counter()
        handout = compose(catalog, request, {})
        _, pages = pdf_bytes(lambda writer: render_to(writer, handout, "a4"), handout.footer_title)
        return time.perf_counter() - start, pages

    def baseline(request: Request) -> tuple[float, int]:
        start = time.perf_counter()
        handout = compose(catalog, request, {})
        html = "".join(_block_html(b) for row in handout.rows for b in row if b is not None)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        set_up_page(writer, "a4")
        doc = QTextDocument()
        doc.setDefaultStyleSheet(PRINT_CSS)
        doc.setHtml(html)
        doc.print_(writer)
        pages = doc.pageCount()
        del writer
        return time.perf_counter() - start, pages

    print(f"{'case':32} {'ours (median)':>14} {'pages':>6} {'print_() (median)':>18} {'ratio':>6}")
    for name, request in cases.items():
        ours(request), baseline(request)  # warm fonts and caches
        mine, base = [], []
        for _ in range(runs):  # alternate, so drift on a shared machine hits both alike
            mine.append(ours(request))
            base.append(baseline(request))
        m = statistics.median(t for t, _ in mine)
        b = statistics.median(t for t, _ in base)
        print(f"{name:32} {m * 1000:11.1f} ms {mine[0][1]:6} {b * 1000:15.1f} ms {m / b:6.2f}x")


if __name__ == "__main__":
    main()
