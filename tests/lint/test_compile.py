"""The policy's phrase language (documented at the top of claims-policy.yml), compiled to
regular expressions and checked against the words it promises to match and to leave alone."""

from __future__ import annotations

import re

import pytest

from dealix_site.lint.compile import CompiledPolicy, TermError, compile_phrase, compile_policy, validate_patterns
from dealix_site.lint.engine import lint_text
from dealix_site.lint.normalize import normalize
from dealix_site.lint.policy import AllOf, Policy, load_policy

from ._support import POLICY_PATH, pos

BASE: Policy = load_policy(POLICY_PATH)


def _pattern(term: str) -> re.Pattern[str]:
    return compile_phrase(BASE, term)


def _whole_match(term: str, text: str) -> bool:
    """The term matches ``text`` (normalized) from its first to its last character."""
    norm = normalize(text)
    return any(m.span() == (0, len(norm)) for m in _pattern(term).finditer(norm))


def _found(term: str, text: str) -> bool:
    return _pattern(term).search(normalize(text)) is not None


def test_every_term_and_trap_of_the_real_policy_compiles(policy: CompiledPolicy) -> None:
    validate_patterns(policy)
    for cat in policy.categories:
        assert cat.terms, cat.category.id
        for term in cat.terms:
            assert isinstance(term.primary.get(), re.Pattern)


def test_every_term_of_the_real_policy_has_a_literal_anchor(policy: CompiledPolicy) -> None:
    # A term without one is searched over every whole file ("<number> …" ran at every number of
    # the benchmark corpus); give it a literal word, or put the number in an {all: …} second part.
    assert [policy.terms[i].source for i in sorted(policy.unanchored)] == []


def test_compiling_twice_gives_the_same_patterns() -> None:
    a, b = compile_policy(BASE), compile_policy(BASE)
    assert [[t.primary.text for t in c.terms] for c in a.categories] == [
        [t.primary.text for t in c.terms] for c in b.categories
    ]


@pytest.mark.parametrize("word", ["نضمن", "يضمن", "تضمن", "سنضمن", "ونضمنها", "بنضمن", "نضمنه", "يضمنون", "بنضمنش"])
def test_verb_family_matches_its_forms(word: str) -> None:
    assert _whole_match("V:ضمن", word)


@pytest.mark.parametrize("word", ["يتضمن", "تتضمن", "ضمن", "ضمان", "مضمون", "نضم", "تضم"])
def test_verb_family_leaves_other_words_alone(word: str) -> None:
    assert not _found("V:ضمن", f"العرض {word} ثلاث رسائل")


@pytest.mark.parametrize("word", ["مضمون", "مضمونة", "والمضمونة", "بالمضمون", "مضمونين", "فمضمونه", "للمضمون"])
def test_plain_arabic_word_matches_with_attached_particles_and_endings(word: str) -> None:
    assert _whole_match("مضمون", word)


@pytest.mark.parametrize("text", ["ضمن الخطة", "مضمو", "غيرمضمون"])
def test_plain_arabic_word_needs_the_whole_word(text: str) -> None:
    assert not _found("مضمون", text)


@pytest.mark.parametrize("word", ["صفقتك", "وصفقتنا", "بصفقتهم", "صفقتي", "صفقتكش"])
def test_word_in_ta_marbuta_takes_a_pronoun_with_ta(word: str) -> None:
    # Alone (صفقه) and in a group with other words, as a lexicon set compiles it.
    assert _whole_match("صفقة", word)
    assert _whole_match("(عقد|صفقة)", word)


@pytest.mark.parametrize("word", ["صفقت", "صفقتنات", "صفقتاب"])
def test_ta_form_needs_a_pronoun(word: str) -> None:
    assert not _whole_match("صفقة", word)


@pytest.mark.parametrize("word", ["ضمانتنا", "فبضمانتنا"])
def test_feminine_form_of_a_masculine_stem(word: str) -> None:
    assert _whole_match("ضمان", word)


def test_exact_arabic_word() -> None:
    assert _whole_match("=مضمون", "مضمون")
    assert not _found("=مضمون", "مضمونة")
    assert not _found("=مضمون", "والمضمون")


@pytest.mark.parametrize("word", ["guaranteed", "guarantees", "guaranteeing", "guarantee", "Guaranteed"])
def test_english_prefix_star(word: str) -> None:
    assert _whole_match("guarantee*", word)


def test_english_prefix_star_needs_a_word_start() -> None:
    assert not _found("guarantee*", "unguaranteed")


def test_english_word_matches_itself_and_its_plural_only() -> None:
    assert _whole_match("deal", "deal") and _whole_match("deal", "deals")
    assert not _found("deal", "dealer") and not _found("deal", "Dealix") and not _found("deal", "ideal")


@pytest.mark.parametrize(("between", "found"), [(0, True), (1, True), (3, True), (4, False)])
def test_gap_allows_up_to_three_words(between: int, found: bool) -> None:
    text = "we promise " + " ".join(["more"] * between) + (" " if between else "") + "results"
    assert _found("promise … results", text) is found


@pytest.mark.parametrize(("between", "found"), [(0, True), (8, True), (9, False)])
def test_long_gap_allows_up_to_eight_words(between: int, found: bool) -> None:
    text = "promise " + " ".join(["very"] * between) + (" " if between else "") + "results"
    assert _found("promise …… results", text) is found


