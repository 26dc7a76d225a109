"""Who makes the claim behind each figure: `claimant`, `claimant_kind` and `via`.

Rules over the article's sentences, with their words in data/claimants.yaml:

- an attribution frame is "according to X" / "citing X", "X said (that) ...", "..., X said",
  "..., said X", "a conversation with X", or a quotation closed later in its paragraph by
  `..." X said`; a frame whose subject holds the figure itself ("A U.N. order for 90,000
  workers shows ...") is no attribution of it;
- the figure takes the nearest frame before it in its sentence (else the one after it);
  "according to" and "citing" name the primary source, and an outlet in the same
  sentence ("the paper said, citing records from the Interior Ministry") becomes `via`;
- a pronoun or a definite reference ("He added", "It said", "the report", "the ministry")
  points back to the last claimant named; a sentence with no frame is `unattributed`;
- the kind is read off the claimant's words: UN bodies, then governments (host when the
  body's country, from the gazetteer, the body's name or the host words, is the figure's
  country; a body with no country is the last government named, else the host), then
  experts, witnesses, a bare country or capital (a government), and outlets (`media`).

Extraction only: no pandas, no matplotlib."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Sequence

from . import refast
from .gazetteer import cities as gazetteer_cities, find_places
from .paths import DATA
from .segment import Sentence

CLAIMANTS = DATA / "claimants.yaml"
KINDS = ("host_government", "other_government", "un", "expert", "media", "witness", "unattributed")


@dataclass(frozen=True)
class Attribution:
    claimant: str | None
    kind: str
    via: str | None


@dataclass(frozen=True)
class _Frame:
    start: int  # where the attribution words are (the verb, "according to", the quote's end)
    end: int
    claimant: str  # words as written
    before: bool  # the frame precedes what it covers ("X said that ...")
    primary: bool = False  # "according to", "citing": names the primary source
    via: str | None = None  # an outlet the claim was relayed by
    reach: int = 0  # covers figures from here (quotes: the opening mark)


def _alts(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Vocab:
    verb: re.Pattern[str]
    not_after: re.Pattern[str]
    citing: re.Pattern[str]
    spoken_to: re.Pattern[str]
    recipient: tuple[re.Pattern[str], ...]
    un: re.Pattern[str]
    government: re.Pattern[str]
    government_country: tuple[tuple[re.Pattern[str], str], ...]
    host_words: re.Pattern[str]
    expert: re.Pattern[str]
    witness: re.Pattern[str]
    outlets: re.Pattern[str]
    outlet_nouns: re.Pattern[str]
    anaphora: re.Pattern[str]
    # one word of each phrase of citing, spoken_to and verbs (None: a phrase has no plain word):
    # a sentence holding none of a list's words cannot match its pattern, which is then not run
    keys: tuple[frozenset[str] | None, ...] = (None, None, None)


def _keys(phrases: Sequence[str]) -> frozenset[str] | None:
    """The longest word of each phrase, when every phrase is plain words and spaces."""
    if not all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", str(p).lower()) for p in phrases):
        return None
    return frozenset(max(str(p).lower().split(), key=len) for p in phrases)


@lru_cache(maxsize=1)
def vocab() -> _Vocab:
    """data/claimants.yaml as patterns; those run over every sentence read, or the whole
    text, are led by the characters a match starts with (analysis/refast.py): same matches."""
    v = _read_vocab()
    return replace(v, verb=refast.fast(v.verb), citing=refast.fast(v.citing), spoken_to=refast.fast(v.spoken_to),
                   outlets=refast.fast(v.outlets))


def _read_vocab() -> _Vocab:
    from .yamlio import load_yaml_file

    v = load_yaml_file(CLAIMANTS)

    def words(key: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(r"(?<![\w-])(?:" + _alts([str(w) for w in v[key]]) + r")(?![\w-])", flags)

    return _Vocab(
        verb=re.compile(r"(?<![\w-])(?<!United )(?:(?:has|have|had|also|then|previously|earlier|later|recently|again)\s+)*(?:"
                        + _alts(v["verbs"]) + r")(?![\w-])", re.I),
        not_after=re.compile(r"(?<![\w-])(?:" + _alts(v["not_after"]) + r")\s+$", re.I),
        citing=words("citing", re.I),
        spoken_to=words("spoken_to", re.I),
        recipient=tuple(re.compile(p, re.I) for p in v["recipient"]),
        un=re.compile("|".join(w if w.startswith("\\") else r"(?<![\w-])" + re.escape(w) + r"(?![\w-])" for w in v["un"])),
        government=words("government"),
        government_country=tuple((re.compile(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])"), str(c))
                                 for k, c in (v.get("government_country") or {}).items()),
        host_words=words("host_words", re.I),
        expert=words("expert"),
        witness=words("witness", re.I),
        outlets=words("outlets"),
        outlet_nouns=words("outlet_nouns"),
        anaphora=re.compile(r"^(?:" + _alts(v["anaphora"]) + r")$", re.I),
        keys=(_keys(v["citing"]), _keys(v["spoken_to"]), _keys(v["verbs"])),
    )


# ---------------------------------------------------------------- reading frames
_BOUNDARY = refast.lazy(r",(?!\d{3})|[;:()“”\"—–]|\s-\s|\bthat\b|\bwhile\b|\bbut\b|\band\b(?=\s+(?:the|a|an)\s)", re.I)
_BOUNDARY = refast.fast(_BOUNDARY)  # scanned back from every verb: led by its first characters
_OPEN_CLAUSE = refast.lazy(r"^(?:who|which|whose|where|when|speaking|adding|having|as|in|on|at|last|this|earlier|later|"
                          r"meanwhile|however|also|then|now|previously)\b", re.I)
_WHEN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
         r"Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|quarter|spring|summer|autumn|fall|winter|\d{4})")
_TIME_TAIL = refast.lazy(r"\s+(?:on|in|last|this|earlier|late|early|at the end of)\s+(?:\w+\s+){0,2}" + _WHEN + r"(?:\s+\w+)?$|"
                        r"\s+(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$", re.I)
_NP_END = refast.lazy(r",(?!\d{3})|\.(?!\w)|[;:()“”\"—]|\s-\s|\s(?:who|which|to the|on|in (?:a|an|its|their|the)\b|said|says|shows?|showed)\s", re.I)
_TRAILING = refast.lazy(r"^(?:(?:on|in|last|this|at|earlier|late|early|to|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday|yesterday|today)\b[^,;]{0,40}(?:$|,\s*(?:citing|quoting|according))|(?:citing|quoting|according|reporters|the (?:paper|newspaper))\b)", re.I)
_QUOTE_OPEN = "“\"«"
_QUOTE_CLOSE = "”\"»"
_AFTER_QUOTE = refast.lazy(r"^[,.!?]?[”\"»]\s*(?P<rest>[^“”\"\n]{0,160})")


_LEAD = refast.lazy(r"^(?:and|but|while|as|so|however|meanwhile|earlier|also|then)\s+", re.I)
_TAIL = refast.lazy(r"\s+(?:also|then|previously|earlier|later|recently|again|has|have|had)$", re.I)


def _tidy(s: str) -> str:
    s = " ".join(s.split()).strip(" ,.;:-—“”\"'")
    s = _LEAD.sub("", s)
    s = _TIME_TAIL.sub("", s)
    s = _TAIL.sub("", s)
    return s.strip(" ,.;:-—“”\"'")


_DOCUMENT = refast.lazy(r"^(?:the|these|those|its|their)\s+(?:\w+\s+)?(?:report|reports|figures|data|statistics|records|"
                       r"assessment|study|survey|document)$", re.I)
LOOK_BACK = 3  # sentences before a figure's own read for the claimant a pronoun points back to
MAX_SENTENCE = 4096  # characters: longer "sentences" get no attribution
MAX_SUBJECT = 256  # characters a subject is looked for before its verb


def _subject_before(text: str, lo: int, verb_start: int) -> str:
    """The words naming who speaks, back from a verb to a clause boundary; relative and
    participial clauses ("Kuwait, which once had thousands, said") are stepped over."""
    end = verb_start
    lo = max(lo, verb_start - MAX_SUBJECT)
    for step in range(3):
        cuts = [m for m in _BOUNDARY.finditer(text, lo, end)]
        start = cuts[-1].end() if cuts else lo
        chunk = text[start:end].strip()
        if not chunk and step == 0 and cuts and text[cuts[-1].start()] in '"”':
            return ""  # '..." said a foreman': the speaker follows the verb
        # a name after its apposition: "A researcher at the institute, Park Min-seo, put the figure at"
        if chunk and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s?){1,4}", chunk) and cuts and text[cuts[-1].start()] == "," \
                and not vocab().anaphora.match(chunk):
            prev = [m for m in _BOUNDARY.finditer(text, lo, cuts[-1].start())]
            before = text[prev[-1].end() if prev else lo:cuts[-1].start()].strip()
            if re.match(r"^(?:a|an|the)\s", before, re.I) and (vocab().expert.search(before) or vocab().government.search(before)):
                return _tidy(before + ", " + chunk)
        if chunk and not _OPEN_CLAUSE.match(chunk):
            # an apposition after a name: "Lim Soo-ho, a sanctions expert at ..., said"
            if re.match(r"^(?:a|an|the)\s", chunk) and cuts and text[cuts[-1].start()] == ",":
                prev = [m for m in _BOUNDARY.finditer(text, lo, cuts[-1].start())]
                pstart = prev[-1].end() if prev else lo
                name = text[pstart:cuts[-1].start()].strip()
                if name and re.fullmatch(r"(?:[A-Z][\w.'’-]*\s?){1,4}", name) and not vocab().anaphora.match(name):
                    return _tidy(name + ", " + chunk)
            return _tidy(chunk)
        if not cuts:
            return ""
        end = cuts[-1].start()
    return ""


def _np_after(text: str, pos: int, hi: int) -> str:
    m = _NP_END.search(text, pos, hi)
    words = _tidy(text[pos:m.start() if m else hi])
    return re.sub(r"^(?:(?:unpublished|official|internal|government|the latest)\s+)?(?:records|data|statistics|figures|numbers)\s+"
                  r"(?:from|of|by)\s+(?=the\s|[A-Z])", "", words)


def _frames(text: str, s: Sentence, para: tuple[int, int]) -> list[_Frame]:
    v = vocab()
    out: list[_Frame] = []
    if s.end - s.start > MAX_SENTENCE:
        return out  # no sentence of prose is this long: a table, a dump or hostile input
    words = _lower_words(text[s.start:s.end])
    citing, spoken_to, verb = (w is None or words is None or not words.isdisjoint(w) for w in v.keys)
    for m in v.citing.finditer(text, s.start, s.end) if citing else ():
        who = _np_after(text, m.end(), s.end)
        if who:
            out.append(_Frame(m.start(), m.end(), who, before=True, primary=True, reach=s.start))
    for m in v.spoken_to.finditer(text, s.start, s.end) if spoken_to else ():
        who = _np_after(text, m.end(), s.end)
        if who:
            out.append(_Frame(m.start(), m.end(), who, before=True, primary=True, reach=s.start))
    for m in v.verb.finditer(text, s.start, s.end) if verb else ():
        if v.not_after.search(text[max(s.start, m.start() - 12):m.start()]):
            continue
        head = text[max(s.start, m.start() - 3):m.start()]
        subj = _subject_before(text, s.start, m.start())
        via = None
        tail = text[m.end():s.end]
        told = re.match(r"\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|the\s+(?:paper|newspaper|daily|journal|"
                        r"broadcaster|agency|outlet)|reporters)", tail)
        if told and m.group().lower().endswith(("told", "tells", "tell", "informed")):
            via = told.group("who") if _is_outlet(told.group("who")) else None
        if re.search(r"[,”\"]\s*$", head) and not subj:
            # "..., said analyst Oh" / "...,” said a foreman at one company"
            who = _np_after(text, m.end(), s.end)
            if who and not who.lower().startswith(("that", "it", "the number", "in ")):
                out.append(_Frame(m.start(), m.end(), who, before=False, reach=s.start))
            continue
        if not subj:
            continue
        inner = _verb_then_pronoun().search(subj)
        if inner and inner.start() > 0:  # "The United States has said it believed ..."
            continue
        rest = text[m.end():s.end].strip(" ,.;:”\"")
        before = bool(rest) and not _TRAILING.match(rest)
        out.append(_Frame(m.start(), m.end(), subj, before=before, via=via, reach=s.start))
    # a quotation this sentence opens or continues, closed later in the paragraph by "..." X said
    q = _quote_attribution(text, s, para)
    if q is not None:
        out.append(q)
    out.sort(key=lambda f: f.start)
    return out


_AZ = refast.lazy(r"[a-z]+")
# letters other than A-Z that case-insensitive patterns read as a-z (dotted and dotless i, long s, Kelvin sign)
_FOLDS = refast.lazy("[\u0130\u0131\u017f\u212a]")


def _lower_words(words: str) -> set[str] | None:
    """The words of a sentence in lower case, or None when it holds a letter that only
    case-insensitive matching reads as a-z (then every pattern is run)."""
    return None if _FOLDS.search(words) else set(_AZ.findall(words.lower()))


@lru_cache(maxsize=1)
def _verb_then_pronoun() -> re.Pattern[str]:
    """"has said it": a verb whose subject is a clause's (compiled once, not per verb found)."""
    return re.compile("(?:" + vocab().verb.pattern + r")\s+(?:it|they|he|she|we|that)$", re.I)


