from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealix_site.ops import support
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.errors import EmptyTicketError
from dealix_site.ops.support import classify, route
from dealix_site.ops.text import duration_ar

RANK = {p.key: i for i, p in enumerate(CATALOG.priorities)}  # P0 is the most urgent


@pytest.mark.parametrize(
    "text",
    [
        "تم تسريب بيانات العملاء",
        "البيانات تسربت أمس",
        "نخشى من التسريب",
        "وجدنا بيانات مسربة",
        "أُرسلت رسالة بدون موافقتي",
        "تم الإرسال بدون موافقة المدير",
        "اختراق في الحساب",
    ],
)
def test_arabic_security_and_trust_reports_are_p0(text: str) -> None:
    assert classify(text).priority == "P0"


@pytest.mark.parametrize(
    "text",
    [
        "Our API key was leaked on GitHub",
        "a password leaked in the logs",
        "The secret token is exposed in a public repo",
        "An email went out without approval",
        "unauthorized message sent to a prospect",
        "We saw a live charge on the customer's card",
    ],
)
def test_english_security_and_trust_reports_are_p0(text: str) -> None:
    assert classify(text).priority == "P0"


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        ("النظام متوقف من الصباح", "P1"),
        ("لوحة التحكم لا تعمل", "P1"),
        ("the dashboard is down", "P1"),
        ("We get an HTTP 500 on login", "P1"),
        ("خطأ ٥٠٠ عند فتح الصفحة", "P1"),  # Arabic-Indic digits are folded
        ("فشل ربط الحساب", "P2"),
        ("OAuth token expired again", "P2"),
        ("أين أجد فاتورة الشهر الماضي؟", "P3"),
        ("كم سعر الباقة؟ 500 ريال؟", "P3"),  # a bare amount is not an HTTP error
    ],
)
def test_service_down_connector_and_other(text: str, priority: str) -> None:
    assert classify(text).priority == priority


def test_mixed_arabic_english() -> None:
    assert classify("الـ Dashboard is down من ساعة").priority == "P1"
    found = classify("مشكلة في ربط HubSpot و token expired")
    assert found.priority == "P2"
    assert set(found.matched) >= {"ربط", "hubspot", "token expired"}
    # An Arabic proclitic glued to an English word does not hide it.
    assert classify("وGmail ما وصلت منه المسودات").priority == "P2"
    # Security beats everything else in the same ticket.
    assert classify("WhatsApp Cloud down and an API key leaked").priority == "P0"


def test_tatweel_diacritics_and_invisible_characters_do_not_hide_p0() -> None:
    for text in ("تـسـريـب", "تَسْرِيب", "تسـ\u200cـريب", "\u202bتسريب\u202c", "ﺗﺴﺮﻳﺐ"):
        found = classify(text)
        assert found.priority == "P0", text
        assert found.matched == ("تسريب",)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u200b\u200c", "ـــ"])
def test_empty_input_is_an_error(text: str) -> None:
    with pytest.raises(EmptyTicketError) as info:
        classify(text)
    assert info.value.field == "text"


def test_matched_words_are_returned() -> None:
    # The most specific keyword is reported, not also the shorter one inside it.
    assert classify("تم إرسال بدون موافقة").matched == ("إرسال بدون موافقة",)
    assert classify("leaked and then leaked again").matched == ("leaked",)
    assert classify("شكراً على التقرير").matched == ()
    both = classify("the API key leaked, it is exposed")
    assert both.matched == ("leaked", "exposed")


def test_english_matches_whole_words_only() -> None:
    assert classify("Please help with the download page").priority == "P3"  # not "down"
    assert classify("lazy follow-ups").priority == "P3"
    assert classify("لازم يعمل التقرير أسبوعياً").priority == "P3"  # not «لا يعمل»


@pytest.mark.parametrize("conn", CATALOG.connectors, ids=lambda c: c.key)
def test_every_catalog_connector_name_routes_to_p2(conn) -> None:  # type: ignore[no-untyped-def]
    name_en = conn.name_en.split("(")[0].strip()
    assert classify(f"problem with {name_en}").priority == "P2"
    assert classify(f"مشكلة في {conn.name_ar}").priority == "P2"


def test_route_takes_owner_and_targets_from_the_catalog() -> None:
    for text, key in (("تسريب", "P0"), ("outage", "P1"), ("oauth", "P2"), ("سؤال عن الفاتورة", "P3")):
        r = route(text)
        p = CATALOG.priority(key)
        assert r.priority == key
        assert (r.owner, r.owner_ar) == (p.owner_en, p.owner_ar)
        assert (r.first_response_minutes, r.resolution_minutes) == (
            p.first_response_minutes,
            p.resolution_minutes,
        )
        assert p.owner_ar in r.first_response
    assert route("تسريب").owner == "Founder"  # "P0: the founder", per the spec


def test_p0_template_states_the_catalogs_p0_minutes() -> None:
    minutes = CATALOG.priority("P0").first_response_minutes
    reply = route("data leak").first_response
    assert f"{minutes} دقيقة" in reply  # 30 in today's catalog: «خلال 30 دقيقة»
    assert f"خلال {duration_ar(minutes)}" in reply


def test_template_follows_a_catalog_change(monkeypatch: pytest.MonkeyPatch) -> None:
    p0 = CATALOG.priority("P0").model_copy(update={"first_response_minutes": 45})
    changed = CATALOG.model_copy(update={"priorities": (p0, *CATALOG.priorities[1:])})
    monkeypatch.setattr(support, "CATALOG", changed)
    r = route("تسريب")
    assert r.first_response_minutes == 45
    assert "45 دقيقة" in r.first_response


def test_keywords_are_normalized_once_at_compile_time() -> None:
    # A keyword written with diacritics and hamza still matches plain text.
    import re

    pattern = re.compile(support.keyword_pattern("إِرْسَال"))
    assert pattern.search("ارسال")
    assert support.keyword_pattern("تسريب") == support.keyword_pattern("تَسْرِيب")


def test_first_response_is_a_draft_to_approve() -> None:
    action = route("تسريب").action
    assert action.approval_required is True and action.live_send_allowed is False
    assert action.body_ar == route("تسريب").first_response


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=60), st.text(max_size=60))
def test_more_text_never_lowers_priority(head: str, tail: str) -> None:
    try:
        before = classify(head).priority
    except EmptyTicketError:
        return
    after = classify(head + " " + tail).priority
    assert RANK[after] <= RANK[before]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40), st.sampled_from(support.TICKET_KEYWORDS["P0"]))
def test_any_p0_keyword_makes_a_ticket_p0(text: str, keyword: str) -> None:
    assert classify(f"{text} {keyword}").priority == "P0"
