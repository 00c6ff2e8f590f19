"""One preview build, run in a fresh process by `dealix-site serve` so edits to the catalog or
any Python module are picked up. Unlike `build`, findings do not stop it: pages are written
with the offending words marked, and the server shows the findings on the page itself.

    python -m dealix_site.preview PROJECT_ROOT OUT_DIR   ->  OUT_DIR/_status.json
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

from dealix_site import landing
from dealix_site.errors import BuildError, SourceError
from dealix_site.links import doc_dest
from dealix_site.lint.cache import load_compiled
from dealix_site.lint.engine import lint_project, lint_text
from dealix_site.lint.findings import Finding
from dealix_site.project import Project

STATUS = "_status.json"


def _mark(html: str, f: Finding) -> str:
    """Wrap the first occurrence of the finding's words in the page body with <mark>."""
    needle = escape(f.match, quote=False)
    if not needle.strip():
        return html
    body = html.find("<body")
    at = html.find(needle, max(body, 0))
    # Only inside text, never inside a tag or attribute.
    while at >= 0 and html.rfind("<", 0, at) > html.rfind(">", 0, at):
        at = html.find(needle, at + 1)
    if at < 0:
        return html
    title = escape(f"[{f.category}] {f.message} — {f.suggestion}", quote=True)
    return (f"{html[:at]}<mark class=\"dealix-finding\" data-category=\"{escape(f.category)}\" title=\"{title}\">"
            f"{needle}</mark>{html[at + len(needle):]}")


def _as_dict(f: Finding) -> dict[str, object]:
    return {"path": f.path, "line": f.line, "column": f.column, "category": f.category, "severity": f.severity,
            "message": f.message, "match": f.match, "suggestion": f.suggestion}


def preview(project: Project, out: Path) -> dict[str, object]:
    from dealix_site.mkdocs_build import build_handbook

    status: dict[str, object] = {"fatal": None, "findings": [], "pages": {}}
    findings: list[Finding] = []
    try:
        policy = load_compiled(project.policy_path)
        findings.extend(lint_project(project, policy).findings)
        site = landing.render_site(project.landing_dir, project.templates_dir)
        landing.write_site(site, project.templates_dir, out / "public")
        for rel, html in site.files.items():
            page = lint_text(html, f"site/public/{rel}", "html", policy).findings
            sources = [f for f in findings if f.path.startswith(("landing/", "templates/"))]
            for f in (*page, *sources):
                html = _mark(html, f)
            (out / "public" / rel).write_text(html, encoding="utf-8")
            status["pages"][f"public/{rel}"] = [_as_dict(f) for f in page]  # type: ignore[index]
        build_handbook(project.mkdocs_config, out / "handbook")
        for f in findings:
            if f.path.startswith("docs/") and f.path.endswith(".md"):
                dest = out / "handbook" / doc_dest(f.path[len("docs/"):])
                if dest.is_file():
                    dest.write_text(_mark(dest.read_text("utf-8"), f), encoding="utf-8")
                    status["pages"].setdefault(f"handbook/{doc_dest(f.path[len('docs/'):])}", []).append(  # type: ignore[union-attr]
                        _as_dict(f))
    except SourceError as exc:
        status["fatal"] = str(exc)
    except BuildError as exc:
        status["fatal"] = "\n".join(exc.problems)
    status["findings"] = [_as_dict(f) for f in findings]
    out.mkdir(parents=True, exist_ok=True)
    (out / STATUS).write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    return status


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print("usage: python -m dealix_site.preview PROJECT_ROOT OUT_DIR", file=sys.stderr)
        return 2
    status = preview(Project(Path(args[0]).resolve()), Path(args[1]))
    return 1 if status["fatal"] else 0



if __name__ == "__main__":
    raise SystemExit(main())
