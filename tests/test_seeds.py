"""The corpus: seeds are kept exactly as received and the manifest describes them."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from analysis.manifest import load_manifest
from analysis.paths import SEEDS

SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_every_seed_matches_its_manifest_checksum():
    sources = load_manifest()
    assert len(sources) >= 5
    for s in sources:
        assert hashlib.sha256(s.path.read_bytes()).hexdigest() == s.sha256, s.file


def test_every_seed_file_is_in_the_manifest():
    listed = {s.file for s in load_manifest()}
    assert {p.name for p in SEEDS.glob("*.txt")} == listed


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/seeds not beside this checkout")
def test_seeds_are_byte_identical_to_the_shared_originals():
    for original in SHARED.glob("*.txt"):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes()


def test_inferred_dates_quote_their_clues():
    for s in load_manifest():
        assert s.date_basis in ("stated", "inferred")
        if s.date_basis == "inferred":
            assert '"' in s.date_clue, f"{s.id}: an inferred date must quote the words it rests on"
