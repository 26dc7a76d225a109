"""`python -m analysis add FILE`: the analyst's daily loop in one step.

Copies a new article into seeds/ untouched, records it in seeds/manifest.yaml with its
checksum, and prints the figures the extractor proposes plus a curation stub ready to
paste into data/curation.yaml."""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

from .article import read_article
from .errors import InputError
from .extract import Figure, extract_article
from .fileio import write_bytes_atomic, write_text_atomic
from .manifest import load_manifest
from .paths import MANIFEST, SEEDS, rel


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:40] or "article"


def quote_for(text: str, f: Figure) -> str:
    """The shortest stretch of words around a figure that occurs once in the text."""
    left, right = f.start, f.end
    for _ in range(40):
        q = text[left:right]
        if text.count(q) == 1 and right - left >= len(f.text) + 12 and "\n" not in q:
            return q
        nl = text.rfind(" ", 0, left - 1)
        nr = text.find(" ", right + 1)
        if nl >= 0 and "\n" not in text[nl:left]:
            left = nl + 1
        if nr >= 0 and "\n" not in text[right:nr]:
            right = nr
    return text[left:right]


def stub(source: str, text: str, figures: list[Figure]) -> str:
    """Curation entries for every proposed figure, as YAML to edit and paste."""
    lines = ["corrections:"]
    for f in figures:
        lines += [
            f"  # {f.text!s}: {f.metric}, {f.country}, {f.year} ({f.year_basis}); qualifier {f.qualifier}",
            f"  - source: {source}",
            f"    quote: {yaml.safe_dump(quote_for(text, f), default_style=None, width=1000).strip().removesuffix('...').strip()}",
            f"    figure: {yaml.safe_dump(f.text, width=1000).strip().removesuffix('...').strip()}",
            "    action: confirm    # or: correct (with set: {year: ..., country: ...}), reject",
            "    why: TODO say what you checked",
        ]
    return "\n".join(lines) + "\n"


def run(ns: argparse.Namespace) -> int:
    src = Path(ns.file)
    art = read_article(src, None, ns.published)
    meta = art.meta
    data = src.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    sources = load_manifest()
    for s in sources:
        if s.sha256 == digest:
            raise InputError(rel(src), f"already in the corpus as {s.id!r} ({s.file}); nothing added")
    outlet = ns.outlet or meta.get("outlet")
    published = art.published
    if not outlet:
        raise InputError(rel(src), "no outlet: give --outlet or 'outlet:' in the front matter")
    if published is None:
        raise InputError(rel(src), "no publication date: give --published or 'published:' in the front matter")
    body = art.text[art.body_start:].strip()
    title = ns.title or meta.get("title") or body.splitlines()[0].strip()[:160]
    basis = ns.date_basis or "stated"
    clue = ns.date_clue
    if basis == "inferred" and not clue:
        raise InputError("--date-clue", "an inferred date needs --date-clue quoting the words it rests on")
    if not clue:
        clue = ("Given as 'published:' in the file's front matter." if ns.published is None
                else "Given by the analyst with --published when the article was added.")
    sid = ns.id or f"{_slug(outlet)}-{published}"
    if any(s.id == sid for s in sources):
        raise InputError(rel(MANIFEST), f"id {sid!r} is taken; give another with --id")
    index = 1 + max([int(m.group(1)) for s in sources if (m := re.match(r"(\d+)_", s.file))] or [-1])
    fname = f"{index:03d}_{digest[:16]}.txt"
    entry = {
        "id": sid, "file": fname, "sha256": digest, "title": str(title), "outlet": str(outlet),
        "agency": str(ns.agency or meta.get("agency") or outlet), "published": str(published),
        "date_basis": basis, "date_clue": clue, "url": ns.url or meta.get("url"),
    }
    block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=100)
    manifest_text = MANIFEST.read_text(encoding="utf-8")
    write_bytes_atomic(SEEDS / fname, data)
    write_text_atomic(MANIFEST, manifest_text.rstrip("\n") + "\n\n" + block)
    try:
        load_manifest()
    except InputError:
        # never leave a broken manifest behind: undo both writes
        write_text_atomic(MANIFEST, manifest_text)
        (SEEDS / fname).unlink(missing_ok=True)
        raise
    stored = read_article(SEEDS / fname, sid, str(published))
    figs = extract_article(stored).figures
    out = sys.stdout
    out.write(f"added {rel(src)} as seeds/{fname} (id {sid}, published {published}, {basis})\n\n")
    out.write(f"{len(figs)} figures proposed:\n")
    for f in figs:
        bounds = f"{f.low or ''}..{f.high or ''}" if f.value is None else f"{f.value:g}"
        out.write(f"  {f.text:<28} {bounds:<22} {f.unit:<8} {f.metric:<22} {f.country or '?':<4} {f.year} ({f.year_basis})\n")
    out.write("\nCuration stub (check each figure, edit, paste into data/curation.yaml):\n\n")
    out.write(stub(sid, stored.text, figs))
    out.write("\nNext: `make data` to rebuild the tables, then `make briefing`.\n")
    return 0
