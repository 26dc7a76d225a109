"""Numbers whose shape or neighbours say they label, date or age rather than count
("Resolution 1718", "July 8", "Kim, 45,", "Views: 3,418"), and counts that are one item of a
list of counts. Split from countshape.py, which decides what a count counts: these look only
at the characters around a number, never at who is counted."""
from __future__ import annotations

import re

from . import refast
from .gazetteer import in_outlet_name, load
from .numbers import OTHER_CURRENCY_WORDS, Mention
from .segment import Sentence, in_link
from .timeexpr import MONTH_PATTERN


def noun_ahead(nouns: str) -> re.Pattern[str]:
    """A pattern for one of nouns within the next three words ("120 North Korean construction workers")."""
    return refast.lazy(rf"(?:[ \u00a0]+[\w-]+){{0,3}}?[ \u00a0]+(?:{nouns})\b")


# the words around a number that make it a time, a rate, a section or an age, not a count
# "Four of these seven North Koreans are in their forties": an age breakdown
_AGES_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:of[ \u00a0]+)?(?:them|these|those|the)\b[^.;]{0,40}?)?[ \u00a0]+(?:are|were|was|is)[ \u00a0]+(?:in[ \u00a0]+their[ \u00a0]+"
                         r"(?:teens|twenties|thirties|forties|fifties|sixties)\b|(?:aged|under|over)[ \u00a0]+[1-9][0-9]\b(?![-‐,.0-9]|[ \u00a0]*(?:hours?|days?|weeks?|months?|years?|km|percent|%)))")
_SECTION_AFTER = refast.lazy(r"\([0-9]{1,3}\)/|\([a-z]{1,2}\)(?:\([0-9a-z]{1,3}\))*(?![ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,2}?(?:workers|labou?rers|people|nationals|employees|North|Koreans)\b)")  # "SRO 1221(1)/2017": a statutory order's number; "Section 204(b)", "under 108(a)(3)": a statute's subsection (not "3,000(a) workers": a footnote mark)
_HOURS_SPAN = refast.lazy(r"([0-9]{1,2})[ \u00a0]*(?:to|-|–)[ \u00a0]*([0-9]{1,2})")  # "From 12 to 1": counts never run down
_SERIAL_BEFORE = refast.lazy(r"\b(?:19|20)[0-9]{2}[-‐–]$")
_CLOCK_BEFORE = refast.lazy(r"\b[0-9]{1,2}(?::[0-9]{2})?[ \u00a0]*(?:am|pm|a\.m\.|p\.m\.)[ \u00a0]*(?:to|until|till|-|–)[ \u00a0]*$", re.I)
PEOPLE_NOUN_AFTER = noun_ahead(r"workers|labou?rers|waitresses|employees|people|Koreans|nationals|staff")
_EVERY_AFTER = refast.lazy(r"[ \u00a0]+(?:out[ \u00a0]+)?(?:of|in)[ \u00a0]+every\b")  # "50 out of every 50,000": a rate
_EVERY_BEFORE = refast.lazy(r"\b(?:out[ \u00a0]+)?(?:of|in)[ \u00a0]+every[ \u00a0]+$")


_DATE_BEFORE = refast.lazy(rf"\b{MONTH_PATTERN}[ \u00a0]+(?:the[ \u00a0]+)?$|\b{MONTH_PATTERN}\.?[ \u00a0]+[0-9]{{1,2}},?[ \u00a0]+['’]$")  # (and "Dec 03 '24": a year cut short)
_DATE_AFTER = refast.lazy(rf"(?:,?[ \u00a0]+(?:19|20)[0-9]{{2}}\b|[ \u00a0]+(?:of[ \u00a0]+)?{MONTH_PATTERN}\b)")
# Numbers that label rather than count: "Resolution 2397", "resolutions 2375 and 2397",
# "No. 3", "Article 17", "paragraph 52", "Flight 151", "Building 6", "aged 25 to 40", "top 10",
# "Issue 87", "PO Box 2210", "EO 13722", "Executive Orders 13810 and 13382", "Executive Order (E.O.) 13551",
# "UNSCR 2397", "Tier 3", "Part 1", "Title 17", "22 U.S.C. 9241" (and the 22 before "U.S.C."), "one in ten" (a rate).
_LABEL_BEFORE = refast.lazy(
    r"\b(?:resolutions?(?:[ \u00a0]+\((?-i:[A-Z]+)\))?,?|article|articles|no\.|nos\.|(?<!ers )(?<!ans )(?<!ees )(?<!ens )(?<!men )(?<!now )(?<!still )(?<!which )(?<!who )(?<!to )number|fortune(?:[ \u00a0]+global)?|paragraphs?|para\.|section|clause|decree|order|law|item|"
    r"flight|route|highway|room|office|bureau|department|(?<!the[ \u00a0])(?-i:Camp)(?:[ \u00a0]+No\.)?|page|vol\.|volume|chapter|building|block|unit|zone|gate|platform|bus|train|"
    r"(?:men|women)[ \u00a0]+(?:over|under)|ages?[ \u00a0]+of|ages[ \u00a0]+between|aged[ \u00a0]+(?:between|above|over|under|below)|aged|ages|age|(?<!to )top|rank(?:ed)?|class|grade|level|phase|stage|model|version|hwasong|kn|issue|box|p\.?o\.?[ \u00a0]*box|"
    r"suite|apt\.|tel\.?|phone|fax|ext\.|episode|season|quarter to|quarter past|half past|(?<=\w )(?-i:N[o0])|(?-i:E\.?O\.?s?)|executive[ \u00a0]+orders?(?:[ \u00a0]+\((?-i:E\.?O\.?)\))?|(?-i:UNSCRs?)|(?-i:Question|UIN)|(?<=\()area|(?-i:FY)|(?-i:NB)|hull|tier|(?-i:U\.S\.C\.)|one[ \u00a0]+(?:in|out[ \u00a0]+of)|(?-i:P\.[ \u00a0]?L\.)|public[ \u00a0]+law|(?-i:Part|Title)|corona|ages?[ \u00a0]+(?:as|were|are)|per)[ \u00a0]+"
    r"(?:[0-9][0-9,]*(?:[ \u00a0]*(?:,|and|or|&)|[ \u00a0]+\([^()]{1,25}\),?[ \u00a0]+(?:and|or|&))[ \u00a0]+)*$", re.I)  # ("UNSCRs 2371 (August 2017) and 2375")
