"""Notebook 02's charts: Russia's official counts beside the estimates, and the articles'
wording tested against the fall computed from the counts."""
from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter

from ..findings import load, russia
from ..words import METRIC_LABEL, attribution, fmt_date, fmt_value, join, period, slugify, source_line
from .chart import Chart
from .labels import inline_labels, place_labels
from .marks import interval, label_side
from .style import INK, KIND_STYLE, MUTED, OKABE_ITO, fonts, frame, kind_handles, legend, new_figure, unit_axis


def russia_counts(t: dict | None = None) -> Chart:
    t = load(t)
    rows0 = russia.rows(t, russia.STOCK_METRICS)

    def data(t: dict) -> pd.DataFrame:
        return russia.rows(t, russia.STOCK_METRICS)

    def draw(t: dict, size: str) -> Figure:
        rows = russia.rows(t, russia.STOCK_METRICS)
        d = russia.decline(t).iloc[0]
        fs = fonts(size)
        fig, axes = new_figure(size)
        ax = axes[0, 0]
        ymax = float(np.nanmax(rows[["value", "low", "high"]].to_numpy(dtype=float)))
        years = sorted(rows["year"].astype(int).unique())
        lim = (0.0, ymax * 1.22)
        items = []
        dodge = 0.07
        ms = 10 if size == "slide" else 8.5
        official = rows[rows["kind"] == "reported"]
        for metric, g in official.groupby("metric", sort=False):
            pts = g.groupby("year").agg(value=("value", "first"), n=("source", "nunique")).reset_index()
            marker = "o" if metric == "valid_work_permits" else "s"
            ax.plot(pts["year"].astype(float) - dodge, pts["value"], color=KIND_STYLE["reported"]["color"], lw=2.4,
                    marker=marker, markersize=ms + 1, zorder=4, clip_on=False)  # a count near 0 shows whole
            for y, v, n in pts.itertuples(index=False):
                extra = f"\n({n} sources)" if n > 1 else ""
                items.append({"xy": (float(y) - dodge, v),
                              "text": f"{fmt_value(v, 'people')} {METRIC_LABEL[metric]}{extra}",
                              "color": KIND_STYLE["reported"]["color"], "prefer": ["left", "below left", "above left"]})
        for _, r in rows[rows["kind"] != "reported"].iterrows():
            x = float(r["year"]) + dodge
            lo_, hi_ = interval(ax, x, r, lim, size, horizontal=False)
            v = r["value"] if not pd.isna(r["value"]) else (lo_ + hi_) / 2
            who = attribution(r, t).rsplit(", ", 1)[0]
            if size == "half":
                who = textwrap.fill(who, 16)
            who += f"\nclaimed by: {r['claimed_by']}"  # who makes the claim, in words
            items.append({"xy": (x, v), "text": f"{r['says']}\n{who}", "color": KIND_STYLE[r["kind"]]["color"],
                          "prefer": ["right", "above right", "below right", "above", "below"]})
        ax.set_xlim(years[0] - 0.75, years[-1] + 0.75)
        ax.set_ylim(*lim)
        ax.xaxis.set_major_locator(FixedLocator(years))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{int(round(v))}"))
        unit_axis(ax.yaxis, "people")
        ax.set_ylabel("people or valid permits")
        ax.grid(axis="x", visible=False)
        kinds = sorted(set(rows["kind"]), key=list(KIND_STYLE).index)
        handles = kind_handles(kinds, {"reported": "official count reported by Russia (filled)",
                                        "estimate": "estimate (hollow), with who claims it"})
        legend(fig, handles)
        title = (f"Russia's official count of North Koreans with valid work permits fell "
                 f"{d['decline_pct']:.1f}%, from {fmt_value(d['from_value'], 'people')} ({d['from_year']}) "
                 f"to {fmt_value(d['to_value'], 'people')} ({d['to_year']})")
        sub = (f"North Koreans in Russia, by the year each figure describes ({period(rows['year'])}): Russia's "
               f"official counts beside other sources' estimates of the workforce")
        frame(fig, size, title, sub, source_line(rows))
        place_labels(ax, items, fs.value)
        return fig

    def caption(t: dict) -> str:
        d = russia.decline(t).iloc[0]
        rows = russia.rows(t, russia.STOCK_METRICS)
        later = rows[(rows["kind"] == "reported") & (rows["year"] > d["to_year"])]
        est = rows[rows["kind"] != "reported"]
        s1 = (f"Russia reported {fmt_value(d['from_value'], 'people')} North Koreans with valid work permits in "
              f"{d['from_year']} and {fmt_value(d['to_value'], 'people')} in {d['to_year']}, a fall of "
              f"{fmt_value(d['decline'], 'people')} ({d['decline_pct']:.1f}%)")
        if len(later):
            lr = later.sort_values("year").iloc[-1]
            s1 += f", and {fmt_value(lr['value'], 'people')} {METRIC_LABEL[lr['metric']]} in {lr['year']}"
        ests = join(sorted({f"“{r['says']}”" for _, r in est.iterrows()}))
        after = rows[(rows["kind"] == "reported") & (rows["year"] > d["from_year"])]["value"]
        above = len(est) and len(after) and est["value"].min() > after.max()
        s2 = (f"Other sources' estimates of the workforce ({ests}) "
              + (f"sit above every official count after {d['from_year']}." if above
                 else "overlap the official counts."))
        return s1 + ". " + s2

    return Chart(slugify("russia-official-counts-vs-estimates", period(rows0["year"])), draw, data, caption,
                 "02-russia-decline")


