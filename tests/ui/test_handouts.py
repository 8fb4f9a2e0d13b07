"""Handouts: each source kind, two languages side by side, help lines, audiences, page counts, bad input.
The logic without Qt is tested in tests/core/test_handouts.py."""

from __future__ import annotations

import subprocess
import unicodedata
import zlib
from pathlib import Path

import pytest

from family_guide.core.handouts.blocks import CounselorDetails, HelpLine, Item
from family_guide.core.handouts.compose import (
    ChecklistSource,
    GuideSource,
    HelpPageSource,
    SafetyPlanSource,
    WorkshopSource,
    compose,
)
from family_guide.core.handouts.counselor import LogoProblem, check_logo_file, clean_line
from tests.conftest import MODULES
from tests.core.test_handouts import make, request


@pytest.fixture(scope="module")
def catalog():
    from family_guide.core.loader import load_catalog

    return load_catalog([(MODULES, "bundled")])


def write(handout, tmp_path: Path, paper: str = "a4", name: str = "handout.pdf") -> tuple[Path, int]:
    from family_guide.ui.handouts.render import write_handout_pdf

    target = tmp_path / name
    pages = write_handout_pdf(handout, paper, target)
    return target, pages


def pdf_text(path: Path) -> str:
    """The PDF's text layer; Arabic comes out as presentation forms, equal after NFKC."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_count(handout, paper: str) -> int:
    """Pages without drawing them: the same measuring and packing as the PDF."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from family_guide.ui.handouts.render import HandoutRenderer
    from family_guide.ui.printing.pages import set_up_page

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    set_up_page(writer, paper)
    renderer = HandoutRenderer(handout, writer)
    return len(renderer.maker.paginate(renderer.units()))


# ---------------------------------------------------------------- each source kind


@pytest.mark.parametrize(
    "source",
    [
        GuideSource("sextortion", "9-12"),
        ChecklistSource("grooming-signs"),
        ChecklistSource("grooming-signs", "emergency"),
        HelpPageSource(),
        SafetyPlanSource(),
    ],
    ids=["guide", "worksheet", "tier", "help-page", "safety-plan"],
)
def test_a_handout_for_each_source_kind(qapp, catalog, tmp_path, source):
    handout = make(catalog, source)
    path, pages = write(handout, tmp_path)
    text = flat(pdf_text(path))
    assert 1 <= pages <= 3
    assert flat(handout.parts[0].title)[:40] in text
    assert "For parents and carers" in text  # says whom it is for
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert f"Pages: {pages}" in " ".join(info.split())
    title_line = next(line for line in info.splitlines() if line.startswith("Title:"))
    assert flat(handout.footer_title)[:30] in flat(title_line)  # a neutral title: the source's own


# ---------------------------------------------------------------- two languages


@pytest.mark.parametrize("languages", [("ar", "en"), ("en", "ar")])
def test_arabic_beside_english_paragraph_by_paragraph(qapp, catalog, tmp_path, languages):
    from PySide6.QtGui import QPdfWriter

    from family_guide.ui.handouts.render import HandoutRenderer
    from family_guide.ui.printing.pages import set_up_page

    handout = make(catalog, ChecklistSource("grooming-signs"), languages)
    module = catalog.modules["grooming-signs"]
    pairs = [(a, b) for a, b in handout.rows if isinstance(a, Item)]
    assert pairs and all(b is not None and a.key == b.key for a, b in pairs)  # aligned item by item
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    set_up_page(writer, "a4")
    columns = HandoutRenderer(handout, writer)._columns(1000.0)
    arabic = languages.index("ar")
    x = {index: left for index, left, _ in columns}
    assert x[arabic] > x[1 - arabic]  # the right-to-left column sits on the right
    path, _ = write(handout, tmp_path)
    text = flat(pdf_text(path))
    for language in ("ar", "en"):
        statement = module.item(language, "older-online-friend").value.statement
        assert flat(statement)[:25] in text, language


