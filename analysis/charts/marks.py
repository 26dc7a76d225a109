"""Marks for figures as stated: a point, a range, or an open bound drawn as a line fading
out with an arrowhead (no upper end should be read into "more than"); and rows of them on
a value axis, grouped under headers. The fades register themselves on the axes, so label
placement can redraw them once the layout is known.
"""
from __future__ import annotations

from typing import Callable

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection

from .style import INK, KIND_STYLE, fonts


def fade(ax, a: tuple[float, float], b: tuple[float, float], color: str, lw: float, span: float | None = None,
         _entry: dict | None = None) -> None:
    """A line from a to b fading out, with an arrowhead near a: the open side of a bound.
    Registered on the axes so `refade` can stretch it to a widened axis and size its
    arrowhead once the layout is known."""
    n = 24
    xs, ys = np.linspace(a[0], b[0], n + 1), np.linspace(a[1], b[1], n + 1)
    segs = [[(xs[i], ys[i]), (xs[i + 1], ys[i + 1])] for i in range(n)]
    rgba = matplotlib.colors.to_rgba_array([color] * n)
    rgba[:, 3] = np.linspace(0.95, 0.0, n)
    lc = ax.add_collection(LineCollection(segs, colors=rgba, linewidths=lw, capstyle="butt", zorder=2), autolim=False)
    lc.set_gid("fade")
    head = _arrow_head(ax, a, b, lw, span)
    arrow = None
    if head is not None:
        mid, scale = head
        arrow = ax.annotate("", xy=mid, xytext=a, zorder=3, annotation_clip=False,
                            arrowprops={"arrowstyle": "-|>", "color": color, "lw": 0, "alpha": 0.8,
                                        "mutation_scale": scale, "shrinkA": 0, "shrinkB": 0})
        arrow.set_gid("fade-arrow")
        arrow.set_in_layout(False)
    entry = _entry or {"a": a, "b": b, "color": color, "lw": lw, "span": span}
    entry["artists"] = (lc, arrow)
    if _entry is None:
        ax.__dict__.setdefault("_house_fades", []).append(entry)


def _arrow_head(ax, a: tuple[float, float], b: tuple[float, float], lw: float,
                span: float | None) -> tuple[tuple[float, float], float] | None:
    """Where the arrowhead of a fade points to, and its size. The head sits just past the
    mark, about a tenth of the axis along but never further than a head and a bit: a label
    can then start close to its mark, clear of the arrow. On a short line the head shrinks
    so it never pokes back over the mark; on a very short one there is none."""
    scale = 14 + lw * 2
    length = max(abs(b[0] - a[0]), abs(b[1] - a[1]), 1e-12)
    f = min(0.35, 0.1 * span / length) if span else 0.35
    try:
        pa, pb = ax.transData.transform([a, b])
    except ValueError:
        pa = pb = None
    L = float(np.hypot(*(pb - pa))) if pa is not None else 0.0
    if L <= 0 or not np.isfinite(L):
        return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f), scale
    pt = ax.figure.dpi / 72
    head = 0.4 * scale * pt                      # "-|>" head length, in pixels
    want = min(max(f * L, head * 1.3), head + 16 * pt)
    if want > 0.9 * L:                            # short line: a smaller head
        scale *= 0.9 * L / (head * 1.3)
        want = 0.9 * L
        if scale < 6:
            return None
    g = want / L
    return (a[0] + (b[0] - a[0]) * g, a[1] + (b[1] - a[1]) * g), scale


def refade(ax, stretch: bool = True) -> None:
    """Redraw the fades for the current layout: arrowheads sized in pixels, and (stretch)
    horizontal fades that ran to the old axis edge stretched to the current one."""
    lo, hi = ax.get_xlim()
    for e in ax.__dict__.get("_house_fades", []):
        a, b = e["a"], e["b"]
        if stretch and a[1] == b[1]:
            e["b"] = (hi if b[0] > a[0] else lo, b[1])
        for art in e["artists"]:
            if art is not None:
                art.remove()
        fade(ax, a, e["b"], e["color"], e["lw"], span=e["span"], _entry=e)


