"""Suppressions are explicit and accountable: one paragraph, one reason, known categories."""

from __future__ import annotations

from dealix_site.lint.compile import CompiledPolicy

from ._support import claim_locs, lint, pos

G = "guaranteed-results"
ALLOW = '<!-- dealix-lint: allow guaranteed-results reason="quoted from the regulator\'s guidance" -->'


def test_suppression_covers_the_next_paragraph_only(policy: CompiledPolicy) -> None:
    text = f"{ALLOW}\nنضمن لك صفقات كل شهر.\nWe guarantee results.\n\nمع Dealix نضمن لك عملاء جدد.\n"
    result = lint(policy, text)
    assert claim_locs(result) == [(*pos(text, "نضمن", 1), G)]
    assert pos(text, "نضمن", 1)[0] == 5
    assert result.suppressed == 2
    assert [f.rule for f in result.findings] == [f"claims/{G}"]


def test_suppression_on_the_line_before_a_blank_line_covers_the_paragraph_after_it(policy: CompiledPolicy) -> None:
    # The comment stands alone; "next paragraph" is the first text after it.
    text = f"{ALLOW}\n\nنضمن لك صفقات كل شهر.\n\nWe guarantee results.\n"
    result = lint(policy, text)
    assert claim_locs(result) == [(*pos(text, "guarantee results"), G)]
    assert result.suppressed == 1


def test_suppression_is_per_category(policy: CompiledPolicy) -> None:
    text = '<!-- dealix-lint: allow scraping reason="a case study about scraping risks" -->\nنضمن لك صفقات.\n'
    result = lint(policy, text)
    assert claim_locs(result) == [(*pos(text, "نضمن"), G)]
    assert result.suppressed == 0


def test_suppression_lists_several_categories(policy: CompiledPolicy) -> None:
    text = (
        '<!-- dealix-lint: allow guaranteed-results, scraping reason="before/after example" -->\n'
        "نضمن لك صفقات، ونستخدم الكشط لبناء القوائم.\n"
    )
    result = lint(policy, text)
    assert claim_locs(result) == []
    assert result.suppressed == 2


def test_suppression_without_reason_is_an_error_and_suppresses_nothing(policy: CompiledPolicy) -> None:
    comment = "<!-- dealix-lint: allow guaranteed-results -->"
    text = f"Intro.\n\n{comment}\nنضمن لك صفقات.\n"
    result = lint(policy, text)
    assert result.suppressed == 0
    assert claim_locs(result) == [(*pos(text, "نضمن"), G)]
    errors = [f for f in result.findings if not f.rule.startswith("claims/")]
    assert [(f.line, f.column, f.end_column, f.severity) for f in errors] == [
        (*pos(text, comment), pos(text, comment)[1] + len(comment), "error")
    ]
    assert "reason" in errors[0].message


def test_suppression_with_empty_reason_is_an_error(policy: CompiledPolicy) -> None:
    text = '<!-- dealix-lint: allow guaranteed-results reason="  " -->\nنضمن لك صفقات.\n'
    result = lint(policy, text)
    assert result.suppressed == 0
    assert claim_locs(result) == [(2, 1, G)]
    assert any(f.severity == "error" and not f.rule.startswith("claims/") and f.line == 1 for f in result.findings)


def test_suppression_with_unknown_category_is_an_error(policy: CompiledPolicy) -> None:
    comment = '<!-- dealix-lint: allow guaranted-results reason="typo in the id" -->'
    text = f"{comment}\nنضمن لك صفقات.\n"
    result = lint(policy, text)
    assert result.suppressed == 0
    assert claim_locs(result) == [(2, 1, G)]
    errors = [f for f in result.findings if not f.rule.startswith("claims/")]
    assert [(f.line, f.column, f.severity) for f in errors] == [(1, 1, "error")]
    assert "guaranted-results" in errors[0].message


def test_suppression_inside_inline_code_is_not_a_suppression(policy: CompiledPolicy) -> None:
    text = f"Write `{ALLOW}` above the paragraph.\nنضمن لك صفقات.\n"
    result = lint(policy, text)
    assert result.suppressed == 0
    assert claim_locs(result) == [(*pos(text, "نضمن"), G)]


def test_suppression_inside_a_fenced_block_is_not_a_suppression(policy: CompiledPolicy) -> None:
    text = f"Example:\n\n```html\n{ALLOW}\n```\nنضمن لك صفقات.\n"
    result = lint(policy, text)
    assert result.suppressed == 0
    assert claim_locs(result) == [(*pos(text, "نضمن"), G)]


def test_suppressed_hidden_character(policy: CompiledPolicy) -> None:
    text = '<!-- dealix-lint: allow hidden-character reason="documents the RLM mark" -->\nمر\u200fحبا\n\nDea\u200blix\n'
    result = lint(policy, text)
    assert [(f.rule, f.line) for f in result.findings] == [("hidden/zero-width-in-word", 4)]
    assert result.suppressed == 1


def test_suppression_in_html(policy: CompiledPolicy) -> None:
    text = f"<section>\n{ALLOW}\n<p>نضمن لك صفقات.</p>\n\n<p>We guarantee results.</p>\n</section>"
    result = lint(policy, text, "html")
    assert claim_locs(result) == [(*pos(text, "guarantee results"), G)]
    assert result.suppressed == 1
