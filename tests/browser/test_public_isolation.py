"""The public output carries nothing from the internal handbook: no runbook text in any page or
asset, and no link that points into the handbook."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from .support import BROWSER, REPO

pytestmark = BROWSER

DOCS = REPO / "docs"
# Internal runbooks only: approved-messaging.md and positioning-lock.md hold the wording the
# public pages are *meant* to reuse, so sharing a sentence with them is not a leak.
RUNBOOKS = sorted(p for p in DOCS.glob("*.md") if p.stem not in {"approved-messaging", "positioning-lock"})
MIN_CHARS = 40

_SPACE = re.compile(r"\s+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!؟:؛])\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def runbook_sentences(md: Path) -> list[str]:
    """Plain prose sentences of a runbook: no headings, tables, lists markers, code or markup."""
    sentences: list[str] = []
    in_fence = False
    for line in md.read_text("utf-8").splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        stripped = line.strip()
        if in_fence or not stripped or stripped.startswith(("#", "|", "<", ">", "!!!", "---", ":")):
            continue
        if "`" in stripped:  # code spans render differently; skip rather than guess
            continue
        text = re.sub(r"^([-*+]|\d+\.)\s+", "", stripped)
        text = _MD_LINK.sub(r"\1", text).replace("**", "").replace("__", "")
        if "*" in text or "_" in text:
            continue
        for sentence in _SENTENCE_END.split(text):
            sentence = _norm(sentence)
            if len(sentence) >= MIN_CHARS and re.search(r"[\u0600-\u06FF]", sentence):
                sentences.append(sentence)
    return sentences


def _html_text(path: Path) -> str:
    return _norm(BeautifulSoup(path.read_text("utf-8"), "html.parser").get_text(" "))


def _all_text(root: Path) -> dict[str, str]:
    """Every file under ``root`` as text: HTML as raw markup plus its visible text, anything
    else decoded as far as it decodes (fonts included, in case text hides in an asset)."""
    texts = {}
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        raw = _norm(path.read_bytes().decode("utf-8", errors="ignore"))
        texts[path.relative_to(root).as_posix()] = raw + "\n" + (_html_text(path) if path.suffix == ".html" else "")
    return texts


def test_runbook_sentences_are_not_in_public(site_dir: Path) -> None:
    handbook_text = "\n".join(_all_text(site_dir / "handbook").values())
    public_text = _all_text(site_dir / "public")
    assert RUNBOOKS and len(RUNBOOKS) >= 5
    leaks = []
    for md in RUNBOOKS:
        # every prose sentence that is shown to be in the built handbook as written (so a leak of
        # the rendered text would be found), and enough of them for the check to mean something
        sample = [s for s in runbook_sentences(md) if s in handbook_text]
        assert len(sample) >= 10, f"too few checkable sentences in {md.name}: {sample}"
        for sentence in sample:
            leaks += [f"{rel}: {sentence}" for rel, text in public_text.items() if sentence in text]
    assert not leaks, "runbook text in the public output:\n" + "\n".join(leaks)


def _references(public_dir: Path) -> list[tuple[str, str]]:
    refs: list[tuple[str, str]] = []
    for page in sorted(public_dir.rglob("*.html")):
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        for tag in soup.find_all(True):
            for attr in ("href", "src", "action", "formaction", "poster", "data", "srcset", "content"):
                value = tag.get(attr)
                if value and (attr != "content" or "/" in value):
                    refs.append((page.relative_to(public_dir).as_posix(), str(value)))
    for css in sorted(public_dir.rglob("*.css")):
        for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text("utf-8")):
            refs.append((css.relative_to(public_dir).as_posix(), url))
    return refs


def test_public_links_never_point_into_the_handbook(public_dir: Path) -> None:
    refs = _references(public_dir)
    assert len(refs) > 20
    runbook_names = {p.stem for p in DOCS.glob("*.md")} - {"index"}
    assert {"support-sla", "connectors", "positioning-lock"} <= runbook_names
    bad = []
    for where, url in refs:
        segments = set(unquote(urlsplit(url).path).strip("/").split("/"))
        if "handbook" in url.lower() or segments & runbook_names or any(
            s.removesuffix(".md").removesuffix(".html") in runbook_names for s in segments
        ):
            bad.append(f"{where}: {url}")
    assert not bad, "links into the handbook:\n" + "\n".join(bad)
