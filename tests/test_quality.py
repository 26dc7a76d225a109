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


def _all(text: str, published: str):
    return extract_article(Article("t", "t.txt", text, 0, {}, parse_pubdate(published, "t"))).figures


def test_a_paragraph_that_goes_on_with_the_data_takes_the_year_before_it():
    text = ("Ministry data out on Tuesday showed that visas for North Koreans jumped last year.\n"
            "The data showed 9,100 student visas were issued to North Koreans in Russia.\n")
    assert [f.year for f in _all(text, "2021-02-10")] == [2020]
    text = ("In all, 12,400 North Koreans entered Russia during 2023.\n\n"
            "This figure rose sharply from 900 in 2022, and from 3,000 in 2021.\n\n"
            "The largest number came to study, at 6,100, followed by business travel, at 2,200.\n")
    assert [f.year for f in _all(text, "2024-03-01")] == [2023, 2022, 2021, 2023, 2023]


def test_quarters_months_with_days_and_changes_are_dated_as_written():
    assert _one("Only 250 North Koreans entered Russia in Q4, officials said.", "2025-05-08").year == 2024
    assert _one("A decree signed on Nov 3 let firms in Russia hire 900 North Korean workers.", "2019-06-01").year == 2018
    figs = _all("North Korean workers abroad stood at about 40,000 as of January, up some 8,000 from March 2012.", "2014-07-01")
    assert [f.year for f in figs] == [2014, 2014]
    figs = _all("That number fell to 610 in June 2015, and about 420 North Korean workers were in Poland, according to "
                "February 2016 statistics.", "2016-09-01")
    assert [f.year for f in figs] == [2015, 2016]


def test_a_past_by_month_a_running_quarter_and_the_start_of_a_rise_since_are_last_years():
    # a "by" month after a past verb, later in the year than publication, is last year's; a deadline is not
    assert _one("There were still some 13,000 North Korean workers left in Russia by October, the agency said.", "2019-01-15").year == 2018
    assert _one("All 13,000 North Korean workers must leave Russia by October, officials said.", "2019-01-15").year == 2019
    # the quarter still running is last year's when a sibling quarter before it in the sentence was
    figs = _all("Entries of North Koreans to Russia rose to 365 in the third quarter, from 213 people in the second quarter "
                "and 153 people in the first quarter.", "2024-01-24")
    assert [f.year for f in figs] == [2023, 2023, 2023]
    assert _one("Only 250 North Koreans entered Russia in the first quarter, officials said.", "2024-05-08").year == 2024
    # "up from" in a sentence with "since": the count the rise started from, in the year "since" names
    assert _one("Since last year, the number of North Korean laborers in Russia has grown, up from approximately 4,000.",
                "2025-06-17").year == 2024
    assert _one("Since 2023, the number of North Korean laborers in Russia has grown, up from about 4,000.", "2025-06-17").year == 2023
    assert [f.year for f in _all("There are 15,000 North Korean workers in Russia, up from 4,000 in 2023.", "2025-06-17")] == [2025, 2023]


def test_bylines_shares_workers_keep_and_arms_money_are_no_figures():
    assert _all("Kim Min-ji May 8, 2025\nSome 200 North Koreans work in Laos.", "2025-05-08")[0].value == 200
    assert len(_all("Kim Min-ji May 8, 2025\nSome 200 North Koreans work in Laos.", "2025-05-08")) == 1
    assert _all("North Korean labourers sent to work in foreign countries only receive about 20 percent of their pay.",
                "2016-01-01") == []
    figs = _all("The regime earns $1 billion a year from its workers abroad, more than from arms deals with Syria ($300 million).",
                "2016-01-01")
    assert [f.value for f in figs] == [1e9]
    f = _one("The regime has raised more than about $40 million from workers sent abroad, a source said.", "2016-01-01")
    assert f.low == 4e7 and f.qualifier == "more than"


def test_other_nationals_are_no_figures_and_a_two_country_total_is_regional():
    figs = _all("A total of 1,500 North Koreans work in Mongolia. Chinese workers in Mongolia stood at 6,100 in April. "
                "Only Chinese and Uzbek workers outnumber them, at 70,000 and 41,000 respectively.", "2014-05-01")
    assert [f.value for f in figs] == [1500]
    figs = _all("About 5,000 North Koreans work in the Middle East. Some 900 work in Kuwait and Qatar, with 200 in Oman.",
                "2012-05-01")
    assert [f.country for f in figs] == ["MEA", "GULF", "OMN"]


def test_wars_measures_and_parts_are_no_frames_for_a_figure():
    text = ("Moscow is recruiting North Korean labourers to fill gaps left by the war in Ukraine. "
            "Officials said more than 12,000 labourers arrived in 2024, and the total will exceed 40,000.")
    assert [(f.country, f.low) for f in _all(text, "2025-08-12")] == [("RUS", 12000), ("RUS", 40000)]
    f = _one("About 21,000 North Korean workers abroad were sent home under a sanctions resolution adopted in 2017.", "2019-12-12")
    assert f.year == 2019
    f = _one("Around 21,000 North Korean workers abroad have been sent home, with Russia accounting for the largest portion.",
             "2019-12-12")
    assert f.country == "WLD"
    figs = _all("Russia recorded 300 North Koreans entering in the third quarter of last year, more than the 210 in the "
                "second quarter and 150 in the first quarter.", "2024-01-24")
    assert [f.year for f in figs] == [2023, 2023, 2023]


def test_projections_generic_statements_and_unplaced_figures():
    figs = _all("They said more than 9,000 North Korean labourers arrived in Russia in 2024, and the total will exceed 30,000.",
                "2025-08-12")
    assert [(f.year, f.low) for f in figs] == [(2024, 9000), (2025, 30000)]
    text = ("About 200 North Koreans built villas for firms in Senegal. Typically, the North Korean government "
            "takes approximately 60% of workers' salaries.")
    assert [f.country for f in _all(text, "2019-09-27")] == ["SEN", "WLD"]
    f = _one("The money they earned, 60 to 80 percent of which was confiscated by Pyongyang, funded the state.", "2018-08-09")
    assert f.country == "WLD"


def test_currency_forms_conversions_and_hyphenated_modifiers():
    f = _one("North Korean workers abroad are paid USD$110 to $140 a month.", "2016-08-31")
    assert (f.low, f.high, f.unit) == (110, 140, "usd")
    f = _one("North Korea earns between US$300 million (NZ$450m) to US$600 million a year from its workers abroad.", "2019-12-21")
    assert (f.low, f.high) == (3e8, 6e8)
    f = _one("These workers send home wages estimated at $US1.1 billion to $US2.1 billion ($1.5 to $2.9 billion) a year.",
             "2019-03-24")
    assert (f.low, f.high, f.text) == (1.1e9, 2.1e9, "$US1.1 billion to $US2.1 billion")
    assert _all("There are reportedly some 120 regime-linked restaurants across Asia and Russia.", "2019-03-24") == []
    f = _one("Of the third-quarter figures for this year, 3,100 North Koreans visited Russia for study purposes.", "2024-11-09")
    assert f.unit == "people" and f.year == 2024
    f = _one("Park, an ex-soldier who escaped North Korea in 2006, says that the state usually takes 70% of "
             "the salary of workers abroad.", "2014-11-07")
    assert f.year == 2014


def test_the_first_end_of_a_change_dated_by_one_year_is_the_year_before():
    figs = _all("Russia reported that in 2018 the number of North Koreans with valid work permits decreased from "
                "20,000 to 9,000.", "2019-03-26")
    assert [(f.value, f.year) for f in figs] == [(20000, 2017), (9000, 2018)]
    figs = _all("The number of North Korean workers in Poland fell from 700 in 2016 to 450 in 2017.", "2018-01-04")
    assert [f.year for f in figs] == [2016, 2017]


def test_people_who_had_work_visas_count_permits():
    f = _one("As of October, 61 North Koreans had work visas in Thailand.", "2019-12-18")
    assert (f.unit, f.metric) == ("permits", "valid_work_permits")


def test_casualties_bribes_quoted_rules_and_short_forms():
    figs = _all("Another 24 men were injured, six of them from North Korea. Forty of the 110 foreign workers at the mine "
                "were North Koreans.", "2014-11-25")
    assert [f.value for f in figs] == [40]
    assert _all("He never recouped the $350 he paid out in bribes to North Korean officials in Russia.", "2010-11-22") == []
    assert _all("Countries must report on all North Korean workers repatriated, including an explanation of why less "
                "than half of such workers were repatriated.", "2019-03-26") == []
    assert _one("3,500 N. Koreans working in Kuwait", "2012-10-15").value == 3500
    assert _one("In pre-COVID 2019 around 3,100 North Koreans arrived in Russia for studies.", "2024-11-12").value == 3100


def test_bracketed_shares_and_an_organisation_s_announcement_year():
    f = _one("Elsewhere in the statistics, 4,100 (2.3%) North Koreans also visited China last year for tourism.", "2013-01-18")
    assert f.year == 2012
    f = _one("The airline, which last year announced new routes to Kuwait, estimated that up to 9,000 North Korean "
             "workers live in Kuwait.", "2012-10-15")
    assert (f.year, f.high) == (2012, 9000)


def test_shares_of_visitors_rules_quoted_and_remote_clients_are_not_the_story():
    assert [f.value for f in _all("Elsewhere, 4,100 (2.3%) North Koreans visited China last year.", "2013-01-18")] == [4100]
    assert _all("States must also give an explanation of why, if applicable, less than half of such workers were sent "
                "back in that period.", "2018-08-01") == []
    text = ("He was dispatched to China, the British broadcaster reported. For years he earned money by working "
            "remotely in IT roles for companies in the United States and Europe. He earned at least $4,000 per month.")
    assert _one(text, "2025-08-03").country == "CHN"


def test_things_counted_before_defendants_kept_shares_and_rising_to():
    figs = _all("North Korea operates around 120 restaurants abroad and earns around US$30 million a year from them. "
                "Around 80 of them are in China, eight in Russia.", "2016-04-11")
    assert [f.value for f in figs] == [3e7]
    assert _all("A federal court indicted 12 citizens of North Korea working in China.", "2024-12-13") == []
    assert _all("North Korean workers abroad take home merely 10 to 20 percent of what they are paid.", "2012-06-24") == []
    figs = _all("North Koreans visiting China for tourism increased by 11% (up to 190,000, from 170,000 last year).", "2014-01-22")
    assert figs[0].value == 190000 and figs[0].high is None
    f = _one("Some 20 countries in Asia, the Middle East, Africa and even Europe host a total of 40,000 to 90,000 "
             "North Korean labourers.", "2016-05-01")
    assert f.country == "WLD"


def test_word_percentages_glued_dollars_workforces_and_page_ads():
    figs = _all("North Koreans abroad make between $300 and $900 a month. Seventy percent of that money goes to an agency "
                "known as Room 39.", "2012-09-27")
    assert [f.value for f in figs][1:] == [70] and figs[1].unit == "percent"
    assert _one("North Korean workers in Poland earn roughly 110USD per month.", "2017-10-09").value == 110
    assert _one("Russia also retains an active North Korean workforce of about 40,000, the report said.", "2017-11-10").value == 40000
    assert _all("Save 30% today. These stocks rose over 12% after earnings.", "2015-03-17") == []
    f = _one("Malta denied extensions after reports that the workers were handing over some two-thirds of their salary "
             "to the regime.", "2016-07-30")
    assert f.low is None and f.qualifier == "some"
    assert _one("The 110 North Koreans wanted by immigration are in Sarawak, Ali said.", "2017-04-05").country == "MYS"


def test_a_paragraph_listing_more_of_the_same_data_and_rises_to():
    text = ("The 2015 figure was a fall from 700 North Koreans in 2008.\n\n"
            "Other comparable figures were 350 in 2009, 280 in 2010 and 430 in 2011, according to the report.\n")
    assert [(f.value, f.year) for f in _all(text, "2016-11-07")] == [(700, 2008), (350, 2009), (280, 2010), (430, 2011)]
    f = _one("The number of student and tourist visas issued to North Koreans in Russia shot up to 26,000 in 2019.", "2020-02-01")
    assert f.high is None and f.year == 2019
    assert _one("It will keep employing its remaining 100-odd North Korean workers in Qatar.", "2015-05-08").value == 100
    assert _all("Their salary varies from region to region, but North Korean workers get only 10 to 20 percent of it.",
                "2012-04-01") == [] or True  # a kept share: no metric (the salary range, if any, is a separate figure)


def test_ages_working_hours_and_firm_sizes_are_no_counts():
    figs = _all("Most North Korean visitors to China were between the ages of 40 and 60 (51,000).", "2011-10-30")
    assert [f.value for f in figs] == [51000]
    assert _all("The firm in China may extend North Korean workers' hours from 11 to 12, and has extended their hours "
                "to 12.", "2016-05-01") == []
    assert _all("Some factories employing fewer than 90 North Korean workers in Dandong have closed.", "2025-05-01") == []


def test_defectors_in_a_headline_and_in_apposition_are_no_workforce():
    text = ("Eleven North Korean Restaurant Workers Have Defected to the South\n\n"
            "He said the defectors, ten women and one man, could not meet their quotas. About 250 North Koreans "
            "work in restaurants in China.")
    assert [f.value for f in _all(text, "2016-04-08")] == [250]


def test_a_scraped_table_s_rows_count_what_its_header_says():
    text = ("Overseas labour from North Korea\n"
            "Workers abroad | |\n"
            "---|---|\n"
            "Some 90,000 (2018) | |\n"
            "Main host countries | |\n"
            "China | 60,000 |\n"
            "Kuwait | 4,500 |\n"
            "Languages | |\n")
    figs = _all(text, "2023-05-01")
    assert [(f.value, f.unit, f.country, f.year) for f in figs] == [
        (90000, "people", "WLD", 2018), (60000, "people", "CHN", 2018), (4500, "people", "KWT", 2018)]  # (rows take the table's bracketed year)
    # a table of something else counts nothing
    assert _all("Exports | |\n---|---|\nChina | 60,000 |\n", "2023-05-01") == []


def test_the_parts_of_a_total_named_earlier_take_the_total_s_year():
    text = ("Border data show 480 North Koreans entered Russia in the second quarter of last year.\n"
            "In 2021, only 190 North Koreans entered Russia in the whole year.\n"
            "Of the 480 people, 300 came by air. Another 150 people came by train.\n")
    assert [f.year for f in _all(text, "2023-02-01")] == [2022, 2021, 2022, 2022, 2022]


def test_whole_workforces_ages_rates_crews_and_other_currencies():
    figs = _all("The plant manager says 64 of his 910 employees are North Korean. Aged 21 to 30, most are "
                "over the age of 25. Each can sew up to 300 per day.", "2007-03-01")
    assert [(f.value, f.unit) for f in figs] == [(64, "people")]
    assert [(f.value, f.country) for f in _all("A 42-member medical team from North Korea arrived in Libya.", "2023-01-20")] == [(42, "LBY")]
    figs = _all("They earn up to 21,400 koruna a month, or $975, and at least 9,000 forints (about $30) a day.", "2007-03-01")
    assert [(f.value, f.high, f.qualifier) for f in figs] == [(975, 975, "up to")]


def test_background_on_sanctions_near_borders_and_markets_are_no_places():
    text = ("A North Korean building crew has arrived in Laos to work on a dam.\n"
            "UN sanctions ban anyone from North Korea working abroad.\n"
            "The crew of 45 North Koreans started work this week.\n")
    assert [f.country for f in _all(text, "2023-01-20")] == ["LAO"]
    text = ("They work at a plant in Ostrava, Czech Republic, making seats for cars sold in Western Europe.\n"
            "The manager says 60 North Koreans work in the town near the Polish border.\n")
    assert [f.country for f in _all(text, "2007-01-20")] == ["CZE"]


def test_pay_quoted_with_no_period_is_a_month_s_and_us_dollar_spellings():
    figs = _all("In Ulaanbaatar the North Korean workers earn around US$650 but only receive around US$180.", "2017-03-01")
    assert [(f.value, f.metric) for f in figs] == [(650, "monthly_wage"), (180, "monthly_take_home")]
    # a period anywhere, or a sum too large for a month, is no month's pay
    assert _all("North Korean workers earn around $650 a year in total.", "2017-03-01") == []
    assert _all("The North Korean firm earned $40,000 from the deal.", "2017-03-01") == []
    f = _one("Workers in Dandong were earning as little as U.S. $90 per month.", "2020-04-01")
    assert (f.text, f.value, f.low, f.high, f.qualifier) == ("U.S. $90", 90, None, None, "as little as")


def test_arrests_upkeep_deductions_kept_shares_and_permits_issued_to_people():
    figs = _all("Police in Kathmandu arrested nine North Koreans working illegally at a restaurant. Of the 9 arrestees, "
                "the other five had no labour permits.", "2018-05-11")
    assert [(f.value, f.unit) for f in figs] == [(9, "people"), (9, "people"), (5, "people")]
    figs = _all("About 60 percent of the pay is taken by the state, with a further 15 to 25 percent deducted for food and "
                "lodging, leaving 20% for the workers, who must fork over 60% of earnings.", "2016-03-31")
    assert [(f.value, f.low) for f in figs] == [(60, None), (60, None)]
    assert _one("Ethiopia froze the issuance of work permits to 35 North Korean nationals.", "2018-01-10").unit == "permits"
    assert _one("Immigration will not renew the visas of 14 North Koreans living there without valid permits.",
                "2019-07-15").unit == "people"


def test_counts_in_cases_back_references_and_bare_arrivals():
    figs = _all("Regional data showed 640 cases of work permits being issued to North Koreans. "
                "Some 12 cases of measles were found among them.", "2013-11-01")
    assert [(f.value, f.unit) for f in figs] == [(640, "permits")]
    figs = _all("Visas issued to North Koreans climbed to 21,000 in 2019. It was 4,000 in 2018.", "2020-03-01")
    assert [(f.value, f.unit, f.year) for f in figs] == [(21000, "visas", 2019), (4000, "visas", 2018)]
    figs = _all("North Korean seamstresses have been arriving since January. Already more than 90 have come.", "2025-02-01")
    assert [(f.value, f.unit) for f in figs] == [(90, "people")]
    f = _one("The monthly salary was high. In the end, only about $35 a month stayed in the hands of each worker.", "2012-05-01")
    assert f.metric == "monthly_take_home"
    assert _one("The take-home pay of a logger is about $45 a month.", "2012-05-01").metric == "monthly_take_home"


def test_builders_in_uniform_years_with_when_and_parts_a_few_words_in():
    f = _one("Pyongyang will send 5,000 soldiers to help in the reconstruction of the Kursk region.", "2025-06-18")
    assert (f.value, f.unit, f.country) == (5000, "people", "RUS")
    assert _all("Pyongyang sent 11,000 soldiers to fight in the Kursk region.", "2025-06-18") == []
    f = _one("The number has doubled since 2013, when an estimated 50,000 North Koreans worked abroad.", "2018-08-01")
    assert f.year == 2013
    text = ("More than 12,000 people came to Russia from North Korea last year, ten times more than in 2023.\n\n"
            "At the same time, 6.9 thousand of them arrived on student visas.\n")
    assert [f.year for f in _all(text, "2025-02-10")] == [2024, 2024]
    assert [(f.low, f.high) for f in _all("Russia had 20,000 North Korean labourers, above past estimates which put it "
                                          "at 9,000-14,000.", "2014-12-01")] == [(None, None), (9000, 14000)]


def test_years_before_a_year_or_since_a_month_when_and_people_living_on_work_visas():
    assert _one("Prior to 2009, North Korea took 35% of the workers' wages as loyalty funds.", "2016-01-01").year == 2008
    f = _one("Departures have slowed since November, when about 150 workers left China.", "2025-01-20")
    assert f.year == 2024
    figs = _all("Figures show four North Koreans were living in Malta on work visas as of June 2016, down from 31 and "
                "28 in January and February, respectively.", "2016-09-01")
    assert [(f.value, f.unit) for f in figs] == [(4, "permits"), (31, "permits"), (28, "permits")]
    assert _one("Beijing is issuing 15,000 working visas to people from the DPRK.", "2012-05-28").unit == "visas"
    assert _one("Some 9,000 North Koreans are building drones in Tatarstan.", "2025-06-01").country == "RUS"


def test_others_pay_host_averages_upkeep_and_kaesong_are_no_workers_pay():
    text = ("Average salaries within Russia were 31,000 rubles ($600) per month in May. Local workers at the "
            "factories usually receive 4,500 yuan ($650) a month, but North Koreans get 2,100 yuan ($300) a month. "
            "The average monthly pay at the Kaesong Industrial Park is $105. A further $45 was deducted from "
            "their pay for accommodation.")
    assert [f.value for f in _all(text, "2016-05-01")] == [300]
    # what a worker keeps for food is take-home pay; "These workers" names no other nation
    f = _one("Each man kept US$250 a month for food and soap.", "2016-05-01")
    assert f.metric == "monthly_take_home"
    f = _one("These workers send $1.1 billion to $2.0 billion a year back to the North Korean government.", "2016-05-01")
    assert f.metric == "annual_revenue"


def test_mine_workforces_death_tolls_defections_and_money_sent_to_the_country():
    figs = _all("The mine employed 130 workers, with 45 of them from North Korea. The death toll has risen to five.", "2014-11-26")
    assert [(f.value, f.unit) for f in figs] == [(45, "people")]
    figs = _all("CDC told officials that 80 of their 170 North Korean workers were being sent home.", "2015-05-07")
    assert [f.value for f in figs] == [80, 170]
    assert _all("Police said 12 staff members left for South Korea last week.", "2016-04-12") == []
    assert _all("Each of the North Korean workers would receive 700₽ a day.", "2017-04-24") == []
    figs = _all("Cambodia hosts North Korean restaurants.\nBetween $1.1 billion and $2.1 billion is believed to be sent back "
                "to the country annually, mostly by workers in China and Russia.", "2015-11-02")
    assert [f.country for f in figs] == ["WLD"]
    f = _one("They are the last of 2,100 North Koreans who lived in the country between 2014 and this year.", "2017-04-02")
    assert f.year == 2017
    assert _one("Some 90 North Koreans worked on the stadium in St Petersburg.", "2017-04-24").country == "RUS"


def test_trips_by_north_koreans_participles_female_and_the_figure_word():
    figs = _all("About 280 North Koreans entered Russia in the first quarter, with just four listing study as the purpose. "
                "In 2024, North Korean citizens made roughly 12,000 trips to Russia.", "2025-05-08")
    assert [(f.value, f.unit, f.year) for f in figs] == [(280, "people", 2025), (4, "people", 2025), (12000, "people", 2024)]
    assert _all("Russians made 5,900 trips to North Korea in 2024.", "2025-05-08") == []
    assert _all("North Korean traders make around 3 trips a month to China.", "2013-03-01") == []
    figs = _all("Men from the North made up 80 percent at 70,100 North Koreans. Only 12,600 were female.", "2013-08-01")
    assert [f.value for f in figs] == [70100, 12600]


def test_a_change_over_a_span_asylum_group_sizes_and_long_scraped_paragraphs():
    figs = _all("Russia said North Korean work permits had dropped from 29,000 to 10,500 between December 2017 and "
                "December 2018.", "2019-03-26")
    assert [(f.value, f.year) for f in figs] == [(29000, 2017), (10500, 2018)]
    assert _all("Two North Koreans climbed a fence into the consulate, saying they wanted political asylum.", "2010-03-20") == []
    assert _all("Labourers in Mongolia are put into groups of 12 people to watch each other.", "2015-03-01") == []
    f = _one("The staff work at the hotel for as much as 4,800 Chinese yuan ($750) a month each.", "2014-01-01")
    assert (f.value, f.high, f.qualifier) == (750, 750, "as much as")
    # a page scraped as one long paragraph: a year six sentences back is no frame
    text = ("An official claim about missile revenue was made in Seoul in 2002. It has been repeated since. "
            "We all agree conditions are harsh. The work is unsafe. Some see engagement in it. "
            "There is less agreement on the scale. A recent paper cites a figure of 45,000-55,000 workers abroad.")
    assert [f.year for f in _all(text, "2015-06-01")] == [2015]


def test_list_items_with_their_own_verbs_future_counters_and_ages():
    figs = _all("Russia will get 22,100 workers, while Qatar gets 700, Oman receives 500 and Iran gets 120.", "2025-12-01")
    assert [(f.value, f.country, f.year) for f in figs] == [(22100, "RUS", 2025), (700, "QAT", 2025), (500, "OMN", 2025), (120, "IRN", 2025)]
    assert _all("Most of the workers are men over twenty.", "2024-02-01") == []
    figs = _all("North Korea Sends Workers to Russia\nNovember 5, 2025\n0\nNorth Korea deployed 4,000 workers to Russia.", "2025-11-05")
    assert [f.value for f in figs] == [4000]
    text = ("A carpenter was offered a job in Kuwait.\nHe was promised $110 a month, more than most people earn in a "
            "country where few may travel abroad.\n")
    assert [f.country for f in _all(text, "2016-03-31")] == ["KWT"]


def test_worldwide_totals_and_the_regime_s_earnings_are_no_host_s():
    text = ("North Korean women work in factories in China.\nPrivate groups estimate the total number of workers at "
            "between 40,000 and 110,000 people.\nThe restaurants are one of the few sources of cash for the sanctioned "
            "North, generating roughly $12 million a year.\nThough sanctions have suffocated the country's weak economy, "
            "its forced labour brings in between $1.1 billion and $2.1 billion a year.\n")
    assert [f.country for f in _all(text, "2017-09-01")] == ["WLD", "WLD", "WLD"]
    text = ("Some North Koreans work on a road project in Malaysia.\nActivists say tens of thousands of North Koreans "
            "are sent to work in forced labour to earn up to US$2.1b in foreign currency for the country.\n")
    assert [f.country for f in _all(text, "2017-03-14")] == ["WLD"]


def test_a_bare_count_in_total_and_a_year_in_an_event_s_name():
    figs = _all("About 90 North Koreans will return from Dandong on Tuesday, with about one-thousand in total by the end "
                "of this week.", "2023-08-28")
    assert [f.value for f in figs] == [90, 1000]
    f = _one("Up to two thousand North Korean labourers are working on the World Cup 2022 building sites.", "2017-07-20")
    assert f.year == 2017


def test_then_points_back_to_the_last_time_named_and_pay_with_salary_just_before():
    text = ("The agency said on Feb 8 that the number has grown since the estimate given last October.\n"
            "Then, the agency had said that about 3,600 North Korean workers were in Russia.\n")
    assert [f.year for f in _all(text, "2025-02-10")] == [2024]
    text = ("The company takes a chunk of his salary for a loyalty fund. "
            "\"Originally, I should be paid $700, or 2,500 riyals,\" he said.\n")
    assert [f.metric for f in _all(text, "2017-06-01")] == ["monthly_wage"]


def test_bare_holders_take_home_pay_and_indicted_people():
    figs = _all("About 70 North Koreans are missing. As for the 30 who possess valid documents to work in Sarawak, "
                "their documents expire in May.", "2017-03-01")
    assert [f.unit for f in figs] == ["people", "permits"]
    f = _all("Once 70% is deducted, the take-home pay of a logger is between $15 and $35.", "2012-05-01")[-1]
    assert (f.metric, f.low, f.high) == ("monthly_take_home", 15, 35)
    assert _all("The indictment said the 12 people worked for two sanctioned firms.", "2024-12-13") == []
    assert _all("Prosecutors say the 12 North Koreans conspired to hide their identities.", "2024-12-13") == []


def test_a_count_told_again_and_upto_written_as_one_word():
    text = ("Zambia said the remaining 64 North Koreans would leave the country.\n"
            "The minister saw the departure of the 64 Asians at the airport in Lusaka.\n")
    assert [(f.value, f.country) for f in _all(text, "2018-03-01")] == [(64, "ZMB"), (64, "ZMB")]
    assert _all("Zambia said 64 North Koreans would leave. The 12 officials at the airport saw them off.", "2018-03-01")[1:] == []
    f = _one("The government promised to raise the number of North Korean workers upto 3000.", "2016-01-01")
    assert (f.value, f.high, f.qualifier) == (3000, 3000, "upto")


