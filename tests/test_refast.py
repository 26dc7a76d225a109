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
