"""Incident triage: severity, response plan and post-mortem template.

Severity rules follow the catalog's ``rule_ar`` text: SEV1 for any data leak or unauthorized
send whatever the number of affected customers, SEV2 from a number of affected customers,
SEV3 otherwise. Times (first action, comm cadence) come from the catalog.
"""

from __future__ import annotations

from pydantic import Field

from dealix_site.ops.actions import ActionKind, Frozen, ProposedAction
from dealix_site.ops.catalog import CATALOG, Severity
from dealix_site.ops.errors import OpsInputError
from dealix_site.ops.text import duration_ar, duration_en

SEV2_MIN_AFFECTED_CUSTOMERS = 5  # the catalog's SEV2 rule_ar states the same number; a test keeps them equal
PDPL_NOTIFICATION_HOURS = 72
# Most severe first; used to compare severities (a property test checks the rules are monotone).
SEVERITY_ORDER: tuple[str, ...] = ("SEV1", "SEV2", "SEV3")


class PlanStep(Frozen):
    key: str
    title_ar: str
    title_en: str


# The five steps every incident starts with, in this order. Placeholders are filled from the
# catalog and the constants above, so the plan and the runbook follow any change there.
CANONICAL_STEPS: tuple[PlanStep, ...] = (
    PlanStep(
        key="freeze_live_actions",
        title_ar="تجميد كل الإجراءات المباشرة: إيقاف أعلام التشغيل المباشر ({live_flags}).",
        title_en="Freeze all live actions: turn off every live flag ({live_flags}).",
    ),
    PlanStep(
        key="notify_founder",
        title_ar="إبلاغ {founder_ar} بالحادثة وبما نعرفه حتى الآن.",
        title_en="Notify the {founder_en} with what is known so far.",
    ),
    PlanStep(
        key="open_incident_channel",
        title_ar="فتح قناة خاصة بالحادثة يُسجَّل فيها كل قرار ووقته.",
        title_en="Open an incident channel; log every decision with its time.",
    ),
    PlanStep(
        key="review_action_ledger",
        title_ar="مراجعة سجل Action Ledger لتحديد ما نُفِّذ، ومن اعتمده، ومتى.",
        title_en="Review the Action Ledger: what ran, who approved it, when.",
    ),
    PlanStep(
        key="pdpl_notification",
        title_ar=(
            "تقييم الحاجة إلى إخطار الجهة المختصة وفق نظام حماية البيانات الشخصية PDPL، "
            "والإخطار خلال {pdpl_hours} ساعة من العلم بالحادثة عند وجوبه."
        ),
        title_en="PDPL: assess and, where required, notify within {pdpl_hours} hours of becoming aware.",
    ),
)

# Steps on top of the canonical five, by severity; {cadence} is the severity's comm cadence.
# A cadence stays in its own sentence, apart from «العملاء», for the claims linter's sake.
EXTRA_STEPS: dict[str, tuple[PlanStep, ...]] = {
    "SEV1": (
        PlanStep(key="preserve_evidence", title_ar="حفظ الأدلة: نسخة من السجلات قبل أي إصلاح.",
                 title_en="Preserve evidence: snapshot the logs before any fix."),
        PlanStep(key="customer_notice_draft",
                 title_ar="تجهيز مسودة إشعار للمتأثرين تُرسل بعد الاعتماد. التحديث كل {cadence}.",
                 title_en="Draft a notice to affected customers for approval; update every {cadence_en}."),
        PlanStep(key="rotate_secrets", title_ar="تدوير أي مفاتيح أو رموز وصول قد تكون انكشفت.",
                 title_en="Rotate any key or token that may have been exposed."),
    ),
    "SEV2": (
        PlanStep(key="list_affected", title_ar="حصر العملاء المتأثرين بالاسم.",
                 title_en="List the affected customers by name."),
        PlanStep(key="status_update_draft",
                 title_ar="تجهيز مسودة تحديث حالة للمتأثرين تُرسل بعد الاعتماد. التحديث كل {cadence}.",
                 title_en="Draft status updates to affected customers every {cadence_en}, for approval."),
    ),
    "SEV3": (
        PlanStep(key="internal_update", title_ar="تحديث داخلي كل {cadence} حتى الإغلاق.",
                 title_en="Internal update every {cadence_en} until closed."),
    ),
}


def _fill(step: PlanStep, **values: str) -> PlanStep:
    return step.model_copy(
        update={"title_ar": step.title_ar.format(**values), "title_en": step.title_en.format(**values)}
    )


