"""`python -m analysis export`: the briefing pack in briefing/.

What it writes (paths relative to the pack folder):

- ``charts/<slug>-<size>.<ext>``: every chart of ``analysis.charts`` as PNG, SVG and PDF in
  the slide (16:9) and half-page portrait sizes, plus ``charts/<slug>.csv``, the tidy data
  behind it;
- ``briefing.pdf`` (laid out by ``analysis.pdf_layout``): a cover with key figures (each with its outlet and date), one chart a
  page with its two-sentence caption, and an appendix listing every figure with its quote
  and how each article's date was established (cover and appendix say who claims each figure);
- ``briefing.pptx`` (laid out by ``analysis.slides``): a title slide, then one chart a slide
  at slide size, the chart's finding as the slide title, sources and claimants in the notes;
- ``tables/<table>.csv`` and ``tables/dprk-workers-abroad.xlsx`` (a sheet per table and a
  codebook sheet);
- ``notebooks/<notebook>.html``: each notebook without its code, for readers without Python;
- ``MANIFEST.txt``: every file of the pack with its size and SHA-256.

Byte for byte reproducible: the dates, versions and random ids that matplotlib, reportlab,
openpyxl, python-pptx and zip stamp into files are fixed or dropped, so exporting twice gives identical
files. Writes are atomic and only changed bytes are rewritten.

Spreadsheet safety: a text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
return could run as a formula when a CSV is opened in a spreadsheet. In the pack's CSVs
(not in data/tables/, which stay exact) such cells get a leading apostrophe; in the
workbook they are stored as explicit text cells with Excel's quote prefix, so the text is
exact and can never become a formula.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import os
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from .errors import InputError
from .fileio import remove_stale_temps, write_files_atomic
from .paths import BRIEFING, NOTEBOOKS, rel
from .pdf_layout import TITLE, briefing_pdf
from .slides import briefing_pptx

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
PACK_SIZES: tuple[str, ...] = ("slide", "half")
DPI = 220  # PNG resolution; at least 200 dpi for print
SLIDE_SIZE = "slide"  # the chart size of briefing.pptx's slides (13.33 x 7.5 in)
PDF_CHART_SIZE = "half"  # the chart size placed on briefing.pdf's portrait pages
SVG_HASHSALT = "dprk-workers-abroad"  # fixed seed for SVG element ids
FIXED_DATE = dt.datetime(2000, 1, 1)  # stamped where a file format insists on a date
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # earliest date a zip entry can carry
WORKBOOK = "dprk-workers-abroad.xlsx"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[str], None]


def _stderr(msg: str) -> None:
    print(f"export: {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- writing the pack
@dataclass
class Pack:
    """The files one export produced, and which of them changed on disk.

    `put` only stages a file whose bytes differ from what is on disk; `commit` writes
    every staged file to a temporary file first and then renames them all into place
    (analysis.fileio.write_files_atomic). An export killed while rendering, the slow
    part, so leaves the previous pack untouched."""

    out: Path
    files: list[str] = field(default_factory=list)  # paths relative to out, in the order put
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    staged: dict[Path, bytes] = field(default_factory=dict)

    def put(self, relpath: str, data: bytes) -> bool:
        """Stage data for out/relpath unless the file already holds these bytes."""
        path = self.out / relpath
        self.files.append(relpath)
        try:
            if path.read_bytes() == data:
                return False
        except FileNotFoundError:
            pass
        self.staged[path] = data
        self.changed.append(relpath)
        return True

    def commit(self) -> None:
        """Write the staged files: all to temporary files, then each renamed into place."""
        if self.staged:
            write_files_atomic(self.staged)  # files get the usual umask mode, not mkstemp's 0600
        self.staged = {}


# ---------------------------------------------------------------- charts
def _charts_module() -> Any:
    from . import charts

    return charts


def figure_bytes(fig: Any, fmt: str) -> bytes:
    """A matplotlib figure as PNG, SVG or PDF bytes with nothing volatile inside: no
    dates, no random SVG ids; the figure's own size (no tight cropping)."""
    import matplotlib

    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}[fmt]
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": SVG_HASHSALT}):
        fig.savefig(buf, format=fmt, dpi=DPI, metadata=metadata)
    return buf.getvalue()


