"""The tidy tables, as pandas DataFrames: one row per observation, each row carrying
its source id and the words it rests on. Notebooks call these; `build` writes them."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .claimant import government_country, identity
from .metricvocab import metrics
from .numbers import LOWER, UPPER
from .pipeline import Corpus, load_corpus
from .schema import TABLES, columns

ESTIMATE_QUALIFIERS = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to",
                       "estimated", "an average of", "on average"}


@lru_cache(maxsize=None)
def country_name(code: str | None) -> str | None:
    """Short English name: 'Russia', not 'Russian Federation', for chart labels."""
    if not code:
        return None
    if code == "WLD":
        return "Worldwide"
    from .gazetteer import load

    if code in load().regions:
        return load().regions[code]
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or {
        "RUS": "Russia", "VNM": "Vietnam", "LAO": "Laos", "KOR": "South Korea", "PRK": "North Korea",
        "IRN": "Iran", "SYR": "Syria", "TZA": "Tanzania", "MDA": "Moldova", "VEN": "Venezuela", "BOL": "Bolivia",
    }.get(code, c.name)


def figure_kind(value: float | None, low: float | None, high: float | None, qualifier: str | None) -> str:
    """reported, estimate, lower bound, upper bound or range: how firm a figure is."""
    if value is None or pd.isna(value):
        return "range"
    if qualifier in LOWER:
        return "lower bound"
    if qualifier in UPPER:
        return "upper bound"
    if qualifier in ESTIMATE_QUALIFIERS:
        return "estimate"
    return "reported"


def _typed(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Columns in schema order and dtype, so CSVs and notebooks see the same table."""
    df = df.reindex(columns=columns(table))
    for c in TABLES[table][1]:
        if c.type == "integer":
            df[c.name] = df[c.name].astype("Int64")
        elif c.type == "number":
            df[c.name] = pd.to_numeric(df[c.name]).astype("float64")
        else:
            df[c.name] = df[c.name].astype("str").where(df[c.name].notna(), None) if len(df) else df[c.name].astype("str")
    return df.reset_index(drop=True)


def sources(corpus: Corpus | None = None) -> pd.DataFrame:
    corpus = corpus or load_corpus()
    rows = []
    for r in corpus.results:
        s = r.source
        kept = {(f.start, f.end) for f, _, _ in r.figures}
        rows.append({
            "source": s.id, "file": s.file, "title": s.title, "outlet": s.outlet, "agency": s.agency,
            "published": str(s.published), "date_precision": s.published.precision, "date_basis": s.date_basis,
            "date_clue": s.date_clue, "url": s.url, "sha256": s.sha256, "chars": len(r.extraction.article.text),
            "boilerplate_chars": sum(c.end - c.start for c in r.extraction.cuts),
            "figures": len(r.figures), "curated": sum(1 for _, st, _ in r.figures if st),
            "rejected": sum(1 for f in r.extraction.figures if (f.start, f.end) not in kept),
        })
    return _typed(pd.DataFrame(rows), "sources")


def figures(corpus: Corpus | None = None) -> pd.DataFrame:
    corpus = corpus or load_corpus()
    rows = []
    for r in corpus.results:
        for f, status, why in r.figures:
            d = f.row()
            d.update(figure_id=f"{f.source}:{f.start}", country_name=country_name(f.country),
                     kind=figure_kind(f.value, f.low, f.high, f.qualifier), curation=status or None,
                     curation_note=why or None, outlet=r.source.outlet, published=str(r.source.published),
                     quote=f.sentence, _agency=" ".join(str(r.source.agency or r.source.outlet).lower().split()))
            rows.append(d)
    df = corroboration(pd.DataFrame(rows))
    return _typed(df.sort_values(["published", "source", "start"], kind="stable") if len(df) else df, "figures")


def claimed_by(kind: str, claimant: str | None, country: str | None) -> str:
    """Who claims a figure, in the words a chart legend uses: "Russia's own report",
    "US government", "UN", "experts", "a news outlet", "witnesses", "unattributed"."""
    if kind == "host_government":
        name = country_name(country)
        from .gazetteer import is_area

        if not name or country is None or is_area(country):
            return "host government"
        return f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} own report"
    if kind == "other_government":
        code = government_country(claimant)
        if code is None:
            return "another government"
        name = "US" if code == "USA" else country_name(code)
        return f"{name} government" if code in ("USA", "PRK", "KOR") else f"government of {name}"
    return {"un": "UN", "expert": "experts", "media": "a news outlet", "witness": "witnesses"}.get(kind, "unattributed")


