"""Reading an article file: bytes to text, optional YAML front matter, and where the
body starts. Offsets everywhere in the project index the text returned here, exactly as
decoded, with newlines kept as in the file, so ``text[start:end]`` reproduces a figure."""
from __future__ import annotations

import datetime as dt
import bisect
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import refast
from .errors import InputError
from .paths import rel

FRONT_MATTER_KEYS = {"title", "outlet", "agency", "published", "url", "id", "note"}
_FM_OPEN = refast.lazy(r"---[ \t]*(\r\n|\r|\n)")
# a line of its own, whatever the newline style (CRLF, LF or a lone CR)
_FM_CLOSE = refast.lazy(r"(?<![^\r\n])(---|\.\.\.)[ \t]*(?=\r|\n|\Z)")
_DATE = refast.lazy(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")
MAX_BYTES = 256 * 1024 * 1024  # an "article" larger than this is refused, not read into memory


_line_index: tuple[str, list[int]] = ("", [])


def line_of(text: str, pos: int) -> int:
    """1-based line number of offset ``pos``, counting CRLF, LF and lone CR as one break each.
    The break index is built once per text (the last one is kept), so a 50 MB file with many
    warnings is not rescanned for each."""
    global _line_index
    if _line_index[0] is not text:
        _line_index = (text, [m.end() for m in re.finditer(r"\r\n|\r|\n", text)])
    return bisect.bisect_right(_line_index[1], pos) + 1


def _key_line(text: str, start: int, end: int, key: str) -> int | None:
    m = re.compile(r"(?<![^\r\n])[ \t]*['\"]?" + re.escape(key) + r"['\"]?[ \t]*:").search(text, start, end)
    return line_of(text, m.start()) if m else None


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
        first = dt.date(y, 1 if mo is None else mo, 1 if d is None else d)  # "2019-00" does not exist
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
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        raise InputError(name, "UTF-32 text is not supported: save the file as UTF-8")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            good = data[: e.start - e.start % 2].decode("utf-16", errors="replace")
            raise InputError(name, f"invalid UTF-16 at byte {e.start}", line_of(good, len(good))) from None
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data.count(b"\n", 0, e.start) + data.count(b"\r", 0, e.start) - data.count(b"\r\n", 0, e.start) + 1
            raise InputError(name, f"not UTF-8 text: byte 0x{data[e.start]:02x} cannot be decoded", line) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(name, "binary file (NUL byte), or UTF-16 without a byte-order mark: not an article", line_of(text, nul))
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
    block = text[m.end():close.start()]
    fast = _simple_front_matter(block)
    if fast is not None:
        return fast, close.end(), line_of(text, close.end()) - 1
    from .yamlio import load_yaml  # yaml only when a file has front matter

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
            line = _key_line(text, m.end(), close.start(), str(key)) or first_line
            raise InputError(name, f"unknown front matter key {key!r} (known: {', '.join(sorted(FRONT_MATTER_KEYS))})", line)
        value = meta[key]
        if isinstance(value, (list, dict)):
            line = _key_line(text, m.end(), close.start(), str(key)) or first_line
            raise InputError(name, f"front matter {key!r} must be a single value, not a list or mapping", line)
    end = close.end()
    return dict(meta), end, line_of(text, end) - 1


# A front matter line the YAML parser reads as a plain string (checked against it in
# tests/test_front_matter.py): 'key: "text"' with no escape but \uXXXX, \" and \\ (what `bench` and
# JSON writers emit), 'key: 2019-03-26' (a date, kept as written), or 'key: Some words'
# (a plain value: opening with a letter, no ':' or '#', not a word YAML reads as true, false or null)
_FM_SIMPLE = refast.lazy(
    r'([a-z]+): (?:"((?:[ !#-\[\]-~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4}|\\["\\])*)"'
    r'|([0-9]{4}-[0-9]{2}-[0-9]{2})|([A-Za-z](?:[ !"$-9;-~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*[!"$-9;-~\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd])?))')
_FM_ESCAPE = refast.lazy(r'\\(?:u([0-9a-fA-F]{4})|(["\\]))')
_YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}


