"""The thin layer between the pipeline and MkDocs: build the handbook with mkdocs-material.

Only this module and :mod:`dealix_site.mkdocs_plugin` import MkDocs; moving to another engine
replaces these two files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from dealix_site.errors import BuildError


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_handbook(config_file: Path, site_dir: Path) -> list[str]:
    """Build the handbook into ``site_dir`` and return MkDocs' warnings.

    MkDocs runs non-strict so that one warning does not hide the others; the caller decides
    what fails the build (it checks links itself, at the source line)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logger = logging.getLogger("mkdocs")
    collected = _Collect()
    logger.addHandler(collected)
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        cfg = load_config(str(config_file), site_dir=str(site_dir), strict=False)
        plugin = cfg.plugins.get("dealix")
        if plugin is not None:
            plugin.managed = True  # the pipeline already linted and renders the landing pages itself
        build(cfg)
        return collected.messages
    except MkDocsException as exc:
        raise BuildError([*collected.messages, f"{config_file}: handbook build failed: {exc}"]) from None
    finally:
        logger.removeHandler(collected)
        logger.setLevel(previous)
