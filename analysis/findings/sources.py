"""Notebook 01: where do the figures come from? Articles, their dates, curation, cuts."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..words import fmt_date, fmt_value
from . import Tables, load


def overview(t: Tables | None = None) -> pd.DataFrame:
    """The articles: who, when, and how the date is known, with figure counts; oldest first."""
    s = load(t)["sources"]
    cols = ["source", "outlet", "agency", "published", "date_precision", "date_basis", "date_clue", "figures",
            "curated", "rejected", "chars", "boilerplate_chars"]
    return s[cols].sort_values(["published", "source"], kind="stable").reset_index(drop=True)


def curated_figures(t: Tables | None = None) -> pd.DataFrame:
    """Figures an analyst confirmed, corrected or added (a non-empty `curation`), with the reason."""
    f = load(t)["figures"]
    cols = ["figure_id", "text", "metric", "country", "year", "curation", "curation_note"]
    return f.loc[f["curation"].notna(), cols].reset_index(drop=True)


def boilerplate_cuts(t: Tables | None = None) -> pd.DataFrame:
    """What was cut from each article as page furniture, with the outlet."""
    t = load(t)
    b = t["boilerplate"].merge(t["sources"][["source", "outlet"]], on="source", how="left")
    return b[["source", "outlet", "why", "chars", "excerpt"]]


def by_source_country(t: Tables | None = None) -> pd.DataFrame:
    """Figures per article and country after curation: oldest article first, and within
    one article the countries with the most figures overall first."""
    f = load(t)["figures"]
    g = (f.groupby(["source", "outlet", "published", "country", "country_name"], dropna=False, sort=False)
         .size().rename("figures").reset_index())
    totals = f.groupby("country", sort=False).size().rename("_n")
    g = g.join(totals, on="country").sort_values(["published", "source", "_n", "country"],
                                                 ascending=[True, True, False, True], kind="stable")
    return g.drop(columns="_n").reset_index(drop=True)


@dataclass(frozen=True)
class SourcesFacts:
    """The corpus in numbers. `top_country` and `top_outlet` are those with the most
    figures (on a tie, the one named first in `by_source_country`'s order); `countries`
    leaves out the worldwide totals (WLD)."""

    figures: int
    articles: int
    top_country: str
    top_country_figures: int
    top_outlet: str
    top_outlet_figures: int
    countries: int
    first_published: str
    last_published: str
    curated: int
    rejected: int
    chars_cut: int
    chars: int


def facts(t: Tables | None = None) -> SourcesFacts:
    """Counts over the sources, figures and boilerplate tables (see `SourcesFacts`)."""
    t = load(t)
    d = by_source_country(t)
    by_c = d.groupby("country_name", sort=False)["figures"].sum().sort_values(ascending=False, kind="stable")
    by_s = d.groupby("outlet", sort=False)["figures"].sum().sort_values(ascending=False, kind="stable")
    s = t["sources"]
    return SourcesFacts(
        figures=int(d["figures"].sum()), articles=int(s.shape[0]), top_country=by_c.index[0],
        top_country_figures=int(by_c.iloc[0]), top_outlet=by_s.index[0], top_outlet_figures=int(by_s.iloc[0]),
        countries=int(d.loc[d["country"] != "WLD", "country"].nunique()),
        first_published=s["published"].min(), last_published=s["published"].max(),
        curated=int(s["curated"].sum()), rejected=int(s["rejected"].sum()),
        chars_cut=int(t["boilerplate"]["chars"].sum()), chars=int(s["chars"].sum()))


def answer(t: Tables | None = None) -> str:
    """Notebook 01's answer in one line: the `facts` in words."""
    x = facts(t)
    return (f"{x.articles} articles published {fmt_date(x.first_published)} to {fmt_date(x.last_published)} give "
            f"{x.figures} figures ({x.curated} confirmed, corrected or added by hand; {x.rejected} rejected); "
            f"{x.top_country_figures} are about {x.top_country}, and {fmt_value(x.chars_cut, 'people')} of "
            f"{fmt_value(x.chars, 'people')} characters were cut as page furniture.")
