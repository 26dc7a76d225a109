"""The command line as a user meets it: output formats, errors as one line, exit codes."""
from __future__ import annotations

import csv
import io
import json
import time


def test_extract_csv_columns_and_offsets(cli):
    r = cli("extract", "seeds/003_e311b7749a4540fa.txt")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert list(rows[0])[:14] == ["source", "start", "end", "text", "value", "low", "high", "unit", "metric",
                                  "country", "year", "year_basis", "qualifier", "sentence"]
    text = open("seeds/003_e311b7749a4540fa.txt", encoding="utf-8").read()
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["text"]
        assert row["source"] == "csmonitor-ap-2019-12-20"


def test_extract_json_and_table(cli, tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Some 1,200 North Korean workers were still in Mongolia last year, officials said.\n")
    r = cli("extract", str(f), "--published", "2019-06-01", "--format", "json")
    rows = json.loads(r.stdout)
    assert rows[0]["source"] == "note" and rows[0]["value"] == 1200 and rows[0]["country"] == "MNG" and rows[0]["year"] == 2018
    t = cli("extract", str(f), "--published", "2019-06-01", "--format", "table")
    assert "MNG" in t.stdout.decode() and "(1 figures)" in t.stdout.decode()


def test_front_matter_gives_the_date(cli, tmp_path):
    f = tmp_path / "fm.txt"
    f.write_text("---\ntitle: Test\noutlet: Test Wire\npublished: 2020-03-01\n---\nMore than 500 North Korean workers left Kuwait this year.\n")
    rows = json.loads(cli("extract", str(f), "--format", "json").stdout)
    assert rows[0]["year"] == 2020 and rows[0]["low"] == 500 and rows[0]["country"] == "KWT"


def test_a_page_without_front_matter_takes_its_printed_date_and_says_so(cli, tmp_path):
    f = tmp_path / "page.txt"
    f.write_text("Russia sends workers home\n\nPosted 12.04.2019 10:47 | Society\n\n"
                 "Russia sent home 20,000 North Korean workers last year, officials said.\n")
    r = cli("extract", str(f), "--format", "json")
    rows = json.loads(r.stdout)
    assert rows[0]["year"] == 2018 and rows[0]["year_basis"] == "relative"
    assert "page.txt:3: publication date 2019-04-12 read from this date line" in r.stderr.decode()
    # --published wins over the page, and a date inside the story is no date line
    r = cli("extract", str(f), "--published", "2021-01-05", "--format", "json")
    assert json.loads(r.stdout)[0]["year"] == 2020 and "date line" not in r.stderr.decode()
    g = tmp_path / "story.txt"
    g.write_text("On March 26, 2019, Russia told the United Nations that it had sent home 20,000 North Korean workers "
                 "during the previous year, according to documents seen by reporters this week.\n")
    r = cli("extract", str(g), "--format", "json")
    assert "no publication date" in r.stderr.decode()


def test_bad_file_in_a_batch_is_reported_and_others_still_print(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 workers\n")
    r = cli("extract", str(bad), "seeds/000_c0dd52744626ff94.txt")
    assert r.returncode != 0
    err = r.stderr.decode().strip().splitlines()
    assert any("bad.txt:1: not UTF-8" in line for line in err)
    assert "Traceback" not in r.stderr.decode()
    assert "30,023" in r.stdout.decode()


def test_missing_file_and_bad_date(cli):
    r = cli("extract", "no/such/file.txt")
    assert r.returncode != 0 and "no/such/file.txt: file not found" in r.stderr.decode()
    r = cli("extract", "seeds/000_c0dd52744626ff94.txt", "--published", "2019-02-30")
    assert r.returncode != 0 and "--published" in r.stderr.decode() and "does not exist" in r.stderr.decode()


def test_help_lists_commands(cli):
    out = cli("--help").stdout.decode()
    for cmd in ("extract", "add", "build", "score", "bench"):
        assert cmd in out


def test_extract_starts_fast_and_without_plotting_libraries(cli):
    import subprocess
    import sys

    code = ("import sys, analysis.cli as c; c.main(['extract','seeds/000_c0dd52744626ff94.txt']);"
            "assert 'matplotlib' not in sys.modules and 'pandas' not in sys.modules and 'seaborn' not in sys.modules")
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code], capture_output=True)
    assert r.returncode == 0, r.stderr
    assert time.perf_counter() - t < 10  # generous: the benchmark measures the real figure


def test_score_a_folder_of_your_own_annotated_articles(cli, tmp_path):
    (tmp_path / "a.txt").write_text("---\ntitle: T\noutlet: O\npublished: 2020-03-01\n---\n"
                                    "More than 500 North Korean workers left Kuwait this year.\n")
    (tmp_path / "a.yaml").write_text('figures:\n  - text: "500"\n    value: 500\n    low: 500\n    high: null\n'
                                     '    unit: people\n    metric: repatriated\n    country: KWT\n    year: 2020\n'
                                     '    qualifier: more than\n')
    r = cli("score", "--dir", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "100.0%" in r.stdout.decode().splitlines()[1]
    (tmp_path / "a.yaml").write_text('figures:\n  - text: "5,000"\n    value: 5000\n')
    r = cli("score", "--dir", str(tmp_path))
    assert r.returncode == 1 and "a.yaml:2: expected text '5,000'" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
