"""Support ticket router: free text (Arabic, English or mixed) → priority, owner, SLA, reply draft.

Keywords are data. Both the keywords (once, at import) and the ticket text go through
:func:`dealix_site.lint.normalize.normalize`, so tatweel, diacritics, hamza forms, ta marbuta
and Arabic-Indic digits cannot hide a security report from the router. The highest priority
with any match wins; a ticket with none is P3.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from pydantic import Field

from dealix_site.lint.normalize import normalize
from dealix_site.ops.actions import ActionKind, Frozen, ProposedAction
from dealix_site.ops.catalog import CATALOG, Priority
from dealix_site.ops.errors import EmptyTicketError
from dealix_site.ops.text import duration_ar

DEFAULT_PRIORITY = "P3"

# Checked in this order; the first priority with a match wins. P3 has no keywords: it is the
# fallback. Bare numbers such as "500" are not keywords on their own because tickets quote
# amounts in riyals ("500 ريال"); the HTTP error is matched as a phrase instead.
TICKET_KEYWORDS: dict[str, tuple[str, ...]] = {
    "P0": (
        # data leak, in its forms
        "تسريب", "تسرب", "مسرب", "سربت", "leak", "leaks", "leaked", "leaking", "leakage",
        "data breach", "breach", "breached", "اختراق", "اخترق", "مخترق", "hacked", "compromised",
        # leaked secrets: the leak word already matches; these catch "exposed" wording
        "exposed", "انكشف", "مكشوف",
        # acting without the customer's approval
        "إرسال بدون موافقة", "بدون موافقتي", "بدون موافقة", "دون موافقة", "بدون إذن", "دون إذن",
        "غير مصرح", "unauthorized", "unauthorised", "without approval", "without my approval",
        "without consent", "without my consent",
        # money moved for real
        "live charge", "charged without", "خصم بدون",
    ),
    "P1": (
        "متوقف", "توقفت", "توقف النظام", "لا يعمل", "لا تعمل", "ما يشتغل", "ما تشتغل", "لا يفتح",
        "ما يفتح", "معطل", "تعطل", "خارج الخدمة", "انقطاع", "خطأ 500",
        "down", "outage", "not working", "doesn't work", "does not work", "stopped working",
        "not loading", "crash", "crashed", "crashes", "crashing", "offline", "unavailable",
        "timed out", "500 error", "error 500", "http 500", "internal server error", "bad gateway",
    ),
    "P2": (
        "ربط", "مزامنة", "تكامل", "انتهت صلاحية", "إعادة التفويض", "oauth", "token expired",
        "expired token", "token has expired", "reconnect", "disconnected", "integration",
        "sync", "sync failed", "webhook", "connector", "موصل",
    ),
}

# What customers call a connector besides its catalog names; keyed by catalog connector key.
CONNECTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "gmail": ("جي ميل", "جيميل"),
    "google_calendar": ("calendar", "تقويم"),
    "google_sheets": ("google sheet", "شيت", "جوجل شيت"),
    "whatsapp_cloud": ("whatsapp", "واتساب", "واتس اب", "واتس"),
    "website_forms": ("web form", "نموذج الموقع"),
    "linkedin_lead_forms": ("linkedin", "لينكدان", "لينكد ان"),
    "google_business_profile": ("google business", "google my business", "gbp"),
    "crm_generic": ("crm", "hubspot", "salesforce", "zoho", "هبسبوت"),
    "google_meet": ("جوجل ميت",),
    "instagram_graph": ("instagram", "انستقرام", "انستغرام"),
}

# Reply drafts, one per priority. Placeholders are filled from the catalog, so an SLA change
# there changes every draft (and the runbook) without touching this text. The time target has
# a sentence of its own: next to words like «العملاء» the claims linter would read it as a
# speed promise about results.
FIRST_RESPONSE_TEMPLATES: dict[str, str] = {
    "P0": (
        "شكراً لإبلاغنا. صنّفنا بلاغك حالةً حرجة ({priority}) تتعلق بالأمن أو الثقة، وأُبلغ {owner_ar} بها. "
        "سيرد عليك فريقنا خلال {first_response}. لن يُنفَّذ أي إجراء باسمك قبل اعتمادك، "
        "وسنراجع سجل Action Ledger لحسابك ونشاركك ما نجده."
    ),
    "P1": (
        "شكراً لإبلاغنا. صنّفنا بلاغك تعطلاً في الخدمة ({priority}) ويتابعه {owner_ar}. "
        "سيرد عليك فريقنا خلال {first_response}، وهدفنا إعادة الخدمة خلال {resolution}."
    ),
    "P2": (
        "شكراً لإبلاغنا. صنّفنا بلاغك مشكلةً في أحد الموصلات ({priority}) ويتابعه {owner_ar}. "
        "سيرد عليك فريقنا خلال {first_response}. وقد نطلب منك إعادة تفويض الموصل إن انتهت صلاحية الربط."
    ),
    "P3": (
        "شكراً لتواصلك. استلمنا طلبك ({priority}) ويتابعه {owner_ar}. سيرد عليك فريقنا خلال {first_response}."
    ),
}

_CONNECTOR_PRIORITY = "P2"
_AR_LETTER = "[ء-ي]"  # after normalization every Arabic letter is in this range
# Optional conjunction, then a preposition and/or the article: و ف ب ك ل ال لل بال وبال …
_AR_PROCLITICS = "(?:[وف]?(?:لل|[بكل]?ال|[بكل])?)"
_LATIN_WORD = "a-z0-9_"
_SEPARATOR = r"[\s\-]+"


def connector_names() -> tuple[str, ...]:
    """Every name a connector goes by: catalog key, English and Arabic names, then aliases."""
    names: list[str] = []
    for conn in CATALOG.connectors:
        names += [conn.name_en.split("(")[0].strip(), conn.name_ar, conn.key, conn.key.replace("_", " ")]
        names += CONNECTOR_ALIASES.get(conn.key, ())
    return _dedupe(names)


def keywords_by_priority() -> dict[str, tuple[str, ...]]:
    """The full table the router uses: the keyword lists plus the catalog's connector names."""
    table = {p: tuple(words) for p, words in TICKET_KEYWORDS.items()}
    table[_CONNECTOR_PRIORITY] = _dedupe([*table.get(_CONNECTOR_PRIORITY, ()), *connector_names()])
    return table


