"""Explicit, accountable suppressions:

    <!-- dealix-lint: allow guaranteed-results reason="quoted from the regulator's guidance" -->

covers the next paragraph. A reason is required; a suppression without one is itself an error
and suppresses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPPRESSION_MARK = "dealix-lint"  # every suppression comment holds it: files without it skip the scan
_COMMENT = re.compile(
    r"""<!--\s*dealix-lint\s*:\s*allow\s+(?P<cats>[\w\-, ]+?)\s*
        (?:reason\s*=\s*(?P<q>["'])(?P<reason>.*?)(?P=q))?\s*-->""",
    re.S | re.X,
)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Suppression:
    start: int  # source offsets covered
    end: int
    categories: frozenset[str]
    reason: str
    comment_start: int
    comment_end: int

    def covers(self, offset: int, category: str) -> bool:
        return self.start <= offset < self.end and (category in self.categories or "all" in self.categories)


def find_suppressions(text: str) -> list[Suppression]:
    if "dealix-lint" not in text:
        return []
    found = []
    for m in _COMMENT.finditer(text):
        body = re.search(r"\S", text[m.end() :])
        start = m.end() + (body.start() if body else 0)
        end_m = _PARAGRAPH_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        cats = frozenset(c.strip() for c in re.split(r"[,\s]+", m.group("cats")) if c.strip())
        found.append(Suppression(start, end, cats, (m.group("reason") or "").strip(), m.start(), m.end()))
    return found
