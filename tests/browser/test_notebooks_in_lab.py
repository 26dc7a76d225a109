"""Every notebook as a user meets it: opened in JupyterLab in headless Chromium, Run >
Run All Cells, then checked as rendered. Run with `make browser-test` (screenshots of every
notebook land in build/browser-test/ for review)."""
from __future__ import annotations

import pytest

from .conftest import NOTEBOOKS
from .lab import count_images, run_notebook

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("nb", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_in_jupyterlab(nb, lab, context, shots):
    widgets = "explorer_ui" in nb.read_text()
    res = run_notebook(lab, context, nb.name, shots, clicks=8 if widgets else 0)
    print(f"{nb.name}: {res.cells} code cells, {res.images} images, {len(res.clicks)} redraws, "
          f"{res.seconds:.1f} s; screenshot {res.screenshot}")
    problems = res.problems(min_images=count_images(nb), min_clicks=8 if widgets else 0)
    assert not problems, f"{nb.name} in JupyterLab:\n" + "\n".join(problems)