_PER_NUMBER_AFTER = refast.lazy(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+per[ \u00a0]+(?:(?!(?:19|20)[0-9]{2}\b)[0-9]|a[ \u00a0]+(?:hundred|thousand)|one[ \u00a0]+(?:hundred|thousand))")
_YEARS_OLD_AFTER = refast.lazy(r"[ \u00a0]+years?[ \u00a0]+old\b")  # (written with hyphens, "a 34-year-old" is no count either)
_FLIGHT_AFTER = refast.lazy(r"[ \u00a0]+flight[ \u00a0]+(?:to|from|bound[ \u00a0]+for|carrying)\b")  # (not "30 flight staff")
_THAT_EVENING_AFTER = refast.lazy(r"[ \u00a0]+(?:that|this|the[ \u00a0]+same)[ \u00a0]+(?:morning|evening|night|afternoon)\b")
_THE_OR_OF_BEFORE = refast.lazy(r"\b(?:the|of)[ \u00a0]+$", re.I)
_NAMED_BODY_AFTER = refast.lazy(r"[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:Group|Institute|Foundation|Centre|Center|Project|Initiative|Society|Bureau|Department|Office|Division|Brigade|Corps|Unit)\b")
_PERIOD_NOUN_AFTER = refast.lazy(r"[ \u00a0]+(?:(?:academic|school|fiscal|financial|marketing|crop|football)[ \u00a0]+)?(?:year|season|period|term|session)s?\b")
_YEAR_SPAN = refast.lazy(r"((?:19|20)[0-9]{2})[ \u00a0]*[-–—/][ \u00a0]*((?:19|20)?[0-9]{2})")
_ISO_DATE_BEFORE = refast.lazy(r"\b(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./]$")
_NAMED_PLACE_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!North\b|Korean\b|Workers\b|Staff\b|Employees\b|Labou?rers\b)[A-Z][a-z]+){1,3}[ \u00a0]+(?:Factory|Plant|Works|Mill|Mine|Complex|Enterprise|Corporation|Company|Station|Hospital|School|University|Farm)\b")
_CAPITAL_BEFORE = refast.lazy(r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|At|On|By|Of|The|About|Some|Nearly|Over|Around|And|But|With|From|To|For|Now|Only|Just)\b)[A-Z][a-z]+[ \u00a0]+$")
_YEAR_BEFORE = refast.lazy(r"\b(?:in|of|by|since|before|after|until|from|during|early|late|mid)[ \u00a0]+$", re.I)
_OLDER_THAN_BEFORE = refast.lazy(r"\b(?:people|persons|those|anyone|everyone|workers|employees)[ \u00a0]+(?:over|under|above|below|older[ \u00a0]+than|younger[ \u00a0]+than)[ \u00a0]+(?:the[ \u00a0]+age[ \u00a0]+of[ \u00a0]+)?$", re.I)  # "all people over 30 returning home": an age
_DAYS_LAST_MONTH = refast.lazy(r"(?:[ \u00a0]*(?:-|–|to|and|through)[ \u00a0]*[0-9]{1,2})?[ \u00a0]+(?:of[ \u00a0]+)?(?:last|this|next|that)[ \u00a0]+month\b")  # "from 26 to 29 last month": days
_CHANGE_FROM_BEFORE = refast.lazy(r"\b(?:gr[eo]w\w*|rose|risen|rising|fell|fall\w*|drop\w*|increas\w*|decreas\w*|declin\w*|climb\w*|jump\w*|went|shr[iau]nk\w*|swell\w*|up|down)\b[^.;]{0,25}\bfrom[ \u00a0]+(?:[0-9]{1,2}[ \u00a0]*(?:-|–|to|and|through)[ \u00a0]*)?$", re.I)  # "grew from 12 to 25 last month": a change
_FROM_DAY_BEFORE = refast.lazy(r"\b(?:from|between|on)[ \u00a0]+(?:[0-9]{1,2}[ \u00a0]*(?:-|–|to|and|through)[ \u00a0]*)?$")
_TO_OTHER_CURRENCY = refast.lazy(
    r"[ \u00a0]*(?:to|-|–|and)[ \u00a0]*(?:[0-9][0-9,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)(?=[ \u00a0-]))[ \u00a0-]*(?:(?:thousand|million)(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*(?-i:(?=[a-z]))))?"  # ("million\nwon", not "30,000\nWon Jae-hoon said")
    rf"(?:{OTHER_CURRENCY_WORDS})\b", re.I)
_FROM_OTHER_CURRENCY = refast.lazy(r"(?:[€£¥₩₽₹]|\b(?:RMB|CNY|EUR|GBP|JPY|KRW|KPW|RUB|AED|QAR|KWD|HKD|SGD|MYR|KD|QR|SR|RM|MNT|PLN|NTD?\$?))"
                                  r"[ \u00a0]?[0-9][0-9,.]*[ \u00a0]*(?:-|–|to|and)[ \u00a0]*$")
