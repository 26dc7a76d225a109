"""Dollar amounts that are no pay, cut or revenue of North Koreans abroad: trade, theft,
bribes, prices on the page, other people's pay, the host's average wage, upkeep deducted,
pay at home in Kaesong; and shares that are no share of pay (a change in pay, a share of the
country's trade). Split from extract.py: these look only at the words around the amount,
never at which metric it would take."""
from __future__ import annotations

import re
from functools import lru_cache

from . import refast
from .gazetteer import NOT_DEMONYMS, find_places
from .numbers import Mention
from .segment import Sentence

_VAGUE_MULTIPLE_BEFORE = refast.lazy(r"\bseveral[ \u00a0]+$", re.I)
_PRICE = refast.lazy(r"\.(?!00$)[0-9]{2}$|(?<![0-9]{3})\.00$")  # "$4.99", "$5.00" (not a formal "$300.00 a month")
_TRADE_NOUNS = r"exports?|export[ \u00a0]+(?:revenue|earnings|income)|trade|imports?|GDP|economy"  # the country's trade, no workers' money
_TRADE_AFTER = refast.lazy(rf"[ \u00a0]+(?:(?:a|per)[ \u00a0]+year[ \u00a0]+|(?:in[ \u00a0]+)?annual[ \u00a0]+|worth[ \u00a0]+of[ \u00a0]+|of[ \u00a0]+){{0,2}}(?:{_TRADE_NOUNS})\b"
                          r"|[ \u00a0]+(?:more[ \u00a0]+)?(?:(?:from|by)[ \u00a0]+)?(?:selling|sales[ \u00a0]+of)\b", re.I)  # "$1.1 billion selling coal"
# money named by what it is after the amount
_OTHER_MONEY_AFTER = refast.lazy(r"[ \u00a0]+(?:hit|blow)[ \u00a0]+to\b|[ \u00a0]+worth[ \u00a0]+of[ \u00a0]+sanctions(?![\w-])|\)?(?:[ \u00a0]+[a-z]+){0,4}[ \u00a0]+(?:in|as)[ \u00a0]+(?:a[ \u00a0]+)?(?:bribes?|damages|losses|rent|(?:arms|weapons?|missile)[ \u00a0]+(?:sales|deals|exports))\b"
                                r"|\)?(?:[ \u00a0]+[a-z]+){0,4}[ \u00a0]+in[ \u00a0]+interest\b(?![ \u00a0]+(?:in|for|on|from)\b)"
                                r"|[ \u00a0]+(?:(?:in[ \u00a0]+)?(?:revenue|income|export|earnings)[ \u00a0]+)?loss(?:es)?\b")  # "the $350 he paid out in bribes", "$2 million in damages", "$300 million in arms sales", "$60 a month in interest"
_BY_EVADING_AFTER = refast.lazy(r"[^.;]{0,30}?\bby[ \u00a0]+(?:skirting|evading|circumventing|dodging|breaching|violating)[ \u00a0]+(?:[\w.-]+[ \u00a0]+)?sanctions\b")  # "raised up to $3 billion by evading UN sanctions": the state's whole take (with no workers in the sentence)
# "sent back more than $2 billion over the last 15 years": a total over many years, no year's
# revenue (unless the amount is a year's: "$500 million a year over the past decade")
_PER_PERIOD = r"(?![ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:year|month)\b|[ \u00a0]+(?:annually|yearly|monthly)\b)"
_MANY_YEARS_AFTER = refast.lazy(_PER_PERIOD + r"[^.;]{0,60}?\b(?:over|in|during|across|for)[ \u00a0]+the[ \u00a0]+(?:last|past)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:years|decades)\b")
_SINCE_AFTER = refast.lazy(_PER_PERIOD + r"(?:[ \u00a0]+since[ \u00a0]+(?!the[ \u00a0]+start[ \u00a0]+of[ \u00a0]+the[ \u00a0]+year)|[ \u00a0]+(?:in|from|on|through)[ \u00a0]+[^.;,]{0,50}?[ \u00a0]+since[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:early[ \u00a0]+|late[ \u00a0]+|mid-?)?(?:19|20)[0-9]{2}\b))")  # ("has raised $30 million since Kim decided to send more", "$90 million in building contracts in Asia since 2001")
# what one scheme brought in over its life ("the scheme generated $88 million"): no year's revenue
_YEARLY = refast.lazy(r"\b(?:a|per|each|every|last|this)[ \u00a0]+year\b|\bannual(?:ly)?\b|\byearly\b|\bin[ \u00a0]+(?:19|20)[0-9]{2}\b", re.I)
# a sentence on the country's trade with no worker in it: exports, commodities, trade data
_TRADE_TALK = refast.lazy(r"\b(?:export(?:s|ed|ing)?|imports?|trade[ \u00a0]+data|customs[ \u00a0]+data|garment[ \u00a0]+industry|rights[ \u00a0]+to[ \u00a0]+(?:harvest|fish)|fishing[ \u00a0]+rights"
                         r"|from[ \u00a0]+(?:iron|coal|lead|zinc|seafood|textiles?|minerals?))\b", re.I)
_WORKER_WORD = refast.lazy(r"\b(?:workers?|workforce|labou?rers?|labou?r|employees|staff|miners|wages?|salar(?:y|ies)|pay|paid|abroad|overseas)\b", re.I)
_SCHEME = refast.lazy(r"\b(?:scheme|conspiracy|indictment|indicted|defendants|laptop[ \u00a0]+farms?)\b", re.I)
# "The operation reportedly generated more than $17 million", "the schemes netted": one operation's take, in the past
# (not "the operation brings in $500 million", a yearly rate)
_OPERATION_MADE_BEFORE = refast.lazy(r"\b(?:operation|schemes)[ \u00a0]+(?:(?:reportedly|allegedly|together|collectively|have|has|had)[ \u00a0]+)*(?:generated|raised|brought[ \u00a0]+in|made|earned|netted)[ \u00a0]+"
                                     r"(?:(?:over|more[ \u00a0]+than|about|around|some|nearly|almost|roughly|up[ \u00a0]+to|at[ \u00a0]+least|an[ \u00a0]+estimated)[ \u00a0]+)?$", re.I)
