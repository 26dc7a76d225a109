"""Properties of the extractor, checked on generated text (hypothesis), and determinism of
the command line across runs, hash seeds, time zones, locales and --jobs.

Example counts are fixed (see SETTINGS) so the suite stays near a minute; set
HYPOTHESIS_PROFILE=deep for a long hunt (20x the examples, a random seed each run)."""
from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import InputError
from analysis.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent

_COMMON = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", derandomize=True, **_COMMON)
settings.register_profile("deep", derandomize=False, **_COMMON)
_DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
settings.load_profile("deep" if _DEEP else "ci")


def examples(n: int) -> int:
    return n * 20 if _DEEP else n


# Example counts per property (the closing report quotes these).
N_ANY_TEXT = examples(400)
N_NEWSY = examples(400)
N_SPANS = examples(400)
N_SHIFT = examples(250)

# ----------------------------------------------------------------------------- strategies
_group = st.integers(0, 999_999_999).map(lambda n: f"{n:,}")
_plain = st.integers(0, 99_999).map(str)
_decimal = st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 999), st.integers(0, 99))
_odd = st.sampled_from(["1,00,000", "30.023", "30 023", "30\u00a0023", "30\u202f023", "３０,０２３", "10^6", "10⁶", "2½",
                        "-5", "\u22125", "0", "023", "9999999999999999999999", "1e6", "30'023", "5 000", "1.000.000",
                        "30,5", "$", "US$", "HK$5", "€5", "½", "٣٠٠", "0.5", "12:30", "2019-20", "3D", "18th", "Hwasong-15"])
_number = st.one_of(_group, _plain, _decimal, _odd)
_scale = st.sampled_from(["", "", "", " million", " billion", "bn", "m", " thousand", "k", "\nmillion", "\u00a0million", " trillion"])
_prefix = st.sampled_from(["", "", "", "$", "US$", "USD ", "\\$", "$ ", "€", "HK$"])
_suffix = st.sampled_from(["", "", "", "%", " percent", " per cent", " dollars", " US dollars", " yuan", "-"])
_amount = st.builds(lambda p, n, sc, su: p + n + sc + su, _prefix, _number, _scale, _suffix)
_qual = st.sampled_from(["", "", "more than ", "up to ", "about ", "some ", "nearly ", "at least ", "as many as ",
                         "fewer than ", "an estimated ", "between ", "from ", "more\nthan "])
_join = st.sampled_from([" to ", "-", "–", " and ", " or ", ", ", " of whom ", " from "])
_figure = st.one_of(
    st.builds(lambda q, a: q + a, _qual, _amount),
    st.builds(lambda q, a, j, b: q + a + j + b, _qual, _amount, _join, _amount),
    st.sampled_from(["half", "two-thirds", "a dozen", "a third of them", "twenty", "a quarter of their wages"]),
)
_unit = st.sampled_from(["North Korean workers", "workers", "laborers", "North Koreans", "work permits", "visas",
                         "new work permits", "students", "people", "of their wages", "a year", "boats", "tonnes", ""])
_place = st.sampled_from(["in Russia", "in China", "abroad", "in Vladivostok", "in Kuwait", "worldwide", "in Poland",
                          "in the United Arab Emirates", "overseas", "in Dandong", "", ""])
_time = st.sampled_from(["in 2018", "last year", "since September", "a year earlier", "by the end of 2019",
                         "in March last year", "", "", "on Feb. 27, 2018"])
_verb = st.sampled_from(["were repatriated", "remained", "arrived", "were still working", "held valid permits",
                         "were sent home", "earned", "were issued", "worked", "said", ""])
_sep = st.sampled_from([" ", " ", " ", "\n", "\r\n", "\r", "\u00a0", "  ", "\t"])
_word = st.sampled_from(["the", "officials", "said", "according to", "a report", "(", ")", ",", ";", "—", "\"", "“", "”",
                         "U.S.", "Mr.", "UN", "Resolution 2397", "<b>", "</b>", "**", "=HYPERLINK(", "if"])
_junk = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6)
_token = st.one_of(_figure, _unit, _place, _time, _verb, _word, _junk)


@st.composite
def _sentence(draw) -> str:
    toks = draw(st.lists(_token, min_size=1, max_size=14))
    out = ""
    for t in toks:
        out += t + draw(_sep)
    return out.strip(" ") + draw(st.sampled_from([".", ".", "!", "?", "", ".\"", "..."]))


@st.composite
def newsy(draw) -> str:
    """Article-like text: sentences of figures, units, places and times, in paragraphs,
    with every newline style, stray markup and the odd number formats above."""
    paras = draw(st.lists(st.lists(_sentence(), min_size=1, max_size=4), min_size=1, max_size=5))
    nl = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return (nl + nl).join(" ".join(p) for p in paras) + draw(st.sampled_from(["", nl]))


