"""`python -m analysis score`: how good is automatic extraction (`extract --raw`)?

Scored against hand-written expectations: tests/fixtures/dev (articles the extractor was
tuned on), tests/fixtures/heldout (written by someone else and not read while tuning),
and the seeds, whose expected figures are the curated tables. A figure matches when its
span overlaps the expected one; then each field is compared."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from .article import read_article
from .errors import InputError
from .extract import Figure, extract_article
from .paths import FIXTURES, rel

FIELDS = ("value", "low", "high", "unit", "country", "year", "metric", "qualifier")
CORE = ("value", "low", "high", "unit", "country", "year")  # "fully right" = all of these
CLAIM = ("claimant_kind", "claimant", "via")  # scored where the expectations give them, apart from the fields above


@dataclass
class Expected:
    start: int
    end: int
    fields: dict[str, object]


@dataclass
class Score:
    name: str
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    fully_right: int = 0
    all_fields_right: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    claim_expected: int = 0  # matched figures whose claimant is expected
    claim_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in CLAIM})
    claim_wrong: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k in ("expected", "predicted", "matched", "fully_right", "all_fields_right", "claim_expected"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for f in FIELDS:
            self.field_right[f] += other.field_right[f]
        for f in CLAIM:
            self.claim_right[f] += other.claim_right[f]
        self.claim_wrong += other.claim_wrong
        self.misses += other.misses
        self.false += other.false
        self.wrong += other.wrong


def _same(a: object, b: object) -> bool:
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    if b is None:
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) <= 0.005 + 1e-9 * abs(float(b))
    return str(a).lower() == str(b).lower()


def _same_words(a: object, b: object) -> bool:
    def norm(x: object) -> str:
        return "" if x is None else " ".join(str(x).lower().replace("’", "'").split()).removeprefix("the ")
    return norm(a) == norm(b)


def score_one(name: str, text: str, expected: list[Expected], predicted: list[Figure]) -> Score:
    s = Score(name, expected=len(expected), predicted=len(predicted))
    used: set[int] = set()
    for e in expected:
        hit = None
        for i, p in enumerate(predicted):
            if i not in used and p.start < e.end and e.start < p.end:
                hit = i
                break
        if hit is None:
            s.misses.append(f"{name}: missed {text[e.start:e.end]!r} at {e.start}")
            continue
        used.add(hit)
        p = predicted[hit]
        s.matched += 1
        ok = {f: _same(getattr(p, f), e.fields.get(f)) for f in FIELDS}
        for f, good in ok.items():
            s.field_right[f] += good
        if all(ok[f] for f in CORE):
            s.fully_right += 1
        else:
            bad = ", ".join(f"{f}={getattr(p, f)!r} (want {e.fields.get(f)!r})" for f in CORE if not ok[f])
            s.wrong.append(f"{name}: {text[e.start:e.end]!r} at {e.start}: {bad}")
        if all(ok.values()):
            s.all_fields_right += 1
        if "claimant_kind" in e.fields:
            s.claim_expected += 1
            cok = {f: _same_words(getattr(p, f), e.fields.get(f)) for f in CLAIM}
            for f, good in cok.items():
                s.claim_right[f] += good
            if not cok["claimant_kind"]:
                s.claim_wrong.append(f"{name}: {text[e.start:e.end]!r} at {e.start}: claimant_kind={p.claimant_kind!r} "
                                     f"({p.claimant!r}) (want {e.fields.get('claimant_kind')!r}, {e.fields.get('claimant')!r})")
    for i, p in enumerate(predicted):
        if i not in used:
            s.false.append(f"{name}: extra {p.text!r} at {p.start} ({p.metric}, {p.country}, {p.year})")
    return s


def fixture_set(folder: Path, name: str | None = None) -> Score:
    from .yamlio import load_yaml_file

    total = Score(name or folder.name)
    for txt in sorted(folder.glob("*.txt")):
        art = read_article(txt)
        spec = load_yaml_file(txt.with_suffix(".yaml")) or {}
        exp = []
        for f in spec.get("figures") or []:
            t, occ = str(f["text"]), int(f.get("occurrence") or 1)
            pos = -1
            for _ in range(occ):
                pos = art.text.find(t, pos + 1)
            if pos < 0:
                raise InputError(rel(txt.with_suffix(".yaml")), f"expected text {t!r} (occurrence {occ}) is not in "
                                 f"{txt.name}", _line_naming(txt.with_suffix(".yaml"), t))
            q = f.get("qualifier")
            exp.append(Expected(pos, pos + len(t), {**f, "qualifier": q}))
        total.add(score_one(txt.name, art.text, exp, extract_article(art).figures))
    return total


def _line_naming(yaml_file: Path, text: str) -> int | None:
    """The expectations file's line that gives this text, for the error message."""
    for n, line in enumerate(yaml_file.read_text(encoding="utf-8").splitlines(), 1):
        if "text:" in line and text in line:
            return n
    return None


