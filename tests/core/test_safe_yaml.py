"""The YAML reader: plain data, line numbers, and hostile input refused with a clear message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from family_guide.core.problems import ContentError
from family_guide.core.safe_yaml import MAX_DEPTH, parse_yaml, read_text

SRC = Path("x.yaml")


def parse(text: str):
    return parse_yaml(text, SRC)


def error_of(text: str):
    with pytest.raises(ContentError) as info:
        parse(text)
    return info.value.problems[0]


def test_everything_stays_text_so_yaml_typing_traps_cannot_bite():
    data, _ = parse("country: NO\nanswer: no\nversion: 1.10\ntime: 12:30\nflag: on\nempty:\n")
    assert data == {"country": "NO", "answer": "no", "version": "1.10", "time": "12:30", "flag": "on", "empty": None}


def test_line_numbers_are_recorded_for_nested_values():
    data, lines = parse("a:\n  b:\n    - x\n    - y: 1\n")
    assert data == {"a": {"b": ["x", {"y": "1"}]}}
    assert lines[("a", "b", 0)] == 3
    assert lines[("a", "b", 1, "y")] == 4
    assert lines.line_for(("a", "b", 1, "missing")) == 4


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a: &x 1\nb: *x\n", "anchors"),
        ("a: [1]\nb: *x\n", "alias"),
        ("a: !!python/object/apply:os.system ['echo hi']\n", "tag"),
        ("a: 1\na: 2\n", "appears twice"),
        ("---\na: 1\n---\nb: 2\n", "only one YAML document"),
        ("a: [\n", "YAML syntax error"),
        ("a: 'x\x00'\n", "NUL"),
        ("? [a, b]\n: c\n", "keys must be plain"),
    ],
)
def test_hostile_or_broken_yaml_is_refused_with_a_reason(text, words):
    assert words in error_of(text).message


def test_nesting_deeper_than_our_limit_is_refused():
    problem = error_of("a:\n" + "".join("  " * i + "- \n" for i in range(1, MAX_DEPTH + 3)))
    assert f"more than {MAX_DEPTH}" in problem.message


def test_deep_nesting_stops_early_with_a_line_number():
    problem = error_of("[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in problem.message
    assert problem.line == 1


def test_billion_laughs_is_refused():
    text = 'a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    assert "anchors" in error_of(text).message


def test_invalid_utf8_names_the_line(tmp_path):
    path = tmp_path / "en.yaml"
    path.write_bytes(b"title: ok\nsummary: caf\xe9\n")
    with pytest.raises(ContentError) as info:
        read_text(path)
    assert info.value.problems[0].line == 2
    assert "UTF-8" in info.value.problems[0].message


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "en.yaml"
    path.write_bytes(b"a: " + b"x" * 600_000)
    with pytest.raises(ContentError) as info:
        read_text(path)
    assert "too large" in info.value.problems[0].message


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "en.yaml"
    path.write_bytes("\ufefftitle: ok\n".encode())
    assert parse(read_text(path))[0] == {"title": "ok"}


def test_empty_file_gives_none():
    assert parse("")[0] is None


def test_a_link_is_not_followed_even_if_it_appears_after_the_loader_looked(tmp_path):
    target = tmp_path / "elsewhere.yaml"
    target.write_text("title: ok\n", encoding="utf-8")
    link = tmp_path / "en.yaml"
    link.symlink_to(target)
    with pytest.raises(ContentError) as info:
        read_text(link)
    assert "cannot read the file" in info.value.problems[0].message


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "en.yaml"
    os.mkfifo(pipe)
    with pytest.raises(ContentError) as info:
        read_text(pipe)
    assert "not a regular file" in info.value.problems[0].message


def test_a_control_character_in_the_file_names_its_line_and_code():
    problem = error_of("a: 1\nb: x\x7fy\n")
    assert problem.line == 2
    assert "U+007F" in problem.message and "unicode string" not in problem.message
