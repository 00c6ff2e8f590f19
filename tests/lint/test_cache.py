"""The on-disk policy cache: it must give exactly what compiling the policy gives, follow every
edit of the policy, survive damaged entries, and never be needed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dealix_site.errors import SourceError
from dealix_site.lint import cache
from dealix_site.lint.compile import CompiledPolicy
from dealix_site.lint.engine import lint_text
from dealix_site.lint.policy import compile_validated

from ._support import POLICY_PATH, REPO

SAMPLES = (
    "نضمن لك مضاعفة مبيعاتك خلال شهر.",
    "لا نضمن نتائج محددة، لكننا نساعدك على المتابعة.",
    "We scrape every directory so your lead list is always full.",
    "We never scrape websites or buy lists.",
    "Dealix يرسل باسمك بدون موافقتك إذا شاف الفرصة مناسبة.",
    "يتضمن التقرير ملخص الأسبوع ضمن لوحة المتابعة.",
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    cache._load.cache_clear()
    yield folder
    cache._load.cache_clear()


def _policy_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "claims-policy.yml"
    shutil.copy2(POLICY_PATH, dest)
    return dest


def _shape(cp: CompiledPolicy) -> tuple:
    """Everything a lint run reads from the compiled policy, as comparable values."""
    return (
        [(c.category, c.unanchored, c.traps.text if c.traps else None, [t.text for t in c.anchored_traps],
          [(t.source, t.category, t.primary.text, [o.text for o in t.others], t.leads) for t in c.terms])
         for c in cp.categories],
        cp.negation, cp.mention_cues.text, cp.lexicon, cp.required, cp.anchors, cp.trap_anchors,
        {attr: p.text for attr, p in cp.derived.items()},
    )


def _findings(cp: CompiledPolicy) -> list[list[tuple]]:
    return [[(f.line, f.column, f.end_column, f.category) for f in lint_text(s, "p.md", "md", cp).findings]
            for s in SAMPLES]


def test_stored_programs_are_the_ones_re_compile_builds(cache_dir: Path) -> None:
    compiled = compile_validated(POLICY_PATH)
    patterns = compiled.patterns()
    assert len(patterns) > 100
    for p in patterns:
        code = cache.code_of(p.text)
        assert code is not None, p.text[:80]
        # Pattern equality compares flags, groups and the whole engine program.
        assert cache.pattern_from_code(p.text, code) == re.compile(p.text), p.text[:80]


def test_a_cache_hit_equals_a_fresh_compile(tmp_path: Path, cache_dir: Path) -> None:
    path = _policy_copy(tmp_path)
    fresh = compile_validated(path)
    first = cache.load_compiled(path)  # miss: compiles and stores
    entries = list(cache_dir.glob("policy-*.marshal"))
    assert len(entries) == 1
    cache._load.cache_clear()
    hit = cache.load_compiled(path)
    assert hit is not first
    assert all(p.code is not None for p in hit.patterns())  # loaded, not recompiled
    assert _shape(hit) == _shape(fresh) == _shape(first)
    assert _findings(hit) == _findings(fresh)
    assert any(_findings(hit)) and not all(_findings(hit))  # the samples hold claims and fine copy


def test_an_edited_policy_is_compiled_again(tmp_path: Path, cache_dir: Path) -> None:
    path = _policy_copy(tmp_path)
    before = cache.load_compiled(path)
    assert _findings(before)[4]  # "بدون موافقتك" is an approval bypass
    text = path.read_text("utf-8")
    text = text.replace("severity: error", "severity: warning", 1)
    path.write_text(text, "utf-8")
    os.utime(path, ns=(1, 1))  # a different identity even on a coarse clock
    after = cache.load_compiled(path)
    assert after.categories[0].category.severity == "warning"
    assert before.categories[0].category.severity == "error"
    assert len(list(cache_dir.glob("policy-*.marshal"))) == 2


def test_a_broken_policy_is_reported_even_with_a_cache(tmp_path: Path, cache_dir: Path) -> None:
    path = _policy_copy(tmp_path)
    cache.load_compiled(path)
    text = path.read_text("utf-8").replace("id: scraping", "id: scrapping", 1)
    path.write_text(text, "utf-8")
    os.utime(path, ns=(2, 2))
    with pytest.raises(SourceError) as err:
        cache.load_compiled(path)
    assert "scrapping" in str(err.value)
    assert err.value.line == text[: text.index("id: scrapping")].count("\n") + 1


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_a_damaged_entry_is_ignored_and_rebuilt(tmp_path: Path, cache_dir: Path, damage: str) -> None:
    path = _policy_copy(tmp_path)
    expected = _findings(cache.load_compiled(path))
    (entry,) = cache_dir.glob("policy-*.marshal")
    blob = entry.read_bytes()
    entry.write_bytes({
        "truncate": blob[: len(blob) // 2],
        "flip": blob[:100] + bytes([blob[100] ^ 0xFF]) + blob[101:],
        "empty": b"",
        "garbage": b"\x00" * 64,
    }[damage])
    cache._load.cache_clear()
    assert _findings(cache.load_compiled(path)) == expected
    assert entry.read_bytes() == blob  # rewritten whole


def test_a_damaged_program_is_compiled_the_usual_way(tmp_path: Path, cache_dir: Path) -> None:
    """Programs are read from the entry only when first used, each checked against its digest:
    damage there (past the checked head) costs speed, never a wrong pattern."""
    path = _policy_copy(tmp_path)
    expected = _findings(compile_validated(path))
    cache.load_compiled(path)
    (entry,) = cache_dir.glob("policy-*.marshal")
    blob = bytearray(entry.read_bytes())
    for at in range(len(blob) // 2, len(blob), 4096):  # many programs, none of them whole
        blob[at] ^= 0xFF
    entry.write_bytes(bytes(blob))
    cache._load.cache_clear()
    damaged = cache.load_compiled(path)
    stored = [p.code for p in damaged.patterns() if isinstance(p.code, cache.StoredProgram)]
    assert stored and any(s.load() is None for s in stored)
    assert _findings(damaged) == expected
    assert all(p.get() == re.compile(p.text) for p in damaged.patterns())


def test_no_cache_when_disabled_or_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _policy_copy(tmp_path)
    expected = _findings(compile_validated(path))
    monkeypatch.setenv(cache.ENV, "0")
    cache._load.cache_clear()
    assert cache.cache_dir() is None
    assert _findings(cache.load_compiled(path)) == expected
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))  # cannot be created
    cache._load.cache_clear()
    assert _findings(cache.load_compiled(path)) == expected
    cache._load.cache_clear()


def test_old_entries_are_pruned(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "KEEP", 2)
    path = _policy_copy(tmp_path)
    base = path.read_text("utf-8")
    for i in range(4):
        path.write_text(base + f"\n# edit {i}\n", "utf-8")
        os.utime(path, ns=(10 + i, 10 + i))
        cache.load_compiled(path)
    assert len(list(cache_dir.glob("policy-*.marshal"))) == 2
    assert not list(cache_dir.glob(".policy-*"))  # no temporary files left behind


def test_a_cache_hit_does_not_import_pydantic_or_yaml(tmp_path: Path) -> None:
    """What makes `dealix-site lint` start fast: the second run reads only the cache."""
    env = {**os.environ, cache.ENV: str(tmp_path / "cache")}
    code = (
        "import sys, json; from pathlib import Path\n"
        "from dealix_site.lint.cache import load_compiled\n"
        f"p = load_compiled(Path({str(POLICY_PATH)!r}))\n"
        "print(json.dumps([len(p.categories), 'pydantic' in sys.modules, 'yaml' in sys.modules]))\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                           cwd=REPO) for _ in range(2)]
    assert json.loads(runs[0].stdout) == [8, True, True]  # the miss validates with pydantic
    assert json.loads(runs[1].stdout) == [8, False, False]


def test_the_policy_compiles_to_the_same_patterns_in_every_process() -> None:
    """Sets iterate in a different order under each hash seed; pattern text must not (a rebuild
    reuses programs by their text, and the same policy should always be the same regexes)."""
    code = (
        "import json; from pathlib import Path\n"
        "from dealix_site.lint.policy import compile_validated\n"
        f"print(json.dumps([p.text for p in compile_validated(Path({str(POLICY_PATH)!r})).patterns()]))\n"
    )
    texts = [json.loads(subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                                       capture_output=True, text=True, check=True, cwd=REPO).stdout)
             for seed in ("1", "2")]
    assert len(texts[0]) > 1000
    assert texts[0] == texts[1]


def test_a_rebuild_after_an_edit_reuses_the_unchanged_programs(tmp_path: Path, cache_dir: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing one term recompiles that term's patterns, not all of them; a stored program that
    fails its digest check is built again, and every program in the new entry is the one
    re.compile builds."""
    path = _policy_copy(tmp_path)
    before = cache.load_compiled(path)
    old_texts = {p.text for p in before.patterns()}
    (entry,) = cache_dir.glob("policy-*.marshal")
    blob = bytearray(entry.read_bytes())
    blob[len(blob) - 10] ^= 0xFF  # damage the last program in the section
    entry.write_bytes(bytes(blob))
    text = path.read_text("utf-8")
    edited = text.replace("- (ما|اللي|الذي) (نضمنه|", "- (ما|اللي|التي|الذي) (نضمنه|", 1)
    assert edited != text
    path.write_text(edited, "utf-8")
    os.utime(path, ns=(3, 3))
    built: list[str] = []

    def code_of(text: str) -> object:
        built.append(text)
        return real_code_of(text)

    real_code_of = cache.code_of
    monkeypatch.setattr(cache, "code_of", code_of)
    after = cache.load_compiled(path)
    new_texts = [p.text for p in after.patterns()]
    changed = [t for t in new_texts if t not in old_texts]
    assert changed and "التي" in changed[0]
    assert set(changed) <= set(built)
    assert len(built) == len(set(changed)) + 1  # the edited term's pattern(s), and the damaged program
    assert len(new_texts) > 1000
    for p in after.patterns():
        assert cache.pattern_from_code(p.text, p.code) == re.compile(p.text), p.text[:80]
    assert _findings(after) == _findings(compile_validated(path))


def test_programs_built_by_another_engine_are_not_reused(tmp_path: Path, cache_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _policy_copy(tmp_path)
    cache.load_compiled(path)
    assert len(cache.reusable_programs(cache_dir)) > 1000
    monkeypatch.setattr(cache, "_ENGINE", ("another interpreter", 0, 4))
    assert cache.reusable_programs(cache_dir) == {}
    assert cache.reusable_programs(tmp_path / "no-such-folder") == {}
