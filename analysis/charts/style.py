"""The house style: canvas sizes, fonts, the colour-blind-safe palette, and the frame
(title, subtitle, legend and source line inside the image) every chart is drawn in.

`setup()` pins it (rcParams, seaborn theme, pandas display) so a personal matplotlibrc
cannot change a chart or a notebook output. Text is measured here too, with the real font
at every resolution a chart is drawn at, because wrapping and label placement depend on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import Iterable

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..words import fmt_value

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
# Who claims a figure (the `claimant_kind` column): a glyph after each row's label, named in words in the legend.
CLAIM_GLYPH: dict[str, str] = {
    "host_government": "▲", "other_government": "■", "un": "★", "expert": "◆",
    "media": "▽", "witness": "◇", "unattributed": "○",
}
EVENT_COLOR = {"resolution": OKABE_ITO["blue"], "deadline": OKABE_ITO["vermillion"], "report": OKABE_ITO["green"],
               "enforcement": OKABE_ITO["purple"], "press": OKABE_ITO["sky"]}

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
    pd.set_option("display.html.use_mathjax", False)  # "$200 million to $500 million" is money, not maths
    _inline_uncropped()
    _notebook_formatters()


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


# A dollar sign JupyterLab's MathJax leaves alone: in an element it is told to ignore, and
# not a literal "$" in the Markdown source (Lab pairs those as maths before rendering;
# an escaped "\\$" or a bare "&#36;" is still typeset once rendered).
DOLLAR = '<span class="tex2jax_ignore mathjax_ignore">&#36;</span>'
_WIDE_TEXT = 80  # a text column with a cell this long gets room to wrap: quotes, sentences
_WIDE = "28em"


def markdown_amounts(text: str) -> str:
    """Markdown with every dollar sign shown as text, never read as a maths delimiter."""
    return re.sub(r"\\?\$", DOLLAR, text)


def frame_html(df: pd.DataFrame) -> str | None:
    """A DataFrame's notebook HTML (pandas' own) with long text columns, such as quotes,
    given a readable width instead of being squeezed to a word per line."""
    html = df._repr_html_()
    if not html:
        return html
    for col in df.columns:
        if isinstance(col, str) and df[col].dtype in (object, "str") and \
                df[col].map(lambda v: len(v) if isinstance(v, str) else 0).max() > _WIDE_TEXT:
            html = html.replace(f"<th>{escape(col)}</th>", f'<th style="min-width: {_WIDE};">{escape(col)}</th>', 1)
    return html


def _notebook_formatters() -> None:
    """In IPython: Markdown outputs show amounts as text (`markdown_amounts`) and
    DataFrames give long text columns room (`frame_html`)."""
    try:
        from IPython import get_ipython
        from IPython.display import Markdown
    except ImportError:
        return
    ip = get_ipython()
    if ip is None:
        return
    ip.display_formatter.formatters["text/markdown"].for_type(Markdown, lambda md: markdown_amounts(md.data))
    ip.display_formatter.formatters["text/html"].for_type(pd.DataFrame, frame_html)


def _fmt_float(v: float) -> str:
    """Floats in tables as 1,234.5: thousands grouped, no trailing zeros."""
    s = f"{v:,.2f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


@dataclass(frozen=True)
class Fonts:
    """Font sizes in points, one per kind of text, for one canvas size."""

    title: float
    subtitle: float
    label: float
    tick: float
    value: float
    source: float
    legend: float


def fonts(size: str) -> Fonts:
    """Font sizes in points for a canvas size: the base sizes scaled with the canvas."""
    k = _SCALE[size]
    return Fonts(**{name: round(v * k, 1) for name, v in _BASE.items()})



# ------------------------------------------------------------------ measuring text
# Hinted glyph widths vary by a few percent with the resolution, so text is measured at
# every resolution a chart is drawn at (notebook, export PNG, SVG/PDF, a quick 70 dpi look)
# and the widest kept: a label that fits when measured fits in every file.
_MEASURE_DPI = (70, 72, 100, 144, 220)


@lru_cache(maxsize=8192)
def text_width_in(text: str, fontsize: float, weight: str = "normal") -> float:
    """Width of one line of text in inches, in the house font, at its widest over the
    resolutions charts are drawn at (cached: measuring is slow)."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(family="DejaVu Sans", size=fontsize, weight=weight)
    return max(renderer(dpi).get_text_width_height_descent(text or " ", prop, ismath=False)[0] / dpi
               for dpi in _MEASURE_DPI)


@lru_cache(maxsize=8)
def renderer(dpi: float) -> RendererAgg:
    """An off-screen renderer at this resolution, for measuring text and laying out
    before anything is drawn (one per dpi: creating them is slow)."""
    return RendererAgg(8, 8, dpi)