# "Views: 3,418", "| Share 212", "Comments (14)", "👁 912"; not "something like 12,000" or a headline's "Hits 13,000"
_COUNTER_BEFORE = refast.lazy(r"(?:(?:^|[|•·\n][ \u00a0]*)(?:views?|reads?|shares?|comments?|likes?|hits)|\b(?:views?|reads?|shares?|comments?|likes?|hits)[ \u00a0]*[:(]|(?:点击|浏览|阅读)[ \u00a0]*[:：]"
                             r"|[👁💬©®])[ \u00a0]*$", re.I)
_CASUALTY_BEFORE = refast.lazy(r"\b(?:killed|killing|kills|injured|injuring|wounded|wounding|drowned|dead|died|infected|infecting|sickened|abduction[ \u00a0]+of|abducted|abducting)[ \u00a0]+"
                              r"(?:(?:more than|at least|about|some|over|nearly|almost|another)[ \u00a0]+)?$", re.I)
# "defrauded 300 companies", "targeted more than 60 individuals": victims of a scheme (not "defrauded 300 North
# Korean workers", still workers there)
_VICTIMS_BEFORE = refast.lazy(r"\b(?:targeted|targeting|defrauded|defrauding|scammed|duped)[ \u00a0]+(?:(?:more than|at least|about|some|over|nearly|almost|another)[ \u00a0]+)?$", re.I)
_VICTIMS_AFTER = refast.lazy(r"[ \u00a0]+(?:[A-Z]?[a-z-]+[ \u00a0]+)?(?:individuals|victims|users|companies|firms|businesses|Americans|persons|applicants|investors|people)\b")
_LABEL_AFTER = refast.lazy(r"[ \u00a0]+(?:resolutions?|convention|decree|act|committee|sanctions committee|(?-i:U\.S\.C\.|CFR))(?!\w)", re.I)
_PERSON_IS_BEFORE = refast.lazy(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+[A-Z][\w'’-]+|\b(?:He|She|he|she)|[A-Z][\w'’-]+,[ \u00a0]+who)[ \u00a0]+(?:is|was|is[ \u00a0]+now|was[ \u00a0]+then)[ \u00a0]+$")
_AGE_END_AFTER = refast.lazy(r"(?:[ \u00a0]+years?[ \u00a0]+old)?(?:[ \u00a0]*[,.;]|[ \u00a0]+(?:when|and|but|now)\b)")
# "Kim, 45, said": an age after a name
_AGE_PAIR = refast.lazy(r"[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3},[ \u00a0]*[0-9]{1,2}\b")  # "Chon Su, 37 and Kim Chol, 22"
_AGE_PAIR_FIRST = refast.lazy(r"(?:[A-Z][\w'’-]+,[ \u00a0]*[0-9]{1,2}|[A-Z][\w'’-]+[ \u00a0]+[A-Z][\w'’-]+,[ \u00a0]*[0-9]{1,2},)[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,3},[ \u00a0]*$")  # (and the second of the pair)
_AGE = refast.lazy(r"(?:[A-Z][\w'’-]+|man|woman|worker|defector|logger|official|manager),[ \u00a0]*$")
_AT_BEFORE = refast.lazy(r"(?:,|\bwas|\bwere|\bstood|\bstands|\bis)[ \u00a0]+at[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?$", re.I)
_ALONE_ON_LINE = refast.lazy(r"[ \u00a0\t]*(?:[•·|][ \u00a0\t]*)?")  # ("  •  23": a share counter after a bullet)
_LINE_END = refast.lazy(r"[ \u00a0\t]*(?:\n|\Z)")
_LIST_GAP = refast.lazy(r"[^.;:!?()\[\]]{0,70}")
_VAGUE_ITEM_BEFORE = refast.lazy(r"\b(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Ss]cores)[ \u00a0]+(?:more[ \u00a0]+)?(?:[a-z]+[ \u00a0]+){0,5}?(?:work|works|worked|working|employed|based|live|lived|living|stationed|toil|toiling)\b[^.;:!?]{0,40}?\b(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*,?"
                                 r"[ \u00a0]+(?:and|while|with)[ \u00a0]+(?:(?:about|some|around|roughly|nearly|an[ \u00a0]+estimated|another|more[ \u00a0]+than|over)[ \u00a0]+)?$")
