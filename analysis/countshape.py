"""What a count counts when its words say it is not North Koreans at work abroad (casualties,
defectors, defendants, troops, other nationals, firms, ships, a firm's whole workforce, a
forecast), and the few shapes that say what a count with no noun of its own counts ("the 64
Asians" told again, "Some of them (about 260)", "brings home 450 workers from Mongolia").
Split from extract.py: these look only at the words around a number, never at the metric it
would take; numbers that label, date or age rather than count are labelshape.py's."""
from __future__ import annotations

import re
from functools import lru_cache

from . import refast
from .gazetteer import NOT_DEMONYMS, load
from .labelshape import PEOPLE_NOUN_AFTER, noun_ahead
from .numbers import Mention
from .placefinder import BRING_HOME
from .segment import Sentence


# Counts of something other than North Koreans at work, read off the words around them.
# a flow of visitors, not of North Korean workers ("100 or 250 people a night"); "250 workers going home every day" stays
_RATE_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:or|to)[ \u00a0]+[a-z0-9][a-z0-9,]*)?[ \u00a0]+(?:(?:flights|trips|times)[ \u00a0]+)?(?:a|per)[ \u00a0]+(?:week|day)\b(?![ \u00a0]+(?:ago|earlier|before|later))|"  # "from three to six per week"
                         r"[ \u00a0]+(?:people|persons|visitors|tourists)[ \u00a0]+visit\w*\b[^.;]{0,30}?\b(?:a|per|each|every)[ \u00a0]+(?:day|week)\b|"  # "40 people visit the gallery per day"
                         r"(?:[ \u00a0]+(?:or|to)[ \u00a0]+[0-9][0-9,]*)?[ \u00a0]+(?:people|persons|visitors|tourists|guests|customers|diners|passengers)?"
                         r"(?:[ \u00a0]+[a-z]+){0,1}?[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:night|evening)\b|"
                         r"(?:[ \u00a0]+(?:or|to)[ \u00a0]+[0-9][0-9,]*)?[ \u00a0]+(?:people|persons|visitors|tourists|guests|customers|diners|passengers)"
                         r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:day|week|hour)\b|"
                         r"[ \u00a0]+(?:per|each|every)[ \u00a0]+(?:day|hour|shift)\b|[ \u00a0]+(?:workers|labou?rers|people)[ \u00a0]+at[ \u00a0]+a[ \u00a0]+time\b|"  # "could load up to seven per day": a rate
                         # "200 or so workers going home every day", "100 workers at a time": a flow, not a total
                         r"(?:[ \u00a0]+or[ \u00a0]+so)?(?:[ \u00a0]+[A-Z][a-z]+){0,2}(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:workers|labou?rers|people)(?:[ \u00a0]+(?:were|are|and|waiters))*"
                         r"(?:[ \u00a0]+(?:going|returning|leaving|departing|arriving|crossing|entering|coming|board|boarded|boarding|across))(?:[ \u00a0]+(?!hours?\b|days?\b)[A-Za-z]+){0,5}?[ \u00a0]+(?:(?:a|per|each|every)[ \u00a0]+day|at[ \u00a0]+a[ \u00a0]+time|once[ \u00a0]+(?:a|per|every)[ \u00a0]+(?:week|month))\b")
_SHUT_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:others|more|of them))?[ \u00a0]+(?:(?:remain|remained|remains|are|were|is|was|stay|stayed)[ \u00a0]+)(?:still[ \u00a0]+)?(?:open|closed|shut|in business)\b")
_LEGAL_BEFORE = refast.lazy(r"\b(?:names?|named|charged|charging|charges against|indicted|indicting|sanctions|sanctioned|sanctioning|designated|designating)[ \u00a0]+(?:(?:another|a further)[ \u00a0]+)?$", re.I)
_WORKFORCE_BEFORE = refast.lazy(r"\b(?:industry|sector|factory|plant|mine|company|firm|fleet|shipyard|yard|hospital|economy|project|site)\b(?:[ \u00a0]+(?:Limited|Ltd|Inc|LLC|Co)\.?,)?[^,;.]{0,40}?\b"
                               r"(?:employs|employed|has|had)[ \u00a0]+(?:(?:about|around|some|roughly|nearly|almost|more than|over|a total of)[ \u00a0]+)?$", re.I)
# "70 of his 640 employees are North Korean": the firm's whole workforce, the part before it is the figure
_GROUPS_OF_BEFORE = refast.lazy(r"\b(?:(?:into|in)[ \u00a0]+)?(?:(?:small|large|smaller|larger|separate)[ \u00a0]+)?(?:groups|teams|units|brigades|cells|batches|squads|companies)[ \u00a0]+of[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+|over[ \u00a0]+|up[ \u00a0]+to[ \u00a0]+|at[ \u00a0]+least[ \u00a0]+)?(?:[\w,]+[ \u00a0]+(?:to|or)[ \u00a0]+)?$", re.I)  # "put into groups of 12 people": a size
# "each of the 50 workers they oversee": an overseer's charges; "Three or four loggers ... go hunting as a team": a team;
# "Two North Koreans interviewed at a renovation project said": people a reporter met
_OVERSEEN_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}?[ \u00a0]+(?:workers|people|men|women|labou?rers)[ \u00a0]+(?:they|he|she)[ \u00a0]+(?:oversees?|supervises?|manages?|watch(?:es)?|guards?)\b")  # (not "workers who manage fish farms": they work)
_AS_A_TEAM_AFTER = refast.lazy(r"[^.;:!?]{0,60}?\bas[ \u00a0]+a[ \u00a0]+team\b")
# "Over 60 people attended the conference", "a meeting attended by some 40 experts": an audience, not a workforce
_ATTENDED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:people|persons|participants|guests|delegates|visitors|attendees|spectators|experts|officials|journalists|diplomats|scholars|researchers))?"
                              r"[ \u00a0]+(?:attended|were[ \u00a0]+in[ \u00a0]+attendance|turned[ \u00a0]+out[ \u00a0]+for)\b")
_ATTENDED_BY_BEFORE = refast.lazy(r"\battended[ \u00a0]+by[ \u00a0]+(?:(?:over|more[ \u00a0]+than|about|around|some|nearly|almost|roughly)[ \u00a0]+)?$")
# "Two of the women are 29 years old, and the third is 28": people of the story told by age, and an age
_AGED_AFTER = refast.lazy(r"(?:[ \u00a0]+of[ \u00a0]+(?:the|them|these|those)(?:[ \u00a0]+[\w-]+){0,3}?)?[ \u00a0]+(?:are|were|is|was)[ \u00a0]+(?:(?:about|around|aged|both|all|only|just)[ \u00a0]+)?"
                          r"[0-9]{1,2}(?:[ \u00a0]+years?[ \u00a0]+old|-years?-olds?)\b")
_AGE_AS_WELL_BEFORE = refast.lazy(r"\b(?:the|a)[ \u00a0]+(?:first|second|third|fourth|other|youngest|oldest|eldest|last)[ \u00a0]+(?:one[ \u00a0]+)?(?:is|was|turned)[ \u00a0]+(?:aged[ \u00a0]+|just[ \u00a0]+|only[ \u00a0]+)?$")
_AGE_WORDS = refast.lazy(r"\byears?[ \u00a0]+old\b|-years?-old\b")  # (not "40 men aged 20 to 30": an age told of a group that is counted)
_CLAUSE_ENDS_AFTER = refast.lazy(r"[ \u00a0]*(?:[.,;)]|$)|[ \u00a0]+years?[ \u00a0]+old\b")
# "Two North Korean waitresses sashayed in and out of our private room": people a reporter met, however few
_OUR_SCENE_AFTER = refast.lazy(r"(?:(?!\b(?:said|says|told|explained)\b)[^.;]){0,90}?\b(?:our|my)[ \u00a0]+(?:private[ \u00a0]+)?(?:room|table|booth|glasses|plates|orders?|meal|dinner|lunch)\b", re.I)
# "About half of 40 staff members are from North Korea": a mixed workforce, of which a share is North Korean
_SHARE_OF_BEFORE = refast.lazy(r"\b(?:half|a[ \u00a0]+third|a[ \u00a0]+quarter|two[ \u00a0]+thirds|three[ \u00a0]+quarters|most|[0-9]+(?:\.[0-9]+)?[ \u00a0]*(?:%|percent|per[ \u00a0]+cent))[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?$", re.I)
_ARE_NK_AFTER = refast.lazy(r"(?:(?!\bNorth[ \u00a0]+Korea)[^.;]){0,80}?(?<!who[ \u00a0])(?<!which[ \u00a0])(?<!that[ \u00a0])\b(?:are|were|is|was|come|came)[ \u00a0]+(?:from[ \u00a0]+)?(?:North[ \u00a0]+Korea(?:ns?)?|the[ \u00a0]+DPRK|DPRK)\b(?![ \u00a0]+[a-z])"
                            r"(?![^.;]*\bthe[ \u00a0]+(?:rest|others|remainder)\b)")  # (not "Most of the 2,000 workers, who are from North Korea"; "Half ... came from North Korea in 2017 and the rest in 2018")
_JOIN_US_BEFORE = refast.lazy(r"[ \u00a0\"“]*Join[ \u00a0]+(?:over[ \u00a0]+|more[ \u00a0]+than[ \u00a0]+)?")  # "Join 10k+ people to get notified about new posts": a page's sign-up box
# "adds 19 North Koreans to a black list": people named on a sanctions list
_ADDS_BEFORE = refast.lazy(r"\b(?:add|adds|added|adding)[ \u00a0]+(?:another[ \u00a0]+|a[ \u00a0]+further[ \u00a0]+)?$")
_TO_LIST_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:North|Korean|Koreans|individuals|people|officials|nationals|persons|entities|and|more|other|new)){0,4}[ \u00a0]+to[ \u00a0]+(?:a|the|its|their)[ \u00a0]+(?:black[ \u00a0-]?list|blacklist|sanctions?[ \u00a0]+list)\b")
_INTERVIEWED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:North|Korean|Koreans|workers|laborers|labourers|men|women))+[ \u00a0]+(?:interviewed|questioned|quoted)[ \u00a0]+(?:by|at|in|for)\b")
_EACH_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}?[ \u00a0]+(?:people|persons|workers|women|men)(?:[ \u00a0]+(?:will|would|are|were)[ \u00a0]+be)?[ \u00a0]+(?:in[ \u00a0]+)?each\b(?![ \u00a0]+(?:year|month|week|day|season|quarter)\b)")  # ("60 workers each year" is a flow); ("five groups with about 40 construction workers in each")
_WHOLE_OF_BEFORE = refast.lazy(r"[0-9][ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:his|her|its|their|our)[ \u00a0]+$")
_NK_NOUN_AFTER = refast.lazy(r"[ \u00a0]+(?:North[ \u00a0]+Korean|DPRK|N\.[ \u00a0]?Korean)\b")  # ("80 of their 170 North Korean workers": a count of them)
# "5,000 soldiers to help in the rebuilding of the Kursk region": military construction crews are workers
_TO_BUILD_AFTER = refast.lazy(r"(?:[^.;]{0,40}?|[^.;,]{41,60}?)\b(?:to|for|in)[ \u00a0]+(?:(?:aid|help|work|assist)[ \u00a0]+(?:in|on|with)[ \u00a0]+)?(?:the[ \u00a0]+)?(?:reconstruction|rebuilding|rebuild|construction|build|restore|restoration)\b")
_MILITARY_AFTER = refast.lazy(r"[ \u00a0]+(?:of[ \u00a0]+(?:its|their|the)[ \u00a0]+(?!former\b|retired\b|ex-))?(?:(?:North[ \u00a0]+Korean|DPRK|[a-z]+)[ \u00a0]+)?(?:military|army)[ \u00a0]+(?:personnel|staff|servicemen|officers)\b|(?:[ \u00a0]+North[ \u00a0]+Korean)?[ \u00a0]+personnel[ \u00a0]+(?:are[ \u00a0]+|were[ \u00a0]+)?(?:now[ \u00a0]+)?(?:stationed|deployed|posted)[ \u00a0]+(?:near|along|at|on|to)[ \u00a0]+the[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:border|front|frontline|front[ \u00a0]+line)\b|[ \u00a0]+(?:(?:more|additional|extra|new|construction|engineering)[ \u00a0]+)?(?:troops|soldiers|servicemen)\b")
_OWN_BUILDER_NOUN = refast.lazy(r"[ \u00a0]+(?:military[ \u00a0]+)?(?:builders|construction[ \u00a0]+workers)\b")  # "1,500 combat engineers and 4,000 military builders"
_BUILDER_TROOPS = refast.lazy(r"[ \u00a0]+(?:(?:North[ \u00a0]+Korean|DPRK)[ \u00a0]+)?(?:military[ \u00a0]+)?(?:construction|engineering)[ \u00a0]+(?:troops|soldiers)\b")  # "4,000 construction troops"
_BUILDERS_AFTER = refast.lazy(r"[^.;]{0,40}?\b(?:comprising|including|made[ \u00a0]+up[ \u00a0]+of|consisting[ \u00a0]+of)[ \u00a0]+(?:[0-9][0-9,]*[ \u00a0]+)?(?:[a-z]+[ \u00a0]+){0,3}?(?:engineers|builders|construction)\b"
                             r"|[^.;]{0,70}?\bincluding[ \u00a0]+[0-9][0-9,]*[^.;]{0,60}?\b(?:and|plus)[ \u00a0]+[0-9][0-9,]*[ \u00a0]+(?:military[ \u00a0]+)?(?:builders|construction[ \u00a0]+(?:workers|troops|specialists|personnel|crews))\b"
                             r"|[^.;]{0,20}?[—–(:][ \u00a0]*[0-9][0-9,]*[^.;]{0,80}?\b[0-9][0-9,]*[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:construction[ \u00a0]+workers|builders)\b")  # ("6,500 military personnel—1,500 sappers ... and 5,000 construction workers")  # "troops, comprising sappers and military builders"
