"""What the notebooks' shared set-up (charts.setup) does to displayed outputs: amounts are
never maths, long text columns get room, counts agree with their nouns. The browser test
(tests/browser, `make browser-test`) checks the same in JupyterLab itself."""
from __future__ import annotations

import pandas as pd

from analysis.charts.style import DOLLAR, frame_html, markdown_amounts
from analysis.words import count


def test_every_dollar_in_markdown_is_text_not_a_maths_delimiter():
    md = markdown_amounts(r"from $200 million to \$500 million")
    assert "$" not in md.replace(DOLLAR, "")
    assert md.count(DOLLAR) == 2 and "200 million" in md


def test_long_text_columns_get_a_readable_width_and_short_ones_do_not():
    df = pd.DataFrame({"says": ["some 30,000"], "quote": ["A sentence long enough to be a quote " * 4]})
    html = frame_html(df)
    assert '<th style="min-width: 28em;">quote</th>' in html
    assert "<th>says</th>" in html


def test_counts_agree_with_their_nouns():
    assert count(1, "figure") == "1 figure"
    assert count(2, "figure") == "2 figures"
    assert count(1, "country") == "1 country" and count(3, "country") == "3 countries"
    assert count(1200, "article") == "1,200 articles"