_IN_PLACE_AFTER = refast.lazy(r"[ \u00a0]+(?:in|at)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_SEMICOLON_GAP = refast.lazy(r"[^.;:!?()\[\]]{0,40};[ \u00a0]*")
_LIST_JOIN = refast.lazy(r",|\band\b|\bor\b|\bwhile\b|\bwith\b|\bversus\b|\bagainst\b|\bcompared\b|\bfollowed by\b", re.I)


def after_vague_people(text: str, m: Mention, sent: Sentence) -> bool:
    """A bare count after a list item that a word of people opened ("Hundreds are believed to be
    working in Mongolia and about 21,000 in Russia"): more of those people, in another place."""
    return _IN_PLACE_AFTER.match(text, m.end, sent.end) is not None and \
        _VAGUE_ITEM_BEFORE.search(text, max(sent.start, m.start - 140), m.start) is not None


_BREAKDOWN_ITEM_BEFORE = refast.lazy(r"(?:,|\band)[ \u00a0]+(?:(?!(?:the|met|spoke|talked|sided|stayed|came|went)\b)[a-z]+[ \u00a0]+){1,3}(?:with|at)[ \u00a0]+$")
_FOLLOWED_BY = refast.lazy(r"\bfollowed[ \u00a0]+by\b[^.;]{0,80}?\b(?:at|with)[ \u00a0]+[0-9]")  # a chain of items with digit counts


def breakdown_item(text: str, m: Mention, sent: Sentence) -> bool:
    """The last item of a breakdown told in words ("business with 253 entrants, followed by
    education at 62, ... and labor with three people"): a count, not people in the story."""
    return _BREAKDOWN_ITEM_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None \
        and refast.in_sentence(_FOLLOWED_BY, text, sent.start, sent.end) is not None


def in_list(text: str, i: int, mentions: list[Mention], sent: Sentence) -> bool:
    """A bare count that is one item of a list of counts: joined to a neighbouring count
    by a short gap with a comma or "and" ("7,887 came to study, 3,098 on business"), or
    read off a category ("education, at 7,887")."""
    m = mentions[i]
    if _AT_BEFORE.search(text, max(sent.start, m.start - 30), m.start):
        return True
    for a, b in ((mentions[i - 1], m) if i else (None, None), (m, mentions[i + 1]) if i + 1 < len(mentions) else (None, None)):
        if a is None or b is None or a.kind != "count" or b.kind != "count":
            continue
        gap = text[a.end:b.start]
        if _LIST_GAP.fullmatch(gap) and _LIST_JOIN.search(gap) or _SEMICOLON_GAP.fullmatch(gap) and b is m:
            return True  # (and "35,000 of them by boat; 22,800 by air": the next item after a semicolon)
    # "350 in 2009, 280 in 2010": the items' years stand between them
    if i + 2 < len(mentions) and _IN_YEAR.fullmatch(text, m.end, mentions[i + 1].end) and mentions[i + 2].kind == "count":
        gap = text[mentions[i + 1].end:mentions[i + 2].start]
        return bool(_LIST_GAP.fullmatch(gap) and _LIST_JOIN.search(gap))
    return False


# resolutions listed each with its year in brackets; a sanctions committee named by its resolution; a label word
# and its number split by a line break; a chart, graph or table numbered in a list of contents
_DATED_ITEM_AFTER = refast.lazy(r"[ \u00a0]*\([ \u00a0]*(?:19|20)[0-9]{2}[ \u00a0]*\)")
_DATED_LIST_BEFORE = refast.lazy(r"\b(?:(?-i:UNSCRs?)|[Rr]esolutions?)[ \u00a0]+(?:[0-9]{3,4}[ \u00a0]*\([ \u00a0]*(?:19|20)[0-9]{2}[ \u00a0]*\),?[ \u00a0]+(?:and[ \u00a0]+)?)*$")
_COMMITTEE_AFTER = refast.lazy(r"[ \u00a0]+(?:Panel|Committee|[Ss]anctions[ \u00a0]+[Cc]ommittee)\b")
_LABEL_WRAPPED_BEFORE = refast.lazy(r"\b(?:[Rr]esolutions?|UNSCRs?)[ \u00a0]*\n[ \u00a0]*$|<[ \u00a0]*(?:Graph|Chart|Table|Figure|Map)[ \u00a0]+$")
_NEWS_BEFORE = refast.lazy(r"\bNews[ \u00a0]?$")
_ARTICLE_BEFORE = refast.lazy(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)[ \u00a0]+$")
_DATED_THING_AND_BEFORE = refast.lazy(r"\b(?:19|20)[0-9]{2}(?:[ \u00a0]+[A-Z][\w'’.-]*){1,3}[ \u00a0]+(?:and|or|&)[ \u00a0]+$")
_DATED_THING_AFTER = refast.lazy(r"(?![ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,2}(?:workers|employees|nationals|labou?rers|people|workforce|staff|North|Koreans?|DPRK)\b)"
                                r"[ \u00a0]+(?:U\.?N\.?|EU|U\.S\.|(?!DPRK)[A-Z]{2,5}|(?!North[ \u00a0]|South[ \u00a0])[A-Z][a-z]+[ \u00a0]+[A-Z][\w'’]*|ban|report|law|resolution|sanctions|survey|study|census|decree|agreement|deal|visit|summit|estimate|(?:[a-z-]+[ \u00a0]+){1,2}?(?:law|code|decree))\b")  # ("the 2012 labor law")
_IN_YEAR = refast.lazy(r"[ \u00a0]+in[ \u00a0]+(?:19|20)[0-9]{2}")


_BROKEN_AFTER = refast.lazy(r",[ \u00a0]*(?:\r\n|\r|\n)[ \u00a0]*[0-9]")  # "30,\n023"
_YEAR_LIKE = refast.lazy(r"(?:19|20)[0-9]{2}")
_PROPER_NAME_AFTER = refast.lazy(r"[ \u00a0]+(?!North\b|South\b|Korean|DPRK\b|N\.)[A-Z][a-z]+[ \u00a0]+(?!(?i:workers|labou?rers|people|nationals|employees|staff|artists|builders)\b)")
_YEAR_OPENS_NAME_BEFORE = refast.lazy(r"(?:\b(?:the|The|a|A|its|in|In|of)[ \u00a0]+|^=+[ \u00a0]*|\n[ \u00a0]*=+[ \u00a0]*)$")
_YEARS_BEFORE = refast.lazy(r"\b(?:19|20)[0-9]{2}[ \u00a0]*(?:and|or|to|through|-|–)[ \u00a0]*$")  # "in 2015 and 2016"


_GROUP_OF_BEFORE = refast.lazy(r"\bthe[ \u00a0]+Group[ \u00a0]+of[ \u00a0]+$")
_GROUP_OF_AFTER = refast.lazy(r"[ \u00a0]*(?:[,)]|\(|[ \u00a0]+(?:summit|nations|countries|leaders|meeting|industriali[sz]ed)\b)")
# "the African Renaissance Monument in Senegal (2010)": a landmark's year
_LANDMARK_BEFORE = refast.lazy(r"\b(?:Monument|Memorial|Statue|Museum|Palace|Stadium|Hall|Tower|Acre|Cemetery|Mausoleum|Theatre|Theater|Parliament|Headquarters|Arch|Park|Square|Building)"
                               r"(?:[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)?)?[ \u00a0]*\($")
_YEAR_IN_BRACKETS_AFTER = refast.lazy(r"[ \u00a0]*\((?:19|20)[0-9]{2}\)")
_RESOLUTIONS_BEFORE = refast.lazy(r"\bresolutions?[ \u00a0]+(?:[0-9]{3,4}[ \u00a0]*\((?:19|20)[0-9]{2}\)[ \u00a0]*(?:,|and|,[ \u00a0]+and)[ \u00a0]+)+$", re.I)  # a list of resolutions and their years
_PAGE_COUNT_BEFORE = refast.lazy(r"\b(?:Total[ \u00a0]+)?Pages?:[ \u00a0]*$", re.I)  # "Total Page:24" on a document listing
_STREET_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!North\b|Koreans?\b|Workers\b|Labou?rers\b)[A-Z][a-z]+){1,3}[ \u00a0]+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Square)(?![\w])")
_POSTCODE = refast.lazy(r"[ \u00a0]+(?!NK|UN|US|EU|UK)[A-Z]{2}[ \u00a0]+(?!Workers|Labou?rers|Nationals|Citizens)[A-Z][a-z]+")  # ", 1234 AB Utrecht"
_STATE_CODE_BEFORE = refast.lazy(r",[ \u00a0]+(?:D\.C\.|AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)[ \u00a0]+$")  # "Fresno, CA 93711" (only with a five-digit number: see is_label)
_CONTENTS_AFTER = refast.lazy(r"[ \u00a0]+(?:Chapter|Introduction|Contents|Acknowledgements|Appendix|Bibliography|Index|Part[ \u00a0]+[IVX]+)\b")
_FOREIGN_MONTH_AFTER = refast.lazy(r"\.[ \u00a0]+(?:januar|februar|marts|märz|april|maj|mai|juni|juli|august|september|oktober|november|dezember|december)\b")  # "søndag 12. marts 2023"
_MEASURE_RANGE_AFTER = refast.lazy(r"[ \u00a0]*(?:to|-|–|and)[ \u00a0]*(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty)[ \u00a0]+(?:hours|days|weeks|months|years|minutes|km|kilometres|kilometers|metres|meters|degrees)\b")
_UPDATE_BEFORE = refast.lazy(r"\b(?:UPDATE|Update)[ \u00a0]+$")
_UPDATE_AFTER = refast.lazy(r"[ \u00a0]*[(:]")
_ONE_IN_BEFORE = refast.lazy(r"\b(?:1|one|One)[ \u00a0]+in[ \u00a0]+(?:every[ \u00a0]+)?$")
_OUT_OF_COUNTRIES = refast.lazy(r"\b[Oo]ut[ \u00a0]+of[ \u00a0]+[0-9,]+[ \u00a0]+(?:countries|nations|states),?[ \u00a0]+the[ \u00a0]+number\b")  # (ITUC's "Out of 139 countries, the number which deny ...")
_VESSEL_NAME_BEFORE = refast.lazy(r"\b(?:vessels?|ships?|tankers?|freighters?|trawlers?|carriers?)\b[^.;:]{0,100}?(?:\b(?:the|and|including)|,)[ \u00a0]+[‘'“\"]?(?!(?:North|South|In|At|On|The)\b)(?P<name>(?:[A-Z][a-z]+[ \u00a0]+){1,2})$")  # (a name in quotes too: "the ‘Petrel 8’")
_VESSEL_NAME_AFTER = refast.lazy(r"[’'”\"]?(?:,|[ \u00a0]+(?:registered|flagged|flying|in|and|was|were|which|that|had|has|carrying|to|from|off|at)\b)")
_QUOTED_COUNT_NOUN = refast.lazy(r"[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+)?(?:workers|labou?rers|people|persons|North[ \u00a0]+Koreans|nationals|employees)\b")


