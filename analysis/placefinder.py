"""Which country (or region) a figure is about: the nearest place in its clause, a place
named by description ("the Gulf state", "the landlocked nation sandwiched between Russia
and China"), or the last host named before it. Split from extract.py, which decides what
is a figure; this module only decides where."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import refast
from .gazetteer import Place, find_places, is_area, load
from .numbers import CONVERSION
from .pipetable import is_row
from .segment import Sentence

# a demonym before an owner ("a Chinese municipality", "Russian employers") says whose, not where
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "i", "ish", "ch", "ino", "ek", "kh")  # "Russian", "Chinese", "Qatari", "Filipino", "Uzbek": not "Oman", "Japan"
_OWNER_NOUN = refast.lazy(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:company|companies|firm|firms|municipality|contractor|contractors|"
                         r"employer|employers|owner|owners|partner|partners|government|governments|authorities|officials?|ministry|"
                         r"embassy|consul|diplomats?|businessman|businessmen|investors?|buyers?|clients?|customers?|changers|"
                         r"brokers?|traders?|banks?|middlemen|intermediaries|agents?|allies|ally|monarchies|rulers|leaders|"
                         r"tour groups|tourists|groups|broadcasters?|newspapers?|news[ \u00a0]+agency|outlets?|think[ \u00a0]+tanks?)\b")
# "deported by Nigerian authorities": the state that sends them home is where they were
_DEPORTED_BY = refast.lazy(r"\b(?:deported|expelled|repatriated|sent[ \u00a0]+(?:home|back)|detained|arrested)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?$")
_OTHERS_FROM = refast.lazy(
    r"(?:\b(?<!Korean )(?:workers|labou?rers|migrants|foreigners|crews?|nationals|fishers|fishermen|seafarers|deckhands)\b,?"
    r"(?:[ \u00a0]+(?:were|are|mostly|mainly|overwhelmingly|largely|chiefly|primarily|most of them|many of them|all))*[ \u00a0]+from"
    r"|\b(?:clients?|customers?|buyers?|tourists|visitors)\b[^.;:]{0,30}?\b(?:from|in)|\b(?:firms|companies|employers|businesses)[ \u00a0]+(?:across|throughout)"
    r"|\bremote(?:ly)?\b[^.;:]{0,40}?\bfor[ \u00a0]+(?:companies|firms|employers)[ \u00a0]+(?:based[ \u00a0]+)?in)[ \u00a0]+(?:(?:the[ \u00a0]+)?[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*(?:[ \u00a0]*\([0-9,]+\)[ \u00a0]*(?:,|and|or)?|[ \u00a0]*(?:,|and|or))[ \u00a0]+)*(?:the[ \u00a0]+)?$")
_ROUTE_BEFORE = refast.lazy(
    r"\b(?:via|by way of|bound for|proceed to|proceeding to|(?:match|matches|game|games|final|tie)[ \u00a0]+(?:against|versus|vs\.)|flights? (?:to|for)|flew (?:to|home to)|left for|departed for|(?:trains?|bus|buses|planes?|minibuses|flights?|ferry|ferries)(?:[ \u00a0]+[\w.]+){0,3}?[ \u00a0]+(?:to|for)|"
    r"back to|home to|home via|transit through|to and from|from and to|exports?(?:ed)? to|exporting to|for export to|shipped to|sold to|sold in|exports? for|destined for)[ \u00a0]+(?:(?:the[ \u00a0]+)?[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*[ \u00a0]*(?:,|and|or|,[ \u00a0]+and|,[ \u00a0]+or)[ \u00a0]+)*(?:the[ \u00a0]+)?(?:(?:Western|Eastern|Northern|Southern|Central)[ \u00a0]+)?$")
_SHIP_LEFT_BEFORE = refast.lazy(r"\b(?:ship|vessel|trawler|boat|freighter|aground)\b(?:[^.;]|\.(?=[0-9])){0,160}?\b(?:set(?:ting)?[ \u00a0]+out|sail(?:ed|ing)|depart(?:ed|ing))[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?$")  # a ship's port of departure (past "14.5 kilometres")
_WORKERS_WORD = refast.lazy(r"\b(?:workers|labou?rers|builders|North[ \u00a0]+Koreans)\b")
_LOADED_AT_BEFORE = refast.lazy(r"\bloaded[ \u00a0]+(?:in|at|from)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:[A-Z][\w'’-]*[ \u00a0]+)?port[ \u00a0]+of[ \u00a0]+)?$")
_UNIVERSITY_IN_BEFORE = refast.lazy(r"\b[A-Z][\w'’-]*[ \u00a0]+University[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?$")
_PAIRED = refast.lazy(r"(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?")  # hosts joined by "and" or commas ("Malta and Poland", "Russia, China and Mongolia")
_FAMILY_IN_BEFORE = refast.lazy(r"\b(?:famil(?:y|ies)|wives|wife|children|relatives|parents)(?:[ \u00a0]+(?:are|were|live|lived|living|remain|remained|left|who[ \u00a0]+(?:live|remain)))?(?:[ \u00a0]+back)?(?:[ \u00a0]+(?:at[ \u00a0]+)?home)?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?$")
_SHIP_CAME_BEFORE = refast.lazy(r"\b(?:ship|vessel|trawler|boat|freighter)\b[^.;]{0,60}?\b(?:came|coming|arriv(?:ed|ing))[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?$")  # where a crew's ship came from is no host
_LIST_GAP = refast.lazy(r"[ \u00a0]*(?:,|and|or|,[ \u00a0]+and|,[ \u00a0]+or)[ \u00a0]*")  # between the places of a list
_CLAUSE_VERB_AFTER = refast.lazy(r"[ \u00a0]+(?:has|have|had|is|are|was|were|hosts|employs|[a-z]+ed)\b")  # "shipped to Japan, and Russia employs 20,000": a new clause's subject
# a war's place is no workplace: "a worker shortage linked to the war in Ukraine"
_WAR_AFTER = refast.lazy(r"['’]s?[ \u00a0]+(?:(?:19|20)[0-9]{2}[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:offensive|counteroffensive|counter-offensive|invasion|incursion|war|attacks?|shelling)\b")
_WAR_BEFORE = refast.lazy(r"\b(?:war|wars|invasion|conflict|fighting|offensive|aggression)(?:[ \u00a0]+(?:began|started|erupted|broke[ \u00a0]+out|raged|rages|continues|continued))?[ \u00a0]+(?:in|on|of|against|with)[ \u00a0]+(?:the[ \u00a0]+)?$"
                         r"|\b(?:fight|fought|fighting)[ \u00a0]+(?:alongside|beside|against|with)\b[^.;,]{0,30}?\bin[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)  # "troops sent to fight beside its allies in Afghanistan"
# "Oman receives 500 and Iran gets 120": a place after "and" with its own verb and count is the next item's
_NEXT_JOIN = refast.lazy(r"[ \u00a0]*(?:,[ \u00a0]*)?(?:and|or|while|whereas)[ \u00a0]+(?:the[ \u00a0]+)?")
_OWN_COUNT_AFTER = refast.lazy(r"[ \u00a0]+(?:gets|got|receives|received|has|had|hosts|hosted|takes|took|sent|sends|with|at)[ \u00a0]+(?:(?:about|around|some|nearly|just)[ \u00a0]+)?[0-9]")
# "near the Polish border": beside a country, not in it
_NEAR_BEFORE = refast.lazy(r"\b(?:near|close[ \u00a0]+to|across|beyond)[ \u00a0]+the[ \u00a0]+$")
_BORDER_AFTER = refast.lazy(r"[ \u00a0]+(?:border|frontier)\b")
# background on the sanctions ("UN sanctions forbid North Koreans working abroad"): its
# "abroad" is no place for the figures after it
_SANCTIONS_BACKGROUND = refast.lazy(r"\b(?:sanctions?|resolutions?)\b[^.;]{0,60}\b(?:forbid|forbids|ban|bans|banned|prohibit|prohibits|prohibited|bar|bars|barred)\b")
# "..., with Russia accounting for most of them": a part of the total, not its place
_ACCOUNTING_AFTER = refast.lazy(r"[ \u00a0]+(?:accounting|accounted|accounts)[ \u00a0]+for\b")
# "a figure that excludes China": the total is over the other countries, a worldwide one
_EXCLUDED_BEFORE = refast.lazy(r"\b(?:excludes?|excluding|except(?:[ \u00a0]+for)?|not[ \u00a0]+(?:including|counting|include)|(?:does|do|did)n['’]t[ \u00a0]+include)[ \u00a0]+(?:the[ \u00a0]+)?$")
# "Around 1,000 of them are in China, some 350 in Laos": the parts of a total named before
_PARTS_OF = refast.lazy(r"\b(?:of them|of whom|of those|of these)\b")
# middlemen and where money goes: "through manning agencies in China", "a network of Chinese
# money changers", "remitted $350 to a company in Dalian" name no place the workers work in
_INTERMEDIARY_BEFORE = refast.lazy(
    r"\b(?:(?:agencies|agency|brokers?|agents|middlemen|intermediaries|banks?|money[ \u00a0]+changers|changers|embassy|consulate)[ \u00a0]+(?:based[ \u00a0]+)?(?:in|from)"
    r"|(?:remit\w*|transferr\w*|transfers?|wired|funnel\w*|channel\w*|launder\w*|handed[ \u00a0]+over)\b[^.;:]{0,60}?\b(?:to|into|through|via)\b[^.;:]{0,40}?\b(?:in|at))"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)
# a sentence about North Korean workers in general, opening with a bare plural subject
_GENERIC_SUBJECT = refast.lazy(r"[ \u00a0\"“]*(?:(?:Most|Many|All|Such)[ \u00a0]+)?(?P<who>North[ \u00a0]+Korean[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,2}?"
                              r"(?:workers|laborers|labourers|employees|developers|programmers|IT[ \u00a0]+workers))[ \u00a0]+"
                              r"(?:typically[ \u00a0]+|usually[ \u00a0]+|generally[ \u00a0]+|often[ \u00a0]+)?(?:earn|make|receive|get|keep|are|work|must|have)\b")
_TOTAL_NUMBER = refast.lazy(r"\b(?:the[ \u00a0]+)?total[ \u00a0]+(?:number|count)[ \u00a0]+of[ \u00a0]+(?:(?:North[ \u00a0]+Korean|overseas|DPRK)[ \u00a0]+)*(?:workers|labou?rers)\b")
_GENERIC_OPENER = refast.lazy(r"[ \u00a0\"“]*(?:Typically|Generally|Usually|Normally|Ordinarily|In general|As a rule),")
_DEMONYM_RUN_PEOPLE = refast.lazy(r"(?:[ \u00a0]*(?:,|and|or)[ \u00a0]+[A-Z][a-z]+(?:ian|ean|ese|i|ish|ch|ino|ek|kh))*[ \u00a0]+"
                                 r"(?:workers?|labou?rers?|staff|employees?|crew|crews|nationals|migrants|fishers|fishermen|seamen|builders)\b")
# North Korea bringing its workers home: "from China" after it says where they were, not where they come from
BRING_HOME = (r"(?:(?:brings?|brought|bringing|calls?|called|calling|ships?|shipped|flies|flew|takes?|took|ordered|orders)[ \u00a0]+(?:back|home)"
              r"|(?:repatriat|recall|withdr[ae]w|evacuat)\w*|pull\w*[ \u00a0]+out)")
_BROUGHT_HOME = refast.lazy(rf"\b(?:North[ \u00a0]+Korea|DPRK|Pyongyang)\b[^.;:]{{0,20}}?\b{BRING_HOME}\b[^.;:]{{0,60}}?\bfrom\b", re.I)
_FLAG_SUFFIX = refast.lazy(r"[-‐](?:flagged|registered)\b")
_OWNED_SUFFIX = refast.lazy(r"[-‐](?:owned|run|funded|linked|backed|controlled|operated)\b")
_UNNAMED = refast.lazy(r"\b(?:an?|one|another)[ \u00a0]+(?:unnamed|unidentified|undisclosed|unspecified)[ \u00a0]+(?:country|state|nation|host|member[ \u00a0]+state)\b", re.I)
_FROM_AFTER = refast.lazy(r"[ \u00a0]+(?:(?:were|was|came|come|are)[ \u00a0]+from|(?:had[ \u00a0]+been|were|was)[ \u00a0]+in)\b")
_INTERMEDIARY_AFTER = refast.lazy(r"[ \u00a0]+(?:money[ \u00a0]+changers|changers|brokers?|middlemen|intermediaries|banks?|manning[ \u00a0]+agenc\w+|recruit\w*[ \u00a0]+agenc\w+)\b", re.I)
_LOWER_NEXT = refast.lazy(r"[ \u00a0]+(?!(?:and|or|in|on|at|to|from|with|for|by|is|was|has|had|were|are|said|says)\b)[a-z]")
_CONTRAST = refast.lazy(r"\b(?:while|whereas|but|although)\b")
# the end of a clause: punctuation (not a digit group's comma) or a spaced dash
CLAUSE_BREAK = refast.lazy(r"[,;:()—–](?![0-9])|\s-\s")


@lru_cache(maxsize=8)
def _breaks(text: str, sent: Sentence) -> tuple[list[int], list[int]]:
    """Ends and starts of the sentence's clause breaks, worked out once per sentence."""
    spans = [m.span() for m in CLAUSE_BREAK.finditer(text, sent.start, sent.end)
             if not (m.group() in "()" and (_SHORT_PARENTHESIS.search(text, max(sent.start, m.start() - 13), min(sent.end, m.end() + 13))
                     and _is_short_parenthesis(text, m.start()) or _in_conversion(text, m.start())))]  # "(UNSC)", "(AP)", "(£586 million)": no clause
    if "," in text[sent.start:sent.end]:
        # "arrived in Hunchun, Jilin Province, by March": a province set off by commas before a time is part of the clause,
        # as is an aside before the place ("40,000 laborers, including IT workers, to Russia")
        inside = {i for r in (_PROVINCE_APPOSITIVE, _INCLUDING_ASIDE) for a in r.finditer(text, sent.start, sent.end) for i in (a.start(), a.end() - 1)}
        spans = [sp for sp in spans if sp[0] not in inside]
    return [e for _, e in spans], [b for b, _ in spans]