def wrap(text: str, fontsize: float, width_in: float, weight: str = "normal") -> str:
    """Greedy word wrap to a width in inches, measured with the real font."""
    space = text_width_in("a a", fontsize, weight) - text_width_in("aa", fontsize, weight)
    lines: list[str] = []
    for para in text.split("\n"):
        cur, cur_w = "", 0.0
        for word in para.split(" "):
            w = text_width_in(word, fontsize, weight)
            if cur and cur_w + space + w > width_in * 0.98:
                lines.append(cur)
                cur, cur_w = word, w
            else:
                cur, cur_w = (f"{cur} {word}", cur_w + space + w) if cur else (word, w)
        lines.append(cur)
    return "\n".join(lines)


# ------------------------------------------------------------------ figure scaffolding
def new_figure(size: str, nrows: int = 1, ncols: int = 1, pyplot: bool = True, **kw) -> tuple[Figure, np.ndarray]:
    """A figure at one of SIZES in the house style, with a grid of axes (always 2-D),
    laid out by the constrained engine so `frame` can fit the axes inside its text.
    `pyplot=False` leaves pyplot's global figure list alone (safe off the main thread)."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}, not {size!r}")
    setup()
    fig = (plt.figure if pyplot else Figure)(figsize=SIZES[size], layout="constrained")
    fig.get_layout_engine().set(w_pad=0.06, h_pad=0.06, wspace=0.04, hspace=0.04)
    axes = fig.subplots(nrows, ncols, squeeze=False, **kw)
    fs = fonts(size)
    for ax in axes.flat:
        ax.tick_params(labelsize=fs.tick)
        ax.xaxis.label.set_size(fs.label)
        ax.yaxis.label.set_size(fs.label)
    return fig, axes


def frame(fig: Figure, size: str, title: str, subtitle: str, source: str) -> None:
    """Title, subtitle and legend (if `legend` gave one) at the top, source line at the
    bottom, all inside the image; the constrained layout fits the axes between them."""
    fs = fonts(size)
    W, H = fig.get_size_inches()
    padx, pady = 0.16, 0.12
    width = W - 2 * padx
    r = renderer(matplotlib.rcParams["figure.dpi"])

    def put(y_in: float, text: str, size_pt: float, va: str, gid: str, **kw) -> float:
        t = fig.text(padx / W, y_in / H, text, ha="left", va=va, fontsize=size_pt, gid=gid, **kw)
        return t.get_window_extent(r).height / r.dpi

    top = H - pady
    top -= put(top, wrap(title, fs.title, width, "bold"), fs.title, "top", "title", weight="bold", color=INK)
    top -= 0.05
    top -= put(top, wrap(subtitle, fs.subtitle, width), fs.subtitle, "top", "subtitle", color=MUTED)
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
    bottom = pady + put(pady, wrap(source, fs.source, width), fs.source, "bottom", "source", color=MUTED) + 0.1
    fig.get_layout_engine().set(rect=(0.0, bottom / H, 1.0, (top - bottom) / H))


def legend(fig: Figure, handles: list, ncols: int | None = None) -> None:
    """Legend handles for `frame` to place under the subtitle (at most `ncols` columns,
    fewer if they do not fit the width)."""
    fig._house_legend = (handles, ncols)


def kind_handles(kinds: Iterable[str], labels: dict[str, str] | None = None) -> list:
    """Legend entries for the kinds present, in KIND_STYLE order, drawn as their marks are."""
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


def with_glyph(label: str, kind: str) -> str:
    """A row label followed by its claimant kind's glyph (text, so it never sits among the marks)."""
    return f"{label} {CLAIM_GLYPH.get(kind, CLAIM_GLYPH['unattributed'])}"


def claim_handles(rows: "pd.DataFrame") -> list:
    """Legend entries for who claims the figures drawn, in words (the `claimed_by` column:
    "Russia's own report", "US government", "unattributed"), one per claimant kind present."""
    out = []
    for k, glyph in CLAIM_GLYPH.items():
        words = list(dict.fromkeys(rows.loc[rows["claimant_kind"] == k, "claimed_by"]))
        if not words:
            continue
        lab = words[0] if len(words) == 1 else {"host_government": "the host country's own report",
                                                "other_government": "another government"}.get(k, words[0])
        out.append(Line2D([], [], ls="none", color=INK, label=f"{glyph} {lab}"))  # the glyph is text, as on the rows
    return out


def unit_axis(axis, unit: str) -> None:
    """Ticks in the figures' unit (12,345; $12m; 50%), three to five of them."""
    axis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_value(v, unit)))
    axis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))


def text_px(text: str, fontsize: float, r: RendererAgg, weight: str = "normal") -> float:
    """Width in pixels at r's resolution of the widest line of a label, as `text_width_in` measures it."""
    return max(text_width_in(line, fontsize, weight) for line in text.split("\n")) * r.dpi
