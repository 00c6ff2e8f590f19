"""Python-Markdown extension that expands ``<!-- dealix:table NAME -->`` into generated tables.

It is engine-neutral: MkDocs loads it from ``markdown_extensions`` and any other
Python-Markdown host (Zensical included) can too. An unknown name is an error naming the line,
so a typo never ships as a silently missing table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from dealix_site.errors import SourceError

PLACEHOLDER = re.compile(r"^[ \t]{0,3}<!--[ \t]*dealix:table[ \t]+(?P<name>[\w-]+)[ \t]*-->[ \t]*$")


class UnknownTableError(SourceError):
    pass


def expand(lines: list[str], blocks: Mapping[str, Callable[[], str]], path: str = "<markdown>",
           first_line: int = 1) -> list[str]:
    """Replace each placeholder line with its block. Pure: usable without Python-Markdown."""
    out: list[str] = []
    for number, line in enumerate(lines, start=first_line):
        m = PLACEHOLDER.match(line)
        if not m:
            out.append(line)
            continue
        name = m.group("name")
        render = blocks.get(name)
        if render is None:
            raise UnknownTableError(
                path, f"unknown generated table {name!r}; known: {', '.join(sorted(blocks))}", number
            )
        out.extend(["", *render().rstrip("\n").split("\n"), ""])
    return out


class _TablesPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, ext: DealixTablesExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, lines: list[str]) -> list[str]:
        from dealix_site.tables import registry

        if self.ext.blocks is None:
            self.ext.blocks = registry()
        return expand(lines, self.ext.blocks, self.ext.getConfig("source_path"))


class DealixTablesExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"source_path": ["<markdown>", "file named in error messages"]}
        self.blocks: dict[str, Callable[[], str]] | None = None
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Before the HTML-block preprocessor (priority 20) swallows the comment.
        md.preprocessors.register(_TablesPreprocessor(md, self), "dealix_tables", 30)


def makeExtension(**kwargs) -> DealixTablesExtension:
    return DealixTablesExtension(**kwargs)
