"""Notebooks 04 and 06: how many workers were sent home, country by country, and how much
of each country's earlier North Korean workforce that was."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..words import METRIC_LABEL, fmt_value, join, says
from . import Tables, load
from .russia import STOCK_METRICS

METRICS = ("repatriated", "workers_remaining", "share_repatriated", "share_of_repatriations")


def rows(t: Tables | None = None) -> pd.DataFrame:
    """Every repatriation figure (`METRICS`) as stated: people before percent, worldwide
    before countries, larger counts first."""
    f = load(t)["figures"]
    r = f[f["metric"].isin(METRICS)].copy()
    r["says"] = r.apply(says, axis=1) if len(r) else pd.Series(dtype="str")
    r["_w"] = r["country"] != "WLD"
    r["_m"] = r["metric"].map({m: i for i, m in enumerate(METRICS)})
    r["_v"] = -r["value"].fillna(r["low"])
    r = r.sort_values(["unit", "_m", "_w", "_v", "country_name", "year"], kind="stable")
    cols = ["country", "country_name", "year", "metric", "unit", "kind", "qualifier", "says", "value", "low", "high",
            "outlet", "published", "source", "figure_id", "quote"]
    return r[cols].reset_index(drop=True)


def headline(t: Tables | None = None) -> str:
    """The worldwide count of workers sent home and the largest country share of it, as worded."""
    r = rows(t)
    w = r[(r["country"] == "WLD") & (r["metric"] == "repatriated")]
    sh = r[r["metric"] == "share_of_repatriations"].sort_values("value", ascending=False, kind="stable")
    if w.empty:
        return "Repatriations of North Korean workers, as reported by country"
    w = w.iloc[0]
    s = f"{fmt_value(w['value'], 'people')} North Korean workers reported sent home worldwide by {w['year']}"
    if len(sh):
        x = sh.iloc[0]
        q = f"{x['qualifier']} " if not pd.isna(x["qualifier"]) else ""
        s += f", {q}{fmt_value(x['value'], 'percent')} of them from {x['country_name']}"
    return s


def share_gone(t: Tables | None = None) -> pd.DataFrame:
    """The share of each country's earlier North Korean workforce gone.

    Computed (`basis` computed): the earliest count of the workforce (a stock metric,
    reported before estimated) against each later *reported* count: (earlier - later) /
    earlier. When the two counts measure different things (valid permits, then workers
    remaining) the row carries a caveat: indicative only. A fall in permits is not a
    count of workers sent home; it bounds how many left the permit register.
    Stated (`basis` stated): the shares the articles give ("more than half"), as worded."""
    f = load(t)["figures"]
    stock = f[f["metric"].isin(STOCK_METRICS) & (f["country"] != "WLD") & f["kind"].isin(["reported", "estimate"])]
    out = []
    for c, g in stock.groupby("country", sort=True):
        g = g.assign(_k=g["kind"].map({"reported": 0, "estimate": 1}))
        g = g.sort_values(["year", "_k", "published", "start"], kind="stable")
        y0 = g["year"].min()
        base = g[g["year"] == y0].iloc[0]
        later = g[(g["year"] > y0) & (g["kind"] == "reported")].drop_duplicates(["year", "metric", "value"])
        for _, r in later.iterrows():
            same = r["metric"] == base["metric"]
            b_m, r_m = METRIC_LABEL[base["metric"]], METRIC_LABEL[r["metric"]]
            change = (f"{says(base)} ({int(base['year'])}) to {says(r)} ({int(r['year'])}) {b_m}" if same else
                      f"{says(base)} {b_m} ({int(base['year'])}) to {says(r)} {r_m} ({int(r['year'])})")
            out.append({"country": c, "country_name": base["country_name"], "basis": "computed", "kind": "computed",
                        "from_year": int(base["year"]), "to_year": int(r["year"]), "change": change,
                        "earlier": f"{says(base)} {b_m}", "later": f"{says(r)} {r_m}",
                        "share_gone": round(100 * (base["value"] - r["value"]) / base["value"], 2),
                        "low": np.nan, "caveat": "" if same else "different measures: indicative only",
                        "outlet": join(sorted({base["outlet"], r["outlet"]})),
                        "published": max(base["published"], r["published"]),
                        "figure_ids": f"{base['figure_id']} {r['figure_id']}"})
    stated = f[(f["metric"] == "share_repatriated") & (f["country"] != "WLD")]
    for _, r in stated.iterrows():
        out.append({"country": r["country"], "country_name": r["country_name"], "basis": "stated", "kind": r["kind"],
                    "from_year": np.nan, "to_year": int(r["year"]), "change": "", "earlier": "", "later": says(r),
                    "share_gone": r["value"], "low": r["low"], "caveat": "", "outlet": r["outlet"],
                    "published": r["published"], "figure_ids": r["figure_id"]})
    df = pd.DataFrame(out)
    df["from_year"] = df["from_year"].astype("Int64")
    df["to_year"] = df["to_year"].astype("Int64")
    return df.sort_values(["country_name", "basis", "to_year", "share_gone"], kind="stable").reset_index(drop=True)


def implied_stock(t: Tables | None = None) -> pd.DataFrame:
    """Where a country gives a repatriation count and calls it 'more than' a share of its
    North Korean workers (same article and year), the earlier workforce that implies:
    fewer than count / share, and fewer than that minus the count remaining."""
    f = load(t)["figures"]
    cnt = f[(f["metric"] == "repatriated") & (f["country"] != "WLD")]
    sh = f[(f["metric"] == "share_repatriated") & (f["kind"] == "lower bound")]
    m = cnt.merge(sh, on=["country", "source", "year"], suffixes=("", "_share"))
    out = []
    for _, r in m.iterrows():
        share = r["value_share"] / 100
        out.append({"country_name": r["country_name"], "year": r["year"], "repatriated": r["value"],
                    "share_stated": f"{r['qualifier_share']} {str(r['text_share']).lower()}",
                    "earlier_workforce_below": round(r["value"] / share),
                    "remaining_below": round(r["value"] / share - r["value"]),
                    "outlet": r["outlet"], "published": r["published"]})
    return pd.DataFrame(out, columns=["country_name", "year", "repatriated", "share_stated",
                                      "earlier_workforce_below", "remaining_below", "outlet", "published"])


@dataclass(frozen=True, eq=False)
class ShareGoneFacts:
    """The range of computed shares (`low`-`high`, percent) and the countries they cover;
    how many shares are only stated, and for which countries."""

    table: pd.DataFrame
    low: float
    high: float
    countries: str
    stated: int
    stated_countries: str


def share_gone_facts(t: Tables | None = None) -> ShareGoneFacts:
    """See `ShareGoneFacts`; `table` is `share_gone`."""
    g = share_gone(t)
    comp = g[g["basis"] == "computed"]
    return ShareGoneFacts(table=g, low=comp["share_gone"].min(), high=comp["share_gone"].max(),
                          countries=join(sorted(set(comp["country_name"]))),
                          stated=int((g["basis"] == "stated").sum()),
                          stated_countries=join(sorted(set(g.loc[g["basis"] == "stated", "country_name"]))))


def share_gone_answer(t: Tables | None = None) -> str:
    """Notebook 06's answer in one line: the `share_gone_facts` in words."""
    x = share_gone_facts(t)
    return (f"Where two counts exist ({x.countries}), {fmt_value(x.low, 'percent')} to "
            f"{fmt_value(x.high, 'percent')} of the earlier workforce was gone by the later one; elsewhere "
            f"({x.stated_countries}) the articles give only shares such as “more than half”.")
