"""The briefing pack (`python -m analysis export`): every chart in every format and size,
briefing.pdf's pages and text, PNG resolution, byte-for-byte reproducibility, spreadsheet
formula safety, and notebooks as HTML without code or scripts."""
from __future__ import annotations

import csv
import io
import re
import types
import zipfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from analysis import charts, export, pdf_layout, tables, words  # noqa: E402
from analysis.findings import cover  # noqa: E402
from analysis.paths import NOTEBOOKS  # noqa: E402

SIZES = export.PACK_SIZES


def NO_CODE(html: str) -> bool:  # noqa: N802
    """nbconvert's lab template wraps every code cell's input in these elements."""
    return '<div class="highlight hl-ipython3">' not in html and '<div class="jp-CodeMirrorEditor' not in html
FORMATS = export.FORMATS


def _norm(s: str) -> str:
    """PDF text with line breaks and hyphenation-free wrapping undone."""
    return " ".join(s.split())


@pytest.fixture(scope="module")
def t() -> dict[str, pd.DataFrame]:
    return tables.all_tables()


@pytest.fixture(scope="module")
def pack(t, tmp_path_factory) -> export.Pack:
    """One full export with the real charts and notebooks, shared by the tests below."""
    out = tmp_path_factory.mktemp("pack")
    return export.export(out=out, tables=t, progress=lambda m: None)


def _pdf_text(path: Path) -> list[str]:
    return [_norm(p.extract_text() or "") for p in PdfReader(str(path)).pages]


# ---------------------------------------------------------------- the files
def test_every_chart_in_all_formats_and_sizes(pack, t):
    slugs = [c.slug for c in charts.charts(t)]
    assert slugs and len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), f"{slug}: not a file-friendly name"
        for size in SIZES:
            for fmt in FORMATS:
                f = pack.out / "charts" / f"{slug}-{size}.{fmt}"
                assert f.is_file() and f.stat().st_size > 0, f"missing {f.name}"
        assert (pack.out / "charts" / f"{slug}.csv").is_file()
    for name in t:
        assert (pack.out / "tables" / f"{name}.csv").is_file()
    assert (pack.out / "tables" / export.WORKBOOK).is_file()
    for nb in sorted(NOTEBOOKS.glob("*.ipynb")):
        page = (pack.out / "notebooks" / f"{nb.stem}.html").read_text()
        assert NO_CODE(page) and "<script" not in page.lower(), nb.name
    listed = [line.split("  ")[-1] for line in (pack.out / "MANIFEST.txt").read_text().splitlines() if not line.startswith("#")]
    on_disk = sorted(p.relative_to(pack.out).as_posix() for p in pack.out.rglob("*") if p.is_file())
    assert sorted(listed + ["MANIFEST.txt"]) == on_disk
    assert not [p for p in pack.out.rglob("*.tmp")]


def test_png_size_and_dpi(pack, t):
    for chart in charts.charts(t):
        for size in SIZES:
            w_in, h_in = charts.SIZES[size]
            with Image.open(pack.out / "charts" / f"{chart.slug}-{size}.png") as im:
                dpi = im.info["dpi"]
                assert min(dpi) >= 199.5, f"{chart.slug}-{size}.png: {dpi} dpi"
                assert abs(im.width - w_in * export.DPI) <= 1 and abs(im.height - h_in * export.DPI) <= 1
                assert "Software" not in im.info
    w, h = charts.SIZES["slide"]
    assert abs(w / h - 16 / 9) < 0.01
    w, h = charts.SIZES["half"]
    assert h > w


def test_chart_pdf_and_svg_are_the_figure_size(pack, t):
    chart = charts.charts(t)[0]
    for size in SIZES:
        w_in, h_in = charts.SIZES[size]
        box = PdfReader(str(pack.out / "charts" / f"{chart.slug}-{size}.pdf")).pages[0].mediabox
        assert abs(float(box.width) - w_in * 72) < 1 and abs(float(box.height) - h_in * 72) < 1
        svg = (pack.out / "charts" / f"{chart.slug}-{size}.svg").read_text()
        assert "<dc:date>" not in svg


