"""Splitting an article into what is body and what is page furniture, then the body
into sentences, keeping character offsets into the original text throughout."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import refast
from .paths import BOILERPLATE

_LINE = refast.lazy(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True)
class Cut:
    """A stretch of page furniture removed from the body, and why."""

    start: int
    end: int
    why: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str]
    why: str


@lru_cache(maxsize=1)
def _any_rule() -> dict[str, re.Pattern[str]]:
    """One alternation per group: most lines match nothing and are rejected in one scan."""
    out = {}
    for kind, rules in _rules().items():
        flags = 0 if kind == "photo_credit" else re.I
        out[kind] = re.compile("|".join(f"(?:{r.regex.pattern})" for r in rules) or "(?!)", flags)
    return out


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[_Rule, ...]]:
    from .yamlio import load_yaml_file

    raw = load_yaml_file(BOILERPLATE) or {}
    out: dict[str, tuple[_Rule, ...]] = {}
    for kind in ("end_of_article", "link_block", "line", "photo_credit"):
        flags = 0 if kind == "photo_credit" else re.I
        out[kind] = tuple(_Rule(re.compile(r["pattern"], flags), r["why"]) for r in raw.get(kind, []))
    return out


def lines(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each line's content, line breaks excluded; any newline style."""
    out = []
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            break
        s = m.group()
        out.append((m.start(), m.start() + len(s.rstrip("\r\n"))))
    return out


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")  # prose ends as a sentence does; a link headline does not
# An end-of-article line (a paywall pitch, a "Related news" heading) in the first two fifths
# of the body is a banner or a box inside the page: only that line is cut, not the story around it.
_EARLY = 0.4


def find_cuts(text: str, body_start: int = 0, line_spans: list[tuple[int, int]] | None = None) -> list[Cut]:
    """Page furniture in the body, per the patterns in data/boilerplate.yaml."""
    rules = _rules()
    any_rule = _any_rule()
    cuts: list[Cut] = []
    ls = line_spans if line_spans is not None else lines(text, body_start)
    skip_next_caption = False
    links: str | None = None  # inside a box of link headlines: why it is cut
    for i, (s, e) in enumerate(ls):
        line = text[s:e].strip()
        if not line:
            skip_next_caption = False
            continue
        if skip_next_caption:
            cuts.append(Cut(s, e, "photo caption"))
            skip_next_caption = False
            continue
        if links is not None:
            if not _SENTENCE_END.search(line):
                cuts.append(Cut(s, e, links))  # a headline of the box
                continue
            links = None  # the story goes on
        if not (any_rule["end_of_article"].search(line) or any_rule["link_block"].search(line) or any_rule["line"].search(line) or any_rule["photo_credit"].search(line)):
            continue
        block = next((r for r in rules["link_block"] if r.regex.search(line)), None)
        if block:
            cuts.append(Cut(s, e, block.why))
            links = block.why
            continue
        end_rule = next((r for r in rules["end_of_article"] if r.regex.search(line)), None)
        if end_rule and (s - body_start) < _EARLY * (len(text) - body_start):
            cuts.append(Cut(s, e, end_rule.why))  # a banner above the story: the story is still to come
            continue
        if end_rule:
            cuts.append(Cut(s, len(text.rstrip()) if len(text.rstrip()) > s else e, end_rule.why))
            break
        line_rule = next((r for r in rules["line"] if r.regex.search(line)), None)
        if line_rule:
            cuts.append(Cut(s, e, line_rule.why))
            continue
        credit = next((r for r in rules["photo_credit"] if r.regex.search(line)), None)
        if credit:
            cuts.append(Cut(s, e, "photo credit"))
            skip_next_caption = True
    return cuts


_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "mt", "jr", "sr", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt",
    "prof", "no", "vs", "etc", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "est",
}
_BOUNDARY = refast.lazy(r"[.!?]+(?:[\"'”’)\]]|\[[0-9]{1,3}\])*(?:\s+(?=[\"'“‘(\[]?[A-Z0-9])|[ \t]*\n\s*(?=[-–•*][ \u00a0]+\S))"
                        r"|(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])")  # "Oman.[4] Kuwait": a footnote mark; a bullet on the next line; "persons.In its report": a space lost in scraping
