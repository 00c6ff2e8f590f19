"""Runbook blocks rendered from the code, so the handbook shows the rules the code runs.

Each block reads the module constants when called (``support.TICKET_KEYWORDS``, not a copy
taken at import), so changing a constant changes the page. Output is Arabic Markdown for an
RTL page; numbers, units and Latin terms are isolated with ``<bdi>`` so they keep their order.
"""

from __future__ import annotations

from collections.abc import Callable

from dealix_site.ops import incidents, sla, success, support
from dealix_site.ops.catalog import CATALOG
from dealix_site.ops.text import bdi, bdi_runs, duration_en, table


def _quote(words: tuple[str, ...]) -> str:
    # A keyword such as «بدون موافقة» is what a customer reports, not a claim we make. The claims
    # linter treats a quoted phrase as a mention when a cue word («عبارات») shares its sentence,
    # and every table cell is a sentence to it, so the cue leads each cell.
    return "عبارات: " + "، ".join(f"«{bdi_runs(w)}»" for w in words) if words else "—"


def ticket_keywords() -> str:
    table_ = support.keywords_by_priority()
    rows = []
    for p in CATALOG.priorities:
        words = table_.get(p.key, ())
        arabic = tuple(w for w in words if support.is_arabic(w))
        latin = tuple(w for w in words if not support.is_arabic(w))
        if p.key == support.DEFAULT_PRIORITY and not words:
            arabic_cell, latin_cell = "كل بلاغ لا يطابق ما سبق", "—"
        else:
            arabic_cell, latin_cell = _quote(arabic), _quote(latin)
        rows.append([bdi(p.key), bdi_runs(p.name_ar), bdi_runs(p.owner_ar), arabic_cell, latin_cell])
    intro = (
        "يُصنَّف البلاغ بأعلى أولوية تطابق إحدى عباراتها، ويذهب ما لا يطابق شيئاً إلى "
        f"{bdi(support.DEFAULT_PRIORITY)}. تُطابَق العبارات بعد التطبيع: يُحذف التشكيل والتطويل، "
        "وتُوحَّد الهمزات والتاء المربوطة والألف المقصورة والأرقام. تُقبل مع العبارة العربية "
        "السوابق (و، ف، ب، ل، ال) واللواحق، وتُطابَق العبارة الإنجليزية كلمةً كاملة. "
        f"أسماء الموصلات تأتي من الكتالوج وتُصنَّف {bdi('P2')}."
    )
    return intro + "\n\n" + table(
        ["الأولوية", "المعنى", "المالك", "عبارات عربية", "عبارات إنجليزية"], rows
    ) + "\n"


def first_response_templates() -> str:
    rows = [
        [bdi(p.key), bdi_runs(p.name_ar), bdi_runs(p.owner_ar), bdi(duration_en(p.first_response_minutes)),
         bdi(duration_en(p.resolution_minutes))]
        for p in CATALOG.priorities
    ]
    parts = [
        "كل رد أول مسودة يعتمدها شخص من الفريق قبل إرسالها. المدد من أهداف الخدمة في الكتالوج.",
        "",
        table(["الأولوية", "المعنى", "المالك", "الرد الأول خلال", "الحل خلال"], rows),
    ]
    for p in CATALOG.priorities:
        reply = bdi_runs(support.first_response(p))
        parts += ["", f"**{bdi(p.key)}: {bdi_runs(p.name_ar)}**", "", f"> {reply}"]
    return "\n".join(parts) + "\n"


def incident_plan() -> str:
    steps = [f"{i}. {bdi_runs(s.title_ar)}" for i, s in enumerate(incidents.canonical_steps(), 1)]
    rows = [
        [bdi(sev.key), bdi_runs(sev.name_ar), bdi_runs(sev.rule_ar),
         bdi(duration_en(sev.first_action_minutes)), bdi(duration_en(sev.comm_cadence_minutes))]
        for sev in CATALOG.severities
    ]
    extras: list[str] = []
    for sev in CATALOG.severities:
        extras += ["", f"**خطوات إضافية في {bdi(sev.key)}:**", ""]
        extras += [f"- {bdi_runs(s.title_ar)}" for s in incidents.extra_steps(sev)]
    sev2 = bdi(incidents.SEV2_MIN_AFFECTED_CUSTOMERS)
    return "\n".join([
        "الخطوات الخمس الثابتة لكل حادثة، بهذا الترتيب:",
        "",
        *steps,
        "",
        f"تُحدَّد الخطورة هكذا: {bdi('SEV1')} لأي تسريب بيانات أو إرسال غير مصرح به مهما كان عدد المتأثرين، "
        f"ثم {bdi('SEV2')} إذا تأثر {sev2} عملاء أو أكثر، وإلا {bdi('SEV3')}.",
        "",
        table(["الخطورة", "الاسم", "القاعدة", "أول إجراء خلال", "التواصل كل"], rows),
        *extras,
    ]) + "\n"


