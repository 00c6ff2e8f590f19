"""Markup: only the prose a reader sees is linted, and positions stay those of the source file."""

from __future__ import annotations

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import FileResult
from dealix_site.lint.extract import extract, mask_markdown

from ._support import claim_locs, claims, lint, pos

G = "guaranteed-results"

# --- Markdown: what is not prose ------------------------------------------------------------

NOT_PROSE_MD = {
    "fenced-backticks": "Intro.\n\n```text\nنضمن لك صفقات كل شهر\n```\n\nOutro.",
    "fenced-tildes": "Intro.\n\n~~~\nWe guarantee results.\n~~~\n",
    "fenced-indented-in-list": "- step one\n\n  ```yaml\n  tagline: guaranteed results\n  ```\n",
    "inline-code": "Set the `guaranteed` flag in the config file.",
    "inline-code-double": "Run ``grep -r 'نضمن لك'`` to find old drafts.",
    "link-url": "Read [our pricing](https://example.com/guaranteed-results) first.",
    "link-url-with-title": 'Read [the page](/pricing/guaranteed "pricing") first.',
    "autolink": "See <https://example.com/guaranteed-deals> for details.",
    "bare-url": "See https://example.com/nadmn-guaranteed for details.",
    "reference-definition": "Read [the page][p].\n\n[p]: https://example.com/guaranteed-results",
    "html-comment": "<!-- TODO: remove «نضمن لك صفقات» from the hero -->\nClean copy.",
    "multiline-html-comment": "<!--\nold hero: We guarantee results.\n-->\nClean copy.",
    "front-matter-other-keys": "---\nslug: guaranteed-deals\ntemplate: نضمن لك صفقات\n---\nClean body.",
}


@pytest.mark.parametrize("text", list(NOT_PROSE_MD.values()), ids=list(NOT_PROSE_MD))
def test_markdown_code_urls_and_comments_are_not_prose(policy: CompiledPolicy, text: str) -> None:
    assert claim_locs(lint(policy, text)) == []


def test_claim_after_a_fence_keeps_its_line(policy: CompiledPolicy) -> None:
    text = "Intro.\n\n```\nنضمن لك صفقات\n```\nبعد الكود: نضمن لك صفقات."
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن", 1), G)]
    assert pos(text, "نضمن", 1)[0] == 6


def test_unclosed_fence_runs_to_the_end(policy: CompiledPolicy) -> None:
    assert claim_locs(lint(policy, "Intro.\n\n```\nWe guarantee results.\nStill code.")) == []


def test_link_text_is_prose(policy: CompiledPolicy) -> None:
    text = "Read [guaranteed results](https://example.com/pricing) first."
    assert claim_locs(lint(policy, text)) == [(*pos(text, "guaranteed"), G)]


def test_inline_code_does_not_hide_prose_around_it(policy: CompiledPolicy) -> None:
    text = "Use `draft` mode.\nAnd we guarantee results."
    assert claim_locs(lint(policy, text)) == [(*pos(text, "guarantee"), G)]


# --- Front matter -------------------------------------------------------------------------


def test_front_matter_title_and_description_are_prose(policy: CompiledPolicy) -> None:
    text = (
        "---\n"
        "title: في Dealix نضمن لك صفقات\n"
        "slug: guaranteed-deals\n"
        'description: "We guarantee results"\n'
        "---\n"
        "Body.\n"
    )
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن"), G), (*pos(text, "guarantee", 1), G)]
    assert pos(text, "نضمن")[0] == 2 and pos(text, "guarantee", 1)[0] == 4


def test_front_matter_single_quoted_value_keeps_columns(policy: CompiledPolicy) -> None:
    text = "---\nlayout: page\ndescription: 'Every plan is guaranteed to work'\n---\n\nBody."
    (f,) = claims(lint(policy, text))
    assert (f.line, f.column, f.match) == (*pos(text, "guaranteed"), "guaranteed")


def test_front_matter_only_at_the_top(policy: CompiledPolicy) -> None:
    # A thematic break later in the file is not front matter: the text between is prose.
    text = "Intro.\n\n---\nslug: نضمن لك صفقات\n---\n"
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن"), G)]