_LETTERS_BEFORE = refast.lazy(r"[A-Za-z]*$")
_WORD_BEFORE = refast.lazy(r"([\w.]+)[.!?]+[\"'”’)\]]*\s+$")


def _split_paragraph(text: str, start: int, end: int, para: int) -> list[Sentence]:
    out = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        w = _WORD_BEFORE.search(text[max(start, m.start() - 12):m.end()])
        if len(m.group()) == 1 and _LETTERS_BEFORE.search(text, max(start, m.start() - 12), m.start()).group().lower() in _ABBREV:
            continue  # "Capt.Lee": a title before a name, its space lost
        if w and m.group().startswith(".") and w.group(1).lower().rstrip(".") in _ABBREV:
            continue
        if w and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", w.group(1)) and m.group().startswith("."):
            continue  # initials and acronyms: "U.S." "J.P."
        if w and w.group(1) in ("N", "S") and text.startswith("Korea", m.end()):
            continue  # "3,500 N. Koreans work in Kuwait": the press's short form
        e = m.start() + len(m.group().rstrip())
        out.append(Sentence(s, e, para))
        s = m.end()
    if s < end:
        out.append(Sentence(s, end, para))
    return out


# A short line ending like this continues on the next line rather than being a heading:
# punctuation that expects more, a function word, or a number ("Some 30,023" / "workers").
_CONTINUES = refast.lazy(r"(?:[,;:\-–]|\b(?:the|a|an|of|and|to|in|from|than|as|some|about|nearly|over|more|up|at|least)|[0-9%])$", re.I)


def sentences(text: str, body_start: int, cuts: list[Cut], line_spans: list[tuple[int, int]] | None = None,
              title: str | None = None) -> list[Sentence]:
    """Body sentences. A blank line ends a paragraph; a single line break ends one too
    when the line is heading-like (short, no closing punctuation, or the article's title
    repeated at the top of a scraped page however long) or ends a sentence, so both
    one-paragraph-per-line pages and hard-wrapped text read correctly."""
    title = " ".join(title.split()) if title else None
    cut_at = sorted((c.start, c.end) for c in cuts)
    out: list[Sentence] = []
    para_start = para_end = None
    line_start = 0  # start of the last line joined into the paragraph
    para = 0

    def flush() -> None:
        nonlocal para_start, para_end, para
        if para_start is not None:
            out.extend(_split_paragraph(text, para_start, para_end, para))
            para += 1
        para_start = para_end = None

    ci = 0
    for s, e in (line_spans if line_spans is not None else lines(text, body_start)):
        while ci < len(cut_at) and cut_at[ci][1] <= s:
            ci += 1
        inside_cut = ci < len(cut_at) and cut_at[ci][0] <= s < cut_at[ci][1]
        content = text[s:e]
        if inside_cut or not content.strip():
            flush()
            continue
        ls = s + (len(content) - len(content.lstrip()))
        le = s + len(content.rstrip())
        if para_start is None:
            para_start, para_end = ls, le
        else:
            prev_line = text[line_start:para_end]
            heading = ((len(prev_line) < 60 and not _CONTINUES.search(prev_line)
                        and not (prev_line.endswith(("North", "South")) and text.startswith("Korea", ls)))  # "roughly 300 North" / "Koreans from ..."
                       or (title is not None and " ".join(prev_line.split()) == title and text[ls:ls + 1].isupper()))
            if heading:
                flush()
                para_start = ls
            para_end = le
        line_start = ls
    flush()
    return out


def in_link(text: str, pos: int) -> bool:
    """Whether pos falls inside a link: the characters before it, back to the last space or
    line break, open one ("(https://example.com/photo/2025/02/05/8a2b-6633.jpg)"). Its
    numbers and dates are no figures and no times."""
    floor = max(0, pos - 256)
    token = text[max(text.rfind(" ", floor, pos), text.rfind("\n", floor, pos), floor - 1) + 1:pos]
    return "://" in token or token.startswith(("www.", "(www.", "[www."))