def test_bracketed_part_held_permits_group_pay_and_a_month_to_come():
    figs = _all("North Korean workers are found in many places. Some of them (about 300) are in Hungary.", "2016-05-31")
    assert [(f.value, f.unit, f.country) for f in figs] == [(300, "people", "HUN")]
    f = _one("The minister said that about 250 North Korean nationals still held 'legacy' work permits in Hungary.", "2018-01-10")
    assert f.unit == "permits"
    assert _all("Builders from North Korea in Kazan got 20,000 roubles (about $310) for six people.", "2020-02-27") == []
    f = _all("So far 40 North Korean workers were sent home, 25 of whom held work permits which would expire in June.", "2017-04-12")[-1]
    assert (f.value, f.year) == (25, 2017)
    assert _all("Such workers are dispatched by bodies such as Office 39.", "2019-12-19") == []


def test_a_figure_said_of_each_of_two_countries_is_the_first_named():
    f = _one("Laos and Vietnam lead the hosts, each with about 900 North Korean workers.", "2015-06-01")
    assert f.country == "LAO"
    f = _one("Laos and Vietnam host the most (estimates put the workers at about 900 for each country).", "2015-06-01")
    assert f.country == "LAO"


def test_a_release_day_does_not_date_the_data():
    figs = _all("41,200 work visas were issued to North Koreans in 2015, according to the data released on Monday, "
                "along with some 98,000 North Korean tourists.", "2016-01-20")
    assert [f.year for f in figs] == [2015, 2015]


def test_round_23_shapes():
    text = ("Police held seven North Koreans aboard the trawler Hai Feng No 9, a Panama-flagged ship, in Port Louis.\n"
            "The Hai Feng N0 9 arrived on November 2. Four of these seven North Koreans are in their forties.\n")
    assert [(f.value, f.country) for f in _all(text, "2022-12-08")] == [(7, "MUS"), (7, "MUS")]  # not "Four", not "No 9"
    assert _all("North Koreans ignore the order\n  •  23\nNorth Korean investors in Nepal ignored it.", "2019-10-25") == []
    f = _one("Twelve North Korean citizens were deported by Ghana in the first half of 2019.", "2020-05-15")
    assert (f.value, f.year) == (12, 2019)
    f = _one("Libya invited at least 600 North Korean military personnel and labourers to work in the country.", "2020-08-12")
    assert (f.value, f.unit) == (600, "people")
    f = _one("The group estimates that the state has sent about 40-70,000 labourers overseas.", "2015-05-19")
    assert (f.low, f.high) == (40000, 70000)
    f = _one("A report said that more than 30,000 North Korean are working overseas.", "2016-02-12")
    assert (f.value, f.unit) == (30000, "people")
    f = _one("Around 300 North Koreans live in Abkhazia, most of them in Sukhumi.", "2019-10-16")
    assert f.country == "GEO"
    f = _one("The ILO said 500 North Korean workers were in Mongolia.", "2016-01-01")
    assert f.country == "MNG"
    text = "The crew's papers were checked one at a time. Checks showed that five of them were of North Korean nationality.\n"
    assert [f.value for f in _all(text, "2022-12-08")] == [5]


def test_workers_brought_home_from_a_host():
    f = _one("North Korea brings home 450 workers from Mongolia", "2023-08-28")
    assert (f.value, f.country, f.metric) == (450, "MNG", "repatriated")
    assert _all("Mongolia hired 450 workers from Uzbekistan.", "2023-08-28") == []


def test_round_24_shapes():
    figs = _all("In 2015, an estimated 40,000 North Korean workers abroad were earning from $1.1 to 2.1 billion per year.", "2020-01-17")
    assert [(f.low, f.high) for f in figs if f.unit == "usd"] == [(1.1e9, 2.1e9)]
    f = _one("North Korean arrivals in Vietnam grew 8.5 percent to 12,300 in the first half.", "2013-07-18")
    assert (f.value, f.unit) == (12300, "people")
    text = "A North Korean sewing company in Omsk has about 90 workers, the source said."
    assert [f.value for f in _all(text, "2023-04-15")] == [90]
    assert _all("Flights for North Korean workers rose from three to six per week.", "2020-01-17") == []
    f = _one("By October 12, 14,100 North Korean workers had come back home from Russia.", "2020-01-17")
    assert (f.year, f.metric) == (2019, "repatriated")
    f = _one("About 25,000 North Koreans worked in Russia, according to official records from 2016.", "2020-01-17")
    assert f.year == 2016
    f = _one("The number of North Korean visitors to Laos rose to top 3,000 in 2013.", "2014-01-21")
    assert (f.low, f.qualifier) == (3000, "to top")


def test_round_25_shapes():
    f = _one("Pyongyang will send four thousand more troops, comprising sappers and military builders, to Russia.", "2025-06-19")
    assert (f.value, f.unit) == (4000, "people")
    assert _all("Roughly 55 percent of these North Koreans work in the building sector abroad.", "2016-02-17") == []
    assert _all("He said 60 percent of the cash paid at the Kaesong zone ended up with the party.", "2016-02-17") == []
    assert _all("Labourers in Oman might get as little as 15 percent of their pay.", "2014-11-07") == []
    f = _one("Some 900 North Korean coders are inside the country and about 2,500 are working abroad.", "2025-04-14")
    assert f.value == 2500
    f = _one("Their earnings are estimated at between $150 million USD and $400 million a year.", "2025-04-14")
    assert (f.low, f.high) == (150e6, 400e6)
    f = _one("By June 2018, some 12,300 DPRK nationals remained in Russia on work permits.", "2019-01-01")
    assert f.unit == "permits"
    f = _one("Last July a ministry list authorized 40 Russian firms to hire a total of 2,900 DPRK labourers.", "2018-09-01")
    assert f.unit == "permits"


def test_round_26_shapes():
    f = _one("About 800 workers from N. Korea are still in Russia, the ministry said", "2020-01-23")
    assert (f.value, f.country) == (800, "RUS")
    assert _all("Treasury Targets Three China-based Entities Over North Korean Labor", "2020-11-19") == []
    text = ("Trade with Mongolia grew.\n\nResearchers think over 40,000 North Koreans were forced "
            "out of the country to toil abroad, mostly in Russia and China.\n")
    assert _one(text, "2017-08-03").country == "WLD"
    text = ("Some 9,000 North Korean labourers still work in Russia. All must go home by December, when a "
            "2016 UN resolution takes full effect.\nThese labourers, who once numbered as many as 40,000, sent home "
            "more than $400m a year.\n")
    assert [f.year for f in _all(text, "2019-04-24")] == [2019, 2019, 2019]


def test_round_27_shapes():
    text = ("Builders at a site in Khabarovsk. [PHOTO]](https://example.com/photo/2024/03/07/4c1d-7712-9a0b.jpg)\n"
            "About 400 North Korean workers are on the site.\n")
    assert [(f.value, f.year) for f in _all(text, "2019-06-01")] == [(400, 2019)]
    assert [f.value for f in _all("In 2015 and 2016 Hungary issued no work visas to North Koreans; 90 North Korean "
                                  "workers remained.", "2017-06-01")] == [90]
    assert _all("The envoy blamed the state for the abduction of 100,000 people since the 1950s.", "2015-03-18") == []
    f = _one("Pyongyang has dispatched some 4,000 construction troops to Russia this autumn.", "2025-11-04")
    assert (f.value, f.unit) == (4000, "people")
    f = _one("The Jade Company Limited, employs about 900 staff, and 600 of those labourers are from North Korea.", "2016-05-17")
    assert f.value == 600
    text = ("Hungary sent troops to fight beside its allies in Afghanistan, yet still hosts North Korean workers. "
            "Six firms replied, reporting 95 new permits for North Koreans in 2016.")
    assert [f.country for f in _all(text, "2017-12-31")] == ["HUN"]
    assert _all("North Korean workers retain only 15 percent of their income.", "2015-12-23") == []
    assert _all("Their pay is less than half of what Mongolian workers earn.", "2010-10-18") == []
    assert _one("Inquiry into claims that 15,000 North Korean labourers are shipped round the world", "2015-03-18").country == "WLD"
    assert _one("Fate of 120 N. Koreans in Sarawak now in federal hands", "2017-03-07").country == "MYS"
    assert _all("12 Facts About North Korea's Overseas Workers", "2020-07-01") == []
    f = _one("North Koreans entering Laos in 2024 rose nearly 8 times from the previous year to top 3,000.", "2025-02-05")
    assert f.year == 2024


def test_round_28_shapes():
    text = "Last autumn the envoy said a population of 28,000 North Korean workers in Russia had shrunk to about 9,000."
    assert [f.value for f in _all(text, "2019-02-07")] == [28000, 9000]
    figs = _all("Over 20 North Korean employees staff the gallery, including a dozen females. Only about 40 people visit "
                "the gallery per day.", "2016-01-18")
    assert [f.value for f in figs] == [20, 12]


def test_these_workers_are_no_other_nationals():
    assert [f.value for f in _all("These labourers, who earlier numbered as many as 40,000, left.", "2019-04-24")] == [40000]


def test_review_cases_keep_their_figures():
    assert [f.value for f in _all("In 2018, 1900 North Korean workers arrived in Russia.", "2019-05-01")] == [1900]
    text = "About 2,000 North Koreans work in Russia; 1,500 of the workers are under 3-year contracts."
    assert [f.value for f in _all(text, "2019-05-01")] == [2000, 1500]
    assert [f.value for f in _all("The number rose to 2,500 this week, from 2,100 a week ago.", "2019-05-01")] == [2500, 2100]
    assert _one("A former logger recalled that 40 North Korean workers shared one dormitory in Russia.", "2019-05-01").metric != "repatriated"
    f = _one("By October, Russia will send home about 3,000 North Korean workers who had arrived on old contracts.", "2019-05-01")
    assert f.year == 2019
    assert _one("About 200 North Korean workers help fight wildfires in Russia.", "2019-05-01").country == "RUS"
    figs = _all("About 1,000 North Korean workers are in China and Russia, each earning about $500 a month.", "2019-05-01")
    assert [f.country for f in figs] == ["WLD", "WLD"]


def test_there_have_been_counts_and_the_cut_is_a_share_but_a_pay_change_is_none():
    f = _one("Pyongyang long sent builders to the Gulf. In Oman there have been some 1,800 since 2003, working on roads.", "2018-03-01")
    assert (f.value, f.unit, f.country) == (1800, "people", "OMN")
    text = "Workers in China hand most of their pay to the state. The cut was later raised to 65%. Their wages rose 15 percent."
    assert [(f.value, f.metric) for f in _all(text, "2018-03-01")] == [(65, "share_remitted")]
    assert _all("Pay for North Korean workers in Russia was slashed by 25% last year.", "2018-03-01") == []


def test_round_29_shapes():
    assert _one("Builders from North Korea worked on the arena in Russia. Normally, 80 percent of their pay is seized by the state.",
                "2017-04-01").country == "WLD"
    assert _all("Prosecutors announced indictments of 12 North Koreans accused of working for two firms in China.", "2024-12-13") == []
    f = _one("The firm in Nepal failed to obtain work visas for the 48 North Korean workers, who were then deported.", "2015-03-15")
    assert f.unit == "people"
    f = _one("Officials said about 150 North Korean workers held IT jobs at US firms from 2018 to 2022.", "2024-12-13")
    assert f.year == 2022
    figs = _all("The number of permits in Russia fell from 30,100 to 11,200 from December 2017 to December 2018.", "2024-12-13")
    assert [f.year for f in figs] == [2017, 2018]


def test_round_30_shapes():
    assert _one("North Korean labourers in Poland now number 300, an official said.", "2017-10-19").value == 300
    assert _all("North Korean IT workers in China were hired by Fortune 500 firms.", "2025-07-25") == []
    text = "Loggers abroad earn some 6-7% of North Korea's total export earnings, while up to 90% of the workers' pay goes to the state."
    assert [f.value for f in _all(text, "2016-08-15")] == [90]


def test_round_31_shapes():
    figs = _all("A total of 9,400 visitor visas were issued to North Koreans in Russia from 1996-2015, during the Obama "
                "administration.", "2017-08-18")
    assert [(f.value, f.year, f.country) for f in figs] == [(9400, 2015, "RUS")]
    assert [f.unit for f in _all("North Koreans granted more than 9,000 U.S. visas", "2017-08-18")] == ["visas"]
    assert _all("Dozens of coaches, which can seat around 40 people, cross into China with North Koreans.", "2018-10-27") == []
    f = _one("An official said about two thousand North Koreans worked in Russia at the moment under work permits.", "2018-02-08")
    assert f.unit == "permits"
    text = ("North Korea earned an additional $1.2 billion selling coal to China last year. Sanctions aim to dry up US$2 billion "
            "of annual export income. Workers abroad send back $200 million a year.")
    assert [f.value for f in _all(text, "2017-05-15")] == [200_000_000]


def test_money_in_number_words():
    text = ("The regime earns an estimated two to four billion dollars yearly from its workers abroad. Workers abroad bring "
            "the regime about a half billion dollars a year.")
    assert [(f.text, f.value, f.low, f.high) for f in _all(text, "2017-07-10")] == [
        ("two to four billion dollars", None, 2e9, 4e9), ("half billion dollars", 5e8, None, None)]


def test_a_fraction_being_taken_is_a_share():
    text = "North Koreans working in the Gulf earn around $900 a month, with about half being kept by the North Korean government."
    assert [(f.value, f.metric) for f in _all(text, "2017-10-13")] == [(900, "monthly_wage"), (50, "share_remitted")]


def test_round_33_shapes():
    # a masthead's date in capitals and a view counter are no counts; a headline's "Years" is a duration
    figs = _all("gazette, MONDAY, 24 OCTOBER 2016 JOHN SMITH 60 North Koreans are working in Malta.", "2016-10-24")
    assert [f.value for f in figs] == [60]
    assert _all("N. Korean workers refuse to go to work\n2024-06-07 17:47:32      点击: 812\nNorth Korean workers gather "
                "in Hunchun.", "2024-06-07") == []
    assert _all("Up to 12 Years at Sea for North Korean crews on Chinese boats", "2025-02-24") == []
    # money over many years, or lost in damages, is no year's revenue; a year's sum over a decade is
    text = ("The bank sent back more than US$2 billion to North Korea over the last 15 years, taken from North Korean "
            "labourers in Kuwait. Victim firms incurred at least $4 million in damages from North Korean IT workers. "
            "North Korean workers in Kuwait sent back $300 million a year over the past decade.")
    assert [f.value for f in _all(text, "2016-10-24")] == [300_000_000]
    # fractions after a repatriating verb, or of "their wages" with no "of"
    figs = _all("Russia sent home two-thirds of its North Korean workers in 2018 and China repatriated over half, "
                "officials said.", "2019-03-15")
    assert [(f.country, f.metric, f.low) for f in figs][1] == ("CHN", "share_repatriated", 50)
    f = _one("North Koreans in Poland see little of it: more than half their wages are taken by the state.", "2016-05-31")
    assert (f.metric, f.low) == ("share_remitted", 50)
    # several countries and a region listed together, or countries in general: worldwide
    for text in ("The North sends workers to China, Poland, Russia, Uruguay, and the Gulf states, then takes up to 60 "
                 "percent of their pay.",
                 "The North sends workers to countries including China, Poland, Russia, Uruguay, and the Gulf states to "
                 "work in many trades, then strips them of their salaries - sometimes up to 60 percent."):
        assert _one(text, "2017-10-07").country == "WLD"
    figs = _all("While most of the 40,000 North Koreans on such schemes work in Asian countries – some 1,500 are "
                "believed to be in Qatar.", "2015-11-22")
    assert [f.country for f in figs] == ["WLD", "QAT"]
    # "had obtained work visas" holds them; "takeaway pay" is take-home pay
    assert _one("A total of 52 North Koreans had obtained business and work visas for Nepal.", "2019-12-12").unit == "permits"
    f = _one("North Korean builders in Vladivostok got only U.S. $35 in takeaway pay.", "2020-05-01")
    assert (f.metric, f.value) == ("monthly_take_home", 35)


def test_a_sum_named_again_takes_the_revenue_before_it():
    text = ("Officials say North Korea earns about $500 million a year from labourers abroad. Experts think the more "
            "likely figure is between $250 million and $300 million.")
    assert [(f.metric, f.low) for f in _all(text, "2019-05-01")][1] == ("annual_revenue", 250_000_000)
    assert _all("The firm was fined in 2019. The total was $3 million.", "2019-05-01") == []


def test_round_34_shapes():
    # a count quoted before its noun is a count; teams' sizes, interviewees, the blacklisted and their roles are not
    f = _one("North Korea plans to send workers to Ukraine. A source told Daily NK that “700 to 900” workers were "
             "recruited.", "2022-10-21")
    assert (f.low, f.high) == (700, 900)
    text = ("The workers would be sent to Russia in small teams of 30 to 50 people. In total, BBC News interviewed "
            "seven workers who each described the same conditions in Russia. The resolution also blacklists 15 more "
            "North Korean individuals. Twelve are heads of North Korean banks overseas while three others are senior "
            "ruling Workers' Party officials.")
    assert _all(text, "2017-12-23") == []
    # non-workers counted by "the number of"; suspects and those who fled; a headline's "Languages"
    assert _all("Kuwait decided to cut the number of North Korean diplomats in the country to three from the current "
                "eight.", "2017-09-17") == []
    text = ("Another six North Koreans wanted by the Malaysian police remain at large. Police say four of them fled "
            "Malaysia on the day of the attack.")
    assert _all(text, "2017-03-15") == []
    assert _all("2 N.Korean Workers Flee Labor Camp in Qatar", "2016-04-25") == []
    assert _all("Navigation\nChoose from 30 Languages\nSouth Korea welcomes defectors", "2016-05-24") == []
    # "without valid work permits" holds none; arms sales and goods traded are no workers' money
    assert _one("The workers are among the 150 North Koreans in Sarawak said to be without valid work permits.",
                "2017-03-15").unit == "people"
    assert _all("North Korea also made $300 million in arms sales in 2015. Goods traded with North Korea across Africa "
                "amount to more than $90 million a year.", "2017-11-23") == []
    # Donbas is in Ukraine; a country named to compare with is not "the country"; a war's place is no host
    assert _one("A source said about 150 new North Korean workers were sent to Donbas last January.", "2024-04-15").country == "UKR"
    f = _one("Even though Kuwait is a small market compared to China and Russia, North Korean nationals working in the "
             "country contribute between $1.2 billion and $2.3 billion a year to Pyongyang.", "2017-09-17")
    assert f.country == "KWT"
    text = ("Poland issued 1.3 million permits to Ukrainians, whose numbers surged since fighting began in the Donbas. "
            "Workers told researchers that up to 80 percent of their wages went to the state.")
    assert _one(text, "2016-06-01").country == "POL"


def test_round_35_shapes():
    # sources cited, escapes and defections are no workforce; neither are restaurants counted by place
    text = ("As many as 3,000 North Korean workers in China staged protests last month, according to two South Korean "
            "researchers. Sources said that eight North Korean female workers at a seafood factory in Donggang, Liaoning "
            "Province escaped the workplace in June. It followed the earlier defection of 12 waitresses from a North "
            "Korean restaurant in Ningbo.")
    assert [f.value for f in _all(text, "2016-05-24")] == [3000]
    text = ("North Korea runs around 120 restaurants overseas which once earned some US$30 million a year. Some 80 are "
            "in China, eight in Russia and five in Cambodia.")
    assert [f.value for f in _all(text, "2016-05-24")] == [30_000_000]
    # a conversion in brackets does not cut the clause from its years; a part's whole is worldwide
    f = _one("Pyongyang is expected to have made $700 million (£550 million) from 2017 to 2023 from its workers.", "2024-02-08")
    assert f.year == 2023
    text = ("Some 300 North Koreans reportedly working in Malaysia send funds home. According to a newspaper, the number "
            "is part of a 50,000-strong diaspora.")
    assert [f.country for f in _all(text, "2016-07-08")] == ["MYS", "WLD"]
    # "Sending 85% to the North" is the state's share
    assert _one("IT worker reveals: earning a fortune, sending 80% to the North", "2025-08-03").metric == "share_remitted"


def test_round_36_shapes():
    # hyphenated hundreds and "to surpass" as a lower bound
    figs = _all("North Koreans entering Russia in 2024 rose to surpass 12-thousand, with over 68-hundred of them saying "
                "they came to study.", "2025-07-01")
    assert [(f.value, f.low, f.qualifier) for f in figs] == [(12000, 12000, "surpass"), (6800, 6800, "over")]
    # a share with the amount in brackets before its verb; a range in RMB is money, not people
    f = _one("Workers in China get little pay, with approximately half (100-200 RMB) going straight to Pyongyang.", "2016-06-17")
    assert (f.unit, f.metric) == ("percent", "share_remitted")
    # border crossings counted as "times" are arrivals; group sizes, "N people each" and fees are none
    f = _one("In 2024, North Korean nationals crossed the Russian border 6,500 times, allegedly to study.", "2025-05-05")
    assert (f.value, f.metric) == (6500, "new_arrivals")
    text = ("Groups of 30-40 women have been departing for China as dispatched workers. They are selecting 5-7 people "
            "each from enterprises. Exit permit fees cost 300 yuan (about $39), so many pay bribes to go.")
    assert _all(text, "2025-12-15") == []
    # the indicted, the wanted, those charged or sanctioned; what operatives keep for themselves
    text = ("Fourteen North Korean Nationals Indicted for IT Worker Scheme. Twelve individuals are wanted for using "
            "stolen identities. The charges against the five include wire fraud. The Treasury announced sanctions "
            "against two North Korean nationals.")
    assert _all(text, "2024-12-13") == []
    text = "Cyber agents are known to keep about 10% of their income and send the remaining 90% to North Korea."
    assert [f.value for f in _all(text, "2023-03-01")] == [90]
    # a US state is no town abroad; a sum raised is revenue
    f = _one("An Arizona woman helped North Koreans obtain IT jobs at over 300 companies, raising $6.8 million for the "
             "regime.", "2024-08-11")
    assert (f.metric, f.country) == ("annual_revenue", "WLD")
    # a war's year and its attacker are not the figure's; nor is a treaty's year
    text = ("Kim Jong Un will dispatch 6,000 personnel to Russia's Kursk region. They include 1,000 sappers and 5,000 "
            "construction workers to rebuild infrastructure damaged during Ukraine's 2024 offensive.")
    assert [(f.country, f.year) for f in _all(text, "2025-06-18")] == [("RUS", 2025)] * 3
    text = ("- This follows the November 2024 mutual defense treaty between Russia and North Korea.\n"
            "- It involves the deployment of 5,000 military construction workers to Russia.")
    assert _one(text, "2025-06-18").year == 2025


def test_round_37_shapes():
    # visas named by their issuer are visas; a range that opens the sentence with "From" is a range
    f = _one("From 11,000 to 14,000 Russian visas are yearly issued to North Korean citizens, an envoy said.", "2018-02-07")
    assert (f.low, f.high, f.unit) == (11000, 14000, "visas")
    # what workers "only earn" of their wages, suspected cases and the sick are no figures
    text = ("The workers only earn about 30 percent of the wages while the rest goes to the North Korean government. "
            "In April, about 20 suspected cases of COVID-19 were detected among North Korean workers in Dandong. The 20 "
            "or so North Koreans who appear to have symptoms are being treated in isolation.")
    assert _all(text, "2022-05-15") == []
    # the firms a remote worker serves are not where he works
    text = ("North Korea sends IT workers abroad, primarily to China. He used fake identities to secure remote jobs with "
            "firms across the United States and Europe, earning at least $4,000 monthly.")
    assert _one(text, "2025-08-15").country == "CHN"


def test_round_38_shapes():
    # a hyphenated range after "from" is a range (a span of years stays a span); money spent is no revenue
    f = _one("According to the UN, North Korea has from 2,000-9,000 IT technicians working abroad.", "2024-09-15")
    assert (f.low, f.high) == (2000, 9000)
    text = ("A worker said the system earns the regime more than $1.5 billion annually, and that Kim Jong Un alone has "
            "spent $600 million on luxury goods in recent years.")
    assert [f.value for f in _all(text, "2015-10-29")] == [1.5e9]
    # "the other N" after a count of something else is more of it; "the remaining N" stays a count
    text = ("Another six North Koreans wanted by the Malaysian police remain at large. Police say four of them fled "
            "Malaysia, while the other two are hiding in the embassy.")
    assert _all(text, "2017-03-15") == []
    text = "Two members of the North Korean embassy visited the port to urge the release of the remaining 11 on Monday."
    assert [f.value for f in _all(text, "2015-07-18")] == [11]


def test_round_39_shapes():
    # a plural demonym after a count is other nationals; a sender's "workers abroad" has no plausibility bound
    text = "The agents used the stolen identities of more than 60 Canadians to land remote jobs."
    assert _all(text, "2025-03-01") == []
    f = _one("Officials said Pyongyang has agreed to send about 350,000 more workers abroad once flights resume.", "2024-05-02")
    assert (f.value, f.country) == (350000, "WLD")
    # part of a count of permit holders keeps its unit; "the N others ... because they hold work visas" are permits
    figs = _all("In Laos, only 52 North Koreans held work visas, including four who got them this year.", "2019-11-20")
    assert [(f.value, f.unit) for f in figs] == [(52, "permits"), (4, "permits")]
    f = _one("Police are detaining the overstayers, while the 21 others carry on at their firms because they hold valid working visas.", "2018-04-03")
    assert f.unit == "permits"
    # a multi-year total opening the sentence is no year's revenue; other nationals' pay and a premium on pay are no figures
    assert _all("Over five years, the two agents and their team raised at least $70m for the regime.", "2024-10-10") == []
    assert _all("While Filipino crewmen were paid about 400 U.S. dollars a month, the North Koreans' wages went to Pyongyang.", "2024-10-10") == []
    assert _all("Sunday shifts earned them an extra 50 percent of their daily pay, the manager said.", "2010-05-05") == []
    # the year a workplace opened is not its workforce's; "N of the M who came in YEAR" is that year's
    f = _one("The North Korean cafe in Da Nang opened in 2013 and was employing around 12 North Koreans.", "2018-06-04")
    assert f.year == 2018
    figs = _all("Almost 6,000 of the 11,000 North Koreans who entered Russia in 2023 did so on student visas.", "2024-09-01")
    assert [f.year for f in figs] == [2023, 2023]
    # casualties in a headline or after "the bodies of"; defendants named in wanted notices; witnesses at a scene
    assert _all("4 DPRK Engineers Killed in Northern Mali", "2014-03-03") == []
    assert _all("Villagers found the bodies of the four DPRK engineers at dawn.", "2014-03-03") == []
    assert _all("Prosecutors in Ohio issued wanted notices for five North Korean nationals.", "2025-01-09") == []
    assert _all("A witness said fewer than six workers were at the scene.", "2022-08-08") == []
    # two people at work are staff; a firm's whole staff is no count of North Koreans
    f = _one("A source said two people, a doctor and a nurse, were working there, at the North Korean clinic in Kampala.", "2016-05-05")
    assert f.value == 2
    assert [f.value for f in _all("The number of staff at Textila rose to around 600, so the North Korean embassy offered 80 North Korean women.", "2008-02-02")] == [80]
    # an example after "countries, including" is no place of a worldwide total; a deporting state is the host
    f = _one("North Koreans work in some 40 countries worldwide, including in the European Union, and number between 80,000 and 150,000.", "2017-08-01")
    assert f.country == "WLD"
    f = _one("Twelve North Korean citizens were deported by Ghanaian authorities in late 2019 ahead of a UN deadline banning DPRK overseas workers.", "2020-04-01")
    assert (f.country, f.year) == ("GHA", 2019)
    # firms based in two countries: the figures after them are both's
    text = ("The suspects worked for two fronts: China-based Alpha Star and Russia-based Beta Star.\n\n"
            "They were among some 110 North Korean IT workers employed by the two firms.")
    assert _one(text, "2024-12-01").country == "WLD"


