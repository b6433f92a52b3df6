"""The period a figure refers to: the nearest dated time reference of its
sentence, not one that is the basis of a comparison."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from factcheck.extract import extract_article
from factcheck.ingest import load_article
from factcheck.rules import load_rules


def _figures(tmp_path, sentence: str) -> list:
    """The quantity claims of ``sentence``, in an article published on 2025-03-15."""
    path = tmp_path / "a.md"
    path.write_text(f"---\noutlet: Reuters\npublished: 2025-03-15\n---\n\n{sentence}\n", encoding="utf-8")
    return [c for c in extract_article(load_article(path, "a.md")[0], load_rules()) if c.kind.value == "quantity"]


def _periods(tmp_path, sentence: str) -> list[tuple[str, date | None, date | None]]:
    return [(c.text, c.period_start, c.period_end) for c in _figures(tmp_path, sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Exports rose 23% in the first quarter of 2024.", ("23%", date(2024, 1, 1), date(2024, 3, 31))),
    ("Output fell to 401,000 tonnes in February, the office said.",
     ("401,000 tonnes", date(2025, 2, 1), date(2025, 2, 28))),
    # the basis of a comparison is not the period
    ("Sales reached $5 billion, compared with 2023.", ("$5 billion", None, None)),
    ("The mine produced 80,000 tonnes, about a fifth below last year's level.", ("80,000 tonnes", None, None)),
    ("Prices stood at $9,740 a tonne, above 2024 levels.", ("$9,740 a tonne", None, None)),
    # a period that qualifies the figure's noun wins over a nearer day of reporting
    ("Nordvik reported a 12% rise in second-quarter revenue to $4.2 billion on Thursday.",
     ("12%", date(2024, 4, 1), date(2024, 6, 30))),  # published 2025-03-15: the last second quarter to end
    ("On Thursday, Nordvik reported third-quarter revenue of $4.82 billion.",
     ("$4.82 billion", date(2024, 7, 1), date(2024, 9, 30))),  # "reported" before the period: still the period
    ("Shares rose 6% on Thursday after second-quarter revenue beat estimates.",
     ("6%", date(2025, 3, 13), date(2025, 3, 13))),
    # the day of a participle of another noun after the figure is that verb's, not the figure's
    ("From Monday, each household will be allowed 150 litres a day under the emergency order signed on Thursday.",
     ("150 litres a day", date(2025, 3, 17), date(2025, 3, 17))),
    ("About 1,200 people evacuated on Thursday were still in shelters.",
     ("About 1,200 people", date(2025, 3, 13), date(2025, 3, 13))),
    # a change decided on a day, told right after it: the day is the decision's
    ("The council voted 9 to 4 on Tuesday to raise the parking fee to €3.40 an hour.",
     ("9", date(2025, 3, 11), date(2025, 3, 11))),
    ("The council voted on Tuesday to raise the parking fee to €3.40 an hour.", ("€3.40 an hour", None, None)),
    # "since" right before a period: up to the day it was told; the time of a verb joined by "and" is its own
    ("The authority said it had received 73 complaints since late 2024 and had opened a review in January.",
     ("73 complaints", date(2024, 9, 1), date(2025, 3, 15))),
    ("The authority said it had received 37 complaints and had opened a review in January.",
     ("37 complaints", None, None)),
    # a figure in a relative clause in commas: the main clause's day is not its own
    ("The governor, who ordered the evacuation of 16 villages, visited a shelter on Thursday.",
     ("16 villages", None, None)),
    # a time past the next figure, across a comma, is that figure's
    ("More than 55 million people live with dementia, and that number is expected to reach 139 million by 2050.",
     ("More than 55 million people", None, None)),
    ("Exports rose 5% and imports fell 3% in 2024.", ("5%", date(2024, 1, 1), date(2024, 12, 31))),
    # nearer after the figure's end than before its start
    ("Inflation fell to 2.3 per cent in April from 3.2 per cent in March.", ("2.3 per cent", date(2024, 4, 1),
                                                                             date(2024, 4, 30))),
    # the day it was told is not the period
    ("Output fell 7.2% in February to 401,300 tonnes, the agency said on Thursday.",
     ("7.2%", date(2025, 2, 1), date(2025, 2, 28))),
    ("Prices rose 5%, the agency said on Thursday.", ("5%", None, None)),
    # a time in another clause before the figure is not its period; a fronted one is
    ("It is the lowest rate since July 2021, but above the 2.1% forecast by analysts.", ("2.1%", None, None)),
    ("In 2022, exports rose 5%.", ("5%", date(2022, 1, 1), date(2022, 12, 31))),
    # a time in a clause of its own after the figure is that clause's, not the figure's
    ("In 2023, builders finished 14,200 flats, and the number fell again last year.",
     ("14,200 flats", date(2023, 1, 1), date(2023, 12, 31))),
    ("Ostbrand will invest 2.7 billion euros, and the plant is due to open in 2029.",
     ("2.7 billion euros", None, None)),
    ("Ostbrand will invest 2.7 billion euros in 2029.", ("2.7 billion euros", date(2029, 1, 1), date(2029, 12, 31))),
    ("The agency has ordered 40,000 doses, it said, and a campaign in schools starts on Monday 17 March.",
     ("40,000 doses", None, None)),
    # "During that trial": the time the sentence before names
    ("The trial was a closure in the summer of 2023. During that trial, pollution fell by 32%.",
     ("32%", date(2023, 6, 1), date(2023, 8, 31))),
    # the time a change is measured from, after "on"
    ("The harvest fell 18 per cent on last year, the bureau said.", ("18 per cent", None, None)),
    ("Sales rose 5% on Tuesday.", ("5%", date(2025, 3, 11), date(2025, 3, 11))),
    # the time of an earlier level after "from" is that level's
    ("The unemployment rate rose to 3.9% from 3.8% in March.", ("3.9%", None, None)),
    # the time of a record named after the figure dates the record
    ("The lake reached 4.71 meters, close to a record set in 1941, local authorities said.",
     ("4.71 meters", None, None)),
    ("Exports rose 12% in 2022, the highest since 2019.", ("12%", date(2022, 1, 1), date(2022, 12, 31))),
    ("Exports rose 12%, the highest since 2019.", ("12%", None, None)),
    ("Births fell to 54,100, the fewest since 1999.", ("54,100", None, None)),
    # a time inside a relative clause in commas before the figure is that clause's
    ("At the port, which reopened last year, 47 container ships were at anchor on Thursday.",
     ("47 container ships", date(2025, 3, 13), date(2025, 3, 13))),
    ("Exports, which fell in 2022, rose 5% this year.", ("5%", date(2025, 1, 1), date(2025, 12, 31))),
])

def test_period_of_a_figure(tmp_path, sentence, expected):
    assert _periods(tmp_path, sentence)[0] == expected


@pytest.mark.parametrize("sentence, index, expected", [
    # a record's "since" with a clause before its time: the record's
    ("The wage will rise from 12.40 to 14.20 dinars, an increase of 15.4 per cent and the steepest since the "
     "system was overhauled in 2011.", 2, ("15.4 per cent", None, None)),
    # "in the same period last year" dates the figure before it, the basis, not a figure after it (the
    # three months to March of an article of 15 March 2025 are those of 2024)
    ("Profit for the three months to the end of March rose to $118m, from $96m in the same period last year, "
     "on revenue up 3.2 per cent at $2.84bn.", 3, ("$2.84bn", date(2024, 1, 1), date(2024, 3, 31))),
    ("Sales were $3bn in the same period last year.", 0, ("$3bn", date(2024, 1, 1), date(2024, 12, 31))),
    # the day figures were released is not their period
    ("According to figures released by the health authority on Monday, 3,200 appointments had been postponed.", 0,
     ("3,200 appointments", None, None)),
    # "reported for 2024" names the period, not the day it was told
    ("It is about 9% of the £2.07bn pre-tax profit the bank reported for 2024.", 1,
     ("£2.07bn", date(2024, 1, 1), date(2024, 12, 31))),
    # a full-year sum told in a forecast is of the year the article is of
    ("It reiterated its forecast of full-year pre-tax profit of between $520 million and $560 million.", 0,
     ("between $520 million and $560 million", date(2025, 1, 1), date(2025, 12, 31))),
    ("It reported full-year profit of $540 million.", 0, ("$540 million", None, None)),
    # months joined as a span are one period
    ("From January to October 2024, exports totaled $330.5 billion.", 0,
     ("$330.5 billion", date(2024, 1, 1), date(2024, 10, 31))),
    ("In January-February, sales rose 5%.", 0, ("5%", date(2025, 1, 1), date(2025, 2, 28))),
    # a time that opens the sentence holds across its clauses
    ("In 2024, exports climbed 15.2%, while imports increased 17.1%.", 1,
     ("17.1%", date(2024, 1, 1), date(2024, 12, 31))),
    # "from the same period last year" is a basis, not the period
    ("In 2024, exports totaled $330.5 billion, up 15.2% from the same period last year.", 1,
     ("15.2%", date(2024, 1, 1), date(2024, 12, 31))),
    # the level a change started from: a year before with "a year earlier"; not the period of the level it went to
    ("Net income rose to 610 million euros in the third quarter of 2024 from 540 million euros a year earlier.", 1,
     ("540 million euros", date(2023, 7, 1), date(2023, 9, 30))),
    ("Inflation fell to 2.3 per cent in April from 3.2 per cent.", 1, ("3.2 per cent", None, None)),
    # a figure told of the start of a "since" is of that time
    ("It was the deadliest crash since 2018, when 51 people were killed.", 0,
     ("51 people", date(2018, 1, 1), date(2018, 12, 31))),
    # the time of an earlier reading after "after" is that reading's
    ("The CPI increased 3.2% in October after advancing 3.7% in September.", 0,
     ("3.2%", date(2024, 10, 1), date(2024, 10, 31))),
    ("The CPI increased 3.2% in October after advancing 3.7% in September.", 1,
     ("3.7%", date(2024, 9, 1), date(2024, 9, 30))),
    ("In the 12 months to October, the CPI increased 3.2% after advancing 3.7% in September.", 0,
     ("3.2%", date(2024, 10, 1), date(2024, 10, 31))),
    # the time of a record dates no figure after it
    ("The jobless rate fell to 3.0% in June, its lowest level since early 2015, with the number of unemployed "
     "people at 512,600.", 1, ("512,600", date(2024, 6, 1), date(2024, 6, 30))),
    # a period that qualifies the figure's noun wins over a day after the figure
    ("Nordvik reported a 12% rise in second-quarter revenue to $4.2 billion on Thursday.", 1,
     ("$4.2 billion", date(2024, 4, 1), date(2024, 6, 30))),
    # each figure of a sentence has its own period
    ("Inflation fell to 2.3 per cent in April from 3.2 per cent in March.", 1,
     ("3.2 per cent", date(2025, 3, 1), date(2025, 3, 31))),
    ("Output fell 7.2% in February to 401,300 tonnes, the agency said on Thursday.", 1,
     ("401,300 tonnes", date(2025, 2, 1), date(2025, 2, 28))),
    # a rate in the year to a month is that month's reading; a flow is the whole year
    ("UK inflation fell to 2.3% in the year to February, official figures show.", 0,
     ("2.3%", date(2025, 2, 1), date(2025, 2, 28))),
    ("Exports reached $5 billion in the year to February, official figures show.", 0,
     ("$5 billion", date(2024, 3, 1), date(2025, 2, 28))),
    # a year to a day is a year of accounts; a change of a flow to its level is the change over the year
    ("Revenue rose 12% in the year to June 30, the club said.", 0,
     ("12%", date(2023, 7, 1), date(2024, 6, 30))),
    ("Passenger numbers rose 8.6% to 14.2 million in the year to February.", 0,
     ("8.6%", date(2024, 3, 1), date(2025, 2, 28))),
    # a deadline right after an earlier figure, before a new clause, is that figure's
    ("It pledged to raise the minimum wage by 12 per cent by 2028 and to cut the tax rate to 15 per cent.", 1,
     ("15 per cent", None, None)),
    ("It commits the government to raising the wage by 12 per cent by 2030, to cutting the tax rate to 15 per "
     "cent.", 1, ("15 per cent", None, None)),
    # a time that is no deadline holds for the clause after too
    ("Imports are down about 19% this year compared with 2021, and total exports are down nearly 16%.", 1,
     ("nearly 16%", date(2025, 1, 1), date(2025, 12, 31))),
    # an apposition after the time is no new clause
    ("Public debt stood at 498 billion crowns at the end of June, equal to 87.3 per cent of GDP.", 1,
     ("equal to 87.3 per cent", date(2024, 6, 21), date(2024, 6, 30))),
])
def test_period_of_the_nth_figure(tmp_path, sentence, index, expected):
    assert _periods(tmp_path, sentence)[index] == expected


def test_an_earlier_level_without_a_unit_has_the_unit_of_the_level(tmp_path):
    claims = _figures(tmp_path, "Hospital admission rates rose to 1.97 per 100,000 people, from 1.68 the previous week.")
    assert [(c.text, c.unit) for c in claims] == [("1.97 per 100,000 people", "per 100000"), ("1.68", "per 100000")]


def test_an_earlier_level_after_a_change_has_the_unit_of_the_level_changed(tmp_path):
    claims = _figures(tmp_path, "For the year to June 30, Ostrava Air carried 14.2 million passengers, up 8.6% from "
                                "13.1 million.")
    assert [(c.text, c.unit) for c in claims] == [("14.2 million passengers", "passenger"), ("8.6%", "percent"),
                                                  ("13.1 million", "passenger")]


@pytest.mark.parametrize("sentence, unit", [
    ("Passenger numbers rose to 14.2 million last year.", "passenger"),
    ("The number of visitors fell to 3.1 million last year.", "visitor"),
    ("Visitor numbers fell to 3.1 million last year.", "visitor"),
    ("Record numbers, some 40,000, came last year.", None),
    ("Sales numbers rose to 4.5 million last year.", None),
    ("Paid subscribers totalled 12.3 million last year.", "subscriber"),
    ("Monthly active users of Sorrel reached 87.4 million at the end of September.", "user"),
    ("Monthly active users, a figure closely watched by investors, stood at 286 million.", "user"),
    ("Visitors to the park reached 2.1 million last year.", "visitor"),
    ("Shares closed at 145 on Friday.", None),
    ("Exports rose to 4.5 million last year.", None),
    ("There are now more Marovians over 65 than under 15.", None),
    ("Over-65s now outnumber children under 15.", None),
    ("The population reached 6,482,310 on census day.", "person"),
])
def test_a_subject_that_says_what_a_bare_figure_counts_gives_its_unit(tmp_path, sentence, unit):
    assert _figures(tmp_path, sentence)[0].unit == unit


def test_an_earlier_level_a_span_before_takes_the_span_before(tmp_path):
    got = {c.text: (c.period_start, c.period_end) for c in _figures(
        tmp_path, "Inflation fell to 2.3% in February from 2.6% the previous month.")}
    assert got["2.3%"] == (date(2025, 2, 1), date(2025, 2, 28))
    assert got["2.6%"] == (date(2025, 1, 1), date(2025, 1, 31))
    got = {c.text: (c.period_start, c.period_end) for c in _figures(
        tmp_path, "In all, 611 cases were recorded in the past week, compared with 402 the week before.")}
    week, before = got["611 cases"], got["402"]
    assert before == (week[0] - timedelta(days=7), week[1] - timedelta(days=7))


def test_an_earlier_level_a_span_before_an_unnamed_period_has_no_period(tmp_path):
    # the quarter before the one the change is of, which the sentence does not name: not the quarter
    # before the article's
    got = {c.text: (c.period_start, c.period_end) for c in _figures(
        tmp_path, "The unemployment rate fell to 6.8 percent from 7.1 percent in the previous quarter.")}
    assert got == {"6.8 percent": (None, None), "7.1 percent": (None, None)}
    got = {c.text: (c.period_start, c.period_end) for c in _figures(
        tmp_path, "The unemployment rate fell to 6.8 percent in the fourth quarter from 7.1 percent in the previous "
                  "quarter.")}
    assert got["7.1 percent"] == (date(2024, 7, 1), date(2024, 9, 30))


@pytest.mark.parametrize("sentence, figure, expected", [
    # "since" and a short clause before a date: the date opens a span up to publication
    ("The region has recorded 4,312 suspected cases since the first one was confirmed on February 9.",
     "4,312 suspected cases", (date(2025, 2, 9), date(2025, 3, 15))),
    # a total with a "since" clause after it: not dated by the day the sentence opens with
    ("Thursday's exchange brings to more than 4,400 the number of prisoners freed in swaps since the fighting "
     "began in 2023.", "more than 4,400", (date(2023, 1, 1), date(2025, 3, 15))),
    # a time in a clause of "after" and a gerund is that clause's, not the figure's
    ("Government bond yields were little changed on Thursday after falling sharply on Wednesday, with the "
     "10-year yield at 4.13%.", "4.13%", (date(2025, 3, 13), date(2025, 3, 13))),
    # a time before a clause of "after" or "before" with its own verb is not the time of a figure in it
    ("Firefighters had contained 40 percent of the wildfire by Wednesday morning, the agency said, after the "
     "blaze destroyed 47 homes.", "47 homes", (None, None)),
    ("Firefighters had contained 40 percent of the wildfire by Wednesday morning, the agency said, after the "
     "blaze destroyed 47 homes.", "40 percent", (date(2025, 3, 12), date(2025, 3, 12))),
    # nor does it stop a time that opens the sentence
    ("In 2024, after the merger closed, revenue rose to $5 billion.", "$5 billion",
     (date(2024, 1, 1), date(2024, 12, 31))),
])
def test_the_period_of_a_figure_past_other_clauses(tmp_path, sentence, figure, expected):
    got = {text: (start, end) for text, start, end in _periods(tmp_path, sentence)}
    assert got[figure] == expected


@pytest.mark.parametrize("text, figure, expected", [
    # "That <noun>" opens on the occasion the sentence before dated
    ('"The fault has not moved like this since 1931," he said. That earthquake, of magnitude 7.1, killed about '
     '3,000 people.', "about 3,000 people", (date(1931, 1, 1), date(1931, 12, 31))),
    ("Exports fell 4% in 2019. That year, imports rose 7%.", "7%", (date(2019, 1, 1), date(2019, 12, 31))),
    ("The storm of 1987 was the worst on record. That storm felled 15 million trees.", "15 million trees",
     (date(1987, 1, 1), date(1987, 12, 31))),
    # not a back-reference, or nothing to take
    ("Exports fell 4% in 2019. That is why 7% of firms closed.", "7%", (None, None)),
    ("The ministry spoke on Tuesday. That report showed 7% growth.", "7%", (None, None)),
    ("Exports fell 4% in 2019 and 2% in 2020. That decline cost 12,000 jobs.", "12,000 jobs", (None, None)),
])
def test_a_sentence_opening_on_that_takes_the_time_of_the_sentence_before(tmp_path, text, figure, expected):
    got = {c.text: (c.period_start, c.period_end) for c in _figures(tmp_path, text)}
    assert got[figure] == expected


@pytest.mark.parametrize("text, figure, unit", [
    # the ages of the dead, not how many they were
    ("Nine deaths had been confirmed, the ministry said. Most of those who died were over 70.", "over 70", None),
    ("The death toll was over 70, the ministry said.", "over 70", "person"),
])
def test_the_ages_of_a_group_are_no_toll(tmp_path, text, figure, unit):
    got = {c.text: c.unit for c in _figures(tmp_path, text)}
    assert got[figure] == unit


def test_a_distance_from_a_place_is_measured_from_it(tmp_path):
    """ "sank about 14 km (8.7 miles) south of Port Aurel": how far from the town, no change."""
    text = ("The ferry sank about 14 km (8.7 miles) south of Port Aurel on Sunday. "
            "Dumrel lies about 140 km north of the capital Velmora.")
    claims = {c.text: c for c in _figures(tmp_path, text)}
    sank = claims["about 14 km (8.7 miles)"]
    assert (sank.subject, sank.direction) == ("south of port aurel", None)
    assert claims["about 140 km"].subject == "north of velmora"


def test_a_stretch_of_time_after_a_figure_is_of_its_clause(tmp_path):
    """ "exceeded the daily limit of 50 micrograms per cubic metre on 87 days": the days the limit was
    exceeded, not days of micrograms; "the year before" dates the earlier level a year back."""
    text = ("The city exceeded the daily limit of 50 micrograms per cubic metre on 87 days in 2023, up from "
            "64 days the year before.")
    claims = {c.text: c for c in _figures(tmp_path, text)}
    assert claims["87 days"].subject == claims["50 micrograms per cubic metre"].subject == "city exceeded daily limit"
    assert claims["64 days"].subject == "city exceeded daily limit"
    assert (claims["64 days"].period_start, claims["64 days"].period_end) == (date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize("text, figure, expected", [
    # a time of what comes after, told "with ... targeted for", is not the figure's
    ("The company will make an investment of more than $3 billion to build the mine, with production targeted "
     "for 2030.", "more than $3 billion", (None, None)),
    # a year in a "since" clause opens a span up to publication
    ("The company has raised about 210 million crowns since it was founded in 2019.",
     "about 210 million crowns", (date(2019, 1, 1), date(2025, 3, 15))),
    # the year of a participle aside in commas is the aside's
    ("Aurex, founded in 2019, has raised about 210 million crowns from private investors.",
     "about 210 million crowns", (None, None)),
    ("Ashby Valley Bank, the Corran lender founded 72 years ago, has agreed to be taken over in a deal that values "
     "it at $2.37 billion.", "$2.37 billion", (None, None)),
    # a figure in the perfect takes no time of a past clause after it
    ("The company has raised about 210 million crowns from investors and received a grant of 35 million crowns "
     "in 2023.", "about 210 million crowns", (None, None)),
    ("The company has raised about 210 million crowns from investors and received a grant of 35 million crowns "
     "in 2023.", "35 million crowns", (date(2023, 1, 1), date(2023, 12, 31))),
])
def test_times_of_other_clauses(tmp_path, text, figure, expected):
    got = {c.text: (c.period_start, c.period_end) for c in _figures(tmp_path, text)}
    assert got[figure] == expected


def test_the_word_after_a_bare_figure_is_no_subject(tmp_path):
    """ "4,200 dalen to 5,460 dalen": a unit the reader does not know is no subject, or every amount
    in it would be told of one thing; a counted noun still counts ("5,000 troops")."""
    text = ("Fees would go up from 4,200 dalen to 5,460 dalen a year. The fund grows from 8 million dalen to "
            "12 million dalen. Some 5,000 troops were deployed.")
    claims = {c.text: c for c in _figures(tmp_path, text)}
    assert claims["4,200"].subject == claims["8 million"].subject == ""
    assert claims["Some 5,000 troops"].subject == "troop deployed"


def test_a_dateline_with_a_region_and_a_date_dates_nothing(tmp_path):
    """ "TASHRANI, Kashrand, July 17 - ...": the dateline is the story's, not the landslide's (nor is the day
    the toll rose after it)."""
    path = tmp_path / "a.md"
    path.write_text("---\noutlet: Reuters\npublished: 2026-07-17\n---\n\nTASHRANI, Kashrand, July 17 - The number of "
                    "people confirmed dead in the landslide that buried the village of Dholmara rose to 34 on "
                    "Friday.\n", encoding="utf-8")
    events = [c for c in extract_article(load_article(path, "a.md")[0], load_rules()) if c.kind.value == "event"]
    assert [(c.text, c.date_start) for c in events] == [("landslide", None)]


def test_the_date_of_a_dateline_is_no_period(tmp_path):
    # the day of the article, not of its figures; a time after the dateline still dates them
    got = _periods(tmp_path, "CASTLEBRIDGE, March 14 (Meridian Newswire) - The retailer said it would cut 2,300 jobs.")
    assert got == [("2,300 jobs", None, None)]
    got = _periods(tmp_path, "CASTLEBRIDGE, March 14 (Meridian Newswire) - Exports rose 23% in the first quarter of "
                             "2024.")
    assert got == [("23%", date(2024, 1, 1), date(2024, 3, 31))]


def test_an_earlier_level_told_before_its_level_takes_that_levels_subject(tmp_path):
    # "from A to B" twice in one sentence: each "from" figure is of the level after it, not of the figure before
    got = {c.text: c.subject for c in _figures(
        tmp_path, "The standard rate of VAT will rise from 21% to 22%, while the lowest band of income tax falls "
                  "from 18% to 16% and corporate tax drops from 25% to 23%.")}
    assert got["18%"] == got["16%"] != got["22%"]
    assert got["25%"] == got["23%"] == "corporate tax"
    # told the other way round, the earlier level still takes the level's subject
    got = {c.text: c.subject for c in _figures(tmp_path, "Corporate tax was cut to 22% from 25%.")}
    assert got["25%"] == got["22%"]
    # two earlier levels joined by "and" are no "from A to B": each is the level's, the one the change went to
    got = {c.text: c.subject for c in _figures(
        tmp_path, "Unemployment fell to 6.1%, compared with 6.8% and 7.2% in the two years before.")}
    assert got["6.8%"] == got["7.2%"] == got["6.1%"] == "unemployment"


@pytest.mark.parametrize("sentence", [
    "The line would cut the journey from Santoro to the city centre from 55 minutes by bus to 22 minutes.",
    "It will cut the journey from Santoro to the city centre from 55 minutes to 32 minutes.",
])
def test_the_level_a_change_went_to_takes_the_subject_of_the_level_it_came_from(tmp_path, sentence):
    """When the later level's own subject is only the words of the figure before ("minutes by bus")."""
    subjects = [c.subject for c in _figures(tmp_path, sentence)]
    assert subjects == ["journey from santoro to city centre"] * 2