# ---------------------------------------------------------------- briefing.pdf
def test_briefing_pdf_cover_charts_and_appendix(pack, t):
    pdf = pack.out / "briefing.pdf"
    pages = _pdf_text(pdf)
    chart_list = charts.charts(t)
    assert len(pages) >= 1 + len(chart_list) + 1
    for p in PdfReader(str(pdf)).pages:  # every page A4 portrait
        assert abs(float(p.mediabox.width) - 595.3) < 1 and abs(float(p.mediabox.height) - 841.9) < 1

    cover_page = pages[0]
    keys = cover.key_figures(t)
    assert len(keys) >= 4
    for k in keys:
        assert _norm(k.headline) in cover_page, k.headline
        for s in k.sources:
            assert _norm(s) in cover_page, s
        assert set(k.figure_ids) <= set(t["figures"]["figure_id"])
    # the figures the cover names are the table's, not typed: check one derivation
    permits = t["figures"][(t["figures"]["metric"] == "valid_work_permits") & (t["figures"]["country"] == "RUS")]
    first = permits[permits["year"] == permits["year"].min()]["value"].iloc[0]
    last = permits[permits["year"] == permits["year"].max()]["value"].iloc[0]
    assert f"{first:,.0f} → {last:,.0f}" in cover_page

    # a chart a page, with its caption
    for i, chart in enumerate(chart_list, 1):
        page = pages[i]
        assert f"Chart {i} of {len(chart_list)}" in page
        assert _norm(chart.caption(t)) in page, chart.slug

    # appendix: every figure's outlet and date, every article's date basis and clue
    appendix = " ".join(pages[1 + len(chart_list):])
    assert "Appendix A" in appendix and "Appendix B" in appendix
    for r in t["figures"].itertuples():
        assert _norm(f"{r.outlet}, {words.long_date(r.published)}") in appendix
    for r in t["sources"].itertuples():
        assert _norm(r.date_clue)[:60] in appendix


def test_pdf_survives_long_and_hostile_text(t, tmp_path):
    """Quotes longer than a page, words longer than a column and markup characters
    lay out inside the page instead of failing or running off it."""
    figs = t["figures"].copy()
    figs.loc[0, "quote"] = ("A very long sentence about workers " * 160) + "<script>alert(1)</script> & " + "x" * 400
    figs.loc[1, "text"] = "=HYPERLINK(\"http://example.com\")"
    tt = {**t, "figures": figs}
    data = pdf_layout.briefing_pdf(tt, [], {})
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "<script>alert(1)</script>" in text
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        spots: list[tuple[float, float]] = []

        def where(txt, cm, tm, font, size, spots=spots):  # where each run of text starts, in page space
            if txt.strip():
                spots.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=where)
        assert all(0 <= x <= w and 0 <= y <= h for x, y in spots)


# ---------------------------------------------------------------- reproducible, incremental, atomic
def test_export_twice_gives_identical_bytes(pack, t, tmp_path):
    again = export.export(out=tmp_path / "again", tables=t, progress=lambda m: None)
    a = {p.relative_to(pack.out).as_posix(): p.read_bytes() for p in pack.out.rglob("*") if p.is_file()}
    b = {p.relative_to(again.out).as_posix(): p.read_bytes() for p in again.out.rglob("*") if p.is_file()}
    assert sorted(a) == sorted(b)
    differ = [name for name in a if a[name] != b[name]]
    assert not differ, f"not reproducible: {differ}"


