"""One error type for everything a writer can get wrong in a source file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceError(Exception):
    """A problem in an input file, located as precisely as we can.

    ``line`` and ``column`` are 1-based; ``key`` is a dotted path into structured data
    (front matter, policy) when the problem is a value rather than a position.
    """

    path: str | Path
    message: str
    line: int | None = None
    column: int | None = None
    key: str | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        key = f" {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}"


class BuildError(Exception):
    """The build failed; carries every problem found, not just the first."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))
