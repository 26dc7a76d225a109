"""Notebook 04: when were the workers to go home (the sources disagree on the deadline's
day), and what happened around it?"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from ..words import cap, fmt_date, join
from . import Tables, load
from .repatriation import headline as repatriation_headline


def date_span(d: str, precision: str) -> tuple[date, date]:
    """The first and last day a date can mean: a day is itself, '2019-12' (precision
    month) is 1 to 31 December, '2019' (year) the whole year. `d` is the `date_start`
    column (YYYY-MM-DD)."""
    y, m, dd = (int(x) for x in d.split("-"))
    start = date(y, m, dd)
    if precision == "year":
        return start, date(y, 12, 31)
    if precision == "month":
        return start, date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return start, start


def _event_label(r: pd.Series) -> str:
    if r["kind"] == "press" and (r["country"] is None or pd.isna(r["country"])):
        return f"Article published: {r['outlet']}"
    return str(r["event"])


def events(t: Tables | None = None) -> pd.DataFrame:
    """The timeline table with a `label` per event (an article's own publication reads
    'Article published: outlet'), events in order of the first date any source gives them."""
    tl = load(t)["timeline"].copy()
    tl["label"] = tl.apply(_event_label, axis=1)
    tl["_first"] = tl.groupby("label", sort=False)["date_start"].transform("min")
    tl = tl.sort_values(["_first", "label", "date_start", "source"], kind="stable")
    cols = ["label", "kind", "date", "date_precision", "date_start", "country", "event", "outlet", "published",
            "source", "quote", "note"]
    return tl[cols].reset_index(drop=True)


@dataclass(frozen=True, eq=False)
class TimelineFacts:
    """`deadline_month` is the month most sources give the deadline in (the earliest on a
    tie; a year if none gives a month); `after_deadline` the events about Russia dated
    after the last day any source gives for the deadline."""

    events: int
    labels: int
    sources: int
    deadline_month: str
    deadline_dates: int
    after_deadline: pd.DataFrame


def facts(t: Tables | None = None) -> TimelineFacts:
    """See `TimelineFacts`."""
    tl = events(t)
    dl = tl[tl["kind"] == "deadline"]
    months = dl.loc[dl["date_precision"] != "year", "date"].str[:7]
    month = months.mode().sort_values().iloc[0] if len(months) else dl["date"].iloc[0]
    last = date_span(dl.sort_values("date_start").iloc[-1]["date_start"], "day")[0]
    after = tl[(tl["date_start"] > str(last)) & (tl["country"] == "RUS")]
    return TimelineFacts(events=len(tl), labels=tl["label"].nunique(), sources=tl["source"].nunique(),
                         deadline_month=month, deadline_dates=dl["date"].nunique(), after_deadline=after)


def deadline_dates(t: Tables | None = None) -> pd.DataFrame:
    """Every source's date for the repatriation deadline, with its precision and the
    first and last day it can mean (`date_span`)."""
    tl = load(t)["timeline"]
    dl = tl[tl["kind"] == "deadline"].copy()
    spans = [date_span(d, p) for d, p in dl[["date_start", "date_precision"]].itertuples(index=False)]
    dl["first_day"] = [str(a) for a, _ in spans]
    dl["last_day"] = [str(b) for _, b in spans]
    cols = ["date", "date_precision", "first_day", "last_day", "outlet", "published", "source", "quote", "note"]
    return dl.sort_values(["date_start", "source"], kind="stable")[cols].reset_index(drop=True)


def deadline_sentences(t: Tables | None = None) -> list[str]:
    """Where the sources agree on the deadline: first whether the sources that give a day
    give the same day; then whether every day-precise date falls within the month or
    year the less precise sources give."""
    d = deadline_dates(t)
    day = d[d["date_precision"] == "day"]
    coarse = d[d["date_precision"] != "day"]
    days = sorted(set(day["date"]))
    out = []
    if len(days) > 1:
        who = "; ".join(f"{fmt_date(x)} ({join(sorted(set(day.loc[day['date'] == x, 'outlet'])))})" for x in days)
        out.append(f"The sources disagree on the day of the deadline: {who}.")
    elif days:
        out.append(f"Every source that gives a day gives {fmt_date(days[0])}.")
    else:
        out.append("No source gives the deadline to the day.")
    if len(coarse):
        fits = all(r.first_day <= x <= r.last_day for r in coarse.itertuples() for x in days)
        said = join([f"{r.outlet} gives only {fmt_date(r.date)}" for r in coarse.itertuples()])
        if not days:
            out.append(f"{cap(said)}.")
        elif fits:
            out.append(f"{cap(said)}; the day-precise dates fall within "
                       + ("it." if len(coarse) == 1 else "each of those."))
        else:
            out.append(f"{cap(said)}; not every day-precise date falls within those.")
    return out


def deadline_note(t: Tables | None = None) -> str:
    """The `deadline_sentences` as one paragraph."""
    return " ".join(deadline_sentences(t))


def answer(t: Tables | None = None) -> str:
    """Notebook 04's answer in one line: the repatriation headline, the deadline month
    (`facts`), whether Russia still reported workers after it, and the first deadline
    sentence."""
    t = load(t)
    x = facts(t)
    s = f"{repatriation_headline(t)}. The deadline fell in {fmt_date(x.deadline_month)}"
    if len(x.after_deadline):
        s += f", yet Russia still reported workers in {x.after_deadline['date_start'].min()[:4]}"
    first = deadline_sentences(t)[0]
    return s + "; " + first[0].lower() + first[1:]
