"""Label placement, after layout: each label starts clear of its marker, arrowhead and
any line, bar or other label, stays inside its axes, goes outside its bar in dark text (or
wraps) when it does not fit. `inline_labels` for rows on a value axis, `place_labels` for
points on a plane.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import matplotlib
import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from .marks import refade
from .style import INK, renderer, text_px, wrap


def _fit_headers(ax, r) -> None:
    """Group headers start inside the axes; one too wide moves left over the tick labels."""
    box = ax.get_window_extent(r)
    ticks = ax.yaxis.get_tightbbox(r)
    for t in ax.texts:
        if t.get_gid() != "group-header":
            continue
        bb = t.get_window_extent(r)
        if bb.x1 > box.x1:
            x0 = max(ticks.x0 if ticks is not None else box.x0, box.x1 - bb.width)
            t.set_x(ax.transAxes.inverted().transform((x0, 0))[0])


_PAD = 3.0     # points kept clear between a label and any mark, line or other label
_EDGE = 6.0    # points kept clear between an inline label and the sides of its axes


def _obstacles(ax, r) -> list[tuple[str, Bbox]]:
    """Everything drawn in the axes that a label must not cover, in display pixels:
    markers, lines (sampled), fading bound lines, arrowheads, bars (not the pale bands
    drawn as background), and text already there. Kinds: marker, line, fade, arrow, bar,
    text."""
    out: list[tuple[str, Bbox]] = []
    pt = r.dpi / 72
    for ln in ax.get_lines():
        if not ln.get_visible():
            continue
        xy = ln.get_transform().transform(np.column_stack([ln.get_xdata(), ln.get_ydata()]).astype(float))
        m = ln.get_marker()
        if m not in (None, "None", "none", ""):
            rad = (ln.get_markersize() * (0.71 if m == "D" else 0.5) + ln.get_markeredgewidth() / 2) * pt
            thin = ln.get_markeredgewidth() / 2 * pt
            rx, ry = (thin, rad) if m == "|" else (rad, thin) if m == "_" else (rad, rad)
            out += [("marker", Bbox([[x - rx, y - ry], [x + rx, y + ry]])) for x, y in xy]
        if ln.get_linestyle() not in ("None", "none", "") and len(xy) > 1:
            hw = max(ln.get_linewidth() * pt / 2, 1.0)
            for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:]):
                n = max(2, int(np.hypot(x1 - x0, y1 - y0) / (3 * pt)) + 1)
                for f in np.linspace(0, 1, n):
                    x, y = x0 + f * (x1 - x0), y0 + f * (y1 - y0)
                    out.append(("line", Bbox([[x - hw, y - hw], [x + hw, y + hw]])))
    for c in ax.collections:
        if isinstance(c, LineCollection) and c.get_gid() == "fade":
            hw = c.get_linewidths()[0] * pt / 2
            for seg, col in zip(c.get_segments(), c.get_colors()):
                if col[3] < 0.15:
                    continue
                (x0, y0), (x1, y1) = ax.transData.transform(seg)
                out.append(("fade", Bbox([[min(x0, x1), min(y0, y1) - hw], [max(x0, x1), max(y0, y1) + hw]])))
    for t in ax.texts:
        if t.get_gid() == "fade-arrow" and t.arrow_patch is not None:
            t.update_positions(r)
            out.append(("arrow", t.arrow_patch.get_window_extent(r)))
        elif t.get_text().strip():
            out.append(("text", t.get_window_extent(r)))
    for p in ax.patches:
        if isinstance(p, matplotlib.patches.Rectangle) and p.get_visible() and p.get_width() != 0:
            a = p.get_alpha()
            if a is None or a > 0.3:
                out.append(("bar", p.get_window_extent(r)))
    return out


def _hits(bb: Bbox, obstacles: list[tuple[str, Bbox]], ignore: Callable[[str, Bbox], bool]) -> list[Bbox]:
    return [o for k, o in obstacles if bb.overlaps(o) and not ignore(k, o)]


@lru_cache(maxsize=512)
def _line_height_px(fontsize: float, weight: str, lines: int, dpi: float) -> float:
    """Height in pixels of a label of this many lines, as `inline_labels` draws it."""
    t = matplotlib.text.Text(0, 0, "\n".join(["lp"] * lines), fontsize=fontsize, weight=weight, linespacing=1.1,
                             fontfamily="DejaVu Sans")
    t.figure = Figure(dpi=dpi)
    return t.get_window_extent(renderer(dpi)).height


def inline_labels(ax, specs: list[dict], fontsize: float, grow: bool | float = True, stretch: bool = True) -> None:
    """Label marks on a horizontal value axis, after layout, where nothing is covered.

    Each spec tries its sides in order (default: right of the mark, inside its bar, left
    of it; a lower bound tries left of its marker, then over its fading line after the
    arrowhead). A label starts clear of its marker, arrowhead and any line, bar or label
    in its way (sliding past them), and stays inside the axes. A label too wide for its
    bar goes outside, in dark text. Failing every side on one line, the axis widens on
    the right (grow; a number caps the widening, e.g. 1.1 for at most a tenth), else the
    label wraps to two or three lines where those fit; only then is the least-bad place
    taken.

    specs: {y, left, right, text, color; optional order, bar, height (of the bar, in
    rows), inside_color, inside_box, weight, wrap, gap}."""
    fig = ax.figure
    plan: list = []
    lo0, hi0 = ax.get_xlim()
    max_hi = (np.inf if grow is True else lo0 + float(grow) * (hi0 - lo0)) if grow else None
    for _attempt in range(5):
        fig.draw_without_rendering()
        r = fig._get_renderer()
        refade(ax, stretch)
        box = ax.get_window_extent(r)
        lo, hi = ax.get_xlim()
        pt = r.dpi / 72
        obstacles = _obstacles(ax, r)
        plan, need = [], hi
        for sp in specs:
            choice, grow_to = _place_inline(ax, sp, fontsize, r, box, obstacles, max_hi)
            if grow_to is not None:
                need = max(need, grow_to)
            plan.append(choice)
            if choice is not None:                 # labels in neighbouring rows keep apart
                bb = choice["bbox"]
                v = (2.5 if "\n" in choice["text"] else 0.5) * pt
                obstacles.append(("text", Bbox([[bb.x0, bb.y0 - v], [bb.x1, bb.y1 + v]])))
        if grow and need > hi + 1e-9 * max(abs(hi), 1.0):
            ax.set_xlim(lo, lo + (need - lo) * 1.01)
            continue
        break
    r = fig._get_renderer()
    pt = r.dpi / 72
    for sp, ch in zip(specs, plan):
        if ch is None:
            continue
        ax_x = ax.transData.transform((ch["anchor"], sp["y"]))[0]
        dx = (ch["x"] - ax_x) / pt
        t = ax.annotate(ch["text"], (ch["anchor"], sp["y"]), xytext=(dx, 0), textcoords="offset points",
                        ha=ch["ha"], va="center", fontsize=fontsize, color=ch["color"], zorder=6,
                        annotation_clip=False, weight=sp.get("weight", "normal"), linespacing=1.1,
                        bbox={"boxstyle": "square,pad=0.12", "fc": "white", "ec": "none", "alpha": 0.9}
                        if ch["boxed"] else None)
        t.set_in_layout(False)
    _fit_headers(ax, r)


def _place_inline(ax, sp: dict, fontsize: float, r, box: Bbox, obstacles: list, max_hi: float | None
                  ) -> tuple[dict, float | None]:
    """Where one inline label goes (see `inline_labels`); also, when it fits nowhere on
    one line and the axis may grow (up to max_hi), the right-hand axis limit that would
    make room."""
    pt = r.dpi / 72
    weight = sp.get("weight", "normal")
    y = sp["y"]
    xl, yp = ax.transData.transform((sp["left"], y))
    xr = ax.transData.transform((sp["right"], y))[0]
    order = tuple(sp.get("order", ("right", "inside", "left")))
    bar = bool(sp.get("bar"))
    bar_h = 0.0
    if bar:
        half = sp.get("height", 0.6) / 2
        bar_h = abs(ax.transData.transform((0, y - half))[1] - ax.transData.transform((0, y + half))[1])
    x_min, x_max = box.x0 + _EDGE * pt, box.x1 - _EDGE * pt
    pad = _PAD * pt
    gap = sp.get("gap", _PAD) * pt
    inset = 6 * pt                               # text inside a bar keeps this from its ends
    one_line = _line_height_px(fontsize, weight, 1, r.dpi)

    def padded(bb: Bbox) -> Bbox:
        """Clear of marks beside it; rows may sit close, but a label of several lines
        keeps more room above and below, so neighbouring blocks of text stay apart."""
        v = (2.5 if bb.height > 1.5 * one_line else 0.5) * pt
        return Bbox([[bb.x0 - pad, bb.y0 - v], [bb.x1 + pad, bb.y1 + v]])

    def size(text: str) -> tuple[float, float]:
        return text_px(text, fontsize, r, weight), _line_height_px(fontsize, weight, text.count("\n") + 1, r.dpi)

    def own_row(o: Bbox) -> bool:
        return o.y0 - 1 <= yp <= o.y1 + 1

    def ignore_for(k: str) -> Callable[[str, Bbox], bool]:
        if k.startswith("over"):               # a bound's label may lie on its own fading line
            return lambda kind, o: kind == "fade" and own_row(o)
        if k.startswith("inside"):             # and a bar's label on its own bar
            return lambda kind, o: kind == "bar" and own_row(o) and o.x0 - 1 <= xl and xr <= o.x1 + 1
        return lambda kind, o: False

    def rightward(k: str) -> bool:
        return k in ("right", "over", "inside left")

    def anchor(k: str) -> float:
        return sp["right"] if k in ("right", "over left", "inside") else sp["left"]

    def boxed(k: str) -> float:
        return 0.12 * fontsize * pt if k.startswith("over") else 0.0

    def at(k: str, w: float, hgt: float) -> tuple[Bbox | None, float]:
        """The label's box on side k, slid past any mark, line or label it would cover
        (None if it cannot be placed there), and where it would start (pixels)."""
        ign, ex = ignore_for(k), boxed(k)
        fwd = rightward(k)
        lo_x, hi_x = x_min, x_max
        if k.startswith("inside"):                 # inside its bar, slid along it if need be
            if not bar or w + 2 * inset > xr - xl or hgt > bar_h + 1:
                return None, 0.0
            lo_x, hi_x = xl + inset, xr - inset
            edge = lo_x if fwd else hi_x
            a = edge
        else:
            a = ax.transData.transform((anchor(k), y))[0]
            edge = a + gap + ex if fwd else a - gap - ex
        for _ in range(16):
            x0 = edge if fwd else edge - w
            bb = Bbox([[x0 - ex, yp - hgt / 2 - ex], [x0 + w + ex, yp + hgt / 2 + ex]])
            if bb.y0 < box.y0 - 1 or bb.y1 > box.y1 + 1:
                return None, edge
            if (fwd and bb.x1 > hi_x) or (not fwd and bb.x0 < lo_x):
                return None, edge
            hits = _hits(padded(bb), obstacles, ign)
            if not hits:
                return bb, edge
            ahead = [o for o in hits if (o.x1 > edge + pad + 1 if fwd else o.x0 < edge - pad - 1)]
            if any(o.width > 40 * pt for o in ahead):  # a bar or a label in the way: no sliding past
                return None, edge
            edge = max(o.x1 for o in hits) + pad + ex + 1 if fwd else min(o.x0 for o in hits) - pad - ex - 1
            if abs(edge - a) > 1.2 * r.dpi:
                return None, edge
        return None, edge

    def room(k: str, hgt: float) -> float:
        """Pixels from where a label on side k would start to the axes' side."""
        bb, edge = at(k, 1.0, hgt)
        if bb is None:
            return 0.0
        return x_max - bb.x0 if rightward(k) else bb.x1 - x_min

    def choice(k: str, text: str, bb: Bbox, extra_box: bool = False) -> dict:
        ex = boxed(k)
        inside = k.startswith("inside")
        return {"text": text, "anchor": anchor(k), "x": bb.x0 + ex if rightward(k) else bb.x1 - ex,
                "ha": "left" if rightward(k) else "right", "bbox": bb, "boxed": bool(ex) or extra_box,
                "color": sp.get("inside_color", "white") if inside else sp.get("color", INK)}

    text = sp["text"]
    w, hgt = size(text)
    # 1. one line, on each side in turn
    for k in order:
        bb, _ = at(k, w, hgt)
        if bb is not None:
            return choice(k, text, bb, k.startswith("inside") and bool(sp.get("inside_box"))), None
    # 2. widen the axis on the right for the first outward side
    if max_hi is not None:
        for k in order:
            if k not in ("right", "over"):
                continue
            a = ax.transData.transform((anchor(k), y))[0] - box.x0
            probe, edge = at(k, 1.0, hgt)
            if probe is None or a <= 0:
                continue
            offset = probe.x0 - box.x0 - a          # gap and slide past the mark, pixels
            free = (x_max - box.x0) - offset - w - 2 * pt
            if free <= 0:
                continue
            lo, hi = ax.get_xlim()
            to = lo + (hi - lo) * a / free
            if to > max_hi:
                continue
            bb = Bbox([[probe.x0, yp - hgt / 2], [probe.x0 + w, yp + hgt / 2]])
            return choice(k, text, bb), to
    # 3. two or three lines, on each side in turn
    if sp.get("wrap", True):
        for lines in (2, 3):
            hl = _line_height_px(fontsize, weight, lines, r.dpi)
            for k in order:
                if k.startswith("inside"):
                    space = (xr - xl) - 2 * inset if bar and hl <= bar_h + 1 else 0.0
                else:
                    space = room(k, hl)
                if space <= 0:
                    continue
                wrapped = wrap(text, fontsize, space / r.dpi, weight)
                if wrapped.count("\n") + 1 != lines:
                    continue
                bb, _ = at(k, *size(wrapped))
                if bb is not None:
                    return choice(k, wrapped, bb), None
    # 4. nowhere clear: the place covering least
    best, least = None, np.inf
    for k in order:
        if k.startswith("inside") and not bar:
            continue
        spare = max(x_max - xr - gap, xl - gap - x_min, (xr - xl) - 2 * inset, 1.0)
        for cand in dict.fromkeys((text, wrap(text, fontsize, spare / r.dpi, weight))):
            ww, hh = size(cand)
            a = ax.transData.transform((anchor(k), y))[0]
            x0 = {"right": a + gap, "over": a + gap, "inside left": a + inset, "inside": a - inset - ww}.get(k, a - gap - ww)
            bb = Bbox([[x0, yp - hh / 2], [x0 + ww, yp + hh / 2]])
            ign = ignore_for(k)
            cover = sum(max(0.0, min(bb.x1, o.x1) - max(bb.x0, o.x0)) * max(0.0, min(bb.y1, o.y1) - max(bb.y0, o.y0))
                        for kind, o in obstacles if not ign(kind, o))
            score = cover + (max(0.0, x_min - bb.x0) + max(0.0, bb.x1 - x_max)) * bb.height * 10
            if score < least:
                best, least = choice(k, cand, bb), score
    return best, None


