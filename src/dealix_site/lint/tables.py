"""The prohibited-claims runbook's category table, generated from the policy."""

from __future__ import annotations

from pathlib import Path

from dealix_site.lint.policy import load_policy
from dealix_site.project import POLICY_FILE, find_project


def claim_categories_table(policy_path: Path | None = None) -> str:
    from dealix_site.tables import bdi, cell, markdown_table

    path = policy_path or find_project().root / POLICY_FILE
    policy = load_policy(path)
    return markdown_table(
        ["الفئة", "المعرّف", "لماذا نمنعها", "قل بدلاً من ذلك"],
        (
            [f"{cell(c.name.ar)} ({bdi(c.name.en)})", f"`{c.id}`", cell(c.message.ar), cell(c.suggestion.ar)]
            for c in policy.categories
        ),
    )