_PROVINCE_APPOSITIVE = refast.lazy(r"(?<=[a-z]),[ \u00a0]+(?:[A-Z][\w-]+[ \u00a0]+){1,3}(?:[Pp]rovince|[Pp]refecture|[Oo]blast|[Kk]rai|[Rr]egion|[Ss]tate|[Cc]ounty|[Dd]istrict),(?=[ \u00a0]+(?:by|in|on|since|during|until|last|early|late)\b)")  # (not "..., where")


# "send up to 40,000 laborers, including IT workers, to Russia": an aside inside the clause, whose place follows it
_INCLUDING_ASIDE = refast.lazy(r"(?<=[a-z]),[ \u00a0]+(?:including|mostly|mainly|chiefly|among[ \u00a0]+them)[ \u00a0]+[^,;:.()]{1,40},(?=[ \u00a0]+(?:to|in|at)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z])")
_SHORT_PARENTHESIS = refast.lazy(r"\([^()\s]{1,12}\)")




def _in_conversion(text: str, pos: int) -> bool:
    """The bracket at pos opens or closes a converted amount ("(£586 million)", "(S$680 million)")."""
    k = pos if text[pos] == "(" else text.rfind("(", max(0, pos - 30), pos)
    m = CONVERSION.match(text, k) if k >= 0 else None
    return m is not None and (m.start() == pos or m.end() == pos + 1)


