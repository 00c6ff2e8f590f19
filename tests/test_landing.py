from pathlib import Path

import pytest

from dealix_site.errors import SourceError
from dealix_site.landing import render_site
from dealix_site.project import Project

PAGE = """---
title: "عنوان"
description: "وصف"
nav_label: "صفحة"
order: 1
hero:
  heading: "مرحبا"
cta:
  label: "تواصل"
  href: "mailto:hello@dealix.sa"
---
مقدمة.

## القسم الأول
نص <script>alert(1)</script>
"""

TEMPLATE = """<!doctype html><html lang="ar" dir="rtl"><head><title>{{ page.title }}</title></head>
<body><h1>{{ page.hero.heading }}</h1>{{ page.intro_html }}
{% for s in page.sections %}<section id="{{ s.id }}"><h2>{{ s.title }}</h2>{{ s.html }}</section>{% endfor %}
<a href="{{ site.root }}">{{ site.name }}</a></body></html>
"""


def make(tmp_path: Path, page: str = PAGE, template: str = TEMPLATE, name: str = "companies.md") -> Project:
    (tmp_path / "landing").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "landing" / name).write_text(page, encoding="utf-8")
    (tmp_path / "templates" / "landing.html").write_text(template, encoding="utf-8")
    return Project(tmp_path)


def test_renders_sections_with_arabic_ids(tmp_path: Path) -> None:
    p = make(tmp_path)
    site = render_site(p.landing_dir, p.templates_dir)
    html = site.files["companies/index.html"]
    assert '<section id="القسم-الأول">' in html
    assert "<h1>مرحبا</h1>" in html
    assert '<a href="../">Dealix</a>' in html


def test_copy_cannot_inject_script_through_front_matter(tmp_path: Path) -> None:
    page = PAGE.replace('heading: "مرحبا"', 'heading: "<script>alert(1)</script>"')
    html = render_site(make(tmp_path, page).landing_dir, tmp_path / "templates").files["companies/index.html"]
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html


def test_undefined_variable_names_template_and_line(tmp_path: Path) -> None:
    template = TEMPLATE.replace("{{ page.title }}", "{{ page.title }}").replace(
        "<body>", "<body>\n{{ page.subtitle }}")
    p = make(tmp_path, template=template)
    with pytest.raises(SourceError) as err:
        render_site(p.landing_dir, p.templates_dir)
    assert Path(str(err.value.path)).name == "landing.html"
    assert err.value.line == 3
    assert "subtitle" in err.value.message


def test_template_syntax_error_names_line(tmp_path: Path) -> None:
    p = make(tmp_path, template=TEMPLATE.replace("{% endfor %}", ""))
    with pytest.raises(SourceError) as err:
        render_site(p.landing_dir, p.templates_dir)
    assert "syntax" in err.value.message
    assert err.value.line is not None


def test_missing_template_is_named(tmp_path: Path) -> None:
    p = make(tmp_path, PAGE.replace('order: 1', 'order: 1\ntemplate: nope.html'))
    with pytest.raises(SourceError) as err:
        render_site(p.landing_dir, p.templates_dir)
    assert "nope.html" in err.value.message and err.value.key == "template"


@pytest.mark.parametrize(
    ("change", "key", "line"),
    [
        (('nav_label: "صفحة"', 'nav_lable: "صفحة"'), "nav_lable", 4),
        (("order: 1", "order: first"), "order", 5),
        (('  heading: "مرحبا"', '  heading: ""'), "hero.heading", 7),
        (('  label: "تواصل"\n', ""), "cta.label", 8),
    ],
)
def test_front_matter_errors_name_key_and_line(tmp_path: Path, change: tuple[str, str], key: str, line: int) -> None:
    p = make(tmp_path, PAGE.replace(*change))
    with pytest.raises(SourceError) as err:
        render_site(p.landing_dir, p.templates_dir)
    assert err.value.key == key
    assert err.value.line == line
    assert str(err.value).startswith(f"{p.landing_dir / 'companies.md'}:{line}:")


def test_malformed_yaml_front_matter(tmp_path: Path) -> None:
    p = make(tmp_path, PAGE.replace('title: "عنوان"', 'title: "عنوان'))
    with pytest.raises(SourceError) as err:
        render_site(p.landing_dir, p.templates_dir)
    assert "invalid YAML" in err.value.message
    assert err.value.line is not None and err.value.line >= 2


def test_page_file_names_are_urls(tmp_path: Path) -> None:
    p = make(tmp_path, name="Our Page.md")
    with pytest.raises(SourceError, match="file name"):
        render_site(p.landing_dir, p.templates_dir)


def test_real_landing_pages_render(repo_project: Project) -> None:
    site = render_site(repo_project.landing_dir, repo_project.templates_dir)
    assert set(site.files) >= {"index.html", "companies/index.html", "marketers/index.html",
                               "agency-partner/index.html", "private-beta/index.html"}
    for html in site.files.values():
        assert '<html lang="ar" dir="rtl">' in html
