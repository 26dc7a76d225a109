"""The chart collection: one house style, every chart the notebooks show, exportable.

Each chart is a :class:`Chart`: a slug computed from the data, ``draw(tables, size)``
returning a matplotlib Figure (title stating the finding, subtitle with units and period,
a source line generated from the rows plotted, all *inside* the image), ``data(tables)``
the tidy table behind it and ``caption(tables)``, two sentences generated from the data.
``charts()`` lists them in notebook order; the notebooks call the same builders
(``russia_counts(t)``, ``estimate_ranges_chart(t, "people")``, ...), so every chart a
notebook shows is also a chart the briefing exports.

No article figure is written here: every number comes from the tables. Figures are
created with pyplot (so ``plt.show()`` displays them in a notebook); callers that draw many
should ``plt.close(fig)``. Text artists carry gids ``title``, ``subtitle`` and ``source``.

pandas and seaborn are imported here, so this module stays off the ``extract`` path: only
notebooks and the export import it.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Iterable

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

__all__ = [
    "SIZES", "PALETTE", "KIND_STYLE", "Chart", "setup", "charts", "get",
    "fmt_value", "fmt_date", "says", "source_line",
    "sources_overview", "curated_figures", "boilerplate_cuts", "figures_by_source", "sources_answer",
    "russia_counts", "russia_flows", "russia_decline", "russia_wording_check", "russia_wording_chart", "russia_answer",
    "estimate_quantities", "estimate_ranges_chart", "estimates_answer",
    "repatriation_timeline", "deadline_dates", "deadline_note", "deadline_chart", "repatriation_counts",
    "timeline_answer", "explorer_rows", "explorer_chart", "explorer_ui", "EXPLORER_DEFAULT",
    "share_gone", "share_gone_chart", "implied_stock", "share_gone_answer",
]

# ------------------------------------------------------------------ house style
SIZES: dict[str, tuple[float, float]] = {
    "notebook": (10.0, 5.6),    # inline in a notebook
    "slide": (13.333, 7.5),     # 16:9 slide
    "half": (6.5, 8.0),         # half-page portrait
}
# Font sizes grow with the canvas so a slide reads from the back of the room.
_SCALE = {"notebook": 1.0, "slide": 1.3, "half": 0.92}
_BASE = {"title": 16.0, "subtitle": 12.0, "label": 11.5, "tick": 11.0, "value": 11.0, "source": 9.5, "legend": 10.5}

# Okabe-Ito, the colour-blind-safe palette.
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7",
}
PALETTE = [OKABE_ITO[c] for c in ("blue", "orange", "green", "vermillion", "purple", "sky", "yellow", "black")]
INK, MUTED, GRID = "#1a1a1a", "#555555", "#dddddd"

# How firm a figure is (the `kind` column), drawn the same way in every chart.
KIND_STYLE: dict[str, dict] = {
    "reported": {"color": OKABE_ITO["blue"], "marker": "o", "filled": True,
                 "label": "reported: stated plainly"},
    "estimate": {"color": OKABE_ITO["orange"], "marker": "D", "filled": False,
                 "label": "estimate: about, some, nearly"},
    "lower bound": {"color": OKABE_ITO["vermillion"], "marker": "|", "filled": True,
                    "label": "lower bound: more than (open above)"},
    "upper bound": {"color": OKABE_ITO["purple"], "marker": "|", "filled": True,
                    "label": "upper bound: up to (open below)"},
    "range": {"color": OKABE_ITO["green"], "marker": "|", "filled": True,
              "label": "range: low to high"},
}
EVENT_COLOR = {"resolution": OKABE_ITO["blue"], "deadline": OKABE_ITO["vermillion"], "report": OKABE_ITO["green"],
               "enforcement": OKABE_ITO["purple"], "press": OKABE_ITO["sky"]}
METRIC_LABEL = {
    "valid_work_permits": "valid work permits", "new_work_permits": "new work permits",
    "student_visa_arrivals": "arrivals on student visas", "visas_issued": "visas issued",
    "share_of_repatriations": "share of all repatriations", "share_repatriated": "share sent home",
    "share_remitted": "share of earnings taken by the state", "repatriated": "workers sent home",
    "workers_remaining": "workers remaining", "new_arrivals": "new arrivals",
    "annual_revenue": "revenue to Pyongyang a year", "workers_present": "workers present",
}
UNIT_LABEL = {"people": "people", "permits": "permits", "visas": "visas", "usd": "US dollars a year",
              "percent": "percent"}
# How far "nearly" or "about" may sit from a computed value and still be fair wording:
# an analyst's judgement, stated in notebook 02.
TOLERANCE = 0.10
NEARLY = ("nearly", "almost", "close to", "just under")

_RC = {
    "figure.dpi": 100, "savefig.dpi": 144, "figure.figsize": SIZES["notebook"],
    "figure.facecolor": "white", "savefig.facecolor": "white", "savefig.bbox": None,
    "font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"], "font.size": _BASE["label"],
    "axes.titlesize": _BASE["label"], "axes.labelsize": _BASE["label"], "axes.titlelocation": "left",
    "axes.edgecolor": MUTED, "axes.labelcolor": INK, "axes.spines.top": False, "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE), "grid.color": GRID,
    "xtick.labelsize": _BASE["tick"], "ytick.labelsize": _BASE["tick"], "xtick.color": INK, "ytick.color": INK,
    "legend.fontsize": _BASE["legend"], "legend.frameon": False,
    "text.color": INK, "text.parse_math": False, "axes.formatter.use_locale": False,
    "svg.hashsalt": "dprk-workers-abroad", "svg.fonttype": "path", "pdf.fonttype": 42,
    "image.cmap": "cividis",
}


def setup() -> None:
    """Pin the house style (rcParams, seaborn theme, pandas display) so a personal
    matplotlibrc cannot change a chart or a notebook output. Idempotent."""
    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, rc=_RC)
    matplotlib.rcParams.update(_RC)
    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", 120)
    pd.set_option("display.max_columns", 40)
    pd.set_option("display.float_format", _fmt_float)
    _inline_uncropped()


def _inline_uncropped() -> None:
    """In a notebook, show figures whole, exactly as exported: the inline backend's
    default tight cropping would cut the title and source line drawn at the edges."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    if get_ipython() is None or "inline" not in str(matplotlib.rcParams["backend"]):
        return
    from matplotlib_inline.backend_inline import set_matplotlib_formats

    set_matplotlib_formats("png", bbox_inches=None)


def _fmt_float(v: float) -> str:
    s = f"{v:,.2f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


@dataclass(frozen=True)
class _Fonts:
    title: float
    subtitle: float
    label: float
    tick: float
    value: float
    source: float
    legend: float


def _fonts(size: str) -> _Fonts:
    k = _SCALE[size]
    return _Fonts(**{name: round(v * k, 1) for name, v in _BASE.items()})


# ------------------------------------------------------------------ the Chart record
@dataclass(frozen=True)
class Chart:
    slug: str
    draw: Callable[[dict[str, pd.DataFrame], str], Figure]
    data: Callable[[dict[str, pd.DataFrame]], pd.DataFrame]
    caption: Callable[[dict[str, pd.DataFrame]], str]
    notebook: str = ""

    def __repr__(self) -> str:  # no function addresses in notebook outputs
        return f"Chart({self.slug!r})"


def _tables(t: dict[str, pd.DataFrame] | None) -> dict[str, pd.DataFrame]:
    if t is None:
        from . import tables

        t = tables.all_tables()
    return t


# ------------------------------------------------------------------ formatting
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_date(d: object) -> str:
    """'2019-03-26' -> '26 Mar 2019', '2021-07' -> 'Jul 2021', '2018' -> '2018'."""
    if d is None or (isinstance(d, float) and np.isnan(d)):
        return "undated"
    parts = str(d).split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def fmt_value(v: float, unit: str, compact: bool = True) -> str:
    """A number in its unit, for labels and axes: 12,345; $12m; 61.7%."""
    if v is None or pd.isna(v):
        return ""
    if unit == "usd":
        if abs(v) >= 1e9:
            return f"${v / 1e9:,.1f}bn"
        if abs(v) >= 1e6:
            m = v / 1e6
            return f"${m:,.0f}m" if compact or m == round(m) else f"${m:,.1f}m"
        return f"${v:,.0f}"
    if unit == "percent":
        return f"{v:.1f}%".replace(".0%", "%")
    return f"{v:,.0f}"


def says(row: pd.Series) -> str:
    """What the article said, as written: qualifier and figure ('some 12,000'); number
    words in lower case ('Half' in a headline reads 'half')."""
    text = str(row["text"]).replace("\\$", "$")
    if text.replace("-", "").isalpha():
        text = text.lower()
    q = row.get("qualifier")
    if q is None or pd.isna(q) or q in ("between",) or text.lower().startswith(str(q).lower()):
        return text
    return f"{q} {text}"


def _outlets(rows: pd.DataFrame) -> list[tuple[str, str]]:
    pairs = rows[["outlet", "published"]].drop_duplicates().sort_values(["published", "outlet"], kind="stable")
    return [(o, p) for o, p in pairs.itertuples(index=False)]


def source_line(rows: pd.DataFrame, what: str = "Sources") -> str:
    """'Sources: ADR Daily, 2018; The Moscow Times, 26 Mar 2019.' from the rows plotted."""
    parts = [f"{o}, {fmt_date(p)}" for o, p in _outlets(rows)]
    label = what if len(parts) != 1 else what.rstrip("s")
    return f"{label}: " + "; ".join(parts) + ". Figures as extracted and curated in data/tables."


def _period(years: Iterable) -> str:
    ys = sorted({int(y) for y in years if not pd.isna(y)})
    if not ys:
        return ""
    return str(ys[0]) if ys[0] == ys[-1] else f"{ys[0]}-{ys[-1]}"


