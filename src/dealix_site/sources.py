"""Reading source files strictly: UTF-8 only, bounded size, YAML with line numbers.

Every reader raises :class:`SourceError` naming the file, line and (for YAML) the key, so a
writer never sees a traceback for a typo.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from dealix_site.errors import SourceError
from dealix_site.reading import MAX_SOURCE_BYTES, decode_utf8, read_source

__all__ = ["MAX_SOURCE_BYTES", "decode_utf8", "read_source"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


# --- YAML with line numbers -------------------------------------------------------------


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader (libyaml's when available) that refuses duplicate keys."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
    return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass(frozen=True)
class YamlDoc:
    data: Any
    lines: Mapping[tuple[str | int, ...], int]  # key path -> 1-based line in the file

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """Line of the deepest key path we know that prefixes ``loc``."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def _index_lines(node: yaml.Node, prefix: tuple[str | int, ...], out: dict, offset: int) -> None:
    out.setdefault(prefix, node.start_mark.line + 1 + offset)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            out[(*prefix, key)] = key_node.start_mark.line + 1 + offset
            _index_lines(value_node, (*prefix, key), out, offset)
            out[(*prefix, key)] = key_node.start_mark.line + 1 + offset
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*prefix, i), out, offset)


def load_yaml(text: str, path: str | Path, *, line_offset: int = 0) -> YamlDoc:
    """Parse YAML; syntax errors name the file and line. ``line_offset`` shifts reported lines
    (front matter starts after the opening ``---``)."""
    try:
        loader = _LineLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else None
        col = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise SourceError(path, f"invalid YAML: {problem}", line, col) from None
    except yaml.YAMLError as exc:
        raise SourceError(path, f"invalid YAML: {exc}") from None
    lines: dict[tuple[str | int, ...], int] = {}
    if node is not None:
        _index_lines(node, (), lines, line_offset)
    return YamlDoc(data, lines)


M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], doc: YamlDoc, path: str | Path, *, default: Any = None) -> M:
    """Validate YAML data with pydantic; the first error names file, line and dotted key."""
    data = doc.data if doc.data is not None else default
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, doc, path, model) from None


def validation_error(exc: ValidationError, doc: YamlDoc, path: str | Path,
                     model: type[BaseModel] | None = None) -> SourceError:
    # A misspelt key also makes its correct spelling "missing": report the typo first. A value
    # that may take several shapes (a term is a string or {all: …}) fails every shape it is not:
    # report what is wrong with the shape it has, not that it is not a string.
    errors = sorted(exc.errors(), key=lambda e: (e["type"] != "extra_forbidden", e["type"].endswith("_type")))
    err = errors[0]
    loc = _yaml_loc(tuple(err["loc"]), doc)
    key = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in loc).replace(".[", "[")
    msg = err["msg"]
    value = err.get("input")
    shown = isinstance(value, str | int | float) and len(str(value)) < 80
    if err["type"] not in ("missing", "extra_forbidden") and shown:
        msg = f"{value!r}: {msg}"
    if err["type"] == "extra_forbidden":
        msg = "unknown key (check the spelling)"
        if model is not None and len(loc) == 1:
            close = difflib.get_close_matches(str(loc[0]), list(model.model_fields), n=1)
            if close:
                msg = f"unknown key; did you mean {close[0]!r}?"
    more = len(exc.errors()) - 1
    if more:
        msg += f" (and {more} more problem{'s' if more > 1 else ''})"
    return SourceError(path, msg, doc.line_of(loc), key=key or None)


def _yaml_loc(loc: tuple[str | int, ...], doc: YamlDoc) -> tuple[str | int, ...]:
    """``loc`` without the names pydantic gives the shapes of a union ("AllOf", "str"), which are
    not keys in the file: ``terms[2].AllOf.also_in`` is ``terms[2].also_in`` in the YAML."""
    out: tuple[str | int, ...] = ()
    for i, part in enumerate(loc):
        if (isinstance(part, str) and (*out, part) not in doc.lines and i + 1 < len(loc)
                and (*out, loc[i + 1]) in doc.lines):
            continue
        out = (*out, part)
    return out


# --- Front matter -----------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A Markdown source split into front matter and body, keeping body line numbers."""

    path: Path
    meta: YamlDoc
    body: str
    body_line: int  # 1-based line of the body's first line in the file


def split_front_matter(text: str, path: Path) -> Document:
    m = _FRONT_MATTER.match(text)
    if not m:
        if text.startswith("---"):
            raise SourceError(path, "front matter starts with '---' but has no closing '---' line", 1)
        return Document(path, YamlDoc(None, {}), text, 1)
    meta = load_yaml(m.group("yaml"), path, line_offset=1)
    if meta.data is not None and not isinstance(meta.data, dict):
        raise SourceError(path, "front matter must be a mapping of keys to values", 2)
    body_line = text.count("\n", 0, m.end()) + 1
    return Document(path, meta, text[m.end() :], body_line)


def read_document(path: Path, reader: Callable[[Path], str] = read_source) -> Document:
    return split_front_matter(reader(path), path)
