"""The automatic extractor: article text in, one :class:`Figure` per figure out.

A figure is a count of people, permits or visas, an amount of US dollars, or a share.
Each keeps the exact span it came from, the sentence around it, and how its country and
year were decided, so any row can be checked against the words it rests on. Nothing
here imports pandas or matplotlib: `extract` must start fast."""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterator

from . import pipetable, refast
from .article import Article, PubDate, line_of
from .claimant import attribute
from .gazetteer import Place
from .moneyshape import named_in_brackets, kaesong_share, state_keeps, OF_TRADE_AFTER, UPKEEP_AFTER, WORKER_KEEPS_LITTLE, not_workers_money, pay_change, revenue_named_before
from .numbers import Mention, Warning_, find_mentions, spaced_style
from .metricvocab import CONTRAST_BETWEEN, CONTRAST_REACH, Metric, metrics
from .paragraph import ParagraphFrame, continues_data, opens_on_parts
from .placefinder import CLAUSE_BREAK, PlaceFinder, clause
from .respectively import pair_respectively
from .segment import Cut, Sentence, find_cuts, lines, sentences
from .countshape import (COMPOUND_BEFORE_NOUN, VESSELS_AHEAD, ABROAD_NOUN, GENERIC_PEOPLE_AFTER, IN_NORTH_KOREA_AFTER, INCLUDING_BEFORE, NK_NOUN, NK_TOWNS, OTHERS_AFTER, OTHERS_LISTED_BEFORE, WITHDRAWN_BEFORE, is_other_nation, projected, TIMES_AFTER, bracketed_count, brought_back,
                         cases_unit, counts_trips, visa_holders, allowed_to_work, figure_compared, of_them_nationals, others_of_things, after_troops, military_builders, note_ruled_out, refers_back, told_again_ruled_out, unstated_period, not_of_workers, there_are_things, things_before, only_things_before, MEASURES, THING_NOUNS)
from .labelshape import after_vague_people, breakdown_item, in_list, is_date_part, is_dated_year, is_day_of_month, is_label
from .timeexpr import closing_clause, opens_change_over, section_dates, TimeExpr, around, choose_time, find_times

UNITS = ("people", "permits", "visas", "usd", "percent")
COLUMNS = ("source", "start", "end", "text", "value", "low", "high", "unit", "metric", "country",
           "year", "year_basis", "qualifier", "sentence", "time_text", "place_text", "claimant", "claimant_kind", "via")