def test_the_footer_date_follows_the_date_rule_in_arabic(qapp, catalog, tmp_path):
    """The month as a word and Western digits (Qt's default Arabic locale writes ٢٠٢٦), no weekday."""
    from datetime import date

    from PySide6.QtGui import QPdfWriter

    from family_guide.ui.handouts.render import HandoutRenderer
    from family_guide.ui.printing.pages import set_up_page

    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    set_up_page(writer, "a4")
    footer = HandoutRenderer(make(catalog, ChecklistSource("grooming-signs"), ("ar", "en")), writer).footer(1, 2)
    assert str(date.today().year) in footer
    assert [c for c in footer if c.isdigit() and c not in "0123456789"] == []


def test_two_languages_go_one_above_the_other_on_narrow_paper(qapp, catalog, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from family_guide.ui.handouts.render import HandoutRenderer
    from family_guide.ui.printing.pages import set_up_page

    handout = make(catalog, SafetyPlanSource(), ("es", "en"))
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    set_up_page(writer, "a5")
    assert HandoutRenderer(handout, writer).stacked
    set_up_page(writer, "a4")
    assert not HandoutRenderer(handout, writer).stacked


# ---------------------------------------------------------------- help lines


def test_the_countrys_help_lines_are_in_the_pdf_emergency_number_first(qapp, catalog, tmp_path):
    handout = make(catalog, HelpPageSource(), country="GB")
    lines = [b for b, _ in handout.rows if isinstance(b, HelpLine)]
    assert lines[0].emergency and lines[0].phone == "999"
    path, _ = write(handout, tmp_path)
    text = flat(pdf_text(path))
    phones = [line.phone for line in lines if line.phone]
    assert len(phones) >= 5
    for phone in phones:
        assert phone in text
    assert text.index("999") < text.index(phones[2])
    assert "Childline" in text and "0800 1111" in text


# ---------------------------------------------------------------- audiences


# ---------------------------------------------------------------- page counts


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_bundled_guide_handout_fits_on_two_pages(qapp, catalog, paper):
    counts = {}
    # With the counselor's details and a logo, and a country with long help-line texts for each language.
    counselor = CounselorDetails("Riverside Family Centre " * 5, "Ask for Sam at the front desk " * 6, _png(300, 100))
    for module in catalog.of_kind("guide"):
        for band in module.manifest.age_bands:
            for language, country in (("en", "GB"), ("es", "MX")):
                if language in module.manifest.languages:
                    handout = make(catalog, GuideSource(module.id, band), (language,), country, counselor=counselor)
                    counts[(module.id, band, language)] = page_count(handout, paper)
    assert len(counts) >= 39
    assert {key: n for key, n in counts.items() if n > 2} == {}


# ---------------------------------------------------------------- a workshop plan's take-home handout

PLANS = ["workshop-parents", "workshop-young-people", "workshop-boys", "workshop-leaders"]


@pytest.mark.parametrize(("plan", "country"), list(zip(PLANS, ["GB", "US", "IN", "AU"], strict=True)))
def test_a_workshop_plans_take_home_handout(qapp, catalog, tmp_path, plan, country):
    """The print guidance's order: whom it is for, one main message, three or four numbered steps,
    what not to do, help lines with the emergency number first, the counselor, the sources."""
    module = catalog.modules[plan]
    words = module.texts["en"].handout
    counselor = CounselorDetails("Riverside Family Centre", "Ask for Sam at the front desk")
    handout = make(catalog, WorkshopSource(plan), country=country, counselor=counselor)
    young = module.manifest.workshop.participants in ("young-people", "boys-and-young-men")
    assert handout.audience == ("young-people" if young else "adults")  # the plan's participants decide
    blocks = [b for b, _ in handout.rows]
    keys = [b.key for b in blocks]
    assert keys[:3] == ["title", "for-whom", "main"] and keys[-1] == "sources"
    assert blocks[1].text == f"**For: {module.texts['en'].audience}**"
    assert blocks[2].text == words.main_message and blocks[2].style == "main"
    steps = [b for b in blocks if isinstance(b, Item) and b.key.startswith("steps/")]
    assert 3 <= len(steps) <= 4 and [s.number for s in steps] == list(range(1, len(steps) + 1))
    assert [b.text for b in blocks if isinstance(b, Item) and b.key.startswith("dont/")] == words.dont
    assert keys.index("steps/0") < keys.index("dont/0") < keys.index("help") < keys.index("sources")
    talk = {"workshop-parents": "at home", "workshop-leaders": "with your team"}.get(plan, "To think about")
    assert talk in next(b.text for b in blocks if b.key == "talk")  # leaders talk with their team, not at home
    lines = [b for b in blocks if isinstance(b, HelpLine)]
    assert lines[0].emergency and len([line for line in lines if not line.emergency]) == 3
    path, pages = write(handout, tmp_path)
    text = flat(pdf_text(path))
    assert pages <= 2 and "Riverside Family Centre" in text
    assert text.index("Riverside Family Centre") < text.index("Reviewed")  # details, then sources
    for line in lines:
        assert line.phone is None or line.phone in text, line.phone
    assert flat(words.main_message) in text and "For: " in text
    assert page_count(handout, "letter") <= 2


@pytest.mark.parametrize("languages", [("ar", "en"), ("en", "hi")])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_parents_handout_in_two_languages_fits_two_pages(qapp, catalog, languages, paper):
    counselor = CounselorDetails("Riverside Family Centre " * 3, "Ask for Sam at the front desk " * 3)
    for country in ("US", "IN"):
        handout = make(catalog, WorkshopSource("workshop-parents"), languages, country, counselor=counselor)
        assert page_count(handout, paper) <= 2, (country, languages, paper)


def test_the_parents_handout_in_arabic_beside_english(qapp, catalog, tmp_path):
    handout = make(catalog, WorkshopSource("workshop-parents"), ("ar", "en"), "GB")
    module = catalog.modules["workshop-parents"]
    pairs = [(a, b) for a, b in handout.rows if isinstance(a, Item)]
    assert len(pairs) == 11 and all(b is not None and a.key == b.key and not a.fallback for a, b in pairs)
    path, _ = write(handout, tmp_path)
    text = flat(pdf_text(path))
    for language in ("ar", "en"):
        words = module.workshop_handout(language).value
        assert flat(words.main_message)[:30] in text, language
        assert flat(words.dont[0]).split("،")[0].split(",")[0] in text, language  # before the comma
    assert "999" in text and "0800 1111" in text


@pytest.mark.parametrize(
    ("plan", "languages"),
    [("workshop-young-people", ("ar", "en")), ("workshop-boys", ("en", "hi")), ("workshop-leaders", ("ar", "hi"))],
)
def test_every_plans_handout_is_in_arabic_and_hindi_and_fits_two_pages(qapp, catalog, plan, languages):
    module = catalog.modules[plan]
    english = module.texts["en"].handout
    for language in ("ar", "hi"):
        words = module.workshop_handout(language)
        assert words.language == language and not words.is_fallback, (plan, language)
        for field in ("steps", "dont", "talk_at_home"):  # no line left out
            assert len(getattr(words.value, field)) == len(getattr(english, field)), (plan, language, field)
    handout = make(catalog, WorkshopSource(plan), languages, "GB")
    assert not any(b.fallback for row in handout.rows for b in row if isinstance(b, Item))
    assert page_count(handout, "a4") <= 2


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [("sw", "KE", "a4"), ("es", "MX", "letter")],  # Mexico and the United States print on US Letter
)
def test_every_plans_handout_is_whole_beside_english_on_two_pages(qapp, catalog, plan, language, country, paper):
    """The Swahili drafts (issue 15) and the Spanish ones (docs/glossaries/es-workshops.md) give every
    handout line, so nothing falls back to English; two pages with the country's help lines."""
    module = catalog.modules[plan]
    english = module.texts["en"].handout
    words = module.workshop_handout(language)
    assert words.language == language and not words.is_fallback, plan
    for field in ("steps", "dont", "talk_at_home"):  # no line left out
        assert len(getattr(words.value, field)) == len(getattr(english, field)), (plan, field)
    handout = make(catalog, WorkshopSource(plan), (language, "en"), country)
    assert not any(b.fallback for row in handout.rows for b in row if isinstance(b, Item))
    assert page_count(handout, paper) <= 2


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_worksheets_fit_on_two_pages_in_one_language_and_the_shortest_in_two(qapp, catalog, paper):
    """A worksheet's help lines are brief (name, number, address) and its tick rows tight, so every
    worksheet fits on two pages in English, and the shortest also in two languages side by side.
    The longer ones run to three or four pages in two languages (docs/handouts.md, Length)."""
    checklists = catalog.of_kind("checklist")
    assert len(checklists) >= 6
    english = {m.id: page_count(make(catalog, ChecklistSource(m.id), country="US"), paper) for m in checklists}
    assert {key: n for key, n in english.items() if n > 2} == {}
    for languages in (("es", "en"), ("ar", "en"), ("en", "hi")):
        worksheet = make(catalog, ChecklistSource("adult-behavior-signs"), languages, "GB")
        assert page_count(worksheet, paper) <= 2, languages
    lines = [b for b, _ in worksheet.rows if isinstance(b, HelpLine) and not b.emergency]
    assert len(lines) == 3 and all(line.purpose == "" and (line.phone or line.web) for line in lines)  # brief


