"""Time expressions and attribution carry-over."""
from __future__ import annotations

import random
import re
from datetime import date

import pytest

from factcheck.attribution import find_attribution
from factcheck import when
from factcheck.when import clause_tense, find_times

FRI = date(2022, 12, 30)


def _one(text, pub=FRI):
    refs = find_times(text, pub)
    assert len(refs) == 1, refs
    return refs[0].date_start, refs[0].date_end


def test_a_plan_to_do_a_thing_is_no_future_of_its_clause():
    """"approved a plan to build ... over the next ten years ... late on Tuesday": the Tuesday before; "plans to
    vote on Tuesday" and "will unveil its plans" still look ahead."""
    pub = date(2026, 3, 18)

    def day(text):
        return [str(t.date_start) for t in find_times(text, pub)]
    assert day("The council approved a plan to build 4,800 homes over the next ten years on former railway land "
               "late on Tuesday, ending months of argument.") == ["2026-03-17"]
    assert day("The city unveiled its new plans to build a tram on Tuesday.") == ["2026-03-17"]
    assert day("The council plans to vote on Tuesday.") == ["2026-03-24"]
    assert day("The city will unveil its plans to build a tram on Tuesday.") == ["2026-03-24"]


def test_a_participle_after_every_is_no_past():
    """"would write to every registered owner, beginning on March 23": the March ahead."""
    got = find_times("The company said it would write to every registered owner, beginning on March 23, and that "
                     "each repair should take about 90 minutes.", date(2026, 3, 10))
    assert [str(t.date_start) for t in got] == ["2026-03-23"]


def test_model_years_are_no_time():
    """"the 2023 to 2025 model years", "the 2019 models": which cars, not when the figure holds."""
    for text in ("The recall covers 112,400 hatchbacks from the 2023 to 2025 model years.",
                 "It recalled 5,000 cars of the 2024 model year.", "The 2019 models are affected."):
        assert find_times(text, date(2026, 3, 3)) == [], text
    got = find_times("Cars built from 2023 to 2025 are affected.", date(2026, 3, 3))
    assert [t.text for t in got] == ["from 2023 to 2025"]


def test_weekday_direction_follows_tense():
    assert _one("Peskov said on Thursday.") == (date(2022, 12, 29),) * 2
    assert _one("They will meet on Thursday.") == (date(2023, 1, 5),) * 2
    assert _one("They are expected to speak on Friday.") == (FRI, FRI)
    wed = date(2022, 9, 14)
    assert _one("an opportunity presents itself on Thursday, when he holds talks", wed) == (
        date(2022, 9, 15),) * 2


def test_an_expectation_with_its_object_looks_ahead():
    """ "expected the regulator to rule by 30 September", told in May: this September."""
    may = date(2026, 5, 4)
    assert _one("The banks said they expected the regulator to rule by 30 September.", may) == (
        date(2026, 9, 30),) * 2
    assert _one("The banks said the regulator ruled on 30 September.", may) == (date(2025, 9, 30),) * 2


def test_month_direction_follows_tense():
    assert _one("They met in September.") == (date(2022, 9, 1), date(2022, 9, 30))
    assert _one("They will meet in September.") == (date(2023, 9, 1), date(2023, 9, 30))


def test_same_period_follows_the_last_period():
    refs = find_times("in the first six months of 2022, up from the same period of last year", FRI)
    assert [(r.date_start, r.date_end) for r in refs] == [
        (date(2022, 1, 1), date(2022, 6, 30)), (date(2021, 1, 1), date(2021, 6, 30))]


def test_since_a_month_of_a_named_year():
    assert _one("raised rates by 3 points since August 2021") == (date(2021, 8, 1), FRI)
    assert _one("up 3% since August") == (date(2022, 8, 1), FRI)
    assert _one("since March of 2020") == (date(2020, 3, 1), FRI)


def test_halves_of_the_year_follow_the_tense():
    assert _one("Sales rose in the second half.", date(2023, 1, 13)) == (date(2022, 7, 1), date(2022, 12, 31))
    assert _one("first-half profit", date(2023, 8, 1)) == (date(2023, 1, 1), date(2023, 6, 30))
    assert _one("The bank expects inflation to stay near 4% through the first half.", date(2023, 1, 13)) == (
        date(2023, 1, 1), date(2023, 6, 30))  # "expects inflation to": a future
    assert _one("in the third half") == (None, None)


def test_unresolvable_without_publication_date():
    refs = find_times("last week and in 2019", None)
    assert [(r.text, r.date_start) for r in refs] == [("last week", None), ("in 2019", date(2019, 1, 1))]


