"""Run the linter: read -> extract -> normalize -> match -> decide -> findings.

``lint_text`` is the pure core; ``lint_paths`` reads files (in parallel when there are many);
``lint_project`` adds the required-term rules; ``lint_rendered_site`` lints the public pages as
they ship and traces each finding back to the landing source where it can.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dealix_site.errors import SourceError
from dealix_site.lint import decide, match
from dealix_site.lint.cache import load_compiled
from dealix_site.lint.compile import CompiledPolicy, compile_phrase
from dealix_site.lint.extract import Prose, extract, kind_for, mask_code
from dealix_site.lint.findings import Finding, Report
from dealix_site.lint.hidden import find_hidden
from dealix_site.lint.normalize import LightView, normalize, offset_map
from dealix_site.lint.suppress import SUPPRESSION_MARK, find_suppressions
from dealix_site.reading import decode_utf8

if TYPE_CHECKING:
    from dealix_site.landing import RenderedSite
    from dealix_site.project import Project

# Large enough for any real page; a bigger file is a mistake (an export, a minified bundle).
MAX_LINT_BYTES = 8 * 1024 * 1024
LINTED_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".j2", ".jinja", ".jinja2")
# Below this many files a process pool costs more than it saves.
PARALLEL_MIN_FILES = 24


@dataclass(frozen=True)
class FileResult:
    findings: tuple[Finding, ...]
    suppressed: int
    lines: dict[int, str] | None = None  # the source lines findings point at, by number
    input_error: bool = False


class _Positions:
    """Offset -> (line, column) for one text; built only when a file has findings."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def lines(self, text: str, numbers: Iterable[int]) -> dict[int, str]:
        """Only the lines asked for: a worker sends back a few lines, not the whole file."""
        out = {}
        for n in numbers:
            end = self.starts[n] - 1 if n < len(self.starts) else len(text)
            out[n] = text[self.starts[n - 1] : end]
        return out


class _SourceMap:
    """Normalized offset -> source offset, through each prose line's offset map. Newlines
    survive normalization, so normalized line N is prose line N; maps are built per line, only
    for lines that hold a finding, and reused."""

    def __init__(self, prose: Prose, light: LightView) -> None:
        self.prose = prose
        self.norm_starts = light.starts  # computed once, for both views
        self.prose_starts = light.text_starts
        self.maps: dict[int, list[int]] = {}

    def __call__(self, norm_offset: int) -> int:
        line = bisect.bisect_right(self.norm_starts, norm_offset)
        col = norm_offset - self.norm_starts[line - 1] + 1
        start = self.prose_starts[line - 1]
        omap = self.maps.get(line)
        if omap is None:
            end = self.prose.text.find("\n", start)
            omap = self.maps[line] = offset_map(self.prose.text[start : end if end >= 0 else None])
        return self.prose.source_offset(start + omap[min(col - 1, len(omap) - 1)])


# A trap over the text as written starts at the match and may read a few words past its end.
_AS_WRITTEN_REACH = 60
_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|\w+);")
_TRAILING_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u0640]*")


def _extend_end(text: str, last: int) -> int:
    """End offset (exclusive) of a match whose last matched character is at ``last``: an HTML
    entity is kept whole, and the diacritics or tatweel written after the last letter belong to
    the word (نَضْمَنُ, not نَضْمَن)."""
    m = _ENTITY.match(text, last)
    end = m.end() if m else last + 1
    return _TRAILING_MARKS.match(text, end).end()


def _lang(text: str) -> str:
    return "ar" if re.search(r"[\u0600-\u06ff]", text) else "en"