def seeds_set() -> Score:
    """The seeds against the curated tables; who claims each figure against the analyst's
    claimant expectations (tests/fixtures/claimants/seeds.yaml, by figure id)."""
    from .pipeline import load_corpus
    from .yamlio import load_yaml_file

    gold_file = FIXTURES / "claimants" / "seeds.yaml"
    gold = (load_yaml_file(gold_file) or {}).get("figures") or {} if gold_file.exists() else {}
    total = Score("seeds")
    for r in load_corpus().results:
        exp = [Expected(f.start, f.end, {**{k: getattr(f, k) for k in FIELDS}, **(gold.get(f"{f.source}:{f.start}") or {})})
               for f, _, _ in r.figures]
        total.add(score_one(r.source.id, r.extraction.article.text, exp, r.extraction.figures))
    return total


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "    -"


def report(scores: list[Score], details: bool = False) -> str:
    head = ["set", "expected", "found", "recall", "precision", "fully right", *FIELDS, "all fields", "claimant_kind"]
    claim_sets = [s for s in scores if s.name.startswith("claimants")]
    rows = [head]
    for s in scores:
        if s in claim_sets:
            continue
        m = s.matched
        rows.append([s.name, str(s.expected), str(s.predicted), _pct(m, s.expected), _pct(m, s.predicted),
                     _pct(s.fully_right, s.expected), *(_pct(s.field_right[f], m) for f in FIELDS),
                     _pct(s.all_fields_right, s.expected), _pct(s.claim_right["claimant_kind"], s.claim_expected)])
    lines = _table(rows) if len(rows) > 1 else []
    notes = [
        "",
        "recall = expected figures found; precision = found figures that were expected;",
        "fully right = value, low, high, unit, country and year all correct (share of expected);",
        "field columns = share of matched figures with that field correct; all fields adds metric and qualifier;",
        "claimant_kind = share of matched figures whose expected claimant kind is right (- where none is expected).",
    ] if len(rows) > 1 else []
    if claim_sets:
        crows = [["set", "expected", "matched", "claimant_kind", "claimant", "via"]]
        for s in claim_sets:
            crows.append([s.name, str(s.expected), str(s.claim_expected),
                          *(_pct(s.claim_right[f], s.claim_expected) for f in CLAIM)])
        lines += ([""] if lines else []) + _table(crows)
        notes += ["", "claimant sets (tests/fixtures/claimants): figures the extractor finds are scored on who claims them;",
                  "claimant and via = the words as expected (case and a leading 'the' aside)."]
    if details:
        for s in scores:
            for line in (s.misses + s.claim_wrong if s in claim_sets else s.misses + s.false + s.wrong + s.claim_wrong):
                notes.append(line)
    return "\n".join(lines + notes)


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]


def run(which: str = "all", details: bool = False, dirs: list[Path] | None = None) -> int:
    """Folders given with --dir are scored instead of the named sets: a team's own annotated real
    articles can stay outside the repository (third-party text) and still be measured."""
    scores = []
    if dirs:
        for d in dirs:
            if not d.is_dir() or not any(d.glob("*.txt")):
                raise InputError(str(d), "no articles here (NAME.txt beside NAME.yaml, see tests/fixtures/README.md)")
            scores.append(fixture_set(d, str(d)))
        print(report(scores, details))
        return 0
    if which in ("dev", "all"):
        scores.append(fixture_set(FIXTURES / "dev"))
    if which in ("heldout", "all"):
        scores.append(fixture_set(FIXTURES / "heldout"))
    if which in ("seeds", "all"):
        scores.append(seeds_set())
    if which in ("claimants", "all"):
        scores.append(fixture_set(FIXTURES / "claimants" / "dev", "claimants-dev"))
    if which == "claimants-heldout":
        scores.append(fixture_set(FIXTURES / "claimants" / "heldout", "claimants-heldout"))
    print(report(scores, details))
    return 0
