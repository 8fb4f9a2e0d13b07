"""Workshops as a leader meets them: the list, presenting with every key (one screen and two),
the presenter view and its clock, adapting and saving a plan then presenting it after a restart,
and the exported PDFs."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem

from family_guide.ui.help_now import HelpNowDialog
from tests.ui.conftest import on_modal

K = Qt.Key
PLAN = "workshop-parents"


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


class OtherScreen:
    """A second screen for the presenter view (the offscreen platform has only one)."""

    def geometry(self) -> QRect:
        return QRect(0, 0, 1280, 800)


@pytest.fixture(scope="module")
def shared(qapp, tmp_path_factory):
    """One app context and main window for this file's tests (building them is most of a test's
    time); each test leaves no presentation running and saves into a folder of its own."""
    from family_guide import paths
    from family_guide.ui.app import build_context
    from family_guide.ui.main_window import MainWindow

    ctx = build_context(qapp, paths.AppPaths.under(tmp_path_factory.mktemp("workshop-home")))
    ctx.update_settings(setup_done=True, country="GB", language="en", text_scale=100)
    ctx.load_content()
    win = MainWindow(ctx)
    win.resize(1100, 720)
    win.show()
    yield ctx, win
    win.close()
    win.deleteLater()
    ctx.deleteLater()


@pytest.fixture
def context(shared, tmp_path, monkeypatch):
    from family_guide import paths

    ctx = shared[0]
    monkeypatch.setattr(ctx, "paths", paths.AppPaths.under(tmp_path / "home"))  # custom plans go here
    return ctx


@pytest.fixture
def window(shared, context, qtbot):
    win = shared[1]
    qtbot.waitExposed(win)
    yield win
    page = win.pages["workshops"]
    if page.controller is not None:  # a failed test must not leave a presentation for the next one
        page.controller.stop()
    page.clock = None


@pytest.fixture
def page(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, K.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "workshops"
    page = window.pages["workshops"]
    page.select(PLAN)
    return page


def _show(page, two_screens: bool = False, clock=None, languages=("en",)):
    page.clock = clock
    screen = QApplication.primaryScreen()
    page.start(page.draft(), list(languages), screen, OtherScreen() if two_screens else screen)
    return page.controller


def plain(text: str) -> str:
    """Text without the direction isolates the app puts around numbers."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


def press(qtbot, controller, key, text: str = "") -> None:
    target = controller.presenter or controller.audience
    qtbot.keyClick(target, key, Qt.KeyboardModifier.NoModifier) if not text else qtbot.keyClicks(target, text)


def test_the_list_shows_audience_and_length(page):
    texts = [plain(page.plans.item(r).text()) for r in range(page.plans.count())]
    assert any("Parents and carers" in t and "75 to 90 minutes" in t for t in texts)
    html = plain(page.view.toPlainText())
    assert "Facilitator safeguarding page" in html and "Emergency number in United Kingdom: 999" in html
    assert "Welcome and ground rules" in html and "Sources" in html


def test_every_key_moves_as_presenters_expect(qtbot, page):
    show = _show(page)
    state = show.state
    for key in (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return):
        before = state.index
        press(qtbot, show, key)
        assert state.index == before + 1, key
    for key in (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P):
        before = state.index
        press(qtbot, show, key)
        assert state.index == before - 1, key
    press(qtbot, show, K.Key_End)
    assert state.index == len(show.deck) - 1
    press(qtbot, show, K.Key_Home)
    assert state.index == 0
    press(qtbot, show, None, "12")
    assert state.digits == "12" and state.index == 0
    press(qtbot, show, K.Key_Return)
    assert state.index == 11 and state.digits == ""
    show.stop()


def test_blank_returns_to_the_same_slide(qtbot, page):
    show = _show(page)
    press(qtbot, show, K.Key_Right)
    for blank_key, colour in ((K.Key_B, "black"), (K.Key_Period, "black"), (K.Key_W, "white"), (K.Key_Comma, "white")):
        press(qtbot, show, blank_key)
        assert show.state.blank == colour and show.audience.blank == colour
        press(qtbot, show, K.Key_PageDown)  # a clicker's "next" while blank
        assert show.state.blank is None and show.state.index == 1
    show.stop()


