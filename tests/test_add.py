"""`add`: the analyst's daily loop, run on a scratch copy of the project."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for d in ("analysis", "seeds", "data"):
        shutil.copytree(ROOT / d, tmp_path / d, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def run(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=project, capture_output=True, text=True,
                          env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"})


ARTICLE = """---
title: Mongolia sends workers home
outlet: Test Wire
published: 2019-11-30
---
Mongolia said it had repatriated 1,200 North Korean workers this year, leaving fewer than 300 in Ulaanbaatar.
"""


def test_add_copies_records_and_proposes(project: Path, tmp_path: Path):
    src = tmp_path / "incoming.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    r = run(project, "add", str(src))
    assert r.returncode == 0, r.stderr
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    copied = list((project / "seeds").glob(f"*_{digest[:16]}.txt"))
    assert len(copied) == 1 and copied[0].read_bytes() == src.read_bytes()
    manifest = (project / "seeds" / "manifest.yaml").read_text()
    assert "id: test-wire-2019-11-30" in manifest and digest in manifest
    assert "1,200" in r.stdout and "MNG" in r.stdout and "action: confirm" in r.stdout
    # the new seed is part of the corpus: build picks it up
    b = run(project, "build", "--quiet")
    assert b.returncode == 0, b.stderr
    assert "test-wire-2019-11-30" in (project / "data" / "tables" / "sources.csv").read_text()


def test_add_refuses_a_duplicate(project: Path, tmp_path: Path):
    src = tmp_path / "again.txt"
    shutil.copy(ROOT / "seeds" / "000_c0dd52744626ff94.txt", src)
    r = run(project, "add", str(src), "--outlet", "X", "--published", "2019-03-26")
    assert r.returncode != 0 and "already in the corpus as 'moscow-times-2019-03-26'" in r.stderr
    assert r.stderr.count("\n") == 1


def test_add_needs_a_date(project: Path, tmp_path: Path):
    src = tmp_path / "undated.txt"
    src.write_text("Some 40 North Korean workers remain in Laos.\n", encoding="utf-8")
    r = run(project, "add", str(src), "--outlet", "X")
    assert r.returncode != 0 and "no publication date" in r.stderr
    r = run(project, "add", str(src), "--outlet", "X", "--published", "2020-01", "--date-basis", "inferred")
    assert r.returncode != 0 and "--date-clue" in r.stderr
