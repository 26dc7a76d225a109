"""What the pipeline must find in the seed articles: the figures the notebooks chart."""
from __future__ import annotations

import pytest

from analysis.pipeline import load_corpus


def figs(source: str, raw: bool = False):
    return {f.text: f for f, *_ in load_corpus(raw=raw).by_id(source).figures} if not raw else \
        {f.text: f for f in load_corpus(raw=True).by_id(source).extraction.figures}


def test_offsets_reproduce_the_text():
    for r in load_corpus().results:
        text = r.extraction.article.text
        for f, *_ in r.figures:
            assert text[f.start:f.end] == f.text


def test_russia_permits_decline_is_found_with_years():
    mt = figs("moscow-times-2019-03-26")
    assert (mt["30,023"].value, mt["30,023"].metric, mt["30,023"].country) == (30023, "valid_work_permits", "RUS")
    assert (mt["11,490"].value, mt["11,490"].year) == (11490, 2018)
    assert mt["30,023"].year == 2017  # curated: the count at the start of the decline
    ap = figs("csmonitor-ap-2019-12-20", raw=True)
    assert ap["30,023"].year == 2017 and ap["30,023"].year_basis == "relative"  # "a year earlier"
    assert ap["11,490"].year == 2018 and ap["11,490"].time_text == "late 2018"


@pytest.mark.parametrize("source,text,expect", [
    ("moscow-times-2019-03-26", "\\$500 million", dict(value=500e6, low=500e6, high=None, unit="usd", country="WLD", qualifier="more than")),
    ("moscow-times-2019-03-26", "two-thirds", dict(value=66.67, unit="percent", metric="share_repatriated", country="RUS", year=2018, qualifier="nearly")),
    ("japan-times-2018-08-02", "$150 million-$300 million", dict(value=None, low=150e6, high=300e6, unit="usd", country="RUS")),
    ("japan-times-2018-08-02", "10,000", dict(low=10000, metric="new_arrivals", country="RUS", year=2018, qualifier="over")),
    ("japan-times-2018-08-02", "700", dict(low=700, unit="permits", metric="new_work_permits", year=2018, year_basis="relative")),
    ("adr-daily-cnn-2018", "80%", dict(value=80, high=80, unit="percent", metric="share_remitted", country="RUS", qualifier="up to")),
    ("adr-daily-cnn-2018", "50,000", dict(value=50000, country="RUS", qualifier="estimated")),
    ("csmonitor-ap-2019-12-20", "50,000 to 80,000", dict(value=None, low=50000, high=80000, country="CHN", qualifier="as high as")),
    ("csmonitor-ap-2019-12-20", "823", dict(value=823, metric="repatriated", country="ARE")),
    ("csmonitor-ap-2019-12-20", "2,500", dict(value=2500, country="QAT", year=2016, qualifier="about")),
    ("csmonitor-ap-2019-12-20", "51", dict(metric="repatriated", country="VNM", year=2019)),
    ("voa-2021-07", "4,000", dict(high=4000, metric="new_arrivals", country="RUS", year=2020, qualifier="fewer than")),
    ("voa-2021-07", "511", dict(metric="workers_remaining", country="RUS", year=2020)),
    ("voa-2021-07", "3,000", dict(unit="visas", metric="visas_issued", country="RUS", year=2020)),
])
def test_seed_figure(source, text, expect):
    f = figs(source, raw=True)[text]
    for k, v in expect.items():
        got = getattr(f, k)
        if isinstance(v, float) and got is not None:
            assert got == pytest.approx(v), k
        else:
            assert got == v, (k, got)


def test_boilerplate_is_never_a_figure():
    texts = {f.text for r in load_corpus(raw=True).results for f in r.extraction.figures}
    assert "$15" not in texts  # the Monitor's subscription price
    assert not any(t in texts for t in ("1908", "10", "2397", "15"))


def test_non_figures_are_skipped():
    ap = load_corpus(raw=True).by_id("csmonitor-ap-2019-12-20").extraction
    texts = [f.text for f in ap.figures]
    assert "24" not in texts and "12" not in texts and "13" not in texts  # months, hours, nations
    assert "a dozen" not in texts  # a dozen countries
    assert texts.count("half") == 2  # UAE and Kuwait; not "if even half", not "second half of December"