def _simple_front_matter(block: str) -> dict[str, Any] | None:
    """The front matter of simple 'key: value' lines without the YAML parser, or None
    when any line is not one of them (then YAML reads it and reports what is wrong)."""
    lines = block.split("\n")
    if lines[-1] == "":
        lines.pop()
    meta: dict[str, Any] = {}
    for line in lines:
        m = _FM_SIMPLE.fullmatch(line)
        if m is None or m.group(1) not in FRONT_MATTER_KEYS or m.group(1) in meta:
            return None
        quoted, date, plain = m.group(2, 3, 4)
        if plain is not None and (plain.lower() in _YAML_WORDS or " #" in plain):
            return None
        meta[m.group(1)] = date if date is not None else plain if plain is not None else \
            _FM_ESCAPE.sub(lambda e: chr(int(e.group(1), 16)) if e.group(1) else e.group(2), quoted)
    return meta or None


def read_article(path: Path | str, source: str | None = None, published: str | None = None) -> Article:
    """Read and validate one article file. ``published`` (from the manifest or
    ``--published``) overrides the front matter's date."""
    p = Path(path)
    try:
        name = rel(p)
    except (OSError, RuntimeError, ValueError):  # symlink loops, odd names: show it as given
        name = str(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except (OSError, ValueError) as e:
        raise InputError(name, f"cannot read: {getattr(e, 'strerror', None) or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory, not an article file")
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise InputError(name, "is not a regular file (a device or socket), not an article file")
    if st.st_size > MAX_BYTES:
        raise InputError(name, f"file is {st.st_size // 2**20} MB, more than the {MAX_BYTES // 2**20} MB an article may be")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "file not found") from None
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror}") from None
    text = decode(data, name)
    meta, body_start, _ = split_front_matter(text, name)
    if published is not None:
        pub = parse_pubdate(published, "--published")
    elif meta.get("published") is not None:
        line = _key_line(text, 0, body_start, "published")
        pub = parse_pubdate(meta["published"], name, line)
    else:
        pub = None
    return Article(source=source or str(meta.get("id") or p.stem), path=name, text=text,
                   body_start=body_start, meta=meta, published=pub)


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
_DATE_IN_LINE = refast.lazy(
    rf"\b{_MONTH}[ \u00a0]+(?P<d1>[0-9]{{1,2}}),?[ \u00a0]+(?P<y1>(?:19|20)[0-9]{{2}})\b"
    rf"|\b(?P<d2>[0-9]{{1,2}})[ \u00a0]+{_MONTH.replace('mon', 'mon2')}[ \u00a0,]+(?P<y2>(?:19|20)[0-9]{{2}})\b"
    r"|(?<![0-9])(?P<y3>(?:19|20)[0-9]{2})-(?P<m3>[0-9]{2})-(?P<d3>[0-9]{2})(?![0-9])"
    r"|(?<![0-9.])(?P<d4>[0-9]{1,2})\.(?P<m4>[0-9]{1,2})\.(?P<y4>(?:19|20)[0-9]{2})(?![0-9])")
_DATE_LINE_MAX = 100  # characters: a date line, a byline or a dateline, not a sentence of the story
_DATE_LINES_SEARCHED = 25


def date_line(text: str, body_start: int) -> tuple[PubDate, int] | None:
    """The publication date a page prints near its top ("March 26, 2019", "Posted
    2024-02-17 21:00", "12.04.2019 10:47 | Society", "Sunday, 11 February 2018, 09:14"):
    the first short line among the body's first lines that holds a date, with its line
    number. For articles with no front matter date and no --published; the caller says
    where the date came from."""
    pos = body_start
    for _ in range(_DATE_LINES_SEARCHED):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if 0 < len(line.strip()) <= _DATE_LINE_MAX:
            m = _DATE_IN_LINE.search(line)
            if m is not None:
                g = m.groupdict()
                if g["y3"] or g["y4"]:
                    y, mo, d = (g["y3"], g["m3"], g["d3"]) if g["y3"] else (g["y4"], g["m4"], g["d4"])
                else:
                    mon = (g["mon"] or g["mon2"]).lower()[:3]
                    y, mo, d = g["y1"] or g["y2"], str(_MONTHS.index(mon) + 1), g["d1"] or g["d2"]
                try:
                    return parse_pubdate(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}", "date line"), line_of(text, pos)
                except InputError:
                    pass  # "31.02.2019", a date in the future: not the page's date
        if end >= len(text):
            break
        pos = end + 1
    return None
