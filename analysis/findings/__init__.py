"""Findings: the answers the notebooks give, computed from the tidy tables.

One module per question, named after it (``sources``, ``russia``, ``estimates``,
``timeline``, ``repatriation``, ``explorer``; ``cover`` for the briefing's key figures).
Each function takes the tables (``tables.all_tables()``; None loads them) and returns a
DataFrame, a small fact record or a sentence, and its docstring states the rule it
applies. Plain pandas: nothing here draws, so a reader can follow how a number was
reached without opening the chart code, and the charts in ``analysis.charts`` draw
these findings rather than computing their own.
"""
from __future__ import annotations

import pandas as pd

Tables = dict[str, pd.DataFrame]


def load(t: Tables | None) -> Tables:
    """The tables given, or all of data/tables/ when none are (a notebook passes its own,
    so every finding in it reads the same tables)."""
    if t is None:
        from .. import tables

        t = tables.all_tables()
    return t
