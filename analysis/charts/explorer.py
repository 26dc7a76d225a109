"""Notebook 05: the explorer's chart for a selection, and the widgets that choose it."""
from __future__ import annotations

import threading

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator

from ..findings import explorer, load
from ..words import CLAIM_WORDS, METRIC_LABEL, UNIT_LABEL, cap, count, fmt_date, join, period, slugify, source_line
from .chart import Chart
from .labels import inline_labels
from .marks import draw_rows
from .style import SIZES, fonts, frame, kind_handles, legend, new_figure, unit_axis


def _explorer_draw(t: dict, size: str, sel: dict, figsize: tuple[float, float] | None = None,
                   pyplot: bool = True) -> Figure:
    rows = explorer.rows(t, **sel)
    fs = fonts(size)
    if rows.empty:
        fig, axes = new_figure(size, pyplot=pyplot)
        axes[0, 0].set_axis_off()
        frame(fig, size, "No figures match this selection", "Widen the selection to see figures", "Sources: none.")
        return fig
    groups = list(rows.groupby("unit", sort=False))
    fig, axes = new_figure(size, len(groups), 1, pyplot=pyplot, gridspec_kw={"height_ratios": [len(g) + 1 for _, g in groups]})
    if figsize:
        fig.set_size_inches(*figsize)
    todo = []
    for ax, (unit, g) in zip(axes[:, 0], groups):
        g = g.rename(columns={"value": "point"}).reset_index(drop=True)
        top = float(np.nanmax(g[["point", "low", "high"]].to_numpy(dtype=float)))
        lim = (0.0, 100.0 if unit == "percent" else (top * 1.2 if top > 0 else 1.0))
        specs = draw_rows(ax, g, size, lim,
                           label=lambda r: f"{r['country_name']} {r['year']}: {METRIC_LABEL.get(r['metric'], r['metric'])}",
                           text=lambda r: f"{r['says']} ({r['outlet']})",
                           group=lambda r: cap(UNIT_LABEL.get(r["unit"], r["unit"])))
        unit_axis(ax.xaxis, unit)
        if unit == "percent":
            ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        todo.append((ax, specs, unit))
    legend(fig, kind_handles(rows["kind"]))
    names = sorted(set(rows["country_name"]))
    where = join(names) if len(names) <= 3 else count(len(names), "country")
    big = rows.assign(_v=rows["value"].fillna(rows["high"])).sort_values("_v", ascending=False, kind="stable")
    top_people = big[big["unit"].isin(["people", "permits"])]
    title = f"{count(len(rows), 'figure')} on {where} from {count(rows['outlet'].nunique(), 'article')}, {period(rows['year'])}"
    if len(top_people):
        b = top_people.iloc[0]
        title += f"; the largest count is {b['says']} ({METRIC_LABEL.get(b['metric'], b['metric'])})"
    shown = {k: v for k, v in sel.items() if k != "claimants" or v}  # who claims it: named only when chosen
    sub = ("Selection: " + "; ".join(f"{k} = {', '.join(v) if v else 'all'}" for k, v in shown.items())
           + ". One row per figure, as stated")
    frame(fig, size, title, sub, source_line(rows))
    for ax, specs, unit in todo:          # a percent axis stops near 100%: labels wrap sooner
        inline_labels(ax, specs, fs.value - 1, grow=True if unit != "percent" else 1.2, stretch=unit != "percent")
    return fig


def explorer_chart(t: dict | None = None, **sel) -> Chart:
    """The explorer's chart for a selection (default: explorer.DEFAULT)."""
    t = load(t)
    sel = {k: tuple(sel.get(k, v)) for k, v in explorer.DEFAULT.items()}
    rows0 = explorer.rows(t, **sel)

    def data(t: dict) -> pd.DataFrame:
        return explorer.rows(t, **sel)

    def draw(t: dict, size: str) -> Figure:
        return _explorer_draw(t, size, sel)

    def caption(t: dict) -> str:
        rows = explorer.rows(t, **sel)
        if rows.empty:
            return "No figures match this selection. Widen it to see figures."
        big = rows.assign(_v=rows["value"].fillna(rows["high"])).sort_values("_v", ascending=False, kind="stable").iloc[0]
        return (f"{count(len(rows), 'figure')} {'matches' if len(rows) == 1 else 'match'} the selection, from "
                f"{count(rows['outlet'].nunique(), 'article')}. The largest is "
                f"“{big['says']}” ({METRIC_LABEL.get(big['metric'], big['metric'])}, {big['country_name']} "
                f"{big['year']}, {big['outlet']}).")

    part = "-".join(sel["countries"]) or "all-countries"
    units = "-".join(sel["units"]) or "all-units"
    return Chart(slugify("figures", part, units, period(rows0["year"])), draw, data, caption, "05-explorer")


