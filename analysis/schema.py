"""The published tables' columns: name, type, unit and meaning, in one place.

`build` turns this into data/datapackage.json (Frictionless Table Schema) and checks
every table against it; the README codebook is generated from it too, so the three can
never disagree."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Col:
    name: str
    type: str  # string | integer | number
    unit: str
    meaning: str


def _c(name: str, type_: str, unit: str, meaning: str) -> Col:
    return Col(name, type_, unit, meaning)


_SPAN = [
    _c("start", "integer", "characters", "offset of the figure's first character in the article text as decoded"),
    _c("end", "integer", "characters", "offset just past the figure; text[start:end] is the `text` column"),
]
_FIGURE_CORE = [
    _c("figure_id", "string", "", "stable id: source and start offset"),
    _c("source", "string", "", "manifest id of the article"),
    *_SPAN,
    _c("text", "string", "", "the figure's words exactly as written"),
    _c("value", "number", "unit column", "the stated point number; empty for a range"),
    _c("low", "number", "unit column", "lower end of a range or lower bound ('more than'); empty if none"),
    _c("high", "number", "unit column", "upper end of a range or upper bound ('up to'); empty if none"),
    _c("unit", "string", "", "people, permits, visas, usd or percent"),
    _c("metric", "string", "", "what is counted (data/metrics.yaml)"),
    _c("country", "string", "ISO 3166-1 alpha-3", "country the figure is about; WLD for worldwide totals, GULF, MEA, EUR, AFR or SEA for regional ones"),
    _c("country_name", "string", "", "English short name of the country"),
    _c("year", "integer", "calendar year", "year the figure describes"),
    _c("year_basis", "string", "", "stated, relative (resolved against the publication date), paragraph (the year an earlier sentence of the paragraph set), publication, or curated"),
    _c("qualifier", "string", "", "qualifier as written: about, nearly, more than, up to, between, ..."),
    _c("kind", "string", "", "reported (a number stated without hedging), estimate, lower bound, upper bound or range"),
]
_PROVENANCE = [
    _c("outlet", "string", "", "site or paper the article was taken from"),
    _c("published", "string", "YYYY[-MM[-DD]]", "publication date, as precise as known"),
    _c("quote", "string", "", "the sentence the figure stands in, whitespace collapsed"),
]
_CLAIM = [
    _c("claimant", "string", "", "who makes the claim, as written (\"Russia\", \"US diplomats\"); empty when nobody is named"),
    _c("claimant_kind", "string", "", "host_government (the government of the country the figure is about), other_government "
       "(any other, North Korea's included), un, expert, media, witness or unattributed"),
    _c("via", "string", "", "the outlet that relayed the claim (\"the Wall Street Journal\"), if any"),
    _c("claimed_by", "string", "", "who claims it, in words for charts: Russia's own report, US government, UN, experts, "
       "a news outlet, witnesses or unattributed"),
    _c("reports", "integer", "reports", "independent reports carrying the same value (metric, country, year and value): "
       "articles with the same manifest agency count once"),
    _c("claimants", "integer", "claimants", "distinct named claimants of the same value; 0 when nobody is named"),
]

TABLES: dict[str, tuple[str, list[Col]]] = {
    "sources": ("One row per article in seeds/: who published it, when, and how we know.", [
        _c("source", "string", "", "manifest id"),
        _c("file", "string", "", "file name in seeds/"),
        _c("title", "string", "", "headline"),
        _c("outlet", "string", "", "site or paper the text was taken from"),
        _c("agency", "string", "", "who reported the story"),
        _c("published", "string", "YYYY[-MM[-DD]]", "publication date, as precise as known"),
        _c("date_precision", "string", "", "day, month or year"),
        _c("date_basis", "string", "", "stated in the text, or inferred from clues"),
        _c("date_clue", "string", "", "the words and reasoning that establish the date"),
        _c("url", "string", "", "address given in the text, if any"),
        _c("sha256", "string", "", "checksum of the file as received"),
        _c("chars", "integer", "characters", "length of the decoded text"),
        _c("boilerplate_chars", "integer", "characters", "characters cut as page furniture"),
        _c("figures", "integer", "figures", "figures taken from the article after curation"),
        _c("curated", "integer", "figures", "figures confirmed, corrected or added by curation"),
        _c("rejected", "integer", "figures", "automatic figures rejected by curation"),
    ]),
    "figures": ("One row per figure, after curation, with its exact span and sentence.", [
        *_FIGURE_CORE,
        _c("time_text", "string", "", "the words the year was read from, if any"),
        _c("place_text", "string", "", "the words the country was read from, if any"),
        _c("curation", "string", "", "empty (automatic), confirmed, corrected or added"),
        _c("curation_note", "string", "", "the analyst's reason, from data/curation.yaml"),
        *_PROVENANCE,
        *_CLAIM,
    ]),
    "workers_by_country_year": ("Counts of people, permits and visas by country, year and metric; one row per reported figure.", [
        _c("country", "string", "ISO 3166-1 alpha-3", "country the count is about; WLD for worldwide, a region code for a regional total"),
        _c("country_name", "string", "", "English short name of the country"),
        _c("year", "integer", "calendar year", "year the count describes"),
        _c("metric", "string", "", "what is counted (data/metrics.yaml)"),
        _c("unit", "string", "", "people, permits or visas"),
        _c("value", "number", "unit column", "point number; empty for a range"),
        _c("low", "number", "unit column", "lower end or lower bound"),
        _c("high", "number", "unit column", "upper end or upper bound"),
        _c("kind", "string", "", "reported, estimate, lower bound, upper bound or range"),
        _c("qualifier", "string", "", "qualifier as written"),
        _c("source", "string", "", "manifest id of the article"),
        _c("figure_id", "string", "", "row of the figures table"),
        _c("text", "string", "", "the figure's words exactly as written"),
        *_PROVENANCE,
        *_CLAIM,
    ]),
    "estimate_ranges": ("One row per source's estimate of a quantity (metric and country), as a low-high interval.", [
        _c("quantity", "string", "", "metric and country, e.g. workers_present RUS"),
        _c("metric", "string", "", "what is estimated"),
        _c("country", "string", "ISO 3166-1 alpha-3", "country; WLD for worldwide, a region code for a regional total"),
        _c("country_name", "string", "", "English short name of the country"),
        _c("unit", "string", "", "people, usd or percent"),
        _c("year", "integer", "calendar year", "year the estimate describes"),
        _c("kind", "string", "", "reported, estimate, lower bound, upper bound or range"),
        _c("point", "number", "unit column", "the stated number, for a point, estimate or bound"),
        _c("low", "number", "unit column", "interval's lower end; empty when open below"),
        _c("high", "number", "unit column", "interval's upper end; empty when open above"),
        _c("qualifier", "string", "", "qualifier as written"),
        _c("source", "string", "", "manifest id of the article"),
        _c("figure_id", "string", "", "row of the figures table"),
        _c("text", "string", "", "the figure's words exactly as written"),
        *_PROVENANCE,
        *_CLAIM,
    ]),
    "timeline": ("Dated events: resolutions, deadlines, reports to the UN, enforcement actions, press reports.", [
        _c("date", "string", "YYYY[-MM[-DD]]", "event date, as precise as the source allows"),
        _c("date_precision", "string", "", "day, month or year"),
        _c("date_start", "string", "YYYY-MM-DD", "first day the date can mean, for sorting and plotting"),
        _c("kind", "string", "", "resolution, deadline, report, enforcement or press"),
        _c("country", "string", "ISO 3166-1 alpha-3", "country concerned; WLD for all"),
        _c("country_name", "string", "", "English short name of the country"),
        _c("event", "string", "", "what happened"),
        _c("source", "string", "", "manifest id of the article"),
        _c("outlet", "string", "", "site or paper the article was taken from"),
        _c("published", "string", "YYYY[-MM[-DD]]", "publication date of the article"),
        _c("quote", "string", "", "the article's words the event rests on"),
        _c("start", "integer", "characters", "offset of the quote in the article"),
        _c("end", "integer", "characters", "offset just past the quote"),
        _c("note", "string", "", "how the date was read"),
    ]),
    "boilerplate": ("Page furniture cut from each article before extraction, and why.", [
        _c("source", "string", "", "manifest id of the article"),
        _c("start", "integer", "characters", "offset of the cut's first character"),
        _c("end", "integer", "characters", "offset just past the cut"),
        _c("chars", "integer", "characters", "length of the cut"),
        _c("why", "string", "", "what kind of furniture it is"),
        _c("excerpt", "string", "", "its first 80 characters, whitespace collapsed"),
    ]),
}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table][1]]


def datapackage() -> dict:
    """A Frictionless Data Package descriptor for data/tables/."""
    types = {"string": "string", "integer": "integer", "number": "number"}
    return {
        "profile": "tabular-data-package",
        "name": "dprk-workers-abroad",
        "title": "North Korean workers abroad: figures from news reporting",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
        "resources": [
            {
                "name": name,
                "path": f"tables/{name}.csv",
                "profile": "tabular-data-resource",
                "description": desc,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": [
                    {"name": c.name, "type": types[c.type], "description": c.meaning, **({"unit": c.unit} if c.unit else {})}
                    for c in cols
                ]},
            }
            for name, (desc, cols) in TABLES.items()
        ],
    }


def codebook_markdown() -> str:
    """The README codebook section, generated from TABLES."""
    out = []
    for name, (desc, cols) in TABLES.items():
        out.append(f"#### `{name}`\n\n{desc}\n\n| column | type | unit | meaning |\n|---|---|---|---|")
        out.extend(f"| `{c.name}` | {c.type} | {c.unit} | {c.meaning} |" for c in cols)
        out.append("")
    return "\n".join(out)