# what a span of years or one accused brought in: "from 2017 to 2023 and generated $80 million",
# "over a period of six years, generated revenue of", "was charged ... for helping ..., raising $6 million"
_COLLECTED = r"(?:generated|generating|earned|earning|made|making|raised|raising|netted|netting|collected|collecting|amassed|brought[ \u00a0]+in|reached[ \u00a0]+a[ \u00a0]+total[ \u00a0]+of)"
_SPAN_COLLECTED_BEFORE = refast.lazy(r"\b(?:(?:from|between)[ \u00a0]+(?:19|20)[0-9]{2}[ \u00a0]+(?:to|and|through|until)[ \u00a0]+(?:19|20)[0-9]{2}|over[ \u00a0]+a[ \u00a0]+period[ \u00a0]+of[ \u00a0]+(?:[\w-]+[ \u00a0]+)?years)\b"
                                    rf"[^.;]{{0,60}}?\b{_COLLECTED}\b[^.;$]{{0,40}}$"
                                    rf"|\b(?:was|were)[ \u00a0]+(?:charged|sentenced|convicted)\b[^.;]{{0,120}}?\b(?:raising|generating|earning|netting|collecting)[ \u00a0]+(?:(?:more[ \u00a0]+than|over|about|at[ \u00a0]+least)[ \u00a0]+)?$", re.I)
# what one agent or official hands over, and a lump sum on the way home: no metric's money
_ONE_AGENT_BEFORE = refast.lazy(r"\beach[ \u00a0]+(?:\w+[ \u00a0]+)?(?:agents?|officials?|supervisors?|minders?)\b[^.;]{0,50}?\b(?:remit|extort|hand|send|deliver|pay)\w*\b[^.;]{0,25}$", re.I)
# "North Korean labourers on sites for the 2022 World Cup in Qatar receive as little as 12 percent": the worker's share, told far from its subject
WORKER_KEEPS_LITTLE = refast.lazy(r"\b(?:workers?|labou?rers|employees|staff|seamstresses)\b(?:(?!\b(?:state|government|regime|party|company|Pyongyang|said|says|told)\b)[^.;]){0,110}?"
                                 r"\b(?:receive|receives|received|get|gets|got|keep|keeps|kept|take[ \u00a0]+home|takes[ \u00a0]+home)[ \u00a0]+(?:as[ \u00a0]+little[ \u00a0]+as|only|no[ \u00a0]+more[ \u00a0]+than|at[ \u00a0]+best|at[ \u00a0]+most)[ \u00a0]+$", re.I)
_COST_BEFORE = refast.lazy(r"\bcost(?:s|ing)?[ \u00a0]+(?:North[ \u00a0]+Korea|Pyongyang|the[ \u00a0]+(?:country|regime|North)|it|(?P<them>them))[ \u00a0]+(?:(?:an[ \u00a0]+estimated|about|some|around)[ \u00a0]+)?$")  # what an event cost the North; "the programme costs them $1.7 billion a year" (a quota that "costs them $400 a month" is the state's cut: only large sums)
_TEAM_COULD_MAKE_BEFORE = refast.lazy(r"\b(?:a|one|each)[ \u00a0]+(?:teams?|groups?|cells?)[ \u00a0]+of\b[^.;]{0,60}?\b(?:can|could)[ \u00a0]+(?:make|earn|generate|bring[ \u00a0]+in)\b[^.;]{0,20}$", re.I)  # "a team of IT workers can make $3 million a year": what one team could make
_WORKER_MONEY_AFTER = refast.lazy(r"[^.;]{0,60}?\b(?:workers?|wages|remittances|labou?r)\b")
_BACK_HOME_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:USD|US[ \u00a0]+dollars|dollars))?(?:[ \u00a0]+(?:a|per)[ \u00a0]+month)?[ \u00a0]+back[ \u00a0]+home\b")  # "their monthly salary of $30-$50 back home"
_SENT_HOME_BEFORE = refast.lazy(r"\b(?:send|sends|sent|sending|wire|wires|wired|wiring|remit|remits|remitted|remitting|transfer|transfers|transferred|bring|brings|brought|take|takes|took|carry|carries|carried)\b[^.;]{0,40}$", re.I)  # ("send their salary of $400 back home")
_PAY_WORD_BEFORE = refast.lazy(r"\b(?:salary|salaries|wages?|pay|earn|earns|earned|earning|income)\b[^.;$]{0,30}$", re.I)
_PAY_AT_HOME_BEFORE = refast.lazy(r"(?<!than[ \u00a0])(?<!unlike[ \u00a0])(?<!than[ \u00a0]their[ \u00a0])\b(?:wages?|pay|salar(?:y|ies)|incomes?)[ \u00a0]+(?:at[ \u00a0]+home|in[ \u00a0]+North[ \u00a0]+Korea|inside[ \u00a0]+(?:North[ \u00a0]+Korea|the[ \u00a0]+country))\b[^.;:,$]{0,30}$", re.I)  # "pay at home is well under $8 a month"
_CIVIL_SERVANTS_BEFORE = refast.lazy(r"\bcivil[ \u00a0]+servants[ \u00a0]+(?:are|were)[ \u00a0]+(?:earning|paid)\b[^.;]{0,20}$")  # the host's public pay
# "while the company retains 80 to 90 percent of the workers' wages": the state's or the firm's cut, told with
# the keeper as the subject of its clause (not "workers in the firm keep 30 percent", "sent abroad by the state keep")
_KEEPER_VERB_BEFORE = refast.lazy(r"(?P<np>\b(?:(?:the|its)[ \u00a0]+)?(?:company|firm|state|regime|government|agency|employer|Pyongyang|"
                                  r"North[ \u00a0]+Korean[ \u00a0]+(?:state|regime|government|authorities))|\bit)[ \u00a0]+(?:keeps|retains|retained|kept|takes|took)[ \u00a0]+"
                                  r"(?:(?:about|around|roughly|nearly|almost|only|just|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as|more[ \u00a0]+than|over|at[ \u00a0]+least)[ \u00a0]+)?$")
