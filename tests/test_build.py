"""The real pipeline, end to end: mkdocs-material builds the handbook, Jinja the public site."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import copy_project

from dealix_site.build import build
from dealix_site.errors import BuildError
from dealix_site.ops import catalog as catalog_module
from dealix_site.project import Project

RUNBOOKS = ("positioning-lock", "prohibited-claims", "approved-messaging", "onboarding", "support-sla",
            "incident-response", "customer-success", "connectors", "revenue-today")


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.rglob("*")):
        if f.is_file():
            h.update(f.relative_to(folder).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = copy_project(tmp_path_factory.mktemp("built"))
    build(project)
    return project


def test_handbook_is_arabic_rtl_with_every_runbook(built: Project) -> None:
    out = built.site_dir / "handbook"
    home = (out / "index.html").read_text("utf-8")
    assert '<html lang="ar"' in home and '<body dir="rtl"' in home
    for name in RUNBOOKS:
        page = (out / name / "index.html").read_text("utf-8")
        assert f'href="../{name}/"' in page or 'href="./"' in page  # listed in the navigation
    config = json.loads((out / "search" / "search_index.json").read_text("utf-8"))["config"]
    assert config["lang"] == ["ar"]


def test_handbook_loads_nothing_from_other_hosts(built: Project) -> None:
    for f in (built.site_dir / "handbook").rglob("*.html"):
        text = f.read_text("utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, f
        assert 'src="http' not in text and "<link href=\"http" not in text, f
    fonts = list((built.site_dir / "handbook" / "assets" / "fonts").glob("*.woff2"))
    assert fonts, "the Arabic font is self-hosted"


def test_generated_tables_are_in_the_pages(built: Project) -> None:
    connectors = (built.site_dir / "handbook" / "connectors" / "index.html").read_text("utf-8")
    for c in catalog_module.CATALOG.connectors:
        assert f"<code>{c.key}</code>" in connectors
    sla = (built.site_dir / "handbook" / "support-sla" / "index.html").read_text("utf-8")
    assert "<bdi>P0</bdi>" in sla and "<bdi>30</bdi> دقيقة" in sla
    assert "dealix:table" not in sla  # every placeholder was expanded


def test_arabic_heading_anchors_are_words(built: Project) -> None:
    page = (built.site_dir / "handbook" / "support-sla" / "index.html").read_text("utf-8")
    ids = re.findall(r'<h2 id="([^"]+)"', page)
    assert ids and all(re.search(r"[\u0600-\u06ff]", i) for i in ids[:3]), ids


def test_public_site_has_every_page_and_no_handbook_content(built: Project) -> None:
    public = built.site_dir / "public"
    for rel in ("index.html", "companies/index.html", "marketers/index.html", "agency-partner/index.html",
                "private-beta/index.html", "assets/site.css"):
        assert (public / rel).is_file(), rel
    # Distinctive runbook sentences (first long line of each runbook body) appear nowhere public.
    samples = []
    for name in RUNBOOKS:
        lines = [ln.strip() for ln in (built.docs_dir / f"{name}.md").read_text("utf-8").splitlines()]
        samples += [ln for ln in lines if len(ln) > 80 and not ln.startswith(("|", "<", "#", "-", "!"))][:2]
    assert len(samples) >= 9
    for f in public.rglob("*"):
        if f.is_file() and f.suffix in (".html", ".css", ".js", ".json", ".txt", ".svg"):
            text = f.read_text("utf-8")
            assert "handbook" not in text.lower(), f
            for name in RUNBOOKS:
                assert f"{name}/" not in text and f"{name}.md" not in text, (f, name)
            for s in samples:
                assert s not in text, (f, s[:40])


def test_catalog_change_changes_the_built_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path)
    p0 = catalog_module.CATALOG.priorities[0]
    changed = catalog_module.CATALOG.model_copy(
        update={"priorities": (p0.model_copy(update={"first_response_minutes": 45}),
                               *catalog_module.CATALOG.priorities[1:])})
    monkeypatch.setattr(catalog_module, "CATALOG", changed)
    build(project)
    sla = (project.site_dir / "handbook" / "support-sla" / "index.html").read_text("utf-8")
    assert "<bdi>45</bdi> دقيقة" in sla


BREAKAGES = {
    # name: (file, old, new, expected fragment of the message naming file and line)
    "undefined-template-variable": ("templates/landing.html", "{% block content %}",
                                    "{% block content %}{{ page.no_such_field }}", "landing.html:"),
    "malformed-front-matter": ("landing/companies.md", "title:", "title: [unclosed\ntitle2:", "companies.md:"),
    "missing-template": ("landing/marketers.md", "template: landing.html", "template: gone.html", "gone.html"),
    "broken-internal-link": ("docs/index.md", "\n", "\n[رابط مكسور](no-such-page.md)\n", "docs/index.md:2"),
    "broken-anchor": ("docs/index.md", "\n", "\n[قسم](support-sla.md#لا-يوجد-قسم-بهذا-الاسم)\n",
                      "docs/index.md:2"),
    "prohibited-claim": ("docs/revenue-today.md", "\n", "\nنضمن لك مضاعفة مبيعاتك خلال أسبوع.\n",
                         "docs/revenue-today.md:2:"),
    "unknown-table": ("docs/connectors.md", "\n", "\n<!-- dealix:table no-such-table -->\n", "connectors.md:2"),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_failed_build_names_file_and_line_and_keeps_previous_output(tmp_path: Path, name: str) -> None:
    project = copy_project(tmp_path)
    previous = tmp_path / "site"
    (previous / "handbook").mkdir(parents=True)
    (previous / "handbook" / "index.html").write_text("previous good build", encoding="utf-8")
    before = digest(previous)
    rel, old, new, expected = BREAKAGES[name]
    path = tmp_path / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(project)
    assert expected in "\n".join(err.value.problems), err.value.problems
    assert digest(previous) == before
    assert not list(tmp_path.glob(".site-build-*")), "the temporary build folder is removed"


def test_invalid_utf8_names_file_line_and_column(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    f = tmp_path / "landing" / "private-beta.md"
    data = f.read_bytes().split(b"\n")
    data[3] = data[3] + b" \xff\xfe"
    f.write_bytes(b"\n".join(data))
    with pytest.raises(BuildError) as err:
        build(project)
    assert any("private-beta.md:4:" in p and "UTF-8" in p for p in err.value.problems), err.value.problems


def test_all_findings_are_reported_not_just_the_first(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    for rel in ("docs/onboarding.md", "landing/companies.md"):
        f = tmp_path / rel
        f.write_text(f.read_text("utf-8") + "\nنتائج مضمونة لكل عميل.\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(project)
    joined = "\n".join(err.value.problems)
    assert "docs/onboarding.md:" in joined and "landing/companies.md:" in joined


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dealix_site", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, check=False)


def test_cli_build_success_and_failure(tmp_path: Path) -> None:
    copy_project(tmp_path)
    ok = run_cli("build", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "site" / "public" / "index.html").is_file()
    before = digest(tmp_path / "site")
    page = tmp_path / "landing" / "index.md"
    page.write_text(page.read_text("utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    bad = run_cli("build", cwd=tmp_path)
    assert bad.returncode == 1
    assert "landing/index.md:" in bad.stderr and "titel" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert digest(tmp_path / "site") == before


def test_mkdocs_build_uses_the_plugin_and_fails_on_claims(tmp_path: Path) -> None:
    copy_project(tmp_path)
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q"]
    ok = subprocess.run(mkdocs, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "site" / "handbook" / "connectors" / "index.html").is_file()
    assert (tmp_path / "site" / "public" / "companies" / "index.html").is_file()
    before = digest(tmp_path / "site")
    for rel in ("docs/support-sla.md", "docs/connectors.md"):
        f = tmp_path / rel
        f.write_text(f.read_text("utf-8") + "\nنكشط بيانات التواصل من المواقع لك.\n", encoding="utf-8")
    for extra in ([], ["--strict"]):
        bad = subprocess.run(mkdocs + extra, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
        assert bad.returncode != 0
        assert "docs/support-sla.md:" in bad.stderr and "docs/connectors.md:" in bad.stderr
        assert digest(tmp_path / "site") == before
