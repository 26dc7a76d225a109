"""`python -m analysis bench`: extraction speed and memory, beside quantulum3.

The corpus is realistic text, not generated sentences: the team's dev fixture articles
(tests/fixtures/dev/*.txt) and the seeds (seeds/*.txt), cycled in a fixed order to the
requested number of articles, each copy with its own front matter (title, outlet and a
publication date drawn from a fixed seed), so every run measures the same bytes. The
held-out fixtures are left out: they stay unseen. Real reporting is dense in figures, and
the extractor's cost follows the figures and numbers, not the bytes, so the figures per MB
of the corpus are printed beside the throughput, with a breakdown by source text.

Printed:
- throughput in MB/s of article text on one core (extraction only, text in memory), the
  figures found and the figures per MB;
- the cost relative to a bare regex scan of the same text (one ``re.finditer(r"[0-9]+")``
  pass over every article, timed the same way): "x bare regex scan";
- peak memory (max RSS) of a run over the full corpus and over a fifth of it, in separate
  processes: equal figures mean memory is flat in corpus size (articles are built and
  extracted one at a time, never all held);
- the same for the streaming command line: the corpus is written as one file per article
  to a temporary folder and ``python -m analysis extract FILE... > /dev/null`` is run on
  every file and on a fifth of them; its max RSS (and wall time) is printed;
- start-up: wall time of ``python -m analysis extract`` on the five seeds (median of 5), with
  Python's compiled modules kept in __pycache__ as on a user's machine, and again with none
  kept (PYTHONDONTWRITEBYTECODE, as on some sandboxes: every run compiles the sources);
- quantulum3, the general quantity extractor a user might reach for, on the first
  articles of the same corpus (it is far slower), with its start-up.
Figures are printed, not asserted: timing tests flake, numbers in a log do not."""
from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Callable, Iterator

from .paths import FIXTURES, ROOT, SEEDS

# `python -m analysis --help` and `extract` build the parser, which reads the defaults
# below: random, statistics, subprocess and tempfile are imported where they are used.

DEFAULT_ARTICLES = 12000  # about 36 MB: the whole bench takes some two minutes on one core
DEFAULT_QUANTULUM = 136
QUICK_ARTICLES = 1500
QUICK_QUANTULUM = 34
_DIGITS = re.compile(r"[0-9]+")


def _pool() -> list[tuple[str, str, str, str]]:
    """(group, title, outlet, body) of every source text, in a fixed order."""
    from .article import decode, split_front_matter

    groups = [("dev fixtures", sorted((FIXTURES / "dev").glob("*.txt"))), ("seeds", sorted(SEEDS.glob("*.txt")))]
    pool = []
    for group, paths in groups:
        for p in paths:
            text = decode(p.read_bytes(), str(p))
            meta, body_start, _ = split_front_matter(text, str(p))
            body = text[body_start:]
            if body_start:  # the line break that ends the closing '---' line
                body = body[2:] if body.startswith("\r\n") else body[1:]
            first = next((line.strip() for line in body.splitlines() if line.strip()), p.stem)
            pool.append((group, str(meta.get("title") or first[:120]), str(meta.get("outlet") or "Bench Wire"), body))
    if not pool:
        raise SystemExit("bench: no source texts in tests/fixtures/dev/ or seeds/")
    return pool


def corpus(n: int, seed: int = 20191222) -> Iterator[tuple[str, str]]:
    """(group, text) of n articles: the source texts cycled in order, each copy with its
    own front matter and publication date (so no two articles are the same string, and
    relative years resolve differently). Deterministic: same seed, same bytes."""
    import random

    pool = _pool()
    rng = random.Random(seed)
    for i in range(n):
        group, title, outlet, body = pool[i % len(pool)]
        published = f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        front = (f"---\ntitle: {json.dumps(f'{title} ({i // len(pool) + 1})')}\noutlet: {json.dumps(outlet)}\n"
                 f"published: {published}\n---\n")
        yield group, front + body


_KEYS = ("articles", "bytes", "seconds", "regex_seconds", "figures")


def _time_one(count: Callable[[str], int], text: str, acc: dict) -> None:
    """Add one article to acc: its extraction time, the time of a bare regex scan of the
    same text, its bytes and what was found (both extractors are timed the same way)."""
    t0 = time.perf_counter()
    found = count(text)
    t1 = time.perf_counter()
    for _ in _DIGITS.finditer(text):
        pass
    t2 = time.perf_counter()
    acc["articles"] += 1
    acc["bytes"] += len(text.encode("utf-8"))
    acc["seconds"] += t1 - t0
    acc["regex_seconds"] += t2 - t1
    acc["figures"] += found


