"""The metric a figure's context names, read by the article extractor: in the
figure's own clause, and only a metric of the figure's kind."""
from __future__ import annotations

from factcheck.extract import extract_article
from factcheck.ingest import parse_article
from factcheck.rules import load_rules


def _subjects(text: str) -> dict[str, str]:
    article, _ = parse_article(f"{text}\n", "a.md", {"outlet": "Reuters"})
    return {c.text: c.subject for c in extract_article(article, load_rules()) if c.kind.value == "quantity"}


def test_an_amount_of_money_takes_no_metric_of_percentages():
    got = _subjects("Microsoft will pay $95 per share in cash for Activision, a 45% premium, the company said.")
    assert "wages" not in got["$95 per share"] and "wages" not in got["45%"]
    assert _subjects("Average hourly pay rose 5.7% from a year earlier.")["5.7%"].startswith("wages")


def test_a_count_takes_no_metric_of_money():
    assert "price" not in _subjects("The player, at a price of $199, holds 1,000 songs.")["1,000 songs"]


def test_a_change_of_any_measure_takes_its_metric():
    assert _subjects("Net income jumped 78 percent.")["78 percent"].startswith("profit")


def test_the_metric_is_read_in_the_figures_own_clause():
    got = _subjects("Floods have killed at least 57 people, and more than 24,000 people have been forced "
                    "from their homes, officials said.")
    assert got["at least 57 people"].startswith("deaths")
    assert got["more than 24,000 people"].startswith("displaced people")


def test_an_age_takes_no_metric_and_is_of_the_person_named_before():
    assert _subjects("Steve Jobs has died at the age of 56, the company said.")["56"] == "steve jobs age"


def test_a_bare_figure_of_a_metric_of_people_counts_people():
    article, _ = parse_article("The death toll from heavy rains in the south rose to 56 on Friday, with 74 people "
                               "still missing, officials said.\n", "a.md", {"outlet": "Reuters"})
    got = {c.text: c for c in extract_article(article, load_rules()) if c.kind.value == "quantity"}
    assert got["56"].unit == "person" and got["56"].subject.startswith("deaths")
    assert got["74 people"].subject.startswith("missing people")  # the next clause's metric is its own


def test_a_central_banks_rate_is_the_policy_rate_however_named():
    got = _subjects("The National Bank raised its key interest rate by 25 basis points to 7.75% on Thursday.")
    assert got["7.75%"].startswith("policy rate") and got["25 basis points"].startswith("policy rate")
    got = _subjects("The central bank raised borrowing costs by a quarter of a percentage point, taking its "
                    "benchmark one-week repo rate to 7.75%.")
    assert got["a quarter of a percentage point"].startswith("policy rate")
    assert got["7.75%"].startswith("policy rate")


def test_a_change_in_points_beside_a_level_is_of_that_level():
    got = _subjects("Turnout was about 71 percent, 4.5 points higher than in 2022, the commission said.")
    assert got["4.5 points"] == got["about 71 percent"] == "turnout"


def test_a_change_set_after_a_level_is_of_the_level_not_of_the_company():
    text = ("Lumora shipped 3.96 million devices in the quarter, compared with 3.54 million a year earlier, "
            "a rise of 12 percent. Later, Lumora reported revenue of $4.82 billion, up 17 percent.")
    got = _subjects(text)
    assert "device" in got["12 percent"] and "revenue" in got["17 percent"]
    # a change whose own subject says what it measures keeps it
    assert _subjects("Turnover hit a record £312.4m, with turnover up 8.6 per cent.")["8.6 per cent"] != "lumora"


def test_a_count_joined_to_the_one_before_is_of_its_owner():
    """"The Aurelia Dawn was carrying 312 passengers and 24 crew": the Aurelia Dawn's crew, not any crew."""
    got = _subjects("The Aurelia Dawn was carrying 312 passengers and 24 crew.")
    assert "aurelia dawn" in got["312 passengers"] and "aurelia dawn" in got["24 crew"]
    assert _subjects("Rescuers found 12 miners and 3 dogs.")["3 dogs"] == "dog"  # no owner told: as it was


def test_people_ordered_out_of_their_homes_are_displaced():
    got = _subjects("Fewer than 900 residents were ordered out of their homes on March 10, county officials said.")
    assert got["Fewer than 900 residents"].startswith("displaced people")