def render_chart(chart: Any, tables: dict, size: str, formats: Iterable[str]) -> dict[str, bytes]:
    """Draw one chart at one size and save it in each format; "title" holds the title the
    chart draws (its finding, the slide's title), as UTF-8 with line wraps undone."""
    import matplotlib.pyplot as plt

    fig = chart.draw(tables, size)
    try:
        out = {fmt: figure_bytes(fig, fmt) for fmt in formats}
        title = next((t.get_text() for t in fig.texts if t.get_gid() == "title"), "")
        out["title"] = " ".join(title.split()).encode("utf-8")
        return out
    finally:
        plt.close(fig)


_WORKER: dict[str, Any] = {}


def _worker_init(module: str, tables: dict) -> None:
    import importlib
    import threading
    import time

    import matplotlib

    parent = os.getppid()

    def orphaned() -> None:  # the export was killed (SIGKILL): do not linger
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=orphaned, daemon=True).start()

    matplotlib.use("Agg")
    cm = importlib.import_module(module)
    cm.setup()
    _WORKER.update(tables=tables, charts={c.slug: c for c in cm.charts(tables)})


def _worker_render(slug: str, size: str, formats: tuple[str, ...]) -> dict[str, bytes]:
    return render_chart(_WORKER["charts"][slug], _WORKER["tables"], size, formats)


def _render_many(cm: Any, tables: dict, tasks: list[tuple[str, str, tuple[str, ...]]],
                 jobs: int | None) -> Iterable[tuple[str, str, dict[str, bytes]]]:
    """Render (slug, size, formats) tasks, yielding results in task order. Charts are
    independent, so with several CPUs they render in parallel in fresh (spawned)
    processes; a collection that is not an importable module renders here, in order.
    The bytes are the same either way."""
    import types

    jobs = min(jobs or os.cpu_count() or 1, 4, len(tasks))
    importable = isinstance(cm, types.ModuleType) and getattr(cm, "__spec__", None) is not None
    if jobs <= 1 or not importable:
        by_slug = {c.slug: c for c in cm.charts(tables)}
        for slug, size, fmts in tasks:
            yield slug, size, render_chart(by_slug[slug], tables, size, fmts)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_worker_init, initargs=(cm.__name__, tables)) as pool:
        futures = [pool.submit(_worker_render, *task) for task in tasks]
        try:
            for (slug, size, _), fut in zip(tasks, futures):
                yield slug, size, fut.result()
        finally:
            for fut in futures:
                fut.cancel()


# ---------------------------------------------------------------- tables: CSV and Excel
def neutralise(v: object) -> object:
    """A text cell that a spreadsheet could read as a formula gets a leading apostrophe."""
    if isinstance(v, str) and v.startswith(FORMULA_START):
        return "'" + v
    return v


def safe_csv(df: "pd.DataFrame") -> bytes:
    """The table as CSV (as data/tables/ writes it) with formula-like text neutralised."""
    from .build import table_csv

    df = df.copy()
    for c in df.columns:
        if not (df[c].dtype.kind in "iufb" or str(df[c].dtype) in ("Int64", "Float64", "boolean")):
            df[c] = df[c].map(neutralise, na_action="ignore")
    return table_csv(df).encode("utf-8")