def _slug(*parts: object) -> str:
    s = "-".join(str(p) for p in parts if p not in (None, ""))
    return "".join(c if c.isalnum() or c == "-" else "-" for c in s.lower()).strip("-").replace("--", "-")


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ------------------------------------------------------------------ figure scaffolding
def _measure() -> RendererAgg:
    return RendererAgg(8, 8, matplotlib.rcParams["figure.dpi"])


# Hinted glyph widths vary by a few percent with the resolution, so text is measured at
# every resolution a chart is drawn at (notebook, export PNG, SVG/PDF, a quick 70 dpi look)
# and the widest kept: a label that fits when measured fits in every file.
_MEASURE_DPI = (70, 72, 100, 144, 220)


@lru_cache(maxsize=8192)
def _width_in(text: str, fontsize: float, weight: str = "normal") -> float:
    """Width of one line of text in inches, in the house font, at its widest over the
    resolutions charts are drawn at (cached: measuring is slow)."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(family="DejaVu Sans", size=fontsize, weight=weight)
    return max(_renderer(dpi).get_text_width_height_descent(text or " ", prop, ismath=False)[0] / dpi
               for dpi in _MEASURE_DPI)


@lru_cache(maxsize=8)
def _renderer(dpi: int) -> RendererAgg:
    return RendererAgg(8, 8, dpi)


def _wrap(text: str, fontsize: float, width_in: float, weight: str = "normal") -> str:
    """Greedy word wrap to a width in inches, measured with the real font."""
    space = _width_in("a a", fontsize, weight) - _width_in("aa", fontsize, weight)
    lines: list[str] = []
    for para in text.split("\n"):
        cur, cur_w = "", 0.0
        for word in para.split(" "):
            w = _width_in(word, fontsize, weight)
            if cur and cur_w + space + w > width_in * 0.98:
                lines.append(cur)
                cur, cur_w = word, w
            else:
                cur, cur_w = (f"{cur} {word}", cur_w + space + w) if cur else (word, w)
        lines.append(cur)
    return "\n".join(lines)


def _figure(size: str, nrows: int = 1, ncols: int = 1, **kw) -> tuple[Figure, np.ndarray]:
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    setup()
    fig = plt.figure(figsize=SIZES[size], layout="constrained")
    fig.get_layout_engine().set(w_pad=0.06, h_pad=0.06, wspace=0.04, hspace=0.04)
    axes = fig.subplots(nrows, ncols, squeeze=False, **kw)
    fs = _fonts(size)
    for ax in axes.flat:
        ax.tick_params(labelsize=fs.tick)
        ax.xaxis.label.set_size(fs.label)
        ax.yaxis.label.set_size(fs.label)
    return fig, axes


def _frame(fig: Figure, size: str, title: str, subtitle: str, source: str) -> None:
    """Title, subtitle and legend (if `_legend` gave one) at the top, source line at the
    bottom, all inside the image; the constrained layout fits the axes between them."""
    fs = _fonts(size)
    W, H = fig.get_size_inches()
    padx, pady = 0.16, 0.12
    width = W - 2 * padx
    r = _measure()

    def put(y_in: float, text: str, size_pt: float, va: str, gid: str, **kw) -> float:
        t = fig.text(padx / W, y_in / H, text, ha="left", va=va, fontsize=size_pt, gid=gid, **kw)
        return t.get_window_extent(r).height / r.dpi

    top = H - pady
    top -= put(top, _wrap(title, fs.title, width, "bold"), fs.title, "top", "title", weight="bold", color=INK)
    top -= 0.05
    top -= put(top, _wrap(subtitle, fs.subtitle, width), fs.subtitle, "top", "subtitle", color=MUTED)
    top -= 0.08
    handles, ncols = getattr(fig, "_house_legend", ([], None))
    if handles:
        n = ncols or len(handles)
        while True:
            leg = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=((padx - 0.06) / W, top / H),
                             ncols=n, fontsize=fs.legend, handlelength=1.6, columnspacing=1.2, borderaxespad=0,
                             borderpad=0.2, handletextpad=0.5)
            bb = leg.get_window_extent(r)
            if bb.width / r.dpi * 1.08 <= width or n == 1:   # text runs a little wider at some dpi
                break
            leg.remove()
            n -= 1
        top -= bb.height / r.dpi + 0.06
    top -= 0.06
    bottom = pady + put(pady, _wrap(source, fs.source, width), fs.source, "bottom", "source", color=MUTED) + 0.1
    fig.get_layout_engine().set(rect=(0.0, bottom / H, 1.0, (top - bottom) / H))


def _legend(fig: Figure, handles: list, size: str, ncols: int | None = None) -> None:
    """Legend handles for `_frame` to place under the subtitle (at most `ncols` columns,
    fewer if they do not fit the width)."""
    fig._house_legend = (handles, ncols)


def _kind_handles(kinds: Iterable[str], labels: dict[str, str] | None = None) -> list:
    out = []
    for k in KIND_STYLE:
        if k not in set(kinds):
            continue
        st = KIND_STYLE[k]
        lab = (labels or {}).get(k, st["label"])
        if k in ("range", "lower bound", "upper bound"):
            out.append(Line2D([], [], color=st["color"], lw=3, marker="|", markersize=12, mew=2.5, label=lab))
        else:
            out.append(Line2D([], [], ls="none", marker=st["marker"], markersize=9, mew=2, color=st["color"],
                              mfc=st["color"] if st["filled"] else "white", label=lab))
    return out


def _unit_axis(axis, unit: str) -> None:
    axis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_value(v, unit)))
    axis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))


def _fade(ax, a: tuple[float, float], b: tuple[float, float], color: str, lw: float, span: float | None = None,
          _entry: dict | None = None) -> None:
    """A line from a to b fading out, with an arrowhead near a: the open side of a bound.
    Registered on the axes so `_refade` can stretch it to a widened axis and size its
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


def _refade(ax, stretch: bool = True) -> None:
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
        _fade(ax, a, e["b"], e["color"], e["lw"], span=e["span"], _entry=e)