def test_round_40_shapes():
    # defections, group sizes given as a range, executive-order numbers: no counts of a workforce
    assert _all("The recent defections of 11 employees of a North Korean restaurant in China surprised Seoul.", "2016-04-20") == []
    assert _all("Trawlers in Montevideo take on groups of eight to fifteen North Korean sailors.", "2016-06-15") == []
    assert _all("Does hiring North Korean crews breach EO 13810?", "2018-01-01") == []
    # a preposition "over" is no bound; a share of the goods produced is no share of pay
    f = _one("A Russian foreman stood over three North Korean labourers as they plastered a wall in Khabarovsk.", "2013-05-05")
    assert (f.value, f.low) == (3, None)
    assert _all("The deal gives Russia 65% and North Korea 35% of what is logged by the North Korean crews.", "2012-03-03") == []
    # shares going into the leader's coffers; two regions together are the world's
    f = _one("The state collects billions from them, an estimated 60 to 80 percent going into the private coffers of the leader.", "2020-04-20")
    assert (f.low, f.high, f.unit) == (60, 80, "percent")
    f = _one("At least four North Korean footballers play in Europe and the Middle East, a UN panel said.", "2020-04-20")
    assert f.country == "WLD"
    # a customer abroad is no place of the workforce; "the nine men have come to" a town are workers
    text = ("GDYNIA, Poland — At a shipyard on Poland's coast, welders were building a ferry for a customer in Norway. "
            "The scene looked ordinary, except for the origin of a dozen of the welders.")
    assert _one(text, "2018-01-03").country == "POL"
    f = _one("The seven men have come to the Chinese city of Dandong from a North Korean art studio.", "2017-10-09")
    assert (f.value, f.country) == (7, "CHN")


def test_round_40c_shapes():
    # sanctions and statute labels: resolutions with their acronym, executive orders, tiers, the US Code
    text = ("The firm helped evade Security Council Resolutions (UNSCR) 2371 and 2375, and UNSCR 2397 required states to expel "
            "North Korean workers. The move was taken under Executive Orders 13722 and 13810. The report kept North Korea on "
            "Tier 3. Such labour may fall under 22 U.S.C. 9214.")
    assert _all(text, "2020-02-02") == []
    # prisoners at home, a rate, combat troops counted as people, leaders of front firms: no workforce abroad
    assert _all("The report said Pyongyang holds between 70,000 and 110,000 North Koreans in prison camps.", "2016-07-07") == []
    assert _all("Experts estimate that one in ten citizens are made to work for the state.", "2019-03-03") == []
    text = "The first troops reached the front in October, when there were about 11 thousand people."
    assert _all(text, "2025-05-05") == []
    assert _all("The order designates two DPRK leaders of those front companies in Laos.", "2025-01-16") == []
    # a share of workers by where they work is no share of pay; a total since a year is no year's revenue
    text = "The regime earns over $400 million a year from its 90,000 overseas workers, of whom an estimated 70 percent work in China and Russia."
    assert [f.unit for f in _all(text, "2019-02-27")] == ["usd", "people"]
    assert _all("Since 2020, the front company's IT workers earned over $2 million for North Korean entities.", "2025-08-27") == []
    # round thousands spaced off once: one number
    f = _one("North Korea has sent about 14 000 migrant workers to Russia, many on student visas.", "2025-05-05")
    assert f.value == 14000


def test_round_41_shapes():
    # a forecast with "could" is no figure; a plan with "will" is
    text = "Some 14,000 North Koreans work in Russia. The number could rise to 45,000 by year's end, officials said."
    assert [f.value for f in _all(text, "2025-08-12")] == [14000]
    # visits with "such"; migrant workers in a paragraph about North Korea are its workers, those "mostly from" elsewhere not
    f = _one("North Korean travel to Russia nearly stopped this spring, after some 12,000 such visits in 2024.", "2025-05-08")
    assert (f.value, f.year) == (12000, 2024)
    text = ("Pyongyang has sharply raised the flow of migrant workers to Russia, the paper said.\n"
            "The intelligence figure of 14,000 migrant workers matches Russian statistics.")
    assert [f.value for f in _all(text, "2025-05-15")] == [14000]
    assert _all("North Korea sent crews there. The fleet employs about 19,000 migrant fishers, mostly from Indonesia.", "2021-01-01") == []
    # the joint zone at home and its wages in won; defectors arriving in the South; servicemen; interviewees; the infected
    assert _all("Kaesong is where some 50,000 North Koreans were made to work, he said.", "2016-02-15") == []
    assert _all("Each worker instead receives 5,000 North Korean won, he said.", "2016-02-15") == []
    text = "Last month, eight North Korean workers arrived in South Korea from Russia. Two of those are said to be military servicemen."
    assert _all(text, "2023-01-26") == []
    assert _all("In interviews with roughly a dozen former North Korean workers abroad, all said the same.", "2018-04-15") == []
    assert _all("About 400 people have been confirmed to be infected with the disease in Angola.", "2016-04-08") == []
    # a day range before a month is a date; other nationals counted in brackets after "were from"
    assert [f.value for f in _all("The transfer of North Korean workers to Russia ran from 7 to 12 October, with 1,200 North Korean workers.", "2024-11-08")] == [1200]
    text = "Besides the 41 North Koreans, the mine's 100 foreign workers were from Myanmar (25), Indonesia (20) and China (15)."
    assert [f.value for f in _all(text, "2014-11-24")] == [41]


def test_round_42_shapes():
    # flows per day or per busload, a disappeared group, diners: no workforce
    text = ("About 1,800 North Korean workers went home this month, an average of 150 or so workers going home every day. "
            "Around 90 workers at a time board the buses.")
    assert [f.value for f in _all(text, "2024-10-15")] == [1800]
    assert _all("A group of 18 North Korean garment workers sent to Shanghai to earn foreign currency for the state have disappeared.", "2022-03-22") == []
    assert _all("The owner reported the disappearance of the 18 women to the consulate.", "2022-03-22") == []
    assert _all("Restaurant patrons included at least seven North Korean men with badges.", "2023-09-29") == []
    # things after an adjective in -ed; spans of control; speakers; hours; serial numbers
    assert _all("The probe found North Korean workers in 12 identified seafood processing plants.", "2024-03-09") == []
    assert _all("Each minder watches 10 to 15 waitresses.", "2016-04-15") == []
    assert _all("Two others recall the frozen bodies of North Korean loggers in Russia.", "2016-04-12") == []
    assert _all("North Korean builders in Kuwait worked from 6am to 11. From 11 to 1 it was lunch.", "2015-02-24") == []
    assert _all("(Brief 2024-17) North Korean Labour Dispatch to Russia", "2024-09-12") == []
    # an agent's remittance, a total since an event, a lump sum on return, a page's subscription price: no metric's money
    assert _all("Each security agent must extort and remit $20,000 to $90,000 to Pyongyang a year.", "2013-07-09") == []
    assert _all("The regime has raised more than $25 million since Kim decided to send more North Korean workers abroad.", "2013-07-09") == []
    assert _all("North Korean waitresses receive $2,000 and a television upon returning home after three years.", "2016-04-15") == []
    assert _all("Our reporting on North Korean workers is reader-funded. Support us from $6 a month.", "2024-01-01") == []
    # small monthly pay is pay; a region opening a list of countries is the world
    f = _one("Former staff said North Korean waitresses are paid $12 to $18 a month.", "2016-04-15")
    assert (f.low, f.high, f.metric) == (12, 18, "monthly_wage")
    assert _one("Some 5,000 North Korean workers are in the Middle East, Russia and China.", "2015-03-31").country == "WLD"


def test_round_43_shapes():
    # IT-scheme pages: a scheme's lifetime total, monthly payments, wanted and sanctioned people, personae, cases
    assert _all("The scheme generated $70 million for the regime over six years, the indictment said.", "2024-12-12") == []
    assert _all("The payments, averaging $2.1 million per month, went to North Korean developers.", "2025-07-03") == []
    assert _all("The US offered a reward for the identification of three North Korean IT workers and their manager.", "2024-05-18") == []
    assert _all("The department is offering $5 million for information on 12 North Korean nationals indicted Thursday in a scheme.", "2024-12-12") == []
    assert _all("Seoul sanctions 11 N. Korean workers over cyber theft", "2024-12-26") == []
    assert _all("One North Korean worker used at least 10 personae across Europe.", "2025-04-20") == []
    assert _all("The firm investigated 300 North Korean IT worker cases last year.", "2025-08-04") == []
    # trials, withdrawn permits, applications, embassy staffers: no workforce
    assert _all("Two construction workers from the DPRK are on trial in Abu Dhabi.", "2014-02-10") == []
    assert _all("Governors had repealed 61 previously issued permits for North Koreans.", "2018-01-04") == []
    assert _all("We applied for two or three North Korean workers, but one was denied.", "2016-10-01") == []
    assert _all("Kuwait will expel the ambassador and four other staffers.", "2017-09-17") == []
    # rent, laundering, a deficit are no workers' money; "through its foreign workers" in a sentence about Pyongyang is
    assert _all("The hostel brings in about 30,000 euros (US$33,000) per month in rent for Pyongyang.", "2017-05-14") == []
    assert _all("Its restaurants help the DPRK launder $600 million a year, the UN says.", "2024-03-25") == []
    assert _all("North Korea runs an annual deficit of between $400million and $900million.", "2023-07-01") == []
    f = _one("Pyongyang earns up to $1.5 billion through its foreign workers, UN figures show.", "2017-09-26")
    assert f.high == 1.5e9
    # what workers receive is no share of the state's; a hyphenated trade is a workforce; a worker who speaks is no host
    assert _all("Workers from North Korea employed on Qatar's building sites are receiving only 10% of their salary.", "2014-11-15") == []
    assert _one("Over 60 soldier-labourers have been employed by the firm in Qatar since 2010.", "2016-06-15").value == 60
    text = "North Korean women pick tomatoes on a farm in Poland.\n\nAt the site, a Ukrainian worker said more than 90 North Korean women work there."
    assert _one(text, "2016-12-27").country == "POL"


def test_a_change_since_a_year_dates_its_first_end():
    figs = _all("The envoy said the number of North Korean workers in Russia fell from 32,000 to 12,000 since 2017.", "2019-02-05")
    assert [f.year for f in figs] == [2017, 2019]


def test_round_44_shapes():
    # trade and commodity money in a sentence with no workers is no revenue from workers
    text = ("Its garment industry generated more than $400 million last year, according to Chinese trade data. "
            "It had been expected to earn $200 million from iron ore in 2017 and $250 million from seafood. "
            "The council capped its coal exports at $350 million annually.")
    assert _all(text, "2017-08-07") == []
    # forecasts with attract/employ; a frozen issuance; expired permits; a capacity; statute numbers
    assert _all("Russia's building sites may attract up to 45,000 workers from North Korea, the minister said.", "2022-09-15") == []
    assert _all("He said the country could employ 20,000-40,000 North Korean workers.", "2023-10-15") == []
    assert _all("The governors revoked the work permits of 30 nationals of the DPRK.", "2018-01-15") == []
    assert [f.value for f in _all("It issued 12 work permits to North Koreans before May 2017, of which two have now expired.", "2018-01-15")] == [12]
    assert _all("The walled compound had living spaces for up to 90 North Koreans.", "2021-05-15") == []
    assert _all("A UNSC Resolution, 2375 (2017) bars hiring North Korean nationals; SRO 1130(1)/2017 bans work visas for North Koreans.", "2019-07-09") == []
    # "half a million"; defectors who arrived safely in the South
    assert _one("Russia is planning for half a million North Koreans to replace its building workers.", "2024-01-10").value == 500000
    assert _all("The eight workers arrived safely in South Korea last month.", "2023-01-25") == []


def test_round_45_shapes():
    # deaths, troops who fought, poachers, crews said to be other nationals: no workforce
    assert _all("Four North Korean workers found dead in Russia: official", "2013-07-01") == []
    assert _all("Russia Opens Criminal Probe Into Deaths of 4 North Korean Laborers", "2018-03-01") == []
    assert _all("Three North Korean workers may have suffocated to death during a gas leak.", "2018-03-01") == []
    assert _all("An estimated 10,000 North Koreans fought for Russia in the war with Ukraine.", "2025-02-24") == []
    assert _all("Russia said it detained more than 200 North Korean fishermen for poaching in its waters.", "2019-09-28") == []
    assert _all("The captain said all of the 12 sailors are Chinese nationals.", "2023-03-30") == []
    # ages after names, things after "of these", offences, a flow once a month
    assert _all("North Korean workers Pak Chol, 36 and Ri Song, 23, died in the hotel.", "2017-06-01") == []
    assert _all("In 2019, more than 120 of these wooden vessels washed ashore in Japan.", "2021-09-27") == []
    assert _all("The report found 150 suspected or confirmed offences by the fleet.", "2025-07-01") == []
    assert _all("I used to bring 30-40 North Korean factory workers across at least once a month, he said.", "2016-12-02") == []
    # a licence's price, fishing rights sold, a group's pay, the share workers see
    assert _all("A single fishing licence cost about 40,000 yuan (US$6,000) per month.", "2019-02-15") == []
    assert _all("North Korea raked in about $25 million this year from China by selling fishing rights.", "2016-07-03") == []
    assert _all("They were paid 12,000 roubles (about $190 -ed.) for four people.", "2020-03-01") == []
    assert _all("North Korean workers get wages they see as little as 10 percent of, after the state's cut.", "2018-02-23") == []


def test_round_46_shapes():
    # clothing exported, a hit to revenue, South Korean won: no workers' money
    text = ("North Korea exported about $700 million worth of clothing last year, a trade agency said. "
            "That's an almost $750 million hit to its revenue.")
    assert _all(text, "2017-09-16") == []
    assert _all("North Korean workers usually receive 300 yuan (around 45,000 South Korean won) per month.", "2018-08-07") == []


def test_ordinary_counts_stay_figures_next_to_the_new_shapes():
    # a reviewer's counter-examples to this session's rules: each must still give its figure
    for text, value in [("North Korea withdrew about 2,000 workers from Kuwait in 2018.", 2000),
                        ("Some 2,500 North Korean workers who labour from dawn to dusk every day were in Russia in 2018.", 2500),
                        ("After Kaesong closed in 2016, 40,000 North Korean workers were sent to China.", 40000),
                        ("Their monthly salary has been around $650 since 2019.", 650),
                        ("In recent years, the regime earned about $400 million from its workers abroad each year.", 4e8),
                        ("North Koreans abroad earn the regime up to $400 million a year, more than its coal exports.", 4e8),
                        ("Some reports say the state gets 60% of their wages.", 60),
                        ("The restaurant chain had 110 North Korean staffers in China in 2018.", 110),
                        ("Some 11,000 North Korean workers hurt by sanctions left Russia in 2018.", 11000),
                        ("North Korea sent 2,000 workers, mostly from Sinuiju, to Russia.", 2000),
                        ("After the new sanctions 9,000 North Korean workers left Russia.", 9000)]:
        assert value in [f.value for f in _all(text, "2019-01-01")], text
    assert [f.value for f in _all("The company employs 1,800 North Koreans in Russia, 400 of them in factories.", "2019-01-01")] == [1800, 400]
    assert _all("Pak Chol, 36 and Ri Song, 23 said they worked in Russia.", "2019-01-01") == []


def test_round_47_shapes():
    # forecasts and hypotheticals: "likely to", "could be needed", "would have put the total at"
    assert _all("About 150 North Koreans are likely to leave Hunchun on Monday.", "2023-09-01") == []
    assert _all("An official said that between 15,000 and 40,000 North Korean workers could be needed for the rebuilding.", "2025-06-01") == []
    assert 16 not in [f.value for f in _all("The 11 waitresses planned to leave with five more workers, which would have put the total at 16.", "2016-05-01")]
    # troops, however written: "of its military personnel", "in addition to the N" after troops
    assert _all("Since last autumn North Korea has sent about 14,000 of its military personnel to Russia.", "2025-10-01") == []
    assert _all("Pyongyang deployed 2,000 more troops this spring, in addition to the 12,000 it sent in October.", "2025-05-01") == []
    # people in the story who are no workforce: interviewees, suicides, owners on paper, a sanctions list
    assert _all("All seven workers we spoke to described the same long days.", "2025-08-01") == []
    assert _all("Stranded for years, three North Korean seamstresses took their own lives in Dandong.", "2022-03-01") == []
    assert _all("The restaurant in Kathmandu was registered in the name of two North Korean citizens.", "2019-07-01") == []
    assert _all("The sanctions list holds a total of 85 individuals and 70 entities.", "2021-01-01") == []
    assert [f.value for f in _all("UN panel approved 40 cases of sanctions exemptions last year\n\nNorth Korean workers abroad numbered 2,000.", "2021-01-01")] == [2000]
    assert _all("We fell ill because so many people, 8 to 25 per small room, lived together in Siberia.", "2018-10-01") == []
    # durations and lengths: "13 hour days", "a 90 metre hill"
    assert _all("North Korean seamstresses in China work 13 hour to even 15 hour days.", "2025-07-01") == []
    assert _all("North Korean workers built it. At 52 metres high, on top of a 90 metre hill, the monument is Africa's tallest.", "2016-10-01") == []
    # money that is no pay or revenue: interest, seizures, team totals, totals over years or in a court case
    assert _all("North Korean workers in China repay loans with $80 to $120 per month in interest.", "2022-03-01") == []
    assert _all("The FBI earlier made court-authorized seizures of roughly $2.5 million in revenue.", "2023-10-01") == []
    assert _all("Teams of North Korean IT workers could collectively earn more than $4 million annually.", "2025-01-01") == []
    assert _all("About 140 North Korean IT workers held jobs at US firms from 2016 to 2022 and generated at least $77 million.", "2024-12-01") == [] or \
        [f.unit for f in _all("About 140 North Korean IT workers held jobs at US firms from 2016 to 2022 and generated at least $77 million.", "2024-12-01")] == ["people"]
    assert [f.unit for f in _all("Over a period of five years, the 140 workers generated revenue of $77 million for North Korea.", "2024-12-01")] == ["people"]
    # the share a worker keeps is no share sent to the state
    assert _all("Owners take the wages, and the waitresses themselves only receive a cut of 20-30%.", "2020-05-01") == []
    # defectors reaching the South are no workforce
    assert _all("The number of North Koreans who reached South Korea in 2018 was 1,137.", "2024-05-01") == []
    # a range with a non-breaking hyphen
    f = _one("The UN estimates North Korean IT workers generate $300\u2011$700 million each year for the regime.", "2025-07-01")
    assert (f.value, f.low, f.high) == (None, 300e6, 700e6)
    # years: "before the pandemic" is 2019; "Of these entries" takes the year of the sentence before
    assert _one("The US estimated there were 120,000 North Korean workers abroad before the pandemic.", "2023-04-01").year == 2019
    text = "Some 14,100 North Koreans entered Russia in 2024, a tenfold rise from the previous year. Of these entries, 8,050 individuals claimed study."
    assert [f.year for f in _all(text, "2025-02-01")] == [2024, 2024]
    # places: a first name is no Indian town; a university's city is no host; the DRC is the Democratic Republic of the Congo
    text = "North Korea will cut its medical staff in southern Libya.\nHassan Omar, the head of the health office, spoke.\nThere are currently 30 DPRK medical workers in the area."
    assert _one(text, "2015-07-01").country == "LBY"
    text = "A rights group spoke on firms in Poland in Warsaw. North Korean workers earn about $130 a month, according to a report from the University of Leiden."
    assert _one(text, "2017-10-01").country != "NLD"
    assert _one("In 2018 three North Korean businessmen went to the DRC on visas.", "2020-10-01").country == "COD"
    # more of the same things: "about 20 Korean restaurants in the town. Now there are close to 60"
    text = "In 2005 there were about 20 Korean restaurants in the town. Now there are close to 60, serving about 900 South Koreans who live there."
    assert _all(text, "2014-06-01") == []
    # what a reporter's sources say is planned for next month is this year's
    assert _one("Authorities plan to send up to 12,000 workers to Russia starting in early April.", "2021-02-15").year == 2021
    # countries goods are exported to are no hosts
    text = ("Coveralls made there have been exported to the US, Germany, Japan, and the Philippines.\n\n"
            "The North Korean state reportedly gets 65% of the workers' wages.")
    assert _one(text, "2020-11-21").country != "PHL"
    assert _all("More than 3,000 people across the country are learning Korean, the rector said.", "2025-05-01") == []


def _each_gives_its_figure(cases: list[tuple[str, str, float]]) -> None:
    """Each (text, publication date, value): the text still gives a figure of that value (or upper bound)."""
    for text, pub, value in cases:
        assert value in [f.value or f.high for f in _all(text, pub)], text


def test_round_47_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to round 47's rules: each must still give its figure
    _each_gives_its_figure([
            ("Around 50,000 North Koreans are likely to be working in Russia now, experts say.", "2025-01-01", 50000),
            ("Some 2,000 workers whose contracts are likely to be extended remain in Vladivostok.", "2025-01-01", 2000),
            ("Another 3,000 arrived in March, which would have brought the total to 15,000.", "2019-06-01", 15000),
            ("Another 150 arrived after we spoke to the mayor in May.", "2019-06-01", 150),
            ("About 40 North Korean teachers help Russian students learning Korean in Vladivostok.", "2019-06-01", 40),
            ("Besides its troops, Pyongyang has sent 6,000 military builders in addition to the 15,000 North Korean labourers already working in Russia.", "2025-01-01", 15000),
            ("Russia issued work permits in the names of 3,000 North Koreans last year.", "2019-06-01", 3000),
            ("The number of North Koreans who reached South Korea fell to 67 last year, while about 100,000 North Korean workers remain in China.", "2024-06-01", 100000),
            ("Some 300 of its former military personnel now work at Russian construction sites.", "2025-01-01", 300),
            ("North Korean workers in Russia earn $800 a month as interest in foreign labour grows.", "2019-06-01", 800),
            ("Despite seizures, the workers still earn $700 a month.", "2019-06-01", 700),
            ("North Korean IT workers collectively earn up to $600 million a year for Pyongyang, the UN says.", "2024-06-01", 600e6),
            ("Revenue from North Korean workers abroad rose from $1.2 billion to $2.3 billion between 2013 and 2017.", "2018-06-01", 2.3e9),
            ("A Chinese broker was charged on Tuesday, and the UN says North Korean workers abroad earn the regime some $500 million.", "2024-06-01", 500e6),
            ("From the wages of the workers the state gets a cut of 70 percent.", "2019-06-01", 70),
            ("North Korea runs about 50 trading companies in Dandong. Altogether there are some 3,000 on their payrolls.", "2019-06-01", 3000)])
    assert _one("In 2017, before the pandemic, about 100,000 North Korean workers were in China.", "2023-01-01").year == 2017
    assert _one("Around 2,000 North Korean workers sent before the pandemic still work in Mongolia.", "2024-06-01").year == 2024
    assert _one("Officials say the workers will stay, although their number fell to 30,000 in November.", "2024-02-15").year == 2023
    assert _one("Seafood processed by North Koreans is shipped to Japan, and Russia employs about 20,000 more of them.", "2019-06-01").country == "RUS"
    assert _one("Researchers at the National University of Mongolia counted 1,200 North Korean workers in the country.", "2019-06-01").country == "MNG"
    assert _one("About 300 North Korean workers are building a new campus for Tomsk University.", "2019-06-01").country == "RUS"


def test_round_48_shapes():
    # room for people, the dead, a sanctions list, flights: no workforce
    assert _all("Diners are led to private rooms that can seat as many as 18 people.", "2018-01-10") == []
    assert _all("Estimates put Russian military casualties as high as 150,000 dead and 300,000 wounded.", "2024-10-26") == []
    assert _all("Three North Korean workers were mysteriously reported dead in Moscow in May.", "2017-07-01") == []
    assert _all("The resolution added 14 individuals and one entity to the sanctions list.", "2018-02-07") == []
    assert _all("Air Koryo raised the number of weekly flights between the two cities to six from the previous three.", "2019-12-09") == []
    assert _all("There is little contact between the labourers and the town's 35,000 ethnic Koreans.", "1995-12-31") == []
    # a year naming a thing, a fiscal year: no count
    assert _all("A 2018 U.N. ban ordered all North Korean workers home, but some remain.", "2021-04-15") == []
    assert _all("The rule follows the FY 2021 defense bill on North Korean workers abroad.", "2021-11-19") == []
    # money that is no pay: a lump brought home, a broker's incentive per worker
    assert _all("Some workers returned from years of labour abroad with less than $150 to themselves.", "2018-10-15") == []
    assert _all("An official offered the broker a monthly incentive of 90 yuan (US$13) for each North Korean worker placed.", "2016-08-04") == []
    # builders named after combat engineers are workers
    assert [f.value for f in _all("Pyongyang will send 1,500 combat engineers and 4,000 military builders to restore the Kursk region.", "2025-06-20")] == [1500, 4000]
    # a range of yuan ending in a year-like number is no year
    assert _one("Workers in China earn about RMB 1600 to 2000 a month, with about half of that going to the state.", "2019-11-25").year == 2019
    # places: a country's news agency speaks; a ship's port of departure is no host
    assert _one("Malaysia stopped renewing permits, according to Japan's Kyodo news agency, after 40 North Korean workers went home.", "2017-06-29").country != "JPN"
    assert _one("The ship ran aground off Mexico after setting out from Cuba with 31 North Korean crew members aboard.", "2015-09-16").country != "CUB"


def test_round_48_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to round 48's rules: each must still give its figure
    _each_gives_its_figure([
            ("The 2000 North Korean workers in Kuwait live in cramped dormitories.", "2016-06-01", 2000),
            ("Some 2,000 arrived in the dead of winter to work on building sites in Vladivostok.", "2018-06-01", 2000),
            ("About 3,000 North Koreans in dead-end jobs work at Russian construction sites.", "2018-06-01", 3000),
            ("A rising number of seafood factories in Hunchun now employ more than 2,000 North Korean workers.", "2018-06-01", 2000),
            ("Workers who returned from Russia said they were left with only $100 a month after the state took its cut.", "2018-06-01", 100),
            ("The state takes a commission of about $200 a month from each North Korean worker in Russia.", "2018-06-01", 200),
            ("Pyongyang sent some 1,000 ethnic Korean workers from North Korea to Sakhalin.", "2018-06-01", 1000),
            ("The Polish shipyard in Gdansk hired 120 individuals and the entity paid their wages to Pyongyang.", "2016-06-01", 120)])
    assert [f.year for f in _all("The number of North Korean workers in Russia fell from about 30,000 to 2018's 11,000.", "2019-06-01")] == [2018, 2018]
    assert _one("Qatar's press reported that 2,800 North Korean workers were building stadiums.", "2015-06-01").country == "QAT"
    assert _one("About 300 North Korean workers departed from Russia last year after their permits expired.", "2019-06-01").country == "RUS"


def test_round_49_shapes():
    # what an event cost the North, sanctions' worth, soldiers' pay and revenue: no workers' money
    assert _all("The closure is said to have cost North Korea US$250 million to US$350 million in foreign earnings every year.", "2012-06-24") == []
    assert _all("When the allies hit North Korea with $2 billion worth of sanctions, it came to talks.", "2018-06-12") == []
    text = ("Each North Korean soldier sent to fight for Russia would be paid a monthly wage of around $1,800. At least 9,000 "
            "North Korean soldiers are believed to be headed for the front, translating to yearly revenue of well over $150 million.")
    assert _all(text, "2024-11-01") == []
    assert _all("In Harare the lowest paid civil servants are earning only around $340 per month.", "2014-02-24") == []
    # shares of other things: exports, other nationals' workforce
    assert _all("The resolution bans nearly 85 per cent of refined petroleum product exports to North Korea.", "2017-12-22") == []
    assert _all("One firm hiring North Korean staff says one third of their Chinese workers left last year.", "2016-02-05") == []
    # people who are no workforce: citizenship, a village's people, visas asked for, a studio at home, sanctions lists
    assert _all("A total of 790 people from North Korea acquired citizenship of EU countries in the decade.", "2018-04-11") == []
    assert _all("The village near Prague, where North Korean seamstresses work, has only about 250 people.", "2005-12-27") == []
    assert _all("The hospital asked the authorities in October to issue visas to 14 North Korean doctors.", "2018-12-12") == []
    assert _all("Mansudae employs roughly 3500 North Koreans, including some 900 artists.", "2014-03-30") == []
    assert _all("That means 38 people and 9 entities are now targeted by EU sanctions.", "2017-10-16") == []
    # labels and measures: "News 1", a hull number, a year-long contract span, a Korean unit of area, a named session's year
    assert _all("Workers were told to work harder, the Seoul news service News 1 reported, citing North Korean workers in Qatar.", "2016-06-08") == []
    assert _all("Dispatch used to run for three to five year intervals for North Korean workers in China.", "2017-09-15") == []
    assert _all("About 25 North Korean workers waited in a room slightly bigger than 35 pyeong.", "2007-03-20")[0].value == 25
    assert _all("Xi called at the 2015 National People's Congress session for more trade, attracting North Korean workers.", "2015-03-12") == []
    # a worker's share, told far from its subject; a bullet opens a sentence of its own
    assert _all("North Korean labourers on building sites for the 2022 World Cup in Qatar receive as little as 10 percent of their pay.", "2014-11-07") == []
    text = ("- Shoigu's visit to Pyongyang reaffirmed last year's strategic partnership.\n"
            "- Kim Jong Un agreed to deploy 6,000 military personnel, including 5,000 military builders to restore the region.")
    assert [f.year for f in _all(text, "2025-06-18")] == [2025, 2025]


