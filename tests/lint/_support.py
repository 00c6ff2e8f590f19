"""Helpers shared by the linter tests. Expected positions are computed from the test's own
input text, never taken from the linter."""

from __future__ import annotations

from pathlib import Path

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import FileResult, lint_text
from dealix_site.lint.findings import Finding

REPO = Path(__file__).resolve().parents[2]
POLICY_PATH = REPO / "claims-policy.yml"


def offset_of(text: str, needle: str, nth: int = 0) -> int:
    """Offset of the ``nth`` occurrence (0-based) of ``needle`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def pos(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    return line_col(text, offset_of(text, needle, nth))


def lint(policy: CompiledPolicy, text: str, kind: str = "md", path: str = "page.md") -> FileResult:
    return lint_text(text, path, kind, policy)


def claims(result: FileResult) -> list[Finding]:
    return [f for f in result.findings if f.rule.startswith("claims/")]


def claim_locs(result: FileResult) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.category) for f in claims(result)]


def hidden(result: FileResult) -> list[Finding]:
    return [f for f in result.findings if f.category == "hidden-character"]