_AND_WORKERS = refast.lazy(r"[ \u00a0]+(?:and|or)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:labou?rers|workers|builders)\b")
_POPULATION_AFTER = refast.lazy(r"[ \u00a0]+(?:for|in)[ \u00a0]+a[ \u00a0]+(?:population|country|nation)\b|[ \u00a0]+(?:in[ \u00a0]+total|in[ \u00a0]+all|nationwide)\b")
# "some 4,000 candidates chosen in the first round await their interviews": still at home
_AWAITING_AFTER = refast.lazy(r"[^.;,]{0,70}?[ \u00a0]+(?:(?:are|were|is)[ \u00a0]+)?(?:awaiting|undergoing)[ \u00a0]+(?:(?:their|the|final|a)[ \u00a0]+)*(?:interviews?|selection)\b")
_SHORTAGE_BEFORE = refast.lazy(r"\b(?:shortages?|shortfall|deficit|needs?|demand)\b[^.;:]{0,30}$|\b(?:lacks|lacked|lacking)\b(?:[^.;:,]|(?<=[0-9]),(?=[0-9])){0,60}$", re.I)
_DEFECTED = refast.lazy(r"(?:(?!,[ \u00a0]+(?:said|says|according)\b)(?:[^.;]|(?<=\b[A-Z])\.))*?\b(?:defected|defect|defecting|(?:sought|seek|seeking|wanted|requested|asked[ \u00a0]+for)[ \u00a0]+(?:political[ \u00a0]+)?asylum|(?:left|fled|escaped)[ \u00a0]+(?:for|to)[ \u00a0]+(?:South[ \u00a0]+Korea|Seoul)|(?:arrived|arriving|arrive)(?:[ \u00a0]+safely)?[ \u00a0]+in[ \u00a0]+(?:South[ \u00a0]+Korea|Seoul)|(?:released|sent|taken|transferred|held|brought|housed)[ \u00a0]+(?:from|to|at|in)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w’'-]+[ \u00a0]+){0,6}?(?:defectors?[ \u00a0]+(?:protection|reception|resettlement)[ \u00a0]+(?:center|centre)|Hanawon))\b", re.I)
_RESCUED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:where|while|and|but)\b)[\w-]+){0,3}?[ \u00a0]+(?:(?:have|has|had)[ \u00a0]+been[ \u00a0]+rescued|(?:are|were|remain|remained)?[ \u00a0]*still[ \u00a0]+missing)\b")  # "Four crew have been rescued", "the 12 crew members still missing": a shipwreck's toll
# "12 workers living in Moscow came to South Korea", "a dozen waitresses who arrived in the South": within the count's own clause
# "Thirteen restaurant workers, sent to work in Ningbo, China, flew directly from China to South Korea": the count's own
# noun phrase (and an aside), then the flight south
_FLEW_SOUTH_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:who|which|that|whose|after|before|when|while|said|says|he|she|they)\b)[\w-]+){0,7}?(?:,[^;.]{0,80}?,)?[ \u00a0]+(?:and[ \u00a0]+)?"
                                r"(?:(?:flew|travell?ed)(?:[ \u00a0]+(?:directly|straight|secretly|together))?|went[ \u00a0]+(?:directly|straight|secretly))"
                                r"(?:[ \u00a0]+from[ \u00a0]+[A-Z][\w-]*)?[ \u00a0]+to[ \u00a0]+(?:South[ \u00a0]+Korea|Seoul)\b(?![-‐])")
# "more than 200,000 people have entered North Korea and have never been heard from again": taken into the North
_INTO_NORTH_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:workers|labou?rers|builders|employees|staff|miners|loggers|fishermen|crew)\b)[\w-]+){0,2}?[ \u00a0]+(?:(?:have|has|had)[ \u00a0]+)?(?:entered|crossed[ \u00a0]+into|were[ \u00a0]+taken[ \u00a0]+(?:in)?to|were[ \u00a0]+abducted[ \u00a0]+to)[ \u00a0]+(?:North[ \u00a0]+Korea|the[ \u00a0]+North|the[ \u00a0]+DPRK)(?![\w’'-])(?![ \u00a0]+(?:Korean|of)\b)")  # (not workers going home)
# "up to 120,000 people remained in detention in the four known political prison camps": prisoners at home
_PRISON_CAMPS_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:workers|labou?rers|loggers|builders|miners|employees)\b)[\w-]+){0,3}?[ \u00a0]+(?:remained|remain|are|were|being|held|detained|imprisoned)[ \u00a0]+in[ \u00a0]+(?:detention[ \u00a0]+in[ \u00a0]+)?(?:the[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,2}?(?:political[ \u00a0]+prison[ \u00a0]+camps?|kwanliso)\b")
_CAME_SOUTH_AFTER = refast.lazy(r"[^.;,]{0,80}?\b(?:came[ \u00a0]+to|arrived[ \u00a0]+in)[ \u00a0]+(?:South[ \u00a0]+Korea|Seoul|the[ \u00a0]+South)\b(?![ \u00a0]*-?[ \u00a0]*[A-Z])")
_TO_FRONT_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:builders|workers|labou?rers|construction|engineers|sappers|deminers)\b)[\w-]+){0,3}?[ \u00a0]+(?:were|was|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:sent|deployed|dispatched)[ \u00a0]+"
                             r"to[ \u00a0]+the[ \u00a0]+(?:frontlines?|front[ \u00a0]+lines?|battlefields?|front(?![ \u00a0]+of\b))(?![\w-])(?![ \u00a0]+(?:region|city|town|area|zone|village)s?\b)"
                             r"(?![^.;]{0,60}\bto[ \u00a0]+(?:build|rebuild|restore|repair|clear|construct))")  # troops ("sent to the frontlines of Russia")
_FLED_AFTER = refast.lazy(r"(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:have|has|had)[ \u00a0]+(?:fled|escaped|defected)[ \u00a0]+(?:to[ \u00a0]+(?:(?:other|third)[ \u00a0]+countries|the[ \u00a0]+South\b|South[ \u00a0]+Korea\b)|(?:from[ \u00a0]+)?(?:North[ \u00a0]+Korea|the[ \u00a0]+North|their[ \u00a0]+(?:country|homeland))\b(?!['’]))")  # "32,000 North Koreans have fled to other countries", "have fled to the South": escapes
_ESCAPED_BEFORE = refast.lazy(r"\b(?:number|total|count)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:escaped|fleeing|runaway|absconded|missing)[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+)?(?:workers|employees|waitresses|labou?rers|staff)\b[^.;,]{0,30}$"
                              r"|\b(?:number|total|count)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:workers|employees|labou?rers)[ \u00a0]+(?:who[ \u00a0]+)?(?:managing[ \u00a0]+to[ \u00a0]+|managed[ \u00a0]+to[ \u00a0]+)?(?:escape|escaping|escaped|flee|fleeing|fled)\b[^.;,]{0,40}?\b(?:is|was|were|rose|fell|grew|dropped|declined|declining|increased|decreased|stood|reached|falling|rising)\b"
                              r"[^.;,]{0,30}?(?:\bfrom|(?<!next )\bto|\bat|:)[ \u00a0]+(?:(?:about|around|some|nearly|only|just)[ \u00a0]+)?$")  # "the number of workers managing to escape is declining: from 20 in 2022 to 10"  # "the number of escaped workers is 6-10": an escape
# North Koreans aboard North Korean fishing boats caught in another country's waters (poachers,
# boats adrift): not sent to work in a host country (the crew of a merchant ship held in a
# foreign port are seamen, counted)
_POACHING = refast.lazy_fast(r"\bpoach|\billegal(?:ly)?[ \u00a0]+(?:fish|catch|caught)|\b(?:schooners?|motorboats?)\b", re.I)  # (schooners and motorboats: the poachers' craft in these stories)
_HELD = refast.lazy_fast(r"\b(?:detain|arrest|seiz|captur|caught|apprehend|held\b|stopped|suppressed|intercept)", re.I)
_OWN_BOAT_CREW_AFTER = refast.lazy_fast(r"(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:crew(?:[ \u00a0]?members)?|crewmembers|crewmen|members|sailors|fishermen|seamen)[ \u00a0]+(?:of|on|aboard)[ \u00a0]+(?:the|a|an|its|their)[ \u00a0]+"
                                   r"(?:[\w-]+[ \u00a0]+){0,3}?(?:North[ \u00a0]+Korean|DPRK|DPRK-flagged|North[ \u00a0]+Korea-flagged)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:fishing[ \u00a0]+(?:vessel|ship|boat)s?|boats?|schooners?|trawlers?)\b")
_DESIGNATED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:by|that|which|who|the|a|an|for|at|of)\b)[\w-]+){0,10}?[ \u00a0]+(?:have[ \u00a0]+been|has[ \u00a0]+been|had[ \u00a0]+been|were|was)[ \u00a0]+(?:designated|blacklisted)\b")  # "15 IT workers and one entity were designated": a sanctions list
_OTHER_PEOPLE = refast.lazy_fast(r"\b(?:citizens|nationals|workers|migrants|people)[ \u00a0]+(?:from|of)[ \u00a0]+other[ \u00a0]+countries\b|\bforeign[ \u00a0]+(?:citizens|nationals)\b"
                            r"|\b(?:Russian|Chinese|Japanese)[ \u00a0]+(?:tourists|visitors|travell?ers)\b"
                            r"|\b(?:Russians|Chinese|Japanese|(?:Russian|Chinese)[ \u00a0]+(?:citizens|nationals))\b[^.;]{0,40}?\b(?:travell?ed|visited|went|trips)\b[^.;]{0,20}?\b(?:to|in)[ \u00a0]+North[ \u00a0]+Korea\b")  # and the other way: Russians going to North Korea
_NK_ORIGIN = refast.lazy_fast(r"\b(?:North[ \u00a0]+Korea|Pyongyang|DPRK)[ \u00a0]+(?:\w+[ \u00a0]+)?(?:sends?|sent|sending|dispatch\w*|deploy\w*|exports?|exported)\b|\bNorth[ \u00a0]+Koreans?\b|\bN\.[ \u00a0]?Koreans?\b|\b(?:from|by|of|in)[ \u00a0]+(?:the[ \u00a0]+)?(?:North[ \u00a0]+Korea|DPRK|Pyongyang)\b|\b(?:Pyongyang|North[ \u00a0]+Korea|DPRK)['’]s\b|\bDPRK[ \u00a0]+(?:citizens|nationals|workers|people)\b")
_WORKERS_WORD = refast.lazy_fast(r"\b(?:workers|labou?rers|labou?r)\b", re.I)  # "Russian tourists visiting North Korea": a destination
_UNLIKE_BEFORE = refast.lazy(r"\b(?:unlike|than|besides|apart[ \u00a0]+from|other[ \u00a0]+than|among|compared[ \u00a0]+(?:with|to)|like)[ \u00a0]+(?:\w+[ \u00a0]+){0,2}$", re.I)
_CREW_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!workers\b)[\w-]+){0,3}?[ \u00a0]+(?:crew|crews|crewmembers|crew[ \u00a0]+members|crewmen|sailors|seamen|fishermen)\b")
_CREW_OF_BEFORE = refast.lazy(r"\bcrew[ \u00a0]+of[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+|at[ \u00a0]+least[ \u00a0]+)?$")
_OWN_SHIP = refast.lazy_fast(r"\b(?:North[ \u00a0]+Korean|DPRK(?:-flagged)?|North[ \u00a0]+Korea-flagged|North[ \u00a0]+Korea['’]s)[ \u00a0]+(?:(?:small|wooden|squid|old|rickety|tiny|[0-9,.]+-ton(?:ne)?)[ \u00a0]+){0,2}(?:fishing[ \u00a0]+(?:ship|vessel|boat)|boat|schooner|trawler|motorboat)s?\b")  # a fishing boat, not a merchant ship (whose held crew are seamen)
_FOREIGN_SHIP = refast.lazy_fast(r"\b(?:foreign|Chinese|Russian|Taiwanese|Japanese|Korean-owned|Chinese-flagged|Russian-flagged|Taiwan-flagged|[A-Z][a-z]+-flagged)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:ship|vessel|boat|trawler|fleet)s?\b")
_WORKERS_NOUN_AFTER = noun_ahead(r"workers|labou?rers|employees")
_ON_BOARD_AFTER = refast.lazy(r"[^.;,]{0,40}?\b(?:on[ \u00a0]+board|aboard)\b")
_DEFECTORS_BEFORE = refast.lazy(r"\bdefectors[ \u00a0]*[,(—–-][ \u00a0]*$|\b(?:defections?|escapes?)[ \u00a0]+(?:en[ \u00a0]+masse[ \u00a0]+)?of[ \u00a0]+(?:the[ \u00a0]+)?$|\basylum[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?$"
                               r"|\b(?:defected|fled|escaped)[ \u00a0]+(?:together[ \u00a0]+|along[ \u00a0]+)?with[ \u00a0]+(?:(?:the|his|her|their|some|about|around)[ \u00a0]+)?$", re.I)  # "the defectors, 12 women and one man", "the defection of 12 waitresses", "who defected together with 12 female employees"