def lint_text(text: str, path: str, kind: str, policy: CompiledPolicy) -> FileResult:
    """Lint one text. ``path`` is only used in findings."""
    prose = extract(text, kind)
    norm = normalize(prose.text)
    light = LightView(prose.text, norm)
    sentences = match.Sentences(norm)
    cands = [
        cand
        for cand in match.find_candidates(policy, norm, sentences)
        if not decide.negated(light, cand, policy, sentences) and not decide.mentioned(norm, light, cand, policy)
    ]
    order = {c.category.id: i for i, c in enumerate(policy.categories)}
    claims = match.resolve_overlaps(cands, order)
    hidden = list(find_hidden(text))
    suppressions = (find_suppressions(mask_code(text) if kind == "md" else text)
                    if SUPPRESSION_MARK in text else [])
    if not claims and not hidden and not suppressions:
        return FileResult((), 0)

    src_pos = _Positions(text)
    to_source = _SourceMap(prose, light)
    findings: list[Finding] = []
    suppressed = 0

    def add(start: int, end: int, rule: str, category: str, severity: str, message: str, suggestion: str) -> None:
        line, col = src_pos.line_col(start)
        end_line, end_col = src_pos.line_col(max(start + 1, end))
        findings.append(Finding(path, line, col, end_line, end_col, rule, category, severity, message,
                                text[start:end], suggestion))

    for sup in suppressions:
        if not sup.reason:
            add(sup.comment_start, sup.comment_end, "suppression-without-reason", "suppression", "error",
                'suppression needs a reason: <!-- dealix-lint: allow CATEGORY reason="why this is fine" -->', "")
        unknown = sup.categories - {c.category.id for c in policy.categories} - {"all", "hidden-character"}
        if unknown:
            add(sup.comment_start, sup.comment_end, "suppression-unknown-category", "suppression", "error",
                f"unknown category in suppression: {', '.join(sorted(unknown))}", "")
    valid_sups = [s for s in suppressions if s.reason]

    for c in claims:
        start = to_source(c.start)
        end = _extend_end(text, to_source(c.end - 1))
        if any(s.covers(start, c.category) for s in valid_sups):
            suppressed += 1
            continue
        compiled_cat = policy.category(c.category)
        if compiled_cat.as_written is not None and compiled_cat.as_written.get().match(
                text, start, min(len(text), end + _AS_WRITTEN_REACH)):
            continue  # as written, it is another word (نضمّن … في "we include … in")
        cat = compiled_cat.category
        lang = _lang(text[start:end])
        add(start, end, f"claims/{cat.id}", cat.id, cat.severity,
            getattr(cat.message, lang), getattr(cat.suggestion, lang))
    for h in hidden:
        if any(s.covers(h.start, "hidden-character") for s in valid_sups):
            suppressed += 1
            continue
        lang = _lang(text[max(0, h.start - 20) : h.end + 20])
        add(h.start, h.end, f"hidden/{h.rule}", "hidden-character", "error",
            h.message_ar if lang == "ar" else h.message_en, "احذف الحرف الخفي" if lang == "ar" else
            "delete the invisible character")
    findings.sort(key=lambda f: (f.line, f.column, f.rule))
    lines = src_pos.lines(text, {f.line for f in findings}) if findings else None
    return FileResult(tuple(findings), suppressed, lines)


def _input_error(path: str, message: str, line: int = 1, col: int = 1) -> FileResult:
    f = Finding(path, line, col, line, col + 1, "input-error", "input", "error", message, "", "")
    return FileResult((f,), 0, None, input_error=True)


def lint_file(path: Path, policy: CompiledPolicy, display: str | None = None) -> FileResult:
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_LINT_BYTES:
            return _input_error(name, f"file is {size:,} bytes; files over {MAX_LINT_BYTES:,} bytes are not linted "
                                      "(is this really copy?)")
        data = path.read_bytes()
    except OSError as exc:
        return _input_error(name, f"cannot read: {exc.strerror}")
    if b"\x00" in data[:8192] or b"\x00" in data:
        return _input_error(name, "binary file (contains NUL bytes); expected UTF-8 text")
    try:
        text = decode_utf8(data, name)
    except SourceError as exc:
        return _input_error(name, exc.message, exc.line or 1, exc.column or 1)
    kind = kind_for(path.name)
    # (An .html file with Jinja syntax is a template wherever it is: "{% if guarantee_badge %}"
    # is code, not copy. Rendered pages never hold it.)
    if kind == "html" and (_is_template(path) or "{%" in text or "{{" in text):
        kind = "template"
    return lint_text(text.replace("\r\n", "\n"), name, kind, policy)