# a line of a contents list in capitals, closed by its page number: "CHAPTER 4: ... IN THE CZECH REPUBLIC 89"
# (not a fact box: "WORKERS IN QATAR: 650" has a colon before its number, and no chapter or contents heading)
_CONTENTS_LINE = refast.lazy(r"[ \t\u00a0]*(?:[-–•*][ \t\u00a0]*)?(?=[^\n]*[A-Z]{3})[A-Z0-9][^a-z\n]*?(?<![:=])[ \t\u00a0]+[0-9]{1,3}[ \t\u00a0\r]*")
_CONTENTS_CUE = refast.lazy(r"\b(?:CONTENTS|Contents|CHAPTER|Chapter|PART|SECTION|ANNEX|APPENDIX)\b")


def _in_contents(text: str, m: Mention) -> bool:
    """A page number closing a capitals line, with another such line among the four
    non-blank lines either side and a chapter or contents heading among them: a report's
    table of contents, not a count."""
    start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    end = len(text) if end < 0 else end
    if not text[m.start:m.end].isdigit() or not _CONTENTS_LINE.fullmatch(text, start, end):
        return False
    before = [ln for ln in text[max(0, start - 400):start].split("\n") if ln.strip()][-4:]
    after = [ln for ln in text[end:end + 400].split("\n") if ln.strip()][:4]
    return any(_CONTENTS_LINE.fullmatch(ln) for ln in before + after) \
        and any(_CONTENTS_CUE.search(ln) for ln in before + [text[start:end]] + after)