def test_masking_keeps_length_and_newlines() -> None:
    # (Every line here ends a block or a sentence; a break inside a paragraph is tested below.)
    text = "---\ntitle: x\nslug: y\n---\n```\ncode\n```\n`a` [b](http://c) <!-- d -->\n"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, ch in enumerate(masked) if ch == "\n"] == [i for i, ch in enumerate(text) if ch == "\n"]


def test_a_break_inside_a_paragraph_becomes_a_space_in_place() -> None:
    text = "We never\nscrape.\n\n> one\n> two\n"
    masked = mask_markdown(text)
    assert masked == "We never scrape.\n\n> one   two\n"


def test_every_line_of_a_long_quote_joins() -> None:
    text = "> We never\n> scrape LinkedIn\n> or buy\n> lists.\n"
    assert mask_markdown(text) == "> We never   scrape LinkedIn   or buy   lists.\n"


# --- Line breaks inside a paragraph ----------------------------------------------------------
# A reader sees a hard-wrapped paragraph as one: its sentence goes on over the break.

S = "scraping"
A = "approval-bypass"

WRAPPED_CLAIMS = {
    # (text, the words the finding starts at, category)
    "ar-verb-and-object-split": ("مع Dealix نضمن لك\nمضاعفة مبيعاتك خلال شهر.", "نضمن", G),
    "ar-without-approval-split": ("تطلع الرسائل للعملاء مباشرة بدون\nموافقتك أو مراجعتك.", "بدون", A),
    "en-guarantee-split": ("With Dealix we guarantee\nresults for every customer.", "guarantee", G),
    "list-item-continued": ("- نضمن لك\n  صفقات جديدة كل شهر.\n- متابعة يومية.", "نضمن", G),
    "quote-continued": ("> مع Dealix تطلع الرسائل بدون\n> موافقتك أو مراجعتك.", "بدون", A),
    "quote-third-line": ("> هذا رأي عميلنا:\n> مع Dealix تطلع الرسائل\n> بدون\n> موافقتك.", "بدون", A),
}


@pytest.mark.parametrize(("text", "at", "category"), list(WRAPPED_CLAIMS.values()), ids=list(WRAPPED_CLAIMS))
def test_a_claim_wrapped_over_two_lines_is_one_claim(policy: CompiledPolicy, text: str, at: str,
                                                     category: str) -> None:
    # The finding still points at the source line and column where the claim starts.
    assert claim_locs(lint(policy, text)) == [(*pos(text, at), category)]


WRAPPED_NEGATIONS = {
    "ar-negation-line-before": "Dealix ما يرسل أي\nرسالة بدون موافقتك.",
    "ar-dialect-negation": "ما نسوي\nscraping ولا نشتري قوائم أرقام.",
    "en-never-then-verb": "We never\nscrape LinkedIn or buy contact lists.",
    "en-do-not-guarantee": "We do not\nguarantee results.",
    "html-paragraph": "<p>We never\nscrape LinkedIn or buy contact lists.</p>",
    # One word and a colon after the break ends the wrapped sentence; it labels no turn.
    "ar-word-before-a-colon": "يقولون إن Dealix بوت يقفل الصفقات، وهذا مب\nصحيح: هو يجهز المسودات والقرار لك.",
}


def _lint_as_written(policy: CompiledPolicy, text: str) -> FileResult:
    """Markup starting with a tag is an HTML page; anything else is Markdown."""
    kind = "html" if text.startswith("<") else "md"
    return lint(policy, text, kind, f"page.{kind}")


@pytest.mark.parametrize("text", list(WRAPPED_NEGATIONS.values()), ids=list(WRAPPED_NEGATIONS))
def test_a_negation_reaches_over_a_wrapped_line(policy: CompiledPolicy, text: str) -> None:
    assert claims(_lint_as_written(policy, text)) == []


