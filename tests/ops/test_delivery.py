from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dealix_site.ops.actions import ActionKind
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.delivery import brief_markdown, delivery_brief, handoff_steps
from dealix_site.ops.errors import OpsInputError
from dealix_site.ops.sla import TicketEvent

T0 = datetime(2025, 3, 2, 9, 0, tzinfo=UTC)


def ev(ticket: str, kind: str, minutes: int, priority: str | None = None) -> TicketEvent:
    return TicketEvent(ticket_id=ticket, type=kind, at=T0 + timedelta(minutes=minutes), priority=priority)


def test_brief_joins_bundle_customer_and_goals() -> None:
    brief = delivery_brief(
        bundle="executive_growth_os",
        customer=" شركة الريادة ",
        goals=["أول 10 فرص", " ", "Proof Pack"],
        now=T0,
    )
    bundle = CATALOG.bundle("executive_growth_os")
    assert (brief.bundle, brief.bundle_name, brief.bundle_summary_ar) == (
        bundle.key,
        bundle.name_en,
        bundle.summary_ar,
    )
    assert brief.mode == "service_delivery"
    assert brief.customer == "شركة الريادة" and brief.goals == ("أول 10 فرص", "Proof Pack")
    assert brief.open_tickets == () and brief.breached_tickets == ()


def test_brief_flags_open_tickets_that_breached_their_sla() -> None:
    p3_first_response = CATALOG.priority("P3").first_response_minutes
    events = [
        ev("fresh", "opened", 0, "P1"),  # opened just now: pending
        ev("stale", "opened", -(p3_first_response + 60), "P3"),  # first response an hour overdue
        ev("done", "opened", -30, "P0"),
        ev("done", "resolved", -25),  # resolved: not open
    ]
    brief = delivery_brief(bundle="growth_starter", customer="C", goals=["g"], events=events, now=T0)
    assert [t.ticket_id for t in brief.open_tickets] == ["stale", "fresh"]  # breaches first
    assert brief.breached_tickets == ("stale",)
    assert brief.open_tickets[0].breached and not brief.open_tickets[1].breached


def test_handoff_is_five_steps_into_the_success_cadence() -> None:
    steps = handoff_steps()
    assert len(steps) == 5
    cadences = {c.key for c in CATALOG.cadences}
    assert all(s.kind is ActionKind.HANDOFF_STEP and s.cadence in cadences for s in steps)
    assert steps[0].cadence == "monthly_proof_review" and steps[-1].cadence == "renewal_30_day"
    assert delivery_brief(bundle="data_to_revenue", customer="C", goals=["g"]).handoff == steps


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"bundle": "nope", "customer": "C", "goals": ["g"]}, "bundle"),
        ({"bundle": "growth_starter", "customer": "  ", "goals": ["g"]}, "customer"),
        ({"bundle": "growth_starter", "customer": "C", "goals": [" "]}, "goals"),
    ],
)
def test_bad_input_names_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(OpsInputError) as info:
        delivery_brief(**kwargs)
    assert info.value.field == field


def test_brief_markdown_lists_goals_breaches_and_handoff() -> None:
    p3_first_response = CATALOG.priority("P3").first_response_minutes
    events = [ev("stale", "opened", -(p3_first_response + 60), "P3")]
    brief = delivery_brief(
        bundle="partnership_growth", customer="وكالة المدى", goals=["أول 10 فرص"], events=events, now=T0
    )
    md = brief_markdown(brief)
    assert md.startswith("# موجز تقديم الخدمة: وكالة المدى")
    assert "- أول 10 فرص" in md and "| stale | P3 | breached |" in md
    assert all(f"{i}. {s.title_ar}" in md for i, s in enumerate(brief.handoff, 1))
