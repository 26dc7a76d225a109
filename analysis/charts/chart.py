"""The Chart record: what the notebooks show and the briefing exports, chart by chart."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd
from matplotlib.figure import Figure

@dataclass(frozen=True)
class Chart:
    """One chart: `draw(tables, size)` a Figure at a size of SIZES, `data(tables)` the
    tidy table behind it, `caption(tables)` two sentences; `notebook` shows it."""

    slug: str
    draw: Callable[[dict[str, pd.DataFrame], str], Figure]
    data: Callable[[dict[str, pd.DataFrame]], pd.DataFrame]
    caption: Callable[[dict[str, pd.DataFrame]], str]
    notebook: str = ""

    def __repr__(self) -> str:  # no function addresses in notebook outputs
        return f"Chart({self.slug!r})"