def is_label(text: str, m: Mention, sent: Sentence) -> bool:
    """A number that labels or ages rather than counts: "Resolution 1718", "aged 25 to 40",
    "Kim, 45,", a footnote "[6]", the year of a date "22 December 2017", a page number in contents."""
    if text[m.end:m.end + 1] in ("\n", "\r", "") and _in_contents(text, m) \
            or text[m.end:m.end + 1] == ")" and _YEAR_LIKE.fullmatch(text, m.start, m.end) and _LANDMARK_BEFORE.search(text, max(sent.start, m.start - 60), m.start):
        return True  # (and a landmark's year: "the Three Dikgosi Monument in Botswana (2005)")
    if _LABEL_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
        return True
    if _DATED_ITEM_AFTER.match(text, m.end, sent.end) and _DATED_LIST_BEFORE.search(text, max(sent.start, m.start - 90), m.start) \
            or _COMMITTEE_AFTER.match(text, m.end, sent.end) or _LABEL_WRAPPED_BEFORE.search(text, max(0, m.start - 20), m.start) \
            and (text[m.start:m.end].isdigit() and len(text[m.start:m.end]) == 4 or text[m.start - 1:m.start] == " "):
        return True  # "UNSCR 2371 (2017), 2375 (2017), and 2397 (2017)"; "the UN 1718 Panel"; "Resolution\n2397"; "<Graph 3>"
    if text[m.start - 1:m.start] == "[" and text[m.end:m.end + 1] == "]" or text[m.start - 2:m.start] == "&#" and text[m.end:m.end + 1] == ";":
        return True  # a footnote "[6]"; an HTML character reference a scraper left, "Zimbabwe&#39;s"
    if _ISO_DATE_BEFORE.search(text, max(0, m.start - 8), m.start) or text[m.start:m.end].isdigit() and int(text[m.start:m.end]) < 1000 \
            and _NAMED_PLACE_AFTER.match(text, m.end, sent.end) and _CAPITAL_BEFORE.search(text, max(0, m.start - 20), m.start):
        return True  # "2025-06-19 17:09": a date's day; "the Pyongyang 326 Cable Factory": a name
    if text[max(0, m.start - 2):m.start].strip(" \u00a0") in ("#", "§", "§§") or m.word is None and (m.value or 0) < 100 and (
            in_outlet_name(text, m.start, m.end) or _CHANNEL_BEFORE.search(text, max(0, m.start - 10), m.start) and not PEOPLE_NOUN_AFTER.match(text, m.end, sent.end)):
        return True  # "Issue #87", "#3", "§ 1324": a number that names; "France 24", "Channel 4": an outlet's name
    if text[m.start - 1:m.start] in "'‘\"“" and m.start > 0 and text[m.end:m.end + 1] in ("'", "’", '"', "”") and text[m.end:m.end + 1] \
            and not _QUOTED_COUNT_NOUN.match(text, m.end + 1, sent.end):
        return True  # "the code '78'": a number quoted on its own is a name (not "“800 to 1,000” workers")
    if text[m.start - 1:m.start] == "/" or text[m.end:m.end + 1] == "/" or _SECTION_AFTER.match(text, m.end):
        return True  # "S/2020/151", "2/3": a document number or a date
    if _SERIAL_BEFORE.search(text, max(0, m.start - 6), m.start) and (m.value or 0) < 100 or _CLOCK_BEFORE.search(text, max(sent.start, m.start - 14), m.start) \
            or (hours := _HOURS_SPAN.fullmatch(text, m.start, m.end)) is not None and int(hours.group(1)) > int(hours.group(2)):
        return True  # "(Brief 2025-24)": a serial number; "from 7am to 12", "From 12 to 1": hours
    if _ALONE_ON_LINE.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start) and _LINE_END.match(text, m.end) and m.word is None:
        return True  # a bare number on a line of its own, under a byline: a counter of comments or shares
    if _AGES_AFTER.match(text, m.end, sent.end) or (m.value or 100) < 100 and m.word is None and _YEARS_OLD_AFTER.match(text, m.end, sent.end):
        return True  # "Four of these seven are in their forties": an age breakdown; "a 53 year old named Pak": an age
    if text[m.start:m.end].isdigit() and _FLIGHT_AFTER.match(text, m.end, sent.end):
        return True  # "Air Koryo JS 151 flight to Kuwait": a flight's number
    if (m.value or 100) < 100 and m.word is None and _PERSON_IS_BEFORE.search(text, max(sent.start, m.start - 40), m.start) and _AGE_END_AFTER.match(text, m.end, sent.end):
        return True  # "Mr Kang is 41, and ...", "She was 29 when she left": an age
    if m.low is not None and m.high is not None and _THAT_EVENING_AFTER.match(text, m.end, sent.end):
        return True  # "between 6 to 7 that evening": hours
    if _EVERY_AFTER.match(text, m.end, sent.end) or _EVERY_BEFORE.search(text, max(sent.start, m.start - 20), m.start) \
            or text[m.start:m.end].isdigit() and _NAMED_BODY_AFTER.match(text, m.end, sent.end) and _THE_OR_OF_BEFORE.search(text, max(sent.start, m.start - 8), m.start) \
            or (ys := _YEAR_SPAN.fullmatch(text, m.start, m.end)) is not None and 0 < int(ys.group(2)) % 100 - int(ys.group(1)) % 100 <= 10 \
            and _PERIOD_NOUN_AFTER.match(text, m.end, sent.end):
        return True  # "50 out of every 50,000": a rate; "the 2430 Group": a name; "the 2024–2025 academic year"
    if _PER_NUMBER_AFTER.match(text, m.end, sent.end):
        return True  # "16 deaths per 10,000": a rate
    if (m.value or m.high or 100) < 100 and _OLDER_THAN_BEFORE.search(text, max(sent.start, m.start - 40), m.start) and not PEOPLE_NOUN_AFTER.match(text, m.end, sent.end):
        return True  # "everyone over 40 was sent home": an age
    if (m.value or 32) <= 31 and _FROM_DAY_BEFORE.search(text, max(sent.start, m.start - 16), m.start) and _DAYS_LAST_MONTH.match(text, m.end, sent.end) \
            and not _CHANGE_FROM_BEFORE.search(text, max(sent.start, m.start - 50), m.start):
        return True  # "between 26 and 29 last month": days of a month
    if text[m.start:m.end].isdigit() and int(text[m.start:m.end]) < 100 and (vn := _VESSEL_NAME_BEFORE.search(text, max(sent.start, m.start - 140), m.start)) \
            and _VESSEL_NAME_AFTER.match(text, m.end, sent.end) and not any(w in load().names for w in vn.group("name").split()):
        return True  # "the Sea Star 7 registered in Togo, Ocean Way 4 in Panama": a ship's name
    if (m.value or 100) < 100 and _UPDATE_BEFORE.search(text, max(0, m.start - 8), m.start) and _UPDATE_AFTER.match(text, m.end):
        return True  # "UPDATE 2 (2015-6-3):": a blog's section heading
    if _PAGE_COUNT_BEFORE.search(text, max(0, m.start - 12), m.start) or _STREET_AFTER.match(text, m.end, sent.end) or (raw4 := text[m.start:m.end]).isdigit() and (
            len(raw4) == 4 and text[max(0, m.start - 2):m.start] == ", " and _POSTCODE.match(text, m.end) or len(raw4) == 5 and _STATE_CODE_BEFORE.search(text, max(0, m.start - 8), m.start)) \
            or _CONTENTS_AFTER.match(text, m.end, sent.end) or _FOREIGN_MONTH_AFTER.match(text, m.end) or _MEASURE_RANGE_AFTER.match(text, m.end, sent.end):
        return True  # "470 Pine Street", "1234 AB Utrecht", "CA 93711", "... Berg 47 Chapter IV", "12. marts 2023", "from 16 to 19 hours"
    if text[m.start:m.end] == "1" and _NEWS_BEFORE.search(text, max(sent.start, m.start - 6), m.start):
        return True  # "the news service News 1": a name
    if _ONE_IN_BEFORE.search(text, max(sent.start, m.start - 10), m.start) or _OUT_OF_COUNTRIES.search(text, max(sent.start, m.start - 160), m.start):
        return True  # "1 in 10 North Koreans": a ratio; "Out of 141 countries, the number ... rose from 41 to 50": countries
    if _GROUP_OF_BEFORE.search(text, max(sent.start, m.start - 16), m.start) and _GROUP_OF_AFTER.match(text, m.end, sent.end) \
            or text[m.start:m.end].isdigit() and _YEAR_IN_BRACKETS_AFTER.match(text, m.end, sent.end) and _RESOLUTIONS_BEFORE.search(text, max(sent.start, m.start - 260), m.start):
        return True  # "the Group of 7 summit"; "resolutions 1695 (2006), 1718 (2006) and 2087 (2013)": numbers that name
    if _YEAR_LIKE.fullmatch(text, m.start, m.end) and (_ARTICLE_BEFORE.search(text, max(sent.start, m.start - 6), m.start)
                                                       or _DATED_THING_AND_BEFORE.search(text, max(sent.start, m.start - 60), m.start)) \
            and _DATED_THING_AFTER.match(text, m.end, sent.end):
        return True  # "A 2018 U.N. ban", "a 2017 report", "the 2017 Confederations Cup and 2018 World Cup": the year of a thing named
    if in_link(text, m.start):
        return True  # "(https://example.com/photo/2025/02/05/8a2baf21-6633-....jpg)": part of a link
    if _BROKEN_AFTER.match(text[m.end:m.end + 6]):
        return True  # "30,\n023": a number broken by a line break, reported by numbers.py
    raw = text[m.start:m.end]
    if _YEAR_LIKE.fullmatch(raw) and (_DATE_BEFORE.search(text, max(0, m.start - 16), m.start) or _YEARS_BEFORE.search(text, max(0, m.start - 16), m.start)
                                                   or _YEAR_BEFORE.search(text, max(0, m.start - 16), m.start)):
        return True  # "22 December 2017", "before the end of 2019"
    if _LABEL_AFTER.match(text, m.end) or _YEAR_LIKE.fullmatch(raw) and _PROPER_NAME_AFTER.match(text, m.end, sent.end) \
            and _YEAR_OPENS_NAME_BEFORE.search(text, max(0, m.start - 8), m.start):
        return True  # "the 2397 resolution" (translated copy); "the 2023 Dalian ... strike": a year before a name
    if _COUNTER_BEFORE.search(text, max(sent.start, m.start - 16), m.start):
        return True  # "Views: 3,418", "👁 912", "© 2016"
    if _CASUALTY_BEFORE.search(text, max(sent.start, m.start - 40), m.start) \
            or _VICTIMS_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and _VICTIMS_AFTER.match(text, m.end, sent.end):
        return True  # "killed three workers", "has killed more than 170 people", "defrauded 300 companies"
    if _FROM_OTHER_CURRENCY.search(text, max(sent.start, m.start - 24), m.start):
        return True  # "RMB 2,800-3,200": the second end of a range in another currency
    if _TO_OTHER_CURRENCY.match(text, m.end):
        return True  # "2,600 to 2,900 yuan": the first end of a range in another currency
    v = m.value if m.value is not None else m.high
    if v is not None and v < 120 and text.startswith(",", m.end) and _BOTH_AGED_BEFORE.search(text, max(sent.start, m.start - 16), m.start):
        return True  # "The two men, both 52, fled": their age
    if v is not None and 15 <= v < 100 and _DASH_AFTER.match(text, m.end) and (who := _PERSON_BEFORE.search(text, max(sent.start, m.start - 40), m.start)) \
            and who.group("name") not in load().names:
        return True  # "Pak Chol-su, 38 – a welder": an age after a person's name, then the dash that explains (not "In South Africa, 100 – most of them builders")
    return v is not None and v < 120 and (text.startswith(",", m.end) or text.startswith((" and ", " & "), m.end) and _AGE_PAIR.match(text, m.end)
                                          or _AGE_PAIR_FIRST.search(text, max(sent.start, m.start - 60), m.start) is not None) \
        and _AGE.search(text, max(sent.start, m.start - 20), m.start) is not None