_CLAUSE_OPENS = refast.lazy(r"(?:[,;:]|\b(?:while|whereas|but|and|as|where|when|so|yet|that|said|says|say|added|adds))[ \u00a0]*$")


def state_keeps(text: str, m: Mention, sent: Sentence) -> bool:
    """A share the state or the firm keeps, said with it as the clause's subject ("... while the
    company retains 80 to 90 percent"), is its cut, though workers are named earlier."""
    k = _KEEPER_VERB_BEFORE.search(text, max(sent.start, m.start - 60), m.start)
    if k is None:
        return False
    before = text[max(sent.start, k.start("np") - 12):k.start("np")]
    return not before.strip(" \u00a0\"“‘'(") or _CLAUSE_OPENS.search(before) is not None


# "another US$300 goes toward construction company managers": the middlemen's cut, not the state's
_TO_MANAGERS_AFTER = refast.lazy(r"[ \u00a0]+(?:goes|go|going|went)[ \u00a0]+(?:toward|towards|to)[ \u00a0]+(?:the[ \u00a0]+|their[ \u00a0]+)?(?:(?!(?:and|pay|state)\b)[\w-]+[ \u00a0]+){0,2}?"
                                 r"(?:managers|middlemen|brokers|bosses|supervisors|recruiters|contractors)\b(?![^.;]{0,40}\b(?:party|loyalty|state|Pyongyang|regime|government)\b)")  # (not "... as a party fee", "who send it to Pyongyang")
_BROKER_FEE_AFTER = refast.lazy(r"[^.;]{0,30}?\bfor[ \u00a0]+each\b[^.;]{0,40}?\b(?:procured|placed|recruited|found|supplied|brought)\b")  # "US$12 for each worker he procured": a broker's fee
_PER_HEAD_AFTER = refast.lazy(r"[^.;]{0,30}?\bper[ \u00a0]+(?:North[ \u00a0]+Korean[ \u00a0]+)?(?:labou?rer|worker|person|head)\b[^.;]{0,30}?\b(?:employed|hired|placed|supplied|recruited)\b")
_BROKER_WORD = refast.lazy(r"\b(?:brokers?|commissions?|compensation|incentives?|kickbacks?|fees?)\b", re.I)  # "$9 per laborer employed" paid to a broker
_COMPENSATION_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:USD|US[ \u00a0]+dollars|dollars))?[ \u00a0]+(?:of|in)[ \u00a0]+(?:compensation|damages)\b")  # "at least $16,000 USD of compensation"
_ON_RETURN_AFTER = refast.lazy(r"(?![ \u00a0]+(?:a|per|each)[ \u00a0]+month\b)[^.;]{0,80}?\b(?:upon|on|after)[ \u00a0]+(?:returning|their[ \u00a0]+return|going[ \u00a0]+home)\b")  # (not "$100-200 per month upon their return": pay)
_RETURNED_WITH_BEFORE = refast.lazy(r"\b(?:returned|came[ \u00a0]+home|went[ \u00a0]+home)(?:[ \u00a0]+home)?(?:[ \u00a0]+from[ \u00a0][^,;.]{0,50}?)?[ \u00a0]+with[ \u00a0]+(?:(?:less|more)[ \u00a0]+than|only|just|about|barely)?[ \u00a0]*$")  # "returned from years of labour with less than $150"
# the same span opening the sentence: "In six years, the scheme earned at least $90m for the regime"
_MANY_YEARS_OPENING = refast.lazy(r"[\"“‘'(]?(?:(?:In|Over|During|Across|Within)[ \u00a0]+(?:the[ \u00a0]+(?:last|past)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?(?:years|decades)"
                                 r"|Since[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?:19|20)[0-9]{2})\b[^.;]*$")  # ("Since 2021, its IT workers earned over $1 million")
_PER_PERIOD_AFTER = refast.lazy(_PER_PERIOD)
# a sum told with its span or as a whole after it: "generated $71 million for the regime over five
# years", "earning some $18 million in total"; a project's price in brackets: "a palace
# ($40 million)"; what building projects brought in: "earned $57 million from one country
# thanks to the construction of ..."
_SPAN_OR_WHOLE_AFTER = refast.lazy(r"(?:(?!\b(?:doubled|tripled|halved|grown|grew|risen|rose|fallen|fell|increased|decreased|declined|dropped|jumped|climbed)\b)[^.;]){0,60}?\bover[ \u00a0]+(?:the[ \u00a0]+(?:past|last)[ \u00a0]+)?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|many)[ \u00a0]+(?:years|decades)\b"
                                   r"|(?:[ \u00a0]+dollars)?[ \u00a0]+in[ \u00a0]+total\b|[ \u00a0]*\)", re.I)
