"""Hostile input: every class of bad or odd input an analyst can feed the tool, each with
its stated outcome (docs/hostile-inputs.md is the table of them). The rule throughout:
a clear one-line error naming the file (and line), a non-zero exit and no traceback, or
a correct result; never a crash, a silent drop, or a wrong number that looks right."""
from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis.article import Article, decode, parse_pubdate, read_article, split_front_matter
from analysis.cli import main
from analysis.curation import load_curation
from analysis.errors import InputError
from analysis.extract import extract_article, extract_text
from analysis.manifest import load_manifest
from analysis.yamlio import load_yaml

ROOT = Path(__file__).resolve().parent.parent

# A short article with two figures and a date in the text; reused in every encoding.
ARTICLE = (
    "Russia sends North Korean workers home ahead of the UN deadline\n"
    "\n"
    "Russia said on Tuesday that it had repatriated more than 18,500 North Korean workers last year, "
    "leaving about 4,000 still in the country, according to a report filed with the United Nations.\n"
    "\n"
    "The regime earns up to $500 million a year from its workers abroad, analysts estimate.\n"
)
EXPECTED = [("18,500", 18500, "RUS"), ("4,000", 4000, "RUS"), ("$500 million", 500e6, "WLD")]


def extract_cli(*args: str) -> tuple[int, str, str]:
    """`python -m analysis extract ARGS` in process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["extract", *args])
    return code, out.getvalue(), err.getvalue()


def rows_of(path: Path, *args: str) -> list[dict]:
    code, out, err = extract_cli(str(path), "--format", "json", *args)
    assert code == 0, err
    return json.loads(out)


def assert_one_line_error(code: int, err: str, *needles: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    lines = [x for x in err.splitlines() if x.startswith("error: ") and "files could not be read" not in x]
    assert len(lines) == 1, err
    for n in needles:
        assert n in lines[0], (n, lines[0])


def check_offsets(rows: list[dict], text: str) -> None:
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"], r


def summary(rows: list[dict]) -> list[tuple]:
    return [(r["text"].replace("\r\n", " ").replace("\r", " ").replace("\n", " "), r["value"], r["low"], r["high"],
             r["unit"], r["metric"], r["country"], r["year"], r["qualifier"]) for r in rows]


# ----------------------------------------------------------------------------- files
@pytest.mark.parametrize("name,data,needles", [
    ("empty.txt", b"", ["empty.txt: empty file"]),
    ("blank.txt", b"  \n\t\r\n   \r", ["blank.txt: file holds only whitespace"]),
    ("bom-blank.txt", b"\xef\xbb\xbf \n", ["bom-blank.txt: file holds only whitespace"]),
    ("nul.txt", b"Some 300 North Korean workers\nwere \x00\x01\x02 in Russia.\n", ["nul.txt:2: binary file (NUL byte)"]),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["png.txt:1: not UTF-8 text: byte 0x89"]),
    ("latin1.txt", b"Line one\nLine two\nSome 300 workers in Qu\xe9bec\n", ["latin1.txt:3: not UTF-8 text: byte 0xe9"]),
    ("latin1-cr.txt", b"Line one\rLine two\rSome 300 workers in Qu\xe9bec\r", ["latin1-cr.txt:3: not UTF-8 text"]),
    ("truncated.txt", "Some 300 workers \u2014".encode()[:-1], ["truncated.txt:1: not UTF-8 text"]),
    ("utf16-nobom.txt", "Some 300 North Korean workers".encode("utf-16-le"), ["utf16-nobom.txt:1: binary file (NUL byte), or UTF-16 without a byte-order mark"]),
    ("utf16-odd.txt", codecs.BOM_UTF16_LE + "Some 300\nworkers".encode("utf-16-le") + b"\x00\xd8", ["utf16-odd.txt:2: invalid UTF-16"]),
    ("utf32.txt", codecs.BOM_UTF32_LE + "Some 300 workers".encode("utf-32-le"), ["utf32.txt: UTF-32 text is not supported"]),
])
def test_unreadable_files_are_one_line_errors(tmp_path, name, data, needles):
    f = tmp_path / name
    f.write_bytes(data)
    code, out, err = extract_cli(str(f))
    assert_one_line_error(code, err, *needles)
    assert out.splitlines()[1:] == []  # the header only: nothing half read


def test_directory_missing_device_and_symlink_loop(tmp_path):
    (tmp_path / "adir").mkdir()
    loop_a, loop_b = tmp_path / "loop-a.txt", tmp_path / "loop-b.txt"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    for path, needle in [(tmp_path / "adir", "is a directory"), (tmp_path / "nope.txt", "nope.txt: file not found"),
                         (Path("/dev/null"), "/dev/null: is not a regular file"),
                         (loop_a, "cannot read: Too many levels of symbolic links")]:
        code, _, err = extract_cli(str(path))
        assert_one_line_error(code, err, needle)


def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path):
    f = tmp_path / "two\nlines.txt"
    code, _, err = extract_cli(str(f))
    assert_one_line_error(code, err, "two\\x0alines.txt: file not found")


def test_bad_file_in_a_batch_does_not_hide_the_others(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(b"\xff\xff\xff")
    for jobs in ("1", "2"):
        code, out, err = extract_cli(str(bad), str(good), str(tmp_path), "--published", "2019-03-01", "--jobs", jobs)
        assert code == 1 and "Traceback" not in err
        assert err.count("error: ") == 3  # two files, then the summary line
        assert [r[0] for r in csv.reader(io.StringIO(out))][1:] == ["good"] * 3


def test_utf8_bom_is_dropped_and_offsets_index_the_text_after_it(tmp_path):
    plain, bom = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_bytes(ARTICLE.encode())
    bom.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode())
    a, b = rows_of(plain, "--published", "2019-03-01"), rows_of(bom, "--published", "2019-03-01")
    assert summary(a) == summary(b) and [r["start"] for r in a] == [r["start"] for r in b]
    check_offsets(b, bom.read_bytes()[3:].decode("utf-8"))
    assert [(r["text"], r["value"], r["country"]) for r in a] == EXPECTED


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_reads_like_utf8(tmp_path, codec):
    data = {"utf-16": ARTICLE.encode("utf-16"), "utf-16-le": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
            "utf-16-be": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")}[codec]
    f = tmp_path / "wide.txt"
    f.write_bytes(data)
    rows = rows_of(f, "--published", "2019-03-01")
    check_offsets(rows, ARTICLE)
    assert [(r["text"], r["value"], r["country"]) for r in rows] == EXPECTED


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_keep_offsets_and_figures(tmp_path, newline):
    text = ARTICLE.replace("\n", newline)
    f = tmp_path / "nl.txt"
    f.write_bytes(text.encode())
    rows = rows_of(f, "--published", "2019-03-01")
    check_offsets(rows, f.read_bytes().decode("utf-8"))  # decoded with the file's own newlines
    assert summary(rows) == summary(rows_of(_write(tmp_path / "lf.txt", ARTICLE), "--published", "2019-03-01"))
    # front matter in the same newline style is read, not refused as unclosed
    fm = f"---{newline}title: T{newline}published: 2019-03-01{newline}---{newline}" + text
    g = _write(tmp_path / "fm.txt", fm)
    rows = rows_of(g)
    check_offsets(rows, fm)
    assert [r["year"] for r in rows] == [2018, 2018, 2019]  # "last year" read against the front matter date


def test_crlf_errors_name_the_right_line(tmp_path):
    for nl in ("\n", "\r\n", "\r"):
        f = _write(tmp_path / "bad-key.txt", nl.join(["---", "title: T", "outlet: O", "colour: red", "---", "Body."]))
        code, _, err = extract_cli(str(f))
        assert_one_line_error(code, err, "bad-key.txt:4: unknown front matter key 'colour'")


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_very_long_lines(tmp_path):
    # one 1 MB line of sentences: every figure found, offsets exact, in seconds
    sentence = "Some 1,200 North Korean workers were still in Mongolia last year, officials said. "
    text = sentence * (1_000_000 // len(sentence))
    f = _write(tmp_path / "oneline.txt", text)
    t = time.perf_counter()
    rows = rows_of(f, "--published", "2019-06-01")
    assert time.perf_counter() - t < 30
    assert len(rows) == text.count("1,200")
    check_offsets(rows[:50] + rows[-50:], text)
    # one 3 MB "word" with no space or punctuation at all: no figure, no crash
    f = _write(tmp_path / "blob.txt", "x" * 3_000_000 + "\n")
    assert rows_of(f, "--published", "2019-06-01") == []


def _rss_mb(ru: resource.struct_rusage) -> float:
    return ru.ru_maxrss / 1024  # Linux: kilobytes


def test_a_50_mb_article_completes_in_bounded_time_and_memory(tmp_path):
    """50 MB of prose in paragraphs with a figure paragraph every ~100 KB. Measured here:
    about 10-20 s and under 1 GB; the bounds leave room for a slow CI machine."""
    figure_para = ("Officials in Vladivostok said 1,200 North Korean workers were still in the region last year, "
                   "and that the regime earned up to $500 million a year from its workers abroad.\n\n")
    filler = ("The harbour was quiet and the gulls circled over the grey water while the ferries waited for the tide "
              "and the market stalls along the quay stayed shut for the long holiday weekend.\n\n")
    block = figure_para + filler * (100_000 // len(filler))
    n = 50 * 2**20 // len(block) + 1
    f = tmp_path / "big.txt"
    with open(f, "w", encoding="utf-8") as fh:
        for _ in range(n):
            fh.write(block)
    size = f.stat().st_size
    assert size >= 50 * 2**20
    code = ("import resource, sys, time; from analysis.cli import main; t=time.perf_counter();"
            "rc=main(['extract', sys.argv[1], '--published', '2019-06-01', '--format', 'csv']);"
            "sys.stderr.write(f'\\nTIME {time.perf_counter()-t:.2f}\\n'); sys.exit(rc)")
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, cwd=ROOT, timeout=300)
    elapsed = time.perf_counter() - t
    rss = _rss_mb(resource.getrusage(resource.RUSAGE_CHILDREN))
    assert r.returncode == 0, r.stderr[-2000:]
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode("utf-8"))))
    assert len(rows) == 2 * n  # nothing dropped
    assert {(x["value"], x["country"]) for x in rows} == {("1200", "RUS"), ("500000000", "WLD")}
    print(f"50 MB article: {size / 2**20:.1f} MB, {len(rows)} figures, {elapsed:.1f} s, peak RSS {rss:.0f} MB")
    assert elapsed < 120
    assert rss < 2000


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(300 * 2**20)  # sparse: takes no disk
    code, _, err = extract_cli(str(f))
    assert_one_line_error(code, err, "huge.txt: file is 300 MB, more than the 256 MB")


# ----------------------------------------------------------------------------- front matter
def test_unclosed_front_matter(tmp_path):
    f = _write(tmp_path / "open.txt", "---\ntitle: Never closed\npublished: 2019-01-01\nSome 300 workers in Russia.\n")
    code, _, err = extract_cli(str(f))
    assert_one_line_error(code, err, "open.txt:1: front matter opened with '---' is never closed")


def test_yaml_tags_that_construct_objects_are_refused_and_never_run(tmp_path):
    marker = tmp_path / "pwned"
    for i, tag in enumerate([f'!!python/object/apply:os.system ["touch {marker}"]',
                             '!!python/object/new:subprocess.Popen [["touch", "x"]]',
                             "!!python/name:os.system", "!!binary aGVsbG8=", "!!set {a, b}", "!custom 1"]):
        f = _write(tmp_path / f"tag{i}.txt", f"---\ntitle: {tag}\n---\nSome 300 workers in Russia.\n")
        code, _, err = extract_cli(str(f))
        assert_one_line_error(code, err, f"tag{i}.txt:2: YAML tag")
    assert not marker.exists()


def test_yaml_bombs_and_deep_nesting_are_refused_quickly(tmp_path):
    laugh = "---\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10)) + "---\nBody.\n"
    loop = "---\ntitle: &t [*t]\n---\nBody.\n"
    deep = "---\ntitle: " + "[" * 200_000 + "]" * 200_000 + "\n---\nBody.\n"  # crashes the C parser if composed
    key = "---\n? [a, b]\n: c\n---\nBody.\n"
    for name, text, needle in [("laugh.txt", laugh, "aliases (*name) are not allowed"),
                               ("loop.txt", loop, "aliases (*name) are not allowed"),
                               ("deep.txt", deep, "nested more than 64 levels deep"),
                               ("key.txt", key, "a mapping key must be a plain value")]:
        f = _write(tmp_path / name, text)
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "analysis", "extract", str(f)], capture_output=True, cwd=ROOT, timeout=60)
        assert time.perf_counter() - t < 20
        assert_one_line_error(r.returncode, r.stderr.decode(), f"{name}:2: ", needle)


@pytest.mark.parametrize("value,needle", [
    ("2019-02-30", "publication date '2019-02-30' does not exist"),
    ("2019-13-01", "publication date '2019-13-01' does not exist"),
    ("2019-00", "does not exist"),
    ('"0000"', "publication date '0000' does not exist"),
    ("0", "publication date 0 is not YYYY-MM-DD"),
    ("2019-01-00", "does not exist"),
    ("1900-01-01", "before the DPRK existed"),
    ("2999-01-01", "is in the future"),
    ("March 2019", "is not YYYY-MM-DD"),
    ("２０１９-０３-０１", "is not YYYY-MM-DD"),
    ("[2019, 3]", "must be a single value"),
])
def test_impossible_or_future_publication_dates(tmp_path, value, needle):
    f = _write(tmp_path / "d.txt", f"---\ntitle: T\npublished: {value}\n---\nSome 300 workers in Russia.\n")
    code, _, err = extract_cli(str(f))
    assert_one_line_error(code, err, "d.txt:3: ", needle)


def test_future_dates_are_relative_to_today():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(InputError, match="in the future"):
        parse_pubdate(tomorrow.isoformat(), "x")
    assert str(parse_pubdate(dt.date.today().isoformat(), "x")) == dt.date.today().isoformat()


def test_bad_published_flag_is_one_line():
    code, _, err = extract_cli(str(ROOT / "seeds" / "000_c0dd52744626ff94.txt"), "--published", "2019-02-29")
    assert_one_line_error(code, err, "--published: publication date '2019-02-29' does not exist")


def test_bad_jobs_flag_is_one_line():
    code, _, err = extract_cli(str(ROOT / "seeds" / "000_c0dd52744626ff94.txt"), "--jobs", "0")
    assert_one_line_error(code, err, "--jobs: must be 1 or more")


# ----------------------------------------------------------------------------- manifest
def _seed_dir(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "b.txt").write_text(ARTICLE.replace("18,500", "18,600"), encoding="utf-8")
    return seeds


def _entry(seeds: Path, sid: str, fname: str, **over: str) -> str:
    p = seeds / fname
    digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "ab" * 32
    fields = dict(id=sid, file=fname, sha256=digest, title="T", outlet="O", agency="A", published="2019-03-01",
                  date_basis="stated", date_clue="the dateline")
    fields.update(over)
    return "- " + "\n  ".join(f"{k}: {v}" for k, v in fields.items()) + "\n"


def _manifest(seeds: Path, *entries: str) -> Path:
    m = seeds / "manifest.yaml"
    m.write_text("# test manifest\n" + "\n".join(entries), encoding="utf-8")
    return m


def test_a_valid_manifest_loads(tmp_path):
    seeds = _seed_dir(tmp_path)
    out = load_manifest(_manifest(seeds, _entry(seeds, "one", "a.txt"), _entry(seeds, "two", "b.txt", title="'=HYPERLINK(\"http://x\",\"y\")'")))
    assert [s.id for s in out] == ["one", "two"]
    assert out[1].title == '=HYPERLINK("http://x","y")'  # kept as plain text; exports must neutralise it


@pytest.mark.parametrize("case,needle,line", [
    ("duplicate id", "duplicate id 'one' (first on line 2)", 12),
    ("missing file", "file 'gone.txt' does not exist", 2),
    ("escape", "file '../../etc/passwd' must be a plain file name inside", 2),
    ("absolute", "file '/etc/passwd' must be a plain file name inside", 2),
    ("dotdot", "file '..' must be a plain file name inside", 2),
    ("nul in name", "must be a plain file name inside", 2),
    ("symlink out", "file 'link.txt' must be a plain file name inside", 2),
    ("checksum", "a.txt has changed since it was recorded", 2),
    ("impossible date", "publication date '2019-02-30' does not exist", 2),
    ("future date", "publication date '2999-01-01' is in the future", 2),
    ("object tag", "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed", 5),
    ("list field", "field 'title' must be text, not list", 2),
    ("mixed keys", "unknown field 7", 2),
    ("bad sha", "sha256 must be 64 hex digits", 2),
])
def test_manifest_problems_are_named_with_their_line(tmp_path, case, needle, line):
    seeds = _seed_dir(tmp_path)
    one = _entry(seeds, "one", "a.txt")
    entries = {
        "duplicate id": [one, _entry(seeds, "one", "b.txt")],
        "missing file": [_entry(seeds, "one", "gone.txt")],
        "escape": [_entry(seeds, "one", "../../etc/passwd")],
        "absolute": [_entry(seeds, "one", "/etc/passwd")],
        "dotdot": [_entry(seeds, "one", "..")],
        "nul in name": [_entry(seeds, "one", '"a\\0.txt"')],
        "symlink out": [_entry(seeds, "one", "link.txt")],
        "checksum": [_entry(seeds, "one", "a.txt", sha256="1" * 64)],
        "impossible date": [_entry(seeds, "one", "a.txt", published="2019-02-30")],
        "future date": [_entry(seeds, "one", "a.txt", published="2999-01-01")],
        "object tag": [_entry(seeds, "one", "a.txt", title='!!python/object/apply:os.system ["echo hi"]')],
        "list field": [_entry(seeds, "one", "a.txt", title="[a, b]")],
        "mixed keys": [_entry(seeds, "one", "a.txt").rstrip("\n") + "\n  7: seven\n"],
        "bad sha": [_entry(seeds, "one", "a.txt", sha256="xyz")],
    }[case]
    if case == "symlink out":
        (tmp_path / "outside.txt").write_text("outside", encoding="utf-8")
        (seeds / "link.txt").symlink_to(tmp_path / "outside.txt")
    m = _manifest(seeds, *entries)
    with pytest.raises(InputError) as e:
        load_manifest(m)
    assert needle in e.value.message and e.value.line == line, (e.value.message, e.value.line)


def test_manifest_that_is_not_a_list_or_not_a_file(tmp_path):
    seeds = _seed_dir(tmp_path)
    m = seeds / "manifest.yaml"
    for text, needle in [("id: one\n", "must be a list of entries"), ("- just text\n", "each entry must be a mapping"),
                         ("- [a, b]\n", "each entry must be a mapping")]:
        m.write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=needle.replace("(", r"\(")):
            load_manifest(m)
    m.write_bytes(b"- id: caf\xe9\n")
    with pytest.raises(InputError, match="not UTF-8 text"):
        load_manifest(m)
    m.unlink()
    m.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        load_manifest(m)


# ----------------------------------------------------------------------------- curation
TEXTS = {"one": ARTICLE, "two": ARTICLE.replace("18,500", "18,600")}


def _curation(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "curation.yaml"
    p.write_text(body, encoding="utf-8")
    return p


GOOD = """corrections:
  - source: one
    quote: repatriated more than 18,500 North Korean workers
    figure: 18,500
    action: confirm
    why: checked
