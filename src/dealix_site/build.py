"""The build: lint -> render landing -> build handbook -> check links -> swap into place.

Both outputs are built in a temporary folder beside the output and swapped in only when the
whole build succeeded, so a failed build leaves the previous good site untouched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dealix_site import landing, links
from dealix_site.errors import BuildError, SourceError
from dealix_site.lint.engine import lint_project, lint_rendered_site
from dealix_site.lint.findings import Report
from dealix_site.lint.policy import load_compiled
from dealix_site.project import Project

HANDBOOK = "handbook"
PUBLIC = "public"


@dataclass
class BuildResult:
    out_dir: Path
    report: Report
    timings: dict[str, float] = field(default_factory=dict)


def _timed(timings: dict[str, float], name: str, fn: Callable[[], object]) -> object:
    start = time.perf_counter()
    try:
        return fn()
    finally:
        timings[name] = time.perf_counter() - start


def swap_into_place(new: Path, out: Path) -> None:
    """Replace ``out`` with ``new`` using renames on the same filesystem."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}-old-{time.time_ns()}")
        out.rename(old)
    try:
        new.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)  # put the previous site back
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build_outputs(project: Project, dest: Path, timings: dict[str, float]) -> Report:
    """Build both outputs into ``dest`` (which must not hold a previous site). Raises BuildError."""
    from dealix_site.mkdocs_build import build_handbook

    policy = load_compiled(project.policy_path)
    report = _timed(timings, "lint", lambda: lint_project(project, policy))
    assert isinstance(report, Report)
    if report.errors:
        raise BuildError([f.location_line() for f in report.findings])
    try:
        site = _timed(timings, "landing", lambda: landing.render_site(project.landing_dir, project.templates_dir))
    except SourceError as exc:
        raise BuildError([str(exc)]) from None
    assert isinstance(site, landing.RenderedSite)
    rendered = _timed(timings, "lint-rendered", lambda: lint_rendered_site(project, site, policy))
    assert isinstance(rendered, Report)
    if rendered.errors:
        raise BuildError([f.location_line() for f in rendered.findings])
    report = report.merge(rendered)
    landing.write_site(site, project.templates_dir, dest / PUBLIC)
    try:
        warnings = _timed(timings, "handbook", lambda: build_handbook(project.mkdocs_config, dest / HANDBOOK))
    except SourceError as exc:
        raise BuildError([str(exc)]) from None
    assert isinstance(warnings, list)

    def check() -> list[links.LinkProblem]:
        return [
            *links.check_markdown_sources(project.docs_dir, dest / HANDBOOK),
            *links.check_output(dest / PUBLIC, allow_external=False),
        ]

    problems = _timed(timings, "links", check)
    assert isinstance(problems, list)
    messages = [str(p) for p in problems]
    # MkDocs' own link warnings name no line; ours do, so theirs are only kept if ours missed it.
    messages += [w for w in warnings if not (problems and " contains a link " in w)]
    if messages:
        raise BuildError(messages)
    return report


def build(project: Project, out_dir: Path | None = None) -> BuildResult:
    out = (out_dir or project.site_dir).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
    try:
        report = build_outputs(project, tmp, timings)
        swap_into_place(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return BuildResult(out, report, timings)
