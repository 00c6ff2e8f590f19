"""Report formats: text (for people), json, github (workflow annotations), sarif (2.1.0)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from urllib.parse import quote

from dealix_site import __version__
from dealix_site.lint.findings import Finding, Report

_RED, _YELLOW, _BOLD, _UNDERLINE, _DIM, _RESET = "\x1b[31m", "\x1b[33m", "\x1b[1m", "\x1b[4m", "\x1b[2m", "\x1b[0m"
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Invisible characters are shown as <U+XXXX> so the reader sees what the linter saw.
_SHOW = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\U000e0000-\U000e007f]")


def _visible(s: str) -> str:
    return _SHOW.sub(lambda m: f"<U+{ord(m.group()):04X}>", s)


def _excerpt(f: Finding, lines: Mapping[int, str] | None, color: bool) -> list[str]:
    src = lines.get(f.line) if lines else None
    if src is None:
        return []
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(src)
    end = max(end, start + 1)
    before, hit, after = src[:start], src[start:end], src[end:]
    if len(src) > 240:  # keep one finding readable on a long line
        before = ("…" + before[-100:]) if len(before) > 100 else before
        after = (after[:100] + "…") if len(after) > 100 else after
    gutter = f"{f.line:>5} | "
    if color:
        shown = f"{_visible(before)}{_RED}{_UNDERLINE}{_BOLD}{_visible(hit)}{_RESET}{_visible(after)}"
    else:
        shown = f"{_visible(before)}⟦{_visible(hit)}⟧{_visible(after)}"
    out = [gutter + shown]
    if not _RTL.search(src) and src.isascii():
        # Carets only line up under left-to-right text; Arabic lines rely on the marked words.
        out.append(" " * len(gutter) + " " * len(before) + "^" * max(1, len(hit)))
    return out


def format_text(report: Report, *, color: bool = False) -> str:
    out: list[str] = []
    for f in report.findings:
        sev = f.severity
        if color:
            sev = f"{_RED if sev == 'error' else _YELLOW}{sev}{_RESET}"
        out.append(f"{f.path}:{f.line}:{f.column}: {sev} [{f.category}] {f.message}")
        out.extend(_excerpt(f, report.file_lines.get(f.path), color))
        if f.match and f.rule.startswith(("claims/", "hidden/")):
            out.append(f"      match: «{_visible(f.match)}»")
        if f.suggestion:
            out.append(f"      {'suggestion' if not color else _DIM + 'suggestion' + _RESET}: {f.suggestion}")
    out.append(summary(report))
    return "\n".join(out)


def summary(report: Report) -> str:
    by_cat = Counter(f.category for f in report.findings)
    cats = ", ".join(f"{k}: {v}" for k, v in sorted(by_cat.items()))
    return (f"{report.files} file(s) checked: {report.errors} error(s), {report.warnings} warning(s), "
            f"{report.suppressed} suppressed" + (f" ({cats})" if cats else ""))


def format_json(report: Report) -> str:
    # One finding per line: readable in a CI log and diffable, and each line goes through the C
    # encoder (json.dumps with ``indent`` falls back to the pure-Python one, 10x slower).
    findings = [
        json.dumps({
            "path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line,
            "end_column": f.end_column, "rule": f.rule, "category": f.category, "severity": f.severity,
            "message": f.message, "match": f.match, "suggestion": f.suggestion,
        }, ensure_ascii=False)
        for f in report.findings
    ]
    body = "[\n    " + ",\n    ".join(findings) + "\n  ]" if findings else "[]"
    totals = json.dumps({"files": report.files, "errors": report.errors, "warnings": report.warnings,
                         "suppressed": report.suppressed})
    return '{\n  "findings": ' + body + ",\n  " + totals[1:-1] + "\n}"


def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


def format_github(report: Report) -> str:
    out = []
    for f in report.findings:
        props = (f"file={_gh_prop(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                 f"endColumn={f.end_column},title={_gh_prop(f'[{f.category}] {f.rule}')}")
        text = f.message + (f" — {f.suggestion}" if f.suggestion else "")
        if f.match:
            text += f" (match: «{_visible(f.match)}»)"
        out.append(f"::{'error' if f.severity == 'error' else 'warning'} {props}::{_gh_data(text)}")
    out.append(f"::notice::{_gh_data(summary(report))}")
    return "\n".join(out)


def format_sarif(report: Report) -> str:
    rules: dict[str, dict] = {}
    for f in report.findings:
        rules.setdefault(f.rule, {
            "id": f.rule,
            "name": f.category,
            "shortDescription": {"text": f"[{f.category}] {f.rule}"},
            "fullDescription": {"text": f.message},
            "help": {"text": f.suggestion or f.message},
            "defaultConfiguration": {"level": "error" if f.severity == "error" else "warning"},
            "properties": {"category": f.category},
        })
    index = {rid: i for i, rid in enumerate(rules)}
    results = []
    for f in report.findings:
        results.append({
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": "error" if f.severity == "error" else "warning",
            "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(f.path, safe="/")},
                    "region": {
                        "startLine": f.line, "startColumn": f.column,
                        "endLine": f.end_line, "endColumn": f.end_column,
                        "snippet": {"text": f.match},
                    },
                }
            }],
        })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "dealix-site lint", "version": __version__, "rules": list(rules.values())}},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"files": report.files, "suppressed": report.suppressed},
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


FORMATS = {"json": format_json, "github": format_github, "sarif": format_sarif}
