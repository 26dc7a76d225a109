"""`python -m analysis bench`: extraction speed and memory, beside quantulum3.

Prints, on a deterministic synthetic corpus (same seed, same articles, every run):
- throughput of the extractor in MB/s of article text on one core;
- peak memory (max RSS) of a run over the full corpus and over a fifth of it, measured
  in separate processes: equal figures mean memory is flat in corpus size (articles are
  generated and extracted one at a time, never all held);
- start-up: wall time of `python -m analysis extract` on the five seeds (median of 5);
- the same throughput and start-up for quantulum3, the general quantity extractor a
  user might reach for, on a slice of the same corpus (it is far slower).
Figures are printed, not asserted: timing tests flake, numbers in a log do not."""
from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from typing import Iterator

from .paths import ROOT, SEEDS

_PLACES = [("Russia", "Russian"), ("China", "Chinese"), ("Kuwait", "Kuwaiti"), ("Qatar", "Qatari"), ("Poland", "Polish"),
           ("Mongolia", "Mongolian"), ("Malaysia", "Malaysian"), ("Vietnam", "Vietnamese"), ("Laos", "Laotian"),
           ("Cambodia", "Cambodian"), ("Nigeria", "Nigerian"), ("Senegal", "Senegalese")]
_CITIES = ["Vladivostok", "Dandong", "Shenyang", "Ulaanbaatar", "Doha", "Kuala Lumpur", "Khabarovsk", "Hunchun"]
_QUAL = ["about", "nearly", "more than", "up to", "some", "an estimated", "fewer than", "at least", "roughly", ""]
_TIME = ["last year", "this year", "in 2017", "in late 2018", "a year earlier", "since September", "in March", ""]
_FILLER = [
    "Officials declined to comment on the figures, citing the sensitivity of the issue.",
    "The sanctions committee has repeatedly urged member states to report on their progress.",
    "Human rights groups say the workers toil long hours under constant surveillance by minders.",
    "Analysts say enforcement varies widely from one region to another and from year to year.",
    "The ministry said it was reviewing the contracts of several construction companies.",
    "Diplomats in the capital said the matter would be raised again at the next session.",
]


def _num(rng: random.Random) -> str:
    n = rng.choice([rng.randint(12, 999), rng.randint(1000, 99999)])
    return f"{n:,}"


def _sentence(rng: random.Random) -> str:
    country, adj = rng.choice(_PLACES)
    q = rng.choice(_QUAL)
    t = rng.choice(_TIME)
    n = _num(rng)
    lead = f"{q} " if q else ""
    when = f" {t}" if t else ""
    kind = rng.randrange(7)
    if kind == 0:
        return f"{adj} officials said {lead}{n} North Korean workers remained in the country{when}."
    if kind == 1:
        return f"According to the report, {lead}{n} North Koreans were repatriated from {country}{when}."
    if kind == 2:
        lo, hi = sorted((rng.randint(1, 400), rng.randint(1, 400)))
        return f"The workers earned Pyongyang between ${lo} million and ${hi} million a year, experts estimated."
    if kind == 3:
        return f"Up to {rng.randint(30, 90)}% of their wages went to the state, workers in {rng.choice(_CITIES)} said."
    if kind == 4:
        return f"Authorities issued {lead}{n} new work permits to North Koreans in {country}{when}."
    if kind == 5:
        return f"The {rng.choice(['Hwasong-15', 'Resolution 2375', 'Dec. 22, 2019 deadline'])} was mentioned by {rng.randint(2, 9)} delegations."
    return _prose(rng)


_SUBJ = ["The ministry", "A spokesman for the embassy", "Local officials", "Human rights groups", "The sanctions committee",
         "Construction managers", "Diplomats", "A former worker", "Researchers", "The company", "Analysts", "The newspaper"]
_VERB = ["said", "argued", "reported", "warned", "acknowledged", "denied", "noted", "insisted", "suggested"]
_OBJ = ["the contracts were signed before the ban took effect", "minders confiscated passports on arrival",
        "the dormitories had no heating through the winter", "wages were paid in cash through intermediaries",
        "inspectors had visited the site without warning", "the workers were not allowed to leave the compound",
        "the arrangement had ended after pressure from the United Nations", "it had complied fully with the resolutions",
        "the rules left room for interpretation by local authorities", "the matter would be raised at the next session"]


def _prose(rng: random.Random) -> str:
    """A sentence without figures: most of an article is prose like this."""
    tail = rng.choice(_FILLER)
    return f"{rng.choice(_SUBJ)} {rng.choice(_VERB)} that {rng.choice(_OBJ)}; {tail[0].lower()}{tail[1:]}"