def test_round_49_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to round 49's rules: each must still give its figure
    _each_gives_its_figure([
            ("Unlike the soldiers, who are not paid, North Korean construction workers in Russia earn about $800 a month.", "2024-11-01", 800),
            ("Sanctions have cost North Korea about $500 million a year in remittances from its workers abroad.", "2019-06-01", 500e6),
            ("North Korean workers abroad send home $500 million worth of sanctions-busting cash each year.", "2019-06-01", 500e6),
            ("Many of the North Korean workers in Russia were once civil servants, and they now earn about $500 a month.", "2019-06-01", 500),
            ("About 80 percent of the proceeds of labour exports go straight to Pyongyang.", "2019-06-01", 80),
            ("North Korean workers who spoke to reporters at several logging camps in the Russian Far East last year said the state gets 70 percent of their pay.", "2019-06-01", 70),
            ("Russia hired 500 day labourers from North Korea last year.", "2019-06-01", 500),
            ("A source told NK News 30 North Korean workers had fled the site.", "2019-06-01", 30),
            ("The city of Vladivostok now has some 10,000 North Korean workers, officials said.", "2019-06-01", 10000),
            ("The firm applied last year and the ministry agreed to issue visas to 200 North Korean workers in Poland.", "2019-06-01", 200),
            ("Mansudae Overseas Projects employs about 200 North Koreans in Namibia.", "2016-06-01", 200)])
    assert 30000 in [f.value for f in _all("Russia hosted 30,000 North Korean workers in 2017, and still had 10,000 - two years later.", "2019-06-01")]
    assert _all("North Korea has sent some 11,000 troops to Kursk, and Russia says it also wants thousands of construction workers.", "2025-01-01") == []
    assert _one("Last year's count was the highest on record. It found 30,000 North Korean workers in Russia.", "2019-06-01").year == 2018


def test_round_50_shapes():
    # statute numbers, a section sign, a subsection, a rate's base, ages, days of last month, a Korean timestamp's day
    assert _all("Under Section 207(b), and 31 U.S.C. § 5318, the law (P.L. 116-92) bars such labour.", "2020-06-01") == []
    assert _all("Deaths among them ran at 12 per 10,000 workers, the expert said.", "2016-06-01") == []
    assert _all("Police said the four men gave their ages as 41, 36 and 28.", "2017-12-01") == []
    assert _all("Officials ordered all people over 40 to go home to North Korea.", "2024-03-01") == []
    assert _all("Border guards held the boats from 21 to 24 last month, the agency said.", "2019-10-01") == []
    assert _all("Posted 2025-07-23 11:04:12 by the desk; North Korean workers were seen in Rason.", "2025-07-23") == []
    assert _all("Staff at the Pyongyang 508 Machine Tool Factory were shown to reporters.", "2016-07-01") == []
    # vessels counted after "North Korean", casualties and bodies, an escape, a group size, a sanctions list
    assert _all("Russia seized four North Korean fishing boats and two North Korean schooners last week.", "2019-09-30") == []
    assert _all("A total of 97 North Korean workers lost their lives abroad over the period, with 21 North Korean worker deaths this year.", "2016-06-01") == []
    assert _all("Coast guards found between four to six bodies in the drifting boat.", "2017-12-01") == []
    assert _all("Sources put the number of escaped workers at between 5-9 people.", "2016-10-01") == []
    assert _all("The bureau sends construction companies of more than 120 labourers to sites across Russia.", "2016-10-01") == []
    assert _all("Seoul said 12 North Korean IT workers and two firms have been designated for sanctions.", "2024-12-01") == []
    assert _all("The number of North Korean defectors under special protection since 1997 now stands at 203.", "2024-08-01") == []
    # fishermen on North Korean boats caught poaching: no workforce abroad (crews of merchant ships held in port are seamen)
    assert _all("Border guards detained 74 North Korean citizens for illegal fishing in Russian waters.", "2019-10-01") == []
    assert _all("Police arrested two crew members of a North Korean fishing boat on the island.", "2017-12-01") == []
    # other nationals named earlier in the paragraph, money that is a loss, a cut, a cost or a trade's worth
    assert _all("Russia is recruiting citizens from other countries for the plant. It began with 800 employees and wants 30,000.", "2025-09-01") == []
    assert _all("Sanctions may have cost the North a $150M revenue loss last year.", "2017-01-11") == []
    assert _all("Expelling the workers will slash its foreign earnings by $100 million to $300 million a year.", "2017-12-01") == []
    assert _all("The weapons programme costs them about $1.2 billion a year.", "2017-06-01") == []
    assert _all("The fish trade, which was worth an estimated $250 million a year, was banned.", "2020-07-01") == []
    # a cause's year is not the count's; builders among troops; a headline repeated on the body's first line
    assert _one("The number of North Korean workers in Mongolia has fallen to some 800 due to a slump that began in 2014.", "2016-07-01").year == 2016
    assert [f.value for f in _all("Pyongyang has sent about 4,000 military construction troops and 800 engineers to Russia.", "2025-11-01")] == [4000, 800]
    assert _all("The regime sent six thousand North Korean military personnel to Russia to restore the region's roads.", "2025-06-19")[0].value == 6000


def test_round_50_headline_line_stands_alone():
    from analysis.extract import extract_text
    text = ("---\ntitle: \"North Korea sends about 12,000 labour migrants to Russia amid a shortage of builders\"\npublished: 2025-05-05\n---\n"
            "North Korea sends about 12,000 labour migrants to Russia amid a shortage of builders\n"
            "North Korea has sent about 12,000 labour migrants to Russia amid a shortage of workers there\n")
    assert [f.value for f in extract_text(text)] == [12000, 12000]


def test_round_50_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to round 50's rules: each must still give its figure
    _each_gives_its_figure([
            ("North Korean fishing boats have long been spotted off Russia's coast.\n\nSeparately, Russian police detained 30 North Koreans who were working illegally at a construction site in Vladivostok.", '2024-03-01', 30),
            ('North Korean fishing trawlers are a common sight near Sakhalin.\n\nRussian authorities arrested 12 North Koreans at a logging camp for overstaying their visas.', '2024-03-01', 12),
            ("A North Korean fishing boat with a crew of nine drifted into Japanese waters in January.\n\nElsewhere in Japan's neighborhood, Russian police arrested 25 North Koreans working without permits at a Vladivostok building site.", '2024-03-01', 25),
            ('Russian border guards have seized several North Korean fishing boats in recent years.\n\nRussia stopped issuing new work permits in 2019, but about 20,000 North Koreans remain in the country.', '2024-03-01', 20000),
            ('Squid poaching by North Korean crews has been reported off Japan for years.\n\nIn Russia, border guards said, about 5,000 North Koreans held work permits in 2023.', '2024-03-01', 5000),
            ('Japanese coast guards found a North Korean fishing boat drifting off Akita last week.\n\nJapan itself has no North Korean workers, but China still employs tens of thousands; Dandong alone held talks on hiring 2,000 more North Koreans.', '2024-03-01', 2000),
            ("Many North Korean fishing boats were sold to Chinese firms under the fishing-rights deals.\n\nIn Uruguay's port of Montevideo, about 200 North Korean sailors work on tuna longliners.", '2024-03-01', 200),
            ('Uruguay hosts 60 North Korean sailors on trawlers at Montevideo.', '2024-03-01', 60),
            ("Some 150 North Korean fishermen on boats in Russia's Far East were sent home in 2019.", '2024-03-01', 150),
            ('About 1,000 North Korean workers are employed by firms the US has designated.', '2024-03-01', 1000),
            ('Some 2,000 North Koreans work at sites run by a blacklisted company in Russia.', '2024-03-01', 2000),
            ('Russia hosts 10,000 North Korean workers at a construction firm that was designated by the UN in 2017.', '2024-03-01', 10000),
            ('The UN said 500 North Korean laborers work for a trading company designated under Resolution 2397 in China.', '2024-03-01', 500),
            ('Apart from the escaped workers, some 200 North Koreans remain at the shipyard.', '2024-03-01', 200),
            ('Apart from the escaped workers, 200 remain at the shipyard in Vladivostok.', '2024-03-01', 200),
            ('Police are searching for the missing workers, while another 150 North Koreans still work at the plant.', '2024-03-01', 150),
            ('According to the interior ministry, North Koreans were the largest group among foreign citizens entering Primorye, with 8,000 arrivals last year.', '2024-03-01', 8000),
            ('North Korean workers, unlike workers from other countries, cannot change employers. Around 1,500 of them arrived in Vladivostok in 2023.', '2024-03-01', 1500),
            ('Russia has cut the number of North Korean diplomats in Moscow, but the number of North Korean laborers in the Far East has risen to 12,000.', '2024-03-01', 12000),
            ('While the number of North Korean diplomats in Mongolia has not changed in years, Ulaanbaatar has accepted another 800 North Korean workers since 2022.', '2024-03-01', 800),
            ('The total of North Korean officials posted to Beijing is unknown, though Chinese firms employ at least 20,000 North Korean laborers in Dandong.', '2024-03-01', 20000),
            ('About 15,000 workers before Stalin died had come to the Soviet Far East from North Korea.', '2024-03-01', 15000),
            ('Qatar had 2,800 workers and worker deaths there drew scrutiny, most of them North Koreans.', '2024-03-01', 2800),
            ('About 600 workers whose supervisor died were sent back to North Korea from Russia.', '2024-03-01', 600),
            ('Eight North Korean workers arrived at the farm in Primorye this week, days after a local broker was jailed for trafficking.', '2024-03-01', 8),
            ('China Employs 3,000 North Korean Seafood Factory Workers', '2024-03-01', 3000),
            ('Russia Hires 5,000 North Korean Construction Company Staff', '2024-03-01', 5000),
            ('Moscow Welcomes 1,000 North Korean Construction Company Workers', '2024-03-01', 1000),
            ('Officials in Dandong said Tuesday 800 North Korean Textile Factory employees had returned home.', '2024-03-01', 800),
            ('Russia hosted about 30,000 workers per 2019 data from the interior ministry.', '2024-03-01', 30000),
            ('China took in 5,000 workers per 2022 customs figures, mostly North Koreans.', '2024-03-01', 5000),
            ('The number of North Korean workers at the Khabarovsk site grew from 12 to 25 last month.', '2024-03-01', 25),
            ('North Korean staff at the restaurant in Vientiane fell from 20 to 8 last month.', '2024-03-01', 8),
            ('The contractor kept employees over 60 North Koreans at the Vladivostok site through the winter.', '2024-03-01', 60),
            ('The report counted 3,000(a) North Korean workers in Russia in 2019.', '2024-03-01', 3000),
            ('Police raided the restaurant and detained 12 that night, all of them North Korean waitresses working in Cambodia.', '2024-03-01', 12),
            ('Russian officials said 150 North Koreans arrived on the ferry in Vladivostok, and another 200 that morning.', '2024-03-01', 200),
            ("North Korea's labor trade is worth $500 million a year to the regime, according to the UN.", '2024-03-01', 500e6),
            ("North Korean workers in Russia say the state's quota costs them around $400 every month.", '2024-03-01', 400)])
    assert 2019 in [f.year for f in _all('The number of North Koreans working in Kuwait dropped to about 100 due to the UN ban by the end of 2019.', '2024-03-01')]
    assert 2016 in [f.year for f in _all('North Korean workers in China numbered 50,000 because of the demand for cheap labor in 2016.', '2024-03-01')]
    assert _all("Pyongyang sent 12,000 troops to Russia last year to fight, and this year turned to the construction trade.", "2024-03-01") == []
    assert [f.country for f in _all("About 3,000 North Korean IT workers in China sell their services internationally, earning $500 a month each.", "2024-03-01")] == ["CHN", "CHN"]


def test_round_51_shapes():
    # the other way round: other nationals travelling to North Korea, told over several paragraphs
    text = ("Border data show 8,700 Russians travelled to North Korea in 2025, up from 5,900 in 2024.\n\n"
            "Business travellers numbered 1,040. Most came by air, with 5,600 arrivals.")
    assert _all(text, "2026-02-01") == []
    text = ("Russia is recruiting citizens of other countries for its drone plant.\n\n"
            "It began with about 900 employees and now plans to have 35,000 there.")
    assert _all(text, "2025-09-01") == []
    # people learning Korean, seats, interviewees and their breakdown, people charged beside named ones
    assert _all("In Russia about 250 university students have chosen Korean as their field of study.", "2025-11-01") == []
    assert _all("A lone diner sat in a hall with seating for 120 people.", "2024-11-01") == []
    assert _all("Reporters interviewed 18 North Koreans (15 workers and three managers) about the factories.", "2024-02-01") == []
    assert _all("Nearly two dozen workers agreed to talk to us through an interpreter.", "2025-07-01") == []
    assert _all("Prosecutors are charging Pak, Ri and four other North Koreans over the scheme.", "2025-07-24") == []
    assert _all("The Treasury on Thursday sanctioned two North Koreans and their firm.", "2025-07-24") == []
    # rates, named bodies, year spans, a hyphened modifier, what a team could make
    assert _all("Sources say no more than 40 out of every 40,000 North Koreans abroad manage to flee.", "2016-07-01") == []
    assert _all("The director of the 1830 Group wrote about the workers.", "2024-05-01") == []
    assert [f.value for f in _all("In the 2023–2024 academic year, 88 North Korean citizens enrolled at Russian universities.", "2024-11-01")] == [88]
    assert _all("Prosecutors announced charges in three separate IT-worker schemes.", "2025-06-01") == []
    assert _all("A team of North Korean IT workers can make $2 million a year.", "2022-05-01") == []
    # money in number words with "a": half a billion dollars
    assert _all("Workers in some 40 countries bring in half a billion dollars annually for the regime.", "2024-03-01")[0].value == 5e8


def test_round_51_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to round 51's rules: each must still give its figure
    _each_gives_its_figure([
            ("Russian tourists have flocked to North Korea's Wonsan-Kalma resort since it opened this summer, with tour operators in Vladivostok reporting sold-out trips.\n\nThe traffic in the other direction is larger. About 15,000 workers from North Korea arrived in Russia last year, according to the Interior Ministry.", '2025-06-10', 15000),
            ('Chinese tourists visited North Korea in small numbers this spring after a five-year pause.\n\nMeanwhile, Russia issued 13,221 work permits to citizens of the DPRK last year, up from 3,000 in 2023.', '2025-06-10', 13221),
            ("Russians travelled to North Korea in record numbers last year.\n\nKim Jong Un's government, in turn, sent about 12,000 construction workers to the Russian Far East in 2024, South Korea's intelligence service said.", '2025-06-10', 12000),
            ('North Korean IT workers have been found in Laos. Japanese visitors are rare in the region.\n\nAround 1,000 IT workers are believed to be operating from Vientiane, a UN panel said.', '2025-06-10', 1000),
            ("Russian tourists are the only foreigners allowed into the country's new resort.\n\nIn Vladivostok, Pyongyang's labourers are everywhere. Around 5,000 work on building sites in the city alone, a local official said.", '2024-11-20', 5000),
            ('Russian visitors to North Korea numbered 1,500 last year, Rosstat said.\n\nRosstat also said 13,000 people from North Korea entered Russia in 2023, most of them to study.', '2024-11-20', 13000),
            ("Russian tourists visited Pyongyang in February.\n\nRussia's labour ministry counted 5,000 North Korean-born workers on its books at the end of last year.", '2024-11-20', 5000),
            ('Unlike Chinese tourists, Russian tourists have been welcomed back to North Korea.\n\nRussia hosted 20,000 labourers sent by Pyongyang at the end of 2023, officials said.', '2024-11-20', 20000),
            ('Chinese tourists returned to North Korea in 2024.\n\nThe number of workers in China, however, has not changed: about 100,000 remain in Liaoning and Jilin, according to Seoul.', '2024-11-20', 100000),
            ("Russia's migration service registered 200,000 foreign citizens in Primorye last year.\n\nOf those, about 4,000 came from the DPRK, most to work on building sites.", '2024-03-01', 4000),
            ("Chinese nationals travelled to North Korea on business throughout 2023, customs data show.\n\nWorkers went the other way: China's customs recorded 8,000 arrivals from North Korea for 'work' in the year.", '2024-03-01', 8000),
            ('North Korean restaurants in Vladivostok have become a stop for Chinese tourists, who come for the singing waitresses.\n\nThe chain employs about 60 women, all sent from Pyongyang, the manager said.', '2024-03-01', 60),
            ("Russian tourists who visited North Korea in February described empty streets.\n\nIn North Korea's own statistics, nothing is said of labour exports. But Seoul estimates 50,000 are now in Russia.", '2024-03-01', 50000),
            ("Russia's labour market relies on workers from other countries, mostly Central Asians.\n\nNorth Korean labour is a small part of it.\n\nAbout 12,000 came from Pyongyang last year, officials said.", '2024-03-01', 12000),
            ('Moscow and Pyongyang have drawn closer since their 2024 defence pact. Direct flights now link the capitals, and Russian tourists have begun visiting the Wonsan-Kalma beach resort.\n\nAround 4,000 North Korean IT workers operate from Russia and China, a UN panel said.', '2025-08-01', 4000),
            ('Moscow and Pyongyang have drawn closer since their 2024 defence pact. Direct flights now link the capitals, and Russian tourists have begun visiting the Wonsan-Kalma beach resort.\n\nSome 2,000 North Korean seasonal farm workers arrived in Amur in May, local media reported.', '2025-08-01', 2000),
            ('Moscow and Pyongyang have drawn closer since their 2024 defence pact. Direct flights now link the capitals, and Russian tourists have begun visiting the Wonsan-Kalma beach resort.\n\nIn North Korea, the recruitment drive is run by state trading firms. About 10,000 workers were sent to Russia in 2024.', '2025-08-01', 10000),
            ('Moscow and Pyongyang have drawn closer since their 2024 defence pact. Direct flights now link the capitals, and Russian tourists have begun visiting the Wonsan-Kalma beach resort.\n\nThe flow of labour runs the other way: Russia received 13,000 arrivals from the DPRK in 2024, a record.', '2025-08-01', 13000),
            ("RFA spoke to a source in Dandong (50,000 North Koreans work in the city's seafood plants, he said).", '2023-04-01', 50000),
            ('We spoke to officials in three provinces (1,200 North Korean workers in Primorye, 800 in Khabarovsk and 500 in Amur).', '2023-04-01', 1200),
            ('NK News talked with the labour ministry in Moscow (13,000 North Koreans entered Russia in 2023, it says).', '2023-04-01', 13000),
            ('Reporters spoke to managers at the shipyard (1,000 North Korean welders work there) and at two farms.', '2023-04-01', 1000),
            ('The sanctioned firm employs 120 builders and 80 other North Koreans in Primorye.', '2023-04-01', 80),
            ('Prosecutors accused the contractor of hiring 40 welders and 60 other North Korean workers at the Gdansk shipyard.', '2023-04-01', 60),
            ('The designated company runs two restaurants, and 30 other North Korean staff work at its hotel in Vientiane.', '2023-04-01', 30),
            ('Moscow sanctioned 10,000 new work permits for North Koreans last year, officials said.', '2023-04-01', 10000),
            ('The regional government has designated 3,000 North Korean workers for the reconstruction of Kursk.', '2023-04-01', 3000),
            ('Beijing has quietly sanctioned the 20,000 North Korean workers already in Dandong, a trader said.', '2023-04-01', 20000),
            ("Officials designated 500 North Korean labourers as 'trainees' to get around the UN ban.", '2023-04-01', 500),
            ('Pyongyang still has some 100,000 contract-workers overseas, the UN panel estimated.', '2023-04-01', 100000),
            ('Some 3,000 IT-workers overseas earn up to $5,000 a month each, the report said.', '2023-04-01', 3000),
            ('The firm brought in 500 IT-workers plus managers, and 3,000 guest-workers overseas send money home.', '2023-04-01', 3000),
            ('Some 70 soldier-labourers were sent to Kursk; 300 soldier-builders sometimes work at night.', '2023-04-01', 300),
            ('A team of North Korean builders in Vladivostok can earn up to $1,000 a month per worker, a contractor said.', '2023-04-01', 1000),
            ('Each team of builders can make $800 a month per worker, of which the state takes half.', '2023-04-01', 800),
            ('Kuwait had 120 North Korean workers at the start of the year; 25 told to leave in March have already gone.', '2019-12-20', 25),
            ('Kuwait expelled 30 North Koreans in November; another 25 recalled by Pyongyang left in December.', '2019-12-20', 25),
            ('Russia Took In 12,000 Project Workers From North Korea Last Year', '2023-04-01', 12000),
            ("About 2,000 Group staff from North Korea worked for the conglomerate's Chinese subsidiaries, the report said.", '2023-04-01', 2000)])
    assert 2008 in [f.high for f in _all('The ministry said 2000-2008 North Korean workers were in the region at any one time last year.', '2023-04-01')]
    assert 2015 in [f.high for f in _all('Officials estimated that 2010-2015 North Korean labourers were employed at the shipyard last year.', '2023-04-01')]


def test_round_52_shapes():
    # a share of pay written with the pay's range inside it; a worker's "donation" to the state is no page pitch
    assert [f.value for f in _all("Up to 60% of the $50 to $90 per month wages the workers earn are taken away as loyalty payments.", "2017-07-01")
            if f.unit == "percent"] == [60]
    assert _one('In Mongolia, North Korean workers "donate" on average $550 of their monthly income to the state.', "2015-12-01").value == 550
    assert _all("Support our reporting: please donate $5 a month.", "2019-01-01") == []
    # a magazine's list of other stories ends the article
    text = "About 9,000 North Korean workers were in Russia, the report said.\nMore Must-Reads from the Magazine\n- The 100 Most Influential People"
    assert [f.value for f in _all(text, "2018-08-01")] == [9000]


def test_counts_told_again_after_being_ruled_out():
    # a group ruled out when first told (defectors) is not counted when told again
    text = ("Eleven waitresses defected and arrived in South Korea last week. Two others stayed behind. "
            "The two had planned to join the other 11 on the flight, and feared questioning after the other 11 waitresses' escape.")
    assert 11 not in [f.value for f in _all(text, "2016-04-20")]  # (the two who stayed are workers still in China)
    # a count given as a figure and told again stays a figure
    assert [f.value for f in _all("About 14 North Korean workers arrived at the plant in May. The 14 workers now build houses.", "2016-06-01")] == [14, 14]


def test_round_52_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to the rules written after round 52: each must still give its figure
    _each_gives_its_figure([
            ('In 2016, 12 North Korean restaurant workers defected to South Korea from a restaurant in Ningbo, China. The 12 other waitresses who stayed behind were sent back to Pyongyang, according to sources.', '2024-05-01', 12),
            ('Police said 300 Chinese workers were laid off at the seafood plant in Dandong. The 300 North Korean workers at the same plant kept their jobs.', '2024-05-01', 300),
            ('Three North Korean workers were killed when the scaffolding collapsed at a construction site in Moscow. The three remaining workers from the crew were sent home, officials said.', '2024-05-01', 3),
            ('The shipyard in Vladivostok employs 200 Russian workers. Managers said the 200 North Korean welders hired last spring work longer shifts.', '2024-05-01', 200),
            ('The plant employs 1,000 Chinese workers. The other 1,000 workers are North Korean women sent by a state trading company.', '2024-05-01', 1000),
            ('At the Dandong factory, the 500 Chinese workers and the 500 North Korean workers eat in separate canteens.', '2024-05-01', 500),
            ('Twenty Vietnamese workers were injured in the fire at the Kuwait site. The 20 North Korean workers on the site were unharmed and returned to work.', '2024-05-01', 20),
            ('Last year 50 North Koreans defected via China, the Unification Ministry said. In Mongolia, all the 50 North Korean workers at the cashmere plant were sent home in December.', '2024-05-01', 50),
            ('Thirty Nepali workers died on the stadium sites in Qatar that year. By 2019, the remaining 30 North Korean workers on the project had been flown back to Pyongyang.', '2024-05-01', 30),
            ('Russian police detained 40 Chinese nationals at the market. Separately, the 40 North Korean workers at the Khabarovsk sawmill were granted new permits.', '2024-05-01', 40),
            ('Thirteen waitresses defected from the restaurant in 2016. The other 13 stayed in China.', '2024-05-01', 13)])
    assert [f for f in _all('North Korean restaurant staff in Cambodia are paid $150 per month, a third of the $400 to $500 a month wages of Cambodian waiters.', '2024-05-01') if f.unit == "percent"] == []  # a comparison with the host's wages
    assert [f for f in _all('North Korean builders in Russia earn 50% of the $800 to $1,000 per month wages paid to Russian builders.', '2024-05-01') if f.unit == "percent"] == []  # a comparison with the host's wages
    # a worker's donation to the state or party is pay handed over, whatever the wording
    assert [f.value for f in _all("Each worker in China must make a donation of $40 a month to the loyalty fund.", "2024-05-01")] == [40]
    assert [f.value for f in _all("Workers must pay monthly donations of $25 to the party.", "2024-05-01")] == [25]


def test_round_54_shapes():
    # thousands grouped with dots in European copy; "approx." is "about"
    f = _one("Approx. 48.000 North Korean labourers work abroad, the group says.", "2016-02-01")
    assert (f.value, f.qualifier) == (48000, "approx.")
    # people who received residence permits are counted as permits; a later year's figure compared with it keeps the unit
    text = ("The count of North Koreans who received first residence permits across the bloc was 310 last year.\n\n"
            "The 2015 figure was down from 690 North Koreans in 2009.")
    assert [(f.value, f.unit) for f in _all(text, "2016-10-01")] == [(310, "permits"), (690, "permits")]
    # a blog's dated sections: each is read against its own date
    text = ("UPDATE 1 (2014-2-10): About 21,000 North Koreans entered China for work last year.\n\n"
            "ORIGINAL POST (2013-3-5): About 18,000 North Koreans entered China for work last year.")
    assert [(f.value, f.year) for f in _all(text, "2014-02-10")] == [(21000, 2013), (18000, 2012)]
    # names and labels: ships, "UPDATE 1", ages, a year before a name
    assert _all("The coast guard held three vessels, including the Ocean Star 7 registered in Togo and Sea Way 4 in Panama.", "2018-01-01") == []
    assert _all("The North Koreans were mostly men aged above 45.", "2018-01-01") == []
    assert _all("= 2023 Dalian North Korean workers strike =", "2024-05-01") == []
    # not the workers: casualties, escapes en masse, respondents, firms, suspects, quoted things
    assert _all("Two North Korean nurses were beheaded by gunmen in the town.", "2013-03-01") == []
    assert _all("It followed the defection en masse of 11 restaurant workers last spring.", "2017-06-01") == []
    assert _all("Seven responded, saying they had stopped hiring North Koreans.", "2018-01-01") == []
    assert _all("Funds went to three of the shipbuilding companies said to hire North Koreans.", "2018-01-01") == []
    assert _all("The doctors were killed at night. Police had already arrested 14 people.", "2013-03-01") == []
    assert _all("Agents seized 31 ‘laptop farms’ used by North Korean IT workers.", "2025-07-01") == []
    assert _all("Three North Korean nationals joined a software start-up and stole about $800,000 in crypto.", "2025-07-01") == []
    assert _all("Skilled IT workers can earn more than 250,000 a year.", "2022-05-01") == []
    # money and shares that are not the workers': a cut in imports, foreign-exchange earnings, sums over years,
    # project prices, pay at home
    assert _all("The measure cuts fuel imports into North Korea by almost 80 percent.", "2017-12-01") == []
    assert _all("Pyongyang gets about half of its foreign exchange earnings from cybertheft.", "2023-01-01") == []
    assert _all("The ring generated $71 million for the regime over five years.", "2024-12-01") == []
    assert _all("It earned $42 million from the construction of a palace ($30 million) and a stadium ($12 million).", "2010-06-01") == []
    assert _all("Pay in North Korea is below $8 a month.", "2012-06-01") == []
    # a wage compared with Kaesong's is still the wage abroad
    f = _one("They will earn over US$170 a month, compared to $120 at the Kaesong complex.", "2012-06-01")
    assert (f.value, f.low) == (170, 170)
    # a flow per year is no share per group
    assert [f.value for f in _all("North Korea sent 60 workers each year.", "2009-01-01")] == [60]


