"""Who says so: the claimant rules, the curated seeds' claimants, curation of claimants,
and the independence count."""
import pandas as pd
import pytest

from analysis import extract_text
from analysis.claimant import KINDS, classify
from analysis.errors import InputError
from analysis.paths import FIXTURES, TABLES
from analysis.yamlio import load_yaml_file


def _one(text, published="2020-05-01"):
    figs = extract_text(text, published=published)
    assert len(figs) == 1, figs
    return figs[0]


def test_curated_seed_claimants_match_the_analysts_reading():
    gold = load_yaml_file(FIXTURES / "claimants" / "seeds.yaml")["figures"]
    figs = pd.read_csv(TABLES / "figures.csv", keep_default_na=False)
    assert sorted(gold) == sorted(figs["figure_id"])
    for _, r in figs.iterrows():
        g = gold[r["figure_id"]]
        assert r["claimant_kind"] == g["claimant_kind"], r["figure_id"]
        assert (r["claimant"] or None) == g["claimant"], r["figure_id"]
        assert (r["via"] or None) == g["via"], r["figure_id"]


def test_raw_seed_claimant_kinds_at_least_90_percent():
    from analysis.score import seeds_set

    s = seeds_set()
    assert s.claim_expected == s.matched
    assert s.claim_right["claimant_kind"] >= 0.9 * s.claim_expected


def test_relayed_claim_names_the_primary_source_and_the_outlet():
    f = _one("Over 10,000 North Korean workers have registered in Russia since September, the Wall Street Journal said, "
             "citing records from the Russian Interior Ministry.")
    assert (f.claimant, f.claimant_kind, f.via) == ("the Russian Interior Ministry", "host_government", "the Wall Street Journal")


def test_quote_closed_at_the_end_of_the_paragraph():
    f = _one("“Russia hosts 30,000 North Korean workers. Moscow must act,” a U.S. State Department spokesperson said.")
    assert f.claimant_kind == "other_government" and f.claimant == "a U.S. State Department spokesperson"


def test_no_one_named_is_unattributed_and_a_figure_in_the_subject_is_not_attributed_to_its_verb():
    assert _one("An estimated 50,000 North Koreans work in Russia.").claimant_kind == "unattributed"
    f = _one("A U.N. order for the repatriation of 100,000 North Korean workers abroad shows the scope of the trade.")
    assert (f.claimant, f.claimant_kind) == (None, "unattributed")


@pytest.mark.parametrize("words,country,kind", [
    ("Russia", "RUS", "host_government"), ("Russia", "CHN", "other_government"),
    ("North Korea's state news agency KCNA", "RUS", "other_government"), ("US diplomats", "RUS", "other_government"),
    ("The UN Security Council's panel of experts", "QAT", "un"), ("civilian experts", "WLD", "expert"),
    ("a North Korean worker", "RUS", "witness"), ("Kommersant", "RUS", "media"),
    ("an interim report by the country", "ARE", "host_government"),
    ("unpublished reports by Moscow to the United Nations Security Council", "RUS", "host_government"),
])
def test_kinds(words, country, kind):
    assert classify(words, country)[0] == kind
    assert kind in KINDS


@pytest.mark.parametrize("words", [
    "the ministry", "Russia", "the Labor Ministry", "officials", "the report", "its data", "the figures", "he",
    "a U.S. State Department spokesperson", "the regional administration", "Kommersant", "the agency", "experts",
])
def test_a_kind_that_never_asks_for_the_last_government_is_the_same_whatever_it_is(words):
    """attribute() works out the governments named before a figure only when classify's
    rules ask for one (claimant._classify_alone): the answer without must be every answer."""
    from analysis.claimant import _classify_alone

    for country in ("RUS", "CHN", None):
        alone = _classify_alone(words, country, ())
        answers = {classify(words, country, gov) for gov in (None, "RUS", "CHN", "PRK", "QAT")}
        if alone is not None:
            assert answers == {alone}, (words, country)


def test_curation_sets_claimants_and_checks_the_kind(tmp_path):
    from analysis.curation import load_curation

    text = "Qatar said 70 North Koreans worked there in 2019."
    good = tmp_path / "c.yaml"
    good.write_text("corrections:\n- source: s\n  quote: 'Qatar said 70 North'\n  figure: '70'\n  action: correct\n"
                    "  set: {claimant: Qatar's labour ministry, claimant_kind: host_government}\n  why: test\n")
    c = load_curation(good, {"s": text})
    assert c.corrections[0].set["claimant_kind"] == "host_government"
    bad = tmp_path / "b.yaml"
    bad.write_text("corrections:\n- source: s\n  quote: 'Qatar said 70 North'\n  figure: '70'\n  action: correct\n"
                   "  set: {claimant_kind: rumour}\n  why: test\n")
    with pytest.raises(InputError, match="claimant_kind"):
        load_curation(bad, {"s": text})


def test_independent_reports_count_agencies_once():
    from analysis.tables import corroboration

    df = pd.DataFrame({"metric": ["m"] * 3, "country": ["RUS"] * 3, "year": [2019] * 3, "value": [5.0] * 3,
                       "low": [None] * 3, "high": [None] * 3, "claimant": ["Russia", "Moscow", "US diplomats"],
                       "claimant_kind": ["host_government", "host_government", "other_government"],
                       "_agency": ["reuters", "reuters", "ap"]})
    out = corroboration(df)
    assert list(out["reports"]) == [2, 2, 2] and list(out["claimants"]) == [2, 2, 2]
