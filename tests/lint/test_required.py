"""Project rules: the pages that must say something, and the page where a suppression does not
count. Each rule is checked on the real project (it passes) and on a copy broken on purpose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dealix_site.lint.cache import load_compiled
from dealix_site.lint.engine import lint_project
from dealix_site.lint.findings import Finding
from dealix_site.ops.catalog import CATALOG
from dealix_site.project import Project


def _required(project: Project) -> list[Finding]:
    return [f for f in lint_project(project, load_compiled(project.policy_path)).findings
            if f.category == "required-term"]


def _edit(project: Project, rel: str, old: str, new: str) -> None:
    path = project.root / rel
    text = path.read_text("utf-8")
    assert old in text, f"{rel} no longer holds {old!r}"
    path.write_text(text.replace(old, new), "utf-8")


def _rule(findings: list[Finding], rule: str) -> Finding:
    hits = [f for f in findings if f.rule == f"required/{rule}"]
    assert len(hits) == 1, findings
    return hits[0]


def test_the_real_project_meets_every_rule(repo_project: Project) -> None:
    assert _required(repo_project) == []


def test_a_bundle_missing_from_the_positioning_lock(project: Project) -> None:
    bundle = CATALOG.bundles[2].name_en
    _edit(project, "docs/positioning-lock.md", bundle, "باقة")
    f = _rule(_required(project), "positioning-bundles")
    assert (f.path, f.severity) == ("docs/positioning-lock.md", "error")
    assert f.match == bundle  # the missing name, taken from the ops catalog


def test_a_mode_missing_from_the_positioning_lock(project: Project) -> None:
    mode = CATALOG.modes[0].name_en
    _edit(project, "docs/positioning-lock.md", mode, "وضع")
    assert _rule(_required(project), "positioning-modes").match == mode


@pytest.mark.parametrize(("phrase", "label"), [("ليس CRM", "ليس CRM"), ("ليس بوت", "ليس بوت")])
def test_the_positioning_lock_must_say_what_dealix_is_not(project: Project, phrase: str, label: str) -> None:
    path = project.root / "docs/positioning-lock.md"
    text = path.read_text("utf-8")
    assert phrase in text
    path.write_text(text.replace(phrase, "نظام"), "utf-8")
    assert _rule(_required(project), "positioning-not").match == label


def test_the_words_must_be_whole(project: Project) -> None:
    # "ليس CRMs" does not say "ليس CRM": the rule matches whole words.
    _edit(project, "docs/positioning-lock.md", "ليس CRM", "ليس CRMs")
    assert _rule(_required(project), "positioning-not").match == "ليس CRM"


def test_a_category_missing_from_the_prohibited_claims_runbook(project: Project) -> None:
    policy = load_compiled(project.policy_path)
    path = project.root / "docs/prohibited-claims.md"
    cat = policy.category("medical-language").category
    text = path.read_text("utf-8")
    for word in (cat.id, cat.name.ar, cat.name.en):
        text = re.sub(re.escape(word), "—", text, flags=re.I)
    path.write_text(text, "utf-8")
    assert _rule(_required(project), "prohibited-categories").match == "medical-language"


@pytest.mark.parametrize(("rel", "rule", "phrase"), [
    ("docs/approved-messaging.md", "messaging-pillars", "PDPL"),
    ("docs/approved-messaging.md", "messaging-pillars", "Proof Pack"),
    ("landing/companies.md", "companies-pillars", "Approval-first"),
    ("landing/companies.md", "companies-pillars", "Proof Pack"),
    ("docs/revenue-today.md", "revenue-today-approval", "Approval-first"),
])
def test_a_pillar_missing_from_its_page(project: Project, rel: str, rule: str, phrase: str) -> None:
    path = project.root / rel
    text = path.read_text("utf-8")
    assert phrase in text
    path.write_text(text.replace(phrase, "المنصة"), "utf-8")
    f = _rule(_required(project), rule)
    assert f.path == rel and phrase in f.match


def test_the_agency_page_must_exist(project: Project) -> None:
    (project.root / "landing/agency-partner.md").unlink()
    f = _rule(_required(project), "agency-page-exists")
    assert f.path == "landing/agency-partner.md" and "file missing" in f.message


_SUPPRESSED = '\n<!-- dealix-lint: allow {cat} reason="testing" -->\n{text}\n'


def _append(project: Project, rel: str, text: str) -> None:
    path = project.root / rel
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def test_a_guarantee_on_the_private_beta_page_fails_even_when_suppressed(project: Project) -> None:
    _append(project, "landing/private-beta.md",
            _SUPPRESSED.format(cat="guaranteed-results", text="ننضم إليك ونضمن لك أول صفقة خلال الشهر."))
    report = lint_project(project, load_compiled(project.policy_path))
    hits = [f for f in report.findings if f.path == "landing/private-beta.md" and f.category == "guaranteed-results"]
    assert [f.match for f in hits] == ["ونضمن"]  # the whole word, with its attached و


def test_other_categories_can_still_be_suppressed_on_the_private_beta_page(project: Project) -> None:
    _append(project, "landing/private-beta.md",
            _SUPPRESSED.format(cat="scraping", text="We never scrape, and we crawl nothing."))
    _append(project, "landing/private-beta.md",
            _SUPPRESSED.format(cat="scraping", text="Our crawler visits every business directory."))
    report = lint_project(project, load_compiled(project.policy_path))
    assert not [f for f in report.findings if f.path == "landing/private-beta.md"]
    assert report.suppressed >= 1


def test_the_same_suppressed_guarantee_elsewhere_is_suppressed(project: Project) -> None:
    _append(project, "landing/companies.md",
            _SUPPRESSED.format(cat="guaranteed-results", text="ننضم إليك ونضمن لك أول صفقة خلال الشهر."))
    report = lint_project(project, load_compiled(project.policy_path))
    assert not [f for f in report.findings if f.path == "landing/companies.md"]
    assert report.suppressed == 1


def test_paths_named_on_the_command_line_skip_the_project_rules(project: Project) -> None:
    (project.root / "landing/agency-partner.md").unlink()
    report = lint_project(project, load_compiled(project.policy_path), [Path(project.root / "docs")])
    assert not [f for f in report.findings if f.category == "required-term"]
