"""Arabic-aware normalization for matching, as one precomputed ``str.translate`` table.

Every evasion in shared/ARABIC.md §1 is undone per code point: diacritics, tatweel,
zero-width and bidi controls are deleted; presentation forms, full-width and styled Latin go
through NFKC; Persian look-alikes and letter variants fold; Arabic-Indic digits become ASCII;
the result is casefolded. Because the mapping is per code point and never touches ``\\n``,
line numbers survive normalization, and :func:`offset_map` recovers original columns.

Two levels share the same deletions (so the same offsets): ``fold`` for claim terms, and
``light`` for negation cues, which keeps hamza on alef so ألا ("isn't it") and إلا ("except")
stay apart.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache

# Code points that carry no letters for a reader: deleted before matching.
_DELETE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),  # Quranic annotation signs
    (0x064B, 0x065F),  # harakat, shadda, sukun
    (0x0670, 0x0670),  # superscript alef (category Mn, but pyarabic misses it)
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08FF),
    (0x0640, 0x0640),  # tatweel: category Lm, so a category-based delete would miss it
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x061C, 0x061C),  # ALM
    (0x115F, 0x1160),  # Hangul fillers
    (0x180E, 0x180E),  # Mongolian vowel separator
    (0x2A, 0x2A),  # '*' Markdown emphasis: guar**anteed reads as one word
    (0x200B, 0x200F),  # ZWSP ZWNJ ZWJ LRM RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # BOM / ZWNBSP
    (0xFFA0, 0xFFA0),
    (0xE0000, 0xE007F),  # tag characters
)

# Letter folds applied at both levels: look-alikes that are never a different word.
_FOLD_ALWAYS = {
    "ی": "ي", "ې": "ي", "ے": "ي", "ۍ": "ي",  # Persian/Urdu yeh
    "ک": "ك", "ڪ": "ك",  # keheh
    "ہ": "ه", "ھ": "ه", "ە": "ه", "ۀ": "ه",
    "ٱ": "ا",  # alef wasla
    "ى": "ي",
    "ۓ": "ي",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\t": " ",  # odd spaces read as one
    "\u066a": "%", "\u066b": ".", "\u066c": ",",  # Arabic percent sign, decimal and thousands separators
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",  # typographic apostrophes: don\u2019t == don't
    # Cyrillic and Greek letters that look Latin: "guаrantee" with a Cyrillic а still matches
    # (and is reported separately as a mixed-script word).
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ѕ": "s",
    "ј": "j", "ԁ": "d", "ɡ": "g", "ո": "n", "ν": "v", "ο": "o", "α": "a", "ε": "e", "ι": "i",
    "κ": "k", "τ": "t", "А": "a", "Е": "e", "О": "o", "Р": "p", "С": "c", "Т": "t", "Х": "x",
    "В": "b", "Н": "h", "К": "k", "М": "m", "І": "i", "Ѕ": "s", "Ј": "j", "У": "y", "ρ": "p",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o",
    "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
}
# Folds that lose information a negation cue needs (hamza seat, ta marbuta): `fold` level only.
_FOLD_FULL = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
}

# Presentation forms, full-width and mathematical alphanumerics: NFKC, then the letter folds.
_NFKC_RANGES: tuple[tuple[int, int], ...] = (
    (0xFB00, 0xFB4F),  # Latin ligatures (ﬁ in "proﬁt", "certiﬁed") and the rest of the block
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFE),
    (0xFF01, 0xFF5E),
    (0x1D400, 0x1D7FF),
    (0x2070, 0x209F),  # super/subscripts
    (0x2100, 0x214F),  # letterlike symbols (ℊ, ℎ …)
    (0x2460, 0x24FF),  # enclosed alphanumerics
    (0x1F130, 0x1F189),
)


def _build(full: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for lo, hi in _DELETE_RANGES:
        for cp in range(lo, hi + 1):
            table[cp] = None
    folds = dict(_FOLD_ALWAYS)
    if full:
        folds.update(_FOLD_FULL)
    for src, dst in folds.items():
        table[ord(src)] = dst
    for base, zero in ((0x0660, "0"), (0x06F0, "0"), (0xFF10, "0")):
        for i in range(10):
            table[base + i] = chr(ord(zero) + i)

    def fold_str(s: str) -> str:
        out = []
        for ch in s:
            mapped = table.get(ord(ch), ch)
            if mapped:
                out.append(mapped)
        return "".join(out).casefold()

    for lo, hi in _NFKC_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch:
                table[cp] = fold_str(nf) or None
    # Casefold the cased letters up to the Arabic block and a few scripts used in copy. Done per
    # code point (not str.casefold on the text) so lengths stay predictable for offset maps.
    for cp in range(0x41, 0x2000):
        if cp in table:
            continue
        ch = chr(cp)
        cf = ch.casefold()
        if cf != ch:
            table[cp] = cf
    return table


@cache
def table(level: str = "fold") -> dict[int, str | None]:
    if level not in ("fold", "light"):
        raise ValueError(f"unknown normalization level {level!r}")
    return _build(full=level == "fold")


# Characters common in copy whose normalization is a per-character fold or deletion that
# ``str.lower`` and ``str.replace`` do at C speed: ASCII, the Arabic letters, harakat and tatweel,
# and Arabic punctuation. ``str.translate`` with a mapping costs a dictionary lookup per character
# (about 10 MB/s here), so text made only of these takes the fast path and any line holding
# another character is translated on its own. Both give the same result; the tests check every
# character of this set and random mixtures against ``str.translate``.
_FAST_CANDIDATES: tuple[tuple[int, int], ...] = (
    (0x09, 0x0A),
    (0x20, 0x7E),
    (0x060C, 0x060C),  # Arabic comma
    (0x061B, 0x061B),
    (0x061F, 0x061F),
    (0x0621, 0x063A),  # hamza .. ghain
    (0x0640, 0x0652),  # tatweel, fa .. yeh, harakat, shadda, sukun
)


@cache
def _fast_plan(level: str) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """(a pattern for any character the fast path cannot do, the replacements it makes)."""
    tbl = table(level)
    safe: list[int] = []
    replace: list[tuple[str, str]] = []
    for lo, hi in _FAST_CANDIDATES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            target = tbl.get(cp, ch) or ""
            if len(target) > 1:
                continue
            if ch.lower() != target:
                if ch.lower() != ch:
                    continue  # lower() would change it into something else
                replace.append((ch, target))
            safe.append(cp)
    return re.compile(f"[^{_char_class(safe)}]"), tuple(replace)


def _char_class(cps: list[int]) -> str:
    ranges: list[tuple[int, int]] = []
    for cp in sorted(cps):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


def _fast(text: str, replace: tuple[tuple[str, str], ...]) -> str:
    text = text.lower()
    for old, new in replace:
        text = text.replace(old, new)
    return text


def normalize(text: str, level: str = "fold") -> str:
    """Normalize for matching. Newlines are preserved, so line numbers are unchanged."""
    other, replace = _fast_plan(level)
    m = other.search(text)
    if m is None:
        return _fast(text, replace)
    tbl = table(level)
    out: list[str] = []
    pos = 0
    while m is not None:
        nl = text.rfind("\n", pos, m.start())
        start = nl + 1 if nl >= 0 else pos
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        if start > pos:
            out.append(_fast(text[pos:start], replace))
        out.append(text[start:end].translate(tbl))
        pos = end
        m = other.search(text, end)
    out.append(_fast(text[pos:], replace))
    return "".join(out)


@cache
def _length_changing(level: str) -> re.Pattern[str]:
    """Code points that normalization deletes or expands: without them, offsets are identical."""
    cps = [cp for cp, mapped in table(level).items() if mapped is None or len(mapped) != 1]
    return re.compile(f"[{_char_class(cps)}]")


def offset_map(original: str, level: str = "fold") -> list[int]:
    """For each index of ``normalize(original)`` (plus its end), the index in ``original``.

    Built on demand, only for text that holds a finding. Between the characters that change
    length (deleted marks, expanded ligatures: few), offsets run one to one.
    """
    tbl = table(level)
    out: list[int] = []
    pos = 0
    for m in _length_changing(level).finditer(original):
        i = m.start()
        out.extend(range(pos, i))
        out.extend([i] * len(tbl[ord(original[i])] or ""))
        pos = i + 1
    out.extend(range(pos, len(original) + 1))
    return out


def is_invisible(ch: str) -> bool:
    """True for the deleted format/control characters (not for diacritics)."""
    cp = ord(ch)
    return unicodedata.category(ch) == "Cf" or cp in (0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F) or (
        0xE0000 <= cp <= 0xE007F
    )


class LightView:
    """The light normalization of a text, computed one line at a time on demand.

    Both levels delete and expand the same code points, so the light text has exactly the fold
    text's length and line breaks and shares its offsets; only the few sentences around a
    candidate claim ever need it, so most lines are never normalized twice.
    """

    def __init__(self, text: str, folded: str) -> None:
        self.text = text
        self.length = len(folded)
        self.starts = [0] + [m.end() for m in re.finditer("\n", folded)]
        self.text_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.lines: dict[int, str] = {}

    def __len__(self) -> int:
        return self.length

    def _line(self, i: int) -> str:
        line = self.lines.get(i)
        if line is None:
            start = self.text_starts[i]
            end = self.text_starts[i + 1] - 1 if i + 1 < len(self.text_starts) else len(self.text)
            line = normalize(self.text[start:end], "light")
            if i + 1 < len(self.starts):
                line += "\n"
            self.lines[i] = line
        return line

    def __getitem__(self, key: int | slice) -> str:
        if isinstance(key, int):
            if key < 0:
                key += self.length
            i = bisect.bisect_right(self.starts, key) - 1
            return self._line(i)[key - self.starts[i]]
        start, stop, _ = key.indices(self.length)
        if stop <= start:
            return ""
        first = bisect.bisect_right(self.starts, start) - 1
        last = bisect.bisect_right(self.starts, stop - 1) - 1
        if first == last:  # (nearly always: a sentence rarely spans lines)
            offset = self.starts[first]
            return self._line(first)[start - offset : stop - offset]
        return "".join(
            self._line(k)[max(0, start - self.starts[k]) : stop - self.starts[k]] for k in range(first, last + 1)
        )

