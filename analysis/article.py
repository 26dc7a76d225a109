"""Reading an article file: bytes to text, optional YAML front matter, and where the
body starts. Offsets everywhere in the project index the text returned here, exactly as
decoded, with newlines kept as in the file, so ``text[start:end]`` reproduces a figure."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .paths import rel

FRONT_MATTER_KEYS = {"title", "outlet", "agency", "published", "url", "id", "note"}
_FM_OPEN = re.compile(r"---[ \t]*(\r\n|\r|\n)")
_FM_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$", re.M)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PubDate:
    """A publication date as precise as the evidence: year, month, or day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_pubdate(value: Any, file: str, line: int | None = None, today: dt.date | None = None) -> PubDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; refuse impossible and future dates."""
    m = _DATE.match(str(value).strip())
    if not m:
        raise InputError(file, f"publication date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY", line)
    y, mo, d = (int(g) if g else None for g in m.groups())
    try:
        first = dt.date(y, mo or 1, d or 1)
    except ValueError:
        raise InputError(file, f"publication date {value!r} does not exist", line) from None
    today = today or dt.date.today()
    if first > today:
        raise InputError(file, f"publication date {value!r} is in the future", line)
    if y < 1945:
        raise InputError(file, f"publication date {value!r} is before the DPRK existed", line)
    return PubDate(y, mo, d)


@dataclass(frozen=True)
class Article:
    """One article: its full text and where the body (after any front matter) begins."""

    source: str
    path: str
    text: str
    body_start: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    published: PubDate | None = None


def decode(data: bytes, name: str) -> str:
    """Bytes to text. UTF-8 (a leading BOM is dropped) or UTF-16 with a BOM; anything
    else is refused with the line of the first bad byte, never guessed."""
    if not data.strip():
        raise InputError(name, "empty file" if not data else "file holds only whitespace")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(name, f"invalid UTF-16 at byte {e.start}") from None
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data.count(b"\n", 0, e.start) + 1
            raise InputError(name, f"not UTF-8 text: byte 0x{data[e.start]:02x} cannot be decoded", line) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(name, "binary file (NUL byte): not an article", text.count("\n", 0, nul) + 1)
    if not text.strip():
        raise InputError(name, "file holds only whitespace")
    return text


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], int, int]:
    """Return (front matter, body start offset, line count of the front matter)."""
    m = _FM_OPEN.match(text)
    if not m:
        return {}, 0, 0
    close = _FM_CLOSE.search(text, m.end())
    if not close:
        raise InputError(name, "front matter opened with '---' is never closed", 1)
    from .yamlio import load_yaml  # yaml only when a file has front matter

    block = text[m.end():close.start()]
    first_line = 2
    try:
        meta = load_yaml(block, name)
    except InputError as e:  # shift YAML-relative lines to file lines
        raise InputError(name, e.message, (e.line or 1) + first_line - 1) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(name, "front matter must be 'key: value' lines", first_line)
    for key in meta:
        if key not in FRONT_MATTER_KEYS:
            line = first_line + block[: block.find(str(key))].count("\n")
            raise InputError(name, f"unknown front matter key {key!r} (known: {', '.join(sorted(FRONT_MATTER_KEYS))})", line)
    end = close.end()
    return dict(meta), end, text.count("\n", 0, end)


def read_article(path: Path | str, source: str | None = None, published: str | None = None) -> Article:
    """Read and validate one article file. ``published`` (from the manifest or
    ``--published``) overrides the front matter's date."""
    p = Path(path)
    name = rel(p)
    if p.is_dir():
        raise InputError(name, "is a directory, not an article file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror}") from None
    text = decode(data, name)
    meta, body_start, _ = split_front_matter(text, name)
    date_value = published if published is not None else meta.get("published")
    pub = None
    if date_value is not None:
        line = None
        if published is None:
            line = 1 + text[:body_start].split("published", 1)[0].count("\n") + 0
        where = "--published" if published is not None else name
        pub = parse_pubdate(date_value, where if published is not None else name, None if published is not None else line)
    return Article(source=source or str(meta.get("id") or p.stem), path=name, text=text,
                   body_start=body_start, meta=meta, published=pub)
