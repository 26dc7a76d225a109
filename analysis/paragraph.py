"""What a paragraph has set before a sentence: the year an earlier sentence named ("Visas
surged last year. The data showed Russia issued 16,613 ...") and whether it speaks of
people. Split from extract.py, which asks for both per figure."""
from __future__ import annotations

import re
from typing import Callable

from . import pipetable, refast
from .article import PubDate
from .segment import Sentence
from .timeexpr import TimeExpr, find_times

# a paragraph that opens on the parts of the total the paragraph before gave
_PARTS_OPENER = refast.lazy(r"[ \u00a0\"“]*(?:According[ \u00a0]+to[^,.;]{0,60},[ \u00a0]+(?=[a-z]))?(?:[Oo]f|[Ff]rom|[Aa]mong)[ \u00a0]+(?:them|those|these|the[ \u00a0]+total|this[ \u00a0]+number|that[ \u00a0]+number)\b")  # (after an attribution: "According to the report, among these entrants, ...")
# "Meanwhile, 6.9 thousand of them came on student visas": the parts, a few words in
_PARTS_EARLY = refast.lazy(r"[^.;]{0,40}?\b[0-9][0-9,.]*(?:[ \u00a0]+(?:thousand|million))?[ \u00a0]+of[ \u00a0]+(?:them|those|these)\b")
# "Then, the agency had said ...", "At the time, ...": back to the time the paragraph before named
_THEN_OPENER = refast.lazy(r"[ \u00a0\"“]*(?:Then|At[ \u00a0]+the[ \u00a0]+time|At[ \u00a0]+that[ \u00a0]+time|Back[ \u00a0]+then),")
# "There were about 600 North Korean workers like me, at the time there were two other companies": the same, inside a sentence (not "roughly $730 at the time": a rate of exchange; not "by the time": later)
_AT_THE_TIME = refast.lazy(r"(?<![0-9][ \u00a0])\bat[ \u00a0]+(?:the|that)[ \u00a0]+time\b(?![ \u00a0]+of\b)", re.I)
# a sentence that opens on the parts of a total given earlier: "Of the 480 people", "Among these 1,200 workers"
_PARTS_OF_NUMBER = refast.lazy(r"[ \u00a0\"“]*(?:Of|Among|From)[ \u00a0]+(?:the|these|those|all)[ \u00a0]+([0-9][0-9,.]*)\b")
# a paragraph that goes on with the data the paragraph before gave: "The data showed Russia
# issued 16,613 ...", "The list let firms hire 1,100", "The largest number ..."
_CONTINUES = refast.lazy(r"[ \u00a0\"“]*(?:The|These|Those)[ \u00a0]+(?:data|figures?|statistics|numbers?|list|breakdown|"
                        r"(?:largest|biggest|highest|smallest)[ \u00a0]+(?:number|share|group|category)|majority)\b")
# a paragraph that only comments on the figure before it ("This figure sharply increased from
# 1,117 in 2023"): its years are comparisons, so the year is looked for before it
_COMMENTS = refast.lazy(r"[ \u00a0\"“]*(?:This|That)[ \u00a0]+(?:figure|number|total|count|was|is|compares|compared)\b")
# a time another figure is compared with ("up from 1,117 in 2023", "double the number it had in
# 2012") is not the sentence's own
_COMPARED = refast.fast(re.compile(r"\b(?:than|(?-i:times)|compared with|compared to|up from|down from)\b[^,;.]{0,25}$"  # not "the Angkor Times"
                                   r"|\bfrom[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[0-9][^,;.]{0,25}$"  # "from 1,050 in 2023", not "came from North Korea last year"
                                   r"|\b(?:double|twice|triple|treble|half)\b[^,;.]{0,45}$", re.I))
