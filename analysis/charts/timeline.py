"""Notebook 04's dated charts: the events of the repatriation timeline, and each source's
date for the deadline."""
from __future__ import annotations

import textwrap
from datetime import date, timedelta

import matplotlib.dates as mdates
import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from ..findings import load, timeline
from ..words import attribution, count, fmt_date, period, slugify, source_line
from .chart import Chart
from .labels import inline_labels
from .style import EVENT_COLOR, INK, MUTED, fonts, frame, legend, new_figure


def _dnum(d: date) -> float:
    return float(mdates.date2num(d))


def repatriation_timeline(t: dict | None = None) -> Chart:
    t = load(t)
    years0 = t["timeline"]["date_start"].str[:4]

    def draw(t: dict, size: str) -> Figure:
        tl = timeline.events(t)
        x = timeline.facts(t)
        fs = fonts(size)
        fig, axes = new_figure(size)
        ax = axes[0, 0]
        labels = list(dict.fromkeys(tl["label"]))
        ypos = {lab: i for i, lab in enumerate(labels)}
        ms = 9 if size == "slide" else 7.5
        ext: dict[str, list[float]] = {}
        for _, r in tl.iterrows():
            a, b = timeline.date_span(r["date_start"], r["date_precision"])
            y = ypos[r["label"]]
            c = EVENT_COLOR.get(r["kind"], INK)
            if r["date_precision"] == "day":
                ax.plot([_dnum(a)], [y], ls="none", marker="o", markersize=ms, color=c, mec=INK, mew=0.6, zorder=4)
            else:
                ax.barh(y, _dnum(b) - _dnum(a) + 1, left=_dnum(a), height=0.55, color=c, zorder=3, lw=0.8,
                        alpha=0.45 if r["date_precision"] == "year" else 0.9, edgecolor=c)
            e = ext.setdefault(r["label"], [np.inf, -np.inf])
            e[0], e[1] = min(e[0], _dnum(a)), max(e[1], _dnum(b) + 1)
        specs = [{"y": ypos[lab], "left": ext[lab][0], "right": ext[lab][1], "text": lab, "color": INK, "wrap": True}
                 for lab in labels]
        ax.set_yticks([])
        ax.set_ylim(len(labels) - 0.4, -0.6)
        y0, y1 = int(tl["date_start"].min()[:4]), int(tl["date_start"].max()[:4])
        ax.set_xlim(_dnum(date(y0, 1, 1)) - 15, _dnum(date(y1, 12, 31)) + 5)
        ax.xaxis.set_major_locator(mdates.YearLocator())
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: str(mdates.num2date(v).year)))
        ax.grid(axis="y", visible=False)
        ax.spines["left"].set_visible(False)
        handles = [Patch(color=EVENT_COLOR[k], label=k) for k in EVENT_COLOR if k in set(tl["kind"])]
        handles += [Line2D([], [], ls="none", marker="o", color=MUTED, label="dated to the day"),
                    Patch(color=MUTED, alpha=0.5, label="bar: month or year only")]
        legend(fig, handles)
        title = f"The repatriation deadline fell in {fmt_date(x.deadline_month)}"
        if len(x.after_deadline):
            title += f"; reports of North Korean workers in Russia continued into {x.after_deadline['date_start'].max()[:4]}"
        sub = (f"{count(x.events, 'dated event')} from {count(x.sources, 'article')}, {y0}-{y1}: one row per event, one mark per "
               f"source; resolutions, deadlines, national reports, enforcement and press reports")
        frame(fig, size, title, sub, source_line(tl))
        inline_labels(ax, specs, fs.value - (1 if size != "slide" else 0), grow=1.12)
        return fig

    def caption(t: dict) -> str:
        x = timeline.facts(t)
        tl = timeline.events(t)
        first = tl.iloc[0]
        s1 = (f"The {x.sources} articles date {x.labels} distinct events, from the {first['kind']} of "
              f"{fmt_date(first['date'])} to {fmt_date(tl['date'].iloc[-1])}.")
        s2 = (f"They give the repatriation deadline {x.deadline_dates} different ways, from the year alone to "
              f"the exact day.")
        return s1 + " " + s2

    return Chart(slugify("repatriation-timeline", period(years0)), draw, timeline.events, caption, "04-repatriation-timeline")


