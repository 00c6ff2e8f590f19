"""The build: lint -> render landing -> build handbook -> check links -> swap into place.

Both outputs are built in a temporary folder beside the output and swapped in only when the
whole build succeeded, so a failed build leaves the previous good site untouched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

from dealix_site import landing, links
from dealix_site.errors import BuildError, SourceError
from dealix_site.lint.cache import load_compiled
from dealix_site.lint.engine import lint_project, lint_rendered_site
from dealix_site.lint.findings import Report
from dealix_site.project import Project

HANDBOOK = "handbook"
PUBLIC = "public"


@dataclass
class BuildResult:
    out_dir: Path
    report: Report
    timings: dict[str, float] = field(default_factory=dict)


T = TypeVar("T")


def _timed(timings: dict[str, float], name: str, fn: Callable[[], T]) -> T:
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


def _lint_job(project: Project) -> Report:
    # Runs in a forked worker: the compiled policy comes from the parent's cache.
    return lint_project(project, load_compiled(project.policy_path), jobs=1)


def build_outputs(project: Project, dest: Path, timings: dict[str, float]) -> Report:
    """Build both outputs into ``dest`` (which must not hold a previous site). Raises BuildError
    with every problem found. The sources are linted in a second process while MkDocs builds
    the handbook (two cores, and the build is thrown away if the linter finds an error)."""
    from dealix_site.mkdocs_build import build_handbook

    load_compiled(project.policy_path)  # compile once, before forking: the worker inherits it
    problems: list[str] = []
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as pool:
        linting = pool.submit(_lint_job, project)
        site = None
        try:
            site = _timed(timings, "landing", lambda: landing.render_site(project.landing_dir, project.templates_dir))
        except SourceError as exc:
            problems.append(str(exc))
        rendered = Report()
        if isinstance(site, landing.RenderedSite):
            policy = load_compiled(project.policy_path)
            rendered = _timed(timings, "lint-rendered", lambda: lint_rendered_site(project, site, policy))
            landing.write_site(site, project.templates_dir, dest / PUBLIC)
        warnings: list[str] = []
        try:
            warnings = _timed(timings, "handbook", lambda: build_handbook(project.mkdocs_config, dest / HANDBOOK))
        except SourceError as exc:
            problems.append(str(exc))
        report = _timed(timings, "lint (waited)", linting.result)
    lint_errors = [f.location_line() for r in (report, rendered) for f in r.findings if f.severity == "error"]
    if lint_errors or problems:
        raise BuildError([*lint_errors, *problems])

    def check() -> list[links.LinkProblem]:
        return [
            *links.check_markdown_sources(project.docs_dir, dest / HANDBOOK),
            *links.check_output(dest / PUBLIC, allow_external=False),
        ]

    link_problems = _timed(timings, "links", check)
    messages = [str(p) for p in link_problems]
    # MkDocs' own link warnings name no line; ours do, so theirs are only kept if ours missed it.
    messages += [w for w in warnings if not (link_problems and " contains a link " in w)]
    if messages:
        raise BuildError(messages)
    return report.merge(rendered)


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
