"""Time expressions in a sentence, resolved to calendar years against the article's
publication date: "in late 2018", "last year", "a year earlier", "since September",
"in March last year". Each resolution says how it was reached (stated or relative)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence, TypeVar

from . import refast
from .article import PubDate
from .placefinder import clause
from .segment import Sentence, in_link

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
# a month name as the press writes it ("September", "Sept.", "Dec."); extract.py uses it too
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (and in capitals, as a masthead writes them: "SUNDAY, 22 MARCH 2015")
MONTH_PATTERN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|" \
    r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![a-zA-Z])"
PANDEMIC_YEAR = 2020  # borders closed for COVID-19 early in the year: "before the pandemic" is the year before
_NUMWORD = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

_EXPR = refast.lazy(
    r"(?P<explicit>(?:\b(?:early|late|mid-?|the (?:end|start|beginning|middle|first half|second half) of)[ \u00a0]+)?"
    rf"(?:(?P<emonth>{MONTH_PATTERN})[ \u00a0]+(?:\d{{1,2}},?[ \u00a0]+)?)?(?<![\d,.$])(?P<year>(?:19|20)\d{{2}})(?!\d|,\d|-year))"
    rf"|(?P<mrel>\b(?P<mprep>last|this|next|since|in|by|until|through|from|as of|early|late|in early|in late|mid-|end of|the end of|start of|the start of|beginning of|the beginning of|end-|on|as recently as|as late as|as early as|during)[ \u00a0]+(?P<month>{MONTH_PATTERN})(?![ \u00a0]*(?:\d{{1,2}},?[ \u00a0]+)?(?:19|20)\d{{2}})"
    r"(?:[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d|[ \u00a0]*[-–]))?(?![ \u00a0]+\d)"
    r"(?:[ \u00a0]+(?:of[ \u00a0]+)?(?P<myear>last year|this year|next year|that year|the same year))?)"
    r"|(?P<yrel>(?<!her )(?<!his )(?<!its )(?<!their )(?<!our )(?<!my )\b(?:the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+)?(?P<which>last|this|next|past)[ \u00a0]+year)"
    r"|(?P<ago>\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \u00a0]+(?P<span>years?|decades?)[ \u00a0]+(?P<dir>ago|earlier|before|later))"
    r"|(?P<prev>\bthe[ \u00a0]+(?:previous|prior|preceding)[ \u00a0]+year|the[ \u00a0]+year[ \u00a0]+before)"
    r"|(?P<monthrel>\b(?P<mwhich>last|this)[ \u00a0]+month)"
    r"|(?P<that>\b(?:that|the same|that same)[ \u00a0]+year\b)"
    rf"|(?P<weekday>\b(?:on|as of|since|by|last|this|until)[ \u00a0]+{_WEEKDAYS}\b|\b(?:this|last)[ \u00a0]+week\b)"
    r"|(?P<sincethen>\bsince[ \u00a0]+then\b|\b(?:have|has|had)[ \u00a0]+since\b)"
    r"|(?P<quarter>\b(?:Q(?P<qd>[1-4])|(?P<qw>first|second|third|fourth)[ \u00a0]+quarter)\b(?![ \u00a0]*(?:of[ \u00a0]+|,[ \u00a0]*)?(?:19|20)\d{2})"
    r"(?:[ \u00a0]+of[ \u00a0]+(?P<qyear>last|this|next)[ \u00a0]+year)?)"
    r"|(?P<qprev>\bthe[ \u00a0]+(?:previous|prior|preceding|last)[ \u00a0]+quarter\b)"
    r"|(?P<prepandemic>\b(?:before|prior[ \u00a0]+to)[ \u00a0]+the[ \u00a0]+(?:(?:COVID(?:-19)?|Covid(?:-19)?|coronavirus)[ \u00a0]+)?pandemic\b)",
    re.I,
)


_HINT = refast.lazy(r"(?:19|20)[0-9][0-9]|[Yy]ear|andemic|ecade|[Mm]onth|since|day\b|[Ww]eek|Q[1-4]\b|quarter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|YEAR|MONTH")
_LAW_BEFORE = refast.lazy(r"\b(?:No\.|Law|Act|Decree|Order|Resolution)[ \u00a0]*(?:No\.[ \u00a0]*)?[0-9/]+[ \u00a0]+of[ \u00a0]+$")
_EVENT_NAME = refast.lazy(r"[ \u00a0]+[A-Z][a-z]")
_EVENT_BEFORE = refast.lazy(r"\b(?:World[ \u00a0]+Cup|Olympics|Olympic[ \u00a0]+Games|Asian[ \u00a0]+Games|Expo|Winter[ \u00a0]+Games|Universiade)[ \u00a0]+$")
_THE_BEFORE = refast.lazy(r"(?:\bthe|\bits|\btheir|\ban?|['’]s)[ \u00a0]+$", re.I)
_EVENT_NOUN = refast.lazy(r"[ \u00a0]+(?:UN[ \u00a0]+|U\.N\.[ \u00a0]+|Security[ \u00a0]+Council[ \u00a0]+)?(?:(?:mutual|defen[cs]e|military|security|peace|bilateral|partnership|cooperation)[ \u00a0]+){0,3}(?:ban|decree|resolution|sanctions|law|treaty|summit|agreement|accord|crackdown|nuclear[ \u00a0]+test|offensive|counteroffensive|invasion|incursion)\b")
_HAD = refast.lazy(r"\bhad[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:[a-z]+(?:ed|en)|come|gone|left|sent|returned)\b")  # "By October 12, 14,100 had come back": a past "by"
_WILL = refast.lazy(r"\b(?:will|would|shall)\b")


# (no deadline or plan between the verb and "by": "was told to send home ... by December", "is expected to halve by September")
_WAS_BEFORE = refast.lazy(r"\b(?:were|was|had)\b(?![^.;]*?\b(?:will|would|shall|must|should|to[ \u00a0]+[a-z]+|plans?|planned|planning|expected|required|told|asked|ordered|deadline|due|is|are)\b)[^.;]{0,100}$")


def _past_by(text: str, start: int, mstart: int, pos: int, end: int) -> bool:
    """ "By October 12, 14,100 had come back": a "by" month the clause after it puts in the
    past perfect, close by and with no "will" first (not "By October, 2,400 will go home who
    had arrived ..."); or one after a past verb with no modal between ("There were still 13,000
    left in Russia by October", in January: last October)."""
    h = _HAD.search(text, pos, min(end, pos + 60))
    return h is not None and not _WILL.search(text, pos, h.start()) or _WAS_BEFORE.search(text, max(start, mstart - 110), mstart) is not None


_FUTURE_BEFORE = refast.lazy(r"\b(?:will|would|shall|due|set|expires?|expiring)(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]*$")  # "permits which would expire in June"
_NUMBER_RANGE_BEFORE = refast.lazy(r"(?<![\w,.\-/–])([0-9]{3,4})[ \u00a0]*(?:to|-|–)[ \u00a0]*$")
_PLAN_BEFORE = refast.lazy(r"\b(?:plans?|planning|scheduled|intends?|intending|prepares|preparing)[ \u00a0]+to\b|\bwill\b")
_STARTING_BEFORE = refast.lazy(r"\b(?:starting|beginning)[ \u00a0]+$")  # "plan to send ... starting in early March"
_STILL_OR_SENT = refast.lazy(r"\b(?:still|remain|remains|remained|now|sent|dispatched|deployed|arrived|came)\b")
_EVENT_AFTER = refast.lazy(r"[ \u00a0]+(?:the[ \u00a0]+|his[ \u00a0]+|her[ \u00a0]+|their[ \u00a0]+|[A-Z][\w.-]*['’]s[ \u00a0]+)?[a-z]+")
_SOURCE_AFTER = refast.lazy(r"[ \u00a0]+(?:statistics|data|figures|estimates?|census|report|survey)\b", re.I)  # "according to January 2017 statistics"
_TO_NEXT = refast.lazy(r"\bto\b")  # the later figure ends a change: "from 34,000 at the end of 2017 to about 11,000"
_SOURCE_FOR = refast.lazy(r"\b(?:estimates?|figures?|numbers?|data|report|survey|count|census|statistics|tally|records)[ \u00a0]+(?:for|from|of|in|at|as[ \u00a0]+of)[ \u00a0]+"
                         r"(?:the[ \u00a0]+(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?$", re.I)  # "... that was the figure at the end of 2017"
# figures that share what follows them: "14 and 27 workers in 2014", "two-thirds of some 30,000 ... during 2018"
_JOINER = refast.lazy(r"[ \u00a0]*(?:,|and|or|,[ \u00a0]*and|(?:out[ \u00a0]+)?of(?:[ \u00a0]+(?:some|about|around|nearly|roughly|almost|an[ \u00a0]+estimated))?)[ \u00a0]*"
                     r"|(?:[ \u00a0]+[a-z]+){1,2}[ \u00a0]+(?:and|or)[ \u00a0]+"  # "2,100 tourist (visas) and 2,500 student visas ... in 2018"
                     r"|[ \u00a0]*\(")  # "4,100 (2.3%) North Koreans visited China last year": a share in brackets
_OF_THE_JOIN = refast.lazy(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:(?:some|about|around|nearly|roughly|almost|estimated)[ \u00a0]+)?")
_OPENS_CLAUSE = refast.lazy(r"[\s\"“‘'(]*(?:(?:some|about|around|nearly|roughly|almost|more[ \u00a0]+than|over|only|just|an[ \u00a0]+estimated)[ \u00a0]+)?", re.I)
_COUNT_BEFORE = refast.lazy(r"\b(?:nearly|about|around|some|almost|more than|fewer than|less than|up to|at least|roughly|approximately|only|just|another)[ \u00a0]+$", re.I)
_MID_DECADE_BEFORE = refast.lazy(r"\b(?:mid|the[ \u00a0]+middle[ \u00a0]+of[ \u00a0]+the)[- \u00a0]?$", re.I)  # ("mid-1980s", "the middle of the 1990s")
_HYPHEN_SPAN_END = refast.lazy(r"[-–](?:19|20)[0-9]{2}\b")
_SPAN_START = refast.lazy(rf"\b(?:between|from)[ \u00a0]+(?:{MONTH_PATTERN}[ \u00a0]+)?$", re.I)
_SPAN_END = refast.lazy(rf"[ \u00a0]+(?:and|to)[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?(?:{MONTH_PATTERN}[ \u00a0]+)?(?:19|20)[0-9]{{2}}\b"
                       r"|[ \u00a0]+(?:and|to)[ \u00a0]+(?:this|last)[ \u00a0]+year\b|[ \u00a0]+(?:and|to)[ \u00a0]+(?:now|today|the[ \u00a0]+present)\b")  # "between 2013 and this year"
_SINCE = refast.lazy(r"\bsince[ \u00a0]+$", re.I)
_BEFORE_YEAR = refast.lazy(r"\b(?:[Pp]rior[ \u00a0]+to|[Bb]efore)[ \u00a0]+$")  # "Prior to 2009, the state took 35%": the years before it
_FOUNDED_BEFORE = refast.lazy(r"\b(?:opened|founded|established|set[ \u00a0]+up|launched|built|started)[ \u00a0]+(?:in|on)[ \u00a0]+$")
_AT_OPENING = refast.lazy(r"\b(?:at[ \u00a0]+(?:its|the)[ \u00a0]+(?:launch|opening|start)|in[ \u00a0]+its[ \u00a0]+first[ \u00a0]+(?:year|months?)|by[ \u00a0]+then|at[ \u00a0]+the[ \u00a0]+time|initially|at[ \u00a0]+first|was[ \u00a0]+hiring)\b")  # ("opened in 2014, had 15 waitresses at its launch")
_AND_NOW_BETWEEN = refast.lazy(r"[^.;]*?(?:\band|,)[ \u00a0]+(?:(?:now|still|currently)[ \u00a0]+)?(?:is|was|are|were|has|had|employs|employed)\b[^.;]*$")  # ("which opened in 2014, employed around 15")
_EVENT_VERB_BEFORE = refast.lazy(r"\b(?:gave|given|made|released|published|issued|announced)[ \u00a0]+$")
_WHO_CLAUSE = refast.lazy(r"\bwho[ \u00a0]+(?:escaped|defected|fled)\b[^,;:]*$")
# "the airline, which last year announced new routes, estimated ...": when the organisation spoke
_WHICH_CLAUSE = refast.lazy(r"\bwhich\b[^,;:]*$")
_ANNOUNCED_AFTER = refast.lazy(r"[ \u00a0]+(?:announced|said|reported|launched|published|stated|unveiled)\b")
_PROJECTION = refast.lazy(r"\b(?:could|may|might|will|would)[ \u00a0]+(?:soon[ \u00a0]+|eventually[ \u00a0]+)?(?:exceed|reach|top|rise|grow|climb|surpass|hit)\b")
# a change and where it began: "up some 8,000 from March 2012"
_CHANGE_BEFORE = refast.lazy(r"\b(?:up|down|rise|fall|increase|decrease|drop)[ \u00a0]+(?:(?:by|of)[ \u00a0]+)?(?:(?:some|about|around|nearly|almost|roughly|more[ \u00a0]+than)[ \u00a0]+)?$", re.I)
_FROM_BASE = refast.lazy(r"(?:[ \u00a0]+[a-z]+){0,3}?[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?(?:early[ \u00a0]+|late[ \u00a0]+|mid-?)?")
# "had returned home since sanctions were tightened last year": a count up to publication
_SINCE_CLAUSE = refast.lazy(r"\bsince\b[^,;:.()0-9]{0,80}$", re.I)
# the patterns searched most, led by the characters a match starts with (analysis/refast.py):
# the same matches, without trying the whole pattern at every position
_EXPR, _HINT, _SINCE_CLAUSE = refast.fast(_EXPR), refast.fast(_HINT), refast.fast(_SINCE_CLAUSE)


def _scan(text: str, start: int, end: int):
    """_EXPR matches, searched only just before each cheap hint (a year, a month name,
    "year", "month"): scanning the whole sentence with the full pattern is the slow part."""
    pos = start
    for h in _HINT.finditer(text, start, end):
        if h.end() <= pos:
            continue
        # an expression is short: look no further than a little past the hint, not to the
        # end of a long sentence (that unbounded search was the slow part of the scan)
        lim = min(end, h.end() + 60)  # (an expression starts at most 32 characters before its hint: "prior to the coronavirus p|andemic")
        m = _EXPR.search(text, max(pos, h.start() - 32), lim)
        while m is not None and m.end() <= h.start():
            pos = m.end()
            yield m
            m = _EXPR.search(text, pos, lim)
        if m is not None and m.start() <= h.end():
            pos = m.end()
            yield m


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    year: int | None
    basis: str  # stated | relative
    anchored: bool = False  # resolved against another expression, not the publication date
    shift: int | None = None  # "a year later" with nothing in its sentence to count from: years from the paragraph's year


def _month_num(s: str) -> int:
    s = s.lower().rstrip(".")
    return MONTHS.get(s) or _ABBR[s]


def find_times(text: str, start: int, end: int, pub: PubDate | None) -> list[TimeExpr]:
    """Time expressions in text[start:end]; years resolved where the date allows. Read once
    per sentence: a figure's sentence and the paragraph frame of the sentences after it ask
    for the same one."""
    return list(_times(text, start, end, pub))


@lru_cache(maxsize=64)
def _times(text: str, start: int, end: int, pub: PubDate | None) -> tuple[TimeExpr, ...]:
    return tuple(_find_times(text, start, end, pub))


def _find_times(text: str, start: int, end: int, pub: PubDate | None) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    last_explicit: int | None = None
    last_any: int | None = None
    last_quarter: int | None = None
    last_past_quarter: int | None = None  # the quarter this sentence last put in last year ("213 in the second quarter", in January)
    links = "://" in text[start:end] or "www." in text[start:end]
    for m in _scan(text, start, end):
        if links and in_link(text, m.start()):
            continue  # "https://example.com/2025/02/05/...": a link's path, no time
        if out and out[-1].year is not None:
            last_any = out[-1].year
        g = m.groupdict()
        py = pub.year if pub else None
        since = _SINCE.search(text, max(start, m.start() - 7), m.start()) or (g["mprep"] or "").lower() == "since" \
            or g["sincethen"] or _SINCE_GATE(text, start, end) and _SINCE_CLAUSE.search(text, max(start, m.start() - 80), m.start()) \
            and not _EVENT_VERB_BEFORE.search(text, max(start, m.start() - 20), m.start())  # ("since the estimate given last October": that October)
        if since and not ((g["explicit"] or g["mrel"]) and _WHEN_COUNT_AFTER.match(text, m.end(), end)):  # ("since 2013, when 50,000 ...": that year's; not "since last July, when their ship ran aground")
            # "since September", "since 2017": a count accumulated up to publication
            out.append(TimeExpr(m.start(), m.end(), py, "relative"))
            continue
        if g["prepandemic"]:
            if _BARE_YEAR.search(text, start, end) or _STILL_OR_SENT.search(text, start, end):
                continue  # a stated year wins; "sent before the pandemic, still there": when they came, not the count's year
            out.append(TimeExpr(m.start(), m.end(), PANDEMIC_YEAR - 1, "stated"))  # "120,000 workers abroad before the pandemic": the last year before it
            continue
        if g["explicit"] and (_EVENT_NAME.match(text, m.end(), end) or _EVENT_NOUN.match(text, m.end(), end)) \
                and _THE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "the 2022 World Cup", "its 2019 ban", "a 2016 UN resolution": an event's name, not when the figure was
        if g["explicit"] and _EVENT_BEFORE.search(text, max(start, m.start() - 24), m.start()):
            continue  # "the World Cup 2022 building sites": the event's name
        if g["explicit"] and not g["emonth"] and _COUNT_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            continue  # "nearly 2000 defectors a year": a count, not a year
        if g["explicit"] and not g["emonth"] and (r := _NUMBER_RANGE_BEFORE.search(text, max(start, m.start() - 14), m.start())) and not _BARE_YEAR.fullmatch(r.group(1)) \
                and text[m.end():m.end() + 1] not in "'’":
            continue  # "RMB 1500 to 2000 a month": the end of a range of numbers, not a year
        if g["explicit"] and _LAW_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "Law No. 14 of 2004": the law's year
        if g["explicit"] and (_HYPHEN_SPAN_END.match(text, m.end(), end) or _SPAN_END.match(text, m.end(), end)
                              and _SPAN_START.search(text, max(start, m.start() - 9), m.start() + (len(g["emonth"]) + 1 if g["emonth"] else 0))):
            continue  # "granted between 2008 and 2015", "from 1997-2016": a total over the span is dated by its end
        if g["explicit"]:
            y = int(g["year"]) - (1 if text[m.start()].isdigit() and _BEFORE_YEAR.search(text, max(start, m.start() - 12), m.start()) else 0)
            if y % 10 == 0 and y % 100 != 0 and text.startswith("s", m.end()) and _MID_DECADE_BEFORE.search(text, max(start, m.start("year") - 20), m.start("year")):
                y += 5  # "in the mid-1980s": the decade's middle year, as annotators of round 61 read it
            out.append(TimeExpr(m.start(), m.end(), y, "stated"))  # ("Prior to 2009, the state took 35%": 2008)
            last_explicit = y
            continue
        if g["mrel"]:
            mo = _month_num(g["month"])
            which = g["mprep"].lower()
            if g["myear"] and g["myear"].lower().startswith(("that", "the same")):
                # "By December of that year": the year the sentence (or, failing that, the paragraph) named
                base = last_explicit if last_explicit is not None else last_any
                out.append(TimeExpr(m.start(), m.end(), base, "relative", anchored=base is not None,
                                    shift=None if base is not None else 0))
                continue
            if g["myear"] is None and which in ("in", "since", "from", "until", "by", "through") and last_explicit is not None:
                y = last_explicit  # "as of July 2016, down from 33 and 30 in January and February": that year
            elif py is None:
                y = None
            elif g["myear"]:
                y = py + {"last year": -1, "this year": 0, "next year": 1}[re.sub(r"\s+", " ", g["myear"].lower())]
            elif which == "last":
                y = py - 1 if (pub.month is None or mo >= pub.month) else py
            elif which == "next":
                y = py + 1 if (pub.month is None or mo <= pub.month) else py
            elif pub.month is not None and mo > pub.month and (which not in ("by", "until", "through", "this") or which == "by" and _past_by(text, start, m.start(), m.end(), end)) \
                    and not _FUTURE_BEFORE.search(text, max(start, m.start() - 30), m.start()) and not (_STARTING_BEFORE.search(text, max(start, m.start() - 12), m.start()) and _PLAN_BEFORE.search(text, start, m.start())):  # ("would expire in June", "plan to send ... starting in March": to come)
                y = py - 1
            else:
                y = py
            out.append(TimeExpr(m.start(), m.end(), y, "relative"))
            continue
        if g["yrel"]:
            which = g["which"].lower()
            past = -1 if which == "past" and re.search(r"\bin[ \u00a0]+the[ \u00a0]+$", text[max(start, m.start() - 8):m.start()], re.I) else 0
            y = None if py is None else py + {"last": -1, "this": 0, "next": 1, "past": past}[which]  # "in the past year" (translated): last year
            out.append(TimeExpr(m.start(), m.end(), y, "relative"))
            continue
        if g["ago"]:
            n = (int(g["n"]) if g["n"].isdigit() else _NUMWORD[g["n"].lower()]) * (10 if g["span"].lower().startswith("decade") else 1)
            sign = 1 if g["dir"].lower() == "later" else -1
            anchor = last_explicit if last_explicit is not None else last_any
            if g["dir"].lower() in ("earlier", "before", "later") and anchor is not None:
                out.append(TimeExpr(m.start(), m.end(), anchor + sign * n, "relative", anchored=True))
            elif g["dir"].lower() == "before" and _EVENT_AFTER.match(text, m.end(), end):
                # "one year before Chon's death": counted from an event the text does not date
                out.append(TimeExpr(m.start(), m.end(), None, "relative"))
            elif g["dir"].lower() in ("earlier", "before", "later"):
                out.append(TimeExpr(m.start(), m.end(), None if py is None else py + sign * n, "relative", shift=sign * n))
            else:
                out.append(TimeExpr(m.start(), m.end(), None if py is None else py + sign * n, "relative"))
            continue
        if g["prev"]:
            # "the previous year" counts back from the last year the sentence named ("last year")
            base = last_explicit if last_explicit is not None else last_any if last_any is not None else py
            out.append(TimeExpr(m.start(), m.end(), None if base is None else base - 1, "relative",
                                anchored=last_explicit is not None or last_any is not None))
            continue
        if g["weekday"]:
            # "as of Monday", "this week": days before publication
            out.append(TimeExpr(m.start(), m.end(), py, "relative"))
            continue
        if g["that"]:
            # "that year": the last year this sentence named, else the paragraph's (the caller's)
            base = last_explicit if last_explicit is not None else last_any
            out.append(TimeExpr(m.start(), m.end(), base, "relative", anchored=base is not None, shift=None if base is not None else 0))
            continue
        if g["quarter"] or g["qprev"]:
            # "in Q4", "the fourth quarter" with no year: the last such quarter begun by publication;
            # "the previous quarter": the one before the last quarter ended by publication
            if pub is None or pub.month is None:
                out.append(TimeExpr(m.start(), m.end(), py, "relative"))
                continue
            now_q = (pub.month - 1) // 3 + 1
            if g["qprev"]:
                y = py if now_q > 2 else py - 1
            else:
                q = int(g["qd"]) if g["qd"] else ["first", "second", "third", "fourth"].index(g["qw"].lower()) + 1
                if g["qyear"]:
                    y = last_quarter = py + {"last": -1, "this": 0, "next": 1}[g["qyear"].lower()]
                elif last_quarter is not None:
                    y = last_quarter  # "the 210 in the second quarter of last year and 150 in the first quarter": that year
                else:
                    # the quarter still running is last year's too when a sibling before it was:
                    # "213 in the second quarter and 153 in the first quarter", in January
                    # (counting down to it, "the second quarter and ... the first"; not "the fourth quarter and the first so far")
                    y = py - 1 if q > now_q or (q == now_q and last_past_quarter == q + 1 and not _SO_FAR.search(text, start, end)) else py
                    last_past_quarter = q if y == py - 1 else None
            out.append(TimeExpr(m.start(), m.end(), y, "relative"))
            continue
        if g["monthrel"]:
            if pub is None or pub.month is None:
                y = py
            else:
                y = py - 1 if (g["mwhich"].lower() == "last" and pub.month == 1) else py
            out.append(TimeExpr(m.start(), m.end(), y, "relative"))
    return out


# ---------------------------------------------------------------- which expression a figure takes
_PERIOD_BOUND = refast.lazy(r"(?:the[ \u00a0]+)?(?:end|close)[ \u00a0]+of\b", re.I)
# "twelve times as many as the year before, with 7,310 of them ...": the compared year, not the next figure's
_COMPARISON_YEAR = refast.lazy(r"\b(?:as[ \u00a0]+(?:many|much)[ \u00a0]+as|than|compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:(?:in|during)[ \u00a0]+)?$"
                              r"|\b(?:rose|risen|fell|fallen|grew|grown|jumped|increased|decreased|dropped|times|percent|%)[^.;,]{0,25}\bfrom[ \u00a0]+$", re.I)  # "rose 12 times from the previous year to top 13,000"
_WHEN_AFTER = refast.lazy(r",?[ \u00a0]+when\b")  # "than in 2023, when 1,126 arrived": that year is the figure's
_WHEN_COUNT_AFTER = refast.lazy(r",?[ \u00a0]+when\b(?:[^.;,]|(?<=[0-9]),(?=[0-9]))*?(?<![\w,.])[0-9][0-9,]*(?![0-9]|,[0-9]|[-‐])")  # a "when" clause that holds a count of its own (not "their 6,700-ton freighter")
_REFERENCE = refast.lazy(r"\b(?:after|before|following|ahead of)[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)
# "sent home under a sanctions resolution adopted in 2017": the measure's date ("when Resolution
# 2397 was adopted in December 2017" dates the figure, and stays)
_ADOPTED = refast.lazy(r"\b(?:resolutions?|sanctions|ban|law|measures)[ \u00a0]+(?:adopted|passed|imposed|enacted)[ \u00a0]+in[ \u00a0]+$", re.I)
_REFERENCE = refast.fast(_REFERENCE)  # searched back from every time expression a figure may take
_SINCE_GATE = refast.Gate(_SINCE_CLAUSE)  # a sentence without 'since' is not searched for a 'since' clause


def _start(t: TimeExpr) -> int:
    return t.start


def _first(span: tuple[int, int]) -> int:
    return span[0]


def _adopted_before(text: str, start: int, end: int) -> bool:
    words = text[start:end]
    return ("dopted" in words or "assed" in words or "mposed" in words or "nacted" in words) and _ADOPTED.search(text, start, end) is not None


_RELEASED_ON = refast.lazy(r"\b(?:released|published|announced|said|reported|showed|issued|told)\b[^.;,]{0,20}?\bon[ \u00a0]+" + _WEEKDAYS + "$")


_T = TypeVar("_T")
NEAR = 8  # items either side of a figure it may take (a sentence seldom holds more in all)
_LONGEST_FIGURE = 320  # characters: room for the longest figure's span


def around(items: Sequence[_T], pos: int, start_of: Callable[[_T], int] | None = None, k: int = NEAR) -> Sequence[_T]:
    """The k items either side of pos, of items in text order. The rules that pick a year or
    a cue for a figure take the nearest ones that fit; farther ones come into play only in a
    table flattened into one sentence, where weighing them all for every figure made the
    work grow with the square of the figures."""
    if len(items) <= 2 * k:
        return items
    i = bisect.bisect_left(items, pos, key=start_of or _first)
    return items[max(0, i - k):i + k]


def choose_time(text: str, sent: Sentence, times: list[TimeExpr], fs: int, fe: int,
                others: tuple[tuple[int, int], ...] = ()) -> TimeExpr | None:
    """The time expression a figure belongs to: the first one after it in the same
    clause ("11 workers a year earlier"), else the nearest one before it in the sentence,
    leaving out one that follows another figure closely ("from 34,000 at the end of 2017
    to about 11,000": that year is the 34,000's). Only the times and figures around it
    are weighed (:func:`around`)."""
    if len(times) > 2 * NEAR:
        times = list(around(times, fs, _start))
    if len(others) > 2 * NEAR:
        lo = min([fs] + [t.start for t in times[:1]]) - _LONGEST_FIGURE
        hi = max([fe] + [t.end for t in times[-1:]])
        others = others[bisect.bisect_left(others, (lo, -1)):bisect.bisect_right(others, (hi, hi))]
    if (ch := _CHANGE_END.match(text, fe, sent.end)) is not None and _CHANGE_START.search(text, max(sent.start, fs - 30), fs) \
            and (span := _SPAN_AFTER_CHANGE.match(text, ch.end(), sent.end)) is not None:
        # "dropped from 30,023 to 11,490 between December 2017 and December 2018": the first end is the span's start
        return TimeExpr(span.start("b"), span.end("y"), int(span.group("y")), "stated")  # (read from "between ...": no bare year to shift)
    if ch is not None and _CHANGE_START.search(text, max(sent.start, fs - 30), fs) \
            and (since := _SINCE_AFTER_CHANGE.match(text, ch.end() - 1, sent.end)) is not None:
        return TimeExpr(since.start("s"), since.end("y"), int(since.group("y")), "stated")  # "fell from 34,000 to 11,000 since 2017": the first is 2017's
    if _UP_FROM_BEFORE.search(text, max(sent.start, fs - 40), fs) and (origin := _since_origin(text, sent, times, fs, fe)) is not None \
            and not any(fe <= t.start < clause(text, sent, fe)[1] and not origin.start <= t.start < origin.end for t in times):  # (not "down from 70,000 in 2016": its own time)
        return origin  # "Since last year, ... has grown, up from approximately 4,000": the count the rise started from
    _, ce = clause(text, sent, fe)
    times = [t for t in times if not (_REFERENCE.search(text, max(sent.start, t.start - 12), t.start)
                                      and not _PERIOD_BOUND.match(text, t.start))
             and not _adopted_before(text, max(sent.start, t.start - 40), t.start)]  # "before the end of 2019" dates it
    # ("Nearly 8,000 of the 13,000 who came in 2024 ...": the part opens the clause, so the whole's year is its)
    part_first = _OF_THE_JOIN.match(text, fe) is not None and _OPENS_CLAUSE.fullmatch(text, clause(text, sent, fs)[0], fs) is not None
    after = [t for t in times if fe <= t.start < ce and not ((c := _CAUSE_BETWEEN.search(text, fe, t.start)) and _RELATIVE.search(text, c.end(), t.start))
             and not any(fe <= os and oe <= t.start and not _JOINER.fullmatch(text, fe, os) and not (part_first and _OF_THE_JOIN.fullmatch(text, fe, os))
                         for os, oe in others)]
    if after and _CHANGE_BEFORE.search(text, max(sent.start, fs - 30), fs) and _FROM_BASE.fullmatch(text, fe, after[0].start):
        after = after[1:]  # "at 40,000 as of January, up some 8,000 from March 2012": that is where the change began
    # "500 a year, a total of 2783 granted in 2015": that year is 2783's ("14 and 27 workers in 2014": both's)
    if after:
        return after[0]
    cs = clause(text, sent, fs)[0]
    # "Kim, a former officer who escaped North Korea in 2006, says that ... 70%": the person's year
    times = [t for t in times if not (t.end <= cs and (_WHO_CLAUSE.search(text, max(sent.start, t.start - 50), t.start) or (
        _ANNOUNCED_AFTER.match(text, t.end) and _WHICH_CLAUSE.search(text, max(sent.start, t.start - 30), t.start))))]
    before = [t for t in times if t.end <= fs and not (_COMPARISON_YEAR.search(text, max(sent.start, t.start - 24), t.start)
                                                     and not _WHEN_AFTER.match(text, t.end))
              and not any(oe <= t.start <= oe + 12 and oe <= fs and os != fs and _TO_NEXT.search(text, t.end, fs)
                          for os, oe in others)]
    if before and _FOUNDED_BEFORE.search(text, max(sent.start, before[-1].start - 30), before[-1].start) \
            and _AND_NOW_BETWEEN.match(text, before[-1].end, fs) and not _AT_OPENING.search(text, before[-1].end, sent.end):
        before = before[:-1]  # "The restaurant opened in 2014 and was employing around 15": the opening's year, not the count's
    if len(before) > 1 and before[-1].basis != "stated" and _RELEASED_ON.search(text, max(sent.start, before[-1].start - 30), before[-1].end) \
            and any(t.basis == "stated" for t in before[:-1]):
        before = before[:-1]  # "given in 2015, according to the data released on Monday, along with 98,000": the data's year, not the release's
    # "..., according to a research institute's estimate for 2017": a source dated after the figure
    source = next((t for t in times if t.start >= fe and (_SOURCE_FOR.search(text, max(sent.start, t.start - 24), t.start)
                                                          or _SOURCE_AFTER.match(text, t.end))
                   and not any(fe <= os < t.start for os, _ in others)), None)
    if before and source is not None and any(oe <= before[-1].start <= oe + 12 and oe <= fs and os != fs for os, oe in others):
        return source  # "fell to 610 in June 2015, and there are about 420, according to February 2016 statistics"
    if before and source is None and before[-1].end <= cs and _PROJECTION.search(text, cs, fs) is not None:
        return None  # "9,000 came in 2024, and the total may exceed 40,000": a projection, not 2024's
    return before[-1] if before else source


# "has decreased to some 1,000 due to a slump that hit the country in 2014": the cause's year, told in
# a clause of its own, not the count's ("dropped to 100 due to the ban by the end of 2019" is the count's)
_RELATIVE = refast.lazy(r"\b(?:that|which|who)\b")
_CAUSE_BETWEEN = refast.lazy(r"\b(?:due[ \u00a0]+to|because[ \u00a0]+of|owing[ \u00a0]+to|as[ \u00a0]+a[ \u00a0]+result[ \u00a0]+of|caused[ \u00a0]+by)[ \u00a0]+(?:a|an|the)[ \u00a0]", re.I)
_CHANGE_START = refast.lazy(r"\b(?:decreas|increas|fell|fall|rose|rise|risen|drop|grew|grow|declin|climb|shr[iau]nk)\w*[ \u00a0]+from[ \u00a0]+$", re.I)
_SINCE_AFTER_CHANGE = refast.lazy(r"[0-9][0-9,.]*(?:[ \u00a0]+(?:thousand|million))?[ \u00a0]+(?P<s>since)[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?"
                                 r"(?:(?:early|late|mid-?)[ \u00a0]*)?(?:[A-Z][a-z]+\.?[ \u00a0]+)?(?P<y>(?:19|20)[0-9]{2})\b")
_UP_FROM_BEFORE = refast.lazy(r"\b(?:up|down|rising|falling|climbing|dropping)[ \u00a0]+from[ \u00a0]+(?:(?:approximately|about|around|some|roughly|nearly|just|only|an[ \u00a0]+estimated)[ \u00a0]+)?$", re.I)
_SINCE_ORIGIN = refast.lazy(r"\bsince[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:end|start|beginning|middle)[ \u00a0]+of[ \u00a0]+)?(?:(?P<y>(?:19|20)[0-9]{2})\b|(?P<last>last[ \u00a0]+year)\b(?!['’]))", re.I)
_RECORD_BEFORE = refast.lazy(r"\b(?:highest|lowest|largest|biggest|smallest|greatest|most|fewest|first[ \u00a0]+time)(?:[ \u00a0]+(?:level|number|figure|total|count))?[ \u00a0]+$", re.I)
_SINCE_REACH = 280  # characters back from a figure to its "since" (a window, so a long run-on sentence stays linear)
_SO_FAR = refast.lazy(r"\b(?:so[ \u00a0]+far|to[ \u00a0]+date|thus[ \u00a0]+far|is[ \u00a0]+running|are[ \u00a0]+running)\b", re.I)


def _since_origin(text: str, sent: Sentence, times: list[TimeExpr], fs: int, fe: int) -> TimeExpr | None:
    """The year a "since" before the figure, or right after it, names ("since 2023", "since last
    year": the year before the one the since-expression was given, which is publication's), for
    the start of a rise ("down from some 800 since 2016"); not a record's yardstick ("the highest since 2016")."""
    after = fe
    while after < min(sent.end, fe + 3) and text[after] in " \u00a0":
        after += 1
    s = _SINCE_ORIGIN.search(text, max(sent.start, fs - _SINCE_REACH), fs) or _SINCE_ORIGIN.match(text, after, sent.end)
    if s is None or _RECORD_BEFORE.search(text, max(sent.start, s.start() - 30), s.start()):
        return None
    if s.group("y"):
        return TimeExpr(s.start(), s.end(), int(s.group("y")), "stated")
    given = next((t for t in times if s.start() <= t.start < s.end() and t.year is not None), None)
    return None if given is None else TimeExpr(s.start(), s.end(), given.year - 1, "relative")


_CHANGE_END = refast.lazy(r"[ \u00a0]+to[ \u00a0]+(?:about|around|some|nearly|just|only)?[ \u00a0]*[0-9]")
_BARE_YEAR = refast.lazy(r"(?:19|20)[0-9]{2}")
_SPAN_AFTER_CHANGE = refast.lazy(rf"[0-9,.]*[ \u00a0]+(?:[a-z]+[ \u00a0]+){{0,3}}?(?P<b>between|from)[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:end|start|beginning)[ \u00a0]+of[ \u00a0]+)?"
                                rf"(?:{MONTH_PATTERN}[ \u00a0]+)?(?P<y>(?:19|20)[0-9]{{2}})[ \u00a0]+(?:and|to)[ \u00a0]")


# ", where most people are not allowed to travel abroad": a clause closing the sentence, with no figure in it
_CLOSING_CLAUSE = refast.lazy(r",[ \u00a0]+(?:where|which|who|whose)\b[^0-9]*$")
_STILL = refast.lazy(r"\b(?:still|remain|remains|now|today|currently|presently|at[ \u00a0]+present|these[ \u00a0]+days)\b", re.I)  # ("where they are still employed today": the figure's own present)


def closing_clause(text: str, sent: Sentence, past: re.Pattern[str]) -> int:
    """Where the sentence's own tense ends: before a closing clause that holds no figure, when a past
    verb comes first, since its present ("where most people are not allowed") describes something else."""
    r = _CLOSING_CLAUSE.search(text, sent.start, sent.end)
    return sent.end if r is None or past.search(text, sent.start, r.start()) is None or _STILL.search(text, r.start(), sent.end) else r.start()


def opens_change_over(text: str, sent: Sentence, t: TimeExpr, fs: int, fe: int) -> bool:
    """The figure opens a change that one bare year dates as a whole ("in 2018 the number ...
    decreased from 20,000 to 9,000", "... over 2018"): a stock at the start of that year, so
    the year before. A year written between the two ends is the first end's own ("from 800 in
    2016 to 400")."""
    if t.basis != "stated" or not _BARE_YEAR.fullmatch(text, t.start, t.end):
        return False
    if not _CHANGE_START.search(text, max(sent.start, fs - 30), fs) or (end := _CHANGE_END.match(text, fe, sent.end)) is None:
        return False
    return not (fe <= t.start < end.end())


# a blog's dated sections: "UPDATE 2 (2015-6-3): ...", "ORIGINAL POST (2014-11-20): ..."
_SECTION_DATE = refast.lazy(r"^[ \u00a0]*(?:ORIGINAL[ \u00a0]+POST|UPDATE(?:[ \u00a0]+[0-9]{1,2})?)[ \u00a0]*\((?P<y>(?:19|20)[0-9]{2})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})\)[ \u00a0]*:", re.M)


def section_dates(text: str, start: int, published: PubDate | None) -> Callable[[int], PubDate | None]:
    """The date each position is written at: the publication date, or, in a page that keeps its
    earlier posts under dated headings ("UPDATE 2 (2015-6-3):", "ORIGINAL POST (2014-11-20):"),
    the date of the heading above it, so "last year" in a post from 2014 is 2013."""
    marks = [(h.start(), PubDate(int(h.group("y")), int(h.group("m")), int(h.group("d"))))
             for h in _SECTION_DATE.finditer(text, start) if 1 <= int(h.group("m")) <= 12 and 1 <= int(h.group("d")) <= 31]

    def at(pos: int) -> PubDate | None:
        return next((d for p, d in reversed(marks) if p <= pos), published)
    return at