_DAYS_BEFORE = refast.lazy(rf"\b{MONTH_PATTERN}[ \u00a0]+[0-9]{{1,2}}[ \u00a0]*(?:and|to|-|–|through)[ \u00a0]*$")
_BOTH_AGED_BEFORE = refast.lazy(r",[ \u00a0]+(?:both|each)[ \u00a0]+(?:aged[ \u00a0]+)?$")
_DASH_AFTER = refast.lazy(r"[ \u00a0]*[–—][ \u00a0]")
_PERSON_BEFORE = refast.lazy(r"\b(?P<name>[A-Z][a-z]+[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)?),[ \u00a0]*$")  # a given name and a family name
# "On the 14, a source said" (a day of this month, as Korean outlets date events); "in August five without leave"
_THE_DAY_BEFORE = refast.lazy(r"\b(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom)[ \u00a0]+the[ \u00a0]+(?:past[ \u00a0]+)?$")
_THE_DAY_AFTER = refast.lazy(r"[ \u00a0]*,|[ \u00a0]+(?:of[ \u00a0]+)?(?:this|last|next|that)[ \u00a0]+month\b")
_MONTH_BEFORE = refast.lazy(rf"\b{MONTH_PATTERN}[ \u00a0]+$")
_AFTER_WORD_DAY = refast.lazy(r"[ \u00a0]*[,.;]|[ \u00a0]+(?:without|at|when|after|before|while)\b")
# searched back from every count, led by the characters a match starts with (analysis/refast.py)
_AT_BEFORE, _LABEL_BEFORE, _COUNTER_BEFORE, _CASUALTY_BEFORE, _DATE_BEFORE, _YEAR_BEFORE, _DAYS_BEFORE, _LIST_JOIN = (
    refast.fast(p) for p in (_AT_BEFORE, _LABEL_BEFORE, _COUNTER_BEFORE, _CASUALTY_BEFORE, _DATE_BEFORE, _YEAR_BEFORE,
                             _DAYS_BEFORE, _LIST_JOIN))


