"""Find candidate claims in normalized text: plain terms, co-occurring terms, minus traps."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dealix_site.lint.compile import CompiledCategory, CompiledPolicy, CompiledTerm

# A sentence ends at terminal punctuation, a table cell, or a line break. A dot after a digit
# or right before a letter or digit (99.9, help.dealix.sa, e.g.) is not an end.
REACH = 160
# (Written as one character class with the decimal test after it: a class at the front lets the
# regex engine skip ahead quickly, four times faster than an alternation led by a lookbehind.)
# Nor does the dot of an abbreviation ("e.g. negotiate", "i.e.", "etc.", "vs.", "at 2 a.m., …").
_SENTENCE_END = re.compile(r"[.!?؟؛|\n](?<!\d\.)(?!(?<=\.)\w)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)"
                           r"(?<!\b[aApP]\.[mM]\.)")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    category: str
    sentence: tuple[int, int]
    # Matched with the words around it ({all: …}): on the same words, it says more than a bare
    # term ("we guarantee it" next to "ZATCA" is a legal promise before it is a results one).
    specific: bool = False
    # The sentence before, when the words that make this one a claim stand there ("More meetings
    # every month. That's a promise."), up to those words: a denial there («لا نعدك بصفقات. هذا
    # وعد منا: …») means the promise is about something else.
    affirms: tuple[int, int] | None = None


_ANY_WORD = re.compile(r"\w")


class Sentences:
    """Sentence bounds of a normalized text, found in one scan and searched by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text)]

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.ends, pos)
        start = self.ends[i - 1] + 1 if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return start, end

    def context(self, sent: tuple[int, int], kinds: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sentence, and the text a reader takes as its subject (see AllOf.also_in): the
        column's header cell and the row's first cell of a Markdown table, or a short question
        just before it («Salesforce؟ معقد وغالي»)."""
        spans = [sent]
        start = sent[0]
        if "question" in kinds:
            # The question may end the line before (markup around it is blanked out).
            end = start - 1
            while end >= 0 and self.text[end].isspace():
                end -= 1
            if end >= 0 and self.text[end] in "?؟":
                prev = self.around(end)
                if len(_WORDS.findall(self.text, *prev)) <= _LEAD_QUESTION_WORDS:
                    spans.append(prev)
        if "previous" in kinds:
            prev = self.previous(start)
            if prev is not None:
                spans.append(prev)
        if "table" in kinds:
            for span in (table_header(self.text, start), row_label(self.text, start)):
                if span is not None and span != sent:
                    spans.append(span)
        return spans

    def previous(self, start: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``start``, with words in it, in the same
        paragraph (a blank line ends the paragraph; a few empty pieces, «...» or a closing
        quotation mark, are skipped)."""
        pos = start - 1
        for _ in range(4):
            if pos < 0:
                return None
            begin, stop = self.around(pos)
            if self.text.count("\n", stop, start) > 1:
                return None
            if _ANY_WORD.search(self.text, begin, stop):
                return begin, stop
            pos = begin - 1
        return None

    def next_after(self, end: int) -> tuple[int, int] | None:
        """The next sentence with any words in it (a closing quotation mark after «؟» is not one)."""
        pos = end + 1
        while pos < len(self.text):
            start, stop = self.around(pos)
            if _ANY_WORD.search(self.text, start, stop):
                return start, stop
            pos = stop + 1
        return None


_WORDS = re.compile(r"\w+")
# "Still paying for Pipedrive?", "Do I need to approve every message?": a short question that
# names what its answer is about.
_LEAD_QUESTION_WORDS = 8


def line_of(norm: str, pos: int) -> tuple[int, int]:
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    return start, end if end >= 0 else len(norm)


_BAR = re.compile(r"\|")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a Markdown table row, with or without its outer bars."""
    cuts = [m.start() for m in _BAR.finditer(norm, start, end)]
    if not cuts:
        return []
    if norm[start : cuts[0]].strip():
        cuts.insert(0, start - 1)
    if norm[cuts[-1] + 1 : end].strip():
        cuts.append(end)
    return [(a + 1, b) for a, b in itertools.pairwise(cuts)]


def _cell_at(cells: list[tuple[int, int]], pos: int) -> int | None:
    for k, (a, b) in enumerate(cells):
        if a <= pos <= b:
            return k
    return None


def _table_row(norm: str, pos: int) -> tuple[int, int] | None:
    start, end = line_of(norm, pos)
    return (start, end) if norm[start:end].lstrip().startswith("|") else None


def _header_row(norm: str, row: tuple[int, int]) -> tuple[int, int] | None:
    """The header row of the Markdown table whose body holds ``row``: up through the body rows
    to the rule row (|---|---|); the header is the row above it."""
    above = row[0] - 1
    for _ in range(200):  # a table body longer than this is not copy anyone reads as a table
        if above <= 0:
            return None
        row_start = norm.rfind("\n", 0, above) + 1
        if _TABLE_RULE.fullmatch(norm, row_start, above):
            if row_start == 0:
                return None
            return norm.rfind("\n", 0, row_start - 1) + 1, row_start - 1
        if not norm[row_start:above].lstrip().startswith("|"):
            return None
        above = row_start - 1
    return None


def table_header(norm: str, pos: int) -> tuple[int, int] | None:
    """The header cell above ``pos`` when it sits in a Markdown table body (a column headed
    «❌ لا تكتب» lists examples; one headed «المنافس» says who a cell is about)."""
    row = _table_row(norm, pos)
    column = _cell_at(_cells(norm, *row), pos) if row is not None else None
    if column is None:
        return None
    head = table_header_cells(norm, pos)
    return head[column] if column < len(head) else None


def table_header_cells(norm: str, pos: int) -> list[tuple[int, int]]:
    """The header row's cells of the Markdown table whose body holds ``pos`` (none elsewhere)."""
    row = _table_row(norm, pos)
    head_row = _header_row(norm, row) if row is not None else None
    return _cells(norm, *head_row) if head_row is not None else []


def table_intro(norm: str, pos: int) -> tuple[int, int] | None:
    """The line just above the table whose body holds ``pos`` (one blank line may stand
    between): "Examples of wording we would not publish:" says what the rows are."""
    row = _table_row(norm, pos)
    head_row = _header_row(norm, row) if row is not None else None
    if head_row is None or head_row[0] == 0:
        return None
    start, end = line_of(norm, head_row[0] - 1)
    if not norm[start:end].strip() and start > 0:
        start, end = line_of(norm, start - 1)
    return (start, end) if norm[start:end].strip() else None


def row_cells(norm: str, pos: int) -> list[tuple[int, int]]:
    """The cells of the Markdown table row holding ``pos`` (none when it is not in a table)."""
    row = _table_row(norm, pos)
    return _cells(norm, *row) if row is not None else []


def row_label(norm: str, pos: int) -> tuple[int, int] | None:
    """The first cell of the Markdown table row holding ``pos`` (the row says who it is about)."""
    cells = row_cells(norm, pos)
    return cells[0] if cells else None


class _SentenceCache:
    """Trap spans and co-occurrence checks, computed once per sentence and reused by every
    candidate in it."""

    def __init__(self, norm: str, trap_hits: dict[int, set[tuple[int, int]]]) -> None:
        self.norm = norm
        self.trap_hits = trap_hits
        self.traps: dict[tuple[int, tuple[int, int]], list[tuple[int, int]]] = {}
        self.found: dict[tuple[int, int, tuple[int, int]], bool] = {}

    def trapped(self, ci: int, cat: CompiledCategory, start: int, end: int, sentence: tuple[int, int]) -> bool:
        spans = self.traps.get((ci, sentence))
        if spans is None:
            # The category's traps that can match here: those without an anchor, and those whose
            # anchor the automaton found in this sentence (a sentence holds few of them, so this
            # beats one alternation of every trap tried at every position).
            spans = _all_matches(cat.traps.get(), self.norm, *sentence) if cat.traps is not None else []
            for c, k in self.trap_hits.get(sentence[0], ()):
                if c == ci:
                    spans += _all_matches(cat.anchored_traps[k].get(), self.norm, *sentence)
            self.traps[(ci, sentence)] = spans
        return any(s < end and start < e for s, e in spans)

    def occurs(self, key: tuple[int, int], pattern: re.Pattern[str], sentence: tuple[int, int]) -> bool:
        k = (*key, sentence)
        hit = self.found.get(k)
        if hit is None:
            hit = self.found[k] = pattern.search(self.norm, *sentence) is not None
        return hit


def _all_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every place a match starts, overlapping ones included: a trap that starts inside another
    trap still counts («تشخص السبب» and «السبب وتعالجه» in «تشخص السبب وتعالجه»), where
    ``finditer`` would resume after the first and miss the second."""
    spans = []
    search = pattern.search
    m = search(text, start, end)
    while m is not None:
        spans.append(m.span())
        m = search(text, m.start() + 1, end)
    return spans


def _merged(spans: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


class Regions:
    """Where each term's pattern needs to run, from one pass of the anchor automaton.

    A term whose anchor is in its first token (``leads``: the words that token spans) is tried
    with ``match`` right at the starts of those words, ending with the anchor's; any other term
    is searched in a window of ``REACH`` characters either side of its anchors, inside the
    sentence (windows merge as they arrive, in order). Terms without an anchor run over the
    whole text. Keys are indexes into ``policy.terms``.
    """

    def __init__(self, policy: CompiledPolicy, norm: str, sentences: Sentences) -> None:
        self.windows: dict[int, list[list[int]]] = {}
        self.starts: dict[int, dict[int, int]] = {}  # term -> {start position: sentence end}
        self.trap_hits: dict[int, set[tuple[int, int]]] = {}  # sentence start -> (category, trap)
        for i in policy.unanchored:
            self.windows[i] = [[0, len(norm)]]
        if policy.automaton is None or not norm:
            return
        starts = self.starts
        # Windows are kept per anchor payload (the terms one literal anchors), so a hit costs one
        # lookup however many terms share the anchor; they are handed to the terms at the end.
        by_payload: dict[tuple[int, ...], list[list[int]]] = {}
        sent_start, sent_end = 0, -1
        trap_hits = self.trap_hits
        for end_index, (length, leads, others, traps) in policy.automaton.iter(norm):
            if end_index >= sent_end:
                sent_start, sent_end = sentences.around(end_index)
            if traps:
                hits = trap_hits.get(sent_start)
                if hits is None:
                    trap_hits[sent_start] = set(traps)
                else:
                    hits.update(traps)
            if others:
                # A match contains its anchor, so it lies within REACH of it (the longest
                # phrase with gaps is well under REACH characters).
                lo = end_index - REACH if end_index - REACH > sent_start else sent_start
                hi = end_index + REACH if end_index + REACH < sent_end else sent_end
                spans = by_payload.get(others)
                if spans is None:
                    by_payload[others] = [[lo, hi]]
                elif lo <= spans[-1][1]:
                    if hi > spans[-1][1]:
                        spans[-1][1] = hi
                else:
                    spans.append([lo, hi])
            for words, terms in leads:
                at = _word_starts_before(norm, end_index - length + 1, sent_start, words)
                for t in terms:
                    found = starts.get(t)
                    if found is None:
                        found = starts[t] = {}
                    for pos in at:
                        found[pos] = sent_end
        shared: set[int] = set()
        for payload, spans in by_payload.items():
            for t in payload:
                if t in self.windows:
                    shared.add(t)
                    self.windows[t].extend(spans)
                else:
                    self.windows[t] = list(spans)
        for t in shared:
            self.windows[t] = _merged(self.windows[t])

    def matches(self, t: int, term: CompiledTerm, norm: str) -> Iterator[re.Match[str]]:
        pattern = term.primary.get()
        for pos, end in self.starts.get(t, {}).items():
            m = pattern.match(norm, pos, end)
            if m:
                yield m
        for lo, hi in self.windows.get(t, ()):
            # Every required token leaves one of its literals in a match: without them all in
            # the window, skip the (far slower) regex scan. "قبل … تراجعها … احد" needs قبل and
            # احد/حد as well as the verb that anchored the window.
            if _holds_all(norm, lo, hi, term.required):
                yield from pattern.finditer(norm, lo, hi)

    def terms(self) -> set[int]:
        return self.windows.keys() | self.starts.keys()


def _holds_all(norm: str, lo: int, hi: int, required: tuple[tuple[str, ...], ...]) -> bool:
    """Each required token has one of its literals in ``norm[lo:hi]`` (plain loops: this runs
    for every window, and generator expressions cost more than the searches)."""
    find = norm.find
    for literals in required:
        for lit in literals:
            if find(lit, lo, hi) >= 0:
                break
        else:
            return False
    return True


_LEAD_REACH = 64  # per word: no real word is longer; keeps a hostile one linear


def _word_starts_before(norm: str, pos: int, floor: int, count: int) -> list[int]:
    """Where a match whose first token holds ``pos`` can start: the start of the word holding
    it and of the ``count - 1`` words just before it, and inside those words every Latin run
    that follows another character (an English term may start right after an Arabic article or
    a hyphen, as in الـguaranteed or AI-guaranteed, because its boundary only looks at Latin)."""
    lo = max(floor, pos - _LEAD_REACH * count)
    end = _WORD.match(norm, pos, pos + _LEAD_REACH)
    seg_end = end.end() if end else pos
    words = list(_WORD.finditer(norm, lo, seg_end))[-count:]
    starts = []
    for w in words:
        starts.append(w.start())
        text = w.group()
        if not (text.isascii() and text.isalnum()) and _LATIN.search(text):
            starts += [m.start() for m in _INNER_LATIN.finditer(norm, w.start() + 1, w.end())]
    return starts or [pos]


# Word characters and the joiners inside English words (don't, pre-approved).
_WORD = re.compile(r"[^\W]+(?:['-][^\W]+)*")
_LATIN = re.compile(r"[a-z0-9_]")
_INNER_LATIN = re.compile(r"(?<![a-z0-9_])[a-z0-9_]")


def find_candidates(policy: CompiledPolicy, norm: str, sentences: Sentences) -> list[Candidate]:
    found: list[Candidate] = []
    regions = Regions(policy, norm, sentences)
    cache = _SentenceCache(norm, regions.trap_hits)
    for t in sorted(regions.terms()):
        term = policy.terms[t]
        ci = term.category
        cat = policy.categories[ci]
        seen: set[tuple[int, int]] = set()
        for m in regions.matches(t, term, norm):
            span = m.span()
            if span[0] == span[1] or span in seen:
                continue
            seen.add(span)
            sent = sentences.around(span[0])
            if term.others:
                spans = sentences.context(sent, term.also_in) if term.also_in else (sent,)
                if not all(any(cache.occurs((t, k), o.get(), c) for c in spans) for k, o in enumerate(term.others)):
                    continue
            affirms = None
            if "previous" in term.also_in and \
                    not all(cache.occurs((t, k), o.get(), sent) for k, o in enumerate(term.others)):
                prev = sentences.previous(sent[0])
                if prev is not None:
                    # Up to where the affirmed words start: a denial there («لا نعدك بصفقات») is
                    # about them; the words may hold their own "no" ("No fines, ever.").
                    found_at = [m.start() for m in (o.get().search(norm, *prev) for o in term.others) if m]
                    affirms = (prev[0], min(found_at, default=prev[1]))
            if not cache.trapped(ci, cat, span[0], span[1], sent):
                found.append(Candidate(span[0], span[1], cat.category.id, sent, bool(term.others), affirms))
    # Another term of the category may have matched the same words: the decisions after this
    # depend only on the candidate's fields, so one copy (the first) is decided once.
    return list(dict.fromkeys(found))


def resolve_overlaps(cands: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """One finding per stretch of text: same-category overlaps merge, a category is reported once
    per sentence, and across categories the longer match wins (then the one matched with its
    context, then policy order)."""
    merged: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.category, c.start, -c.end)):
        if merged and merged[-1].category == c.category and c.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Candidate(last.start, max(last.end, c.end), last.category, last.sentence,
                                   last.specific or c.specific,
                                   last.affirms if c.affirms else None)  # a claim on its own stays one
        else:
            merged.append(c)
    ranked = sorted(merged, key=lambda c: (-(c.end - c.start), not c.specific, order.get(c.category, 99), c.start))
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
    # One finding per category per sentence: the first words that make the claim. (Only now,
    # after the overlaps: a first match lost to a longer claim of another category leaves the
    # next one, «… تلقائياً بدون ما تحتاج توافق».)
    out: list[Candidate] = []
    reported: set[tuple[str, tuple[int, int]]] = set()
    for c in sorted(kept, key=lambda c: c.start):
        if (c.category, c.sentence) not in reported:
            reported.add((c.category, c.sentence))
            out.append(c)
    return out
