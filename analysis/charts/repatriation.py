"""Repatriation charts: counts and shares by country (notebook 04), and the share of each
country's earlier workforce gone (notebook 06)."""
from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, MaxNLocator

from ..findings import load, repatriation
from ..words import METRIC_LABEL, cap, fmt_value, join, period, slugify, source_line
from .chart import Chart
from .labels import inline_labels
from .marks import draw_rows, interval, label_side
from .style import INK, KIND_STYLE, MUTED, OKABE_ITO, SIZES, fonts, frame, kind_handles, legend, new_figure, \
    text_width_in, unit_axis, wrap


def repatriation_counts(t: dict | None = None) -> Chart:
    t = load(t)
    rows0 = repatriation.rows(t)

    def draw(t: dict, size: str) -> Figure:
        rows = repatriation.rows(t)
        fs = fonts(size)
        people = rows[rows["unit"] == "people"].reset_index(drop=True)
        pct = rows[rows["unit"] == "percent"].reset_index(drop=True)
        if size == "half":
            fig, axes = new_figure(size, 2, 1, gridspec_kw={"height_ratios": [len(people) + 0.5, len(pct) + 0.5]})
            a1, a2 = axes[0, 0], axes[1, 0]
        else:
            fig, axes = new_figure(size, 1, 2, gridspec_kw={"width_ratios": [1, 1.1]})
            a1, a2 = axes[0, 0], axes[0, 1]
        colors = {"repatriated": OKABE_ITO["blue"], "workers_remaining": OKABE_ITO["orange"]}
        specs1 = []
        for i, r in people.iterrows():
            a1.barh(i, r["value"], height=0.6, color=colors.get(r["metric"], MUTED), zorder=3)
            specs1.append({"y": i, "left": 0.0, "right": r["value"], "bar": True, "color": INK,
                           "text": f"{fmt_value(r['value'], 'people')} {METRIC_LABEL[r['metric']]}"})
        # side by side at notebook size, long row labels wrap so both panels keep room
        wrap_in = 1.5 if size == "notebook" else 99.0
        a1.set_yticks(range(len(people)), [wrap(f"{c}, {y}", fs.tick, wrap_in) for c, y in
                                           people[["country_name", "year"]].itertuples(index=False)], fontsize=fs.tick)
        a1.set_ylim(len(people) - 0.5, -0.6)
        a1.set_xlim(0, float(people["value"].max()) * 1.05)
        unit_axis(a1.xaxis, "people")
        if size != "half":
            a1.xaxis.set_major_locator(MaxNLocator(nbins=3, min_n_ticks=2))
        a1.grid(axis="y", visible=False)
        a1.set_title("People sent home or remaining", fontsize=fs.label, weight="bold", loc="left")
        lim = (0.0, 100.0)
        pct_rows = pct.rename(columns={"value": "point"})
        specs2 = draw_rows(a2, pct_rows, size, lim, label=lambda r: wrap(f"{r['country_name']}, {r['year']}",
                                                                           fs.tick, wrap_in),
                            text=lambda r: r["says"] + (" of all" if r["metric"] == "share_of_repatriations" else ""),
                            group=lambda r: cap(METRIC_LABEL[r["metric"]]))
        unit_axis(a2.xaxis, "percent")
        a2.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100] if size == "half" else [0, 50, 100]))
        a2.set_title("Shares, as worded", fontsize=fs.label, weight="bold", loc="left")
        handles = [Patch(color=colors["repatriated"], label=METRIC_LABEL["repatriated"]),
                   Patch(color=colors["workers_remaining"], label=METRIC_LABEL["workers_remaining"]),
                   *kind_handles(pct["kind"])]
        legend(fig, handles)
        sub = (f"Repatriation figures by country as reported, {period(rows['year'])}: counts of people "
               + ("(top) and shares as the articles word them (bottom)" if size == "half"
                  else "(left) and shares as the articles word them (right)"))
        frame(fig, size, repatriation.headline(t), sub, source_line(rows))
        inline_labels(a1, specs1, fs.value)
        inline_labels(a2, specs2, fs.value, grow=1.2, stretch=False)
        return fig

    def caption(t: dict) -> str:
        rows = repatriation.rows(t)
        countries = sorted(set(rows.loc[rows["country"] != "WLD", "country_name"]))
        bounds = rows[rows["kind"] == "lower bound"]
        s2 = f"Country figures exist for {join(countries)}"
        s2 += f", some only as shares such as “{bounds['says'].iloc[0]}”." if len(bounds) else "."
        return repatriation.headline(t) + ". " + s2

    return Chart(slugify("repatriations-by-country", period(rows0["year"])), draw, repatriation.rows, caption,
                 "04-repatriation-timeline")