def test_escape_is_layered_and_asks_on_the_presenter_screen(qtbot, page):
    show = _show(page, two_screens=True)
    press(qtbot, show, K.Key_B)
    press(qtbot, show, K.Key_Escape)
    assert show.state.blank is None and not show.state.asking_to_leave
    press(qtbot, show, None, "3")
    press(qtbot, show, K.Key_Escape)
    assert show.state.digits == "" and not show.state.asking_to_leave
    press(qtbot, show, K.Key_Escape)
    assert show.state.asking_to_leave
    assert "Leave the presentation?" in show.presenter.message.text() and show.presenter.message.isVisible()
    press(qtbot, show, K.Key_Escape)  # the clicker's Esc/F5 button again: stay
    assert not show.state.asking_to_leave and page.controller is show
    press(qtbot, show, K.Key_Escape)
    press(qtbot, show, K.Key_Return)
    assert page.controller is None and not show.audience.isVisible()


def test_presenter_view_shows_notes_next_slide_and_the_clock(qtbot, page):
    clock = FakeClock()
    show = _show(page, two_screens=True, clock=clock)
    view = show.presenter
    assert view.isVisible() and show.audience.isVisible()
    clock.now += 600  # people arriving: the clock waits for the first slide to be left
    press(qtbot, show, K.Key_Right)
    assert "Read each rule out." in view.notes.toPlainText()
    assert view.current.index == 1 and view.next.index == 2
    clock.now += 125
    view.refresh_clock()
    assert "Elapsed 2:05" in plain(view.status.text())
    assert "Welcome and ground rules: 7:55 left (on time)" in plain(view.status.text())
    clock.now += 600
    view.refresh_clock()
    assert "-2:05 left (behind)" in plain(view.status.text())
    press(qtbot, show, K.Key_Question)
    assert "Black screen" in view.message.text()
    show.stop()