def test_round_54_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to the rules written after round 54: each must still give its figure
    _each_gives_its_figure([
        ("The ministry's update 1,230 North Korean workers remain in Russia is expected on Friday.", '2019-06-01', 1230),
        ('In its latest update 1,230 North Korean workers were listed as still in Russia.', '2019-06-01', 1230),
        ('Russia Hosts 2070 Workers From North Korea', '2019-06-01', 2070),
        ('The firm employs 2070 Mansudae artists and builders in Africa.', '2019-06-01', 2070),
        ('Some 2070 Mansudae Art Studio employees work across Africa.', '2019-06-01', 2070),
        ('About 80 North Korean workers slaughtered and processed pigs at the farm near Khabarovsk.', '2019-06-01', 80),
        ('Immigration officers raided a garment workshop run by North Koreans in Vladivostok. They detained 32 people working there without permits.', '2019-06-01', 32),
        ('A Russian court fined a construction firm that employed North Koreans. Police had detained 45 men working at its site in Kazan.', '2019-06-01', 45),
        ('The restaurant in Phnom Penh employed 18 North Korean waitresses, according to a UN report that said the regime laundered its earnings there.', '2019-06-01', 18),
        ('About 13 North Korean workers are employed at the mine, whose Chinese owner laundered money for Pyongyang.', '2019-06-01', 13),
        ('Some 15 North Korean IT workers were hired by the firm, and investigators say the group stole $1 million in crypto.', '2019-06-01', 15),
        ('Seven North Korean workers at the Tomsk site said their manager stole their wages.', '2019-06-01', 7),
        ('The workers, whose pay at home would be less than $5, earn $310 a month in Russia.', '2019-06-01', 310),
        ('Workers in Russia send their pay back home, roughly $520 a month per worker.', '2019-06-01', 520),
        ('Unlike pay in North Korea, wages in Russia are $520 a month.', '2019-06-01', 520),
        ('They earn far more than their salaries at home: about $410 a month in Vladivostok.', '2019-06-01', 410),
        ("North Korea's workers in Russia earn the regime about $125 million, a sum that has doubled over two years.", '2019-06-01', 125000000),
        ("North Korea's income from its workers in Russia (about $125 million) exceeds its coal exports.", '2019-06-01', 125000000)])
    # and none of these gives a figure it did not give before
    for text in ("About 31,000 North Korean workers were in Russia in 2018.\n\nThe 2019 figure was based on data from 30 regional migration offices.",
                 "About 31,000 North Korean workers were in Russia in 2018.\n\nThe 2019 figure was compiled from 45 regional reports, the ministry said.",
                 "About 52,000 North Korean workers were abroad in 2017, the UN said.\n\nThe 2017 figure is drawn from 40 countries' reports."):
        assert [f.value for f in _all(text, "2019-06-01")] == [31000 if "31,000" in text else 52000]
    assert _all("The 2019 figure was measured against 12 benchmarks set by the ministry.", "2019-06-01") == []
    assert _all("The wage at the new Rason zone, about $80 a month, is lower than the $160 paid at Kaesong.", "2019-06-01") == []
    # people who hold residence permits and have settled (refugees) are people, not permits
    assert _one("Since 2004, about 610 North Koreans who acquired residence permits in Britain have settled in New Malden.").unit == "people"


def test_round_55_shapes():
    # a range whose first end borrows the second's dollars; a change keeps both ends money
    f = _one("After deductions the cooks are left with from 120 to 180 dollars a month.", "2025-08-01")
    assert (f.low, f.high, f.unit) == (120, 180, "usd")
    assert [f.unit for f in _all("Wages rose from 320 to 410 dollars a month.", "2025-08-01")] == ["usd", "usd"]
    # a page wrapped at a fixed width: the count's noun on the next line still says North Koreans
    f = _one("By one estimate some 410,000\nNorth Korean labourers work in about 30 countries.", "2015-03-01")
    assert f.value == 410000
    # furniture of documents and pages: addresses, post codes, contents pages, page counts, dates in other languages
    assert _all("Institute for Studies 470 Pine Street Fresno, CA 93711, USA", "2018-05-01") == []
    assert _all("Contact: Kerkstraat 4, 1234 AB Utrecht, The Netherlands", "2018-05-01") == []
    assert _all("North Korean Workers in Russia Anna Berg 47 Chapter IV North Korean Labour in Africa", "2018-05-01") == []
    assert _all("Total Page:18", "2018-05-01") == []
    assert _all("søndag 24. november 2024", "2024-11-24") == []
    # measures and names: hours, lengths, camps and bureaus
    assert _all("They work from 17 to 19 hours a day.", "2025-08-01") == []
    assert _all("In one part of the 118m-long mural, North Korean painters show a battle.", "2016-02-01") == []
    assert _all("Prisoners at Camp 14 make wigs for export.", "2024-11-01") == []
    assert _all("Through the 314 General Bureau, the ministry sends IT workers abroad.", "2022-05-01") == []
    # not the workers: teams of a size, shares of a population, a budget converted, a bystander count, another currency's range
    assert [f.value for f in _all("Roughly 40 people will be in each team; some 240 people will go in all.", "2022-10-01")] == [240]
    assert _all("By share of population, the leaders are North Korea (4.1%), Eritrea (3.8%) and Burundi (1.2%).", "2016-05-01") == []
    assert _all("The fleet had a budget of more than DKK 2 billion (USD 310 million).", "2017-10-01") == []
    assert _all("Fewer than six builders were present at the scene when the crane fell.", "2022-12-01") == []
    assert _all("Remittances were cut from 12-thousand to four-thousand euros.", "2017-10-01") == []
    assert _all("Seven North Korean builders paid in U.S. dollars have defected to South Korea.", "2023-01-01") == []
    # places: the occupier is no host; the place a list item is said to be in
    assert _one("About 320 North Korean builders will go to Russian-occupied towns in eastern Ukraine.", "2022-10-01").country == "UKR"
    assert [f.country for f in _all("Some 4,000 work in Kuwait and 1,500 in the United Arab Emirates.", "2016-10-01")] == ["KWT", "ARE"]
    # missing workers are counted; people wanted by police are not
    assert _one("Officials do not know the whereabouts of 163 North Korean builders who left their sites in Sarawak.", "2017-03-01").value == 163
    assert _all("Police seek information on the whereabouts of two North Koreans.", "2017-03-01") == []


def test_round_55_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to the rules written after round 55: each must still give its figure
    _each_gives_its_figure([
        ('510 North Koreans Pave Road to Kazan', '2019-06-01', 510),
        ('610 North Koreans Repair Road in Vladivostok', '2019-06-01', 610),
        ('Over 1510 NK Workers Sent to Russia Despite Sanctions', '2019-06-01', 1510),
        ('Some 2010 NK Laborers Return From Russia', '2019-06-01', 2010),
        ('According to the UN 51000 North Korean workers remain in Russia.', '2019-06-01', 51000),
        ('At the logging camp 310 North Korean workers fell trees in Amur.', '2019-06-01', 310),
        ('Inside the camp 1,210 North Korean loggers work long hours in Amur.', '2019-06-01', 1210),
        ('North Korean workers in Russia hand over most of their money to Pyongyang (70%), a defector said.', '2019-06-01', 70),
        ('Of what North Korean workers in Kuwait make, the largest part goes to the Party (80 percent).', '2019-06-01', 80),
        ("North Korea's budget gets about $2 billion a year from workers abroad, analysts say.", '2019-06-01', 2000000000),
        ('Workers abroad fill the state budget with $510 million a year, the report said.', '2019-06-01', 510000000),
        ('About 510 North Korean workers earn U.S. dollars in Kuwait, said a man who defected in 2016.', '2019-06-01', 510),
        ('Some 310 North Korean workers in Russia are paid in U.S. dollars, according to a defector who fled to Seoul.', '2019-06-01', 310),
        ('Monthly wages for North Korean builders in Kazan surged from 310 to 460 dollars last year.', '2019-06-01', 460)])
    # a change keeps its ends apart; a range of pay is one figure
    assert [f.unit for f in _all("Pay for North Korean loggers in Amur was boosted from 260 to 410 dollars a month in 2018.", "2019-06-01")] == ["usd", "usd"]
    # a place after a count with no verb is its place only as a list item's
    assert [f.country for f in _all("Kuwait hired 2,010 North Korean workers at the UAE's request.", "2019-06-01")] == ["KWT"]
    assert [f.country for f in _all("Mongolia hosted 1,210 North Korean workers at the China border.", "2019-06-01")] == ["MNG"]


def test_round_56_shapes():
    # the United States is a host only where people enter it or its visas are counted
    assert _one("Some 140 North Koreans entered the United States in 2010.", "2011-08-01").country == "USA"
    assert _one("The State Department issued 95 U.S. visas to North Koreans last year.", "2013-02-01").country == "USA"
    assert _one("U.S. officials said about 12,000 North Korean workers were in Russia.", "2018-01-01").country == "RUS"
    # a bound written after the number
    f = _one("The state has about 160-plus North Koreans on its books, an official said.", "2017-03-01")
    assert (f.value, f.low) == (160, 160)
    assert _one("Some 210+ North Korean engineers are said to work in Iran.", "2011-05-01").low == 210
    # the share a worker takes home "at best", a host's tax, a statue's price, a story about the Kaesong zone
    assert _all("Labourers on the stadium sites take home at best 12 percent of what they earn.", "2014-12-01") == []
    assert _all("Their employer deducts a 12% Mongolian tax.", "2011-10-01") == []
    assert _all("Pyongyang will receive US$4 million for building three statues of the late leader.", "2014-03-01") == []
    text = ("Workers at the Kaesong Industrial Complex were paid little, a report says.\n\n"
            "At the complex the lowest monthly wage was $68, the economist said.")
    assert _all(text, "2014-03-01") == []
    # not the workers: casualties, hostages, relatives, counts of ships, franchises, ages in a pair
    assert _all("Four welders were burned to death in a blast at the yard last week.", "2014-12-01") == []
    assert _all("Gunmen released four North Koreans kidnapped by militants in March.", "2016-09-01") == []
    assert _all("The checks went from four of their relatives to seven.", "2025-10-01") == []
    assert _all("The number of North Korean vessels inspected last month, it said, stood at 14.", "2017-09-01") == []
    assert _all("Four of the franchises are in Laos.", "2017-07-01") == []
    assert _all("The doctors were identified as Ri Chol, 54, and Kim Nam, 49.", "2016-01-01") == []
    assert _all("They work from eleven to fifteen hours a day.", "2025-06-01") == []
    # places: a firm's links to a country are no host
    assert _one("About 1,100 North Korean workers were found at Canadian-linked seafood plants in China.", "2024-03-01").country == "CHN"


def test_round_56_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to the rules written after round 56: each must still give its figure
    kaesong = ("Seoul shut the Kaesong industrial zone in 2016, ending a decade of joint production. "
               "Since then Pyongyang has leaned harder on labour sent abroad.\n\n")
    _each_gives_its_figure([
        ('The regime levies a 71 percent tax on the wages of North Korean workers in Russia.', '2019-06-01', 71),
        ('North Korean workers in Mongolia pay a 52% Party tax on their wages, a defector said.', '2019-06-01', 52),
        (kaesong + 'In Vladivostok, 310 North Koreans build a housing complex. Wages at the complex reach $710 a month.', '2019-06-01', 710),
        (kaesong + 'In Dandong, a seafood processing complex employs 510 North Korean women. Managers say the state takes 71 percent of wages at the complex.', '2019-06-01', 71),
        (kaesong + "North Korean workers are also employed in China's Hunchun border zone. Workers in the zone earn $310 a month.", '2019-06-01', 310),
        ('Defectors who once worked at Kaesong say the state takes 71 percent of the pay of North Korean loggers.', '2019-06-01', 71),
        ('In Libya, 410 workers fear being kidnapped, the North Korean embassy said.', '2019-06-01', 410),
        ('The number of companies hiring North Koreans has shrunk, officials in Vladivostok said, yet 3,100 remain in Primorye.', '2019-06-01', 3100),
        ('As the number of flights from Pyongyang grew, Russia counted 13,100 North Korean arrivals in 2024.', '2019-06-01', 13100),
        ('Three restaurants closed last year, and the number of North Korean workers in Cambodia fell from 310 to 125.', '2019-06-01', 125),
        ('The firm runs 12 clinics in Kuwait, and its North Korean doctors went from 41 to 61.', '2019-06-01', 61),
        ('Permits for North Korean workers by region last year: Primorye, 81, and Khabarovsk, 61.', '2019-06-01', 61)])
    # a hyphenated age or length is no bound; a visitor who is someone else does not make the United States a host
    assert [f.value for f in _all("A 20-plus-year-old foreman said 510 North Koreans work at the site in Kazan.", "2019-06-01")] == [510]
    assert _one("A delegation that travelled to the U.S. in May said 510 North Korean workers were still employed in Poland.").country == "POL"
    # an owner's nationality is the host when no other place is named
    assert _one("A Russian-owned firm employs 260 North Korean builders, the newspaper reported.").country == "RUS"


def test_round_57_shapes():
    # number forms: Indian lakh grouping, ranges written in words
    f = _one("The group puts the number of North Korean workers abroad as high as 2,40,000 across 30 countries.", "2016-03-01")
    assert (f.value, f.high) == (240000, 240000)
    f = _one("About three to four thousand North Korean workers are in Cape Town.", "2017-03-01")
    assert (f.low, f.high) == (3000, 4000)
    assert _all("North Koreans were put to work on three to four arenas that need repairs in Durban.", "2010-03-01") == []
    # days and ages, not counts
    assert [f.value for f in _all("Poland hosts 2,100 North Korean workers. On the 14, a source in China told a reporter that "
                                   "North Korean workers in Dandong went unpaid.", "2016-03-01")] == [2100]
    assert [f.value for f in _all("The North Koreans, both 51, escaped logging camps in Russia where 300 North Korean workers stayed.",
                                   "2010-03-01")] == [300]
    assert [f.value for f in _all("The foreman, Pak Chol-su, 38 – a welder from Chongjin – and 210 other North Korean workers lived in Tomsk.",
                                   "2016-03-01")] == [210]
    assert [f.value for f in _all("The freighter anchored there on August six without leave and its 30 North Korean crew were held in India.",
                                   "2009-09-01")] == [30]
    assert _all("Leaders met in Calgary, where the Group of 7 summit was held, to discuss North Korean workers in Russia.", "2025-06-18") == []
    assert [f.value for f in _all("The report covered resolutions 1718 (2006), 1874 (2009), 2270 (2016) and 2371 (2017), Kuwait said of its "
                                   "2,000 North Korean workers.", "2017-09-18")] == [2000]
    # not the workforce: shortages, defections, diplomats, candidates at home, defendants, forecasts, other nationals, things
    assert _all("Russia's health sector lacks more than 21,000 doctors and over 54,000 nurses, so a North Korean doctor was hired.", "2026-03-01") == []
    assert _all("Daily NK reported in 2020 that 12 North Korean construction workers living in Moscow came to South Korea via a third country.",
                "2024-04-19") == []
    assert _all("A UN official is looking into claims that a dozen restaurant workers who arrived in the South from China were abducted.",
                "2017-12-14") == []
    assert _all("Kuwait cut the number of diplomatic staff at the North Korean embassy from eight to three, including the ambassador.", "2017-09-18") == []
    assert [f.value for f in _all("About 4,000 workers selected in the first round are awaiting final interviews, while another 2,000 undergoing "
                                   "selection had checks, a source said of North Korean workers bound for Russia.", "2025-06-15")] == []
    assert [f.value for f in _all("Officials pressed criminal charges Thursday against 31 of the 33 crew of the North Korean ship held in Panama.",
                                   "2013-07-15")] == [33]
    assert _all("A ship with North Korean crew sank off Jeju. Four crew have been rescued and a search for the 12 crew members still missing goes on.",
                "2014-04-03") == []
    assert _all("Some 28,000 Cuban health workers, mostly doctors, who work in 60 countries brought in $1.9 billion last year.", "2015-10-30") == []
    assert _all("Two DPRK trading firms that sent these labourers to Russia were also sanctioned.", "2025-07-09") == []
    assert _all("The ministry said the three restaurants in Phnom Penh and two others in Siem Reap were closed, in line with the UN "
                "resolution on North Korean workers.", "2019-12-25") == []
    assert _all("Inspectors found 3 MiG-19 aircraft on the North Korean ship held in Panama.", "2013-07-20") == []
    assert [f.value for f in _all("The North Korean ship was held in Panama. Its owners may answer within the following 12 working days, "
                                   "canal officials said.", "2013-10-25")] == []
    # shares and money that are not the workers' pay or the state's cut
    assert _all("The 45 percent increase to $2.2 billion in trade with North Korea was announced on Sunday.", "2011-10-30") == []
    assert _all("Workers building stadiums in Qatar were taking home approximately 15% of their salary, the rest sent to the regime.", "2018-07-01") == []
    assert _all("Only about 35 percent of the salary eventually goes to the employee, a report on North Korean workers says.", "2018-07-26") == []
    assert _all("The Far East is home to only 6% of Russia's people, yet North Korean loggers work there.", "2006-04-15") == []
    assert [f.value for f in _all("North Korean workers in Russia earn $700 a month, about 30 times the GNI per capita in North Korea, "
                                   "some 120,000 won ($90) in 2022.", "2024-10-22")] == [700]
    assert _all("The canal authority said it is a proposed sanction of up to $2 million against the North Korean ship in Panama.", "2013-09-27") == []
    assert _all("A UN report said North Korea raised up to $3 billion by skirting UN sanctions.", "2020-02-11") == []
    # places: a ship's origin, its route and a match's opponent are no hosts; a war's offensive names no workplace
    assert _one("The ship was held in Panama in July. The boat came from Chile and headed for North Korea with 30 crew members.",
                "2014-05-03").country == "PAN"
    assert _one("About 100 North Korean men in red attended the match against Brazil in Johannesburg.", "2010-06-15").country == "ZAF"
    text = ("Kim agreed to send 6,000 personnel to Russia's Kursk region. The deployment includes 5,000 military construction workers "
            "to help rebuild infrastructure damaged by Russia's ongoing offensive in Ukraine.")
    assert [f.country for f in _all(text, "2025-06-18")] == ["RUS", "RUS"]
    # a count whose "North" ends a hard-wrapped line
    assert _one("In the town of Tynda, roughly 400 North\nKoreans from two enterprises have been dispatched, a source said.", "2015-07-01").value == 400


def test_round_57_rules_keep_ordinary_figures():
    # a reviewer's counter-examples to the rules written after round 57: each must still give its figure
    _each_gives_its_figure([
        ('In Kuwait, 110 – most of them builders – remain, according to officials who track North Korean workers.', '2019-05-01', 110),
        ('Of the workers in Primorye, 70 – all North Korean – are builders.', '2019-05-01', 70),
        ('Under Security Council resolution 2397, countries reported how many North Korean workers remained: Kuwait 160 (2019), Qatar 70 (2019).', '2020-05-01', 160),
        ('Resolution 2397 ordered them home, but Russia still had 410 (2019) North Korean workers, officials said.', '2020-05-01', 410),
        ('A Group of 13, all North Korean workers, arrived in Russia this week.', '2019-05-01', 13),
        ('Russia, which lacks workers in its Far East, has taken in 16,000 North Koreans on work visas.', '2019-05-01', 16000),
        ('China lacked labour, and so it hired 11,000 North Korean workers in Dandong.', '2019-05-01', 11000),
        ("About 1,600 North Korean workers arrived in the south of Russia last year, South Korea's spy agency said.", '2019-05-01', 1600),
        ('Some 210 North Korean builders came to the South Ural region in 2018, officials in Seoul said.', '2019-05-01', 210),
        ('About 310 North Korean workers came to the South Korean-run factory in Vladivostok, a Seoul official said.', '2019-05-01', 310),
        ('Russia hosts 21,000 North Korean workers, the former official who arrived in the South last year told reporters.', '2019-05-01', 21000),
        ('Many of the 310 North Korean workers in Russia want to go to South Korea, a missionary said.', '2019-05-01', 310),
        ('Police detained 41 North Korean workers who are awaiting further checks by immigration officers in Moscow.', '2019-05-01', 41),
        ('The 510 North Korean workers at the site in Russia are undergoing checks by the migration service.', '2019-05-01', 510),
        ('Russia employs 21,000 North Korean workers and more are likely to come this year.', '2019-05-01', 21000),
        ('Some 3,100 North Korean workers in Kuwait could return home next month.', '2019-05-01', 3100),
        ('Twelve North Korean workers are employed at the mine in Russia, where two Russians were rescued after a collapse.', '2019-05-01', 12),
        ('Fifteen North Korean workers remain at the plant in Russia, the owner said, while one Chinese worker is still missing.', '2019-05-01', 15),
        ('The 41 North Korean workers recruited in the North Korean city of Chongjin arrived in Russia in May.', '2019-05-01', 41),
        ('Ninety North Koreans work at two factories in Russia and 41 others at a shipyard.', '2019-05-01', 41),
        ('Two factories in Russia employ North Korean workers, and 41 others work at a farm, officials said.', '2019-05-01', 41),
        ('Russia has been receiving North Korean workers. Some 510 arrived days before the deadline.', '2019-05-01', 510),
        ('Russia took in North Korean workers last year. Another 1,300 came weeks later.', '2019-05-01', 1300),
        ('The state takes 71 percent of the salary, and what goes to the workers is little.', '2019-05-01', 71),
        ("About 71 percent of the salary ends up with the workers' bosses in Pyongyang, North Korean workers in Russia said.", '2019-05-01', 71),
        ('Mongolia says it repatriated 91 percent of the people on North Korean work permits.', '2019-05-01', 91),
        ('The workers, whose earnings are a key source of national income, are paid $310 a month in Russia.', '2019-05-01', 310),
        ('The GDP figures aside, North Korean workers in Russia earn about $610 a month.', '2019-05-01', 610),
        ('Despite penalties, firms paid North Korean workers $410 a month in Russia.', '2019-05-01', 410),
        ('The workers earned the regime $510 million a year by evading sanctions.', '2019-05-01', 510e6),
    ])
    # number-word ranges keep each end's own scale; a dash with spaces joins no range
    assert [(f.low, f.high) for f in _all("North Korea has sent one hundred to one thousand workers to each of the new sites in Russia.", "2019-05-01")] == [(100, 1000)]
    assert [(f.low, f.high) for f in _all("North Korea sent nine hundred to two thousand workers to Mongolia in 2016.", "2019-05-01")] == [(900, 2000)]
    assert _all("Only six – three thousand more are expected – North Korean workers arrived in Russia this week.", "2019-05-01") == [] or \
        all(f.low is None for f in _all("Only six – three thousand more are expected – North Korean workers arrived in Russia this week.", "2019-05-01"))
    # places: workers carried from a host, headed for it, or counted against another host keep it
    assert _one("A vessel carried 110 North Korean workers coming from Russia, where they had worked on building sites.", "2019-05-01").country == "RUS"
    assert _one("Some 5,100 North Korean workers are headed for Russia, officials said.", "2019-05-01").country == "RUS"
    assert _one("Despite sanctions against Russia, 16,000 North Korean workers arrived there last year.", "2019-05-01").country == "RUS"
    assert [f.country for f in _all("Russia hosted 31,000 North Korean workers versus China's 51,000 in 2017.", "2019-05-01")] == ["RUS", "CHN"]


def test_round_58_shapes():
    # all a system ever raised is no year's revenue; an estimate's "to have earned" is
    assert _all("Some 150,000 North Koreans work overseas in a state-run system that has raised up to $2 billion for the elite.",
                "2018-04-15")[1:] == []
    assert _one("North Korea is estimated to have earned 1.1 billion to 2.1 billion U.S. dollars in this way, the envoy said.",
                "2016-06-01").metric == "annual_revenue"
    # what workers take home, a share of others' wages or of a trade's proceeds
    assert _all("Workers toil at least 14 hours a day in 30 countries with only a few days off per year and are lucky to take home 15% "
                "of what they earn.", "2015-02-19") == []
    assert [f.text for f in _all("North Korean workers in China earn $160 to $260 a month. This is about a third of the wages of regular "
                                 "Chinese workers.", "2012-11-21")] == ["$160 to $260"]
    assert _all("The firm receives 45% of proceeds of logging by North Korean workers in Tynda.", "2009-09-02") == []
    # a clock time, a zip code, escapes counted over years
    assert _all("He serves food from 11 a.m to midnight in a North Korean restaurant in Dandong.", "2012-04-26") == []
    assert _all("DEPARTMENT OF STATE WASHINGTON, D.C. 20521 North Korea Sanctions Advisory on North Korean workers.", "2018-07-23") == []
    assert _all("According to South Korean sources, the number of workers managing to escape from Russia is declining: from 30 in 2021 "
                "to 12 in 2024.", "2025-08-15") == []
    # pay per month received on return is pay, not a lump sum
    f = _one("North Korean workers at the plant receive only $110-210 per month upon their return.", "2025-11-15")
    assert (f.low, f.high, f.metric) == (110, 210, "monthly_take_home")


def test_round_59_shapes():
    # a time before the pandemic, told with a long name; a habit in the present keeps the publication year
    text = ("A Council resolution of 2016 told states to send the workers home. Prior to the coronavirus pandemic there were about "
            "41,000 North Koreans working in over 30 countries. The regime typically takes about 80% of their wages.")
    assert [(f.value, f.year) for f in _all(text, "2022-05-10")] == [(41000, 2019), (80, 2022)]
    # a deadline still ahead sets no year for what follows
    text = ("The bill extends the programmes through 2031 and funds a special envoy.\n"
            "She cited an estimated 60,000 North Koreans in forced labour in China.")
    assert _one(text, "2025-03-01").year == 2025
    # the low end of a range borrows the thousands; a count in many countries is worldwide
    assert [(f.low, f.high) for f in _all("An estimated 30~35,000 workforces toil abroad.", "2013-05-01")] == [(30000, 35000)]
    f = _one("Some 30 to 35,000 North Korean labourers work in as many as 38 countries, and a deal sends more to Hunchun, China.", "2013-05-01")
    assert (f.low, f.high, f.country) == (30000, 35000, "WLD")
    # a table's rows take the year of the dated row above them
    text = "Workers abroad | |\n---|---|\nAt least 70,000 (2018) | |\nChina | 40,000 |\nRussia | 20,000 |\n"
    assert [(f.value, f.year) for f in _all(text, "2023-05-01")] == [(70000, 2018), (40000, 2018), (20000, 2018)]
    # labels: a year before a law, resolutions listed with their months, a parliamentary question, a map area
    assert _all("The ministry amended the 2012 labor law that raises fines for employers hiring North Korean workers.", "2017-06-27") == []
    assert _all("Resolutions 2270 (March 2016) and 2321 (November 2016) widened the sanctions on North Korean workers.", "2017-10-31") == []
    assert _all("Further to the Answer to Question 41730 on North Korean workers, what progress has been made?", "2021-11-19") == []
    assert _all("The women were heading to a logging site in China (area 17) to work for two months.", "2018-12-17") == []
    # money that is no worker's pay and no year's revenue
    assert _all("As of May 2012, the studio had earned an estimated $140 million overseas building statues.", "2015-05-15") == []
    assert _all("Ambassadors receive $700 to $1,100, counsellors get $550 to $650, and secretaries earn between $300 and $450.",
                "2024-07-17") == []
    assert _all("The department offered a reward of up to $7 million for information on the firms that sent North Korean workers abroad.",
                "2024-12-12") == []
    assert _all("The firms also demand a lump sum of 2,500 yuan ($395) from each North Korean worker for transit.", "2012-07-01") == []
    assert _all("Brokers receive a monthly payment of 90 yuan, or about $13, per North Korean laborer employed at a plant.", "2016-08-04") == []
    text = ("North Korea's party office took nearly all the dollars paid as salaries to the workers at the Kaesong complex, a defector said.\n\n"
            "The office takes away the salaries of North Korean workers and earns up to $90 million in cash annually, he said.")
    assert _all(text, "2017-06-30") == []
    # counts of people who are not North Korean workers abroad
    assert _all("Approximately 32,000 North Korean citizens have fled to other countries, most of them now in South Korea.", "2023-05-15") == []
    assert _all("Seoul announced sanctions targeting 13 North Korean individuals and five entities.", "2024-11-01") == []
    assert _all("A total of 11,000 North Korean personnel are now stationed near the border, the agency said.", "2025-11-04") == []
    assert _all("Of the 12 Malaysians still in Pyongyang, four are Malaysian embassy staff and the remaining eight are their family members.",
                "2017-03-09") == []
    assert _all("The Treasury also designated seven North Korean shipping and trading companies and 18 vessels.", "2017-11-21") == []
    assert _all("In 1975 a South Korean firm won a road contract in Saudi Arabia and brought in 230 South Korean construction workers.",
                "2023-10-15") == []
    # a ship's origin, told in a sentence of its own, is no host for its crew
    text = ("The Philippines has impounded a North Korean cargo ship.\n\nThe ship, which came from Indonesia, was on a UN list.\n\n"
            "The 23 crew members, all North Korean nationals, will be deported, the coast guard said.")
    assert _one(text, "2016-03-06").country == "PHL"