_ABDUCTED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:who|which|that|though|although|where|while|after|said|says)\b)[\w-]+){0,4}?[ \u00a0]+(?:were|was|had[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+abducted\b")  # "the 12 women in the group were abducted"
_INCIDENT_AFTER = refast.lazy(r"(?:[^.;]|(?<=\bN)\.|(?<=\b[A-Z])\.(?=(?:[A-Z]\.)?[ \u00a0]+(?:nationals|citizens|persons|residents)\b)){0,120}?\b(?:(?:were|was|had been|have been)[ \u00a0]+(?:caught|killed|murdered|slain|attacked|kidnapped|beheaded|found[ \u00a0]+dead|injured|indicted|charged|"
                             r"sentenced|convicted|stopped)|wanted[ \u00a0]+(?:by|for)|(?<=[A-Za-z][ \u00a0])(?:indicted|charged)(?:[ \u00a0]+[A-Z][a-z]+)?[ \u00a0]+(?:for|with|in)|(?:are|were|is|was)[ \u00a0]+(?:suspected|on[ \u00a0]+trial)\b|went[ \u00a0]+missing|found[ \u00a0]+dead|(?:may|might)[ \u00a0]+have[ \u00a0]+(?:suffocated|died)|suffocated|(?:have|had)?[ \u00a0]*(?:disappeared|vanished)|(?:were|was)[ \u00a0]+(?:present[ \u00a0]+)?(?:at|on)[ \u00a0]+the[ \u00a0]+scene|(?:have|has|had|showed|show|shows)[ \u00a0]+symptoms|tested[ \u00a0]+positive|(?:were|was)[ \u00a0]+(?:infected|detected)|faced[ \u00a0]+(?:indictment|charges)|(?<!the[ \u00a0]manager[ \u00a0])(?<!the[ \u00a0]owner[ \u00a0])(?<!the[ \u00a0]boss[ \u00a0])(?<!the[ \u00a0]director[ \u00a0])(?<!the[ \u00a0]supervisor[ \u00a0])(?:died|fled|flees?|escape[sd]?)|conspired)\b"
                             r"|(?:[ \u00a0]+(?!(?:who|which|whose|that|said|says|manager|owner|regime|group|boss|company|firm|they|he|she|it)\b)[\w'’-]+){0,10}?[ \u00a0]+(?:stole|laundered)\b", re.I)  # (not "called home just after the manager fled"; "the nine cooks and their manager escaped" is an escape)
_CASUALTY_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}[ \u00a0]+(?:(?:were|was|had[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+)?(?:[a-z]+ly[ \u00a0]+)?(?:(?:confirmed|reported)[ \u00a0]+(?:to[ \u00a0]+be[ \u00a0]+|as[ \u00a0]+)?)?(?:killed|injured|wounded|hurt|infected|(?:(?<=were[ \u00a0])|(?<=was[ \u00a0])|(?<=been[ \u00a0]))(?:slaughtered|murdered|kidnapped|abducted)|(?<!being[ \u00a0])(?:kidnapped|abducted)[ \u00a0]+by|beheaded|slain|burn(?:ed|t)[ \u00a0]+to[ \u00a0]+death|taken[ \u00a0]+hostage|took[ \u00a0]+their[ \u00a0]+own[ \u00a0]+lives|killed[ \u00a0]+themselves|committed[ \u00a0]+suicide|had[ \u00a0]+their[ \u00a0]+throats[ \u00a0]+slit|bodies|corpses)\b(?![ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(?:new[ \u00a0]+)?sanctions)", re.I)  # (also a headline's "3 Doctors Killed")
_SENTENCED_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}?[ \u00a0]+(?:(?:were|was|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+)?(?:sentenced|convicted|jailed)\b")  # "Five North Koreans sentenced for poaching": defendants
_DIED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:North|Korean|N\.|DPRK|workers?|labou?rers|people|men|women|nationals|employees|miners|loggers|builders|sailors|fishermen|of[ \u00a0]+them|in[ \u00a0]+total|have|had|reportedly)){0,4}[ \u00a0]+(?:died|perished|lost[ \u00a0]+their[ \u00a0]+lives)\b"
                          r"|(?:[ \u00a0]+(?:North|Korean|worker|workers|labou?rer|job-related|work-related|on-the-job)){0,3}[ \u00a0]+deaths\b")  # "112 North Korean workers lost their lives", "32 worker deaths"
_DEAD_AFTER = refast.lazy(r"(?:(?:[ \u00a0]+[A-Za-z-]+){0,3}?[ \u00a0]+(?:were|was|are|is|had[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:(?:reported|found|confirmed)[ \u00a0]+)?"
                         r"|(?:[ \u00a0]+(?:people|persons|workers))?[ \u00a0]+)dead\b(?![-‐]|[ \u00a0]+of\b)")  # "150,000 dead", "were reported dead"
_CASUALTY_CLAUSE_BEFORE = refast.lazy(r"\b(?:killed|injured|wounded|hurt)[,;][ \u00a0]+$|\b(?:killing|massacring|slaughtering)[ \u00a0]+(?:(?:about|around|some|nearly|over|at[ \u00a0]+least)[ \u00a0]+)?$|\bdeath[ \u00a0]+toll\b[^.;]{0,30}$"
                                     r"|\b(?:throats|bodies|remains|funerals|murders?|killings?|killers|(?i:deaths?))[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z0-9]+[ \u00a0]+(?:or|to)[ \u00a0]+)?$")  # "the death toll rose to five", "the bodies of the three workers"
_CHARGED_BEFORE = refast.lazy(r"\b(?:indictments?[ \u00a0]+(?:of|against)|(?-i:[A-Z])[\w.]*[ \u00a0]+sanctions|(?:charges|sanctions)(?:[ \u00a0]+(?:on[ \u00a0]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?[ \u00a0]+(?:against|on)|indicted|charged|sentenced|convicted|prosecuted|blacklist(?:s|ed|ing)?|indictment[ \u00a0]+(?:said|says|alleges|alleged)(?:[ \u00a0]+that)?|(?:wanted[ \u00a0]+notices|arrest[ \u00a0]+warrants|rewards?)[ \u00a0]+for|identification[ \u00a0]+of|(?:information[ \u00a0]+(?:on|about)[ \u00a0]+the[ \u00a0]+)whereabouts[ \u00a0]+of|information[ \u00a0]+on)[ \u00a0]+(?:the[ \u00a0]+)?$")  # "indicted 12 citizens", "the indictment said the 12 people"
# "Fourteen are heads of banks overseas", "two others are senior party officials": who they are says they are no workers
_ROLE_AFTER = refast.lazy(r"(?:[ \u00a0]+others)?[ \u00a0]+(?:are|were)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,4}?(?:heads|officials|diplomats|executives|representatives|agents|officers|bankers|spies|envoys|servicemen|soldiers|troops)\b")
# "cut the number of North Korean diplomats in the country to four": a count of non-workers
_NUMBER_OF_OTHERS_BEFORE = refast.lazy(r"\b(?:number|numbers|total|count)[ \u00a0]+of[ \u00a0]+(?:(?:[A-Z][\w-]*|its|their|the)[ \u00a0]+)*"
                                      r"(?:diplomats|diplomatic[ \u00a0]+(?:staff|personnel)|embassy[ \u00a0]+staff|officials|troops|soldiers|refugees|defectors|escapees|spies|hackers)\b(?:(?!\b(?:but|though|although|while|whereas|and)\b)[^.;,]){0,160}$"
                                      r"|\b(?:number|total)[ \u00a0]+of[ \u00a0]+(?:staff|employees|workers)[ \u00a0]+at[ \u00a0]+[A-Z][^.;]{0,40}$"
                                      r"|\b(?:number|total)[ \u00a0]+of[ \u00a0]+South[ \u00a0]+Koreans\b[^.;,]{0,60}$"
                                      r"|\b(?:number|total)[ \u00a0]+of[ \u00a0]+North[ \u00a0]+Koreans[ \u00a0]+who[ \u00a0]+(?:reached|arrived[ \u00a0]+in|entered|fled[ \u00a0]+to)[ \u00a0]+(?:South[ \u00a0]+Korea|the[ \u00a0]+South|Seoul)\b[^.;,]{0,60}$")  # "the number of staff at the plant rose to 700": the whole workforce
_KAESONG_ZONE = refast.lazy(r"\b(?:Kaesong|Gaeseong)\b")
# "Each official monitors 10 to 20 waitresses": a span of control, not a workforce; "Two others recall": speakers
_PER_EACH_BEFORE = refast.lazy(r"\beach[ \u00a0]+(?:\w+[ \u00a0]+)?(?:official|agent|supervisor|minder|manager|guard|foreman)[ \u00a0]+(?:\w+[ \u00a0]+){0,2}$", re.I)
# "All seven workers we spoke to": the people the reporter met; "85 individuals and 70 entities": a sanctions list
_MET_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:[A-Z][\w-]*|[a-z]+(?:s|men)|former|other|young))*?[ \u00a0]+(?:(?:that|whom)[ \u00a0]+)?(?:we|I)[ \u00a0]+(?:spoke[ \u00a0]+(?:to|with)|talked[ \u00a0]+(?:to|with)|interviewed|met)\b")
_PER_ROOM_AFTER = refast.lazy(r"[ \u00a0]+(?:people[ \u00a0]+)?(?:per|a|each|to[ \u00a0]+a)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:room|dormitory|dorm|bed|container|tent|cabin|apartment|flat|bunk)\b|[ \u00a0]+(?:[a-z]+[ \u00a0]+)?living[ \u00a0]+together[ \u00a0]+in[ \u00a0]+(?:a|one|each|the[ \u00a0]+same)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?:room|space|dormitory|dorm|apartment|flat|container)\b")  # "8 to 25 per small room", "10-20 workers living together"
_LEARNING_AFTER = refast.lazy(r"(?:[ \u00a0]+[a-z]+){0,4}?[ \u00a0]+(?:(?:are|were)[ \u00a0]+(?:(?:now|currently|also)[ \u00a0]+)?(?:learning|studying)|(?:have|had)[ \u00a0]+chosen)[ \u00a0]+(?:the[ \u00a0]+)?Korean(?![ \u00a0]+(?:workers|nationals|citizens))\b")  # "3,000 people across the country are learning Korean"
_LISTED_AFTER = refast.lazy(r"[ \u00a0]+(?:individuals|people|persons)[ \u00a0]+and[ \u00a0]+(?:[0-9][0-9,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)[ \u00a0]+entit(?:y|ies)\b")
_TO_MEASURE_AFTER = refast.lazy(r"[ \u00a0]+(?:to|or)[ \u00a0]+(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve)[ \u00a0-]+(?:year|month|week|day|hour)[ \u00a0]+[a-z]")  # "three to five year intervals"
_NUMBER_OF_THINGS_BEFORE = refast.lazy(r"\bnumber[ \u00a0]+of[ \u00a0]+(?:(?:[a-z]+|North[ \u00a0]+Korean)[ \u00a0]+)?(?:flights|trains|buses|routes|ships|vessels|restaurants|companies|firms|factories|markets)\b[^.;,]{0,90}$"
                                      r"|\bnumber[ \u00a0]+of[ \u00a0]+(?:North[ \u00a0]+Korean[ \u00a0]+)?(?:ships|vessels)\b(?:(?!\b(?:but|yet|and|with|while)\b)[^.;]){0,90}$")  # "the number of weekly flights ... to five from two"
_ETHNIC_AFTER = refast.lazy(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?ethnic[ \u00a0]+Koreans\b")  # "the city's 35,000 ethnic Koreans" (not "ethnic Korean workers")
_CITIZENSHIP_AFTER = refast.lazy(r"(?:[ \u00a0]+[\w-]+){0,4}?[ \u00a0]+(?:acquired|obtained|were[ \u00a0]+granted|received|took)[ \u00a0]+(?:the[ \u00a0]+)?(?:citizenship|nationality)\b")  # "790 people from North Korea acquired citizenship"
_VILLAGE_HAS_BEFORE = refast.lazy(r"\b(?:village|town|city|district|island)\b[^.;]{0,60}?\bhas[ \u00a0]+(?:only[ \u00a0]+)?(?:(?:about|around|some|roughly)[ \u00a0]+)?$")  # "The village ... has only about 250 people"
_ABROAD_AFTER = refast.lazy(r"[^.;,]{0,40}?\b(?:abroad|overseas|in[ \u00a0]+(?!Pyongyang\b|North\b)[A-Z])")
_POPULATION_NOUN_AFTER = refast.lazy(r"[ \u00a0]+(?:people|residents|inhabitants)\b(?![ \u00a0]+from)|[ \u00a0]*[,.;]")
_REQUESTED_BEFORE = refast.lazy(r"\b(?:asked|requested|applied)\b(?:(?!\b(?:agreed|decided|continued|allowed|began|started)\b)[^.;]){0,50}?\bto[ \u00a0]+(?:issue|grant)[ \u00a0]+(?:work[ \u00a0]+)?(?:visas|permits)[ \u00a0]+(?:to|for)[ \u00a0]+$"
                                r"|\b(?:requested|request(?:s|ing)?|asked[ \u00a0]+for)[ \u00a0]+the[ \u00a0]+(?:dispatch|sending|supply)[ \u00a0]+of[ \u00a0]+(?:(?:at[ \u00a0]+least|up[ \u00a0]+to|about|some|another)[ \u00a0]+)?$")  # ("a firm requested the dispatch of 650 workers": a request, no arrival)  # a request, not an issue
_MANSUDAE_BEFORE = refast.lazy(r"\bMansudae\b[^.;]{0,40}?\b(?:employs|(?:claims|says|is[ \u00a0]+said)[ \u00a0]+to[ \u00a0]+employ)\b[^.;]{0,60}$")  # the studio's staff at home in Pyongyang
# "It is the international division of the Mansudae Art Studio. The studio employs around 4,000": the same studio, named just before
_THE_STUDIO_BEFORE = refast.lazy(r"\b[Tt]he[ \u00a0]+studio\b(?!['’])(?:(?:(?!\b(?:abroad|overseas|branch|arm|contracts?|in[ \u00a0]+[A-Z]))[^.;]){0,90}?\band(?:[ \u00a0]+now)?)?[ \u00a0]+(?:employs|(?:claims|says|is[ \u00a0]+said)[ \u00a0]+to[ \u00a0]+employ)\b[^.;]{0,40}$")
_THERE_AFTER = refast.lazy(r"[^.;]{0,40}?\b(?:there|on[ \u00a0]+the[ \u00a0]+site)\b")  # ("employs 800 North Koreans there": abroad)
_MANSUDAE_STUDIO = refast.lazy(r"\bMansudae(?:[ \u00a0]+Art)?[ \u00a0]+[Ss]tudio\b")  # ("North Korea's Mansudae studio ... The studio was set up in 1959 ... and now employs roughly 4,000")
# "two sets of charges: ... and one in Georgia targeting four North Korean nationals": defendants
_TARGETING_BEFORE = refast.lazy(r"\b(?:targeting|targeted|against)[ \u00a0]+$")
_DEFENDANT_NOUN_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:North|Korean|DPRK|alleged|other|more)){0,3}[ \u00a0]+(?:nationals|individuals|men|persons|people|citizens|suspects|defendants)\b")
_AT_SITE_AFTER = refast.lazy(r"[^.;,]{0,40}?\bat[ \u00a0]+(?:its|the|a|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?(?:site|sites|project|projects|museum|construction)\b")
_CHARGES_WORD = refast.lazy(r"\b(?:charges|indictments?|prosecutors)\b", re.I)
_OWNERS_BEFORE = refast.lazy(r"\b(?:registered|owned|listed|held)\b[^.;]{0,70}?\bin[ \u00a0]+the[ \u00a0]+names?[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")  # owners on paper
_OWNED_BY_BEFORE = refast.lazy(r"\bowned[ \u00a0]+(?:and[ \u00a0]+run[ \u00a0]+)?by[ \u00a0]+$")  # "owned and run by two North Koreans" (not "operated by 20")
_BARE_AFTER = refast.lazy(r"[ \u00a0]+(?:it|they|that|which|Pyongyang|North[ \u00a0]+Korea)\b|[ \u00a0]*(?:[,.;)]|$)")  # no noun of its own
_ADDED_TO_TROOPS_BEFORE = refast.lazy(r"\b(?:troops|soldiers)\b[^.;]{0,60}?\bin[ \u00a0]+addition[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?$")  # "2,000 more troops, in addition to the 12,000"
_SPEAKERS_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:others|of[ \u00a0]+them))?[ \u00a0]+(?:recall(?:s|ed)?|remember(?:s|ed)?|told|testified|describe[sd]?|responded|replied)\b"
                            r"|(?:[ \u00a0]+(?:anonymous|former|unnamed))?(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:workers|witnesses|employees|labou?rers)[ \u00a0]+(?:confirm(?:s|ed)?|testif(?:y|ied))\b")  # "six anonymous shipyard workers confirm ..."