LINE_ENDS_KEPT = {
    # The negation's line is a block of its own: the claim on the next line stands.
    "heading": "# لا نضمن\nنضمن لك صفقات كل شهر.",
    "list-items": "- لا نضمن\n- نضمن لك صفقات كل شهر.",
    "table-rows": "| لا نضمن |\n| نضمن لك صفقات كل شهر |",
    "speaker-turn": "العميل: ما نبي نضمن\nالمندوب: نضمن لك صفقات كل شهر.",
    "bold-speaker-turn": "We never\n**Rep:** We guarantee results for every customer.",
    "hard-break": "We never  \nguarantee results for every customer.",
    "sentence-ended": "We never do that.\nWe guarantee results for every customer.",
    "quote-opens": "We never\n> We guarantee results for every customer.",
    "html-pre": "<pre>We never\nguarantee results for every customer.</pre>",
}


@pytest.mark.parametrize("text", list(LINE_ENDS_KEPT.values()), ids=list(LINE_ENDS_KEPT))
def test_a_line_that_is_a_block_of_its_own_keeps_its_end(policy: CompiledPolicy, text: str) -> None:
    assert [c for _, _, c in claim_locs(_lint_as_written(policy, text))] == [G]


def test_a_word_spelled_out_letter_by_letter_is_read_as_the_word() -> None:
    text = "النتائج م ض م و ن ة مع Dealix، والخطة أ ب ج."
    prose = extract(text, "md").text
    assert len(prose) == len(text)
    assert "م\u2060ض\u2060م\u2060و\u2060ن\u2060ة" in prose
    assert "أ ب ج" in prose  # three letters are a list, not a word


@pytest.mark.parametrize("spelled", ["ن.ض.م.ن", "ن-ض-م-ن", "g.u.a.r.a.n.t.e.e", "g*u*a*r*a*n*t*e*e",
                                     "g·u·a·r·a·n·t·e·e"])
def test_a_word_spelled_out_with_dots_or_hyphens_is_read_as_the_word(spelled: str) -> None:
    prose = extract(f"We {spelled} results.", "md").text
    assert spelled.replace(spelled[1], "\u2060") in prose


@pytest.mark.parametrize("text", ["U.S.A. and e.g. a-b-c", "n.b. x-y-z", "خطة أ-ب-ج", "a.b c.d", "g.u-a.r"])
def test_short_or_mixed_separators_are_not_joined(text: str) -> None:
    assert extract(text, "md").text == text


def test_front_matter_lines_are_not_joined() -> None:
    text = "---\ntitle: لا\ndescription: نضمن لك\n---\nBody line\ngoes on.\n"
    masked = mask_markdown(text)
    assert masked.split("\n")[1:3] == ["       لا", "             نضمن لك"]
    assert masked.endswith("Body line goes on.\n")


# --- HTML -----------------------------------------------------------------------------------


def test_html_tags_removed_and_positions_are_in_the_source(policy: CompiledPolicy) -> None:
    text = '<div class="hero">\n  <h1>Dealix</h1>\n  <p class="lead">مع Dealix نضمن لك صفقات.</p>\n</div>\n'
    assert claim_locs(lint(policy, text, "html", "page.html")) == [(*pos(text, "نضمن"), G)]


def test_html_named_entities_are_decoded(policy: CompiledPolicy) -> None:
    text = "<p>Deals &amp; meetings are &quot;guaranteed&quot;.</p>"
    (f,) = claims(lint(policy, text, "html"))
    assert (f.line, f.column, f.match) == (*pos(text, "guaranteed"), "guaranteed")


def test_html_entity_builds_a_claim(policy: CompiledPolicy) -> None:
    text = "<p>\n  Results are &#x67;uaranteed.\n</p>"
    (f,) = claims(lint(policy, text, "html"))
    assert (f.line, f.column, f.match) == (*pos(text, "&#x67;"), "&#x67;uaranteed")


def test_claim_split_across_inline_tags(policy: CompiledPolicy) -> None:
    text = "<p>في Dealix <em>نضمن</em> <strong>لك</strong> صفقات</p>\n<p>Results are <span>guar</span>anteed.</p>"
    assert claim_locs(lint(policy, text, "html")) == [(*pos(text, "نضمن"), G), (*pos(text, "guar"), G)]