@dataclass
class Figure:
    """One figure, in the public column order of `extract` (see README, "Figures")."""

    source: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    metric: str
    country: str | None
    year: int | None
    year_basis: str
    qualifier: str | None
    sentence: str
    time_text: str | None = None  # the words the year came from, if any
    place_text: str | None = None  # the words the country came from, if any
    claimant: str | None = None  # who makes the claim, as written (analysis/claimant.py)
    claimant_kind: str = "unattributed"
    via: str | None = None  # the outlet that relayed the claim, if any

    def row(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class Extraction:
    article: Article
    figures: list[Figure]
    cuts: list[Cut]
    warnings: list[str]


# ---------------------------------------------------------------- units of counts
_PEOPLE = (r"workers?|laborers?|labourers?|employees|nationals|north koreans|n\. ?koreans|koreans|people|persons|citizens|entrants|"
           r"immigrants|migrants|arrivals|staff|staffers|students|tourists|individuals|men|women|guest ?workers|"
           r"loggers|lumberjacks|woodcutters|miners|builders|seamen|sailors|fishermen|doctors|nurses|cooks|waitresses|waiters|"
           r"labou?r(?:ers)?|workforces?|employees|residents|expatriates|expats|crews?|crewmen|crewmembers|crew members|"
           r"technicians|engineers|developers|programmers|medics|physicians|welders|carpenters|drivers|"
           r"visitors|travell?ers|trainees|interns|apprentices|hands|fishers|deckhands|painters|plasterers|"
           r"seamstresses|females|cooks|chefs|waitstaff|performers|artists|coders|freelancers|operatives|sappers|entries|"
           r"holders|arrestees|detainees|immigration|repatriations|deportations|returnees|professionals|specialists|recruits|contract workers|contingents?|personnel|deminers|person-times|person-time|man-times|compatriots|colleagues|comrades|countrymen|labou?r immigrants")
_PERMITS = r"permit holders|permits?|authori[sz]ations?|licen[cs]es?|work cards?|work passes|work pass|passes|quotas?|work patents?|permissions?"
_VISAS = r"visas?"
_DATA_NOUN = refast.lazy(r"\b(?:figures|numbers|data|statistics|totals?|tally|count)\b")
_UNIT_WORD = refast.lazy(rf"(?P<people>{_PEOPLE})|(?P<permits>{_PERMITS})|(?P<visas>{_VISAS})", re.I)
_MODIFIERS = {
    "new", "fresh", "more", "additional", "registered", "legal", "illegal", "tourist", "student", "work", "and", "or",
    "their", "skilled", "unskilled", "construction", "contract", "migrant", "seasonal", "other", "such", "undocumented",
    "official", "valid", "active", "current", "former", "remaining", "foreign", "guest", "of", "labor", "labour",
    "dispatched", "overseas", "young", "female", "male", "it", "restaurant", "factory", "logging", "seafood", "textile",
    "state-sponsored", "state", "so-called", "newly", "arrived", "documented", "temporary",
}
_WORD = refast.lazy(r"N\.[ \u00a0]?Koreans?|(?:[A-Z]\.){2,}|[A-Za-z][\w'’‐-]*")  # "U.S.", "N. Koreans": one word
_NUMBER_OF = refast.lazy(rf"\b(?:number|numbers|total|count|arrivals|entries|departures) of (?:[A-Z][\w-]* )*(?:new )?(?:{_PEOPLE}|{_PERMITS}|{_VISAS})\b", re.I)
_INHERIT_BEFORE = refast.lazy(r"\b(?:of which|of whom|among them|including|from|to|down from|up from|compared with|compared to|against|versus|numbered|numbering|totalled|totaled|totalling|totaling|stood at|reached|number|"
                             r"the[ \u00a0]+(?:other|remaining)|(?:a|another|one)[ \u00a0]+(?:small(?:er)?[ \u00a0]+|large(?:r)?[ \u00a0]+)?(?:group|team|batch|contingent)[ \u00a0]+of|"
                             r"hosts?|hosted|employs?|employed|counted|counts|recorded|registered|a combined|there (?:were|are|was|is|remain|remained|(?:have|has|had|will) been|will be)|the (?:number|figure|total|count|tally|headcount)[^.;:]{0,40}?\b(?:at|to|of|was|is|as))[ \u00a0]+(?:\w+[ \u00a0]+){0,3}$", re.I)
# a count by a noun that names a count ("put the number at 4,000", "the figure is close to 7,000")
_FIGURE_NOUN_BEFORE = refast.lazy(
    r"\b(?:numbers?|figures?|totals?|tally|count|estimates?|headcount|contingent|workforce|peak|high|record|level)\b[^.;:]{0,50}?\b(?:at|to|of|is|was|as|be)[ \u00a0]+[\"“‘']?(?:[a-z]+[ \u00a0]+){0,3}$"
    r"|(?:^|(?<=[.!?\"”][ \u00a0]))(?:It|That|This)[ \u00a0]+(?:was|had[ \u00a0]+been|stood[ \u00a0]+at)[ \u00a0]+(?:(?:only|just|about|around|some|nearly)[ \u00a0]+)?$", re.I | re.M)  # "It was 4,000 in 2018."
# "44 were still employed", "47 were put on flights", "2,500 were there": people, in a passage about people
_PASSIVE_PEOPLE = refast.lazy(
    r"[ \u00a0]+(?:were|had been|have been|have already been|had already been|are|was|is|remain|remained)[ \u00a0]+"
    r"(?:(?:\w+ly|also|still|already|all|now|then|soon)[ \u00a0]+)?"
    r"(?:put|deported|sent|arrested|detained|found|caught|flown|expelled|returned|repatriated|employed|hired|working|still|"
    r"forced|made|ordered|told|asked|expected|likely|due|set|scheduled|going|about|being|bused|taken|brought|moved|"
    r"registered|listed|recorded|identified|held|stranded|left|allowed|there|in|on|at|based|living|stuck|awaiting|waiting|"
    r"believed|thought|estimated|reported|said|known|female|male|women|men)\b", re.I)
# a bare count named by a participle: "the 1,120 recorded in 2022", "the 1,071 counted in 2023"
_PARTICIPLE_AFTER = refast.lazy(r"[ \u00a0]+(?:recorded|counted|registered|reported|listed|logged|noted|tallied|seen|listing|citing|giving|stating|stated[ \u00a0]+their|cited[ \u00a0]+their|gave[ \u00a0]+their)\b", re.I)  # ("Of these, 7,100 stated their purpose as study")
_PEOPLE_VERB_AFTER = refast.lazy(
    r"[ \u00a0]+(?:who\b|whom\b|(?:(?:have|had|were|are|have been|had been|may be|might be|could be|may have|may still be)[ \u00a0]+(?:already[ \u00a0]+|also[ \u00a0]+|now[ \u00a0]+|reportedly[ \u00a0]+)?)?(?:remained|remain|remaining|stayed|"
    r"repatriated|deported|expelled|sent home|returned|left|leaving|departing|returning|going home|gone home|gone|arrived|arriving|come|came|entered|entering|registered|worked|work|working|"
    r"were sent|were repatriated|were deported|were still|are still|still)\b(?![ \u00a0]+(?:visas?|permits?)\b)(?!(?:(?<=work)|(?<=working))[ \u00a0]+(?:days|hours|weeks)\b))", re.I)  # (not "12 working days")
_PAREN_BEFORE = refast.lazy(r"[A-Z][\w.'’‐-]*[ \u00a0]*\($")
_STRONG_PEOPLE_VERB = refast.lazy(
    r"[ \u00a0]+(?:remain|remained|remaining|(?:were|have been|had been) (?:repatriated|deported|expelled|sent home)|"
    r"have left|had left|returned)\b", re.I)
_FUNCTION_WORDS = {
    "in", "to", "from", "a", "an", "the", "at", "by", "for", "of", "and", "or", "with", "were", "was", "are", "is",
    "had", "have", "has", "who", "whom", "that", "this", "last", "as", "on", "since", "until", "before", "after",
    "during", "between", "compared", "against", "according", "said", "says", "but", "while", "including",
    "per", "each", "every", "annually", "now", "still", "more", "less", "than", "over", "under", "about", "nearly",
    "into", "across", "inside", "within", "abroad", "overseas", "worldwide", "globally", "there", "here", "alone",
    "respectively", "each", "apiece", "combined", "together", "altogether", "then", "far",
    "earlier", "later", "ago", "yearly", "monthly", "already", "also", "again", "instead", "too", "only", "just",
}
_PEOPLE_IN_SENTENCE = refast.lazy(rf"\b(?:{_PEOPLE})\b", re.I)
_OF_THE_N = refast.lazy(rf"[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+|some[ \u00a0]+|about[ \u00a0]+|roughly[ \u00a0]+|(?:his|her|its|their|our)[ \u00a0]+)?[0-9][0-9,]*[ \u00a0]+"
                       rf"(?:[\w-]+[ \u00a0]+){{0,3}}?(?:{_PEOPLE}|{_PERMITS}|{_VISAS})\b", re.I)
# "Of those passes, 38 ...", "Of the 54 African member states, fewer than 15 ...": the count's noun is the partitive's
_PARTITIVE_BEFORE = refast.lazy(r"\b[Oo]f[ \u00a0]+(?:the|those|these|its|their|all)[ \u00a0]+(?:[0-9][0-9,]*[ \u00a0]+)?(?P<noun>[^,;.]{1,60}?),[ \u00a0]+"
                               r"(?:(?:fewer|more|less|than|about|around|only|just|some|at|least|nearly|almost|roughly|over|under)[ \u00a0]+){0,3}$")
_PARTS_BEFORE = refast.lazy(r"\b(?:including|of which|among them|the other)[ \u00a0]+(?:\w+[ \u00a0]+){0,2}$|\bfrom[ \u00a0]+\w+[ \u00a0]+of[ \u00a0]+(?:the|their|its)\b[^.;]{0,60}\bto[ \u00a0]+$", re.I)  # "12 clinics, including four", "four of them fled, while the other three"; "from five relatives to eight"
_OWNED = {"owned", "operated", "run", "linked", "backed", "flagged", "made", "built", "controlled", "affiliated", "themed", "style",
          "funded", "managed", "registered-owned"}
_NK_IN_SENTENCE = refast.lazy(r"North[ \u00a0]+Korea|DPRK|Pyongyang")  # "North Korea's embassy asked to let 3,500 migrant workers stay"
_WHOSE_NUMBER = refast.lazy(r"\bwhose[ \u00a0]+(?:total[ \u00a0]+)?numbers?\b[^.;]{0,40}$", re.I)
_LEFT_AFTER = refast.lazy(r"[^.;]{0,80}?\b(?:left|departed|went home|were sent home|were repatriated|were deported|returned home|flew home)\b")
_HYPHEN_RANGE = refast.lazy(r"[-‐][ \u00a0]+(?:to|or|and)[ \u00a0]+[0-9]+[-‐][a-z]")
_PERMIT_HOLDERS = refast.lazy(r"\bpermit[ \u00a0-]holders\b|\bnumber[ \u00a0]+(?:holding|with)[ \u00a0]+(?:valid[ \u00a0]+)?(?:work[ \u00a0]+)?permits\b", re.I)
_BEFORE_NOUN = refast.lazy(r"[ \u00a0]+(?:or[ \u00a0]+(?:so|more|less)\b|U\.[SK]\.(?=[ \u00a0]+[a-z]))")  # words between a count and its noun: "200 or so workers", "9,000 U.S. visas"
_NOT_WORKERS = {"bodies", "corpses", "squid", "refugees", "defectors", "escapees", "asylum-seekers", "soldiers", "troops", "diplomats", "officials", "prisoners", "detainees", "athletes", "delegates", "spies", "hackers", "leaders", "executives", "representatives", "officers", "envoys", "bankers", "poachers"}
_FROM_ELSEWHERE = refast.lazy(r",?(?:[ \u00a0]+(?:mostly|mainly|largely|chiefly|primarily))?[ \u00a0]+from[ \u00a0]+(?:(?:the[ \u00a0]+)?(?!North\b|N\.[ \u00a0]?Korea|DPRK\b|Democratic\b|(?:" + NK_TOWNS + r")\b)[A-Z]|[0-9]+[ \u00a0]+(?:different[ \u00a0]+)?countries\b(?![^.;]*\bNorth[ \u00a0]+Korea))")  # (and "workers from 103 countries")
_CAPITALISED_NOT_PEOPLE = {"States", "Countries", "Nations", "Members", "Member", "Years", "Months", "Weeks", "Days", "Hours", "Decades", "Words", "Pages", "Views", "Comments", "Shares", "Likes"}  # "two neighbouring Member States", a headline's "Up to 10 Years at Sea"
_THING_AHEAD = refast.lazy(r"(?:[ \u00a0]+(?!(?:in|at|on|for|from|to|of|by|with)\b)[a-z-]+(?:[ \u00a0]+and[ \u00a0]+[a-z-]+)?){0,2}?[ \u00a0]+(?:" + "|".join(sorted(THING_NOUNS, key=len, reverse=True)) + r")\b")
_CASES_AFTER = refast.lazy(r"[ \u00a0]+(?:cases|incidents|schemes|accounts|investigations|applications)\b")
_PARAGRAPH_REACH = 280  # characters before a sentence read for who "migrant workers" are (about two sentences)
_FROM_NK = refast.lazy(r"[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?(?:DPRK|North[ \u00a0]+Korea)\b")
_HIRE_PERMISSION_BEFORE = refast.lazy(r"\b(?:permission|permissions|permits?|quotas?|licen[cs]es?|approval|authori[sz](?:ed|ations?))\b[^.;]{0,60}?\bto[ \u00a0]+(?:hire|employ|recruit|bring[ \u00a0]+in)[ \u00a0]+"
                                     r"(?:(?:up[ \u00a0]+to|some|about|around|another|a[ \u00a0]+further|a[ \u00a0]+total[ \u00a0]+of)[ \u00a0]+)?$|"
                                     r"\b(?:permission|permissions|permits?|quotas?)[ \u00a0]+for[ \u00a0]+(?:hiring|employing)[ \u00a0]+$|"
                                     r"\bwork[ \u00a0]+permits[ \u00a0]+(?:to|for)[ \u00a0]+(?:(?:up[ \u00a0]+to|some|about|around|another)[ \u00a0]+)?$", re.I)  # "authorized 691 entities to hire up to 154,306", "issued work permits to 40 nationals"
_REST = refast.lazy(r"(?:rest|remainder|total|others|latter|former|group|figure|number)", re.I)
_OF_PEOPLE = refast.lazy(rf"[ \u00a0]+of[ \u00a0]+(?:(?:the|these|those|its|their)[ \u00a0]+(?:[A-Za-z][\w-]*[ \u00a0]+){{0,2}}(?:{_PEOPLE})|us[ \u00a0]+(?:arrived|came|work|worked|are|were)|the[ \u00a0]+group(?!['’]))\b")  # ("About 120 of us arrived")
_FIGURE_WORD_AFTER = refast.lazy(r"[ \u00a0]+(?:figure|estimate|tally|headcount)\b(?![ \u00a0]+(?:of|for)\b)|[ \u00a0]+in[ \u00a0]+(?:total|all)\b")  # "about 1,000 in total"
_CAPITAL_AFTER = refast.lazy(r"[ \u00a0]+(?!North\b|DPRK\b)[A-Z]")
_OF_THEM_NK = refast.lazy(r"[ \u00a0]+of[ \u00a0]+(?:them|(?:those|these)(?:[ \u00a0]+[a-z]+)?)[ \u00a0]+(?:(?:are|were|being)[ \u00a0]+)?from[ \u00a0]+(?:[a-z]+[ \u00a0]+)?North[ \u00a0]+Korea")  # "130 workers, 45 of them from North Korea"
_OF_THEM = refast.lazy(r"[ \u00a0]+of[ \u00a0]+(?:them|whom|which|those|these)\b", re.I)
_HYPOTHETICAL = refast.lazy(r"\b(?:if|unless|whether)\b[^,.;]*$", re.I)
# "If four items are flawed, the cut would be about half of the pay": what the main clause of a
# sentence opening with a condition would be is as hypothetical as the condition
_IF_THEN = refast.lazy(r"[\"“‘']?If[ \u00a0][^.;:?!”]*,[^.;:?!”]*\b(?:would|could)[ \u00a0]+(?:be|cost|amount[ \u00a0]+to|reach|total|earn|receive|get|make|pay)[ \u00a0]+(?:(?:around|about|some|roughly|nearly|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as|only|just)[ \u00a0]+)?$")
_RULE_WHY = refast.lazy(r"\bexplanation[ \u00a0]+of[ \u00a0]+[\"“‘']?why\b[^.;]{0,50}$", re.I)  # "an explanation of why, if applicable, less than half"
_FRACTION_OK = refast.lazy(
    r"[\"”’]?(?:[ \u00a0]*\([^()]{0,30}\))?[ \u00a0]+(?:goes|go|going|went|is|are|was|were|gets|got|being)[ \u00a0]+(?:(?:straight|directly|back|automatically)[ \u00a0]+)?(?:to|taken|sent|kept|handed|deducted|paid)\b|"
    r"[ \u00a0]+(?:have|has|had)[ \u00a0]+(?:(?:already|since|now)[ \u00a0]+)?(?:gone|left|returned|been[ \u00a0]+(?:sent|repatriated|deported|expelled))\b|"
    r"[ \u00a0]+of[ \u00a0]+which[ \u00a0]+(?:is|are|was|were|goes|go|went|gets|got)\b|[ \u00a0]+(?:their|his|her|the)[ \u00a0]+(?:earnings|wages?|salary|salaries|pay|income)\b(?![ \u00a0]+of\b)|"  # ("half their wages", "Half the pay they get goes")
    r"[ \u00a0]+(?:he|she|they|workers?|each[ \u00a0]+worker)[ \u00a0]+(?:is|are|was|were)[ \u00a0]+(?:obliged|required|forced|made|ordered)[ \u00a0]+to\b|"
    rf"[\"”’]?[ \u00a0]+of[ \u00a0]+(?:(?:the|their|his|her|its|all|those|these|them|such|some|about|nearly|almost|an|estimated|around|roughly|[0-9][0-9,.]*|[A-Z][\w-]*|[\w-]+['’]s?)[\"”]?[ \u00a0]+)*(?:them\b|those\b|it\b|that\b|this\b|everything\b|what\b|[0-9][0-9,]*[ \u00a0]+who\b|{_PEOPLE}|earnings?|wages?|salary|salaries|pay|income|money|the money|revenue|proceeds|takings|fees?\b|sums?\b|repatriations|returns|deportations|departures|arrivals|entries|visas|permits|the total|total\b|workforce|labou?r force)|"
    r"[ \u00a0]+of[ \u00a0]+(?:the|their|his|her)[ \u00a0]+(?:US)?\$[0-9][0-9,.]*(?:[ \u00a0]*(?:to|-|–)[ \u00a0]*(?:US)?\$[0-9][0-9,.]*)?(?:[ \u00a0]+(?:a|per)[ \u00a0]+month|[ \u00a0]+monthly)?[ \u00a0]+(?:wages?|salary|salaries|pay|income|earnings)\b(?![ \u00a0]+(?:of|paid[ \u00a0]+to|earned[ \u00a0]+by|for)[ \u00a0]+(?:(?:local|their|the)[ \u00a0]+)?(?!North\b)[A-Z][a-z]+(?:ian|ese|i|ish|ch|an)\b)",  # "70% of the $40 to $100 per month wages" (not "... paid to Russian builders")
    re.I)
_AGENT_NOUN = refast.lazy(r"(?:ers|ors|ists|ians|men|ees|esses|crews|hands|maids)$")  # welders, technicians, seamstresses
# "citizens of DPRK who have valid permission for work": people named by the permits they hold
_HOLDS = (r"(?:with|holding|held|hold|having|(?:had|have|has)(?:[ \u00a0]+obtained)?|possess|possessed|possessing|who[ \u00a0]+(?:held|hold|had|have|has|possess|possessed|received|acquired|obtained|(?:were|was)[ \u00a0]+granted)|acquiring|receiving|obtaining|"
          r"(?:(?:were|are|was|is)[ \u00a0]+(?:living|staying|working|employed|here|there)|remain|remains|remained|stay|stays|stayed|work|worked|live|lived)(?:[ \u00a0]+in[ \u00a0]+[A-Z][\w-]*)?(?:[ \u00a0]+(?:at[ \u00a0]+the[ \u00a0]+moment|now|currently|legally))?[ \u00a0]+(?:on|under))[ \u00a0]+(?<!without[ \u00a0])(?!expired|lapsed|invalid|no[ \u00a0])(?:valid[ \u00a0]+|a[ \u00a0]+|[A-Z][a-z]+[ \u00a0]+|[a-z]+[ \u00a0]+and[ \u00a0]+|[\"“‘'][a-z]+[\"”’'][ \u00a0]+)?"
          r"(?:(?:work[ \u00a0]+|(?:first[ \u00a0]+)?residen(?:ce|cy)[ \u00a0]+)?(?:permits?|passes|permissions?(?:[ \u00a0]+(?:for|to)[ \u00a0]+work)?)|work(?:ing)?[ \u00a0]+visas?|documents[ \u00a0]+to[ \u00a0]+work)\b(?![^.;]{0,80}\b(?:settled|resettled|refugees?|asylum|defect\w*)\b)")  # "61 North Koreans had work visas" (not who "have settled in" a suburb)
_HOLDING = refast.lazy(rf"(?:(?:[ \u00a0]+(?:[A-Z][\w-]*|new|more|foreign|registered)){{0,3}}[ \u00a0]+(?:{_PEOPLE})(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*)?,?)?[ \u00a0]+(?:(?:still|currently|now|already|also)[ \u00a0]+)?{_HOLDS}", re.I)  # (also "the 35 who possess valid permits")
_THEY_HOLD = refast.lazy(rf"[^.;]{{0,90}}?\b(?:because|as|since|who|and)[ \u00a0]+(?:they[ \u00a0]+)?(?:still[ \u00a0]+)?{_HOLDS}", re.I)
_HOLDERS_NAMED = refast.lazy(rf"\b(?:{_PEOPLE})\b(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*)?,?[ \u00a0]+(?:(?:still|currently|now|already|also)[ \u00a0]+)?{_HOLDS}", re.I)
_VISA_ISSUE = refast.lazy(r"\b(?<!failed to )(?<!unable to )(?<!not )(?<!not to )(?<!refused to )(?<!declined to )(?<!refusal to )(?:issu|grant|approv|gave|give|giv|receiv|obtain)\w*\b[^.;]{0,60}\bvisas?\b|\bvisas?\b(?:(?!\b(?:not|never)\b)[^.;]){0,60}\b(?:issu|grant|approv|gave|giv)\w*"
                        r"|\b(?<!not to )(?<!refused to )(?<!declined to )(?<!refusal to )(?<!failed to )(?:extend(?:s|ed|ing)?|(?<!rejected the )(?<!halted the )(?<!stopped the )(?<!denied the )(?<!refused the )(?<!blocked the )(?<!suspended the )(?<!for the )(?<!considering the )(?<!consider the )extension[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?visas?(?:[ \u00a0]+period)?[ \u00a0]+(?:of|for)\b|\btheir[ \u00a0]+visas[ \u00a0]+extended\b")  # ("extended the visas of 15 North Koreans", "the extension of visas for 16")
_AT_WORK = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}?[ \u00a0]+(?:(?<!to )(?<!who )(?<!that )(?:work|worked)|(?:are|were)[ \u00a0]+(?:working|employed))\b(?![-‐])")  # "10,000 North Koreans work in the Gulf": people, whatever visas the sentence issues
_AUTHORISATION_NOUN = refast.lazy(r"\b(?:work authori[sz]ations?|work passes|quotas?)\b")
_PERMIT_NOUN = refast.lazy(r"(?<!without )(?<!without valid )(?<!without work )(?<!without valid work )\bpermits?\b(?![-‐])")  # ("living there without valid permits": people)
_VISA_NOUN = refast.lazy(r"\bvisas?\b(?![-‐])")
_NOT_A_COUNT_BEFORE = refast.lazy(
    r"\b(?:city|town|village|port|capital|region|province|country|nation|population|district) of[ \u00a0]+(?:about |some |around |nearly |roughly |more than |over |almost )?$", re.I)