def place_labels(ax, items: list[dict], fontsize: float) -> None:
    """Put each label next to its point where it overlaps nothing already placed, no
    marker and no legend, and stays inside the axes. items: {xy, text, color, prefer}."""
    fig = ax.figure
    fig.draw_without_rendering()
    r = fig._get_renderer()
    box = ax.get_window_extent(r)
    taken = []
    pad = 3 * r.dpi / 72
    for it in items:
        x, y = ax.transData.transform(it["xy"])
        rad = (it.get("radius", 6)) * r.dpi / 72
        it["_own"] = Bbox([[x - rad, y - rad], [x + rad, y + rad]])
        taken.append(it["_own"])
    for line in ax.get_lines():
        xs, ys = line.get_xdata(), line.get_ydata()
        if len(xs) < 2 or line.get_linestyle() in ("None", "none", ""):
            continue
        for i in range(len(xs) - 1):
            for f in np.linspace(0, 1, 12):
                px, py = ax.transData.transform((xs[i] + f * (xs[i + 1] - xs[i]), ys[i] + f * (ys[i + 1] - ys[i])))
                taken.append(Bbox([[px - 2, py - 2], [px + 2, py + 2]]))
    taken += [o for k, o in _obstacles(ax, r) if k in ("fade", "arrow", "bar")]
    for leg in [ax.get_legend(), *fig.legends]:
        if leg is not None:
            taken.append(leg.get_window_extent(r))
    d = 11          # points from the point's centre: clear of a marker's edge
    options = {
        "right": (d, 0, "left", "center"), "left": (-d, 0, "right", "center"), "above": (0, d, "center", "bottom"),
        "below": (0, -d, "center", "top"), "above right": (d * 0.7, d * 0.7, "left", "bottom"),
        "below right": (d * 0.7, -d * 0.7, "left", "top"), "above left": (-d * 0.7, d * 0.7, "right", "bottom"),
        "below left": (-d * 0.7, -d * 0.7, "right", "top"),
    }
    def make(it: dict, k: str):
        dx, dy, ha, va = options[k]
        t = ax.annotate(it["text"], it["xy"], xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                        fontsize=fontsize, color=it.get("color", INK), zorder=6, annotation_clip=False,
                        linespacing=1.15)
        t.set_in_layout(False)
        return t, t.get_window_extent(r)

    for it in items:
        order = list(it.get("prefer", [])) + [k for k in options if k not in it.get("prefer", [])]
        chosen, fallback, least = None, None, np.inf
        for k in order:
            t, bb = make(it, k)
            inside = bb.x0 >= box.x0 - 1 and bb.x1 <= box.x1 + 1 and bb.y0 >= box.y0 - 1 and bb.y1 <= box.y1 + 1
            grown = bb.padded(pad)
            overlap = sum(max(0.0, min(grown.x1, o.x1) - max(grown.x0, o.x0)) *
                          max(0.0, min(grown.y1, o.y1) - max(grown.y0, o.y0))
                          for o in taken if o is not it["_own"])
            if inside and overlap == 0:
                chosen = (t, bb)
                break
            if inside and overlap < least:
                if fallback is not None:
                    fallback[0].remove()
                fallback, least = (t, bb), overlap
                continue
            t.remove()
        if chosen is None:
            chosen = fallback or make(it, order[0])
        elif fallback is not None:
            fallback[0].remove()
        taken.append(chosen[1].padded(pad))
