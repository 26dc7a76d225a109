"""Numbers, dates and lists in words: how findings, charts and the briefing PDF say things.

One place for the wording, so the sentence a notebook prints, the title a chart carries
and the caption in the PDF spell a figure the same way. Two styles on purpose: charts use
the compact forms that fit a label ("26 Mar 2019", "$75m"); the briefing PDF, read as
prose, the long ones ("26 March 2019", "$75 million").

Plain Python and pandas (for missing values and the rows of a table); no plotting.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

# What a metric or unit is called in titles, labels and sentences (data/metrics.yaml has
# the definitions; these are the short reader-facing names).
METRIC_LABEL = {
    "valid_work_permits": "valid work permits", "new_work_permits": "new work permits",
    "student_visa_arrivals": "arrivals on student visas", "visas_issued": "visas issued",
    "share_of_repatriations": "share of all repatriations", "share_repatriated": "share sent home",
    "share_remitted": "share of earnings taken by the state", "repatriated": "workers sent home",
    "workers_remaining": "workers remaining", "new_arrivals": "new arrivals",
    "annual_revenue": "revenue to Pyongyang a year", "workers_present": "workers present",
}
UNIT_LABEL = {"people": "people", "permits": "permits", "visas": "visas", "usd": "US dollars a year",
              "percent": "percent"}

_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


# Who claims a figure (the `claimant_kind` column), in words for pickers, notes and the PDF.
CLAIM_WORDS = {
    "host_government": "the host country's own government",
    "other_government": "another government",
    "un": "the UN",
    "expert": "experts",
    "media": "a news outlet's own finding",
    "witness": "witnesses",
    "unattributed": "no one named",
}

def is_number(v: object) -> bool:
    """True for a real number: not None, not NaN, not text (table cells mix all three)."""
    try:
        return v is not None and v == v and not isinstance(v, str)  # NaN != NaN
    except (TypeError, ValueError):
        return False


def _date_in_words(d: str, months: Sequence[str]) -> str:
    """A YYYY[-MM[-DD]] date with the month named; anything else comes back as given."""
    parts = d.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return d


def fmt_date(d: object) -> str:
    """For labels: '2019-03-26' -> '26 Mar 2019', '2021-07' -> 'Jul 2021', '2018' -> '2018'."""
    if d is None or (isinstance(d, float) and d != d):
        return "undated"
    return _date_in_words(str(d), _SHORT_MONTHS)


def long_date(d: object) -> str:
    """For prose: '2019-03-26' -> '26 March 2019'; '2021-07' -> 'July 2021'; '2018' -> '2018'."""
    return _date_in_words("" if d is None else str(d), _LONG_MONTHS)


def fmt_value(v: float, unit: str) -> str:
    """A number in its unit, compact enough for labels and axes: 12,345; $12m; 61.7%."""
    if v is None or pd.isna(v):
        return ""
    if unit == "usd":
        if abs(v) >= 1e9:
            return f"${v / 1e9:,.1f}bn"
        if abs(v) >= 1e6:
            return f"${v / 1e6:,.0f}m"
        return f"${v:,.0f}"
    if unit == "percent":
        return f"{v:.1f}%".replace(".0%", "%")
    return f"{v:,.0f}"


def fmt_number(v: float, unit: str | None) -> str:
    """A number for readers of prose: 12,345; $4 million; $1.2 billion; 80%."""
    if unit == "percent":
        return f"{v:.0f}%" if float(v) == round(v) else f"{v:.1f}%"
    if unit == "usd":
        for size, word in ((10**9, "billion"), (10**6, "million")):
            if abs(v) >= size:
                x = v / size
                return f"${x:,.0f} {word}" if x == round(x) else f"${x:,.1f} {word}"
        return f"${v:,.0f}"
    return f"{v:,.0f}"


def says(row: pd.Series) -> str:
    """What the article said, as written: qualifier and figure ('some 12,000'); number
    words in lower case ('Half' in a headline reads 'half')."""
    text = str(row["text"]).replace("\\$", "$")
    if text.replace("-", "").isalpha():
        text = text.lower()
    q = row.get("qualifier")
    if q is None or pd.isna(q) or q in ("between",) or text.lower().startswith(str(q).lower()):
        return text
    return f"{q} {text}"


_PLURAL = {"country": "countries", "quantity": "quantities", "is": "are", "was": "were"}


def count(n: int, noun: str) -> str:
    """'1 figure', '2 figures', '1 country', '3 countries': a count with its noun agreeing."""
    n = int(n)
    return f"{n:,} {noun if n == 1 else _PLURAL.get(noun, noun + 's')}"


def join(items: Iterable[object]) -> str:
    """'a', 'a and b', 'a, b and c'; empty items are left out."""
    items = [str(i) for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def cap(s: str) -> str:
    """First letter upper case, the rest as written (str.capitalize would lower 'Russia')."""
    return s[:1].upper() + s[1:]


def period(years: Iterable) -> str:
    """'2017-2020' from the years of the rows shown; '2019' for one year; '' for none."""
    ys = sorted({int(y) for y in years if not pd.isna(y)})
    if not ys:
        return ""
    return str(ys[0]) if ys[0] == ys[-1] else f"{ys[0]}-{ys[-1]}"


def slugify(*parts: object) -> str:
    """A file-name-safe chart name from its parts: slugify('russia', 2017, 2020) -> 'russia-2017-2020'."""
    s = "-".join(str(p) for p in parts if p not in (None, ""))
    return "".join(c if c.isalnum() or c == "-" else "-" for c in s.lower()).strip("-").replace("--", "-")


def source_line(rows: pd.DataFrame, what: str = "Sources") -> str:
    """'Sources: ADR Daily, 2018; The Moscow Times, 26 Mar 2019.' from the rows plotted."""
    pairs = rows[["outlet", "published"]].drop_duplicates().sort_values(["published", "outlet"], kind="stable")
    parts = [f"{o}, {fmt_date(p)}" for o, p in pairs.itertuples(index=False)]
    label = what if len(parts) != 1 else what.rstrip("s")
    return f"{label}: " + "; ".join(parts) + ". Figures as extracted and curated in data/tables."


def attribution(r: pd.Series, t: dict[str, pd.DataFrame], lines: int = 1) -> str:
    """Who said it and when: 'ADR Daily (CNN), 2018'; the agency only when it is short
    enough for a row label."""
    src = t["sources"]
    hit = src.loc[src["source"] == r["source"], "agency"] if "source" in r else src.loc[src["outlet"] == r["outlet"], "agency"]
    ag = hit.iloc[0] if len(hit) else None
    name = str(r["outlet"]) + (f" ({ag})" if isinstance(ag, str) and len(ag) <= 10 and ag != r["outlet"] else "")
    return f"{name}\n{fmt_date(r['published'])}" if lines > 1 else f"{name}, {fmt_date(r['published'])}"
