"""Shared fixtures: the real repository, and throwaway copies of it to break on purpose."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from dealix_site.project import Project

REPO = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("mkdocs.yml", "claims-policy.yml")
PROJECT_DIRS = ("docs", "landing", "templates")


def copy_project(dest: Path) -> Project:
    for name in PROJECT_FILES:
        shutil.copy2(REPO / name, dest / name)
    for name in PROJECT_DIRS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, dest / name)
    return Project(dest)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A private copy of the real project that a test may edit."""
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def repo_project() -> Project:
    return Project(REPO)


def pytest_configure(config: pytest.Config) -> None:
    # The compiled-policy cache goes to a throwaway folder shared by this run's processes (xdist
    # workers inherit it), never the user's ~/.cache.
    if "DEALIX_SITE_CACHE" not in os.environ:
        os.environ["DEALIX_SITE_CACHE"] = tempfile.mkdtemp(prefix="dealix-site-cache-")
        config.stash[_OWN_CACHE] = os.environ["DEALIX_SITE_CACHE"]


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_OWN_CACHE, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        del os.environ["DEALIX_SITE_CACHE"]


_OWN_CACHE = pytest.StashKey[str]()