def test_unchanged_bytes_are_not_rewritten(tmp_path):
    pack = export.Pack(tmp_path)
    f = tmp_path / "a" / "b.txt"
    assert pack.put("a/b.txt", b"one") is True and not f.exists()  # staged until commit
    pack.commit()
    stamp = f.stat().st_mtime_ns
    assert pack.put("a/b.txt", b"one") is False
    pack.commit()
    assert f.stat().st_mtime_ns == stamp
    assert pack.put("a/b.txt", b"two") is True
    pack.commit()
    assert f.read_bytes() == b"two" and pack.changed == ["a/b.txt", "a/b.txt"]
    assert oct(f.stat().st_mode & 0o777) == "0o644" and not list(tmp_path.rglob("*.tmp"))


def test_unchanged_inputs_skip_the_work_unless_a_file_is_missing(pack, t):
    msgs: list[str] = []
    quick = export.export(out=pack.out, tables=t, progress=msgs.append)
    assert quick.changed == [] and any("up to date" in m for m in msgs), msgs
    assert sorted(quick.files) == sorted(p.relative_to(pack.out).as_posix() for p in pack.out.rglob("*") if p.is_file())
    key = next(line for line in (pack.out / "MANIFEST.txt").read_text().splitlines() if line.startswith("# inputs: "))
    key = key.split(": ", 1)[1]
    victim = pack.out / quick.files[0]
    data = victim.read_bytes()
    try:
        victim.write_bytes(data + b" ")  # an edited file means the pack is not up to date
        assert not export._up_to_date(pack.out, key, export.Pack(pack.out))
        victim.unlink()  # nor is a deleted one
        assert not export._up_to_date(pack.out, key, export.Pack(pack.out))
    finally:
        victim.write_bytes(data)
    assert export._up_to_date(pack.out, key, export.Pack(pack.out))
    assert not export._up_to_date(pack.out, "0" * 64, export.Pack(pack.out))  # other inputs


def test_failed_export_leaves_the_previous_pack_whole(t, tmp_path):
    good = _standin([_chart("alpha"), _chart("beta")])
    out = tmp_path / "pack"
    export.export(out=out, tables=t, charts_module=good, html=False, progress=lambda m: None)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def boom(tables, size):
        raise RuntimeError("killed mid-export")

    bad = _standin([_chart("alpha", color="red"), types.SimpleNamespace(slug="beta", draw=boom, data=_data, caption=_caption)])
    with pytest.raises(RuntimeError):
        export.export(out=out, tables=t, charts_module=bad, html=False, progress=lambda m: None)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before  # alpha was re-rendered (red) before beta failed, but nothing was written
    assert not list(out.rglob("*.tmp"))


# ---------------------------------------------------------------- spreadsheets
HOSTILE = ['=HYPERLINK("http://example.com","x")', "+1+1", "-2+3", "@SUM(A1)", "plain text", "\t=1"]


def test_csv_neutralises_formulas():
    df = pd.DataFrame({"text": HOSTILE, "n": [-5, 1, 2, 3, 4, 5], "x": [-1.5, None, 2.0, 3.0, 4.0, 5.0]})
    rows = list(csv.DictReader(io.StringIO(export.safe_csv(df).decode())))
    for r, original in zip(rows, HOSTILE, strict=True):
        if original == "plain text":
            assert r["text"] == original
        else:
            assert r["text"] == "'" + original
    assert rows[0]["n"] == "-5" and rows[0]["x"] == "-1.5"  # numbers stay numbers


def test_workbook_stores_formula_like_text_as_text(tmp_path):
    from openpyxl import load_workbook

    df = pd.DataFrame({"text": HOSTILE, "n": [-5, 1, 2, 3, 4, 5]})
    data = export.workbook_bytes({"figures": df})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet and "<f " not in sheet
        assert all(i.date_time == export.ZIP_DATE for i in z.infolist())
    (tmp_path / "w.xlsx").write_bytes(data)
    ws = load_workbook(tmp_path / "w.xlsx")["figures"]
    for i, original in enumerate(HOSTILE, 2):
        cell = ws.cell(i, 1)
        assert cell.value == original and cell.data_type == "s"
    assert ws.cell(2, 2).value == -5
    assert export.workbook_bytes({"figures": df}) == data