# a deadline still ahead when written ("extends the programmes through 2031"): no frame for what follows
_DEADLINE_BEFORE = refast.lazy(r"\b(?:through|until|till|by|before)[ \u00a0]+(?:the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+)?$", re.I)
_DATA_POSSESSED = refast.lazy(r"['’]s[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:figures?|data|count|census|statistics|arrivals|total|quota|report|numbers?)\b")  # ("last year's count": the data's year)
_DEADLINE_OPENS = refast.lazy(r"(?:through|until|till|by|before)[ \u00a0]", re.I)  # (a time read with its "by": "by Dec. 20 last year")
_DEMAND = refast.lazy(r"\b(?:demand(?:s|ed|ing)?|requir(?:e|es|ed|ing)|order(?:s|ed)?|obliged|obliges|must|deadline)\b")  # "ordered every state to send them home by Dec. 20 last year"
_LAW_NAMED_AFTER = refast.lazy(r"(?:[ \u00a0]+(?:U\.?N\.?|UN|UNSC|U\.?S\.?|Security|Council|United|Nations|Korea|sanctions))*[ \u00a0]+(?:[Rr]esolutions?|ban|law|[Aa]ct|treaty|agreement|deal|summit)\b")
_DIGIT = refast.lazy(r"[0-9]")
_MAX_BACK = 4  # sentences: a page scraped without paragraph breaks is one long "paragraph", whose early years are no frame
_WEEKDAY = refast.lazy(r"day\b|[Ww]eek")  # "released on Wednesday": when data came out, not what year it is about