_BRACKET_OPEN_BEFORE = refast.lazy(r"\b(?:palace|statues?|stadium|museum|monument|memorial|hall|cent(?:re|er)|park|building|academy|cemetery|tower|theatre|theater|arena|airport|bridge|dam|hotel|complex|project|contract)\b[^().;]{0,30}\([ \u00a0]*(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$", re.I)
_FROM_BUILDING = refast.lazy(r"\b(?:thanks[ \u00a0]+to|from|for)[ \u00a0]+the[ \u00a0]+construction[ \u00a0]+of\b|\b(?:after|for|from|by)[ \u00a0]+(?:producing|building|constructing|erecting|making)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:statues?|monuments?|palaces?|stadiums?|museums?|buildings?)\b", re.I)
# money named by what it is before the amount: stolen, seized, spent, arms sales, goods traded, fees
_OTHER_MONEY_BEFORE = refast.lazy(r"\b(?:stole|stolen|steal|steals|theft|heist|launder|launders|laundered|laundering|deficits?|bribes?|seized|fines?|fined|spent|spends|spending|"
                                 r"(?:missile|arms|weapons?)[ \u00a0]+(?:sales|deals?|exports?|trade))\b[^.;]{0,30}$"  # "arms deals with Iran ($1.5 billion)"
                                 r"|\b(?:ambassadors?|diplomats?|counsell?ors|consuls?|attach[eé]s|ambassadors?\b[^.;]{0,110}?\bsecretaries)\b(?:[ \u00a0]+and[ \u00a0]+[a-z]+)?[ \u00a0]+(?:receive|get|earn|make|are[ \u00a0]+paid)[ \u00a0]+(?:between[ \u00a0]+)?$"  # an embassy's pay scale
                                 r"|\b(?:offer\w*|announc\w*|post\w*)[ \u00a0]+(?:a[ \u00a0]+)?rewards?[ \u00a0]+(?:of[ \u00a0]+)?(?:up[ \u00a0]+to[ \u00a0]+)?$|\b(?:lump[ \u00a0-]+sum|one-off|one-time)[ \u00a0]+(?:payment[ \u00a0]+|fee[ \u00a0]+)?(?:of[ \u00a0]+)?(?:[0-9][0-9,.]*[ \u00a0]+[A-Za-z]+[ \u00a0]*\()?$"  # a reward offered; a one-off sum
                                 r"|\b(?:soldiers?|troops|servicemen)\b(?:(?!\b(?:workers|labou?rers|builders|who|they)\b)[^.;]){0,80}?\b(?:paid|earn\w*|wages?|salar\w*|revenue|income)\b[^.;]{0,30}$"  # soldiers' pay, what troops bring in
                                 r"|\b(?:pay|pays|paid|paying)[ \u00a0]+(?:(?:each|every|the|its|their)[ \u00a0]+)?(?:North[ \u00a0]+Korean[ \u00a0]+)?(?:soldiers?|troops|servicem[ae]n|mercenar(?:y|ies))[ \u00a0]+(?:(?:about|around|some|roughly|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as)[ \u00a0]+)?$"  # "to pay each soldier $2,000 per month"
                                 r"|\b(?:GNI|GDP)\b[^.;$]{0,80}?\b(?:won|rubles?|roubles?|yuan)[ \u00a0]*\($|\b(?:GNI|GDP)[ \u00a0]+per[ \u00a0]+capita\b[^.;$]{0,30}?\b(?:of|was|is|at|reached)[ \u00a0]+(?:(?:about|around|approximately|some|nearly)[ \u00a0]+)?$"  # "the GNI per capita at home, some 110,000 won ($80)": the economy, not pay
                                 r"|\bseizures?[ \u00a0]+of[ \u00a0]+(?:(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens[ \u00a0]+of)[ \u00a0]+[a-z]+[ \u00a0]+and[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?$|\b(?:(?:teams?|groups?)[ \u00a0]+of\b[^.;]{0,60}?|could[ \u00a0]+)collectively\b[^.;]{0,30}$"  # "seizures of roughly $2 million", "teams ... could collectively earn"
                                 r"|\b(?:goods|commodities|products)[ \u00a0]+traded\b[^.;]{0,60}$|\b(?<!labor )(?<!labour )trade\b[^.;]{0,40}?\bworth\b[^.;]{0,20}$"  # "the fish trade, once worth $300 million"  # "goods traded with it amount to $100 million"
                                 r"|\b(?:fees?|fares?|tickets?|prices?|priced|(?:penalt(?:y|ies)|sanction)[ \u00a0]+of|licen[cs]es?|caps?|capped|annual[ \u00a0]+quotas?|(?<!state[ \u00a0])(?<!national[ \u00a0])(?<!'s[ \u00a0])(?<!’s[ \u00a0])budget[ \u00a0]+(?:of|was|is|totals|totalled|totaled|totalling|totaling|amounted[ \u00a0]+to))\b[^.;]{0,40}$"  # "Exit permit fees cost 300 yuan (about $39)", "an agent's annual quota of $100,000" (a monthly quota per worker is the state's cut)
                                 r"|\b(?:subscri\w*|support[ \u00a0]+us|full[ \u00a0]+access|membership|please[ \u00a0]+donate|donate[ \u00a0]+(?:now|today|to[ \u00a0]+(?:us|our))|(?:make|one-off|monthly)[ \u00a0]+a?[ \u00a0]*donations?[ \u00a0]+(?:to[ \u00a0]+(?:us|our)|today|now)|donations?[ \u00a0]+(?:from|by)[ \u00a0]+readers)\b[^.;]{0,60}$"  # a page's own prices
                                 r"|\b(?:slash\w*|cut|cuts|cutting|reduc\w*|lower\w*|shrink\w*|trim\w*)\b[^.;]{0,80}?\bby[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+|an[ \u00a0]+estimated[ \u00a0]+)?$", re.I)  # "will slash its revenue by $200 million": a change
_FOR_OTHERS_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:a|per)[ \u00a0]+month)?[ \u00a0]+for[ \u00a0]+(?:an?|each|the)[ \u00a0]+(?!North\b)[A-Z][a-z]+(?:ian|ean|ese|i|ish|ch|no)\b")
# "local staff at the plants usually get 4,500 yuan ($650)": others' pay
_OTHERS_PAY_BEFORE = refast.lazy(rf"\b(?:{NOT_DEMONYMS}(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ch|ino|i)|Cuban|Mexican|Kenyan|Angolan|Ugandan|Libyan|Venezuelan)[ \u00a0]+(?:(?:health|medical|construction|farm)[ \u00a0]+)?(?:people|workers|labou?rers|nationals|employees|citizens|sailors|seamen|seafarers|crew(?:men|s)?|fishermen|doctors|nurses|medics|teachers|soldiers|troops|servicemen)"
                                r"|(?i:locals|local[ \u00a0]+(?:workers|people|staff)))\b(?P<gap>[^.;]{0,80})$")
