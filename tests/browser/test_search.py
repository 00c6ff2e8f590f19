"""The handbook's built-in search (mkdocs-material, lunr with the Arabic stemmer) works when the
built handbook is served over http from 127.0.0.1."""

from __future__ import annotations

import pytest

from .support import BROWSER, DESKTOP, MOBILE

pytestmark = BROWSER

QUERIES = [
    pytest.param("الموصلات", "connectors/", id="connectors"),
    pytest.param("الأولوية", "support-sla/", id="priority"),
]


def type_arabic(box, word: str) -> None:
    """Type like a user would. Playwright enters characters that are not on its US key map
    (all Arabic letters) as text input with no key events, but Material's search box reads its
    value on keyup, which a real Arabic keyboard sends with each letter; End sends one."""
    box.press_sequentially(word, delay=30)
    box.press("End")


def _search(page, word: str) -> list[str]:
    box = page.locator("input.md-search__input")
    opener = page.locator('label.md-header__button[for="__search"]')  # the phone layout's search icon
    if opener.is_visible():
        opener.click()
    box.click()
    type_arabic(box, word)
    items = page.locator(".md-search-result__item")
    items.first.wait_for(state="visible", timeout=10_000)
    return [a.evaluate("a => a.href") for a in page.locator(".md-search-result__item a").all()]


@pytest.mark.parametrize(("word", "expected"), QUERIES)
@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=lambda v: v.name)
def test_search_finds_runbook(servers, open_page, viewport, word: str, expected: str) -> None:
    server = servers["handbook"]
    assert server.origin.startswith("http://127.0.0.1:")
    opened = open_page(server, "", viewport)
    hrefs = _search(opened.page, word)
    assert hrefs, f"no results for {word!r}"
    assert any(h.startswith(server.url(expected)) for h in hrefs), hrefs
    meta = opened.page.locator(".md-search-result__meta").inner_text()
    assert meta.startswith("نتائج البحث"), meta  # Material's Arabic "n documents found" line
    assert not opened.requests.foreign(), f"requests to other hosts: {opened.requests.foreign()}"


def test_search_reports_no_results_for_nonsense(servers, open_page) -> None:
    """The result list above is the search's answer, not something always on the page."""
    opened = open_page(servers["handbook"], "", DESKTOP)
    page = opened.page
    box = page.locator("input.md-search__input")
    box.click()
    type_arabic(box, "زخرفقطعصلب")
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text="لا توجد نتائج").wait_for(state="visible", timeout=10_000)  # "no results"
    assert page.locator(".md-search-result__item").count() == 0