@lru_cache(maxsize=4)
def _quote_pairs(text: str, para_start: int, para_end: int) -> tuple[tuple[int, int], ...]:
    """(opening, closing) positions of the paragraph's quotations: curly marks pair by shape,
    straight ones alternate. Worked out once per paragraph, not for each of its sentences."""
    marks = [(m.start(), m.group()) for m in re.finditer(r"[“”\"]", text[para_start:para_end])]
    pairs, open_at = [], None
    for pos, ch in marks:
        pos += para_start
        if open_at is None and ch in "“\"":
            open_at = pos
        elif open_at is not None and ch in "”\"":
            pairs.append((open_at, pos))
            open_at = None
    return tuple(pairs)


def _quote_attribution(text: str, s: Sentence, para: tuple[int, int]) -> _Frame | None:
    para_start, para_end = para
    if para_end - para_start > 20_000:
        return None  # no paragraph of prose is this long: page furniture or hostile input
    # the quotation that overlaps this sentence
    pairs = _quote_pairs(text, para_start, para_end)
    hit = next(((o, c) for o, c in pairs if o < s.end and c >= s.start and c + 1 < para_end), None)
    if hit is None:
        return None
    opened, close = hit
    m = _AFTER_QUOTE.match(text[close - 1:para_end] if text[close - 1] in ",.!?" else text[close:para_end])
    if not m:
        return None
    rest = m.group("rest")
    v = vocab()
    vm = v.verb.search(rest)
    if not vm or vm.start() > 80:
        return None
    if vm.start() == 0 or rest[:vm.start()].strip() == "":
        who = _np_after(rest, vm.end(), len(rest))  # ..." said a foreman
    else:
        who = _tidy(rest[:vm.start()])  # ..." the spokesperson said
    if not who:
        return None
    via = None
    told = re.match(r"\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|the\s+(?:paper|newspaper|daily))", rest[vm.end():])
    if told and _is_outlet(told.group(1)):
        via = told.group(1)
    return _Frame(close, close + 1, who, before=False, via=via, reach=max(opened, s.start))