# "the average wage in Russia was 31,000 rubles ($600)": the host's economy
_HOST_AVERAGE_BEFORE = refast.lazy(r"\b(?i:average|mean|median|minimum)[ \u00a0]+(?i:monthly[ \u00a0]+)?(?i:salary|salaries|wages?|pay)[ \u00a0]+"
                                  r"(?:in|within|across|of)[ \u00a0]+(?:the[ \u00a0]+)?(?!North\b|DPRK\b)[A-Z][^.;]{0,60}$")
# "an additional 10 to 20 percent deducted for lodging", "$45 was deducted from their pay for
# accommodation": upkeep, not the state's cut (a dollar amount needs the deduction said: "kept
# $300 for food" is what a worker keeps)
UPKEEP_AFTER = refast.lazy(r"[^.;]{0,40}?\bfor[ \u00a0]+(?:lodging|food|accommodation|board|meals|rent|housing|dormitor(?:y|ies)|living[ \u00a0]+(?:costs|expenses))\b")
_UPKEEP_DEDUCTED_AFTER = refast.lazy(r"[^.;,]{0,25}?\b(?:deducted|withheld|charged|taken)\b[^.;,]{0,25}?\bfor[ \u00a0]+(?:lodging|food|accommodation|board|meals|rent|housing|dormitor(?:y|ies))\b")
# "the minimum wage in building in Mongolia is 260 USD": the host's legal floor (not "paid the
# minimum wage of 2,000 zloty, about $530")
_MINIMUM_WAGE_BEFORE = refast.lazy(r"\bminimum[ \u00a0]+(?:monthly[ \u00a0]+)?(?:wage|salary|pay)[ \u00a0]+(?:in|for|across)[ \u00a0]+[^.;]{0,50}?"
                                  r"\b(?:is|was|stands[ \u00a0]+at|stood[ \u00a0]+at)[ \u00a0]+(?:(?:about|around|roughly)[ \u00a0]+)?$", re.I)
# "paid 20,000 roubles (about $310) for six people": one sum for a group, no worker's pay
_FOR_GROUP_AFTER = refast.lazy(r"(?:[^.;]|\.(?=\))){0,12}?[ \u00a0]+(?:for|between|among)[ \u00a0]+(?:all[ \u00a0]+)?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|a[ \u00a0]+dozen)[ \u00a0]+"
                              r"(?:people|persons|workers|men|women|labou?rers|of[ \u00a0]+them)\b"
                              r"|(?:[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:month|year))?[ \u00a0]+(?:collectively|combined|between[ \u00a0]+them)\b", re.I)  # "$18,000 a month collectively": a group's
_KAESONG = refast.lazy(r"\b(?:Kaesong|Gaeseong)\b")  # the joint industrial zone: North Koreans at work at home
_NK_ZONE = refast.lazy(r"\b(?:Rason|Rajin|Sinuiju|Pyongyang|Wonsan|inside[ \u00a0]+North[ \u00a0]+Korea|at[ \u00a0]+home)\b")  # pay told inside the North too
# the sentence right after one naming the zone, with no word of work abroad, is still about the zone
_ABROAD = refast.lazy(r"\b(?:abroad|overseas|foreign|expat\w*|countr(?:y|ies)|dispatched|sent[ \u00a0]+to)\b")
_SENTENCE_END = refast.lazy(r"[.!?][\"”’]?(?=\s|$)")


def _next_sentence(text: str, k: re.Match[str], start: int) -> bool:
    """The sentence at start comes right after the one naming the zone at k, which names no host
    and compares nothing ("Builders in Russia earn more than those at Kaesong did" is about Russia)."""
    own = max(text.rfind(". ", 0, k.start()), text.rfind("\n", 0, k.start())) + 1
    return start - k.end() <= 400 and len(_SENTENCE_END.findall(text, k.end(), start)) <= 1 and "◆" not in text[k.end():start] \
        and text.count("\n", k.end(), start) <= 2 and not _COMPARED_TO.search(text, own, start) and not any(p.host for p in find_places(text, own, k.start()))


@lru_cache(maxsize=8)
def in_kaesong_story(text: str, sent: Sentence) -> bool:
    """The Kaesong zone is named in the 1,500 characters before a sentence that names no host
    (no country, city or "abroad") and speaks of "the complex" or "the zone": the story is still
    about the zone at home. Read once per sentence."""
    last = None
    for last in _KAESONG.finditer(text, max(0, sent.start - 1500), sent.start):
        pass
    return last is not None and (refast.in_sentence(_ZONE_TALK, text, sent.start, sent.end) is not None or _next_sentence(text, last, sent.start) and _ABROAD.search(text, last.end(), sent.end) is None) \
        and not any(p.host for p in find_places(text, last.end(), sent.end))  # (no host named since: "In Kazan, a hotel complex ..."; the sentence just after the zone's)


def kaesong_share(text: str, m: Mention, sent: Sentence) -> bool:
    """A share of what went into or came from the Kaesong zone: the zone named just after it, in its
    sentence with no host named, or in the story before it."""
    k = refast.in_sentence(_KAESONG, text, sent.start, sent.end)
    return KAESONG_AFTER.match(text, m.end, sent.end) is not None or (
        k is not None and "◆" not in text[k.end():m.start] and not _WHO_WORKED_BEFORE.search(text, max(sent.start, k.start() - 40), k.start())
        and not any(p.host for p in find_places(text, sent.start, sent.end))) \
        or in_kaesong_story(text, sent)  # (not past a "◆" heading the sentence runs into)


_WHO_WORKED_BEFORE = refast.lazy(r"\bwho\b[^.;,]{0,30}$")  # "defectors who once worked at Kaesong say ...": the speakers' past, not the share's place
_ZONE_TALK = refast.lazy(r"\bthe[ \u00a0]+(?:industrial[ \u00a0]+)?(?:complex|zone|park)\b|\[complex\]|\bKIC\b")
_COMPARED_TO = refast.lazy(r"\b(?:compared[ \u00a0]+(?:to|with)|than|versus|against|while|whereas)\b")
KAESONG_AFTER = refast.lazy(r"[^.;:◆]{0,60}?\b(?:Kaesong|Gaeseong)\b")  # a share of what went into or came from the zone (used for shares by extract.py)


