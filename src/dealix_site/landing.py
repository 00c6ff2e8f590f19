"""Render the public landing pages from ``landing/*.md`` copy and ``templates/`` layouts.

Marketing edits Markdown with YAML front matter; each ``## heading`` starts a section. The
output is a self-contained static site with its own assets and nothing from the handbook.
"""

from __future__ import annotations

import datetime as _dt
import re
import shutil
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import markdown
from jinja2 import Environment, TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field
from pymdownx.slugs import slugify

from dealix_site.errors import SourceError
from dealix_site.jinja_env import make_environment
from dealix_site.sources import Document, read_document, validate

SITE_NAME = "Dealix"
_slug = slugify(case="lower")
_HEADING = re.compile(r"^##[ \t]+(?P<title>.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_PAGE_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Hero(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    heading: str = Field(min_length=1)
    subheading: str = ""


class CallToAction(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str = Field(min_length=1)
    href: str = Field(min_length=1)


class LandingMeta(BaseModel):
    """The front matter a landing page may have. Unknown keys are errors (typos never vanish)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=1)
    description: str = Field(min_length=1)
    nav_label: str = Field(min_length=1)
    order: int = 100
    template: str = "landing.html"
    hero: Hero
    cta: CallToAction


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    html: Markup
    line: int  # source line of the heading


@dataclass(frozen=True)
class LandingPage:
    slug: str
    source: Path
    meta: LandingMeta
    intro_html: Markup
    sections: tuple[Section, ...]
    body_line: int

    @property
    def url(self) -> str:
        return "" if self.slug == "index" else f"{self.slug}/"

    @property
    def output(self) -> str:
        return "index.html" if self.slug == "index" else f"{self.slug}/index.html"

    @property
    def root(self) -> str:
        return "" if self.slug == "index" else "../"


def _md(text: str) -> Markup:
    html = markdown.markdown(
        text,
        extensions=["tables", "attr_list", "sane_lists", "toc"],
        extension_configs={"toc": {"slugify": _slug, "permalink": False}},
        output_format="html",
    )
    return Markup(html)


def _split_sections(body: str) -> tuple[str, list[tuple[str, str, int]]]:
    """Split on ``## `` headings outside code fences: (intro, [(title, text, line offset)])."""
    intro: list[str] = []
    sections: list[tuple[str, list[str], int]] = []
    in_fence = False
    for i, line in enumerate(body.split("\n")):
        if _FENCE.match(line):
            in_fence = not in_fence
        m = None if in_fence else _HEADING.match(line)
        if m:
            sections.append((m.group("title"), [], i))
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    return "\n".join(intro), [(t, "\n".join(lines), off) for t, lines, off in sections]


def parse_page(doc: Document) -> LandingPage:
    slug = doc.path.stem
    if not _PAGE_SLUG.match(slug):
        raise SourceError(doc.path, f"file name {slug!r} must be lower-case letters, digits and '-' (it is the URL)")
    if doc.meta.data is None:
        raise SourceError(doc.path, "missing front matter (title, description, nav_label, hero, cta)", 1)
    meta = validate(LandingMeta, doc.meta, doc.path)
    intro, raw_sections = _split_sections(doc.body)
    seen: dict[str, int] = {}
    sections = []
    for title, text, offset in raw_sections:
        base = _slug(title, "-") or "section"
        n = seen.get(base, 0)
        seen[base] = n + 1
        sections.append(
            Section(id=base if n == 0 else f"{base}_{n}", title=title, html=_md(text), line=doc.body_line + offset)
        )
    return LandingPage(slug, doc.path, meta, _md(intro), tuple(sections), doc.body_line)


def load_pages(landing_dir: Path) -> list[LandingPage]:
    """Every ``*.md`` in ``landing/`` (files starting with ``_`` are drafts and skipped)."""
    paths = sorted(p for p in landing_dir.glob("*.md") if not p.name.startswith("_"))
    if not paths:
        raise SourceError(landing_dir, "no landing pages (*.md) found")
    return sorted((parse_page(read_document(p)) for p in paths), key=lambda p: (p.meta.order, p.slug))


def _template_line(exc: BaseException, templates_dir: Path) -> tuple[str, int] | None:
    """Jinja rewrites tracebacks so template frames carry the template file and line."""
    root = str(templates_dir.resolve())
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename and str(Path(frame.filename).resolve()).startswith(root):
            return frame.filename, frame.lineno or 0
    return None


def render_page(env: Environment, page: LandingPage, pages: Iterable[LandingPage], templates_dir: Path) -> str:
    nav = [{"slug": p.slug, "nav_label": p.meta.nav_label, "url": p.url, "order": p.meta.order} for p in pages]
    context = {
        "page": {
            "slug": page.slug,
            "title": page.meta.title,
            "description": page.meta.description,
            "nav_label": page.meta.nav_label,
            "hero": page.meta.hero.model_dump(),
            "cta": page.meta.cta.model_dump(),
            "intro_html": page.intro_html,
            "sections": [{"id": s.id, "title": s.title, "html": s.html} for s in page.sections],
            "url": page.url,
        },
        "site": {"name": SITE_NAME, "pages": nav, "root": page.root, "year": _dt.date.today().year},
    }
    try:
        template = env.get_template(page.meta.template)
        return template.render(context)
    except TemplateSyntaxError as exc:
        raise SourceError(exc.filename or exc.name or page.meta.template, f"template syntax error: {exc.message}",
                          exc.lineno) from None
    except TemplateNotFound as exc:
        raise SourceError(page.source, f"template {exc.name!r} not found in {templates_dir}",
                          key="template") from None
    except UndefinedError as exc:
        where = _template_line(exc, templates_dir)
        path, line = where if where else (page.meta.template, None)
        raise SourceError(path, f"undefined variable while rendering {page.source.name}: {exc.message}",
                          line) from None
    except TemplateError as exc:
        where = _template_line(exc, templates_dir)
        path, line = where if where else (page.meta.template, None)
        raise SourceError(path, f"template error while rendering {page.source.name}: {exc}", line) from None


@dataclass(frozen=True)
class RenderedSite:
    pages: tuple[LandingPage, ...]
    files: dict[str, str]  # output path -> HTML


def render_site(landing_dir: Path, templates_dir: Path) -> RenderedSite:
    """Pure rendering: no files written. Raises SourceError naming file and line."""
    env = make_environment(templates_dir)
    pages = load_pages(landing_dir)
    files = {p.output: render_page(env, p, pages, templates_dir) for p in pages}
    return RenderedSite(tuple(pages), files)


def write_site(site: RenderedSite, templates_dir: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    assets = templates_dir / "assets"
    if assets.is_dir():
        shutil.copytree(assets, out_dir / "assets", dirs_exist_ok=True)
    for rel, html in site.files.items():
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