def test_clause_tense():
    assert clause_tense("He said on Friday", 8, 17) == "past"
    assert clause_tense("She will speak on Friday", 15, 24) == "future"
    # "p.m." ends no sentence: the tense of the clause before it still holds
    text = "The fire started near the pass, at about 2:40 p.m. on Friday."
    assert clause_tense(text, text.index("on Friday"), len(text) - 1) == "past"


def test_attribution_carry_over_policy():
    prev = "China wants peace, said Yun Sun, a scholar at the Stimson Center."
    assert find_attribution("Xi will stress peace, she added.", prev) == "Yun Sun, a scholar at the Stimson Center"
    assert find_attribution("Xi will stress peace, she added.", prev, carry_over=False) is None
    assert find_attribution("“Peace matters.”", prev) == "Yun Sun, a scholar at the Stimson Center"
    assert find_attribution("Trade rose in 2022.", prev) is None


def _plain_gate_pattern() -> re.Pattern:
    """The time pattern gated only by "a digit, a bracket or a word that opens
    a branch", without the words that must follow: what the gate has to match."""
    firsts = set(when._GATE_TAILS) | {"couple", "few", "recent"}
    # "fy" also opens a branch glued to its digits ("FY11")
    return re.compile(r"(?<![\w])(?=\d|\(|fy\d|(?:" + "|".join(sorted(firsts, key=len, reverse=True)) + r")\b)(?:"
                      + when._BRANCHES + ")", re.IGNORECASE)