def corroboration(df: pd.DataFrame) -> pd.DataFrame:
    """`reports` and `claimants` per figure value (same metric, country, year and value,
    low and high): articles whose manifest agency is the same are one report (two outlets
    running one Reuters story); claimants are counted as `claimant.identity` tells them
    apart (a government by its country, anyone else by their words)."""
    if not len(df):
        return df.assign(reports=pd.Series(dtype="Int64"), claimants=pd.Series(dtype="Int64")).drop(columns="_agency", errors="ignore")
    cols = ["metric", "country", "year", "value", "low", "high"]
    key = df[cols].apply(lambda c: c.map(lambda x: "" if x is None or pd.isna(x) else str(x))).agg("|".join, axis=1)
    named = pd.Series([identity(c, k, n) for c, k, n in zip(df["claimant"], df["claimant_kind"], df["country"])], index=df.index)
    df = df.assign(_key=key, _named=named)
    df["claimed_by"] = [claimed_by(k, c, n) for k, c, n in zip(df["claimant_kind"], df["claimant"], df["country"])]
    df["reports"] = df.groupby("_key")["_agency"].transform("nunique")
    df["claimants"] = df.groupby("_key")["_named"].transform("nunique")
    return df.drop(columns=["_key", "_named", "_agency"])


def workers_by_country_year(figs: pd.DataFrame | None = None) -> pd.DataFrame:
    figs = figures() if figs is None else figs
    df = figs[figs["unit"].isin(["people", "permits", "visas"])]
    df = df.sort_values(["country", "year", "metric", "published", "source", "start"], kind="stable")
    return _typed(df, "workers_by_country_year")


def estimate_ranges(figs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every source's estimate of each estimated quantity as an interval: a point is
    [v, v], a lower bound [v, open), an upper bound (open, v], a range [low, high]."""
    figs = figures() if figs is None else figs
    wanted = [m.name for m in metrics() if m.estimate]
    df = figs[figs["metric"].isin(wanted)].copy()
    df["quantity"] = df["metric"] + " " + df["country"].fillna("?")
    df["point"] = df["value"]
    point = df["kind"].isin(["reported", "estimate"])
    df.loc[point, "low"] = df.loc[point, "value"]
    df.loc[point, "high"] = df.loc[point, "value"]
    order = {m: i for i, m in enumerate(wanted)}
    df["_m"] = df["metric"].map(order)
    df = df.sort_values(["_m", "country", "year", "published", "source", "start"], kind="stable")
    return _typed(df, "estimate_ranges")


def timeline(corpus: Corpus | None = None) -> pd.DataFrame:
    """Curated events plus one press-report row per article (its publication)."""
    corpus = corpus or load_corpus()
    src = {r.source.id: r.source for r in corpus.results}
    rows = []
    for e in corpus.curation.events:
        s = src[e.source]
        rows.append({"date": str(e.date), "date_precision": e.date.precision, "kind": e.kind, "country": e.country,
                     "event": e.event, "source": e.source, "outlet": s.outlet, "published": str(s.published),
                     "quote": " ".join(e.quote.split()), "start": e.start, "end": e.end, "note": e.why or None,
                     "_d": e.date})
    for s in src.values():
        r = corpus.by_id(s.id)
        first = r.extraction.article.text[r.extraction.article.body_start:].strip().splitlines()[0]
        q0 = r.extraction.article.text.find(s.title)
        rows.append({"date": str(s.published), "date_precision": s.published.precision, "kind": "press",
                     "country": None, "event": f"{s.outlet} ({s.agency}): {s.title}", "source": s.id,
                     "outlet": s.outlet, "published": str(s.published), "quote": s.title if q0 >= 0 else " ".join(first.split()),
                     "start": q0 if q0 >= 0 else None, "end": q0 + len(s.title) if q0 >= 0 else None,
                     "note": f"publication date ({s.date_basis}; see the sources table)", "_d": s.published})
    for row in rows:
        d = row.pop("_d")
        row["date_start"] = f"{d.year:04d}-{d.month or 1:02d}-{d.day or 1:02d}"
        row["country_name"] = country_name(row["country"])
    df = pd.DataFrame(rows).sort_values(["date_start", "kind", "source", "event"], kind="stable")
    return _typed(df, "timeline")


def boilerplate(corpus: Corpus | None = None) -> pd.DataFrame:
    corpus = corpus or load_corpus()
    rows = []
    for r in corpus.results:
        text = r.extraction.article.text
        for c in r.extraction.cuts:
            rows.append({"source": r.source.id, "start": c.start, "end": c.end, "chars": c.end - c.start,
                         "why": c.why, "excerpt": " ".join(text[c.start:c.end].split())[:80]})
    return _typed(pd.DataFrame(rows), "boilerplate")


def all_tables(corpus: Corpus | None = None) -> dict[str, pd.DataFrame]:
    """Every published table, computed once from one corpus."""
    corpus = corpus or load_corpus()
    figs = figures(corpus)
    return {
        "sources": sources(corpus),
        "figures": figs,
        "workers_by_country_year": workers_by_country_year(figs),
        "estimate_ranges": estimate_ranges(figs),
        "timeline": timeline(corpus),
        "boilerplate": boilerplate(corpus),
    }
