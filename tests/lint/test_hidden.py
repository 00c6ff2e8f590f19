"""Hidden characters are findings in their own right (Trojan Source, CVE-2021-42574; UTS #55),
reported at the character in the original text."""

from __future__ import annotations

import pytest

from dealix_site.lint.compile import CompiledPolicy

from ._support import hidden, lint, pos

BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


def _locs(policy: CompiledPolicy, text: str, kind: str = "md") -> list[tuple[str, int, int, int, str]]:
    return [(f.rule, f.line, f.column, f.end_column, f.severity) for f in hidden(lint(policy, text, kind))]


@pytest.mark.parametrize("ch", BIDI_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize(
    "template",
    ["Dealix {} helps your team.", "Dea{}lix helps.", "{}Dealix helps.", "Dealix helps.{}", "نظام {} Dealix"],
    ids=["between-words", "inside-word", "line-start", "line-end", "arabic"],
)
def test_bidi_controls_anywhere_are_errors(policy: CompiledPolicy, ch: str, template: str) -> None:
    text = "# Title\n" + template.format(ch)
    assert _locs(policy, text) == [("hidden/bidi-control", *pos(text, ch), pos(text, ch)[1] + 1, "error")]


def test_trojan_source_override_is_reported_at_each_control(policy: CompiledPolicy) -> None:
    text = "السعر: \u202e001\u202c ريال شهرياً"
    assert _locs(policy, text) == [
        ("hidden/bidi-control", 1, 8, 9, "error"),
        ("hidden/bidi-control", 1, 12, 13, "error"),
    ]
    assert text[7] == "\u202e" and text[11] == "\u202c"


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("ch", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("word", ["Dea{}lix", "مر{}حبا"], ids=["latin", "arabic"])
def test_zero_width_inside_a_word_is_an_error(policy: CompiledPolicy, ch: str, word: str) -> None:
    text = "line one\nJoin " + word.format(ch) + " today"
    line, col = pos(text, ch)
    assert _locs(policy, text) == [("hidden/zero-width-in-word", line, col, col + 1, "error")]
    assert line == 2


@pytest.mark.parametrize("tag", ["\U000e0001", "\U000e0041", "\U000e007f"], ids=lambda c: f"U+{ord(c):05X}")
def test_tag_characters_are_errors_with_code_point_columns(policy: CompiledPolicy, tag: str) -> None:
    # An astral character counts as one column, like any other code point.
    text = "Try 𝐃ealix now: guar" + tag + "antee"
    line, col = pos(text, tag)
    found = [x for x in _locs(policy, text) if x[0] == "hidden/tag-character"]
    assert found == [("hidden/tag-character", line, col, col + 1, "error")]
    assert col == len("Try 𝐃ealix now: guar") + 1


@pytest.mark.parametrize("filler", ["\u3164", "\u2800", "\uffa0", "\u115f", "\u1160"], ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_fillers_are_errors(policy: CompiledPolicy, filler: str) -> None:
    text = f"Dealix {filler} helps"
    assert _locs(policy, text) == [("hidden/invisible-filler", *pos(text, filler), pos(text, filler)[1] + 1, "error")]


@pytest.mark.parametrize(
    "text",
    [
        "اربط حسابك في HubSpot\u200f مع Dealix.",  # RLM after a Latin run, before a space
        "استخدم Dealix\u200e لمتابعة الفرص.",  # LRM closing a Latin run inside Arabic text
        "جرّب \u200fDealix اليوم.",  # RLM before a Latin run
        "نظام CRM\u200eالخاص بك متصل.",  # LRM exactly at the boundary of a Latin and an Arabic run
        "ربط\u200fHubSpot مع Dealix.",  # RLM at an Arabic → Latin boundary
        "جرّب Dealix\u061c اليوم.",  # ALM after a Latin run
    ],
    ids=["rlm-after-latin", "lrm-after-latin", "rlm-before-latin", "lrm-latin-to-arabic", "rlm-arabic-to-latin",
         "alm-after-latin"],
)
def test_direction_marks_between_arabic_and_latin_runs_are_fine(policy: CompiledPolicy, text: str) -> None:
    assert _locs(policy, text) == []


@pytest.mark.parametrize(
    ("text", "mark"),
    [("Dea\u200elix helps.", "\u200e"), ("نض\u200fمن لك", "\u200f"), ("مر\u061cحبا بك", "\u061c")],
    ids=["lrm-latin-word", "rlm-arabic-word", "alm-arabic-word"],
)
def test_direction_mark_inside_a_word_is_an_error(policy: CompiledPolicy, text: str, mark: str) -> None:
    line, col = pos(text, mark)
    assert _locs(policy, text) == [("hidden/zero-width-in-word", line, col, col + 1, "error")]


def test_mixed_script_word_is_flagged_with_its_exact_span(policy: CompiledPolicy) -> None:
    text = "# Offer\nWe guаrantee more deals."  # Cyrillic а (U+0430)
    word = "guаrantee"
    line, col = pos(text, word)
    assert _locs(policy, text) == [("hidden/mixed-script", line, col, col + len(word), "error")]


@pytest.mark.parametrize(
    "word",
    ["Dеalix", "ΑPI", "pаyment"],  # Cyrillic е, Greek Α, Cyrillic а
)
def test_other_homoglyphs_are_flagged(policy: CompiledPolicy, word: str) -> None:
    text = f"Meet {word} today."
    line, col = pos(text, word)
    assert _locs(policy, text) == [("hidden/mixed-script", line, col, col + len(word), "error")]


@pytest.mark.parametrize(
    "text", ["Привет from Dealix.", "Beta (β) and α tests.", "مرحبا Dealix"], ids=["cyrillic", "greek", "arabic"]
)
def test_single_script_words_are_not_mixed_script(policy: CompiledPolicy, text: str) -> None:
    assert _locs(policy, text) == []


def test_hidden_characters_in_html_are_reported_at_the_source(policy: CompiledPolicy) -> None:
    text = '<p class="x">\n  Dea\u200blix <b>helps\u202e</b>\n</p>'
    assert _locs(policy, text, "html") == [
        ("hidden/zero-width-in-word", *pos(text, "\u200b"), pos(text, "\u200b")[1] + 1, "error"),
        ("hidden/bidi-control", *pos(text, "\u202e"), pos(text, "\u202e")[1] + 1, "error"),
    ]


def test_hidden_characters_in_markdown_code_are_still_reported(policy: CompiledPolicy) -> None:
    # Invisible characters are dangerous in code too (Trojan Source): they are not masked.
    text = "```\nif x:\u202e # hidden\n```"
    assert [x[0] for x in _locs(policy, text)] == ["hidden/bidi-control"]


def test_plain_ascii_and_arabic_text_have_no_hidden_findings(policy: CompiledPolicy) -> None:
    assert _locs(policy, "Dealix drafts; you approve.\nDealix يجهز المسودات وأنت تعتمد.") == []
