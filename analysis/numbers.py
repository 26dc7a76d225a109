"""Finding numbers as the press writes them, with their exact spans: digits with
grouping, scale words, currency and percent marks, ranges, bounds, and the few number
words that carry figures ("a dozen", "two-thirds", "half").

This module knows nothing about workers or countries; it reports every numeric
expression it can read unambiguously, and a warning for each it cannot."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Digits are ASCII only: other scripts' digits are reported, never guessed.
_NUMISH = re.compile(r"(?<![\w.,\u00a0\u202f])[0-9](?:[0-9]|[,.\u00a0\u202f](?=[0-9]))*(?![0-9])")
_VALID = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|[0-9]{1,3}(?:[\u00a0\u202f][0-9]{3})+")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "b": 1e9}
_SCALE_AFTER = re.compile(r"[ \u00a0]?(thousand|million|billion|trillion|bn|mn|mln|m|k|b)(?![\w])|[ \u00a0](thousand|million|billion|trillion)(?![\w])", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:US[ \u00a0]?\\?\$|USD[ \u00a0]?|\\?\$)[ \u00a0]?$")
_PERCENT_AFTER = re.compile(r"[ \u00a0]?%|[ \u00a0](?:percent|per cent|pct)\b", re.I)
_DOLLARS_AFTER = re.compile(r"[ \u00a0](?:U\.?S\.? )?(?:dollars|USD)\b", re.I)

_FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one-half": 50.0, "one half": 50.0,
    "a third": 33.33, "one-third": 33.33, "one third": 33.33, "two-thirds": 66.67, "two thirds": 66.67,
    "a quarter": 25.0, "one-quarter": 25.0, "one quarter": 25.0, "three-quarters": 75.0, "three quarters": 75.0,
    "a fifth": 20.0, "one-fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0, "four-fifths": 80.0,
}
_FRACTION = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _FRACTIONS), key=len, reverse=True)) + r")\b", re.I)
_WORDS = {
    "a dozen": 12, "one dozen": 12, "two dozen": 24, "three dozen": 36, "a hundred": 100, "one hundred": 100,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a thousand": 1000, "one thousand": 1000,
}
_WORDNUM_HINT = re.compile(r"half|third|quarter|fifth|dozen|hundred|thousand|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty")
_WORDNUM = re.compile(r"\b(" + "|".join(sorted((re.escape(k) for k in _WORDS), key=len, reverse=True)) + r")\b", re.I)

# Qualifiers, longest first; what they mean for the bounds.
LOWER = ("more than", "over", "at least", "a minimum of", "in excess of", "upwards of", "just over", "above", "no fewer than", "no less than")
UPPER = ("up to", "fewer than", "less than", "as high as", "as many as", "as much as", "no more than", "at most", "a maximum of", "just under", "under", "below")
POINT = ("an estimated", "estimated", "about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "only", "just", "a total of", "a mere", "an average of", "on average")
_QUALIFIERS = sorted(LOWER + UPPER + POINT, key=len, reverse=True)
_QUAL_BEFORE = re.compile(r"\b(" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")[ \u00a0]+$", re.I)


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
    notes: list[str] = field(default_factory=list)


@dataclass
class Warning_:
    start: int
    end: int
    message: str


def _amounts(text: str, start: int, end: int, warnings: list[Warning_]) -> list[Amount]:
    out: list[Amount] = []
    for m in _NUMISH.finditer(text, start, end):
        s, e = m.span()
        raw = m.group()
        if s - start >= 2 and text[s - 1] in "-‐" and text[s - 2].isalpha():
            continue  # part of a name: Hwasong-15, G-20
        if e < end and (text[e].isalpha() and not _SCALE_AFTER.match(text, e)):
            continue  # ordinals and codes: 18th, 3D, 24h
        if not _VALID.fullmatch(raw):
            warnings.append(Warning_(s, e, f"ambiguous number format {raw!r}: no figure taken"))
            continue
        digits = raw.replace(",", "").replace("\u00a0", "").replace("\u202f", "")
        value = float(digits)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        a = Amount(s, e, value, decimals=decimals)
        cur = _CURRENCY_BEFORE.search(text, max(start, s - 6), s)
        if cur:
            a.start = cur.start()
            a.currency = True
        sc = _SCALE_AFTER.match(text, e, end)
        if sc:
            word = (sc.group(1) or sc.group(2)).lower()
            if word in ("m", "k", "b") and not a.currency:
                sc = None  # "5 m" is a distance; only "$5m" is money
            elif word in ("m", "k", "b", "bn", "mn", "mln") and sc.group().startswith(" ") and word != "bn":
                sc = None
        if sc:
            word = (sc.group(1) or sc.group(2)).lower()
            a.value *= _SCALES[word]
            a.scaled = True
            a.end = sc.end()
        pc = _PERCENT_AFTER.match(text, a.end, end)
        if pc:
            a.percent = True
            a.end = pc.end()
        elif not a.currency:
            dl = _DOLLARS_AFTER.match(text, a.end, end)
            if dl:
                a.currency = True
                a.end = dl.end()
        if a.value >= 1e13:
            warnings.append(Warning_(a.start, a.end, f"implausibly large number {text[a.start:a.end]!r}: no figure taken"))
            continue
        out.append(a)
    lower = text[start:end].lower()
    hint = _WORDNUM_HINT.search(lower)
    if hint and ("half" in lower or "third" in lower or "quarter" in lower or "fifth" in lower):
        for m in _FRACTION.finditer(text, start, end):
            out.append(Amount(m.start(), m.end(), _FRACTIONS[m.group().lower().replace("‐", "-")], percent=True, word="fraction"))
    if hint:
        for m in _WORDNUM.finditer(text, start, end):
            out.append(Amount(m.start(), m.end(), float(_WORDS[m.group().lower()]), word="cardinal"))
    out.sort(key=lambda a: (a.start, -a.end))
    # drop number words overlapped by another amount ("a half" inside "two and a half")
    dedup: list[Amount] = []
    for a in out:
        if dedup and a.start < dedup[-1].end:
            continue
        dedup.append(a)
    return dedup


_RANGE_SEP = re.compile(r"[ \u00a0]*(?:-|–|—|‐|to)[ \u00a0]*$|[ \u00a0]+and[ \u00a0]+$", re.I)
_BETWEEN = re.compile(r"\bbetween[ \u00a0]+$", re.I)
_FROM = re.compile(r"\b(from|down from|up from)[ \u00a0]+(?:(?:" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")[ \u00a0]+)?$", re.I)


def _kind(a: Amount) -> str:
    return "usd" if a.currency else "percent" if a.percent else "count"


def _qualifier(text: str, start: int, floor: int) -> tuple[str | None, int]:
    m = _QUAL_BEFORE.search(text, max(floor, start - 30), start)
    if not m:
        return None, start
    return m.group(1).lower(), m.start()


def find_mentions(text: str, start: int, end: int, warnings: list[Warning_] | None = None) -> list[Mention]:
    """Numeric expressions within text[start:end], ranges merged, qualifiers read."""
    warnings = warnings if warnings is not None else []
    amounts = _amounts(text, start, end, warnings)
    out: list[Mention] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        if b is not None and a.word != "cardinal" and b.word is None and a.word is None:
            gap = text[a.end:b.start]
            sep = _RANGE_SEP.fullmatch(gap) if len(gap) <= 8 else None
            between = _BETWEEN.search(text, max(start, a.start - 10), a.start)
            is_and = sep is not None and "and" in sep.group().lower()
            changed = _FROM.search(text, max(start, a.start - 40), a.start)
            if sep and (between if is_and else True) and not changed:
                # carry marks across the range: "$1-2 billion", "40 to 50 percent"
                if b.scaled and not a.scaled and a.value < 1000 and a.decimals < 3:
                    a.value *= _scale_of(text, b)
                cur = a.currency or b.currency
                pct = a.percent or b.percent
                lo, hi = sorted((a.value, b.value))
                q, _ = _qualifier(text, a.start, start)
                if between and is_and:
                    q = "between"
                elif between and q is None:
                    q = "between"
                out.append(Mention(a.start, b.end, "usd" if cur else "percent" if pct else "count", None, lo, hi, q))
                i += 2
                continue
        q, _ = _qualifier(text, a.start, start)
        value, low, high = a.value, None, None
        if q in LOWER:
            low = value
        elif q in UPPER:
            high = value
        out.append(Mention(a.start, a.end, _kind(a), value, low, high, q, word=a.word))
        i += 1
    return out


def _scale_of(text: str, b: Amount) -> float:
    """The value a bare first range end takes from the second's scale word."""
    m = _SCALE_AFTER.search(text, b.start, b.end)
    return _SCALES[(m.group(1) or m.group(2)).lower()] if m else 1.0
