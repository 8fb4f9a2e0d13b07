"""Read an author's YAML file into plain Python data, defensively.

Content packs may come from anyone, so the file is treated as hostile:
- size is capped before reading and the bytes must be strict UTF-8;
- aliases, anchors and custom tags are refused (no "billion laughs", no object tags);
- nesting depth is capped while parsing, so deep ``[[[[`` input stops early;
- every scalar stays a string: pydantic converts per field, which avoids YAML's
  typing traps (``NO`` -> False, ``1.10`` -> 1.1, ``12:30`` -> 750);
- duplicate keys are errors, not "last one wins".

We walk PyYAML's event stream (C-accelerated libyaml when present) instead of its
constructor, which keeps us in control and records the line of every value so
validation errors can point at it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from family_guide.core.problems import ContentError, Problem

MAX_FILE_BYTES = 512 * 1024
MAX_DEPTH = 24
MAX_NODES = 200_000

_Loader: type[yaml.CSafeLoader] | type[yaml.SafeLoader]
try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pure-Python PyYAML build
    _Loader = yaml.SafeLoader

_STANDARD_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


FieldPath = tuple[str | int, ...]  # map keys and list indexes from the root down


class LineMap(dict[FieldPath, int]):
    """Field path -> 1-based line number of the value (or key) at that path."""

    def line_for(self, path: FieldPath) -> int | None:
        # Walk up to the nearest recorded ancestor: a missing field is reported at its parent.
        for cut in range(len(path), -1, -1):
            line = self.get(tuple(path[:cut]))
            if line is not None:
                return line
        return None


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """Read a file as strict UTF-8, refusing anything too large; errors name the line.

    The loader refuses links before it reads, but a link swapped in after that check must not
    be followed either (O_NOFOLLOW), and a named pipe or device must not hang or flood the app
    (O_NONBLOCK, then only a regular file is read)."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        with open(os.open(path, flags), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ContentError([Problem(path, None, "", "not a regular file; put a plain text file here")])
            if info.st_size > limit:
                raise ContentError(
                    [Problem(path, None, "", f"file is too large ({info.st_size:,} bytes; the limit is {limit:,})")]
                )
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ContentError([Problem(path, None, "", f"cannot read the file: {exc.strerror or exc}")]) from exc
    if len(data) > limit:
        raise ContentError([Problem(path, None, "", f"file is too large (the limit is {limit:,} bytes)")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            [Problem(path, line, "", f"not valid UTF-8 text (byte {exc.start}); save the file as UTF-8")]
        ) from exc
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, source: Path) -> tuple[object, LineMap]:
    """Parse YAML text into dicts, lists and strings (and None for empty values)."""
    if "\x00" in text:
        raise ContentError([Problem(source, None, "", "the file contains NUL characters; is it a text file?")])
    lines = LineMap()
    try:
        return _build(yaml.parse(text, Loader=_Loader), source, lines), lines
    except ContentError:
        raise
    except yaml.reader.ReaderError as exc:  # a character YAML refuses in the file itself
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        line = text.count("\n", 0, exc.position) + 1
        message = f"the file contains a control character (U+{code:04X}) that is not allowed; remove it"
        raise ContentError([Problem(source, line, "", message)]) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        mark_line = mark.line + 1 if mark else None
        what = exc.problem or exc.context or "invalid YAML"
        if "nesting depth" in what:
            what = "values are nested too deeply"
        raise ContentError([Problem(source, mark_line, "", f"YAML syntax error: {what}")]) from exc
    except Exception as exc:  # any parser failure is a content error, never a crash
        raise ContentError([Problem(source, None, "", f"cannot parse the file: {exc}")]) from exc


def _line_of(event: yaml.Event) -> int:
    """The 1-based line an event starts on."""
    assert event.start_mark is not None  # the parser marks every event; the stubs allow None
    return event.start_mark.line + 1


def _fail(source: Path, event: yaml.Event, message: str) -> ContentError:
    return ContentError([Problem(source, _line_of(event), "", message)])


# A frame of _build's stack: [container, path, pending_key, key_line], a list because _attach
# updates the pending key in place; its items differ in type, hence Any.
Frame = list[Any]


def _build(events: Iterable[yaml.Event], source: Path, lines: LineMap) -> object:
    # An explicit stack instead of recursion: hostile nesting cannot hit Python's limit.
    stack: list[Frame] = []  # frames: [container, path, pending_key, key_line]
    root: object = None
    have_root = False
    nodes = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise _fail(source, event, "aliases (*name) are not allowed; write the text out in full")
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            if have_root:
                raise _fail(source, event, "only one YAML document is allowed per file (remove the extra '---')")
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            container = stack.pop()[0]
            _attach(stack, container, source, event, lines, None)
            if not stack:
                root, have_root = container, True
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise _fail(source, event, f"the file has too many values (more than {MAX_NODES:,})")
        if getattr(event, "anchor", None):
            raise _fail(source, event, "anchors (&name) are not allowed; write the text out in full")
        tag = getattr(event, "tag", None)  # only node events have a tag
        if tag not in _STANDARD_TAGS:
            raise _fail(source, event, f"the tag {tag!r} is not allowed")
        line = _line_of(event)
        if isinstance(event, yaml.ScalarEvent):
            empty_plain = event.value == "" and event.style not in ("'", '"', "|", ">")
            value = None if empty_plain or (event.implicit[0] and event.value in ("~", "null")) else event.value
            if not stack:
                lines[()] = line
                root, have_root = value, True
            else:
                _attach(stack, value, source, event, lines, line)
            continue
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise _fail(source, event, f"values are nested too deeply (more than {MAX_DEPTH} levels)")
            path = _child_path(stack) if stack else ()
            parent_key_line = stack[-1][3] if stack and isinstance(stack[-1][0], dict) else None
            lines.setdefault(path, parent_key_line or line)  # a map's line is its key's line
            container = {} if isinstance(event, yaml.MappingStartEvent) else []
            stack.append([container, path, _NO_KEY, None])
            continue
    return root


_NO_KEY = object()


def _child_path(stack: list[Frame]) -> FieldPath:
    container, path, key, _ = stack[-1]
    if isinstance(container, dict):
        return (*path, key)
    return (*path, len(container))


def _attach(
    stack: list[Frame], value: object, source: Path, event: yaml.Event, lines: LineMap, line: int | None
) -> None:
    if not stack:
        return
    frame = stack[-1]
    container, path, key, key_line = frame
    if isinstance(container, list):
        if line is not None:
            lines[(*path, len(container))] = line
        container.append(value)
        return
    if key is _NO_KEY:  # this value is a key
        if not isinstance(value, str):
            raise _fail(source, event, "keys must be plain words, not lists or maps")
        if value in container:
            raise _fail(source, event, f"the key '{value}' appears twice")
        frame[2], frame[3] = value, line
        return
    container[key] = value
    if line is not None:
        lines[(*path, key)] = line
    elif (*path, key) not in lines and key_line:
        lines[(*path, key)] = key_line
    frame[2], frame[3] = _NO_KEY, None