def _is_short_parenthesis(text: str, pos: int) -> bool:
    """The bracket at pos opens or closes a parenthesis of one short word ("(UNSC)")."""
    if text[pos] == "(":
        return _SHORT_PARENTHESIS.match(text, pos) is not None
    k = text.rfind("(", max(0, pos - 13), pos)
    return k >= 0 and _SHORT_PARENTHESIS.match(text, k) is not None and _SHORT_PARENTHESIS.match(text, k).end() == pos + 1


def clause(text: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause around pos: between the last break ending at or before it and the
    first break starting at or after it."""
    ends, starts = _breaks(text, sent)
    k = bisect.bisect_right(ends, pos)
    s = ends[k - 1] if k else sent.start
    j = bisect.bisect_left(starts, pos)
    return s, (starts[j] if j < len(starts) else sent.end)


_LIST_JOINER = refast.lazy(r"(?:,?[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]*/[ \u00a0]*)(?:the[ \u00a0]+)?")  # (and "Chinese/Russian industries")
# a country named to compare with: "a small market compared to China and Russia" (never what "the country" means)
_COMPARED_BEFORE = refast.lazy(r"\b(?:compared[ \u00a0]+(?:to|with)|than|unlike|versus)[ \u00a0]+(?:in[ \u00a0]+)?(?:the[ \u00a0]+)?"
                              r"(?:[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*[ \u00a0]*(?:,|and|or)[ \u00a0]+(?:the[ \u00a0]+)?)*$")
_PART_OF_BEFORE = refast.lazy(r"\b(?:part|one)[ \u00a0]+of[ \u00a0]+(?:an?|the)[ \u00a0]+(?:(?:estimated|total|global|larger|wider)[ \u00a0]+)?(?:(?:about|around|some|roughly)[ \u00a0]+)?$", re.I)
# countries in general, not ones named before ("the two countries", "these countries")
_EXAMPLE_OF_MANY = refast.lazy(r"\b(?:countries|nations|the[ \u00a0]+world|worldwide|globally)\b[^.;]{0,25}?[,(][ \u00a0]*(?:including|such[ \u00a0]+as|notably|among[ \u00a0]+them)[ \u00a0]+(?:in[ \u00a0]+)?(?:the[ \u00a0]+)?$")
_IN_N_COUNTRIES_AFTER = refast.lazy(r"[^.;:]{0,50}?\bin[ \u00a0]+(?:(?:as[ \u00a0]+many[ \u00a0]+as|more[ \u00a0]+than|over|about|around|some|nearly|at[ \u00a0]+least|up[ \u00a0]+to)[ \u00a0]+)?"
                                   r"(?:[0-9]{2,3}|dozens[ \u00a0]+of|[a-z]+ty(?:-[a-z]+)?)[ \u00a0]+(?:other[ \u00a0]+)?(?:countries|nations)\b")
_MANY_COUNTRIES = refast.lazy(r"(?<!two )(?<!these )(?<!those )(?<!both )(?<!three )(?<!the )(?<!other )\bcountries\b")


def _listed_after(text: str, hosts: list[Place], k: int, fe: int) -> int:
    """How many countries are listed one after another from hosts[k] on ("in Kuwait, Qatar,
    the United Arab Emirates and Oman"): a figure before such a list is their total."""
    if k >= len(hosts) or is_area(hosts[k].code):
        return 0
    if hosts[k].start - fe > 60 or re.search(r"[.;:]", text[fe:hosts[k].start]):
        return 0  # the list must follow the figure closely
    codes = {hosts[k].code}
    for a, b in zip(hosts[k:], hosts[k + 1:]):
        if is_area(b.code) or not _LIST_JOINER.fullmatch(text, a.end, b.start):
            break
        codes.add(b.code)
    return len(codes)


def choose_place(text: str, sent: Sentence, places: list[Place], fs: int, fe: int,
                 hosts: list[Place] | None = None, starts: list[int] | None = None) -> Place | None:
    """Nearest host place: a named country in the figure's clause first, then a
    worldwide word in the clause, then the nearest anywhere in the sentence.
    ``hosts`` (the host places, in order) and their ``starts`` may be passed in when known."""
    if hosts is None:
        hosts = [p for p in places if p.host and p.code]
    if not hosts:
        return None
    if starts is None:
        starts = [p.start for p in hosts]
    cs, _ = clause(text, sent, fs)
    _, ce = clause(text, sent, fe)

    def dist(p: Place) -> int:
        return fs - p.end if p.end <= fs else p.start - fe if p.start >= fe else 0

    k0 = bisect.bisect_left(starts, fs)
    if len(hosts) > 1 and any(_EXAMPLE_OF_MANY.search(text, max(sent.start, p.start - 70), p.start) for p in hosts[max(0, k0 - 3):k0 + 3] if p.code != "WLD"):
        # "in over 40 countries, including in the EU, ... 100,000": the EU is an example, the figure the world's
        hosts = [p for p in hosts if not _EXAMPLE_OF_MANY.search(text, max(sent.start, p.start - 70), p.start)]
        starts = [p.start for p in hosts]
    in_clause = hosts[bisect.bisect_left(starts, cs):bisect.bisect_left(starts, ce)]
    if (many := _IN_N_COUNTRIES_AFTER.match(text, fe, ce)) is not None and not any(p.start < many.end() and p.code != "WLD" for p in in_clause):
        return Place(fs, fs, "WLD", True)  # "30 to 35,000 labourers work in as many as 38 countries, and ... to Hunchun, China"
    if not in_clause and _MANY_COUNTRIES.search(text, cs, ce):
        return Place(fs, fs, "WLD", True)  # "most of the 40,000 work in Asian countries – some 1,500 in Qatar": not the next clause's place
    k_after = bisect.bisect_left(starts, fe)
    if k_after < len(hosts) and not hosts[k_after].owner and (_AT_PLACE_AFTER.fullmatch(text, fe, hosts[k_after].start)
                                                             or _IN_ITEM_AFTER.fullmatch(text, fe, hosts[k_after].start) and _ITEM_PLACE_ENDS.match(text, hosts[k_after].end, sent.end)) \
            and _listed_after(text, hosts, k_after, fe) < 2:  # ("900 work in Kuwait and Qatar": both's total)
        if is_area(hosts[k_after].code) and _areas_joined(text, hosts, k_after):
            return Place(hosts[k_after].start, hosts[k_after].end, "WLD", True)  # "three are in Europe and the Middle East"
        return hosts[k_after]  # "30,000 were in Russia and 80,000 were in China": the place the figure is said to be in
    dest = next((k for k in range(k_after, min(len(hosts), k_after + 3)) if _SENT_TO_AFTER.fullmatch(text, fe, hosts[k].start)), None) \
        if _SEND_BEFORE.search(text, max(sent.start, fs - 40), fs) else None
    if dest is not None and not hosts[dest].owner and not _coordinated(text, hosts, dest) and not is_area(hosts[dest].code):
        return hosts[dest]  # "with 1,500 in China and plans to send up to 40,000 laborers to Russia": where they are sent
    named = [p for p in in_clause if not is_area(p.code) and not p.described and (not p.owner or _DEPORTED_BY.search(text, max(cs, p.start - 40), p.start))
             and not (p.start >= fe and _NEXT_JOIN.fullmatch(text, fe, p.start) and _OWN_COUNT_AFTER.match(text, p.end, sent.end))]
    if _listed_after(text, hosts, bisect.bisect_left(starts, fe), fe) >= 3:
        # "as many as 8,000 work in Kuwait, Qatar, the UAE and Oman": a total over the
        # countries listed, about the region the sentence names (if it names one)
        areas = [p for p in hosts if is_area(p.code)]
        if areas:
            return min(areas, key=lambda p: (dist(p), p.start))
    close_area = [p for p in in_clause if is_area(p.code) and dist(p) <= 30]
    if close_area and (not named or min(dist(p) for p in close_area) < min(dist(p) for p in named)):
        nearest = min(close_area, key=dist)
        if _areas_joined(text, hosts, bisect.bisect_left(starts, nearest.start)):
            return Place(nearest.start, nearest.end, "WLD", True)  # several regions named together
        return nearest  # "the European Union hosted up to 700", "the total in the Gulf ... at 5,000"
    described = [p for p in in_clause if p.described]
    k = bisect.bisect_left(starts, fs)
    near = hosts[max(0, k - 2):k + 2]  # the nearest host is next to where the figure falls
    contrast = _CONTRAST.search(text, fe, min(sent.end, fe + 160))
    if contrast is not None:  # "..., while Angola reported 183": that place is the next clause's
        near = [p for p in near if p.start < contrast.start()] or near
    # "European members, chiefly Poland and Malta, fewer than 600; and Southeast Asian states about 380":
    # a place past a semicolon is the next item's
    near = [p for p in near if not (p.start >= fe and ";" in text[fe:p.start])] or near
    if len(near) > 1 and any(not (p.described and is_area(p.code)) for p in near):
        near = [p for p in near if not (p.described and is_area(p.code))]  # "on the continent" is no named country
    owners = [p for p in in_clause if p.owner]
    near = [p for p in near if not p.owner]  # an owner elsewhere in the sentence: carry a place over instead
    def adjective(p: Place) -> bool:  # "a Chinese fishing vessel": weaker than "in Mauritius"
        return text[p.start:p.end].endswith(_DEMONYM_ENDINGS) and bool(_LOWER_NEXT.match(text, p.end))

    # "In Algeria, a Chinese firm has hired 240", "in Algeria, where a Chinese firm ...": a country the
    # sentence opens in, or whose where-clause holds the figure, says where better than a firm's
    # nationality (not a city, which may be a name: "Minister Carmelo Abela")
    countries = [p for p in near if text[p.start:p.end] in load().not_cities and p.end <= fs
                 and (_FRONTED_PLACE.fullmatch(text, sent.start, p.end + 1) or _OWN_CLAUSE_AFTER.match(text, p.end, fs))] \
        if owners and all(adjective(p) for p in owners) else []
    for group in (named, described, [p for p in in_clause if not p.owner], countries or owners, near):
        if group:
            best = min(group, key=lambda p: (adjective(p), dist(p), p.start))
            if is_area(best.code) and best.code != "WLD" and _areas_joined(text, hosts, bisect.bisect_left(starts, best.start)):
                return Place(best.start, best.end, "WLD", True)  # "from Asia and the Middle East to Africa": several regions
            run = _coordinated(text, hosts, bisect.bisect_left(starts, best.start)) if not is_area(best.code) else set()
            if run and _EACH.search(text, max(sent.start, fs - 40), min(sent.end, fe + 25)):
                return min((p for p in hosts if p.code in run), key=lambda p: p.start)  # "Laos and Vietnam, each with about 900": the first named
            if run and best not in in_clause:
                return None  # two countries named in another clause: the place is carried from before
            if run:
                # "go to China and Russia, where they ... give up to 90 per cent": about both, a worldwide
                # figure; "Kuwait and Qatar host a combined 2,087": a Gulf one
                return Place(best.start, best.end, "GULF" if run <= _DESCRIPTOR_HOSTS["gulf"] else "WLD", True)
            return best
    return None


_EACH = refast.lazy(r"\beach[ \u00a0]+(?:with|has|had|have|hosts?|hosting|holds?|employs?)\b|\bfor[ \u00a0]+each[ \u00a0]+(?:country|nation|of[ \u00a0]+them)\b")  # said of each of the countries named together
_AREA_JOINER = refast.lazy(r",?[ \u00a0]*(?:(?:and|or|to)[ \u00a0]+)?(?:even[ \u00a0]+)?(?:the[ \u00a0]+)?")  # "Africa and even Europe"


def _areas_joined(text: str, hosts: list[Place], k: int) -> bool:
    """hosts[k], a region, is joined to another region ("from Asia and the Middle East to
    Africa"), or ends a list of two or more countries ("to China, Poland, Russia and the Gulf
    states"): a statement about several parts of the world."""
    p = hosts[k]
    for q in (hosts[k - 1] if k else None, hosts[k + 1] if k + 1 < len(hosts) else None):
        if q is not None and is_area(q.code) and q.code not in ("WLD", p.code):
            a, b = (q, p) if q.start < p.start else (p, q)
            if _AREA_JOINER.fullmatch(text, a.end, b.start):
                return True
    j, countries = k, set()
    while j > 0 and not is_area(hosts[j - 1].code) and _LIST_JOINER.fullmatch(text, hosts[j - 1].end, hosts[j].start):
        j -= 1
        countries.add(hosts[j].code)
    j, after = k, set()  # or opens one: "in the Middle East, Russia and China"
    while j + 1 < len(hosts) and not is_area(hosts[j + 1].code) and _LIST_JOINER.fullmatch(text, hosts[j].end, hosts[j + 1].start):
        j += 1
        after.add(hosts[j].code)
    return len(countries) >= 2 or len(after) >= 2


def _coordinated(text: str, hosts: list[Place], k: int) -> set[str]:
    """The codes of the countries hosts[k] is joined to by "and", "or" or commas ("China
    and Russia"), itself included; empty when it stands alone."""
    def joined(a: Place, b: Place) -> bool:
        return (a.code != b.code and not is_area(a.code) and not is_area(b.code) and not a.owner and not b.owner
                and a.end < b.start and _LIST_JOINER.fullmatch(text, a.end, b.start) is not None
                and not ("/" in text[a.end:b.start] and _BORDER_AFTER.match(text, b.end) is not None))  # ("the Russia/China border": one place)
    lo = hi = k
    while lo > 0 and joined(hosts[lo - 1], hosts[lo]):
        lo -= 1
    while hi + 1 < len(hosts) and joined(hosts[hi], hosts[hi + 1]):
        hi += 1
    return {p.code for p in hosts[lo:hi + 1] if p.code} if hi > lo else set()


_AT_PLACE_AFTER = refast.lazy(r"[ \u00a0]+(?:(?:North[ \u00a0]+Korean|DPRK)[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:(?:were|are|was|is|remain|remained|remaining|still|"
                             r"work|worked|working|live|lived|living|based|employed|stationed)[ \u00a0]+){1,2}(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?")
_SEND_BEFORE = refast.lazy(r"\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|deploy|deploys|deployed|deploying)[ \u00a0]+"
                          r"(?:(?:up[ \u00a0]+to|about|around|some|nearly|more[ \u00a0]+than|over|another|an[ \u00a0]+additional|as[ \u00a0]+many[ \u00a0]+as)[ \u00a0]+)?$")
_SENT_TO_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!to\b)[\w-]+){0,3}?(?:,[^,;:.()]{1,40},|[ \u00a0]+(?:who|which|that)[ \u00a0]+(?:are|were|is)[ \u00a0]+(?:(?:already|still|now)[ \u00a0]+)?in[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*(?:[ \u00a0]+[A-Z][\w-]*)*)?"
                             r"[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?")  # (and "workers who are already in Russia to the Donbas")
