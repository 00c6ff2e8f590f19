"""Find candidate claims in normalized text: plain terms, co-occurring terms, minus traps."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dealix_site.lint.compile import CompiledCategory, CompiledPolicy

# A sentence ends at terminal punctuation, a table cell, or a line break. A dot between digits
# (99.9) is not an end.
REACH = 160
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


class _SentenceCache:
    """Trap spans and co-occurrence checks, computed once per sentence and reused by every
    candidate in it."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.traps: dict[tuple[int, tuple[int, int]], list[tuple[int, int]]] = {}
        self.found: dict[tuple[int, int, int, tuple[int, int]], bool] = {}

    def trapped(self, ci: int, cat: CompiledCategory, start: int, end: int, sentence: tuple[int, int]) -> bool:
        if cat.traps is None:
            return False
        spans = self.traps.get((ci, sentence))
        if spans is None:
            spans = self.traps[(ci, sentence)] = [m.span() for m in cat.traps.get().finditer(self.norm, *sentence)]
        return any(s < end and start < e for s, e in spans)

    def occurs(self, key: tuple[int, int, int], pattern: re.Pattern[str], sentence: tuple[int, int]) -> bool:
        k = (*key, sentence)
        hit = self.found.get(k)
        if hit is None:
            hit = self.found[k] = pattern.search(self.norm, *sentence) is not None
        return hit


def regions(policy: CompiledPolicy, norm: str, sentences: Sentences) -> dict[tuple[int, int], set[tuple[int, int]]]:
    """For each (category, term), where its pattern needs to run: for terms whose anchor is their
    first token, ``(position, -sentence_end)`` for each of the few words before the anchor (a
    match is tried right there); for the others, a window around each anchor inside its
    sentence. Terms without an anchor run over the whole text."""
    out: dict[tuple[int, int], set[tuple[int, int]]] = {}
    whole = (0, len(norm))
    for ci, cat in enumerate(policy.categories):
        for ti in cat.unanchored:
            out.setdefault((ci, ti), set()).add(whole)
    if policy.automaton is None or not norm:
        return out
    sent = (0, -1)
    for end_index, (length, terms) in policy.automaton.iter(norm):
        if end_index >= sent[1]:
            sent = sentences.around(end_index)
        starts: tuple[int, ...] | None = None
        # A match contains its anchor, so it lies within a bounded reach around it (the longest
        # phrase with gaps is well under REACH characters); long paragraphs are not rescanned.
        window = (max(sent[0], end_index - REACH), min(sent[1], end_index + REACH))
        for ci, ti in terms:
            if policy.categories[ci].terms[ti].leads:
                if starts is None:
                    starts = _word_starts_before(norm, end_index - length + 1, sent[0])
                out.setdefault((ci, ti), set()).update((p, -sent[1]) for p in starts)
            else:
                out.setdefault((ci, ti), set()).add(window)
    return out


_LEAD_WORDS = 4  # a first token's alternatives have at most this many words ("مما لا شك فيه")
_LEAD_REACH = 64


def _word_starts_before(norm: str, pos: int, floor: int) -> tuple[int, ...]:
    """Start of the word holding ``pos`` and of the few words just before it."""
    lo = max(floor, pos - _LEAD_REACH)  # no real word is longer; keeps a hostile one linear
    end = _WORD.match(norm, pos, pos + _LEAD_REACH)
    seg_end = end.end() if end else pos
    starts = [m.start() for m in _WORD.finditer(norm, lo, seg_end)]
    return tuple(reversed(starts[-_LEAD_WORDS:])) or (pos,)


# Word characters and the joiners inside English words (don't, pre-approved).
_WORD = re.compile(r"[^\W]+(?:['-][^\W]+)*")


def _merged(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _matches(pattern: re.Pattern[str], norm: str, spans: set[tuple[int, int]]) -> Iterator[re.Match[str]]:
    seen: set[tuple[int, int]] = set()
    for pos, neg_end in sorted(s for s in spans if s[1] < 0):
        m = pattern.match(norm, pos, -neg_end)
        if m and m.span() not in seen:
            seen.add(m.span())
            yield m
    for start, end in _merged({s for s in spans if s[1] >= 0}):
        for m in pattern.finditer(norm, start, end):
            if m.span() not in seen:
                seen.add(m.span())
                yield m


def find_candidates(policy: CompiledPolicy, norm: str, sentences: Sentences) -> list[Candidate]:
    found: list[Candidate] = []
    cache = _SentenceCache(norm)
    for (ci, ti), spans in regions(policy, norm, sentences).items():
        cat = policy.categories[ci]
        term = cat.terms[ti]
        for m in _matches(term.primary.get(), norm, spans):
            if m.end() == m.start():
                continue
            sent = sentences.around(m.start())
            if term.others and not all(
                cache.occurs((ci, ti, k), o.get(), sent) for k, o in enumerate(term.others)
            ):
                continue
            if not cache.trapped(ci, cat, m.start(), m.end(), sent):
                found.append(Candidate(m.start(), m.end(), cat.category.id, sent))
    return found


def resolve_overlaps(cands: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """One finding per stretch of text: same-category overlaps merge, a category is reported once
    per sentence, and across categories the longer match wins (then policy order)."""
    merged: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.category, c.start, -c.end)):
        if merged and merged[-1].category == c.category and merged[-1].sentence == c.sentence \
                and c.start >= merged[-1].end:
            continue  # one finding per category per sentence: the first words that make the claim
        if merged and merged[-1].category == c.category and c.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Candidate(last.start, max(last.end, c.end), last.category, last.sentence)
        else:
            merged.append(c)
    ranked = sorted(merged, key=lambda c: (-(c.end - c.start), order.get(c.category, 99), c.start))
    starts: list[int] = []  # kept intervals, sorted and disjoint: an overlap test is a bisection
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in ranked:
        i = bisect.bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)