def _dedupe(words: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for word in words:
        norm = normalize(word).strip()
        if norm and norm not in seen:
            seen.add(norm)
            out.append(word)
    return tuple(out)


def is_arabic(token: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in token)


def keyword_pattern(keyword: str) -> str:
    """A regex for one keyword, over normalized text.

    Arabic: proclitics allowed before the first word and any suffix after the last (a final
    ة may also appear as ت before a suffix: موافقة → موافقتي). Latin: whole words only, with
    ASCII boundaries so an attached Arabic proclitic (وGmail) does not hide the word.
    """
    raw_tokens = keyword.split()
    tokens = normalize(keyword).split()
    parts = []
    for i, (raw, tok) in enumerate(zip(raw_tokens, tokens, strict=True)):
        first, last = i == 0, i == len(tokens) - 1
        if is_arabic(tok):
            core = re.escape(tok)
            if last and normalize(raw, "light").endswith("ة"):
                core = re.escape(tok[:-1]) + f"(?:ه|ت(?={_AR_LETTER}))"
            before = rf"(?<!\w){_AR_PROCLITICS}" if first else ""
            after = rf"{_AR_LETTER}*(?!\w)" if last else ""
        else:
            core = re.escape(tok).replace("'", "['’]?")
            before = f"(?<![{_LATIN_WORD}])" if first else ""
            after = f"(?![{_LATIN_WORD}])" if last else ""
        parts.append(before + core + after)
    return _SEPARATOR.join(parts)


Rules = tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]