def _band(stated: float, band: tuple[float, float], lim: tuple[float, float]) -> tuple[float, float]:
    lo = lim[0] if np.isinf(band[0]) else stated * (1 + band[0])
    hi = lim[1] if np.isinf(band[1]) else stated * (1 + band[1])
    return lo, hi


def russia_wording_chart(t: dict | None = None) -> Chart:
    t = load(t)
    d0 = russia.decline(t).iloc[0]

    def draw(t: dict, size: str) -> Figure:
        c = russia.wording_check(t)
        d = russia.decline(t).iloc[0]
        fs = fonts(size)
        fig, axes = new_figure(size)
        ax = axes[0, 0]
        lim = (0.0, 100.0)
        f = t["figures"]
        qual = f.set_index("figure_id")["qualifier"]
        specs = []
        for i, r in c.iterrows():
            band = russia.wording_rule(r["kind"], qual.get(r["figure_id"])).band
            lo, hi = _band(r["stated"], band, lim)
            color = KIND_STYLE[r["kind"]]["color"]
            ax.barh(i, max(hi - lo, 0.6), left=lo if hi > lo else lo - 0.3, height=0.7, color=color, alpha=0.16,
                    zorder=1, lw=0)
            row = pd.Series({"kind": r["kind"], "point": r["stated"], "low": r["stated"], "high": r["stated"]})
            left, right = interval(ax, i - 0.12, row, lim, size)
            ax.plot([r["computed"]] * 2, [i - 0.33, i + 0.33], color=INK, lw=3.2, zorder=5, solid_capstyle="butt")
            ok = r["consistent"] == "yes"
            specs.append({"y": i - 0.12, "left": left, "right": right, "text": f"stated: {r['claim']}", "color": color,
                          "wrap": True,
                          **label_side(r["kind"])})
            specs.append({"y": i + 0.2, "left": r["computed"], "right": r["computed"], "weight": "bold", "wrap": True,
                          "text": f"computed {fmt_value(r['computed'], 'percent')}: "
                                  f"{'consistent' if ok else 'NOT consistent'}",
                          "color": OKABE_ITO["green"] if ok else OKABE_ITO["vermillion"]})
        width = 20 if size == "half" else 40
        labels = [textwrap.fill(attribution(r, t).rsplit(", ", 1)[0], width) + f"\n{fmt_date(r['published'])}: "
                  f"{METRIC_LABEL[r['metric']]}" for _, r in c.iterrows()]
        ax.set_yticks(range(len(c)), labels, fontsize=fs.tick)
        ax.set_ylim(len(c) - 0.45, -0.55)
        ax.set_xlim(*lim)
        unit_axis(ax.xaxis, "percent")
        ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        ax.grid(axis="y", visible=False)
        kinds = sorted(set(c["kind"]), key=list(KIND_STYLE).index)
        handles = [*kind_handles(kinds, {"estimate": "stated: nearly, about", "lower bound": "stated: over, more than"}),
                   Line2D([], [], color=INK, lw=3, label="computed from the counts"),
                   Patch(facecolor=MUTED, alpha=0.25, label="values the wording allows")]
        legend(fig, handles)
        n_ok = int((c["consistent"] == "yes").sum())
        verdict = "bears out" if n_ok == len(c) else "does not bear out all of"
        title = (f"The {d['decline_pct']:.1f}% fall in Russia's permit count {verdict} the articles' wording: "
                 f"{n_ok} of {len(c)} claims consistent")
        sub = (f"Share of North Korean workers in Russia sent home ({d['from_year']}-{d['to_year']}), as the articles "
               f"word it and as computed from the counts; 'nearly' and 'about' may be {int(round(russia.TOLERANCE * 100))}% off")
        rows = f[f["figure_id"].isin(c["figure_id"]) | ((f["country"] == "RUS") & (f["metric"] == "valid_work_permits"))]
        frame(fig, size, title, sub, source_line(rows))
        inline_labels(ax, specs, fs.value, grow=False)
        return fig

    def caption(t: dict) -> str:
        c = russia.wording_check(t)
        d = russia.decline(t).iloc[0]
        ok = c[c["consistent"] == "yes"]
        bad = c[c["consistent"] != "yes"]
        s1 = (f"Computed from Russia's own counts, {fmt_value(d['decline'], 'people')} of "
              f"{fmt_value(d['from_value'], 'people')} valid work permits ({d['decline_pct']:.1f}%) disappeared between "
              f"{d['from_year']} and {d['to_year']}.")
        s2 = (f"That is consistent with {join(['“' + x + '”' for x in ok['claim']]) or 'none of the wording'}"
              + (f" but not with {join(['“' + x + '”' for x in bad['claim']])}" if len(bad) else "") + ".")
        return s1 + " " + s2

    return Chart(slugify("russia-permit-decline-vs-wording", d0["from_year"], d0["to_year"]), draw, russia.wording_check, caption,
                 "02-russia-decline")
