"""'respectively': "in Russia and China, numbering 20,000 and 7,000 respectively" pairs
the places (or years) a sentence lists with the run of figures before the word, in order.
Split from extract.py, which finds the figures; this only re-pairs them."""
from __future__ import annotations

import re
from typing import Protocol, Sequence

from . import refast
from .gazetteer import Place, is_area
from .segment import Sentence
from .timeexpr import TimeExpr

_RESPECTIVELY = refast.lazy(r"\brespectively\b", re.I)
_RUN_GAP = refast.lazy(r"[^.;:!?()]{0,40}")


class Pairable(Protocol):
    """What pairing reads and sets on a figure (extract.Figure has these fields)."""
    start: int
    end: int
    country: str | None
    place_text: str | None
    year: int | None
    year_basis: str
    time_text: str | None


def pair_respectively(text: str, sent: Sentence, figs: Sequence[Pairable], hosts: list[Place], times: list[TimeExpr]) -> None:
    """"in Russia and China, numbering 20,000 and 7,000 respectively": the run of figures
    before "respectively" takes the places (or years) listed in the sentence, in order,
    when there are exactly as many of them as figures."""
    for r in _RESPECTIVELY.finditer(text, sent.start, sent.end):
        run = [f for f in figs if f.end <= r.start()]
        k = len(run) - 1
        while k > 0 and _RUN_GAP.fullmatch(text[run[k - 1].end:run[k].start]) and \
                re.search(r",|\band\b", text[run[k - 1].end:run[k].start]) and \
                not any(run[k - 1].end <= p.start < run[k].start for p in hosts):
            k -= 1  # (a place between two figures starts another run: "... 19,000, while Mongolia, Kuwait and Qatar had 800, ...")
        run = run[k:]
        if len(run) < 2:
            continue
        before = [p for p in hosts if p.end <= run[0].start and not is_area(p.code)]
        after = [p for p in hosts if p.start >= run[-1].end and not is_area(p.code)]
        for cands in (before, after):
            picked: list[Place] = []
            for p in reversed(cands) if cands is before else cands:
                if p.code not in {q.code for q in picked}:
                    picked.append(p)
                if len(picked) == len(run):
                    break
            if len(picked) == len(run):
                picked = sorted(picked, key=lambda p: p.start)
                for f, p in zip(run, picked):
                    f.country, f.place_text = p.code, " ".join(text[p.start:p.end].split())
                break
        years = [t for t in times if t.year is not None and not (run[0].start <= t.start < run[-1].end)]
        if len({t.year for t in years}) == len(run) == len(years):
            for f, t in zip(run, years):
                f.year, f.year_basis, f.time_text = t.year, t.basis, text[t.start:t.end]
