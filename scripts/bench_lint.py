#!/usr/bin/env python3
"""Benchmark `dealix-site lint` on a generated, deterministic Markdown corpus.

Prints throughput (MB/s) and peak memory with the full policy, on one core and on all cores,
and the time on a 10x corpus to show cost grows linearly. Figures, not a test.

    .venv/bin/python scripts/bench_lint.py [--files 500] [--scale 10]
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AR = ("يساعد Dealix فريق المبيعات على ترتيب الفرص اليومية ومتابعة العملاء في الوقت المناسب، "
      "ويجهز مسودات الرسائل بالعربي لتراجعها وتعتمدها قبل الإرسال. ")
EN = ("Dealix drafts follow-ups for your reps and keeps every approval in the Action Ledger, "
      "so managers see what went out and why. ")
MIXED = "الـ pipeline عندك يتحدث كل صباح، والـ drafts تنتظر موافقتك قبل أي إرسال. "
CLAIMS = (
    "نضمن لك مضاعفة مبيعاتك خلال شهر.",
    "صفقات مضمونة لكل عميل جديد.",
    "We scrape every directory so your lead list is always full.",
    "البوت يرسل العروض ويقفل الصفقات نيابة عنك بدون أي تدخل.",
    "Results in minutes: new customers before lunch.",
    "Dealix يرسل باسمك بدون موافقتك إذا شاف الفرصة مناسبة.",
    "منافسينا مجرد نصابين.",
    "كل ريال تصرفه يرجع لك 7 ريالات.",
    "Dealix is the cure for dead pipelines.",
)
POLICY = Path(__file__).resolve().parents[1] / "claims-policy.yml"
NEGATED = ("لا نضمن نتائج محددة، لكننا نساعدك على المتابعة.", "We never scrape websites or buy lists.")


def make_corpus(folder: Path, files: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(files):
        paras = [f"# صفحة {n}\n"]
        size = 0
        while size < 10_000:  # ~10 KB a file: 500 files ≈ 5 MB
            r = rng.random()
            if r < 0.15:
                claim = rng.choice(CLAIMS)
                para = f"```\n{claim}\n```" if rng.random() < 0.2 else f"{rng.choice((AR, EN, MIXED))}{claim}"
            elif r < 0.2:
                para = rng.choice(NEGATED)
            else:
                para = rng.choice((AR, AR, EN, MIXED)) * rng.randint(1, 3)
            paras.append(para)
            size += len(para.encode())
        text = "\n\n".join(paras) + "\n"
        (folder / f"page-{n:05d}.md").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def run(folder: Path, jobs: int, env: dict[str, str] | None = None, policy: Path = POLICY) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (KB) of the lint process, findings count."""
    cmd = [sys.executable, "-m", "dealix_site", "lint", str(folder), "--format", "json", "--jobs", str(jobs),
           "--policy", str(policy)]
    # The child's own peak (os.wait4), not RUSAGE_CHILDREN's, which is the largest of every
    # child so far (a policy compile before it would set it).
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=folder, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"lint failed ({proc.returncode}): {stderr[-2000:]}")
    import json

    findings = len(json.loads(stdout)["findings"])
    return wall, usage.ru_maxrss, findings


# What any Python linter pays before a single rule runs: start the interpreter, read and decode
# every file, and split it into words once. The target (10x textlint, about 0.21 s) sits
# against this floor.
_FLOOR = """
import pathlib, re, sys
word = re.compile(r"\\w+")
n = 0
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.md")):
    n += len(word.findall(f.read_bytes().decode("utf-8")))
"""


def floor(folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _FLOOR, str(folder)], check=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=500)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dealix-bench-lint-"))
    try:
        # Bytecode as an installed package has it (pip compiles it; an editable checkout under
        # PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every run).
        compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "src" / "dealix_site"), quiet=1)
        small = work / "corpus"
        size = make_corpus(small, args.files)
        print(f"corpus: {args.files} files, {size / 1e6:.2f} MB, {os.cpu_count()} cores")
        # The first run after a policy edit compiles the policy and fills the cache; later runs
        # (what CI and pre-commit see) load it.
        cold_env = {**os.environ, "DEALIX_SITE_CACHE": str(work / "cache")}
        cold = run(small, 1, cold_env)[0]
        print(f"  first run with no policy cache (compiles every pattern): {cold:.2f} s")
        # An edit (here a comment, so no pattern changes; a changed term adds its own few ms):
        # the rebuild takes the unchanged patterns' programs from the entry before it.
        edited = work / "claims-policy.yml"
        edited.write_text(POLICY.read_text("utf-8") + "\n# an edit\n", "utf-8")
        print(f"  first run after editing the policy: {run(small, 1, cold_env, edited)[0]:.2f} s")
        os.environ["DEALIX_SITE_CACHE"] = str(work / "cache")
        empty = work / "empty"
        empty.mkdir()
        print(f"  start-up (an empty folder): {min(run(empty, 1)[0] for _ in range(args.repeat)):.2f} s")
        print(f"  floor (Python reads, decodes and splits the corpus into words once, no rules): "
              f"{min(floor(small) for _ in range(args.repeat)):.2f} s")
        for jobs in (1, os.cpu_count() or 1):
            best = min(run(small, jobs) for _ in range(args.repeat))
            wall, rss, findings = best
            print(f"  jobs={jobs}: {wall:.2f} s wall, {size / 1e6 / wall:.2f} MB/s, peak RSS {rss / 1024:.0f} MB, "
                  f"{findings} findings")
        big = work / "corpus-x"
        big_size = make_corpus(big, args.files * args.scale, seed=11)
        wall, rss, findings = run(big, os.cpu_count() or 1)
        small_wall = min(run(small, os.cpu_count() or 1)[0] for _ in range(args.repeat))
        print(f"{args.scale}x corpus: {big_size / 1e6:.1f} MB in {wall:.2f} s ({big_size / 1e6 / wall:.2f} MB/s), "
              f"peak RSS {rss / 1024:.0f} MB; time ratio to 1x: {wall / small_wall:.1f} (linear = {args.scale})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