_NOT_TALKING_BEFORE = refast.lazy(r"\b(?:not|n't|n’t)[ \u00a0]+talking[ \u00a0]+about[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?$")  # "we are not talking about 1 or 2 IT workers"
_PEOPLE_WORDS_CUT = ("north", "korean", "dprk", "workers", "labourers", "laborers", "employees", "staff", "waitresses", "nationals",
                     "more", "others", "people", "seamen", "crew", "builders", "men", "women")  # a noun cut off may have begun one of these
_NOT_A_COUNT_AFTER = refast.lazy(r"[ \u00a0]+(?:people|persons|sources|officials) (?:familiar with|with knowledge of|briefed on|close to)\b", re.I)
_ORDINAL_BEFORE = refast.lazy(r"\b(?:first|second|third|latter|other|and a|and one)[ \u00a0]+$", re.I)
_STRONG = refast.lazy(r"[ \u00a0]+civilians[ \u00a0]+as[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:workers|labou?rers|builders)\b|[-‐\u2011][ \u00a0]?strong\b|[-‐\u2011]member[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:team|crew|brigade|workforce|contingent)\b", re.I)  # a head count as an adjective: "a 50,000-strong workforce", "a 40-member medical team"; "5,000 civilians as relief workers"
# counts of people who are not North Korean: "3 million foreign labourers", "2,000 Russian workers"
_FOREIGN = {"foreign", "migrant", "expatriate", "u.s.", "u.k.", "american", "western", "non-korean", "local", "domestic", "indigenous", "native", "asian",
            "south", "bangladeshi", "nepali", "nepalese", "indian", "pakistani", "filipino", "sri", "egyptian",
            "uzbek", "tajik", "kyrgyz", "kazakh", "turkmen", "ukrainian", "belarusian", "syrian", "african", "european"}