def is_day_of_month(text: str, m: Mention) -> bool:
    """"July 8", "8 July", "Sept. 10 and 12", "from 8 to 13 October": a day of a date (a dateline), whatever noun follows it."""
    raw = text[m.start:m.end]
    if m.word is not None and (m.value or 32) <= 31 and _MONTH_BEFORE.search(text, max(0, m.start - 12), m.start) and _AFTER_WORD_DAY.match(text, m.end):
        return True  # "anchored there on August six without leave": a day written as a word
    if not raw.isdigit() or int(raw) > 31:
        return False
    return bool(_DATE_BEFORE.search(text, max(0, m.start - 16), m.start)
                or _THE_DAY_BEFORE.search(text, max(0, m.start - 20), m.start) and _THE_DAY_AFTER.match(text, m.end)
                or _DAYS_BEFORE.search(text, max(0, m.start - 30), m.start)
                or re.match(rf"[ \u00a0]+{MONTH_PATTERN}", text[m.end:m.end + 12]) or _DAY_RANGE_END.match(text, m.end, m.end + 24)
                or _WEEKDAY_BEFORE.search(text, max(0, m.start - 24), m.start) and _AFTER_WORD_DAY.match(text, m.end))  # "in his reply dated Monday 22, according to"


_CHANNEL_BEFORE = refast.lazy(r"\b(?:Channel|FOX|Fox|ABC|NBC|CBS|Radio|Kanal)[ \u00a0]+$")  # (not "told CBS 2,000 North Korean workers remained")
_WEEKDAY_BEFORE = refast.lazy(r"\b(?:dated|of)[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \u00a0]+(?:the[ \u00a0]+)?$")


_DAY_RANGE_END = refast.lazy(rf"[ \u00a0]*(?:-|–|to|and)[ \u00a0]*[0-9]{{1,2}}[ \u00a0]+{MONTH_PATTERN}")
_MONTH_DAY_BEFORE = refast.lazy(rf"\b{MONTH_PATTERN}[ \u00a0]+[0-9]{{1,2}},?[ \u00a0]*$")


_COUNT_NEXT = refast.lazy(r",?[ \u00a0]+(?:(?:around|about|some|nearly|almost|over|only|just|roughly|more[ \u00a0]+than)[ \u00a0]+)?[0-9]")


def is_dated_year(text: str, m: Mention) -> bool:
    """"May 8, 2025": the year of a full date (a byline), whatever count-like words follow it."""
    return bool(_YEAR_LIKE.fullmatch(text[m.start:m.end]) and (_MONTH_DAY_BEFORE.search(text, max(0, m.start - 18), m.start)
                                                               or _COUNT_NEXT.match(text, m.end)))  # "In pre-pandemic 2019 about 3,100 came"


def is_date_part(text: str, m: Mention) -> bool:
    """A bare number that is a year or a day of a date, not a count."""
    raw = text[m.start:m.end]
    if _YEAR_LIKE.fullmatch(raw):
        return True
    return bool(_DATE_BEFORE.search(text, max(0, m.start - 16), m.start) or _DATE_AFTER.match(text, m.end))
