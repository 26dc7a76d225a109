"""Notebook 03: how far apart are the estimates of workers, revenue and the share of pay taken?"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..words import METRIC_LABEL, cap, fmt_value, says
from . import Tables, load


def quantities(t: Tables | None = None) -> pd.DataFrame:
    """Which quantities (metric and country) have disagreement or uncertainty to show.

    Rule: a quantity is charted when more than one source gives it, or when a single
    source gives a range or a bound. One source giving points for different years shows
    a change over time, not a disagreement: listed with that reason, not charted."""
    e = load(t)["estimate_ranges"]
    out = []
    for q, g in e.groupby("quantity", sort=False):
        n_src = g["source"].nunique()
        open_or_range = bool(g["kind"].isin(["range", "lower bound", "upper bound"]).any())
        shown = n_src > 1 or open_or_range
        if shown:
            why = f"{n_src} sources" if n_src > 1 else "one source, giving a range or bound"
        else:
            why = "one source, points for different years: a change over time, not a disagreement"
        out.append({"quantity": q, "metric": g["metric"].iloc[0], "country": g["country"].iloc[0],
                    "country_name": g["country_name"].iloc[0], "unit": g["unit"].iloc[0], "figures": len(g),
                    "sources": n_src, "charted": shown, "why": why})
    return pd.DataFrame(out)


def rows(t: Tables | None, units: tuple[str, ...]) -> pd.DataFrame:
    """The estimates of the charted `quantities` in these units, each as stated (`says`):
    by unit, then metric, worldwide before countries, then article."""
    t = load(t)
    e = t["estimate_ranges"]
    q = quantities(t)
    keep = q.loc[q["charted"] & q["unit"].isin(units), "quantity"]
    r = e[e["quantity"].isin(keep)].copy()
    r["says"] = r.apply(says, axis=1) if len(r) else pd.Series(dtype="str")
    r["_c"] = np.where(r["country"] == "WLD", "", r["country_name"])  # worldwide first
    r["_m"] = r["metric"].map({m: i for i, m in enumerate(dict.fromkeys(e["metric"]))})
    r["_u"] = r["unit"].map({u: i for i, u in enumerate(units)})
    r = r.sort_values(["_u", "_m", "_c", "published", "source", "year"], kind="stable")
    cols = ["quantity", "metric", "country", "country_name", "unit", "year", "kind", "qualifier", "says", "point", "low",
            "high", "outlet", "published", "source", "figure_id", "quote", "claimant_kind", "claimed_by", "reports"]
    return r[cols].reset_index(drop=True)


@dataclass(frozen=True)
class Spread:
    """How far one quantity's estimates run: from the lowest low (or point) to the highest
    high (or point), in numbers and in words; `agree` when every figure is the same
    plain or hedged point."""

    low: float
    high: float
    low_text: str
    high_text: str
    ratio: float
    agree: bool
    figures: int
    sources: int


def spread(g: pd.DataFrame) -> Spread:
    """The `Spread` of one quantity's rows. Where two figures tie for an end, the open
    one wins the wording: "more than $500m" says more than "$500m"."""
    lows = g["low"].where(g["low"].notna(), g["point"])
    highs = g["high"].where(g["high"].notna(), g["point"])
    hi_c, lo_c = g[highs == highs.max()], g[lows == lows.min()]
    hi_r = hi_c.iloc[int(np.argmax(hi_c["kind"].eq("lower bound").to_numpy()))]
    lo_r = lo_c.iloc[int(np.argmax(lo_c["kind"].eq("upper bound").to_numpy()))]
    lo_v, hi_v = float(lows.min()), float(highs.max())
    unit = g["unit"].iloc[0]
    lo_txt = ("up to " if lo_r["kind"] == "upper bound" else "") + fmt_value(lo_v, unit)
    hi_txt = (f"{hi_r['qualifier']} " if hi_r["kind"] == "lower bound" else "") + fmt_value(hi_v, unit)
    agree = bool(g["point"].notna().all() and g["point"].nunique() == 1
                 and g["kind"].isin(["reported", "estimate"]).all())
    return Spread(lo_v, hi_v, lo_txt, hi_txt, hi_v / lo_v if lo_v else np.inf, agree, len(g), g["source"].nunique())


def quantity_name(metric: str, country_name: str) -> str:
    """'North Korean workers worldwide', 'revenue to Pyongyang from workers in Russia', ..."""
    world = country_name == "Worldwide"
    if metric == "annual_revenue":
        return "revenue to Pyongyang " + ("from workers worldwide" if world else f"from workers in {country_name}")
    if metric == "share_remitted":
        return "share of earnings taken by the state" + ("" if world else f" ({country_name})")
    if metric == "workers_present":
        return "North Korean workers " + ("worldwide" if world else f"in {country_name}")
    return f"{METRIC_LABEL.get(metric, metric)} " + ("worldwide" if world else f"in {country_name}")


def headline(r: pd.DataFrame) -> str:
    """One sentence on `rows`: the first quantity whose sources all agree, then the one
    whose estimates run furthest apart (highest high over lowest low)."""
    sp = [(spread(g), g) for _q, g in r.groupby("quantity", sort=False)]
    agree = [(s, g) for s, g in sp if s.agree and s.sources > 1]
    apart = sorted([(s, g) for s, g in sp if not s.agree], key=lambda x: -x[0].ratio)
    parts = []
    if agree:
        s, g = agree[0]
        parts.append(f"all {s.figures} figures for {quantity_name(g['metric'].iloc[0], g['country_name'].iloc[0])} "
                     f"say {s.low_text}")
    if apart:
        s, g = apart[0]
        parts.append(f"estimates of {quantity_name(g['metric'].iloc[0], g['country_name'].iloc[0])} run from "
                     f"{s.low_text} to {s.high_text}")
    return cap(f"{parts[0]}, but {parts[1]}" if len(parts) == 2 else "".join(parts))


def answer(t: Tables | None = None) -> str:
    """Notebook 03's answer in one line: the `headline` for workers, then for money and shares."""
    t = load(t)
    return f"{headline(rows(t, ('people',)))}. {headline(rows(t, ('usd', 'percent')))}."
