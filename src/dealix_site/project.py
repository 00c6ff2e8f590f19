"""Where things live in a dealix-site project. Paths are conventions, derived from the root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dealix_site.errors import SourceError

POLICY_FILE = "claims-policy.yml"


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def mkdocs_config(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def landing_dir(self) -> Path:
        return self.root / "landing"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def policy_path(self) -> Path:
        return self.root / POLICY_FILE

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def content_roots(self) -> tuple[Path, ...]:
        """What `dealix-site lint` checks by default: everything a reader will see."""
        return (self.docs_dir, self.landing_dir, self.templates_dir)


def find_project(start: Path | None = None) -> Project:
    """The nearest directory upwards from ``start`` that holds ``mkdocs.yml``."""
    here = (start or Path.cwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / "mkdocs.yml").is_file():
            return Project(candidate)
    raise SourceError(here, "not inside a dealix-site project (no mkdocs.yml here or above)")