# ---------------------------------------------------------------- kinds
@lru_cache(maxsize=4096)
def _is_outlet(words: str, extra: tuple[str, ...] = ()) -> bool:
    """Whether words name a news outlet: a known name, one this article names, or "the paper"."""
    v = vocab()
    w = words.strip()
    if v.outlets.search(w) or any(e and re.search(r"(?<![\w-])" + re.escape(e) + r"(?![\w-])", w) for e in extra):
        return True
    return bool(_outlet_phrase().fullmatch(w)) and not v.government.search(w)


@lru_cache(maxsize=1)
def _outlet_phrase() -> re.Pattern[str]:
    return re.compile(r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*(?:" + vocab().outlet_nouns.pattern + r")(?:\s+[A-Z][\w.'’-]*)*", re.I)


def _strip_recipient(words: str) -> str:
    for p in vocab().recipient:
        words = p.sub("", words).strip()
    return words


@lru_cache(maxsize=4096)
def _country_of(words: str) -> str | None:
    """The country a claimant's words name: a body's own name ("State Department"), a
    capital listed in data/claimants.yaml, or a country or demonym (never another city)."""
    v = vocab()
    for pat, code in v.government_country:
        if pat.search(words):
            return code
    cities = gazetteer_cities()
    for p in find_places(words, 0, len(words)):
        if p.code and p.code != "WLD" and words[p.start:p.end] not in cities:
            return p.code
    return None


@lru_cache(maxsize=4096)
def classify(claimant: str, country: str | None, last_gov: str | None = None,
             outlets: tuple[str, ...] = ()) -> tuple[str, str | None]:
    """The kind of a claimant's words, and the government's country where it is one.
    `country` is the figure's; `last_gov` the country of the last government named."""
    return _classify(claimant, country, lambda: last_gov, outlets)


@lru_cache(maxsize=4096)
def _classify_alone(claimant: str, country: str | None, outlets: tuple[str, ...]) -> tuple[str, str | None] | None:
    """classify's answer when the rules never ask for the last government named (then it
    is the same whatever that is), else None: the government need not be worked out."""
    asked = False

    def last_gov() -> None:
        nonlocal asked
        asked = True
        return None

    kind = _classify(claimant, country, last_gov, outlets)
    return None if asked else kind


def _classify(claimant: str, country: str | None, last_gov: Callable[[], str | None],
              outlets: tuple[str, ...]) -> tuple[str, str | None]:
    """classify, asking for the last government named (`last_gov()`) only where a rule reads it."""
    v = vocab()
    words = _strip_recipient(claimant)
    if v.un.search(words) and not v.government.search(re.sub(r"(?:U\.?N\.?|UN|United Nations)\W+\w+", "", words)):
        return "un", None
    own = country if v.host_words.search(words) else _country_of(words)
    if v.government.search(words):
        # a named body ("Labor Ministry") is the host's; a common noun ("the ministry") the last named
        named = re.search(r"(?<![\w-])[A-Z][a-z]+\s+(?:Ministry|Department|Service|Office|Inspectorate)\b|"
                          r"\b(?:Ministry|Department) of [A-Z]", words)
        own = own or (country if named else last_gov() or country)
        return ("host_government" if own is not None and own == country else "other_government"), own
    if v.expert.search(words):
        return "expert", None
    if v.witness.search(words):
        return "witness", None
    if _is_outlet(words, outlets):
        return "media", None
    if own is not None:
        if own == "PRK" or own != country:
            return "other_government", own
        return "host_government", own
    if re.search(r"\b(?:report|reports|records|data|statistics|figures)\b", words, re.I) and ((gov := last_gov()) or country):
        own = gov or country
        return ("host_government" if own == country else "other_government"), own
    return "unattributed", None


# ---------------------------------------------------------------- the article
# "the Daily NK newspaper", "the newspaper Kommersant": read over the whole text, so led by its first characters
_NAMED_OUTLET = refast.lazy_fast(r"\b(?:the\s+)?((?:[A-Z][\w'’-]*\s+){1,3})(?:newspaper|daily|paper|broadcaster|news agency)\b|"
                               r"\bthe\s+(?:newspaper|daily|paper)\s+((?:[A-Z][\w'’-]*\s?){1,3})")


def _outlet_names(text: str, start: int, meta_outlets: Sequence[str]) -> list[tuple[int, str]]:
    """Outlets named in the text, in order: known names, "the X newspaper", "the newspaper X"."""
    v = vocab()
    found: list[tuple[int, str]] = []
    for m in v.outlets.finditer(text, start):
        found.append((m.start(), m.group()))
    body = text[start:]
    named = any(w in body for w in ("paper", "daily", "broadcaster", "news agency"))  # words every match holds
    for m in _NAMED_OUTLET.finditer(body) if named else ():
        name = (m.group(1) or m.group(2) or "").strip()
        if name and not v.government.search(name) and name.split()[0] not in ("The", "A", "An"):
            found.append((start + m.start(), name))
    for o in meta_outlets:
        for m in re.finditer(re.escape(o), text[start:]):
            found.append((start + m.start(), o))
    found.sort()
    return found


def _resolve_outlet(ref: str, pos: int, names: list[tuple[int, str]]) -> str:
    """"the paper", "the Journal" -> the outlet last named before `pos`."""
    before = [n for p, n in names if p < pos]
    if not before or vocab().outlets.fullmatch(ref.strip()):
        return ref
    core = re.sub(r"^the\s+", "", ref.strip(), flags=re.I)
    if re.fullmatch(r"(?:paper|newspaper|daily|journal|broadcaster|outlet|magazine|agency)", core, re.I):
        return "the " + before[-1] if not before[-1].lower().startswith("the ") else before[-1]
    for n in reversed(before):
        if core.lower() in n.lower() and core.lower() != n.lower():
            return "the " + n if not n.lower().startswith("the ") else n
    return ref


class _Figure:  # what attribution needs of a figure
    start: int
    end: int
    country: str | None


def attribute(text: str, sents: Sequence[Sentence], figures: Sequence[_Figure],
              meta_outlets: Sequence[str] = ()) -> list[Attribution]:
    """One attribution per figure, in the figures' order. Only the sentences holding a
    figure and the few before each (where "He added" and "the ministry" point back to)
    are read for attribution frames, so the cost follows the figures, not the text."""
    if not figures:
        return []
    import bisect

    v = vocab()
    body = sents[0].start if sents else 0
    names = _outlet_names(text, body, [o for o in meta_outlets if o])
    extra = tuple(sorted({n for _, n in names} | {w for o in meta_outlets if o for w in [o, o.split()[-1]]},
                         key=len, reverse=True))
    starts = [s.start for s in sents]
    by_sent: dict[int, list[int]] = {}
    for i, fg in enumerate(figures):
        j = bisect.bisect_right(starts, fg.start) - 1
        if j >= 0 and fg.start < sents[j].end:
            by_sent.setdefault(j, []).append(i)
    read = sorted({k for j in by_sent for k in range(max(0, j - LOOK_BACK), j + 1)})
    para: dict[int, tuple[int, int]] = {}
    for s in sents:
        lo, hi = para.get(s.paragraph, (s.start, s.end))
        para[s.paragraph] = (min(lo, s.start), max(hi, s.end))
    result: list[Attribution] = [Attribution(None, "unattributed", None)] * len(figures)
    frames: dict[int, list[_Frame]] = {}

    def frames_of(j: int) -> list[_Frame]:
        if j not in frames:
            frames[j] = _frames(text, sents[j], para[sents[j].paragraph])
        return frames[j]

    # What the sentences read so far leave for the next: the last claimant (for "He added")
    # and the governments named. It is worked out only when a figure's claim asks for it
    # (a pronoun, or a government with no country of its own), so the sentences read before
    # a figure for it (the look-back) are mostly never scanned for frames.
    prev_claim: str | None = None  # the claimant words of the last claim made, for "He added"
    gov_before: list[tuple[int, str]] = []  # (position, country) of governments named so far
    last_read = -2
    pending: list[int] = []  # sentences read whose frames are not yet in the state, in order

    def settle() -> None:
        nonlocal prev_claim, last_read
        for j in pending:
            if j > last_read + 1:
                prev_claim = None  # "He added" points back only over sentences read in a row
            last_read = j
            named = [f for f in frames_of(j) if f.claimant and not v.anaphora.match(f.claimant)]
            for f in named:
                if _is_outlet(f.claimant, extra) and not f.primary:
                    continue
                kind, own = classify(f.claimant, None, gov_before[-1][1] if gov_before else None, extra)
                if own is not None and kind.endswith("government"):
                    gov_before.append((f.start, own))
            prim = [f for f in named if not _is_outlet(f.claimant, extra) or f.primary]
            if prim or named:
                last = (prim or named)[-1].claimant
                prev_claim = prev_claim if _DOCUMENT.match(last) and prev_claim else last
        pending.clear()

    for j in read:
        if j in by_sent:
            def claim_before(j: int = j) -> str | None:  # the state as the sentence j opens
                settle()
                return None if j > last_read + 1 else prev_claim

            def govs_before() -> list[tuple[int, str]]:
                settle()
                return gov_before

            fr = frames_of(j)
            for i in by_sent[j]:
                result[i] = _choose(text, sents[j], fr, figures[i], names, extra, claim_before, govs_before)
        pending.append(j)
    return result


_BY_OUTLET = refast.lazy(r"\b(?:by|to|told)\s+(the\s+(?:paper|newspaper|Journal|daily)|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
_THE_PAPER = refast.lazy(r"\bThe\s+(?:newspaper|paper|Journal)\b")
_SEEN_BY = refast.lazy(r"\s+(?:obtained|seen|reviewed)\s+by\s+(.+)$")


def _choose(text: str, s: Sentence, fr: list[_Frame], fg: _Figure, names: list[tuple[int, str]], extra: tuple[str, ...],
            prev_claim: Callable[[], str | None], gov_before: Callable[[], list[tuple[int, str]]]) -> Attribution:
    """The attribution of one figure; the state the sentences before leave (the last claimant,
    the governments named) is asked for, through prev_claim() and gov_before(), only when needed."""
    v = vocab()
    usable = []
    for f in fr:
        if f.before and not f.primary and f.start > fg.start:
            continue  # "X said" after the figure, with more after it, speaks of something else
        if not f.before and f.end < fg.start and not f.primary:
            continue
        if f.before and not f.primary and f.reach <= fg.start < f.start:
            continue
        if f.claimant and fg.start >= f.start - len(f.claimant) - 2 and fg.end <= f.start and f.before and not f.primary:
            continue
        if f.claimant and _contains_figure(text, f, fg):
            continue
        usable.append(f)
    if not usable:
        return Attribution(None, "unattributed", None)
    outlets = [f for f in usable if _is_outlet(f.claimant, extra) and not f.primary]
    primary = [f for f in usable if f.primary and not _is_outlet(f.claimant, extra)]
    others = [f for f in usable if f not in outlets and f not in primary]
    pick: _Frame | None = None
    if primary:
        pick = min(primary, key=lambda f: abs(f.start - fg.start))
    elif others:
        pre = [f for f in others if f.start <= fg.start]
        pick = pre[-1] if pre else others[0]
    via: str | None = None
    if pick is not None:
        via = pick.via
        if via is None:
            rel_out = outlets or [f for f in usable if f.primary and _is_outlet(f.claimant, extra)]
            if rel_out:
                via = rel_out[0].claimant
            else:
                m = _BY_OUTLET.search(text[s.start:s.end])
                if m and _is_outlet(m.group(1), extra) and m.group(1) not in pick.claimant:
                    via = m.group(1)
            if via is None:
                sub = _THE_PAPER.search(text[s.start:s.end])
                if sub and sub.group() not in pick.claimant:
                    via = sub.group()
        claimant = pick.claimant
        by = _SEEN_BY.search(claimant)
        if by:
            if _is_outlet(by.group(1), extra):
                via = via or by.group(1)
            claimant = claimant[:by.start()]
        if v.anaphora.match(claimant) or _DOCUMENT.match(claimant):
            if (before := prev_claim()) is not None:
                claimant = before
    else:
        f = outlets[0]
        claimant, via = f.claimant, None
    claimant = _resolve_outlet(claimant, s.start, names) if _is_outlet(claimant, extra) else claimant
    if via is not None:
        via = _resolve_outlet(via, s.start, names)
        if via == claimant:
            via = None
    alone = _classify_alone(claimant, fg.country, extra)
    kind, _ = alone if alone is not None else \
        classify(claimant, fg.country, next((own for p, own in reversed(gov_before()) if p < fg.start), None), extra)
    if kind == "unattributed" and claimant:
        kind = "media" if _is_outlet(claimant, extra) else "unattributed"
    return Attribution(claimant if kind != "unattributed" else None, kind, via if kind != "unattributed" else None)


def _contains_figure(text: str, f: _Frame, fg: _Figure) -> bool:
    if not f.before or f.primary:
        return False
    lo = f.start - len(f.claimant) - 40
    return lo <= fg.start < f.start and f.claimant in text[max(0, fg.start - len(f.claimant)):fg.end + len(f.claimant)] \
        and text.find(f.claimant, max(0, lo), f.start) <= fg.start


def government_country(claimant: str | None) -> str | None:
    """The country a government claimant's words name, if they name one."""
    return _country_of(_strip_recipient(claimant)) if claimant else None


def identity(claimant: str | None, kind: str, country: str | None) -> str | None:
    """Who a claimant is, for counting distinct claimants: a government by its country
    ("Russia", "A Russian interim report" and "Moscow" are one), anyone else by their
    words (case aside); None when nobody is named."""
    if kind == "unattributed" or not claimant:
        return None
    if kind == "host_government" and country:
        return f"government {country}"
    if kind == "other_government":
        own = _country_of(_strip_recipient(claimant))
        if own:
            return f"government {own}"
    return " ".join(claimant.lower().split())
