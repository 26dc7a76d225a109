"""Issue 8's guard: reworking the extractor for real-world text must not lose what it
already found in the seeds. tests/baselines/seeds_raw_before_issue8.csv is the raw
extraction of the seeds before that rework; every figure in it must still be found at
the same span with the same value, bounds and unit, unless tests/baselines/seeds_raw_not_figures.csv
lists it as no figure at all (a false figure the old extractor proposed and curation rejected)."""
from __future__ import annotations

import csv
import math

from analysis.paths import ROOT
from analysis.pipeline import load_corpus

BASELINE = ROOT / "tests" / "baselines" / "seeds_raw_before_issue8.csv"
NOT_FIGURES = ROOT / "tests" / "baselines" / "seeds_raw_not_figures.csv"


def _num(s: str) -> float | None:
    return float(s) if s else None


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))


def test_no_seed_figure_lost():
    now = {(f.source, f.start, f.end): f for r in load_corpus(raw=True).results for f in r.extraction.figures}
    with NOT_FIGURES.open(newline="", encoding="utf-8") as fh:
        dropped_ok = {(r["source"], int(r["start"])) for r in csv.DictReader(fh)}
    lost = []
    with BASELINE.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if (row["source"], int(row["start"])) in dropped_ok:
                continue
            f = now.get((row["source"], int(row["start"]), int(row["end"])))
            if f is None or not all(_same(getattr(f, k), _num(row[k])) for k in ("value", "low", "high")) \
                    or f.unit != row["unit"]:
                lost.append(f"{row['source']} {row['text']!r} at {row['start']}")
    assert not lost, "figures found before issue 8 and lost now: " + "; ".join(lost)