# ----------------------------------------------------------------------------- the properties
def _extract(text: str):
    try:
        return extract_text(text, "t", "2020-06-15")
    except InputError:
        # the only error allowed: a text that opens front matter (---) it never closes or
        # fills with something that is not key: value lines
        assert text.startswith("---"), text[:80]
        return []


@settings(max_examples=N_ANY_TEXT)
@given(st.text(max_size=3000))
def test_extract_never_raises_on_any_text(text):
    for f in _extract(text):
        assert text[f.start:f.end] == f.text


@settings(max_examples=N_NEWSY)
@given(newsy())
def test_extract_never_raises_on_newsy_text(text):
    _extract(text)


_DIGITS = re.compile(r"[1-9][0-9]?(?:,[0-9]{2})+,[0-9]{3}(?![0-9])|[0-9]+(?:[, \u00a0\u202f\u2009\u2007][0-9]{3})*(?:\.[0-9]+)?")  # plain space: spaced-style articles; "2,40,000" (Indian copy, lakhs)
_SCALE_IN = re.compile(r"(thousand|million|billion|trillion|bn|mn|mln|m|k|b)s?(?![a-z])", re.I)  # "15 thousands" too
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9, "mn": 10**6,
           "mln": 10**6, "m": 10**6, "k": 10**3, "b": 10**9}
_WORDS = {"half": 50, "third": 33.33, "thirds": 66.67, "quarter": 25, "quarters": 75, "fifth": 20, "fifths": None,
          "dozen": None, "hundred": 100, "thousand": 1000, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50}


def _readings(span: str) -> set[Decimal] | None:
    """Every value the span's own characters can give: each digit group times each scale
    word in the span (or 1). None when the span is number words (checked by word)."""
    nums = [Decimal(m.group().replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace("\u2007", ""))
            for m in _DIGITS.finditer(span)]
    if not nums:
        return None
    scales = {1} | {_SCALES[m.group(1).lower()] for m in _SCALE_IN.finditer(span)}
    for dec in re.finditer(r"(?<![0-9,.])([0-9]{1,3}),([0-9]{1,2})[ \u00a0]", span):
        # "1,5 thousand", "$30,5 million" (translated copy): a decimal comma before a scale word, either end of a range
        nums.append(Decimal(f"{dec.group(1)}.{dec.group(2)}"))
    return {n * s for n in nums for s in scales}


def _check_figure(text: str, f) -> None:
    assert 0 <= f.start < f.end <= len(text), (f.start, f.end, len(text))
    span = text[f.start:f.end]
    assert span == f.text
    assert f.sentence and " ".join(span.split()) in f.sentence
    values = [v for v in (f.value, f.low, f.high) if v is not None]
    assert values, f
    for v in values:
        assert math.isfinite(v) and v >= 0, f
    if f.low is not None and f.high is not None:
        assert f.low <= f.high, f
    readings = _readings(span)
    hybrid = re.fullmatch(r"[A-Za-z -]+-([0-9]{1,3})", span) or \
        re.fullmatch(r"[0-9]{1,3} thousand ([0-9]{1,3})", span)  # "three-thousand-67", "3 thousand 412" (translated copy)
    if hybrid:
        assert all(v % 1000 == int(hybrid.group(1)) for v in values), (span, values)
        return
    if readings is None:  # number words: "half", "a dozen", "two-thirds"
        low = span.lower()
        assert any(w in low for w in _WORDS), span
        return
    for v in values:
        assert any(abs(Decimal(repr(v)) - r) <= abs(r) * Decimal("1e-12") for r in readings), (span, v, readings)


@settings(max_examples=N_SPANS)
@given(newsy())
def test_spans_are_inside_the_text_and_hold_the_numbers(text):
    for f in _extract(text):
        _check_figure(text, f)


