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
    cls = first_chars(pattern, flags)
    if cls is not None:
        try:
            return re.compile(f"(?={cls})(?:{pattern})", flags)
        except re.error:
            pass
    return re.compile(pattern, flags)


def fast(p: re.Pattern[str]) -> re.Pattern[str]:
    """An already compiled pattern, compiled again led by its first characters (the same
    pattern when they are unknown): modules apply it to the patterns they search with most."""
    q = compile(p.pattern, p.flags)
    return q if q.pattern != p.pattern else p