def compile_rules(table: Mapping[str, tuple[str, ...]]) -> Rules:
    """(priority, ((keyword, pattern), …)) in table order, which is the order of precedence."""
    return tuple(
        (priority, tuple((kw, re.compile(keyword_pattern(kw))) for kw in words))
        for priority, words in table.items()
    )


_RULES = compile_rules(keywords_by_priority())


class Classification(Frozen):
    priority: str
    matched: tuple[str, ...]  # keywords from the table, as written there, in text order


class TicketRoute(Frozen):
    priority: str
    name_ar: str
    matched: tuple[str, ...]
    owner: str
    owner_ar: str
    first_response_minutes: int = Field(gt=0)
    resolution_minutes: int = Field(gt=0)
    first_response: str
    action: ProposedAction


def _matches(text: str, rules: tuple[tuple[str, re.Pattern[str]], ...]) -> tuple[str, ...]:
    spans = []
    for order, (kw, pattern) in enumerate(rules):
        for m in pattern.finditer(text):
            spans.append((m.start(), m.end(), order, kw))
    # Keep the most specific keyword: drop a match inside (or equal to) an earlier, longer one,
    # so «إرسال بدون موافقة» is not reported a second time as «بدون موافقة».
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
    kept: list[tuple[int, int, int, str]] = []
    for span in spans:
        if any(k[0] <= span[0] and span[1] <= k[1] for k in kept):
            continue
        kept.append(span)
    return _dedupe_plain([k[3] for k in kept])


def _dedupe_plain(words: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))


def classify(text: str) -> Classification:
    norm = normalize(text)
    if not norm.strip():
        raise EmptyTicketError()
    for priority, rules in _RULES:
        matched = _matches(norm, rules)
        if matched:
            return Classification(priority=priority, matched=matched)
    return Classification(priority=DEFAULT_PRIORITY, matched=())


def first_response(priority: Priority) -> str:
    return FIRST_RESPONSE_TEMPLATES[priority.key].format(
        priority=priority.key,
        name_ar=priority.name_ar,
        owner_ar=priority.owner_ar,
        first_response=duration_ar(priority.first_response_minutes),
        resolution=duration_ar(priority.resolution_minutes),
    )


def route(text: str) -> TicketRoute:
    found = classify(text)
    prio = CATALOG.priority(found.priority)
    reply = first_response(prio)
    return TicketRoute(
        priority=prio.key,
        name_ar=prio.name_ar,
        matched=found.matched,
        owner=prio.owner_en,
        owner_ar=prio.owner_ar,
        first_response_minutes=prio.first_response_minutes,
        resolution_minutes=prio.resolution_minutes,
        first_response=reply,
        action=ProposedAction(
            kind=ActionKind.FIRST_RESPONSE,
            key=f"first_response_{prio.key}",
            title_ar=f"اعتماد الرد الأول على بلاغ {prio.key}",
            title_en=f"Approve the first response to a {prio.key} ticket",
            body_ar=reply,
            owner_ar=prio.owner_ar,
            due_in_minutes=prio.first_response_minutes,
        ),
    )


def _check_tables() -> None:
    # Fail at import, not in front of a customer, if the tables drift from the catalog.
    keys = {p.key for p in CATALOG.priorities}
    if set(FIRST_RESPONSE_TEMPLATES) != keys:
        raise RuntimeError(f"first-response templates must cover exactly {sorted(keys)}")
    if not set(TICKET_KEYWORDS) <= keys or DEFAULT_PRIORITY not in keys:
        raise RuntimeError("ticket keywords name a priority the catalog does not have")
    unknown = set(CONNECTOR_ALIASES) - {c.key for c in CATALOG.connectors}
    if unknown:
        raise RuntimeError(f"connector aliases for unknown connectors: {sorted(unknown)}")


_check_tables()