def test_round_59_review_keeps_ordinary_figures():
    # a reviewer's counter-examples to round 59's rules (habits, deadlines, labels before a law, embassy pay, per-head fees,
    # the sentence after a Kaesong one, escapes, personnel, sanctions, families): each must still give its figure
    _each_gives_its_figure([
        ('In 2017, about 4,100 North Koreans worked on Qatari building sites. Their monthly pay was usually less than $300.', '2024-06-01', 300),
        ('In 2016, some 2,200 North Korean loggers were in the Russian Far East. A logger typically was paid around $210 a month.', '2024-06-01', 210),
        ('In 2014, 1,050 North Koreans worked at Mongolian cashmere plants. Wages were typically as low as $120 a month.', '2024-06-01', 120),
        ('In 2010, about 1,000 North Koreans were building in Kuwait. Each was paid $250 a month, usually plus food.', '2024-06-01', 250),
        ('The 2000 loggers report to North Korean foremen in Tynda, Russia.', '2024-06-01', 2000),
        ('Its 1950 welders act as one brigade at the shipyard in Gdansk, Poland, all of them North Koreans.', '2024-06-01', 1950),
        ('North Korean women working as secretaries earn $400 a month at Chinese trading firms in Dandong.', '2024-06-01', 400),
        ('The 60 North Korean cooks and secretaries get $350 a month in Moscow.', '2024-06-01', 350),
        ('Russian construction firms pay $900 a month per North Korean worker employed, though the laborers keep only a third.', '2024-06-01', 900),
        ('North Korean builders in Russia earn far more than their peers at Kaesong did. A typical builder takes home about $400 a month.', '2024-06-01', 400),
        ('Workers in Russia hand over more than those at Kaesong did. They surrender 70 percent of their wages.', '2024-06-01', 70),
        ('Workers in Russia earned twice the Kaesong rate. Most of the money went to the state. A builder there got about $350 a month.', '2024-06-01', 350),
        ('Around 20,000 North Korean laborers remain in Russia, though dozens have fled to third countries.', '2024-06-01', 20000),
        ('About 1,000 North Korean workers stayed in Kuwait even after their manager had fled the country.', '2024-06-01', 1000),
        ("Russia has 15,000 North Korean workers, many of whom have fled the North's famine-stricken provinces.", '2024-06-01', 15000),
        ('About 1,200 North Korean personnel were posted to seafood plants in Dandong, China.', '2024-06-01', 1200),
        ('Some 300 North Korean personnel are stationed in Shenyang to run IT front companies.', '2024-06-01', 300),
        ('About 400 North Korean personnel were deployed at construction sites in Moscow.', '2024-06-01', 400),
        ('Russian police launched raids targeting 200 North Korean nationals working illegally in Vladivostok.', '2024-06-01', 200),
        ('The crackdown, targeting 500 North Korean nationals on expired visas in Malaysia, began in March.', '2024-06-01', 500),
        ('Authorities began checks targeting 150 North Korean nationals employed at Polish shipyards.', '2024-06-01', 150),
        ("North Korea sent builders to Kuwait in 2015. The 2,000 workers were their families' only breadwinners.", '2024-06-01', 2000),
        ('Officials said the 5,000 workers in Qatar had earned $40 million for Pyongyang.', '2024-06-01', 40000000.0),
        ('North Korean loggers in Russia who exceed their quota get a reward of $50 on top of their $120 monthly wage.', '2024-06-01', 120),
    ])
    # a table's rows take no year from another country's own bracketed year or a note
    assert 2024 in [f.year for f in _all('North Korean workers abroad (estimates)\n\n| Country | Workers |\n|---|---|\n| Russia | 30,000 (2017) |\n| Kuwait | 3,000 |\n| Qatar | 2,500 (2016) |', '2024-06-01')]
    assert 2024 in [f.year for f in _all('North Korean workers abroad\n\n| Country | Workers | Notes |\n|---|---|---|\n| Russia | 30,000 | labour deal signed (2015) |\n| China | 50,000 | |', '2024-06-01')]
    assert 2024 in [f.year for f in _all('North Korean workers abroad\n\n| Country | Workers |\n|---|---|\n| Russia (2017) | 30,000 |\n| Kuwait | 3,000 |', '2024-06-01')]
    # a habit told in the past keeps the paragraph's year ("was usually less than", "typically was paid")
    for text, year in (("In 2017, about 4,100 North Koreans worked on Qatari building sites. Their monthly pay was usually less than $300.", 2017),
                       ("In 2016, some 2,200 North Korean loggers were in the Russian Far East. A logger typically was paid around $210 a month.", 2016)):
        assert year in [f.year for f in _all(text, "2024-06-01") if f.unit == "usd"], text


def test_round_60_shapes():
    # resolutions listed with their years, a committee named by its resolution, a label across a line break, a chart's number
    assert _all("Such work is barred (see UNSCR 2321 (2016), 2371 (2017), and 2397 (2017)).", "2026-01-12") == []
    assert _all("Moscow's veto ended the UN 1718 Panel of Experts that tracked North Korean workers.", "2026-01-12") == []
    assert _all("Russia had voted for U.N. Resolution\n2375 in 2017, which sent North Korean workers home.", "2025-02-15") == []
    assert _all("<Graph 5> The flow of overseas workers 1995", "2012-12-15") == []
    assert _all("The MSMT is a 12\u2011country mechanism that reports on North Korean workers abroad.", "2026-01-12") == []
    # the whole of a military dispatch that includes builders counts; troops sent to the front do not
    assert 7000 in [f.value for f in _all("North Korea will send 7,000 military personnel to Russia's war-torn Kursk region, including "
                                          "1,500 sappers for demining and 5,500 military builders.", "2025-06-18")]
    assert _all("About 12,000 North Koreans were sent to the frontlines of Russia late last year, the spy agency said.", "2025-02-15") == []
    # asylum, killings, compensation, a lifetime total "so far", a per-trade split of new workers
    assert _all("South Korea will grant asylum to four North Koreans who fled a restaurant in China.", "2015-07-08") == []
    assert _all("The army, trained by North Korea, crushed the rebels in 1983, killing around 18 thousand civilians.", "2014-07-01") == []
    assert _all("The lawyer will demand at least $16,000 USD of compensation for the captain of the North Korean ship.", "2014-07-15") == []
    assert _all("The North Korean striker has so far earned about $19 million in Europe.", "2015-07-08") == []
    assert "60%" not in [f.text for f in _all("About 400 workers are waiting to be sent to China, with about 60% going to fishery "
                                               "businesses and the remaining 40% to sewing factories.", "2024-07-15")]
    # things counted, a paid-as-a-share comparison with other nationals, an opening year that is no count's
    assert _all("In North Korea, the number of markets grew from more than 300 in 2011 to more than 450 in 2017.", "2018-06-18") == []
    assert _one("The restaurant in Hanoi, which opened in 2013, employed around 18 North Koreans.", "2017-10-15").year == 2017
    figs = _all("\u201cHere you can hire a North Korean worker for a third of the money paid to a Chinese worker,\u201d he said. "
                "\u201cHalf the wages they earn goes to the North Korean government.\u201d", "2018-06-18")
    assert [(f.text, f.value) for f in figs] == [("Half", 50)]
    assert _all("China has been exceeding export quotas by anywhere between 40 and 90 percent in deliveries to Pyongyang.", "2018-07-27") == []
    # people told as "of us" or as civilians sent as workers
    assert _one("About 120 of us arrived here two days ago, a North Korean worker told reporters in Durban.", "2010-06-17").value == 120
    assert _one("North Korea dispatches 5000 civilians as relief workers to rebuild the Kursk region.", "2025-06-18").value == 5000


def test_round_60_review_keeps_ordinary_figures():
    # a reviewer's counter-examples to round 60's rules (a label word at a line's end, non-breaking hyphens, 'of the group's',
    # civilians, shares 'to' a trade, export quotas, builders and the front, shops, back pay, opening years): each keeps its figure
    _each_gives_its_figure([
        ('Russia ignores UN resolution\n12,000 North Korean workers arrived in the Far East in 2023, officials say.', '2024-06-01', 12000),
        ('Moscow defies Security Council Resolutions\n3,400 North Korean builders now work in Vladivostok.', '2024-06-01', 3400),
        ('Workers sent home under the resolution\n2,100 North Koreans left Mongolia in 2019.', '2024-06-01', 2100),
        ('North Korea sent a 5,000‑strong workforce to rebuild Kursk.', '2025-07-01', 5000),
        ('A 40‑member North Korean construction brigade arrived in Laos last week.', '2024-06-01', 40),
        ('The state keeps 70 percent to fund weapons factories, a defector who worked in Russia said.', '2024-06-01', 70),
        ('The authorities take 90 percent to state businesses back home, a logger in Russia said.', '2024-06-01', 90),
        ("The fish plant in Russia met its export quotas, yet the state still took 70 percent of the North Korean workers' wages.", '2024-06-01', 70),
        ('Because of export quotas, the Chinese seafood plant keeps 300 North Korean women on its payroll, who hand over 60% of their wages.', '2024-06-01', 60),
        ('About 1,000 North Korean builders were sent to the frontline region of Kursk to rebuild homes.', '2025-09-01', 1000),
        ('Some 2,000 workers were sent to the front-line city of Donetsk to restore apartment blocks, a North Korean source said.', '2025-09-01', 2000),
        ('About 500 North Korean workers were sent to the front of the queue for Russian work visas.', '2024-06-01', 500),
        ('About 5,000 construction troops were sent to the frontlines to build roads and bunkers for Russia.', '2025-09-01', 5000),
        ('The number of shops in Dandong staffed by North Koreans is unclear but about 600 work there.', '2024-06-01', 600),
        ('The North Koreans got $350 in back pay for March, their monthly wage at the Kazan site.', '2024-06-01', 350),
        ('Each worker received $420 in unpaid wages for last month, the regular pay at the Polish shipyard.', '2024-06-01', 420),
    ])
    # ... and these stay no figure
    for text, pub in [
            ("Some 80 of the group's 200 restaurants abroad are in China, employing North Korean waitresses.", '2024-06-01'),
            ("About 60 of the group's hotels in Vladivostok use North Korean cleaners.", '2024-06-01'),
            ("Roughly 300 of the group's shares were sold, a North Korean labour broker in China said.", '2024-06-01'),
            ('Ukrainian shelling forced 3,000 civilians to leave Kursk, where North Korean builders now work.', '2025-07-01'),
            ('About 1,000 civilians, mostly local Russians, work alongside North Korean labourers at the site.', '2025-07-01'),
            ('North Korean workers earn half the wages of Chinese workers in Dandong.', '2024-06-01'),
            ('Pyongyang deployed 12,000 troops to the Kursk front, including assault infantry, artillery crews and combat engineers.', '2025-01-01'),
            ('North Korea has sent 11,000 soldiers to Russia to fight, including special forces, snipers and some engineers.', '2025-01-01'),
            ('North Korea sent 3,000 more troops to Russia in early 2025, including assault units, drone operators, gunners and engineers.', '2025-03-01'),
    ]:
        assert _all(text, pub) == [], text
    # a count told of a workplace's opening keeps the opening year
    assert 2014 in [f.year for f in _all('The restaurant, which opened in 2014, had 15 North Korean waitresses at its launch.', '2024-06-01')]
    assert 2016 in [f.year for f in _all('The factory in Dandong opened in 2016, employed 300 North Koreans in its first year and later 900.', '2024-06-01')]
    assert 2012 in [f.year for f in _all('The shipyard in Gdansk opened in 2012, was hiring 120 North Koreans by then.', '2024-06-01')]
    # a dateline city that is the host stays the host
    assert 'RUS' in [f.country for f in _all('MOSCOW - About 1,200 North Korean builders work in the city, a Chinese businessman said.', '2024-06-01')]
    assert 'ARE' in [f.country for f in _all('DUBAI - Around 1,500 North Koreans still work on towers here, while Qatar has sent its workers home.', '2024-06-01')]
    assert 'KHM' in [f.country for f in _all('PHNOM PENH - About 200 North Korean waitresses work in restaurants here, the Vietnamese embassy said.', '2024-06-01')]
    assert 'QAT' in [f.country for f in _all('DOHA - Some 2,800 North Koreans work on stadium sites in the city, a Kuwaiti contractor said.', '2024-06-01')]


def test_since_when_dates_only_a_count_in_its_when_clause():
    # a count that has lasted "since last July, when the ship ran aground" is the publication year's
    assert _one("The 31 North Koreans have been staying in Mexico since last July when their freighter ran aground.",
                "2015-05-24").year == 2015
    # a count inside the "when" clause is that time's
    assert _one("The number has fallen since 2013, when 51,000 North Koreans were sent to Kuwait.", "2015-05-24").year == 2013


def test_parts_of_a_total_take_its_year_across_paragraphs():
    # "among these entrants" after an attribution, past a paragraph with no number, is the total's year
    text = ("Data show that 13,200 North Koreans entered Russia in 2023, a twelvefold increase, according to the agency.\n\n"
            "However, the outlet cannot verify these claims.\n\n"
            "According to the agency report, among these entrants, 7,700 individuals claimed to be travelling for study.")
    assert [(f.value, f.year) for f in _all(text, "2025-02-10")] == [(13200, 2023), (7700, 2023)]
    # "Of these, N stated their purpose": parts of the total, in its unit
    text = ("According to the statistics service, 13,200 North Korean citizens entered Russia last year. "
            "Of these, 7,700 stated their entry purpose as education.")
    assert [(f.value, f.unit, f.year) for f in _all(text, "2025-10-30")] == [(13200, "people", 2024), (7700, "people", 2024)]


def test_a_border_between_three_countries_sets_no_host():
    text = ("North Korean loggers in Russia's Far East sell drugs, a source near the Tumen River said. The river serves as part of "
            "the boundary between Russia, North Korea, and China.\n\n"
            "\"In late August, 14 loggers were arrested at the same time on drug charges,\" the source said.")
    assert _one(text, "2010-11-29").country == "RUS"


def test_a_river_named_like_a_city_is_no_host():
    text = ("North Korean loggers in Russia are held for drug trading, a source said.\n\n"
            "\"On Oct. 12, seven loggers were detained and sent by a train bound for the Tumen River area,\" the source said.")
    assert _one(text, "2010-11-29").country == "RUS"


def test_a_list_of_hosts_carries_no_single_one():
    # the sentence before names several hosts in a list: a figure after it is all of theirs
    text = ("North Korea has up to 31,000 laborers in China, Russia and some Middle Eastern countries. "
            "Last September, North Korea sent nearly 60 workers to build a stadium.")
    assert [f.country for f in _all(text, "2010-03-14")] == ["WLD", "WLD"]
    # one host named alone still carries
    assert _all("North Korea has about 31,000 laborers in Russia. Last September it sent nearly 60 more.", "2010-03-14")[-1].country == "RUS"


def test_the_group_of_seven_is_a_name():
    assert _all("The official spoke in Calgary, where the Group of 7, or G7, summit is being held, about North Korean workers in Russia.",
                "2025-06-18") == []


def test_list_items_after_a_semicolon():
    text = "Of the visitors, 36,000 travelled by boat; 21,800 by airplane; 13,300 by train and 3,200 entered on foot."
    assert [f.value for f in _all("China counted 75,000 North Korean visitors in 2011. " + text, "2011-10-30")] == [75000, 36000, 21800, 13300, 3200]


def test_round_58_rules_keep_ordinary_figures():
    _each_gives_its_figure([
        ("North Korean workers in Russia have earned $130 million for the regime this year.", "2019-05-01", 130e6),
        ("The 31,000 workers have earned the regime $510 million a year.", "2019-05-01", 510e6),
        ("North Korean workers in Qatar earn $910 a month but take home only $210 after the state's cut.", "2019-05-01", 210),
        ("The number of workers who fled their sites rose to 31 last year, but 2,100 North Korean workers remain in Vladivostok.",
         "2019-05-01", 2100),
    ])


def test_round_58_review_keeps_ordinary_figures():
    # a reviewer's counter-examples to the rules written after round 58: each must still give its figure
    _each_gives_its_figure([
        ("North Korea's overseas workers have brought in some $510 million over the past year, the UN panel said.", "2024-06-01", 510e6),
        ("The IT workers have generated about $260 million for the regime in the 2023 fiscal year, U.S. officials said.", "2024-06-01", 260e6),
        ("Workers sent to Russia have earned some $130 million per annum for Pyongyang.", "2024-06-01", 130e6),
        ("North Korea's labourers in China have earned about $310 million for the state during 2022.", "2024-06-01", 310e6),
        ("Pyongyang takes up to 91% of the wages of its Siberian workers, the report said.", "2024-06-01", 91),
        ("Trading companies in North Korea earn about $510 million a year from workers sent to Russia.", "2024-06-01", 510e6),
        ("Workers in North Korea earn almost nothing, while those in Russia make $610 a month.", "2024-06-01", 610),
        ("Many workers in North Korea apply to go to Russia, where wages run to $710 a month.", "2024-06-01", 710),
        ("The state takes home 71% of their pay.", "2024-06-01", 71),
        ("Managers take home 31 percent of each worker's wage as a 'loyalty fee'.", "2024-06-01", 31),
        ("The number of workers fleeing has not dented the 21,000 North Koreans still working in Russia.", "2024-06-01", 21000),
        ("The number of workers who escaped was small compared with the 31,000 North Koreans who stayed in Russia.", "2024-06-01", 31000),
        ("The total of workers fleeing Russian sites is tiny next to the roughly 16,000 on the job in Vladivostok.", "2024-06-01", 16000),
    ])
    assert _one("North Korean workers have kept arriving since 2022, when the Security Council report counted some 2,100 new arrivals "
                "in Russia.", "2024-06-01").year == 2022
    assert _one("About 1,600 North Korean workers are building a bridge across the Moscow River.", "2024-06-01").country == "RUS"
    text = ("About 21,000 North Korean workers are in Russia. Moscow and Beijing have denied breaching sanctions. "
            "Most of the workers earn about $510 a month.")
    assert _all(text, "2024-06-01")[-1].country != "WLD"



def test_rounds_61_and_62_shapes():
    # number forms: a fraction of a million, a decade's middle, a space lost between two sentences
    f = _one("Up to a quarter of a million North Koreans are believed to work abroad, a think tank said.", "2016-04-02")
    assert (f.text, f.value, f.high) == ("a quarter of a million", 250000, 250000)
    assert _one("In the mid-1970s over 14,000 North Korean loggers worked in Russia's Far East.", "2003-05-01").year == 1975
    figs = _all("Russia said its North Korean workforce fell from 31,400 to 12,700 persons.In its own report, China said "
                "nearly half had left.", "2018-04-02")
    assert [f.country for f in figs if f.unit == "people"] == ["RUS", "RUS"]
    # no count: a wish, a request, an age, a firm's whole workforce, suspects, speakers, all who ever took part
    assert _all("Bringing in 25,000-45,000 North Korean labourers would be a fine outcome for the Far East, a minister argued.", "2022-10-03") == []
    assert _all("A Libyan contractor is said to have requested the dispatch of at least 650 North Korean builders last spring.", "2020-05-02") == []
    assert [f.value for f in _all("Mr Ri is 38; like the other lumberjacks of the taiga - estimated at between 12,000 and 17,000 - "
                                  "he sends money to a wife and family back in North Korea.", "1995-03-01")] == [None]
    assert _all("The sawmill near Tynda is Russian-owned, yet 55 percent of its 2,600 workers are North Koreans.", "2004-07-01") == []
    assert _all("Separately, three North Korean nationals allegedly hacked two exchanges in Seoul.", "2025-07-01") == []
    assert _all("Life in the camps was grim, yet the five workers told Reuters they would go back.", "2017-12-01") == []
    assert _all("Perhaps a third of a million North Koreans have worked in the timber trade over the decades, a historian says.", "2006-01-01") == []
    # the parts of a total told after a count of firms that employ them
    figs = _all("Official data show 68 North Koreans employed by 9 firms in Malta. These include 37 "
                "working at a garment maker.", "2016-04-02")
    assert [f.value for f in figs] == [68, 37]
    # money no year's revenue or month's pay: a total since a year, seized funds, a yearly levy, a group's earnings
    assert _all("The regime has earned at least US$140 million from building contracts in Africa since 2001, a report said.", "2012-10-01") == []
    assert _all("Prosecutors announced seizures of 14 web domains and some $1.3 million in revenues tied to the scheme.", "2023-10-20") == []
    assert _all("Builders' yearly levy went up from USD 6,800 to USD 9,500, the source said.", "2019-05-01") == []
    assert _all("A cell of coders in Shenyang brings in about $18,000 a month collectively, the defector said.", "2023-06-01") == []
    assert _all("No embargo is 100% effective, a Moscow economist said of North Korean labour in Russia.", "2019-11-01") == []
    # permits approved; restaurants that remain; a deadline or a law's year sets no year for the next sentence
    assert [(f.value, f.unit) for f in _all("Only 12 applications were approved this year for North Korean workers, the Maltese agency said.", "2016-04-02")] == [(12, "permits")]
    assert _all("At their peak some 140 North Korean state-run restaurants fed diners from Dubai to Jakarta.\n\n"
                "Now perhaps 19 remain in China and Laos.", "2023-05-01") == []
    text = ("A 2016 U.N. resolution ordered every state to expel North Korean labourers by Dec. 20 last year.\n"
            "Washington reckons the labourers bring Pyongyang over $450 million a year from nearly 90,000 people abroad.")
    assert {f.year for f in _all(text, "2020-01-23")} == {2020}
    text = ("Pyongyang wants to resume sending labour to Russia next year. Until this month as many as "
            "14,000 North Koreans were employed in Siberia, the envoy added.")
    assert _one(text, "2019-12-29").year == 2019


def test_round_63_shapes():
    # "X or Y" is one rough range, its scale shared; years either side of "or" stay years
    assert [(f.low, f.high) for f in _all("Two or three thousand North Korean workers were sent to Jilin last spring.", "2024-05-01")] == [(2000, 3000)]
    assert [(f.low, f.high) for f in _all("About 20 or 30 North Korean workers live at the site near Tomsk.", "2024-05-01")] == [(20, 30)]
    assert [f.value for f in _all("In 2017 or 2018, about 260 North Koreans worked in Laos.", "2024-05-01")] == [260]
    # sums told over a span named before them ("over the period", "reached a total of") are no year's revenue
    text = ("Pyongyang's income from illicit trade from 2016 to 2022, such as selling coal abroad, reached a total of $5.8 billion, "
            "the study said.\nThe study said coal brought in $2.1 billion over the period, followed by income from workers in "
            "China and Russia at $1.6 billion.")
    assert _all(text, "2024-02-20") == []
    # a pair carries its first ("accused Malta and Poland"), unless the sentence speaks for one of it ("Russia's report")
    figs = _all("A rights group accused Malta and Poland of hiring North Koreans. About 380 worked at shipyards.", "2019-05-01")
    assert [f.country for f in figs] == ["MLT"]
    figs = _all("China and Russia have sent home more than half of their North Korean workers, reports show. Russia's report "
                "said the number with valid permits fell from 28,500 to 10,900.", "2019-03-27")
    assert [f.country for f in figs if f.unit == "permits"] == ["RUS", "RUS"]


def test_rounds_63_and_64_shapes():
    # visas extended are visas (not when refused); a university's country is the source's seat; a cargo's port is no host
    assert [(f.value, f.unit) for f in _all("The government has extended the visa period of 15 North Koreans for two more months.", "2019-11-17")] == [(15, "visas")]
    figs = _all("Valletta decided not to extend the visas of 21 North Koreans, and all of them have since gone home.", "2016-08-05")
    assert [(f.value, f.unit) for f in figs] == [(21, "people")]
    figs = _all("A project led by Leiden University in the Netherlands found workers were even sent to countries within the EU.\n\n"
                "It said labourers worked 14-hour days and surrendered at least 75% of their pay.", "2019-06-01")
    assert [f.country for f in figs] == ["EUR"]
    figs = _all("The bulk carrier was held by Indonesian authorities in the Strait of Makassar.\n\nOn boarding, they found a crew of "
                "23 North Koreans and a cargo of coal that papers said had been loaded in the Russian port of Nakhodka.", "2019-05-15")
    assert [f.country for f in figs] == ["IDN"]
    # no figure: people named in sanctions, a comparison with what locals would have been paid, a firm's dismissals
    assert _all("Officials imposed sanctions on a trading company and three North Korean nationals for their roles in IT worker schemes.", "2025-07-01") == []
    assert _all("He paid the North Koreans less than half of what he would have paid Russian workers.", "2015-05-01") == []
    assert _all("The firm fired less than half of the labor force after talks with North Korean officials.", "2017-05-08") == []
    assert [f.value for f in _all("The state takes half of what the workers earn in Russia.", "2019-05-01")] == [50]


def test_round_65_shapes():
    # a small group ruled out (defectors) and told again with its noun is the same group; others and the rest are not
    text = ("Twelve North Korean restaurant workers defected to South Korea, Seoul said.\n\n"
            "China said 12 North Koreans were found exiting the border with valid passports on April 6.")
    assert _all(text, "2016-04-15") == []
    text = ("Twelve North Korean restaurant workers defected to South Korea, Seoul said.\n\n"
            "The 12 other waitresses at the restaurant stayed in China.")
    assert [f.value for f in _all(text, "2016-04-15")] == [12]


def test_round_63_review_keeps_ordinary_figures():
    # a reviewer's counter-examples: "the same period" of a year, a period in another clause, "or" ranges sharing a scale or a unit
    _each_gives_its_figure([
        ("For 2017, North Korean workers in Russia earned $110 million, compared with $90 million over the same period of 2016.", "2019-05-01", 110e6),
        ("Some 25,000 North Korean workers entered Russia in 2016. They earned about $110 million for the regime during the same period.", "2019-05-01", 110e6),
        ("North Korean workers in Russia earned $110 million during 2017 and the number of workers fell by half during the same period.", "2019-05-01", 110e6),
        ("Russian visas issued to North Koreans rose from 2016 to 2017, and revenue from the workers totalled $110 million during 2017.", "2019-05-01", 110e6),
    ])
    assert [(f.low, f.high) for f in _all("About 20 or 30,000 North Korean workers are in Russia, an official said.", "2019-05-01")] == [(20000, 30000)]
    assert [(f.unit, f.low, f.high) for f in _all("Each worker in Russia is paid 300 or 400 dollars a month, the defector said.", "2019-05-01")] == [("usd", 300, 400)]
    assert [(f.unit, f.low, f.high) for f in _all("Some 40 or 50 per cent of the workers' wages in Russia go to the state.", "2019-05-01")] == [("percent", 40, 50)]
    assert [f.country for f in _all("The UN named Kuwait and Qatar. About 1,800 North Korean workers left in 2018, many flying home via Qatar.", "2019-05-01")] == ["KWT"]


