"""Read aloud: the order of sentences, the words to say without the adult's notes, the highlight
that follows the voice, pause, stop, speed and languages with no voice, through a fake engine.
Its screens are tested in tests/ui/test_read_aloud.py (Qt)."""

from __future__ import annotations

from family_guide.core import read_aloud
from family_guide.core.read_aloud import Block, block_state, parse_state, reading_order, split_sentences

# -- what is read (no Qt) -------------------------------------------------------------


def test_sentences_split_in_english_hindi_and_arabic():
    text = 'She said "Tell me." Then? Yes! Ages 9-12 are fine. 1.5 hours'
    assert [text[a:b] for a, b in split_sentences(text)] == [
        'She said "Tell me."',
        "Then?",
        "Yes!",
        "Ages 9-12 are fine.",
        "1.5 hours",
    ]
    assert len(split_sentences("मुझे बताओ। तुम सुरक्षित हो।")) == 2
    assert len(split_sentences("هل أنت بخير؟ أنا هنا.")) == 2
    urdu = "کیا آپ ٹھیک ہیں؟ میں یہاں ہوں۔ مجھے بتائیں۔"
    assert [urdu[a:b] for a, b in split_sentences(urdu)] == ["کیا آپ ٹھیک ہیں؟", "میں یہاں ہوں۔", "مجھے بتائیں۔"]
    french = "Il a dit « Dis-moi. » Ça va ? Oui !"
    assert [french[a:b] for a, b in split_sentences(french)] == ["Il a dit « Dis-moi. »", "Ça va ?", "Oui !"]


def test_words_to_say_leave_out_notes_headings_and_explanations():
    blocks = [
        Block(0, "Ways to start", "en"),
        Block(20, "Who do you play with? Tell me.", "en", read_aloud.SAY),
        Block(60, "For you, not to say to your child: Keep the chat.", "en", read_aloud.NOTE),
        Block(120, "Why this matters.", "en"),
    ]
    assert [s.text for s in reading_order(blocks, words_only=True)] == ["Who do you play with?", "Tell me."]
    everything = reading_order(blocks)
    assert [s.start for s in everything] == sorted(s.start for s in everything) and len(everything) == 5
    assert everything[1].start == 20 and everything[2].start == 42  # positions in the page, for highlighting


def test_block_marks_round_trip():
    for kind in (None, read_aloud.TEXT, read_aloud.SAY, read_aloud.NOTE, read_aloud.CONTROL):
        for language in (None, "en", "es", "ar", "hi", "fil", "pt-BR", "fr", "ur", "sw", "zzz-ZZ"):
            state = block_state(kind, language)
            assert parse_state(state) == (kind, language) and 0 <= state < 2**31  # Qt keeps it in a C int
    assert parse_state(-1) == (None, None)


# -- in the app ---------------------------------------------------------------------


def highlighted(view) -> str:
    """The highlighted text as a voice says it: the isolates that keep "Ages 5-8" in order are not spoken."""
    from family_guide.core.bidi import without_isolates

    selections = view.extraSelections()
    return without_isolates(selections[0].cursor.selectedText()) if selections else ""
