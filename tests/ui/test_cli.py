"""`family-guide check-modules`: exit codes, every problem listed, JSON summary.
The logic without Qt is tested in tests/core/test_cli.py."""

from __future__ import annotations

import subprocess
import sys


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "family_guide", *args], capture_output=True, text=True, timeout=60)


def test_check_modules_and_the_app_both_report_a_pack_that_reuses_a_bundled_id(context, module_copy):
    """An author must not see 'all good' for a pack the app will skip."""
    module_copy("online-friends", into=context.paths.user_modules_dir)
    context.load_content()
    app_says = [str(p) for p in context.catalog.problems]
    assert len(app_says) == 1 and "a module with id 'online-friends' is already loaded from" in app_says[0]
    result = run("check-modules", str(context.paths.user_modules_dir))
    assert result.returncode == 1
    assert app_says[0] in result.stdout.splitlines()
