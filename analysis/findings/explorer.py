"""Notebook 05: what does the corpus say about a country, metric, unit, source or claimant kind?"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from ..words import says
from . import Tables, load

# The selection the explorer's widgets start with, and so what its static output shows.
DEFAULT: dict[str, tuple[str, ...]] = {"countries": ("RUS",), "metrics": (), "units": ("people", "permits"),
                                       "sources": (), "claimants": ()}


def rows(t: Tables | None = None, countries: Iterable[str] = (), metrics: Iterable[str] = (),
         units: Iterable[str] = (), sources: Iterable[str] = (), claimants: Iterable[str] = ()) -> pd.DataFrame:
    """Figures matching the selection, each as stated; an empty selection means 'all'.
    `claimants` selects claimant kinds (host_government, other_government, un, expert,
    media, witness, unattributed)."""
    f = load(t)["figures"]
    m = pd.Series(True, index=f.index)
    for col, sel in (("country", countries), ("metric", metrics), ("unit", units), ("source", sources),
                     ("claimant_kind", claimants)):
        sel = tuple(sel)
        if sel:
            m &= f[col].isin(sel)
    r = f[m].copy()
    r["says"] = r.apply(says, axis=1) if len(r) else pd.Series(dtype="str")
    cols = ["country_name", "year", "metric", "kind", "says", "value", "low", "high", "unit", "outlet", "published",
            "quote", "figure_id", "source", "claimed_by", "claimant_kind"]
    return (r.sort_values(["unit", "country_name", "year", "metric", "published"], kind="stable")[cols]
            .reset_index(drop=True))