# ---------------------------------------------------------------- bad input


def test_hindi_handouts_keep_numbers_and_addresses_searchable(qapp, catalog, tmp_path):
    """Qt's PDFs lose Devanagari conjuncts in the text layer (docs/handouts.md); what a family must
    type or dial, numbers and web addresses, stays exact."""
    handout = make(catalog, HelpPageSource(), ("hi",), "IN")
    path, _ = write(handout, tmp_path)
    text = pdf_text(path)
    for line in (b for b, _ in handout.rows if isinstance(b, HelpLine)):
        for value in (line.phone, line.web):
            if value:
                assert value in text


def test_a_very_long_organisation_name_is_cut_with_a_message(qapp, catalog, tmp_path):
    counselor = CounselorDetails("Riverside " * 1000, "Call us\non 01234 567 890")
    handout = make(catalog, SafetyPlanSource(), counselor=counselor)
    assert len(handout.counselor.organisation) == 120 and handout.counselor.organisation.endswith("\u2026")
    assert handout.counselor.contact == "Call us on 01234 567 890"
    assert any("organisation name is too long" in text for text, _ in handout.notes)
    path, pages = write(handout, tmp_path)
    assert pages <= 3 and "Riverside Riverside" in pdf_text(path)
    assert clean_line("a\u202eb", 10) == ("ab", False)  # no direction overrides on paper


