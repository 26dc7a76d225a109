"""briefing.pptx: one chart a slide at slide size, the finding as title, sources and
claimants in the notes, nothing volatile inside."""
import io
import zipfile

import pytest
from pptx import Presentation

from analysis import charts, export, tables


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    t = tables.all_tables()
    out = tmp_path_factory.mktemp("pack")
    export.export(out=out, tables=t, progress=lambda m: None, formats=("png",), sizes=("slide",), html=False)
    return t, (out / "briefing.pptx").read_bytes()


def test_one_chart_a_slide_at_slide_size_titled_by_its_finding(deck):
    t, data = deck
    prs = Presentation(io.BytesIO(data))
    chart_list = charts.charts(t)
    slides = list(prs.slides)
    assert len(slides) == 1 + len(chart_list)
    assert (prs.slide_width, prs.slide_height) == (12191695, 6858000)  # 13.333 x 7.5 in, 16:9
    for slide, chart in zip(slides[1:], chart_list):
        pics = [s for s in slide.shapes if s.shape_type == 13]
        assert len(pics) == 1 and (pics[0].left, pics[0].top) == (0, 0)
        assert (pics[0].width, pics[0].height) == (prs.slide_width, prs.slide_height)
        title = slide.shapes.title.text
        assert len(title) > 20 and "\n" not in title and not title.endswith(" ")
        assert slide.shapes.title.top + slide.shapes.title.height <= 0  # outline title, not drawn over the chart
        notes = slide.notes_slide.notes_text_frame.text
        assert chart.caption(t).strip() in notes


def test_notes_name_sources_and_who_claims_each_figure(deck):
    t, data = deck
    prs = Presentation(io.BytesIO(data))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in list(prs.slides)[1:])
    assert "Sources: " in notes and "Who claims each figure:" in notes
    assert "US diplomats (another government)" in notes
    assert "independent report" in notes


def test_nothing_volatile_inside(deck):
    _, data = deck
    z = zipfile.ZipFile(io.BytesIO(data))
    assert {i.date_time for i in z.infolist()} == {export.ZIP_DATE}
    core = z.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and core.count("2000-01-01") >= 2