def test_gate_changes_no_match():
    """The gate in front of the branches is only a look-ahead: on word soup made
    of the branches' own words, the pattern finds exactly what it finds without it."""
    plain = _plain_gate_pattern()
    vocab = sorted(set(re.findall(r"[a-z]{2,}", when._BRANCHES.lower()) + list(when._GATE_TAILS))
                   - {"iy", "im", "id"} | {"a", "said", "market", "now", "date", "morning"})
    seps = [" ", " ", " ", "  ", "\n", "-", "", "\u00a0", ", ", ". ", "(", ") ", "’s ", "'s "]
    rng = random.Random(7)

    def token() -> str:
        if rng.random() < 0.15:
            return str(rng.choice([rng.randint(0, 40), rng.randint(1, 999), rng.randint(1880, 2100)])) + \
                rng.choice(["", "", "st", "th", "%", ",5"])
        w = rng.choice(vocab)
        return rng.choice([w, w, w, w.capitalize(), w.upper()])
    texts = [
        "the first nine months of 2022", "In the second quarter of this year", "the same period of last year",
        "a year earlier period", "so far this year", "until now this year", "to date this year",
        "this year so far", "year-to-date", "at the end of 2022", "in early 2023", "by mid-January",
        "the middle of March", "(Dec. 30)", "30th December 2021", "4 June", "in January 2022", "since March",
        "since 2019", "two weeks ago", "a few days ago", "a couple of years ago", "several months ago",
        "an hour ago, a day ago", "12 days ago", "over the past three years", "during the last two weeks",
        "for the past year", "in recent weeks", "recently", "the previous week", "the following month",
        "this weekend", "coming quarter", "earlier today", "this morning", "on the eve of the new year",
        "on Friday", "coming Monday", "past Sunday’s", "in the spring", "by autumn", "the fall of 2022",
        "next summer", "during March", "until April", "late May", "of 2021", "for 2020", "by 2030",
        "2022-12-30", "December 30, 2022", "the July to September quarter", "between March and May",
        "the seven days to Sunday", "in the 4 weeks ending March 8, 2026",
        "ſince 2019", "THE PAST YEAR", "İN JANUARY", "ın March",
        "this wee\u212a",
    ]
    for phrase in texts:
        assert when._PATTERN.search(phrase), phrase
    for _ in range(4000):
        texts.append("".join(token() + rng.choice(seps) for _ in range(rng.randint(1, 10))))
    for text in texts:
        found = [(m.span(), m.groupdict()) for m in when._PATTERN.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == found, text
        # and the search of the lowercased text finds the same
        assert [(m.span(), m.groupdict()) for m in when._matches(text)] == found, text


def test_since_a_weekday_runs_to_publication():
    assert _one("Rains that have pounded the state since Monday have killed 57 people.", date(2024, 5, 3)) == (
        date(2024, 4, 29), date(2024, 5, 3))


def test_calendar_slips_are_weekdays_their_dates_do_not_fall_on():
    from factcheck.when import calendar_slips
    pub = date(2026, 3, 4)
    text = "More detailed tables are due on Thursday 16 June, and housing data in the autumn."
    (start, end, day, weekday), = calendar_slips(text, pub)
    assert text[start:end] == "Thursday 16 June" and day == date(2026, 6, 16) and weekday == 3
    assert calendar_slips("The strike began on Tuesday 12 May.", date(2026, 5, 15)) == []
    assert calendar_slips("He arrived on Thursday, July 30, 2020.", None) == []
    assert calendar_slips("The meeting is on Tuesday.", pub) == []


def test_a_weekday_near_publication_keeps_the_year_of_its_date():
    # 16 March 2027 is a Tuesday, but an article of 13 March 2026 speaks of this March:
    # the date is not moved to another year to fit the weekday
    refs = find_times("They will meet on Tuesday, March 16.", date(2026, 3, 13))
    assert [t.date_start for t in refs if t.kind == "date"] == [date(2026, 3, 16)]


def test_since_a_day_of_a_month_starts_on_that_day():
    pub = date(2026, 4, 20)
    for text in ("4,312 cases since February 9, when the first was confirmed", "cases since 9 February"):
        (t,) = [t for t in find_times(text, pub) if t.kind == "since"]
        assert (t.date_start, t.date_end) == (date(2026, 2, 9), pub)
    (t,) = find_times("prices have risen since August 3, 2021", pub)
    assert t.date_start == date(2021, 8, 3)


def test_a_far_date_that_fits_its_weekday_in_a_year_either_side_is_no_calendar_slip():
    from factcheck.when import calendar_slips
    # 30 July 2019 is a Tuesday, 30 July 2020 a Thursday: an article of January 2020 means the latter
    assert calendar_slips("He said he would arrive on Thursday, July 30, to sign.", date(2020, 1, 10)) == []


@pytest.mark.parametrize("text, published, start, end", [
    # days or weeks to a day
    ("611 new cases in the seven days to Sunday", date(2026, 3, 9), date(2026, 3, 2), date(2026, 3, 8)),
    ("sales rose 4% in the four weeks to March 1", date(2026, 3, 9), date(2026, 2, 2), date(2026, 3, 1)),
    ("12 deaths in the 14 days ending 28 February 2025", date(2026, 3, 9), date(2025, 2, 15), date(2025, 2, 28)),
    # a weekday written with its date is that date, not the last such weekday
    ("in the seven days to Friday, March 6", date(2026, 3, 9), date(2026, 2, 28), date(2026, 3, 6)),
    # a span of months
    ("revenue in the July to September quarter", date(2026, 10, 21), date(2026, 7, 1), date(2026, 9, 30)),
    ("Sales rose between March and May.", date(2026, 10, 21), date(2026, 3, 1), date(2026, 5, 31)),
    ("Sales will rise between March and May.", date(2026, 10, 21), date(2027, 3, 1), date(2027, 5, 31)),
    ("the November-December period of 2024", date(2026, 10, 21), date(2024, 11, 1), date(2024, 12, 31)),
])
def test_a_span_written_out_is_one_period(text, published, start, end):
    assert _one(text, published) == (start, end)


def test_an_irregular_past_verb_sets_the_tense_of_its_clause():
    # "stood" tells the past: the end of June before publication, though the sentence goes on in the future
    text = ("Public debt stood at 498 billion crowns at the end of June, and the ministry projects "
            "it will fall to 76.9 per cent by the end of 2027.")
    t = find_times(text, date(2026, 10, 21))[0]
    assert (t.text, t.date_start.year) == ("at the end of June", 2026)


def test_a_month_and_year_after_until_or_by_is_that_month():
    wed = date(2026, 10, 21)
    assert _one("a five-year contract that runs until June 2031", wed) == (date(2031, 6, 1), date(2031, 6, 30))
    assert _one("to be finished by March 2028", wed) == (date(2028, 3, 1), date(2028, 3, 31))


def test_agreeing_to_do_something_is_a_future():
    thu = date(2026, 8, 13)
    assert _one("Ferran has agreed to meet farm union leaders in Madrid on Monday.", thu) == (date(2026, 8, 17),) * 2
    assert _one("He agreed on Monday to resign.", thu) == (date(2026, 8, 10),) * 2


def test_the_next_one_of_something_is_ahead():
    thu = date(2026, 9, 17)
    # "Asked" opens the sentence in the past, but the next meeting is still to come
    assert _one("Asked whether a cut could come at the committee's next meeting on 4 November, he said "
                "nothing.", thu) == (date(2026, 11, 4),) * 2
    assert _one("The next day, on 4 November, he resigned.", thu) == (date(2025, 11, 4),) * 2
    assert _one("The committee's next meeting was held on 4 September.", thu) == (date(2026, 9, 4),) * 2


def test_a_participle_after_a_determiner_is_no_past():
    # "including updated inflation forecasts": an adjective; "will present" tells the tense
    text = ("Governor Helena Vossberg will present the bank's quarterly Monetary Policy Report, including updated "
            "inflation forecasts, at a press conference on Thursday.")
    start = text.index("on Thursday")
    assert clause_tense(text, start, start + 11) == "future"
    t, = find_times(text, date(2026, 2, 18))
    assert t.date_start == date(2026, 2, 19)
    # a participle after its noun still tells the past
    text = "The report, with figures published by the office, came out on Thursday."
    start = text.index("on Thursday")
    assert clause_tense(text, start, start + 11) == "past"


def test_a_verb_after_an_adverb_or_a_pronoun_is_still_a_past():
    for text in ("The minister recently visited the site on Thursday.", "These included a visit on Thursday."):
        start = text.index("on Thursday")
        assert clause_tense(text, start, start + 11) == "past", text


def test_two_years_and_those_between():
    pub = date(2025, 11, 18)
    for text in ("awarded between 2019 and 2024", "awarded from 2019 to 2024", "from 2019 through 2024"):
        (t,) = find_times(text, pub)
        assert (t.kind, t.date_start, t.date_end) == ("period", date(2019, 1, 1), date(2024, 12, 31)), text
    assert [t.text for t in find_times("rose from 12 in 2019 to 15 in 2024", pub)] == ["in 2019", "in 2024"]


def test_a_season_before_a_noun_is_a_kind_not_a_time():
    pub = date(2026, 6, 16)
    assert [t.text for t in find_times("after Saturday's summer fair at the library", pub)] == ["Saturday's"]
    assert find_times("The winter storm closed the pass", pub) == []
    # a season as a time stays one, with a word before it, a year after it or a time's noun after it
    for text in ("sales rose in the summer", "This summer, exports rose", "in summer 2024", "during the summer months"):
        (t,) = find_times(text, pub)
        assert t.kind == "season" and t.date_start is not None, text


def test_last_season_told_in_that_season_is_the_one_before():
    (t,) = find_times("last summer the mill closed", date(2026, 7, 2))
    assert (t.date_start, t.date_end) == (date(2025, 6, 1), date(2025, 8, 31))
    (t,) = find_times("last winter sales fell", date(2026, 6, 16))
    assert (t.date_start, t.date_end) == (date(2025, 12, 1), date(2026, 2, 28))


def test_the_final_months_or_quarter_of_a_year():
    pub = date(2026, 2, 10)
    for text in ("in the final three months of 2025", "in the final quarter of 2025"):
        (t,) = find_times(text, pub)
        assert (t.date_start, t.date_end) == (date(2025, 10, 1), date(2025, 12, 31)), text


def test_a_year_before_a_season_makes_it_that_year_s():
    (_, t) = find_times("during the 2023 summer trial closure", date(2026, 1, 13))
    assert (t.kind, t.date_start, t.date_end) == ("season", date(2023, 6, 1), date(2023, 8, 31))


@pytest.mark.parametrize("text", ["free rebooking until January 31.", "must be paid by January 31, officials said"])
def test_a_day_after_a_month_is_read_with_the_word_before_them(text):
    (t,) = find_times(text, date(2026, 1, 22))
    assert (t.text, t.date_start, t.date_end) == ("January 31", date(2026, 1, 31), date(2026, 1, 31))


def test_a_deadline_told_in_a_past_sentence_is_the_nearest_day():
    pub = date(2026, 1, 21)
    (t,) = find_times("The airline has offered free rebooking until 31 January.", pub)
    assert t.date_start == date(2026, 1, 31)
    (t,) = find_times("The road was closed until 3 January.", pub)
    assert t.date_start == date(2026, 1, 3)
    (t,) = find_times("The road was closed on 30 January.", pub)
    assert t.date_start == date(2025, 1, 30)  # no deadline: the past one


def test_what_must_be_done_is_ahead():
    assert find_times("The fine must be paid on 12 March.", date(2026, 1, 21))[0].date_start == date(2026, 3, 12)
    assert find_times("He must have known on 3 January.", date(2026, 1, 21))[0].date_start == date(2026, 1, 3)


@pytest.mark.parametrize("text, span", [
    ("In 2019 a leak injured four workers, and the company was fined two years later.",
     (date(2021, 1, 1), date(2021, 12, 31))),
    ("It opened in May 2020, and a month later it shut.", (date(2020, 6, 1), date(2020, 6, 30))),
    ("The fire broke out on 3 March 2025 and two days later the plant closed.", (date(2025, 3, 5), date(2025, 3, 5))),
])
def test_a_span_later_counts_from_the_time_before_it(text, span):
    t = find_times(text, date(2026, 1, 21))[-1]
    assert t.text.endswith("later") and (t.date_start, t.date_end) == span


def test_a_span_later_with_no_time_before_it_is_no_time():
    assert find_times("Several years later it reopened. Two days later it shut.", date(2026, 1, 21)) == []