# verbs that make a bare count a count of people when the sentence is about people
_PEOPLE_VERBS = refast.lazy(
    r"[ \u00a0]+(?:came|come|coming|travell?ed|visited|fled|went|lived|live|living|stayed|died|applied|studied|"
    r"entered|arrived|left|worked|remained|returned|were|are|was|is)\b", re.I)


class _Facts:
    """What every figure in one sentence asks about that sentence, worked out once: a
    long sentence with many figures (a flattened table) must not be rescanned per figure."""

    def __init__(self, text: str, sent: Sentence) -> None:
        self.text = text
        self.sent = sent
        self.low = text[sent.start:sent.end].lower()
        self._holds: dict[tuple[str, ...], bool] = {}

    def holds_any(self, words: tuple[str, ...]) -> bool:  # (a metric's required words, asked by every figure)
        if (hit := self._holds.get(words)) is None:
            hit = self._holds[words] = any(w in self.low for w in words)
        return hit

    # the rest only when a figure asks (most sentences never need them)
    @cached_property
    def collapsed(self) -> str:
        return " ".join(self.text[self.sent.start:self.sent.end].split())

    @cached_property
    def people(self) -> bool:
        return _PEOPLE_IN_SENTENCE.search(self.text, self.sent.start, self.sent.end) is not None

    @cached_property
    def foreign(self) -> bool:
        """The sentence counts foreigners in general ("Malta's foreign workforce"), not North Koreans."""
        return _FOREIGN_PASSAGE.search(self.text, self.sent.start, self.sent.end) is not None and \
            not any(w in self.text[self.sent.start:self.sent.end] for w in ("North Korea", "DPRK", "Pyongyang"))

    @cached_property
    def there(self) -> bool:
        return _THERE.search(self.text, self.sent.start, self.sent.end) is not None

    @cached_property
    def present(self) -> bool:
        """The sentence speaks of now ("still", "are", "today"): no year carried into it (not a closing clause with no figure after a
        past verb: "He was promised $120 a month, ..., where most people are not allowed to travel")."""
        return _PRESENT.search(self.text, self.sent.start, closing_clause(self.text, self.sent, _PAST)) is not None or \
            _PAST.search(self.text, self.sent.start, self.sent.end) is None and not opens_on_parts(self.text, self.sent)

    @cached_property
    def permits(self) -> bool:
        return _PERMIT_NOUN.search(self.low) is not None or _AUTHORISATION_NOUN.search(self.low) is not None

    @cached_property
    def visa_issue(self) -> bool:
        """Visas are issued, granted or refused in this sentence, not merely held ("on work visas")."""
        return _VISA_ISSUE.search(self.low) is not None

    @cached_property
    def visas(self) -> bool:
        return _VISA_NOUN.search(self.low) is not None

    @cached_property
    def number_of(self) -> str | None:
        n = _NUMBER_OF.search(self.text, self.sent.start, self.sent.end)
        u = _UNIT_WORD.search(n.group().split(" of ", 1)[1]) if n else None
        if u is not None and u.lastgroup == "people" and _HOLDERS_NAMED.search(self.text, n.start(), min(self.sent.end, n.end() + 60)):
            return "permits"  # "the number of North Koreans holding work permits"
        return u.lastgroup if u else None

    @cached_property
    def present_cues(self) -> dict[str, list[tuple[int, int]]]:
        """Every metric cue in the sentence with its spans, found in one pass over its words
        (looking each cue up separately, for every figure, was a tenth of the run time)."""
        by_first = _cues_by_first_word()
        low, offset = self.low, self.sent.start
        out: dict[str, list[tuple[int, int]]] = {}
        for w in _LOW_WORD.finditer(low):
            word = w.group()
            cands = by_first.get(word)
            if cands is None and word.endswith("s"):
                cands = by_first.get(word[:-1])
            if not cands:
                continue
            i = w.start()
            for cue in cands:
                if not low.startswith(cue, i):
                    continue
                j = i + len(cue)
                if j < len(low) and low[j] == "s" and (j + 1 >= len(low) or not low[j + 1].isalnum()):
                    j += 1  # plural: "new work permits" for the cue "new work permit"
                if j >= len(low) or not low[j].isalnum():
                    out.setdefault(cue, []).append((i + offset, j + offset))
        return out


_LOW_WORD = refast.lazy(r"(?<![a-z0-9])[a-z]+")


@lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, tuple[str, ...]]:
    """Cues grouped by their first word, so a sentence's words find their cues directly."""
    groups: dict[str, set[str]] = {}
    for mt in metrics():
        for cue in mt.cues:
            first = re.match(r"[a-z]+", cue)
            if first:
                groups.setdefault(first.group(), set()).add(cue)
    return {k: tuple(sorted(v)) for k, v in groups.items()}


_facts = lru_cache(maxsize=8)(_Facts)  # one per sentence, shared by its figures


