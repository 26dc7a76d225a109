"""Extraction quality floors: the scores README reports must not slip unnoticed. The dev set
is tuned on, so these floors guard against regressions, not against overfitting (README's
held-out and real-text figures speak to that)."""
from __future__ import annotations

from analysis.article import Article, parse_pubdate
from analysis.extract import extract_article
from analysis.paths import FIXTURES
from analysis.score import fixture_set, seeds_set


def test_dev_set_scores_hold():
    s = fixture_set(FIXTURES / "dev")
    assert s.fully_right / s.expected >= 0.94, f"dev fully right {s.fully_right}/{s.expected}"
    assert s.matched / s.predicted >= 0.995, f"dev precision {s.matched}/{s.predicted}"


def test_seeds_raw_scores_hold():
    s = seeds_set()
    assert s.fully_right / s.expected >= 0.96


def _one(text: str, published: str = "2019-06-01"):
    figs = extract_article(Article("t", "t.txt", text, 0, {}, parse_pubdate(published, "t"))).figures
    assert len(figs) == 1, figs
    return figs[0]


def test_a_venue_city_is_no_host():
    f = _one("A report presented in Brussels in April put the number of North Koreans working abroad at 60,000.")
    assert f.country == "WLD"
    f = _one("A Geneva-based monitor said 800 North Korean workers remained in Poland.")
    assert f.country == "POL"