def _display_data(obj) -> dict:
    """`obj` as a display_data output, formatted as IPython would display it."""
    from IPython import get_ipython

    ip = get_ipython()
    data, metadata = ip.display_formatter.format(obj) if ip is not None else ({"text/plain": repr(obj)}, {})
    return {"output_type": "display_data", "data": data, "metadata": metadata}


def explorer_ui(t: dict | None = None, **default):
    """Widgets that filter the figures table. Changing a selection redraws the table and
    chart inside the box; nothing is drawn at creation, so a notebook's static output
    stays deterministic (the notebook draws the default selection in its own cell)."""
    import ipywidgets as w

    t = load(t)
    f = t["figures"]
    sel0 = {k: tuple(default.get(k, v)) for k, v in explorer.DEFAULT.items()}
    countries = sorted({(str(n), str(c)) for c, n in f[["country", "country_name"]].dropna().itertuples(index=False)})
    metrics = sorted({(METRIC_LABEL.get(m, m), m) for m in f["metric"].dropna()})
    units = sorted({(UNIT_LABEL.get(u, u), u) for u in f["unit"].dropna()})
    srcs = [(f"{o} ({fmt_date(p)})", s) for s, o, p in t["sources"][["source", "outlet", "published"]]
            .sort_values(["published", "source"], kind="stable").itertuples(index=False)]
    layout = w.Layout(width="auto", height="10em")
    style = {"description_width": "initial"}
    pickers = {
        "countries": w.SelectMultiple(options=countries, value=sel0["countries"], description="Country",
                                      layout=layout, style=style),
        "metrics": w.SelectMultiple(options=metrics, value=sel0["metrics"], description="Metric", layout=layout,
                                    style=style),
        "units": w.SelectMultiple(options=units, value=sel0["units"], description="Unit", layout=layout, style=style),
        "sources": w.SelectMultiple(options=srcs, value=sel0["sources"], description="Source", layout=layout,
                                    style=style),
        "claimants": w.SelectMultiple(options=[(CLAIM_WORDS[k], k) for k in CLAIM_WORDS if k in set(f["claimant_kind"])],
                                      value=sel0["claimants"], description="Who claims it", layout=layout, style=style),
    }
    out = w.Output()

    class Explorer(w.VBox):
        def __repr__(self) -> str:  # the static fallback a notebook viewer shows
            return "Explorer: filter figures by country, metric, unit, source, claimant (run the notebook to use it)"

        @property
        def selection(self) -> dict[str, tuple[str, ...]]:
            return {k: tuple(p.value) for k, p in pickers.items()}

    lock = threading.Lock()

    def update(_change=None) -> None:
        # JupyterLab (comms over subshells, its default) can run this on a subshell
        # thread, even twice at once for one click. So: one redraw at a time; the figure
        # drawn outside pyplot; and the result set as the Output widget's state in one
        # assignment, never `display`ed from this thread (a display from a subshell
        # thread carries a parent message the Output widget does not route: the chart
        # was lost).
        with lock:
            sel = {k: tuple(p.value) for k, p in pickers.items()}
            rows = explorer.rows(t, **sel)
            height = max(SIZES["notebook"][1], 2.4 + 0.36 * max(len(rows), 1))
            fig = _explorer_draw(t, "notebook", sel, figsize=(SIZES["notebook"][0], height), pyplot=False)
            out.outputs = (_display_data(rows), _display_data(fig))

    for p in pickers.values():
        p.observe(update, names="value")
    hint = w.HTML("<i>Ctrl/Cmd-click to pick several; nothing picked in a list means all. "
                  "The matching rows and their chart appear below.</i>")
    return Explorer([w.HBox(list(pickers.values())), hint, out])