def _fixed_zip(data: bytes, replace: dict[str, Callable[[bytes], bytes]] | None = None) -> bytes:
    """Rewrite a zip (an .xlsx) with every entry dated ZIP_DATE, in the same order."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in replace:
                body = replace[info.filename](body)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return buf.getvalue()


def _fix_core_dates(xml: bytes) -> bytes:
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    for tag in (b"dcterms:created", b"dcterms:modified"):
        xml = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)", rb"\g<1>" + stamp + rb"\g<2>", xml)
    return xml


def workbook_bytes(tables: dict[str, "pd.DataFrame"], codebook: bool = True) -> bytes:
    """One .xlsx: a sheet per table (header row frozen, filters on) and a codebook sheet.
    Text is stored as text: a cell such as '=HYPERLINK(...)' is never a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for name, df in tables.items():
        ws = wb.create_sheet(title=name[:31])
        ws.append([str(c) for c in df.columns])
        for cell in ws[1]:
            cell.font = bold
        for rec in df.itertuples(index=False, name=None):
            ws.append([_xl_value(v) for v in rec])
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and (cell.data_type == "f" or cell.value.startswith(FORMULA_START)):
                    cell.data_type = "s"  # explicit text, never a formula
                    cell.quotePrefix = True  # and Excel keeps it text when edited
        _widths(ws, df)
        ws.freeze_panes = "A2"
        if len(df.columns):
            ws.auto_filter.ref = ws.dimensions
    if codebook:
        from .schema import TABLES

        ws = wb.create_sheet(title="codebook")
        ws.append(["table", "column", "type", "unit", "meaning"])
        for cell in ws[1]:
            cell.font = bold
        for tname, (desc, cols) in TABLES.items():
            if tname not in tables:
                continue
            ws.append([tname, "", "", "", desc])
            for c in cols:
                ws.append([tname, c.name, c.type, c.unit, c.meaning])
        for letter, width in zip("ABCDE", (24, 22, 9, 18, 90)):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A2"
    props = wb.properties
    props.creator = "python -m analysis export"
    props.title = TITLE
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.lastModifiedBy = None
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps the save time into docProps/core.xml and every zip entry: fix both
    return _fixed_zip(buf.getvalue(), {"docProps/core.xml": _fix_core_dates})


def _xl_value(v: object) -> object:
    if v is None:
        return None
    try:
        if v != v:  # NaN
            return None
    except (TypeError, ValueError):
        return None
    if type(v).__module__ == "numpy":
        return v.item()  # type: ignore[attr-defined]
    if type(v).__name__ == "NAType":
        return None
    return v


def _widths(ws: Any, df: "pd.DataFrame") -> None:
    from openpyxl.utils import get_column_letter

    for i, c in enumerate(df.columns, 1):
        longest = max([len(str(c))] + [len(str(v)) for v in df[c].dropna().head(1000)])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))