def test_workbook_has_a_sheet_per_table(pack, t):
    from openpyxl import load_workbook

    wb = load_workbook(pack.out / "tables" / export.WORKBOOK, read_only=True)
    assert [n for n in wb.sheetnames if n != "codebook"] == list(t)
    for name, df in t.items():
        assert wb[name].max_row == len(df) + 1


# ---------------------------------------------------------------- notebooks as HTML
def test_notebook_html_has_no_code_and_no_live_script(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Findings\n\n> quoted\n\n<script>alert('md')</script>\n\n"
                                      "<img src=x onerror=alert('md')> [link](javascript:alert('md'))"),
        nbformat.v4.new_code_cell("CODE_MARKER = 1\nprint(quote)", execution_count=1, outputs=[
            nbformat.v4.new_output("stream", name="stdout", text="<script>alert('stream')</script>\n"),
            nbformat.v4.new_output("display_data", data={
                "text/html": pd.DataFrame({"quote": ["<script>alert('df')</script>"]}).to_html()
                + "<script>alert('html')</script><img src=x onerror=alert(1)>",
                "text/plain": "df"}),
            nbformat.v4.new_output("display_data", data={
                "image/svg+xml": "<svg><script>alert('svg')</script></svg>", "text/plain": "<Figure>"}),
        ]),
    ]
    path = tmp_path / "01-test.ipynb"
    nbformat.write(nb, str(path))
    html = export.notebook_html(path).decode()
    assert "CODE_MARKER" not in html and NO_CODE(html)
    assert "<script" not in html.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", html, re.I)  # no event-handler attributes
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", html, re.I)
    assert "&lt;script&gt;alert('df')&lt;/script&gt;" in html  # article text shown, escaped
    assert "<blockquote>" in html  # Markdown still renders
    assert export.notebook_html(path) == html.encode()  # deterministic


# ---------------------------------------------------------------- command line
def test_cli_help_list_and_one_chart(cli, tmp_path, t):
    r = cli("export", "--help")
    assert r.returncode == 0 and "--chart" in r.stdout.decode() and "--no-pdf" in r.stdout.decode()
    r = cli("export", "--list")
    assert r.returncode == 0, r.stderr
    slugs = r.stdout.decode().split()
    assert slugs == [c.slug for c in charts.charts(t)]
    out = tmp_path / "one"
    r = cli("export", "--chart", slugs[0], "--out", str(out), "--formats", "png", "--sizes", "slide")
    assert r.returncode == 0, r.stderr.decode()
    err = r.stderr.decode()
    assert f"export: chart {slugs[0]} (slide)" in err and "pack ready" in err
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == ["MANIFEST.txt", f"charts/{slugs[0]}-slide.png", f"charts/{slugs[0]}.csv"]
    r = cli("export", "--chart", "no-such-chart", "--out", str(out))
    assert r.returncode != 0 and "no-such-chart" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
    r = cli("export", "--formats", "gif", "--out", str(out))
    assert r.returncode != 0 and "gif" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


# ---------------------------------------------------------------- a tiny stand-in collection
def _data(tables):
    return pd.DataFrame({"year": [1, 2], "value": [3.0, 4.0]})


def _caption(tables):
    return "First sentence. Second sentence."


def _chart(slug: str, color: str = "blue") -> types.SimpleNamespace:
    def draw(tables, size):
        fig = plt.figure(figsize=charts.SIZES[size])
        fig.suptitle(f"{slug} title")
        fig.text(0.01, 0.01, "Source: test")
        fig.add_subplot().bar([0, 1], [3, 4], color=color)
        return fig

    return types.SimpleNamespace(slug=slug, draw=draw, data=_data, caption=_caption)


def _standin(chart_list: list) -> types.SimpleNamespace:
    return types.SimpleNamespace(SIZES=charts.SIZES, setup=lambda: None, charts=lambda tables=None: chart_list)
