"""The source manifest (seeds/manifest.yaml): what each article is, who published it,
when, and how we know. Checked field by field so a typo is reported with its line."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .article import Article, PubDate, parse_pubdate, read_article
from .errors import InputError
from .paths import MANIFEST, SEEDS, rel

REQUIRED = ("id", "file", "sha256", "title", "outlet", "agency", "published", "date_basis", "date_clue")
OPTIONAL = ("url", "note")
DATE_BASES = ("stated", "inferred")
_ID = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")


@dataclass(frozen=True)
class Source:
    """One manifest entry."""

    id: str
    file: str
    sha256: str
    title: str
    outlet: str
    agency: str
    published: PubDate
    date_basis: str
    date_clue: str
    url: str | None
    note: str | None
    line: int

    @property
    def path(self) -> Path:
        return SEEDS / self.file

    def read(self) -> Article:
        return read_article(self.path, self.id, str(self.published))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_manifest(path: Path = MANIFEST, check_files: bool = True) -> list[Source]:
    """Every manifest entry, validated. With ``check_files`` each article must exist
    inside seeds/ and match its checksum: a seed edited by hand is an error."""
    from .yamlio import load_yaml_file

    name = rel(path)
    raw = load_yaml_file(path)
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InputError(name, "the manifest must be a list of entries ('- id: ...')", 1)
    seen: dict[str, int] = {}
    files: dict[str, int] = {}
    out: list[Source] = []
    seeds_dir = path.parent.resolve()
    for entry in raw:
        line = getattr(entry, "line", None)
        if not isinstance(entry, dict):
            raise InputError(name, "each entry must be a mapping of fields", line)
        missing = [k for k in REQUIRED if entry.get(k) in (None, "")]
        if missing:
            raise InputError(name, f"entry is missing {', '.join(missing)}", line)
        unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL), key=str)
        if unknown:
            raise InputError(name, f"unknown field {unknown[0]!r}", line)
        for k, v in entry.items():
            if isinstance(v, (list, dict, bool)):
                raise InputError(name, f"field {k!r} must be text, not {type(v).__name__}", line)
        sid = str(entry["id"])
        if not _ID.fullmatch(sid):
            raise InputError(name, f"id {sid!r} must be lower-case letters, digits and hyphens", line)
        if sid in seen:
            raise InputError(name, f"duplicate id {sid!r} (first on line {seen[sid]})", line)
        seen[sid] = line
        fname = str(entry["file"])
        if "/" in fname or "\\" in fname or fname in (".", "..") or any(ord(c) < 32 or c == "\x7f" for c in fname):
            raise InputError(name, f"file {fname!r} must be a plain file name inside {rel(seeds_dir)}/", line)
        try:
            target = (seeds_dir / fname).resolve()
        except (OSError, RuntimeError):  # a symlink loop
            raise InputError(name, f"file {fname!r} cannot be resolved (a symlink loop?)", line) from None
        if target.parent != seeds_dir:  # a symlink leading out of the folder
            raise InputError(name, f"file {fname!r} must be a plain file name inside {rel(seeds_dir)}/", line)
        if fname in files:
            raise InputError(name, f"file {fname!r} is already listed (line {files[fname]})", line)
        files[fname] = line
        if entry["date_basis"] not in DATE_BASES:
            raise InputError(name, f"date_basis must be one of {', '.join(DATE_BASES)}", line)
        pub = parse_pubdate(entry["published"], name, line)
        digest = str(entry["sha256"]).lower()
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise InputError(name, "sha256 must be 64 hex digits", line)
        if check_files:
            if not target.is_file():
                raise InputError(name, f"file {fname!r} does not exist in {rel(seeds_dir)}/", line)
            actual = sha256_of(target)
            if actual != digest:
                raise InputError(name, f"{fname} has changed since it was recorded (sha256 {actual[:12]}..., manifest {digest[:12]}...); seeds are never edited", line)
        out.append(Source(sid, fname, digest, str(entry["title"]), str(entry["outlet"]), str(entry["agency"]), pub,
                          str(entry["date_basis"]), " ".join(str(entry["date_clue"]).split()),
                          None if entry.get("url") is None else str(entry["url"]),
                          None if entry.get("note") is None else str(entry["note"]), line))
    return out


def find_source(path: Path, sources: list[Source]) -> Source | None:
    """The manifest entry for a file given on the command line, if it is a seed."""
    try:
        p = path.resolve()
    except OSError:
        return None
    for s in sources:
        if s.path.resolve() == p:
            return s
    return None
