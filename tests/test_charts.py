"""The chart collection (analysis.charts) and the notebook cleaner (analysis.nbclean).

Every chart draws at every size with its title, subtitle and source line inside the image,
nothing drawn off the canvas or over the plot, no label over a marker, arrowhead, line or
another bar and none past the side of its axes (at the notebook and the export
resolution), slugs unique and descriptive, a non-empty table behind it and a two-sentence
caption; nbclean is idempotent and the committed notebooks are clean.
"""
from __future__ import annotations

import copy
import json
import re

import matplotlib
import numpy as np

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402
import pytest  # noqa: E402

from analysis import charts, nbclean, tables, words  # noqa: E402
from analysis.findings import explorer, russia  # noqa: E402
from analysis.paths import NOTEBOOKS  # noqa: E402


@pytest.fixture(scope="module")
def t() -> dict[str, pd.DataFrame]:
    return tables.all_tables()


@pytest.fixture(scope="module")
def collection(t) -> list[charts.Chart]:
    return charts.charts(t)


def _frame_texts(fig) -> dict[str, matplotlib.text.Text]:
    return {x.get_gid(): x for x in fig.texts if x.get_gid() in ("title", "subtitle", "source")}


def _marks(ax, r) -> list[tuple[str, Bbox]]:
    """What a label must not cover, measured here independently of the chart module:
    markers, drawn lines (sampled), arrowheads, fading bound lines and solid bars."""
    pt = r.dpi / 72
    out = []
    for ln in ax.get_lines():
        xy = ln.get_transform().transform(np.column_stack([ln.get_xdata(), ln.get_ydata()]).astype(float))
        m = ln.get_marker()
        if m not in (None, "None", "none", ""):
            rad = (ln.get_markersize() * (0.71 if m == "D" else 0.5) + ln.get_markeredgewidth() / 2) * pt
            rx, ry = (1.0, rad) if m == "|" else (rad, 1.0) if m == "_" else (rad, rad)
            out += [("marker", Bbox([[x - rx, y - ry], [x + rx, y + ry]])) for x, y in xy]
        if ln.get_linestyle() not in ("None", "none", "") and len(xy) > 1:
            hw = ln.get_linewidth() * pt / 2
            for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:]):
                for f in np.linspace(0, 1, 60):
                    x, y = x0 + f * (x1 - x0), y0 + f * (y1 - y0)
                    out.append(("line", Bbox([[x - hw, y - hw], [x + hw, y + hw]])))
    for c in ax.collections:
        if isinstance(c, LineCollection):
            hw = c.get_linewidths()[0] * pt / 2
            for seg, col in zip(c.get_segments(), c.get_colors()):
                if col[3] >= 0.2:
                    (x0, y0), (x1, y1) = ax.transData.transform(seg)
                    out.append(("fade", Bbox([[min(x0, x1), min(y0, y1) - hw], [max(x0, x1), max(y0, y1) + hw]])))
    for t in ax.texts:
        if isinstance(t, Annotation) and t.arrow_patch is not None:
            out.append(("arrow", t.arrow_patch.get_window_extent(r)))
    for p in ax.patches:
        if isinstance(p, Rectangle) and p.get_width() != 0 and (p.get_alpha() is None or p.get_alpha() > 0.3):
            out.append(("bar", p.get_window_extent(r)))
    return out


def _label_problems(fig) -> list[str]:
    """Inline labels that cover a mark or run past the side of their axes, and row labels
    cut short. A label may lie on its own bar when wholly inside it, and on a bound's
    fading line when it has its own white box (it starts after the arrowhead)."""
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    out = []
    for ax in fig.axes:
        if not ax.axison:
            continue
        box = ax.get_window_extent(r)
        marks = _marks(ax, r)
        for tick in ax.get_yticklabels() + ax.get_xticklabels():
            if "…" in tick.get_text():
                out.append(f"row label {tick.get_text()!r} is cut short: it should wrap")
        for t in ax.texts:
            text = t.get_text().strip()
            if not text or t.get_gid() == "group-header":
                continue
            bb = t.get_window_extent(r)
            if bb.x0 < box.x0 - 1 or bb.x1 > box.x1 + 1:
                out.append(f"{text!r} runs past the side of its axes")
            for kind, m in marks:
                w = min(bb.x1, m.x1) - max(bb.x0, m.x0)
                h = min(bb.y1, m.y1) - max(bb.y0, m.y0)
                if w <= r.dpi / 72 or h <= r.dpi / 72:      # a point's grace for rounding
                    continue
                if kind == "bar" and m.x0 <= bb.x0 and bb.x1 <= m.x1 and m.y0 - 1 <= bb.y0 and bb.y1 <= m.y1 + 1:
                    continue
                if kind == "fade" and t.get_bbox_patch() is not None:
                    continue
                out.append(f"{text!r} covers a {kind}")
                break
    return out


