"""Build hook: compile translations/*.ts into .qm files that ship inside the wheel."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _i18n_tools(root: str):
    spec = importlib.util.spec_from_file_location("_fg_i18n_tools", Path(root) / "family_guide" / "i18n_tools.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        tools = _i18n_tools(self.root)
        source = Path(self.root) / "translations"
        if version == "editable":  # a checkout finds .qm files next to the .ts files
            tools.release(source)
            return
        out = Path(tempfile.mkdtemp(prefix="fg-qm-"))
        for qm in tools.release(source, out):
            build_data["force_include"][str(qm)] = f"family_guide/_bundled/translations/{qm.name}"
