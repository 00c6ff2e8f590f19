"""Shared helpers: run the ``ops`` command line in-process, the way the main CLI will."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dealix_site.lint.cache import load_compiled
from dealix_site.lint.compile import CompiledPolicy
from dealix_site.ops.cli import register


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dealix-site")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    return parser


RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="session")
def claims_policy() -> CompiledPolicy:
    """The project's own claims policy: drafts and runbook blocks obey it like the site does."""
    return load_compiled(Path(__file__).resolve().parents[2] / "claims-policy.yml")


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """``run_cli("ops", "at-risk", …)`` → (exit code, stdout, stderr); argparse exits become codes."""

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            args = build_parser().parse_args(list(argv))
            rc = args.func(args)
        except SystemExit as exc:
            rc = int(exc.code or 0)
        out, err = capsys.readouterr()
        return rc, out, err

    return run


@pytest.fixture
def run_json(run_cli: RunCli) -> Callable[..., Any]:
    def run(*argv: str) -> Any:
        rc, out, err = run_cli(*argv, "--format", "json")
        assert rc == 0, err
        return json.loads(out)

    return run
