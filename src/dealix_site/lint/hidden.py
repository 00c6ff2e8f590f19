"""Invisible characters and mixed-script words: findings in their own right (Trojan Source,
CVE-2021-42574; Unicode UTS #55), reported at the character in the original text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_BIDI = "\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060-\u2064\ufeff"
_MARKS = "\u200e\u200f\u061c"  # LRM RLM ALM: fine between runs, never inside a word
_FILLERS = "\u115f\u1160\u3164\uffa0\u2800"
_TAGS = "\U000e0000-\U000e007f"
_SUSPECT = re.compile(f"[{_BIDI}{_ZERO_WIDTH}{_MARKS}{_FILLERS}{_TAGS}]")
_INVISIBLE = re.compile(f"[{_BIDI}{_ZERO_WIDTH}{_MARKS}{_TAGS}\u0640\u064b-\u065f\u0670]*")
_GREEK_CYRILLIC = "\u0370-\u03ff\u0400-\u04ff"
_CONFUSABLE = re.compile(f"[{_GREEK_CYRILLIC}]")
# Either kind at all: one scan settles the usual clean file.
_ANY = re.compile(f"[{_BIDI}{_ZERO_WIDTH}{_MARKS}{_FILLERS}{_TAGS}{_GREEK_CYRILLIC}]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(f"[\\w{_GREEK_CYRILLIC}]+")


@dataclass(frozen=True)
class Hidden:
    start: int
    end: int
    rule: str
    message_en: str
    message_ar: str


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNKNOWN')}"


def _neighbour(text: str, i: int, step: int) -> str:
    """The first visible character before (step -1) or after (step 1) index ``i``."""
    j = i + step
    while 0 <= j < len(text) and _SUSPECT.match(text[j]):
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _script(ch: str) -> str:
    return "arabic" if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" else "other"


def find_hidden(text: str) -> Iterator[Hidden]:
    if text.isascii() or not _ANY.search(text):
        return
    for m in _SUSPECT.finditer(text):
        ch = m.group()
        i = m.start()
        if i == 0 and ch == "\ufeff":
            continue  # a byte-order mark at the very start is an encoding signature
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        inside = before.isalnum() and after.isalnum()
        if ch in _MARKS and inside and _script(before) != _script(after):
            inside = False  # LRM/RLM/ALM where an Arabic run meets a Latin one: what they are for
        cp = ord(ch)
        if 0x202A <= cp <= 0x202E or 0x2066 <= cp <= 0x2069:
            yield Hidden(i, i + 1, "bidi-control",
                         f"hidden bidi control {_name(ch)} can reorder what readers see",
                         "رمز تحكم خفي في اتجاه النص قد يغيّر ما يراه القارئ")
        elif 0xE0000 <= cp <= 0xE007F:
            yield Hidden(i, i + 1, "tag-character", f"invisible tag character {_name(ch)}",
                         "حرف وسم غير مرئي")
        elif ch in _FILLERS:
            yield Hidden(i, i + 1, "invisible-filler", f"invisible filler {_name(ch)}", "حرف فراغ غير مرئي")
        elif inside:
            yield Hidden(i, i + 1, "zero-width-in-word",
                         f"invisible {_name(ch)} inside a word can hide it from review",
                         "حرف غير مرئي داخل كلمة قد يخفيها عن المراجعة")
    if not _CONFUSABLE.search(text):
        return
    for word in _WORD.finditer(text):  # one pass over the words: linear even for one huge word
        confusable = _CONFUSABLE.search(word.group())
        if confusable and _LATIN.search(word.group()):
            shown = word.group() if len(word.group()) <= 40 else word.group()[:40] + "…"
            yield Hidden(word.start(), word.end(), "mixed-script",
                         f"mixed-script word {shown!r}: {_name(confusable.group())} looks like a Latin letter",
                         "كلمة تخلط حروفاً لاتينية بحروف مشابهة من أبجدية أخرى")
