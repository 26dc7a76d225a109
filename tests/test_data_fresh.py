"""data/ is derived: it must be exactly what `python -m analysis build` makes now."""
from __future__ import annotations

import json

from analysis import build, schema
from analysis.paths import DATA, ROOT


def test_data_is_up_to_date():
    stale = build.stale(build.outputs())
    assert not stale, f"stale: {[str(p.relative_to(ROOT)) for p in stale]}; run `python -m analysis build`"


def test_datapackage_describes_every_table():
    pkg = json.loads((DATA / "datapackage.json").read_text())
    for res in pkg["resources"]:
        header = (DATA / res["path"]).read_text().splitlines()[0].split(",")
        assert header == [f["name"] for f in res["schema"]["fields"]]


def test_readme_codebook_matches_the_schema():
    readme = (ROOT / "README.md").read_text()
    assert schema.codebook_markdown() in readme, "README codebook is out of date: paste analysis.schema.codebook_markdown()"