_WORKERS_TOLD_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:North[ \u00a0]+Korean|former))?[ \u00a0]+(?:workers|labou?rers|waitresses|servers|employees|defectors)[ \u00a0]+(?:told[ \u00a0]+(?:[A-Z]|the[ \u00a0]|reporters|journalists|us\b|me\b|investigators|researchers)|recalled[ \u00a0]+(?:that|how)\b|testified\b)")  # "the four workers told the AP" (not "told to leave")
_AGREED_TO_TALK_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}?(?:,[ \u00a0]+(?:most|all|some|many|several|half)[ \u00a0]+of[ \u00a0]+them[^,.;]{0,30},)?[ \u00a0]+agreed[ \u00a0]+to[ \u00a0]+(?:talk|speak|be[ \u00a0]+interviewed)\b")  # "two dozen workers agreed to talk to us", "two dozen North Korean workers, most of them women, agreed to talk"
# "repealed 74 previously issued permits", "applied for two or three workers": no stock or issue of permits
_WITHDRAW_VERBS = r"withdrew|withdrawn|repealed|revoked|cancell?ed|rescinded"
WITHDRAWN_BEFORE = refast.lazy(rf"\b(?:(?:{_WITHDRAW_VERBS})[ \u00a0]+(?:the[ \u00a0]+)?(?:work[ \u00a0]+)?(?:permits?|visas?)[ \u00a0]+(?:of|for)|appl(?:y|ied|ying)[ \u00a0]+for)[ \u00a0]+(?:(?:some|about|around|another|a[ \u00a0]+further)[ \u00a0]+)?(?:[\w,]+[ \u00a0]+(?:or|to)[ \u00a0]+)?$", re.I)
_WITHDREW_BEFORE = refast.lazy(rf"\b(?:{_WITHDRAW_VERBS})[ \u00a0]+(?:(?:some|about|around|another)[ \u00a0]+)?$")  # (not "withdrew 3,000 workers": sent home)
_PERMITS_NEXT = refast.lazy(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:work[ \u00a0]+)?(?:permits|visas)\b")
_EXPIRED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:have|had|has)(?:[ \u00a0]+(?:now|since|already))?)?[ \u00a0]+expired\b")
_FOUGHT_AFTER = refast.lazy(r"(?:[ \u00a0]+[A-Za-z-]+){0,3}[ \u00a0]+(?:fought|fight|fighting)\b|(?:[ \u00a0]+[A-Za-z-]+){0,4}?[ \u00a0]+(?:sent|deployed|dispatched)[ \u00a0]+to[ \u00a0]+fight[ \u00a0]+(?:in|for|against|alongside)\b|[^.;]{0,40}?\bfor[ \u00a0]+(?:poaching|illegal[ \u00a0]+fishing)\b")  # troops, poachers
_ARE_OTHERS_AFTER = refast.lazy(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:are|were)[ \u00a0]+(?:all[ \u00a0]+)?(?:actually[ \u00a0]+)?(?P<d>[A-Z][a-z]+)[ \u00a0]+(?:nationals|citizens|embassy|diplomats|officials)\b")
_FAMILY_AFTER = refast.lazy(r"(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+(?:are|were)[ \u00a0]+(?:their|his|her|its)[ \u00a0]+(?:family[ \u00a0]+members|famil(?:y|ies)|relatives|dependants|dependents|children|wives|spouses)\b(?!['’])")  # "the remaining eight are their family members"
_EMBASSY_BEFORE = refast.lazy(r"\b(?:ambassador|envoy|consul|diplomats?)\b[^.;,]{0,25}?\band[ \u00a0]+$", re.I)
_GONE_BEFORE = refast.lazy(r"\b(?:disappearance)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)
_PEOPLE_WORD_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:thousand|hundred))?[ \u00a0]+(?:people|persons|men|personnel)\b")
_TROOPS = refast.lazy(r"soldiers|troops|Soldiers|Troops")  # the cheap test first
_COMBAT = refast.lazy(r"\b(?:soldiers|troops)\b[^.;]*\b(?:front|war|combat|battle|battlefield|fighting)\b|\b(?:front|war|combat|battle|battlefield|fighting)\b[^.;]*\b(?:soldiers|troops)\b", re.I)
_BUILDING = refast.lazy(r"\b(?:build|builders?|building|rebuild\w*|construction|workers|labou?rers|deminers|sappers|engineers)\b", re.I)
# "BBC News interviewed six workers", "spoke to 12 labourers", "according to two researchers": the people a reporter met or cites, not a workforce
_MET_BREAKDOWN_BEFORE = refast.lazy(r"\b(?:interviewed|spoke[ \u00a0]+(?:to|with)|talked[ \u00a0]+(?:to|with))[ \u00a0]+(?:(?:about|some|around|nearly|more[ \u00a0]+than|over|at[ \u00a0]+least)[ \u00a0]+)?"
                                    r"(?:[0-9][0-9,]*|(?:two|three|a|half[ \u00a0]+a)[ \u00a0]+dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)[ \u00a0]+[^.;()]{0,30}\([ \u00a0]*$", re.I)  # "interviewed two dozen North Koreans (20 workers and four managers)"
_NAMED_AND_OTHERS = refast.lazy(r"\b(?:charg(?:ed|ing)|indict(?:ed|ing)|accus(?:ed|ing)|sanction(?:ed|ing)|designat(?:ed|ing))[ \u00a0]+(?:(?-i:[A-Z])[\w'’-]+(?:[ \u00a0]+(?-i:[A-Z])[\w'’-]+){0,2},?[ \u00a0]+){1,4}and[ \u00a0]+$", re.I)  # "charging Kim, Ri and five other North Koreans": defendants
_SANCTIONED_BEFORE = refast.lazy(r"\b(?:sanctioned|designated|blacklisted|sanctions[ \u00a0]+(?:on|against|targeting))[ \u00a0]+$")
# "only about 130 students from North Korea were studying in Russia": students at their studies, no workers nor arrivals
_STUDYING_AFTER = refast.lazy(r"[ \u00a0]+(?:North[ \u00a0]+Korean[ \u00a0]+)?students(?:[ \u00a0]+from[ \u00a0]+(?:North[ \u00a0]+Korea|the[ \u00a0]+DPRK))?[ \u00a0]+(?:were|are|was|is)[ \u00a0]+(?:currently[ \u00a0]+|now[ \u00a0]+)?studying\b"
                             r"(?![^.;]*\b(?:work\w*|employ\w*|labou?r\w*|build\w*|construction|jobs?|shifts?|factor(?:y|ies)|sites?|in[ \u00a0]+fact|on[ \u00a0]+paper|cover)\b)")  # (not students who work, nor "enrolled": the student-visa route to work)
_WORKFORCE_OF_BEFORE = refast.lazy(r"\b(?:of|with|employing|employs|employed|hires|hired)[ \u00a0]+(?:(?:about|some|around|nearly)[ \u00a0]+)?$")  # ("a contractor with 45 workers ... agreed to talk")
# "issued new indictments for 14 men wanted over the scheme" (not "no indictments for the 3,000 workers")
_INDICTMENTS_FOR_BEFORE = refast.lazy(r"\b(?<!no )(?<!without )indictments?[ \u00a0]+for[ \u00a0]+$")
# "among the 12 individuals designated on Friday", "the 9 North Koreans who were indicted": people
# named in sanctions or charges, whatever they did abroad
_PEOPLE_DESIGNATED_AFTER = refast.lazy(r"[ \u00a0]+(?:North[ \u00a0]+Korean[ \u00a0]+)?(?:individuals|persons|people|nationals|North[ \u00a0]+Koreans)[ \u00a0]+(?:(?:who|that)[ \u00a0]+(?:were|was|are|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+)?(?:designated|sanctioned|blacklisted|indicted|charged)\b(?![ \u00a0]+(?:for|to|as|with|by)\b)")  # (not "designated for dispatch", "charged with overstaying")
# "indicted six people, including three North Korean nationals": the defendants told apart
_DEFENDANTS_INCLUDING_BEFORE = refast.lazy(r"\b(?:indicted|charged|sanctioned|designated|accused|blacklisted)[ \u00a0]+(?:(?!of\b|\w+ing\b)[\w-]+[ \u00a0]+){1,3}?(?:individuals|people|persons|men|defendants|suspects|nationals|North[ \u00a0]+Koreans),?[ \u00a0]+(?:including|among[ \u00a0]+them)[ \u00a0]+$")
# "three suspects fled to Pyongyang while four others remain": the others are more of the same (the noun
# of a small count before, not "officials said 800 had left, while 600 others remain")
_NOT_WORKERS_THEN_OTHERS = refast.lazy(r"\b(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a[ \u00a0]+dozen)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:suspects|diplomats|officials|soldiers|troops|defendants|agents|spies|envoys|hackers|students)\b[^.;:!?]{0,120}$")
OTHERS_AFTER = refast.lazy(r"[ \u00a0]+others\b")  # (also read by extract: "while the 36 others are working")
_SANCTIONS_ON_AND_BEFORE = refast.lazy(r"\bsanctions[ \u00a0]+(?:on|against|targeting)[ \u00a0]+[^.;]{0,80}?[ \u00a0]+and[ \u00a0]+$")  # "sanctions on a trading firm and three North Korean nationals"
_PERSONS_AFTER = refast.lazy(r"[ \u00a0]+(?:North[ \u00a0]+Koreans|(?:North[ \u00a0]+Korean[ \u00a0]+)?(?:individuals|persons|officials|nationals|(?:IT[ \u00a0]+)?(?:operatives|agents)|IT[ \u00a0]+workers))\b")  # "sanctioned two North Koreans and their firm" (not "sanctioned 10,000 permits")
# "sanctioned three North Korean organizations and seven North Korean individuals", "imposed on 72 companies and over
# 80 individuals"; "the 15 sanctioned IT operatives": people on a sanctions list
_LISTED_AND_BEFORE = refast.lazy(r"\b(?:sanctioned|designated|blacklisted|imposed[ \u00a0]+on|sanctions[ \u00a0]+(?:on|against|targeting))[ \u00a0]+[^.;,]{0,80}?[ \u00a0]+and[ \u00a0]+"
                                 r"(?:(?:over|more[ \u00a0]+than|about|some|another)[ \u00a0]+)?$")
_LISTED_ADJ_AFTER = refast.lazy(r"[ \u00a0]+(?:newly[ \u00a0]+)?(?:sanctioned|designated|blacklisted)(?=[ \u00a0]+(?:North[ \u00a0]+Korean[ \u00a0]+)?(?:IT[ \u00a0]+)?(?:individuals|persons|operatives|agents|officials|nationals|North[ \u00a0]+Koreans)\b)")
_OTHER_AFTER = refast.lazy(r"[ \u00a0]+other\b")
_MET_BEFORE = refast.lazy(r"\b(?:interviewed|interviewing|(?:interviews?|conversations?)(?:[ \u00a0]+(?:with|of))?|spoke[ \u00a0]+(?:to|with)|talked[ \u00a0]+(?:to|with)|according[ \u00a0]+to|(?:patrons|diners|customers|guests|audience)\b[^.;]{0,15}?\b(?:included|were|numbered))[ \u00a0]+(?:(?:about|some|around|roughly|nearly|almost|more[ \u00a0]+than|over|at[ \u00a0]+least)[ \u00a0]+)?$", re.I)
_FIRM_SIZE_BEFORE = refast.lazy(r"\b(?:factories|firms|companies|businesses|plants|workshops)[ \u00a0]+(?:employing|with)[ \u00a0]+(?:fewer|less|more)[ \u00a0]+than[ \u00a0]+$")
# "That means that factories employing 200 North Korean workers would have to pay ...": a worked example
_EXAMPLE_FIRM_BEFORE = refast.lazy(r"\b(?:a[ \u00a0]+)?(?:factor(?:y|ies)|firms?|compan(?:y|ies)|businesses|plants?)[ \u00a0]+(?:employing|with)[ \u00a0]+$")
_WOULD_HAVE_TO_AFTER = refast.lazy(r"[^.;]{0,60}?\bwould[ \u00a0]+(?:have[ \u00a0]+to|need[ \u00a0]+to|pay|owe)\b")
_HOURS_BEFORE = refast.lazy(r"\bhours[ \u00a0]+(?:from[ \u00a0]+(?:[0-9]+[ \u00a0]+to[ \u00a0]+)?|to[ \u00a0]+)$")
_DEPORT = refast.lazy(r"deport|repatriat|expel|sent home|send them home", re.I)
_WORKFORCES_OF_BEFORE = refast.lazy(r"(?<!Korean )\bworkforces?[ \u00a0]+of[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?$", re.I)
_NK_FIRM = refast.lazy(r"\bNorth[ \u00a0]+Korean[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}(?:company|firm|factory|plant|mine|project|site)\b")  # its workers are North Koreans
_GENERIC_NOUN = refast.lazy(r"[ \u00a0]+(?:\w+[ \u00a0]+)?(?:men|women|people|persons|individuals|workers|employees|staff|doctors|nurses)\b")
_KOREAN_NEAR = refast.lazy(r"[^.;]{0,40}\b(?:North[ \u00a0]+Korea|DPRK|Korean)(?<!of[ \u00a0]them[ \u00a0]from[ \u00a0]North[ \u00a0]Korea)")  # (not "130 workers, with 45 of them from North Korea")