def _is_template(path: Path) -> bool:
    return "templates" in path.parts or path.suffix in (".j2", ".jinja", ".jinja2")


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named explicitly are always linted; directories contribute their text files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in LINTED_SUFFIXES
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        else:
            out.append(p)
    return out


_WORKER: dict[str, CompiledPolicy] = {}


def _worker_init(policy: CompiledPolicy) -> None:
    _WORKER["policy"] = policy


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def lint_paths(paths: Sequence[Path], policy: CompiledPolicy, *, root: Path | None = None,
               jobs: int | None = None) -> Report:
    files = expand_paths(paths)
    jobs = jobs or os.cpu_count() or 1
    work = [(str(f), _display(f, root)) for f in files]
    if jobs > 1 and len(files) >= PARALLEL_MIN_FILES:
        results = _lint_parallel(work, policy, jobs)
    else:
        results = [lint_file(Path(f), policy, d) for f, d in work]
    return _report(results, [d for _, d in work])


def _lint_chunk(chunk: list[tuple[str, str]]) -> list[FileResult]:
    policy = _WORKER["policy"]
    return [lint_file(Path(f), policy, d) for f, d in chunk]


def _lint_parallel(work: list[tuple[str, str]], policy: CompiledPolicy, jobs: int) -> list[FileResult]:
    """``jobs - 1`` forked workers and this process share the files. The work is cut into small
    chunks handed to the workers; this process takes chunks back from the end of the queue
    (cancelling them before a worker starts them) until none is left, so every core stays busy
    to the end and no chunk is done twice."""
    from concurrent.futures import ProcessPoolExecutor  # 50 ms of imports: only when used
    from multiprocessing import get_context

    size = max(1, len(work) // (jobs * 8))
    chunks = [work[i : i + size] for i in range(0, len(work), size)]
    done: dict[int, list[FileResult]] = {}
    # The workers inherit the compiled policy by fork; patterns stay lazy, so each process
    # compiles (loads from the cache's programs) only the ones its files need.
    with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=get_context("fork"), initializer=_worker_init,
                             initargs=(policy,)) as pool:
        futures = [pool.submit(_lint_chunk, c) for c in chunks]
        for i in range(len(chunks) - 1, -1, -1):
            if not futures[i].cancel():
                break  # a worker has it (and every earlier chunk)
            done[i] = [lint_file(Path(f), policy, d) for f, d in chunks[i]]
        for i, fut in enumerate(futures):
            if i not in done:
                done[i] = fut.result()
    return [r for i in range(len(chunks)) for r in done[i]]


def _report(results: Sequence[FileResult], names: Sequence[str]) -> Report:
    findings = tuple(sorted(f for r in results for f in r.findings))
    lines = {n: r.lines for n, r in zip(names, results, strict=True) if r.lines is not None}
    return Report(findings, len(results), sum(r.suppressed for r in results),
                  sum(1 for r in results if r.input_error), lines)


# --- Project-level rules ------------------------------------------------------------------


def required_findings(project: Project, policy: CompiledPolicy) -> list[Finding]:
    from dealix_site.ops.catalog import CATALOG

    out: list[Finding] = []
    for rule in policy.required:
        targets = [p for pattern in rule.paths for p in sorted(project.root.glob(pattern))] if any(
            ch in "".join(rule.paths) for ch in "*?[") else [project.root / p for p in rule.paths]
        for target in targets:
            rel = target.relative_to(project.root).as_posix()
            if not target.is_file():
                if rule.must_exist or rule.terms or rule.from_catalog or rule.from_policy:
                    out.append(Finding(rel, 1, 1, 1, 1, f"required/{rule.id}", "required-term", "error",
                                       f"{rule.message.en} (file missing)", "", rule.message.ar))
                continue
            terms: list[tuple[str, str]] = [(t, t.lstrip("=").replace(" =", " ")) for t in rule.terms]
            if rule.from_catalog:
                items = CATALOG.bundles if rule.from_catalog == "bundles" else CATALOG.modes
                terms += [(" ".join("=" + w for w in i.name_en.split()), i.name_en) for i in items]
            if rule.from_policy == "category-ids":
                for c in policy.categories:
                    cat = c.category
                    terms.append((f"(={cat.id}|{cat.name.ar}|{cat.name.en})", cat.id))
            if not terms:
                continue
            try:
                text = normalize(target.read_text("utf-8"))
            except (OSError, UnicodeDecodeError):
                continue  # the file itself is reported by lint_file
            missing = [label for term, label in terms if not compile_phrase(policy, term).search(text)]
            if missing:
                out.append(Finding(rel, 1, 1, 1, 1, f"required/{rule.id}", "required-term", "error",
                                   f"{rule.message.en} Missing: {', '.join(missing)}", ", ".join(missing),
                                   rule.message.ar))
    return out