# ---------------------------------------------------------------- notebooks as HTML
_HTML_TEMPLATE = """{%- extends "lab/index.html.j2" -%}
{#- the notebook without code, readable offline: no scripts from CDNs, no widget state -#}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""
_ACTIVE = re.compile(r"<(/?)(script|iframe|object|embed|form|link|meta|base)\b", re.I)
_ALLOWED_TAGS = ["a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "div", "dl",
                 "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
                 "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "style", "sub", "sup", "table",
                 "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"]
_ALLOWED_ATTRS = {"*": ["class", "style", "title", "id", "align", "lang"], "a": ["href"],
                  "img": ["src", "alt", "width", "height"], "td": ["colspan", "rowspan"],
                  "th": ["colspan", "rowspan"], "table": ["border"], "style": ["scoped", "type"]}


_HANDLER = re.compile(r"(<[A-Za-z][^>]*?)\s+on\w+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+)")


def _defuse_markdown(src: str) -> str:
    """Markdown keeps its syntax (a bleach pass would escape '>' quotes and tables);
    only what could run is disarmed: script-like tags, on* handlers, javascript: links."""
    src = _ACTIVE.sub(r"&lt;\1\2", src)
    while True:
        new = _HANDLER.sub(r"\1", src)
        if new == src:
            break
        src = new
    return re.sub(r"javascript:", "blocked-javascript:", src, flags=re.I)


def _html_exporter() -> Any:
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors.sanitize import SanitizeHTML

    class Sanitize(SanitizeHTML):
        """Outputs pass through bleach with a generous allow-list of tags (DataFrames,
        tables, images keep their look; scripts and event handlers are escaped). SVG
        outputs are kept unless they carry script. Markdown cells are authored text:
        only active tags are escaped there, so Markdown syntax keeps working."""

        def preprocess_cell(self, cell, resources, index):  # noqa: ANN001, ANN201
            if cell.cell_type in ("markdown", "raw"):
                cell.source = _defuse_markdown(cell.source)
                return cell, resources
            if cell.cell_type == "code":
                for o in cell.get("outputs", []):
                    svg = o.get("data", {}).get("image/svg+xml")
                    if svg is not None and re.search(r"<script|\son\w+\s*=|javascript:", svg, re.I):
                        del o["data"]["image/svg+xml"]
                cell.outputs = self.sanitize_code_outputs(cell.outputs)
            return cell, resources

    quiet = logging.getLogger("analysis.export.nbconvert")
    quiet.setLevel(logging.ERROR)  # e.g. "Alternative text is missing": not the reader's concern
    exporter = HTMLExporter(log=quiet, extra_loaders=[DictLoader({"briefing.html.j2": _HTML_TEMPLATE})],
                            template_file="briefing.html.j2", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    exporter.register_preprocessor(Sanitize(tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRS,
                                            safe_output_keys={"metadata", "text/plain", "text/latex", "application/json",
                                                              "image/png", "image/jpeg", "image/svg+xml"}),
                                   enabled=True)
    return exporter


def notebook_html(path: Path, exporter: Any | None = None) -> bytes:
    """One notebook as a standalone HTML page: outputs and Markdown only, no code, no
    scripts, nothing that changes between runs."""
    import nbformat

    exporter = exporter or _html_exporter()
    nb = nbformat.read(str(path), as_version=4)
    nb.metadata.pop("widgets", None)  # widget state needs JavaScript the page does not load
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    return body.encode("utf-8")



# ---------------------------------------------------------------- the whole export
def _manifest(out: Path, key: str | None) -> bytes:
    lines = [
        f"# {TITLE}: briefing pack, written by `python -m analysis export`.",
        "# briefing.pdf: key figures, charts with captions, appendix of every figure and its source.",
        "# charts/: each chart as PNG, SVG and PDF at slide (16:9) and half-page sizes, and its data as CSV.",
        "# tables/: the tidy tables as CSV and as one Excel workbook; text cells that could run as a",
        "#   spreadsheet formula (starting = + - @) carry a leading ' in the CSVs and are plain text in the workbook.",
        "# notebooks/: each notebook as HTML, without code.",
        *([f"# inputs: {key}"] if key else []),
        "# sha256  bytes  file",
    ]
    for p in sorted(out.rglob("*")):
        r = p.relative_to(out).as_posix()
        if not p.is_file() or r == "MANIFEST.txt" or any(part.startswith(".") for part in p.relative_to(out).parts):
            continue
        data = p.read_bytes()
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {len(data)}  {r}")
    return ("\n".join(lines) + "\n").encode("utf-8")


_LIBRARIES = ("matplotlib", "seaborn", "pandas", "numpy", "fonttools", "pillow", "reportlab", "pypdf", "openpyxl",
              "nbconvert", "nbformat", "bleach", "jinja2", "pycountry")


def _inputs_key(cm: Any, tables: dict, formats: Sequence[str], sizes: Sequence[str], pdf: bool, html: bool,
                nb_dir: Path) -> str | None:
    """A digest of everything a full export depends on: the tables' content, the
    package's code (charts included), the notebooks, library versions and the options.
    None for a chart collection that is not a module file (tests' stand-ins)."""
    import types
    from importlib.metadata import PackageNotFoundError, version

    from .build import table_csv

    cm_file = getattr(cm, "__file__", None) if isinstance(cm, types.ModuleType) else None
    if not cm_file:
        return None
    h = hashlib.sha256()
    libs = []
    for lib in _LIBRARIES:
        try:
            libs.append((lib, version(lib)))
        except PackageNotFoundError:
            libs.append((lib, None))
    h.update(repr((sys.version_info[:3], tuple(formats), tuple(sizes), pdf, html, DPI, libs)).encode())
    package = Path(__file__).parent
    code = sorted(package.rglob("*.py")) + [Path(cm_file)]
    nbs = sorted(nb_dir.glob("*.ipynb")) if html else []
    for p in code + nbs:
        h.update(f"\0{p.relative_to(package) if p.is_relative_to(package) else p.name}\0".encode())
        h.update(p.read_bytes())
    for name, df in tables.items():
        h.update(f"\0{name}\0".encode())
        h.update(table_csv(df).encode())
    return h.hexdigest()


def _up_to_date(out: Path, key: str, pack: Pack) -> bool:
    """True when out/MANIFEST.txt records this inputs key and every file it lists is
    there with the listed checksum (a deleted or edited file means: export again)."""
    try:
        lines = (out / "MANIFEST.txt").read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, UnicodeDecodeError):
        return False
    if f"# inputs: {key}" not in lines:
        return False
    files = []
    for line in lines:
        if line.startswith("#"):
            continue
        digest, _, name = line.split("  ", 2)
        try:
            if hashlib.sha256((out / name).read_bytes()).hexdigest() != digest:
                return False
        except OSError:
            return False
        files.append(name)
    pack.files = files + ["MANIFEST.txt"]
    return True


