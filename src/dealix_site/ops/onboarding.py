"""The pilot onboarding checklist: the catalog's steps, in catalog order.

Steps are advanced strictly in order because the order carries safety: the risk review must be
done before the first service run, and channels are connected before data flows through them.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from dealix_site.ops.actions import ActionKind, Frozen, ProposedAction
from dealix_site.ops.catalog import CATALOG, OnboardingStep
from dealix_site.ops.errors import StepOrderError, UnknownStepError


def step_keys() -> tuple[str, ...]:
    return tuple(step.key for step in CATALOG.onboarding_steps)


def step(key: str) -> OnboardingStep:
    for item in CATALOG.onboarding_steps:
        if item.key == key:
            return item
    raise UnknownStepError(key, step_keys())


class OnboardingState(Frozen):
    """What is done so far; kept in catalog order whatever order it was loaded in."""

    done: tuple[str, ...] = ()

    @classmethod
    def of(cls, done: tuple[str, ...] | list[str] = ()) -> OnboardingState:
        """Build from step keys, raising :class:`UnknownStepError` (not pydantic's error)."""
        for key in done:
            step(key)
        return cls(done=tuple(done))

    @field_validator("done")
    @classmethod
    def _known_and_ordered(cls, done: tuple[str, ...]) -> tuple[str, ...]:
        for key in done:
            step(key)  # raises UnknownStepError naming the step and the known ones
        return tuple(k for k in step_keys() if k in set(done))


class StepStatus(Frozen):
    key: str
    title_ar: str
    title_en: str
    done: bool


class Progress(Frozen):
    done: int = Field(ge=0)
    total: int = Field(gt=0)
    percent: float = Field(ge=0, le=100)
    next_step: StepStatus | None
    onboarded: bool
    steps: tuple[StepStatus, ...]


def progress(state: OnboardingState) -> Progress:
    steps = tuple(
        StepStatus(key=s.key, title_ar=s.title_ar, title_en=s.title_en, done=s.key in state.done)
        for s in CATALOG.onboarding_steps
    )
    done = sum(s.done for s in steps)
    total = len(steps)
    pending = [s for s in steps if not s.done]
    return Progress(
        done=done,
        total=total,
        percent=round(100 * done / total, 1),
        next_step=pending[0] if pending else None,
        onboarded=not pending,
        steps=steps,
    )


def advance(state: OnboardingState, key: str) -> OnboardingState:
    """Mark ``key`` done. Re-advancing a done step is a no-op (safe to retry)."""
    step(key)
    if key in state.done:
        return state
    nxt = progress(state).next_step
    assert nxt is not None  # key is known and not done, so something is pending
    if nxt.key != key:
        raise StepOrderError(key, nxt.key)
    return OnboardingState(done=(*state.done, key))


def next_action(state: OnboardingState) -> ProposedAction | None:
    """The next step as a proposal for a person to carry out, or None once onboarded."""
    nxt = progress(state).next_step
    if nxt is None:
        return None
    return ProposedAction(
        kind=ActionKind.ONBOARDING_STEP, key=nxt.key, title_ar=nxt.title_ar, title_en=nxt.title_en
    )