def _lifetime_total(text: str, m: Mention, sent: Sentence) -> bool:
    """A sum of a million or more, in a sentence that names no year's period, gathered over a span
    ("In six years, ...", "... since Kim decided to send more", "... over six years", "... in total"),
    by one scheme ("the conspiracy generated $80 million") or by building projects, or a project's
    price in brackets ("a palace ($40 million)"): no year's revenue."""
    if (m.value or m.high or 0) < 1e6 or refast.in_sentence(_YEARLY, text, sent.start, sent.end):
        return False
    return (_MANY_YEARS_OPENING.match(text, sent.start, m.start) is not None or _SINCE_AFTER.match(text, m.end, sent.end) is not None) \
        and _PER_PERIOD_AFTER.match(text, m.end, sent.end) is not None or refast.in_sentence(_SCHEME, text, sent.start, sent.end) is not None \
        or _SPAN_COLLECTED_BEFORE.search(text, max(sent.start, m.start - 240), m.start) is not None \
        or (after := _SPAN_OR_WHOLE_AFTER.match(text, m.end, sent.end)) is not None and (not after.group().lstrip(" \u00a0").startswith(")")
                                                                                      or _BRACKET_OPEN_BEFORE.search(text, max(sent.start, m.start - 16), m.start) is not None) \
        or refast.in_sentence(_FROM_BUILDING, text, sent.start, sent.end) is not None or refast.in_sentence(_OVER_THE_PERIOD, text, sent.start, sent.end) is not None \
        or _OVER_N_YEARS_AFTER.match(text, m.end, sent.end) is not None and not _TO_BEFORE.search(text, max(sent.start, m.start - 20), m.start) \
        or _OPERATION_MADE_BEFORE.search(text, max(sent.start, m.start - 80), m.start) is not None \
        or _WHICH_MADE_BEFORE.search(text, max(sent.start, m.start - 50), m.start) is not None \
        or (raised := _HAS_RAISED_BEFORE.search(text, max(sent.start, m.start - 40), m.start)) is not None and (
            not raised.group("had") and not refast.in_sentence(_ANY_PERIOD, text, sent.start, sent.end) or _AS_OF_DATE.search(text, sent.start, m.start) is not None)  # ("As of May 2012, it had earned $90 million")


_OVER_THE_PERIOD = refast.lazy(r"\b(?:over|during|across)[ \u00a0]+the[ \u00a0]+(?:whole[ \u00a0]+|entire[ \u00a0]+)?period\b(?![ \u00a0]+(?:of|from|between|after|before|when|since|to)\b)", re.I)
_TO_BEFORE = refast.lazy(r"\bto[ \u00a0]+(?:[a-z]+[ \u00a0]+)?$")  # "doubled to $300 million in two years": a level reached
_OVER_N_YEARS_AFTER = refast.lazy(r"[ \u00a0]+(?:over|across)[ \u00a0]+(?:[0-9]+(?:\.[0-9]+)?|two|three|four|five|six|seven|eight|nine|ten)[ \u00a0]+years\b")  # "earned $1.64 million over 3.5 years"  # "brought in $2.1 billion over the period" (not "the same period of 2016")


# "a system that has raised up to $3 billion" (with no year's period in the sentence): all it ever brought in (not "is
# estimated to have earned", an estimate's tense)
_AS_OF_DATE = refast.lazy(r"\b(?:as[ \u00a0]+of|by|up[ \u00a0]+to|until)[ \u00a0]+(?:the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+)?(?:[A-Z][a-z]+[ \u00a0]+)?(?:19|20)[0-9]{2}\b", re.I)  # a running total up to then
_ANY_PERIOD = refast.lazy(r"\b(?:(?:19|20)[0-9]{2}|years?|annum|annual(?:ly)?|months?|fiscal|quarters?|weeks?)\b", re.I)
# "a front company ..., which generated over $1 million in profit": what one firm or scheme made, no year's revenue
_WHICH_MADE_BEFORE = refast.lazy(r"\b(?:company|companies|firm|firms|group|scheme|network|business|enterprise|corporation|entity|conglomerate|restaurant|project)\b[^.;]{0,90}?\b(?:which|that)[ \u00a0]+(?:(?:has|have|had|reportedly|allegedly)[ \u00a0]+)*(?:generated|earned|made|netted|raised|brought[ \u00a0]+in)[ \u00a0]+"
                                 r"(?:(?:over|more[ \u00a0]+than|about|around|some|nearly|almost|roughly|up[ \u00a0]+to|at[ \u00a0]+least|an[ \u00a0]+estimated)[ \u00a0]+)?$")
_HAS_RAISED_BEFORE = refast.lazy(r"(?<!to[ \u00a0])\b(?:has|have|(?P<had>had))[ \u00a0]+(?:so[ \u00a0]+far[ \u00a0]+|already[ \u00a0]+|also[ \u00a0]+)?(?:raised|earned|generated|brought[ \u00a0]+in|netted|amassed|funnell?ed|made)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:(?:up[ \u00a0]+to|about|around|some|more[ \u00a0]+than|over|as[ \u00a0]+much[ \u00a0]+as|an[ \u00a0]+estimated|almost|nearly|roughly|close[ \u00a0]+to|another)[ \u00a0]+)?$")