def test_block_elements_do_not_join_words(policy: CompiledPolicy) -> None:
    # "guar" ends one list item and "anteed" starts the next: no word is formed across them.
    text = "<ul><li>Our guar</li><li>anteed deals</li></ul>"
    assert claim_locs(lint(policy, text, "html")) == []


VISIBLE_ATTRS = {
    "alt": ('<img src="hero.png" alt="نضمن لك صفقات كل شهر">', "نضمن"),
    "title": ('<a href="/p" title="Results are guaranteed">Pricing</a>', "guaranteed"),
    "aria-label": ('<button aria-label="Guaranteed deals">Go</button>', "Guaranteed"),
    "placeholder": ("<input type='text' placeholder='نضمن لك عملاء'>", "نضمن"),
    "meta-description": ('<meta name="description" content="Guaranteed deals every month">', "Guaranteed"),
    "og-description": ('<meta property="og:description" content="صفقات مضمونة كل شهر">', "صفقات"),
    "data-tooltip": ('<button data-tooltip="Guaranteed deals every month">Start</button>', "Guaranteed"),
}


@pytest.mark.parametrize(("tag", "at"), list(VISIBLE_ATTRS.values()), ids=list(VISIBLE_ATTRS))
def test_visible_attributes_are_prose(policy: CompiledPolicy, tag: str, at: str) -> None:
    html = f"<html><head><title>Dealix</title></head><body>\n{tag}\n</body></html>"
    found = claims(lint(policy, html, "html"))
    assert [(f.line, f.column, f.category) for f in found] == [(*pos(html, at), G)]
    assert found[0].match.startswith(at)


NOT_PROSE_HTML = {
    "script": "<p>Hello.</p><script>var hero = 'We guarantee results';</script>",
    "style": "<style>.guaranteed-results::after { content: 'نضمن لك'; }</style><p>Hello.</p>",
    "comment": "<p>Hello.</p><!-- old: نضمن لك صفقات -->",
    "href": '<a href="/guaranteed-results">Pricing</a>',
    "class-and-id": '<div id="guaranteed" class="guaranteed-results">Hello.</div>',
    "meta-keywords": '<meta name="keywords" content="guaranteed results">',
    "data-attribute": '<div data-copy="نضمن لك صفقات">Hello.</div>',
}


@pytest.mark.parametrize("text", list(NOT_PROSE_HTML.values()), ids=list(NOT_PROSE_HTML))
def test_html_code_and_invisible_attributes_are_not_prose(policy: CompiledPolicy, text: str) -> None:
    assert claim_locs(lint(policy, text, "html")) == []


def test_html_extract_keeps_a_source_offset_per_character() -> None:
    text = "<p>a &amp; <b>b</b></p>"
    prose = extract(text, "html")
    assert "a & b" in prose.text
    at = prose.text.index("b")
    assert text[prose.source_offset(at)] == "b"
    assert text[prose.source_offset(prose.text.index("&"))] == "&"


# --- Jinja templates ------------------------------------------------------------------------


def test_jinja_expressions_and_statements_are_masked(policy: CompiledPolicy) -> None:
    text = (
        "<section>\n"
        "  <h2>{{ _('نضمن لك صفقات') }}</h2>\n"
        "  {% if plan.guaranteed %}<p>{# We guarantee results #}</p>{% endif %}\n"
        "  <p>{{ name }}, results are guaranteed.</p>\n"
        "</section>\n"
    )
    # The translated string is what readers see; the condition, the comment and the variable are code.
    assert claim_locs(lint(policy, text, "template", "templates/hero.html.j2")) == [
        (*pos(text, "نضمن"), G), (*pos(text, "guaranteed", 1), G)
    ]
    assert pos(text, "guaranteed", 1)[0] == 4


def test_only_translated_strings_of_jinja_are_prose(policy: CompiledPolicy) -> None:
    text = ('<p>{{ gettext("We guarantee results") }}</p>\n<p>{{ guarantee_badge }}</p>\n'
            '<p>{% if auto_send_enabled %}on{% endif %}</p>\n<img alt="{{ _(\'لا نضمن نتائج\') }}">\n')
    assert claim_locs(lint(policy, text, "template", "templates/x.html")) == [(*pos(text, "guarantee"), G)]