@pytest.mark.parametrize("size", list(charts.SIZES))
def test_every_chart_draws_at_every_size_with_its_frame_inside_the_image(t, collection, size):
    for chart in collection:
        fig = chart.draw(t, size)
        try:
            assert tuple(fig.get_size_inches()) == pytest.approx(charts.SIZES[size]), chart.slug
            fig.canvas.draw()
            r = fig.canvas.get_renderer()
            page = fig.bbox.padded(1)
            frame = _frame_texts(fig)
            assert set(frame) == {"title", "subtitle", "source"}, chart.slug
            assert all(x.get_text().strip() for x in frame.values()), chart.slug
            assert frame["source"].get_text().startswith(("Source", "Article")), chart.slug
            plots = [ax.get_window_extent(r) for ax in fig.axes if ax.get_visible() and ax.axison]
            for gid, x in frame.items():
                bb = x.get_window_extent(r)
                assert page.contains(bb.x0, bb.y0) and page.contains(bb.x1, bb.y1), (chart.slug, size, gid)
                assert not any(bb.overlaps(p) for p in plots), (chart.slug, size, gid, "frame text over the plot")
            for leg in fig.legends:
                bb = leg.get_window_extent(r)
                assert not any(bb.overlaps(p) for p in plots), (chart.slug, size, "legend over the plot")
                assert page.contains(bb.x0, bb.y0) and page.contains(bb.x1, bb.y1), (chart.slug, size, "legend")
            for ax in fig.axes:
                labels = [x for x in ax.texts if x.get_text().strip()]
                boxes = [x.get_window_extent(r) for x in labels]
                for x, bb in zip(labels, boxes):
                    assert page.contains(bb.x0, bb.y0) and page.contains(bb.x1, bb.y1), \
                        (chart.slug, size, x.get_text(), "label off the canvas")
                for i in range(len(boxes)):
                    for j in range(i + 1, len(boxes)):
                        a, b = boxes[i].shrunk(0.97, 0.8), boxes[j].shrunk(0.97, 0.8)
                        assert not a.overlaps(b), (chart.slug, size, labels[i].get_text(), labels[j].get_text())
        finally:
            plt.close(fig)


@pytest.mark.parametrize("size", list(charts.SIZES))
def test_labels_cover_no_mark_and_stay_inside_their_axes(t, collection, size):
    """Checked where notebooks show charts (100 dpi) and where the briefing's PNGs are
    drawn (220 dpi): hinted text runs wider at some resolutions."""
    problems = []
    for chart in collection:
        fig = chart.draw(t, size)
        try:
            for dpi in (100, 220):
                fig.set_dpi(dpi)
                problems += [f"{chart.slug} {size} {dpi} dpi: {p}" for p in _label_problems(fig)]
        finally:
            plt.close(fig)
    assert not problems, "\n".join(problems)


def test_slugs_are_unique_descriptive_and_name_their_years(collection):
    slugs = [c.slug for c in collection]
    assert len(slugs) == len(set(slugs))
    for s in slugs:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+){2,}", s), s
        assert re.search(r"-(19|20)\d\d$", s), s
        assert len(s) <= 60, s


def test_each_chart_has_its_table_and_a_two_sentence_caption(t, collection):
    for chart in collection:
        df = chart.data(t)
        assert isinstance(df, pd.DataFrame) and len(df), chart.slug
        cap = chart.caption(t)
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9“\"])", cap.strip())
        assert len(sentences) == 2 and cap.endswith("."), (chart.slug, cap)
        assert "nan" not in cap.lower().split() and "None" not in cap, (chart.slug, cap)


def test_get_finds_each_chart_and_names_the_choices_when_it_cannot(t, collection):
    for chart in collection:
        assert charts.get(chart.slug, t).slug == chart.slug
    with pytest.raises(KeyError, match=collection[0].slug):
        charts.get("no-such-chart-2000", t)


