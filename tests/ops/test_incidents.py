from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dealix_site.ops import incidents
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.errors import OpsInputError
from dealix_site.ops.incidents import SEV2_MIN_AFFECTED_CUSTOMERS, postmortem_template, severity_for, triage

RANK = {key: i for i, key in enumerate(incidents.SEVERITY_ORDER)}  # SEV1 is the most severe
CANONICAL = [
    "freeze_live_actions",
    "notify_founder",
    "open_incident_channel",
    "review_action_ledger",
    "pdpl_notification",
]


@pytest.mark.parametrize("affected", [0, 1, SEV2_MIN_AFFECTED_CUSTOMERS, 1000])
def test_data_leak_or_unauthorized_send_is_sev1_whatever_the_count(affected: int) -> None:
    assert severity_for(data_leak=True, affected_customers=affected) == "SEV1"
    assert severity_for(unauthorized_send=True, affected_customers=affected) == "SEV1"


def test_sev2_from_five_affected_customers() -> None:
    assert SEV2_MIN_AFFECTED_CUSTOMERS == 5  # the spec's rule
    # …and the catalog's prose rule says the same number.
    assert str(SEV2_MIN_AFFECTED_CUSTOMERS) in CATALOG.severity("SEV2").rule_ar
    assert severity_for(affected_customers=5) == "SEV2"
    assert severity_for(affected_customers=50) == "SEV2"
    assert severity_for(affected_customers=4) == "SEV3"
    assert severity_for() == "SEV3"


@pytest.mark.parametrize("bad", [-1, -100])
def test_negative_counts_are_an_error(bad: int) -> None:
    with pytest.raises(OpsInputError) as info:
        triage(affected_customers=bad)
    assert info.value.field == "affected_customers" and "must be >= 0" in str(info.value)


@pytest.mark.parametrize("bad", [True, 2.5, "3"])
def test_non_integer_counts_are_an_error(bad: object) -> None:
    with pytest.raises(OpsInputError):
        triage(affected_customers=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("sev", CATALOG.severities, ids=lambda s: s.key)
def test_times_come_from_the_catalog(sev) -> None:  # type: ignore[no-untyped-def]
    inputs = {"SEV1": {"data_leak": True}, "SEV2": {"affected_customers": 5}, "SEV3": {}}[sev.key]
    result = triage(**inputs)
    assert result.severity == sev.key
    assert (result.first_action_minutes, result.comm_cadence_minutes) == (
        sev.first_action_minutes,
        sev.comm_cadence_minutes,
    )


@pytest.mark.parametrize("inputs", [{"data_leak": True}, {"affected_customers": 7}, {}])
def test_plan_starts_with_the_five_canonical_steps_then_extras(inputs: dict) -> None:
    result = triage(**inputs)
    keys = [a.key for a in result.plan]
    assert keys[:5] == CANONICAL
    extras = [s.key for s in incidents.extra_steps(CATALOG.severity(result.severity))]
    assert extras and keys[5:] == extras
    assert all(a.title_ar and a.title_en for a in result.plan)
    assert all(a.due_in_minutes == result.first_action_minutes for a in result.plan[:5])


def test_canonical_step_text_is_built_from_the_catalog() -> None:
    freeze, founder, _, ledger, pdpl = incidents.canonical_steps()
    for conn in CATALOG.connectors:
        if conn.live_flag:
            assert conn.live_flag in freeze.title_ar and conn.live_flag in freeze.title_en
    assert CATALOG.priority("P0").owner_ar in founder.title_ar
    assert "founder" in founder.title_en.lower()
    assert "Action Ledger" in ledger.title_ar
    assert "PDPL" in pdpl.title_ar and "72" in pdpl.title_ar and "72 hours" in pdpl.title_en


def test_each_severity_has_its_own_extra_steps() -> None:
    extras = {s.key: tuple(x.key for x in incidents.extra_steps(s)) for s in CATALOG.severities}
    assert all(extras.values())
    assert len(set(extras.values())) == len(extras)


def test_postmortem_template_is_arabic_markdown() -> None:
    result = triage(unauthorized_send=True)
    md = postmortem_template(result, title="إرسال دون اعتماد")
    assert md.startswith("# مراجعة ما بعد الحادثة: إرسال دون اعتماد")
    for heading in ("## الملخص", "## الأثر", "## الجدول الزمني", "## السبب الجذري", "## الإجراءات التصحيحية"):
        assert heading in md
    assert result.severity in md and result.name_ar in md
    assert all(a.title_ar in md for a in result.plan)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.booleans(), st.booleans())
def test_more_affected_customers_never_lowers_severity(a: int, b: int, leak: bool, send: bool) -> None:
    low, high = sorted((a, b))
    sev_low = severity_for(data_leak=leak, unauthorized_send=send, affected_customers=low)
    sev_high = severity_for(data_leak=leak, unauthorized_send=send, affected_customers=high)
    assert RANK[sev_high] <= RANK[sev_low]


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10_000), st.booleans(), st.booleans())
def test_raising_a_flag_never_lowers_severity(n: int, leak: bool, send: bool) -> None:
    base = severity_for(data_leak=leak, unauthorized_send=send, affected_customers=n)
    assert RANK[severity_for(data_leak=True, unauthorized_send=send, affected_customers=n)] <= RANK[base]
    assert RANK[severity_for(data_leak=leak, unauthorized_send=True, affected_customers=n)] <= RANK[base]