def _png(width: int, height: int) -> bytes:
    """A real PNG (greyscale, 8 bits) of zeros, which compress to almost nothing: large enough, a
    decompression bomb (small on disk, many megabytes when decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    packer = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte, then the row
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_bad_logos_get_a_clear_message_and_nothing_is_stored(qapp, tmp_path):
    from family_guide.ui.handouts.logo import decode_logo, store_logo, stored_logo

    data_dir = tmp_path / "data"
    text = tmp_path / "logo.png"
    text.write_text("not a picture at all")
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 1024 * 1024))
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png(6000, 6000))
    assert bomb.stat().st_size < 2 * 1024 * 1024  # small on disk, 36 MB when decoded
    with pytest.raises(LogoProblem, match="not a PNG or JPEG"):
        decode_logo(text)
    with pytest.raises(LogoProblem, match="larger than 2 MB"):
        decode_logo(huge)
    with pytest.raises(LogoProblem, match="6000 x 6000 pixels"):
        decode_logo(bomb)
    with pytest.raises(LogoProblem):
        check_logo_file(tmp_path / "missing.png")
    for bad in (text, huge, bomb):
        with pytest.raises(LogoProblem):
            store_logo(bad, data_dir)
    assert stored_logo(data_dir) is None
    good = tmp_path / "good.png"
    good.write_bytes(_png(40, 20))
    store_logo(good, data_dir)
    assert stored_logo(data_dir).startswith(b"\x89PNG")


def test_qr_codes_are_the_address_segno_encodes(qapp):
    import segno
    from PySide6.QtGui import QColor, QImage, QPainter

    from family_guide.ui.handouts.qr import qr_painter

    url = "https://childline.org.uk"
    matrix = segno.make(url, error="m", micro=False).matrix
    size = len(matrix) * 10
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    qr_painter(url, 0, 0, size)(painter, 0)
    painter.end()
    drawn = [
        [image.pixelColor(c * 10 + 5, r * 10 + 5).lightness() < 128 for c in range(len(matrix))]
        for r in range(len(matrix))
    ]
    assert drawn == [[bool(v) for v in row] for row in matrix]


def test_labels_come_in_the_handouts_own_language(qapp):
    from family_guide.ui.handouts.languages import translator_for

    spanish = translator_for("es", "en")
    assert spanish("ContentHtml", "Sources") == "Fuentes"  # not the app's English
    arabic = translator_for("ar", "en")
    assert arabic("Handout", "A label nobody has translated.") == "\u2066A label nobody has translated.\u2069"
    assert translator_for("en", "en")("Handout", "For young people") == "For young people"


@pytest.mark.parametrize("plan", PLANS)
def test_a_take_home_handout_in_two_of_the_new_languages_fits_two_letter_pages(qapp, catalog, tmp_path, plan):
    """French, Portuguese or Swahili beside English on US Letter ran to a third page with three help
    lines; two languages now take two lines besides the emergency number."""
    for languages in (("fr", "en"), ("pt-BR", "en"), ("sw", "en")):
        handout = make(catalog, WorkshopSource(plan), languages, "US")
        path, pages = write(handout, tmp_path, "letter", f"{plan}-{languages[0]}.pdf")
        assert pages <= 2, (plan, languages)
        assert "911" in pdf_text(path)  # the emergency number is still there, first


def test_words_to_say_on_a_handout_are_quoted_in_their_own_languages_marks(catalog):
    """As on screen: «...» around an Arabic line, “...” around an English one."""
    from family_guide.ui.handouts.render import _block_html

    handout = make(catalog, GuideSource("online-friends", "9-12"), ("ar", "en"), "GB")
    for part, marks in zip(handout.parts, (("\u00ab", "\u00bb"), ("\u201c", "\u201d")), strict=True):
        says = [b for b in part.blocks if isinstance(b, Item) and b.style == "say" and not b.fallback]
        assert says, part.language
        for block in says:
            html = _block_html(block, language=part.language)
            assert marks[0] in html and marks[1] in html and html.count(marks[0]) == 1, (part.language, block.text)


def test_help_line_hours_are_said_in_the_handouts_language(qapp, catalog):
    """The directory writes usual hours the short English way; a Spanish handout says them in
    Spanish, as the screen does (it printed "24 hours, every day" for Mexico's lines)."""
    from family_guide.core.handouts.blocks import HelpLine
    from family_guide.ui.handouts.languages import translator_for

    def hours(languages):
        translators = {language: translator_for(language, "en") for language in languages}  # as the dialog does
        handout = compose(
            catalog, request(WorkshopSource("workshop-parents"), languages, "MX"), translators, CounselorDetails()
        )
        return [b.hours for row in handout.rows for b in row if isinstance(b, HelpLine) and b.hours]

    assert "24 hours a day, every day" in hours(("en",))  # the standard phrase, as on screen
    spanish = hours(("es",))
    assert spanish and "24 hours, every day" not in spanish
    assert "las 24 horas, todos los días" in spanish