def _count_unit(text: str, m: Mention, sent: Sentence) -> str | None:
    """The unit noun a count is attached to, reading past modifiers ("new North Korean").
    "other" when the count is of something else, or of people who are not North Koreans
    abroad ("3 million foreign labourers", "2,000 Russian workers")."""
    if (of := _OF_THEM.match(text, m.end, sent.end)):  # "12 of them"; after "operates around 120 restaurants": things; "150 of these vessels"
        return "other" if things_before(text, sent.start) or not_of_workers(text, m, sent) or _THING_AHEAD.match(text, of.end(), sent.end) else "inherit"
    if (fig := figure_compared(text, m, sent)) or _FIGURE_WORD_AFTER.match(text, m.end, sent.end):
        return "refer" if fig else "inherit"  # "the 70,000 figure covers only ...", "with about 900 in total": what was counted before
    if counts_trips(text, m, sent) and _NK_IN_SENTENCE.search(text, sent.start, m.start) or visa_holders(text, m, sent):
        return "people"  # "North Koreans made some 12,000 trips to Russia": entries; "3,765 held student visas": people
    if (of_n := _OF_THE_N.match(text, m.end, sent.end)) or (cases := cases_unit(text, m, sent)) == "inherit" or bracketed_count(text, m, sent):
        return "other" if of_n and not_of_workers(text, m, sent) else "inherit"  # "61 of the 88 North Koreans", "grew to around 1,500 cases" (not "charges against 31 of the 33 crew")
    if cases:
        return cases  # "640 cases of work permits"
    if OTHERS_AFTER.match(text, m.end, sent.end) and not not_of_workers(text, m, sent) and not others_of_things(text, m, sent):
        # "while the 36 others are working as usual" (because they hold valid work visas: permits)
        return "permits" if _THEY_HOLD.match(text, m.end, sent.end) else "inherit"
    if WITHDRAWN_BEFORE.search(text, max(sent.start, m.start - 70), m.start):
        return "other"  # "revoked the work permits of 40 nationals" (a frozen issuance stays permits: annotators split)
    if _HIRE_PERMISSION_BEFORE.search(text, max(sent.start, m.start - 100), m.start) or allowed_to_work(text, m, sent):
        return "permits"  # "gave companies permission to hire 1,237 North Koreans"
    part = _PARTITIVE_BEFORE.search(text, max(sent.start, m.start - 90), m.start)
    if part is not None and not text[sent.start:part.start()].strip(" \u00a0\"“‘'"):
        # "Of those passes, 38 were issued"; "Of the 54 member states, fewer than 15 ..."
        noun = part.group("noun")
        u = _UNIT_WORD.search(noun)
        if u or _REST.fullmatch(noun.strip()):
            return u.lastgroup if u else "inherit"
        if not _DATA_NOUN.search(noun):
            return "other"  # ("Of the third-quarter figures for this year, 3,100 North Koreans": the noun after it says)
    if not_of_workers(text, m, sent):
        return "other"
    if _OF_PEOPLE.match(text, m.end, sent.end):
        return "people"  # "about 5 thousand of the North Korean workers"
    if _STRONG.match(text, m.end, sent.end) or military_builders(text, m, sent):
        return "people"  # "a 50,000-strong workforce", "5,000 soldiers to help rebuild"
    if _CLOCK_AFTER.match(text, m.end, sent.end):
        return "other"  # "from 7 morning to 10 evening", "at 6 a.m."
    if text[m.end:m.end + 1] in ("-", "‐", "\u2011") and (text[m.end + 1:m.end + 2].isalpha() or _HYPHEN_RANGE.match(text, m.end)) \
            and not (text.startswith("odd", m.end + 1) or text.startswith("plus", m.end + 1) and text[m.end + 5:m.end + 6] not in ("-", "‐")):  # ("170-plus", not "20-plus-year-old"; "100-odd workers")
        return "other"  # "a 34-year-old", "a 15,000-seat stadium", "12-hour shifts", "14- to 16-hour days"
    if (_PAREN_BEFORE.search(text, max(sent.start, m.start - 40), m.start) and text.startswith(")", m.end)
            and _facts(text, sent).people):  # a list: "Russia (1,200), China (800) and Laos (300) ... workers"
        return "other" if OTHERS_LISTED_BEFORE.search(text, max(sent.start, m.start - 160), m.start) else "people"  # (not "foreign workers were from Nepal (29), ...")
    pos = m.end
    korean = False
    foreign = False
    if (so := _BEFORE_NOUN.match(text, pos, sent.end)) is not None:
        pos = so.end()  # "200 or so workers"
        foreign = "." in so.group()  # "60 U.S. individuals" whose identities were used: nationals of elsewhere
    migrant: bool | None = None  # the only foreign-sounding word was "migrant"
    for _ in range(7):
        w = _WORD.search(text, pos, sent.end)
        if not w or CLAUSE_BREAK.search(text, pos, w.start()) or re.search(r"[.!?]", text[pos:w.start()]):
            break
        u = _UNIT_WORD.fullmatch(w.group()) or ("-" in w.group() and not COMPOUND_BEFORE_NOUN.match(text, w.end(), sent.end) and _UNIT_WORD.fullmatch(w.group().rsplit("-", 1)[1])) or None  # ("70 soldier-labourers", not "two IT-worker scams")
        if u is None:
            # two-word nouns: "North Koreans", "guest workers"
            two = _WORD.match(text, w.end() + 1) if w.end() + 1 < sent.end else None
            if two and _UNIT_WORD.fullmatch(f"{w.group()} {two.group()}"):
                u = _UNIT_WORD.fullmatch(f"{w.group()} {two.group()}")
        if u is not None:
            if _CASES_AFTER.match(text, w.end(), sent.end):
                return "other"  # "320 North Korean IT worker cases": cases, not people
            if not korean and _FROM_ELSEWHERE.match(text, w.end(), sent.end) and not brought_back(text, m, sent):
                return "other"  # "applications for 3,400 workers from Uzbekistan and Vietnam"
            if foreign and not korean and not _FROM_NK.match(text, w.end(), sent.end) and not (migrant and _NK_IN_SENTENCE.search(text, max(0, sent.start - _PARAGRAPH_REACH), m.start)) \
                    and not (u.lastgroup in ("permits", "visas") and not any(x.lower() in _FOREIGN and x not in ("U.S.", "U.K.") for x in text[m.end:w.start()].split())):  # ("9,000 U.S. visas": the issuer's)
                return "other"  # "3 million foreign labourers", "4,200 foreign work permits" (not "foreign nationals from the DPRK"; "15,000 Russian visas" are the issuer's)
            if u.lastgroup == "people" and _HOLDING.match(text, m.end, sent.end) and not _LEFT_AFTER.match(text, m.end, sent.end):
                return "permits"  # "29,540 North Koreans who held Russian work permits ... and 12,280": the list counts permits
            return u.lastgroup
        word = w.group()
        if pos == m.end and word in ("and", "or") and _CAPITAL_AFTER.match(text, w.end(), sent.end):
            break  # "Oman receives 500 and Iran gets 120": the next item, not this count's noun
        if word.lower() in _NOT_WORKERS or word in _CAPITALISED_NOT_PEOPLE or word.lower() in THING_NOUNS or pos == m.end and word.lower() in MEASURES:
            return "other"  # "150,000 North Korean refugees", "two North Korean diplomats"
        if korean and word in _OWNED:
            pos = w.end()  # "two North Korean owned and operated restaurants": whose, not who
            continue
        if korean and word.islower() and (_AGENT_NOUN.search(word) or word.endswith(("ed", "ing")) or word in ("are", "were")):
            return "other" if VESSELS_AHEAD.match(text, m.end, sent.end) or _THING_AHEAD.match(text, pos, sent.end) else "people"  # "North Korean welders", "the 278 North Korean employed" (not "three North Korean fishing vessels", "two DPRK exporting firms")
        if word[0].isupper() or word.lower() in _MODIFIERS or word.lower() in _FOREIGN:
            south = word in ("Korean", "Koreans") and text[max(0, w.start() - 6):w.start()] in ("South ", "South\u00a0")  # ("230 South Korean construction workers")
            korean, foreign = korean or word in ("Korean", "Koreans", "DPRK") and not south, foreign or word.lower() in _FOREIGN or is_other_nation(word) or south
            migrant = word.lower() == "migrant" if migrant is None or migrant else False
            pos = w.end()
            continue
        if word.islower() and word not in _FUNCTION_WORDS and not _PEOPLE_VERB_AFTER.match(text, m.end, sent.end):
            if _PEOPLE_VERBS.match(text, m.end, sent.end) and _facts(text, sent).people:
                return "people"  # "7,887 came to study", "13,221 entered Russia"
            if word.endswith("ed") and pos == m.end and "-" not in word and "‐" not in word:
                if _THING_AHEAD.match(text, w.end(), sent.end):
                    return "other"  # "15 identified seafood processing plants": an adjective before things
                break  # a verb right after the count: "301 cited private visits" (not "120 state-linked restaurants")
            if len(word) <= 2:
                return "other"  # "400 m from the entrance", "20 km": a measure
            if not word.endswith("s") or word.endswith(("ss", "us", "ous")):
                pos = w.end()  # a modifier the list lacks: "military construction workers"
                continue
            return "other"  # "500 kilometres", "12 hours": a count of something else
        break
    if pos > m.end and not text[pos:].strip() and len(frag := text[m.end:pos].split()[-1]) <= 3 \
            and not any(w.startswith(frag.lower()) for w in _PEOPLE_WORDS_CUT):
        return "other"  # "There are only 11 Ma": the page's excerpt cut off in the count's noun (not "100,000 North Kor")
    if foreign and not korean:
        return "other"  # "20,000 Indonesians and Filipinos working on its vessels"
    if _PEOPLE_VERB_AFTER.match(text, m.end, sent.end) and (
            _STRONG_PEOPLE_VERB.match(text, m.end, sent.end) or _facts(text, sent).people):
        # ("68 had work visas, including six who got them this year": part of the count before, in its unit)
        if not _facts(text, sent).people and only_things_before(text, sent.start):
            return "other"  # "... 140 state-run restaurants. / Today only 19 remain": more of those things
        return "inherit" if INCLUDING_BEFORE.search(text, max(sent.start, m.start - 24), m.start) else "people"  # "fewer than 300 remained", "the roughly 300 who had been building"
    if (passive := _PASSIVE_PEOPLE.match(text, m.end, sent.end)) or _PEOPLE_VERB_AFTER.match(text, m.end, sent.end):  # "44 were still employed": people if the passage is about people
        return "other" if (not passive or passive.group().split()[-1] in ("in", "on", "at", "there")) and things_before(text, sent.start) else "inherit"  # ("It runs 130 restaurants. Some 90 are in China": restaurants)
    return "other" if there_are_things(text, m, sent) else None


# ---------------------------------------------------------------- metric choice
def choose_metric(text: str, sent: Sentence, fs: int, fe: int, units: tuple[str, ...],
                  value: float | None = None, others: tuple[tuple[int, int], ...] = (), context: str = "") -> Metric | None:
    """The metric whose cue stands nearest the figure in its sentence, a longer (more
    specific) cue counting as nearer; ties go to the metric listed first in data/metrics.yaml. None when no cue fits and the unit has no
    default (money and shares need a cue to count as figures about workers)."""
    facts = _facts(text, sent)
    best: tuple[int, int, Metric] | None = None
    default = None
    cue_sets = _cue_sets()
    for order, mt in enumerate(metrics()):
        if mt.unit not in units:
            continue
        monthly = value is not None and value < mt.unstated_period_below and unstated_period(facts.low, mt.unstated_period)
        if mt.requires and not monthly and not facts.holds_any(mt.requires):
            continue
        if mt.requires_nearby and not monthly and not (facts.holds_any(mt.requires_nearby) or any(r in context for r in mt.requires_nearby)):
            continue
        if mt.not_after and text[fe:fe + 18].lower().lstrip(" \u00a0)").startswith(mt.not_after):  # "(US$1,414) per day"
            continue
        if mt.not_before and any(w in _clause_before(text, sent, fs) for w in mt.not_before):  # "the yearly levy was raised from USD 6,800"
            continue
        if value is not None and ((mt.min_value is not None and value < mt.min_value)
                                  or (mt.max_value is not None and value > mt.max_value)):
            continue
        if mt.default and mt.unit == units[0]:
            default = mt  # the default of the figure's own unit, not of a neighbouring one
        present = facts.present_cues
        if not present:
            continue
        # only the cues the sentence holds: trying every cue of every metric was most of the cost
        cues = cue_sets[order]
        for cue, spans in present.items():
            if cue not in cues:
                continue
            d = min(_cue_distance(fs, fe, cs, ce, others) + (_BEYOND_ANOTHER_FIGURE if fe <= cs < fe + CONTRAST_REACH and CONTRAST_BETWEEN.search(text, fe, cs) else 0) for cs, ce in around(spans, fs))
            d -= min(2 * len(cue), 24) - (30 if cue in _PERIOD_CUES else 0)  # a longer cue is more specific and may stand a little further away; a period says little of whose pay
            if best is None or (d, order) < best[:2]:
                best = (d, order, mt)
    return best[2] if best else default


def _clause_before(text: str, sent: Sentence, fs: int) -> str:
    """The words of the figure's clause before it, at most 90 characters (room for the first
    end of a change: "the yearly fee rose from USD 6,800 to USD 9,500"), lower-cased."""
    lo = max(sent.start, fs - 90)
    cut = max(text.rfind(", ", lo, fs), text.rfind(";", lo, fs))  # (not the comma of "6,800")
    return text[max(lo, cut + 1):fs].lower()


@lru_cache(maxsize=1)
def _cue_sets() -> tuple[frozenset[str], ...]:
    """Each metric's cues as a set, in metrics() order, for choose_metric's membership test."""
    return tuple(frozenset(mt.cues) for mt in metrics())


_PERIOD_CUES = frozenset(("a month", "per month", "monthly", "each month", "every month"))
_BEYOND_ANOTHER_FIGURE = 1000  # characters added to a cue's distance when another figure stands between


