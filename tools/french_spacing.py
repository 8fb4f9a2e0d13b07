"""Make the spaces French punctuation needs no-break, in the French content and UI translation.

    python tools/french_spacing.py          # rewrite resources/modules/*/fr.yaml and the French .ts
    python tools/french_spacing.py --check  # list files that need it (exit 1), change nothing

Each YAML file is rewritten as text (comments and layout kept) and then proved unchanged in
structure: parsed again, it must equal the old file's data with every string respaced.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from family_guide.core.typography import french_spacing  # noqa: E402

TS = REPO / "translations" / "family_guide_fr.ts"
_TRANSLATION = re.compile(r"(<translation[^>]*>)(.*?)(</translation>)", re.S)
_NUMERUS = re.compile(r"(<numerusform>)(.*?)(</numerusform>)", re.S)


def respaced(data: object) -> object:
    if isinstance(data, str):
        return french_spacing(data)
    if isinstance(data, list):
        return [respaced(item) for item in data]
    if isinstance(data, dict):
        return {key: respaced(value) for key, value in data.items()}
    return data


def yaml_files() -> list[Path]:
    return sorted((REPO / "resources" / "modules").glob("*/fr.yaml"))


def fixed_yaml(path: Path) -> str:
    old = path.read_text(encoding="utf-8")
    new = french_spacing(old)
    if yaml.safe_load(new) != respaced(yaml.safe_load(old)):
        raise SystemExit(f"{path}: respacing the text changed its structure; fix it by hand")
    return new


def fixed_ts(text: str) -> str:
    def inside(match: re.Match[str]) -> str:
        body = _NUMERUS.sub(lambda m: m[1] + french_spacing(m[2]) + m[3], match[2])
        if "<numerusform>" not in body:
            body = french_spacing(body)
        return match[1] + body + match[3]

    return _TRANSLATION.sub(inside, text)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    changes = [(path, fixed_yaml(path)) for path in yaml_files()]
    changes.append((TS, fixed_ts(TS.read_text(encoding="utf-8"))))
    stale = [(path, text) for path, text in changes if path.read_text(encoding="utf-8") != text]
    for path, text in stale:
        print(path.relative_to(REPO))
        if not args.check:
            path.write_text(text, encoding="utf-8")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
