"""Property-based fuzzing: any input gives a module or a clear problem, never a crash or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from family_guide.core.loader import load_module
from family_guide.core.problems import ContentError, Problem
from family_guide.core.render import to_html
from family_guide.core.safe_yaml import parse_yaml

# FAMILY_GUIDE_FUZZ=5000 for a long run; the default keeps the suite fast.
EXAMPLES = int(os.environ.get("FAMILY_GUIDE_FUZZ", "150"))
fuzz = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

YAML_ATOMS = st.sampled_from(
    [
        "- ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "!!python/object:os.system ",
        "|\n",
        ">\n",
        "'",
        '"',
        "#",
        "\n",
        "  ",
        "---\n",
        "...\n",
        "? ",
        "%YAML 1.1\n",
        "\t",
        "\x00",
        "\ufeff",
        "é",
        "\u202e",
        "<script>",
        "a",
        "1",
    ]
)


@fuzz
@given(st.lists(YAML_ATOMS | st.text(max_size=8), max_size=60).map("".join))
def test_any_text_parses_or_gives_a_content_error(text):
    try:
        parse_yaml(text, Path("f.yaml"))
    except ContentError as exc:
        assert exc.problems and all(isinstance(p, Problem) and p.message for p in exc.problems)


SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
VALUES = st.recursive(
    SCALARS, lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4), max_leaves=12
)
KEYS = st.sampled_from(
    [
        "format",
        "id",
        "version",
        "kind",
        "topics",
        "audiences",
        "age_bands",
        "reviewed",
        "sources",
        "languages",
        "related",
        "checklist",
        "directory",
        "workshop",
        "title",
        "summary",
        "guides",
        "items",
        "tiers",
    ]
)


@fuzz
@given(manifest=st.dictionaries(KEYS, VALUES, max_size=12), text=st.dictionaries(KEYS, VALUES, max_size=8))
def test_any_module_shape_loads_or_gives_problems(tmp_path_factory, manifest, text):
    folder = tmp_path_factory.mktemp("m") / "fuzzed"
    folder.mkdir()
    (folder / "module.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    (folder / "en.yaml").write_text(yaml.safe_dump(text, allow_unicode=True), encoding="utf-8")
    module, problems, _ = load_module(folder, "user")
    assert (module is None) == bool(problems)
    assert all(str(p.file).startswith(str(folder)) and p.message for p in problems)


MARKDOWN_ATOMS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<img src=x>",
        "![a](http://e.org/p.png)",
        "![a](//e.org/p.png)",
        "[l](javascript:x)",
        "[l](file:///etc/passwd)",
        "[l](data:text/html,x)",
        "](",
        "![",
        "<",
        ">",
        "*",
        "_",
        "`",
        "\n",
        "\u202e",
        "&",
        "#",
    ]
)


@fuzz
@given(st.lists(MARKDOWN_ATOMS | st.text(max_size=6), max_size=40).map("".join))
def test_rendered_markdown_never_carries_scripts_images_or_unsafe_links(text):
    html = to_html(text).lower()
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html and 'href="file' not in html and 'href="data' not in html
