"""analysis/refast.py: a pattern led by a lookahead of its first characters finds exactly
the matches of the pattern as written, on the dev articles and on mixed text."""
from __future__ import annotations

import random
import re

import pytest

from analysis import claimant, countshape, extract, gazetteer, numbers, placefinder, refast, timeexpr
from analysis.paths import FIXTURES


def test_first_chars_of_simple_patterns():
    assert refast.first_chars(r"(?<!x)\bfoo|bar") == "[fb]"
    assert refast.first_chars(r"(?:a|b)?c") == "[abc]"
    assert refast.first_chars(r"\d+x") == r"[\d]"


@pytest.mark.parametrize("pattern", [r"a?", r"(?i)abc", r".x", r"[^a]b", r"x*", r"(?:a|)"])
def test_unknown_first_characters_leave_the_pattern_as_written(pattern):
    assert refast.first_chars(pattern) is None
    assert refast.compile(pattern).pattern == pattern


def _led_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for mod in (claimant, countshape, extract, gazetteer, numbers, placefinder, timeexpr):
        for name, p in vars(mod).items():
            if isinstance(p, re.Pattern) and p.pattern.startswith("(?=["):
                out.append((f"{mod.__name__}.{name}", p))
    v = claimant.vocab()
    out += [(f"vocab.{k}", getattr(v, k)) for k in ("verb", "citing", "spoken_to", "outlets")]
    out.append(("gazetteer.worldwide", gazetteer.load().worldwide))
    return out


def _texts() -> str:
    rng = random.Random(7)
    alphabet = "aAbBeEhHkKsStTyY019 ,.-'’$%\u00a0\u017f\u212a\u0130ÉéНн２"
    mixed = "".join(rng.choice(alphabet) for _ in range(5000))
    articles = "\n".join(p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "dev").glob("*.txt")))
    return articles[:40_000] + "\n" + mixed + "\n" + articles[40_000:50_000].upper()


TEXT = _texts()


@pytest.mark.parametrize("name,fast", _led_patterns(), ids=lambda x: x if isinstance(x, str) else "")
def test_led_pattern_finds_what_the_pattern_as_written_finds(name, fast):
    m = re.fullmatch(r"\(\?=\[(?:[^\]\\]|\\.)*\]\)\(\?:(.*)\)", fast.pattern, re.S)
    assert m, f"{name}: not a led pattern"
    plain = re.compile(m.group(1), fast.flags)
    assert [x.span() for x in fast.finditer(TEXT)] == [x.span() for x in plain.finditer(TEXT)], name


def _gates() -> list[tuple[str, refast.Gate]]:
    out = []
    for mod in (claimant, countshape, extract, gazetteer, numbers, placefinder, timeexpr):
        for name, g in vars(mod).items():
            gs = g if isinstance(g, tuple) else (g,)
            out += [(f"{mod.__name__}.{name}[{i}]", x) for i, x in enumerate(gs) if isinstance(x, refast.Gate)]
    out.append(("gazetteer.worldwide", gazetteer._worldwide_gate()))
    return out


def test_needs_of_simple_patterns():
    assert refast.needs(re.compile(r"\bfoo(?:bar|baz)+x?")) == frozenset({"foo"})
    assert refast.needs(re.compile(r"(?:ab|cde)[0-9]", re.I)) == frozenset({"ab", "cde"})
    assert refast.needs(re.compile(r"a?b*")) is None
    assert refast.needs(re.compile(r"(?:abc|[xy])")) is None


@pytest.mark.parametrize("name,gate", _gates(), ids=lambda x: x if isinstance(x, str) else "")
def test_every_match_holds_a_word_its_gate_needs(name, gate):
    """A Gate says a sentence holds no match only when it holds none of the words: so every
    match found (on the dev articles, mixed text and upper case) must hold one of them."""
    assert gate.words, f"{name}: no words found for the gate (it would never skip)"
    for m in gate.pattern.finditer(TEXT):
        s = m.group()
        if gate.icase and refast._FOLDS.search(s):
            continue  # such a sentence is always searched
        assert any(w in (s.lower() if gate.icase else s) for w in gate.words), (name, s)
    # and the gate says so for a sentence around each match
    for m in list(gate.pattern.finditer(TEXT))[:200]:
        lo, hi = max(0, m.start() - 50), min(len(TEXT), m.end() + 50)
        assert gate(TEXT, lo, hi), (name, TEXT[lo:hi])
