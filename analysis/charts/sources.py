"""Notebook 01's chart: figures per article and country, as a heat map."""
from __future__ import annotations

import textwrap

import numpy as np
import seaborn as sns
from matplotlib.figure import Figure

from ..findings import load, sources
from ..words import attribution, count, fmt_date, period, slugify, source_line
from .chart import Chart
from .style import fonts, frame, new_figure, text_px


def figures_by_source(t: dict | None = None) -> Chart:
    t = load(t)
    years = t["sources"]["published"].str[:4]

    def draw(t: dict, size: str) -> Figure:
        d = sources.by_source_country(t)
        x = sources.facts(t)
        fs = fonts(size)
        fig, axes = new_figure(size)
        ax = axes[0, 0]
        s = t["sources"].sort_values(["published", "source"], kind="stable")
        col_order = list(d.groupby("country_name", sort=False)["figures"].sum()
                         .sort_values(ascending=False, kind="stable").index)
        m = (d.pivot_table(index="source", columns="country_name", values="figures", aggfunc="sum", fill_value=0)
             .reindex(index=s["source"], columns=col_order, fill_value=0))
        ylab = [f"{attribution(r, t, 1).rsplit(', ', 1)[0]}\n{fmt_date(r['published'])} · {count(r['figures'], 'figure')}"
                for _, r in s.iterrows()]
        if size == "half":
            ylab = [textwrap.fill(a.split("\n")[0], 18) + "\n" + a.split("\n")[1] for a in ylab]
        xlab = [textwrap.fill(c, 14, break_long_words=False) for c in m.columns]
        xfs = fs.tick - (1 if size == "half" else 0)
        annot = m.astype(int).astype(str).where(m > 0, "")
        sns.heatmap(m.astype(float), ax=ax, cmap="Blues", vmin=0, vmax=float(m.to_numpy().max()) * 1.15, cbar=False,
                    annot=annot, fmt="", linewidths=2, linecolor="white", mask=m == 0,
                    annot_kws={"fontsize": fs.value + 2, "fontweight": "bold"})
        ax.set_facecolor("#f4f4f4")
        ax.set_yticks(np.arange(len(ylab)) + 0.5, ylab, rotation=0, fontsize=fs.tick)
        ax.set_xticks(np.arange(len(xlab)) + 0.5, xlab, rotation=0, fontsize=xfs)
        ax.xaxis.tick_top()
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.tick_params(length=0)
        ax.grid(False)
        title = (f"{x.top_country_figures} of {x.figures} figures are about {x.top_country}; "
                 f"{x.top_outlet} supplies the most ({x.top_outlet_figures})")
        sub = (f"Figures per article (rows) and country (columns), after curation; {x.articles} articles "
               f"published {period(years)}")
        frame(fig, size, title, sub, source_line(t["figures"], "Articles"))
        # column labels sit level where each fits its column, else they slant
        fig.draw_without_rendering()
        r = fig._get_renderer()
        col_px = ax.get_window_extent(r).width / max(len(xlab), 1)
        if any(text_px(lab, xfs, r) > col_px - 4 * r.dpi / 72 for lab in xlab):
            ax.set_xticks(np.arange(len(xlab)) + 0.5, list(m.columns), rotation=40, fontsize=xfs, ha="left",
                          rotation_mode="anchor")
        return fig

    def caption(t: dict) -> str:
        x = sources.facts(t)
        return (f"The corpus holds {x.figures} figures from {x.articles} articles published between "
                f"{fmt_date(x.first_published)} and {fmt_date(x.last_published)}, about {x.countries} countries and the "
                f"worldwide total. {x.top_country} is the subject of {x.top_country_figures} of them, and {x.top_outlet} alone "
                f"supplies {x.top_outlet_figures}.")

    return Chart(slugify("figures-by-source-and-country", period(years)), draw, sources.by_source_country, caption, "01-sources")
