"""The thin MkDocs plugin (entry point ``dealix``): lint before anything is written, expand
generated tables with the page's path in errors, and render the public landing pages.

All the work is in engine-neutral modules; this file only wires MkDocs events to them.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from dealix_site import landing
from dealix_site.build import swap_into_place
from dealix_site.errors import SourceError
from dealix_site.lint.engine import lint_project, lint_rendered_site
from dealix_site.lint.findings import Report
from dealix_site.lint.report import format_text
from dealix_site.mdext import expand
from dealix_site.project import Project
from dealix_site.tables import registry

log = logging.getLogger("mkdocs.plugins.dealix")


class DealixConfig(Config):
    lint = c.Type(bool, default=True)
    public_dir = c.Type(str, default="site/public")


class DealixPlugin(BasePlugin[DealixConfig]):
    # Set by `dealix-site build`, which lints and renders the landing pages itself.
    managed: bool = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.project = Project(Path(config.config_file_path).parent.resolve())
        self.blocks = registry(self.project.root)
        self.site: landing.RenderedSite | None = None
        self.last_report: Report | None = None
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Runs before MkDocs cleans site_dir: failing here leaves the previous build untouched.
        if self.managed:
            return
        problems: list[str] = []
        if self.config.lint:
            try:
                report = lint_project(self.project)
            except SourceError as exc:
                raise PluginError(str(exc)) from None
            self.last_report = report
            if report.errors:
                problems += [f.location_line() for f in report.findings if f.severity == "error"]
            elif report.findings:
                log.warning("claims linter:\n%s", format_text(report, color=False))
        try:
            self.site = landing.render_site(self.project.landing_dir, self.project.templates_dir)
            if self.config.lint:
                rendered = lint_rendered_site(self.project, self.site)
                problems += [f.location_line() for f in rendered.findings if f.severity == "error"]
        except SourceError as exc:
            problems.append(str(exc))
        if problems:
            raise PluginError("dealix: build stopped, nothing was written:\n  " + "\n  ".join(problems))

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        src = Path(page.file.abs_src_path or page.file.src_path)
        first_line = 1
        try:
            raw = src.read_text("utf-8")
            first_line = raw.count("\n", 0, max(0, len(raw) - len(markdown))) + 1 if raw.endswith(markdown) else 1
        except OSError:
            pass
        try:
            return "\n".join(expand(markdown.split("\n"), self.blocks, f"docs/{page.file.src_path}", first_line))
        except SourceError as exc:
            raise PluginError(str(exc)) from None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.managed or self.site is None:
            return
        out = (self.project.root / self.config.public_dir).resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
        try:
            landing.write_site(self.site, self.project.templates_dir, tmp)
            swap_into_place(tmp, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        for path in (self.project.landing_dir, self.project.templates_dir, self.project.policy_path,
                     self.project.root / "src" / "dealix_site" / "ops"):
            if path.exists():
                server.watch(str(path))
        return server