def _measure_ours(n: int) -> dict:
    """Extract n corpus articles in this process; time extraction and a bare regex scan."""
    from .extract import extract_text

    by: dict[str, dict] = {}
    for i, (group, text) in enumerate(corpus(n)):
        g = by.setdefault(group, {k: 0.0 if k.endswith("seconds") else 0 for k in _KEYS})
        _time_one(lambda t: len(extract_text(t, f"a{i}")), text, g)
    total = {k: sum(g[k] for g in by.values()) for k in _KEYS}
    return {**total, "groups": by, "maxrss_kb": _maxrss()}


def _measure_quantulum(n: int) -> dict:
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    total = {k: 0.0 if k.endswith("seconds") else 0 for k in _KEYS}
    for _, text in corpus(n):
        _time_one(lambda t: len(parser.parse(t)), text, total)
    return {**total, "maxrss_kb": _maxrss()}


def _maxrss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(kind: str, n: int) -> dict:
    import subprocess

    code = f"import json; from analysis import bench; print(json.dumps(bench._measure_{kind}({n})))"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"bench: {kind} run failed: {r.stderr.strip().splitlines()[-1] if r.stderr else r.returncode}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _write_files(folder: Path, n: int) -> list[str]:
    """The first n corpus articles as files a.../txt in folder; their names, in order."""
    names = []
    for i, (_, text) in enumerate(corpus(n)):
        name = f"a{i:06d}.txt"
        (folder / name).write_bytes(text.encode("utf-8"))
        names.append(name)
    room = os.sysconf("SC_ARG_MAX") // 2 if hasattr(os, "sysconf") else 1 << 20
    if sum(len(x) + 1 for x in names) > room:
        raise SystemExit(f"bench: {n} file names do not fit on one command line; use fewer --articles")
    return names


