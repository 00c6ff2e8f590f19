"""Sentence bounds (found lazily line by line, they must equal a whole-text scan) and how
overlapping candidates resolve into findings."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.match import Candidate, Sentences, _all_matches, resolve_overlaps

from ._support import claim_locs, lint
from ._support import pos as pos_of

# The definition: a sentence ends at . ! ? ؟ ؛ | or a line break, except a dot after a digit or
# right before a letter or digit (99.9, help.dealix.sa), or ending an abbreviation (e.g., etc.).
_END = re.compile(r"(?<!\d)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)\.(?!\w)|[!?؟؛|\n]")


def _reference(text: str, pos: int) -> tuple[int, int]:
    ends = [m.start() for m in _END.finditer(text)]
    i = bisect.bisect_left(ends, pos)
    return (ends[i - 1] + 1 if i > 0 else 0), (ends[i] if i < len(ends) else len(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab 1٣.?!|؟؛\nج", "e.g.", "etc.", "vs", "i.e."]), max_size=40).map("".join),
       st.randoms(use_true_random=False))
def test_lazy_sentences_equal_a_whole_text_scan(text: str, rnd) -> None:  # type: ignore[no-untyped-def]
    sentences = Sentences(text)
    positions = list(range(len(text) + 1))
    rnd.shuffle(positions)  # any order of questions, as candidates arrive
    for pos in positions:
        assert sentences.around(pos) == _reference(text, pos)


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    text = "Can it act alone, e.g. negotiate deals? No."
    assert Sentences(text).around(0) == (0, text.index("?"))


def test_a_decimal_point_does_not_end_a_sentence() -> None:
    text = "uptime 99.9 percent. next"
    assert Sentences(text).around(0) == (0, text.index(". next"))


def test_next_after_skips_empty_sentences() -> None:
    text = "Can it send alone?\n\n  \nNo."
    s = Sentences(text)
    q_end = text.index("?")
    assert s.next_after(q_end) == (text.index("No"), text.index("No") + 2)


def test_previous_is_the_sentence_before_in_the_same_paragraph() -> None:
    text = "More meetings. ... That's a promise.\nSee you."
    s = Sentences(text)
    promise = s.around(text.index("That"))
    assert s.previous(promise[0]) == (0, text.index("."))  # the empty «...» pieces are skipped
    see = s.around(text.index("See"))
    assert s.previous(see[0]) == promise  # one line break is still the same paragraph
    assert s.previous(0) is None


def test_previous_stops_at_a_blank_line() -> None:
    text = "More meetings.\n\nThat's a promise."
    s = Sentences(text)
    assert s.previous(text.index("That")) is None


@pytest.mark.parametrize(("text", "at"), [
    ("You'll see more meetings next month. That's a promise, not a prediction.", "That's a promise"),
    ("مبيعاتك بتزيد الشهر الجاي. هذا وعد منا.", "هذا وعد منا"),
    ("عملاء جدد كل أسبوع!\nوعد منا.", "وعد منا"),
])
def test_a_promise_affirms_the_outcome_in_the_sentence_before(policy: CompiledPolicy, text: str, at: str) -> None:
    assert claim_locs(lint(policy, text + "\n")) == [(*pos_of(text, at), "guaranteed-results")]


@pytest.mark.parametrize("text", [
    "We reply within one business day. That's a promise.",
    "بياناتك تبقى داخل المملكة. هذا وعد منا.",
    "More meetings next month.\n\nThat's a promise.",  # another paragraph says something else
    "لا نعدك بصفقات. هذا وعد منا: نقول لك الحقيقة.",
])
def test_a_promise_about_something_else_is_not_a_claim(policy: CompiledPolicy, text: str) -> None:
    assert claim_locs(lint(policy, text + "\n")) == []


def test_a_dot_inside_a_name_does_not_end_a_sentence() -> None:
    text = "نزحف على help.dealix.sa فقط. التالي"
    assert Sentences(text).around(0) == (0, text.index(". التالي"))


ORDER = {"guaranteed-results": 0, "full-automation": 2, "approval-bypass": 3, "legal-financial-promise": 5}


def test_on_the_same_words_a_match_with_context_wins() -> None:
    # "… zero ZATCA exposure, we guarantee it": the bare term (results) and the {all: …} term
    # that needed "ZATCA" (legal) cover the same word; the one with context says more.
    bare = Candidate(10, 19, "guaranteed-results", (0, 40))
    with_context = Candidate(10, 19, "legal-financial-promise", (0, 40), specific=True)
    assert resolve_overlaps([bare, with_context], ORDER) == [with_context]
    # Without context on either side, policy order decides; a longer match beats both.
    plain = Candidate(10, 19, "legal-financial-promise", (0, 40))
    assert resolve_overlaps([bare, plain], ORDER) == [bare]
    longer = Candidate(5, 19, "guaranteed-results", (0, 40))
    assert resolve_overlaps([longer, with_context], ORDER) == [longer]


def test_a_category_lost_to_a_longer_claim_keeps_its_next_match() -> None:
    # «Dealix يرسل الرسائل تلقائياً بدون ما تحتاج توافق»: the first approval match lies inside the
    # longer automation one; the second approval match still reports the category.
    automation = Candidate(0, 30, "full-automation", (0, 60))
    approval_inside = Candidate(6, 30, "approval-bypass", (0, 60))
    approval_after = Candidate(31, 50, "approval-bypass", (0, 60))
    kept = resolve_overlaps([automation, approval_inside, approval_after], ORDER)
    assert kept == [automation, approval_after]
    # And one finding per category per sentence: a second match of a kept category is dropped.
    twice = Candidate(52, 58, "full-automation", (0, 60))
    assert resolve_overlaps([automation, twice], ORDER) == [automation]


def test_traps_that_overlap_are_all_found() -> None:
    # «تشخص السبب» and «السبب وتعالجه» share a word: both are traps, and a claim inside the second
    # must be caught by it even though the first matched further left.
    traps = re.compile(r"تشخص السبب|السبب وتعالجه")
    text = "يساعدك تشخص السبب وتعالجه بنفسك"
    assert [text[a:b] for a, b in _all_matches(traps, text, 0, len(text))] == ["تشخص السبب", "السبب وتعالجه"]
    assert [m.group() for m in traps.finditer(text)] == ["تشخص السبب"]  # what a plain scan would see


def test_a_trap_runs_where_its_anchor_is(policy: CompiledPolicy) -> None:
    # Traps with a literal anchor run only over sentences that hold it (the automaton finds the
    # anchor): «تُعالج … داخل المملكة» is processing data, and the medical claim in the next
    # sentence, with no anchor of that trap, is still reported.
    assert any(cat.anchored_traps for cat in policy.categories) and policy.trap_anchors
    text = "تُعالج بياناتك داخل المملكة. Dealix علاج لمبيعاتك المتعثرة."
    assert claim_locs(lint(policy, text)) == [(*pos_of(text, "علاج"), "medical-language")]
    assert claim_locs(lint(policy, "تُعالج بياناتك داخل المملكة.")) == []
