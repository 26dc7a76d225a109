"""Curated corrections and timeline events (data/curation.yaml), validated and applied.

Curation is how an analyst overrules the extractor without touching code: confirm a
figure, correct its country, year, metric or bounds, reject it, or add one the extractor
missed. Every entry is anchored by a verbatim quote from a named source, so it keeps
pointing at the same words however the extractor changes; an entry whose quote no longer
matches exactly once is an error, reported with its line."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .article import PubDate, parse_pubdate
from .errors import InputError
from .claimant import KINDS
from .extract import Figure
from .metricvocab import metrics
from .paths import CURATION, rel

ACTIONS = ("confirm", "correct", "reject", "add")
SETTABLE = ("value", "low", "high", "unit", "metric", "country", "year", "qualifier", "claimant", "claimant_kind", "via")
EVENT_KINDS = ("resolution", "deadline", "report", "enforcement", "press")
ENTRY_KEYS = {"source", "quote", "figure", "occurrence", "action", "set", "why"}
EVENT_KEYS = {"source", "quote", "date", "kind", "country", "event", "why"}


@dataclass(frozen=True)
class Correction:
    source: str
    start: int  # span of the figure in the article
    end: int
    action: str
    set: dict[str, Any]
    why: str
    line: int


@dataclass(frozen=True)
class Event:
    source: str
    start: int  # span of the quote in the article
    end: int
    quote: str
    date: PubDate
    kind: str
    country: str
    event: str
    why: str
    line: int


@dataclass
class Curation:
    corrections: list[Correction] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def for_source(self, source: str) -> list[Correction]:
        return [c for c in self.corrections if c.source == source]


@lru_cache(maxsize=1)
def valid_countries() -> frozenset[str]:
    from .gazetteer import GAZETTEER

    with open(GAZETTEER, encoding="utf-8") as f:
        next(f)
        return frozenset({line.split("\t")[1] for line in f} - {""} | {"WLD"})


def _locate(text: str, quote: str, name: str, line: int, what: str) -> int:
    first = text.find(quote)
    if first < 0:
        raise InputError(name, f"{what} quote not found in its article: {quote[:60]!r}", line)
    if text.find(quote, first + 1) >= 0:
        raise InputError(name, f"{what} quote matches more than once in its article; quote more words: {quote[:60]!r}", line)
    return first


def _check_values(values: dict[str, Any], name: str, line: int) -> None:
    known_metrics = {m.name: m.unit for m in metrics()}
    for k, v in values.items():
        if k not in SETTABLE:
            raise InputError(name, f"cannot set {k!r} (settable: {', '.join(SETTABLE)})", line)
        if k in ("metric", "country", "unit", "qualifier", "claimant", "via") and v is not None and not isinstance(v, str):
            raise InputError(name, f"{k} must be text, not {v!r}", line)
        if k == "claimant_kind" and v not in KINDS:
            raise InputError(name, f"unknown claimant_kind {v!r} (one of {', '.join(KINDS)})", line)
        if k == "metric" and v not in known_metrics:
            raise InputError(name, f"unknown metric {v!r} (see data/metrics.yaml)", line)
        if k == "country" and v not in valid_countries():
            raise InputError(name, f"unknown country code {v!r} (ISO 3166-1 alpha-3 or WLD)", line)
        if k in ("value", "low", "high") and v is not None:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise InputError(name, f"{k} must be a number, not {v!r}", line)
            if not math.isfinite(v) or v < 0 or v >= 1e13:
                raise InputError(name, f"{k} must be a finite number from 0 up to 10^13, not {v!r}", line)
        if k == "year" and not (isinstance(v, int) and not isinstance(v, bool) and 1945 <= v <= 2100):
            raise InputError(name, f"year must be a calendar year, not {v!r}", line)
        if k == "unit" and v not in ("people", "permits", "visas", "usd", "percent"):
            raise InputError(name, f"unknown unit {v!r}", line)
    low, high = values.get("low"), values.get("high")
    if low is not None and high is not None and low > high:
        raise InputError(name, f"low {low!r} is above high {high!r}", line)
    if values.get("claimant") and "claimant_kind" not in values:
        raise InputError(name, "set claimant_kind with claimant (who it is decides what kind it is)", line)
    if values.get("claimant_kind") == "unattributed" and values.get("claimant"):
        raise InputError(name, "an unattributed figure names no claimant", line)
    if "metric" in values and "unit" in values and known_metrics[values["metric"]] != values["unit"]:
        raise InputError(name, f"metric {values['metric']} is counted in {known_metrics[values['metric']]}, not {values['unit']}", line)


def load_curation(path: Path = CURATION, texts: dict[str, str] | None = None) -> Curation:
    """Parse and check data/curation.yaml against the article texts (source id -> text)."""
    from .yamlio import load_yaml_file

    name = rel(path)
    if not path.exists():
        return Curation()
    raw = load_yaml_file(path) or {}
    if texts is None:
        from .manifest import load_manifest

        texts = {s.id: s.read().text for s in load_manifest()}
    if not isinstance(raw, dict):
        raise InputError(name, "expected 'corrections:' and 'events:' lists", 1)
    extra = set(raw) - {"corrections", "events"}
    if extra:
        raise InputError(name, f"unknown section {sorted(extra, key=str)[0]!r} (expected corrections, events)", 1)
    for section in ("corrections", "events"):
        if raw.get(section) is not None and not isinstance(raw[section], list):
            raise InputError(name, f"'{section}:' must be a list of entries ('- source: ...')", 1)
    cur = Curation()
    by_span: dict[tuple[str, int, int], Correction] = {}
    for e in raw.get("corrections") or []:
        line = getattr(e, "line", 0)
        if not isinstance(e, dict):
            raise InputError(name, "each correction must be a mapping", line)
        unknown = set(e) - ENTRY_KEYS
        if unknown:
            raise InputError(name, f"unknown field {sorted(unknown, key=str)[0]!r} in correction", line)
        for k in ("source", "quote", "action", "why"):
            if not e.get(k):
                raise InputError(name, f"correction needs {k!r}", line)
        for k in ("source", "quote", "action", "why", "figure"):
            if isinstance(e.get(k), (list, dict)):
                raise InputError(name, f"{k!r} must be text, not a list or mapping", line)
        src, quote, action = str(e["source"]), str(e["quote"]), e["action"]
        if src not in texts:
            raise InputError(name, f"unknown source {src!r} (not in seeds/manifest.yaml)", line)
        if action not in ACTIONS:
            raise InputError(name, f"action must be one of {', '.join(ACTIONS)}, not {action!r}", line)
        q0 = _locate(texts[src], quote, name, line, "correction")
        fig = str(e.get("figure") or quote)
        occ = 1 if e.get("occurrence") is None else e["occurrence"]
        if isinstance(occ, bool) or not isinstance(occ, int) or occ < 1:
            raise InputError(name, f"occurrence must be a whole number from 1, not {occ!r}", line)
        pos = -1
        for _ in range(occ):
            pos = quote.find(fig, pos + 1)
            if pos < 0:
                raise InputError(name, f"figure {fig!r} (occurrence {occ}) is not in the quote", line)
        if e.get("occurrence") is None and quote.find(fig, pos + 1) >= 0:
            raise InputError(name, f"figure {fig!r} occurs more than once in the quote; add 'occurrence:'", line)
        if e.get("set") is not None and not isinstance(e["set"], dict):
            raise InputError(name, "'set:' must be a mapping of fields to values", line)
        values = dict(e.get("set") or {})
        if action in ("confirm", "reject") and values:
            raise InputError(name, f"action {action!r} takes no 'set:'", line)
        if action == "correct" and not values:
            raise InputError(name, "action 'correct' needs 'set:' with the corrected fields", line)
        if action == "add":
            need = [k for k in ("unit", "metric", "country", "year") if k not in values]
            if need:
                raise InputError(name, f"action 'add' needs set: {', '.join(need)}", line)
        _check_values(values, name, line)
        c = Correction(src, q0 + pos, q0 + pos + len(fig), action, values, " ".join(str(e["why"]).split()), line)
        key = (src, c.start, c.end)
        if key in by_span:
            other = by_span[key]
            raise InputError(name, f"contradicts the entry on line {other.line}: both curate {fig!r} in {src}", line)
        by_span[key] = c
        cur.corrections.append(c)
    for e in raw.get("events") or []:
        line = getattr(e, "line", 0)
        if not isinstance(e, dict):
            raise InputError(name, "each event must be a mapping", line)
        unknown = set(e) - EVENT_KEYS
        if unknown:
            raise InputError(name, f"unknown field {sorted(unknown, key=str)[0]!r} in event", line)
        for k in ("source", "quote", "date", "kind", "country", "event"):
            if not e.get(k):
                raise InputError(name, f"event needs {k!r}", line)
        for k in ("source", "quote", "date", "kind", "country", "event", "why"):
            if isinstance(e.get(k), (list, dict)):
                raise InputError(name, f"{k!r} must be text, not a list or mapping", line)
        src = str(e["source"])
        if src not in texts:
            raise InputError(name, f"unknown source {src!r} (not in seeds/manifest.yaml)", line)
        if e["kind"] not in EVENT_KINDS:
            raise InputError(name, f"event kind must be one of {', '.join(EVENT_KINDS)}", line)
        if not isinstance(e["country"], str) or e["country"] not in valid_countries():
            raise InputError(name, f"unknown country code {e['country']!r}", line)
        q0 = _locate(texts[src], str(e["quote"]), name, line, "event")
        date = parse_pubdate(e["date"], name, line)
        cur.events.append(Event(src, q0, q0 + len(str(e["quote"])), str(e["quote"]), date, e["kind"], e["country"],
                                " ".join(str(e["event"]).split()), " ".join(str(e.get("why") or "").split()), line))
    # the same event dated twice by one source is a contradiction; across sources it is evidence
    seen: dict[tuple[str, str, str], Event] = {}
    for ev in cur.events:
        k = (ev.source, ev.kind, ev.event)
        if k in seen and seen[k].date != ev.date:
            raise InputError(name, f"contradicts the event on line {seen[k].line}: same event, different date", ev.line)
        seen[k] = ev
    return cur


def apply(figures: list[Figure], corrections: list[Correction], text: str, name: str) -> list[tuple[Figure, str, str]]:
    """Figures after curation, each with its curation status and reason.
    Status: '' (automatic), confirmed, corrected, added. Rejected figures are dropped
    here and reported by the tables' `curation` column of the rejecting entry."""
    by_span = {(f.start, f.end): f for f in figures}
    status: dict[tuple[int, int], tuple[str, str]] = {}
    out_figs = dict(by_span)
    for c in corrections:
        key = (c.start, c.end)
        fig = by_span.get(key)
        if c.action == "add":
            if fig is not None:
                raise InputError(name, f"'add' for a figure the extractor already finds ({text[c.start:c.end]!r}); use 'correct'", c.line)
            v = c.set
            base = Figure(source=c.source, start=c.start, end=c.end, text=text[c.start:c.end], value=v.get("value"),
                          low=v.get("low"), high=v.get("high"), unit=v["unit"], metric=v["metric"], country=v["country"],
                          year=v["year"], year_basis="curated", qualifier=v.get("qualifier"),
                          sentence=_sentence_around(text, c.start, c.end), claimant=v.get("claimant"),
                          claimant_kind=v.get("claimant_kind") or "unattributed",
                          via=v.get("via"))
            out_figs[key] = base
            status[key] = ("added", c.why)
            continue
        if fig is None:
            raise InputError(name, f"no extracted figure at {text[c.start:c.end]!r}; use action 'add'", c.line)
        if c.action == "reject":
            out_figs.pop(key)
            continue
        if c.action == "confirm":
            status[key] = ("confirmed", c.why)
            continue
        changes = dict(c.set)
        if changes.get("claimant_kind") == "unattributed":
            changes.setdefault("claimant", None)
            changes.setdefault("via", None)
        if "year" in changes:
            changes["year_basis"] = "curated"
        out_figs[key] = replace(fig, **changes)
        status[key] = ("corrected", c.why)
    return [(f, *status.get(k, ("", ""))) for k, f in sorted(out_figs.items())]


def _sentence_around(text: str, start: int, end: int) -> str:
    from .segment import find_cuts, sentences

    for s in sentences(text, 0, find_cuts(text, 0)):
        if s.start <= start and end <= s.end:
            return " ".join(text[s.start:s.end].split())
    return " ".join(text[start:end].split())
