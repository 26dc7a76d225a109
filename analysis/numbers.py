"""Finding numbers as the press writes them, with their exact spans: digits with
grouping, scale words, currency and percent marks, ranges, bounds, and the few number
words that carry figures ("a dozen", "two-thirds", "half").

This module knows nothing about workers or countries; it reports every numeric
expression it can read unambiguously, and a warning for each it cannot."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import refast

# One gap between the parts of a number ("12.5 million", "80 percent", "more than 500"): a
# space, a no-break space, or a single line break (hard-wrapped text, PDFs turned to text).
_SP = r"(?:[ \u00a0]|\r\n|\r|\n)"
# Digit grouping read as thousands: comma, and no-break, narrow no-break, thin and figure spaces.
_GROUP_SPACES = "\u00a0\u202f\u2009\u2007"
# Digits are ASCII only: other scripts' digits are reported, never guessed.
_NUMISH = refast.lazy(rf"(?:(?<![\w.,{_GROUP_SPACES}])|(?<=\$US)|(?<=\bUSD))[0-9](?:[0-9]|[,.{_GROUP_SPACES}](?=[0-9]))*(?![0-9])")
_VALID = refast.lazy(rf"[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|[0-9]{{1,3}}(?:[{_GROUP_SPACES}][0-9]{{3}})+")
_SCALES = {"hundred": 10**2, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9, "mn": 10**6,
           "mln": 10**6, "m": 10**6, "k": 10**3, "b": 10**9}
_SCALE_AFTER = refast.lazy(rf"(?:({_SP})|[-‐](?=(?:hundred|thousand|million|billion)\b))?(hundred|thousand|million|billion|trillion|bn|mn|mln|m|k|b)(?:s(?!{_SP}of\b))?(?![\w])", re.I)
_ONE_OR_TWO_AFTER = refast.lazy(rf"{_SP}+(?:or|to|and){_SP}+(?:two|three|four|five)[ \u00a0]+(?:hundred|thousand|million)\b", re.I)
_COMMA_SPACE_000 = refast.lazy(r", 0[0-9]{2}(?![0-9,.])")
_DECIMAL_COMMA = refast.lazy(r"[0-9]{1,3},[0-9]{1,2}")
_METRES_LONG = refast.lazy(r"m[-‐](?:long|high|wide|tall|deep)\b")  # "a 118m-long mural": a measure
_DOT_GROUPED = refast.lazy(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")  # "48.000", "1.250.000": thousands grouped with dots
_LAKH_GROUPED = refast.lazy(r"[1-9][0-9]?(?:,[0-9]{2})+,[0-9]{3}")  # "2,40,000" (Indian copy): lakhs grouped in pairs
_SCALE_WORD_AFTER = refast.lazy(rf"{_SP}(?:hundred|thousand|million|billion)s?\b", re.I)  # "23-thousand", "78-hundred" too
# "US 300": translated copy that lost the dollar sign (a bare "US" right before digits)
_CURRENCY_BEFORE = refast.lazy(rf"(?<![A-Za-z])(?:U\.S\.{_SP}?\$|US{_SP}?\\?\$|USD{_SP}?\$?|\\?\$US|\\?\$|US(?={_SP}\Z)){_SP}?\Z")  # "USD$120", "$US1.1 billion" too
# Page furniture that is made of digits: ISO dates and timestamps ("2024-02-17 21:00"),
# dotted or slashed dates ("08.11.2024"), clock times. Skipped silently: no figure, no warning.
_DATE_TIME = refast.lazy(r"(?<![\w.,])(?:[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}(?:T[0-9:]+Z?)?|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"
                        r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?![\w])")
_PERCENT_AFTER = refast.lazy(rf"{_SP}?%|{_SP}(?:percents?|per{_SP}cent|pct)\b", re.I)
_DOLLARS_AFTER = refast.lazy(rf"{_SP}(?:U\.?S\.?{_SP})?(?:dollars?|USD)\b|USD\b", re.I)  # "110USD" too
# Money in another currency is not converted: it is reported, never read as dollars or a count.
_OTHER_CURRENCY_BEFORE = refast.lazy(
    rf"(?:[€£¥₩₽₹]|(?<![A-Za-z])(?:(?!US\$|USD\$)[A-Z]{{1,3}}\$|RMB|CNY|EUR|GBP|JPY|KRW|KPW|RUB|AED|QAR|KWD|HKD|SGD|MYR|Rs\.?|KD|QR|SR|RM|Dhs?|BD|OMR|RO|Tk|MNT|₮|zł)){_SP}?\Z")
# currencies named after the number; labelshape.py reads ranges in them with the same list
OTHER_CURRENCY_WORDS = (r"euros?|yuan|renminbi|rubles?|roubles?|yen|rupees?|dirhams?|riyals?|dinars?|ringgits?|zlotys?|złoty|złotys|won|"
                        r"tugriks?|kyats?|somoni|soms?|afghanis?|cedis?|shillings?|birr|koruna|korunas|crowns|forints?|lei|leu|kwanzas?|rand|nairas?|tenge|hryvnias?|baht|kip|riels?|pesos?|"
                        r"rupiahs?|taka|manats?|lari|kunas?|leva|lev|francs?|shekels?|dong|RMB|CNY|RUB|KRW|KPW|JPY|EUR|MNT|pounds" + _SP + r"sterling")
_OTHER_CURRENCY_AFTER = refast.lazy(rf"{_SP}(?:(?:North{_SP}+|South{_SP}+)?Korean{_SP}+won\b|(?:{OTHER_CURRENCY_WORDS})\b)|{_SP}?[€£¥₩₽₹₮]", re.I)  # "700₽ a day"
# Refused with a warning before any digits are read:
# digits of other scripts, superscripts and fraction characters ("３０,０２３", "2½", "10⁶")
_ODD_NUMERIC = "\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u2079\u2080-\u2089\u2150-\u215f\u2460-\u249b\u2776-\u2793"
_HAS_ODD = refast.lazy(rf"[^\D0-9]|[{_ODD_NUMERIC}]")
_FOOTNOTE = refast.lazy("[\u00b9\u00b2\u00b3\u2070-\u2079]+")  # a lone superscript is a footnote mark, not a number
_ODD_RUN = refast.lazy(
    rf"(?:[0-9]|[^\D0-9]|[{_ODD_NUMERIC}])(?:[0-9]|[^\D0-9]|[{_ODD_NUMERIC}]|[,.，．'{_GROUP_SPACES}](?=[0-9]|[^\D0-9]))*")
# exponents: "10^6", "10**6", "2 x 10^6", "1.2e9"
_SCI = refast.lazy(r"(?<![\w.,])[0-9]+(?:\.[0-9]+)?"
                  r"(?:(?:[ \u00a0]?[×xX*·][ \u00a0]?10)?(?:\^|\*\*)[-+−]?[0-9]+|[eE][-+]?[0-9]+(?![\w]))")
# grouping that may be thousands or may be two numbers: "30 023" (a plain space or line break), "30'023"
_AMBIGUOUS_GROUPING = refast.lazy(
    r"(?<![\w.,'’\u00a0\u202f])[0-9]{1,3}(?:(?:[ \t]|\r\n|\r|\n)[0-9]{3})+(?![0-9]|[.,'’][0-9])"
    r"|(?<![\w.,'’])[0-9]{1,3}(?:['’ʼ][0-9]{3})+(?![0-9])")
# thousands grouped with a plain space, as translated Russian and French copy writes them
SPACED_GROUPING = refast.lazy(r"(?<![\w.,'’\u00a0\u202f])[0-9]{1,3}(?: [0-9]{3})+(?![0-9]|[.,'’][0-9])")
_ROUND_SPACED = refast.lazy(r"(?<![\w.,'’\u00a0\u202f])[0-9]{1,3}(?: 000)+(?![0-9]|[.,'’][0-9])")
SPACED_HINT = refast.lazy(r"[0-9] [0-9]{3}")  # in every SPACED_GROUPING match: a text without one has none
_MINUS = "-\u2212"
# what every match of _HAS_ODD, _SCI or _AMBIGUOUS_GROUPING holds: an odd digit, a digit before an
# exponent's mark, or a digit, a space or apostrophe and three digits (one scan instead of three)
_REFUSED_HINT = refast.lazy(rf"(?=[\d{_ODD_NUMERIC}])(?:[^\D0-9]|[{_ODD_NUMERIC}]|[0-9](?:[×xX*·^eE]|[ \u00a0][×xX*·]|(?:[ \t'’ʼ\r\n]|\r\n)[0-9]{{3}}))")
# what every _DATE_TIME match holds: a digit, a date or time separator, a digit
_DATE_HINT = refast.lazy(r"[0-9][-./:][0-9]")
# a number whose scale, percent or "dollars" the sentence splitter left in the next sentence
_CONTINUES = refast.lazy(rf"{_SP}?(?:(?:thousand|million|billion|trillion|bn)(?![\w])|%|(?:percent|per{_SP}cent|dollars)\b)", re.I)

_FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one-half": 50.0, "one half": 50.0,
    "a third": 33.33, "one-third": 33.33, "one third": 33.33, "two-thirds": 66.67, "two thirds": 66.67,
    "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0, "four-fifths": 80.0,
}
_PERIOD_AFTER = refast.lazy(rf"{_SP}+of{_SP}+(?:(?:19|20)[0-9]{{2}}\b|(?:this|last|next|that|the){_SP}+(?:year|decade|century)\b|fiscal)", re.I)
_FRACTION = refast.lazy(r"\b(" + "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True)) + r")\b", re.I)
_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_MULT = {"hundred": 100, "thousand": 1000, "million": 10**6}
_NUMWORD = "|".join(sorted([*_UNITS, *_TENS, *_MULT, "dozen", "a"], key=len, reverse=True))
# A run of number words, joined by spaces or hyphens, possibly ending in digits as
# translated copy writes them ("three-thousand-67"): "twenty-five", "two hundred",
# "a dozen", "three thousand". A lone "one", "a" or "zero" is no figure.
_WORDNUM = refast.lazy(
    rf"\b(?:{_NUMWORD})(?:(?:[- \u00a0]|[- \u00a0]and[- \u00a0])(?:{_NUMWORD}))*"
    rf"(?:-[0-9]{{1,3}}(?![0-9]|[,.][0-9])|(?<=thousand)s(?![ \u00a0]+of\b))?\b(?!-)", re.I)  # ("five thousands": translated copy)
# ("\b\w+teen" is written "(?<=\w)teen": the same texts hold a match, found without trying \w+ at every word)
# money in number words: "three billion dollars", "a half billion dollars", "half a billion dollars" (a scale word is needed)
_WORD_MONEY_AFTER = refast.lazy(rf"{_SP}(?:a{_SP})?(million|billion)(?:{_SP}(?:U\.?S\.?{_SP})?dollars\b|{_SP}USD\b)", re.I)
_WORD_RANGE_GAP = refast.lazy(rf"{_SP}(?:to|or){_SP}|{_SP}?[-–]{_SP}?", re.I)
_WORD_TO = refast.lazy(rf"{_SP}+to{_SP}+|[-–]", re.I)  # "two to three thousand" (not "six – three thousand more are expected –")
_WORDNUM_HINT = refast.lazy_fast(r"\b(?:half|third|quarter|fifth|dozen|hundred|thousand|million|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z])|(?<=\w)teen(?![a-z])")


_AND = refast.lazy(r"[- \u00a0]and[- \u00a0]", re.I)
_TRAILING_A = refast.lazy(r"[ \u00a0]+a\Z", re.I)


def _and_parts(run: str, offset: int) -> list[tuple[int, int]]:
    """A run of number words split where "and" joins two numbers ("between fifty and
    seventy") rather than the parts of one ("one hundred and fifty")."""
    parts, s = [], 0
    for a in _AND.finditer(run):
        before = run[:a.start()].lower().split()[-1] if run[:a.start()].split() else ""
        if not before.endswith(("hundred", "thousand", "million")):
            parts.append((offset + s, offset + a.start()))
            s = a.end()
    parts.append((offset + s, offset + len(run)))
    return parts


def _word_value(run: str) -> float | None:
    """The value of a run of number words ("two hundred", "three-thousand-67"), or None
    when it is no number a figure is written in (a lone "one", "a", "a dozen of")."""
    toks = [t.removesuffix("s") if t == "thousands" else t for t in re.split(r"[- \u00a0]+", run.lower()) if t and t != "and"]
    if toks[-1] == "a" or (len(toks) == 1 and toks[0] in ("one", "a", "zero")) or toks[0] in (*_MULT, "dozen"):
        return None  # a lone "one", "a", or a scale word with nothing before it ("million")
    total = current = 0
    seen_word = False
    for t in toks:
        if t.isdigit():
            if not seen_word or current or total == 0:
                return None  # digits only after a scale word: "three-thousand-67"
            current += int(t)
        elif t in _UNITS:
            current += _UNITS[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "a":
            current += 1
        elif t == "dozen":
            current = (current or 1) * 12
        elif t == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _MULT[t]
            current = 0
        seen_word = seen_word or not t.isdigit()
    value = total + current
    return float(value) if value > 0 else None


# Qualifiers, longest first; what they mean for the bounds.
LOWER = ("more than", "over", "at least", "a minimum of", "in excess of", "upwards of", "just over", "above", "no fewer than", "no less than", "not less than", "not fewer than",
         "exceed", "exceeds", "exceeded", "exceeding", "to top", "topped", "tops", "surpass", "surpassed", "surpasses", "surpassing")
UPPER = ("not more than", "not over", "not exceeding", "up to", "upto", "fewer than", "less than", "as high as", "as many as", "as much as", "no more than", "at most", "a maximum of", "a maximum", "just under", "under", "below")
POINT = ("an estimated", "estimated", "about", "around", "approximately", "approx.", "roughly", "some", "nearly", "almost", "close to", "only", "just", "a total of", "a mere", "an average of", "on average", "as little as", "as few as", "as low as")
_QUALIFIERS = sorted(LOWER + UPPER + POINT, key=len, reverse=True)


def _alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """Phrases as one regex alternation, each space matching any run of spaces."""
    return "|".join(re.escape(q).replace(r"\ ", _SP + "+") for q in phrases)


_QUAL_BEFORE = refast.lazy(r"\b(" + _alternation(_QUALIFIERS) + r")" + _SP + r"+\Z", re.I)


@dataclass
class Amount:
    """One number as written: its span and value, plus what marks it carries."""

    start: int
    end: int
    value: float
    currency: bool = False
    percent: bool = False
    scaled: bool = False
    word: str | None = None  # "fraction" or "cardinal" for number words
    decimals: int = 0
    digits: str = ""  # the digits as written, grouping removed ("30023", "1.2")


@dataclass
class Mention:
    """A numeric expression: a point, a bound or a range, with its qualifier."""

    start: int
    end: int
    kind: str  # usd | percent | count
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    word: str | None = None


@dataclass
class Warning_:
    start: int
    end: int
    message: str


def _exact(digits: str, scale: int = 1) -> float:
    """The value of a digit string times a scale, rounded once: "4.1" million is
    4100000.0, never 4099999.9999999995."""
    if scale == 1 and len(digits) <= 28:
        return float(digits)  # the same: Decimal(digits) * 1 is exact to 28 digits, and either way it is rounded once
    return float(Decimal(digits) * scale)


def _refused_spans(text: str, start: int, end: int, warnings: list[Warning_]) -> list[tuple[int, int]]:
    """Spans that look like numbers but cannot be read safely, each with a warning."""
    bad: list[tuple[int, int, str]] = []
    if _REFUSED_HINT.search(text, start, end) is None:
        return []  # no odd digit, exponent or ambiguous grouping can be there
    if _HAS_ODD.search(text, start, end):
        for m in _ODD_RUN.finditer(text, start, end):
            if _HAS_ODD.search(m.group()) and not _FOOTNOTE.fullmatch(m.group()):
                bad.append((m.start(), m.end(), f"digits of another script or a numeric symbol {m.group()!r}: no figure taken"))
    for m in _SCI.finditer(text, start, end):
        bad.append((m.start(), m.end(), f"exponent notation {m.group()!r}: no figure taken"))
    for m in _AMBIGUOUS_GROUPING.finditer(text, start, end):
        bad.append((m.start(), m.end(),
                    f"ambiguous number format {m.group()!r} (grouped thousands or two numbers?): no figure taken"))
    bad.sort()
    spans: list[tuple[int, int]] = []
    for s, e, msg in bad:
        if spans and s < spans[-1][1]:
            continue  # already refused as part of a longer run
        spans.append((s, e))
        warnings.append(Warning_(s, e, msg))
    return spans


def _amounts(text: str, start: int, end: int, warnings: list[Warning_], spaced_thousands: bool = False) -> list[Amount]:
    out: list[Amount] = []
    local: list[Warning_] = []
    refused = _refused_spans(text, start, end, local)
    spaced: dict[int, int] = {}
    if spaced_thousands:
        # the article groups thousands with plain spaces throughout ("11 890", translated
        # Russian copy): read them as one number, not refuse them
        spaced = {m.start(): m.end() for m in SPACED_GROUPING.finditer(text, start, end)}
    elif text.find(" 000", start, end) >= 0:
        # round thousands spaced off even in an article that does so once ("about 15 000 workers"):
        # no other reading of " 000" is likely; "30 023" alone stays ambiguous
        spaced = {m.start(): m.end() for m in _ROUND_SPACED.finditer(text, start, end)}
    if spaced:
        refused = [r for r in refused if r[0] not in spaced]
        local = [w for w in local if w.start not in spaced]
    skip_to = start
    ri = 0
    stamps = [d.span() for d in _DATE_TIME.finditer(text, start, end)] if _DATE_HINT.search(text, start, end) else []
    di = 0
    for m in _NUMISH.finditer(text, start, end):
        s, e = m.span()
        raw = m.group()
        if s < skip_to:
            continue
        if s in spaced:
            e = skip_to = spaced[s]
            raw = text[s:e].replace(" ", "\u202f")
        elif len(raw) <= 3 and raw.isdigit() and (cs := _COMMA_SPACE_000.match(text, e, end)) is not None:
            e = skip_to = cs.end()  # "33, 000": a space after the grouping comma (no number starts with 0)
            raw = raw + "," + text[e - 3:e]
        while di < len(stamps) and stamps[di][1] <= s:
            di += 1
        if di < len(stamps) and stamps[di][0] <= s:
            continue  # part of a date or a clock time
        while ri < len(refused) and refused[ri][1] <= s:
            ri += 1
        if ri < len(refused) and refused[ri][0] < e:
            continue  # inside a span refused above
        if s - start >= 2 and text[s - 1] in "-‐" and text[s - 2].isalpha():
            continue  # part of a name: Hwasong-15, G-20
        if e < end and (text[e].isalpha() and not _SCALE_AFTER.match(text, e) and not text.startswith("USD", e) or _METRES_LONG.match(text, e)):
            continue  # ordinals and codes: 18th, 3D, 24h
        if _DECIMAL_COMMA.fullmatch(raw) and _SCALE_WORD_AFTER.match(text, e, end):
            raw = raw.replace(",", ".")  # "1,5 thousand" (translated copy): a decimal comma before a scale word is no grouping
        elif _DOT_GROUPED.fullmatch(raw) and (raw.count(".") > 1 or raw.endswith(".000")) \
                and not _SCALE_AFTER.match(text, e, end) and not _PERCENT_AFTER.match(text, e, end):
            raw = raw.replace(".", ",")  # "approx. 48.000 North Koreans" (European copy): no prose writes ".000" decimals
        elif not _VALID.fullmatch(raw) and not _LAKH_GROUPED.fullmatch(raw):
            local.append(Warning_(s, e, f"ambiguous number format {raw!r}: no figure taken"))
            continue
        if len(raw) > 1 and raw[0] == "0" and raw[1] != ".":
            if not (text[s - 1:s] in (":", "/") or text[e:e + 1] in (":", "/")  # clock times, dates: silent
                    or _MONTH_NAME_BEFORE.search(text, max(0, s - 12), s)):  # "December 05, 2023": a day
                local.append(Warning_(s, e, f"number with a leading zero {raw!r}: no figure taken"))
            continue
        digits = raw.replace(",", "")
        for ch in _GROUP_SPACES if not digits.isascii() else ():
            digits = digits.replace(ch, "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        a = Amount(s, e, _exact(digits), decimals=decimals, digits=digits)
        cur = _CURRENCY_BEFORE.search(text, max(start, s - 8), s)
        if cur:
            a.start = cur.start()
            a.currency = True
        elif start > 0 and s - start <= 8:
            outside = _CURRENCY_BEFORE.search(text, max(0, s - 8), s)
            if outside and outside.start() < start and not text[start:s].strip():
                local.append(Warning_(outside.start(), e, f"number split from its currency sign by a line break {text[outside.start():e]!r}: no figure taken"))
                continue
        other = None if cur else _OTHER_CURRENCY_BEFORE.search(text, max(start, s - 8), s)
        sc = _SCALE_AFTER.match(text, e, end)
        if sc:
            word = sc.group(2).lower()
            if word in ("m", "b") and not (a.currency or other):
                sc = None  # "5 m" is a distance; only "$5m" is money
            elif word == "k" and not (a.currency or other) and sc.group(1):
                sc = None  # "6K workers" in a headline is 6,000; "6 k" is not
            elif word in ("m", "k", "b", "mn", "mln") and sc.group(1):
                sc = None  # "$5 m": not a scale word once spaced off
        scale = 1
        if sc:
            scale = _SCALES[sc.group(2).lower()]
            a.value = _exact(digits, scale)
            a.scaled = True
            a.end = sc.end()
        if sc and scale == 1000 and not a.currency:
            rest = _THOUSAND_REST.match(text, a.end, end)
            if rest:  # "3 thousand 412" (translated Russian copy): 3,412
                a.value += int(rest.group(1))
                a.end = rest.end()
        pc = _PERCENT_AFTER.match(text, a.end, end)
        if pc:
            a.percent = True
            a.end = pc.end()
        elif not a.currency:
            dl = _DOLLARS_AFTER.match(text, a.end, end)
            if dl:
                a.currency = True
                a.end = dl.end()
        if end < len(text) and end - a.end <= 2:
            cont = _CONTINUES.match(text, a.end)
            if cont and cont.end() > end:
                local.append(Warning_(a.start, cont.end(), f"number split by a line break {text[a.start:cont.end()]!r}: no figure taken"))
                continue
        if not a.currency and not a.percent:
            other_after = _OTHER_CURRENCY_AFTER.match(text, a.end, end)
            if other or other_after:
                s0 = other.start() if other else a.start
                e0 = other_after.end() if other_after else a.end
                local.append(Warning_(s0, e0, f"money in another currency {text[s0:e0]!r} (only US dollars are read): no figure taken"))
                continue
        if a.start > 0 and text[a.start - 1] in _MINUS and (a.start < 2 or not (text[a.start - 2].isalnum() or text[a.start - 2] in ")]%")):
            local.append(Warning_(a.start - 1, a.end, f"negative number {text[a.start - 1:a.end]!r}: no figure taken"))
            continue
        if (scale != 1 or len(digits) > 12) and Decimal(digits) * scale >= 10**13:
            local.append(Warning_(a.start, a.end, f"implausibly large number {text[a.start:a.end]!r}: no figure taken"))
            continue
        out.append(a)
    local.sort(key=lambda w: (w.start, w.end))
    warnings.extend(local)
    lower = text[start:end].lower()
    hint = _WORDNUM_HINT.search(lower)
    if hint and ("half" in lower or "third" in lower or "quarter" in lower or "fifth" in lower):
        for m in _FRACTION.finditer(text, start, end):
            if _PERIOD_AFTER.match(text, m.end()):
                continue  # "in the first half of 2019", "the third quarter of last year": a time
            if (wm := _WORD_MONEY_AFTER.match(text, m.end(), end)) is not None and m.group().lower().endswith("half"):
                out.append(Amount(m.end() - 4, wm.end(), 0.5 * _SCALES[wm.group(1).lower()], currency=True, scaled=True))
                continue  # "a half billion dollars"
            if (hs := _HALF_SCALE_AFTER.match(text, m.end(), end)) is not None and m.group().lower().endswith("half") \
                    and not _WHOLE_BEFORE_HALF.search(text, max(start, m.start() - 12), m.start()):
                out.append(Amount(m.start(), hs.end(), 0.5 * _SCALES[hs.group(1).lower()], scaled=True))
                continue  # "half a million North Koreans": 500,000
            if (hd := _HALF_DOZEN_AFTER.match(text, m.end(), end)) is not None and m.group().lower() == "half":
                out.append(Amount(m.start(), hd.end(), 6.0, word="cardinal"))
                continue
            if (fs := _FRACTION_OF_SCALE_AFTER.match(text, m.end(), end)) is not None:
                out.append(Amount(m.start(), fs.end(), _FRACTIONS[m.group().lower().replace("‐", "-")] / 100 * _SCALES[fs.group(1).lower()], scaled=True))
                continue  # "a quarter of a million": 250,000
            out.append(Amount(m.start(), m.end(), _FRACTIONS[m.group().lower().replace("‐", "-")], percent=True, word="fraction"))
    if hint:
        for m in _WORDNUM.finditer(text, start, end):
            for ps, pe in _and_parts(m.group(), m.start()):
                trail = _TRAILING_A.search(text, ps, pe)
                if trail is not None and trail.start() > ps:
                    pe = trail.start()  # "falling to eight a year later": "a" starts the next phrase
                v = _word_value(text[ps:pe])
                if v is None and text[ps:pe].lower() == "one" and _ONE_OR_TWO_AFTER.match(text, pe, end):
                    v = 1.0  # "one or two thousand workers": the first end of a range, not a lone "one"
                if v is not None:
                    s0 = ps + (2 if text[ps:ps + 2].lower() == "a " and not text[ps:pe].lower().startswith(("a dozen", "a hundred", "a thousand")) else 0)
                    w = Amount(s0, pe, v, word="cardinal")
                    if (pc := _PERCENT_AFTER.match(text, pe, end)) is not None:
                        w.percent, w.end = True, pc.end()  # "Seventy percent of that money"
                    elif (wm := _WORD_MONEY_AFTER.match(text, pe, end)) is not None:
                        # "three billion dollars" reads as "$3 billion"; "two to three billion dollars" as "$2-3 billion"
                        w = Amount(s0, wm.end(), v * _SCALES[wm.group(1).lower()], currency=True, scaled=True)
                        if out and out[-1].word == "cardinal" and _WORD_RANGE_GAP.fullmatch(text, out[-1].end, s0):
                            out[-1].word = None
                    out.append(w)
    out.sort(key=lambda a: (a.start, -a.end))
    # drop number words overlapped by another amount ("a half" inside "two and a half")
    dedup: list[Amount] = []
    for a in out:
        if dedup and a.start < dedup[-1].end:
            continue
        dedup.append(a)
    return dedup


_OR_SEP = refast.lazy(_SP + r"+or" + _SP + r"+\Z")
_RANGE_SEP = refast.lazy(_SP + r"*(?:-|–|—|‐|\u2011|~|to)" + _SP + r"*\Z|" + _SP + r"+and" + _SP + r"+\Z", re.I)
_CODE_AFTER = refast.lazy(_SP + r"+(?:USD|US[ \u00a0]+dollars|dollars)\b")
_BETWEEN = refast.lazy(r"\bbetween" + _SP + r"+\Z", re.I)
_FROM = refast.lazy(r"\b(from|down" + _SP + r"from|up" + _SP + r"from)" + _SP + r"+(?:(?:"
                   + _alternation(_QUALIFIERS) + r")" + _SP + r"+)?\Z", re.I)


_THOUSAND_REST = refast.lazy(r"[ \u00a0]([0-9]{1,3})(?![0-9,.])")
_PHRASAL_OVER = refast.lazy(r"\b(?:fork|forks|forked|forking|hand|hands|handed|handing|turn|turns|turned|turning|take|takes|taken|took|sign|signed|pass|passed|give|gave|given"
                           r"|stand|stands|stood|standing|tower|towers|towered|watch|watches|watched|watching|preside|presides|presided|loom|looms|loomed|hover|hovers|hovered)" + _SP + r"+\Z", re.I)  # ("a foreman stands over two labourers")
_CHANGED_BEFORE = refast.lazy(r"\b(?:increas|decreas|rose|risen|rise|grew|grown|climb|jump|went|shot|soar|fell|fall|drop|cut|rais|lower|reduc|slash|doubl|tripl|halv|chang|surg|hik|boost|improv|lift|mov|bump)\w*\b[^.;]{0,50}$", re.I)
_PAID_BEFORE = refast.lazy(r"\b(?:earn|earns|earned|earning|paid|pay|pays|receive|receives|received|receiving|get|gets|got|getting|left[ \u00a0]+with|leaving|keep|keeps|kept|make|makes|made|making)\b[^.;]{0,30}$", re.I)  # a range of pay, not a change
_RANGE_VERB = refast.lazy(r"\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere)" + _SP + r"+\Z", re.I)
_YEAR = refast.lazy(r"(?:19|20)[0-9]{2}")
# the patterns searched or scanned in every sentence, led by the characters a match starts
# with (analysis/refast.py): the same matches, without trying each pattern at every position
_NUMISH, _DATE_TIME, _SCI, _AMBIGUOUS_GROUPING, _WORDNUM, _FRACTION, _QUAL_BEFORE, _OTHER_CURRENCY_BEFORE, _FROM, \
    _PHRASAL_OVER = (refast.fast(p) for p in (_NUMISH, _DATE_TIME, _SCI, _AMBIGUOUS_GROUPING, _WORDNUM, _FRACTION,
                                              _QUAL_BEFORE, _OTHER_CURRENCY_BEFORE, _FROM, _PHRASAL_OVER))


_MONTH_NAME_BEFORE = refast.lazy(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\Z")
_ROSE_BEFORE = refast.lazy(r"\b(?:increased|increasing|rose|risen|grew|grown|climbed|jumped|went|shot|soared)\b[^.;]{0,20}$", re.I)
_OPEN_BRACKET = refast.lazy(rf"{_SP}*\({_SP}*")
# an amount converted in brackets, "(NZ$450m)", "(£586 million)": read past in ranges, and no clause break (placefinder)
CONVERSION = refast.lazy(rf"{_SP}*\([^()0-9]{{0,4}}[0-9][^()]{{0,16}}\)")
_BOUND_AFTER = refast.lazy(rf"{_SP}+(?:or|and){_SP}+(more|above|over|fewer|less|under|plus)\b|[-‐]?(plus)\b(?![-‐])|(\+)(?![0-9])", re.I)  # "170-plus", "200+"


def _kind(a: Amount) -> str:
    return "usd" if a.currency else "percent" if a.percent else "count"


_WHOLE_BEFORE_HALF = refast.lazy(r"(?:[0-9]|\band)[ \u00a0]*$", re.I)  # "one and a half million": not half of one
_FRACTION_OF_SCALE_AFTER = refast.lazy(rf"{_SP}+of{_SP}+a{_SP}+(million|thousand)\b", re.I)
_HALF_SCALE_AFTER = refast.lazy(rf"{_SP}+(?:a{_SP}+)?(million|thousand)\b", re.I)
_HALF_DOZEN_AFTER = refast.lazy(rf"{_SP}+a{_SP}+dozen\b", re.I)  # "half a dozen": six, not a dozen
_CONVERTED_FROM = refast.lazy(r"\b(" + _alternation(LOWER + UPPER) + r")" + _SP
                             + r"+[0-9][0-9,.]*(?:" + _SP + r"+(?:thousand|million|billion))?" + _SP + r"+(?:[A-Z][a-z]+" + _SP + r"+)?(?:" + OTHER_CURRENCY_WORDS
                             + r")(?:[ \u00a0]+(?:a|per)[ \u00a0]+(?:month|year|week|day))?[ \u00a0]*[,(][ \u00a0]*(?:or[ \u00a0]+)?(?:US)?\Z", re.I)


def _qualifier(text: str, start: int, floor: int) -> tuple[str | None, int]:
    m = _QUAL_BEFORE.search(text, max(floor, start - 30), start)
    if not m:
        c = _CONVERTED_FROM.search(text, max(floor, start - 70), start)
        return (" ".join(c.group(1).lower().split()), start) if c else (None, start)  # "up to 20,000 roubles, or $300": its bound
    if m.group(1).lower() == "over" and _PHRASAL_OVER.search(text, max(floor, m.start() - 12), m.start()):
        return None, start  # "hand over 80% of what they earn": a verb, not "more than"
    q = " ".join(m.group(1).lower().split())
    if q == "up to" and _ROSE_BEFORE.search(text, max(floor, m.start() - 30), m.start()):
        return None, start  # "increased by 11% (up to 190,000, from 170,000)": rose to, no bound
    if q in POINT and (b := _QUAL_BEFORE.search(text, max(floor, m.start() - 20), m.start())) is not None:
        bound = " ".join(b.group(1).lower().split())
        if bound in LOWER + UPPER and not (bound == "over" and _PHRASAL_OVER.search(text, max(floor, b.start() - 12), b.start())):
            return bound, b.start()  # "more than about $30 million": the bound is what the figure says
    return q, m.start()


_THOUSANDS_END = refast.lazy(r"[0-9]{1,3},000")
_HUNDREDS_END = refast.lazy(r"[1-9]00")


def _thousands_short(text: str, a: Amount, b: Amount) -> float:
    """The first end of a range that leaves out the thousands the second end writes ("40-70,000",
    "4–9,000") or hundreds ("2-400"): read so when that keeps it below the second end."""
    raw = text[a.start:a.end]
    if raw.isdigit() and len(raw) <= 3 and _THOUSANDS_END.fullmatch(text, b.start, b.end) and a.value * 1000 < b.value:
        return a.value * 1000
    if len(raw) == 1 and raw.isdigit() and text[a.end:b.start] in ("-", "–", "‐") and _HUNDREDS_END.fullmatch(text, b.start, b.end) \
            and a.value * 100 < b.value and not text.startswith("-", b.end):  # (not a phone number's "1-800-")
        return a.value * 100  # "2-300": two to three hundred
    return a.value


def find_mentions(text: str, start: int, end: int, warnings: list[Warning_] | None = None,
                  spaced_thousands: bool = False) -> list[Mention]:
    """Numeric expressions within text[start:end], ranges merged, qualifiers read.
    ``spaced_thousands``: the whole text groups thousands with plain spaces ("11 890")."""
    warnings = warnings if warnings is not None else []
    amounts = _amounts(text, start, end, warnings, spaced_thousands)
    out: list[Mention] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        words_between = (b is not None and a.word == "cardinal" and b.word == "cardinal"
                         and (_BETWEEN.search(text, max(start, a.start - 10), a.start) is not None  # "between fifty and seventy"
                              or _WORD_TO.fullmatch(text, a.end, b.start) is not None or _OR_SEP.fullmatch(text, a.end, b.start) is not None))  # "two to three thousand", "one or two thousand"
        if b is not None and ((a.word != "cardinal" and b.word is None and a.word is None) or words_between):
            gap = text[a.end:b.start]
            if a.currency and (code := _CODE_AFTER.match(gap)) is not None:
                gap = gap[code.end():]  # "between $150 million USD and $400 million"
            if a.currency and gap.lstrip(" \u00a0").startswith("(") and (conv := CONVERSION.match(gap)) is not None:
                gap = gap[conv.end():]  # "US$300 million (NZ$450m) to US$600 million": the range around a conversion
            sep = _RANGE_SEP.fullmatch(gap) if len(gap) <= 8 else None
            if sep is None and _OR_SEP.fullmatch(gap) and (a.currency == b.currency or b.currency and not a.scaled) \
                    and (a.percent == b.percent or b.percent and not a.scaled) and a.value < b.value \
                    and not _YEAR.fullmatch(text[a.start:a.end]) and not _YEAR.fullmatch(text[b.start:b.end]):
                sep = _OR_SEP.fullmatch(gap)  # "30 or 40 workers", "2 or 3 thousand", "300 or 400 dollars": one rough range
            between = _BETWEEN.search(text, max(start, a.start - 10), a.start)
            is_and = sep is not None and "and" in sep.group().lower()
            changed = _FROM.search(text, max(start, a.start - 40), a.start)
            if changed and (_RANGE_VERB.search(text, max(start, changed.start() - 20), changed.start())
                            or (a.currency and not b.currency and b.scaled and not a.scaled)
                            or (b.currency and not a.currency and not a.scaled and changed.group(1).lower() == "from"  # (not "down from", "up from": changes)
                                and _PAID_BEFORE.search(text, max(start, changed.start() - 40), changed.start())
                                and not _CHANGED_BEFORE.search(text, max(start, changed.start() - 60), changed.start()))  # "leaving them from 120 to 180 dollars a month"
                            or not text[start:changed.start()].strip(" \u00a0\"“‘'") or gap in ("-", "–", "‐", "\u2011") and not _YEAR.fullmatch(text[a.start:a.end])):  # (opening the sentence: "From 12,000 to 15,000 visas are issued"; "from 3,000-10,000")
                changed = None  # "estimates range from 60,000 to 100,000", "earning from $1.1 to 2.1 billion": a range, not a change
            if a.percent and not b.percent:
                sep = None  # "rose 8.5 percent to 12,300": a rise, then the new count
            if bool(_YEAR.fullmatch(text[a.start:a.end])) != bool(_YEAR.fullmatch(text[b.start:b.end])):
                sep = None  # "from a handful in 2011 to 68": a year and a count make no range
            elif sep and _YEAR.fullmatch(text[a.start:a.end]) and (between or _YEAR.fullmatch(text[b.start:b.end]) and a.value < b.value
                                                                   and text[max(start, a.start - 5):a.start].lower() == "from ") \
                    and not (a.currency or a.percent or b.currency or b.percent):
                i += 2  # "between 2008 and 2015", "From 2016 to 2022": a span of years, no figure
                continue
            if sep and changed and not (a.currency or a.percent or a.scaled) and (b.currency or b.percent):
                a.currency, a.percent = b.currency, b.percent  # "rose from 320 to 410 dollars": both ends are money
            if sep and (between if is_and else True) and not changed:
                # carry marks across the range: "$1-2 billion", "40 to 50 percent"
                b_digits = float(b.digits) if b.digits else b.value
                if b.scaled and not a.scaled and a.decimals < 3 and (a.value < 1000 or a.value < b_digits):
                    # "$1-2 billion", "1,200 and 2,300 million dollars": the first end takes the second's scale
                    a.value = _exact(a.digits, _scale_of(text, b)) if a.digits else a.value * _scale_of(text, b)
                elif a.word == "cardinal" and a.value < 100 <= b.value and (scale := _trailing_scale(text[b.start:b.end])) > 1 \
                        and text[a.start:a.end].rsplit(None, 1)[-1].lower() not in _SCALES and a.value * scale <= b.value:
                    a.value *= scale  # "two to three thousand", "one or two hundred thousand": the first end takes the second's scale
                elif "-" in gap or "–" in gap or "~" in gap or gap.strip(" \u00a0").lower() in ("to", "or"):
                    a.value = _thousands_short(text, a, b)  # "40-70,000", "30~35,000", "30 to 35,000": thousands to the second end
                cur = a.currency or b.currency
                pct = a.percent or b.percent
                lo, hi = sorted((a.value, b.value))
                q, _ = _qualifier(text, a.start, start)
                if between and is_and:
                    q = "between"
                elif between and q is None:
                    q = "between"
                c = amounts[i + 2] if i + 2 < len(amounts) else None
                if c is not None and "to" in gap and text[b.end:c.start] in ("-", "–") and (c.currency, c.percent, c.word) == (b.currency, b.percent, b.word) and c.value > hi:
                    b, hi, i = c, c.value, i + 1  # "from 50,000 to 150,000–200,000": an upper end itself a range, one range to its top
                out.append(Mention(a.start, b.end, "usd" if cur else "percent" if pct else "count", None, lo, hi, q))
                i += 2
                continue
        q, _ = _qualifier(text, a.start, start)
        value, low, high = a.value, None, None
        if q in LOWER:
            low = value
        elif q in UPPER:
            high = value
        elif (after := _BOUND_AFTER.match(text, a.end, end)) is not None:
            # "some 100,000 or more workers": a bound written after the number
            low, high = (value, None) if after.group(after.lastindex).lower() in ("more", "above", "over", "plus", "+") else (None, value)
            if q is None:  # the bound as written ("or more", "plus"), unless a qualifier stands before the number
                q = "plus" if after.group(after.lastindex) == "+" else " ".join(after.group().lower().lstrip("-‐").split())
        out.append(Mention(a.start, a.end, _kind(a), value, low, high, q, word=a.word))
        i += 1
    # "$US1.1 billion to $US2.1 billion ($1.5 to $2.9 billion)": the same money converted for the reader
    return [m for k, m in enumerate(out) if not (k and m.kind == "usd" and out[k - 1].kind == "usd"
                                                 and _OPEN_BRACKET.fullmatch(text, out[k - 1].end, m.start)
                                                 and text.startswith(")", m.end))]


def _trailing_scale(raw: str) -> float:
    """What the scale words closing a number multiply by: "two hundred thousand" a hundred thousand;
    1 when none close it."""
    scale = 1.0
    for w in reversed(raw.split()):
        w = w.lower().removesuffix("s")
        if w not in _SCALES or w in ("m", "k", "b"):
            break
        scale *= _SCALES[w]
    return scale


def _scale_of(text: str, b: Amount) -> int:
    """The value a bare first range end takes from the second's scale word."""
    m = _SCALE_AFTER.search(text, b.start, b.end)
    return _SCALES[m.group(2).lower()] if m else 1


_COMMA_GROUPED = refast.lazy(r"(?<![\w.,])[0-9]{1,3},[0-9]{3}(?![0-9])")


def spaced_style(text: str, start: int) -> bool:
    """Whether an article groups thousands with plain spaces ("11 890", "2 634"): at least
    two such numbers, and more of them than comma-grouped ones. A lone "30 023" stays ambiguous."""
    if SPACED_HINT.search(text, start) is None:
        return False
    n = sum(1 for _ in SPACED_GROUPING.finditer(text, start))
    return n >= 2 and n > sum(1 for _ in _COMMA_GROUPED.finditer(text, start))
