"""Workshop benchmarks, each against a baseline measured in the same run.

    python benchmarks/workshop.py [--runs 9]

1. Moving to the next slide at 1920 x 1080: the key press, the state change and a synchronous repaint
   of the full-screen slide, median over every slide of the parents' evening. Target: within one frame
   at 60 Hz (16.7 ms). "Warm": the next slide was laid out while the current one was showing (as the
   presenter does between key presses); "cold": it was not. Baseline: repainting a QLabel of the same
   size with the slide's title.
2. Exporting a 30-slide plan to PDF (16:9, one page per slide, in memory). Target: under 2 s.
   Baseline: a QPdfWriter writing 30 pages with one line of text each.
Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

FRAME_MS = 1000 / 60


def _plan():
    from family_guide import paths
    from family_guide.core.loader import load_catalog
    from family_guide.core.workshop.helplines import workshop_help
    from family_guide.core.workshop.plan import PlanDraft

    catalog = load_catalog([(paths.bundled("resources", "modules"), "bundled")])
    draft = PlanDraft.from_module(catalog.modules["workshop-parents"])
    return draft, workshop_help(catalog, "GB", "en")


def next_slide(runs: int) -> tuple[float, float, float, float]:
    """(warm median, cold median, warm max, baseline median) in ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from family_guide.ui.workshop.canvas import SlideCanvas
    from family_guide.ui.workshop.slides import SlideDeck

    app = QApplication.instance()
    draft, help = _plan()
    warm, cold, base = [], [], []
    label = QLabel()
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.resize(1920, 1080)
    label.show()
    for _run in range(runs):
        for mode, out in (("warm", warm), ("cold", cold)):
            deck = SlideDeck(draft, ["en"], help)
            canvas = SlideCanvas(deck)
            canvas.resize(1920, 1080)
            canvas.show()
            app.processEvents()
            for index in range(1, len(deck)):
                if mode == "warm":
                    deck.layout(index)  # what the presenter does after showing the previous slide
                start = time.perf_counter()
                canvas.show_slide(index)
                canvas.repaint()
                out.append((time.perf_counter() - start) * 1000)
            canvas.close()
            canvas.deleteLater()
        for slide in draft.visible():
            text = slide.text("en")[0]["title"]
            start = time.perf_counter()
            label.setText(text)
            label.repaint()
            base.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    label.close()
    return statistics.median(warm), statistics.median(cold), max(warm), statistics.median(base)


def thirty_slides():
    from family_guide.core.workshop.plan import SlideDraft

    draft, help = _plan()
    content = [s for s in draft.slides if s.type != "help-lines"]
    extra = []
    number = 0
    while len(draft.slides) + len(extra) < 30:
        source = content[number % len(content)]
        extra.append(
            SlideDraft(
                f"{source.id}-copy-{number}",
                source.section,
                source.type,
                source.activity,
                False,
                {k: dict(v) for k, v in source.words.items()},
            )
        )
        number += 1
    draft.slides[1:1] = extra
    return draft, help


def export(runs: int) -> tuple[float, float, int]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    from family_guide.ui.workshop.export import slides_pdf
    from family_guide.ui.workshop.slides import SlideDeck

    draft, help = thirty_slides()
    pages = len(draft.visible())
    times, base = [], []
    for _ in range(runs):
        start = time.perf_counter()
        data = slides_pdf(SlideDeck(draft, ["en"], help))  # a fresh deck: nothing laid out before
        times.append(time.perf_counter() - start)
        assert data.startswith(b"%PDF")
        start = time.perf_counter()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        painter = QPainter(writer)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.drawText(100, 100, f"Page {page + 1}")
        painter.end()
        base.append(time.perf_counter() - start)
    return statistics.median(times), statistics.median(base), pages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 - kept alive for the widgets
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores; {args.runs} runs\n")
    warm, cold, worst, base = next_slide(args.runs)
    print("| next slide at 1920 x 1080 | median |")
    print("|---|---|")
    print(f"| baseline: QLabel repaint, same size | {base:.2f} ms |")
    print(
        f"| next slide, laid out ahead (as presenting does) | **{warm:.2f} ms** ({warm / base:.1f}x baseline; "
        f"worst {worst:.2f} ms) |"
    )
    print(f"| next slide, not laid out ahead | {cold:.2f} ms ({cold / base:.1f}x baseline) |")
    print(f"| one frame at 60 Hz | {FRAME_MS:.1f} ms (warm median is {warm / FRAME_MS:.0%} of it) |\n")
    seconds, baseline, pages = export(args.runs)
    print("| export to PDF | median |")
    print("|---|---|")
    print(f"| baseline: {pages} pages of one line each | {baseline * 1000:.0f} ms |")
    print(
        f"| {pages}-slide plan, 16:9 | **{seconds * 1000:.0f} ms** ({seconds / baseline:.1f}x baseline; target < 2 s) |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
