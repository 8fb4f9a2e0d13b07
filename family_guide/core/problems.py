"""A content problem that names the file, the line, the field and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from family_guide.core.text_rules import printable


@dataclass(frozen=True, order=True)
class Problem:
    file: Path
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        # Names come from the module's author: shown escaped, they cannot forge lines of the report.
        where = f"{printable(str(self.file))}:{self.line}" if self.line else printable(str(self.file))
        message = printable(self.message)
        return f"{where}: {printable(self.field)}: {message}" if self.field else f"{where}: {message}"

    def as_dict(self) -> dict[str, object]:
        return {"file": str(self.file), "line": self.line, "field": self.field, "message": self.message}


class ContentError(Exception):
    """Raised when a file cannot be read or parsed at all; carries the problems found."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