# other nationals as a sentence's people: "Chinese workers in Mongolia numbered 6,100", "only
# Chinese and Uzbek workers outnumber them, at 70,000 and 41,000 respectively" ("Korean" is left
# out: a North Korean is often just "Korean" in translated copy)
_OTHER_NATIONALS = refast.lazy(rf"\b{NOT_DEMONYMS}[A-Z][a-z]+(?:ian|ean|ese|i|ish|ch|ek|ai|no)(?:(?:,|[ \u00a0]+and|[ \u00a0]+or)[ \u00a0]+{NOT_DEMONYMS}[A-Z][a-z]+(?:ian|ean|ese|i|ish|ch|ek|ai|no))*"
                              r"[ \u00a0]+(?:workers|labou?rers|nationals|migrants|citizens|employees|crews?|fishermen)\b")
_NORTH_KOREANS = refast.lazy(r"\bNorth[ \u00a0]+Korea|\bN\.[ \u00a0]*Korea|\bDPRK\b|\bPyongyang\b|\bKorean\b")


@lru_cache(maxsize=8)
def of_other_nationals(text: str, sent: Sentence) -> bool:
    """The sentence counts other nationals only: their demonym on its workers, no North Korean in it.
    Read once per sentence (a flattened table is one sentence with thousands of counts)."""
    return _OTHER_NATIONALS.search(text, sent.start, sent.end) is not None and _NORTH_KOREANS.search(text, sent.start, sent.end) is None


# "coaches which can seat around 40 people", "a capacity of 300": room for people, not people
_CAPACITY_BEFORE = refast.lazy(r"\b(?:(?:could|can|would)[ \u00a0]+(?:hold|house|accommodate)|seat|seats|seating(?:[ \u00a0]+for)?|capacity[ \u00a0]+(?:of|for)|(?:living[ \u00a0]+)?(?:spaces?|beds?|rooms?|accommodation|housing)[ \u00a0]+for)[ \u00a0]+(?:(?:up[ \u00a0]+to|around|about|some|nearly|roughly|approx\.?|approximately|as[ \u00a0]+many[ \u00a0]+as)[ \u00a0]+)?$", re.I)


@lru_cache(maxsize=8)
def _sentence_scene(text: str, sent: Sentence) -> tuple[bool, bool]:
    """Whether the sentence is set in the Kaesong zone, and whether it speaks of troops in combat
    with no building: read once per sentence (a flattened table is one sentence with thousands of counts)."""
    return (_KAESONG_ZONE.search(text, sent.start, sent.end) is not None,
            _TROOPS.search(text, sent.start, sent.end) is not None and _COMBAT.search(text, sent.start, sent.end) is not None
            and _BUILDING.search(text, sent.start, sent.end) is None)


@lru_cache(maxsize=8)
def _boat_scene(text: str, sent: Sentence) -> tuple[bool, bool, bool]:
    """Whether the sentence names a foreign vessel, and whether a North Korean fishing boat or
    poaching and a holding are told in its paragraph (for any count), or in it and the 320
    characters before it (for a crew's count): read once per sentence (a flattened table is
    one sentence with thousands of counts); the rare words first."""
    para = max(text.rfind("\n", 0, sent.start) + 1, sent.start - 600)

    def told(lo: int) -> bool:
        return (_POACHING.search(text, lo, sent.end) is not None or _OWN_SHIP.search(text, lo, sent.end) is not None) \
            and _HELD.search(text, lo, sent.end) is not None
    wide = told(max(0, para - 320))
    return _FOREIGN_SHIP.search(text, sent.start, sent.end) is not None, wide and told(para), wide


def own_ship_crew(text: str, m: Mention, sent: Sentence) -> bool:
    """North Koreans aboard a North Korean fishing boat held abroad ("border guards stopped 40
    North Koreans poaching on four schooners", "arrested 120 people" beside a seized North
    Korean fishing boat, "the boat carried nine crew members" after its arrest): not sent to
    work in the country that holds them. The boat and the holding are told in the count's
    paragraph (a crew count may lean on the sentences just before). A count of workers, the
    crew of a merchant ship held in port (seamen), and crews hired onto foreign vessels
    ("250 North Korean seamen on Chinese trawlers") stay."""
    if _WORKERS_NOUN_AFTER.match(text, m.end, sent.end):
        return False
    foreign, in_para, before_para = _boat_scene(text, sent)
    if foreign or not before_para:
        return False
    crew = _CREW_AFTER.match(text, m.end, sent.end) or _CREW_OF_BEFORE.search(text, max(sent.start, m.start - 20), m.start) \
        or _ON_BOARD_AFTER.match(text, m.end, sent.end)
    return before_para if crew else in_para


@lru_cache(maxsize=8)
def _korean_scene(text: str, sent: Sentence) -> bool:
    """Whether the sentence names North Koreans or North Korea as where people come from
    ("workers from the DPRK", "sent by Pyongyang", "North Korea's"), or counts workers: read
    once per sentence."""
    return _WORKERS_WORD.search(text, sent.start, sent.end) is not None or _NK_ORIGIN.search(text, sent.start, sent.end) is not None


@lru_cache(maxsize=8)
def _frame_marks(text: str, sent: Sentence) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """Other nationals named (not in a comparison) and North Koreans or North Korea as an origin
    named, from 1,500 characters before the sentence to its end: read once per sentence."""
    lo = max(0, sent.start - 1500)
    others = tuple(o.span() for o in _OTHER_PEOPLE.finditer(text, lo, sent.end)
                   if not _UNLIKE_BEFORE.search(text, max(lo, o.start() - 30), o.start()))
    return others, tuple(k.start() for k in _NK_ORIGIN.finditer(text, lo, sent.end)) if others else ()


def others_in_frame(text: str, m: Mention, sent: Sentence) -> bool:
    """The story has turned to other nationals ("the recruitment of citizens from other
    countries ... They started with 1,000 employees"; "9,900 Russians travelled to North Korea
    ... up from 6,400 in 2024") and names no North Koreans since (in the 1,500 characters
    before the count): the count is theirs. A sentence naming North Koreans or North Korea as
    an origin, or counting workers, speaks for itself; North Korea as a destination or an
    actor ("when North Korea reopened its borders") turns nothing back, nor does a comparison
    ("unlike workers from other countries") turn the frame."""
    if _korean_scene(text, sent):
        return False
    others, origins = _frame_marks(text, sent)
    last = next((o for o in reversed(others) if o[1] <= m.start and o[0] >= m.start - 1500), None)
    return last is not None and not any(last[1] <= k < m.start for k in origins)