def _cue_distance(fs: int, fe: int, cs: int, ce: int, others: tuple[tuple[int, int], ...]) -> int:
    """Characters between a figure and a cue; a cue with another figure of the same kind
    between them belongs to that figure first ("only receive $120, while $480 goes to the state")."""
    d = fs - ce if ce <= fs else cs - fe if cs >= fe else 0
    lo, hi = (ce, fs) if ce <= fs else (fe, cs)
    k = bisect.bisect_left(others, (lo, -1))  # others are in text order: the first one starting after lo ends first
    if d > 0 and k < len(others) and (others[k][1] <= hi or cs >= fe and 0 <= others[k][0] - ce < d):
        d += _BEYOND_ANOTHER_FIGURE  # (or nearer the next figure: "earn $650 but only receive $180")
    return d


# ---------------------------------------------------------------- the extractor
_CANDIDATE_WORDS = ("half", "third", "quarter", "fifth", "dozen", "hundred", "thousand", "two", "three", "four", "five",
                    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                    "seventy", "eighty", "ninety")
# Case is spelled out and the first letters looked ahead, so the scan skips most characters
# at C speed (an IGNORECASE alternation tries every word at every position: twice as slow).
_CANDIDATE = refast.lazy(
    "(?=[0-9" + "".join(sorted({c for w in _CANDIDATE_WORDS for c in (w[0], w[0].upper())})) + "])(?:[0-9]|\\b(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _CANDIDATE_WORDS) + ")(?:s|ths)?(?![a-z]))")  # "tension" is no "ten"


def _figures_in_sentence(art: Article, sent: Sentence, pub: PubDate | None, place_of: "PlaceFinder",
                         warnings: list[str], para_unit: str | None = None,
                         frame: "Callable[..., TimeExpr | None] | None" = None,
                         para_people: "Callable[[Sentence], bool] | None" = None,
                         prev_start: int | None = None, spaced: bool = False, seen: dict[float, str] | None = None) -> Iterator[Figure]:
    text = art.text
    raw_warnings: list[Warning_] = []
    mentions = find_mentions(text, sent.start, sent.end, raw_warnings, spaced)
    for w in raw_warnings:
        warnings.append(f"{art.path}:{line_of(text, w.start)}: {w.message}")
    if not mentions:
        return
    times: list[TimeExpr] | None = None
    pending: list[tuple[Mention, str | None]] = []
    other_count = False  # the last count with a noun was of something else
    other_starts: list[int] = []  # counts of something else, for list items beside them
    valid_seen = False  # a count of people, permits or visas came earlier in the sentence
    for mi, m in enumerate(mentions):
        unit: str | None
        if m.kind == "usd":
            unit = "usd"
            if not_workers_money(text, m, sent):
                continue  # "$3 billion annual export revenue", "US$350 for an Indonesian crewman", "$4.99"
            if text.startswith("US", m.start) and not text.startswith(("US$", "USD"), m.start) and \
                    _count_unit(text, m, sent) not in (None, "other"):
                continue  # "the US 2,000 troops": a count after the country, not dollars
        elif m.kind == "percent":
            if _COUNT_BRACKET_BEFORE.search(text, max(sent.start, m.start - 16), m.start) or named_in_brackets(text, m, sent):
                continue  # "4,100 (2.3%) North Koreans": the count's share of a total, no metric's share
            if m.word is None and _OF_SOMETHING.match(text, m.end, sent.end) and not _FRACTION_OK.match(text, m.end, sent.end):
                continue  # "75 percent of refined oil products": a share of something else
            if _WORKERS_KEEP_BEFORE.search(text, max(sent.start, m.start - 90), m.start) and not state_keeps(text, m, sent) or WORKER_KEEPS_LITTLE.search(text, max(sent.start, m.start - 170), m.start) or _COMPARISON_AFTER.match(text, m.end, sent.end) \
                    or _FIRED_BEFORE.search(text, max(sent.start, m.start - 30), m.start) \
                    or kaesong_share(text, m, sent) or OF_TRADE_AFTER.match(text, m.end, sent.end):  # ("60 percent of the cash paid at the Kaesong zone")
                continue  # "allowed to keep one-third of their earnings", "take home no more than 40%", "40 percent less": no share the metrics know
            if _SPREAD_AFTER.match(text, m.end, sent.end) or _END_UP_IN.match(text, m.end, sent.end) or UPKEEP_AFTER.match(text, m.end, sent.end):
                continue  # "Up to 80 per cent of them go to China and Russia": where workers are, no share the metrics know
            if refast.in_sentence(_MACRO, text, sent.start, sent.end) or pay_change(text, m, sent):
                continue  # "High inflation – 9.5% in December", "wages in Russia grew by 9.2%": the host's economy; "their pay rose 20%": a change
            if m.word == "fraction":
                if not (_FRACTION_OK.match(text, m.end, sent.end) or _BY_FRACTION.search(text, max(sent.start, m.start - 110), m.start)
                        or _KEEPS_FRACTION.search(text, max(sent.start, m.start - 40), m.start)) or _ORDINAL_BEFORE.search(text, max(sent.start, m.start - 12), m.start):
                    continue
            unit = "percent"
        else:
            unit = _count_unit(text, m, sent)
            if unit == "inherit" and other_count and _OF_THEM.match(text, m.end, sent.end) and not _OF_THEM_NK.match(text, m.end, sent.end):
                continue  # "Russians made 6,180 trips, around 1,900 of them as tourists": parts of something else
            if unit in ("people", "permits", "visas") or (unit == "other" and not TIMES_AFTER.match(text, m.end, sent.end)):
                other_count = unit == "other"  # ("twelve times as many" counts nothing)
                valid_seen = valid_seen or not other_count
                if other_count:
                    other_starts.append(m.start)
                    note_ruled_out(text, m, sent, seen)  # ("Thirteen waitresses defected ... the other 13": told again)
            if unit == "other" or told_again_ruled_out(text, m, sent, seen) or _GATES[0](text, sent.start, sent.end) and _NOT_A_COUNT_BEFORE.search(text, max(sent.start, m.start - 40), m.start) \
                    and not NK_NOUN.match(text, m.end, sent.end) or _NOT_A_COUNT_AFTER.match(text, m.end, sent.end) or is_label(text, m, sent):
                continue
            if unit is None and _WHOSE_NUMBER.search(text, max(sent.start, m.start - 60), m.start):
                unit = "people"  # "North Korean citizens, whose total numbers in Russia have peaked at 37,000"
            if unit is None and _FIGURE_NOUN_BEFORE.search(text, max(sent.start, m.start - 90), m.start):
                unit = "refer"  # "the number had fallen to 12,306": what the paragraph was counting
            if unit is None and _INHERIT_BEFORE.search(text, max(sent.start, m.start - 60), m.start):
                unit = "inherit"
                if other_count and not valid_seen and _PARTS_BEFORE.search(text, max(sent.start, m.start - 100), m.start):
                    continue  # "12 medical clinics, including four in the capital": parts of something else
            if unit is None and m.word is None:
                unit = "numberof" if _facts(text, sent).number_of else None
            if unit is None and m.word is None and after_vague_people(text, m, sent):
                unit = "people"
            if unit is None and (in_list(text, mi, mentions, sent) or _PARTICIPLE_AFTER.match(text, m.end, sent.end)):
                unit = "list"
            if unit is None and m.word is None and ((m.value or 0) >= 10 or (m.low or 0) >= 10 and not 1900 <= (m.low or 0) <= 2100) \
                    and _facts(text, sent).people \
                    and not _OF_SOMETHING.match(text, m.end, sent.end) or unit is None and "|" in text[sent.start:sent.end] \
                    and pipetable.counts_people(text, sent, m, art.body_start):
                unit = "inherit"  # a headline's bare count: "North Korean arrivals in Russia up 12 times: 13.5K in 2024"; "Qatar | 2,600 |" under "Workers | |"
            if unit is None and (unit := refers_back(text, m, sent, seen or {})) is None:
                continue  # ("the 64 Asians": a count the article gave before)
            if (unit in ("inherit", "refer", "numberof", "list") and is_date_part(text, m)) or is_day_of_month(text, m) \
                    or is_dated_year(text, m):
                continue
            if m.value is not None and m.value != int(m.value) and m.word is None and not re.search(r"[a-z]", text[m.start:m.end], re.I):
                warnings.append(f"{art.path}:{line_of(text, m.start)}: ambiguous count {text[m.start:m.end]!r} (decimal or thousands?): no figure taken")
                continue
        if _GATES[1](text, sent.start, sent.end) and (_HYPOTHETICAL.search(text, max(sent.start, m.start - 40), m.start) or _IF_THEN.match(text, sent.start, m.start)) \
                or projected(text, m, sent) or _NOT_TALKING_BEFORE.search(text, max(sent.start, m.start - 30), m.start):
            continue
        if m.kind == "percent" and "xplanation" in text[max(sent.start, m.start - 80):m.start] \
                and _RULE_WHY.search(text, max(sent.start, m.start - 80), m.start):
            continue  # the resolution's reporting rule quoted, not a reported share
        if m.kind == "count" and m.word and (m.value or 0) <= 12 and GENERIC_PEOPLE_AFTER.match(text, m.end, sent.end) and not breakdown_item(text, m, sent):
            continue  # "the two men said", "killed three men": people in the story, not a count of workers
        if m.kind == "count" and after_troops(text, m, sent):
            continue  # "sent soldiers already over 10,000 people": troops are not workers
        if m.kind == "count" and IN_NORTH_KOREA_AFTER.match(text, m.end, sent.end):
            continue  # "employs some 4,000 artists in Pyongyang": at home, not abroad
        pending.append((m, unit))
    # counts whose unit comes from a neighbour ("of which some 30,000", "from 30,023 to ...")
    first: list[tuple[Mention, str | None]] = []
    neigh = [u for _, u in pending if u in ("people", "permits", "visas")][:1]
    about_people = None

    def people_here() -> bool:
        nonlocal about_people
        if about_people is None:
            f = _facts(text, sent)
            about_people = bool(f.people or f.number_of or (para_people is not None and para_people(sent)))
        return about_people

    weak = {id(m) for m, u in pending if u in ("inherit", "refer", "numberof", "list")}  # units not read off a noun
    earlier: str | None = None  # the unit of the last count before, read as the loop goes
    for m, unit in pending:
        if unit == "refer" and earlier and not neigh:
            unit = earlier  # "44 were still employed, but by June the number had dropped to five"
        if unit in ("refer", "inherit") and _PERMIT_HOLDERS.search(text, max(sent.start, m.start - 90), m.start):
            unit = "permits"  # "permit holders fall to 1,126", "put the number holding permits at about 3,300"
        if unit == "refer":
            unit = "inherit" if neigh or _facts(text, sent).number_of or not para_unit else para_unit
        if unit in ("inherit", "numberof"):
            named = _facts(text, sent).number_of  # "the number of valid permits stood at 407"
            # this corpus counts people: "numbering 19,000 and 20,000" with no noun at all is people
            unit = neigh[0] if neigh else named if named else None if m.word and not para_unit and _OF_THEM.match(text, m.end, sent.end) and not of_them_nationals(text, m, sent) else (
                "people" if unit == "numberof" or _OF_THEM.match(text, m.end, sent.end) or people_here()
                else para_unit or ("permits" if _facts(text, sent).permits else "visas" if _facts(text, sent).visas else "people"))
        first.append((m, unit))
        if unit in ("people", "permits", "visas"):
            earlier = unit
    resolved: list[tuple[Mention, str]] = []
    with_unit = [(o.start, u) for o, u in first if u in ("people", "permits", "visas")] or [(st, "other") for st in other_starts]
    for m, unit in first:
        if unit == "list":
            # an item of a list whose noun is written once: "1,500 in the UAE, 2,000 in Qatar
            # and 800 in Oman"; the nearest item with a unit, else the paragraph's last count
            # unit, else people when the passage is about people
            k = bisect.bisect_left(with_unit, (m.start, ""))
            sib = [(abs(with_unit[j][0] - m.start), with_unit[j][1]) for j in (k - 1, k) if 0 <= j < len(with_unit)]
            unit = min(sib)[1] if sib else None if m.word else para_unit if para_unit else "people" if people_here() else None
            if unit == "other":
                continue  # "12 medical clinics, including four in the capital": an item of a list of something else
        if unit is None or (id(m) in weak and _facts(text, sent).foreign) or (_facts(text, sent).foreign and unit != "people"):
            continue
        resolved.append((m, unit))
    out: list[Figure] = []
    all_spans = tuple((o.start, o.end) for o, _ in resolved)
    # the previous sentence of the paragraph, for metrics that need a word such as "month"
    # ("They are paid $700 a month. Of that, $500 goes to the state.")
    prev_low = text[prev_start:sent.start].lower() if prev_start is not None else ""
    # figures of each kind, in text order (as resolved is), built once per sentence
    by_kind = {k: tuple((o.start, o.end) for o, _ in resolved if o.kind == k) for k in {o.kind for o, _ in resolved}}
    for m, unit in resolved:
        spans = by_kind[m.kind]  # (its own span too: it never stands between itself and a cue)
        if unit == "people":
            # "North Koreans with valid work permits", "visas were granted to 1,320 nationals"
            f = _facts(text, sent)
            holding = _GATES[2](text, sent.start, sent.end) and _HOLDING.match(text, m.end, sent.end)
            if _WHOSE_NUMBER.search(text, max(sent.start, m.start - 60), m.start) or (holding and _LEFT_AFTER.match(text, m.end, sent.end)):
                allowed: tuple[str, ...] = ("people",)  # "citizens, whose numbers peaked at 37,000"; "35 workers with valid permits just left"
            elif holding:
                allowed = ("permits",)  # "1,204 North Koreans holding valid work permits"
            else:
                allowed = ("people",) + (("permits",) if f.permits else ()) + (("visas",) if f.visas and f.visa_issue and not _AT_WORK.match(text, m.end, sent.end) else ())
        else:
            allowed = (unit,)
        nk = unit in ("people", "permits", "visas") and (NK_NOUN.match(text, m.end, sent.end) is not None
                                                          or (m.value or 0) < 1e6 and ABROAD_NOUN.match(text, m.end, sent.end) is not None)
        mt = choose_metric(text, sent, m.start, m.end, allowed,
                           None if nk else m.value if m.value is not None else m.high if m.high is not None else m.low,
                           spans, prev_low)
        if mt is None and not (m.kind == "usd" and revenue_named_before(text, sent, m, prev_low) and (mt := next(x for x in metrics() if x.name == "annual_revenue"))):
            continue  # (a sum named again: "the more likely figure is $250 million")
        if times is None:
            times = find_times(text, sent.start, sent.end, pub)
        t = choose_time(text, sent, times, m.start, m.end, all_spans)
        if t is not None and ((t.end <= m.start and _NOW.search(text, t.end, m.start)) or (  # "340 in 2015 and now has 95"
                _NOW.search(text, *clause(text, sent, m.start)) and not (t.start >= clause(text, sent, m.start)[0] and t.basis == "stated"))):
            t = None if pub is None else TimeExpr(t.start, t.end, pub.year, "relative")  # "... in 2024, and 5,000 are there now"
        fr = frame(sent, True) if frame is not None and t is not None and t.shift is not None else None
        if fr is not None and t is not None and t.shift is not None:
            # "A year later ...", "that year": counted from the year the paragraph has set
            year, basis, ttext = fr.year + t.shift, "paragraph", text[t.start:t.end]
        elif t is not None and t.year is not None:
            year, basis, ttext = t.year - opens_change_over(text, sent, t, m.start, m.end), t.basis, text[t.start:t.end]
        elif frame is not None and (not _facts(text, sent).present or pipetable.is_row(text, sent)) and \
                (fr := frame(sent)) is not None and not (pub is not None and fr.year > pub.year and _PAST.search(text, sent.start, sent.end)):  # (a year still ahead is no past tense's)
            year, basis, ttext = fr.year, "paragraph", text[fr.start:fr.end]
        elif pub is not None:
            year, basis, ttext = pub.year, "publication", None
        else:
            year, basis, ttext = None, "unknown", None
        place = place_of(sent, m.start, m.end)
        size = max(v for v in (m.value, m.low, m.high, 0.0) if v is not None)
        if mt.unplaced and size >= mt.unplaced_from and not _facts(text, sent).there and (
                place is None or (own := place_of.in_sentence(sent, m.start, m.end)) is None or min(abs(own.end - m.start), abs(own.start - m.end)) > _ATTACHED):
            place = Place(m.start, m.start, mt.unplaced, True)  # no words: place_text stays empty
        qual = m.qualifier
        if qual == "an estimated":
            qual = "estimated"
        out.append(Figure(
            source=art.source, start=m.start, end=m.end, text=text[m.start:m.end],
            value=m.value, low=m.low, high=m.high, unit=mt.unit, metric=mt.name,
            country=place.code if place else None, year=year, year_basis=basis, qualifier=qual,
            sentence=_facts(text, sent).collapsed, time_text=ttext,
            place_text=(" ".join(text[place.start:place.end].split()) or None if place else None),
        ))
    if len(out) > 1 and "respectively" in _facts(text, sent).low:
        pair_respectively(text, sent, out, place_of.sentence_hosts(sent), times or [])
    yield from out


