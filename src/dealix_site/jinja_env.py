"""The one Jinja environment factory: autoescape on, StrictUndefined, built once per build."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined


def make_environment(templates_dir: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(str(templates_dir), encoding="utf-8"),
        autoescape=True,  # every template, whatever its extension: copy is untrusted text
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
