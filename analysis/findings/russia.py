"""Notebook 02: how far did the number of North Koreans working in Russia fall, and do
the articles' words ("nearly two-thirds", "over half") match the counts?"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import pandas as pd

from ..words import fmt_value, join, says
from . import Tables, load

# Stocks (how many there are at a time) and flows (how many came over a period) are kept
# apart: a flow drawn on a stock's axis would read as a count of the workforce.
STOCK_METRICS = ("valid_work_permits", "workers_remaining", "workers_present")
FLOW_METRICS = ("new_arrivals", "new_work_permits", "student_visa_arrivals", "visas_issued")

# How far "nearly" or "about" may sit from a computed value and still be fair wording:
# an analyst's judgement, stated in notebook 02.
TOLERANCE = 0.10
NEARLY = ("nearly", "almost", "close to", "just under")


def rows(t: Tables | None, metrics: tuple[str, ...]) -> pd.DataFrame:
    """Russia's figures for these metrics, by the year they describe, with `says` (the
    words as written) and `series` ('official count' for a plainly reported figure)."""
    f = load(t)["figures"]
    r = f[(f["country"] == "RUS") & f["metric"].isin(metrics)].copy()
    r["says"] = r.apply(says, axis=1) if len(r) else pd.Series(dtype="str")
    r["series"] = np.where(r["kind"] == "reported", "official count", r["kind"])
    cols = ["year", "metric", "series", "kind", "says", "value", "low", "high", "unit", "outlet", "published",
            "source", "figure_id", "quote", "claimant_kind", "claimed_by", "reports"]
    return r.sort_values(["year", "metric", "kind", "published"], kind="stable")[cols].reset_index(drop=True)


def flows(t: Tables | None = None) -> pd.DataFrame:
    """Arrivals, permits and visas issued: flows over a period, not stocks at a time, so
    they stay off the chart of counts."""
    return rows(t, FLOW_METRICS)


def decline(t: Tables | None = None) -> pd.DataFrame:
    """The fall in Russia's official count of valid work permits: the first and last
    year with a reported (not estimated) count, the fall in permits and in percent of the
    first. `sources_agree` is true when every article giving a year's count gives the
    same number. One row."""
    f = load(t)["figures"]
    p = f[(f["country"] == "RUS") & (f["metric"] == "valid_work_permits") & (f["kind"] == "reported")]
    by_year = p.groupby("year").agg(value=("value", "first"), values=("value", "nunique"))
    y0, y1 = int(by_year.index.min()), int(by_year.index.max())
    v0, v1 = float(by_year.loc[y0, "value"]), float(by_year.loc[y1, "value"])
    return pd.DataFrame([{
        "metric": "valid_work_permits", "from_year": y0, "from_value": v0, "to_year": y1, "to_value": v1,
        "decline": v0 - v1, "decline_pct": round(100 * (v0 - v1) / v0, 2),
        "sources_agree": bool((by_year["values"] == 1).all()),
        "sources": int(p["source"].nunique()), "outlets": "; ".join(sorted(set(p["outlet"]))),
    }])


@dataclass(frozen=True)
class WordingRule:
    """What a stated figure's wording allows a computed value to be.

    `text` says it in words (the `rule` column); `holds(computed, stated)` tests it; `band`
    is the interval allowed, relative to the stated value (-0.1 is 10% below; infinite on
    the open side of a bound), which the chart shades."""

    text: str
    test: Callable[[float, float], bool]
    band: tuple[float, float]

    def holds(self, computed: float, stated: float) -> bool:
        return bool(self.test(computed, stated))


def wording_rule(kind: str, qualifier: object) -> WordingRule:
    """The rule for a figure's `kind` and qualifier:

    - lower bound ("over half", "more than"): the computed value is above the stated one;
    - upper bound ("up to"): below it;
    - "nearly", "almost", "close to", "just under": at most TOLERANCE (10%) below it, never above;
    - another estimate ("about", "some"): within TOLERANCE either side;
    - a plainly reported figure: equal after rounding."""
    q = "" if qualifier is None or pd.isna(qualifier) else str(qualifier)
    tol = int(round(TOLERANCE * 100))
    if kind == "lower bound":
        return WordingRule("above the stated value", lambda c, s: c > s, (0.0, np.inf))
    if kind == "upper bound":
        return WordingRule("below the stated value", lambda c, s: c < s, (-np.inf, 0.0))
    if kind == "estimate" and q in NEARLY:
        return WordingRule(f"at most {tol}% below the stated value", lambda c, s: s * (1 - TOLERANCE) <= c <= s,
                           (-TOLERANCE, 0.0))
    if kind == "estimate":
        return WordingRule(f"within {tol}% of the stated value", lambda c, s: abs(c - s) <= TOLERANCE * s,
                           (-TOLERANCE, TOLERANCE))
    return WordingRule("equal after rounding", lambda c, s: abs(c - s) < 0.5, (0.0, 0.0))


def wording_check(t: Tables | None = None) -> pd.DataFrame:
    """Each share the articles state about Russia's repatriations, tested with
    `wording_rule` against a value computed from the permit counts.

    A share of Russia's workers sent home is compared with the fall in valid permits
    (`decline`). A share of all repatriations is compared with that fall divided by the
    latest count of workers repatriated worldwide. A fall in valid permits is not the same
    as workers sent home (a permit can lapse while its holder stays, or a worker can leave
    without one), so the second row is a plausibility check, not a proof."""
    t = load(t)
    f = t["figures"]
    d = decline(t).iloc[0]
    out = []
    claims = f[(f["country"] == "RUS") & f["metric"].isin(["share_repatriated", "share_of_repatriations"])]
    world = f[(f["country"] == "WLD") & (f["metric"] == "repatriated") & (f["kind"] == "reported")]
    for _, r in claims.iterrows():
        if r["metric"] == "share_repatriated":
            computed = d["decline_pct"]
            basis = (f"fall in valid permits {d['from_year']}-{d['to_year']}: {fmt_value(d['decline'], 'people')} "
                     f"of {fmt_value(d['from_value'], 'people')}")
        elif len(world):
            w = world.sort_values("published", kind="stable").iloc[-1]
            computed = round(100 * d["decline"] / w["value"], 2)
            basis = (f"fall in valid permits ({fmt_value(d['decline'], 'people')}) as a share of the "
                     f"{fmt_value(w['value'], 'people')} repatriated worldwide ({w['outlet']})")
        else:
            continue
        stated = r["value"] if not pd.isna(r["value"]) else r["low"]
        rule = wording_rule(r["kind"], r["qualifier"])
        out.append({"claim": says(r), "outlet": r["outlet"], "published": r["published"], "metric": r["metric"],
                    "kind": r["kind"], "stated": stated, "rule": rule.text, "computed_from": basis,
                    "computed": computed, "consistent": "yes" if rule.holds(computed, stated) else "no",
                    "figure_id": r["figure_id"], "source": r["source"]})
    return pd.DataFrame(out)


def answer(t: Tables | None = None) -> str:
    """Notebook 02's answer in one line: the `decline`, and which claims `wording_check` bears out."""
    t = load(t)
    d = decline(t).iloc[0]
    c = wording_check(t)
    ok = c[c["consistent"] == "yes"]["claim"].map(lambda x: f"“{x}”").tolist()
    bad = c[c["consistent"] != "yes"]["claim"].map(lambda x: f"“{x}”").tolist()
    out = (f"Valid work permits fell from {fmt_value(d['from_value'], 'people')} ({d['from_year']}) to "
           f"{fmt_value(d['to_value'], 'people')} ({d['to_year']}): {fmt_value(d['decline'], 'people')} fewer, "
           f"{d['decline_pct']:.1f}%. ")
    out += f"That bears out {join(ok)}" if ok else "It bears out none of the articles' wording"
    out += f", but not {join(bad)}." if bad else "."
    return out