_OF_THE_THINGS_AFTER = refast.lazy(r"[ \u00a0]+of[ \u00a0]+(?:the|these|those|its|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:companies|firms|businesses|shipyards|restaurants|franchises|branches|outlets|clinics|factories|vessels|ships)\b(?!['’])")  # (not "of the companies' workers")
_OF_RELATIVES_AFTER = refast.lazy(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|their|his|her|its)[ \u00a0]+)?(?:[\w'’-]+[ \u00a0]+)?(?:relatives|family[ \u00a0]+members|families|relations|friends)\b")
_ARRESTED_BEFORE = refast.lazy(r"\b(?:arrested|detained|apprehended|rounded[ \u00a0]+up)[ \u00a0]+(?:(?:about|some|around|nearly|at[ \u00a0]+least|more[ \u00a0]+than|over)[ \u00a0]+)?$")
_EARN_BEFORE = refast.lazy(r"\b(?:earn|earns|earned|earning|make|makes|made|making)[ \u00a0]+(?:(?:more[ \u00a0]+than|over|about|around|up[ \u00a0]+to|as[ \u00a0]+much[ \u00a0]+as|at[ \u00a0]+least)[ \u00a0]+)?$")
_FROM_PAY_AFTER = refast.lazy(r"[ \u00a0]+(?:from|of|out[ \u00a0]+of)[ \u00a0]+(?:(?:their|his|her|the|workers['’]?)[ \u00a0]+)?(?:wages|salary|salaries|pay|paychecks|earnings)\b")
_IS_PAID_AFTER = refast.lazy(r"[ \u00a0]+(?:is|was)[ \u00a0]+(?:paid|deducted)\b")  # (a sum is paid; "1,200 were paid through a state firm" are people)
_A_PERIOD_AFTER = refast.lazy(r"[ \u00a0]+(?:a|per|each|every)[ \u00a0]+(?:year|month|week|day)\b")
_AT_WORK_AFTER = refast.lazy(r"[ \u00a0]+(?:working|employed|without|who[ \u00a0]+(?:worked|were[ \u00a0]+working))\b")
_SUSPECTS_AFTER = refast.lazy(r"[ \u00a0]+(?:people|persons|suspects|men|individuals)\b")


_SHARE_OF_ITS_BEFORE = refast.lazy(r"(?:\b(?:percent|per[ \u00a0]+cent|half|third|quarter)|%)[ \u00a0]+of[ \u00a0]+(?:its|their|the[ \u00a0]+(?:company|firm|plant|factory|mine)['’]s)[ \u00a0]+(?:(?:about|around|some|roughly|nearly)[ \u00a0]+)?$", re.I)
_STAFF_NOUN_AFTER = refast.lazy(r"[ \u00a0]+(?:workers|employees|staff|labou?rers)[ \u00a0]+(?:are|were)[ \u00a0]+(?:(?:all[ \u00a0]+)?North[ \u00a0]+Koreans?|from[ \u00a0]+North[ \u00a0]+Korea)\b")  # (the share is the North Koreans; not "of its 2,000 workers in Angola")
_OVER_DECADES_AFTER = refast.lazy(r"(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+(?:have|had)[ \u00a0]+(?:taken[ \u00a0]+part|worked|gone|been[ \u00a0]+sent|served|passed[ \u00a0]+through)\b[^.;,]{0,50}?\bover[ \u00a0]+the[ \u00a0]+(?:past[ \u00a0]+|last[ \u00a0]+)?decades\b")
_OF_A_VAGUE_MANY_AFTER = refast.lazy(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:several|many|some|countless|hundreds|thousands|dozens|tens[ \u00a0]+of[ \u00a0]+thousands)\b(?![ \u00a0]+[0-9])")  # "They are two of several hundred North Koreans": people in the story
_THEY_ARE_BEFORE = refast.lazy(r"\b(?:[Tt]hey|[Tt]hese|[Tt]hose|[Ss]he|[Hh]e|[Bb]oth)[ \u00a0]+(?:are|were|is|was)[ \u00a0]+$")  # (not "Ten of some 300 workers have left")
_ALLEGEDLY_AFTER = refast.lazy(r"(?:[ \u00a0]+[\w-]+){0,3}?[ \u00a0]+allegedly[ \u00a0]+(?:stole|infiltrated|laundered|hacked|defrauded|participated|conspired|took[ \u00a0]+part|used[ \u00a0]+(?:fake|false|stolen))\b")


@lru_cache(maxsize=4)
def _mentions_escape(text: str, start: int, end: int) -> bool:
    """Whether the sentence speaks of defection at all: asked once per sentence, not once per
    figure, so a table flattened into one long sentence stays linear."""
    words = text[start:end]
    return any(w in words for w in ("efect", "South Korea", "Seoul", "asylum", "the South", "fled", "escaped"))


def not_of_workers(text: str, m: Mention, sent: Sentence) -> bool:
    """A count of a flow ("100 or 250 people a night"), of venues ("only two remain open"),
    of people named in charges ("name 14 individuals") or met by a reporter, of troops ("12,000 military
    personnel"), of a workplace's whole workforce ("The mine employs 420 people in total"), or
    of other nationals ("Chinese workers in Mongolia numbered 6,100")."""
    if of_other_nationals(text, sent):
        return True
    if _CASUALTY_AFTER.match(text, m.end, sent.end) or _DEAD_AFTER.match(text, m.end, sent.end) or _DIED_AFTER.match(text, m.end, sent.end) or _SENTENCED_AFTER.match(text, m.end, sent.end) or _ROLE_AFTER.match(text, m.end, sent.end) or _CASUALTY_CLAUSE_BEFORE.search(text, max(sent.start, m.start - 24), m.start) \
            or _CHARGED_BEFORE.search(text, max(sent.start, m.start - 40), m.start) or _MET_BEFORE.search(text, max(sent.start, m.start - 30), m.start):
        return True  # "Another 24 men were hurt, six of them from North Korea": casualties, however many
    kaesong, combat = _sentence_scene(text, sent)
    if combat and _PEOPLE_WORD_AFTER.match(text, m.end, sent.end):
        return True  # "soldiers arrived at the front in October, when it was about 12 thousand people": troops, however counted
    if kaesong and _KAESONG_ZONE.search(text, max(sent.start, m.start - 60, text.rfind(",", sent.start, m.start) + 1), min(sent.end, m.end + 60)):
        return True  # "Kaesong is where some 50,000 North Koreans worked": the joint zone at home, not abroad
    if _FOUGHT_AFTER.match(text, m.end, sent.end) or _TO_FRONT_AFTER.match(text, m.end, sent.end) or (o := _ARE_OTHERS_AFTER.match(text, m.end, sent.end)) is not None and is_other_nation(o.group("d")):
        return True  # "11,000 North Koreans fought for Russia", "260 fishermen for poaching", "the 14 sailors are Chinese nationals"
    if WITHDRAWN_BEFORE.search(text, max(sent.start, m.start - 70), m.start) or _EXPIRED_AFTER.match(text, m.end, sent.end) \
            or _WITHDREW_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and _PERMITS_NEXT.match(text, m.end, sent.end):
        return True  # "repealed 74 previously issued permits", "of which three have now expired"
    if _MET_AFTER.match(text, m.end, sent.end) or _LISTED_AFTER.match(text, m.end, sent.end) or _PER_ROOM_AFTER.match(text, m.end, sent.end) or _LEARNING_AFTER.match(text, m.end, sent.end) \
            or _OWNERS_BEFORE.search(text, max(sent.start, m.start - 110), m.start) or _ETHNIC_AFTER.match(text, m.end, sent.end) \
            or _CITIZENSHIP_AFTER.match(text, m.end, sent.end) or _TO_MEASURE_AFTER.match(text, m.end, sent.end) or _VILLAGE_HAS_BEFORE.search(text, max(sent.start, m.start - 90), m.start) and _POPULATION_NOUN_AFTER.match(text, m.end, sent.end) \
            or _REQUESTED_BEFORE.search(text, max(sent.start, m.start - 120), m.start) or _MANSUDAE_BEFORE.search(text, max(sent.start, m.start - 70), m.start) and not _ABROAD_AFTER.match(text, m.end, sent.end) \
            or _NUMBER_OF_THINGS_BEFORE.search(text, max(sent.start, m.start - 130), m.start) and not PEOPLE_NOUN_AFTER.match(text, m.end, sent.end) or _ADDED_TO_TROOPS_BEFORE.search(text, max(sent.start, m.start - 110), m.start) and _BARE_AFTER.match(text, m.end, sent.end):
        return True  # "the seven workers we spoke to", "85 individuals and 70 entities", "in addition to the 12,000 it sent" (troops)
    if (m.value or m.high or 0) <= 20 and _SANCTIONS_ON_AND_BEFORE.search(text, max(sent.start, m.start - 110), m.start):
        return True  # "imposed sanctions on a trading company and three North Korean nationals": people named, no workforce
    if (_SANCTIONED_BEFORE.search(text, max(sent.start, m.start - 24), m.start) or (m.value or m.high or 0) <= 100 and _LISTED_AND_BEFORE.search(text, max(sent.start, m.start - 130), m.start)) \
            and _PERSONS_AFTER.match(text, m.end, sent.end) or (m.value or m.high or 0) <= 100 and _LISTED_ADJ_AFTER.match(text, m.end, sent.end) \
            or _OF_THE_THINGS_AFTER.match(text, m.end, sent.end) \
            or (m.value or m.high or 0) <= 20 and (_PEOPLE_DESIGNATED_AFTER.match(text, m.end, sent.end)
                                                   or _DEFENDANTS_INCLUDING_BEFORE.search(text, max(sent.start, m.start - 80), m.start)
                                                   or OTHERS_AFTER.match(text, m.end, sent.end) and _NOT_WORKERS_THEN_OTHERS.search(text, max(sent.start, m.start - 140), m.start)
                                                   or _OWNED_BY_BEFORE.search(text, max(sent.start, m.start - 30), m.start)
                                                   or _INDICTMENTS_FOR_BEFORE.search(text, max(sent.start, m.start - 20), m.start) and _SUSPECTS_AFTER.match(text, m.end, sent.end)):
        return True  # "three of the building firms hiring North Koreans": firms
    if _ARRESTED_BEFORE.search(text, max(sent.start, m.start - 24), m.start) and (sus := _SUSPECTS_AFTER.match(text, m.end, sent.end)) \
            and not _AT_WORK_AFTER.match(text, sus.end(), sent.end) \
            and _NORTH_KOREANS.search(text, max(text.rfind("\n", 0, sent.start) + 1, sent.start - 400), sent.end) is None:
        return True  # "police had arrested 14 people" (after an attack on North Koreans): suspects
    if _QUOTED_THING_AFTER.match(text, m.end, sent.end) or _OF_RELATIVES_AFTER.match(text, m.end, sent.end) or _FAMILY_AFTER.match(text, m.end, sent.end):
        return True  # "raids 31 ‘laptop farms’ used by North Korean IT workers": the quoted noun is what is counted; "five of the applicants' relatives"
    if _EARN_BEFORE.search(text, max(sent.start, m.start - 24), m.start) and _A_PERIOD_AFTER.match(text, m.end, sent.end) \
            or _FROM_PAY_AFTER.match(text, m.end, sent.end) or _IS_PAID_AFTER.match(text, m.end, sent.end):
        return True  # "IT workers can earn more than 250,000 a year", "lose more than 600 from wages", "only 100~200 is paid": money with its sign dropped, no count
    if _MET_BREAKDOWN_BEFORE.search(text, max(sent.start, m.start - 90), m.start) or _OTHER_AFTER.match(text, m.end, sent.end) and _NAMED_AND_OTHERS.search(text, max(sent.start, m.start - 80), m.start):
        return True  # "(twenty workers and four managers)" of those interviewed; "charging Kim, Ri and five other North Koreans"
    if _EMBASSY_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
        return True  # "expel the ambassador and four other staffers": the embassy's people
    if _PER_EACH_BEFORE.search(text, max(sent.start, m.start - 50), m.start) or _JOIN_US_BEFORE.fullmatch(text, sent.start, m.start) and not _WORKERS_NOUN_AFTER.match(text, m.end, sent.end) or _ADDS_BEFORE.search(text, max(sent.start, m.start - 24), m.start) and _TO_LIST_AFTER.match(text, m.end, sent.end) or (m.value or m.high or 0) <= 20 and (_SPEAKERS_AFTER.match(text, m.end, sent.end) or _WORKERS_TOLD_AFTER.match(text, m.end, sent.end)) \
            or (m.value or m.high or 0) <= 50 and _AGREED_TO_TALK_AFTER.match(text, m.end, sent.end) and not _WORKFORCE_OF_BEFORE.search(text, max(sent.start, m.start - 24), m.start):
        return True
    if _NUMBER_OF_OTHERS_BEFORE.search(text, max(sent.start, m.start - 220), m.start):
        return True  # "the number of North Korean diplomats ... to four"
    if _RATE_AFTER.match(text, m.end, sent.end) or _SHUT_AFTER.match(text, m.end, sent.end) or (
            (mil := _MILITARY_AFTER.match(text, m.end, sent.end)) and not military_builders(text, m, sent)
            and not _AND_WORKERS.match(text, mil.end(), sent.end)):  # ("600 military personnel and labourers": workers too)
        return True
    if _STUDYING_AFTER.match(text, m.end, sent.end) or _INTO_NORTH_AFTER.match(text, m.end, sent.end) or _PRISON_CAMPS_AFTER.match(text, m.end, sent.end):
        return True
    if _FIRM_SIZE_BEFORE.search(text, max(sent.start, m.start - 50), m.start) or _EXAMPLE_FIRM_BEFORE.search(text, max(sent.start, m.start - 30), m.start) \
            and _WOULD_HAVE_TO_AFTER.match(text, m.end, sent.end) or _HOURS_BEFORE.search(text, max(sent.start, m.start - 30), m.start) \
            or _CAPACITY_BEFORE.search(text, max(sent.start, m.start - 40), m.start):
        return True  # "factories employing fewer than 100 North Korean workers": a size of firm; "hours from 12 to 13"; "buses that seat 40 people"
    if _SHORTAGE_BEFORE.search(text, max(sent.start, m.start - 50), m.start) or _SHARE_OF_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and _ARE_NK_AFTER.match(text, m.end, sent.end) or (m.value or m.high or 0) <= 20 and _AGED_AFTER.match(text, m.end, sent.end) \
            or (m.value or m.high or 0) < 100 and _AGE_AS_WELL_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and _CLAUSE_ENDS_AFTER.match(text, m.end, sent.end) \
            and _AGE_WORDS.search(text, sent.start, sent.end):
        return True  # "labor shortages estimated at 4,500-5,000 workers": jobs to fill, not workers there
    if (m.value or m.high or 0) <= 50 and _TARGETING_BEFORE.search(text, max(sent.start, m.start - 12), m.start) \
            and _DEFENDANT_NOUN_AFTER.match(text, m.end, sent.end) and refast.in_sentence(_CHARGES_WORD, text, sent.start, sent.end):
        return True  # "filed two sets of charges: ... one in Georgia targeting four North Korean nationals": defendants
    if _THE_STUDIO_BEFORE.search(text, max(sent.start, m.start - 160), m.start) and _MANSUDAE_STUDIO.search(text, max(0, sent.start - 240), sent.start) \
            and not _ABROAD_AFTER.match(text, m.end, sent.end) and not _AT_SITE_AFTER.match(text, m.end, sent.end) and not _THERE_AFTER.match(text, m.end, sent.end):
        return True  # "... the Mansudae Art Studio. The studio employs around 4,000 workers": its staff at home
    if _mentions_escape(text, sent.start, sent.end) and (_DEFECTED.match(text, m.end, min(sent.end, m.end + 120)) or _FLED_AFTER.match(text, m.end, sent.end) or _CAME_SOUTH_AFTER.match(text, m.end, sent.end) or _FLEW_SOUTH_AFTER.match(text, m.end, sent.end)
                                                 or _DEFECTORS_BEFORE.search(text, max(sent.start, m.start - 24), m.start)):
        return True  # "Thirteen North Koreans who worked for a restaurant chain have defected": an escape, not a workforce
    if _ESCAPED_BEFORE.search(text, max(sent.start, m.start - 110), m.start) or _DESIGNATED_AFTER.match(text, m.end, sent.end) or others_in_frame(text, m, sent):
        return True
    if _OWN_BOAT_CREW_AFTER.match(text, m.end, sent.end) or own_ship_crew(text, m, sent):
        return True  # "border guards detained 90 North Koreans for poaching", "three crew members of a North Korean fishing boat"
    if (m.value or m.high or 0) <= 20 and (_INCIDENT_AFTER.match(text, m.end, sent.end) or _ABDUCTED_AFTER.match(text, m.end, sent.end) or _GONE_BEFORE.search(text, max(sent.start, m.start - 30), m.start) or _RESCUED_AFTER.match(text, m.end, sent.end)) \
            and not _DEPORT.search(text, sent.start, sent.end):  # ("16 were detained ... and will be deported" is a repatriation)
        return True  # "two North Korean workers ... were caught by customs", "14 North Koreans faced indictment"
    if _EACH_AFTER.match(text, m.end, sent.end) or _AWAITING_AFTER.match(text, m.end, sent.end) or _ATTENDED_AFTER.match(text, m.end, sent.end) \
            or (m.value or m.high or 0) <= 12 and _OUR_SCENE_AFTER.match(text, m.end, sent.end) \
            or _ATTENDED_BY_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and not PEOPLE_NOUN_AFTER.match(text, m.end, sent.end) and not _NK_NOUN_AFTER.match(text, m.end, sent.end) or (m.value or m.high or 0) <= 100 and (
            _OVERSEEN_AFTER.match(text, m.end, sent.end) or (m.value or m.high or 0) <= 12 and _AS_A_TEAM_AFTER.match(text, m.end, sent.end) or _INTERVIEWED_AFTER.match(text, m.end, sent.end)):
        return True  # "selecting 5-7 people each from enterprises": a share per place, not a total
    if _WORKFORCES_OF_BEFORE.search(text, max(sent.start, m.start - 40), m.start) or _GROUPS_OF_BEFORE.search(text, max(sent.start, m.start - 30), m.start) or (_WHOLE_OF_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and not _NK_NOUN_AFTER.match(text, m.end, sent.end)):
        return True  # "factories with workforces of 200 people or less": a size of firm
    if _SHARE_OF_ITS_BEFORE.search(text, max(sent.start, m.start - 30), m.start) and _STAFF_NOUN_AFTER.match(text, m.end, sent.end):
        return True  # "55 percent of its 2,600 workers are North Koreans": the firm's whole workforce
    if _OVER_DECADES_AFTER.match(text, m.end, sent.end) or (m.value or m.high or 0) <= 50 and _ALLEGEDLY_AFTER.match(text, m.end, sent.end) \
            or m.word and (m.value or 0) <= 12 and _OF_A_VAGUE_MANY_AFTER.match(text, m.end, sent.end) and _THEY_ARE_BEFORE.search(text, max(sent.start, m.start - 16), m.start):
        return True  # "have taken part over the decades": all who ever went; "four North Korean nationals allegedly stole": suspects
    generic = _GENERIC_NOUN.match(text, m.end, sent.end)
    if generic and _LEGAL_BEFORE.search(text, max(sent.start, m.start - 30), m.start):
        return True
    return bool(generic and ((wf := _WORKFORCE_BEFORE.search(text, max(sent.start, m.start - 60), m.start)) and not _NK_FIRM.search(text, max(sent.start, wf.start() - 40), wf.end())
                             or _POPULATION_AFTER.match(text, generic.end(), sent.end))
                and not _KOREAN_NEAR.match(text, m.end, sent.end))


# the last count before a sentence, and its noun: "operates around 120 restaurants ... and earns
# US$30 million" then "About 80 of them are in China" (money is passed over: it is no "them")
_COUNT_NOUN = refast.lazy(r"(?<![$\d,.])([0-9][0-9,]*)[ \u00a0]+(?:(?:North[ \u00a0]+Korean|DPRK)[ \u00a0]+)?([A-Za-z-]+)(?:[ \u00a0]+([a-z]+))?\b")  # ("140 North Korean state-run restaurants")
# a measure right after a number: "13 hour to even 15 hour days", "a 90 metre hill"
MEASURES = {"pyeong", "hour", "minute", "metre", "meter", "kilometre", "kilometer", "mile", "foot", "feet", "inch", "tonne", "ton", "storey", "acre", "hectare"}
THING_NOUNS = {"gates", "doors", "restaurants", "companies", "firms", "factories", "businesses", "ships", "vessels", "hotels", "shops",
               "facts", "things", "reasons", "ways", "questions", "photos", "pictures", "charts", "takeaways", "myths", "languages",
               "clinics", "projects", "entities", "outlets", "branches", "plants", "workshops", "mines", "farms", "facilities", "shipyards",
               "personae", "identities", "aliases", "profiles", "accounts", "offences", "offenses", "violations", "abuses",
               "aircraft", "jets", "missiles", "vehicles", "containers", "advertisements", "adverts", "listings", "stadiums"}
# "raids 31 ‘laptop farms’": a quoted thing is what is counted
_QUOTED_THING_AFTER = refast.lazy(r"[ \u00a0]+[‘'\"“](?:[a-z][\w-]*[ \u00a0]+){0,2}(?:" + "|".join(sorted(THING_NOUNS)) + r")[’'\"”]")


# craft a count can name right after "North Korean" ("two North Korean schooners", "three North
# Korean fishing boats"): boats, not crews (not read back by "of them", which may mean the crews)
VESSELS_AHEAD = refast.lazy(r"(?:[ \u00a0]+(?:[a-z-]+|North|Korean|DPRK)){0,4}?[ \u00a0]+(?:boats|motorboats|schooners|trawlers|craft|ships|vessels)\b")


# a hyphened word before a plural noun is a modifier: "two IT-worker scams" counts scams
COMPOUND_BEFORE_NOUN = refast.lazy(r"[ \u00a0]+(?!(?:is|was|has|does|us|this|its|as|plus|overseas|sometimes|always|perhaps|besides|afterwards|towards|nowadays|whereas|across|unless)\b)[a-z]+(?<![sua]s)s\b")


_BY_BEFORE = refast.lazy(r"\bby[ \u00a0]+$")


def _last_count_noun(text: str, start: int, skip_scales: bool, skip_agents: bool = False) -> re.Match[str] | None:
    """The last count and its noun in the 250 characters before start (with skip_scales, not
    "2 million" or "5 percent"; with skip_agents, not a count after "by" that follows another:
    "68 North Koreans employed by 9 companies. These include 37 ..." points back to the North
    Koreans, "employed by 120 restaurants. About 80 of them" to the restaurants)."""
    last = before = None
    for m in _COUNT_NOUN.finditer(text, max(0, start - 250), start):
        if not skip_scales or m.group(2) not in ("million", "billion", "thousand", "percent", "per", "a"):
            if skip_agents and last is not None and _BY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                before = before or last  # (an agent after a count: the count stays what "these" points to)
                continue
            last, before = m, None
    return before or last


def _of_things(c: re.Match[str] | None) -> bool:
    return c is not None and (c.group(2) in THING_NOUNS or c.group(3) in THING_NOUNS)


_OTHERS_AT_WORK = refast.lazy(r"[ \u00a0]+others[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:work|works|worked|working|live|lived|are[ \u00a0]+employed|were[ \u00a0]+employed)\b")
_PEOPLE_BEFORE_OTHERS = refast.lazy(r"\b(?:North[ \u00a0]+Koreans?|workers|labou?rers|employees|staff|nationals|people)\b")
_WORD_COUNT_NOUN = refast.lazy(r"(?<![$\d,.])(\b(?:two|three|four|five|six|seven|eight|nine|ten|[0-9][0-9,]*))[ \u00a0]+([A-Za-z-]+)(?:[ \u00a0]+([a-z]+))?\b", re.I)


def others_of_things(text: str, m: Mention, sent: Sentence) -> bool:
    """"N others" after a count of things in the same sentence ("the three shops in Hanoi and
    two others in Hue"): more of those things."""
    counts = list(_WORD_COUNT_NOUN.finditer(text, sent.start, m.start))
    return bool(counts) and all(_of_things(c) for c in counts) and not _OTHERS_AT_WORK.match(text, m.end, sent.end) \
        and not _PEOPLE_BEFORE_OTHERS.search(text, sent.start, m.start)  # ("Ninety North Koreans work at two plants and 40 others at a yard")


_PEOPLE_NOUN = refast.lazy(r"(?:workers|labou?rers|employees|people|persons|nationals|staff|citizens|waitresses|builders|loggers|Koreans|migrants|students)\b")


def only_things_before(text: str, start: int) -> bool:
    """The last count in the 250 characters before was of things and none there was of people
    ("140 state-run restaurants ... / Today only 19 remain", not "800 workers in 20 firms")."""
    if not things_before(text, start):
        return False
    return not any(_PEOPLE_NOUN.match(c.group(2)) or c.group(3) and _PEOPLE_NOUN.match(c.group(3))
                   for c in _COUNT_NOUN.finditer(text, max(0, start - 250), start))


def things_before(text: str, start: int) -> bool:
    """The last count in the 250 characters before this sentence was of things ("120
    restaurants"): what a following "90 of them" points to."""
    return _of_things(_last_count_noun(text, start, skip_scales=True, skip_agents=True))


_THERE_ARE_BEFORE = refast.lazy(r"\bthere[ \u00a0]+(?:are|were)[ \u00a0]+(?:now[ \u00a0]+)?(?:(?:close[ \u00a0]+to|about|around|some|nearly|almost|more[ \u00a0]+than|over|only)[ \u00a0]+)?$", re.I)


def there_are_things(text: str, m: Mention, sent: Sentence) -> bool:
    """A bare count after "there are" when the last count before was of things ("about 25 Korean
    restaurants in the city. Now there are close to 70"): more of those things."""
    if _THERE_ARE_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is None:
        return False
    last = _last_count_noun(text, sent.start, skip_scales=False)
    if last is None or not _of_things(last) \
            or not _THERE_ARE_BEFORE.search(text, max(0, last.start() - 40), last.start()):
        return False  # (the earlier count must be told the same way: "there were about 25 restaurants")
    then, now = float(last.group(1).replace(",", "")), m.value or m.high or 0
    return 0 < then and now <= 10 * then  # ("40 factories ... There are about 5,000": people, not factories)


# a period stated anywhere in the sentence: pay with one is not read as a month's
_ANY_PERIOD = refast.lazy(r"\b(?:year|years|annual|annually|yearly|day|daily|days|hour|hourly|hours|week|weekly|weeks|per|each|every|total|in all)\b")


@lru_cache(maxsize=64)  # (asked by every figure of a sentence)
def unstated_period(low: str, words: tuple[str, ...]) -> bool:
    """A sentence (lower-cased) that speaks of a worker's pay with one of the metric's words
    ("the workers reportedly earn around $650") and states no period at all: reporting on
    wages abroad quotes them per month, so the month goes without saying."""
    return bool(words) and any(w in low for w in words) and _ANY_PERIOD.search(low) is None


_CASES = refast.lazy(r"[ \u00a0]+cases\b(?:[ \u00a0]+of[ \u00a0]+(?:(?:[\w-]+[ \u00a0]+){0,3}?(?:(?P<permits>permits?|authori[sz]ations?|licen[cs]es?)|"
                    r"(?P<visas>visas?)|(?P<people>workers|labou?rers|North[ \u00a0]+Koreans|people|persons))\b|(?P<other>\w+)))?")


_COURT_CASES_BEFORE = refast.lazy(r"\b(?:brought|bring|brings|filed|files|file|opened|heard|tried|won|lost|dropped|settled)[ \u00a0]+(?:(?:separate|criminal|civil|federal|new|further)[ \u00a0]+)?$")
_APPROVED_APPLICATIONS = refast.lazy(r"[ \u00a0]+(?:work[ \u00a0-]+permit[ \u00a0]+)?applications[ \u00a0]+(?:were|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:approved|granted|accepted)\b")


def cases_unit(text: str, m: Mention, sent: Sentence) -> str | None:
    """What "N cases" (or "N applications were approved": permits) counts: statistics count permits and visas in cases ("640 cases of work
    permits being issued"); bare "cases" count what the sentence counts ("grew to around 1,500
    cases"); cases of anything else ("12 cases of measles") are no count of workers."""
    if _APPROVED_APPLICATIONS.match(text, m.end, sent.end):
        return "permits"  # "12 applications were approved this year": permits issued
    c = _CASES.match(text, m.end, sent.end)
    if c is None:
        return None
    if c.lastgroup is None and (m.value or 0) <= 5 and _COURT_CASES_BEFORE.search(text, max(sent.start, m.start - 30), m.start):
        return "other"  # "prosecutors brought two cases": cases at court, not a statistic's
    return c.lastgroup or "inherit"


# "3,765 held student visas", "the 332 student visa holders": people who came on study or tourist visas (work visas held are permits)
_STUDY_VISA_HELD_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:held|holding|had|with|carried|carrying)[ \u00a0]+(?:(?:valid|Russian|Chinese)[ \u00a0]+)?(?:student|study|tourist|education(?:al)?)[ \u00a0]+visas\b"
                                     r"|[ \u00a0]+(?:student|study|tourist)[ \u00a0]+visa[ \u00a0]+holders\b)")