def _interval(ax, pos: float, row: pd.Series, lim: tuple[float, float], size: str,
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
        _fade(ax, xy(v), xy(lim[1]), c, lw * 1.6, span=lim[1] - lim[0])
        mark(v, "|", True)
        return v, lim[1]
    if kind == "upper bound":
        v = point if not pd.isna(point) else hi
        _fade(ax, xy(v), xy(lim[0]), c, lw * 1.6, span=lim[1] - lim[0])
        mark(v, "|", True)
        return lim[0], v
    mark(point, st["marker"], st["filled"])
    return point, point


def _text_px(text: str, fontsize: float, r, weight: str = "normal") -> float:
    return max(_width_in(line, fontsize, weight) for line in text.split("\n")) * r.dpi


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


# ------------------------------------------------------------------ label placement
Bbox = matplotlib.transforms.Bbox
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
    """Height in pixels of a label of this many lines, as `_inline_labels` draws it."""
    t = matplotlib.text.Text(0, 0, "\n".join(["lp"] * lines), fontsize=fontsize, weight=weight, linespacing=1.1,
                             fontfamily="DejaVu Sans")
    t.figure = Figure(dpi=dpi)
    return t.get_window_extent(RendererAgg(8, 8, dpi)).height


def _inline_labels(ax, specs: list[dict], fontsize: float, grow: bool | float = True, stretch: bool = True) -> None:
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
        _refade(ax, stretch)
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
    """Where one inline label goes (see `_inline_labels`); also, when it fits nowhere on
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
        return _text_px(text, fontsize, r, weight), _line_height_px(fontsize, weight, text.count("\n") + 1, r.dpi)

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
                wrapped = _wrap(text, fontsize, space / r.dpi, weight)
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
        for cand in dict.fromkeys((text, _wrap(text, fontsize, spare / r.dpi, weight))):
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


_ORDER = {"lower bound": ("left", "over"), "upper bound": ("right", "over left"), "range": ("right", "left")}


def _who(r: pd.Series, t: dict, lines: int = 1) -> str:
    """Who said it and when: 'ADR Daily (CNN), 2018'; the agency only when it is short."""
    src = t["sources"]
    hit = src.loc[src["source"] == r["source"], "agency"] if "source" in r else src.loc[src["outlet"] == r["outlet"], "agency"]
    ag = hit.iloc[0] if len(hit) else None
    who = str(r["outlet"]) + (f" ({ag})" if isinstance(ag, str) and len(ag) <= 10 and ag != r["outlet"] else "")
    return f"{who}\n{fmt_date(r['published'])}" if lines > 1 else f"{who}, {fmt_date(r['published'])}"


def _draw_rows(ax, g: pd.DataFrame, size: str, lim: tuple[float, float], label: Callable[[pd.Series], str],
               text: Callable[[pd.Series], str], group: Callable[[pd.Series], str] | None = None) -> list[dict]:
    """One row per figure on a horizontal value axis, grouped under bold headers drawn
    inside the axes; returns the inline label specs for `_inline_labels`."""
    fs = _fonts(size)
    specs, ticks, labels = [], [], []
    y, prev = 0, None
    header_tf = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
    for _, r in g.iterrows():
        if group is not None and group(r) != prev:
            prev = group(r)
            ax.text(0.005, y, prev, transform=header_tf, ha="left", va="center", fontsize=fs.label, weight="bold",
                    color=INK, zorder=6, gid="group-header").set_in_layout(False)
            y += 1
        left, right = _interval(ax, y, r, lim, size)
        specs.append({"y": y, "left": left, "right": right, "text": text(r),
                      "order": _ORDER.get(r["kind"], ("right", "left")),
                      "gap": 6 if r["kind"] in _ORDER else 10,
                      "color": KIND_STYLE.get(r["kind"], KIND_STYLE["reported"])["color"]})
        ticks.append(y)
        labels.append(label(r))
        y += 1
    ax.set_yticks(ticks, labels, fontsize=fs.tick)
    ax.set_ylim(y - 0.4, -0.6)
    ax.set_xlim(*lim)
    ax.grid(axis="y", visible=False)
    return specs


def _place_labels(ax, items: list[dict], fontsize: float, avoid: list | None = None) -> None:
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
        it["_own"] = matplotlib.transforms.Bbox([[x - rad, y - rad], [x + rad, y + rad]])
        taken.append(it["_own"])
    for line in ax.get_lines():
        xs, ys = line.get_xdata(), line.get_ydata()
        if len(xs) < 2 or line.get_linestyle() in ("None", "none", ""):
            continue
        for i in range(len(xs) - 1):
            for f in np.linspace(0, 1, 12):
                px, py = ax.transData.transform((xs[i] + f * (xs[i + 1] - xs[i]), ys[i] + f * (ys[i + 1] - ys[i])))
                taken.append(matplotlib.transforms.Bbox([[px - 2, py - 2], [px + 2, py + 2]]))
    taken += [o for k, o in _obstacles(ax, r) if k in ("fade", "arrow", "bar")]
    for a in avoid or []:
        taken.append(a.get_window_extent(r))
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


# ================================================================== 01 sources
def sources_overview(t: dict | None = None) -> pd.DataFrame:
    """The articles: who, when, and how the date is known, with figure counts."""
    s = _tables(t)["sources"]
    cols = ["source", "outlet", "agency", "published", "date_precision", "date_basis", "date_clue", "figures",
            "curated", "rejected", "chars", "boilerplate_chars"]
    return s[cols].sort_values(["published", "source"], kind="stable").reset_index(drop=True)


def curated_figures(t: dict | None = None) -> pd.DataFrame:
    """Figures an analyst confirmed, corrected or added, with the reason."""
    f = _tables(t)["figures"]
    cols = ["figure_id", "text", "metric", "country", "year", "curation", "curation_note"]
    return f.loc[f["curation"].notna(), cols].reset_index(drop=True)


def boilerplate_cuts(t: dict | None = None) -> pd.DataFrame:
    """What was cut from each article as page furniture, with the outlet."""
    t = _tables(t)
    b = t["boilerplate"].merge(t["sources"][["source", "outlet"]], on="source", how="left")
    return b[["source", "outlet", "why", "chars", "excerpt"]]


def _by_source_country(t: dict) -> pd.DataFrame:
    f = t["figures"]
    g = (f.groupby(["source", "outlet", "published", "country", "country_name"], dropna=False, sort=False)
         .size().rename("figures").reset_index())
    totals = f.groupby("country", sort=False).size().rename("_n")
    g = g.join(totals, on="country").sort_values(["published", "source", "_n", "country"],
                                                 ascending=[True, True, False, True], kind="stable")
    return g.drop(columns="_n").reset_index(drop=True)


def _sources_facts(t: dict) -> dict:
    d = _by_source_country(t)
    by_c = d.groupby("country_name", sort=False)["figures"].sum().sort_values(ascending=False, kind="stable")
    by_s = d.groupby("outlet", sort=False)["figures"].sum().sort_values(ascending=False, kind="stable")
    return {"n": int(d["figures"].sum()), "k": int(t["sources"].shape[0]), "top_c": by_c.index[0],
            "top_c_n": int(by_c.iloc[0]), "top_s": by_s.index[0], "top_s_n": int(by_s.iloc[0]),
            "countries": int(d.loc[d["country"] != "WLD", "country"].nunique()),
            "first": t["sources"]["published"].min(), "last": t["sources"]["published"].max(),
            "curated": int(t["sources"]["curated"].sum()), "rejected": int(t["sources"]["rejected"].sum()),
            "cut": int(t["boilerplate"]["chars"].sum()), "chars": int(t["sources"]["chars"].sum())}


def sources_answer(t: dict | None = None) -> str:
    """Notebook 01's answer in one line, from the tables."""
    x = _sources_facts(_tables(t))
    return (f"{x['k']} articles published {fmt_date(x['first'])} to {fmt_date(x['last'])} give {x['n']} figures "
            f"({x['curated']} confirmed, corrected or added by hand; {x['rejected']} rejected); {x['top_c_n']} are about "
            f"{x['top_c']}, and {fmt_value(x['cut'], 'people')} of {fmt_value(x['chars'], 'people')} characters were "
            f"cut as page furniture.")


def figures_by_source(t: dict | None = None) -> Chart:
    t = _tables(t)
    years = t["sources"]["published"].str[:4]

    def data(t: dict) -> pd.DataFrame:
        return _by_source_country(t)

    def draw(t: dict, size: str) -> Figure:
        d = _by_source_country(t)
        x = _sources_facts(t)
        fs = _fonts(size)
        fig, axes = _figure(size)
        ax = axes[0, 0]
        s = t["sources"].sort_values(["published", "source"], kind="stable")
        col_order = list(d.groupby("country_name", sort=False)["figures"].sum()
                         .sort_values(ascending=False, kind="stable").index)
        m = (d.pivot_table(index="source", columns="country_name", values="figures", aggfunc="sum", fill_value=0)
             .reindex(index=s["source"], columns=col_order, fill_value=0))
        ylab = [f"{_who(r, t, 1).rsplit(', ', 1)[0]}\n{fmt_date(r['published'])} · {int(r['figures'])} figures"
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
        title = (f"{x['top_c_n']} of {x['n']} figures are about {x['top_c']}; "
                 f"{x['top_s']} supplies the most ({x['top_s_n']})")
        sub = (f"Figures per article (rows) and country (columns), after curation; {x['k']} articles "
               f"published {_period(years)}")
        _frame(fig, size, title, sub, source_line(t["figures"], "Articles"))
        # column labels sit level where each fits its column, else they slant
        fig.draw_without_rendering()
        r = fig._get_renderer()
        col_px = ax.get_window_extent(r).width / max(len(xlab), 1)
        if any(_text_px(lab, xfs, r) > col_px - 4 * r.dpi / 72 for lab in xlab):
            ax.set_xticks(np.arange(len(xlab)) + 0.5, list(m.columns), rotation=40, fontsize=xfs, ha="left",
                          rotation_mode="anchor")
        return fig

    def caption(t: dict) -> str:
        x = _sources_facts(t)
        return (f"The corpus holds {x['n']} figures from {x['k']} articles published between "
                f"{fmt_date(x['first'])} and {fmt_date(x['last'])}, about {x['countries']} countries and the "
                f"worldwide total. {x['top_c']} is the subject of {x['top_c_n']} of them, and {x['top_s']} alone "
                f"supplies {x['top_s_n']}.")

    return Chart(_slug("figures-by-source-and-country", _period(years)), draw, data, caption, "01-sources")


# ================================================================== 02 Russia's decline
STOCK_METRICS = ("valid_work_permits", "workers_remaining", "workers_present")
FLOW_METRICS = ("new_arrivals", "new_work_permits", "student_visa_arrivals", "visas_issued")


def _russia(t: dict, metrics: tuple[str, ...]) -> pd.DataFrame:
    f = t["figures"]
    rows = f[(f["country"] == "RUS") & f["metric"].isin(metrics)].copy()
    rows["says"] = rows.apply(says, axis=1) if len(rows) else pd.Series(dtype="str")
    rows["series"] = np.where(rows["kind"] == "reported", "official count", rows["kind"])
    cols = ["year", "metric", "series", "kind", "says", "value", "low", "high", "unit", "outlet", "published",
            "source", "figure_id", "quote"]
    return rows.sort_values(["year", "metric", "kind", "published"], kind="stable")[cols].reset_index(drop=True)


def russia_flows(t: dict | None = None) -> pd.DataFrame:
    """Arrivals, permits and visas issued: flows, not stocks, so not on the stock chart."""
    return _russia(_tables(t), FLOW_METRICS)


def russia_decline(t: dict | None = None) -> pd.DataFrame:
    """The fall in Russia's official count of valid work permits, computed from the
    table: first and last year, absolute and percent, with the sources that give them."""
    t = _tables(t)
    f = t["figures"]
    p = f[(f["country"] == "RUS") & (f["metric"] == "valid_work_permits") & (f["kind"] == "reported")]
    by_year = p.groupby("year").agg(value=("value", "first"), values=("value", "nunique"))
    y0, y1 = int(by_year.index.min()), int(by_year.index.max())
    v0, v1 = float(by_year.loc[y0, "value"]), float(by_year.loc[y1, "value"])
    return pd.DataFrame([{
        "metric": "valid_work_permits", "from_year": y0, "from_value": v0, "to_year": y1, "to_value": v1,
        "decline": v0 - v1, "decline_pct": round(100 * (v0 - v1) / v0, 2),
        "sources_agree": bool((by_year["values"] == 1).all()),
        "sources": int(p["source"].nunique()), "outlets": "; ".join(sorted(set(p["outlet"]))),
    }])


def _rule(kind: str, qualifier: object) -> tuple[str, Callable[[float, float], bool], tuple[float, float]]:
    """The wording's meaning as a test on a computed value, and the band it allows
    (relative to the stated value; infinite for the open side of a bound)."""
    q = "" if qualifier is None or pd.isna(qualifier) else str(qualifier)
    tol = int(round(TOLERANCE * 100))
    if kind == "lower bound":
        return "above the stated value", lambda c, s: c > s, (0.0, np.inf)
    if kind == "upper bound":
        return "below the stated value", lambda c, s: c < s, (-np.inf, 0.0)
    if kind == "estimate" and q in NEARLY:
        return f"at most {tol}% below the stated value", lambda c, s: s * (1 - TOLERANCE) <= c <= s, (-TOLERANCE, 0.0)
    if kind == "estimate":
        return (f"within {tol}% of the stated value", lambda c, s: abs(c - s) <= TOLERANCE * s,
                (-TOLERANCE, TOLERANCE))
    return "equal after rounding", lambda c, s: abs(c - s) < 0.5, (0.0, 0.0)


def russia_wording_check(t: dict | None = None) -> pd.DataFrame:
    """Each article's wording about Russia's repatriations, against the value computed
    from the permit counts: claim, stated value, computed value, consistent yes/no."""
    t = _tables(t)
    f = t["figures"]
    d = russia_decline(t).iloc[0]
    rows = []
    claims = f[(f["country"] == "RUS") & f["metric"].isin(["share_repatriated", "share_of_repatriations"])]
    world = f[(f["country"] == "WLD") & (f["metric"] == "repatriated") & (f["kind"] == "reported")]
    for _, r in claims.iterrows():
        if r["metric"] == "share_repatriated":
            computed = d["decline_pct"]
            basis = (f"fall in valid permits {d['from_year']}-{d['to_year']}: {fmt_value(d['decline'], 'people')} "
                     f"of {fmt_value(d['from_value'], 'people')}")
        elif len(world):
            w = world.sort_values("published", kind="stable").iloc[-1]
            computed = round(100 * d["decline"] / w["value"], 2)
            basis = (f"fall in valid permits ({fmt_value(d['decline'], 'people')}) as a share of the "
                     f"{fmt_value(w['value'], 'people')} repatriated worldwide ({w['outlet']})")
        else:
            continue
        stated = r["value"] if not pd.isna(r["value"]) else r["low"]
        rule, test, _band = _rule(r["kind"], r["qualifier"])
        rows.append({"claim": says(r), "outlet": r["outlet"], "published": r["published"], "metric": r["metric"],
                     "kind": r["kind"], "stated": stated, "rule": rule, "computed_from": basis,
                     "computed": computed, "consistent": "yes" if test(computed, stated) else "no",
                     "figure_id": r["figure_id"], "source": r["source"]})
    return pd.DataFrame(rows)


def russia_answer(t: dict | None = None) -> str:
    """Notebook 02's answer in one line, from the tables."""
    t = _tables(t)
    d = russia_decline(t).iloc[0]
    c = russia_wording_check(t)
    ok = c[c["consistent"] == "yes"]["claim"].map(lambda x: f"“{x}”").tolist()
    bad = c[c["consistent"] != "yes"]["claim"].map(lambda x: f"“{x}”").tolist()
    out = (f"Valid work permits fell from {fmt_value(d['from_value'], 'people')} ({d['from_year']}) to "
           f"{fmt_value(d['to_value'], 'people')} ({d['to_year']}): {fmt_value(d['decline'], 'people')} fewer, "
           f"{d['decline_pct']:.1f}%. ")
    out += f"That bears out {_join(ok)}" if ok else "It bears out none of the articles' wording"
    out += f", but not {_join(bad)}." if bad else "."
    return out


def russia_counts(t: dict | None = None) -> Chart:
    t = _tables(t)
    rows0 = _russia(t, STOCK_METRICS)

    def data(t: dict) -> pd.DataFrame:
        return _russia(t, STOCK_METRICS)

    def draw(t: dict, size: str) -> Figure:
        rows = _russia(t, STOCK_METRICS)
        d = russia_decline(t).iloc[0]
        fs = _fonts(size)
        fig, axes = _figure(size)
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
            lo_, hi_ = _interval(ax, x, r, lim, size, horizontal=False)
            v = r["value"] if not pd.isna(r["value"]) else (lo_ + hi_) / 2
            who = _who(r, t).rsplit(", ", 1)[0]
            if size == "half":
                who = textwrap.fill(who, 16)
            items.append({"xy": (x, v), "text": f"{r['says']}\n{who}", "color": KIND_STYLE[r["kind"]]["color"],
                          "prefer": ["right", "above right", "below right", "above", "below"]})
        ax.set_xlim(years[0] - 0.75, years[-1] + 0.75)
        ax.set_ylim(*lim)
        ax.xaxis.set_major_locator(FixedLocator(years))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{int(round(v))}"))
        _unit_axis(ax.yaxis, "people")
        ax.set_ylabel("people or valid permits")
        ax.grid(axis="x", visible=False)
        kinds = sorted(set(rows["kind"]), key=list(KIND_STYLE).index)
        handles = _kind_handles(kinds, {"reported": "official count reported by Russia (filled)",
                                        "estimate": "estimate by others (hollow)"})
        _legend(fig, handles, size)
        title = (f"Russia's official count of North Koreans with valid work permits fell "
                 f"{d['decline_pct']:.1f}%, from {fmt_value(d['from_value'], 'people')} ({d['from_year']}) "
                 f"to {fmt_value(d['to_value'], 'people')} ({d['to_year']})")
        sub = (f"North Koreans in Russia, by the year each figure describes ({_period(rows['year'])}): Russia's "
               f"official counts beside other sources' estimates of the workforce")
        _frame(fig, size, title, sub, source_line(rows))
        _place_labels(ax, items, fs.value)
        return fig

    def caption(t: dict) -> str:
        d = russia_decline(t).iloc[0]
        rows = _russia(t, STOCK_METRICS)
        later = rows[(rows["kind"] == "reported") & (rows["year"] > d["to_year"])]
        est = rows[rows["kind"] != "reported"]
        s1 = (f"Russia reported {fmt_value(d['from_value'], 'people')} North Koreans with valid work permits in "
              f"{d['from_year']} and {fmt_value(d['to_value'], 'people')} in {d['to_year']}, a fall of "
              f"{fmt_value(d['decline'], 'people')} ({d['decline_pct']:.1f}%)")
        if len(later):
            lr = later.sort_values("year").iloc[-1]
            s1 += f", and {fmt_value(lr['value'], 'people')} {METRIC_LABEL[lr['metric']]} in {lr['year']}"
        ests = _join(sorted({f"“{r['says']}”" for _, r in est.iterrows()}))
        after = rows[(rows["kind"] == "reported") & (rows["year"] > d["from_year"])]["value"]
        above = len(est) and len(after) and est["value"].min() > after.max()
        s2 = (f"Other sources' estimates of the workforce ({ests}) "
              + (f"sit above every official count after {d['from_year']}." if above
                 else "overlap the official counts."))
        return s1 + ". " + s2

    return Chart(_slug("russia-official-counts-vs-estimates", _period(rows0["year"])), draw, data, caption,
                 "02-russia-decline")


def _band(stated: float, band: tuple[float, float], lim: tuple[float, float]) -> tuple[float, float]:
    lo = lim[0] if np.isinf(band[0]) else stated * (1 + band[0])
    hi = lim[1] if np.isinf(band[1]) else stated * (1 + band[1])
    return lo, hi


def russia_wording_chart(t: dict | None = None) -> Chart:
    t = _tables(t)
    d0 = russia_decline(t).iloc[0]

    def data(t: dict) -> pd.DataFrame:
        return russia_wording_check(t)

    def draw(t: dict, size: str) -> Figure:
        c = russia_wording_check(t)
        d = russia_decline(t).iloc[0]
        fs = _fonts(size)
        fig, axes = _figure(size)
        ax = axes[0, 0]
        lim = (0.0, 100.0)
        f = t["figures"]
        qual = f.set_index("figure_id")["qualifier"]
        specs = []
        for i, r in c.iterrows():
            _rtext, _test, band = _rule(r["kind"], qual.get(r["figure_id"]))
            lo, hi = _band(r["stated"], band, lim)
            color = KIND_STYLE[r["kind"]]["color"]
            ax.barh(i, max(hi - lo, 0.6), left=lo if hi > lo else lo - 0.3, height=0.7, color=color, alpha=0.16,
                    zorder=1, lw=0)
            row = pd.Series({"kind": r["kind"], "point": r["stated"], "low": r["stated"], "high": r["stated"]})
            left, right = _interval(ax, i - 0.12, row, lim, size)
            ax.plot([r["computed"]] * 2, [i - 0.33, i + 0.33], color=INK, lw=3.2, zorder=5, solid_capstyle="butt")
            ok = r["consistent"] == "yes"
            specs.append({"y": i - 0.12, "left": left, "right": right, "text": f"stated: {r['claim']}", "color": color,
                          "wrap": True,
                          "order": _ORDER.get(r["kind"], ("right", "left")), "gap": 6 if r["kind"] in _ORDER else 10})
            specs.append({"y": i + 0.2, "left": r["computed"], "right": r["computed"], "weight": "bold", "wrap": True,
                          "text": f"computed {fmt_value(r['computed'], 'percent')}: "
                                  f"{'consistent' if ok else 'NOT consistent'}",
                          "color": OKABE_ITO["green"] if ok else OKABE_ITO["vermillion"]})
        width = 20 if size == "half" else 40
        labels = [textwrap.fill(_who(r, t).rsplit(", ", 1)[0], width) + f"\n{fmt_date(r['published'])}: "
                  f"{METRIC_LABEL[r['metric']]}" for _, r in c.iterrows()]
        ax.set_yticks(range(len(c)), labels, fontsize=fs.tick)
        ax.set_ylim(len(c) - 0.45, -0.55)
        ax.set_xlim(*lim)
        _unit_axis(ax.xaxis, "percent")
        ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        ax.grid(axis="y", visible=False)
        kinds = sorted(set(c["kind"]), key=list(KIND_STYLE).index)
        handles = [*_kind_handles(kinds, {"estimate": "stated: nearly, about", "lower bound": "stated: over, more than"}),
                   Line2D([], [], color=INK, lw=3, label="computed from the counts"),
                   Patch(facecolor=MUTED, alpha=0.25, label="values the wording allows")]
        _legend(fig, handles, size)
        n_ok = int((c["consistent"] == "yes").sum())
        verdict = "bears out" if n_ok == len(c) else "does not bear out all of"
        title = (f"The {d['decline_pct']:.1f}% fall in Russia's permit count {verdict} the articles' wording: "
                 f"{n_ok} of {len(c)} claims consistent")
        sub = (f"Share of North Korean workers in Russia sent home ({d['from_year']}-{d['to_year']}), as the articles "
               f"word it and as computed from the counts; 'nearly' and 'about' may be {int(round(TOLERANCE * 100))}% off")
        rows = f[f["figure_id"].isin(c["figure_id"]) | ((f["country"] == "RUS") & (f["metric"] == "valid_work_permits"))]
        _frame(fig, size, title, sub, source_line(rows))
        _inline_labels(ax, specs, fs.value, grow=False)
        return fig

    def caption(t: dict) -> str:
        c = russia_wording_check(t)
        d = russia_decline(t).iloc[0]
        ok = c[c["consistent"] == "yes"]
        bad = c[c["consistent"] != "yes"]
        s1 = (f"Computed from Russia's own counts, {fmt_value(d['decline'], 'people')} of "
              f"{fmt_value(d['from_value'], 'people')} valid work permits ({d['decline_pct']:.1f}%) disappeared between "
              f"{d['from_year']} and {d['to_year']}.")
        s2 = (f"That is consistent with {_join(['“' + x + '”' for x in ok['claim']]) or 'none of the wording'}"
              + (f" but not with {_join(['“' + x + '”' for x in bad['claim']])}" if len(bad) else "") + ".")
        return s1 + " " + s2

    return Chart(_slug("russia-permit-decline-vs-wording", d0["from_year"], d0["to_year"]), draw, data, caption,
                 "02-russia-decline")


# ================================================================== 03 estimate ranges
def estimate_quantities(t: dict | None = None) -> pd.DataFrame:
    """Which quantities have disagreement or uncertainty to show: more than one source,
    or a single source giving a range or bound. The rest are listed with the reason."""
    e = _tables(t)["estimate_ranges"]
    rows = []
    for q, g in e.groupby("quantity", sort=False):
        n_src = g["source"].nunique()
        open_or_range = bool(g["kind"].isin(["range", "lower bound", "upper bound"]).any())
        shown = n_src > 1 or open_or_range
        if shown:
            why = f"{n_src} sources" if n_src > 1 else "one source, giving a range or bound"
        else:
            why = "one source, points for different years: a change over time, not a disagreement"
        rows.append({"quantity": q, "metric": g["metric"].iloc[0], "country": g["country"].iloc[0],
                     "country_name": g["country_name"].iloc[0], "unit": g["unit"].iloc[0], "figures": len(g),
                     "sources": n_src, "charted": shown, "why": why})
    return pd.DataFrame(rows)


def _estimate_rows(t: dict, units: tuple[str, ...]) -> pd.DataFrame:
    e = t["estimate_ranges"]
    q = estimate_quantities(t)
    keep = q.loc[q["charted"] & q["unit"].isin(units), "quantity"]
    rows = e[e["quantity"].isin(keep)].copy()
    rows["says"] = rows.apply(says, axis=1) if len(rows) else pd.Series(dtype="str")
    rows["_c"] = np.where(rows["country"] == "WLD", "", rows["country_name"])  # worldwide first
    rows["_m"] = rows["metric"].map({m: i for i, m in enumerate(dict.fromkeys(e["metric"]))})
    rows["_u"] = rows["unit"].map({u: i for i, u in enumerate(units)})
    rows = rows.sort_values(["_u", "_m", "_c", "published", "source", "year"], kind="stable")
    cols = ["quantity", "metric", "country", "country_name", "unit", "year", "kind", "qualifier", "says", "point", "low",
            "high", "outlet", "published", "source", "figure_id", "quote"]
    return rows[cols].reset_index(drop=True)


def _spread(g: pd.DataFrame) -> dict:
    lows = g["low"].where(g["low"].notna(), g["point"])
    highs = g["high"].where(g["high"].notna(), g["point"])
    # on a tie the open end wins: "more than $500m" says more than "$500m"
    hi_c, lo_c = g[highs == highs.max()], g[lows == lows.min()]
    hi_r = hi_c.iloc[int(np.argmax(hi_c["kind"].eq("lower bound").to_numpy()))]
    lo_r = lo_c.iloc[int(np.argmax(lo_c["kind"].eq("upper bound").to_numpy()))]
    lo_v, hi_v = float(lows.min()), float(highs.max())
    unit = g["unit"].iloc[0]
    lo_txt = ("up to " if lo_r["kind"] == "upper bound" else "") + fmt_value(lo_v, unit)
    hi_txt = (f"{hi_r['qualifier']} " if hi_r["kind"] == "lower bound" else "") + fmt_value(hi_v, unit)
    agree = bool(g["point"].notna().all() and g["point"].nunique() == 1
                 and g["kind"].isin(["reported", "estimate"]).all())
    return {"lo": lo_v, "hi": hi_v, "lo_txt": lo_txt, "hi_txt": hi_txt, "ratio": hi_v / lo_v if lo_v else np.inf,
            "agree": agree, "n": len(g), "sources": g["source"].nunique()}


def _quantity_name(metric: str, country_name: str) -> str:
    world = country_name == "Worldwide"
    if metric == "annual_revenue":
        return "revenue to Pyongyang " + ("from workers worldwide" if world else f"from workers in {country_name}")
    if metric == "share_remitted":
        return "share of earnings taken by the state" + ("" if world else f" ({country_name})")
    if metric == "workers_present":
        return "North Korean workers " + ("worldwide" if world else f"in {country_name}")
    return f"{METRIC_LABEL.get(metric, metric)} " + ("worldwide" if world else f"in {country_name}")


def _for_year(r: pd.Series) -> str:
    """' (for 2018)' when a figure describes another year than the article's own."""
    return "" if str(r["year"]) == str(r["published"])[:4] else f" (for {r['year']})"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _estimate_headline(rows: pd.DataFrame) -> str:
    sp = [(_spread(g), g) for _q, g in rows.groupby("quantity", sort=False)]
    agree = [(s, g) for s, g in sp if s["agree"] and s["sources"] > 1]
    spread = sorted([(s, g) for s, g in sp if not s["agree"]], key=lambda x: -x[0]["ratio"])
    parts = []
    if agree:
        s, g = agree[0]
        parts.append(f"all {s['n']} figures for {_quantity_name(g['metric'].iloc[0], g['country_name'].iloc[0])} "
                     f"say {s['lo_txt']}")
    if spread:
        s, g = spread[0]
        parts.append(f"estimates of {_quantity_name(g['metric'].iloc[0], g['country_name'].iloc[0])} run from "
                     f"{s['lo_txt']} to {s['hi_txt']}")
    return _cap(f"{parts[0]}, but {parts[1]}" if len(parts) == 2 else "".join(parts))


def estimates_answer(t: dict | None = None) -> str:
    """Notebook 03's answer in one line, from the tables."""
    t = _tables(t)
    a = _estimate_headline(_estimate_rows(t, ("people",)))
    b = _estimate_headline(_estimate_rows(t, ("usd", "percent")))
    return f"{a}. {b}."


def estimate_ranges_chart(t: dict | None = None, which: str = "people") -> Chart:
    """which: 'people' (workers present) or 'money' (annual revenue and share remitted)."""
    t = _tables(t)
    units = ("people",) if which == "people" else ("usd", "percent")
    rows0 = _estimate_rows(t, units)
    slug = _slug("estimate-ranges", "workers" if which == "people" else "revenue-and-share", _period(rows0["year"]))

    def data(t: dict) -> pd.DataFrame:
        return _estimate_rows(t, units)

    def draw(t: dict, size: str) -> Figure:
        rows = _estimate_rows(t, units)
        fs = _fonts(size)
        by_unit = list(rows.groupby("unit", sort=False))
        heights = [len(g) + g["quantity"].nunique() + 0.3 for _, g in by_unit]
        fig, axes = _figure(size, len(by_unit), 1, gridspec_kw={"height_ratios": heights})
        lines = 2 if size == "half" else 1
        todo = []
        for ax, (unit, g) in zip(axes[:, 0], by_unit):
            top = float(np.nanmax(g[["point", "low", "high"]].to_numpy(dtype=float)))
            lim = (0.0, 100.0 if unit == "percent" else top * 1.12)
            specs = _draw_rows(ax, g, size, lim, label=lambda r: _who(r, t, lines),
                               text=lambda r: r["says"] + _for_year(r),
                               group=lambda r: _cap(_quantity_name(r["metric"], r["country_name"])))
            _unit_axis(ax.xaxis, unit)
            if unit == "percent":
                ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
            ax.set_xlabel(UNIT_LABEL.get(unit, unit), fontsize=fs.tick, color=MUTED, loc="right", labelpad=2)
            todo.append((ax, specs, unit))
        _legend(fig, _kind_handles(rows["kind"]), size)
        what = "workers" if which == "people" else "revenue and the share of earnings taken"
        sub = (f"Every source's figure for North Korean {what}, as stated: points, ranges and open-ended bounds "
               f"(fading), by article and the year described ({_period(rows['year'])})")
        _frame(fig, size, _estimate_headline(rows), sub, source_line(rows))
        for ax, specs, unit in todo:      # a percent axis stops near 100%: labels wrap sooner
            _inline_labels(ax, specs, fs.value, grow=True if unit != "percent" else 1.2, stretch=unit != "percent")
        return fig

    def caption(t: dict) -> str:
        rows = _estimate_rows(t, units)
        names = _join([_quantity_name(g["metric"].iloc[0], g["country_name"].iloc[0])
                       for _, g in rows.groupby("quantity", sort=False)])
        s1 = (f"{len(rows)} figures from {rows['source'].nunique()} articles give {names}, "
              f"each drawn as stated rather than averaged.")
        return s1 + " " + _estimate_headline(rows) + "."

    return Chart(slug, draw, data, caption, "03-estimate-ranges")


# ================================================================== 04 repatriation timeline
def _span(d: str, precision: str) -> tuple[date, date]:
    y, m, dd = (int(x) for x in d.split("-"))
    start = date(y, m, dd)
    if precision == "year":
        return start, date(y, 12, 31)
    if precision == "month":
        return start, date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return start, start


def _event_label(r: pd.Series) -> str:
    if r["kind"] == "press" and (r["country"] is None or pd.isna(r["country"])):
        return f"Article published: {r['outlet']}"
    return str(r["event"])


def _timeline_rows(t: dict) -> pd.DataFrame:
    tl = t["timeline"].copy()
    tl["label"] = tl.apply(_event_label, axis=1)
    tl["_first"] = tl.groupby("label", sort=False)["date_start"].transform("min")
    tl = tl.sort_values(["_first", "label", "date_start", "source"], kind="stable")
    cols = ["label", "kind", "date", "date_precision", "date_start", "country", "event", "outlet", "published",
            "source", "quote", "note"]
    return tl[cols].reset_index(drop=True)


def _timeline_facts(t: dict) -> dict:
    tl = _timeline_rows(t)
    dl = tl[tl["kind"] == "deadline"]
    months = dl.loc[dl["date_precision"] != "year", "date"].str[:7]
    month = months.mode().sort_values().iloc[0] if len(months) else dl["date"].iloc[0]
    last = _span(dl.sort_values("date_start").iloc[-1]["date_start"], "day")[0]
    after = tl[(tl["date_start"] > str(last)) & (tl["country"] == "RUS")]
    return {"n": len(tl), "labels": tl["label"].nunique(), "deadline_month": month, "after": after,
            "sources": tl["source"].nunique(), "deadline_dates": dl["date"].nunique()}


def _dnum(d: date) -> float:
    return float(mdates.date2num(d))


def repatriation_timeline(t: dict | None = None) -> Chart:
    t = _tables(t)
    years0 = t["timeline"]["date_start"].str[:4]

    def data(t: dict) -> pd.DataFrame:
        return _timeline_rows(t)

    def draw(t: dict, size: str) -> Figure:
        tl = _timeline_rows(t)
        x = _timeline_facts(t)
        fs = _fonts(size)
        fig, axes = _figure(size)
        ax = axes[0, 0]
        labels = list(dict.fromkeys(tl["label"]))
        ypos = {lab: i for i, lab in enumerate(labels)}
        ms = 9 if size == "slide" else 7.5
        ext: dict[str, list[float]] = {}
        for _, r in tl.iterrows():
            a, b = _span(r["date_start"], r["date_precision"])
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
        _legend(fig, handles, size)
        title = f"The repatriation deadline fell in {fmt_date(x['deadline_month'])}"
        if len(x["after"]):
            title += f"; reports of North Korean workers in Russia continued into {x['after']['date_start'].max()[:4]}"
        sub = (f"{x['n']} dated events from {x['sources']} articles, {y0}-{y1}: one row per event, one mark per "
               f"source; resolutions, deadlines, national reports, enforcement and press reports")
        _frame(fig, size, title, sub, source_line(tl))
        _inline_labels(ax, specs, fs.value - (1 if size != "slide" else 0), grow=1.12)
        return fig

    def caption(t: dict) -> str:
        x = _timeline_facts(t)
        tl = _timeline_rows(t)
        first = tl.iloc[0]
        s1 = (f"The {x['sources']} articles date {x['labels']} distinct events, from the {first['kind']} of "
              f"{fmt_date(first['date'])} to {fmt_date(tl['date'].iloc[-1])}.")
        s2 = (f"They give the repatriation deadline {x['deadline_dates']} different ways, from the year alone to "
              f"the exact day.")
        return s1 + " " + s2

    return Chart(_slug("repatriation-timeline", _period(years0)), draw, data, caption, "04-repatriation-timeline")


def deadline_dates(t: dict | None = None) -> pd.DataFrame:
    """Every source's date for the repatriation deadline, with its precision and span."""
    tl = _tables(t)["timeline"]
    dl = tl[tl["kind"] == "deadline"].copy()
    spans = [_span(d, p) for d, p in dl[["date_start", "date_precision"]].itertuples(index=False)]
    dl["first_day"] = [str(a) for a, _ in spans]
    dl["last_day"] = [str(b) for _, b in spans]
    cols = ["date", "date_precision", "first_day", "last_day", "outlet", "published", "source", "quote", "note"]
    return dl.sort_values(["date_start", "source"], kind="stable")[cols].reset_index(drop=True)


def _deadline_sentences(t: dict | None = None) -> list[str]:
    d = deadline_dates(t)
    day = d[d["date_precision"] == "day"]
    coarse = d[d["date_precision"] != "day"]
    days = sorted(set(day["date"]))
    out = []
    if len(days) > 1:
        who = "; ".join(f"{fmt_date(x)} ({_join(sorted(set(day.loc[day['date'] == x, 'outlet'])))})" for x in days)
        out.append(f"The sources disagree on the day of the deadline: {who}.")
    elif days:
        out.append(f"Every source that gives a day gives {fmt_date(days[0])}.")
    else:
        out.append("No source gives the deadline to the day.")
    if len(coarse):
        fits = all(r.first_day <= x <= r.last_day for r in coarse.itertuples() for x in days)
        said = _join([f"{r.outlet} gives only {fmt_date(r.date)}" for r in coarse.itertuples()])
        if not days:
            out.append(f"{_cap(said)}.")
        elif fits:
            out.append(f"{_cap(said)}; the day-precise dates fall within "
                       + ("it." if len(coarse) == 1 else "each of those."))
        else:
            out.append(f"{_cap(said)}; not every day-precise date falls within those.")
    return out


def deadline_note(t: dict | None = None) -> str:
    """Where the sources agree and disagree on the deadline, in sentences computed from
    the table."""
    return " ".join(_deadline_sentences(t))


def deadline_chart(t: dict | None = None) -> Chart:
    t = _tables(t)
    d0 = deadline_dates(t)

    def data(t: dict) -> pd.DataFrame:
        return deadline_dates(t)

    def draw(t: dict, size: str) -> Figure:
        d = deadline_dates(t)
        fs = _fonts(size)
        fig, axes = _figure(size)
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
        ylab = [_who(r, t, 2) if lines > 1 else _who(r, t) for _, r in d.iterrows()]
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
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{_MONTHS[mdates.num2date(v).month - 1]} "
                                                               f"{mdates.num2date(v).year}"))
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
        _frame(fig, size, title, sub, source_line(d))
        _inline_labels(ax, specs, fs.value, grow=False)
        return fig

    def caption(t: dict) -> str:
        d = deadline_dates(t)
        n_day = int((d["date_precision"] == "day").sum())
        s1 = f"{len(d)} articles date the deadline for sending North Korean workers home, {n_day} of them to the day."
        return s1 + " " + _deadline_sentences(t)[0]

    return Chart(_slug("deadline-dates-by-source", _period(d0["first_day"].str[:4])), draw, data, caption,
                 "04-repatriation-timeline")


