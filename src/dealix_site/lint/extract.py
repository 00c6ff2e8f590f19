"""Extract the prose a reader sees, keeping a way back to the source offsets.

Markdown and Jinja templates are *masked*: everything that is not prose (code, URLs, comments,
tags, template syntax, front-matter keys) is replaced by spaces of the same length, so offsets
in the prose are offsets in the file. HTML is *extracted*: entities are decoded, tags removed,
inline elements joined (``نضمن <b>النتائج</b>`` reads as one phrase) and visible attributes
(alt, title, aria-label, placeholder, meta description and social tags) included; each
character keeps the source offset it came from.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

# Front matter keys whose values readers see (page title, description, hero, call to action).
SHOWN_KEYS = frozenset(
    {"title", "description", "nav_label", "heading", "subheading", "label", "summary", "name", "tagline",
     "og_title", "og_description", "alt", "caption", "text", "quote",
     # (written as one string rather than a mapping with heading/label keys)
     "hero", "cta", "headline", "subtitle", "excerpt", "teaser", "blurb", "button"}
)
_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
_FM_LINE = re.compile(r"^(?P<indent>[ \t]*(?:-[ \t]+)?)(?P<key>[\w-]+)[ \t]*:[ \t]*(?P<value>.*)$")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})", re.M)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# Every repeat below is bounded or possessive: hostile input (thousands of unclosed openers)
# must stay linear, not rescan to the end of the text from each opener.
_INLINE_CODE = re.compile(r"(?<!`)(`{1,16})(?!`)[^\n]{1,1000}?(?<!`)\1(?!`)")
_LINK_URL = re.compile(r"\]\((?:<[^>\n]{0,512}+>|[^)\s]{0,512}+)(?:[ \t]+(?:\"[^\"\n]{0,512}+\"|'[^'\n]{0,512}+'))?\)")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|mailto|tel):[^>\s]*>|https?://[^\s)>\]\"']+")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[^<>]*?)?/?>", re.S)
_ATTR_LIST = re.compile(r"\{:?[ \t]*[#.][^}\n]*\}")


def _blank(m: re.Match[str]) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in m.group())


@dataclass(frozen=True)
class Prose:
    text: str
    origin: array | None  # origin[i] = source offset of text[i]; None when text is the masked source

    def source_offset(self, i: int) -> int:
        if self.origin is None:
            return i
        if i >= len(self.origin):
            return self.origin[-1] + 1 if len(self.origin) else 0
        return self.origin[i]


def _mask_front_matter(text: str) -> str:
    m = _FRONT.match(text)
    if not m:
        return text
    block = m.group()
    out = []
    keep_indent: int | None = None  # inside a block scalar (>, |) of a shown key: its lines are prose
    for i, line in enumerate(block.split("\n")):
        indent = len(line) - len(line.lstrip(" "))
        if keep_indent is not None:
            if line.strip() and indent > keep_indent:
                out.append(line)
                continue
            keep_indent = None
        fm = _FM_LINE.match(line)
        if i == 0 or not fm or fm.group("key") not in SHOWN_KEYS:
            out.append(" " * len(line))
            continue
        value = fm.group("value")
        if re.fullmatch(r"[>|][+-]?\s*(?:#.*)?", value):
            keep_indent = len(fm.group("indent"))
            out.append(" " * len(line))
            continue
        start = fm.start("value")
        # Drop the YAML quotes so they do not read as quotation marks in prose.
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            value = " " + value[1:-1] + " "
        value = re.sub(r"(?<=\s)#.*$", lambda c: " " * len(c.group()), value)
        out.append(" " * start + value)
    return "\n".join(out) + text[len(block):]


def _mask_fences(text: str) -> str:
    pieces = []
    pos = 0
    while True:
        m = _FENCE.search(text, pos)
        if not m:
            break
        fence = m.group("fence")
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.M)
        end_m = close.search(text, m.end())
        end = end_m.end() if end_m else len(text)
        pieces.append(text[pos : m.start()])
        pieces.append(_blank_str(text[m.start() : end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _blank_str(s: str) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in s)


def mask_markdown(text: str) -> str:
    """Markdown prose at its original offsets (same length; a line break inside a paragraph
    becomes a space, every other newline stays)."""
    # Each pass runs only when its marker is present: most copy has no code, links or tags.
    body = 0
    if text.startswith("---"):
        front = _FRONT.match(text)
        body = front.end() if front else 0
        text = _mask_front_matter(text)
    if "```" in text or "~~~" in text:
        text = _mask_fences(text)
    if "<" in text:
        text = _COMMENT.sub(_blank, text)
    if "`" in text:
        text = _INLINE_CODE.sub(_blank, text)
    if "]:" in text:
        text = _REF_DEF.sub(_blank, text)
    if "](" in text:
        text = _LINK_URL.sub(lambda m: "]" + " " * (len(m.group()) - 1), text)
    if "<" in text or "http" in text:
        text = _AUTOLINK.sub(_blank, text)
    if "{" in text:
        text = _ATTR_LIST.sub(_blank, text)
    if "<" in text:
        text = _TAG.sub(_blank_tag, text)
    return join_soft_breaks(text, body)


# A line that starts a block of its own: a list item, heading, quote, table row, admonition,
# or a rule / setext underline. The line before it ends where it ends.
_BLOCK_START = re.compile(
    r"[ \t]*(?:[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|!!!|\?\?\?|:::|"
    r"(?:[-*_][ \t]*){3,}$|=+[ \t]*$)")
_QUOTE_MARK = re.compile(r"[ \t]*>")


def join_soft_breaks(masked: str, start: int = 0) -> str:
    """A single line break inside a paragraph, list item or quote is a space to a reader, so it
    is one to the linter: a hard-wrapped «لا يرسل Dealix أي\nرسالة بدون موافقتك» is one sentence,
    its negation reaching the claim, and a claim wrapped over two lines is still one claim.

    A break stays when either line is blank, a heading, a table row (any ``|``), a rule or an
    admonition, when the next line opens a block of its own, and after a hard break (two
    trailing spaces or a backslash). A quote's continuation line loses its ``>`` too, so the
    joined text reads as one quoted paragraph. Front matter (before ``start``) keeps its lines.
    Offsets and length are unchanged: only ``\n`` and ``>`` become spaces."""
    pieces: list[str] = []
    done = 0
    # Only a break between two non-empty lines can join (most copy parts its paragraphs with
    # blank lines, so most files have few); each is judged on the two lines as written.
    for m in _BETWEEN_LINES.finditer(masked, start):
        nl = m.start() + 1
        line = masked[masked.rfind("\n", 0, nl) + 1 : nl]
        end = masked.find("\n", nl + 1)
        nxt = masked[nl + 1 : end if end >= 0 else len(masked)]
        q1, q2 = _QUOTE_MARK.match(line), _QUOTE_MARK.match(nxt)
        # A quote's lines join on what follows their ``>``; a quote opening on the next line
        # (without one on this line) is a block of its own.
        if (q1 is not None or q2 is None) and _soft(line[q1.end():] if q1 else line, nxt[q2.end():] if q2 else nxt):
            pieces += [masked[done:nl], " ", " " * q2.end() if q2 is not None else ""]
            done = nl + 1 + (q2.end() if q2 is not None else 0)
    return "".join(pieces) + masked[done:] if pieces else masked


_BETWEEN_LINES = re.compile(r"[^\n]\n(?=[^\n])")


def _soft(line: str, nxt: str) -> bool:
    if not line.strip() or not nxt.strip() or "|" in line or "|" in nxt:
        return False
    if line.endswith(("  ", "\\", "\t")) or _ENDED.search(line):
        return False
    if _BLOCK_START.match(line) and not _LIST_ITEM.match(line):
        return False  # a heading, rule or admonition line is a block of its own
    if _BOLD_LABEL.match(nxt) or (_LABEL.match(nxt) and _LABEL.match(line)):
        return False
    return not _BLOCK_START.match(nxt)


# A line whose sentence has ended (a question line over its answer, an introduction over its
# example) keeps its own line: only a break in mid-sentence is joined.
_ENDED = re.compile(r"[.!?؟؛:：…]['\"”’»)\]*_\u2060 \t]*$")
# "**Prospect:** …", «العميل: …», "Status: …": a line led by a short label is a turn in a
# conversation or a field of a record, however the Markdown renders it. A bold label (up to
# three words) always is; a plain one (one word) when the line before is led by one too, since
# a single word before a colon may as well end a wrapped sentence («وهذا مب / صحيح: هو …»).
_BOLD_WORDS = r"(?:\*\*|__)[^\s:*_]{1,30}(?:[ \t][^\s:*_]{1,30}){0,2}"  # "**" and up to three words
_BOLD_LABEL = re.compile(rf"[ \t]*{_BOLD_WORDS}(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])")
_LABEL = re.compile(rf"[ \t]*(?:{_BOLD_WORDS}(?:\*\*|__)?|[^\s:*_]{{1,30}})[ \t]*[:：]")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")


def _blank_tag(m: re.Match[str]) -> str:
    """Block tags separate words; inline tags (<b>, <span>) sit inside them, so they become
    WORD JOINERs, which normalization deletes: ``نض<b>من`` still reads نضمن."""
    name = re.match(r"</?([A-Za-z][\w:-]*)", m.group()).group(1).lower()
    if name in _BLOCK:
        return _blank(m)
    return "".join("\n" if ch == "\n" else "\u2060" for ch in m.group())


def mask_code(text: str) -> str:
    """Code blanked but comments kept: where suppression comments are real."""
    return _INLINE_CODE.sub(_blank, _mask_fences(text))


_JINJA_PAIRS = {"{{": "}}", "{%": "%}", "{#": "#}"}
_JINJA_OPEN = re.compile(r"\{[{%#]")


# A translated string, ``{{ _("…") }}`` or ``{{ gettext('…') }}``: readers see its text.
_TRANSLATED = re.compile(
    r"""\{\{-?\s*(?:_|gettext|pgettext|ngettext)\(\s*(?P<q>["'])(?P<text>[^"'\n{}]{0,2000})(?P=q)""")


def mask_template(text: str) -> str:
    """Jinja syntax blanked so the template's own HTML text can be linted, except the text of
    translated strings, which readers see. A linear scan: an unclosed ``{{`` blanks the rest,
    as Jinja itself would refuse it."""
    out: list[str] = []
    pos = 0
    while (m := _JINJA_OPEN.search(text, pos)) is not None:
        end = text.find(_JINJA_PAIRS[m.group()], m.end())
        end = len(text) if end < 0 else end + 2
        out.append(text[pos : m.start()])
        said = _TRANSLATED.match(text, m.start()) if m.group() == "{{" else None
        if said is not None and said.end() <= end:
            a, b = said.span("text")
            out += [_blank_str(text[m.start() : a]), text[a:b], _blank_str(text[b:end])]
        else:
            out.append(_blank_str(text[m.start() : end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# --- HTML -----------------------------------------------------------------------------

_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
    "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "tfoot", "thead", "title", "ul", "option", "button", "label", "legend", "caption", "img",
    "input", "textarea", "select", "meta"
})
_TABLE = frozenset({"table", "tr", "td", "th"})
_STRUCK = frozenset({"del", "s", "strike"})
_SKIP = frozenset({"script", "style", "template", "noscript", "svg", "math", "code", "kbd", "samp"})
_VISIBLE_ATTRS = ("alt", "title", "aria-label", "placeholder", "aria-description", "data-tooltip")
_META_NAMES = frozenset({"description", "og:title", "og:description", "twitter:title", "twitter:description",
                         "og:site_name", "og:image:alt", "twitter:image:alt"})
_ENTITY_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass
class _OpenTable:
    rows_written: bool = False
    row_has_th: bool = False
    in_cell: bool = False


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.chars: list[str] = []
        self.origin = array("q")
        self.skip_depth = 0
        # Table rows read like Markdown rows ("| a | b |", with a rule line under a header row),
        # so a cell is known by its column's header and its row's label, as in Markdown.
        self.tables: list[_OpenTable] = []
        self.pre_depth = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int, *, literal: bool = True) -> None:
        if self.skip_depth:
            return
        self.chars.append(text)
        if literal:
            self.origin.extend(range(start, start + len(text)))
        else:
            self.origin.extend([start] * len(text))

    def _break(self) -> None:
        if self.chars and not self.chars[-1].endswith("\n"):
            self._emit("\n", self._offset(), literal=False)

    def _table_tag(self, tag: str, start: bool) -> None:
        if tag == "table":
            if start:
                self.tables.append(_OpenTable())
            elif self.tables:
                self.tables.pop()
            self._break()
        elif not self.tables and start:
            # Rows outside any table (a template partial that renders the rows of a table
            # defined elsewhere) still read as rows, so a cell is known by its row's label.
            self.tables.append(_OpenTable())
            if tag != "tr":
                self._table_tag("tr", True)
            self._table_tag(tag, True)
        elif not self.tables:
            self._break()
        elif tag == "tr":
            self._break()
            if start:
                self._emit("|", self._offset(), literal=False)
                self.tables[-1].row_has_th = False
            else:
                self._close_row()
        elif start:
            self.tables[-1].row_has_th |= tag == "th"
            self.tables[-1].in_cell = True
        else:
            self.tables[-1].in_cell = False
            self._emit("|", self._offset(), literal=False)

    def _close_row(self) -> None:
        table = self.tables[-1]
        if not table.rows_written and table.row_has_th:
            self._emit("|---|", self._offset(), literal=False)  # the header row's rule
            self._break()
        table.rows_written = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag in _TABLE:
            self._table_tag(tag, True)
        elif tag in _BLOCK:
            self._break()
            if tag == "li":
                self._emit("- ", self._offset(), literal=False)  # a list item, as Markdown writes it
            elif tag in _HEADINGS:
                self._emit("#" * int(tag[1]) + " ", self._offset(), literal=False)  # and a heading
        elif tag == "q":
            self._emit("«", self._offset(), literal=False)  # an inline quotation reads as quoted
        elif tag in _STRUCK:
            self._emit("~~", self._offset(), literal=False)  # struck through, as Markdown writes it
        self._attrs(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            return
        if tag in _BLOCK:
            self._break()
        self._attrs(tag, attrs)

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v}
        wanted = [k for k in _VISIBLE_ATTRS if k in values]
        if tag == "meta" and (values.get("name") in _META_NAMES or values.get("property") in _META_NAMES):
            wanted.append("content")
        if not wanted or self.skip_depth:
            return
        start = self._offset()
        raw = self.get_starttag_text() or ""
        for key in wanted:
            m = re.search(rf"\s{re.escape(key)}\s*=\s*([\"']?)", raw, re.I)
            at = start + (m.end() if m else 0)
            self._break()
            value = values[key]
            if m is None:
                self._emit(value, at, literal=False)
            else:
                # Decode the raw value ourselves so every character keeps its own offset
                # (an entity maps to where it starts).
                quote = m.group(1)
                end = raw.find(quote, m.end()) if quote else re.search(r"[\s>]|$", raw[m.end():]).start() + m.end()
                self._emit_decoded(raw[m.end() : end if end >= 0 else len(raw)], at)
            self._break()

    def _emit_decoded(self, raw: str, at: int) -> None:
        for offset, shown, written in _pieces(raw):
            self._emit(shown, at + offset, literal=written is None)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _TABLE:
            self._table_tag(tag, False)
        elif tag in _BLOCK:
            self._break()
        elif tag == "q":
            self._emit("»", self._offset(), literal=False)
        elif tag in _STRUCK:
            self._emit("~~", self._offset(), literal=False)

    def handle_data(self, data: str) -> None:
        if self.tables and not self.tables[-1].in_cell and data.isspace():
            return  # indentation between rows and cells would split the table
        if "\n" in data and not self.pre_depth:
            # A browser shows a line break in text as a space (outside <pre>): a sentence
            # wrapped in the source is still one sentence.
            data = data.replace("\n", " ")
        self._emit(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._emit(unescape(f"&{name};"), self._offset(), literal=False)

    def handle_charref(self, name: str) -> None:
        self._emit(unescape(f"&#{name};"), self._offset(), literal=False)


def _close_dangling(text: str) -> str:
    """Blank an unclosed comment and any ``<`` after the last ``>``, keeping offsets.

    Browsers read an unclosed ``<!--`` as a comment to the end and a ``<`` with no ``>`` as text;
    html.parser instead rescans them on every step, which is quadratic on hostile input."""
    last_close = text.rfind("-->")
    dangling = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    if dangling >= 0:
        text = text[:dangling] + _blank_str(text[dangling:])
    last_gt = text.rfind(">")
    tail = text[last_gt + 1 :]
    if "<" in tail:
        text = text[: last_gt + 1] + tail.replace("<", " ")
    return text


def extract_html(text: str) -> Prose:
    text = _close_dangling(text)
    parser = _Extractor(text)
    parser.feed(text)
    parser.close()
    return Prose("".join(parser.chars), parser.origin)


def _pieces(raw: str) -> Iterator[tuple[int, str, str | None]]:
    """``raw`` as (offset, text as shown, the reference as written or None for plain text):
    every character reference decoded, each piece keeping the offset it starts at."""
    pos = 0
    for ref in _ENTITY_REF.finditer(raw):
        if ref.start() > pos:
            yield pos, raw[pos : ref.start()], None
        yield ref.start(), unescape(ref.group()), ref.group()
        pos = ref.end()
    if pos < len(raw):
        yield pos, raw[pos:], None


def _decode_entities(masked: str) -> Prose:
    """Markdown shows ``&#115;crapes`` as "scrapes": its character references are read as what
    they show (each decoded character maps to where its reference starts). One that decodes to a
    line break or nothing is left as written, so prose lines stay the source's lines."""
    if "&" not in masked:
        return Prose(masked, None)
    parts: list[str] = []
    origin = array("q")
    changed = False
    for offset, shown, written in _pieces(masked):
        if written is None or shown == written or not shown or "\n" in shown or "\r" in shown:
            text = written or shown
            origin.extend(range(offset, offset + len(text)))
        else:
            text, changed = shown, True
            origin.extend([offset] * len(shown))
        parts.append(text)
    return Prose("".join(parts), origin) if changed else Prose(masked, None)


def extract(text: str, kind: str) -> Prose:
    """``kind`` is md, html, template or text."""
    if kind == "md":
        prose = _decode_entities(mask_markdown(text))
    elif kind == "template":
        prose = extract_html(mask_template(text))
    elif kind == "html":
        prose = extract_html(text)
    else:
        prose = Prose(text, None)
    return _join_spaced_letters(prose)


# A word spelled out letter by letter («م ض م و ن ة», "g u a r a n t e e", "g.u.a.r.a.n.t.e.e",
# «ن-ض-م-ن»): four or more single letters, each followed by the same one separator (a space, a
# dot, a hyphen, an asterisk or a middle dot). Three are a list («أ ب ج»), and an abbreviation
# with four or more letters ("P.D.P.L") reads as the same letters joined, so nothing is lost.
_SPACED_LETTERS = re.compile(r"(?<!\w)[^\W\d_]([ .*\-\u00b7])(?:[^\W\d_]\1){2,}[^\W\d_](?!\w)")
# (Two single letters in a row, searched first: eight times faster, and absent from most copy.)
_TWO_SINGLE_LETTERS = re.compile(r"[ .*\-\u00b7][^\W\d_][ .*\-\u00b7][^\W\d_][ .*\-\u00b7]")


def _join_spaced_letters(prose: Prose) -> Prose:
    """A word spelled out with separators reads as the word: the separators inside it become
    WORD JOINERs, which normalization deletes (same length, so offsets stay those of the source)."""
    if _TWO_SINGLE_LETTERS.search(prose.text) is None:
        return prose
    joined, count = _SPACED_LETTERS.subn(lambda m: m.group().replace(m.group(1), "\u2060"), prose.text)
    return Prose(joined, prose.origin) if count else prose


def kind_for(path_name: str) -> str:
    lower = path_name.lower()
    if lower.endswith((".md", ".markdown")):
        return "md"
    if lower.endswith((".html", ".htm", ".j2", ".jinja", ".jinja2")):
        return "html"
    return "text"
