"""The browser test's fixtures: Chromium via Playwright, and one JupyterLab server for
every notebook (started once per session, on copies of the notebooks without outputs)."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from .lab import Lab, chromium_path, strip_outputs

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SHOTS = Path(os.environ.get("BROWSER_TEST_SCREENSHOTS", ROOT / "build" / "browser-test"))


def _digest() -> str:
    h = hashlib.sha256()
    for p in NOTEBOOKS:
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="session")
def shots() -> Path:
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    return SHOTS


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    before = _digest()
    work = tmp_path_factory.mktemp("lab-notebooks")
    for nb in NOTEBOOKS:
        strip_outputs(nb, work / nb.name)
    server = Lab(work, tmp_path_factory.mktemp("lab-home"))
    yield server
    server.stop()
    assert _digest() == before, "the browser test changed the committed notebooks"


@pytest.fixture(scope="session")
def context():
    playwright = pytest.importorskip("playwright.sync_api")
    exe = chromium_path()
    if not exe:
        pytest.fail("no chromium on PATH: `apt-get install chromium` (.ci/run does it when missing)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, headless=True)
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        ctx.set_default_timeout(30_000)
        yield ctx
        ctx.close()
        browser.close()
