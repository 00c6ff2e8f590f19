"""Small text helpers shared by the producers and the runbook renderer."""

from __future__ import annotations

import re
from html import escape

_HOUR = 60
_DAY = 24 * _HOUR
# Below two days a target reads better in hours ("24 ساعة"), from two days on in days.
_DAYS_FROM = 2 * _DAY


def count_ar(n: int, one: str, two: str, few: str, many: str) -> str:
    # Arabic number agreement: 1 and 2 take the singular/dual with no digit, 3–10 the plural,
    # 11 and above the singular (tamyiz).
    if n == 1:
        return one
    if n == 2:
        return two
    return f"{n} {few}" if 3 <= n <= 10 else f"{n} {many}"


def duration_ar(minutes: int) -> str:
    """A target in words, e.g. 30 → «30 دقيقة», 120 → «ساعتين», 4320 → «3 أيام»."""
    if minutes >= _DAYS_FROM and minutes % _DAY == 0:
        return count_ar(minutes // _DAY, "يوم واحد", "يومين", "أيام", "يوماً")
    if minutes >= _HOUR and minutes % _HOUR == 0:
        return count_ar(minutes // _HOUR, "ساعة واحدة", "ساعتين", "ساعات", "ساعة")
    return count_ar(minutes, "دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة")


def duration_en(minutes: int) -> str:
    """A compact target for tables and the CLI: «30 min», «2 h», «3 d»."""
    if minutes >= _DAYS_FROM and minutes % _DAY == 0:
        return f"{minutes // _DAY} d"
    if minutes >= _HOUR and minutes % _HOUR == 0:
        return f"{minutes // _HOUR} h"
    return f"{minutes} min"


def bdi(value: object) -> str:
    """Isolate a number, unit or Latin term so it keeps its direction inside RTL text."""
    return f"<bdi>{escape(str(value), quote=False)}</bdi>"


def cell(value: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# A run of Latin letters and digits (with the punctuation that joins them: spaces, _ . : - / % ≥ <)
# that must keep left-to-right order inside Arabic text.
_LTR_RUN = re.compile(r"[A-Za-z0-9≥≤<>](?:[A-Za-z0-9 _.:'’/%+×≥≤<>−-]*[A-Za-z0-9%])?")


def bdi_runs(text: str) -> str:
    """Escape ``text`` and isolate every Latin/number run in it, e.g. «أول Proof Pack» →
    «أول <bdi>Proof Pack</bdi>»; Arabic stays as it is."""
    out, pos = [], 0
    for m in _LTR_RUN.finditer(text):
        out.append(escape(text[pos : m.start()], quote=False))
        out.append(bdi(m.group()))
        pos = m.end()
    out.append(escape(text[pos:], quote=False))
    return "".join(out)
