"""Counts in the rows of a table scraped as text ("China | 65,000 |"): a row names no noun,
so what it counts is read off the table's header rows above it or the line over the table,
and the year its rows share off a dated total row above them. Split from extract.py: this
looks at the lines around a sentence, never at the figure's metric."""
from __future__ import annotations

import re
from typing import Iterator

from . import refast
from .numbers import Mention
from .segment import Sentence

# a cell holding only the figure, its qualifier and a bracketed year: "| 65,000 |", "At least 9,000 (2018) |"
_CELL_BEFORE = refast.lazy(r"(?m)(?:^|\|)[ \u00a0]*(?:[A-Za-z]+[ \u00a0]+){0,2}$")
_CELL_AFTER = refast.lazy(r"[ \u00a0]*(?:\([ \u00a0]*(?:19|20)[0-9]{2}[ \u00a0]*\)[ \u00a0]*)?(?:\||$)", re.M)
_PEOPLE_HEADER = refast.lazy(r"\b(?:population|populations|workers|labou?rers|migrants|employees|North[ \u00a0]+Koreans|nationals|citizens)\b", re.I)
_MAX_ROWS_UP = 40  # rows searched upwards for a header: an infobox, not a page


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _lines_above(text: str, pos: int, body_start: int) -> Iterator[tuple[int, int]]:
    """The lines above the one starting at pos, nearest first, as (start, end): up to the body's
    start and no further than an infobox's height."""
    rows = 0
    while pos > body_start and rows < _MAX_ROWS_UP:
        a, b = _line(text, pos - 1)
        yield a, b
        pos, rows = a, rows + 1


def is_row(text: str, sent: Sentence) -> bool:
    """A sentence that is one row of a pipe table: the rows below it are other rows, never
    where its figure is (a total row names no place: "Some 90,000 | |" over "China | ...")."""
    return "|" in text[sent.start:sent.end] and "\n" not in text[sent.start:sent.end].strip()


def counts_people(text: str, sent: Sentence, m: Mention, body_start: int) -> bool:
    """Whether a bare number is a cell of a pipe table whose header rows (the rows above
    without a digit, up to the table's first row) or the line above the table speak of people:
    "Workers abroad | |" over "China | 65,000 |"."""
    start, end = _line(text, m.start)
    if "|" not in text[start:end] or not (_CELL_BEFORE.search(text, start, m.start) and _CELL_AFTER.match(text, m.end, end)):
        return False
    for a, b in _lines_above(text, start, body_start):
        row = text[a:b]
        if "|" not in row:
            return bool(_PEOPLE_HEADER.search(row))  # the table's caption
        if not any(c.isdigit() for c in row) and _PEOPLE_HEADER.search(row):
            return True
    return False


_TOTAL_ROW = refast.lazy(r"[ \u00a0|]*(?:(?:at[ \u00a0]+least|some|about|around|approximately|over|more[ \u00a0]+than|up[ \u00a0]+to|nearly|estimated)[ \u00a0]+)?"
                         r"[0-9][0-9,.]*(?:[ \u00a0]+(?:thousand|million))?[ \u00a0]*\([ \u00a0]*((?:19|20)[0-9]{2})[ \u00a0]*\)[ \u00a0]*\|", re.I)  # "At least 70,000 (2018) |": the table's total


def table_year(text: str, sent: Sentence, body_start: int) -> tuple[int, int, int] | None:
    """The year a table's rows share: the bracketed year of the total row above them in the same
    table ("At least 70,000 (2018) | |" over "China | 40,000 |"; not another country's own
    year), as (start, end, year)."""
    if not is_row(text, sent):
        return None
    for a, b in _lines_above(text, _line(text, sent.start)[0], body_start):
        if "|" not in text[a:b]:
            return None
        if (y := _TOTAL_ROW.match(text, a, b)) is not None:
            return y.start(1), y.end(1), int(y.group(1))
    return None
