"""The briefing's cover: its headline numbers, computed from the figures table (never
typed in), each with the outlets, dates and words it rests on."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..words import fmt_number, is_number, long_date
from . import Tables

@dataclass(frozen=True)
class KeyFigure:
    """One number on the cover, what it is, and where it comes from."""

    headline: str  # the number(s), e.g. "30,023 → 11,490"
    label: str  # what the number is
    sources: tuple[str, ...]  # "Outlet, 26 March 2019 (“words as written”)"
    figure_ids: tuple[str, ...]
    claims: str = ""  # who claims it and how many independent reports carry it


def claims(rows: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Who claims a key figure and in how many independent reports: "Russia's own report
    (“Russia”, “A Russian interim report”); 2 independent reports". Articles with the same
    manifest agency are one report."""
    if not len(rows) or "claimed_by" not in rows.columns:
        return ""
    who: dict[str, list[str]] = {}
    for r in rows.sort_values(["published", "source", "start"], kind="stable").itertuples():
        words = who.setdefault(str(r.claimed_by), [])
        if isinstance(r.claimant, str) and r.claimant and r.claimant not in words:
            words.append(r.claimant)
    agency = dict(zip(sources["source"], sources["agency"].fillna(sources["outlet"])))
    n = len({" ".join(str(agency.get(s, s)).lower().split()) for s in rows["source"]})
    parts = [k + (f" (“{'”, “'.join(w)}”)" if w else "") for k, w in who.items()]
    return "; ".join(parts) + f"; {n} independent report{'s' if n != 1 else ''}"


def _cite(rows: pd.DataFrame) -> tuple[str, ...]:
    """One citation per source, oldest first: outlet, date and the figure's own words."""
    out: dict[str, list[str]] = {}
    for r in rows.sort_values(["published", "source", "start"], kind="stable").itertuples():
        key = f"{r.outlet}, {long_date(r.published)}"
        words = out.setdefault(key, [])
        if r.text not in words:
            words.append(r.text)
    return tuple(f"{k} (“{'”, “'.join(w)}”)" for k, w in out.items())


def key_figures(t: Tables) -> list[KeyFigure]:
    """The cover's headline numbers, computed from the figures table (never typed in):
    the fall in valid work permits, worldwide worker estimates, annual revenue,
    repatriations and where they came from. A figure missing from the data is left out."""
    f = t["figures"]
    out: list[KeyFigure] = []

    # 1. valid work permits: first and last year for the country with the longest series
    p = f[(f["metric"] == "valid_work_permits") & f["value"].notna() & f["year"].notna()]
    if len(p):
        span = p.groupby("country")["year"].agg(lambda y: (y.max() - y.min(), y.nunique()))
        country = max(span.index, key=lambda c: (span[c][1], span[c][0], c))
        pc = p[p["country"] == country]
        y0, y1 = int(pc["year"].min()), int(pc["year"].max())

        def at(year: int) -> float:
            return float(pc[pc["year"] == year]["value"].mode().iloc[0])

        v0, v1 = at(y0), at(y1)
        used = pc[((pc["year"] == y0) & (pc["value"] == v0)) | ((pc["year"] == y1) & (pc["value"] == v1))]
        name = pc["country_name"].iloc[0]
        if y0 != y1 and v0:
            change = (v1 - v0) / v0 * 100
            word = "down" if change < 0 else "up"
            out.append(KeyFigure(f"{fmt_number(v0, 'permits')} → {fmt_number(v1, 'permits')}",
                                 f"North Koreans holding valid work permits in {name}, {y0} to {y1}: "
                                 f"{word} {abs(change):.0f}%",
                                 _cite(used), tuple(used["figure_id"]), claims(used, t["sources"])))
        else:
            out.append(KeyFigure(fmt_number(v1, "permits"), f"North Koreans holding valid work permits in {name}, {y1}",
                                 _cite(used), tuple(used["figure_id"]), claims(used, t["sources"])))

    def spread(rows: pd.DataFrame, unit: str) -> str:
        """The span of several sources' figures: '12,000', or '$1 million to more than $2 million'."""
        lows = [v for v in list(rows["low"]) + list(rows["value"]) if is_number(v)]
        highs = [v for v in list(rows["high"]) + list(rows["value"]) if is_number(v)]
        lo, hi = min(lows), max(highs)
        open_top = any(is_number(r.low) and not is_number(r.high) and r.low >= hi for r in rows.itertuples())
        if lo == hi:
            hedge = "more than " if open_top else "about " if (rows["kind"] == "estimate").all() else ""
            return hedge + fmt_number(lo, unit)
        return f"{fmt_number(lo, unit)} to {'more than ' if open_top else ''}{fmt_number(hi, unit)}"

    def years(rows: pd.DataFrame) -> str:
        ys = sorted({int(y) for y in rows["year"].dropna()})
        return "" if not ys else (f"{ys[0]}" if len(ys) == 1 else f"{ys[0]}–{ys[-1]}")

    # 2. workers abroad worldwide
    w = f[(f["metric"] == "workers_present") & (f["country"] == "WLD")]
    if len(w):
        out.append(KeyFigure(spread(w, "people"),
                             f"North Korean workers abroad worldwide ({years(w)}), as estimated in "
                             f"{w['source'].nunique()} of the articles",
                             _cite(w), tuple(w["figure_id"]), claims(w, t["sources"])))
    # 3. annual revenue from workers abroad
    r = f[(f["metric"] == "annual_revenue") & (f["country"] == "WLD")]
    if not len(r):
        r = f[f["metric"] == "annual_revenue"]
    if len(r):
        where = "worldwide" if (r["country"] == "WLD").all() else ", ".join(sorted(set(r["country_name"].dropna())))
        out.append(KeyFigure(spread(r, "usd"),
                             f"a year for the North Korean state from its workers abroad ({where}, {years(r)}): "
                             f"the range of {len(r)} estimates",
                             _cite(r), tuple(r["figure_id"]), claims(r, t["sources"])))
    # 4. repatriations
    rep = f[(f["metric"] == "repatriated") & (f["country"] == "WLD") & f["value"].notna()]
    if len(rep):
        out.append(KeyFigure(spread(rep, "people"),
                             f"North Korean workers reported repatriated worldwide ({years(rep)})",
                             _cite(rep), tuple(rep["figure_id"]), claims(rep, t["sources"])))
    # 5. where repatriations came from
    share = f[(f["metric"] == "share_of_repatriations") & f["value"].notna()]
    if len(share):
        top = share.sort_values(["value", "published"], ascending=[False, True], kind="stable").iloc[[0]]
        row = top.iloc[0]
        hedge = f"{row['qualifier'] or 'about'} " if row["kind"] == "estimate" else ""
        out.append(KeyFigure(hedge + fmt_number(row["value"], "percent"),
                             f"of reported repatriations came from {row['country_name']} ({int(row['year'])})",
                             _cite(top), tuple(top["figure_id"]), claims(top, t["sources"])))
    return out
