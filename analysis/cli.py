"""Command line: `python -m analysis COMMAND ...`. Every bad input ends in one line on
stderr naming the file (and line) and a non-zero exit, never a traceback."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Iterator, NamedTuple, Sequence, TextIO

from .errors import InputError

EPILOG = """examples:
  python -m analysis extract seeds/*.txt --format table
  python -m analysis extract new-article.txt --published 2024-05-01 --format json
  python -m analysis add ~/Downloads/article.txt --outlet "NK News" --published 2024-05-01
  python -m analysis build            # regenerate data/ from seeds/ and data/curation.yaml
  python -m analysis score            # extraction quality on test fixtures and seeds
  python -m analysis bench            # throughput, memory and start-up vs quantulum3 (--quick: ~30 s)
  python -m analysis export           # the briefing pack in briefing/ (charts, PDF, tables, HTML)
"""


def _fmt_num(v: object) -> str:
    if v is None:
        return ""
    f = float(v)  # type: ignore[arg-type]
    return str(int(f)) if f == int(f) else f"{f:.15g}"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Turn news articles about North Korean workers abroad into sourced tables of figures.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    e = sub.add_parser("extract", help="print every figure in one or more articles",
                       description="Print one row per figure: count of people, permits or visas, US dollars, or a share. "
                                   "Articles listed in seeds/manifest.yaml take their date from it and have "
                                   "data/curation.yaml applied unless --raw. Output streams: each file's rows are "
                                   "written as soon as it is done, in the order the files are given, so memory does not "
                                   "grow with the number of files (csv and json; table waits for the last file to align "
                                   "its columns). An unreadable file is reported on stderr and the others still print.")
    e.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, optionally starting with YAML front matter")
    e.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (YYYY, YYYY-MM or YYYY-MM-DD) for files without one; resolves 'last year' etc. "
                   "Without it or a front matter date, the first short line near the top of the page that holds a date "
                   "(\"March 26, 2019\", \"Posted 12.04.2019 10:47\") is taken, and stderr says which line")
    e.add_argument("--format", choices=("csv", "json", "table"), default="csv",
                   help="csv (default), json (one array, written element by element) or table (aligned; held until the end)")
    e.add_argument("--raw", action="store_true", help="automatic extraction only: no curated corrections")
    e.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="extract files in N processes (output order and bytes are unchanged; still streamed)")
    e.add_argument("--show-cuts", action="store_true", help="also list the boilerplate cut from each file (on stderr)")

    a = sub.add_parser("add", help="copy a new article into seeds/, record it in the manifest, propose its figures",
                       description="Copy FILE into seeds/ byte for byte, add it to seeds/manifest.yaml (with its checksum) "
                                   "and print its figures and a curation stub to paste into data/curation.yaml. "
                                   "Metadata comes from the file's front matter or the flags; flags win.")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--id", help="manifest id (default: from outlet and date)")
    a.add_argument("--title")
    a.add_argument("--outlet")
    a.add_argument("--agency", help="who reported the story (default: the outlet)")
    a.add_argument("--published", metavar="YYYY-MM-DD")
    a.add_argument("--date-basis", choices=("stated", "inferred"), default=None,
                   help="stated (the text prints the date) or inferred (default: stated)")
    a.add_argument("--date-clue", help="the words that establish the date (required when inferred)")
    a.add_argument("--url")

    b = sub.add_parser("build", help="regenerate data/ tables from seeds/ and curated files",
                       description="Rebuild data/gazetteer.tsv, data/tables/*.csv and data/datapackage.json. Deterministic.")
    b.add_argument("--check", action="store_true", help="write nothing; exit 1 listing stale files")
    b.add_argument("--quiet", action="store_true", help="no progress lines")

    s = sub.add_parser("score", help="score automatic extraction against expected figures",
                       description="Per-field accuracy and precision of `extract --raw` on tests/fixtures/{dev,heldout} "
                                   "and on the seeds (against the curated figures).")
    s.add_argument("--set", choices=("dev", "heldout", "seeds", "claimants", "claimants-heldout", "all"), default="all",
                   help="claimants: who-says-so fixtures (tests/fixtures/claimants/dev); claimants-heldout: scored once, at the end")
    s.add_argument("--details", action="store_true", help="list every miss and false figure")
    s.add_argument("--dir", type=Path, metavar="DIR", action="append",
                   help="score a folder of your own annotated articles (NAME.txt beside NAME.yaml, laid out as in "
                        "tests/fixtures/README.md) instead of --set; repeatable")

    from .bench import DEFAULT_ARTICLES, DEFAULT_QUANTULUM, QUICK_ARTICLES, QUICK_QUANTULUM

    n = sub.add_parser("bench", help="throughput, figures per MB, peak memory and start-up time, beside quantulum3",
                       description="Time the extractor on a deterministic corpus of realistic articles: the dev fixture "
                                   "articles and the seeds, cycled, each copy with its own front matter and date. "
                                   "Prints throughput beside the corpus's figures per MB and the cost of a bare regex "
                                   "scan of the same text; peak memory on the full corpus and on a fifth of it, in "
                                   "process and for the streaming `extract` command on one file per article; start-up "
                                   "on the seeds; and quantulum3 on the first articles. Prints figures, asserts none.")
    n.add_argument("--articles", type=int, metavar="N",
                   help=f"articles in the corpus (default {DEFAULT_ARTICLES}, about 36 MB; {QUICK_ARTICLES} with --quick)")
    n.add_argument("--quantulum-articles", type=int, metavar="N",
                   help=f"articles given to quantulum3 (slow; default {DEFAULT_QUANTULUM}; {QUICK_QUANTULUM} with --quick)")
    n.add_argument("--quick", action="store_true", help="a small corpus and 3 start-up runs: a rough reading in half a minute")

    from .paths import BRIEFING, rel

    x = sub.add_parser("export", help="write the briefing pack: charts, briefing.pdf, tables, notebooks as HTML",
                       description="Write the briefing pack: every chart as PNG, SVG and PDF at slide (16:9) and half-page "
                                   "sizes, briefing.pdf (key figures, a chart a page, appendix of every figure and "
                                   "source), the tables as CSV and Excel, and each notebook as HTML without code. "
                                   "Byte-for-byte reproducible; only changed files are rewritten. With --chart, only "
                                   "those charts' files are written.")
    x.add_argument("--chart", action="append", metavar="SLUG", help="export only this chart (repeatable; default all; see --list)")
    x.add_argument("--out", type=Path, default=BRIEFING, metavar="DIR", help=f"pack folder (default {rel(BRIEFING)}/)")
    x.add_argument("--formats", default="png,svg,pdf", help="chart file formats, comma-separated (default png,svg,pdf)")
    x.add_argument("--sizes", default="slide,half", help="chart sizes, comma-separated (default slide,half)")
    x.add_argument("--no-pdf", action="store_true", help="skip briefing.pdf and briefing.pptx")
    x.add_argument("--no-html", action="store_true", help="skip the notebooks as HTML")
    x.add_argument("--force", action="store_true", help="render everything even if the inputs are unchanged since the last export")
    x.add_argument("--list", action="store_true", help="list the chart slugs and exit")
    return p


class FileResult(NamedTuple):
    """What `extract` found in one file: its rows, warnings and cut lines, or one error line."""

    path: str
    rows: list[dict]
    warnings: list[str]
    cuts: list[str]
    error: str | None


def _extract_one(args: tuple[str, str | None, bool]) -> FileResult:
    """Worker for one file: rows, warnings, cut lines, or an error line."""
    path, published, raw = args
    try:
        from dataclasses import replace

        from .article import date_line, read_article
        from .extract import extract_article
        from .manifest import find_source, load_manifest
        from .paths import MANIFEST

        source = None
        p = Path(path)
        try:
            in_seeds = p.resolve().parent == MANIFEST.parent.resolve()
        except (OSError, RuntimeError, ValueError):  # a symlink loop: read_article says what is wrong
            in_seeds = False
        if in_seeds and MANIFEST.exists():
            source = find_source(p, load_manifest())
        if source is not None and published is None:
            art = source.read()
        else:
            art = read_article(p, source.id if source else None, published)
        dated = None
        if art.published is None and (found := date_line(art.text, art.body_start)) is not None:
            art, dated = replace(art, published=found[0]), found  # the date the page prints near its top
        result = None
        if source is not None and not raw:
            from .pipeline import load_corpus

            result = load_corpus().by_id(source.id)  # the curated figures
        # a seed read as the manifest gives it: the corpus has already read it, so it is not read twice
        ex = result.extraction if result is not None and published is None else extract_article(art)
        figs = [f for f, _, _ in result.figures] if result is not None else ex.figures
        if dated is not None:
            ex.warnings.append(f"{art.path}:{dated[1]}: publication date {dated[0]} read from this date line "
                               "(no front matter date or --published): 'last year' etc. count from it")
        elif art.published is None:
            ex.warnings.append(f"{art.path}: no publication date (front matter or --published): years from 'last year' etc. left empty")
        cuts = [f"{art.path}: cut {c.start}-{c.end} ({c.why}): {' '.join(art.text[c.start:c.end].split())[:70]}" for c in ex.cuts]
        return FileResult(path, [f.row() for f in figs], ex.warnings, cuts, None)
    except InputError as err:
        return FileResult(path, [], [], [], str(err))
    except RecursionError:
        return FileResult(path, [], [], [], f"{path}: internal error: text nested too deeply to process")
    except Exception as err:  # noqa: BLE001 - a bug must not hide the other files' figures
        return FileResult(path, [], [], [], f"{path}: internal error (please report): {type(err).__name__}: {err}")


def _extract_batch(batch: list[tuple[str, str | None, bool]]) -> list[FileResult]:
    return [_extract_one(job) for job in batch]


def iter_extract(files: Sequence[str], published: str | None = None, raw: bool = False, jobs: int = 1) -> Iterator[FileResult]:
    """One :class:`FileResult` per file, in the order given, each yielded as soon as it
    and every file before it are done. Nothing is kept after it is yielded, so memory
    does not grow with the number of files. With ``jobs`` > 1, files are extracted in
    that many processes, at most a few small batches ahead of the consumer (ordered like
    ``imap``, never "map everything, then print")."""
    workers = min(jobs, len(files), 64)  # never more processes than files
    if workers <= 1:
        for f in files:
            yield _extract_one((f, published, raw))
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    work = [(f, published, raw) for f in files]
    size = max(1, min(16, len(work) // (workers * 8)))  # small batches: less IPC, yet output keeps flowing
    ahead = workers * 4  # batches submitted but not yet yielded: bounds memory when the consumer is slow
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque = deque()
    done = False
    try:
        for i in range(0, len(work), size):
            pending.append(pool.submit(_extract_batch, work[i:i + size]))
            if len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
        done = True
    except BrokenProcessPool:
        raise InputError("--jobs", "a worker process died (out of memory?); run again with --jobs 1") from None
    finally:
        # normal end: wait for the workers; early end (closed pipe, error): drop queued work
        pool.shutdown(wait=done, cancel_futures=not done)


_CONTROL = {c: f"\\x{c:02x}" for c in range(32) if c != 9} | {0x7F: "\\x7f", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _one_line(msg: str) -> str:
    """A message as one line of stderr, whatever a file name or quote contains."""
    return msg.translate(_CONTROL)


def _utf8_streams() -> None:
    """Output is UTF-8 whatever the locale (LC_ALL=C, a Latin-1 terminal): the same
    bytes everywhere, and never an encoding error halfway through a table."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors=errors)
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot change
                pass


class _JsonArray:
    """A JSON array written one element at a time: the same bytes as
    ``json.dump(rows, out, ensure_ascii=False, indent=1)``, without holding the rows."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0
        self.encoder = json.JSONEncoder(ensure_ascii=False, indent=1)

    def write(self, row: dict) -> None:
        # JSON strings never hold a raw newline, so indenting every line nests the element
        item = self.encoder.encode(row).replace("\n", "\n ")
        self.out.write(("[\n " if self.count == 0 else ",\n ") + item)
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")


def cmd_extract(ns: argparse.Namespace) -> int:
    """Rows are written file by file as each file is done (csv, json), so memory stays
    flat however many files are given; only --format table keeps every row, to align its
    columns."""
    from .extract import COLUMNS

    if ns.published is not None:
        from .article import parse_pubdate

        parse_pubdate(ns.published, "--published")
    if ns.jobs < 1:
        raise InputError("--jobs", f"must be 1 or more, not {ns.jobs}")
    _utf8_streams()
    out = sys.stdout
    table: list[dict] = []
    array = _JsonArray(out) if ns.format == "json" else None
    if ns.format == "csv":
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
    failed = 0
    try:
        for res in iter_extract(ns.files, ns.published, ns.raw, ns.jobs):
            if res.error:
                print(f"error: {_one_line(res.error)}", file=sys.stderr)
                failed += 1
                continue
            for w in res.warnings:
                print(f"warning: {_one_line(w)}", file=sys.stderr)
            if ns.show_cuts:
                for c in res.cuts:
                    print(_one_line(c), file=sys.stderr)
            if ns.format == "table":
                table.extend(res.rows)
                continue
            for r in res.rows:
                if array is not None:
                    array.write(r)
                else:
                    writer.writerow([_fmt_num(r[c]) if c in ("value", "low", "high") else ("" if r[c] is None else r[c])
                                     for c in COLUMNS])
            out.flush()  # each file's rows reach a pipe or a file as soon as they are found
    except InputError:  # a worker process died: what was written is still valid JSON
        if array is not None:
            array.close()
        raise
    if array is not None:
        array.close()
    if ns.format == "table":
        _print_table(table, out)
    if failed:
        print(f"error: {failed} of {len(ns.files)} files could not be read (see above)", file=sys.stderr)
    return 1 if failed else 0


def _print_table(rows: list[dict], out) -> None:  # noqa: ANN001
    cols = ("source", "start", "text", "value", "low", "high", "unit", "metric", "country", "year", "year_basis", "qualifier")
    cells = [[_fmt_num(r[c]) if c in ("value", "low", "high") else ("" if r[c] is None else _one_line(str(r[c]))) for c in cols]
             for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} figures)\n")


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the flush at exit does not
    print a second BrokenPipeError."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):  # stdout without a file descriptor (a test's StringIO)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    ns = _parser().parse_args(argv)
    try:
        if ns.command == "extract":
            return cmd_extract(ns)
        if ns.command == "add":
            from .add import run as add_run

            return add_run(ns)
        if ns.command == "build":
            from .build import run as build_run

            return build_run(check=ns.check, quiet=ns.quiet)
        if ns.command == "score":
            from .score import run as score_run

            return score_run(ns.set, ns.details, ns.dir)
        if ns.command == "bench":
            from .bench import run as bench_run

            return bench_run(ns.articles, ns.quantulum_articles, ns.quick)
        if ns.command == "export":
            from .export import run as export_run

            return export_run(ns)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `extract ... | head`: the reader has all it wants
        _silence_stdout()
        return 0
    return 2
