from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealix_site.ops import success
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.errors import OpsInputError
from dealix_site.ops.sla import Verdict
from dealix_site.ops.success import at_risk, health, risk_severity, success_plan, weekly_check_in

FIELDS = ("days_inactive", "drafts_pending", "last_proof_pack_days")
counts = st.integers(0, 2_000)


def test_cadence_types_are_the_catalogs_six() -> None:
    assert success.cadence_types() == tuple(c.key for c in CATALOG.cadences)
    assert len(success.cadence_types()) == 6


def test_weekly_check_in_is_25_minutes_with_arabic_talking_points() -> None:
    check_in = weekly_check_in("شركة النخبة")
    assert check_in.minutes == 25  # per the spec…
    assert "25" in next(c for c in CATALOG.cadences if c.key == "weekly_check_in").when_ar  # …and the catalog
    assert sum(item.minutes for item in check_in.agenda) == check_in.minutes
    assert check_in.talking_points and all(
        any("\u0600" <= ch <= "\u06ff" for ch in p) for p in check_in.talking_points
    )
    assert "شركة النخبة" in check_in.action.title_ar and check_in.action.cadence == "weekly_check_in"


def test_no_risk_when_everything_is_fresh() -> None:
    r = at_risk(days_inactive=0, drafts_pending=0, last_proof_pack_days=0)
    assert (r.risk_score, r.severity, r.reasons, r.action) == (0, "low", (), None)


def test_each_factor_adds_points_above_its_grace_up_to_its_cap() -> None:
    for f in success.RISK_FACTORS:
        zero = dict.fromkeys(FIELDS, 0)
        at_grace = at_risk(**{**zero, f.field: f.grace})
        assert at_grace.points[f.field] == 0
        one_more = at_risk(**{**zero, f.field: f.grace + 1})
        assert one_more.points[f.field] == min(f.cap, f.points_per_unit)
        huge = at_risk(**{**zero, f.field: 10_000})
        assert huge.points[f.field] == f.cap
        assert len(huge.reasons) == 1 and "10000" in huge.reasons[0]


def test_score_is_clamped_and_severity_follows_the_thresholds() -> None:
    worst = at_risk(days_inactive=10_000, drafts_pending=10_000, last_proof_pack_days=10_000)
    assert worst.risk_score == min(success.SCORE_MAX, sum(f.cap for f in success.RISK_FACTORS))
    assert worst.severity == "high" and len(worst.reasons) == 3
    assert worst.action is not None and worst.action.cadence == "at_risk_alert"
    for name, bound in success.RISK_SEVERITY_THRESHOLDS:
        assert risk_severity(bound) == name
    assert dict(success.RISK_SEVERITY_THRESHOLDS) == {"high": 60, "medium": 30}
    assert risk_severity(29) == "low" and risk_severity(59) == "medium"


def test_reasons_are_arabic_and_name_the_values() -> None:
    r = at_risk(days_inactive=12, drafts_pending=9, last_proof_pack_days=45)
    assert len(r.reasons) == 3
    assert "12" in r.reasons[0] and "9" in r.reasons[1] and "45" in r.reasons[2]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in reason) for reason in r.reasons)


@pytest.mark.parametrize("field", FIELDS)
def test_negative_input_names_the_field(field: str) -> None:
    with pytest.raises(OpsInputError) as info:
        at_risk(**{**dict.fromkeys(FIELDS, 0), field: -1})
    assert info.value.field == field


def test_health_is_100_minus_risk_with_a_matching_verdict() -> None:
    for inputs in (
        {"days_inactive": 0, "drafts_pending": 0, "last_proof_pack_days": 0},
        {"days_inactive": 9, "drafts_pending": 0, "last_proof_pack_days": 0},
        {"days_inactive": 30, "drafts_pending": 30, "last_proof_pack_days": 90},
    ):
        h = health(**inputs)
        assert h.health_score == 100 - h.risk.risk_score
        assert (
            h.verdict
            is {"low": Verdict.HEALTHY, "medium": Verdict.WATCH, "high": Verdict.CRITICAL}[h.risk.severity]
        )


@settings(max_examples=200, deadline=None)
@given(counts, counts, counts, st.sampled_from(FIELDS), st.integers(0, 500))
def test_risk_is_monotone_in_every_input_and_within_0_100(
    a: int, b: int, c: int, field: str, more: int
) -> None:
    base = dict(zip(FIELDS, (a, b, c), strict=True))
    before = at_risk(**base).risk_score
    after = at_risk(**{**base, field: base[field] + more}).risk_score
    assert 0 <= before <= after <= 100


def test_every_bundle_has_a_30_day_plan() -> None:
    cadences = set(success.cadence_types())
    for b in CATALOG.bundles:
        plan = success_plan(b.key)
        days = [t.day for t in plan.touchpoints]
        assert days == sorted(days) and all(d is not None and 1 <= d <= 30 for d in days)
        assert {t.cadence for t in plan.touchpoints} <= cadences
        assert all(t.title_ar for t in plan.touchpoints)
        assert plan.bundle_name == b.name_en


def test_executive_plan_has_a_founder_shadow_board_session() -> None:
    plan = success_plan("executive_growth_os")
    assert any("Founder Shadow Board" in t.title_ar for t in plan.touchpoints)
    assert not any("Founder Shadow Board" in t.title_ar for t in success_plan("growth_starter").touchpoints)


def test_plan_dates_follow_the_start_date() -> None:
    start = date(2025, 3, 2)
    plan = success_plan("partnership_growth", start=start)
    assert plan.dates == tuple(start + timedelta(days=t.day or 0) for t in plan.touchpoints)
    assert success_plan("partnership_growth").dates == ()


def test_unknown_bundle_is_an_error() -> None:
    with pytest.raises(OpsInputError, match="growth_starter"):
        success_plan("mega_bundle")