REPATRIATION_METRICS = ("repatriated", "workers_remaining", "share_repatriated", "share_of_repatriations")


def _repatriation_rows(t: dict) -> pd.DataFrame:
    f = t["figures"]
    rows = f[f["metric"].isin(REPATRIATION_METRICS)].copy()
    rows["says"] = rows.apply(says, axis=1) if len(rows) else pd.Series(dtype="str")
    rows["_w"] = rows["country"] != "WLD"
    rows["_m"] = rows["metric"].map({m: i for i, m in enumerate(REPATRIATION_METRICS)})
    rows["_v"] = -rows["value"].fillna(rows["low"])
    rows = rows.sort_values(["unit", "_m", "_w", "_v", "country_name", "year"], kind="stable")
    cols = ["country", "country_name", "year", "metric", "unit", "kind", "qualifier", "says", "value", "low", "high",
            "outlet", "published", "source", "figure_id", "quote"]
    return rows[cols].reset_index(drop=True)


def _repatriation_title(t: dict) -> str:
    rows = _repatriation_rows(t)
    w = rows[(rows["country"] == "WLD") & (rows["metric"] == "repatriated")]
    sh = rows[rows["metric"] == "share_of_repatriations"].sort_values("value", ascending=False, kind="stable")
    if w.empty:
        return "Repatriations of North Korean workers, as reported by country"
    w = w.iloc[0]
    s = f"{fmt_value(w['value'], 'people')} North Korean workers reported sent home worldwide by {w['year']}"
    if len(sh):
        x = sh.iloc[0]
        q = f"{x['qualifier']} " if not pd.isna(x["qualifier"]) else ""
        s += f", {q}{fmt_value(x['value'], 'percent')} of them from {x['country_name']}"
    return s


