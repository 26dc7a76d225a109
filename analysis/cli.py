"""Command line: `python -m analysis COMMAND ...`. Every bad input ends in one line on
stderr naming the file (and line) and a non-zero exit, never a traceback."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .errors import InputError

EPILOG = """examples:
  python -m analysis extract seeds/*.txt --format table
  python -m analysis extract new-article.txt --published 2024-05-01 --format json
  python -m analysis add ~/Downloads/article.txt --outlet "NK News" --published 2024-05-01
  python -m analysis build            # regenerate data/ from seeds/ and data/curation.yaml
  python -m analysis score            # extraction quality on test fixtures and seeds
  python -m analysis bench            # throughput, memory and start-up vs quantulum3
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
                                   "data/curation.yaml applied unless --raw.")
    e.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files, optionally starting with YAML front matter")
    e.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (YYYY, YYYY-MM or YYYY-MM-DD) for files without one; resolves 'last year' etc.")
    e.add_argument("--format", choices=("csv", "json", "table"), default="csv", help="output format (default csv)")
    e.add_argument("--raw", action="store_true", help="automatic extraction only: no curated corrections")
    e.add_argument("--jobs", type=int, default=1, metavar="N", help="extract files in N processes (output order is unchanged)")
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
    s.add_argument("--set", choices=("dev", "heldout", "seeds", "all"), default="all")
    s.add_argument("--details", action="store_true", help="list every miss and false figure")

    n = sub.add_parser("bench", help="throughput, peak memory and start-up time, beside quantulum3",
                       description="Generate a deterministic synthetic corpus and time the extractor on it.")
    n.add_argument("--articles", type=int, default=10000, help="synthetic articles (default 10000)")
    n.add_argument("--quantulum-articles", type=int, default=200, help="articles given to quantulum3 (slow; default 200)")
    return p


def _extract_one(args: tuple[str, str | None, bool]) -> tuple[str, list[dict], list[str], list[str], str | None]:
    """Worker for one file: rows, warnings, cut lines, or an error line."""
    path, published, raw = args
    try:
        from .article import read_article
        from .extract import extract_article
        from .manifest import find_source, load_manifest
        from .paths import MANIFEST

        source = None
        p = Path(path)
        if MANIFEST.exists() and p.resolve().parent == MANIFEST.parent.resolve():
            source = find_source(p, load_manifest())
        if source is not None and published is None:
            art = source.read()
        else:
            art = read_article(p, source.id if source else None, published)
        ex = extract_article(art)
        figs = ex.figures
        if source is not None and not raw:
            from .pipeline import load_corpus

            figs = [f for f, _, _ in load_corpus().by_id(source.id).figures]
        if art.published is None:
            ex.warnings.append(f"{art.path}: no publication date (front matter or --published): years from 'last year' etc. left empty")
        cuts = [f"{art.path}: cut {c.start}-{c.end} ({c.why}): {' '.join(art.text[c.start:c.end].split())[:70]}" for c in ex.cuts]
        return path, [f.row() for f in figs], ex.warnings, cuts, None
    except InputError as err:
        return path, [], [], [], str(err)


def cmd_extract(ns: argparse.Namespace) -> int:
    from .extract import COLUMNS

    if ns.published is not None:
        from .article import parse_pubdate

        parse_pubdate(ns.published, "--published")
    jobs = [(f, ns.published, ns.raw) for f in ns.files]
    if ns.jobs > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=ns.jobs) as pool:
            results = list(pool.map(_extract_one, jobs, chunksize=max(1, len(jobs) // (ns.jobs * 4))))
    else:
        results = [_extract_one(j) for j in jobs]
    rows: list[dict] = []
    failed = 0
    for _, r, warns, cuts, err in results:
        if err:
            print(f"error: {err}", file=sys.stderr)
            failed += 1
            continue
        rows.extend(r)
        for w in warns:
            print(f"warning: {w}", file=sys.stderr)
        if ns.show_cuts:
            for c in cuts:
                print(c, file=sys.stderr)
    out = sys.stdout
    if ns.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif ns.format == "csv":
        import csv

        w = csv.writer(out, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([_fmt_num(r[c]) if c in ("value", "low", "high") else ("" if r[c] is None else r[c]) for c in COLUMNS])
    else:
        _print_table(rows, out)
    if failed:
        print(f"error: {failed} of {len(jobs)} files could not be read (see above)", file=sys.stderr)
    return 1 if failed else 0


def _print_table(rows: list[dict], out) -> None:  # noqa: ANN001
    cols = ("source", "start", "text", "value", "low", "high", "unit", "metric", "country", "year", "year_basis", "qualifier")
    cells = [[_fmt_num(r[c]) if c in ("value", "low", "high") else ("" if r[c] is None else str(r[c])) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} figures)\n")


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

            return score_run(ns.set, ns.details)
        if ns.command == "bench":
            from .bench import run as bench_run

            return bench_run(ns.articles, ns.quantulum_articles)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return 2