def test_jinja_block_spanning_lines_is_masked(policy: CompiledPolicy) -> None:
    text = "{% set hero = 'We guarantee\nresults' %}\n<p>Hello {{ user }}.</p>\n<p>نضمن لك صفقات</p>"
    assert claim_locs(lint(policy, text, "template")) == [(*pos(text, "نضمن"), G)]


# --- Markdown that splits a word: the reader still sees one word ------------------------------

SPLIT_MD = {
    "emphasis-inside-word": ("Results are guar**anteed** for members.", "guar**anteed"),
    # (no outcome word before it: "الصفقات مضمونة" would be reported as one longer claim)
    "emphasis-inside-arabic-word": ("هذه الأسعار مضمو**نة** لأعضاء الباقة.", "مضمو**نة"),
    "inline-tag-inside-latin-word": ("Results are <b>guar</b>anteed for members.", "guar</b>anteed"),
    "inline-tag-inside-arabic-word": ("مع Dealix نض<b>من</b> لك صفقات كل شهر.", "نض<b>من"),
}


@pytest.mark.parametrize(("text", "match"), list(SPLIT_MD.values()), ids=list(SPLIT_MD))
def test_markdown_markup_inside_a_word_does_not_hide_it(policy: CompiledPolicy, text: str, match: str) -> None:
    found = claims(lint(policy, text))
    assert [(f.line, f.column, f.category) for f in found] == [(*pos(text, match), G)]
    assert found[0].match == match


def test_markdown_emphasis_around_a_claim(policy: CompiledPolicy) -> None:
    text = "## العرض\n\nمع Dealix **نضمن** لك _صفقات_ كل شهر."
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن"), G)]


def test_markdown_table_cell(policy: CompiledPolicy) -> None:
    text = "| الميزة | الوصف |\n|---|---|\n| المتابعة | نضمن لك صفقات |\n"
    assert claim_locs(lint(policy, text)) == [(*pos(text, "نضمن"), G)]


def test_front_matter_folded_description_is_prose(policy: CompiledPolicy) -> None:
    text = "---\ntitle: Offer\ndescription: >\n  Every plan is guaranteed to work.\n---\nBody.\n"
    assert claim_locs(lint(policy, text)) == [(*pos(text, "guaranteed"), G)]
    assert pos(text, "guaranteed")[0] == 4


def test_columns_count_code_points_not_utf16_units(policy: CompiledPolicy) -> None:
    # 🚀 and 𝐃 are one code point each (two UTF-16 units); 👍🏽 is two code points.
    text = "🚀👍🏽 𝐃ealix: We guarantee results."
    (f,) = claims(lint(policy, text))
    assert (f.column, f.end_column) == (text.index("guarantee") + 1, text.index("guarantee") + 10)
    assert f.column == len("🚀👍🏽 𝐃ealix: We ") + 1 == 16


ATTR_WITH_ENTITIES = {
    "named-entity-before-the-claim": ('<img src="a.png" alt="Results are &quot;guaranteed&quot;">', "guaranteed"),
    "entity-encoded-claim": (
        '<img src="a.png" alt="&#1606;&#1590;&#1605;&#1606; لك صفقات">', "&#1606;&#1590;&#1605;&#1606;"
    ),
    "ampersand-before-the-claim": ('<a href="/p" title="Deals &amp; meetings guaranteed">x</a>', "guaranteed"),
}


@pytest.mark.parametrize(("tag", "match"), list(ATTR_WITH_ENTITIES.values()), ids=list(ATTR_WITH_ENTITIES))
def test_attribute_with_entities_keeps_exact_positions(policy: CompiledPolicy, tag: str, match: str) -> None:
    html = f"<body>\n  {tag}\n</body>"
    found = claims(lint(policy, html, "html"))
    assert [(f.line, f.column, f.match) for f in found] == [(*pos(html, match), match)]


def test_claim_across_lines_in_html(policy: CompiledPolicy) -> None:
    text = "<p>مع Dealix\n  <b>نضمن</b>\n  لك صفقات</p>"
    assert claim_locs(lint(policy, text, "html")) == [(*pos(text, "نضمن"), G)]
    assert pos(text, "نضمن")[0] == 2