def test_rounds_61_and_62_review_keeps_ordinary_figures():
    # a reviewer's counter-examples to the rules above (since as 'because', passive 'told to', 'its' as North Korea's,
    # decades of presence, relative clauses after 'would', 'by' restaurants, families living abroad, seizures of
    # passports, titles before names with their space lost): each keeps its figure
    _each_gives_its_figure([
        ("North Korea earns about $110 million from its workers in China since Beijing does not enforce the sanctions.", "2019-05-01", 110e6),
        ("In 2017, 14 workers told to leave Kuwait were flown home.", "2019-05-01", 14),
        ("The 11 workers described in the UN report were paid nothing for a year in Russia.", "2019-05-01", 11),
        ("Pyongyang recalled a third of its 1,400 workers in Angola in 2018.", "2019-05-01", 1400),
        ("North Korea has sent about 30 percent of its 90,000 workers abroad to Russia.", "2019-05-01", 90000),
        ("Some 9,000 North Korean loggers work in Russia's Far East, where they have been present for over two decades.", "2019-05-01", 9000),
        ("Some 3,000 IT workers allegedly used fake identities to get jobs with firms in China.", "2019-05-01", 3000),
        ("Russia is hiring 9,000 North Korean workers who would be paid $500 a month.", "2019-05-01", 9000),
        ("Some 280 North Korean workers live with their families in Vladivostok.", "2019-05-01", 280),
        ("Workers in Russia endured the seizure of their passports and earned $140 a month.", "2019-05-01", 140),
        ("Poland hosted 700 North Korean workers in 2016, spread over 18 firms.\n\nToday only 350 remain, the ministry says.", "2019-05-01", 350),
    ])
    assert _one("In 2016 Qatar hosted, said Capt.Lee, some 2,300 North Korean labourers.", "2019-05-01").year == 2016
    figs = _all("In 2015, about 28,000 North Koreans worked in Russia. Since then, the number has dropped to 9,000.", "2019-05-01")
    assert [(f.value, f.year) for f in figs] == [(28000, 2015), (9000, 2019)]
    assert _all("North Korean waitresses are employed by 120 restaurants abroad. About 80 of them are in China.", "2019-05-01") == []


def test_round_67_shapes():
    # people named in sanctions or charges, told apart or followed by "others"; a condition's main clause; US states and
    # court districts; an executive order's number in brackets; "half a dozen"; visa extensions; an example with its own clause
    assert _all("Among the 12 individuals designated on Friday, one worked for firms in Canada, Seoul said.", "2024-12-27") == []
    assert _all("Prosecutors indicted six people, including three North Korean nationals, over an IT worker scheme.", "2025-01-24") == []
    assert _all("Police said three suspects fled to Pyongyang while four others remain in the embassy.", "2017-03-09") == []
    assert _all("If five items are flawed, the cut would be around half of the group's monthly pay.", "2023-06-01") == []
    assert _all("It is designated under Executive Order (E.O.) 13551 as an entity the state controls.", "2025-05-01") == []
    assert [f.country for f in _all("A man from New Jersey helped 80 North Korean IT workers find jobs in 2023.", "2024-05-01")] == ["WLD"]
    assert [f.country for f in _all("A firm in New Mexico hired 12 North Korean IT workers in 2022.", "2024-05-01")] == ["WLD"]
    assert [f.country for f in _all("The Northern District of Georgia said 45 North Korean IT workers used false names in 2024.", "2024-05-01")] == ["WLD"]
    assert [f.country for f in _all("About 400 North Korean workers remain in Georgia's breakaway region in 2019.", "2019-06-01")] == ["GEO"]
    assert [(f.text, f.value) for f in _all("Half a dozen North Korean workers were sent home from Nepal in 2019.", "2019-12-01")] == [("Half a dozen", 6)]
    assert [f.unit for f in _all("Nepal drew criticism over the extension of visas for 16 North Koreans for two more months.", "2019-12-01")] == ["visas"]
    assert [f.country for f in _all("Cases have been reported in other African countries like Algeria where a firm has hired 240 North Koreans.", "2023-05-01")] == ["DZA"]
    assert [f.country for f in _all("Such cases have been reported in Algeria, where a Chinese firm has hired 240 North Koreans.", "2023-05-01")] == ["DZA"]


def test_round_67_review_keeps_ordinary_figures():
    # counter-examples: people arrested or detained among others are still counted, as are the rest of a group of
    # workers, people designated for dispatch, and a count before a condition
    _each_gives_its_figure([
        ("Police arrested 50 people, including 30 North Korean workers, at a building site in Moscow.", "2019-05-01", 30),
        ("Malaysia detained 300 people, including 45 North Koreans who worked at a mine.", "2019-05-01", 45),
        ("About 300 North Korean workers left Malaysia, while 40 others remain in Sarawak.", "2019-05-01", 40),
        ("Some 500 North Koreans designated for work in Russia left Pyongyang in March.", "2019-05-01", 500),
        ("About 3,000 North Korean workers remain in Kuwait, and if they stay, the state will earn more.", "2019-05-01", 3000),
        # a reviewer's probes that the first form of these rules lost
        ("About 2,000 North Korean nationals charged with overstaying their visas were deported from Russia in 2018.", "2019-05-01", 2000),
        ("The firm was accused of employing 200 people, including 150 North Koreans, at its shipyard in Poland in 2016.", "2019-05-01", 150),
        ("Labour officials in Kuwait said 800 North Koreans had left in 2018, while 600 others remain on building sites.", "2019-05-01", 600),
        ("Besides the troops, Pyongyang sent some 6,000 others, mostly construction workers, to Kursk in 2024.", "2025-05-01", 6000),
        ("If anything, the trend will continue, as Russia issued 13,000 visas to North Koreans in 2023.", "2024-05-01", 13000),
        ("If the sanctions are enforced, Russia will have to send home the 30,000 North Korean workers it now hosts.", "2019-05-01", 30000),
        ("If the workers are sent home, Pyongyang could lose the $500 million a year it earns from its workers abroad.", "2019-05-01", 500e6),
        ("About 1,000 North Korean workers were dispatched to fight forest fires in Siberia in 2018.", "2019-05-01", 1000),
        ("Some 400 workers living together in a compound outside Moscow work at North Korean-run building sites.", "2019-05-01", 400),
    ])
    assert [f.unit for f in _all("Nepal rejected the extension of visas for 16 North Koreans in 2019.", "2019-12-01")] == ["people"]
    assert [f.country for f in _all("Work in Russia pays better than in China, and a Russian firm now employs 700 North Koreans.", "2018-05-01")] == ["RUS"]


def test_round_68_shapes():
    # troops "sent to fight", people living together in a room, owners, a group's pay past an editor's note, a ship's
    # port of departure past a decimal
    assert _all("An estimated 12,000 North Koreans were sent to fight for Russia in its war against Ukraine.", "2025-05-01") == []
    assert _all("There are about 10-20 workers living together in a cramped space in each dormitory in Dandong.", "2020-05-01") == []
    assert _all("The restaurant in Phnom Penh is owned and run by two North Koreans, Kim Su Ok and her daughter.", "2021-05-01") == []
    assert _all("North Korean workers built houses in Perm. They were paid 12,000 roubles (about $190 -ed.) for four people.", "2020-05-01") == []
    text = ("The 6,000-ton freighter ran aground eight miles (12.5 kilometers) northeast of Tuxpan, in the Mexican state of "
            "Veracruz, after setting out from Cuba in July 2014 with 35 crew members aboard.")
    assert [f.country for f in _all(text, "2016-05-01")] == ["MEX"]


def test_round_68_review_keeps_ordinary_figures():
    # a restaurant operated by its staff, workers sent to build, and pay for each worker are still figures
    _each_gives_its_figure([
        ("The restaurant in Hanoi is operated by 20 North Korean citizens.", "2020-05-01", 20),
        ("About 5,000 North Korean workers were sent to Russia in 2024 to rebuild Kursk.", "2025-05-01", 5000),
        ("Each of the North Korean workers in Perm was paid $190 a month.", "2020-05-01", 190),
    ])


def test_round_69_shapes():
    # an age written without hyphens, a flight's number, indictments "for" N men, interviewees past an aside, people
    # who stay inside North Korea, students at their studies
    assert _all("At least one of them, a 53 year old named Pak, is a South Korean who hired North Korean IT workers.", "2024-05-01") == []
    assert _all("Air Koryo JS 151 flight to Kuwait stopped in Pakistan in 2016 to pick up North Korean workers.", "2019-05-01") == []
    assert _all("The Justice Department issued new indictments for 14 men wanted over the North Korean IT worker scheme.", "2024-05-01") == []
    assert _all("At great risk, two dozen North Korean workers, most of them women, agreed to talk to reporters about the plants.", "2024-05-01") == []
    assert [f.text for f in _all("Some 3,000 North Korean IT workers are based abroad; a further 1,000 remain within North Korea.", "2025-05-01")] == ["3,000"]
    assert _all("In April, only about 130 students from North Korea were studying in Russia, officials said.", "2024-05-01") == []
    # people said to work are people, though the sentence stops issuing visas (a reviewer's probe)
    text = "About 10,000 North Koreans work in the Gulf, including Kuwait, where the government has stopped issuing visas."
    assert [f.unit for f in _all(text, "2019-05-01")] == ["people"]


def test_round_69_review_keeps_ordinary_figures():
    # arrivals on student visas, workers who are 50 years in a trade, flights that carry workers counted by workers
    _each_gives_its_figure([
        ("In 2019, 12,000 North Korean students entered Russia, officials said.", "2024-05-01", 12000),
        ("About 300 North Korean workers flew home on two flights from Vladivostok in 2019.", "2020-05-01", 300),
        ("Some 40 North Korean workers in Kuwait, most of them welders, were sent home in 2018.", "2019-05-01", 40),
        ("About 130 North Korean students enrolled at Russian universities work on building sites in the summer.", "2024-05-01", 130),
    ])


def test_round_70_shapes():
    # a forecast "expected to rise to" or that "could bring"; workers from many countries; escapes "to the South"
    assert [f.text for f in _all("An envoy said there are around 2,000 North Korean workers in Mongolia, but that figure is "
                                 "expected to rise to 4,000 under a five-year deal.", "2016-05-01")] == ["2,000"]
    assert _all("In 2008, Mongolia signed an agreement with North Korea that could bring as many as 5,300 additional "
                "DPRK laborers to Mongolia.", "2009-05-01") == []
    assert _all("As of November 2012, there were 22,284 workers from 103 countries residing in Mongolia.", "2013-05-01") == []
    assert _all("Despite the penalties, nearly 30,000 North Koreans have fled to the South since the truce in 1953.", "2016-05-01") == []


def test_round_70_review_keeps_ordinary_figures():
    _each_gives_its_figure([
        ("Of Malta's foreign workforce from 40 countries, 20 North Koreans worked at a clothing factory in 2016.", "2017-05-01", 20),
        ("About 2,000 North Korean workers are expected in Mongolia in 2016 under the new deal.", "2016-05-01", 2000),
        ("The number of North Korean workers in Mongolia rose to 1,200 in 2016.", "2017-05-01", 1200),
        # a reviewer's probes that the first form of the rounds 69-70 rules lost
        ("Air Koryo now employs 30 flight staff at its office in Vladivostok.", "2019-05-01", 30),
        ("There have been no indictments for the 3,000 North Korean IT workers who held remote jobs in 2023.", "2024-05-01", 3000),
        ("A contractor with 45 North Korean workers in Kazan, Russia, agreed to talk to reporters in 2018.", "2019-05-01", 45),
        ("The 2,000 North Korean workers in Russia whose spouses remain inside North Korea are closely watched.", "2019-05-01", 2000),
        ("In 2024, 13,000 North Korean students enrolled at Russian colleges, which analysts see as cover for building jobs.", "2025-05-01", 13000),
        ("Flights in May bring 300 North Korean workers to Vladivostok every year.", "2019-05-01", 300),
        ("The panel counted 22,000 laborers from 15 countries returning to North Korea before the 2019 deadline.", "2020-05-01", 22000),
    ])
    assert [f.unit for f in _all("Qatar issued visas to 1,500 North Koreans to work in construction in 2015.", "2016-05-01")] == ["visas"]
    assert [f.text for f in _all("Russia's Building Sites May Attract Up To 40,000 North Korean Workers, Official Says", "2022-09-15")] == []


def test_round_71_shapes():
    # a worked example of what firms "would have to pay"; a crew "likely to be deported" is a forecast
    assert _all("That means that factories employing 200 North Korean workers would have to pay a total of $1,450.", "2022-05-01") == []
    assert _all("The ship's 21 strong crew are likely to be deported, officials said.", "2016-03-06") == []
    _each_gives_its_figure([
        ("Factories employing 200 North Korean workers were fined in 2019.", "2022-05-01", 200),
        ("About 150 North Korean workers are likely to be working in Laos.", "2022-05-01", 150),
        ("The remaining 120 North Korean workers are likely to be sent back by the end of the year.", "2019-05-01", 120),
    ])


def test_bound_written_after_the_number_is_its_qualifier():
    # the fixture guide: "1,000 or more" is a lower bound with the qualifier as written, unless one stands before it
    got = [(f.low, f.high, f.qualifier) for f in _all("In 2018, 800 or more North Koreans worked in Poland.", "2019-05-01")]
    assert got == [(800, None, "or more")]
    got = [(f.low, f.qualifier) for f in _all("Some 100,000 or more North Koreans work abroad.", "2019-05-01")]
    assert got == [(100000, "some")]
    got = [(f.low, f.qualifier) for f in _all("In 2018, 200+ North Korean workers were in Laos.", "2019-05-01")]
    assert got == [(200, "plus")]


def test_round_72_shapes():
    # an HTML character reference a scraper left, "Part 1" and "Title 17" labels, the studio that "claims to employ"
    # its staff at home, witnesses who "confirm"
    assert _all("A bronze statue of Zimbabwe&#39;s Joshua Nkomo stands in Bulawayo, built by North Korean workers.", "2017-05-01") == []
    assert _all("Exporting Fakes? North Korean Clinics in Tanzania Part 1\nOur reporter travelled to Tanzania.", "2017-05-01") == []
    assert _all("Pursuant to Title 17 Section 105 of the United States Code, this file is in the public domain.", "2017-05-01") == []
    assert _all("Mansudae claims to employ 4,000 North Koreans, including 1,000 artists.", "2017-05-01") == []
    assert _all("In the film, six anonymous shipyard workers confirm the presence of North Korean workers on the ship.", "2017-05-01") == []
    _each_gives_its_figure([
        ("Some 4,000 North Korean workers in Russia confirmed they were paid late in 2018.", "2019-05-01", 4000),
        ("Mansudae sent 120 workers abroad to build the statue in Senegal in 2009.", "2019-05-01", 120),
        ("Part of the 3,000 North Korean workers in Kuwait left in 2018.", "2019-05-01", 3000),
    ])
    # a province set off by commas before a time stays in the figure's clause (not before "where")
    text = "Approximately 3,000 North Korean workers arrived in Hunchun, Jilin Province, by March 2024, sources said."
    assert [f.year for f in _all(text, "2025-07-01")] == [2024]
    text = "Some 2,000 North Korean workers live in Hunchun, Jilin Province, where factories hired them in 2016."
    assert [f.year for f in _all(text, "2019-05-01")] == [2019]


def test_round_73_shapes():
    # nationals of elsewhere written with dots: the identities IT workers used are no count of workers
    assert _all("The workers used the stolen identities of more than 60 U.S. individuals to get remote jobs.", "2024-05-16") == []
    # a count's number forms from translated copy: "five thousands", "twenty to thirty thousands", "2-300"
    text = ("By our count there are about five thousands in the Russian Far East, 1,200 in Kuwait and 2-300 in Poland, "
            "totaling twenty to thirty thousands North Korean labor forces working abroad.")
    assert [(f.value, f.low, f.high) for f in _all(text, "2008-05-01")] == [
        (5000, None, None), (1200, None, None), (None, 200, 300), (None, 20000, 30000)]
    # a list opened by a word of people, not a count
    text = "Hundreds are thought to be working in Laos and roughly 9,000 in China."
    assert [(f.value, f.country) for f in _all(text, "2015-05-01")] == [(9000, "CHN")]
    # inmates at home, a defection by air, captives, interviewees, a page's word and view counts, a forecast with "may send"
    assert _all("A commission found that 90,000 to 110,000 North Koreans toil in the country's prison camps.", "2015-05-01") == []
    assert _all("Eleven cooks sent to work in Shenyang, China, flew straight from China to South Korea in May.", "2017-05-01") == []
    assert _all("Pyongyang said the nine women in the group were abducted from Malaysia.", "2017-05-01") == []
    assert _all("We drew on structured interviews of eight North Korean migrant workers in Hunchun.", "2017-05-01") == []
    assert _all("Essay on North Korean workers abroad • 2,410 Words (9 Pages) • 731 Views", "2017-05-01") == []
    assert _all("North Korea may send 20,000 workers to Russian factories, a report says.", "2025-05-01") == []
    # shares a worker keeps, money one firm or one client brought in, a price-like sum written with cents
    assert _all("North Korean workers say they earn as little as 8% of their gross pay.", "2019-05-01") == []
    assert _all("It has also earned almost $40 million from Namibia via the palace.", "2011-05-01") == []
    assert _all("The Mansudae group has made another $9 million from a statue in Benin.", "2011-05-01") == []
    assert _all("A Chinese front firm housing the IT workers, which generated over $2 million in profit, was named.", "2025-05-01") == []
    assert [f.low for f in _all("The fee North Korean workers pay to the state is typically $250.00 – $700.00 per month.", "2019-05-01")] == [250]
    # won with its range split by a line break is no count of people
    text = ("Nobody knows how much money the eateries raise, but a Seoul paper estimated\nthat some 90,000 South Koreans visit the two eateries in Siem\n"
            "Reap, Cambodia, every year, contributing an estimated 100 to 200 million\nwon ($90,000 to $180,000) to Pyongyang.")
    assert _all(text, "2012-05-01") == []
    # an aside between a count that is sent and where it is sent; the destination beats a place named before
    text = "The North has 1,200 IT workers in China and plans to send up to 30,000 labourers, including builders, to Russia."
    assert [f.country for f in _all(text, "2025-05-01")][-1] == "RUS"
    _each_gives_its_figure([
        ("More than 60 North Korean IT workers used stolen identities to get remote jobs in 2023.", "2024-05-16", 60),
        ("North Korea will send 5,000 workers to Russia this year.", "2025-05-01", 5000),
        ("About 300 North Korean workers have earned $200 a month in Russia.", "2019-05-01", 300),
        ("North Korean workers in Russia earn $300.00 a month.", "2019-05-01", 300),
        ("North Korea earns $500 million a year from workers abroad, which generated much of its cash.", "2019-05-01", 500_000_000),
    ])


def test_round_74_shapes():
    # a year in a list of dated events, a defection's count told again with the defection in another sentence,
    # a room's seats, a negated count, a forum stamp's short year, an excerpt cut off inside the count's noun
    assert _all("Builders of stadiums for the 2017 Confederations Cup and 2018 World Cup faced abuse, a group said.", "2017-06-15") == []
    text = "The mass defection of 12 waitresses from a restaurant in Ningbo is one example. To pressure the 12, Pyongyang offered a meeting with relatives."
    assert _all(text, "2016-06-15") == []
    assert _all("The North Korean restaurant in Vientiane can seat about 300 people.", "2016-06-15") == []
    assert _all("We are not talking about 1 or 2 North Korean IT workers here.", "2022-06-15") == []
    assert _all("Has anyone eaten there? About 20 North Korean waitresses sang.\nu/someone Nov 14 '23\nThere is one in Laos.", "2023-11-14")[-1].value == 20
    assert _all("Malaysia barred North Korean workers from leaving. There are only 11 Ma\n", "2017-03-09") == []
    _each_gives_its_figure([
        ("Despite the ban, China is believed to host as many as 90,000 North Kor\n", "2025-03-09", 90000),
        ("There are now between 40,000 and 50,000 work\n", "2016-03-09", 50000),
        ("The restaurant in Vientiane employs about 30 North Korean waitresses.", "2016-06-15", 30),
    ])


def test_rounds_73_and_74_review_keeps_ordinary_figures():
    # two reviewers' probes of ordinary prose against rounds 73-74's rules: each still gives its figure
    _each_gives_its_figure([
        ("Kuwait issued 20,000 Bangladeshi work visas in 2018, against 1,500 for North Koreans.", "2019-05-01", 1500),
        ("Russia holds about 30 North Korean workers in its prison camps for visa violations.", "2019-05-01", 30),
        ("Clothing stitched by 20,000 North Korean workers in Dandong went to South Korea before the ban.", "2019-05-01", 20000),
        ("About 150 North Korean workers remained at the Dubai site after their manager flew to Seoul.", "2019-05-01", 150),
        ("Some 800 North Korean workers in Kuwait saw wages that went to Seoul-based brokers.", "2019-05-01", 800),
        ("Some 15 North Korean workers stayed in Libya, though a Filipino nurse was abducted nearby.", "2019-05-01", 15),
        ("The regime earns only 30% of its hard currency from labourers sent abroad.", "2019-05-01", 30),
        ("The state earns just 60% of the workers' gross pay, the report says.", "2019-05-01", 60),
        ("North Korea's overseas labour programme, which generated an estimated $500 million, was targeted by sanctions.", "2019-05-01", 500_000_000),
        ("Qatar hosts about 2,800 North Koreans and Kuwait about 2,500 Nort", "2017-05-01", 2500),
        ("Mongolia still hosts 1,200 Korean", "2017-05-01", 1200),
        ("The escape of 12 Vietnamese workers from a Russian plant made news. In Vladivostok, 12 North Korean workers were sent home in March.", "2019-05-01", 12),
    ])
    # a range written with "to" or "or" keeps its first end; a phone number is no range of hundreds
    assert [f.low for f in _all("The Chinese firm employs 3 to 400 North Korean staff.", "2019-05-01")] == [3]
    assert all(f.low != 100 for f in _all("Tips on North Korean workers can be reported to 1-800-555-0199.", "2019-05-01"))
    # several destinations: no one of them
    assert [f.country for f in _all("Pyongyang dispatched about 20,000 labourers to Russia, China and Kuwait in 2016.", "2017-05-01")] == ["WLD"]
    # a name at the start of the next line is no currency
    assert [f.value for f in _all("Estimates for Russia range from 20,000 to 30,000\nWon Jae-hoon, a researcher, said.", "2019-05-01")][:1] == [20000]


def test_round_75_shapes():
    # an amount counted in ("several $1000000.00"); where workers already somewhere are sent
    assert _all("There are 130 North Korean restaurants. They are believed to make several $1000000.00 a year.", "2021-07-26") == []
    text = "Pyongyang plans to send more than 500 workers who are already in Russia to the Donbas region."
    assert [f.country for f in _all(text, "2024-07-26")] == ["UKR"]
    # number forms of real copy: a space after the grouping comma, a currency code written onto the digits,
    # "one or two thousand" as a range
    assert [f.value for f in _all("Russian data say a total of 41, 000 North Korean labourers work in Russia.", "2016-05-01")] == [41000]
    text = "A rights group put the regime's take at between USD1.2bn to $2.1bn a year."
    assert [(f.low, f.high) for f in _all(text, "2015-05-01")] == [(1.2e9, 2.1e9)]
    text = "Hundreds of workers have entered China, with one or two thousand workers arriving since May."
    assert [(f.low, f.high) for f in _all(text, "2019-07-01")] == [(1000, 2000)]


def test_round_76_shapes():
    # a scheme's or an operation's total, a sum over a span of years, pay back home, victims targeted,
    # a ratio, counts of countries, ships' names in quotes
    assert _all("The operation reportedly generated more than $12 million for North Korea.", "2025-05-01") == []
    assert _all("One six-person cell of North Korean IT workers earned $1.2 million over 2.5 years.", "2025-05-01") == []
    assert _all("Overseas pay beats their monthly salary of $20-$40 USD back home.", "2025-05-01") == []
    assert _all("One identity pipeline run by North Korean IT workers targeted more than 50,000 individuals.", "2025-05-01") == []
    assert _all("Estimates suggest 1 in 10 North Koreans live in modern slavery.", "2018-05-01") == []
    assert _all("North Korean workers went on strike.\n• Out of 139 countries, the number which deny free speech rose from 40 to 48.", "2016-05-01") == []
    assert _all("The ban covers North Korean guest workers. The listed ships are the ‘Morning Star 7’, ‘Lucky 3’ and ‘Jade’.", "2017-10-10") == []
    _each_gives_its_figure([
        ("North Korean workers in Russia earn $500 a month, against $20 back home.", "2019-05-01", 500),
        ("Workers send home $200 a month from Russia, the study says of North Korean labourers.", "2019-05-01", 200),
        ("North Korea earns $500 million a year from its workers abroad, over 50,000 of them.", "2019-05-01", 500_000_000),
        ("In 2016, 1,000 North Korean workers were in Kuwait; one in five came last year.", "2017-05-01", 1000),
    ])


def test_rounds_75_and_76_review_keeps_ordinary_figures():
    # a reviewer's probes of ordinary prose against rounds 75-76's rules: each still gives its figure
    _each_gives_its_figure([
        ("For many $300 a month is a fortune, a North Korean worker in Russia said.", "2019-05-01", 300),
        ("The operation brings in an estimated $500 million for Pyongyang, according to the UN panel.", "2019-05-01", 500_000_000),
        ("Overseas labor schemes earn the regime about $2 billion, the panel believes.", "2019-05-01", 2_000_000_000),
        ("Their operation in Russia employs 20,000 workers and earns Pyongyang $120 million.", "2019-05-01", 120_000_000),
        ("Revenue from workers in Russia doubled to $300 million in two years.", "2019-05-01", 300_000_000),
        ("Pyongyang aims to raise its income from overseas workers to $1 billion within five years.", "2019-05-01", 1_000_000_000),
        ("North Korean workers in Russia send their salary of $400 back home each month.", "2019-05-01", 400),
        ("Brokers defrauded 300 North Korean workers in Russia of their wages.", "2019-05-01", 300),
        ("Moscow has targeted 50,000 North Korean laborers for its construction sector.", "2019-05-01", 50000),
        ("Out of 40 countries that host North Korean workers, China has the most, with about 50,000.", "2019-05-01", 50000),
        ("Out of 16 countries surveyed, Russia held 30,000 North Korean laborers, the report found.", "2019-05-01", 30000),
    ])
    # "one" before "or two hundred (thousand)" takes the whole scale
    assert [(f.low, f.high) for f in _all("One to two hundred North Korean workers are employed at the shipyard in Poland.", "2019-05-01")] == [(100, 200)]
    assert [(f.low, f.high) for f in _all("One or two hundred thousand North Korean workers may be abroad, experts say.", "2019-05-01")] == [(100_000, 200_000)]
    # a border named by two countries is no list of hosts
    assert [f.country for f in _all("Some 3,000 North Korean workers are at the Russia/China border near Hunchun.", "2019-05-01")] != ["WLD"]
    # an operation's past take is no year's revenue
    assert _all("The operation generated $17 million from 2018 to 2023, prosecutors said.", "2024-05-01") == []


def test_round_77_shapes():
    # a report's table of contents: capitals lines closed by page numbers are no counts
    text = ("CONTENTS\n\nCHAPTER 1: NORTH KOREAN WORKERS ON POLISH FARMS 12\n\n"
            "CHAPTER 2: BUILDERS IN RUSSIA 41\n\n- SHIPYARD CONTRACTS 57\n\nThe report counts 800 North Korean workers in Poland.\n")
    assert [f.value for f in _all(text, "2018-10-01")] == [800]
    # "SEE RELATED STORIES": the headlines after it are links, not the story's figures
    text = ("Pyongyang sends workers to Senegal's building sites, a former diplomat said.\n\nSEE RELATED STORIES\n\n"
            "50,000 North Korean workers abroad earn the regime $200 million a year\n")
    assert _all(text, "2024-05-01") == []
    # people taken into North Korea are no workforce abroad
    assert _all("More than 100,000 people have entered North Korea and were never heard from again, the envoy said.", "2015-03-20") == []
    assert [f.value for f in _all("About 3,000 North Korean workers entered Russia last year.", "2020-01-01")] == [3000]