def visa_holders(text: str, m: Mention, sent: Sentence) -> bool:
    """A count of people told by the study or tourist visas they hold: people, not visas issued."""
    return _STUDY_VISA_HELD_AFTER.match(text, m.end, sent.end) is not None


# "China has decided to allow 20,000 North Koreans to work in the Dandong area": permission granted, counted as permits
# (not "kept allowing 2,000 workers to work", "allowed 3,500 to work past the deadline", "to work up to 12 hours a day")
_ALLOW_BEFORE = refast.lazy(r"(?<!kept )(?<!continued )(?<!continue )(?<!continues )(?<!still )\b(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting)[ \u00a0]+"
                            r"(?:(?:another|a[ \u00a0]+further|up[ \u00a0]+to|some|about|around)[ \u00a0]+)?$")
_TO_WORK_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:more|North|Korean|Koreans|nationals|workers|citizens|labou?rers|people)){1,3}[ \u00a0]+to[ \u00a0]+work\b"
                             r"(?![ \u00a0]+(?:past|beyond|again|until|on|longer|up[ \u00a0]+to|[0-9]+[ \u00a0]+hours)\b)")


def allowed_to_work(text: str, m: Mention, sent: Sentence) -> bool:
    """A count a government allows to work: permission granted (permits), as "gave companies permission to hire"."""
    return _ALLOW_BEFORE.search(text, max(sent.start, m.start - 30), m.start) is not None and _TO_WORK_AFTER.match(text, m.end, sent.end) is not None


_BUILDER_TROOPS_BEFORE = refast.lazy(r"\b(?:construction|engineering|building)[ \u00a0]+(?:troops|soldiers)\b[^.;,]{0,30}$", re.I)


def after_troops(text: str, m: Mention, sent: Sentence) -> bool:
    """A count right after troops ("sent soldiers already over 11,000 people") that are not
    sent to build: troops, not workers ("5,000 construction troops and 1,000 engineers" are)."""
    return MILITARY_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None and not military_builders(text, m, sent) \
        and _BUILDER_TROOPS_BEFORE.search(text, max(sent.start, m.start - 60), m.start) is None


def military_builders(text: str, m: Mention, sent: Sentence) -> bool:
    """Soldiers or troops sent to build ("5,000 soldiers to help in the rebuilding of the
    Kursk region"): military construction crews, workers like any other."""
    return _BUILDER_TROOPS.match(text, m.end, sent.end) is not None or _OWN_BUILDER_NOUN.match(text, m.end, sent.end) is not None \
        or _MILITARY_AFTER.match(text, m.end, sent.end) is not None and (
        _TO_BUILD_AFTER.match(text, m.end, sent.end) is not None or _BUILDERS_AFTER.match(text, m.end, sent.end) is not None)


_BACK_BEFORE = refast.lazy(r"\b(?:the|these|those|all(?:[ \u00a0]+(?:of[ \u00a0]+)?the)?)[ \u00a0]+$", re.I)
_BACK_AFTER = refast.lazy(r"[ \u00a0]*(?:[,.;:)—–]|$)|[ \u00a0]+(?:[A-Z][\w'’-]*|individuals|people|persons|men|women|nationals|expatriates|foreigners|"
                         r"will|would|were|are|was|is|have|had|has|must|may|could|can|who|remain|remained|still|also|all|then)\b")


_PEOPLE_NOUN_NEAR = noun_ahead(r"workers|labou?rers|waitresses|employees|people|persons|Koreans|nationals|staff|women|men|defectors|members")
_OWN_NOUN_OR_STAYED_AFTER = refast.lazy(r"[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){0,2}?(?:[A-Za-z-]*(?:workers|labou?rers|waitresses|employees|people|persons|Koreans|nationals|staff|women|men|members|builders|welders)\b|(?:stayed|remained|remain|stay|are[ \u00a0]+still|were[ \u00a0]+still)\b)")
_AGAIN_BEFORE = refast.lazy(r"\b(?:the|these|those|all[ \u00a0]+(?:of[ \u00a0]+)?the)[ \u00a0]+(?:other[ \u00a0]+|remaining[ \u00a0]+)?$", re.I)


def note_ruled_out(text: str, m: Mention, sent: Sentence, seen: "dict[float, str] | None") -> None:
    """Keep a count of people ruled out (defectors, casualties, defendants) among the counts
    the article has given, as "other": a later "the 13" or "the other 12 waitresses" tells
    it again."""
    if seen is None or m.value is None or m.value < 2 or m.value in seen or not _PEOPLE_NOUN_NEAR.match(text, m.end, sent.end):
        return
    if _NK_ORIGIN.search(text, sent.start, sent.end):  # (other nationals' counts are not North Koreans told again)
        seen[m.value] = "other"
    elif _DEFECTORS_BEFORE.search(text, max(sent.start, m.start - 24), m.start) and not any(is_other_nation(w) for w in text[m.end:m.end + 40].split()[:3]):
        seen[m.value] = "other, bare"  # "the defection of 13 waitresses" names no North Korea: only a bare "the 13" tells it again


def told_again_ruled_out(text: str, m: Mention, sent: Sentence, seen: "dict[float, str] | None") -> bool:
    """A count told again with no noun of its own ("the other 13 in travelling to Seoul",
    "to extort the 13") that was ruled out when first told ("13 waitresses defected"); not
    "the other 13 stayed" (the rest of a group) nor "the 12 other waitresses" (a noun of its own)."""
    if not seen or seen.get(m.value) not in ("other", "other, bare"):  # type: ignore[arg-type]
        return False
    if _AGAIN_BEFORE.search(text, max(sent.start, m.start - 24), m.start) is not None and not _OWN_NOUN_OR_STAYED_AFTER.match(text, m.end, sent.end):
        return True
    if seen.get(m.value) == "other, bare":  # type: ignore[arg-type]
        return False
    # a small group told again with its noun ("13 restaurant workers ... to defect" / "13 North Koreans were found
    # exiting the border"): the same people, unless told as others or the rest ("13 other waitresses", "the other 13 stayed")
    return (m.value or 0) <= 30 and not _OTHER_OR_REST_NEAR.search(text, max(sent.start, m.start - 12), min(sent.end, m.end + 24))


