"""The live preview, for real: a `dealix-site serve` process, edits on disk, HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import copy_project

pytestmark = pytest.mark.xdist_group("serve")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Preview:
    def __init__(self, root: Path, port: int, proc: subprocess.Popen[str]) -> None:
        self.root, self.port, self.proc = root, port, proc

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=10) as r:
            return r.read().decode("utf-8")

    def status(self) -> dict:
        return json.loads(self.get("/__dealix__/version"))

    def wait_version(self, above: int, timeout: float = 90) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "the preview server exited"
            try:
                s = self.status()
                if s["version"] > above and not s["building"]:
                    return s
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"no rebuild after version {above} within {timeout}s")

    def edit(self, rel: str, old: str, new: str) -> None:
        f = self.root / rel
        text = f.read_text("utf-8")
        assert old in text
        f.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    copy_project(tmp_path)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dealix_site", "serve", "--port", str(port)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    p = Preview(tmp_path, port, proc)
    try:
        p.wait_version(0)
        yield p
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_edit_rebuilds_and_a_broken_edit_keeps_serving(preview: Preview) -> None:
    page = preview.get("/public/companies/")
    assert '<html lang="ar" dir="rtl">' in page
    assert "/__dealix__/version" in page  # the reload script
    v = preview.status()["version"]

    preview.edit("landing/companies.md", 'heading: "', 'heading: "عنوان تجريبي جديد — ')
    v = preview.wait_version(v)["version"]
    assert "عنوان تجريبي جديد" in preview.get("/public/companies/")

    # A broken front matter: the server reports it on the page and keeps the last good build.
    preview.edit("landing/companies.md", "nav_label:", "nav_lable:")
    s = preview.wait_version(v)
    v = s["version"]
    assert s["fatal"] and "companies.md" in s["fatal"] and "nav_lable" in s["fatal"]
    page = preview.get("/public/companies/")
    assert "عنوان تجريبي جديد" in page and 'id="dealix-overlay"' in page and "nav_lable" in page

    preview.edit("landing/companies.md", "nav_lable:", "nav_label:")
    s = preview.wait_version(v)
    assert s["fatal"] is None
    assert 'id="dealix-overlay"' not in preview.get("/public/companies/")


def test_a_prohibited_claim_is_marked_where_it_was_typed(preview: Preview) -> None:
    v = preview.status()["version"]
    preview.edit("docs/revenue-today.md", "\n", "\nنضمن لك مضاعفة مبيعاتك هذا الشهر.\n")
    preview.wait_version(v)
    page = preview.get("/handbook/revenue-today/")
    assert '<mark class="dealix-finding" data-category="guaranteed-results"' in page
    assert "docs/revenue-today.md:2:1" in page  # the overlay names file, line and column


def test_template_edits_are_watched(preview: Preview) -> None:
    v = preview.status()["version"]
    preview.edit("templates/landing.html", "{% block content %}", "{% block content %}<p>علامة-قالب</p>")
    v = preview.wait_version(v)["version"]
    assert "علامة-قالب" in preview.get("/public/companies/")