def share_gone_chart(t: dict | None = None) -> Chart:
    t = load(t)
    g0 = repatriation.share_gone(t)

    def draw(t: dict, size: str) -> Figure:
        x = repatriation.share_gone_facts(t)
        g = x.table
        fs = fonts(size)
        fig, axes = new_figure(size)
        ax = axes[0, 0]
        lim = (0.0, 100.0)
        specs, notes = [], []
        prev, y, ticks, labels = None, 0.0, [], []
        blue = OKABE_ITO["blue"]
        W = SIZES[size][0]
        # Row labels wrap rather than truncate; a computed bar carries its share, and the
        # two counts behind it run in a line (or two) under the bar.
        label_w = {"notebook": 3.0, "slide": 4.2, "half": 1.9}[size]
        row_labels = [wrap(f"{o}: {b}", fs.tick - 1, label_w) for o, b in g[["outlet", "basis"]].itertuples(index=False)]
        widest = max(text_width_in(line, fs.tick - 1) for lab in row_labels for line in lab.split("\n"))
        note_w = W - 0.32 - widest - 0.45          # what the plot keeps of the width
        bar_h = 0.7
        header_tf = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
        for (_, r), row_label in zip(g.iterrows(), row_labels):
            if r["country_name"] != prev:
                prev = r["country_name"]
                ax.text(0.005, y, prev, transform=header_tf, ha="left", va="center", fontsize=fs.label, weight="bold",
                        color=INK, zorder=6, gid="group-header").set_in_layout(False)
                y += 1
            step = 1.0
            if r["basis"] == "computed":
                ax.barh(y, r["share_gone"], height=bar_h, color=blue, alpha=0.5 if r["caveat"] else 0.95, zorder=3,
                        hatch="//" if r["caveat"] else None, edgecolor="white", lw=0)
                specs.append({"y": y, "left": 0.0, "right": r["share_gone"], "bar": True, "height": bar_h,
                              "color": INK, "inside_color": "white" if not r["caveat"] else INK,
                              "inside_box": bool(r["caveat"]), "weight": "bold", "order": ("inside", "right"),
                              "text": fmt_value(r["share_gone"], "percent")})
                note = wrap(r["change"], fs.value - 1, note_w)
                notes.append((y + bar_h / 2 + 0.1, note))
                step += 0.1 + 0.62 * (note.count("\n") + 1)
            else:
                row = pd.Series({"kind": r["kind"], "point": r["share_gone"], "low": r["low"], "high": np.nan})
                left, right = interval(ax, y, row, lim, size)
                specs.append({"y": y, "left": left, "right": right, "color": KIND_STYLE[r["kind"]]["color"],
                              "text": f"“{r['later']}”", **label_side(r["kind"])})
            ticks.append(y)
            labels.append(row_label)
            y += step
        for ny, note in notes:
            ax.annotate(note, (0.0, ny), xytext=(3, 0), textcoords="offset points", ha="left", va="top",
                        fontsize=fs.value - 1, color=INK, zorder=6, linespacing=1.1, annotation_clip=False,
                        gid="bar-note").set_in_layout(False)
        ax.set_yticks(ticks, labels, fontsize=fs.tick - 1)
        ax.set_ylim(y - 0.45, -0.6)
        ax.set_xlim(*lim)
        unit_axis(ax.xaxis, "percent")
        ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        ax.grid(axis="y", visible=False)
        handles = [Patch(color=blue, label="computed from two counts")]
        if (g["caveat"] != "").any():
            handles.append(Patch(facecolor=blue, alpha=0.5, hatch="//", edgecolor="white",
                                 label="computed across different measures"))
        handles += kind_handles(g.loc[g["basis"] == "stated", "kind"],
                                 {"estimate": "stated: nearly", "lower bound": "stated: more than, over"})
        legend(fig, handles)
        title = (f"Where an earlier count exists, {fmt_value(x.low, 'percent')} to {fmt_value(x.high, 'percent')} "
                 f"of North Korean workers were gone by the next official figure")
        sub = (f"Share of each country's earlier North Korean workforce gone, computed from two counts or as the "
               f"articles state it; {period(pd.concat([g['from_year'].dropna(), g['to_year']]))}")
        rows = t["figures"][t["figures"]["figure_id"].isin(" ".join(g["figure_ids"]).split())]
        frame(fig, size, title, sub, source_line(rows))
        inline_labels(ax, specs, fs.value - 1, grow=False)
        return fig

    def caption(t: dict) -> str:
        x = repatriation.share_gone_facts(t)
        return (f"Computed from pairs of counts, {fmt_value(x.low, 'percent')} to {fmt_value(x.high, 'percent')} "
                f"of the earlier North Korean workforce was gone in {x.countries}. "
                f"For {x.stated_countries} the articles give {x.stated} shares, as bounds or approximations.")

    years = pd.concat([g0["from_year"].dropna(), g0["to_year"]])
    return Chart(slugify("share-of-workforce-gone-by-country", period(years)), draw, repatriation.share_gone, caption,
                 "06-repatriation-vs-stock")
