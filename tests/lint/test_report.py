"""Report formats, as golden tests over hand-made findings (independent of the rules)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import lint_text
from dealix_site.lint.findings import Finding, Report
from dealix_site.lint.report import format_github, format_json, format_sarif, format_text

AR_LINE = "في Dealix نضمن لك صفقات."
EN_LINE = "We guarantee results."
ZW_LINE = "Dea\u200blix helps."

F_AR = Finding(
    "landing/offer.md", 3, AR_LINE.index("نضمن") + 1, 3, AR_LINE.index("نضمن") + 5,
    "claims/guaranteed-results", "guaranteed-results", "error",
    "Promises a guaranteed outcome.", "نضمن", 'Say "we help you follow up".',
)
F_EN = Finding(
    "landing/offer.md", 5, EN_LINE.index("guarantee") + 1, 5, EN_LINE.index("guarantee") + 10,
    "claims/guaranteed-results", "guaranteed-results", "error",
    "Promises a guaranteed outcome.", "guarantee", "",
)
F_ZW = Finding(
    "docs/a,b:c%.md", 1, 4, 1, 5, "hidden/zero-width-in-word", "hidden-character", "error",
    "invisible U+200B ZERO WIDTH SPACE inside a word", "\u200b", "delete the invisible character",
)
F_WARN = Finding(
    "docs/guide.md", 2, 1, 2, 7, "claims/exaggerated-speed", "exaggerated-speed", "warning",
    "Too fast: 50% in\na day, really", "", "",
)
FINDINGS = tuple(sorted((F_AR, F_EN, F_ZW, F_WARN)))
LINES = {
    "landing/offer.md": dict(enumerate(["# Offer", "", AR_LINE, "", EN_LINE], 1)),
    "docs/a,b:c%.md": {1: ZW_LINE},
}


def _report() -> Report:
    return Report(FINDINGS, files=3, suppressed=1, input_errors=0, file_lines=dict(LINES))


SUMMARY = (
    "3 file(s) checked: 3 error(s), 1 warning(s), 1 suppressed "
    "(exaggerated-speed: 1, guaranteed-results: 2, hidden-character: 1)"
)

GOLDEN_TEXT = "\n".join([
    "docs/a,b:c%.md:1:4: error [hidden-character] invisible U+200B ZERO WIDTH SPACE inside a word",
    "    1 | Dea⟦<U+200B>⟧lix helps.",
    "      match: «<U+200B>»",
    "      suggestion: delete the invisible character",
    "docs/guide.md:2:1: warning [exaggerated-speed] Too fast: 50% in\na day, really",
    "landing/offer.md:3:11: error [guaranteed-results] Promises a guaranteed outcome.",
    "    3 | في Dealix ⟦نضمن⟧ لك صفقات.",
    "      match: «نضمن»",
    '      suggestion: Say "we help you follow up".',
    "landing/offer.md:5:4: error [guaranteed-results] Promises a guaranteed outcome.",
    "    5 | We ⟦guarantee⟧ results.",
    "           ^^^^^^^^^",
    "      match: «guarantee»",
    SUMMARY,
])


def test_findings_sort_by_path_then_position() -> None:
    assert [f.path for f in FINDINGS] == ["docs/a,b:c%.md", "docs/guide.md", "landing/offer.md", "landing/offer.md"]
    assert [f.line for f in FINDINGS if f.path == "landing/offer.md"] == [3, 5]


def test_text_golden() -> None:
    assert format_text(_report(), color=False) == GOLDEN_TEXT


def test_text_location_line_is_path_line_col_severity_category_message() -> None:
    first = format_text(_report()).split("\n")[0]
    assert re.fullmatch(r".+\.md:\d+:\d+: (error|warning) \[[a-z-]+\] .+", first)


def test_text_without_findings_is_only_the_summary() -> None:
    assert format_text(Report((), files=2)) == "2 file(s) checked: 0 error(s), 0 warning(s), 0 suppressed"


def test_text_color_marks_the_match() -> None:
    out = format_text(_report(), color=True)
    assert "\x1b[" in out
    assert "نضمن" in out and "⟦" not in out


def test_text_long_line_is_shortened_around_the_match() -> None:
    line = "x " * 300 + "We guarantee results. " + "y " * 300
    col = line.index("guarantee") + 1
    f = Finding("a.md", 1, col, 1, col + 9, "claims/guaranteed-results", "guaranteed-results", "error", "m",
                "guarantee", "")
    out = format_text(Report((f,), 1, file_lines={"a.md": {1: line}}))
    excerpt = out.split("\n")[1]
    assert "⟦guarantee⟧" in excerpt
    assert len(excerpt) < 260


JSON_KEYS = ["path", "line", "column", "end_line", "end_column", "rule", "category", "severity", "message",
             "match", "suggestion"]


def test_json_golden() -> None:
    out = format_json(_report())
    doc = json.loads(out)
    assert list(doc) == ["findings", "files", "errors", "warnings", "suppressed"]
    assert (doc["files"], doc["errors"], doc["warnings"], doc["suppressed"]) == (3, 3, 1, 1)
    assert [list(f) for f in doc["findings"]] == [JSON_KEYS] * 4
    assert doc["findings"] == [
        {
            "path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line,
            "end_column": f.end_column, "rule": f.rule, "category": f.category, "severity": f.severity,
            "message": f.message, "match": f.match, "suggestion": f.suggestion,
        }
        for f in FINDINGS
    ]
    assert doc["findings"][2]["match"] == "نضمن"
    assert "نضمن" in out  # not \u-escaped: readable in CI logs


def test_json_empty_report() -> None:
    assert json.loads(format_json(Report())) == {
        "findings": [], "files": 0, "errors": 0, "warnings": 0, "suppressed": 0
    }


GOLDEN_GITHUB = "\n".join([
    "::error file=docs/a%2Cb%3Ac%25.md,line=1,col=4,endLine=1,endColumn=5,"
    "title=[hidden-character] hidden/zero-width-in-word::invisible U+200B ZERO WIDTH SPACE inside a word"
    " — delete the invisible character (match: «<U+200B>»)",
    "::warning file=docs/guide.md,line=2,col=1,endLine=2,endColumn=7,"
    "title=[exaggerated-speed] claims/exaggerated-speed::Too fast: 50%25 in%0Aa day, really",
    "::error file=landing/offer.md,line=3,col=11,endLine=3,endColumn=15,"
    "title=[guaranteed-results] claims/guaranteed-results::Promises a guaranteed outcome."
    ' — Say "we help you follow up". (match: «نضمن»)',
    "::error file=landing/offer.md,line=5,col=4,endLine=5,endColumn=13,"
    "title=[guaranteed-results] claims/guaranteed-results::Promises a guaranteed outcome. (match: «guarantee»)",
    f"::notice::{SUMMARY}",
])


def test_github_golden() -> None:
    assert format_github(_report()) == GOLDEN_GITHUB


def test_github_escapes_properties_and_data() -> None:
    f = Finding("dir,x/a:b%c\r\n.md", 1, 1, 1, 2, "claims/scraping", "scraping", "error", "100%\r\nsure: yes, ok",
                "", "")
    (line, _notice) = format_github(Report((f,), 1)).split("\n")
    assert line.startswith("::error file=dir%2Cx/a%3Ab%25c%0D%0A.md,line=1,col=1,")
    assert line.endswith("::100%25%0D%0Asure: yes, ok")
    # One annotation per line: nothing in a finding can break the workflow command.
    assert "\n" not in line and "\r" not in line


def _check_sarif(doc: dict, report: Report) -> None:
    """The parts of SARIF 2.1.0 that GitHub code scanning and other consumers rely on."""
    assert doc["version"] == "2.1.0"
    assert doc["$schema"].endswith("sarif-2.1.0.json") or "sarif-schema-2.1.0" in doc["$schema"]
    assert isinstance(doc["runs"], list) and len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert isinstance(driver["name"], str) and driver["name"]
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note", "none"}
    # Columns are code points (the SARIF default would be UTF-16 code units).
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(report.findings)
    for result, f in zip(run["results"], report.findings, strict=True):
        assert result["ruleId"] == f.rule
        assert rules[result["ruleIndex"]]["id"] == f.rule
        assert result["level"] == ("error" if f.severity == "error" else "warning")
        assert result["message"]["text"]
        loc = result["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        # A URI reference (RFC 3986): no spaces or raw non-ASCII, and '%' only as an escape.
        assert re.fullmatch(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+", uri), uri
        region = loc["region"]
        assert (region["startLine"], region["startColumn"]) == (f.line, f.column)
        assert (region["endLine"], region["endColumn"]) == (f.end_line, f.end_column)
        assert all(isinstance(region[k], int) and region[k] >= 1 for k in ("startLine", "startColumn"))


def test_sarif_structure() -> None:
    report = Report(tuple(sorted((F_AR, F_EN, F_WARN))), files=3, suppressed=1, file_lines=dict(LINES))
    doc = json.loads(format_sarif(report))
    _check_sarif(doc, report)
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert sorted(r["id"] for r in rules) == ["claims/exaggerated-speed", "claims/guaranteed-results"]
    results = doc["runs"][0]["results"]
    assert [r["level"] for r in results] == ["warning", "error", "error"]
    assert results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "landing/offer.md"


def test_sarif_uri_of_an_awkward_path_is_percent_encoded() -> None:
    f = Finding("landing/offer page.md", 1, 1, 1, 2, "claims/scraping", "scraping", "error", "m", "x", "")
    report = Report((f,), 1)
    doc = json.loads(format_sarif(report))
    _check_sarif(doc, report)
    assert doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "landing/offer%20page.md"
    )


def test_sarif_of_an_empty_report() -> None:
    doc = json.loads(format_sarif(Report()))
    _check_sarif(doc, Report())
    assert doc["runs"][0]["results"] == [] and doc["runs"][0]["tool"]["driver"]["rules"] == []


@pytest.mark.parametrize("fmt", [format_json, format_sarif])
def test_real_findings_round_trip_through_machine_formats(policy: CompiledPolicy, fmt: Callable[[Report], str]) -> None:
    text = "# Offer\n\nمع Dealix نضمن لك صفقات.\nDea\u200blix helps.\n"
    res = lint_text(text, "landing/offer.md", "md", policy)
    report = Report(res.findings, 1, res.suppressed, 0, {"landing/offer.md": res.lines or []})
    doc = json.loads(fmt(report))
    if fmt is format_sarif:
        _check_sarif(doc, report)
        starts = [(r["locations"][0]["physicalLocation"]["region"]["startLine"],
                   r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in doc["runs"][0]["results"]]
    else:
        starts = [(f["line"], f["column"]) for f in doc["findings"]]
    assert starts == [(3, text.split("\n")[2].index("نضمن") + 1), (4, 4)]
