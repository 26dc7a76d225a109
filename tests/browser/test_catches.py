"""The browser test catches what it is for: each deliberately broken notebook below fails
its checks, for the reason it was broken."""
from __future__ import annotations

import nbformat
import pytest

from .lab import run_notebook

pytestmark = pytest.mark.browser


def _notebook(lab, name: str, *cells: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(lab.root / name))
    return name


def test_a_notebook_that_raises_fails(lab, context):
    name = _notebook(lab, "broken-raises.ipynb", "x = 1", "raise ValueError('deliberately broken')", "y = 2")
    res = run_notebook(lab, context, name, None, clicks=0)
    problems = res.problems()
    assert any("ValueError" in p and "deliberately broken" in p for p in problems), problems
    assert any("1 of 3 code cells did not run" in p for p in problems), problems


def test_an_amount_typeset_as_maths_fails(lab, context):
    name = _notebook(lab, "broken-maths.ipynb",
                     "from IPython.display import Markdown\n"
                     "Markdown('**Answer:** from $200 million to $500 million a year')")
    res = run_notebook(lab, context, name, None, clicks=0)
    assert any("typeset as maths" in p and "Answer" in p for p in res.problems()), res.problems()


def test_a_dataframe_amount_typeset_as_maths_fails(lab, context):
    name = _notebook(lab, "broken-maths-table.ipynb",
                     "import pandas as pd\n"
                     "pd.DataFrame({'says': ['from $200 million to $500 million a year']})")
    res = run_notebook(lab, context, name, None, clicks=0)
    assert any("typeset as maths" in p for p in res.problems()), res.problems()


def test_a_chart_lost_after_a_click_fails(lab, context):
    name = _notebook(lab, "broken-widget.ipynb", """\
import ipywidgets as w
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

pick = w.SelectMultiple(options=list("abcdefghij"), value=("a",), rows=10)
out = w.Output()
calls = []

def update(change):
    calls.append(change)
    with out:
        out.clear_output(wait=True)
        display(pd.DataFrame({"picked": list(pick.value)}))
        if len(calls) < 3:  # deliberately broken: from the third click on, no chart
            fig, ax = plt.subplots(figsize=(3, 2))
            ax.plot([1, 2, 3])
            plt.show()

pick.observe(update, names="value")
w.VBox([pick, out])""")
    res = run_notebook(lab, context, name, None, clicks=8)
    problems = res.problems(min_clicks=8)
    assert len(res.clicks) == 2, problems
    assert any("lost after click 3" in p for p in problems), problems
