"""Approval-first: every proposal from every producer needs approval and never allows a live send."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pydantic import ValidationError

import dealix_site.ops as ops_pkg
from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import lint_text
from dealix_site.ops import delivery, incidents, onboarding, success, support
from dealix_site.ops.actions import ActionKind, ProposedAction
from dealix_site.ops.catalog import CATALOG


def all_proposals() -> dict[str, list[ProposedAction]]:
    out: dict[str, list[ProposedAction]] = {
        "support.route": [support.route(t).action for t in ("تسريب", "down", "oauth", "سؤال")],
        "incidents.triage": [
            a
            for kw in ({"data_leak": True}, {"affected_customers": 9}, {})
            for a in incidents.triage(**kw).plan
        ],
        "success.weekly_check_in": [success.weekly_check_in("C").action],
        "success.at_risk": [
            a
            for a in (success.at_risk(days_inactive=9, drafts_pending=9, last_proof_pack_days=90).action,)
            if a
        ],
        "success.success_plan": [t for b in CATALOG.bundles for t in success.success_plan(b.key).touchpoints],
        "delivery.handoff": list(
            delivery.delivery_brief(bundle="growth_starter", customer="C", goals=["g"]).handoff
        ),
        "onboarding.next_action": [a for a in (onboarding.next_action(onboarding.OnboardingState()),) if a],
    }
    return out


def test_every_producer_proposes_only_approval_first_drafts() -> None:
    proposals = all_proposals()
    kinds = set()
    for producer, actions in proposals.items():
        assert actions, f"{producer} produced nothing to check"
        for action in actions:
            assert isinstance(action, ProposedAction)
            assert action.approval_required is True, producer
            assert action.live_send_allowed is False, producer
            kinds.add(action.kind)
    assert kinds == set(ActionKind)  # every kind of proposal is covered above


@pytest.mark.parametrize(
    "unsafe",
    [
        {"approval_required": False},
        {"live_send_allowed": True},
        {"approval_required": 0},
        {"live_send_allowed": 1},
    ],
)
def test_an_unsafe_proposal_cannot_be_built(unsafe: dict) -> None:
    with pytest.raises(ValidationError):
        ProposedAction(kind=ActionKind.FIRST_RESPONSE, key="k", title_ar="ر", **unsafe)


def test_a_proposal_cannot_be_changed_after_the_fact() -> None:
    action = support.route("تسريب").action
    with pytest.raises(ValidationError):
        action.live_send_allowed = True  # type: ignore[misc]
    copy = action.model_copy(update={"live_send_allowed": True})  # model_copy skips validation…
    with pytest.raises(ValidationError):
        ProposedAction.model_validate(copy.model_dump())  # …but it never validates as a proposal


# Anything that could send, charge or post from this package.
NETWORK_MODULES = {
    "smtplib",
    "socket",
    "http",
    "urllib",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "telnetlib",
    "xmlrpc",
    "imaplib",
    "poplib",
    "webbrowser",
}


def test_the_ops_package_imports_nothing_that_can_send() -> None:
    root = Path(ops_pkg.__file__).parent
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in NETWORK_MODULES, f"{path.name} imports {name}"


def test_every_proposal_text_passes_the_projects_claims_linter(claims_policy: CompiledPolicy) -> None:
    # Drafts go to customers once approved, so they obey the same claims policy as the site.
    texts = [
        t
        for actions in all_proposals().values()
        for a in actions
        for t in (a.title_ar, a.title_en, a.body_ar)
    ]
    texts.append(incidents.postmortem_template(incidents.triage(data_leak=True)))
    for text in filter(None, texts):
        findings = lint_text(text, "proposal.md", "markdown", claims_policy).findings
        assert not findings, (text, [(f.category, f.match) for f in findings])