class ParagraphFrame:
    """What a paragraph has set before a sentence: the year ("Visas surged last year. The
    data showed Russia issued 16,613 ..." gives the second sentence last year; a sentence
    in the present tense keeps the publication year instead, the caller checks that) and
    whether it speaks of people. Only the same paragraph carries either."""

    def __init__(self, text: str, sents: list[Sentence], written: Callable[[int], PubDate | None], people: re.Pattern[str]) -> None:
        """written: the date the text at a position was written (the publication date, or a dated section's)."""
        self.text, self.sents, self.written, self.people = text, sents, written, people
        self.index = {s.start: i for i, s in enumerate(sents)}
        self.last: dict[int, TimeExpr | None] = {}
        self.times: dict[int, list[TimeExpr]] = {}

    def _times(self, i: int) -> list[TimeExpr]:
        """Sentence i's time expressions with a year, read once."""
        if i not in self.times:
            s = self.sents[i]
            self.times[i] = [t for t in find_times(self.text, s.start, s.end, self.written(s.start)) if t.year is not None]
        return self.times[i]

    def _last_in(self, i: int) -> TimeExpr | None:
        if i not in self.last:
            s = self.sents[i]
            ts = [t for t in self._times(i) if not t.anchored and not _COMPARED.search(self.text, max(s.start, t.start - 60), t.start)
                  and not (self.text.startswith(("'s", "’s"), t.end) and not _DATA_POSSESSED.match(self.text, t.end))  # ("reaffirmed last year's partnership": a thing's date, no frame)
                  and not _LAW_NAMED_AFTER.match(self.text, t.end)  # ("A 2016 U.N. resolution ordered ...": a law's year, no frame)
                  and not ((_DEADLINE_BEFORE.search(self.text, max(s.start, t.start - 20), t.start) or _DEADLINE_OPENS.match(self.text, t.start))
                           and ((w := self.written(s.start)) is not None and t.year > w.year or _DEMAND.search(self.text, s.start, s.end)))]  # (a deadline: still ahead, or one a law set)
            ts.sort(key=lambda t: _WEEKDAY.search(self.text, t.start, t.end) is not None)
            self.last[i] = None  # (while "at the time" looks back: a sentence that opens on the parts of a total looks at itself first)
            self.last[i] = ts[0] if ts else self._referent_time(i) or (self(self.sents[i]) if _AT_THE_TIME.search(self.text, self.sents[i].start, self.sents[i].end) else None)  # the sentence's own time, not the one it compares with (or, "at the time", the one it refers back to)
        return self.last[i]

    def _referent_time(self, i: int) -> TimeExpr | None:
        """For a sentence opening on the parts of a total named earlier in the article ("Of
        the 480 people, 310 came by air"), the time of the sentence that named the total."""
        s = self.sents[i]
        m = _PARTS_OF_NUMBER.match(self.text, s.start, s.end)
        if m is None:
            return None
        total = re.compile(rf"(?<![\w.,]){re.escape(m.group(1))}(?![\w]|[.,][0-9])")
        for j in range(i - 1, -1, -1):
            e = self.sents[j]
            if total.search(self.text, e.start, e.end):
                return self._last_in(j)
        return None

    def about_people(self, sent: Sentence) -> bool:
        """Whether the paragraph, up to this sentence, speaks of people ("North Koreans",
        "workers"): a bare count in it ("47 were put on flights") is then a count of people."""
        i = self.index[sent.start]
        j = i
        while j > 0 and self.sents[j - 1].paragraph == sent.paragraph:
            j -= 1
        return j < i and self.people.search(self.text, self.sents[j].start, sent.start) is not None

    def __call__(self, sent: Sentence, named: bool = False) -> TimeExpr | None:
        """The year set before this sentence in its paragraph: the nearest earlier sentence's
        own time; with ``named``, the last year that sentence states ("... in the country in
        2015. About 280 of them were on site that year")."""
        if (row := pipetable.table_year(self.text, sent, 0)) is not None:
            return TimeExpr(row[0], row[1], row[2], "stated")  # a table's row: the year the table gives its rows
        i = self.index[sent.start]
        j = i if _PARTS_OF_NUMBER.match(self.text, sent.start, sent.end) else i - 1  # "Of the 480 people, 310 ...": the total's time
        para = sent.paragraph
        k = i
        while k > 0 and self.sents[k - 1].paragraph == para:
            k -= 1
        paras = {para, sent.paragraph}
        then = _THEN_OPENER.match(self.text, sent.start, sent.end) is not None
        inside = not then and _AT_THE_TIME.search(self.text, sent.start, sent.end) is not None
        if k > 0 and (_PARTS_OPENER.match(self.text, self.sents[k].start, self.sents[k].end)
                      or _PARTS_EARLY.match(self.text, self.sents[k].start, self.sents[k].end) or (then and k == i) or inside):
            paras.add(self.sents[k - 1].paragraph)  # "Of them, 7,412 listed study": the parts of the total just before
            b = k - 1
            while b > 0 and self.sents[b - 1].paragraph == self.sents[k - 1].paragraph:
                b -= 1
            if b > 0 and not _DIGIT.search(self.text, self.sents[b].start, self.sents[k - 1].end):
                paras.add(self.sents[b - 1].paragraph)  # (past a paragraph with no number: "The outlet could not verify this.")
        elif k > 0 and k == i and _CONTINUES.match(self.text, sent.start, sent.end):
            # "... surged last year." / "The data showed Russia issued 16,613": the paragraph before
            # (and, past one that only comments on a figure, the one before that)
            b = k - 1
            paras.add(self.sents[b].paragraph)
            first = b
            while first > 0 and self.sents[first - 1].paragraph == self.sents[b].paragraph:
                first -= 1
            if first > 0 and _COMMENTS.match(self.text, self.sents[first].start, self.sents[first].end):
                paras.add(self.sents[first - 1].paragraph)
                j = first - 1
        while j >= max(0, i - _MAX_BACK) and self.sents[j].paragraph in paras:
            t = self._last_in(j)
            if t is not None:
                if then or inside:  # "... since the estimate given last October. / Then, ...": the last time named
                    return (self._times(j) or [t])[-1]  # (t may be a total's, read from an earlier sentence)
                if named:
                    stated = [u for u in self._times(j) if u.basis == "stated" and not _LAW_NAMED_AFTER.match(self.text, u.end)]
                    return stated[-1] if stated else t
                return t
            j -= 1
        return None


# a paragraph that goes on listing the data before it, with no noun of its own: "Other
# comparable figures were 350 in 2009, 280 in 2010 ..." (its counts are of what came before)
_MORE_DATA = refast.lazy(r"[ \u00a0\"“]*(?:(?:The|These|Those|Other|Similar|Comparable|Earlier|Previous)[ \u00a0]+)+"
                        r"(?:(?:comparable|earlier|previous|annual|yearly|official)[ \u00a0]+)?(?:data|figures|statistics|numbers|totals)\b"
                        r"|[ \u00a0\"“]*The[ \u00a0]+[0-9]{4}[ \u00a0]+(?:figure|number|total)[ \u00a0]+(?:was|is)\b")  # "The 2014 figure was down from ..."


def opens_on_parts(text: str, sent: Sentence) -> bool:
    """The sentence opens on the parts of a total given before it ("Of these entries, 7,100
    individuals claimed study"): its counts share the total's time, whatever their verb's tense."""
    return _PARTS_OPENER.match(text, sent.start, sent.end) is not None


def continues_data(text: str, sent: Sentence) -> bool:
    """The sentence opens a paragraph that goes on with the data before it."""
    return _MORE_DATA.match(text, sent.start, sent.end) is not None
