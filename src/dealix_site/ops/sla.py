"""SLA tracking: ticket events, per-ticket breach classification and a health report.

Targets come from the catalog's priorities. Clocks run from a ticket's first ``opened`` event:
the first response is due ``first_response_minutes`` later and the resolution
``resolution_minutes`` later. A reopen means the ticket was not really resolved, so the
resolution clock keeps running from the original open to the last ``resolved``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    computed_field,
    field_validator,
)

from dealix_site.ops.actions import Frozen
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.errors import OpsInputError

# Breach-rate verdicts: below the first is healthy, below the second is watch, else critical.
HEALTHY_BELOW = 0.05
WATCH_BELOW = 0.15

TICKET_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,63}"
_TICKET_ID = re.compile(TICKET_ID_PATTERN)


class EventType(StrEnum):
    OPENED = "opened"
    FIRST_RESPONSE = "first_response"
    RESOLVED = "resolved"
    REOPENED = "reopened"


def parse_timestamp(value: Any, field: str = "at") -> datetime:
    """A timezone-aware ISO 8601 timestamp, as UTC; :class:`OpsInputError` naming ``field`` if not."""
    try:
        return _parse_timestamp(value)
    except ValueError as exc:
        raise OpsInputError(field, str(exc)) from None


def _parse_timestamp(value: Any) -> datetime:
    # Numbers are refused: an epoch has no visible timezone and is easy to pass by mistake.
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"not an ISO 8601 timestamp: {value!r}") from None
    if not isinstance(value, datetime):
        raise ValueError("must be an ISO 8601 timestamp string")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("timestamp must include a timezone offset (e.g. +03:00 or Z)")
    return value.astimezone(UTC)


class TicketEvent(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    ticket_id: str
    type: EventType
    at: AwareDatetime
    # validate_default: the "required on opened" rule must run when priority is left out too.
    priority: str | None = Field(default=None, validate_default=True)

    @field_validator("ticket_id")
    @classmethod
    def _ticket_id(cls, value: str) -> str:
        if not _TICKET_ID.fullmatch(value):
            raise ValueError("must be 1–64 letters, digits or . _ : - and start with a letter or digit")
        return value

    @field_validator("at", mode="before")
    @classmethod
    def _iso(cls, value: Any) -> datetime:
        return _parse_timestamp(value)

    @field_validator("priority")
    @classmethod
    def _priority(cls, value: str | None, info: ValidationInfo) -> str | None:
        keys = [p.key for p in CATALOG.priorities]
        if value is not None and value not in keys:
            raise ValueError(f"unknown priority {value!r}; known: {', '.join(keys)}")
        # Only `opened` sets the priority, so a ticket's SLA targets can never be ambiguous.
        kind = info.data.get("type")
        if kind is EventType.OPENED and value is None:
            raise ValueError("required on an 'opened' event")
        if kind is not None and kind is not EventType.OPENED and value is not None:
            raise ValueError("only allowed on an 'opened' event")
        return value


class SlaStatus(StrEnum):
    WITHIN = "within"
    BREACHED = "breached"
    PENDING = "pending"


class Targets(Frozen):
    priority: str
    first_response_minutes: int
    resolution_minutes: int


def targets(priority: str) -> Targets:
    p = CATALOG.priority(priority)
    return Targets(priority=p.key, first_response_minutes=p.first_response_minutes,
                   resolution_minutes=p.resolution_minutes)


class TicketSla(Frozen):
    ticket_id: str
    priority: str
    opened_at: datetime
    first_response_due: datetime
    resolution_due: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None  # None while open (including after a reopen)
    first_response: SlaStatus
    resolution: SlaStatus

    @computed_field  # type: ignore[prop-decorator]
    @property
    def breached(self) -> bool:
        return SlaStatus.BREACHED in (self.first_response, self.resolution)


def _clock(due: datetime, done_at: datetime | None, now: datetime) -> SlaStatus:
    if done_at is not None:
        return SlaStatus.WITHIN if done_at <= due else SlaStatus.BREACHED
    # Still open: already late is a breach now, not "pending".
    return SlaStatus.BREACHED if now > due else SlaStatus.PENDING


def classify_ticket(events: Iterable[TicketEvent], now: datetime | None = None) -> TicketSla | None:
    """The SLA state of one ticket from its events (any order); None if it was never opened."""
    now = parse_timestamp(now, "now") if now is not None else datetime.now(UTC)
    ordered = sorted(events, key=lambda e: e.at)  # stable: equal times keep log order
    opened = next((e for e in ordered if e.type is EventType.OPENED), None)
    if opened is None:
        return None
    assert opened.priority is not None  # guaranteed by TicketEvent
    tgt = targets(opened.priority)
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    for event in ordered:
        if event.type in (EventType.FIRST_RESPONSE, EventType.RESOLVED) and first_response_at is None:
            # Resolving a ticket answers the customer too, so it also stops the response clock.
            first_response_at = event.at
        if event.type is EventType.RESOLVED:
            resolved_at = event.at
        elif event.type is EventType.REOPENED:
            resolved_at = None
    fr_due = opened.at + timedelta(minutes=tgt.first_response_minutes)
    res_due = opened.at + timedelta(minutes=tgt.resolution_minutes)
    return TicketSla(
        ticket_id=opened.ticket_id,
        priority=tgt.priority,
        opened_at=opened.at,
        first_response_due=fr_due,
        resolution_due=res_due,
        first_response_at=first_response_at,
        resolved_at=resolved_at,
        first_response=_clock(fr_due, first_response_at, now),
        resolution=_clock(res_due, resolved_at, now),
    )


def classify_tickets(
    events: Iterable[TicketEvent], now: datetime | None = None
) -> tuple[list[TicketSla], list[str]]:
    """Every opened ticket's SLA, and the ids of tickets with events but no ``opened``."""
    by_ticket: dict[str, list[TicketEvent]] = defaultdict(list)
    for event in events:
        by_ticket[event.ticket_id].append(event)
    slas, orphans = [], []
    for ticket_id, evs in by_ticket.items():
        sla = classify_ticket(evs, now)
        if sla is None:
            orphans.append(ticket_id)
        else:
            slas.append(sla)
    return slas, sorted(orphans)