def test_titles_state_numbers_that_come_from_the_table(t):
    d = russia.decline(t).iloc[0]
    fig = charts.russia_counts(t).draw(t, "notebook")
    try:
        title = _frame_texts(fig)["title"].get_text().replace("\n", " ")
    finally:
        plt.close(fig)
    assert words.fmt_value(d["from_value"], "people") in title
    assert words.fmt_value(d["to_value"], "people") in title
    assert f"{d['decline_pct']:.1f}%" in title


def test_wording_check_computes_from_the_counts(t):
    d = russia.decline(t).iloc[0]
    assert d["decline"] == d["from_value"] - d["to_value"]
    assert d["decline_pct"] == pytest.approx(100 * d["decline"] / d["from_value"], abs=0.01)
    check = russia.wording_check(t)
    assert {"claim", "stated", "computed", "consistent"} <= set(check.columns)
    assert set(check["consistent"]) <= {"yes", "no"}


def test_setup_is_idempotent_and_pins_the_house_style():
    charts.setup()
    first = dict(matplotlib.rcParams)
    matplotlib.rcParams["figure.dpi"] = 42
    charts.setup()
    charts.setup()
    assert dict(matplotlib.rcParams) == first
    assert matplotlib.rcParams["font.sans-serif"][0] == "DejaVu Sans"
    assert matplotlib.rcParams["svg.hashsalt"]


def test_explorer_filters_with_empty_meaning_all(t):
    everything = explorer.rows(t)
    assert len(everything) == len(t["figures"])
    money = explorer.rows(t, units=["usd"])
    assert len(money) and set(money["unit"]) == {"usd"}
    assert explorer.rows(t, countries=["no-such-country"]).empty
    fig = charts.explorer_chart(t, countries=["no-such-country"]).draw(t, "notebook")
    plt.close(fig)


# ------------------------------------------------------------------ nbclean
def _executed_notebook() -> dict:
    return {
        "nbformat": 4, "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "venv-kernel", "display_name": "my venv", "language": "python"},
                     "language_info": {"name": "python", "version": "3.11.7"},
                     "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}}},
        "cells": [
            {"cell_type": "markdown", "id": "a", "metadata": {}, "source": "# Title"},
            {"cell_type": "code", "id": "b", "execution_count": 1, "source": "ui",
             "metadata": {"execution": {"iopub.status.idle": "2026-01-01T00:00:00Z"}, "tags": ["keep"]},
             "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                          "data": {"text/plain": "Explorer", "application/vnd.jupyter.widget-view+json":
                                   {"model_id": "0123abcd", "version_major": 2, "version_minor": 0}}}]},
        ],
    }


def test_nbclean_strips_what_varies_and_keeps_outputs():
    nb = nbclean.clean(_executed_notebook())
    assert nb["metadata"]["kernelspec"] == nbclean.KERNELSPEC
    assert "version" not in nb["metadata"]["language_info"] and "widgets" not in nb["metadata"]
    code = nb["cells"][1]
    assert code["metadata"] == {"tags": ["keep"]}
    assert code["execution_count"] == 1
    assert code["outputs"][0]["data"] == {"text/plain": "Explorer"}
    assert nbclean.dumps(nbclean.clean(copy.deepcopy(nb))) == nbclean.dumps(nb)


def test_nbclean_check_flags_a_dirty_notebook(tmp_path):
    p = tmp_path / "x.ipynb"
    p.write_text(json.dumps(_executed_notebook()), encoding="utf-8")
    assert nbclean.main([str(p), "--check"]) == 1
    assert nbclean.main([str(p)]) == 0
    assert nbclean.main([str(p), "--check"]) == 0


def test_committed_notebooks_are_numbered_clean_and_executed():
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    assert len(paths) >= 5
    assert all(re.fullmatch(r"\d\d-[a-z0-9-]+\.ipynb", p.name) for p in paths)
    assert nbclean.main([str(p) for p in paths] + ["--check"]) == 0
    for p in paths:
        nb = json.loads(p.read_text(encoding="utf-8"))
        counts = [c["execution_count"] for c in nb["cells"] if c["cell_type"] == "code"]
        assert counts == list(range(1, len(counts) + 1)), p.name
