from __future__ import annotations

import itertools
import re

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import lint_text
from dealix_site.lint.normalize import normalize
from dealix_site.ops import incidents, sla, success, support
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.render import BLOCKS

NAMES = [
    "ticket-keywords",
    "first-response-templates",
    "incident-plan",
    "at-risk-score",
    "health-score",
    "success-plans",
]
# The spec's prohibited marketing words (and the adverb of «فوري»), compared after normalization.
PROHIBITED = ["نضمن", "مضمون", "فوري", "فورا", "علاج"]


def table_rows(markdown: str) -> list[list[str]]:
    rows = []
    for line in markdown.splitlines():
        if line.startswith("|") and not re.fullmatch(r"\|(?:-+\|)+", line):
            rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]])
    return rows


def test_blocks_are_the_six_named_ones() -> None:
    assert list(BLOCKS) == NAMES
    for name, block in BLOCKS.items():
        text = block()
        assert isinstance(text, str) and text.strip(), name
        assert any("\u0600" <= ch <= "\u06ff" for ch in text), f"{name} is not Arabic"


@pytest.mark.parametrize("name", NAMES)
def test_tables_are_well_formed(name: str) -> None:
    text = BLOCKS[name]()
    tables = re.findall(r"(?:^\|.*\|$\n?)+", text, flags=re.M)
    assert tables, f"{name} has no Markdown table"
    for tbl in tables:
        lines = tbl.strip().splitlines()
        assert re.fullmatch(r"\|(?:-+\|)+", lines[1])
        widths = {len(row) for row in table_rows(tbl)}
        assert len(widths) == 1


@pytest.mark.parametrize("name", NAMES)
def test_numbers_and_latin_in_table_cells_are_isolated(name: str) -> None:
    for row in table_rows(BLOCKS[name]()):
        for cell in row:
            outside = re.sub(r"<bdi>.*?</bdi>", "", cell)
            outside = re.sub(r"<[^>]+>", "", outside)
            assert not re.search(r"[A-Za-z0-9]", outside), f"{name}: {cell!r}"


@pytest.mark.parametrize("name", NAMES)
def test_no_prohibited_marketing_words(name: str) -> None:
    text = normalize(BLOCKS[name]())
    for word in PROHIBITED:
        assert normalize(word) not in text, f"{name} contains {word}"


def test_ticket_keywords_lists_every_keyword_per_priority() -> None:
    text = BLOCKS["ticket-keywords"]()
    rows = {re.sub(r"<[^>]+>", "", r[0]): " ".join(r[1:]) for r in table_rows(text)[1:]}
    for priority, words in support.keywords_by_priority().items():
        for word in words:
            assert re.sub(r"<[^>]+>", "", rows[priority]).count(f"«{word}»") == 1, word


def test_first_response_templates_show_catalog_targets() -> None:
    text = BLOCKS["first-response-templates"]()
    for p in CATALOG.priorities:
        assert support.first_response(p).split("(")[0] in text
    assert f"<bdi>{CATALOG.priority('P0').first_response_minutes} min</bdi>" in text


def test_incident_plan_lists_the_canonical_steps_in_order() -> None:
    text = re.sub(r"</?bdi>", "", BLOCKS["incident-plan"]())
    positions = [text.index(f"{i}. {s.title_ar}") for i, s in enumerate(incidents.canonical_steps(), 1)]
    assert positions == sorted(positions)
    for sev in CATALOG.severities:
        assert all(s.title_ar in text for s in incidents.extra_steps(sev))


def test_success_plans_cover_every_bundle() -> None:
    text = BLOCKS["success-plans"]()
    for b in CATALOG.bundles:
        assert f"<bdi>{b.name_en}</bdi>" in text
    assert "<bdi>Founder Shadow Board</bdi>" in text


def test_changing_a_keyword_changes_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    before = BLOCKS["ticket-keywords"]()
    changed = {**support.TICKET_KEYWORDS, "P0": (*support.TICKET_KEYWORDS["P0"], "كلمة_تجربة")}
    monkeypatch.setattr(support, "TICKET_KEYWORDS", changed)
    after = BLOCKS["ticket-keywords"]()
    assert after != before and "كلمة_تجربة" in after


def test_changing_a_weight_changes_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    before = BLOCKS["at-risk-score"]()
    first = success.RISK_FACTORS[0].model_copy(update={"points_per_unit": 7})
    monkeypatch.setattr(success, "RISK_FACTORS", (first, *success.RISK_FACTORS[1:]))
    after = BLOCKS["at-risk-score"]()
    assert after != before
    assert f"7 × max(0, {first.field} − {first.grace})" in after
    # …and the behaviour follows the same table.
    assert (
        success.at_risk(days_inactive=first.grace + 1, drafts_pending=0, last_proof_pack_days=0).risk_score
        == 7
    )


def test_changing_thresholds_changes_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sla, "HEALTHY_BELOW", 0.02)
    monkeypatch.setattr(success, "RISK_SEVERITY_THRESHOLDS", (("high", 70), ("medium", 40)))
    health = BLOCKS["health-score"]()
    assert "<bdi>&lt; 2%</bdi>" in health and "<bdi>61–100</bdi>" in health
    risk = BLOCKS["at-risk-score"]()
    assert "<bdi>70–100</bdi>" in risk and "<bdi>0–39</bdi>" in risk


def test_health_bands_cover_0_to_100_without_gaps() -> None:
    rows = table_rows(BLOCKS["health-score"]())[1:4]
    bands = sorted(tuple(map(int, re.sub(r"<[^>]+>", "", r[0]).split("–"))) for r in rows)
    assert bands[0][0] == 0 and bands[-1][1] == 100
    assert all(lo == prev_hi + 1 for (_, prev_hi), (lo, _) in itertools.pairwise(bands))


def test_blocks_pass_the_projects_claims_linter(claims_policy: CompiledPolicy) -> None:
    for name, block in BLOCKS.items():
        result = lint_text(block(), f"{name}.md", "markdown", claims_policy)
        assert not result.findings, [(f.category, f.match) for f in result.findings]