_IN_ITEM_AFTER = refast.lazy(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")  # "and 2,000 in the UAE": a list item's own place
_ITEM_PLACE_ENDS = refast.lazy(r"[ \u00a0]*(?:[.,;:)]|and\b|$)")
# a person before "based in" ("a researcher based in London"): no firm's base
_PERSON_BEFORE = refast.lazy(r"\b(?:researchers?|journalists?|correspondents?|reporters?|diplomats?|analysts?|officials?|experts?|sources?|scholars?|activists?|"
                             r"lawyers?|envoys?|ambassadors?|academics?|he|she|who|I|we)\b[^.;]{0,25}$")
# a figure said of both firms: "the two companies", "these companies", "In total, X and Y employed"
_BOTH_FIRMS = refast.lazy(r"\b(?:two|both|these|those|they|their|together|combined|in[ \u00a0]+total)\b", re.I)
_BASED_IN_BEFORE = refast.lazy(r"\bbased[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?(?:People['’]s[ \u00a0]+Republic[ \u00a0]+of[ \u00a0]+)?$")  # "X, based in China, and Y, based in Russia": firms in two countries
_LOCATIVE = refast.lazy(r"\b(?:in|at|inside|across|throughout|to|from|within)[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)


# "the country wedged between Russia and China": places named to describe another
_RELATIONAL_BEFORE = refast.lazy(
    r"\b(?:between|bordering|borders|border with|neighbou?ring|wedged|sandwiched)[ \u00a0]+(?:[\w.'’-]+[ \u00a0]+){0,2}"
    r"(?:(?:the[ \u00a0]+)?[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*[ \u00a0]*(?:,|and|or|,[ \u00a0]+and|,[ \u00a0]+or)[ \u00a0]+)*(?:the[ \u00a0]+)?$")  # (and "A, B, and C")
# "in neighbouring Qatar", "and neighbouring Kuwait": an adjective on the place itself
_NEIGHBOURING_ADJ = refast.lazy(r"(?:^|\b(?:in|to|from|and|or|of|with|at)|[,;(])[ \u00a0]+(?:the[ \u00a0]+)?neighbou?ring[ \u00a0]+$", re.I)
_BREAKDOWN_BEFORE = refast.lazy(
    r"\b(?:mostly|mainly|chiefly|largely|primarily|most of them|the majority|the bulk|most|including|such as|like|with)"
    r"[ \u00a0]+(?:(?:in|at|from)[ \u00a0]+)?(?:(?:the[ \u00a0]+)?[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*[ \u00a0]*(?:,|and|or)[ \u00a0]+)*(?:the[ \u00a0]+)?$")
# "In Algeria, a Chinese firm ...": the sentence opens in a country
_FRONTED_PLACE = refast.lazy(r"[ \u00a0\"“‘']*In[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*,")
# "African countries like Algeria, where a firm has hired 240": the example has a clause of its own
_OWN_CLAUSE_AFTER = refast.lazy(r",?[ \u00a0]+where\b")
# "most of them in China and Russia": the parts of a total (the narrower form, used when no area is named)
_BREAKDOWN_MOST = refast.lazy(
    r"\b(?:(?:most of them|the majority|the bulk of them|mostly|mainly|chiefly)[ \u00a0]+(?:(?:based|working|employed|operating)[ \u00a0]+|by[ \u00a0]+(?:workers|labou?rers)[ \u00a0]+)?(?:in|at)"
    r"|(?:based|working|operating)[ \u00a0]+(?:mostly|mainly|chiefly|largely)[ \u00a0]+from)[ \u00a0]+(?:(?:the[ \u00a0]+)?[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*)*[ \u00a0]*(?:,|and|or)[ \u00a0]+)*(?:the[ \u00a0]+)?$")
# a host referred to by description: "the Gulf state", "the emirate", "the country"
_DESCRIPTOR = refast.lazy(
    r"\b[Tt]he[ \u00a0]+(?P<mod>(?:[A-Za-z][\w-]*[ \u00a0]+){0,3}?)"
    r"(?P<noun>country|nation|state|kingdom|emirate|sultanate|republic|city-state|continent|region|bloc)\b(?![-‐]|s\b|['’]s?[ \u00a0]+(?:own[ \u00a0]+)?"
    r"(?:nuclear|missile|weapons|regime|leader|leadership|supreme|ruling|state-run|economy|coffers|government)|['’]s?[ \u00a0]+[a-z]+[ \u00a0]+(?:economy|coffers))")  # (the sender's)
# descriptions that mean North Korea itself, or no place at all
_NOT_A_HOST_DESCRIPTION = refast.lazy(
    r"korean|hermit|reclusive|isolated|secretive|impoverished|nuclear-armed|pariah|communist|whole|entire|rest|same|"
    r"other|home|sending|origin|his|her|their|our|its|that|this|of", re.I)
_SENT_HOME_BEFORE = refast.lazy(r"\b(?:sent|send|sends|sending|remitted|remit|remits|wired|transferred|funnel\w*|channel\w*|earn\w*|generat\w+|rais\w+)\b"
                               r"(?:[^.;]|\.(?=[0-9])){0,45}?\b(?:back[ \u00a0]+to|home[ \u00a0]+to|to|for|into)[ \u00a0]+$"
                               r"|\b(?:forced|sent|sending|dispatched|gone|went|taken)[ \u00a0]+out[ \u00a0]+of[ \u00a0]+$", re.I)  # "forced out of the country to toil abroad"
_EARNS_AFTER = refast.lazy(r"[ \u00a0]+(?:(?:has|had|have|is|was|reportedly|still)[ \u00a0]+)?(?:earn\w*|makes?|made|making|generat\w+|raked?|rakes|reap\w*|receiv\w+|sends?|sent|sending)\b", re.I)
_AREA_NOUNS = {"continent", "region", "bloc"}
# which hosts a modifier allows ("the Gulf state" is one of the GCC countries)
_DESCRIPTOR_HOSTS = {
    "gulf": {"KWT", "QAT", "ARE", "OMN", "SAU", "BHR"}, "arab": {"KWT", "QAT", "ARE", "OMN", "SAU", "BHR", "JOR", "LBY", "DZA", "EGY", "SYR", "LBN", "IRQ", "YEM"},
    "arabian": {"KWT", "QAT", "ARE", "OMN", "SAU", "BHR", "YEM"}, "emirate": {"ARE", "QAT", "KWT"}, "sultanate": {"OMN"},
    "city-state": {"SGP", "QAT"}, "island": {"MLT", "TWN", "SGP", "LKA", "FJI", "MDV"},
}


# searched back from every place a sentence names, led by the characters a match starts with
# (analysis/refast.py): the same matches, without trying each pattern at every position
_OTHERS_FROM, _ROUTE_BEFORE, _RELATIONAL_BEFORE, _BREAKDOWN_BEFORE, _BREAKDOWN_MOST, _DESCRIPTOR, _CONTRAST, _LOCATIVE = (
    refast.fast(p) for p in (_OTHERS_FROM, _ROUTE_BEFORE, _RELATIONAL_BEFORE, _BREAKDOWN_BEFORE, _BREAKDOWN_MOST, _DESCRIPTOR,
                             _CONTRAST, _LOCATIVE))
# whether a sentence holds a word every match of these needs: if not, they are not searched in it
_GATES = tuple(refast.Gate(p) for p in (_BREAKDOWN_MOST, _INTERMEDIARY_BEFORE, _INTERMEDIARY_AFTER))


class PlaceFinder:
    """Country for a figure: its own sentence, else carried over from the nearest
    earlier sentence that names a host place. A host named by description ("the Gulf
    state", "the country wedged between Russia and China") is resolved to the last host
    named before it that fits the description, and the places inside the description are
    not hosts. Sentences are scanned lazily, so long articles without figures cost almost nothing."""

    def __init__(self, text: str, sents: list[Sentence]) -> None:
        self.text = text
        self.sents = sents
        self.index = {s.start: i for i, s in enumerate(sents)}
        self.cache: dict[int, list[Place]] = {}
        self.carry: dict[int, Place | None] = {0: None}
        self.pair: dict[int, frozenset[str]] = {}  # the codes of a carried pair ("Malta and Poland"), by sentence
        self.firms: dict[int, Place] = {}  # worldwide, where the place carried is one of two firms' bases ("X, based in China, and Y, based in Russia")
        self.hosts: dict[int, tuple[list[Place], list[int]]] = {}
        self.unnamed: dict[int, bool] = {}

    def places(self, i: int) -> list[Place]:
        if i not in self.cache:
            s = self.sents[i]
            found = find_places(self.text, s.start, s.end)
            words = self.text[s.start:s.end]  # the sentence, sliced once for the word tests below
            if found and ("between" in words or "order" in words or "eighbo" in words or "wedged" in words
                          or "sandwiched" in words):
                found = [p for p in found if not (_RELATIONAL_BEFORE.search(self.text, max(s.start, p.start - 80), p.start)
                                                  and not _NEIGHBOURING_ADJ.search(self.text, max(s.start, p.start - 40), p.start))]
            if found and "respectively" not in words:
                # "abroad, most of them in China and Russia": a breakdown, not the total's place;
                # with no area named, the total is a worldwide one ("up to 8,000, most of them
                # based in China and Russia")
                accounts = "ccount" in words  # (asked once per sentence: a flattened table is one long sentence)
                parts = [p for p in found if not is_area(p.code)
                         and (_GATES[0](self.text, s.start, s.end) and _BREAKDOWN_MOST.search(self.text, max(s.start, p.start - 60), p.start)
                              or accounts and _ACCOUNTING_AFTER.match(self.text, p.end, s.end))]
                if any(is_area(p.code) for p in found) and len(found) > 1:
                    parts += [p for p in found if not is_area(p.code) and p not in parts  # (after the area: "the Gulf, including Qatar")
                              and any(is_area(a.code) and a.start < p.start for a in found)
                              and _BREAKDOWN_BEFORE.search(self.text, max(s.start, p.start - 60), p.start)
                              and not _OWN_CLAUSE_AFTER.match(self.text, p.end, s.end)]
                    found = [p for p in found if p not in parts]
                elif parts and not {p.code for p in parts} <= {p.code for p in found if p not in parts}:
                    # (parts inside the country already named, "in Malaysia, most of them in Sarawak", are no breakdown)
                    first = parts[0]
                    found = sorted([p for p in found if p not in parts] + [Place(first.start, first.end, "WLD", True)],
                                   key=lambda p: p.start)
            found = [Place(p.start, p.end, p.code, p.host, p.described, True)
                     if (self.text[p.start:p.end].endswith(_DEMONYM_ENDINGS) or is_area(p.code))
                     and _OWNER_NOUN.match(self.text, p.end, s.end) else p
                     for p in found]
            if found and any(w in words for w in ("from", "via", " to ", " for ", "clients", "customers", "across", "throughout", "against", "versus", "vs.")):  # ("the match against Brazil")
                # "alongside workers from Indonesia, Myanmar and Bangladesh", "via Vladivostok",
                # "by train for Beijing", "clients in North America", "jobs with firms across Europe": other people's places, or a route
                back = _BROUGHT_HOME.search(self.text, s.start, s.end) is not None  # "North Korea brings home 450 workers from Mongolia": where they were
                crew_talk = "crew" in words or _WORKERS_WORD.search(words) is None
                found = [p for p in found if not (_OTHERS_FROM.search(self.text, max(s.start, p.start - 90), p.start) and not back
                                                  or _ROUTE_BEFORE.search(self.text, max(s.start, p.start - 120), p.start) and not _CLAUSE_VERB_AFTER.match(self.text, p.end, s.end)
                                                  or _SHIP_LEFT_BEFORE.search(self.text, max(s.start, p.start - 230), p.start)
                                                  or crew_talk and _SHIP_CAME_BEFORE.search(self.text, max(s.start, p.start - 100), p.start))]  # (the crew may be named sentences later; not "carried 110 workers coming from Russia")
            if found and ("famil" in words or "wife" in words or "wives" in words or "relatives" in words or "children" in words):
                found = [p for p in found if not (p.code == "PRK" and _FAMILY_IN_BEFORE.search(self.text, max(s.start, p.start - 50), p.start))]  # "whose family stays back in North Korea": home, no host
            if found and "loaded" in words:
                found = [p for p in found if not _LOADED_AT_BEFORE.search(self.text, max(s.start, p.start - 40), p.start)]  # "a cargo of coal loaded in the Russian port of Vladivostok": the cargo's port
            if found and "Universit" in words:
                found = [p for p in found if not _UNIVERSITY_IN_BEFORE.search(self.text, max(s.start, p.start - 40), p.start)]  # "a project led by Leiden University in the Netherlands": the source's seat
            if found and "border" in words:
                found = [p for p in found if not (_NEAR_BEFORE.search(self.text, max(s.start, p.start - 20), p.start)
                                                  and _BORDER_AFTER.match(self.text, p.end, s.end))]  # "a town near the Polish border"
            if found and ("war " in words or "nvasion" in words or "ggression" in words or "onflict" in words or "fight" in words or "fought" in words or "ffensive" in words):
                found = [p for p in found if not (_WAR_BEFORE.search(self.text, max(s.start, p.start - 30), p.start)
                                                  or _WAR_AFTER.match(self.text, p.end, s.end))]  # "the war in Ukraine", "Ukraine's 2024 offensive"
            if found and any(p.code == "WLD" for p in found):
                # "80 percent of North Koreans repatriated worldwide were from Russia": the whole the share is of
                found = [p for p in found if not (p.code == "WLD" and _FROM_AFTER.match(self.text, p.end, s.end))]
            if found:
                # "alongside Chinese and Vietnamese workers": other people's nationality; "a Chinese-owned contractor": an owner
                found = [p for p in found if not (_DEMONYM_RUN_PEOPLE.match(self.text, p.end, s.end)
                                                  and self.text[p.start:p.end].endswith(_DEMONYM_ENDINGS))]
                found = [Place(p.start, p.end, p.code, p.host, p.described, True) if _OWNED_SUFFIX.match(self.text, p.end) else p
                         for p in found if not _FLAG_SUFFIX.match(self.text, p.end)]  # "a Panama-flagged ship": no place of its crew
            if found and (_GATES[1](self.text, s.start, s.end) or _GATES[2](self.text, s.start, s.end)):
                found = [p for p in found if not (_INTERMEDIARY_BEFORE.search(self.text, max(s.start, p.start - 120), p.start)
                                                  or _INTERMEDIARY_AFTER.match(self.text, p.end, s.end))]
            if found and any(w in self.text[s.start:s.end] for w in ("xcept", "xclud", " not ", "n't", "n’t")):
                found = [Place(p.start, p.end, "WLD", True) if _EXCLUDED_BEFORE.search(self.text, max(s.start, p.start - 30), p.start)
                         else p for p in found]
            if "Korean" in words and not any(p.host and p.code for p in found) \
                    and (g := _GENERIC_SUBJECT.match(self.text, s.start, s.end)) is not None:
                found = [Place(g.start("who"), g.end("who"), "WLD", True)]  # "North Korean IT workers earn an average of $5,000": anywhere
            elif not any(p.host and p.code for p in found) and ((g := _GENERIC_OPENER.match(self.text, s.start, s.end)) is not None
                                                                or (g := _TOTAL_NUMBER.search(self.text, s.start, s.end)) is not None):
                found = [Place(g.start(), g.end(), "WLD", True)]  # "Typically, the government takes about 70%", "the total number of workers": anywhere
            self.cache[i] = found
            if "he " in words:
                self.cache[i] = self._with_descriptors(i, found)
        return self.cache[i]

    def _with_descriptors(self, i: int, found: list[Place]) -> list[Place]:
        s = self.sents[i]
        extra: list[Place] = []
        for d in _DESCRIPTOR.finditer(self.text, s.start, s.end):
            mod = (d.group("mod") or "").split()
            noun = d.group("noun").lower()
            if noun == "state" and not mod:
                continue  # "the state" is as often North Korea's state as a host
            if not mod and (_EARNS_AFTER.match(self.text, d.end(), s.end) or _SENT_HOME_BEFORE.search(self.text, max(s.start, d.start() - 70), d.start())):
                continue  # "the country earned between ... million dollars", "$2 billion sent back to the country": the sender, not a host
            if any(_NOT_A_HOST_DESCRIPTION.fullmatch(w) for w in mod) or (mod and mod[-1].lower() in ("of", "and")):
                continue
            if noun == "region" and not mod and (near := self._recent_host(i, d.start(), found)) is not None \
                    and not any(is_area(p.code) and p.code != "WLD" for j in (i - 1, i) if j >= 0 for p in (found if j == i else self.places(j))):
                # "In Primorsky krai ... in the region remained 3,067": the province just named, not a world region
                extra.append(Place(d.start(), d.end(), near.code, True, described=True))
                continue
            if noun in _AREA_NOUNS:
                area = self.referent(i, d.start(), None, found, areas=True)
                if area is not None:
                    extra.append(Place(d.start(), d.end(), area.code, True, described=True))
                continue
            allowed: set[str] | None = None
            for key in [w.lower() for w in mod] + [noun]:
                if key in _DESCRIPTOR_HOSTS:
                    allowed = _DESCRIPTOR_HOSTS[key] if allowed is None else allowed & _DESCRIPTOR_HOSTS[key]
            if any(p.code == "WLD" and p.start <= d.start() < p.end for p in found):
                continue  # "outside the country", "in foreign countries": worldwide, not a description
            ref = self.referent(i, d.start(), allowed, found)
            if ref is not None:
                extra.append(Place(d.start(), d.end(), ref.code, True, described=True))
        if not extra:
            return found
        # a region word inside the description ("the Gulf state") is not a regional total
        kept = [p for p in found if not any(e.start <= p.start < e.end for e in extra)]
        return sorted(kept + extra, key=lambda p: p.start)

    def _recent_host(self, i: int, pos: int, here: list[Place]) -> Place | None:
        """The last named country before pos in this sentence or the one before, if the
        nearest place named there is a country (or a part of one), not a region."""
        for p in reversed([p for p in here if p.end <= pos]):
            return None if is_area(p.code) or not p.host or p.described else p
        if i > 0:
            for p in reversed(self.places(i - 1)):
                return None if is_area(p.code) or not p.host or p.described else p
        return None

    def referent(self, i: int, pos: int, allowed: set[str] | None, here: list[Place], areas: bool = False) -> Place | None:
        """The last host named before pos (in this sentence, then up to 40 sentences back)
        that a description allows; areas (WLD, regions) are never referents of "the
        country", and the only referents of "the region" (a region, never WLD)."""
        def fits(p: Place) -> bool:
            if areas:
                return bool(p.code) and is_area(p.code) and p.code != "WLD"
            return p.host and bool(p.code) and not is_area(p.code) and (allowed is None or p.code in allowed) \
                and not _COMPARED_BEFORE.search(self.text, max(0, p.start - 60), p.start)  # ("small compared to China and Russia")

        for p in reversed([p for p in here if p.end <= pos]):
            if fits(p):
                return p
        for j in range(i - 1, max(-1, i - 41), -1):
            for p in reversed(self.places(j)):
                if fits(p):
                    return p
        return None

    def carried(self, i: int) -> Place | None:
        """The place carried into sentence i: the last host named before it. Found by
        walking back and memoised along the way, so each sentence is scanned at most once."""
        path: list[int] = []
        j = i
        result: Place | None = None
        parts: tuple[int, Place] | None = None
        pair: frozenset[str] = frozenset()
        firms: Place | None = None
        while j > 0:
            if j in self.carry:
                result, pair, firms = self.carry[j], self.pair.get(j, frozenset()), self.firms.get(j)
                break
            path.append(j)
            hosts = [q for q in self.places(j - 1) if q.host and q.code and not q.owner]
            if hosts and all(q.code == "WLD" for q in hosts) and _SANCTIONS_BACKGROUND.search(self.text, self.sents[j - 1].start, self.sents[j - 1].end):
                hosts = []
            if hosts and parts is None and self._breakdown(j - 1, hosts):
                # the parts of an earlier total leave that total's place in force; with none
                # named, the total was a worldwide one
                parts, hosts = (j, Place(hosts[0].start, hosts[0].end, "WLD", True)), []
            if hosts:
                loc = [q for q in hosts if _LOCATIVE.search(self.text, max(0, q.start - 12), q.start)]
                named = [q for q in (loc or hosts) if not is_area(q.code)]
                pool = named or loc or hosts
                k = len(pool) - 1
                while k > 0 and pool[k].code != pool[k - 1].code and _PAIRED.fullmatch(self.text, pool[k - 1].end, pool[k].start):
                    k -= 1  # "accused Malta and Poland of ...": a pair or list carries its first, as a figure said of each takes it
                if k < len(pool) - 1:
                    pair = frozenset(q.code for q in pool[k:])
                result = pool[k]
                based = {q.code for q in named if self.text.startswith(("-based", "‐based"), q.end)}
                if len(based) > 1 or self._listed_where(hosts, loc):
                    # "China-based X and Russia-based Y": firms in two countries; "in China, Russia and the Gulf": workers in
                    # several; so the figures after are all of theirs
                    result = Place(result.start, result.end, "WLD", True)
                else:
                    firms = self._firms_based_in(hosts, named, result)
                break
            j -= 1
        for k in path:
            self.carry[k] = result
            if pair:
                self.pair[k] = pair
            if firms is not None:
                self.firms[k] = firms
        if result is None and parts is not None:
            for k in path:
                if k >= parts[0]:
                    self.carry[k] = parts[1]
            return parts[1]
        return result

    def _firms_based_in(self, hosts: list[Place], named: list[Place], result: Place) -> Place | None:
        """Worldwide, when the sentence names two or more countries each after "based in" (of a firm,
        not a person: "Yanbian Silverstar, based in China, and Volasys Silverstar, based in Russia")
        and no other country where workers are ("... for building sites in Laos"): kept apart, since it
        holds only for a figure said of both firms (:data:`_BOTH_FIRMS`)."""
        based = set()
        for q in hosts:
            b = None if is_area(q.code) else _BASED_IN_BEFORE.search(self.text, max(0, q.start - 40), q.start)
            if b is not None and not _PERSON_BEFORE.search(self.text, max(0, b.start() - 40), b.start()):
                based.add(q.code)
        if len(based) > 1 and all(q.code in based for q in named):
            return Place(result.start, result.end, "WLD", True)
        return None

    def _listed_where(self, hosts: list[Place], loc: list[Place]) -> bool:
        """Two or more countries listed as where ("in the Middle East, Russia and China"), the list opened
        by a locative word: not who acts ("Moscow and Beijing have denied it")."""
        first = None
        for a, b in zip(hosts, hosts[1:]):
            if _LIST_GAP.fullmatch(self.text, a.end, b.start):
                first = first or a
                if first in loc and a.code != b.code and not (is_area(a.code) and is_area(b.code)):
                    return True
            else:
                first = None
        return False

    def sentence_hosts(self, sent: Sentence) -> list[Place]:
        i = self.index[sent.start]
        if i not in self.hosts:
            hosts = [q for q in self.places(i) if q.host and q.code]
            self.hosts[i] = (hosts, [q.start for q in hosts])
        return self.hosts[i][0]

    def in_sentence(self, sent: Sentence, fs: int, fe: int) -> Place | None:
        """The figure's place from its own sentence only, nothing carried over."""
        i = self.index[sent.start]
        self.sentence_hosts(sent)
        hosts, starts = self.hosts[i]
        return choose_place(self.text, sent, self.places(i), fs, fe, hosts, starts)

    def __call__(self, sent: Sentence, fs: int, fe: int) -> Place | None:
        i = self.index[sent.start]
        if i not in self.unnamed:  # "an unnamed country": looked for once per sentence
            words = self.text[sent.start:sent.end]
            self.unnamed[i] = ("nnamed" in words or "ndisclosed" in words or "nidentified" in words or "nspecified" in words) \
                and _UNNAMED.search(self.text, sent.start, sent.end) is not None
        if self.unnamed[i]:
            if not self.in_sentence(sent, fs, fe):
                return None  # "construction workers in an unnamed country were paid $1,100": the text does not say
        self.sentence_hosts(sent)
        hosts, starts = self.hosts[i]
        own = choose_place(self.text, sent, self.places(i), fs, fe, hosts, starts)
        if own is None and _PART_OF_BEFORE.search(self.text, max(sent.start, fs - 30), fs):
            return Place(fs, fs, "WLD", True)  # "the number is part of a 50,000-strong diaspora": the whole, beyond the country
        if own is not None:
            return own
        carried = self.carried(i)
        if carried is not None and i in self.firms and _BOTH_FIRMS.search(self.text, max(sent.start, fs - 160), min(sent.end, fs + 160)):
            return self.firms[i]  # "... based in China, and ..., based in Russia. The two firms employed at least 130": both's
        if carried is not None and i in self.pair:
            mine = next((q for q in self.places(i) if q.code in self.pair[i] and self.text.startswith(("'s", "’s"), q.end)), None)
            if mine is not None:
                return Place(mine.start, mine.end, mine.code, True)  # "China and Russia have ... / Russia's report said ...": the one of the pair whose words these are
        return carried \
            or (None if is_row(self.text, sent) else self.ahead(i)) \
            or Place(fs, fs, "WLD", True)  # no host named anywhere near: a statement about workers abroad in general

    def _breakdown(self, j: int, hosts: list[Place]) -> bool:
        """Sentence j splits a total named before it among two or more countries ("Around
        1,000 of them are in China, some 350 in Laos")."""
        s = self.sents[j]
        return (len({q.code for q in hosts if not is_area(q.code)}) > 1
                and _PARTS_OF.search(self.text, s.start, s.end) is not None)

    def ahead(self, i: int) -> Place | None:
        """With no place anywhere before (a quote opening the story: "Approximately 1,000
        remain," it said), the first host named in the next two sentences; a total that
        the next sentence splits among countries is a worldwide one."""
        for j in range(i + 1, min(len(self.sents), i + 3)):
            hosts = [q for q in self.places(j) if q.host and q.code]
            if hosts and self._breakdown(j, hosts):
                return Place(hosts[0].start, hosts[0].end, "WLD", True)
            if hosts:
                return hosts[0]
        return None
