"""Save an adapted plan as a user content module, checked by the same loader, written atomically.

The files are first written into a hidden staging folder (the loader skips folders starting
with '.'), checked there with ``load_module`` exactly as the app and ``check-modules`` check
any module, and only then moved into place with a rename. A plan that does not pass is never
written where the app would read it, and the bundled plan is never touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from family_guide.core.atomic import write_atomic
from family_guide.core.problems import Problem
from family_guide.core.workshop.plan import PlanDraft


class CustomPlanError(Exception):
    """The plan could not be saved; ``problems`` name the slide and what is wrong."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def custom_id(name: str, taken: set[str]) -> str:
    """A module id for a custom plan named ``name``, unused by any loaded module."""
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:48].strip("-")
    base = f"my-{base}" if base else "my-workshop"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def plan_files(draft: PlanDraft, module_id: str, title: str, today: dt.date | None = None) -> dict[str, Any]:
    """The data of module.yaml and each language file of the custom plan."""
    manifest = dict(draft.manifest)
    manifest.update(id=module_id, version="1.0", reviewed=manifest.get("reviewed"))
    manifest.pop("order", None)
    workshop = {k: v for k, v in draft.workshop.items() if k != "based_on"}
    workshop["based_on"] = draft.workshop.get("based_on") or draft.module_id
    workshop["minutes"] = draft.minutes
    if workshop.get("min_minutes", 0) > draft.minutes:
        workshop.pop("min_minutes")
    workshop["sections"] = [{"id": s.id, "minutes": s.minutes} for s in draft.sections]
    slides = []
    for slide in draft.slides:
        row: dict[str, Any] = {"id": slide.id, "section": slide.section, "type": slide.type}
        if slide.activity:
            row["activity"] = slide.activity
        if slide.hidden:
            row["hidden"] = True
        slides.append(row)
    workshop["slides"] = slides
    manifest["workshop"] = workshop
    files: dict[str, Any] = {"module.yaml": manifest}
    for lang in draft.languages:
        text = dict(draft.texts.get(lang, {}))
        text["title"] = title.strip()
        text["slides"] = {s.id: s.words[lang] for s in draft.slides if s.words.get(lang)}
        files[f"{lang}.yaml"] = text
    return files


def _dump(data: Any) -> bytes:
    import yaml  # imported on first save

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).encode("utf-8")


def save_custom_plan(draft: PlanDraft, modules_dir: Path, module_id: str, title: str) -> Path:
    """Write the plan as ``modules_dir/<module_id>/`` and return that folder. Raises CustomPlanError
    (nothing written where the app reads) if the plan does not pass the checker or cannot be written."""
    from family_guide.core.loader import load_module  # pydantic: not at import time

    if not title.strip():
        raise CustomPlanError([Problem(modules_dir / module_id, None, "title", "give the plan a name")])
    target = modules_dir / module_id
    try:
        modules_dir.mkdir(parents=True, exist_ok=True)
        staging_root = Path(tempfile.mkdtemp(prefix=".saving-", dir=modules_dir))
    except OSError as exc:
        raise CustomPlanError([Problem(modules_dir, None, "", f"cannot write here: {exc.strerror or exc}")]) from exc
    try:
        staging = staging_root / module_id
        for name, data in plan_files(draft, module_id, title).items():
            write_atomic(staging / name, _dump(data), mode=0o600)
        module, problems, _ = load_module(staging, "user")
        if module is None:  # name the real place, not the staging folder
            raise CustomPlanError([_relocated(p, staging, target) for p in problems])
        old = None
        if target.exists():
            old = modules_dir / f".replaced-{module_id}-{os.getpid()}"
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise CustomPlanError([Problem(target, None, "", f"cannot be saved: {exc.strerror or exc}")]) from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging_root)
    return target


def _relocated(problem: Problem, staging: Path, target: Path) -> Problem:
    try:
        file = target / problem.file.relative_to(staging)
    except ValueError:
        file = problem.file
    return Problem(file, problem.line, problem.field, problem.message)


def draft_problems(draft: PlanDraft) -> list[Problem]:
    """The checker's problems with a draft as it stands (nothing is kept): a plan edited but not
    saved is checked like a saved one before it is presented."""
    from family_guide.core.loader import load_module

    with tempfile.TemporaryDirectory(prefix="family-guide-check-") as scratch:
        module_id = draft.module_id
        folder = Path(scratch) / module_id
        for name, data in plan_files(draft, module_id, draft.field_text("en", "title") or module_id).items():
            write_atomic(folder / name, _dump(data), mode=0o600)
        module, problems, _ = load_module(folder, "user")
        if module is not None:
            return []
        return [Problem(Path(p.file.name), p.line, p.field, p.message) for p in problems]