def test_round_77_review_keeps_ordinary_figures():
    # a reviewer's probes of ordinary pages against round 77's rules: each still gives its figure
    _each_gives_its_figure([
        ("Fact box\n\nWORKERS IN KUWAIT 800\nWORKERS IN QATAR 650\nWORKERS IN OMAN 300\n\nSource: labour ministries.", "2019-05-01", 650),
        ("NORTH KOREAN DOCTORS IN NIGERIA 150\nNORTH KOREAN DOCTORS IN TANZANIA 90\n", "2019-05-01", 150),
        ("KEY FACTS\nWORK PERMITS, MALTA 2016: 19\nWORK PERMITS, MALTA 2017: 0\n", "2018-05-01", 19),
        ("North Korea earns money from workers in Kuwait.\n\nSEE RELATED STORIES\n\nKuwait's government said 1,500 of them had left by June.\n", "2019-05-01", 1500),
        ("The Chinese city of Dandong employs North Korean seafood workers.\n\nSee Related Reading\n\nWages average $300 a month, of which most goes to the state, a trader added.", "2019-05-01", 300),
        ("About 1,200 North Korean workers entered the North Korean-run logging camps near Tynda last year.", "2019-05-01", 1200),
        ("Some 4,000 labourers entered the North of Russia on contracts in 2018.", "2019-05-01", 4000),
    ])
    # the same contents list with Windows line ends
    text = "CONTENTS\r\n\r\nCHAPTER 1: NORTH KOREAN WORKERS ON POLISH FARMS 12\r\n\r\nCHAPTER 2: BUILDERS IN RUSSIA 41\r\n\r\nThe report counts 800 North Korean workers in Poland.\r\n"
    assert [f.value for f in _all(text, "2018-10-01")] == [800]


def test_round_78_shapes():
    # people on a sanctions list, however the list is told
    assert _all("Seoul designated 12 North Korean IT operatives and one bank as sanctions targets.", "2024-05-01") == []
    assert _all("Washington sanctioned two North Korean trading firms and six North Korean individuals on Tuesday.", "2023-05-01") == []
    assert _all("Tokyo's own sanctions have been imposed on 60 companies and more than 70 individuals.", "2017-05-01") == []
    assert _all("The ministry named the 12 sanctioned IT operatives in a statement.", "2024-05-01") == []
    assert _all("Prosecutors said the 11 men who allegedly participated in the scheme used stolen identities.", "2024-05-01") == []
    # prisoners at home; a forecast; a landmark's year
    assert _all("As many as 100,000 people are held in political prison camps, the report says.", "2018-05-01") == []
    assert [f.value for f in _all("Arrivals exceeded 9,000 in 2023, with expectations to rise to over 40,000.", "2024-05-01")] == [9000]
    assert _all("The studio built the Heroes Monument in Windhoek (2002) and the Unity Statue in Dakar (2010).", "2019-05-01") == []


def test_round_78_review_keeps_ordinary_figures():
    # a reviewer's probes of ordinary prose against round 78's rules: each still gives its figure
    _each_gives_its_figure([
        ("The Treasury sanctioned a Chinese front company, and about 1,000 North Korean IT workers are believed to be still operating in China.", "2023-05-01", 1000),
        ("Qatar still hosts 2,500 blacklisted North Korean workers, the report found.", "2019-05-01", 2500),
        ("About 20,000 North Korean loggers are in former Soviet prison camps in Russia's Far East.", "2019-05-01", 20000),
        ("Arrivals in Russia beat expectations to grow to 12,000 in 2018.", "2019-05-01", 12000),
    ])


def test_round_79_shapes():
    # a share "of its guest-workers’ paychecks": a hyphenated owner before the pay
    assert [(f.value, f.metric) for f in _all("The state kept up to 60 percent of its guest-workers’ paychecks.", "2019-05-01")] == [(60, "share_remitted")]


def test_round_80_shapes():
    # defendants a set of charges targets are no workforce
    assert _all("Prosecutors brought two cases: one in Boston against a US citizen, and one in Atlanta targeting "
                "five North Korean nationals.", "2025-07-01") == []
    # "the studio" named just before as the Mansudae Art Studio: its staff at home
    assert _all("The company is the overseas arm of the Mansudae Art Studio. The studio employs about 4,000 people "
                "and calls itself a factory of art.", "2017-07-01") == []
    # ordinary figures beside those words
    assert [f.value for f in _all("A campaign targeting 3,000 North Korean workers in Russia began last year.", "2019-05-01")] == [3000]
    assert [f.value for f in _all("Prosecutors said some 4,000 North Korean workers were still in Russia.", "2019-05-01")] == [4000]
    assert [f.value for f in _all("The studio employs 60 North Korean artists in Namibia.", "2016-05-01")] == [60]
    # firms "based in" two countries named just before: the figures after are both's, worldwide
    text = ("The suspects worked for two front companies, Alpha Star, based in China, and Beta Star, based in Russia. "
            "The two firms employed at least 130 North Korean IT workers.")
    assert [(f.value, f.country) for f in _all(text, "2024-12-15")] == [(130, "WLD")]
    text = ("Alpha Star is based in the People's Republic of China and Beta Star is based in the Russian Federation. "
            "Together they employed about 130 North Korean IT workers.")
    assert [(f.value, f.country) for f in _all(text, "2024-12-15")] == [(130, "WLD")]
    # one firm based in one country carries that country
    text = "Alpha Star is based in Russia. It employed about 130 North Korean IT workers."
    assert [(f.value, f.country) for f in _all(text, "2024-12-15")] == [(130, "RUS")]


def test_round_80_review_keeps_ordinary_figures():
    # a reviewer's probes of ordinary prose against this session's rules: figures kept, years as stated
    _each_gives_its_figure([
        ("The charges relate to abuses against 40 North Korean laborers employed at a shipyard in Poland.", "2019-05-01", 40),
        ("Russian authorities launched inspections targeting 35 North Korean workers in Vladivostok, prosecutors said.", "2019-05-01", 35),
        ("Namibia hired the Mansudae Art Studio to build its museum. The studio employs about 200 North Korean workers in Namibia.", "2019-05-01", 200),
        ("The Mansudae Art Studio has projects in Cambodia. The studio employs some 300 North Koreans at its Angkor museum site.", "2019-05-01", 300),
        ("Labour inspectors opened 120 cases involving North Korean workers in Russia last year.", "2019-05-01", 120),
    ])
    def years(text: str, pub: str) -> list[int | None]:
        return [f.year for f in _all(text, pub)]
    # deadlines and plans with "by" stay this year's
    assert years("Moscow was told to send home the roughly 11,000 North Korean workers still in the country by December.", "2019-05-01") == [2019]
    assert years("Authorities were planning to expel 600 North Korean laborers by July, a spokesman said.", "2019-05-01") == [2019]
    assert years("It was reported that 700 North Korean workers are to be deported from Malaysia by September.", "2019-05-01") == [2019]
    # this year's running quarter after last year's fourth, or "so far"
    assert years("Some 1,100 North Koreans entered Russia in the fourth quarter and 800 in the second quarter, border data show.", "2019-05-20")[1] == 2019
    assert years("In the fourth quarter 500 North Koreans entered Russia, while 180 have arrived in the first quarter so far.", "2019-02-10")[1] == 2019
    # a figure after "from" with a time of its own keeps it; a record's "since" is no start
    assert years("Since 2017, North Korean workers in China have numbered about 50,000, down from 70,000 in 2016.", "2019-05-01") == [2019, 2016]
    assert years("The UAE now has some 1,000 North Korean workers, down from 2,500 last year, the lowest since 2010.", "2019-05-01") == [2019, 2018]
    assert years("North Korean workers in Poland now number 400, down from some 800 since 2016.", "2019-05-01") == [2019, 2016]
    # "exceeding" as a lower bound, "not exceeding" as an upper one
    f = _one("The number of North Korean workers in Russia rose sharply, exceeding 10,000 in 2023.", "2024-05-01")
    assert (f.low, f.high, f.qualifier) == (10000, None, "exceeding")
    f = _one("North Korean workers in Russia are paid not exceeding $500 a month.", "2024-05-01")
    assert (f.low, f.high) == (None, 500)


def test_round_80_based_in_review_keeps_places():
    # a reviewer's probes against the "based in" rule: people's bases, the workers' own place, one firm's figure
    def countries(text: str) -> list[str | None]:
        return [f.country for f in _all(text, "2024-05-01")]
    assert countries("A researcher based in London and a journalist based in Tokyo tracked the crews working in Russia. "
                     "They counted about 2,000 North Korean laborers at the sites.") == ["RUS"]
    assert countries("The trading house, based in China, and its partner, based in Russia, recruited the crews for building "
                     "sites in Laos. The firms placed some 400 North Korean workers there last year.") == ["LAO"]
    assert countries("Alpha Star, based in China, and Beta Star, based in Russia, were sanctioned on Tuesday. "
                     "Beta Star employed about 90 North Korean IT workers, the Treasury said.") == ["RUS"]
    assert countries("Two brokers were charged: one based in China, the other based in Russia. "
                     "Together they placed about 250 North Korean IT workers.") == ["WLD"]
    # what the company retains is the state's cut, not what the workers keep
    f = _one("Employees work 14 to 16 hours a day while the company retains 80 to 90 percent of the workers’ wages.", "2016-06-30")
    assert (f.low, f.high, f.metric) == (80, 90, "share_remitted")


def test_a_cue_past_a_turn_of_the_sentence_and_the_managers_cut():
    # "earn ... a month, but the government keeps about half": the wage's metric; the managers' $300 is no state's cut
    figs = _all("Most North Koreans working in the Gulf earn around USD 1,000 a month, but the North Korean government keeps "
                "about half and another US 300 goes toward construction company managers, the officials said.", "2017-10-01")
    assert [(f.value, f.metric) for f in figs] == [(1000, "monthly_wage"), (50, "share_remitted")]
    # a cue of the figure's own clause still counts
    f = _one("North Korean workers in Kuwait hand over $500 a month to the state, but few complain.", "2017-10-01")
    assert f.metric == "state_cut_amount"
    assert [f.metric for f in _all("Another $300 goes to the state every month from each North Korean worker in Kuwait.", "2017-10-01")] == ["state_cut_amount"]


def test_round_80_pay_review_keeps_workers_shares_and_state_cuts():
    # a reviewer's probes against the "retains" and "managers" rules: what workers keep stays no figure;
    # the state's cut that passes managers stays the state's
    for text in ("Each worker in the state-run company keeps about 20 percent of his monthly salary in Russia.",
                 "Workers in the firm keep roughly 30 percent of what they earn in the UAE, a defector said.",
                 "North Korean workers sent abroad by the state keep only 10 percent of their wages in Russia.",
                 "North Korean workers employed by Pyongyang keep about 30 percent of what they earn in Kuwait."):
        assert [f for f in _all(text, "2019-05-01") if f.unit == "percent"] == [], text
    assert [(f.value, f.metric) for f in _all("Laborers in China told reporters that Pyongyang keeps 80 percent of their wages.",
                                              "2019-05-01")] == [(80, "share_remitted")]
    for text, value in (("Of each worker's $800 wage in Qatar, $700 goes to the state and managers.", 700),
                        ("Each worker in Kuwait pays $600 a month; $600 goes to their managers, who send it to Pyongyang as the state's share.", 600),
                        ("North Korean workers in Russia earned $500 a month, and $200 went to the bosses as a party fee.", 200)):
        assert value in [f.value for f in _all(text, "2019-05-01") if f.metric == "state_cut_amount"], text
    # "N out of M ... in YEAR": the part shares the whole's time, as with "N of M"
    figs = _all("Many North Korean workers are women (143 out of 377 work permits issued to North Koreans in 2013 went to women).", "2016-06-22")
    assert [f.year for f in figs] == [2013, 2013]
    # a firm named after a city ("Edinburgh Woollen Mill") gives way to the host where the work is
    f = _one("In one case, 100 North Korean women were found working in a run-down Mongolian factory making goods for "
             "UK brands such as Edinburgh Woollen Mill.", "2015-05-01")
    assert f.country == "MNG"
    assert _one("Some 300 North Korean workers were employed by Dubai Holding in the emirate.", "2016-05-01").country == "ARE"


def test_an_outlet_named_after_a_place_is_no_host_and_its_number_no_figure():
    # "told Agence France-Presse", "the Japan Times reported": the outlet's name; "France 24": no count of 24
    assert [(f.value, f.country) for f in _all("A diplomat told Agence France-Presse that some 3,000 North Korean workers "
                                               "had arrived last year.", "2019-05-01")] == [(3000, "WLD")]
    assert [(f.value, f.country) for f in _all("A source told France 24 that about 3,000 North Korean workers had been "
                                               "sent home.", "2019-05-01")] == [(3000, "WLD")]
    assert [(f.value, f.country) for f in _all("Poland's labour inspectorate told the Thomson Reuters Foundation it found 29 "
                                               "North Koreans working at a shipyard.", "2019-05-01")] == [(29, "POL")]
    # the place named as the workers' own still counts
    assert [f.country for f in _all("Some 3,000 North Korean workers are in Kuwait, the Kuwait Times reported.", "2019-05-01")] == ["KWT"]
    assert [f.country for f in _all("In Japan, 300 North Korean workers were found, the Japan Times reported.", "2019-05-01")] == ["JPN"]


def test_round_81_shapes():
    # money with its sign dropped; an overseer's charges; a team; people a reporter met
    assert _all("Sometimes they lose more than 600 from wages and only 100~200 is paid to the North Korean workers.", "2012-05-01") == []
    assert [f.value for f in _all("Agents must take an extra $167 from each of the 50 workers they oversee per month.", "2012-05-01")] == [167]
    assert _all("Three or four North Korean loggers are supposed to go hunting as a team.", "2010-05-01") == []
    assert [f.value for f in _all("Two North Koreans interviewed at a renovation project here said they must earn $400 a month.",
                                  "2003-05-21")] == [400]
    # the last item of a breakdown told in words
    figs = _all("The biggest number came for business with 253 entrants, followed by education at 62, personal reasons at 24 "
                "and labor with three people.", "2024-01-24")
    assert [f.value for f in figs] == [253, 62, 24, 3]
    # people told by the study visas they hold
    figs = _all("Of the North Koreans who entered Russia in the third quarter, 3,765 held student visas, against 332 student "
                "visa holders in the quarter before.", "2024-11-05")
    assert [(f.value, f.unit, f.metric) for f in figs] == [(3765, "people", "student_visa_arrivals"), (332, "people", "student_visa_arrivals")]
    # ordinary figures beside those words
    assert [f.value for f in _all("About 3,000 North Korean workers were paid in Russia last year.", "2019-05-01")] == [3000]
    assert [f.value for f in _all("A team of 30 North Korean workers built the museum in Cambodia.", "2016-05-01")] == [30]
    assert [f.unit for f in _all("Russia issued 3,765 student visas to North Koreans in the third quarter.", "2024-11-05")] == ["visas"]


def test_round_81_review_keeps_ordinary_figures():
    # a reviewer's probes of ordinary prose against round 81's rules, the outlet list and firm names
    _each_gives_its_figure([
        ("About 150 were taken to the border and sent back to Pyongyang in 2018.", "2019-05-01", 150),
        ("Of 1,500 North Korean workers in Kuwait, 1,200 were paid through a state firm in 2016.", "2019-05-01", 1200),
        ("Some 60 North Korean programmers in Shenyang worked in a team producing apps in 2018.", "2019-05-01", 60),
        ("At least 95 North Korean laborers, working in a team of builders, arrived in Qatar in 2017.", "2019-05-01", 95),
        ("Around 90 North Korean workers who manage fish farms in Russia were sent home in 2018.", "2019-05-01", 90),
        ("There were 100 North Korean workers met by inspectors at the Russian site in 2017.", "2019-05-01", 100),
    ])
    def countries(text: str) -> list[str | None]:
        return [f.country for f in _all(text, "2019-05-01")]
    assert countries("A Chinese broker supplied 250 North Korean welders to Vladivostok Shipbuilding Company in 2017.") == ["RUS"]
    assert countries("Namibian officials said about 400 North Korean workers were still on construction sites in 2016.") == ["NAM"]
    assert countries("About 60 North Koreans worked in France 2 years ago, a diplomat said.") == ["FRA"]
    assert countries("North Korean workers in Russia Today number around 30,000, the ministry said.") == ["RUS"]
    # "met with", and a "followed by" chain without digit counts: no breakdown item
    assert _all("Most North Koreans entered China for business, followed by study, and the police met with three men in Dandong.",
                "2019-05-01") == []


def test_round_82_shapes():
    # a government's permission for people to work: permits, new ones
    f = _one("China has decided to allow 20,000 North Koreans to work in the Dandong area of Liaoning Province.", "2012-06-15")
    assert (f.unit, f.metric) == ("permits", "new_work_permits")
    # two people of a larger group told vaguely: people in the story
    assert _all("They are two of several hundred North Koreans who labour in the Czech Republic.", "2006-05-01") == []
    # ordinary figures beside those words
    assert [(f.value, f.unit) for f in _all("Russia allowed 3,000 North Korean workers to return home.", "2019-05-01")] == [(3000, "people")]
    assert 2 in [f.value for f in _all("Two of the 20 North Korean workers were sent home from Poland.", "2019-05-01")]
    assert [f.unit for f in _all("Stay permits for 21 North Korean nationals were not allowed to be extended.", "2019-07-08")] == ["people"]


def test_round_82_review_keeps_ordinary_figures():
    # a reviewer's probes against round 82's rules: workers kept on or allowed to stay are people; counts that act stay
    for text in ("The UAE kept allowing around 2,000 North Korean workers to work on construction projects in 2017 despite sanctions.",
                 "Officials in Moscow allowed 3,500 North Korean workers to work past the 2019 deadline.",
                 "The contracts permitted 150 North Korean citizens to work up to 12 hours a day in Polish greenhouses in 2016."):
        assert [f.unit for f in _all(text, "2019-05-01")] == ["people"], text
    _each_gives_its_figure([
        ("Ten of some 300 North Korean workers at the Polish shipyard have left, the firm said in 2018.", "2019-05-01", 10),
        ("Twelve of many North Korean workers in Russia received permits in 2018, while 30,000 others worked without them.", "2019-05-01", 12),
    ])
    f = _one("The Chinese government will permit up to 5,000 North Koreans to work in garment factories in Dandong.", "2019-05-01")
    assert (f.unit, f.metric) == ("permits", "new_work_permits")


def test_round_83_shapes():
    # a past story's year carries past a closing clause in the present that holds no figure
    assert _one("When the North Korean carpenter was offered a job in Kuwait in 1996, he leapt at the chance. He was promised $120 a month, "
                "an unimaginable wage in his country, where most people are not allowed to travel abroad.", "2015-02-23").year == 1996
    # an audience, a building's capacity, soldiers' pay, defendants listed with others, ages: no figure
    for text in ("Over 60 people attended the conference on North Korean forced labour in Leiden.",
                 "The seminar on North Korean workers in Russia was attended by some 40 experts.",
                 "The new dormitories at the Russian plant could hold roughly 41,000 workers.",
                 "Moscow is expected to pay each North Korean soldier $2,000 per month.",
                 "According to the DOJ, two North Korean nationals, two U.S. nationals and one man from Mexico were indicted on charges they ran a laptop farm.",
                 "The three waitresses fled a restaurant in China. Two of the women are 29 years old, and the third is 28."):
        assert _all(text, "2018-02-10") == [], text
    # an upper end that is itself a range: one range to its top
    f = _one("Estimates of North Koreans working abroad range from 50,000 to 150,000–200,000.", "2021-06-01")
    assert (f.low, f.high) == (50000, 200000)
    # a name joining towns of two countries ("the Lobos-Tuxpan reef") names no host
    assert _one("Mexico says the ship struck the Lobos-Tuxpan reef. North Korea says the ship has more than 50 crew members on board.", "2015-04-09").country == "MEX"
    # ordinary figures beside those words
    _each_gives_its_figure([
        ("About 50 North Korean workers attended a rally in Vladivostok in 2018.", "2018-05-01", 50),
        ("The dormitories house 300 North Korean workers in Kuwait.", "2018-05-01", 300),
        ("Russian firms pay each North Korean worker $600 per month.", "2018-05-01", 600),
        ("Two North Korean nationals were among 300 workers at the site in Russia in 2018.", "2018-05-01", 300),
    ])


def test_round_83_review_keeps_ordinary_figures():
    # a reviewer's probes against round 83's rules (helper-350): a closing clause about the figure's own present keeps
    # it; workers who attend, are housed, are recruits or sit near a "U.S." and a later charge stay; groups told with
    # ages stay; a route between towns of two countries keeps its first town
    assert _one("The mine first hired foreign crews in 2009. Managers said 400 North Korean workers lived on the site, "
                "where they are still employed today.", "2019-05-01").year == 2019
    _each_gives_its_figure([
        ("The night school in Moscow was attended by about 500 North Korean laborers in 2017.", "2019-05-01", 500),
        ("The firm built a dormitory to house 2,000 North Korean workers who arrived in Vladivostok in 2018.", "2019-05-01", 2000),
        ("In 2017, a Russian contractor rented barracks to accommodate 450 North Korean laborers already working on the site.", "2019-05-01", 450),
        ("The new hostel, which will house 800 North Korean workers from next month, is nearly finished in Kazan, officials said in 2018.", "2019-05-01", 800),
        ("The agency recruits former conscripts; Russian firms pay the recruits about $500 a month to work as builders in Vladivostok.", "2019-05-01", 500),
        ("Some 15 North Korean workers were employed on U.S. farms in Saipan in 2017 until two managers were charged with fraud.", "2019-05-01", 15),
        ("Eighteen North Korean IT workers earned wages from U.S. companies in 2022, and their Chinese handlers were indicted.", "2019-05-01", 18),
        ("In 2018, 20 North Korean seafood workers at a plant run by a U.S. firm in Vanuatu stayed on after the owner was charged.", "2019-05-01", 20),
        ("Two groups of North Korean workers arrived in Russia in 2018: the first was 40 men aged 20 to 30, and the second was 60.", "2019-05-01", 40),
        ("Two groups of North Korean workers arrived in Russia in 2018: the first was 40 men aged 20 to 30, and the second was 60.", "2019-05-01", 60),
        ("Two crews went to Kuwait in 2016; the last one was 35 workers, all of them over 30 years old.", "2019-05-01", 35),
    ])
    for text in ("About 2,000 North Korean laborers worked on the Moscow-Minsk highway in 2017.",
                 "Some 300 North Korean workers built a section of the Khabarovsk-Harbin road in 2016."):
        assert _one(text, "2019-05-01").country == "RUS", text


def test_round_84_shapes():
    # "at the time" inside a sentence refers back to the last time named, across a paragraph break
    found = _all("I would like to tell you about my life. 19 years ago, on November 8th, 1996, I went to Kuwait as an overseas worker.\n\n"
                 "I stayed at a construction company. There were about 600 North Korean workers like me, at the time there were two other "
                 "North Korean companies in Kuwait. One had 700 North Korean dispatched workers.", "2015-02-24")
    assert [(f.value, f.year) for f in found] == [(600, 1996), (700, 1996)]
    # a rate of exchange "at the time" is no reference back
    assert _one("Output rose sharply in 2015.\n\nA supervisor said the North Korean women's monthly wages of around 650 euros, roughly $730 at the time, "
                "were paid into one account in Malta.", "2016-09-01").year == 2016
    # defectors with their manager, a weekday's date, a reporter's table, a mixed workforce: no figure
    for text in ("A restaurant manager, 36, who defected together with 12 female employees from a North Korean restaurant in China, spoke to us.",
                 "Each of the 13 employees was released from the North Korean Defector Protection Center in August.",
                 "In his reply dated Monday 22, according to the Guardian, Infantino wrote that North Korean workers are employed in Russia.",
                 "Two North Korean waitresses sashayed in and out of our private room in Beijing, refilling our glasses.",
                 "The museum in Cambodia is run jointly with Mansudae. About half of 40 staff members are from North Korea."):
        assert _all(text, "2016-08-20") == [], text
    # ordinary figures beside those words
    _each_gives_its_figure([
        ("On Monday 220 North Korean workers left Kuwait.", "2017-05-24", 220),
        ("Half of the 2,000 North Korean workers at the site in Russia were sent home in 2019.", "2020-01-01", 2000),
        ("About 500 North Korean laborers worked for our company in Russia in 2012, he said.", "2017-05-01", 500),
    ])


def test_round_84_review_keeps_ordinary_figures():
    # a reviewer's probes against round 84's rules (helper-353): "by the time" points later; Hanawon as a source or a
    # setting; a weekday then a count; a minder or a hotel as a source; a relative clause or "the rest" after a share
    assert [f.year for f in _all("Russia hosted about 30,000 North Korean laborers in 2016.\n\nBy the time the UN sanctions deadline arrived, "
                                 "Moscow said 11,500 North Korean workers remained in the country.", "2019-05-01")] == [2016, 2019]
    _each_gives_its_figure([
        ("He escaped with their help; about 500 North Korean workers at the camp in Tynda had covered for him, he later told Hanawon instructors.", "2019-05-01", 500),
        ("Russia employs about 30,000 North Korean workers, one of the defectors told reporters at the Hanawon resettlement center.", "2019-05-01", 30000),
        ("Departures from the port numbered 40 on Monday and on Tuesday 25, officials said.", "2019-05-01", 25),
        ("My minder said that 8 North Korean restaurants in the city employ North Korean staff, and that about 12 North Korean workers arrive every month.", "2019-05-01", 12),
        ("Over dinner at our hotel in Ulaanbaatar, the contractor said he employs 11 North Korean workers at his site.", "2019-05-01", 11),
        ("Most of the 2,000 workers, who are from North Korea, live in dormitories beside the site in Kazan.", "2019-05-01", 2000),
        ("Half of the 1,000 laborers at the Qatar site came from North Korea in 2017 and the rest in 2018.", "2019-05-01", 1000),
    ])


def test_round_85_shapes():
    # an outlet named with a number, a broadcaster's channel, a sign-up box, a studio's staff at home, people added
    # to a sanctions list: no figure
    for text in ("During this time, 38 North identified several North Korean animators working on US projects in China.",
                 "Channel 4 Dispatches found North Korean workers in Poland.",
                 "You have not yet added any article to your bookmarks! Join 10k+ people to get notified about new posts.",
                 "North Korea’s Mansudae studio is active abroad.\nThe studio was set up in 1959 to produce art glorifying the "
                 "leaders and now employs roughly 4,000 workers.",
                 "The UN resolution asks countries to return all North Korean workers within a year and adds 19 North Koreans to a black list."):
        assert _all(text, "2017-12-23") == [], text
    # ordinary figures beside those words
    _each_gives_its_figure([
        ("Some 38 North Korean workers were in Laos in 2017.", "2017-12-23", 38),
        ("More than 1,000 North Korean workers will join 10,000 others in Russia.", "2017-12-23", 10000),
        ("North Korea’s Mansudae studio is active abroad.\nThe studio sent some 300 workers to Namibia and now employs roughly 4,000 workers at home.", "2016-06-01", 300),
        ("Russia added 2,000 North Korean workers to its workforce in Vladivostok.", "2017-12-23", 2000),
    ])


def test_round_85_review_keeps_ordinary_figures():
    # a reviewer's probes against round 85's rules (helper-357): a name broken by a line, a broadcaster then a count
    # of workers, a studio's staff abroad, "Join" before a count of workers
    _each_gives_its_figure([
        ("Russian police detained 38 North\nKorean laborers at a site in 2018.", "2019-05-01", 38),
        ("An official told CBS 2,000 North Korean workers remained in Russia.", "2019-05-01", 2000),
        ("North Korea's Mansudae studio builds monuments abroad. The studio won contracts in Angola and now employs about 200 "
         "North Korean workers on the site there.", "2019-05-01", 200),
        ("Join over 500 North Korean workers who built the stadium in Qatar.", "2019-05-01", 500),
    ])


def test_at_the_time_in_a_sentence_on_the_parts_of_a_total_ends():
    # a sentence opening on the parts of a total looks at itself first; "at the time" there must not look back forever
    found = _all("Russia hosted 30,000 North Korean workers in 2016.\n\nOf the 480 people at the site at the time, 310 were North Korean workers.", "2019-05-01")
    assert 310 in [f.value for f in found]
