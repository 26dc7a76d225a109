"""analysis/refast.py: a pattern led by a lookahead of its first characters finds exactly
the matches of the pattern as written, on the dev articles and on mixed text."""
from __future__ import annotations

import marshal
import random
import re

import pytest

from analysis import claimant, countshape, extract, gazetteer, labelshape, numbers, placefinder, refast, timeexpr
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
    for mod in (claimant, countshape, extract, gazetteer, labelshape, numbers, placefinder, timeexpr):
        for name, p in vars(mod).items():
            if isinstance(p, refast.LazyPattern):
                p = p.compiled()
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
    for mod in (claimant, countshape, extract, gazetteer, labelshape, numbers, placefinder, timeexpr):
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


# ---------------------------------------------------------------- programs kept between runs
def _declared_patterns() -> list[refast.LazyPattern]:
    return list(refast._declared)  # every module-level pattern of the modules imported above


def test_a_kept_program_makes_the_pattern_re_compile_makes():
    """Every declared pattern, built from the program recache keeps, has re.compile's flags,
    groups and names, and finds the same matches on the dev articles and mixed text."""
    from analysis import recache
    checked = 0
    for lazy in _declared_patterns():
        kept = recache.compile(lazy.pattern, lazy._flags0)
        again = recache.compile(lazy.pattern, lazy._flags0)  # the second from the kept program
        plain = re.compile(lazy.pattern, lazy._flags0)
        for p in (kept, again):
            assert (p.pattern, p.flags, p.groups, p.groupindex) == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        assert [m.span() for m in again.finditer(TEXT[:20_000])] == [m.span() for m in plain.finditer(TEXT[:20_000])], lazy.pattern
        checked += 1
    assert checked > 400


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path, monkeypatch):
    from analysis import recache
    for content in (b"", b"not marshal", __import__("marshal").dumps((recache._FORMAT, "another-python", {}, "x", {}))):
        cache = tmp_path / "regex.marshal"
        cache.write_bytes(content)
        monkeypatch.setattr(recache, "CACHE_FILE", cache)
        monkeypatch.setattr(recache, "_programs", None)
        assert recache.compile(r"\bab+c", re.I).search("x ABBC").span() == (2, 6)


def test_an_unwritable_cache_never_fails_a_run(tmp_path, monkeypatch):
    from analysis import recache
    monkeypatch.setattr(recache, "CACHE_FILE", tmp_path / "missing" / "deeper" / "regex.marshal")
    monkeypatch.setattr(recache, "_programs", None)
    assert recache.compile(r"z+", 0).pattern == "z+"
    recache.save()  # the folder cannot be made: nothing written, nothing raised
    assert not (tmp_path / "missing").exists()


def test_the_cache_is_written_whole_and_read_back(tmp_path, monkeypatch):
    from analysis import recache
    cache = tmp_path / "regex.marshal"
    monkeypatch.setattr(recache, "CACHE_FILE", cache)
    monkeypatch.setattr(recache, "_programs", None)
    monkeypatch.setattr(recache, "_used", set())
    recache.compile(r"(?P<n>[0-9]+) workers", re.I)
    recache.save()
    monkeypatch.setattr(recache, "_programs", None)
    assert (r"(?P<n>[0-9]+) workers", int(re.I)) in recache._load()
    assert recache.compile(r"(?P<n>[0-9]+) workers", re.I).search("12 Workers")["n"] == "12"
    assert [p.name for p in tmp_path.iterdir()] == ["regex.marshal"]  # no temporary file left


def test_leads_from_another_reader_are_not_used(tmp_path, monkeypatch):
    """A changed refast.py (its first-character reading) must not meet leads kept by the old one."""
    import marshal
    from analysis import recache
    cache = tmp_path / "regex.marshal"
    cache.write_bytes(marshal.dumps((recache._FORMAT, recache._TAG, {}, "an older reader", {("zz+", 0): "[q]"})))
    monkeypatch.setattr(recache, "CACHE_FILE", cache)
    monkeypatch.setattr(recache, "_programs", None)
    monkeypatch.setattr(recache, "_leads", {})
    recache._load()
    assert recache.cached_lead("zz+", 0) is None


def test_kept_gazetteer_tables_are_the_file_s_and_a_stale_or_damaged_copy_is_rebuilt(tmp_path, monkeypatch):
    kept = tmp_path / "gazetteer-tables.marshal"
    monkeypatch.setattr(gazetteer, "TABLES_CACHE", kept)
    fresh = gazetteer._read_tables()
    assert gazetteer._tables() == fresh and kept.exists()  # built, then written
    assert gazetteer._tables() == fresh  # read back
    kept.write_bytes(b"not marshal data")
    assert gazetteer._tables() == fresh
    kept.write_bytes(marshal.dumps(((0, 0, 0, 0, 0), ({"Atlantis": "ATL"}, [], {}, 1))))  # another file's key
    assert gazetteer._tables() == fresh


def test_an_unwritable_gazetteer_cache_never_fails_a_run(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(gazetteer, "TABLES_CACHE", blocked / "sub" / "gazetteer-tables.marshal")
    assert gazetteer._tables() == gazetteer._read_tables()
