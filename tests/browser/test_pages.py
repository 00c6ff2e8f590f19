"""Every landing page and a sample of handbook pages in Chromium, at phone and desktop sizes:
Arabic and right-to-left, no sideways scrolling, nothing loaded from another host, and no
serious or critical axe-core finding (with colour contrast checked on Arabic text too)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .support import (
    ARABIC_LETTERS,
    BROWSER,
    HANDBOOK_SAMPLE,
    LANDING_SLUGS,
    SCREENSHOTS,
    VIEWPORTS,
    Viewport,
    axe_script_arabic,
    describe,
    handbook_id,
    landing_path,
    run_axe,
    serious,
)

pytestmark = BROWSER

ARABIC = re.compile(ARABIC_LETTERS)

LANDING = [pytest.param("public", landing_path(s), s, id=f"landing-{s}") for s in LANDING_SLUGS]
HANDBOOK = [pytest.param("handbook", p, None, id=f"handbook-{handbook_id(p)}") for p in HANDBOOK_SAMPLE]
SIZES = [pytest.param(v, id=v.name) for v in VIEWPORTS]

# Elements sticking out of the viewport, for the failure message of the overflow check.
_OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > width + 1 || r.left < -1)) {
      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (el.classList.length ? '.' + [...el.classList].join('.') : '');
      out.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
  }
  return out.slice(0, 10);
}"""


def test_every_landing_page_is_covered(public_dir: Path) -> None:
    built = sorted(p.relative_to(public_dir).as_posix() for p in public_dir.rglob("*.html"))
    expected = sorted(f"{landing_path(s)}index.html" for s in LANDING_SLUGS)
    assert built == expected
    assert {"index", "companies", "marketers", "agency-partner", "private-beta"} <= set(LANDING_SLUGS)


def check_layout(opened, viewport: Viewport, slug: str | None) -> None:
    """lang/dir, no sideways overflow, a screenshot of landing pages, no request off this server."""
    page = opened.page
    root = page.evaluate(
        "() => ({lang: document.documentElement.lang, dir: document.documentElement.dir,"
        " computed: getComputedStyle(document.documentElement).direction,"
        " scrollWidth: document.documentElement.scrollWidth,"
        " clientWidth: document.documentElement.clientWidth})"
    )
    assert root["lang"] == "ar", f"<html lang> is {root['lang']!r}"
    assert root["dir"] == "rtl", f"<html dir> is {root['dir']!r}"
    assert root["computed"] == "rtl", f"the root element's computed direction is {root['computed']!r}"
    # clientWidth, not innerWidth: under mobile emulation the layout viewport grows to fit
    # overflowing content, which would hide exactly what this looks for.
    assert root["scrollWidth"] <= root["clientWidth"], (
        f"horizontal overflow at {viewport.name}: scrollWidth {root['scrollWidth']} > clientWidth "
        f"{root['clientWidth']}; sticking out: {page.evaluate(_OVERFLOWING)}"
    )
    if slug is not None:  # landing pages: full-page screenshots for people to look at
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = SCREENSHOTS / f"{slug}-{viewport.name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    assert opened.requests.urls, "no request was recorded at all"
    assert not opened.requests.foreign(), f"requests to other hosts: {opened.requests.foreign()}"


def check_axe(opened, viewport: Viewport) -> None:
    """No serious or critical axe-core violation, with Arabic text contrast-checked."""
    results = run_axe(opened.page, axe_script_arabic(), result_types=["violations", "passes"])
    found = serious(results)
    assert not found, f"axe-core at {viewport.name}:\n{describe(found)}"
    # Arabic text really was contrast-checked (with axe's defaults no Arabic node gets here).
    contrast_passes = [n for r in results["passes"] if r["id"] == "color-contrast" for n in r["nodes"]]
    assert any(ARABIC.search(n["html"]) for n in contrast_passes), "no Arabic text was contrast-checked"
    assert not opened.requests.foreign(), f"requests to other hosts: {opened.requests.foreign()}"


# Both checks of one page at one size run back to back on the same loaded page (shared_page).
@pytest.mark.parametrize("check", ["layout", "axe"])
@pytest.mark.parametrize("viewport", SIZES)
@pytest.mark.parametrize(("output", "path", "slug"), LANDING + HANDBOOK)
def test_page(servers, shared_page, output: str, path: str, slug: str | None, viewport: Viewport,
              check: str) -> None:
    opened = shared_page(servers[output], path, viewport)
    assert opened.status == 200
    if check == "layout":
        check_layout(opened, viewport, slug)
    else:
        check_axe(opened, viewport)