def not_workers_money(text: str, m: Mention, sent: Sentence) -> bool:
    """Whether a dollar amount is something other than what North Koreans abroad are paid,
    hand over or earn the state ("$3 billion annual export revenue", "stole $750 million",
    "US$350 for an Indonesian crewman", "$4.99", "$310 for six people", "$2 billion over the last 15 years")."""
    if _TRADE_AFTER.match(text, m.end, sent.end) or _OTHER_MONEY_BEFORE.search(text, max(sent.start, m.start - 130), m.start) \
            or _OTHER_MONEY_AFTER.match(text, m.end, sent.end) or _FOR_OTHERS_AFTER.match(text, m.end, sent.end) \
            or _PRICE.search(text, m.start, m.end) or _UPKEEP_DEDUCTED_AFTER.match(text, m.end, sent.end) \
            or _FOR_GROUP_AFTER.match(text, m.end, sent.end) or _MANY_YEARS_AFTER.match(text, m.end, sent.end) or _lifetime_total(text, m, sent) \
            or _ONE_AGENT_BEFORE.search(text, max(sent.start, m.start - 110), m.start) or _ON_RETURN_AFTER.match(text, m.end, sent.end) \
            or _RETURNED_WITH_BEFORE.search(text, max(sent.start, m.start - 90), m.start) and _PER_PERIOD_AFTER.match(text, m.end, sent.end) \
            or _BROKER_FEE_AFTER.match(text, m.end, sent.end) or _TO_MANAGERS_AFTER.match(text, m.end, sent.end) or _COMPENSATION_AFTER.match(text, m.end, sent.end) or _PER_HEAD_AFTER.match(text, m.end, sent.end) and _BROKER_WORD.search(text, sent.start, m.start) or _CIVIL_SERVANTS_BEFORE.search(text, max(sent.start, m.start - 60), m.start) or _PAY_AT_HOME_BEFORE.search(text, max(sent.start, m.start - 70), m.start) \
            or (cost := _COST_BEFORE.search(text, max(sent.start, m.start - 50), m.start)) is not None and (
                (m.value or m.high or 0) >= 1e7 if cost.group("them") else not _WORKER_MONEY_AFTER.match(text, m.end, sent.end)) \
            or (m.value or m.high or 0) >= 1e6 and _TEAM_COULD_MAKE_BEFORE.search(text, max(sent.start, m.start - 110), m.start) \
            or (refast.in_sentence(_TRADE_TALK, text, sent.start, sent.end) or _BY_EVADING_AFTER.match(text, m.end, sent.end)) and not refast.in_sentence(_WORKER_WORD, text, sent.start, sent.end):
        return True
    if _HOST_AVERAGE_BEFORE.search(text, max(sent.start, m.start - 120), m.start) or _MINIMUM_WAGE_BEFORE.search(text, max(sent.start, m.start - 80), m.start) \
            or _VAGUE_MULTIPLE_BEFORE.search(text, max(sent.start, m.start - 12), m.start) \
            or _BACK_HOME_AFTER.match(text, m.end, sent.end) and _PAY_WORD_BEFORE.search(text, max(sent.start, m.start - 40), m.start) \
            and not _SENT_HOME_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
        return True  # ("several $1000000.00 a year": an amount counted in, no sum)
    o = _OTHERS_PAY_BEFORE.search(text, max(sent.start, m.start - 130), m.start)
    if o is not None and "Korea" not in o.group("gap"):
        return True
    k = refast.in_sentence(_KAESONG, text, sent.start, sent.end)
    if k is None:
        return in_kaesong_story(text, sent)  # ("the lowest wage at the complex was $70 a month", a paragraph after the zone is named)
    return not (k.start() > m.end and _COMPARED_TO.search(text, m.end, k.start()) and not _NK_ZONE.search(text, sent.start, m.start))  # ("over US$170 a month, compared to $120 ... at Kaesong")


# "their wages rose 20 percent", "pay was slashed by 25%": how much pay changed, not a share of it
_CHANGE_QUALIFIED = r"(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|over|roughly|just|up[ \u00a0]+to)[ \u00a0]+)?$"  # "by almost 80 percent"
_PAY_CHANGE_BEFORE = refast.lazy(
    r"\b(?:wages?|pay|salar(?:y|ies)|earnings|incomes?|remittances)\b[^.;]{0,40}?\b(?:rose|risen|rise|rises|fell|fallen|fall|falls|"
    r"dropped|drop|increased|decreased|grew|grown|climbed|declined|jumped|surged|plunged|slashed|cut|reduced|lowered)[ \u00a0]+"
    r"(?:by[ \u00a0]+)?" + _CHANGE_QUALIFIED +
    # a premium on pay: "Night shifts earned them an extra 60 percent of their daily wage"
    r"|\b(?:earn|earns|earned|earning|paid|pays|get|gets|got|receive|receives|received)\b[^.;]{0,20}?\b(?:extra|additional|bonus)[ \u00a0]+$"
    # anything changed by a share: "a plan to cut fuel imports by almost 80 percent"
    r"|\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))\b(?:(?!\b(?:workers|labou?rers|Koreans|employees|staff|nationals)\b)[^.;]){0,80}?\bby[ \u00a0]+"  # (not "reduced the number of North Korean laborers by two-thirds")
    + _CHANGE_QUALIFIED, re.I)


_EXCEEDED_BY_BEFORE = refast.lazy(r"\b(?:exceed\w*|surpass\w*|overshoot\w*|overfulfill?\w*)\b[^.;]{0,40}?\bby[ \u00a0]+(?:anywhere[ \u00a0]+)?(?:between[ \u00a0]+)?(?:(?:about|around|some|nearly|up[ \u00a0]+to)[ \u00a0]+)?$")  # "exceeding export quotas by 40 percent"
_NAME_BRACKET_BEFORE = refast.lazy(r"\b(?!Pyongyang\b|Party\b|State\b)[A-Z][a-z]+[ \u00a0]*\([ \u00a0]*$")
_NAMED_SHARES = refast.lazy(r"\b[A-Z][a-z]+[ \u00a0]*\([ \u00a0]*[0-9][0-9.,]*[ \u00a0]*(?:%|percent|per[ \u00a0]cent)[ \u00a0]*\)")
_PAY_WORDS = refast.lazy(r"\b(?:wages?|salar(?:y|ies)|pay|paid|earn\w*|incomes?|remit\w*|money|revenues?|proceeds|cut|make|keep)\b", re.I)


