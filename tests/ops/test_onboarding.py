from __future__ import annotations

import pytest

from dealix_site.ops import onboarding
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.errors import StepOrderError, UnknownStepError
from dealix_site.ops.onboarding import OnboardingState, advance, progress

STEPS = [s.key for s in CATALOG.onboarding_steps]


def test_checklist_is_the_catalog_steps_in_order() -> None:
    p = progress(OnboardingState())
    assert [s.key for s in p.steps] == STEPS
    assert len(STEPS) == 8  # the spec's eight pilot steps
    assert (p.done, p.total, p.percent, p.onboarded) == (0, len(STEPS), 0, False)
    assert p.next_step is not None and p.next_step.key == STEPS[0]
    assert p.next_step.title_ar == CATALOG.onboarding_steps[0].title_ar


def test_advancing_moves_progress_and_next_step() -> None:
    state = advance(OnboardingState(), STEPS[0])
    state = advance(state, STEPS[1])
    p = progress(state)
    assert p.done == 2
    assert p.percent == round(100 * 2 / len(STEPS), 1)
    assert p.next_step is not None and p.next_step.key == STEPS[2]
    assert [s.done for s in p.steps] == [True, True] + [False] * (len(STEPS) - 2)


def test_unknown_step_is_a_clear_error() -> None:
    with pytest.raises(UnknownStepError) as info:
        advance(OnboardingState(), "launch_rocket")
    message = str(info.value)
    assert "launch_rocket" in message
    assert all(key in message for key in STEPS)
    assert info.value.known == tuple(STEPS)
    with pytest.raises(UnknownStepError):
        OnboardingState.of(["launch_rocket"])


def test_steps_cannot_be_skipped() -> None:
    # The risk review must come before the first service run, so order is enforced.
    with pytest.raises(StepOrderError) as info:
        advance(OnboardingState(), "first_service_run")
    assert info.value.pending == STEPS[0]
    assert "first_service_run" in str(info.value)


def test_readvancing_a_done_step_is_a_no_op() -> None:
    state = advance(OnboardingState(), STEPS[0])
    assert advance(state, STEPS[0]) == state


def test_completing_every_step_marks_the_pilot_onboarded() -> None:
    state = OnboardingState()
    for key in STEPS:
        assert not progress(state).onboarded
        state = advance(state, key)
    p = progress(state)
    assert (p.done, p.percent, p.onboarded, p.next_step) == (len(STEPS), 100, True, None)
    assert onboarding.next_action(state) is None


def test_loaded_state_is_kept_in_catalog_order() -> None:
    state = OnboardingState.of([STEPS[1], STEPS[0]])
    assert state.done == (STEPS[0], STEPS[1])


def test_next_action_is_a_proposal() -> None:
    action = onboarding.next_action(OnboardingState())
    assert action is not None
    assert action.key == STEPS[0]
    assert action.approval_required is True and action.live_send_allowed is False
