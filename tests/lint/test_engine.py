"""The public pages as they ship are linted, and each finding is traced back to the landing
source it came from."""

from __future__ import annotations

from pathlib import Path

from dealix_site.landing import render_site
from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import lint_rendered_site
from dealix_site.project import Project

from ._support import pos

FRONT = """---
title: "للشركات"
description: "مسودات رسائل بنبرة سعودية، وأنت تعتمد كل رسالة."
nav_label: "الشركات"
order: 1
hero:
  heading: "مبيعات منظمة"
cta:
  label: "تواصل معنا"
  href: "mailto:hello@dealix.sa"
---
"""

TEMPLATE = """<!doctype html><html lang="ar" dir="rtl"><head><title>{{ page.title }}</title></head>
<body>
    <main>
        {{ page.intro_html }}
    </main>
</body></html>
"""


def _project(tmp_path: Path, body: str) -> Project:
    (tmp_path / "landing").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "landing" / "companies.md").write_text(FRONT + body, encoding="utf-8")
    (tmp_path / "templates" / "landing.html").write_text(TEMPLATE, encoding="utf-8")
    return Project(tmp_path)


def _located(policy: CompiledPolicy, tmp_path: Path, body: str) -> list[tuple[str, int, int, int, int]]:
    project = _project(tmp_path, body)
    report = lint_rendered_site(project, render_site(project.landing_dir, project.templates_dir), policy)
    return [(f.path, f.line, f.column, f.end_line, f.end_column) for f in report.findings
            if f.rule.startswith("claims/")]


def test_a_finding_in_the_page_points_at_its_source_line(policy: CompiledPolicy, tmp_path: Path) -> None:
    body = "مقدمة عن Dealix.\n\nمع Dealix نضمن لك صفقات كل شهر.\n"
    source = FRONT + body
    line, col = pos(source, "نضمن")
    assert _located(policy, tmp_path, body) == [("landing/companies.md", line, col, line, col + len("نضمن"))]


def test_marks_before_the_claim_do_not_shift_its_column(policy: CompiledPolicy, tmp_path: Path) -> None:
    # Diacritics and tatweel are removed by normalization: the column is still the source's.
    body = "مُقَدِّمَـــة.\n\nمَعَ Dealix نَضْمَنُ لك صفقات كل شهر.\n"
    source = FRONT + body
    line, col = pos(source, "نَضْمَنُ")
    assert _located(policy, tmp_path, body)[0][:3] == ("landing/companies.md", line, col)


def test_a_claim_wrapped_over_two_source_lines_is_traced(policy: CompiledPolicy, tmp_path: Path) -> None:
    body = "مقدمة عن Dealix.\n\nتطلع الرسائل للعملاء مباشرة بدون\nموافقتك أو مراجعتك.\n"
    source = FRONT + body
    line, col = pos(source, "بدون")
    end_line, end_col = pos(source, "موافقتك")
    assert _located(policy, tmp_path, body) == [
        ("landing/companies.md", line, col, end_line, end_col + len("موافقتك"))]
