"""`family-guide check-modules`: exit codes, every problem listed, JSON summary.
Its screens are tested in tests/ui/test_cli.py (Qt)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from family_guide.cli import NO_ARGUMENTS, build_parser, main
from family_guide.paths import AppPaths
from tests.conftest import MODULES


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "family_guide", *args], capture_output=True, text=True, timeout=60)


def test_bundled_modules_check_clean():
    result = run("check-modules", str(MODULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 with problems" in result.stdout


def test_one_bundled_module_checks_clean_with_its_links_resolved():
    result = run("check-modules", str(MODULES / "online-friends"))
    assert result.returncode == 0, result.stdout


def test_broken_module_exits_non_zero_and_lists_every_problem(module_copy, tmp_path):
    folder = module_copy("grooming-signs")
    manifest = folder / "module.yaml"
    manifest.write_text(manifest.read_text().replace("kind: checklist", "kind: nope").replace("version:", "versio:"))
    result = run("check-modules", str(tmp_path / "modules"))
    assert result.returncode == 1
    assert f"{manifest}:4: kind: must be" in result.stdout
    assert "versio: unknown field" in result.stdout
    assert "version: this field is required" in result.stdout


def test_json_summary_counts_and_errors(module_copy, tmp_path):
    module_copy("online-friends", as_id="my-guide")
    broken = module_copy("grooming-signs")
    (broken / "en.yaml").write_bytes(b"\xff\xfe")
    result = run("check-modules", "--json", str(tmp_path / "modules"))
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert summary["ok"] is False
    [module] = summary["modules"]
    assert module["id"] == "my-guide" and module["kind"] == "guide"
    assert module["counts"]["guides"] == 3
    assert {"en", "es", "hi", "ar"} <= set(module["languages"])  # translators add more (issue 15)
    assert summary["skipped"][0]["folder"].endswith("grooming-signs")
    assert summary["errors"][0]["file"].endswith("en.yaml") and "UTF-8" in summary["errors"][0]["message"]


def test_json_counts_for_bundled_content():
    summary = json.loads(run("check-modules", "--json", str(MODULES)).stdout)
    counts = {m["id"]: m["counts"] for m in summary["modules"]}
    assert counts["grooming-signs"]["items"] >= 10
    assert counts["help-directory"]["entries"] >= 12
    assert summary["errors"] == []


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("check-modules", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "no such folder" in result.stderr


def test_folder_without_modules_fails(tmp_path):
    result = run("check-modules", str(tmp_path))
    assert result.returncode == 1
    assert "no content modules found" in result.stderr


def test_check_modules_says_how_many_folders_past_the_limit_were_not_read(tmp_path):
    from family_guide.core.loader import MAX_MODULES_PER_FOLDER

    for number in range(MAX_MODULES_PER_FOLDER + 3):
        (tmp_path / "packs" / f"m{number:04}").mkdir(parents=True)
    result = run("check-modules", str(tmp_path / "packs"))
    assert result.returncode == 1
    assert f"{tmp_path / 'packs'}: 3 more module folder(s) were not read" in result.stdout
    assert "3 folder(s) not read" in result.stdout.splitlines()[-1]
    summary = json.loads(run("check-modules", "--json", str(tmp_path / "packs")).stdout)
    assert summary["ok"] is False
    assert summary["not_read"] == [{"folder": str(tmp_path / "packs"), "count": 3}]


def test_a_folder_that_cannot_be_read_is_a_reported_problem_not_a_traceback(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    from family_guide.cli import check_modules

    packs = tmp_path / "packs"
    packs.mkdir()
    real_iterdir = Path.iterdir

    def refuse(self):
        if self == packs:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert check_modules([packs], as_json=False) == 1
    out = capsys.readouterr().out
    assert f"{packs}: cannot read the folder: Permission denied" in out
    assert "1 module(s) checked: 0 valid, 1 with problems" in out


def test_a_note_for_the_adult_inside_a_line_to_say_is_refused(module_copy, tmp_path):
    """Words for the parent are not words for the child: "(For you: ...)" belongs in adult_note."""
    folder = module_copy("online-friends")
    english, spanish = folder / "en.yaml", folder / "es.yaml"
    lines = english.read_text().splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == "you_might_say: |")
    lines.insert(at + 2, " " * 10 + "(For you: keep the chat.)")
    english.write_text("\n".join(lines) + "\n")
    text = spanish.read_text()
    first_opening = text.index("opening_lines:\n") + len("opening_lines:\n")
    spanish.write_text(text[:first_opening] + '      - "Hola. (Para usted: hable con calma.)"\n' + text[first_opening:])
    opening_line = text[:first_opening].count("\n") + 1
    result = run("check-modules", str(tmp_path / "modules"))
    assert result.returncode == 1
    assert (
        f"{english}:{at + 1}: guides.5-8.if_child_says.0.you_might_say: '(For you:' is a note for the adult "
        "inside a line to say; move it to the answer's 'adult_note:' field"
    ) in result.stdout
    assert f"{spanish}:{opening_line}: guides.5-8.opening_lines.0: '(Para usted:' is a note for the adult" in (
        result.stdout
    )


@pytest.mark.parametrize(
    "line",
    [
        "Olá. (Para você: fale com calma.)",
        "Bonjour. (Pour vous : restez calme.)",
        "ہاں۔ (آپ کے لیے: پرسکون رہیں۔)",
        "Habari. (Kwa ajili yako: tulia.)",
    ],
)
def test_notes_for_the_adult_are_found_in_the_new_languages(line):
    from family_guide.core.text_rules import adult_note_in

    assert adult_note_in(line) is not None
    assert adult_note_in(line.split("(")[0]) is None


def test_a_regional_language_file_loads_and_stamps(module_copy, tmp_path):
    """pt-BR.yaml, as the Brazilian Portuguese translators name it: listed, loaded, stamped, not stale."""
    import shutil
    from pathlib import Path

    from family_guide.content_tools import stamp_module
    from tests.conftest import drop_language

    folder = drop_language(module_copy("online-friends", as_id="my-guide"), "pt-BR")  # it has a draft now
    shutil.copy(folder / "es.yaml", folder / "pt-BR.yaml")  # Spanish words stand in for the Portuguese
    manifest = folder / "module.yaml"
    manifest.write_text(manifest.read_text().replace("  es: draft\n", "  es: draft\n  pt-BR: draft\n", 1))
    written, _ = stamp_module(folder, ["pt-BR"])
    assert [Path(p).name for p in written] == ["pt-BR.hashes.yaml"]
    summary = json.loads(run("check-modules", "--json", str(tmp_path / "modules")).stdout)
    [module] = summary["modules"]
    assert module["languages"]["pt-BR"] == "draft" and summary["errors"] == []


def test_check_modules_json_into_a_closed_pipe_exits_quietly():
    """`check-modules --json | head -1` used to end in a BrokenPipeError traceback."""
    command = f"{sys.executable} -m family_guide check-modules {MODULES} --json | head -1"
    result = subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.strip() == "{"
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_with_no_display_the_app_says_so_plainly(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 2
    assert "no display was found" in capsys.readouterr().err


def test_the_start_without_arguments_skips_the_parser_but_means_the_same():
    assert build_parser().parse_args([]) == NO_ARGUMENTS


def test_help_says_that_no_arguments_start_the_app(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "With no arguments, it starts the app." in " ".join(capsys.readouterr().out.split())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_users_folders_are_private(tmp_path):
    app_paths = AppPaths.under(tmp_path / "home")
    app_paths.create_private()
    for folder in (app_paths.config_dir, app_paths.data_dir, app_paths.log_dir):
        assert folder.stat().st_mode & 0o777 == 0o700