def _cli_run(folder: Path, names: list[str]) -> dict:
    """`python -m analysis extract NAMES... > /dev/null` in folder: wall time and max RSS
    of that process alone (os.wait4 gives the child's own resource usage)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen([sys.executable, "-m", "analysis", "extract", *names], cwd=folder,
                             stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - t
        p.returncode = code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            lines = [x for x in err.read().decode("utf-8", "replace").splitlines() if x.startswith("error")]
            raise SystemExit(f"bench: extract on {len(names)} files failed ({code}): {lines[0] if lines else ''}")
    return {"files": len(names), "seconds": seconds, "maxrss_kb": usage.ru_maxrss}


def _startup(cmd: list[str], runs: int, bytecode: bool = True) -> float:
    """Median wall time of cmd. With bytecode, Python may keep compiled modules in
    __pycache__ as it does on a user's machine (one run first, not counted, writes them); without,
    every run compiles the package's sources, as under PYTHONDONTWRITEBYTECODE (set on some
    sandboxes and CI images), which adds about a tenth of a second."""
    import statistics
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        for pyc in (Path(__file__).resolve().parent / "__pycache__").glob("*.pyc"):
            pyc.unlink(missing_ok=True)  # the package's compiled modules, so every timed run compiles them
    else:
        subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run(articles: int | None = None, quantulum_articles: int | None = None, quick: bool = False) -> int:
    import tempfile

    def say(msg: str) -> None:
        print(f"bench: {msg}", file=sys.stderr, flush=True)

    articles = articles or (QUICK_ARTICLES if quick else DEFAULT_ARTICLES)
    quantulum_articles = quantulum_articles or (QUICK_QUANTULUM if quick else DEFAULT_QUANTULUM)
    if articles < 5 or quantulum_articles < 1:
        raise SystemExit("bench: --articles must be 5 or more and --quantulum-articles 1 or more")
    runs = 3 if quick else 5
    fifth = articles // 5
    pool = _pool()
    groups = {g: sum(1 for x in pool if x[0] == g) for g in dict.fromkeys(x[0] for x in pool)}
    seeds = sorted(str(p.relative_to(ROOT)) for p in SEEDS.glob("*.txt"))

    say(f"extractor on {articles} articles (one process, one core)")
    full = _child("ours", articles)
    say(f"extractor on {fifth} articles (memory comparison)")
    part = _child("ours", fifth)
    with tempfile.TemporaryDirectory(prefix="analysis-bench-") as tmp:
        say(f"writing the {articles} articles as files to a temporary folder")
        names = _write_files(Path(tmp), articles)
        say(f"`extract` on all {articles} files, output to /dev/null")
        cli_full = _cli_run(Path(tmp), names)
        say(f"`extract` on {fifth} of the files")
        cli_part = _cli_run(Path(tmp), names[:fifth])
    say(f"quantulum3 on the first {quantulum_articles} of the same articles")
    q = _child("quantulum", quantulum_articles)
    say(f"start-up: `extract` on the five seeds, {runs} runs each")
    ours_cmd = [sys.executable, "-m", "analysis", "extract", *seeds]
    ours_cold = _startup(ours_cmd, runs, bytecode=False)
    ours_start = _startup(ours_cmd, runs)
    q_code = ("import warnings; warnings.filterwarnings('ignore'); import sys; from quantulum3 import parser; "
              "[parser.parse(open(f, encoding='utf-8').read()) for f in sys.argv[1:]]")
    q_start = _startup([sys.executable, "-c", q_code, *seeds], runs)

    mb = 1024 * 1024

    def per_mb(m: dict) -> str:
        return f"{m['figures'] / (m['bytes'] / mb):.0f}"

    def speed(m: dict) -> str:
        return f"{m['bytes'] / mb / m['seconds']:.2f}" if m["seconds"] else "-"

    def vs_regex(m: dict) -> str:
        return f"{m['seconds'] / m['regex_seconds']:.0f}" if m["regex_seconds"] else "-"

    print(f"corpus: {articles} articles cycled from {', '.join(f'{k} {g}' for g, k in groups.items())} "
          f"(tests/fixtures/dev/*.txt, seeds/*.txt), front matter and date varied per copy")
    rows = [
        ("", "analysis", "quantulum3"),
        ("articles", f"{articles}", f"{quantulum_articles}"),
        ("MB of text", f"{full['bytes'] / mb:.1f}", f"{q['bytes'] / mb:.2f}"),
        ("figures found", f"{full['figures']}", f"{q['figures']} quantities"),
        ("figures per MB", per_mb(full), per_mb(q)),
        ("throughput (MB/s, one core)", speed(full), f"{q['bytes'] / mb / q['seconds']:.3f}"),
        ("x bare regex scan ([0-9]+)", vs_regex(full), vs_regex(q)),
        ("peak memory, full corpus (MB)", f"{full['maxrss_kb'] / 1024:.0f}", f"{q['maxrss_kb'] / 1024:.0f}"),
        (f"peak memory, {fifth} articles (MB)", f"{part['maxrss_kb'] / 1024:.0f}", ""),
        (f"extract CLI, {articles} files: max RSS (MB)", f"{cli_full['maxrss_kb'] / 1024:.0f}", ""),
        (f"extract CLI, {fifth} files: max RSS (MB)", f"{cli_part['maxrss_kb'] / 1024:.0f}", ""),
        (f"extract CLI, {articles} files: wall (s)", f"{cli_full['seconds']:.1f}", ""),
        (f"start-up: 5 seeds, median of {runs} (s)", f"{ours_start:.3f}", f"{q_start:.3f}"),
        ("  the same, no bytecode kept (s)", f"{ours_cold:.3f}", ""),
    ]
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print(f"{r[0]:<{w[0]}}  {r[1]:>{w[1]}}  {r[2]:>{w[2]}}")
    print("\nby source text (analysis, same run):")
    brows = [("", "texts", "articles", "MB", "figures/MB", "MB/s", "x regex")]
    for g, k in groups.items():
        m = full["groups"].get(g)
        if m:
            brows.append((g, f"{k}", f"{m['articles']}", f"{m['bytes'] / mb:.1f}", per_mb(m), speed(m), vs_regex(m)))
    bw = [max(len(r[i]) for r in brows) for i in range(len(brows[0]))]
    for r in brows:
        print(f"{r[0]:<{bw[0]}}  " + "  ".join(f"{c:>{x}}" for c, x in zip(r[1:], bw[1:])))
    print("\ntargets: >= 5 MB/s on one core; memory flat in corpus size; extract on the seeds < 0.5 s")
    return 0