def _prune(pack: Pack, folder: str, keep: set[str], suffixes: tuple[str, ...]) -> None:
    """Remove files a previous export wrote that no longer belong (a renamed chart)."""
    d = pack.out / folder
    if not d.is_dir():
        return
    for p in sorted(d.iterdir()):
        r = f"{folder}/{p.name}"
        if p.is_file() and p.name.endswith(suffixes) and not p.name.startswith(".") and r not in keep:
            p.unlink()
            pack.removed.append(r)


def export(out: Path | str | None = None, slugs: Sequence[str] | None = None, formats: Sequence[str] = FORMATS,
           sizes: Sequence[str] = PACK_SIZES, pdf: bool = True, html: bool = True,
           tables: dict[str, "pd.DataFrame"] | None = None, charts_module: Any = None,
           notebooks: Path | None = None, progress: Progress = _stderr, jobs: int | None = None,
           force: bool = False) -> Pack:
    """Write the briefing pack to out (default briefing/). With slugs, write only those
    charts' files (the PDF, tables and HTML need the whole collection). Charts render in
    `jobs` processes (default: one per CPU, at most 4). A full export whose inputs (tables,
    code, notebooks, library versions, options) match those recorded in MANIFEST.txt, with
    every listed file intact, returns at once unless `force`. Returns the Pack: every file
    written and which changed on disk."""
    cm = charts_module or _charts_module()
    out = Path(out) if out is not None else BRIEFING
    formats, sizes = _check(formats, FORMATS, "format"), _check(sizes, tuple(cm.SIZES), "size")
    if tables is None:
        from .tables import all_tables

        progress("tables from seeds/ and data/")
        tables = all_tables()
    cm.setup()
    every = list(cm.charts(tables))
    known = {c.slug: c for c in every}
    if slugs:
        missing = [s for s in slugs if s not in known]
        if missing:
            raise InputError("--chart", f"no chart named {', '.join(missing)}; "
                                        f"`python -m analysis export --list` lists them")
        chosen = [known[s] for s in dict.fromkeys(slugs)]
    else:
        chosen = every
    full = not slugs
    pack = Pack(out)
    nb_dir = Path(notebooks or NOTEBOOKS)
    key = _inputs_key(cm, tables, formats, sizes, pdf, html, nb_dir) if full else None
    if key and not force and _up_to_date(out, key, pack):
        if pdf:
            os.utime(out / "briefing.pdf")  # `make briefing` compares this file's time with its inputs
        progress(f"pack up to date (inputs unchanged; --force rebuilds): {rel(out)}/ ({len(pack.files)} files)")
        return pack
    out.mkdir(parents=True, exist_ok=True)
    for folder in (out, out / "charts", out / "tables", out / "notebooks"):
        remove_stale_temps(folder)  # left by an export killed while renaming

    if full:
        progress(f"tables ({len(tables)} CSV and {WORKBOOK})")
        for name, df in tables.items():
            pack.put(f"tables/{name}.csv", safe_csv(df))
        pack.put(f"tables/{WORKBOOK}", workbook_bytes(tables))

    tasks: list[tuple[str, str, tuple[str, ...]]] = []
    for chart in chosen:
        for size in sizes:
            extra = ("pdf",) if full and pdf and size == PDF_CHART_SIZE and "pdf" not in formats else ()
            tasks.append((chart.slug, size, tuple(formats) + extra))
    if full and pdf and PDF_CHART_SIZE not in sizes:
        tasks += [(c.slug, PDF_CHART_SIZE, ("pdf",)) for c in every]
    if full and pdf and (SLIDE_SIZE not in sizes or "png" not in formats):
        tasks += [(c.slug, SLIDE_SIZE, ("png",)) for c in every]  # the slides need slide-size PNGs
    pdf_charts: dict[str, bytes] = {}
    slide_pngs: dict[str, bytes] = {}
    slide_titles: dict[str, str] = {}
    left = {c.slug: sum(1 for task in tasks if task[0] == c.slug) for c in chosen}
    for slug, size, files in _render_many(cm, tables, tasks, jobs):
        if size in sizes:
            for fmt in formats:
                pack.put(f"charts/{slug}-{size}.{fmt}", files[fmt])
        if size == PDF_CHART_SIZE and "pdf" in files:
            pdf_charts[slug] = files["pdf"]
        if size == SLIDE_SIZE and "png" in files:
            slide_pngs[slug] = files["png"]
            slide_titles[slug] = files["title"].decode("utf-8")
        left[slug] -= 1
        if not left[slug]:
            progress(f"chart {slug} ({', '.join(sizes)})")
            pack.put(f"charts/{slug}.csv", safe_csv(known[slug].data(tables)))

    if full and pdf:
        data = briefing_pdf(tables, every, pdf_charts)
        pages = _count_pages(data)
        progress(f"briefing.pdf ({pages} pages: cover, {len(every)} charts, appendix)")
        pack.put("briefing.pdf", data)
        deck = briefing_pptx(every, tables, slide_pngs, slide_titles, TITLE, FIXED_DATE)
        progress(f"briefing.pptx ({len(every) + 1} slides: title, one chart each)")
        pack.put("briefing.pptx", _fixed_zip(deck, {"docProps/core.xml": _fix_core_dates}))

    if full and html:
        nbs = sorted(nb_dir.glob("*.ipynb"))
        exporter = _html_exporter() if nbs else None
        for nb in nbs:
            progress(f"notebook {nb.name} as HTML")
            pack.put(f"notebooks/{nb.stem}.html", notebook_html(nb, exporter))
        if not nbs:
            progress("no notebooks to convert")
        notebook_pages = {f"notebooks/{nb.stem}.html" for nb in nbs}

    pack.commit()
    if full and pdf:
        os.utime(out / "briefing.pdf")  # `make briefing` compares this file's time with its inputs
    if full:
        keep = {f"charts/{c.slug}-{s}.{f}" for c in every for s in cm.SIZES for f in FORMATS} | \
               {f"charts/{c.slug}.csv" for c in every}
        _prune(pack, "charts", keep, (".png", ".svg", ".pdf", ".csv"))
        _prune(pack, "tables", {f"tables/{n}.csv" for n in tables} | {f"tables/{WORKBOOK}"}, (".csv", ".xlsx"))
        if html:
            _prune(pack, "notebooks", notebook_pages, (".html",))
    for r in pack.removed:
        progress(f"removed {r} (no longer in the collection)")
    pack.put("MANIFEST.txt", _manifest(out, key))
    pack.commit()
    count = sum(1 for line in (out / "MANIFEST.txt").read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    progress(f"pack ready: {rel(out)}/ ({count + 1} files, {len(pack.changed)} changed)")
    return pack


def _count_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _check(values: Sequence[str], allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    vals = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
    bad = [v for v in vals if v not in allowed]
    if bad or not vals:
        raise InputError(f"--{what}s", f"unknown {what} {', '.join(bad) or '(none given)'}; choose from {', '.join(allowed)}")
    return vals


def run(ns: Any) -> int:
    """The CLI's `export` command."""
    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:
        matplotlib.use("Agg")  # files only; never open a window
    cm = _charts_module()
    if ns.list:
        from .tables import all_tables

        t = all_tables()
        for c in cm.charts(t):
            print(c.slug)
        return 0
    split = lambda s: [x for x in s.split(",")]  # noqa: E731
    export(out=ns.out, slugs=ns.chart or None, formats=split(ns.formats), sizes=split(ns.sizes),
           pdf=not ns.no_pdf, html=not ns.no_html, charts_module=cm, force=ns.force)
    return 0
