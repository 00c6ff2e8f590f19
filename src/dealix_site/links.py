"""Internal link and anchor checks over built HTML, and over Markdown sources with lines.

Links are resolved the way a browser resolves them from the page's own location, so a
relative link that works from ``file://`` and from any sub-path is what passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from dealix_site.lint.extract import mask_code

_EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "data", "javascript"}
_LINK_ATTRS = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


@dataclass(frozen=True)
class LinkProblem:
    path: Path
    line: int
    target: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}: {self.target}"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str]] = []  # (line, tag, url)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        attr = _LINK_ATTRS.get(tag)
        if attr and values.get(attr):
            self.links.append((self.getpos()[0], tag, values[attr] or ""))


@dataclass(frozen=True)
class HtmlIndex:
    ids: frozenset[str]
    links: tuple[tuple[int, str, str], ...]


def index_html(text: str) -> HtmlIndex:
    c = _Collector()
    c.feed(text)
    c.close()
    return HtmlIndex(frozenset(c.ids), tuple(c.links))


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme and parts.scheme.lower() in _EXTERNAL_SCHEMES) or url.startswith("//")


def resolve(page_rel: str, url: str) -> tuple[str, str]:
    """Resolve ``url`` found in output page ``page_rel`` to (output file, fragment)."""
    parts = urlsplit(url)
    fragment = unquote(parts.fragment)
    if not parts.path:
        return page_rel, fragment
    base = PurePosixPath(page_rel).parent
    path = unquote(parts.path)
    target = PurePosixPath(path.lstrip("/")) if path.startswith("/") else base / path
    normal: list[str] = []
    for part in target.parts:
        if part == "..":
            if normal:
                normal.pop()
            else:
                return "../" + "/".join(target.parts), fragment  # escapes the output root
        elif part != ".":
            normal.append(part)
    rel = "/".join(normal)
    if path.endswith("/") or rel == "":
        rel = f"{rel}/index.html" if rel else "index.html"
    return rel, fragment


def check_output(out_dir: Path, *, allow_external: bool = True) -> list[LinkProblem]:
    """Every internal href/src in every HTML file must reach a file, and every fragment an id."""
    indexes = {p.relative_to(out_dir).as_posix(): index_html(p.read_text("utf-8")) for p in out_dir.rglob("*.html")}
    problems: list[LinkProblem] = []
    for rel, idx in sorted(indexes.items()):
        for line, tag, url in idx.links:
            if is_external(url):
                if not allow_external and tag != "a":
                    problems.append(LinkProblem(out_dir / rel, line, url, "loads from another host"))
                continue
            target, fragment = resolve(rel, url)
            if target.startswith("../"):
                problems.append(LinkProblem(out_dir / rel, line, url, "link leaves the output folder"))
                continue
            if target not in indexes:
                if not (out_dir / target).is_file() and not (out_dir / target / "index.html").is_file():
                    problems.append(LinkProblem(out_dir / rel, line, url, "broken link"))
                continue
            if fragment and fragment not in indexes[target].ids:
                problems.append(LinkProblem(out_dir / rel, line, url, "broken anchor"))
    return problems


# --- Markdown sources -------------------------------------------------------------------

_MD_LINK = re.compile(r"(?<!!)\[(?:[^\]\n]|\\\])*\]\((?P<url><[^>\n]+>|[^)\s]+)(?:\s+\"[^\"\n]*\")?\)")
def markdown_links(text: str) -> Iterable[tuple[int, str]]:
    """(line, url) for each inline Markdown link outside code (the linter's code masking, which
    keeps offsets, so line numbers are the file's)."""
    for number, line in enumerate(mask_code(text).split("\n"), start=1):
        for m in _MD_LINK.finditer(line):
            yield number, m.group("url").strip("<>")


def doc_dest(src_uri: str, use_directory_urls: bool = True) -> str:
    """MkDocs' output path for a Markdown page."""
    stem = src_uri[: -len(".md")]
    name = PurePosixPath(stem).name
    if not use_directory_urls or name in ("index", "README"):
        return f"{stem[: -len(name)]}index.html" if name in ("index", "README") else f"{stem}.html"
    return f"{stem}/index.html"


def check_markdown_sources(docs_dir: Path, out_dir: Path) -> list[LinkProblem]:
    """Links between runbooks, checked against the built pages' real ids, reported at the
    source line a writer edits."""
    problems: list[LinkProblem] = []
    id_cache: dict[str, frozenset[str]] = {}
    for md in sorted(docs_dir.rglob("*.md")):
        src = md.relative_to(docs_dir).as_posix()
        for line, url in markdown_links(md.read_text("utf-8")):
            if is_external(url):
                continue
            parts = urlsplit(url)
            path, fragment = unquote(parts.path), unquote(parts.fragment)
            if path:
                target_src = (PurePosixPath(src).parent / path).as_posix()
                target_src = str(PurePosixPath(*[p for p in PurePosixPath(target_src).parts if p != "."]))
                if not (docs_dir / target_src).exists():
                    problems.append(LinkProblem(md, line, url, "broken link (no such file in docs/)"))
                    continue
                if not target_src.endswith(".md"):
                    continue
                dest = doc_dest(target_src)
            else:
                dest = doc_dest(src)
            if fragment:
                if dest not in id_cache:
                    built = out_dir / dest
                    id_cache[dest] = index_html(built.read_text("utf-8")).ids if built.is_file() else frozenset()
                if fragment not in id_cache[dest]:
                    problems.append(LinkProblem(md, line, url, f"broken anchor (no heading with id #{fragment})"))
    return problems
