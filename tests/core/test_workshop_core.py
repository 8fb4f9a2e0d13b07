"""Workshop plans without Qt: the format's checks name the slide, the timer follows an injected
clock, presenter keys behave as docs/workshops.md says, adapting never breaks the plan's rules,
and a custom plan is saved as a checked user module while the bundled plan stays unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from family_guide.core.loader import load_catalog, load_module
from family_guide.core.workshop.checks import display_lines, typed_numbers
from family_guide.core.workshop.custom import CustomPlanError, custom_id, save_custom_plan
from family_guide.core.workshop.helplines import workshop_help
from family_guide.core.workshop.plan import PlanDraft, PlanEditError
from family_guide.core.workshop.presenting import Presentation
from family_guide.core.workshop.timing import SessionTimer, clock_text
from tests.conftest import MODULES

PLAN = "workshop-parents"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([(MODULES, "bundled")])


@pytest.fixture
def draft(catalog) -> PlanDraft:
    return PlanDraft.from_module(catalog.modules[PLAN])


def _edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _problems(folder: Path) -> str:
    module, problems, _ = load_module(folder, "user")
    assert module is None
    return "\n".join(str(p) for p in problems)


def test_the_parents_evening_loads_complete(catalog):
    module = catalog.modules[PLAN]
    work = module.manifest.workshop
    assert module.kind == "workshop" and work.participants == "parents-and-carers"
    assert 75 <= work.min_minutes < work.minutes <= 90
    assert [s.type for s in work.slides].count("help-lines") == 1
    english = module.texts["en"]
    assert english.safeguarding.if_someone_tells and english.safeguarding.do_not_promise
    assert all(english.slides[s].notes for s in work.slide_ids)  # every slide has facilitator notes
    assert module.manifest.sources and module.manifest.reviewed


def test_every_bundled_plan_follows_the_content_rules(catalog):
    """What docs/workshops.md asks of every plan, checked on each bundled one (new plans included)."""
    plans = catalog.of_kind("workshop")
    assert plans
    for module in plans:
        work, english = module.manifest.workshop, module.texts["en"]
        assert module.manifest.sources and module.manifest.reviewed, module.id
        assert any(s.type == "activity" for s in work.slides), module.id  # at least one activity
        assert all(english.slides[s].notes for s in work.slide_ids), module.id  # notes on every slide
        words = yaml.safe_dump(english.model_dump(mode="json"), allow_unicode=True, width=10_000).lower()
        for bad in ("save the image", "save the picture", "screenshot the", "forward the image", "keep the image"):
            assert bad not in words, (module.id, bad)
        assert "boys" in words and "girls" in words, module.id  # boys and girls both
        steps = " ".join(english.safeguarding.if_someone_tells).lower()
        assert "emergency" in steps and "not" in steps and "fault" in steps, module.id
        assert any("secret" in p.lower() for p in english.safeguarding.do_not_promise), module.id


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        ("en.yaml", lambda d: d["slides"]["tonight"].pop("body"), "slide 'tonight' is empty"),
        ("en.yaml", lambda d: d["slides"].pop("by-age"), "slides.by-age: missing in English"),
        (
            "en.yaml",
            lambda d: d["slides"]["tonight"].__setitem__("body", "- A point that goes on and on and on.\n" * 12),
            "slide 'tonight' is too long to fit",
        ),
        (
            "en.yaml",
            lambda d: d["slides"]["questions"].__setitem__("body", "Call 116 123 any time."),
            "slide 'questions' has a number typed in ('116 123')",
        ),
        (
            "module.yaml",
            lambda d: d["workshop"]["slides"].append({"section": "close"}),
            "workshop.slides.18.id: this field is required",
        ),
        (
            "module.yaml",
            lambda d: d["workshop"]["slides"][3].__setitem__("section", "lunch"),
            "slide 'what-grooming-is' names the section 'lunch'",
        ),
        (
            "module.yaml",
            lambda d: d["workshop"]["slides"][16].__setitem__("hidden", True),
            "slide 'help-lines': the help-line slide cannot be hidden",
        ),
        ("module.yaml", lambda d: d["workshop"].__setitem__("minutes", 80), "must equal the agenda's minutes"),
        ("en.yaml", lambda d: d.pop("safeguarding"), "safeguarding: missing in English"),
        (
            "en.yaml",
            lambda d: d["handout"].__setitem__("main_message", "Stay calm. Then get help."),
            "handout.main_message: the main message must be one sentence",
        ),
        (
            "ar.yaml",
            lambda d: d["handout"].__setitem__("main_message", "ابقَ هادئًا. ثم اطلب المساعدة."),
            "handout.main_message: the main message must be one sentence",
        ),
        ("en.yaml", lambda d: d["handout"].__setitem__("steps", ["One.", "Two."]), "handout.steps"),
        ("en.yaml", lambda d: d["handout"].__setitem__("dont", []), "handout.dont"),
        (
            "en.yaml",
            lambda d: d["handout"]["dont"].__setitem__(1, "Don't wait: call 116 123."),
            "handout.dont.1: the handout has a number typed in ('116 123')",
        ),
        ("en.yaml", lambda d: d["handout"].__setitem__("extra", "x"), "handout.extra: unknown field"),
    ],
)
def test_a_broken_plan_gets_a_message_naming_the_slide(module_copy, name, change, expected):
    folder = module_copy(PLAN, as_id="broken-plan")
    _edit(folder, name, change)
    assert expected in _problems(folder)


def test_number_and_length_rules():
    assert typed_numbers("Call 999 or 1-800-843-5678, since 2024") == ["999", "1-800-843-5678"]
    assert typed_numbers("Ages 13 to 17, 75 to 90 minutes") == []
    assert display_lines("short\n\n" + "x" * 57) == 3


def test_timer_follows_the_injected_clock():
    clock = FakeClock()
    timer = SessionTimer([("welcome", 10), ("talk", 20)], clock)
    assert timer.elapsed == 0 and not timer.started
    timer.start("welcome")
    clock.now += 300
    assert timer.elapsed == 300 and timer.section_remaining("welcome") == 300
    assert timer.pace("welcome") == "on-time"
    clock.now += 420  # 12 minutes in, still in a 10-minute section
    assert timer.section_remaining("welcome") == -120 and timer.pace("welcome") == "behind"
    timer.enter("talk")
    clock.now += 60
    assert timer.section_elapsed("talk") == 60 and timer.section_elapsed("welcome") == 720
    assert clock_text(-120) == "-2:00" and clock_text(3725) == "1:02:05"


def _show(n: int = 5, clock=None) -> Presentation:
    slides = [(f"s{i}", "a" if i < 3 else "b") for i in range(1, n + 1)]
    return Presentation(slides, SessionTimer([("a", 5), ("b", 5)], clock or FakeClock()))


def test_keys_move_blank_and_jump():
    show = _show()
    for action, index in [("next", 1), ("enter", 2), ("previous", 1), ("last", 4), ("next", 4), ("first", 0)]:
        show.do(action)
        assert show.index == index, action
    show.do("next")
    show.do("black")
    assert show.blank == "black"
    show.do("next")  # leaving a blank returns to the same slide, never the next
    assert show.blank is None and show.index == 1
    show.do("white")
    show.do("black")
    assert show.blank == "black"
    show.do("black")
    assert show.blank is None and show.index == 1
    for key in ("digit:4", "enter"):
        show.do(key)
    assert show.index == 3
    for key in ("digit:9", "digit:9", "enter"):
        show.do(key)
    assert show.index == 3 and show.bad_jump == 99


def test_escape_is_layered():
    show = _show()
    show.do("black")
    show.do("digit:2")
    show.do("escape")  # first Esc cancels the blank, the second the half-typed number
    show.do("escape")
    assert show.blank is None and show.digits == "" and not show.asking_to_leave
    show.do("escape")
    assert show.asking_to_leave and not show.finished
    show.do("next")  # a clicker button stays in the show, and does not move
    assert not show.asking_to_leave and not show.finished and show.index == 0
    show.do("escape")
    show.do("enter")
    assert show.finished


def test_clock_starts_when_the_first_slide_is_left():
    clock = FakeClock()
    show = _show(clock=clock)
    clock.now += 600  # people arriving
    assert not show.timer.started
    show.do("next")
    clock.now += 30
    assert show.timer.elapsed == 30
    show.do("last")
    assert show.timer.current == "b"


def test_adapting_keeps_the_rules(draft):
    with pytest.raises(PlanEditError, match="help-line slide"):
        draft.set_hidden("help-lines", True)
    with pytest.raises(PlanEditError, match="help-line slide"):
        draft.remove("help-lines")
    new = draft.move("questions", -2)
    assert draft.slides[new].id == "questions"
    draft.set_hidden("by-age", True)
    assert "by-age" not in [s.id for s in draft.visible()]
    added = draft.add("welcome", "en", "Our local story", "A story from our town.")
    assert draft.slides[1] is added and added.section == "welcome"
    draft.set_minutes("welcome", 15)
    assert draft.minutes == 95
    with pytest.raises(PlanEditError):
        draft.set_minutes("welcome", 0)


def test_saving_a_custom_plan_writes_a_checked_user_module(draft, catalog, tmp_path):
    bundled = MODULES / PLAN
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in bundled.iterdir()}
    draft.set_hidden("by-age", True)
    draft.edit("welcome", "en", body="Welcome to our church hall.", notes=["(Smile.)", "Say hello."])
    draft.move("this-week", -5)
    folder = save_custom_plan(draft, tmp_path / "modules", custom_id("Our evening", {PLAN}), "Our evening")
    assert folder.name == "my-our-evening"
    module, problems, _ = load_module(folder, "user")
    assert problems == [] and module.manifest.workshop.based_on == PLAN
    saved = PlanDraft.from_module(module)
    assert saved.slide("by-age").hidden and saved.slide("welcome").words["en"]["notes"] == ["(Smile.)", "Say hello."]
    assert [s.id for s in saved.slides] == [s.id for s in draft.slides]
    assert module.title("en").value == "Our evening"
    assert module.workshop_handout("ar").value == catalog.modules[PLAN].texts["ar"].handout  # kept, checked
    assert before == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in bundled.iterdir()}
    assert [p.name for p in (tmp_path / "modules").iterdir()] == ["my-our-evening"]  # no staging left


def test_a_plan_that_does_not_pass_is_not_saved(draft, tmp_path):
    draft.edit("tonight", "en", body="Ring 0808 800 5000 tonight.")
    with pytest.raises(CustomPlanError) as caught:
        save_custom_plan(draft, tmp_path / "modules", "my-plan", "My plan")
    assert "slide 'tonight' has a number typed in" in str(caught.value)
    assert str(tmp_path / "modules" / "my-plan" / "en.yaml") in str(caught.value)
    assert list((tmp_path / "modules").iterdir()) == []


def test_help_lines_come_from_the_directory(catalog):
    gb = workshop_help(catalog, "GB", "en")
    assert gb.emergency.primary == "999" and gb.lines
    assert workshop_help(catalog, "IN", "en").emergency.primary == "112"


def test_a_language_the_plan_lacks_is_named_slide_by_slide(draft):
    from family_guide.core.workshop.checks import untranslated_slides

    assert untranslated_slides(draft, "en") == []
    assert untranslated_slides(draft, "hi") == []  # the bundled Hindi has every slide
    del draft.slide("by-age").words["hi"]  # as in a plan whose Hindi is still partial
    missing_hindi = untranslated_slides(draft, "hi")
    assert "by-age" in missing_hindi and "what-grooming-is" not in missing_hindi
    # Every app language now has every bundled plan: take the Spanish out, as in a plan nobody has translated
    for slide in draft.slides:
        slide.words.pop("es", None)
    assert untranslated_slides(draft, "es") == [s.id for s in draft.visible()]  # no Spanish at all
    words, shown_in = draft.slide("welcome").text("es")
    assert shown_in == "en" and words["title"] == "Keeping our children safe online"


def test_a_handout_part_belongs_to_workshops_only_and_is_optional(module_copy, catalog):
    guide = module_copy("sextortion", as_id="guide-with-handout")
    _edit(
        guide,
        "en.yaml",
        lambda d: d.__setitem__("handout", {"main_message": "x", "steps": ["a", "b", "c"], "dont": ["d"]}),
    )
    assert "a guide module has no 'handout'" in _problems(guide)
    plan = module_copy(PLAN, as_id="plan-without-handout")
    for name in ("en.yaml", "ar.yaml", "hi.yaml"):
        _edit(plan, name, lambda d: d.pop("handout"))
    module, problems, _ = load_module(plan, "user")
    assert module is not None and module.workshop_handout("en") is None, problems
    assert catalog.modules[PLAN].workshop_handout("ar").language == "ar"