def named_in_brackets(text: str, m: Mention, sent: Sentence) -> bool:
    """A share in brackets after a name, in a sentence that speaks of no pay ("the leaders are
    North Korea (4.1%), Eritrea (3.9%)"): a share of something else, such as a population."""
    return _NAME_BRACKET_BEFORE.search(text, max(sent.start, m.start - 24), m.start) is not None \
        and refast.in_sentence(_PAY_WORDS, text, sent.start, sent.end) is None and len(_NAMED_SHARES.findall(text, sent.start, sent.end)) >= 2


def pay_change(text: str, m: Mention, sent: Sentence) -> bool:
    """Whether a share is the change in pay ("wages rose 20 percent"), a premium on it, or what anything
    was changed by ("reduce imports by 90 percent"); a level it was
    changed to ("the cut was raised to 65%") is still a share; nor is a margin a quota was exceeded by."""
    return _PAY_CHANGE_BEFORE.search(text, max(sent.start, m.start - 130), m.start) is not None \
        or _EXCEEDED_BY_BEFORE.search(text, max(sent.start, m.start - 80), m.start) is not None


# "6-7% of North Korea's total export earnings": a share of the country's trade, not of pay
OF_TRADE_AFTER = refast.lazy(r"[ \u00a0]+of[ \u00a0]+(?:(?:North[ \u00a0]+Korea['’]s|the[ \u00a0]+country['’]s|its|the|total|all|annual)[ \u00a0]+){0,3}"
                            rf"(?:{_TRADE_NOUNS}|export[ \u00a0]+\w+|foreign[ \u00a0]+(?:trade|(?:currency|exchange)[ \u00a0]+(?:earnings|income|revenues?))|budget)\b"
                            r"|[ \u00a0]+of[ \u00a0]+(?:(?!(?:proceeds|earnings|wages|income|labou?r|workforce|workers)\b)[\w-]+[ \u00a0]+){0,4}?(?:exports|imports)\b"  # "85 per cent of refined petroleum product exports"
                            r"|[ \u00a0]+(?!Korean\b)[A-Z][a-z]+(?:ian|ese|ean|ish|an|i)[ \u00a0]+(?:income[ \u00a0]+)?tax(?:es)?\b"  # "a 12% Mongolian tax": the host's tax (not "a 70 percent tax" the state levies)
                            r"|[ \u00a0]+of[ \u00a0]+(?:their|the|its)[ \u00a0]+(?!North\b|Korean\b)[A-Z][a-z]+(?:ese|ian|ean|ish)[ \u00a0]+(?:workers|labou?rers|employees|staff)\b"  # "one third of their Chinese workers"
                            r"|[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:wages|pay|salaries|earnings|money[ \u00a0]+paid[ \u00a0]+to)[ \u00a0]+(?:of[ \u00a0]+)?(?:an?[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:Chinese|Russian|Mongolian|Malaysian|Polish|Maltese|Kuwaiti|Qatari|Emirati|local)[ \u00a0]+(?:workers?|labou?rers?|employees?|staff)\b"  # "a third of the wages of regular Chinese workers", "of the money paid to a Chinese worker"
                            r"|[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:proceeds|profits?|revenues?)[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?(?:logging|timber|fishing|catch|mining|sales?)\b"  # "35% of proceeds of logging"
                            # "Russia takes 72% and North Korea 28% of what is felled": a share of the goods
                            r"|(?:[ \u00a0]+and[ \u00a0]+[A-Z][\w \u00a0]{0,20}?[0-9]+[ \u00a0]*(?:%|percent|per[ \u00a0]+cent))?[ \u00a0]+of[ \u00a0]+what[ \u00a0]+(?:is|was|are|were|gets|got)[ \u00a0]+"
                            r"(?:felled|cut|logged|caught|harvested|produced|mined|grown|built|made)\b"
                            # "home to 4% of Canada's people": a share of a population or a land
                            r"|[ \u00a0]+of[ \u00a0]+(?:[A-Z][\w-]+['’]s|the[ \u00a0]+(?:country|world|nation|region)['’]s)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:people|population|inhabitants|residents|territory|land[ \u00a0]+area|area)\b(?!['’])"
                            r"|[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:population|inhabitants|territory|land[ \u00a0]+area)\b(?!['’])"
                            # "only 25 percent of the pay ends up with the worker": what the worker keeps
                            r"|[ \u00a0]+of[ \u00a0]+(?:the|their|his|her|its)[ \u00a0]+(?:salary|salaries|wages?|pay|earnings|income)[^.;,]{0,30}?\b(?:goes|go|went|ends[ \u00a0]+up|ended[ \u00a0]+up)[ \u00a0]+(?:to|with)[ \u00a0]+(?:the[ \u00a0]+)?(?:employees?|workers?|labou?rers?|them)\b(?!['’])")


# "Experts think the more likely figure is $250 million", after a sentence on what the
# workers earn the state a year: the same kind of sum, named again with no cue of its own
_SUM_NAMED_BEFORE = refast.lazy(r"\b(?:figure|estimate|number|amount|sum|total)\b[^.;]{0,40}$", re.I)
_REVENUE_CUE = refast.lazy(r"\b(?:a|per|each|every)[ \u00a0]+year\b|\bannual(?:ly)?\b|\brevenue\b|\bearn(?:s|ed|ings)?\b")


def revenue_named_before(text: str, sent: Sentence, m: Mention, prev_low: str) -> bool:
    """Whether a sum of a million dollars or more with no cue of its own names again the
    yearly revenue the sentence before spoke of ("the more likely figure is ...")."""
    size = max(v for v in (m.value, m.low, m.high, 0.0) if v is not None)
    return size >= 1e6 and _SUM_NAMED_BEFORE.search(text, max(sent.start, m.start - 60), m.start) is not None \
        and _REVENUE_CUE.search(prev_low) is not None