_ATTACHED = 100  # characters: a place further from a large sum in its sentence ("The Yangon closure ... the $500 million") is not its place
_FOREIGN_PASSAGE = refast.lazy(r"\b(?:foreign|migrant|expatriate)[ \u00a0]+(?:workforce|workers|labou?r|labou?rers|nationals|residents)\b|\bforeigners\b", re.I)
_THERE = refast.lazy(r"\bthere\b", re.I)
_KEEPS_FRACTION = refast.lazy(r"\b(?:keeps|kept|take|takes|took|retains|retained|confiscates|confiscated|pockets|pocketed|skims|collects|"
                             r"collected|receive|receives|received|get|gets|got|repatriated|deported|expelled|sent[ \u00a0]+(?:home|back))[ \u00a0]+(?:(?:about|around|roughly|nearly|almost|more than|over|at least|up to|only)[ \u00a0]+)?$", re.I)
_BY_FRACTION = refast.lazy(r"\b(?:reduced|cut|fell|fallen|dropped|shrank|shrunk|declined|decreased|grew|grown|rose|risen)\b[^.;]{0,90}\bby[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$", re.I)
_END_UP_IN = refast.lazy(r"[ \u00a0]+(?:end|ended|ends)[ \u00a0]+up[ \u00a0]+in\b|[ \u00a0]+(?:going|go|goes|went|sent)[ \u00a0]+to[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:businesses|factories|industry|industries|sectors?|plants|farms)\b")  # "of which 20% end up in the Far East", "60% going to fishery businesses"
_SPREAD_AFTER = refast.lazy(r"[ \u00a0]+(?:work|worked|live|lived|are|were)[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]|[ \u00a0]+of[ \u00a0]+(?:them|the[ \u00a0]+workers|these[ \u00a0]+workers|all[ \u00a0]+workers)[ \u00a0]+(?:go|went|are|were|work|worked|live|lived|are[ \u00a0]+based)[ \u00a0]+(?:to|in)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]"
                           r"|[ \u00a0]+of[ \u00a0]+(?:such|the|these|those|them)\b[^.;]{0,40}?\bwork(?:ed|s)?[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+[ \u00a0]+(?:sector|industry)")  # "55 percent of these North Koreans work in the building sector"