"""


EVENT = """  - source: one
    quote: about 4,000
    date: 2019
    kind: report
    country: RUS
    event: E
"""


def events(*items: str) -> str:
    return "events:\n" + "".join(items)


def test_a_valid_curation_file_loads(tmp_path):
    cur = load_curation(_curation(tmp_path, GOOD), texts=TEXTS)
    (c,) = cur.corrections
    assert ARTICLE[c.start:c.end] == "18,500" and c.line == 2


@pytest.mark.parametrize("body,needle,line", [
    (GOOD.replace("repatriated more than", "sent home more than"), "correction quote not found in its article", 2),
    (GOOD.replace("quote: repatriated more than 18,500 North Korean workers", "quote: North Korean workers").replace("figure: 18,500", "figure: North"),
     "quote matches more than once in its article; quote more words", 2),
    (GOOD.replace("source: one", "source: nobody"), "unknown source 'nobody'", 2),
    (GOOD + "  - source: one\n    quote: more than 18,500 North\n    figure: 18,500\n    action: reject\n    why: a second opinion\n",
     "contradicts the entry on line 2: both curate '18,500' in one", 7),
    (GOOD.replace("action: confirm", "action: correct\n    set: {metric: workers_abroad}"), "unknown metric 'workers_abroad'", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {country: XXX}"), "unknown country code 'XXX'", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {country: [RUS]}"), "country must be text", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {unit: people, metric: annual_revenue}"),
     "metric annual_revenue is counted in usd, not people", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {value: .nan}"), "must be a finite number", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {value: -5}"), "must be a finite number", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {value: true}"), "value must be a number", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {low: 500, high: 100}"), "low 500 is above high 100", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: {year: 2019.5}"), "year must be a calendar year", 2),
    (GOOD.replace("action: confirm", "action: correct\n    set: [value, 5]"), "'set:' must be a mapping", 2),
    (GOOD.replace("figure: 18,500", "figure: 18,500\n    occurrence: abc"), "occurrence must be a whole number", 2),
    (GOOD.replace("figure: 18,500", "figure: 18,500\n    occurrence: -1"), "occurrence must be a whole number", 2),
    (GOOD.replace("figure: 18,500", "figure: 18,500\n    occurrence: 2"), "figure '18,500' (occurrence 2) is not in the quote", 2),
    (GOOD.replace("why: checked", "why: checked\n    7: seven"), "unknown field 7 in correction", 2),
    ("corrections: 5\n", "'corrections:' must be a list", 1),
    ("corrections: []\nextra: 1\n", "unknown section 'extra'", 1),
    ("- a\n", "expected 'corrections:' and 'events:' lists", 1),
    (events(EVENT, EVENT.replace("source: one", "source: two"), EVENT.replace("date: 2019", "date: 2018")),
     "contradicts the event on line 2: same event, different date", 14),
    (events(EVENT.replace("date: 2019", "date: 2019-02-30")), "does not exist", 2),
    (events(EVENT.replace("country: RUS", "country: [RUS]")), "'country' must be text", 2),
    (events(EVENT.replace("country: RUS", "country: XYZ")), "unknown country code 'XYZ'", 2),
    (events(EVENT.replace("kind: report", "kind: rumour")), "event kind must be one of", 2),
    (events(EVENT.replace("quote: about 4,000", "quote: about 5,000")), "event quote not found", 2),
    ("corrections:\n  - !!python/object/apply:os.system [echo]\n", "YAML tag", 2),
])
def test_curation_problems_are_named_with_their_line(tmp_path, body, needle, line):
    with pytest.raises(InputError) as e:
        load_curation(_curation(tmp_path, body), texts=TEXTS)
    assert needle in e.value.message and e.value.line == line, (e.value.message, e.value.line)


# ----------------------------------------------------------------------------- numbers
def _run(sentence: str, published: str = "2020-01-15") -> tuple[list, list[str]]:
    art = Article("n", "n.txt", sentence, 0, {}, parse_pubdate(published, "t"))
    ex = extract_article(art)
    for f in ex.figures:
        assert sentence[f.start:f.end] == f.text
    return ex.figures, ex.warnings


PAD = "According to officials who spoke on condition of anonymity, "  # keeps hard-wrapped lines long


@pytest.mark.parametrize("sentence,expect", [
    # (sentence, [(text, value, low, high, unit)]) -- a figure, read exactly
    ("Some 30\u00a0023 North Korean workers were in Russia in 2017.", [("30\u00a0023", 30023, None, None, "people")]),
    ("Some 30\u202f023 North Korean workers were in Russia in 2017.", [("30\u202f023", 30023, None, None, "people")]),
    ("Some 30\u2009023 North Korean workers were in Russia in 2017.", [("30\u2009023", 30023, None, None, "people")]),
    ("Some 0 North Korean workers were left in Russia in 2019.", [("0", 0, None, None, "people")]),
    ("North Korea earns $1.2bn a year from its workers abroad.", [("$1.2bn", 1.2e9, None, None, "usd")]),
    ("North Korea earns 1.2 billion dollars a year from its workers abroad.", [("1.2 billion dollars", 1.2e9, None, None, "usd")]),
    ("North Korea earns US$1.2 billion a year from its workers abroad.", [("US$1.2 billion", 1.2e9, None, None, "usd")]),
    ("Some 4.1 million North Korean workers were abroad in 2019.", [("4.1 million", 4_100_000, None, None, "people")]),
    ("North Korea earns $0.57 billion a year from its workers abroad.", [("$0.57 billion", 570_000_000, None, None, "usd")]),
    (PAD + "North Korea earns $1.2\nbillion a year from its workers abroad, analysts say.", [("$1.2\nbillion", 1.2e9, None, None, "usd")]),
    (PAD + "the regime earns up to $500 million\r\na year from its workers abroad.", [("$500 million", 5e8, None, 5e8, "usd")]),
    (PAD + "Russia said more than\n500 North Korean workers had been repatriated in 2019.", [("500", 500, 500, None, "people")]),
    (PAD + "between 40,000 and\n50,000 North Korean laborers were working in Russia in 2018.", [("40,000 and\n50,000", None, 40000, 50000, "people")]),
])
def test_numbers_read_exactly(sentence, expect):
    figs, warns = _run(sentence)
    got = [(f.text, f.value, f.low, f.high, f.unit) for f in figs]
    assert got == expect, (got, warns)
    for f in figs:  # exact values, never 4099999.9999999995
        for v in (f.value, f.low, f.high):
            assert v is None or v == round(v, 6)


@pytest.mark.parametrize("sentence,warning", [
    # ambiguous or unreadable: no figure, and a warning naming the words
    ("Some 1,000,00 North Korean workers were in Russia in 2019.", "ambiguous number format '1,000,00'"),  # (Indian "1,00,000" reads as 100,000)
    ("Some 30.023 North Korean workers were in Russia in 2017.", "ambiguous count '30.023'"),
    ("Some 30 023 North Korean workers were in Russia in 2017.", "ambiguous number format '30 023'"),
    ("Some 30'023 North Korean workers were in Russia in 2017.", "ambiguous number format \"30'023\""),
    ("Some 5 500 to 10 200 North Korean workers were in Russia in 2017, near ports of 12,500 and 14,000 tonnes.", "ambiguous number format '5 500'"),
    ("Some \uff13\uff10,\uff10\uff12\uff13 North Korean workers were in Russia in 2017.", "digits of another script"),
    ("Some \u0663\u0660\u0660 North Korean workers were in Russia in 2017.", "digits of another script"),
    ("Some 3\uff10 North Korean workers were in Russia in 2017.", "digits of another script"),
    ("Some 2\u00bd million North Korean workers were abroad in 2017.", "numeric symbol '2½'"),
    ("Some 10^6 North Korean workers were abroad in 2017.", "exponent notation '10^6'"),
    ("Some 10\u2076 North Korean workers were abroad in 2017.", "numeric symbol '10⁶'"),
    ("Some 2 x 10^6 North Korean workers were abroad in 2017.", "exponent notation '2 x 10^6'"),
    ("Some 1e6 North Korean workers were abroad in 2017.", "exponent notation '1e6'"),
    ("Some -5 North Korean workers were in Russia in 2017.", "negative number '-5'"),
    ("Some \u22125 North Korean workers were in Russia in 2017.", "negative number '\u22125'"),
    ("Some 9999999999999999999999 North Korean workers were abroad in 2017.", "implausibly large number"),
    ("North Korea earns $9,999,999 billion a year from its workers abroad.", "implausibly large number"),
    ("Some 023 North Korean workers were in Russia in 2017.", "leading zero '023'"),
    (PAD + "some 30,\n023 North Korean workers were in Russia in 2017.", "leading zero '023'"),
    ("North Korea earns HK$500 million a year from its workers abroad.", "another currency 'HK$500 million'"),
    ("North Korea earns \u20ac1.2 billion a year from its workers abroad.", "another currency '€1.2 billion'"),
    ("North Korea earns 500 million yuan a year from its workers in China.", "another currency '500 million yuan'"),
    ("North Korea earns RMB 500 million a year from its workers in China.", "another currency 'RMB 500 million'"),
    # a short line ending in a currency sign ends a sentence: the amount is in the next one
    ("North Korea earns US$\n500 million a year from its workers abroad.", "split from its currency sign"),
])
def test_ambiguous_numbers_give_a_warning_not_a_figure(sentence, warning):
    figs, warns = _run(sentence)
    assert figs == [], [(f.text, f.value) for f in figs]
    assert any(warning in w for w in warns), warns
    assert all(w.startswith("n.txt:") for w in warns)


def test_round_thousands_spaced_off_are_one_number_even_once():
    # "000" is never a number of its own, so "5 000 to 10 000" is no pair of ambiguous readings
    figs, warns = _run("Some 5 000 to 10 000 North Korean workers were in Russia in 2017, near ports of 12,500 and 14,000 tonnes.")
    assert [(f.low, f.high) for f in figs] == [(5000, 10000)] and warns == []


@pytest.mark.parametrize("sentence,value,unit", [
    # a short line ending in a number continues on the next line (segment._CONTINUES), so
    # the scale or percent sign there belongs to it
    ("North Korea earns $1.2\nbillion a year from its workers abroad.", 1.2e9, "usd"),
    ("North Korea earns 80\npercent of the wages of its workers abroad.", 80, "percent"),
    ("Some 30,023\nNorth Korean workers were in Russia in 2017.", 30023, "people"),
])
def test_a_number_wrapped_onto_the_next_line_is_read_whole(sentence, value, unit):
    figs, warns = _run(sentence)
    assert [(f.value, f.unit) for f in figs] == [(value, unit)], warns
    assert sentence[figs[0].start:figs[0].end] == figs[0].text


@pytest.mark.parametrize("sentence", [
    "North Korea earned $ from its workers in Russia, officials said.",
    "North Korea earned $$$ and US$ and USD from its workers in Russia.",
    "Prices: $, %, 10^, ^6, e6, 1e, -, \u2212, \u00bd.",
    "Workers in Russia: 12:30, 08:00, 05/06, 2019-20, 0.5, 0, 00.",
])
def test_bare_signs_and_fragments_never_crash(sentence):
    figs, _ = _run(sentence)
    for f in figs:
        assert sentence[f.start:f.end] == f.text


def test_warnings_reach_stderr_with_file_and_line(tmp_path):
    f = _write(tmp_path / "w.txt", "Headline about workers\n\nSome 30 023 North Korean workers were in Russia in 2017.\n")
    code, out, err = extract_cli(str(f), "--published", "2019-01-01")
    assert code == 0
    assert f"warning: {f}:3: ambiguous number format '30 023' (grouped thousands or two numbers?): no figure taken" in err
    assert out.count("\n") == 1  # header only


# ----------------------------------------------------------------------------- text that tries to get out
def test_markup_and_formulas_come_through_as_plain_text(tmp_path):
    text = ('<script>alert("x")</script> <b>Russia</b> said **1,200** North Korean workers were in '
            '<a href="javascript:alert(1)">Vladivostok</a> last year.\n\n'
            '=HYPERLINK("http://evil.example","click") Some 300 North Korean workers, "quoted", were in Kuwait, it said.\n')
    f = _write(tmp_path / "markup.txt", text)
    rows = rows_of(f, "--published", "2019-06-01")
    assert [(r["text"], r["value"], r["country"]) for r in rows] == [("1,200", 1200, "RUS"), ("300", 300, "KWT")]
    assert rows[0]["sentence"].startswith('<script>alert("x")</script> <b>Russia</b>')  # verbatim, not escaped or stripped
    assert rows[1]["sentence"].startswith('=HYPERLINK("http://evil.example","click")')
    check_offsets(rows, text)
    code, out, _ = extract_cli(str(f), "--published", "2019-06-01", "--format", "csv")
    back = list(csv.DictReader(io.StringIO(out)))
    assert [r["sentence"] for r in back] == [r["sentence"] for r in rows]  # CSV quoting round-trips exactly


def test_front_matter_formula_stays_a_string(tmp_path):
    f = _write(tmp_path / "fm.txt", '---\ntitle: =HYPERLINK("http://evil.example","x")\noutlet: "@SUM(A1:A9)"\n---\nBody.\n')
    art = read_article(f)
    assert art.meta == {"title": '=HYPERLINK("http://evil.example","x")', "outlet": "@SUM(A1:A9)"}


# ----------------------------------------------------------------------------- library entry points
def test_library_entry_points_raise_only_input_error():
    for data in (b"", b"\x00", b"\xff", codecs.BOM_UTF16_LE + b"\x00"):
        with pytest.raises(InputError):
            decode(data, "x")
    for text in ("---\n", "---\nfoo: [\n---\n", "---\n- a\n---\n", "---\n!!python/object:os.system {}\n---\n"):
        with pytest.raises(InputError):
            split_front_matter(text, "x")
    for text in ("a: *x\n", "a: &x 1\nb: *x\n", "{" * 100 + "}" * 100, "a: 1\na: 2\n", "a: 0x" + "f" * 5000 + "\n",
                 "a: 1" + "0" * 5000 + "\n", "a: !!int x\n", "a: !!float x\n", "\t- a\n"):
        try:
            load_yaml(text, "x")
        except InputError:
            pass
    assert extract_text("   \n\n\r\n", "x") == []


def test_extract_of_a_seed_is_unchanged_by_hostile_fixes():
    """The seeds still give their figures: no fix above made the extractor drop one."""
    code, out, err = extract_cli(*sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")), "--raw", "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)) >= 30



# ----------------------------------------------------------------------------- known slow shapes
def _growth(make, small: int, large: int) -> float:
    """How much longer extraction takes on ``large`` than on ``small`` units of input
    (best of two runs each): about large/small when linear, its square when quadratic."""
    def best(n: int) -> float:
        text = make(n)
        times = []
        for _ in range(2):
            t = time.perf_counter()
            extract_text(text, "x", "2020-01-01")
            times.append(time.perf_counter() - t)
        return min(times)

    return best(large) / max(best(small), 1e-3)


def test_hard_wrapped_text_without_blank_lines_is_linear():
    # PDFs turned to text: one paragraph of short lines, no blank line anywhere
    g = _growth(lambda n: ("North Korean workers were seen at the port near the border, residents said\n") * n, 1500, 6000)
    assert g < 8, f"4x the text took {g:.1f}x as long"


_FLATTENED_ROWS = {  # one row of a table flattened to text, by the kind of figure it holds
    "people": lambda i: f"{i % 9000 + 100:,} workers in Russia",
    "revenue": lambda i: f"${i % 900 + 100} million from workers in Russia",
    "wage": lambda i: f"${i % 900 + 100} a month for workers in China",
    "dated": lambda i: f"{i % 9000 + 100:,} workers in {2000 + i % 20}",
    "share": lambda i: f"{i % 90 + 1}% of workers in Qatar",
}


@pytest.mark.parametrize("kind", sorted(_FLATTENED_ROWS))
def test_one_sentence_with_many_figures_is_linear(kind):
    # a table flattened to text: no full stop, thousands of figures in one "sentence"
    # 8x the figures: about 6-10x the time when linear (per-figure work grows a little with the
    # sentence), 64x when quadratic; at 4x the two were too close to tell apart without flaking.
    # Every kind of figure asks its own questions of the sentence: a revenue table once took 60x.
    row = _FLATTENED_ROWS[kind]
    g = _growth(lambda n: ", ".join(row(i) for i in range(n)), 200, 1600)
    assert g < 24, f"8x the figures took {g:.1f}x as long"
