"""What the conversation guides say: danger first, honest limits, hedged law, no confronting,
promises that can be kept, varied wording, and Spanish verbs that say what they mean (issue 10)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from family_guide.core.model import GuideText
from tests.conftest import bundled_catalog

CATALOG = bundled_catalog()
GUIDES = CATALOG.of_kind("guide")
BANDS = [(m, band) for m in GUIDES for band in m.manifest.age_bands]
LANGUAGES = ("en", "es")
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def texts(guide: GuideText) -> list[str]:
    """Every piece of text in one guide band: sections, list items, answers and notes."""
    out: list[str] = []
    for value in guide.model_dump().values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                out.extend(str(v) for v in item.values() if v) if isinstance(item, dict) else out.append(item)
    return [" ".join(t.split()) for t in out]


def say_lines(guide: GuideText) -> list[str]:
    """Words the adult says to the child (and key messages, which the child should hear)."""
    lines = [*guide.opening_lines, *guide.questions, *guide.key_messages]
    lines += [pair.you_might_say for pair in guide.if_child_says]
    return [" ".join(t.split()) for t in lines]


def sentences(language: str):
    for module, band in BANDS:
        for text in texts(module.texts[language].guides[band]):
            for sentence in SENTENCE.split(text):
                yield module.id, band, sentence


def band_ids(pairs) -> list[str]:
    return [f"{m.id}-{b}" for m, b in pairs]


# ------------------------------------------------------------------ danger first

DANGER = re.compile(
    r"\b(meet(ing|s)?|trip|travel\w*|go(es|ing)? away|mov(e|ed|ing) (her|him|them)|place to place|threat\w*)\b", re.I
)
REPORTING = re.compile(r"help:directory|\breport", re.I)

# "If your child says" answers that describe a planned meeting, being moved, going away with an
# older partner, or threats: (module, band, words from what the child says).
DANGER_ANSWERS = [
    ("healthy-relationships", "13-17", "if I loved him"),
    ("after-a-disclosure", "13-17", "$500"),
    ("after-a-disclosure", "13-17", "He's my boyfriend"),
    ("too-good-to-be-true", "5-8", "come to the park"),
    ("too-good-to-be-true", "9-12", "I owe her a picture"),
    ("too-good-to-be-true", "13-17", "He's 22"),
    ("too-good-to-be-true", "13-17", "football club abroad"),
    ("too-good-to-be-true", "13-17", "meeting some of her friends"),
    ("meeting-in-person", "5-8", "birthday party"),
    ("meeting-in-person", "5-8", "come to the park"),
    ("meeting-in-person", "9-12", "the mall on Saturday"),
    ("meeting-in-person", "9-12", "I already met him"),
    ("meeting-in-person", "13-17", "He wants to meet at the mall"),
    ("meeting-in-person", "13-17", "bus ticket"),
    ("meeting-in-person", "13-17", "he'll post my pictures"),
    ("online-friends", "9-12", "he says he'll show everyone"),
    ("online-friends", "13-17", "modeling work in another city"),
    ("online-friends", "13-17", "unless I pay"),
    ("private-chats-and-secrets", "13-17", "keep it secret because"),
    ("private-chats-and-secrets", "13-17", "he'll share stuff about me"),
    ("gifts-and-money", "9-12", "unless I send pictures"),
    ("gifts-and-money", "13-17", "He pays my phone bill"),
    ("gifts-and-money", "13-17", "he said he'd post my pictures"),
    ("photos-and-videos", "9-12", "unless I send more"),
    ("photos-and-videos", "13-17", "$500"),
    ("sextortion", "5-8", "the police will take me away"),
    ("sextortion", "5-8", "something bad will happen to you"),
    ("sextortion", "9-12", "50 dollars"),
    ("sextortion", "9-12", "I already paid him"),
    ("sextortion", "9-12", "just a joke from a boy"),
    ("sextortion", "13-17", "unless I pay 500 dollars"),
    ("sextortion", "13-17", "unless I get back with her"),
    ("live-streaming", "9-12", "they recorded it"),
    ("live-streaming", "13-17", "he'll post it"),
    ("lonely-or-stressed", "5-8", "When Mom and Dad shout"),
    ("lonely-or-stressed", "13-17", "stay with him in the city"),
]


def danger_first(text: str) -> bool:
    """Get help now is named, and named before any step towards reporting."""
    found = [i for i in (text.find("help:now"), text.find("help:crisis")) if i >= 0]  # crisis: self-harm
    now = min(found) if found else -1
    report = REPORTING.search(text)
    return now >= 0 and (report is None or now < report.start())


@pytest.mark.parametrize(("module_id", "band", "words"), DANGER_ANSWERS)
def test_an_answer_about_danger_sends_to_get_help_now_first(module_id, band, words):
    guide = CATALOG.modules[module_id].texts["en"].guides[band]
    [pair] = [p for p in guide.if_child_says if words in p.says]
    assert pair.adult_note and danger_first(pair.adult_note), pair.adult_note


@pytest.mark.parametrize(("module_id", "band", "words"), DANGER_ANSWERS)
def test_the_spanish_answer_about_danger_also_sends_to_get_help_now_first(module_id, band, words):
    english = CATALOG.modules[module_id].texts["en"].guides[band].if_child_says
    index = next(i for i, p in enumerate(english) if words in p.says)
    pair = CATALOG.modules[module_id].texts["es"].guides[band].if_child_says[index]
    assert pair.adult_note and danger_first(pair.adult_note), pair.adult_note


@pytest.mark.parametrize("language", LANGUAGES)
def test_get_help_about_meetings_moves_or_threats_names_get_help_now_first(language):
    late = []
    for module, band in BANDS:
        english = module.texts["en"].guides[band].get_help  # the danger words are English
        text = module.texts[language].guides[band].get_help
        if DANGER.search(english) and not danger_first(text):
            late.append(f"{module.id} {band}")
    assert not late
    named = CATALOG.modules["healthy-relationships"].texts[language].guides
    assert all(danger_first(named[band].get_help) for band in ("9-12", "13-17"))  # the issue's own cases


# ------------------------------------------------------------------ honest limits and the law

NEVER_CLAIMED = {
    "en": ("anywhere in the world", "can always be removed", "can always be taken down"),
    "es": (
        "cualquier parte del mundo",
        "cualquier país del mundo",
        "siempre se puede quitar",
        "siempre se pueden quitar",
    ),
}
TAKE_IT_DOWN_LIMITS = {"en": ("18", "take part", "encrypted"), "es": ("18", "participan", "cifrado")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_guide_says_images_can_be_removed_anywhere_or_always(language):
    found = [(m, b, s) for m, b, s in sentences(language) if any(p in s.lower() for p in NEVER_CLAIMED[language])]
    assert not found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("module", "band"), BANDS, ids=band_ids(BANDS))
def test_take_it_down_is_described_with_its_limits(module, band, language):
    text = " ".join(texts(module.texts[language].guides[band]))
    if "Take It Down" in text:
        assert all(limit in text for limit in TAKE_IT_DOWN_LIMITS[language]), (module.id, band)


LAW = {
    "en": re.compile(r"\bcrime\b(?! groups)|\bthe law\b|\billegal\b", re.I),
    "es": re.compile(r"\bdelito\b|\bla ley\b|\bilegal\b", re.I),
}
HEDGE = {
    "en": re.compile(r"in most countries|likely|\bmay\b|\bcan be\b|\bmight\b", re.I),
    "es": re.compile(r"en la mayoría de los países|probablemente|puede ser", re.I),
}
DISCLAIMER = {
    "en": "Laws differ by country; this is not legal advice.",
    "es": "Las leyes cambian de un país a otro; esto no es asesoramiento legal.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unhedged_it_is_a_crime(language):
    unhedged = [
        (m, b, s) for m, b, s in sentences(language) if LAW[language].search(s) and not HEDGE[language].search(s)
    ]
    assert not unhedged
    assert sum(1 for _, _, s in sentences(language) if LAW[language].search(s)) > 10  # the law is still named


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("module", "band"), BANDS, ids=band_ids(BANDS))
def test_a_guide_that_names_the_law_says_once_that_laws_differ(module, band, language):
    guide = module.texts[language].guides[band]
    text = " ".join(texts(guide))
    if LAW[language].search(text):
        assert text.count(DISCLAIMER[language]) == 1, (module.id, band)
        assert DISCLAIMER[language] in " ".join(guide.get_help.split())


# ------------------------------------------------------------------ what to do and what to promise


def test_never_confront_and_report_to_the_safeguarding_lead():
    english = [s for _, _, s in sentences("en")]
    assert not [s for s in english if re.search(r"confront\w*[^.]*in front of", s, re.I)]
    assert not [s for s in english if re.search(r"\bto the club\b", s) and "safeguarding lead" not in s]
    assert sum("safeguarding lead" in s and "club" in s for s in english) >= 2


PROMISE = {
    "en": (re.compile(r"\bI('ll| will) tell you (who|first|before)"), "wherever i can"),
    "es": (re.compile(r"te voy a (decir (a )?quién|avisar antes)"), "siempre que pueda"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_promises_a_parent_may_not_keep_say_wherever_i_can(language):
    pattern, hedge = PROMISE[language]
    unhedged = []
    for module, band in BANDS:
        for line in say_lines(module.texts[language].guides[band]):
            for sentence in SENTENCE.split(line):
                if pattern.search(sentence) and hedge not in sentence.lower():
                    unhedged.append((module.id, band, sentence))
    assert not unhedged


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("module", "band"), BANDS, ids=band_ids(BANDS))
def test_signs_say_what_is_also_normal_at_that_age(module, band, language):
    signs = module.texts[language].guides[band].signs_to_watch
    assert re.search(r"\bnormal|\bcommon\b|\bcomún\b|\bcomunes\b", signs, re.I), (module.id, band)


def test_formulaic_answers_are_varied():
    answers = [" ".join(p.you_might_say.split()) for m, b in BANDS for p in m.texts["en"].guides[b].if_child_says]
    assert sum(a.count("Thank you for telling me") for a in answers) <= 10  # was 42 of 156 answers
    assert sum(a.count("not in trouble") for a in answers) <= 20  # was 42
    openings = Counter(a.split(".")[0] for a in answers)
    assert max(openings.values()) <= 7, openings.most_common(3)  # no one way to begin reads as a template


def test_known_and_peer_offenders_appear_where_strangers_do():
    for module_id in ("online-friends", "live-streaming"):
        for band in ("9-12", "13-17"):
            why = " ".join(CATALOG.modules[module_id].texts["en"].guides[band].why_it_matters.split())
            assert re.search(r"someone (the child|they) knows?", why, re.I) and re.search(
                r"older child|another teen", why
            )


def test_lgbtq_and_disabled_children_are_named_where_the_risks_differ():
    teen = {m.id: " ".join(texts(m.texts["en"].guides["13-17"])) for m in GUIDES}
    outed = [i for i, t in teen.items() if "LGBTQ+" in t and "outed" in t]
    assert {"sextortion", "photos-and-videos", "online-friends", "live-streaming"} <= set(outed)
    everywhere = " ".join(" ".join(texts(m.texts["en"].guides[b])) for m, b in BANDS)
    assert everywhere.count("isabled") >= 4 and "communicat" in teen["sextortion"]


# ------------------------------------------------------------------ Spanish verbs

LURE_QUOTED = re.compile(r"[\"'“]ven conmigo", re.I)


def test_spanish_says_come_to_me_never_ven_conmigo():
    found = []
    for m, b, s in sentences("es"):
        if re.search(r"\b(ven|venir|vengas|vinieras|venido) conmigo\b", s, re.I) and not LURE_QUOTED.search(s):
            found.append((m, b, s))
    assert not found
    assert sum("ven a mí" in s.lower() or "cuéntamelo" in s.lower() for _, _, s in sentences("es")) >= 5


def test_spanish_keeps_take_down_delete_and_keep_evidence_apart():
    spanish = [s for _, _, s in sentences("es")]
    near_image = re.compile(r"\bguard\w*\s+(\w+\s+){0,2}(fotos?|imagen|imágenes|videos?)\b|\bguardarl[ao]s?\b", re.I)
    assert not [s for s in spanish if near_image.search(s)]
    assert not [s for s in spanish if re.search(r"\bguard\w* (el|los) (chats?|mensajes)\b", s, re.I)]
    assert not [s for s in spanish if re.search(r"elimin|borren|borran|hacer borrar", s, re.I)]
    assert sum("quitar" in s and "internet" in s for s in spanish) >= 10
    assert sum("no borr" in s.lower() for s in spanish) >= 10  # delete still means delete


def test_spanish_parent_voice_is_not_always_masculine():
    said = [line for m, b in BANDS for line in say_lines(m.texts["es"].guides[b])]
    assert not [s for s in said if re.search(r"\bestoy (enojado|molesto|enfadado)\b", s)]
    assert any(re.search(r"\b(orgullosa|molesta)\b", s) for s in said)


def test_spanish_stays_marked_draft():
    assert all(m.manifest.languages["es"] == "draft" for m in GUIDES)