def interval(ax, pos: float, row: pd.Series, lim: tuple[float, float], size: str,
              horizontal: bool = True) -> tuple[float, float]:
    """Draw one figure as a point, range or open bound at position `pos` on the category
    axis; returns the extent it covers on the value axis (left, right)."""
    kind = row["kind"]
    st = KIND_STYLE.get(kind, KIND_STYLE["reported"])
    c = st["color"]
    lw = 3.2 if size == "slide" else 2.6
    ms = 10 if size == "slide" else 8.5

    def xy(v: float) -> tuple[float, float]:
        return (v, pos) if horizontal else (pos, v)

    def mark(v: float, marker: str, filled: bool, msize: float = ms) -> None:
        x, y = xy(v)
        if marker == "|" and not horizontal:
            marker = "_"
        ax.plot([x], [y], ls="none", marker=marker, markersize=msize * (1.5 if marker in "|_" else 1), mew=2.4,
                color=c, mfc=c if filled else "white", zorder=4, clip_on=False)

    lo, hi = row.get("low"), row.get("high")
    point = row.get("point", row.get("value"))
    if kind == "range":
        a, b = xy(lo), xy(hi)
        ax.plot([a[0], b[0]], [a[1], b[1]], color=c, lw=lw * 2.2, solid_capstyle="butt", zorder=3, alpha=0.85)
        mark(lo, "|", True)
        mark(hi, "|", True)
        return lo, hi
    if kind == "lower bound":
        v = point if not pd.isna(point) else lo
        fade(ax, xy(v), xy(lim[1]), c, lw * 1.6, span=lim[1] - lim[0])
        mark(v, "|", True)
        return v, lim[1]
    if kind == "upper bound":
        v = point if not pd.isna(point) else hi
        fade(ax, xy(v), xy(lim[0]), c, lw * 1.6, span=lim[1] - lim[0])
        mark(v, "|", True)
        return lim[0], v
    mark(point, st["marker"], st["filled"])
    return point, point


# Where a mark's label tries to go, in order: a bound's label sits on its closed side first,
# then over its fading line; a bound or range keeps closer to its mark than a point does.
LABEL_SIDES = {"lower bound": ("left", "over"), "upper bound": ("right", "over left"), "range": ("right", "left")}


def label_side(kind: str) -> dict:
    """The `order` and `gap` of an inline label spec for a mark of this kind."""
    return {"order": LABEL_SIDES.get(kind, ("right", "left")), "gap": 6 if kind in LABEL_SIDES else 10}


def draw_rows(ax, g: pd.DataFrame, size: str, lim: tuple[float, float], label: Callable[[pd.Series], str],
              text: Callable[[pd.Series], str], group: Callable[[pd.Series], str] | None = None) -> list[dict]:
    """One row per figure on a horizontal value axis, grouped under bold headers drawn
    inside the axes; returns the inline label specs for `inline_labels`."""
    fs = fonts(size)
    specs, ticks, labels = [], [], []
    y, prev = 0, None
    header_tf = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
    for _, r in g.iterrows():
        if group is not None and group(r) != prev:
            prev = group(r)
            ax.text(0.005, y, prev, transform=header_tf, ha="left", va="center", fontsize=fs.label, weight="bold",
                    color=INK, zorder=6, gid="group-header").set_in_layout(False)
            y += 1
        left, right = interval(ax, y, r, lim, size)
        specs.append({"y": y, "left": left, "right": right, "text": text(r), **label_side(r["kind"]),
                      "color": KIND_STYLE.get(r["kind"], KIND_STYLE["reported"])["color"]})
        ticks.append(y)
        labels.append(label(r))
        y += 1
    ax.set_yticks(ticks, labels, fontsize=fs.tick)
    ax.set_ylim(y - 0.4, -0.6)
    ax.set_xlim(*lim)
    ax.grid(axis="y", visible=False)
    return specs
