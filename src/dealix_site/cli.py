"""The `dealix-site` command: a thin shell over the pipeline's functions.

Exit status: 0 success; 1 the build failed or the linter found errors; 2 a usage, policy or
input error (with a one-line message).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dealix_site.errors import BuildError, SourceError
from dealix_site.project import Project, find_project


def _project(args: argparse.Namespace) -> Project:
    return find_project(Path(args.root)) if args.root else find_project()


def _use_color(choice: str, stream) -> bool:  # type: ignore[no-untyped-def]
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def cmd_build(args: argparse.Namespace) -> int:
    from dealix_site.build import build
    from dealix_site.lint.report import format_text

    project = _project(args)
    try:
        result = build(project, Path(args.out) if args.out else None)
    except BuildError as exc:
        print(f"dealix-site build failed; the previous output in {project.site_dir} is untouched:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if result.report.findings:
        print(format_text(result.report, color=_use_color("auto", sys.stderr)), file=sys.stderr)
    took = sum(result.timings.values())
    print(f"built {result.out_dir / 'handbook'} and {result.out_dir / 'public'} in {took:.2f}s "
          f"({', '.join(f'{k} {v:.2f}s' for k, v in result.timings.items())})")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from dealix_site.serve import serve

    return serve(_project(args), host=args.host, port=args.port, open_browser=False)


def cmd_lint(args: argparse.Namespace) -> int:
    from dealix_site.lint.cache import load_compiled
    from dealix_site.lint.engine import lint_paths, lint_project
    from dealix_site.lint.report import FORMATS, format_text

    try:
        project: Project | None = _project(args)
    except SourceError:
        project = None
    policy_path = Path(args.policy) if args.policy else (project.policy_path if project else None)
    if policy_path is None:
        print("error: no claims policy: pass --policy FILE or run inside a dealix-site project", file=sys.stderr)
        return 2
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            print(f"error: {p}: no such file or directory", file=sys.stderr)
            return 2
    policy = load_compiled(policy_path)
    if project is not None and (not paths or all(_inside(p, project.root) for p in paths)):
        report = lint_project(project, policy, paths or None)
    else:
        report = lint_paths(paths, policy, jobs=args.jobs)
    if args.format == "text":
        print(format_text(report, color=_use_color(args.color, sys.stdout)))
    else:
        print(FORMATS[args.format](report))
    if report.input_errors:
        return 2
    return 1 if report.errors else 0


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def make_parser(*, ops: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealix-site",
        description="Build Dealix's Arabic handbook and public landing pages; lint them for prohibited claims.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__import__('dealix_site').__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--root", help="project folder (default: the nearest folder with mkdocs.yml)")

    p = sub.add_parser("build", help="build the handbook and the public site (atomically)")
    common(p)
    p.add_argument("--out", help="output folder (default: site/ in the project)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("serve", help="live preview of both outputs on 127.0.0.1")
    common(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("lint", help="check copy for prohibited claims and hidden characters")
    common(p)
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: docs/, landing/, templates/)")
    p.add_argument("--format", choices=("text", "json", "github", "sarif"), default="text")
    p.add_argument("--policy", help="claims policy file (default: claims-policy.yml in the project)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.set_defaults(func=cmd_lint)

    if ops:
        from dealix_site.ops.cli import register

        register(sub)
    else:
        # Importing the ops tools (pydantic models, the catalog) costs a quarter of a second;
        # a `lint` run in a pre-commit hook should not pay for it. Listed, never reached.
        sub.add_parser("ops", help=_OPS_HELP)
    return parser


_OPS_HELP = "support, SLA, incidents, onboarding, connectors and customer success"


def _wants_ops(argv: list[str]) -> bool:
    """True unless the command is known to be something other than `ops` (help lists it too)."""
    command = next((a for a in argv if not a.startswith("-")), None)
    return command is None or command == "ops"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = make_parser(ops=_wants_ops(argv))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