def test_one_screen_notes_toggle_with_n(qtbot, page):
    show = _show(page)
    assert show.presenter is None
    press(qtbot, show, K.Key_N)
    assert show.state.notes_shown
    image = show.audience.grab().toImage()
    bottom = image.pixelColor(image.width() // 2, image.height() - 5)
    assert bottom.lightness() > 200  # the white notes panel covers the bottom of the screen
    press(qtbot, show, K.Key_N)
    assert not show.state.notes_shown
    show.stop()


def test_f1_opens_get_help_on_the_presenters_screen(qtbot, page):
    show = _show(page, two_screens=True)
    seen = []

    def close(dialog):
        seen.append((type(dialog), dialog.parent()))
        dialog.reject()

    on_modal(close)
    press(qtbot, show, K.Key_F1)
    assert seen == [(HelpNowDialog, show.presenter)]
    show.stop()


def test_adapt_save_restart_and_present(qtbot, page, context, window, qapp):
    from family_guide import paths
    from family_guide.ui.app import build_context
    from family_guide.ui.main_window import MainWindow
    from family_guide.ui.workshop.editor import PlanEditor

    editor = PlanEditor(context, page.draft(), page)
    qtbot.addWidget(editor)
    editor.show()
    ids = [editor.slides.item(r).data(Qt.ItemDataRole.UserRole) for r in range(editor.slides.count())]
    editor.slides.setCurrentRow(ids.index("this-week"))
    editor.slides.setFocus()
    qtbot.keyClick(editor.slides, K.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.slides, K.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.id for s in editor.draft.slides][-3:] == ["this-week", "questions", "help-lines"]
    by_age: QListWidgetItem = editor.slides.item(ids.index("by-age"))
    by_age.setCheckState(Qt.CheckState.Unchecked)
    help_row = editor.slides.item([s.id for s in editor.draft.slides].index("help-lines"))
    assert not help_row.flags() & Qt.ItemFlag.ItemIsUserCheckable  # the help-line slide cannot be hidden
    editor.slides.setCurrentRow([s.id for s in editor.draft.slides].index("welcome"))
    editor.title.clear()
    qtbot.keyClicks(editor.title, "Welcome to St Mary's hall")
    editor.notes.setPlainText("(Smile.)\nSay where the tea is.")
    editor.minutes["welcome"].setValue(15)
    editor.name.setText("Our parents evening")
    module_id = editor.save()
    assert module_id == "my-our-parents-evening"
    assert "Saved as" in editor.message.text()

    # a new start of the app: a fresh context reads the saved plan back through the checker
    fresh = build_context(qapp, paths.AppPaths.under(context.paths.data_dir.parent))
    fresh.update_settings(setup_done=True, country="GB", language="en")
    fresh.load_content()
    assert fresh.catalog.modules[module_id].origin == "user"
    second = MainWindow(fresh)
    qtbot.addWidget(second)
    second.show()
    second.show_module(module_id)
    again = second.pages["workshops"]
    assert "your plan" in again.plans.currentItem().text()
    show = _show(again)
    titles = [s.text("en")[0]["title"] for s in show.deck.slides]
    assert titles[0] == "Welcome to St Mary's hall" and "What to talk about at each age" not in titles
    assert show.deck.slides[-3].id == "this-week" and show.draft.minutes == 95
    assert "Say where the tea is." in show.current_notes_html()
    show.stop()


def test_a_plan_that_cannot_be_saved_says_why(qtbot, page, context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from family_guide.ui.workshop.editor import PlanEditor

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    editor = PlanEditor(context, page.draft(), page)
    qtbot.addWidget(editor)
    editor.slides.setCurrentRow(2)
    editor.body.setPlainText("Ring 0808 800 5000 tonight.")
    editor.name.setText("Numbers typed in")
    assert editor.save() is None
    assert "slide 'tonight' has a number typed in" in editor.message.text() and warnings
    assert list(context.paths.user_modules_dir.iterdir()) == []  # nothing half-written
    context.paths.user_modules_dir.rmdir()
    context.paths.user_modules_dir.write_text("not a folder")  # nowhere to write
    editor.body.setPlainText("A short body.")
    assert editor.save() is None
    assert "cannot write here" in editor.message.text()


def test_exported_slides_have_one_page_per_visible_slide_and_the_help_lines(page, tmp_path):
    slides = page.export_slides(tmp_path / "slides.pdf")
    visible = len(page.draft().visible())
    info = subprocess.run(["pdfinfo", str(slides)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert int(fields["Pages"]) == visible == 18
    assert fields["Title"].strip() == "Workshop slides"  # neutral
    assert fields["Page size"].split("pts")[0].split() == ["720", "x", "405"]  # 16:9
    text = subprocess.run(["pdftotext", str(slides), "-"], capture_output=True, text=True, check=True).stdout
    assert "999" in text and "Where to get help" in text
    notes = page.export_notes(tmp_path / "notes.pdf")
    text = subprocess.run(["pdftotext", str(notes), "-"], capture_output=True, text=True, check=True).stdout
    assert "Facilitator safeguarding page" in text and "Read each rule out." in text


def test_a_long_session_of_slides_and_clock_ticks_keeps_none_alive(qtbot, page):
    """PySide6 6.12.0 on Python 3.11 lost a reference to None on every Qt call that returns nothing
    (pyproject.toml keeps it out; tests/ui/test_qt_binding.py); a session repaints slides and clocks
    thousands of times, so this walks the presenter the same way and checks the count holds."""
    import sys

    show = _show(page)
    before = sys.getrefcount(None)
    for _ in range(20):
        show._on_tick()
        press(qtbot, show, K.Key_Right)
        press(qtbot, show, K.Key_Left)
    assert sys.getrefcount(None) >= before - 50
    show.stop()


def test_an_edited_plan_with_a_problem_is_not_presented(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    draft = page.draft()
    draft.edit("tonight", "en", body="")  # an empty slide
    page.start(draft, ["en"])
    assert page.controller is None
    assert "slide 'tonight' is empty" in warnings[0]


def test_two_languages_on_one_slide(page):
    from family_guide.ui.workshop.slides import SlideDeck

    draft = page.draft()
    del draft.slide("by-age").words["hi"]  # the bundled Hindi has every slide: leave one out
    deck = SlideDeck(draft, ["hi", "en"], page.help("hi"))
    ids = [s.id for s in deck.slides]
    both = deck.layout(ids.index("what-grooming-is")).blocks
    assert [d.toPlainText().splitlines()[0] for d, _ in both] == ["ग्रूमिंग क्या है?", "What is grooming?"]
    assert both[0][1] < both[1][1]  # Hindi above English
    assert len(deck.layout(ids.index("by-age")).blocks) == 1  # not yet in Hindi: English once, not twice
    numbers = deck.layout(ids.index("help-lines")).blocks
    assert len(numbers) == 3 and "999" in numbers[-1][0].toPlainText()  # the fixture's country is GB


def test_present_button_asks_screens_and_languages(qtbot, page, monkeypatch):
    from family_guide.ui.workshop.present_dialog import PresentDialog

    partial = page.draft()
    del partial.slide("by-age").words["hi"]  # the bundled Hindi has every slide: leave one out
    monkeypatch.setattr(page, "draft", lambda: partial)
    seen = []

    def choose(dialog):
        seen.append(dialog)
        dialog.first.setCurrentIndex(dialog.first.findData("hi"))
        dialog.second.setCurrentIndex(dialog.second.findData("en"))
        seen.append(dialog.warning.text())
        dialog.accept()

    on_modal(choose, PresentDialog)
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert "Not yet in" in seen[1] and "by-age" in seen[1]  # names the slides shown in English
    show = page.controller
    assert show is not None and show.languages == ["hi", "en"] and show.audience.isVisible()
    show.stop()


def test_every_bundled_slide_fits_without_shrinking(context):
    """The checker's line rule (docs/workshops.md) agrees with real layout: a slide that passes it
    fits at full size in every language the plan has."""
    from family_guide.core.workshop.helplines import workshop_help
    from family_guide.core.workshop.plan import PlanDraft
    from family_guide.ui.workshop.slides import SlideDeck

    plans = context.catalog.of_kind("workshop")
    assert plans
    for module in plans:
        draft = PlanDraft.from_module(module)
        for language in draft.languages:
            deck = SlideDeck(draft, [language], workshop_help(context.catalog, "IN", language))
            # The help-line slide's length depends on the country's directory entries: it may shrink.
            shrunk = [s.id for i, s in enumerate(deck.slides) if deck.layout(i).scale < 1 and s.type != "help-lines"]
            assert shrunk == [], (module.id, language, shrunk)


def test_dragging_a_slide_reorders_the_plan(qtbot, page, context):
    from PySide6.QtCore import QModelIndex

    from family_guide.ui.workshop.editor import PlanEditor

    editor = PlanEditor(context, page.draft(), page)
    qtbot.addWidget(editor)
    assert editor.slides.dragDropMode() == editor.slides.DragDropMode.InternalMove
    editor.slides.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)  # what a drop does
    assert [s.id for s in editor.draft.slides][:3] == ["ground-rules", "tonight", "welcome"]


def test_make_a_handout_of_the_selected_plan_preview_and_save(qtbot, page, tmp_path, monkeypatch):
    """The Workshops page's "Make a handout..." opens the dialog with the plan's take-home handout;
    "For" follows the plan; Arabic beside English previews and saves as a PDF of at most two pages."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from family_guide.core.handouts.compose import WorkshopSource
    from family_guide.ui.handouts.dialog import HandoutDialog

    def choose(combo, data) -> None:
        combo.setCurrentIndex(combo.findData(data))

    previews: list[str] = []

    def fake_preview(preview: QPrintPreviewDialog) -> int:  # draws on a PDF printer instead of a window
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        preview.paintRequested.emit(printer)
        previews.append("drawn")
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_preview)
    done: list[str] = []

    def handle(dialog: HandoutDialog) -> None:
        assert dialog.what.currentText().startswith("Take-home handout: Keeping our children safe online")
        assert isinstance(dialog.source, WorkshopSource) and dialog.source.module_id == PLAN
        assert dialog.audience.currentData() == "adults" and not dialog.audience.isEnabled()
        choose(dialog.language, "ar")
        choose(dialog.second, "en")
        choose(dialog.paper, "letter")
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        dialog.choose_pdf_path = lambda: str(tmp_path / "take-home")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        done.append(dialog.message.text())
        choose(dialog.what, len(dialog._sources) - 1)  # the family safety plan: "For" is free again
        assert dialog.audience.isEnabled()
        choose(dialog.audience, "young-people")
        choose(dialog.what, 0)  # the plan's handout again: "For" goes back to its participants, locked
        assert dialog.audience.currentData() == "adults" and not dialog.audience.isEnabled()
        dialog.reject()

    on_modal(handle, HandoutDialog)
    assert page.handout_button.isEnabled()
    qtbot.mouseClick(page.handout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))
    assert done == ["Saved: take-home.pdf"] and previews == ["drawn"]
    pdf = tmp_path / "take-home.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(dict(line.split(":", 1) for line in info.splitlines())["Pages"]) <= 2
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "999" in text and "Don't pay" in text and "Keeping our children safe online" in text
    assert (
        "Don't pay"
        in subprocess.run(
            ["pdftotext", str(tmp_path / "preview.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    page.select("workshop-young-people")
    young = page.handout_dialog()
    qtbot.addWidget(young)
    assert young.audience.currentData() == "young-people" and not young.audience.isEnabled()
    page.select(PLAN)
