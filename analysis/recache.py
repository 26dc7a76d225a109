"""Compiled regular expressions kept between runs, as Python keeps bytecode.

Most of `extract`'s start-up on a few articles went into compiling its patterns: Python's
regex compiler is written in Python and parses each pattern anew in every process, while
the engine's own program for a pattern (a list of integers) is cheap to load. This module
keeps those programs in `analysis/__pycache__/` (git-ignored, beside the bytecode), keyed
by the pattern's text and flags, for this Python build and engine version only, and builds
each pattern from its program when it is there. The program is the one `re.compile`
makes (the same compiler functions, called in the same order), so the pattern behaves
exactly as `re.compile`'s would. Anything unexpected (another Python, an unreadable or
unwritable cache, a changed compiler) falls back to `re.compile`: the cache is a speed-up
only, never a source of results.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

try:  # CPython's regex compiler and engine (3.11+)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-" + ".".join(map(str, sys.version_info[:3]))
except (ImportError, AttributeError):  # pragma: no cover
    _sre = _compiler = _parser = None
    _TAG = None


def _reader_digest() -> str:
    """A digest of refast.py, whose reading of a pattern's first characters is kept here too:
    a changed reader must not meet leads worked out by the old one."""
    try:
        return hashlib.sha256((Path(__file__).resolve().parent / "refast.py").read_bytes()).hexdigest()[:16]
    except OSError:  # pragma: no cover
        return "unknown"

CACHE_FILE = Path(__file__).resolve().parent / "__pycache__" / f"regex-programs.{_TAG}.marshal"
_FORMAT = 2  # bump when what the file holds changes

Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]
_programs: dict[tuple[str, int], Entry] | None = None  # loaded on first use
_leads: dict[tuple[str, int], str | None] = {}  # refast's first-character classes (each costs a parse)
_used: set[tuple[str, int]] = set()
_added = False


def _load() -> dict[tuple[str, int], Entry]:
    global _programs, _leads
    _programs = {}
    try:
        fmt, tag, entries, reader, leads = marshal.loads(CACHE_FILE.read_bytes())
        if fmt == _FORMAT and tag == _TAG and isinstance(entries, dict):
            _programs = entries
            if reader == _reader_digest() and isinstance(leads, dict):
                _leads = leads
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no cache yet, or one from another build: compile as usual
    return _programs


def lead(pattern: str, flags: int, work_out: Callable[[str, int], str | None]) -> str | None:
    """work_out(pattern, flags) (refast's first characters of a pattern), kept between runs."""
    global _added
    if _programs is None:
        _load()
    key = (pattern, int(flags))
    if key in _leads:
        return _leads[key]
    found = _leads[key] = work_out(pattern, flags)
    _added = True
    return found


def _program(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile hands the engine for pattern, flags."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def cached_lead(pattern: str, flags: int) -> str | None:
    """The first-character class kept for pattern, or None when none is kept."""
    return _leads.get((pattern, int(flags)))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the program kept by an earlier run when there is one."""
    global _added
    if _TAG is None or flags & (re.DEBUG | re.LOCALE) or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    programs = _programs if _programs is not None else _load()
    entry = programs.get(key)
    try:
        if entry is None:
            entry = _program(pattern, flags)
            programs[key] = entry
            _added = True
        _used.add(key)
        return _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # a compiler whose internals differ from 3.11's: do as re does
        programs.pop(key, None)
        return re.compile(pattern, flags)


@atexit.register
def save() -> None:
    """Write the programs compiled in this run beside those kept (only when some are new).
    Entries no run has used since the last new one was written are dropped, so programs
    of edited patterns do not pile up."""
    global _added
    if not _added or _programs is None or _TAG is None:
        return
    _added = False
    known = _known()
    keep = {k: v for k, v in _programs.items() if k in _used or k in known}
    leads = {k: v for k, v in _leads.items() if k in known}
    try:
        data = marshal.dumps((_FORMAT, _TAG, keep, _reader_digest(), leads))
        CACHE_FILE.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=CACHE_FILE.parent, prefix=".regex-", suffix=".tmp")
    except (OSError, ValueError):
        return  # a read-only install: every run compiles, as without the cache
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, CACHE_FILE)  # whole file or none: concurrent runs never read half of one
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def _known() -> set[tuple[str, int]]:
    """The patterns the loaded modules declare (refast.lazy), used or not in this run."""
    refast = sys.modules.get("analysis.refast")
    return refast.declared() if refast is not None else set()
