"""Bad and hostile input: clear errors instead of tracebacks, and no input that makes the linter
hang. Hang checks lint in a child process with a CPU-time bound far above what a linear
implementation needs (well under 2 s here): the point is "no hang", not a speed assertion."""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import lint_file

from ._support import POLICY_PATH, REPO, claim_locs, claims, hidden, lint

CPU_SECONDS = 8  # per hostile input (each needs under 2 s here); a hang is killed by SIGXCPU
WALL_SECONDS = 120  # safety net only


def run_lint(*args: str, timeout: float = WALL_SECONDS,
             preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dealix_site", "lint", "--policy", str(POLICY_PATH), *args],
        cwd=REPO, capture_output=True, text=True, timeout=timeout, preexec_fn=preexec,
        env={**os.environ, "NO_COLOR": "1"},
    )


# --- Encoding ---------------------------------------------------------------------------


def test_invalid_utf8_is_an_input_error_at_its_line_and_column(policy: CompiledPolicy, tmp_path: Path) -> None:
    path = tmp_path / "copy.md"
    path.write_bytes("سطر أول\nنص \xff".encode().replace(b"\xc3\xbf", b"\xff"))
    res = lint_file(path, policy)
    assert res.input_error
    (f,) = res.findings
    assert (f.line, f.column, f.severity) == (2, 4, "error")
    assert "UTF-8" in f.message


def test_invalid_utf8_from_the_cli_exits_2_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "copy.md"
    path.write_bytes(b"Line one\nab\xffcd\n")
    proc = run_lint(str(path))
    assert proc.returncode == 2
    out = proc.stdout + proc.stderr
    assert f"{path}:2:3:" in out
    assert "UTF-8" in out
    assert "Traceback" not in out


def test_utf8_bom_does_not_shift_columns(policy: CompiledPolicy, tmp_path: Path) -> None:
    path = tmp_path / "copy.md"
    path.write_bytes(b"\xef\xbb\xbf" + "We guarantee results.\nمع Dealix نضمن لك صفقات.\n".encode())
    res = lint_file(path, policy)
    assert claim_locs(res) == [(1, 4, "guaranteed-results"), (2, 11, "guaranteed-results")]
    assert hidden(res) == []


def test_utf8_bom_from_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "copy.md"
    path.write_bytes(b"\xef\xbb\xbfWe guarantee results.\n")
    proc = run_lint("--format", "json", str(path))
    assert proc.returncode == 1
    (f,) = json.loads(proc.stdout)["findings"]
    assert (f["line"], f["column"], f["match"]) == (1, 4, "guarantee")


def test_crlf_line_endings_keep_lines_and_columns(policy: CompiledPolicy, tmp_path: Path) -> None:
    path = tmp_path / "copy.md"
    path.write_bytes("Intro.\r\n\r\nمع Dealix نضمن لك صفقات.\r\n".encode())
    assert claim_locs(lint_file(path, policy)) == [(3, 11, "guaranteed-results")]


