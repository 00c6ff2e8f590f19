"""Service-delivery mode: the brief a delivery team works from, and the hand-off to success.

The brief joins the bundle (catalog), the customer's goals, and the SLA state of the
customer's open tickets (from :mod:`dealix_site.ops.sla`), with breaches listed first so they
are read first. The hand-off is five steps that end the delivery by starting the
customer-success cadence, each a proposal for a person to carry out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pydantic import Field

from dealix_site.ops.actions import ActionKind, Frozen, ProposedAction
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.errors import OpsInputError
from dealix_site.ops.sla import TicketEvent, TicketSla, classify_tickets

DELIVERY_MODE = "service_delivery"

# (key, cadence it starts, Arabic title, English title), in hand-off order.
HANDOFF_STEPS: tuple[tuple[str, str, str, str], ...] = (
    ("deliver_proof_pack", "monthly_proof_review", "تسليم Proof Pack للعميل ومراجعته معه",
     "Deliver the Proof Pack and review it with the customer"),
    ("introduce_success_owner", "weekly_check_in", "تعريف العميل بمسؤول نجاح العملاء وتسليمه ملف الحساب",
     "Introduce the customer-success owner and hand over the account file"),
    ("schedule_weekly_check_in", "weekly_check_in", "جدولة أول متابعة أسبوعية",
     "Schedule the first weekly check-in"),
    ("baseline_risk", "at_risk_alert", "تسجيل خط الأساس لمؤشر الخطر ومتابعة تنبيهاته",
     "Record the at-risk baseline and watch its alerts"),
    ("set_renewal_reminders", "renewal_30_day", "ضبط تذكيرات التجديد قبل 30 يوماً وقبل 7 أيام",
     "Set the 30-day and 7-day renewal reminders"),
)


class DeliveryBrief(Frozen):
    mode: str
    mode_summary_ar: str
    bundle: str
    bundle_name: str
    bundle_summary_ar: str
    customer: str = Field(min_length=1)
    goals: tuple[str, ...] = Field(min_length=1)
    open_tickets: tuple[TicketSla, ...]  # breached first, then by due time
    breached_tickets: tuple[str, ...]
    handoff: tuple[ProposedAction, ...]


def handoff_steps() -> tuple[ProposedAction, ...]:
    cadences = {c.key: c for c in CATALOG.cadences}
    owner = CATALOG.priority("P3").owner_ar  # customer success owns the account after hand-off
    return tuple(
        ProposedAction(
            kind=ActionKind.HANDOFF_STEP,
            key=key,
            title_ar=title_ar,
            title_en=title_en,
            body_ar=cadences[cadence].title_ar,
            owner_ar=owner,
            cadence=cadences[cadence].key,
        )
        for key, cadence, title_ar, title_en in HANDOFF_STEPS
    )


def delivery_brief(
    *,
    bundle: str,
    customer: str,
    goals: Iterable[str],
    events: Iterable[TicketEvent] = (),
    now: datetime | None = None,
) -> DeliveryBrief:
    """``events`` are the customer's ticket events (e.g. read from the event log)."""
    try:
        b = CATALOG.bundle(bundle)
    except KeyError:
        known = ", ".join(x.key for x in CATALOG.bundles)
        raise OpsInputError("bundle", f"unknown bundle {bundle!r}; known: {known}") from None
    if not customer.strip():
        raise OpsInputError("customer", "must not be empty")
    goal_list = tuple(g.strip() for g in goals if g.strip())
    if not goal_list:
        raise OpsInputError("goals", "at least one goal is required")
    mode = next(m for m in CATALOG.modes if m.key == DELIVERY_MODE)
    slas, _ = classify_tickets(events, now)
    open_tickets = sorted(
        (s for s in slas if s.resolved_at is None), key=lambda s: (not s.breached, s.resolution_due)
    )
    return DeliveryBrief(
        mode=mode.key,
        mode_summary_ar=mode.summary_ar,
        bundle=b.key,
        bundle_name=b.name_en,
        bundle_summary_ar=b.summary_ar,
        customer=customer.strip(),
        goals=goal_list,
        open_tickets=tuple(open_tickets),
        breached_tickets=tuple(s.ticket_id for s in open_tickets if s.breached),
        handoff=handoff_steps(),
    )


def _check_tables() -> None:
    cadences = {c.key for c in CATALOG.cadences}
    if len(HANDOFF_STEPS) != 5 or not {c for _, c, _, _ in HANDOFF_STEPS} <= cadences:
        raise RuntimeError("the hand-off is five steps, each starting a catalog cadence")
    if DELIVERY_MODE not in {m.key for m in CATALOG.modes}:
        raise RuntimeError(f"the catalog has no {DELIVERY_MODE!r} mode")


_check_tables()


def brief_markdown(brief: DeliveryBrief) -> str:
    """The brief as an Arabic Markdown page for the delivery team."""
    lines = [
        f"# موجز تقديم الخدمة: {brief.customer}",
        "",
        f"- **الباقة:** {brief.bundle_name} — {brief.bundle_summary_ar}",
        f"- **وضع التشغيل:** {brief.mode_summary_ar}",
        "",
        "## الأهداف",
        "",
        *(f"- {goal}" for goal in brief.goals),
        "",
        "## التذاكر المفتوحة",
        "",
    ]
    if brief.open_tickets:
        lines += ["| التذكرة | الأولوية | الرد الأول | الحل |", "|---|---|---|---|"]
        lines += [
            f"| {t.ticket_id} | {t.priority} | {t.first_response.value} | {t.resolution.value} |"
            for t in brief.open_tickets
        ]
        if brief.breached_tickets:
            lines += ["", f"**تجاوزت هدف الخدمة:** {'، '.join(brief.breached_tickets)}"]
    else:
        lines.append("لا توجد تذاكر مفتوحة.")
    lines += ["", "## التسليم إلى نجاح العملاء", ""]
    lines += [f"{i}. {step.title_ar}" for i, step in enumerate(brief.handoff, 1)]
    return "\n".join(lines) + "\n"