def _unsuppressible(project: Project, policy: CompiledPolicy) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for rule in policy.required:
        for p in rule.paths:
            if rule.forbid_categories:
                out[p] = frozenset(rule.forbid_categories)
    return out


def lint_project(project: Project, policy: CompiledPolicy | None = None,
                 paths: Sequence[Path] | None = None, *, jobs: int | None = None) -> Report:
    policy = policy or load_compiled(project.policy_path)
    report = lint_paths(list(paths or project.content_roots), policy, root=project.root, jobs=jobs)
    strict = _unsuppressible(project, policy)
    if strict:
        # Pages that must never claim these categories: a suppression does not count there.
        extra: list[Finding] = []
        for rel, cats in strict.items():
            target = project.root / rel
            if target.is_file():
                text = target.read_text("utf-8", errors="replace")
                unsuppressed = lint_text(re.sub(r"<!--\s*dealix-lint.*?-->", "", text, flags=re.S), rel,
                                         kind_for(rel), policy)
                extra += [f for f in unsuppressed.findings if f.category in cats and f not in report.findings]
        if extra:
            report = report.merge(Report(tuple(extra)))
    if paths is None:
        req = required_findings(project, policy)
        report = report.merge(Report(tuple(req)))
    return report


# --- Rendered public pages -----------------------------------------------------------------


def lint_rendered_site(project: Project, site: RenderedSite, policy: CompiledPolicy | None = None) -> Report:
    """Lint the HTML that ships, then trace each finding to the landing source or template."""
    policy = policy or load_compiled(project.policy_path)
    sources = _source_index(project)
    results, names = [], []
    for rel, html in sorted(site.files.items()):
        display = f"site/public/{rel}"
        res = lint_text(html, display, "html", policy)
        traced = tuple(_trace(f, sources) for f in res.findings)
        lines = res.lines
        if traced and all(t.path != display for t in traced):
            lines = None
        results.append(FileResult(traced, res.suppressed, lines))
        names.append(display)
    report = _report(results, names)
    for f in report.findings:
        if f.path in sources and f.path not in report.file_lines:
            text = sources[f.path][0]
            wanted = {g.line for g in report.findings if g.path == f.path}
            report.file_lines[f.path] = _Positions(text).lines(text, wanted)
    return report


def _source_index(project: Project) -> dict[str, tuple[str, str]]:
    """rel path -> (text, normalized text) for every landing source and template."""
    out: dict[str, tuple[str, str]] = {}
    for base in (project.landing_dir, project.templates_dir):
        for f in expand_paths([base]):
            try:
                text = f.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            out[f.relative_to(project.root).as_posix()] = (text, normalize(text))
    return out


def _trace(f: Finding, sources: dict[str, tuple[str, str]]) -> Finding:
    words = normalize(f.match).split()
    if not words or f.rule.startswith("hidden/"):
        return f
    # A claim wrapped over lines may be wrapped or indented differently in the page and in its
    # source: any run of white space stands for any other.
    needle = re.compile(r"\s+".join(map(re.escape, words)))
    for rel, (text, norm) in sources.items():
        found = needle.search(norm)
        if found is None:
            continue
        omap = offset_map(text)  # normalized offset -> source offset (with the end's)
        start, end = omap[found.start()], omap[found.end()]
        pos = _Positions(text)
        line, col = pos.line_col(start)
        end_line, end_col = pos.line_col(end)
        return f.moved(path=rel, line=line, column=col, end_line=end_line, end_column=end_col)
    return f
