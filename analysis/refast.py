"""Regular expressions that skip ahead: a pattern is compiled with a lookahead of the
characters any match can start with, when those can be worked out from the pattern.

Python's regex engine finds such a first-character set itself only for simple patterns;
a pattern that opens with a lookbehind, a word boundary or an alternation of groups is
tried in full at every position of the text. The lookahead adds no condition a match did
not already meet (every match starts with one of those characters), so the matches are
the same, found in a fraction of the time. When the set cannot be worked out (a pattern
that can match the empty string, a negated class, a dot, inline flags), the pattern is
compiled as written."""
from __future__ import annotations

import re

from . import recache

try:  # the parser behind re.compile (Python 3.11+); without it, patterns compile as written
    from re import _constants as _c, _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _c = _p = None

_CATEGORIES = {}
if _c is not None:
    _CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_WORD: r"\w",
                   _c.CATEGORY_NOT_WORD: r"\W", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S"}


class _Unknown(Exception):
    """The first characters cannot be told from the pattern."""


def _first(seq, out: list[str]) -> bool:
    """Add to out the class items a match of seq can start with; True when seq can match empty."""
    for op, av in seq:
        if op is _c.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.append(re.escape(chr(iav)))
                elif iop is _c.RANGE:
                    out.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                elif iop is _c.CATEGORY and iav in _CATEGORIES:
                    out.append(_CATEGORIES[iav])
                else:
                    raise _Unknown  # a negated class, or an item not read here
            return False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown
            if not _first(sub, out):
                return False
            continue
        if op is _c.ATOMIC_GROUP:
            if not _first(av, out):
                return False
            continue
        if op is _c.BRANCH:
            empty = False
            for alt in av[1]:
                empty = _first(alt, out) or empty
            if not empty:
                return False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _, sub = av
            if not _first(sub, out) and lo > 0:
                return False
            continue
        raise _Unknown  # a dot, a back reference, a conditional group: anything may start it
    return True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (as pattern text) every match of pattern starts with, or None."""
    if _p is None or flags & re.VERBOSE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & ~(flags | re.UNICODE):
            return None  # inline flags such as "(?i)" at the start
        items: list[str] = []
        if _first(parsed, items):
            return None  # can match the empty string: no character is required
    except (_Unknown, re.error, AttributeError, TypeError):
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), led by a lookahead of its first characters when known.
    The groups, names and matches are those of the pattern as written."""
    cls = recache.lead(pattern, flags, first_chars)
    if cls is not None:
        try:
            return recache.compile(f"(?={cls})(?:{pattern})", flags)
        except re.error:
            pass
    return recache.compile(pattern, flags)