_MACRO = refast.lazy(r"\b(?:inflation|unemployment|GDP|economic growth|interest rates?|consumer prices|stocks|(?:wages|salaries|pay)(?:[ \u00a0]+in[ \u00a0]+[A-Z][\w’']*)?[ \u00a0]+(?:grew|rose|increased|fell|dropped)[ \u00a0]+by)\b", re.I)
_COUNT_BRACKET_BEFORE = refast.lazy(r"[0-9][ \u00a0]*\([ \u00a0]*$")
_WORKERS_KEEP_BEFORE = refast.lazy(r"\b(?:workers?|they|he|she|men|women|Koreans|labou?rers|employees|staff|seamstresses|agents|operatives|(?<=[Ss]ome )will)\b[^.;,]{0,70}?"
                                  r"\b(?:keep|keeps|kept|keeping|retain|retains|retained|(?<=only )earn(?:s|ed)?|earn(?:s|ed|ing)?(?=[ \u00a0]+(?:only|just|as[ \u00a0]+little[ \u00a0]+as|barely|merely|a[ \u00a0]+mere)\b)|take[ \u00a0]+home|takes[ \u00a0]+home|took[ \u00a0]+home|taking[ \u00a0]+home|receive|receives|received|receiving|save|saved|get|gets|getting|see|sees|saw)[ \u00a0]+"
                                  r"(?:(?:no[ \u00a0]+more[ \u00a0]+than|only|just|less[ \u00a0]+than|as[ \u00a0]+little[ \u00a0]+as|about|around|roughly|approximately|barely|merely|a[ \u00a0]+mere|at[ \u00a0]+(?:best|most))[ \u00a0]+)?$|"
                                  r"\b(?:reflecting|paid(?:[ \u00a0]+them)?)[ \u00a0]+(?:only|just|less[ \u00a0]+than|no[ \u00a0]+more[ \u00a0]+than)[ \u00a0]+$|\bto[ \u00a0]+take[ \u00a0]+home[ \u00a0]+(?:(?:only|just|about|around|barely)[ \u00a0]+)?$|"
                                  r"\b(?:leaving|leaves|left)(?:[ \u00a0]+(?:them|him|her|workers|the[ \u00a0]+workers))?[ \u00a0]+(?:(?:only|just|about|around|barely|merely|a[ \u00a0]+mere)[ \u00a0]+)?$"
                                  r"|\b(?:workers?|they|employees|staff|themselves|waitresses)[ \u00a0]+(?:(?:only|just|themselves)[ \u00a0]+)*(?:receive|receives|received|get|gets|got|keep|keeps|kept)[ \u00a0]+(?:only[ \u00a0]+)?a[ \u00a0]+(?:cut|share)[ \u00a0]+of[ \u00a0]+$", re.I)
_FIRED_BEFORE = refast.lazy(r"\b(?:fired|dismissed|sacked|laid[ \u00a0]+off)[ \u00a0]+(?:(?:less|more|fewer)[ \u00a0]+than[ \u00a0]+|about[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+|over[ \u00a0]+)?$")  # "fired less than half of the labor force": one firm's staff, no share the metrics know
_COMPARISON_AFTER = refast.lazy(r"[ \u00a0]+(?:less|more|lower|higher|fewer|cheaper|increase|rise|jump|growth|decline|decrease|surge|effective|accurate|certain|sure|successful|complete|correct|safe|reliable)\b|[ \u00a0]+of[ \u00a0]+what[ \u00a0]+(?:the[ \u00a0]+)?(?:(?-i:[A-Z][a-z]+)|local)[ \u00a0]+(?:workers|labou?rers|nationals|staff)\b"
                                r"|[ \u00a0]+of[ \u00a0]+what[ \u00a0]+(?:he|she|they|it|the[ \u00a0]+\w+)[ \u00a0]+would[ \u00a0]+(?:have[ \u00a0]+)?(?:paid|pay|earned|earn)\b", re.I)  # ("half of what he would have paid Russian workers")  # ("half of what Mongolian workers earn"; "never 100% effective": a degree)
_OF_SOMETHING = refast.lazy(r"[ \u00a0]+of[ \u00a0]+")
_CLOCK_AFTER = refast.lazy(r"[ \u00a0]*(?:in[ \u00a0]+the[ \u00a0]+)?(?:morning|evening|night|afternoon|a\.m\.?|p\.m\.?|am\b|pm\b|o['’]clock)", re.I)
_PRESENT = refast.lazy(r"\b(?:now|today|currently|at present|presently|these days|still|remain|remains|are|is|has|have|will|(?:usually|typically|generally|normally|routinely)[ \u00a0]+(?:takes|keeps|pays|gets|receives|earns|sends|remits|confiscates|collects|deducts|withholds|pockets|demands))\b", re.I)  # (the future too: "Russia will get 22,000"; habits: "usually takes")
_NOW = refast.lazy(r"\b(?:now|today|currently|at present|presently|these days)\b", re.I)
# a past-tense verb: without one, a sentence speaks of the present ("Minders keep 60 percent")
_PAST = refast.lazy(r"\b(?:was|were|had|did|went|left|came|took|kept|paid|sent|gave|got|made|rose|fell|grew|"
                   r"stood|brought|fled|held|spent|saw|began|became|found|put|cut|ran|won|lost|"
                   r"(?!(?:estimat|report|add|not|stat|explain|claim|believ|quot|cit|publish|releas|updat|relat|bas)ed\b)[a-z]+ed)\b", re.I)
# the patterns searched in every sentence or back from every figure, led by the characters a
# match starts with (analysis/refast.py): the same matches, without trying each at every position
_PEOPLE_IN_SENTENCE, _FOREIGN_PASSAGE, _PAST, _PRESENT, _NOW, _THERE, _INHERIT_BEFORE, _FIGURE_NOUN_BEFORE, \
    _NOT_A_COUNT_BEFORE, _HYPOTHETICAL, _KEEPS_FRACTION, _BY_FRACTION, _NUMBER_OF, \
    _ORDINAL_BEFORE, _PAREN_BEFORE, _VISA_ISSUE, _PERMIT_NOUN, _VISA_NOUN, _AUTHORISATION_NOUN = (refast.fast(p) for p in (
        _PEOPLE_IN_SENTENCE, _FOREIGN_PASSAGE, _PAST, _PRESENT, _NOW, _THERE, _INHERIT_BEFORE, _FIGURE_NOUN_BEFORE,
        _NOT_A_COUNT_BEFORE, _HYPOTHETICAL, _KEEPS_FRACTION, _BY_FRACTION, _NUMBER_OF,
        _ORDINAL_BEFORE, _PAREN_BEFORE, _VISA_ISSUE, _PERMIT_NOUN, _VISA_NOUN, _AUTHORISATION_NOUN))
_GATES = tuple(refast.Gate(p) for p in (_NOT_A_COUNT_BEFORE, _HYPOTHETICAL, _HOLDING))  # refast.Gate: not searched in a sentence without their words


def extract_article(art: Article) -> Extraction:
    """Every figure in an article's body, automatic extraction only (no curation)."""
    line_spans = lines(art.text, art.body_start)
    cuts = find_cuts(art.text, art.body_start, line_spans)
    sents = sentences(art.text, art.body_start, cuts, line_spans, str(art.meta.get("title") or "") or None)
    finder = PlaceFinder(art.text, sents)
    warnings: list[str] = []
    figures: list[Figure] = []
    hit: int | None = -1  # the first digit or number word at or after the sentence, searched for past the last (a match never starts inside another: what finditer finds)
    para, para_unit = -1, None
    spaced, written = spaced_style(art.text, art.body_start), section_dates(art.text, art.body_start, art.published)
    frames = ParagraphFrame(art.text, sents, written, _PEOPLE_IN_SENTENCE)
    prev: Sentence | None = None
    seen: dict[float, str] = {}  # the counts given so far, for a count told again ("the 64 Asians")
    for s in sents:
        if s.paragraph != para:  # ("Other comparable figures were 350 in 2009, ...": the unit before goes on)
            para, para_unit = s.paragraph, (para_unit if continues_data(art.text, s) else None)
        hit = hit if hit is None or hit >= s.start else next((h.start() for h in [_CANDIDATE.search(art.text, s.start)] if h), None)
        here, prev = prev, s
        if hit is None or hit >= s.end:
            continue  # no digit and no number word: no figure
        found = list(_figures_in_sentence(art, s, written(s.start), finder, warnings, para_unit, frames, frames.about_people,
                                          here.start if here is not None and here.paragraph == s.paragraph else None,
                                          spaced, seen))
        counts = [f.unit for f in found if f.unit in ("people", "permits", "visas")]
        para_unit = counts[-1] if counts else para_unit
        figures.extend(found)
        seen.update((f.value, f.unit) for f in found if f.value is not None and f.unit in ("people", "permits", "visas"))
    for f, a in zip(figures, attribute(art.text, sents, figures, [str(art.meta.get(k) or "") for k in ("outlet", "agency")])):
        f.claimant, f.claimant_kind, f.via = a.claimant, a.kind, a.via
    return Extraction(art, figures, cuts, warnings)


def extract_text(text: str, source: str = "text", published: str | None = None) -> list[Figure]:
    """Figures in a string: the library entry point behind `extract`."""
    from .article import parse_pubdate, split_front_matter

    meta, body_start, _ = split_front_matter(text, source)
    date = published or meta.get("published")
    pub = parse_pubdate(date, source) if date is not None else None
    return extract_article(Article(source, source, text, body_start, meta, pub)).figures
