"""The layout of briefing.pdf: cover with the key figures, one chart a page with its
caption, and the appendices (every figure with its sentence; how each date is known).

Kept apart from `analysis.export`, which decides what goes in the pack and writes it:
this module only turns tables, charts and their PDFs into pages. Article text is escaped
before reportlab sees it, so markup in a quote shows as text.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Sequence
from xml.sax.saxutils import escape

import pandas as pd

from .findings.cover import key_figures
from .words import fmt_number, is_number, join, long_date

TITLE = "North Korean workers abroad"
SUBTITLE = "What news reports say, figure by figure, with sources"

# ---------------------------------------------------------------- briefing.pdf
def _fonts() -> tuple[str, str, str]:
    """DejaVu Sans (shipped with matplotlib, so the pack needs no system fonts) covers
    the curly quotes, dashes and accents of article text, like the charts do."""
    from matplotlib import get_data_path
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    ttf = Path(get_data_path()) / "fonts" / "ttf"
    names = ("Briefing", "Briefing-Bold", "Briefing-Oblique")
    files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
    for n, f in zip(names, files):
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, str(ttf / f)))
    pdfmetrics.registerFontFamily(names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[1])
    return names


def _p(text: object) -> str:
    """Article or table text made safe for a reportlab Paragraph (markup escaped)."""
    return escape("" if text is None or (isinstance(text, float) and text != text) else str(text))


def briefing_pdf(tables: dict[str, pd.DataFrame], chart_list: Sequence[Any], chart_pdfs: dict[str, bytes]) -> bytes:
    """The briefing: cover with key figures, a chart a page with its caption, appendix.

    reportlab lays out the text and leaves a slot on each chart page; pypdf then places
    the chart's own vector PDF in that slot, so charts stay sharp and their text stays
    searchable. reportlab runs in invariant mode (fixed date and document id)."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch, mm
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    regular, bold, _italic = _fonts()
    ink, grey, accent, rule = colors.HexColor("#1a1a1a"), colors.HexColor("#5a5a5a"), colors.HexColor("#1f4e79"), \
        colors.HexColor("#c8c8c8")
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=24, leading=29, textColor=ink, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=13, leading=17, textColor=grey, spaceAfter=14),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, textColor=ink, spaceAfter=6),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=15, leading=19, textColor=ink, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11, leading=14, textColor=ink, spaceBefore=8, spaceAfter=4),
        "big": ParagraphStyle("big", fontName=bold, fontSize=17, leading=21, textColor=accent),
        "label": ParagraphStyle("label", fontName=regular, fontSize=10, leading=13, textColor=ink, spaceBefore=2),
        "cite": ParagraphStyle("cite", fontName=regular, fontSize=7.5, leading=9.5, textColor=grey, spaceBefore=2),
        "caption": ParagraphStyle("caption", fontName=regular, fontSize=10.5, leading=14.5, textColor=ink),
        "small": ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=9.5, textColor=grey),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9.3, textColor=ink, alignment=TA_LEFT,
                               splitLongWords=1),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=7.5, leading=9.3, textColor=ink, splitLongWords=1),
        "head": ParagraphStyle("head", fontName=bold, fontSize=7.5, leading=9.3, textColor=colors.white),
    }
    page_w, page_h = A4
    margin = 0.75 * inch
    frame_w, frame_h = page_w - 2 * margin, page_h - 2 * margin - 6 * mm  # room for the footer

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(grey)
        canvas.drawString(margin, margin * 0.6, f"{TITLE}: briefing from news reporting")
        canvas.drawRightString(page_w - margin, margin * 0.6, f"page {doc.page}")
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.5)
        canvas.line(margin, margin * 0.6 + 10, page_w - margin, margin * 0.6 + 10)
        canvas.restoreState()

    slots: list[tuple[int, float, float, float, float, str]] = []

    class ChartSlot(Flowable):
        """Empty space of the chart's size; records where it landed for pypdf."""

        def __init__(self, slug: str, width: float, height: float) -> None:
            super().__init__()
            self.slug, self.width, self.height = slug, width, height
            self.hAlign = "CENTER"

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.width, self.height

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
            slots.append((canvas.getPageNumber(), self._hAlignAdjust(x, _sW), y, self.width, self.height, self.slug))
            super().drawOn(canvas, x, y, _sW)

        def draw(self) -> None:
            pass

    src = tables["sources"]
    figs = tables["figures"]
    story: list[Any] = []

    # -- cover
    story.append(Paragraph(_p(TITLE), st["title"]))
    story.append(Paragraph(_p(SUBTITLE), st["subtitle"]))
    outlets = list(dict.fromkeys(src.sort_values("published", kind="stable")["outlet"]))
    pubs = sorted(src["published"].dropna())
    intro = (f"Every number in this briefing was read from one of {len(src)} news articles published "
             f"between {long_date(pubs[0])} and {long_date(pubs[-1])} by {join(outlets)}. "
             f"The articles give {len(figs)} figures in all; each figure below names the outlet and date it comes "
             f"from, and the appendix quotes the sentence every figure stands in."
             if len(pubs) else "No articles yet.")
    story.append(Paragraph(_p(intro), st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Key figures", st["h1"]))
    for k in key_figures(tables):
        block = [Paragraph(_p(k.headline), st["big"]), Paragraph(_p(k.label), st["label"])]
        block += [Paragraph("Source: " + "; ".join(_p(s) for s in k.sources), st["cite"])]
        if k.claims:
            block += [Paragraph("Who claims it: " + _p(k.claims), st["cite"])]
        card = Table([[block]], colWidths=[frame_w], style=TableStyle([
            ("LINEBEFORE", (0, 0), (0, 0), 3, accent), ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [card, Spacer(1, 8)]
    if chart_list:
        story.append(Spacer(1, 4))
        story.append(Paragraph("Inside", st["h2"]))
        story.append(Paragraph(_p(f"{len(chart_list)} charts, one a page with what it shows in two sentences; then "
                                  "an appendix listing every figure with its sentence, outlet and date, and how "
                                  "each article's publication date was established. Each chart is also in "
                                  "charts/ as PNG, SVG and PDF at slide (16:9) and half-page sizes, with its data "
                                  "as CSV."), st["body"]))

    # -- charts, one a page
    for i, chart in enumerate(chart_list, 1):
        pdf = chart_pdfs[chart.slug]
        box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
        cw, ch = float(box.width), float(box.height)
        scale = min(1.0, frame_w / cw, (frame_h - 1.6 * inch) / ch)
        story.append(PageBreak())
        story.append(Paragraph(_p(f"Chart {i} of {len(chart_list)}"), st["small"]))
        story.append(Spacer(1, 4))
        story.append(ChartSlot(chart.slug, cw * scale, ch * scale))
        story.append(Spacer(1, 10))
        story.append(Paragraph(_p(chart.caption(tables)), st["caption"]))
        story.append(Spacer(1, 6))
        story.append(Paragraph(_p(f"Files: charts/{chart.slug}-slide and -half as .png, .svg and .pdf; "
                                  f"data: charts/{chart.slug}.csv"), st["small"]))

    # -- appendix A: every figure
    story.append(PageBreak())
    story.append(Paragraph("Appendix A. Every figure, with the sentence it stands in", st["h1"]))
    story.append(Paragraph(_p("One row per figure taken from the articles (after analyst curation), oldest article "
                              "first. “Reads as” gives the number as counted, with the metric, country and year "
                              "it describes; the last column says who claims the figure (and through which outlet) "
                              "and how many independent reports carry the same value (articles from one agency count "
                              "once); the full table is tables/figures.csv."), st["body"]))
    rows = [[Paragraph(h, st["head"]) for h in ("Figure", "Reads as", "Quote", "Outlet and date")]]
    for r in figs.itertuples():
        rows.append([
            Paragraph(_p(r.text), st["cellb"]),
            Paragraph(_p(_reads_as(r)), st["cell"]),
            Paragraph(_p(r.quote), st["cell"]),
            Paragraph(_p(f"{r.outlet}, {long_date(r.published)}. " + _claimed(r)), st["cell"]),
        ])
    widths = [0.15, 0.22, 0.45, 0.18]
    story.append(_table(rows, [frame_w * w for w in widths], Table, TableStyle, colors, accent, rule))

    # -- appendix B: how each date was established
    story.append(CondPageBreak(2.5 * inch))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Appendix B. How each article's date was established", st["h1"]))
    story.append(Paragraph(_p("Many articles as received print no date. Where the date was inferred, the clue "
                              "column gives the words and the reasoning; figures read as “last year” or “this "
                              "year” are resolved against these dates."), st["body"]))
    rows = [[Paragraph(h, st["head"]) for h in ("Article", "Published", "Basis", "How we know")]]
    for r in src.sort_values(["published", "source"], kind="stable").itertuples():
        rows.append([
            [Paragraph(_p(r.outlet), st["cellb"]), Paragraph(_p(r.title), st["cell"]),
             Paragraph(_p(f"reported by {r.agency}" if r.agency and r.agency != r.outlet else ""), st["cell"])],
            Paragraph(_p(f"{long_date(r.published)} ({r.date_precision})"), st["cell"]),
            Paragraph(_p(r.date_basis), st["cell"]),
            Paragraph(_p(r.date_clue), st["cell"]),
        ])
    widths = [0.27, 0.15, 0.09, 0.49]
    story.append(_table(rows, [frame_w * w for w in widths], Table, TableStyle, colors, accent, rule))
    story.append(KeepTogether([Spacer(1, 10), Paragraph(_p(
        "Made with “python -m analysis export” from the project's seeds/ and data/ folders; "
        "exporting again gives the same bytes."), st["small"])]))

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin + 6 * mm, title=f"{TITLE}: briefing", author="analysis.export",
                          subject=SUBTITLE, creator="python -m analysis export", invariant=1, lang="en")
    frame = Frame(margin, margin + 6 * mm, frame_w, frame_h, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    doc.build(story)

    # -- place each chart's vector PDF in its slot
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    writer = PdfWriter(clone_from=reader)
    for page_no, x, y, w, _h, slug in slots:
        chart_page = PdfReader(io.BytesIO(chart_pdfs[slug])).pages[0]
        s = w / float(chart_page.mediabox.width)
        writer.pages[page_no - 1].merge_transformed_page(chart_page, Transformation().scale(s).translate(x, y))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _table(rows: list, widths: list[float], Table: Any, TableStyle: Any, colors: Any, accent: Any, rule: Any) -> Any:  # noqa: N803
    t = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), accent),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, rule),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f6f8")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _claimed(r: Any) -> str:
    """Appendix A's who-claims-it words: "Claimed by US diplomats (US government); 1 report"."""
    who = f"Claimed by {r.claimant} ({r.claimed_by})" if isinstance(r.claimant, str) and r.claimant else "No one named"
    via = f", via {r.via}" if isinstance(r.via, str) and r.via else ""
    n = int(r.reports) if r.reports == r.reports and r.reports is not None else 1
    return f"{who}{via}; {n} independent report{'s' if n != 1 else ''}."


def _reads_as(r: Any) -> str:
    """'12,345 (valid work permits), Russia, 2017' from a figures row."""
    unit = r.unit
    if is_number(r.value):
        n = fmt_number(r.value, unit)
        if r.kind == "lower bound":
            n = f"at least {n}"
        elif r.kind == "upper bound":
            n = f"up to {n}"
        elif r.kind == "estimate":
            n = f"about {n}"
    elif is_number(r.low) and is_number(r.high):
        n = f"{fmt_number(r.low, unit)} to {fmt_number(r.high, unit)}"
    else:
        n = r.text
    what = str(r.metric).replace("_", " ") if r.metric else ""
    place = r.country_name or r.country or ""
    return ", ".join(str(x) for x in (f"{n} ({what})" if what else n, place, "" if not is_number(r.year) else int(r.year)) if x)