def deadline_chart(t: dict | None = None) -> Chart:
    t = load(t)
    d0 = timeline.deadline_dates(t)

    def draw(t: dict, size: str) -> Figure:
        d = timeline.deadline_dates(t)
        fs = fonts(size)
        fig, axes = new_figure(size)
        ax = axes[0, 0]
        ms = 11 if size == "slide" else 9
        c = EVENT_COLOR["deadline"]
        specs = []
        for i, r in d.iterrows():
            a, b = date.fromisoformat(r["first_day"]), date.fromisoformat(r["last_day"])
            txt = f"{fmt_date(r['date'])} ({r['date_precision']})"
            if r["date_precision"] == "day":
                ax.plot([_dnum(a)], [i], ls="none", marker="o", markersize=ms, color=c, zorder=4)
                # a guide from the top down to this source's mark, through the bars above it
                ax.plot([_dnum(a)] * 2, [-0.6, i], color=c, lw=1, ls=(0, (3, 3)), alpha=0.6, zorder=1)
                specs.append({"y": i, "left": _dnum(a), "right": _dnum(a), "text": txt, "color": INK})
            else:
                light = r["date_precision"] == "year"
                ax.barh(i, _dnum(b) - _dnum(a) + 1, left=_dnum(a), height=0.45, color=c, alpha=0.35 if light else 0.8,
                        zorder=3, lw=0)
                specs.append({"y": i, "left": _dnum(a), "right": _dnum(b) + 1, "text": txt, "color": INK,
                              "bar": True, "height": 0.45, "inside_color": INK if light else "white",
                              "order": ("right", "inside", "left", "inside left")})
        lines = 2 if size == "half" else 1
        ylab = [attribution(r, t, 2) if lines > 1 else attribution(r, t) for _, r in d.iterrows()]
        if size == "half":
            ylab = [textwrap.fill(y.split("\n")[0], 16) + "\n" + y.split("\n")[1] for y in ylab]
        ax.set_yticks(range(len(d)), ylab, fontsize=fs.tick)
        ax.set_ylim(len(d) - 0.5, -0.6)
        first = date.fromisoformat(d["first_day"].min())
        last = date.fromisoformat(d["last_day"].max())
        lo = date(first.year, 1, 1)
        hi = date(last.year + (last.month == 12), last.month % 12 + 1, 1) + timedelta(days=20)
        ax.set_xlim(_dnum(lo) - 5, _dnum(hi))
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=[1, 4, 7, 10] if size != "half" else [1, 7]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_date(mdates.num2date(v).strftime("%Y-%m"))))
        ax.grid(axis="y", visible=False)
        days = sorted(set(d.loc[d["date_precision"] == "day", "date"]))
        if len(days) > 1:
            title = "Sources disagree on the deadline's day: " + " or ".join(fmt_date(x) for x in days)
        elif days:
            title = f"Every source that gives a day dates the deadline {fmt_date(days[0])}"
        else:
            title = "No source dates the deadline to the day"
        sub = ("The UN deadline for sending North Korean workers home, as each article dates it; a bar spans the "
               "month or year a less precise date can mean")
        frame(fig, size, title, sub, source_line(d))
        inline_labels(ax, specs, fs.value, grow=False)
        return fig

    def caption(t: dict) -> str:
        d = timeline.deadline_dates(t)
        n_day = int((d["date_precision"] == "day").sum())
        s1 = f"{count(len(d), 'article')} {'dates' if len(d) == 1 else 'date'} the deadline for sending North Korean workers home, {n_day} of them to the day."
        return s1 + " " + timeline.deadline_sentences(t)[0]

    return Chart(slugify("deadline-dates-by-source", period(d0["first_day"].str[:4])), draw, timeline.deadline_dates, caption,
                 "04-repatriation-timeline")