def test_html_table_reads_like_a_markdown_table() -> None:
    html = ("<table>\n  <thead><tr><th></th><th>Dealix</th><th>Others</th></tr></thead>\n"
            "  <tbody>\n    <tr><td>Support</td><td>One business day</td><td>Slow</td></tr>\n  </tbody>\n</table>")
    prose = extract(html, "html")
    rows = [line for line in prose.text.split("\n") if line.strip()]
    assert rows == ["||Dealix|Others|", "|---|", "|Support|One business day|Slow|"]
    # Cell text keeps its own source offsets; the bars and the rule are placed where the tags are.
    at = prose.text.index("Slow")
    assert [prose.origin[at + k] for k in range(4)] == list(range(html.index("Slow"), html.index("Slow") + 4))


def test_html_table_without_header_has_no_rule_row() -> None:
    rows = [line for line in extract("<table><tr><td>a</td><td>b</td></tr></table>", "html").text.split("\n")
            if line.strip()]
    assert rows == ["|a|b|"]


def test_html_rows_outside_a_table_read_as_rows() -> None:
    # A template partial that renders the rows of a table defined elsewhere.
    for html in ("<tr><td>HubSpot</td><td>Overpriced</td></tr>", "<td>HubSpot</td><td>Overpriced</td>"):
        rows = [line for line in extract(html, "html").text.split("\n") if line.strip()]
        assert rows == ["|HubSpot|Overpriced|"], html


def test_competitor_named_by_an_html_table_header(policy: CompiledPolicy) -> None:
    html = ("<table><tr><th>Feature</th><th>Dealix</th><th>Other tools</th></tr>\n"
            "<tr><td>Arabic drafts</td><td>Native</td><td>clunky and overpriced</td></tr></table>")
    assert claim_locs(lint(policy, html, "html")) == [(*pos(html, "clunky"), "competitor-attack")]
    neutral = html.replace("Other tools", "Notes")
    assert claim_locs(lint(policy, neutral, "html")) == []


def test_struck_through_html_reads_as_withdrawn(policy: CompiledPolicy) -> None:
    html = "<p><del>We guarantee results.</del> We help you follow up every lead.</p>"
    assert "~~We guarantee results.~~" in extract(html, "html").text
    assert claim_locs(lint(policy, html, "html")) == []
    kept = html.replace("<del>", "<b>").replace("</del>", "</b>")
    assert claim_locs(lint(policy, kept, "html")) == [(*pos(kept, "guarantee"), G)]


@pytest.mark.parametrize(("key", "value", "at"), [
    ("hero", '"صفقات جديدة خلال دقائق من التسجيل"', "خلال"),
    ("cta", '"فعّل الإرسال التلقائي وخلّ النظام يرسل بدون موافقتك"', "الإرسال التلقائي"),
    ("headline", '"Guaranteed deals every month"', "Guaranteed"),
])
def test_front_matter_hero_and_cta_written_as_one_string_are_prose(
        policy: CompiledPolicy, key: str, value: str, at: str) -> None:
    text = f"---\ntitle: Dealix\n{key}: {value}\nhref: /guaranteed\n---\nClean body.\n"
    found = claims(lint(policy, text))
    assert len(found) == 1 and found[0].line == 3 and at in found[0].match, [(f.line, f.match) for f in found]


def test_an_html_file_with_jinja_syntax_is_read_as_a_template(policy: CompiledPolicy, tmp_path) -> None:
    from pathlib import Path

    from dealix_site.lint.engine import lint_file

    page = Path(tmp_path) / "hero.html"
    page.write_text("{% if guarantee_badge %}<p>{{ guarantee_badge }}</p>{% endif %}\n<p>خدمة بدون عقود.</p>\n",
                    encoding="utf-8")
    assert lint_file(page, policy).findings == ()
    page.write_text("<p>{{ _('We guarantee results') }}</p>\n", encoding="utf-8")
    assert [f.category for f in lint_file(page, policy).findings] == ["guaranteed-results"]
