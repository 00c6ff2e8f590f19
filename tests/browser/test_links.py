"""No broken link or anchor in either output, and every landing link really opens in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealix_site.links import check_output

from .support import BROWSER, DESKTOP, LANDING_SLUGS, landing_path

pytestmark = BROWSER

# Every link a visitor can follow on a landing page: header, brand, footer and the page body.
LINKS = "a[href]"


def test_public_output_has_no_broken_links_or_external_loads(public_dir: Path) -> None:
    problems = check_output(public_dir, allow_external=False)
    assert not problems, "\n".join(map(str, problems))


def test_handbook_output_has_no_broken_links(handbook_dir: Path) -> None:
    problems = check_output(handbook_dir)
    assert not problems, "\n".join(map(str, problems))


def test_link_checker_catches_a_broken_anchor(tmp_path: Path) -> None:
    """check_output is not a no-op: the same call flags a planted broken link and anchor."""
    (tmp_path / "index.html").write_text(
        '<a href="missing/">x</a><a href="#nowhere">y</a><p id="here"></p><a href="#here">z</a>', "utf-8"
    )
    found = {(p.target, p.message) for p in check_output(tmp_path, allow_external=False)}
    assert found == {("missing/", "broken link"), ("#nowhere", "broken anchor")}


@pytest.mark.parametrize("slug", LANDING_SLUGS)
def test_every_landing_link_opens(servers, open_page, slug: str) -> None:
    server = servers["public"]
    start = server.url(landing_path(slug))
    opened = open_page(server, landing_path(slug), DESKTOP, settle=False)
    page = opened.page
    links = page.locator(LINKS)
    count = links.count()
    assert page.locator("header nav a").count() == len(LANDING_SLUGS)
    assert page.locator("footer nav a").count() == len(LANDING_SLUGS)

    opened_ok: set[str] = set()
    problems: list[str] = []
    for i in range(count):
        if page.url != start:
            page.goto(start)
        link = links.nth(i)
        href = link.get_attribute("href")
        target = link.evaluate("a => a.href")
        if target.startswith("mailto:"):
            continue
        if not target.startswith(server.origin + "/"):
            problems.append(f"{href!r} leaves the site: {target}")
            continue
        address, _, fragment = target.partition("#")
        if address == start and fragment:  # in-page anchor: the target must exist
            if not page.evaluate("id => !!document.getElementById(id)", fragment):
                problems.append(f"{href!r}: no element with id {fragment!r}")
            continue
        if target in opened_ok:
            continue
        if not link.is_visible():
            problems.append(f"{href!r} is not visible, so it cannot be clicked")
            continue
        with page.expect_navigation() as navigation:
            link.click()
        response = navigation.value
        if response is None or response.status != 200:
            problems.append(f"{href!r} -> {target}: status {response.status if response else None}")
            continue
        if page.url != target or page.evaluate("document.documentElement.lang") != "ar":
            problems.append(f"{href!r} -> {target}: ended at {page.url}")
            continue
        opened_ok.add(target)
    assert not problems, "\n".join(problems)
    # every landing page is one click away from this one
    assert {server.url(landing_path(s)) for s in LANDING_SLUGS} <= opened_ok | {start}
    assert not opened.requests.foreign(), f"requests to other hosts: {opened.requests.foreign()}"
