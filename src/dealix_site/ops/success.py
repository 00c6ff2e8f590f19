"""Customer-success cadence: weekly check-in, at-risk score, health score, 30-day plans.

Risk score: each factor adds ``points_per_unit`` for every unit above its ``grace``, up to its
``cap``; the sum is clamped to 0–100. Every term is non-decreasing in its input, so more
inactivity, more pending drafts or an older Proof Pack never lowers the score.

Health score = 100 − risk score. One formula rather than a second weighted one, so the two
numbers can never disagree; its verdict is read off the same thresholds.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import Field

from dealix_site.ops.actions import ActionKind, Frozen, ProposedAction
from dealix_site.ops.catalog import CATALOG, Cadence
from dealix_site.ops.errors import OpsInputError
from dealix_site.ops.sla import Verdict
from dealix_site.ops.text import count_ar

WEEKLY_CHECK_IN_MINUTES = 25  # the catalog's weekly_check_in when_ar states the same; a test keeps them equal
SCORE_MIN = 0
SCORE_MAX = 100
PLAN_DAYS = 30


class RiskFactor(Frozen):
    field: str  # the input it reads
    label_ar: str
    # Arabic forms for 1, 2, 3–10 and 11+ of the unit (number agreement, see text.count_ar).
    unit_forms_ar: tuple[str, str, str, str]
    points_per_unit: int = Field(gt=0)
    grace: int = Field(ge=0)  # units that add nothing (e.g. a Proof Pack is due monthly)
    cap: int = Field(gt=0)
    reason_ar: str  # filled with {count}, the value with its unit

    def reason(self, value: int) -> str:
        return self.reason_ar.format(count=count_ar(value, *self.unit_forms_ar))

    def points(self, value: int) -> int:
        return min(self.cap, self.points_per_unit * max(0, value - self.grace))


_DAYS = ("يوم واحد", "يومين", "أيام", "يوماً")
RISK_FACTORS: tuple[RiskFactor, ...] = (
    RiskFactor(field="days_inactive", label_ar="أيام بلا نشاط", unit_forms_ar=_DAYS,
               points_per_unit=5, grace=2, cap=40, reason_ar="لا نشاط في الحساب منذ {count}"),
    RiskFactor(field="drafts_pending", label_ar="مسودات بانتظار الاعتماد",
               unit_forms_ar=("مسودة واحدة", "مسودتان", "مسودات", "مسودة"),
               points_per_unit=3, grace=3, cap=30, reason_ar="{count} بانتظار الاعتماد"),
    # The Proof Pack is reviewed monthly, so the first 30 days add nothing.
    RiskFactor(field="last_proof_pack_days", label_ar="أيام منذ آخر Proof Pack", unit_forms_ar=_DAYS,
               points_per_unit=2, grace=30, cap=30, reason_ar="آخر Proof Pack قبل {count}"),
)

# Severity by risk score, highest first: a score at or above the bound takes the severity.
RISK_SEVERITY_THRESHOLDS: tuple[tuple[str, int], ...] = (("high", 60), ("medium", 30))
LOW_SEVERITY = "low"
RISK_SEVERITY_AR: dict[str, str] = {"high": "مرتفع", "medium": "متوسط", "low": "منخفض"}
# The health verdict mirrors the risk severity, so the two scores tell one story.
HEALTH_VERDICTS: dict[str, Verdict] = {
    "low": Verdict.HEALTHY,
    "medium": Verdict.WATCH,
    "high": Verdict.CRITICAL,
}


class RiskAssessment(Frozen):
    risk_score: int = Field(ge=SCORE_MIN, le=SCORE_MAX)
    severity: str
    reasons: tuple[str, ...]
    points: dict[str, int]
    action: ProposedAction | None  # an outreach draft for a person to approve, when not low


def _check_count(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise OpsInputError(name, "must be a whole number")
    if value < 0:
        raise OpsInputError(name, "must be >= 0")
    return value


def risk_severity(score: int) -> str:
    for name, bound in RISK_SEVERITY_THRESHOLDS:
        if score >= bound:
            return name
    return LOW_SEVERITY


def at_risk(*, days_inactive: int, drafts_pending: int, last_proof_pack_days: int) -> RiskAssessment:
    values = {
        "days_inactive": _check_count("days_inactive", days_inactive),
        "drafts_pending": _check_count("drafts_pending", drafts_pending),
        "last_proof_pack_days": _check_count("last_proof_pack_days", last_proof_pack_days),
    }
    points = {f.field: f.points(values[f.field]) for f in RISK_FACTORS}
    score = max(SCORE_MIN, min(SCORE_MAX, sum(points.values())))
    severity = risk_severity(score)
    reasons = tuple(f.reason(values[f.field]) for f in RISK_FACTORS if points[f.field] > 0)
    action = None
    if severity != LOW_SEVERITY:
        cadence = _cadence("at_risk_alert")
        action = ProposedAction(
            kind=ActionKind.AT_RISK_OUTREACH,
            key="at_risk_alert",
            title_ar=f"{cadence.title_ar}: مسودة تواصل مع العميل",
            title_en="At-risk alert: draft outreach to the customer",
            body_ar="؛ ".join(reasons),
            owner_ar=CATALOG.priority("P3").owner_ar,
            cadence=cadence.key,
        )
    return RiskAssessment(risk_score=score, severity=severity, reasons=reasons, points=points, action=action)


class Health(Frozen):
    health_score: int = Field(ge=SCORE_MIN, le=SCORE_MAX)
    verdict: Verdict
    risk: RiskAssessment


def health(*, days_inactive: int, drafts_pending: int, last_proof_pack_days: int) -> Health:
    risk = at_risk(days_inactive=days_inactive, drafts_pending=drafts_pending,
                   last_proof_pack_days=last_proof_pack_days)
    return Health(health_score=SCORE_MAX - risk.risk_score, verdict=HEALTH_VERDICTS[risk.severity], risk=risk)


def _cadence(key: str) -> Cadence:
    for cadence in CATALOG.cadences:
        if cadence.key == key:
            return cadence
    known = ", ".join(c.key for c in CATALOG.cadences)
    raise OpsInputError("cadence", f"unknown cadence {key!r}; known: {known}")


def cadence_types() -> tuple[str, ...]:
    return tuple(c.key for c in CATALOG.cadences)


# The weekly check-in agenda: (minutes, talking point). The minutes add up to the meeting length.
CHECK_IN_AGENDA: tuple[tuple[int, str], ...] = (
    (5, "ما الذي تحقق هذا الأسبوع: الفرص التي تحركت والردود التي وصلت"),
    (10, "مراجعة المسودات المعلقة: ما يُعتمد وما يُعدَّل وما يُرفض"),
    (5, "العوائق: موصل يحتاج إعادة ربط، أو بيانات ناقصة، أو سؤال من الفريق"),
    (5, "أولويات الأسبوع القادم ومن يعتمد ماذا"),
)


class AgendaItem(Frozen):
    minutes: int = Field(gt=0)
    point_ar: str


class CheckIn(Frozen):
    minutes: int
    agenda: tuple[AgendaItem, ...]
    talking_points: tuple[str, ...]
    action: ProposedAction


def weekly_check_in(customer: str = "") -> CheckIn:
    cadence = _cadence("weekly_check_in")
    agenda = tuple(AgendaItem(minutes=m, point_ar=text) for m, text in CHECK_IN_AGENDA)
    points = tuple(item.point_ar for item in agenda)
    title = f"{cadence.title_ar} مع {customer}" if customer else cadence.title_ar
    return CheckIn(
        minutes=WEEKLY_CHECK_IN_MINUTES,
        agenda=agenda,
        talking_points=points,
        action=ProposedAction(
            kind=ActionKind.CHECK_IN,
            key=cadence.key,
            title_ar=title,
            title_en="Weekly check-in (calendar invite draft)",
            body_ar="\n".join(points),
            owner_ar=CATALOG.priority("P3").owner_ar,
            cadence=cadence.key,
        ),
    )


# 30-day plans: (day, cadence key, Arabic title). Every bundle gets the weekly rhythm, the
# renewal reminder 7 days before day 30 and the Proof Pack review on day 30; the titles say
# what each bundle reviews.
_RENEWAL_DAY = PLAN_DAYS - 7
SUCCESS_PLANS: dict[str, tuple[tuple[int, str, str], ...]] = {
    "growth_starter": (
        (7, "weekly_check_in", "مراجعة أول 10 فرص وترتيبها"),
        (14, "weekly_check_in", "مراجعة المسودات المعتمدة والمرفوضة وأسباب الرفض"),
        (21, "weekly_check_in", "مراجعة المتابعات والردود"),
        (_RENEWAL_DAY, "renewal_7_day", "تذكير التجديد: ملخص ما تحقق حتى الآن"),
        (28, "weekly_check_in", "تجهيز محتوى Proof Pack مع العميل"),
        (PLAN_DAYS, "monthly_proof_review", "تسليم Proof Pack ومراجعته"),
    ),
    "data_to_revenue": (
        (7, "weekly_check_in", "مراجعة البيانات المرفوعة ومصادرها وموافقاتها"),
        (14, "weekly_check_in", "مراجعة الفرص المستخرجة من البيانات"),
        (21, "weekly_check_in", "مراجعة المتابعات المعتمدة ونتائجها"),
        (_RENEWAL_DAY, "renewal_7_day", "تذكير التجديد: ما الذي أضافته البيانات"),
        (28, "weekly_check_in", "تجهيز محتوى Proof Pack"),
        (PLAN_DAYS, "monthly_proof_review", "تسليم Proof Pack ومراجعته"),
    ),
    "executive_growth_os": (
        (7, "weekly_check_in", "مراجعة لوحة القرار مع الإدارة التنفيذية"),
        (14, "weekly_check_in", "جلسة Founder Shadow Board"),
        (21, "weekly_check_in", "مراجعة القرارات الحساسة التي اعتمدتها الإدارة"),
        (_RENEWAL_DAY, "renewal_7_day", "تذكير التجديد: ملخص للإدارة التنفيذية"),
        (28, "weekly_check_in", "تجهيز محتوى Proof Pack للإدارة"),
        (PLAN_DAYS, "monthly_proof_review", "تسليم Proof Pack ومراجعته مع الإدارة"),
    ),
    "full_growth_control_tower": (
        (7, "weekly_check_in", "مراجعة القنوات المربوطة وحالة كل موصل"),
        (14, "weekly_check_in", "مراجعة المسودات عبر القنوات ومن يعتمدها"),
        (21, "weekly_check_in", "مراجعة سجل Action Ledger عبر القنوات"),
        (_RENEWAL_DAY, "renewal_7_day", "تذكير التجديد: ملخص أداء القنوات"),
        (28, "weekly_check_in", "تجهيز محتوى Proof Pack لكل قناة"),
        (PLAN_DAYS, "monthly_proof_review", "تسليم Proof Pack ومراجعته"),
    ),
    "partnership_growth": (
        (7, "weekly_check_in", "مراجعة أول عملاء الشريك وحالة ربطهم"),
        (14, "weekly_check_in", "مراجعة مسودات الشريك لعملائه واعتماداتهم"),
        (21, "weekly_check_in", "مراجعة تقارير الشريك لعملائه"),
        (_RENEWAL_DAY, "renewal_7_day", "تذكير التجديد: ملخص برنامج الشراكة"),
        (28, "weekly_check_in", "تجهيز Proof Pack لكل عميل من عملاء الشريك"),
        (PLAN_DAYS, "monthly_proof_review", "تسليم Proof Pack ومراجعته مع الشريك"),
    ),
}


class SuccessPlan(Frozen):
    bundle: str
    bundle_name: str
    start: date | None
    touchpoints: tuple[ProposedAction, ...]
    dates: tuple[date, ...] = ()  # one per touchpoint, when a start date is given


def success_plan(bundle: str, start: date | None = None) -> SuccessPlan:
    try:
        b = CATALOG.bundle(bundle)
    except KeyError:
        known = ", ".join(x.key for x in CATALOG.bundles)
        raise OpsInputError("bundle", f"unknown bundle {bundle!r}; known: {known}") from None
    touchpoints = tuple(
        ProposedAction(
            kind=ActionKind.TOUCHPOINT,
            key=f"{b.key}_day_{day}",
            title_ar=title,
            owner_ar=CATALOG.priority("P3").owner_ar,
            day=day,
            cadence=_cadence(cadence).key,
        )
        for day, cadence, title in SUCCESS_PLANS[b.key]
    )
    dates = tuple(start + timedelta(days=t.day or 0) for t in touchpoints) if start else ()
    return SuccessPlan(bundle=b.key, bundle_name=b.name_en, start=start, touchpoints=touchpoints, dates=dates)


def _check_tables() -> None:
    bundles = {b.key for b in CATALOG.bundles}
    if set(SUCCESS_PLANS) != bundles:
        raise RuntimeError(f"success plans must cover exactly the catalog bundles {sorted(bundles)}")
    cadences = set(cadence_types())
    for key, plan in SUCCESS_PLANS.items():
        days = [day for day, _, _ in plan]
        if days != sorted(days) or not all(1 <= d <= PLAN_DAYS for d in days):
            raise RuntimeError(f"{key}: touchpoint days must be sorted and within 1..{PLAN_DAYS}")
        if not {c for _, c, _ in plan} <= cadences:
            raise RuntimeError(f"{key}: unknown cadence in plan")
    if sum(m for m, _ in CHECK_IN_AGENDA) != WEEKLY_CHECK_IN_MINUTES:
        raise RuntimeError("the check-in agenda must fill the weekly check-in exactly")
    if [f.field for f in RISK_FACTORS] != ["days_inactive", "drafts_pending", "last_proof_pack_days"]:
        raise RuntimeError("risk factors must read days_inactive, drafts_pending, last_proof_pack_days")


_check_tables()
