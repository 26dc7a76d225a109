"""`extract` streams: each file's rows are written as soon as they are found, in file
order (also with --jobs), so a long run shows output early and never holds every row;
JSON output is one valid array written element by element."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from analysis.cli import iter_extract, main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("Some 1,200 North Korean workers were still in Mongolia last year, officials said. "
           "Up to 70% of their wages went to the state.\n")
FIXTURES = sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "dev").glob("*.txt"))


def _extract(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["extract", *args])
    return code, out.getvalue(), err.getvalue()


def test_iter_extract_reads_a_file_only_when_its_turn_comes(tmp_path):
    first, later = tmp_path / "first.txt", tmp_path / "later.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    results = iter_extract([str(first), str(later)], published="2019-06-01")
    got = next(results)
    assert got.error is None and [float(r["value"]) for r in got.rows] == [1200, 70]
    later.write_text(ARTICLE, encoding="utf-8")  # did not exist when the first result came out
    got = next(results)
    assert got.error is None and got.path == str(later) and len(got.rows) == 2
    assert next(results, None) is None


def _lines(stream) -> queue.Queue:  # noqa: ANN001
    q: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in stream:
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("fmt,jobs", [("csv", "1"), ("json", "1"), ("csv", "2"), ("json", "2")])
def test_first_rows_are_printed_before_the_last_file_can_be_read(tmp_path, fmt, jobs):
    """The last file is a named pipe that gets its text only after the first row has
    been printed: a CLI that held every row until the end would wait for ever."""
    first = tmp_path / "first.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "last.txt"
    os.mkfifo(fifo)
    args = [str(first), *FIXTURES, str(fifo), "--published", "2019-06-01", "--format", fmt, "--jobs", jobs]
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lines = _lines(proc.stdout)
        seen = []
        while True:
            line = lines.get(timeout=120)
            assert line is not None, b"".join(seen)
            seen.append(line)
            if b'"source": "first"' in line or line.startswith(b"first,"):
                break
        assert proc.poll() is None  # still running: waiting for the last file
        with open(fifo, "w", encoding="utf-8") as w:  # opens once the CLI opens it to read
            w.write(ARTICLE.replace("1,200", "3,400"))
        rest = []
        while (line := lines.get(timeout=120)) is not None:
            rest.append(line)
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    out = b"".join(seen + rest).decode("utf-8")
    rows = json.loads(out) if fmt == "json" else list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["source"] == "first" and rows[-1]["source"] == "last"
    assert float(rows[-2]["value"]) == 3400 and len({r["source"] for r in rows}) == len(FIXTURES) + 2


def test_json_is_one_valid_array_with_the_bytes_of_json_dump(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 workers\n")
    quoted = tmp_path / "quoted.txt"
    quoted.write_text('He said "about 300" North Korean workers \u2014 in Qu\u00e9bec? No: 300 in Russia.\n', encoding="utf-8")
    code, out, err = _extract(str(bad), FIXTURES[0], str(quoted), FIXTURES[1], "--published", "2019-06-01", "--format", "json")
    assert code == 1 and "bad.txt:1: not UTF-8" in err
    rows = json.loads(out)
    assert {r["source"] for r in rows} == {Path(FIXTURES[0]).stem, Path(FIXTURES[1]).stem, "quoted"}
    assert out == json.dumps(rows, ensure_ascii=False, indent=1) + "\n"  # the format before streaming
    code, out, _ = _extract(str(bad), "--format", "json")
    assert code == 1 and json.loads(out) == [] and out == "[]\n"


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    """`extract ... | head -1`: exit 0 and nothing on stderr but the files' own warnings."""
    text = Path(FIXTURES[0]).read_text(encoding="utf-8")
    files = []
    for i in range(300):
        f = tmp_path / f"a{i:03d}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    for jobs in ("1", "2"):
        proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", *files, "--jobs", jobs], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout.readline().startswith(b"source,")
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0, err
        assert "Traceback" not in err and "Exception ignored" not in err and "BrokenPipe" not in err, err