def test_empty_file_has_no_findings(policy: CompiledPolicy, tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    res = lint_file(path, policy)
    assert res.findings == () and not res.input_error
    proc = run_lint(str(path))
    assert proc.returncode == 0


def test_binary_file_is_a_clear_input_error(policy: CompiledPolicy, tmp_path: Path) -> None:
    path = tmp_path / "logo.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
    res = lint_file(path, policy)
    assert res.input_error
    assert "binary" in res.findings[0].message
    proc = run_lint(str(path))
    assert proc.returncode == 2
    assert "binary" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr


def test_twenty_megabyte_single_line_file_is_refused_or_linted_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "export.md"
    path.write_text("نضمن لك صفقات " * (20 * 1024 * 1024 // len("نضمن لك صفقات ".encode())), "utf-8")
    assert path.stat().st_size > 19 * 1024 * 1024
    proc = run_lint(str(path), timeout=60)
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    assert proc.returncode in (1, 2)
    if proc.returncode == 2:
        assert f"{path}:1:1:" in out and "bytes" in out


def test_deeply_nested_html_does_not_recurse(policy: CompiledPolicy) -> None:
    depth = 50_000
    text = "<span>" * depth + "مع Dealix نضمن لك صفقات" + "</span>" * depth
    found = claims(lint(policy, text, "html"))
    assert [(f.line, f.column) for f in found] == [(1, len("<span>") * depth + len("مع Dealix ") + 1)]


def test_deeply_nested_markdown_quotes_and_lists(policy: CompiledPolicy) -> None:
    text = "> " * 5_000 + "نضمن لك صفقات\n" + "".join("  " * i + "- item\n" for i in range(500))
    assert claim_locs(lint(policy, text)) == [(1, 5_000 * 2 + 1, "guaranteed-results")]


# --- Hostile input: every case must finish well inside the CPU bound ---------------------


@dataclass(frozen=True)
class Hostile:
    name: str
    suffix: str
    text: str


HOSTILE = [
    Hostile("arabic-run-without-spaces", ".md", "بتثجحخدذرزسشصضطظعغفقكلمنهوي" * 8_000),
    Hostile("term-prefix-repeated", ".md", "نضم" * 100_000),
    Hostile("term-prefix-repeated-latin", ".md", "guarante" * 100_000),
    Hostile("spaces-inside-multiword-term", ".md", "بدون" + " " * 100_000 + "موافقتك"),
    Hostile("spaces-inside-english-term", ".md", "without" + " " * 100_000 + "your approval"),
    Hostile("waw-run", ".md", "و" * 200_000),
    Hostile("spaced-ba", ".md", "ب " * 200_000),
    Hostile("negation-cues", ".md", "لا " * 100_000 + "نضمن لك"),
    Hostile("gap-words", ".md", "promise " + "x " * 100_000 + "results"),
    Hostile("outcome-words", ".md", "صفقات " * 100_000),
    Hostile("diacritic-run", ".md", "ن" + "\u064e" * 200_000),
    Hostile("zero-width-run", ".md", "ن\u200b" * 20_000),
    Hostile("open-quotes", ".md", "«" * 100_000 + "نضمن"),
    Hostile("backticks", ".md", "``x`" * 50_000),
    Hostile("link-openers", ".md", "[a](" * 50_000),
    Hostile("html-unclosed-tags", ".html", "<a " * 20_000),
    Hostile("html-unclosed-comments", ".html", "<!--" * 50_000),
    Hostile("jinja-openers", ".html.j2", "{{" * 100_000),
    Hostile("mixed-script-long-word", ".md", "аa" * 100_000),
    Hostile("many-claims-on-one-line", ".md", "نضمن لك صفقات. " * 3_000),
    Hostile("many-lines-with-claims", ".md", "نضمن لك صفقات.\n" * 20_000),
]


def _lint_bounded(path: Path, policy: CompiledPolicy, conn: Connection) -> None:
    """Child process: lint one file under a CPU-time limit and report back."""
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    res = lint_file(path, policy)
    conn.send((len(res.findings), res.input_error))
    conn.close()


@pytest.fixture(scope="module")
def hostile_runs(policy: CompiledPolicy, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int | None]:
    """Lint every hostile case in a forked child (which inherits the compiled policy), one at a
    time. CPU time, not wall time, is bounded, so a busy machine is slower but never fails a case.
    Value: the child's exit code (negative: killed by that signal)."""
    base = tmp_path_factory.mktemp("hostile")
    ctx = multiprocessing.get_context("fork")
    codes: dict[str, int | None] = {}
    for case in HOSTILE:
        path = base / f"{case.name}{case.suffix}"
        path.write_text(case.text, "utf-8")
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_lint_bounded, args=(path, policy, child))
        proc.start()
        child.close()
        proc.join(WALL_SECONDS)
        if proc.is_alive():  # only if the CPU limit failed to fire
            proc.kill()
            proc.join()
        codes[case.name] = proc.exitcode
        if proc.exitcode == 0:
            _count, input_error = parent.recv()
            assert not input_error, case.name
        parent.close()
    return codes


@pytest.mark.parametrize("case", HOSTILE, ids=[c.name for c in HOSTILE])
def test_hostile_input_finishes_in_bounded_time(hostile_runs: dict[str, int | None], case: Hostile) -> None:
    code = hostile_runs[case.name]
    assert code is not None and code >= 0, f"killed after {CPU_SECONDS} s of CPU (signal {code}): a hang"
    assert code == 0, f"the child failed with exit code {code} (an exception in the linter?)"


def test_hostile_input_through_the_cli(tmp_path: Path) -> None:
    """One hostile file end to end through the command line, in a subprocess with a timeout."""
    path = tmp_path / "spaced.md"
    path.write_text("ب " * 200_000 + "\n" + "نضم" * 20_000, "utf-8")
    proc = run_lint("--format", "json", str(path), timeout=WALL_SECONDS, preexec=_limit_cpu)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    json.loads(proc.stdout)


def _limit_cpu() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