def repatriation_counts(t: dict | None = None) -> Chart:
    t = _tables(t)
    rows0 = _repatriation_rows(t)

    def data(t: dict) -> pd.DataFrame:
        return _repatriation_rows(t)

    def draw(t: dict, size: str) -> Figure:
        rows = _repatriation_rows(t)
        fs = _fonts(size)
        people = rows[rows["unit"] == "people"].reset_index(drop=True)
        pct = rows[rows["unit"] == "percent"].reset_index(drop=True)
        if size == "half":
            fig, axes = _figure(size, 2, 1, gridspec_kw={"height_ratios": [len(people) + 0.5, len(pct) + 0.5]})
            a1, a2 = axes[0, 0], axes[1, 0]
        else:
            fig, axes = _figure(size, 1, 2, gridspec_kw={"width_ratios": [1, 1.1]})
            a1, a2 = axes[0, 0], axes[0, 1]
        colors = {"repatriated": OKABE_ITO["blue"], "workers_remaining": OKABE_ITO["orange"]}
        specs1 = []
        for i, r in people.iterrows():
            a1.barh(i, r["value"], height=0.6, color=colors.get(r["metric"], MUTED), zorder=3)
            specs1.append({"y": i, "left": 0.0, "right": r["value"], "bar": True, "color": INK,
                           "text": f"{fmt_value(r['value'], 'people')} {METRIC_LABEL[r['metric']]}"})
        # side by side at notebook size, long row labels wrap so both panels keep room
        wrap_in = 1.5 if size == "notebook" else 99.0
        a1.set_yticks(range(len(people)), [_wrap(f"{c}, {y}", fs.tick, wrap_in) for c, y in
                                           people[["country_name", "year"]].itertuples(index=False)], fontsize=fs.tick)
        a1.set_ylim(len(people) - 0.5, -0.6)
        a1.set_xlim(0, float(people["value"].max()) * 1.05)
        _unit_axis(a1.xaxis, "people")
        if size != "half":
            a1.xaxis.set_major_locator(MaxNLocator(nbins=3, min_n_ticks=2))
        a1.grid(axis="y", visible=False)
        a1.set_title("People sent home or remaining", fontsize=fs.label, weight="bold", loc="left")
        lim = (0.0, 100.0)
        pct_rows = pct.rename(columns={"value": "point"})
        specs2 = _draw_rows(a2, pct_rows, size, lim, label=lambda r: _wrap(f"{r['country_name']}, {r['year']}",
                                                                           fs.tick, wrap_in),
                            text=lambda r: r["says"] + (" of all" if r["metric"] == "share_of_repatriations" else ""),
                            group=lambda r: _cap(METRIC_LABEL[r["metric"]]))
        _unit_axis(a2.xaxis, "percent")
        a2.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100] if size == "half" else [0, 50, 100]))
        a2.set_title("Shares, as worded", fontsize=fs.label, weight="bold", loc="left")
        handles = [Patch(color=colors["repatriated"], label=METRIC_LABEL["repatriated"]),
                   Patch(color=colors["workers_remaining"], label=METRIC_LABEL["workers_remaining"]),
                   *_kind_handles(pct["kind"])]
        _legend(fig, handles, size)
        sub = (f"Repatriation figures by country as reported, {_period(rows['year'])}: counts of people "
               + ("(top) and shares as the articles word them (bottom)" if size == "half"
                  else "(left) and shares as the articles word them (right)"))
        _frame(fig, size, _repatriation_title(t), sub, source_line(rows))
        _inline_labels(a1, specs1, fs.value)
        _inline_labels(a2, specs2, fs.value, grow=1.2, stretch=False)
        return fig

    def caption(t: dict) -> str:
        rows = _repatriation_rows(t)
        countries = sorted(set(rows.loc[rows["country"] != "WLD", "country_name"]))
        bounds = rows[rows["kind"] == "lower bound"]
        s2 = f"Country figures exist for {_join(countries)}"
        s2 += f", some only as shares such as “{bounds['says'].iloc[0]}”." if len(bounds) else "."
        return _repatriation_title(t) + ". " + s2

    return Chart(_slug("repatriations-by-country", _period(rows0["year"])), draw, data, caption,
                 "04-repatriation-timeline")


