"""Fixtures for the claims linter tests: the real policy, compiled once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.policy import load_compiled

POLICY_PATH = Path(__file__).parents[2] / "claims-policy.yml"


@pytest.fixture(scope="session")
def policy() -> CompiledPolicy:
    return load_compiled(POLICY_PATH)
