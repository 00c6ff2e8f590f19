"""Findings are frozen values with one location form; a report is a sorted bag of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int  # 1-based
    column: int  # 1-based, in code points of the original line
    end_line: int
    end_column: int  # exclusive
    rule: str
    category: str
    severity: str  # error | warning
    message: str
    match: str  # the original text that matched
    suggestion: str = ""

    def location_line(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity} [{self.category}] {self.message}"

    def moved(self, **changes: object) -> Finding:
        return replace(self, **changes)


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...] = ()
    files: int = 0
    suppressed: int = 0
    input_errors: int = 0
    # path -> {line number: source line}, for the lines findings point at (the text excerpts)
    file_lines: dict[str, Mapping[int, str]] = field(default_factory=dict, compare=False, hash=False)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    def merge(self, other: Report) -> Report:
        return Report(
            tuple(sorted({*self.findings, *other.findings})),
            self.files + other.files,
            self.suppressed + other.suppressed,
            self.input_errors + other.input_errors,
            {**self.file_lines, **other.file_lines},
        )