@pytest.mark.parametrize(("text", "found"), [
    ("confidentiality is guaranteed", True), ("confidentiality guaranteed", True),
    ("confidentiality here is guaranteed", True), ("confidentiality of data guaranteed", True),
    ("confidentiality one two three four guaranteed", False),
    ("السرية المهنية مضمونة", True), ("السرية مضمونة", True),
])
def test_gap_before_an_optional_word_stands_without_it(text: str, found: bool) -> None:
    # The gap used to be part of the optional word's group, lost when the word was absent.
    assert _found("(confidentiality|السريه) … (is)? (guaranteed|مضمونه)", text) is found


def test_words_keep_their_order() -> None:
    assert _found("promise … results", "promise you results")
    assert not _found("promise … results", "results we promise")


def test_gap_does_not_run_out_of_a_quotation() -> None:
    assert not _found("promise … results", "«promise» results")


def test_alternatives_and_optional_words() -> None:
    assert _found("(نضمن|نكفل) لك", "نكفل لك") and _found("(نضمن|نكفل) لك", "نضمن لك")
    assert _found("بدون (اي)? تدخل", "بدون تدخل") and _found("بدون (اي)? تدخل", "بدون أي تدخل")
    assert not _found("بدون (اي)? تدخل", "بدون أي أي تدخل")


@pytest.mark.parametrize("number", ["24", "٢٤", "۲۴", "2.5", "عشرين", "twenty"])
def test_number_token(number: str) -> None:
    assert _found("<number> ساعه", f"خلال {number} ساعة")


def test_lexicon_set() -> None:
    assert _found("ضمان … <outcome>", "ضمان زيادة في الصفقات")
    assert not _found("ضمان … <outcome>", "ضمان زيادة في الجودة")


@pytest.mark.parametrize(("text", "found"), [("ضمن الخطة", True), ("من ضمن الباقات", True), ("ضمن لك صفقات", False),
                                            ("ضمن لنا ٣٠ عميل", False), ("ضمن لكن", True)])
def test_not_followed_by_guard(text: str, found: bool) -> None:
    # «ضمن» "within" unless a beneficiary follows («ضمن لك» "guaranteed you"); the guard is not
    # part of the match.
    m = _pattern("=ضمن !(=لك|=لكم|=لنا)").search(normalize(text))
    assert (m is not None) == found
    assert m is None or m.group() == "ضمن"


@pytest.mark.parametrize(
    "term",
    ["(a|b", "a)", "(a||b)", "… a", "a …", "<no-such-set>", "V:", "V:abc", "gua*rantee", "(a|b)c", "!(a|b) c",
     "a … !(b)", "a !"],
)
def test_malformed_terms_raise_term_error(term: str) -> None:
    with pytest.raises(TermError):
        compile_phrase(BASE, term)


# --- {all: [...]} co-occurrence and traps, on a policy with one made-up term ------------------


def _custom(terms: tuple[str | AllOf, ...], traps: tuple[str, ...] = ()) -> CompiledPolicy:
    cats = list(BASE.categories)
    cats[0] = cats[0].model_copy(update={"terms": terms, "traps": traps})
    # The other categories keep their terms; the made-up words below are in none of them.
    return compile_policy(BASE.model_copy(update={"categories": tuple(cats)}))


def _locs(policy: CompiledPolicy, text: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.category) for f in lint_text(text, "t.md", "md", policy).findings
            if f.rule.startswith("claims/")]


CID = BASE.categories[0].id


def test_all_of_needs_both_phrases_in_one_sentence() -> None:
    pol = _custom((AllOf(all=("zorblat", "quux*")),))
    text = "Our zorblat is quuxing today."
    assert _locs(pol, text) == [(*pos(text, "zorblat"), CID)]
    # The second phrase may come first; the finding is still on the first phrase.
    text = "Quuxing all day, our zorblat never stops."
    assert _locs(pol, text) == [(*pos(text, "zorblat"), CID)]
    # A paragraph wrapped over two lines is one sentence to a reader.
    text = "Our zorblat is here\nand quuxing."
    assert _locs(pol, text) == [(*pos(text, "zorblat"), CID)]


@pytest.mark.parametrize(
    "text",
    ["Our zorblat is here. It is quuxing today.", "- Our zorblat is here\n- and quuxing.", "Our zorblat is here!",
     "It is quuxing."],
    ids=["two-sentences", "two-list-items", "alone", "only-second"],
)
def test_all_of_does_not_cross_sentences(text: str) -> None:
    pol = _custom((AllOf(all=("zorblat", "quux*")),))
    assert _locs(pol, text) == []


def test_trap_hides_the_term_inside_it_only() -> None:
    pol = _custom(("zorblat",), ("zorblat group",))
    assert _locs(pol, "The zorblat group met.") == []
    text = "The zorblat group met, and the zorblat works."
    assert _locs(pol, text) == [(*pos(text, "zorblat", 1), CID)]


@pytest.mark.parametrize(("text", "found"), [("مضمون الرسالة", True), ("مضمون التقرير", True),
                                              ("مضمون بالكامل", False), ("مضمون للعميل", False),
                                              ("مضمون رسالته", False)])
def test_exact_prefix_word_takes_no_particle(text: str, found: bool) -> None:
    # «=ال*» is a word that starts with ال itself: «بالكامل» (ب + الكامل) is not one.
    assert _whole_match("=مضمون =ال*", text) is found
