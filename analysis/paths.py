"""Where things live. Every module asks here instead of building paths itself, so the
project runs the same from the repo root, from notebooks/ or from a test's temp dir."""
from __future__ import annotations

import os
from pathlib import Path

ROOT: Path = Path(__file__).resolve().parent.parent
SEEDS: Path = ROOT / "seeds"
MANIFEST: Path = SEEDS / "manifest.yaml"
DATA: Path = ROOT / "data"
CURATION: Path = DATA / "curation.yaml"
METRICS: Path = DATA / "metrics.yaml"
PLACES: Path = DATA / "places.yaml"
BOILERPLATE: Path = DATA / "boilerplate.yaml"
TABLES: Path = DATA / "tables"
NOTEBOOKS: Path = ROOT / "notebooks"
FIXTURES: Path = ROOT / "tests" / "fixtures"
# The briefing pack is written here (git-ignored); BRIEFING_DIR overrides it.
BRIEFING: Path = Path(os.environ.get("BRIEFING_DIR", ROOT / "briefing"))


def rel(path: Path | str) -> str:
    """A path as users should see it in messages and tables: relative to the project
    root when inside it, so outputs never carry a machine's absolute paths."""
    p = Path(path)
    try:
        return p.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
