"""Notebook 03's charts: every source's estimate of a quantity, as stated, side by side."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator

from ..findings import estimates, load
from ..words import UNIT_LABEL, attribution, cap, count, join, period, slugify, source_line
from .chart import Chart
from .labels import inline_labels
from .marks import draw_rows
from .style import MUTED, claim_handles, fonts, frame, kind_handles, legend, new_figure, unit_axis, with_glyph


def _for_year(r: pd.Series) -> str:
    """' (for 2018)' when a figure describes another year than the article's own."""
    return "" if str(r["year"]) == str(r["published"])[:4] else f" (for {r['year']})"

def estimate_ranges_chart(t: dict | None = None, which: str = "people") -> Chart:
    """which: 'people' (workers present) or 'money' (annual revenue and share remitted)."""
    t = load(t)
    units = ("people",) if which == "people" else ("usd", "percent")
    rows0 = estimates.rows(t, units)
    slug = slugify("estimate-ranges", "workers" if which == "people" else "revenue-and-share", period(rows0["year"]))

    def data(t: dict) -> pd.DataFrame:
        return estimates.rows(t, units)

    def draw(t: dict, size: str) -> Figure:
        rows = estimates.rows(t, units)
        fs = fonts(size)
        by_unit = list(rows.groupby("unit", sort=False))
        heights = [len(g) + g["quantity"].nunique() + 0.3 for _, g in by_unit]
        fig, axes = new_figure(size, len(by_unit), 1, gridspec_kw={"height_ratios": heights})
        lines = 2 if size == "half" else 1
        todo = []
        for ax, (unit, g) in zip(axes[:, 0], by_unit):
            top = float(np.nanmax(g[["point", "low", "high"]].to_numpy(dtype=float)))
            lim = (0.0, 100.0 if unit == "percent" else top * 1.12)
            specs = draw_rows(ax, g, size, lim, label=lambda r: with_glyph(attribution(r, t, lines), r["claimant_kind"]),
                               text=lambda r: r["says"] + _for_year(r),
                               group=lambda r: cap(estimates.quantity_name(r["metric"], r["country_name"])))
            unit_axis(ax.xaxis, unit)
            if unit == "percent":
                ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
            ax.set_xlabel(UNIT_LABEL.get(unit, unit), fontsize=fs.tick, color=MUTED, loc="right", labelpad=2)
            todo.append((ax, specs, unit))
        legend(fig, kind_handles(rows["kind"]) + claim_handles(rows))
        what = "workers" if which == "people" else "revenue and the share of earnings taken"
        sub = (f"Every source's figure for North Korean {what}, as stated: points, ranges and open-ended bounds "
               f"(fading), by article and the year described ({period(rows['year'])}); the glyph after each source: who claims it")
        frame(fig, size, estimates.headline(rows), sub, source_line(rows))
        for ax, specs, unit in todo:      # a percent axis stops near 100%: labels wrap sooner
            inline_labels(ax, specs, fs.value, grow=True if unit != "percent" else 1.2, stretch=unit != "percent")
        return fig

    def caption(t: dict) -> str:
        rows = estimates.rows(t, units)
        names = join([estimates.quantity_name(g["metric"].iloc[0], g["country_name"].iloc[0])
                       for _, g in rows.groupby("quantity", sort=False)])
        s1 = (f"{count(len(rows), 'figure')} from {count(rows['source'].nunique(), 'article')} "
              f"{'gives' if len(rows) == 1 else 'give'} {names}, "
              f"each drawn as stated rather than averaged.")
        return s1 + " " + estimates.headline(rows) + "."

    return Chart(slug, draw, data, caption, "03-estimate-ranges")
