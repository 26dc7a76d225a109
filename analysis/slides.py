"""`briefing.pptx`: the briefing as slides (python-pptx), one chart per slide.

Each slide is the chart's slide-size PNG (13.33 x 7.5 in, the slide's own size), so the
picture carries the title and source line a reader sees. The slide's title placeholder
holds the chart's finding (the title the chart draws) and sits just above the
slide, out of view: PowerPoint's outline, navigation and screen readers use it, and the
picture is not covered twice (the usual way to title a full-bleed slide accessibly). The
speaker notes hold the caption, every source behind the chart (outlet, date) and who
claims each figure. Byte-reproducible: core properties and zip dates are fixed by the
caller (`export`)."""
from __future__ import annotations

import io
import re
from datetime import datetime
from typing import Any, Sequence

import pandas as pd

from .words import CLAIM_WORDS as KIND_WORDS, join

SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5


def finding(caption: str) -> str:
    """The chart's finding: the first sentence of its caption."""
    m = re.match(r"(.+?[.!?])(?:\s|$)", caption.strip())
    return (m.group(1) if m else caption).strip()


def notes_text(caption: str, data: pd.DataFrame, figures: pd.DataFrame) -> str:
    """Speaker notes: the caption, then the sources and claimants of the figures behind the chart."""
    lines = [caption.strip(), ""]
    rows = figures
    if "figure_id" in data.columns:
        rows = figures[figures["figure_id"].isin(set(data["figure_id"].dropna()))]
    elif "source" in data.columns:
        rows = figures[figures["source"].isin(set(data["source"].dropna()))]
    else:
        rows = figures.iloc[0:0]
    if len(rows):
        srcs = rows.drop_duplicates("source")
        lines.append("Sources: " + "; ".join(f"{o} ({p})" for o, p in zip(srcs["outlet"], srcs["published"])) + ".")
        lines.append("Who claims each figure:")
        for _, r in rows.iterrows():
            named = isinstance(r.get("claimant"), str) and bool(r.get("claimant"))
            via = f", via {r['via']}" if isinstance(r.get("via"), str) and r.get("via") else ""
            kind = KIND_WORDS.get(str(r.get("claimant_kind")), str(r.get("claimant_kind")))
            who = f"{r['claimant']} ({kind}{via})" if named else "no one named"
            reports = r.get("reports")
            rep = f"; {int(reports)} independent report{'s' if int(reports) != 1 else ''}" if pd.notna(reports) else ""
            lines.append(f"- {r['text']} ({r['country_name']}, {r['year']}): {who}{rep}; {r['outlet']}, {r['published']}.")
    else:
        lines.append("Sources: the articles listed in the appendix of briefing.pdf.")
    return "\n".join(lines)


def briefing_pptx(charts: Sequence[Any], tables: dict[str, pd.DataFrame], slide_pngs: dict[str, bytes],
                  titles: dict[str, str], title: str, fixed_date: datetime) -> bytes:
    """The slide deck: a title slide, then one slide per chart in collection order."""
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    kinds = tables["figures"]["claimant_kind"].value_counts()
    texts = (title, f"{len(tables['figures'])} figures from {len(tables['sources'])} news articles. Who claims them: "
             + join([f"{KIND_WORDS.get(k, k)} {n}" for k, n in kinds.items()]) + ".")
    # the default layouts are 4:3: place the cover's two boxes on the 16:9 slide
    for shape, text, top, height, pt in zip((cover.shapes.title, cover.placeholders[1]), texts, (1.6, 3.9), (1.9, 2.2), (40, 20)):
        shape.left, shape.width = Inches(1.0), prs.slide_width - Inches(2.0)
        shape.top, shape.height = Inches(top), Inches(height)
        shape.text = text
        for p in shape.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(pt)
    for chart in charts:
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only"
        slide.shapes.add_picture(io.BytesIO(slide_pngs[chart.slug]), 0, 0, prs.slide_width, prs.slide_height)
        caption = chart.caption(tables)
        t = slide.shapes.title
        t.text = titles.get(chart.slug) or finding(caption)
        t.left, t.width, t.height = Inches(0.5), prs.slide_width - Inches(1.0), Inches(0.9)
        t.top = Emu(-int(t.height) - Inches(0.1))  # above the slide: titled for the outline, not drawn over the chart
        for p in t.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(20)
        slide.notes_slide.notes_text_frame.text = notes_text(caption, chart.data(tables), tables["figures"])
    cp = prs.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.revision = title, "analysis export", "analysis export", 1
    cp.created = cp.modified = cp.last_printed = fixed_date
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()