def timeline_answer(t: dict | None = None) -> str:
    """Notebook 04's answer in one line, from the tables."""
    t = _tables(t)
    x = _timeline_facts(t)
    s = f"{_repatriation_title(t)}. The deadline fell in {fmt_date(x['deadline_month'])}"
    if len(x["after"]):
        s += f", yet Russia still reported workers in {x['after']['date_start'].min()[:4]}"
    return s + "; " + _deadline_sentences(t)[0][0].lower() + _deadline_sentences(t)[0][1:]


# ================================================================== 05 explorer
EXPLORER_DEFAULT: dict[str, tuple[str, ...]] = {"countries": ("RUS",), "metrics": (), "units": ("people", "permits"),
                                               "sources": ()}


def explorer_rows(t: dict | None = None, countries: Iterable[str] = (), metrics: Iterable[str] = (),
                  units: Iterable[str] = (), sources: Iterable[str] = ()) -> pd.DataFrame:
    """Figures matching the selection; an empty selection means 'all'."""
    f = _tables(t)["figures"]
    m = pd.Series(True, index=f.index)
    for col, sel in (("country", countries), ("metric", metrics), ("unit", units), ("source", sources)):
        sel = tuple(sel)
        if sel:
            m &= f[col].isin(sel)
    rows = f[m].copy()
    rows["says"] = rows.apply(says, axis=1) if len(rows) else pd.Series(dtype="str")
    cols = ["country_name", "year", "metric", "kind", "says", "value", "low", "high", "unit", "outlet", "published",
            "quote", "figure_id", "source"]
    return (rows.sort_values(["unit", "country_name", "year", "metric", "published"], kind="stable")[cols]
            .reset_index(drop=True))