class Verdict(StrEnum):
    HEALTHY = "healthy"
    WATCH = "watch"
    CRITICAL = "critical"


VERDICT_AR: dict[Verdict, str] = {
    Verdict.HEALTHY: "سليم",
    Verdict.WATCH: "تحت المراقبة",
    Verdict.CRITICAL: "حرج",
}


def verdict(breach_rate: float) -> Verdict:
    if breach_rate < HEALTHY_BELOW:
        return Verdict.HEALTHY
    if breach_rate < WATCH_BELOW:
        return Verdict.WATCH
    return Verdict.CRITICAL


class PriorityStats(Frozen):
    tickets: int = Field(ge=0)
    breaches: int = Field(ge=0)  # tickets with at least one breached clock
    first_response_breaches: int = Field(ge=0)
    resolution_breaches: int = Field(ge=0)
    open: int = Field(ge=0)
    breach_rate: float = Field(ge=0, le=1)
    verdict: Verdict


class SlaReport(Frozen):
    since: datetime | None
    until: datetime | None
    now: datetime
    tickets: int
    breaches: int
    breach_rate: float
    verdict: Verdict
    by_priority: dict[str, PriorityStats]
    breached_tickets: tuple[str, ...]
    orphans: tuple[str, ...]


def _stats(slas: list[TicketSla]) -> PriorityStats:
    n = len(slas)
    breaches = sum(s.breached for s in slas)
    rate = breaches / n if n else 0.0
    return PriorityStats(
        tickets=n,
        breaches=breaches,
        first_response_breaches=sum(s.first_response is SlaStatus.BREACHED for s in slas),
        resolution_breaches=sum(s.resolution is SlaStatus.BREACHED for s in slas),
        open=sum(s.resolved_at is None for s in slas),
        breach_rate=round(rate, 4),
        verdict=verdict(rate),
    )


def health_report(
    events: Iterable[TicketEvent],
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> SlaReport:
    """Tickets opened in ``[since, until)``; a ticket counts once however many clocks it breached."""
    now = parse_timestamp(now, "now") if now is not None else datetime.now(UTC)
    since = parse_timestamp(since, "since") if since is not None else None
    until = parse_timestamp(until, "until") if until is not None else None
    slas, orphans = classify_tickets(events, now)
    slas = [
        s for s in slas if (since is None or s.opened_at >= since) and (until is None or s.opened_at < until)
    ]
    overall = _stats(slas)
    return SlaReport(
        since=since,
        until=until,
        now=now,
        tickets=overall.tickets,
        breaches=overall.breaches,
        breach_rate=overall.breach_rate,
        verdict=verdict(overall.breaches / overall.tickets if overall.tickets else 0.0),
        by_priority={p.key: _stats([s for s in slas if s.priority == p.key]) for p in CATALOG.priorities},
        breached_tickets=tuple(sorted(s.ticket_id for s in slas if s.breached)),
        orphans=tuple(orphans),
    )