_OTHER_OR_REST_NEAR = refast.lazy(r"\b(?:other|others|another|remaining|rest|more|stayed|remained|still)\b")


def refers_back(text: str, m: Mention, sent: Sentence, seen: "dict[float, str]") -> str | None:
    """The unit of a count told again ("the 64 Asians left from the airport", "these 41
    individuals", "the 280 will not be monitored"): the same number, after "the" or "these",
    that the article has already counted, with no noun of its own to say otherwise."""
    if m.value is None or m.value < 2 or seen.get(m.value) in (None, "other", "other, bare"):
        return None
    if not _BACK_BEFORE.search(text, max(sent.start, m.start - 16), m.start) or not _BACK_AFTER.match(text, m.end, sent.end):
        return None
    return seen[m.value]


_FIGURE_SUBJECT = refast.lazy(r"[ \u00a0\"“‘']*(?:The|This|That)[ \u00a0]+(?:[0-9]{4}|latest|new|current)[ \u00a0]+(?:figure|total|tally)[ \u00a0]+(?:was|is|marks?|marked|represents?|represented)\b")
_COMPARED_FROM_BEFORE = refast.lazy(r"\b(?:(?:down|up|drop|fall|rise|decline|decrease|increase|jump|plunge|nosedive|dive|fell|rose|slump|climb)[\w-]*[ \u00a0]+from|compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:(?:about|around|some|nearly|almost|just|only)[ \u00a0]+)?$", re.I)


def figure_compared(text: str, m: Mention, sent: Sentence) -> bool:
    """A count set against "the figure" the sentence opens on ("The 2014 figure was a steep fall
    from 690 North Koreans in 2009"): the same series as the figure before, in its unit, whatever
    noun the earlier year is told with."""
    return _COMPARED_FROM_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None \
        and _FIGURE_SUBJECT.match(text, sent.start, m.start) is not None


_BRACKET_OF_THEM_BEFORE = refast.lazy(r"\b(?:of[ \u00a0]+)?(?:them|those|these|whom)[ \u00a0]*\([ \u00a0]*(?:(?:around|about|some|roughly|approximately|nearly|almost|"
                                     r"over|more[ \u00a0]+than|at[ \u00a0]+least|up[ \u00a0]+to)[ \u00a0]+)?$", re.I)


def bracketed_count(text: str, m: Mention, sent: Sentence) -> bool:
    """A count put in brackets after "them" ("Some of them (around 260) are in Hungary"):
    how many of the people just named, so of what the passage counts."""
    return text.startswith(")", m.end) and _BRACKET_OF_THEM_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None


_OF_THEM_NATIONALS = refast.lazy(r"[ \u00a0]+of[ \u00a0]+them[ \u00a0]+(?:are|were|was)[ \u00a0]+(?:of[ \u00a0]+North[ \u00a0]+Korean[ \u00a0]+(?:nationality|origin|citizenship)|North[ \u00a0]+Koreans?\b)")


def of_them_nationals(text: str, m: Mention, sent: Sentence) -> bool:
    """"five of them are of North Korean nationality": a count of North Koreans among people
    named before, even with no count before it in the paragraph."""
    return _OF_THEM_NATIONALS.match(text, m.end, sent.end) is not None


_BROUGHT_BACK_BEFORE = refast.lazy(rf"\b(?:North[ \u00a0]+Korea|DPRK|Pyongyang)\b[^.;:]{{0,20}}?\b{BRING_HOME}[ \u00a0]+"
                                  r"(?:(?:about|around|some|nearly|over|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+)?$", re.I)


def brought_back(text: str, m: Mention, sent: Sentence) -> bool:
    """North Korea brings the count home ("North Korea brings home 450 workers from Mongolia"):
    "from China" is where they worked, not where they come from."""
    return _BROUGHT_BACK_BEFORE.search(text, max(sent.start, m.start - 80), m.start) is not None


_TRIPS_AFTER = refast.lazy(r"[ \u00a0]+(?:such[ \u00a0]+)?(?:trips|visits|entries)\b(?![ \u00a0]+(?:a|per|each)[ \u00a0]+(?:day|week|month|year)\b)")
TIMES_AFTER = refast.lazy(r"[ \u00a0]+(?:times|fold)\b")  # "twelve times as many", "crossed the border 7,000 times"
_CROSSED_BEFORE = refast.lazy(r"\b(?:crossed|entered|visited)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][a-z]+[ \u00a0]+)?(?:border|country|Russia|China)[ \u00a0]+$")


def counts_trips(text: str, m: Mention, sent: Sentence) -> bool:
    """A count of entries ("made some 12,000 trips to Russia", "crossed the Russian border
    7,000 times"): people arriving, when the sentence says who made them."""
    return _TRIPS_AFTER.match(text, m.end, sent.end) is not None or (
        TIMES_AFTER.match(text, m.end, sent.end) is not None and _CROSSED_BEFORE.search(text, max(sent.start, m.start - 50), m.start) is not None)


# shapes of people counts the extractor reads directly
NK_TOWNS = r"Pyongyang|Wonsan|Kalma|Sinuiju|Hamhung|Chongjin|Rason|Nampo|Hyesan|Kaesong"  # places at home, not hosts
OTHERS_LISTED_BEFORE = refast.lazy(r"\b(?:workers|labou?rers|migrants|nationals|employees|staff|crews?)\b,?[ \u00a0]+(?:(?:were|are|came|come|mostly|mainly)[ \u00a0]+)*from[ \u00a0]+(?:the[ \u00a0]+)?(?!North\b|DPRK\b|Pyongyang\b)[A-Z][^.;]*$")
# "the total could reach 50,000 by year's end": a forecast, not a figure ("will reach" is a plan, and kept)
PROJECTED_BEFORE = refast.lazy(r"\b(?:(?-i:could|might|may|Could|Might)|(?<!in )(?<!In )(?-i:May)|(?:is|are|was|were)[ \u00a0]+expected[ \u00a0]+to)[ \u00a0]+(?:(?:soon|eventually|even|well|also)[ \u00a0]+)?(?:reach|top|exceed|surpass|hit|double|triple|attract|employ|hire|absorb|accept|bring|send|dispatch|deploy|"
                              r"(?:rise|grow|climb|increase|swell|jump)[ \u00a0]+to)[ \u00a0]+(?:(?:about|around|some|nearly|up[ \u00a0]+to|as[ \u00a0]+many[ \u00a0]+as|more[ \u00a0]+than|over)[ \u00a0]+)?$", re.I)
# "about 150 are likely to return", "15,000 workers could be needed": forecasts written after the count;
# "which would have put the total at 16": a number that never was
_PROJECTED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:whose|which|who|that)\b)[\w-]+){0,4}?[ \u00a0]+(?:(?:are|is)[ \u00a0]+(?:also[ \u00a0]+)?likely[ \u00a0]+to[ \u00a0]+(?:(?!(?:be|have|remain|stay)\b)[a-z]+|be[ \u00a0]+(?:deported|expelled|repatriated|sent|returned|flown))"
                              r"|(?:could|may|might)[ \u00a0]+be[ \u00a0]+(?:needed|required))\b")  # (not "are likely to be working": a hedged present)
_PLANNED = refast.lazy(r"\b(?:plann(?:ed|ing)|intend(?:ed|ing)|if)\b")  # ("Another 3,000 arrived, which would have brought the total to 15,000" is a total)
_WOULD_HAVE_BEFORE = refast.lazy(r"\bwould[ \u00a0]+have[ \u00a0]+(?:put|brought|taken|made|raised)[ \u00a0]+the[ \u00a0]+(?:total|number)[ \u00a0]+(?:at|to)[ \u00a0]+$")


_GERUND_BEFORE = refast.lazy(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\b(?:attracting|hiring|bringing(?:[ \u00a0]+in)?|recruiting|getting|employing|importing|accepting)[ \u00a0]+(?:(?:about|around|some|up[ \u00a0]+to|as[ \u00a0]+many[ \u00a0]+as|another)[ \u00a0]+)?$", re.I)
_WOULD_AFTER = refast.lazy(r"(?:[ \u00a0]+(?!(?:who|which|that|whom)\b)[\w-]+){0,5}?[ \u00a0]+would[ \u00a0]+(?:be|bring|mean|help|solve|ease|cost)\b")  # "attracting 30,000 workers ... would be a great result": a wish


# "with expectations to rise to over 50,000", "expected to grow to 30,000"
_EXPECTED_RISE_BEFORE = refast.lazy(r"(?<!beat[ \u00a0])(?<!beating[ \u00a0])(?<!exceeded[ \u00a0])(?<!surpassed[ \u00a0])(?<!defied[ \u00a0])(?<!outpaced[ \u00a0])(?<!topped[ \u00a0])\bexpect(?:ations?|ed)[ \u00a0]+(?:to|that[ \u00a0]+it[ \u00a0]+will)[ \u00a0]+(?:rise|grow|increase|climb)[ \u00a0]+to[ \u00a0]+"
                                    r"(?:(?:over|more[ \u00a0]+than|about|around|some|nearly|almost)[ \u00a0]+)?$")


def projected(text: str, m: Mention, sent: Sentence) -> bool:
    """A forecast ("could reach 45,000", "are likely to return") or a number that never was
    ("the remaining 120 are likely to be sent back" still counts those who remain)."""
    return PROJECTED_BEFORE.search(text, max(sent.start, m.start - 50), m.start) is not None \
        or _EXPECTED_RISE_BEFORE.search(text, max(sent.start, m.start - 50), m.start) is not None \
        or _PROJECTED_AFTER.match(text, m.end, sent.end) is not None and "remaining" not in text[max(sent.start, m.start - 12):m.start] \
        or _WOULD_HAVE_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None and _PLANNED.search(text, sent.start, m.start) is not None \
        or _GERUND_BEFORE.search(text, max(sent.start, m.start - 40), m.start) is not None and _WOULD_AFTER.match(text, m.end, sent.end) is not None


INCLUDING_BEFORE = refast.lazy(r"\bincluding[ \u00a0]+(?:(?:about|around|some|nearly|almost|only|just|at[ \u00a0]+least|more[ \u00a0]+than)[ \u00a0]+)?$")
# "4.1 million North Korean workers": said of North Koreans, so no bound on plausible counts applies
NK_NOUN = refast.lazy(r"\s+(?:[\w-]+\s+){0,2}?(?:North\s+Koreans?|DPRK|N\.[ \u00a0]?Korean)\b")  # (a page wrapped at a fixed width breaks lines inside sentences)
ABROAD_NOUN = refast.lazy(r"[ \u00a0]+(?:more[ \u00a0]+|new[ \u00a0]+)?(?:workers|labou?rers)[ \u00a0]+(?:abroad|overseas)\b")  # "to send 400,000 more workers abroad": the sender's, so North Koreans' (millions abroad are another country's)
MILITARY_BEFORE = refast.fast(re.compile(r"\b(?:soldiers|troops|servicemen|combat|fighters)\b[^.;,]{0,30}$", re.I))
GENERIC_PEOPLE_AFTER = refast.lazy(r"[ \u00a0]+(?:\w+[ \u00a0]+)?(?:men|women|people|persons|individuals)\b(?![ \u00a0]+(?:from|of)[ \u00a0]+North)"
                                  r"(?![^.;]{0,60}?\b(?:(?:were|are)[ \u00a0]+(?:still[ \u00a0]+)?(?:working|employed)[ \u00a0]+(?:there|at|in)|(?:have|had)[ \u00a0]+(?:come|been[ \u00a0]+sent)[ \u00a0]+to)\b)")  # ("two people ... were working there", "the nine men have come to Dandong": staff)
IN_NORTH_KOREA_AFTER = refast.lazy(rf"(?:(?!\b(?:famil(?:y|ies)|wife|wives|relatives|children|parents)[ \u00a0]+(?:back|remain\w*|liv\w+|are|stay\w*)\b)[^,;:.()]){{0,50}}?\b(?:in[ \u00a0]+(?:(?:(?:the[ \u00a0]+country['’]s|the[ \u00a0]+regime['’]s)[ \u00a0]+)?(?:political[ \u00a0]+)?prison[ \u00a0]+camps|{NK_TOWNS}|North[ \u00a0]+Korea|the[ \u00a0]+North(?![ \u00a0]+[A-Z])|the[ \u00a0]+DPRK)\b(?![ \u00a0]*['’])|inside[ \u00a0]+the[ \u00a0]+country\b(?=[^.;]*\b(?:abroad|overseas)\b))|(?<=\d)(?:[ \u00a0]+[A-Za-z-]+){{0,2}}?[ \u00a0]+(?:remain|remains|stay|stays)[ \u00a0]+(?:within|inside)[ \u00a0]+North[ \u00a0]+Korea\b(?!['’])")  # ("a further 1,000 remain within North Korea"; "900 inside the country and 2,500 abroad"; not "... has a family back in North Korea")


def is_other_nation(word: str) -> bool:
    """A demonym or country name of a country other than the two Koreas ("Russian", "Chinese")."""
    if word in ("US", "USA", "UK"):
        return True  # "a dozen US nationals"
    names = load().names
    code = names.get(word) or (names.get(word[:-1]) if word.endswith("s") else None)
    stem = word[:-1] if word.endswith("s") else word
    # a demonym read off its country's name: "Cuban" (Cuba), "Mexican" (Mexico), "Panamanian" (Panama)
    derived = (names.get(stem[:-1]) or names.get(stem[:-2] + "o") or names.get(stem[:-4])) if stem.endswith("an") and stem[:1].isupper() else None
    code = code or derived
    if word.endswith(("ians", "eans", "inos", "ese")) and word not in ("Koreans", "Korean", "Asians", "Europeans", "Africans"):
        return True  # "Indonesians", "Filipinos", "Vietnamese": nationals of somewhere else
    return bool(code) and code not in ("PRK", "KOR") and len(code) == 3 and \
        (word.rstrip("s").endswith(("ian", "ean", "ese", "i", "ish", "ch")) or word.endswith("ans") or derived == code)  # demonyms ("Americans"), not "Oman" or "Japan"
