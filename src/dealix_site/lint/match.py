"""Find candidate claims in normalized text: plain terms, co-occurring terms, minus traps."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from dealix_site.lint.compile import CompiledCategory, CompiledPolicy

# A sentence ends at terminal punctuation, a table cell, or a line break. A dot between digits
# (99.9) is not an end.
_SENTENCE_END = re.compile(r"(?<!\d)\.(?!\d)|[!?؟؛|\n]")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    category: str
    sentence: tuple[int, int]


class Sentences:
    """Sentence bounds of a normalized text, computed once and searched by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)]

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.ends, pos)
        start = self.ends[i - 1] + 1 if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return start, end

    def next_after(self, end: int) -> tuple[int, int] | None:
        """The next sentence with any words in it."""
        pos = end + 1
        while pos < len(self.text):
            start, stop = self.around(pos)
            if self.text[start:stop].strip():
                return start, stop
            pos = stop + 1
        return None


def _trapped(cat: CompiledCategory, norm: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    if cat.traps is None:
        return False
    return any(t.start() < end and start < t.end() for t in cat.traps.get().finditer(norm, *sentence))


def regions(policy: CompiledPolicy, norm: str, sentences: Sentences) -> dict[tuple[int, int], set[tuple[int, int]]]:
    """For each (category, term), the sentences that contain one of its anchors: the only
    places its pattern needs to run. Terms without an anchor run over the whole text."""
    out: dict[tuple[int, int], set[tuple[int, int]]] = {}
    whole = (0, len(norm))
    for ci, cat in enumerate(policy.categories):
        for ti in cat.unanchored:
            out.setdefault((ci, ti), set()).add(whole)
    if policy.automaton is None or not norm:
        return out
    sent = (0, -1)
    for end_index, terms in policy.automaton.iter(norm):
        if end_index >= sent[1]:
            sent = sentences.around(end_index)
        for key in terms:
            out.setdefault(key, set()).add(sent)
    return out


def find_candidates(policy: CompiledPolicy, norm: str, sentences: Sentences) -> list[Candidate]:
    found: list[Candidate] = []
    for (ci, ti), spans in regions(policy, norm, sentences).items():
        cat = policy.categories[ci]
        term = cat.terms[ti]
        primary = term.primary.get()
        for start, end in sorted(spans):
            for m in primary.finditer(norm, start, end):
                if m.end() == m.start():
                    continue
                sent = sentences.around(m.start())
                if term.others and not all(o.get().search(norm, *sent) for o in term.others):
                    continue
                if not _trapped(cat, norm, m.start(), m.end(), sent):
                    found.append(Candidate(m.start(), m.end(), cat.category.id, sent))
    return found


def resolve_overlaps(cands: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """One finding per stretch of text: same-category overlaps merge; across categories the
    longer match wins (then policy order), so a sentence is not counted twice."""
    merged: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.category, c.start, -c.end)):
        if merged and merged[-1].category == c.category and c.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Candidate(last.start, max(last.end, c.end), last.category, last.sentence)
        else:
            merged.append(c)
    ranked = sorted(merged, key=lambda c: (-(c.end - c.start), order.get(c.category, 99), c.start))
    kept: list[Candidate] = []
    for c in ranked:
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
