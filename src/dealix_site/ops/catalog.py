"""The ops catalog: the single source of the facts that runbooks and landing pages show.

Editing a value here changes every generated table that shows it. Models are frozen so no
caller can change the shared catalog by accident.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from pydantic import Field, model_validator

from dealix_site.ops.actions import Frozen


class ConnectorMode(StrEnum):
    DRAFT_ONLY = "draft_only"
    APPROVED_EXECUTE = "approved_execute"
    MANUAL = "manual"
    INGEST_ONLY = "ingest_only"


class Connector(Frozen):
    key: str
    name_en: str
    name_ar: str
    default_mode: ConnectorMode
    phase: int = Field(ge=1, le=3)
    blocking: bool
    scopes: tuple[str, ...] = ()
    live_flag: str | None = None  # environment variable that must be set before any live action
    notes_ar: str


class Priority(Frozen):
    key: str  # P0..P3
    name_ar: str
    first_response_minutes: int = Field(gt=0)
    resolution_minutes: int = Field(gt=0)
    owner_en: str
    owner_ar: str

    @model_validator(mode="after")
    def _resolution_after_response(self) -> Priority:
        if self.resolution_minutes < self.first_response_minutes:
            raise ValueError("resolution target must not be shorter than the first-response target")
        return self


class Severity(Frozen):
    key: str  # SEV1..SEV3
    name_ar: str
    rule_ar: str
    first_action_minutes: int = Field(gt=0)
    comm_cadence_minutes: int = Field(gt=0)


class OnboardingStep(Frozen):
    key: str
    title_ar: str
    title_en: str


class Cadence(Frozen):
    key: str
    title_ar: str
    when_ar: str


class Bundle(Frozen):
    key: str
    name_en: str
    summary_ar: str
    audience_ar: str


class Mode(Frozen):
    key: str
    name_en: str
    summary_ar: str


class Catalog(Frozen):
    connectors: tuple[Connector, ...]
    priorities: tuple[Priority, ...]
    severities: tuple[Severity, ...]
    onboarding_steps: tuple[OnboardingStep, ...]
    cadences: tuple[Cadence, ...]
    bundles: tuple[Bundle, ...]
    modes: tuple[Mode, ...]

    @model_validator(mode="after")
    def _unique_keys(self) -> Catalog:
        for name in ("connectors", "priorities", "severities", "onboarding_steps", "cadences", "bundles", "modes"):
            keys = [item.key for item in getattr(self, name)]
            if len(keys) != len(set(keys)):
                raise ValueError(f"{name}: duplicate keys {sorted(k for k in keys if keys.count(k) > 1)}")
        return self

    def connector(self, key: str) -> Connector:
        return _by_key(self.connectors, key, "connector")

    def priority(self, key: str) -> Priority:
        return _by_key(self.priorities, key, "priority")

    def severity(self, key: str) -> Severity:
        return _by_key(self.severities, key, "severity")

    def bundle(self, key: str) -> Bundle:
        return _by_key(self.bundles, key, "bundle")


_Keyed = TypeVar("_Keyed", Connector, Priority, Severity, Bundle)


def _by_key(items: tuple[_Keyed, ...], key: str, what: str) -> _Keyed:
    for item in items:
        if item.key == key:
            return item
    raise KeyError(f"unknown {what} {key!r}; known: {', '.join(i.key for i in items)}")


_H = 60  # minutes per hour; targets read as hours in the runbooks

CATALOG = Catalog(
    connectors=(
        Connector(key="gmail", name_en="Gmail", name_ar="جيميل", default_mode=ConnectorMode.DRAFT_ONLY,
                  phase=1, blocking=False, scopes=("gmail.compose", "gmail.modify"),
                  live_flag="GMAIL_ALLOW_LIVE_SEND",
                  notes_ar="يكتب مسودات في صندوق المستخدم؛ الإرسال الفعلي يحتاج العلم البيئي وموافقة بشرية."),
        Connector(key="google_calendar", name_en="Google Calendar", name_ar="تقويم Google",
                  default_mode=ConnectorMode.DRAFT_ONLY, phase=1, blocking=False, scopes=("calendar.events",),
                  live_flag="CALENDAR_ALLOW_LIVE_INSERT",
                  notes_ar="يقترح مواعيد كمسودات؛ إضافة الموعد فعلياً تحتاج العلم البيئي وموافقة."),
        Connector(key="google_sheets", name_en="Google Sheets", name_ar="جداول Google",
                  default_mode=ConnectorMode.APPROVED_EXECUTE, phase=1, blocking=False,
                  scopes=("sheets.readonly", "sheets"),
                  notes_ar="القراءة عبر sheets.readonly، ونطاق sheets للإلحاق فقط (append) بعد الموافقة."),
        Connector(key="moyasar", name_en="Moyasar", name_ar="ميسّر", default_mode=ConnectorMode.MANUAL,
                  phase=1, blocking=False,
                  notes_ar="يدوي في المرحلة الأولى: لا نخزّن مفاتيح API، وتعليمات الفواتير بالهللة (1 ريال = 100 هللة)."),
        Connector(key="whatsapp_cloud", name_en="WhatsApp Cloud", name_ar="واتساب كلاود",
                  default_mode=ConnectorMode.DRAFT_ONLY, phase=1, blocking=True,
                  live_flag="WHATSAPP_ALLOW_LIVE_SEND",
                  notes_ar="يتطلب تدقيق موافقات الاشتراك (opt-in) قبل أي تشغيل، وهو الموصل الحاجز الوحيد."),
        Connector(key="website_forms", name_en="Website forms", name_ar="نماذج الموقع",
                  default_mode=ConnectorMode.APPROVED_EXECUTE, phase=1, blocking=False,
                  notes_ar="يستقبل طلبات التواصل من نماذج موقع العميل نفسه."),
        Connector(key="linkedin_lead_forms", name_en="LinkedIn Lead Gen Forms", name_ar="نماذج LinkedIn",
                  default_mode=ConnectorMode.INGEST_ONLY, phase=2, blocking=False,
                  notes_ar="نماذج توليد العملاء فقط: لا كشط، ولا رسائل مباشرة تلقائية."),
        Connector(key="google_business_profile", name_en="Google Business Profile",
                  name_ar="الملف التجاري في Google", default_mode=ConnectorMode.DRAFT_ONLY, phase=2,
                  blocking=False, scopes=("business.manage", "reviews.read"), live_flag="GBP_ALLOW_LIVE_REPLY",
                  notes_ar="يقرأ المراجعات ويكتب ردوداً كمسودات."),
        Connector(key="crm_generic", name_en="CRM (HubSpot, Salesforce, Zoho, Close)", name_ar="نظام CRM",
                  default_mode=ConnectorMode.DRAFT_ONLY, phase=2, blocking=False,
                  notes_ar="HubSpot وSalesforce وZoho وClose؛ قراءة فقط في الأسبوع الأول."),
        Connector(key="google_meet", name_en="Google Meet", name_ar="Google Meet",
                  default_mode=ConnectorMode.INGEST_ONLY, phase=2, blocking=False,
                  scopes=("meetings.space.readonly", "conferenceRecords.transcripts.readonly"),
                  notes_ar="نصوص الاجتماعات فقط وبموافقة كل المشاركين."),
        Connector(key="instagram_graph", name_en="Instagram Graph", name_ar="Instagram Graph",
                  default_mode=ConnectorMode.INGEST_ONLY, phase=3, blocking=False,
                  notes_ar="المرحلة الثالثة، استقبال البيانات فقط."),
    ),
    priorities=(
        Priority(key="P0", name_ar="حرج: خرق أمني أو خرق للثقة", first_response_minutes=30,
                 resolution_minutes=4 * _H, owner_en="Founder", owner_ar="المؤسس"),
        Priority(key="P1", name_ar="عالٍ: الخدمة متوقفة", first_response_minutes=2 * _H,
                 resolution_minutes=24 * _H, owner_en="On-call engineer", owner_ar="المهندس المناوب"),
        Priority(key="P2", name_ar="متوسط: مشكلة في موصل", first_response_minutes=8 * _H,
                 resolution_minutes=72 * _H, owner_en="Integrations lead", owner_ar="مسؤول التكاملات"),
        Priority(key="P3", name_ar="عادي: استفسار أو طلب", first_response_minutes=24 * _H,
                 resolution_minutes=7 * 24 * _H, owner_en="Customer success", owner_ar="فريق نجاح العملاء"),
    ),
    severities=(
        Severity(key="SEV1", name_ar="حادثة قصوى",
                 rule_ar="أي تسريب بيانات أو إرسال غير مصرح به، مهما كان عدد العملاء المتأثرين",
                 first_action_minutes=15, comm_cadence_minutes=30),
        Severity(key="SEV2", name_ar="حادثة كبيرة", rule_ar="تأثر 5 عملاء أو أكثر",
                 first_action_minutes=60, comm_cadence_minutes=120),
        Severity(key="SEV3", name_ar="حادثة محدودة", rule_ar="ما عدا ذلك",
                 first_action_minutes=240, comm_cadence_minutes=24 * _H),
    ),
    onboarding_steps=(
        OnboardingStep(key="select_goal", title_ar="اختيار الهدف", title_en="Select goal"),
        OnboardingStep(key="select_bundle", title_ar="اختيار الباقة", title_en="Select bundle"),
        OnboardingStep(key="company_intake", title_ar="بيانات الشركة", title_en="Company intake"),
        OnboardingStep(key="connect_channels", title_ar="ربط القنوات", title_en="Connect channels"),
        OnboardingStep(key="upload_or_source", title_ar="رفع البيانات أو تحديد مصدرها",
                       title_en="Upload or source data"),
        OnboardingStep(key="risk_review", title_ar="مراجعة المخاطر", title_en="Risk review"),
        OnboardingStep(key="first_service_run", title_ar="أول تشغيل للخدمة", title_en="First service run"),
        OnboardingStep(key="first_proof_pack", title_ar="أول Proof Pack", title_en="First Proof Pack"),
    ),
    cadences=(
        Cadence(key="weekly_check_in", title_ar="المتابعة الأسبوعية", when_ar="كل أسبوع، 25 دقيقة"),
        Cadence(key="monthly_proof_review", title_ar="مراجعة Proof Pack الشهرية", when_ar="كل شهر"),
        Cadence(key="QBR", title_ar="المراجعة الربعية (QBR)", when_ar="كل ربع سنة"),
        Cadence(key="at_risk_alert", title_ar="تنبيه عميل معرّض للخطر", when_ar="عند تجاوز عتبة الخطر"),
        Cadence(key="renewal_30_day", title_ar="تذكير التجديد قبل 30 يوماً", when_ar="قبل نهاية العقد بـ30 يوماً"),
        Cadence(key="renewal_7_day", title_ar="تذكير التجديد قبل 7 أيام", when_ar="قبل نهاية العقد بـ7 أيام"),
    ),
    bundles=(
        Bundle(key="growth_starter", name_en="Growth Starter",
               summary_ar="بداية منظمة: أول 10 فرص ومسودات معتمدة وProof Pack في نهاية التجربة.",
               audience_ar="الشركات السعودية التي تبدأ تنظيم مبيعاتها"),
        Bundle(key="data_to_revenue", name_en="Data to Revenue",
               summary_ar="تحويل بيانات العملاء الموجودة لديك إلى فرص ومتابعات مرتبة.",
               audience_ar="شركات لديها بيانات عملاء غير مستثمرة"),
        Bundle(key="executive_growth_os", name_en="Executive Growth OS",
               summary_ar="لوحة قرار للإدارة التنفيذية مع جلسة Founder Shadow Board.",
               audience_ar="الرؤساء التنفيذيون والمؤسسون"),
        Bundle(key="full_growth_control_tower", name_en="Full Growth Control Tower",
               summary_ar="برج تحكم كامل للنمو عبر القنوات، وكل إجراء بموافقة بشرية.",
               audience_ar="فرق المبيعات متعددة القنوات"),
        Bundle(key="partnership_growth", name_en="Partnership Growth",
               summary_ar="برنامج الشركاء للوكالات والمسوقين لتقديم Dealix لعملائهم.",
               audience_ar="الوكالات والمسوقون"),
    ),
    modes=(
        Mode(key="ceo", name_en="CEO", summary_ar="قرارات النمو والموافقات الحساسة على مستوى الإدارة."),
        Mode(key="growth_manager", name_en="Growth Manager", summary_ar="تشغيل الفرص والمسودات يومياً."),
        Mode(key="agency_partner", name_en="Agency Partner", summary_ar="وكالة تدير النمو لعدة عملاء."),
        Mode(key="self_growth", name_en="Self-Growth", summary_ar="صاحب منشأة صغيرة يدير نموه بنفسه."),
        Mode(key="service_delivery", name_en="Service Delivery",
             summary_ar="فريق Dealix يقدّم الخدمة للعميل ويسلّمها لنجاح العملاء."),
    ),
)

# ruff: noqa: E501 - catalog rows keep one fact per line, and the Arabic notes run long.