def canonical_steps() -> tuple[PlanStep, ...]:
    founder = CATALOG.priority("P0")  # the P0 owner is the person to wake up
    values = {
        "live_flags": ", ".join(c.live_flag for c in CATALOG.connectors if c.live_flag),
        "founder_ar": founder.owner_ar,
        "founder_en": founder.owner_en.lower(),
        "pdpl_hours": str(PDPL_NOTIFICATION_HOURS),
    }
    return tuple(_fill(s, **values) for s in CANONICAL_STEPS)


def extra_steps(severity: Severity) -> tuple[PlanStep, ...]:
    values = {
        "cadence": duration_ar(severity.comm_cadence_minutes),
        "cadence_en": duration_en(severity.comm_cadence_minutes),
    }
    return tuple(_fill(s, **values) for s in EXTRA_STEPS.get(severity.key, ()))


class IncidentTriage(Frozen):
    severity: str
    name_ar: str
    rule_ar: str
    first_action_minutes: int = Field(gt=0)
    comm_cadence_minutes: int = Field(gt=0)
    plan: tuple[ProposedAction, ...]


def severity_for(
    *, data_leak: bool = False, unauthorized_send: bool = False, affected_customers: int = 0
) -> str:
    if isinstance(affected_customers, bool) or not isinstance(affected_customers, int):
        raise OpsInputError("affected_customers", "must be a whole number")
    if affected_customers < 0:
        raise OpsInputError("affected_customers", "must be >= 0")
    if data_leak or unauthorized_send:
        return "SEV1"
    if affected_customers >= SEV2_MIN_AFFECTED_CUSTOMERS:
        return "SEV2"
    return "SEV3"


def triage(
    *, data_leak: bool = False, unauthorized_send: bool = False, affected_customers: int = 0
) -> IncidentTriage:
    key = severity_for(
        data_leak=data_leak, unauthorized_send=unauthorized_send, affected_customers=affected_customers
    )
    sev = CATALOG.severity(key)
    founder = CATALOG.priority("P0").owner_ar
    canonical = canonical_steps()
    steps = (*canonical, *extra_steps(sev))
    plan = tuple(
        ProposedAction(
            kind=ActionKind.INCIDENT_STEP,
            key=s.key,
            title_ar=s.title_ar,
            title_en=s.title_en,
            owner_ar=founder,
            # The canonical steps are the first action; extra steps run on the comm cadence.
            due_in_minutes=sev.first_action_minutes if i < len(canonical) else sev.comm_cadence_minutes,
        )
        for i, s in enumerate(steps)
    )
    return IncidentTriage(
        severity=sev.key,
        name_ar=sev.name_ar,
        rule_ar=sev.rule_ar,
        first_action_minutes=sev.first_action_minutes,
        comm_cadence_minutes=sev.comm_cadence_minutes,
        plan=plan,
    )


def postmortem_template(result: IncidentTriage, title: str = "") -> str:
    """A blameless post-mortem skeleton in Arabic Markdown, pre-filled with the triage."""
    steps = "\n".join(f"- [ ] {a.title_ar}" for a in result.plan)
    heading = f"# مراجعة ما بعد الحادثة: {title}" if title else "# مراجعة ما بعد الحادثة"
    return f"""{heading}

> مراجعة بلا لوم: نبحث عن أسباب في النظام والإجراءات، لا عن شخص نحمّله الخطأ.

- **الخطورة:** {result.severity} ({result.name_ar})
- **القاعدة:** {result.rule_ar}
- **أول إجراء خلال:** {duration_ar(result.first_action_minutes)}
- **تحديثات التواصل كل:** {duration_ar(result.comm_cadence_minutes)}

## الملخص

ماذا حدث، في ثلاث جمل أو أقل.

## الأثر

- عدد العملاء المتأثرين:
- البيانات أو الإجراءات المتأثرة:
- هل لزم إخطار وفق PDPL خلال {PDPL_NOTIFICATION_HOURS} ساعة؟ ومتى تم؟

## الجدول الزمني

| الوقت | ما حدث | من |
|---|---|---|
|  |  |  |

## خطوات الاستجابة

{steps}

## السبب الجذري

## ما نجح

## ما يحتاج إلى تحسين

## الإجراءات التصحيحية

| الإجراء | المالك | الموعد |
|---|---|---|
|  |  |  |
"""


def _check_tables() -> None:
    keys = tuple(s.key for s in CATALOG.severities)
    if keys != SEVERITY_ORDER or set(EXTRA_STEPS) != set(keys):
        raise RuntimeError(f"incident rules must cover the catalog severities {keys} in order")


_check_tables()
