"""Generated content for the runbooks: one pure function per table, rendered from the catalog.

Editors place ``<!-- dealix:table NAME -->`` on a line of its own; :mod:`dealix_site.mdext`
replaces it with the Markdown returned here. Values that mix digits, units or Latin product
names sit in ``<bdi>`` so they display in the right order inside right-to-left tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from html import escape
from pathlib import Path

from dealix_site.ops import catalog as _catalog
from dealix_site.ops.catalog import Catalog, ConnectorMode
from dealix_site.ops.text import bdi, table

Renderer = Callable[[], str]

_MODE_AR = {
    ConnectorMode.DRAFT_ONLY: "مسودات فقط",
    ConnectorMode.APPROVED_EXECUTE: "تنفيذ بعد الموافقة",
    ConnectorMode.MANUAL: "يدوي",
    ConnectorMode.INGEST_ONLY: "استقبال فقط",
}


def cell(text: str) -> str:
    """Escape a value for a Markdown table cell (pipes would split the cell)."""
    return escape(text, quote=False).replace("|", "&#124;").replace("\n", " ")


def duration(minutes: int) -> str:
    """Arabic duration with the number isolated: 30 دقيقة، 4 ساعات، أسبوع واحد."""
    if minutes % (7 * 24 * 60) == 0:
        weeks = minutes // (7 * 24 * 60)
        return "أسبوع واحد" if weeks == 1 else f"{bdi(weeks)} أسابيع"
    if minutes % 60 == 0:
        hours = minutes // 60
        if hours == 1:
            return "ساعة واحدة"
        if hours == 2:
            return "ساعتان"
        return f"{bdi(hours)} {'ساعات' if hours <= 10 else 'ساعة'}"
    return f"{bdi(minutes)} دقيقة"


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Cells arrive escaped by :func:`cell`; the layout is ops.text's, shared with the ops blocks."""
    return table(list(headers), [list(r) for r in rows]) + "\n"


def connectors_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG  # looked up per call, so a changed catalog shows
    return markdown_table(
        ["الموصل", "المفتاح", "الوضع الافتراضي", "المرحلة", "حاجز؟", "النطاقات", "ملاحظات"],
        (
            [
                f"{cell(c.name_ar)} ({bdi(c.name_en)})",
                f"`{c.key}`",
                f"{_MODE_AR[c.default_mode]} ({bdi(c.default_mode.value)})",
                bdi(c.phase),
                "نعم" if c.blocking else "لا",
                "، ".join(f"`{s}`" for s in c.scopes) or "—",
                cell(c.notes_ar),
            ]
            for c in catalog.connectors
        ),
    )


def connector_flags_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["الموصل", "العلم البيئي للإجراء الحي", "الشرط الإضافي"],
        (
            [f"{cell(c.name_ar)} ({bdi(c.name_en)})", f"`{c.live_flag}`", "موافقة بشرية على كل إجراء"]
            for c in catalog.connectors
            if c.live_flag
        ),
    )


def sla_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["الأولوية", "الوصف", "أول رد خلال", "الحل خلال", "المسؤول"],
        (
            [bdi(p.key), cell(p.name_ar), duration(p.first_response_minutes), duration(p.resolution_minutes),
             f"{cell(p.owner_ar)} ({bdi(p.owner_en)})"]
            for p in catalog.priorities
        ),
    )


def severities_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["الدرجة", "الاسم", "متى", "أول إجراء خلال", "تحديث التواصل كل"],
        (
            [bdi(s.key), cell(s.name_ar), cell(s.rule_ar), duration(s.first_action_minutes),
             duration(s.comm_cadence_minutes)]
            for s in catalog.severities
        ),
    )


def onboarding_steps_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["#", "الخطوة", "المعرّف", "English"],
        (
            [bdi(i), cell(s.title_ar), f"`{s.key}`", bdi(s.title_en)]
            for i, s in enumerate(catalog.onboarding_steps, start=1)
        ),
    )


def cadences_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["الإيقاع", "المعرّف", "التوقيت"],
        ([cell(c.title_ar), f"`{c.key}`", cell(c.when_ar)] for c in catalog.cadences),
    )


def bundles_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["الباقة", "المعرّف", "لمن", "ماذا تقدّم"],
        ([bdi(b.name_en), f"`{b.key}`", cell(b.audience_ar), cell(b.summary_ar)] for b in catalog.bundles),
    )


def modes_table(catalog: Catalog | None = None) -> str:
    catalog = catalog or _catalog.CATALOG
    return markdown_table(
        ["وضع التشغيل", "المعرّف", "الاستخدام"],
        ([bdi(m.name_en), f"`{m.key}`", cell(m.summary_ar)] for m in catalog.modes),
    )


def registry(root: Path | None = None) -> dict[str, Renderer]:
    """Every generated block by name: the catalog tables here, the ops behaviour's blocks, and
    the claims policy's category table (read from ``root``'s policy, or the current project's)."""
    blocks: dict[str, Renderer] = {
        "connectors": connectors_table,
        "connector-flags": connector_flags_table,
        "sla": sla_table,
        "severities": severities_table,
        "onboarding-steps": onboarding_steps_table,
        "cadences": cadences_table,
        "bundles": bundles_table,
        "modes": modes_table,
    }
    from dealix_site.ops.render import BLOCKS as ops_blocks

    blocks.update(ops_blocks)
    from dealix_site.lint.tables import claim_categories_table
    from dealix_site.project import POLICY_FILE

    blocks["claim-categories"] = lambda: claim_categories_table(root / POLICY_FILE if root else None)
    return blocks