def fast(p: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern led by its first characters (the same pattern when they are unknown):
    modules apply it to the patterns they search with most. A pattern not compiled yet
    (:func:`lazy`) stays uncompiled until used."""
    if isinstance(p, LazyPattern):
        return lazy(p.pattern, p.flags, lead=True)
    q = compile(p.pattern, p.flags)
    return q if q.pattern != p.pattern else p


# ---------------------------------------------------------------- compiled on first use
_PATTERN_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                  "groups", "groupindex")


class LazyPattern:
    """A regular expression compiled the first time it is searched with. The extractor
    holds some 600 patterns and compiling them all took most of its start-up, while a
    run over a few articles uses about half of them. `pattern` and `flags` are readable
    before compiling (patterns are built from other patterns' text); after the first use
    the compiled pattern's methods sit on the object, so later calls cost what they
    would on the compiled pattern itself."""

    def __init__(self, pattern: str, flags: int, lead: bool) -> None:
        self.pattern = pattern
        self.flags = flags
        self._flags0 = flags  # as declared: flags reads as compiled once compiled
        self._lead = lead
        _declared.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (led by its first characters when declared so)."""
        p = self.__dict__.get("_p")
        if p is None:
            p = self._p = compile(self.pattern, self.flags) if self._lead else recache.compile(self.pattern, self.flags)
            for name in _PATTERN_ATTRS:
                setattr(self, name, getattr(p, name))
            self.flags = p.flags
        return p

    def __getattr__(self, name: str):  # only for names not set yet: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


_declared: list[LazyPattern] = []


def declared() -> set[tuple[str, int]]:
    """(pattern, flags) of every pattern declared so far, as compiled (led or not): the
    programs :mod:`recache` keeps between runs."""
    keys = set()
    for p in _declared:
        pattern, flags = p.pattern, p._flags0
        keys.add((pattern, int(flags)))
        if p._lead:
            cls = recache.cached_lead(pattern, flags)
            if cls is not None:
                keys.add((f"(?={cls})(?:{pattern})", int(flags)))
    return keys


def lazy(pattern: str, flags: int = 0, *, lead: bool = False) -> re.Pattern[str]:
    """re.compile(pattern, flags) on first use (led by its first characters when lead),
    so that importing the extractor compiles nothing it does not run."""
    return LazyPattern(pattern, flags, lead)  # type: ignore[return-value]


def lazy_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`compile` on first use: led by the pattern's first characters when known."""
    return lazy(pattern, flags, lead=True)


# ---------------------------------------------------------------- asked once per sentence
_last_search: dict[int, tuple[str, int, int, "re.Match[str] | None"]] = {}


def in_sentence(p: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """p.search(text, start, end), kept for the last span p was asked about: the figures of
    a sentence ask about the whole sentence in a row, and a table flattened into one long
    sentence holds thousands of them (asked afresh each time, the work grows with the
    square of the figures)."""
    last = _last_search.get(id(p))
    if last is not None and last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    found = p.search(text, start, end)
    _last_search[id(p)] = (text, start, end, found)
    return found


# ---------------------------------------------------------------- words a match needs
def _needs(seq, icase: bool) -> frozenset[str] | None:
    """Strings one of which every match of seq holds (the best such set found), or None."""
    best: frozenset[str] | None = None

    def better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if a is None or b is None:
            return a or b
        return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b

    run = ""
    for op, av in list(seq) + [(None, None)]:
        if op is _c.LITERAL:
            run += chr(av).lower() if icase else chr(av)
            continue
        if run:
            best = better(best, frozenset([run]))
            run = ""
        if op is None:
            break
        if op is _c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if not (add_flags or del_flags):
                best = better(best, _needs(sub, icase))
        elif op is _c.BRANCH:
            alts = [_needs(alt, icase) for alt in av[1]]
            if all(a is not None for a in alts):
                best = better(best, frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] > 0:
            best = better(best, _needs(av[2], icase))
        elif op is _c.ATOMIC_GROUP:
            best = better(best, _needs(av, icase))
    return best


def needs(p: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of p holds, in lower case for a case-insensitive
    pattern (a :class:`Gate` tests a sentence); None when the pattern names none. A text
    holding none of them holds no match: the search can be skipped."""
    if _p is None or p.flags & re.VERBOSE:
        return None
    try:
        parsed = _p.parse(p.pattern, p.flags)
        if parsed.state.flags & ~(p.flags | re.UNICODE):
            return None
        found = _needs(parsed, bool(p.flags & re.IGNORECASE))
    except (re.error, AttributeError, TypeError):
        return None
    return found if found and all(found) else None


# letters other than A-Z that case-insensitive matching reads as a-z (dotted and dotless i,
# long s, Kelvin sign): a sentence holding one is always searched
_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_sentence: tuple[str | None, int, int, str, str | None] = (None, -1, -1, "", None)  # the last sentence gated, as written and lowered


class Gate:
    """Whether a sentence can hold a match of a pattern: False when it holds none of the
    strings every match needs (:func:`needs`), so the searches of the pattern inside that
    sentence can be skipped. The answer for the last sentence asked about is kept (a
    sentence's figures ask in a row), as is that sentence's text in lower case."""

    __slots__ = ("pattern", "_w", "icase", "last")

    def __init__(self, p: re.Pattern[str]) -> None:
        self.pattern = p
        self.icase = bool(p.flags & re.IGNORECASE)
        self._w: frozenset[str] | None | bool = False  # worked out on first use (it parses the pattern)
        self.last: tuple[str | None, int, int, bool] = (None, -1, -1, True)

    @property
    def words(self) -> frozenset[str] | None:
        """The strings one of which every match holds (None: the gate never skips)."""
        if self._w is False:
            words = needs(self.pattern)
            if self.icase and words is not None and not all(w.isascii() for w in words):
                words = None  # other scripts fold case in more ways than lower() shows
            self._w = words
        return self._w  # type: ignore[return-value]

    def __call__(self, text: str, start: int, end: int) -> bool:
        """False only when text[start:end] holds no match of the pattern."""
        last = self.last
        if last[0] is text and last[1] == start and last[2] == end:
            return last[3]
        global _sentence
        words = self._w
        if words is False:
            words = self.words
        if words is None:
            return True
        s = _sentence
        if not (s[0] is text and s[1] == start and s[2] == end):
            s = _sentence = (text, start, end, text[start:end], None)
        if self.icase:
            if s[4] is None:
                s = _sentence = (text, start, end, s[3], s[3].lower())
            low = s[4]
            ok = _FOLDS.search(s[3]) is not None or any(map(low.__contains__, words))  # type: ignore[union-attr]
        else:
            ok = any(map(s[3].__contains__, words))
        self.last = (text, start, end, ok)
        return ok