def synthetic_articles(n: int, seed: int = 20191222) -> Iterator[str]:
    """n deterministic articles (~4 KB each, a figure in about one sentence in four, as in
    the seeds) with non-figures, relative dates and boilerplate."""
    rng = random.Random(seed)
    for i in range(n):
        year = rng.randint(2016, 2023)
        paras = []
        for _ in range(rng.randint(8, 12)):
            paras.append(" ".join(_sentence(rng) if rng.random() < 0.3 else _prose(rng) for _ in range(rng.randint(2, 4))))
        yield (f"---\ntitle: Synthetic report {i}\noutlet: Bench Wire\npublished: {year}-{rng.randint(1, 12):02d}-15\n---\n"
               + "\n\n".join(paras)
               + "\n\nRelated article: More on sanctions\n\nYou've read 3 of 5 free articles. Subscribe for $15 a month.\n")


def _measure_ours(n: int) -> dict:
    from .extract import extract_text

    total_bytes = 0
    spent = 0.0
    found = 0
    for i, text in enumerate(synthetic_articles(n)):
        total_bytes += len(text.encode("utf-8"))
        t = time.perf_counter()
        found += len(extract_text(text, f"a{i}"))
        spent += time.perf_counter() - t
    return {"bytes": total_bytes, "seconds": spent, "figures": found, "maxrss_kb": _maxrss()}


def _measure_quantulum(n: int) -> dict:
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    total_bytes = 0
    spent = 0.0
    found = 0
    for text in synthetic_articles(n):
        total_bytes += len(text.encode("utf-8"))
        t = time.perf_counter()
        found += len(parser.parse(text))
        spent += time.perf_counter() - t
    return {"bytes": total_bytes, "seconds": spent, "figures": found, "maxrss_kb": _maxrss()}


def _maxrss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child(kind: str, n: int) -> dict:
    code = f"import json; from analysis import bench; print(json.dumps(bench._measure_{kind}({n})))"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"bench: {kind} run failed: {r.stderr.strip().splitlines()[-1] if r.stderr else r.returncode}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def _startup(cmd: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run(articles: int = 10240, quantulum_articles: int = 256) -> int:
    def say(msg: str) -> None:
        print(f"bench: {msg}", file=sys.stderr, flush=True)

    seeds = sorted(str(p.relative_to(ROOT)) for p in SEEDS.glob("*.txt"))
    say(f"extractor on {articles} synthetic articles (one process, one core)")
    full = _child("ours", articles)
    say(f"extractor on {max(1, articles // 5)} articles (memory comparison)")
    fifth = _child("ours", max(1, articles // 5))
    say(f"quantulum3 on the first {quantulum_articles} of the same articles")
    q = _child("quantulum", quantulum_articles)
    say("start-up: `extract` on the five seeds, 5 runs each")
    ours_start = _startup([sys.executable, "-m", "analysis", "extract", *seeds])
    q_code = ("import warnings; warnings.filterwarnings('ignore'); import sys; from quantulum3 import parser; "
              "[parser.parse(open(f, encoding='utf-8').read()) for f in sys.argv[1:]]")
    q_start = _startup([sys.executable, "-c", q_code, *seeds])
    mb = 1024 * 1024
    rows = [
        ("", "analysis", "quantulum3"),
        ("articles", f"{articles}", f"{quantulum_articles}"),
        ("MB of text", f"{full['bytes'] / mb:.1f}", f"{q['bytes'] / mb:.2f}"),
        ("throughput (MB/s, one core)", f"{full['bytes'] / mb / full['seconds']:.2f}", f"{q['bytes'] / mb / q['seconds']:.3f}"),
        ("figures found", f"{full['figures']}", f"{q['figures']} quantities"),
        ("peak memory, full corpus (MB)", f"{full['maxrss_kb'] / 1024:.0f}", f"{q['maxrss_kb'] / 1024:.0f}"),
        (f"peak memory, {max(1, articles // 5)} articles (MB)", f"{fifth['maxrss_kb'] / 1024:.0f}", ""),
        ("start-up: 5 seeds, median of 5 (s)", f"{ours_start:.3f}", f"{q_start:.3f}"),
    ]
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print(f"{r[0]:<{w[0]}}  {r[1]:>{w[1]}}  {r[2]:>{w[2]}}")
    print("\ntargets: >= 5 MB/s on one core; memory flat in corpus size; extract on the seeds < 0.5 s")
    return 0