def _explorer_draw(t: dict, size: str, sel: dict, figsize: tuple[float, float] | None = None) -> Figure:
    rows = explorer_rows(t, **sel)
    fs = _fonts(size)
    if rows.empty:
        fig, axes = _figure(size)
        axes[0, 0].set_axis_off()
        _frame(fig, size, "No figures match this selection", "Widen the selection to see figures", "Sources: none.")
        return fig
    groups = list(rows.groupby("unit", sort=False))
    fig, axes = _figure(size, len(groups), 1, gridspec_kw={"height_ratios": [len(g) + 1 for _, g in groups]})
    if figsize:
        fig.set_size_inches(*figsize)
    todo = []
    for ax, (unit, g) in zip(axes[:, 0], groups):
        g = g.rename(columns={"value": "point"}).reset_index(drop=True)
        top = float(np.nanmax(g[["point", "low", "high"]].to_numpy(dtype=float)))
        lim = (0.0, 100.0 if unit == "percent" else (top * 1.2 if top > 0 else 1.0))
        specs = _draw_rows(ax, g, size, lim,
                           label=lambda r: f"{r['country_name']} {r['year']}: {METRIC_LABEL.get(r['metric'], r['metric'])}",
                           text=lambda r: f"{r['says']} ({r['outlet']})",
                           group=lambda r: _cap(UNIT_LABEL.get(r["unit"], r["unit"])))
        _unit_axis(ax.xaxis, unit)
        if unit == "percent":
            ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        todo.append((ax, specs, unit))
    _legend(fig, _kind_handles(rows["kind"]), size)
    names = sorted(set(rows["country_name"]))
    where = _join(names) if len(names) <= 3 else f"{len(names)} countries"
    big = rows.assign(_v=rows["value"].fillna(rows["high"])).sort_values("_v", ascending=False, kind="stable")
    top_people = big[big["unit"].isin(["people", "permits"])]
    title = f"{len(rows)} figures on {where} from {rows['outlet'].nunique()} articles, {_period(rows['year'])}"
    if len(top_people):
        b = top_people.iloc[0]
        title += f"; the largest count is {b['says']} ({METRIC_LABEL.get(b['metric'], b['metric'])})"
    sub = ("Selection: " + "; ".join(f"{k} = {', '.join(v) if v else 'all'}" for k, v in sel.items())
           + ". One row per figure, as stated")
    _frame(fig, size, title, sub, source_line(rows))
    for ax, specs, unit in todo:          # a percent axis stops near 100%: labels wrap sooner
        _inline_labels(ax, specs, fs.value - 1, grow=True if unit != "percent" else 1.2, stretch=unit != "percent")
    return fig


def explorer_chart(t: dict | None = None, **sel) -> Chart:
    """The explorer's chart for a selection (default: EXPLORER_DEFAULT)."""
    t = _tables(t)
    sel = {k: tuple(sel.get(k, v)) for k, v in EXPLORER_DEFAULT.items()}
    rows0 = explorer_rows(t, **sel)

    def data(t: dict) -> pd.DataFrame:
        return explorer_rows(t, **sel)

    def draw(t: dict, size: str) -> Figure:
        return _explorer_draw(t, size, sel)

    def caption(t: dict) -> str:
        rows = explorer_rows(t, **sel)
        if rows.empty:
            return "No figures match this selection. Widen it to see figures."
        big = rows.assign(_v=rows["value"].fillna(rows["high"])).sort_values("_v", ascending=False, kind="stable").iloc[0]
        return (f"{len(rows)} figures match the selection, from {rows['outlet'].nunique()} articles. The largest is "
                f"“{big['says']}” ({METRIC_LABEL.get(big['metric'], big['metric'])}, {big['country_name']} "
                f"{big['year']}, {big['outlet']}).")

    part = "-".join(sel["countries"]) or "all-countries"
    units = "-".join(sel["units"]) or "all-units"
    return Chart(_slug("figures", part, units, _period(rows0["year"])), draw, data, caption, "05-explorer")


