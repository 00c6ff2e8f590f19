"""The one shape of everything this module proposes.

Dealix is Approval-first: a person approves every action, and nothing here sends, charges or
posts. The two flags are ``Literal`` types, so a ``ProposedAction`` that does not require
approval, or that allows a live send, cannot even be constructed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Frozen(BaseModel):
    """Base for value models: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class ActionKind(StrEnum):
    FIRST_RESPONSE = "first_response"
    INCIDENT_STEP = "incident_step"
    CHECK_IN = "check_in"
    AT_RISK_OUTREACH = "at_risk_outreach"
    TOUCHPOINT = "touchpoint"
    HANDOFF_STEP = "handoff_step"
    ONBOARDING_STEP = "onboarding_step"


class ProposedAction(Frozen):
    kind: ActionKind
    key: str = Field(min_length=1)  # stable id within its producer (step key, cadence key …)
    title_ar: str = Field(min_length=1)
    title_en: str = ""
    body_ar: str = ""
    owner_ar: str = ""
    due_in_minutes: int | None = Field(default=None, ge=0)
    day: int | None = Field(default=None, ge=0)  # for dated plans: day number from the start
    cadence: str | None = None  # catalog cadence key, for customer-success touchpoints
    approval_required: Literal[True] = True
    live_send_allowed: Literal[False] = False
