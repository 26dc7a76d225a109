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
    # Redrawn the safe way (widget state, as the explorer does), so only the deliberate
    # break can fail it: from the third click ('d') on, the chart is left out.
    name = _notebook(lab, "broken-widget.ipynb", """\
import ipywidgets as w
from matplotlib_inline.backend_inline import set_matplotlib_formats
import pandas as pd
from IPython import get_ipython
from matplotlib.figure import Figure

set_matplotlib_formats("png")  # figures format as PNG, as charts.setup() arranges
pick = w.SelectMultiple(options=list("abcdefghij"), value=("a",), rows=10)
out = w.Output()

def shown(obj):
    data, metadata = get_ipython().display_formatter.format(obj)
    return {"output_type": "display_data", "data": data, "metadata": metadata}

def update(change):
    outputs = [shown(pd.DataFrame({"picked": list(pick.value)}))]
    if pick.value in (("b",), ("c",)):  # deliberately broken: no chart from the third click on
        fig = Figure(figsize=(3, 2))
        fig.subplots().plot([1, 2, 3])
        outputs.append(shown(fig))
    out.outputs = tuple(outputs)

pick.observe(update, names="value")
w.VBox([pick, out])""")
    res = run_notebook(lab, context, name, None, clicks=8)
    problems = res.problems(min_clicks=8)
    assert len(res.clicks) == 2, problems
    assert any("lost after click 3" in p for p in problems), problems
