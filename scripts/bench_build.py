#!/usr/bin/env python3
"""Benchmark `dealix-site build` against a plain `mkdocs build` of the same pages.

Two sites: the real one, and a generated 500-page Arabic handbook. For each, the pipeline
(lint, landing pages, handbook with the plugin and generated tables, link checks, atomic swap)
is timed against mkdocs-material alone on the same docs, in the same run, and the ratio is
printed. Target: the pipeline adds no more than 15%. Figures, not a test.

    .venv/bin/python scripts/bench_build.py [--pages 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SENTENCES = (
    "يراجع مدير المبيعات المسودات كل صباح ويعتمد ما يناسب العميل قبل الإرسال.",
    "تظهر الفرص الجديدة في قائمة مرتبة حسب الأولوية، مع سبب واضح لكل فرصة.",
    "نوثق كل موافقة في Action Ledger حتى يعرف الفريق من وافق ومتى.",
    "يستلم العميل Proof Pack في نهاية الأسبوع يوضح ما تم فعلاً وما ينتظر القرار.",
    "نلتزم بنظام حماية البيانات الشخصية، ولا نتواصل إلا مع من وافق على التواصل.",
)


def plain_config(src: Path, dest: Path) -> None:
    """The same site for mkdocs-material alone: no dealix plugin, no generated tables."""
    cfg = yaml.load(src.read_text("utf-8"), Loader=yaml.UnsafeLoader)  # our own file: !!python tags
    cfg["plugins"] = [p for p in cfg.get("plugins", [])
                      if not (p == "dealix" or (isinstance(p, dict) and "dealix" in p))]
    cfg["markdown_extensions"] = [e for e in cfg["markdown_extensions"] if e != "dealix_site.mdext"]
    cfg["site_dir"] = "plain-site"
    dest.write_text(yaml.dump(cfg, allow_unicode=True), encoding="utf-8")


def generate_handbook(root: Path, pages: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    for name in ("landing", "templates"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, root / name)
    shutil.copy2(REPO / "claims-policy.yml", root / "claims-policy.yml")
    docs = root / "docs"
    # The real runbooks stay (the required-term rules expect them); 500 generated pages join them.
    shutil.copytree(REPO / "docs", docs)
    cfg = yaml.load((REPO / "mkdocs.yml").read_text("utf-8"), Loader=yaml.UnsafeLoader)
    nav = list(cfg["nav"])
    for n in range(pages):
        body = [f"# دليل رقم {n}\n"]
        for s in range(6):
            body.append(f"## القسم {s} من الدليل {n}\n")
            body.append(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 8))) + "\n")
            if s == 2:
                body.append("| البند | القيمة |\n|---|---|\n"
                            "| أول رد | <bdi>30</bdi> دقيقة |\n| الحل | <bdi>4</bdi> ساعات |\n")
            if s == 4:
                body.append('!!! note "ملاحظة"\n    راجع المسودة قبل الاعتماد.\n')
        body.append(f"[الدليل التالي](page-{(n + 1) % pages:04d}.md)\n")
        (docs / f"page-{n:04d}.md").write_text("\n".join(body), encoding="utf-8")
        nav.append({f"دليل {n}": f"page-{n:04d}.md"})
    cfg["nav"] = nav
    cfg["site_name"] = "دليل مولد"
    (root / "mkdocs.yml").write_text(yaml.dump(cfg, allow_unicode=True), encoding="utf-8")


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    return took


def compare(label: str, root: Path, repeat: int) -> None:
    plain_config(root / "mkdocs.yml", root / "plain.yml")
    ours = [sys.executable, "-m", "dealix_site", "build", "--out", str(root / "bench-site")]
    plain = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "plain.yml"]
    a = b = float("inf")
    for _ in range(repeat):  # interleaved, so both see the same machine load
        a = min(a, timed(ours, root))
        b = min(b, timed(plain, root))
    print(f"{label}: dealix-site build {a:.2f} s, plain mkdocs build {b:.2f} s, ratio {a / b:.3f} "
          f"(+{(a / b - 1) * 100:.1f}%)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dealix-bench-build-"))
    try:
        real = work / "real"
        real.mkdir()
        for name in ("mkdocs.yml", "claims-policy.yml"):
            shutil.copy2(REPO / name, real / name)
        for name in ("docs", "landing", "templates"):
            if (REPO / name).is_dir():
                shutil.copytree(REPO / name, real / name)
        compare("real site", real, args.repeat)
        gen = work / "generated"
        gen.mkdir()
        generate_handbook(gen, args.pages)
        compare(f"generated {args.pages}-page Arabic handbook", gen, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