def explorer_ui(t: dict | None = None, **default):
    """Widgets that filter the figures table. Changing a selection redraws the table and
    chart inside the box; nothing is drawn at creation, so a notebook's static output
    stays deterministic (the notebook draws the default selection in its own cell)."""
    import ipywidgets as w
    from IPython.display import display

    t = _tables(t)
    f = t["figures"]
    sel0 = {k: tuple(default.get(k, v)) for k, v in EXPLORER_DEFAULT.items()}
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
    }
    out = w.Output()

    class Explorer(w.VBox):
        def __repr__(self) -> str:  # the static fallback a notebook viewer shows
            return "Explorer: filter the figures table by country, metric, unit and source (run the notebook to use it)"

        @property
        def selection(self) -> dict[str, tuple[str, ...]]:
            return {k: tuple(p.value) for k, p in pickers.items()}

    def update(_change=None) -> None:
        sel = {k: tuple(p.value) for k, p in pickers.items()}
        rows = explorer_rows(t, **sel)
        with out:
            out.clear_output(wait=True)
            display(rows)
            height = max(SIZES["notebook"][1], 2.4 + 0.36 * max(len(rows), 1))
            _explorer_draw(t, "notebook", sel, figsize=(SIZES["notebook"][0], height))
            plt.show()

    for p in pickers.values():
        p.observe(update, names="value")
    hint = w.HTML("<i>Ctrl/Cmd-click to pick several; nothing picked in a list means all. "
                  "The matching rows and their chart appear below.</i>")
    return Explorer([w.HBox(list(pickers.values())), hint, out])


# ================================================================== 06 repatriation vs earlier stock
def share_gone(t: dict | None = None) -> pd.DataFrame:
    """For each country with an earlier count and a later official one, the share of the
    earlier workforce gone (computed); then the shares the articles state."""
    t = _tables(t)
    f = t["figures"]
    stock = f[f["metric"].isin(STOCK_METRICS) & (f["country"] != "WLD") & f["kind"].isin(["reported", "estimate"])]
    rows = []
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
            rows.append({"country": c, "country_name": base["country_name"], "basis": "computed", "kind": "computed",
                         "from_year": int(base["year"]), "to_year": int(r["year"]), "change": change,
                         "earlier": f"{says(base)} {b_m}", "later": f"{says(r)} {r_m}",
                         "share_gone": round(100 * (base["value"] - r["value"]) / base["value"], 2),
                         "low": np.nan, "caveat": "" if same else "different measures: indicative only",
                         "outlet": _join(sorted({base["outlet"], r["outlet"]})),
                         "published": max(base["published"], r["published"]),
                         "figure_ids": f"{base['figure_id']} {r['figure_id']}"})
    stated = f[(f["metric"] == "share_repatriated") & (f["country"] != "WLD")]
    for _, r in stated.iterrows():
        rows.append({"country": r["country"], "country_name": r["country_name"], "basis": "stated", "kind": r["kind"],
                     "from_year": np.nan, "to_year": int(r["year"]), "change": "", "earlier": "", "later": says(r),
                     "share_gone": r["value"], "low": r["low"], "caveat": "", "outlet": r["outlet"],
                     "published": r["published"], "figure_ids": r["figure_id"]})
    out = pd.DataFrame(rows)
    out["from_year"] = out["from_year"].astype("Int64")
    out["to_year"] = out["to_year"].astype("Int64")
    return out.sort_values(["country_name", "basis", "to_year", "share_gone"], kind="stable").reset_index(drop=True)


def implied_stock(t: dict | None = None) -> pd.DataFrame:
    """Where a country gives a repatriation count and calls it 'more than' a share of its
    North Korean workers, the earlier workforce that implies: fewer than count / share."""
    f = _tables(t)["figures"]
    cnt = f[(f["metric"] == "repatriated") & (f["country"] != "WLD")]
    sh = f[(f["metric"] == "share_repatriated") & (f["kind"] == "lower bound")]
    m = cnt.merge(sh, on=["country", "source", "year"], suffixes=("", "_share"))
    rows = []
    for _, r in m.iterrows():
        share = r["value_share"] / 100
        rows.append({"country_name": r["country_name"], "year": r["year"], "repatriated": r["value"],
                     "share_stated": f"{r['qualifier_share']} {str(r['text_share']).lower()}",
                     "earlier_workforce_below": round(r["value"] / share),
                     "remaining_below": round(r["value"] / share - r["value"]),
                     "outlet": r["outlet"], "published": r["published"]})
    return pd.DataFrame(rows, columns=["country_name", "year", "repatriated", "share_stated",
                                       "earlier_workforce_below", "remaining_below", "outlet", "published"])


def _share_gone_facts(t: dict) -> dict:
    g = share_gone(t)
    comp = g[g["basis"] == "computed"]
    return {"g": g, "lo": comp["share_gone"].min(), "hi": comp["share_gone"].max(),
            "countries": _join(sorted(set(comp["country_name"]))), "n_stated": int((g["basis"] == "stated").sum()),
            "stated_countries": _join(sorted(set(g.loc[g["basis"] == "stated", "country_name"])))}


def share_gone_answer(t: dict | None = None) -> str:
    """Notebook 06's answer in one line, from the tables."""
    x = _share_gone_facts(_tables(t))
    return (f"Where two counts exist ({x['countries']}), {fmt_value(x['lo'], 'percent')} to "
            f"{fmt_value(x['hi'], 'percent')} of the earlier workforce was gone by the later one; elsewhere "
            f"({x['stated_countries']}) the articles give only shares such as “more than half”.")


def share_gone_chart(t: dict | None = None) -> Chart:
    t = _tables(t)
    g0 = share_gone(t)

    def data(t: dict) -> pd.DataFrame:
        return share_gone(t)

    def draw(t: dict, size: str) -> Figure:
        x = _share_gone_facts(t)
        g = x["g"]
        fs = _fonts(size)
        fig, axes = _figure(size)
        ax = axes[0, 0]
        lim = (0.0, 100.0)
        specs, notes = [], []
        prev, y, ticks, labels = None, 0.0, [], []
        blue = OKABE_ITO["blue"]
        W = SIZES[size][0]
        # Row labels wrap rather than truncate; a computed bar carries its share, and the
        # two counts behind it run in a line (or two) under the bar.
        label_w = {"notebook": 3.0, "slide": 4.2, "half": 1.9}[size]
        row_labels = [_wrap(f"{o}: {b}", fs.tick - 1, label_w) for o, b in g[["outlet", "basis"]].itertuples(index=False)]
        widest = max(_width_in(line, fs.tick - 1) for lab in row_labels for line in lab.split("\n"))
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
                note = _wrap(r["change"], fs.value - 1, note_w)
                notes.append((y + bar_h / 2 + 0.1, note))
                step += 0.1 + 0.62 * (note.count("\n") + 1)
            else:
                row = pd.Series({"kind": r["kind"], "point": r["share_gone"], "low": r["low"], "high": np.nan})
                left, right = _interval(ax, y, row, lim, size)
                specs.append({"y": y, "left": left, "right": right, "color": KIND_STYLE[r["kind"]]["color"],
                              "text": f"“{r['later']}”", "order": _ORDER.get(r["kind"], ("right", "left")),
                              "gap": 6 if r["kind"] in _ORDER else 10})
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
        _unit_axis(ax.xaxis, "percent")
        ax.xaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        ax.grid(axis="y", visible=False)
        handles = [Patch(color=blue, label="computed from two counts")]
        if (g["caveat"] != "").any():
            handles.append(Patch(facecolor=blue, alpha=0.5, hatch="//", edgecolor="white",
                                 label="computed across different measures"))
        handles += _kind_handles(g.loc[g["basis"] == "stated", "kind"],
                                 {"estimate": "stated: nearly", "lower bound": "stated: more than, over"})
        _legend(fig, handles, size)
        title = (f"Where an earlier count exists, {fmt_value(x['lo'], 'percent')} to {fmt_value(x['hi'], 'percent')} "
                 f"of North Korean workers were gone by the next official figure")
        sub = (f"Share of each country's earlier North Korean workforce gone, computed from two counts or as the "
               f"articles state it; {_period(pd.concat([g['from_year'].dropna(), g['to_year']]))}")
        rows = t["figures"][t["figures"]["figure_id"].isin(" ".join(g["figure_ids"]).split())]
        _frame(fig, size, title, sub, source_line(rows))
        _inline_labels(ax, specs, fs.value - 1, grow=False)
        return fig

    def caption(t: dict) -> str:
        x = _share_gone_facts(t)
        return (f"Computed from pairs of counts, {fmt_value(x['lo'], 'percent')} to {fmt_value(x['hi'], 'percent')} "
                f"of the earlier North Korean workforce was gone in {x['countries']}. "
                f"For {x['stated_countries']} the articles give {x['n_stated']} shares, as bounds or approximations.")

    years = pd.concat([g0["from_year"].dropna(), g0["to_year"]])
    return Chart(_slug("share-of-workforce-gone-by-country", _period(years)), draw, data, caption,
                 "06-repatriation-vs-stock")


# ================================================================== the collection
def charts(tables: dict[str, pd.DataFrame] | None = None) -> list[Chart]:
    """Every chart of the collection, in notebook order."""
    t = _tables(tables)
    return [
        figures_by_source(t),
        russia_counts(t),
        russia_wording_chart(t),
        estimate_ranges_chart(t, "people"),
        estimate_ranges_chart(t, "money"),
        repatriation_timeline(t),
        deadline_chart(t),
        repatriation_counts(t),
        explorer_chart(t),
        share_gone_chart(t),
    ]


def get(slug: str, tables: dict[str, pd.DataFrame] | None = None) -> Chart:
    """The chart with this slug; the error lists the slugs there are."""
    cs = charts(tables)
    for c in cs:
        if c.slug == slug:
            return c
    raise KeyError(f"no chart {slug!r}; charts are: {', '.join(c.slug for c in cs)}")