def test_spans_hold_the_numbers_on_every_fixture_and_seed():
    paths = sorted((ROOT / "tests" / "fixtures").glob("*/*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    n = 0
    for p in paths:
        text = p.read_bytes().decode("utf-8")
        for f in _extract(text):
            _check_figure(text, f)
            n += 1
    assert n > 100


NEUTRAL = "The harbour was quiet and the gulls circled over the grey water."


def _comparable(figs, shift: int) -> list[tuple]:
    return [(f.start - shift, f.end - shift, f.text, f.value, f.low, f.high, f.unit, f.metric, f.country, f.year,
             f.year_basis, f.qualifier, f.sentence, f.time_text, f.place_text) for f in figs]


@settings(max_examples=N_SHIFT)
@given(newsy(), st.sampled_from(["\n\n", "\r\n\r\n", "\n\n\n"]))
def test_unrelated_text_before_or_after_only_shifts_offsets(text, gap):
    if text.startswith("---"):
        return
    base = _comparable(extract_text(text, "t", "2020-06-15"), 0)
    prefix = NEUTRAL + gap
    assert _comparable(extract_text(prefix + text, "t", "2020-06-15"), len(prefix)) == base
    assert _comparable(extract_text(text + gap + NEUTRAL + gap, "t", "2020-06-15"), 0) == base


def test_unrelated_text_around_every_fixture_only_shifts_offsets():
    for p in sorted((ROOT / "tests" / "fixtures").glob("*/*.txt")):
        text = p.read_text(encoding="utf-8")
        if text.startswith("---"):  # keep the front matter first; add the paragraph after it
            end = text.index("\n---", 3) + 4
            head, body = text[:end], text[end:]
        else:
            head, body = "", text
        base = _comparable(extract_text(text, "t"), 0)
        shifted = head + "\n\n" + NEUTRAL + "\n\n" + body.lstrip("\n")
        delta = len(shifted) - len(text)
        got = _comparable(extract_text(shifted, "t"), delta)
        assert got == base, p.name
        assert _comparable(extract_text(text.rstrip("\n") + "\n\n" + NEUTRAL + "\n", "t"), 0) == base, p.name


# ----------------------------------------------------------------------------- determinism of the CLI
HOSTILE_LINES = ("Some 30 023 North Korean workers were in Russia in 2017, and 1,00,000 more in China.\n\n"
                 "Officials in Vladivostok said 1,200 North Korean workers were still there last year.\r\n"
                 "<script>alert(1)</script> =HYPERLINK(\"x\") Some 300 workers in Kuwait, \u00e9t\u00e9 \u201cquoted\u201d.\n")


def _inputs(tmp: Path) -> list[str]:
    extra = tmp / "hostile.txt"
    extra.write_bytes(HOSTILE_LINES.encode("utf-8"))
    bad = tmp / "bad.txt"
    bad.write_bytes(b"caf\xe9\n")
    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    files += [str(p) for p in sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))]
    return files[:3] + [str(bad), str(extra)] + files[3:]


def _run(args: list[str], **env: str) -> tuple[int, bytes, bytes]:
    e = {k: v for k, v in os.environ.items() if k not in ("PYTHONHASHSEED", "TZ", "LC_ALL", "LANG", "LC_CTYPE")}
    e.update(env)
    r = subprocess.run([sys.executable, "-m", "analysis", "extract", *args], cwd=ROOT, capture_output=True, env=e, timeout=300)
    return r.returncode, r.stdout, r.stderr


ENVS = [
    dict(PYTHONHASHSEED="0", TZ="UTC", LC_ALL="C.UTF-8"),
    dict(PYTHONHASHSEED="1", TZ="Pacific/Kiritimati", LC_ALL="C"),
    dict(PYTHONHASHSEED="4242", TZ="America/Adak", LC_ALL="POSIX"),
    dict(PYTHONHASHSEED="random", TZ="Asia/Pyongyang", LC_ALL="de_DE.ISO-8859-1", LANG="tr_TR.UTF-8"),
]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_output_is_identical_across_hash_seeds_time_zones_and_locales(tmp_path, fmt):
    args = _inputs(tmp_path) + ["--format", fmt]
    results = [_run(args, **env) for env in ENVS]
    code, out, err = results[0]
    assert code == 1 and b"bad.txt:1: not UTF-8" in err and b"Traceback" not in err
    assert out.count(b"\n") > 100 and "\u201cquoted\u201d".encode() in out  # UTF-8 whatever the locale
    for env, r in zip(ENVS[1:], results[1:]):
        assert r == results[0], env


def test_jobs_gives_the_same_output_in_the_same_order(tmp_path):
    args = _inputs(tmp_path) + ["--format", "json"]
    serial = _run(args)
    assert serial[0] == 1 and serial[1].count(b'"source"') > 100
    for jobs in ("2", "3", "50"):
        assert _run(args + ["--jobs", jobs]) == serial, jobs


def test_repeated_runs_are_identical(tmp_path):
    args = _inputs(tmp_path)
    first = _run(args + ["--show-cuts"])
    assert _run(args + ["--show-cuts"]) == first


@settings(max_examples=300, deadline=None)
@given(st.text("0123456789", min_size=1, max_size=28), st.integers(0, 27))
def test_exact_fast_path_is_the_decimal_value(digits, dot):
    """numbers._exact reads up to 28 digits with float() directly: the same float as the
    Decimal product it stands for."""
    from analysis.numbers import _exact

    if 0 < dot < len(digits) and len(digits) < 28:
        digits = digits[:dot] + "." + digits[dot:]
    assert _exact(digits) == float(Decimal(digits) * 1)