def _risk_bands() -> list[tuple[str, int, int]]:
    """(severity, lowest score, highest score), from low to high, read off the thresholds."""
    bounds = sorted(success.RISK_SEVERITY_THRESHOLDS, key=lambda t: t[1])
    names = [success.LOW_SEVERITY, *(n for n, _ in bounds)]
    lows = [success.SCORE_MIN, *(b for _, b in bounds)]
    highs = [*(b - 1 for _, b in bounds), success.SCORE_MAX]
    return list(zip(names, lows, highs, strict=True))


def at_risk_score() -> str:
    rows = [
        [bdi_runs(f.label_ar), bdi(f.field), bdi(f.points_per_unit), bdi(f.grace), bdi(f.cap),
         bdi(f"min({f.cap}, {f.points_per_unit} × max(0, {f.field} − {f.grace}))")]
        for f in success.RISK_FACTORS
    ]
    sev_rows = [
        [bdi(f"{lo}–{hi}"), success.RISK_SEVERITY_AR[name], bdi(name)]
        for name, lo, hi in reversed(_risk_bands())
    ]
    return "\n".join([
        "درجة الخطر مجموع نقاط العوامل التالية، "
        f"محصوراً بين {bdi(success.SCORE_MIN)} و{bdi(success.SCORE_MAX)}. "
        "يضيف كل عامل نقاطاً عن كل وحدة تزيد على حد السماح، ولا يتجاوز سقفه. "
        "زيادة أي مدخل لا تُنقص الدرجة أبداً.",
        "",
        table(["العامل", "المدخل", "نقاط لكل وحدة", "حد السماح", "السقف", "النقاط"], rows),
        "",
        "مستوى الخطر من الدرجة:",
        "",
        table(["الدرجة", "المستوى", "القيمة"], sev_rows),
        "",
        "عند المستوى المتوسط أو المرتفع تُجهَّز مسودة تواصل مع العميل، ويعتمدها فريق نجاح العملاء قبل إرسالها.",
    ]) + "\n"


def health_score() -> str:
    # Health = 100 − risk, so each risk band maps to a health band read off the same bounds.
    rows = []
    for name, risk_lo, risk_hi in _risk_bands():
        v = success.HEALTH_VERDICTS[name]
        rows.append([bdi(f"{success.SCORE_MAX - risk_hi}–{success.SCORE_MAX - risk_lo}"), sla.VERDICT_AR[v],
                     bdi(v.value)])
    h, w = sla.HEALTHY_BELOW * 100, sla.WATCH_BELOW * 100
    sla_rows = [
        [bdi(f"< {h:g}%"), sla.VERDICT_AR[sla.Verdict.HEALTHY], bdi(sla.Verdict.HEALTHY.value)],
        [bdi(f"{h:g}% – < {w:g}%"), sla.VERDICT_AR[sla.Verdict.WATCH], bdi(sla.Verdict.WATCH.value)],
        [bdi(f"≥ {w:g}%"), sla.VERDICT_AR[sla.Verdict.CRITICAL], bdi(sla.Verdict.CRITICAL.value)],
    ]
    return "\n".join([
        f"درجة صحة الحساب = {bdi(success.SCORE_MAX)} − درجة الخطر. معادلة واحدة، فلا تختلف الدرجتان أبداً.",
        "",
        table(["درجة الصحة", "الحكم", "القيمة"], rows),
        "",
        "صحة الالتزام بأهداف الخدمة تُقرأ من نسبة التذاكر التي تجاوزت هدف الرد الأول أو هدف الحل "
        "خلال الفترة (تُحسب التذكرة مرة واحدة):",
        "",
        table(["نسبة التجاوز", "الحكم", "القيمة"], sla_rows),
    ]) + "\n"


def success_plans() -> str:
    cadences = {c.key: c for c in CATALOG.cadences}
    parts = [f"خطة أول {bdi(success.PLAN_DAYS)} يوماً لكل باقة. كل موعد مسودة يعتمدها فريق نجاح العملاء."]
    for b in CATALOG.bundles:
        plan = success.success_plan(b.key)
        rows = [
            [bdi(t.day), f"{bdi_runs(cadences[t.cadence or ''].title_ar)}", bdi_runs(t.title_ar)]
            for t in plan.touchpoints
        ]
        parts += ["", f"**{bdi(b.name_en)}**: {bdi_runs(b.summary_ar)}", "",
                  table(["اليوم", "نوع المتابعة", "الموضوع"], rows)]
    return "\n".join(parts) + "\n"


BLOCKS: dict[str, Callable[[], str]] = {
    "ticket-keywords": ticket_keywords,
    "first-response-templates": first_response_templates,
    "incident-plan": incident_plan,
    "at-risk-score": at_risk_score,
    "health-score": health_score,
    "success-plans": success_plans,
}
