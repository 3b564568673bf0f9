"""extract.dates: explicit dates, bare months, weekdays and relative words, and the article's own date."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import When, dates_in, reference_date
from extract.models import Article
from extract.pipeline import extract

FRIDAY = When(3, 2024, 15)  # Friday 15 March 2024


def whens(sentence: str, reference: When | None = FRIDAY) -> list[When]:
    return [w for _, w in dates_in(sentence, reference)]


@pytest.mark.parametrize("sentence, expected", [
    ("On 13 April 2023, 40 people died in the strike.", When(4, 2023, 13)),
    ("On April 13, 2023, 40 people died in the strike.", When(4, 2023, 13)),
    ("As of 16 June 2023, 9,000 civilians had died.", When(6, 2023, 16)),
    ("On 2023-05-06 the toll reached 30.", When(5, 2023, 6)),
    ("The swap took place on Aug. 6, 2024.", When(8, 2024, 6)),
])
def test_explicit_dates(sentence: str, expected: When) -> None:
    assert whens(sentence) == [expected]


def test_day_and_month_without_year_takes_the_latest_past_year() -> None:
    assert whens("On 13 April, 40 people died.") == [When(4, 2023, 13)]


def test_day_and_month_earlier_in_the_same_year() -> None:
    assert whens("On 3 March, 40 people died.") == [When(3, 2024, 3)]


def test_month_name_without_year_still_gives_the_month() -> None:
    assert [w.month for w in whens("In September, 200 civilians were killed.")] == [9]


def test_month_name_without_any_reference_keeps_the_month() -> None:
    assert whens("In December, 50 prisoners were released.", None) == [When(12)]


def test_may_as_a_verb_is_not_a_month() -> None:
    assert whens("Officials fear the toll may rise further.") == []


def test_weekday_resolves_to_the_latest_such_day() -> None:
    assert whens("On Monday, 12 people died in the shelling.") == [When(3, 2024, 11)]


def test_weekday_of_publication_is_that_day() -> None:
    assert whens("The ministry said on Friday that 12 people died.") == [When(3, 2024, 15)]


def test_weekday_across_a_month_boundary() -> None:
    # Published Tuesday 2 April 2024: "on Saturday" is 30 March.
    assert whens("The exchange took place on Saturday, officials said.", When(4, 2024, 2)) == [When(3, 2024, 30)]


def test_last_week_mid_sentence() -> None:
    assert [w.month for w in whens("Officials said last week that 40 soldiers were freed.", When(4, 2024, 3))] == [3]


def test_yesterday() -> None:
    assert whens("Officials said yesterday that 7 people had died.") == [When(3, 2024, 14)]


def test_since_a_month_is_not_the_figures_date() -> None:
    assert whens("Since February 2022, 10,000 civilians have been killed.") == []


def test_since_the_invasion_began_on_a_date_is_not_the_figures_date() -> None:
    assert whens("Since the invasion began on Feb. 24, 2022, 500 children have died.") == []


def test_when_iso_is_partial_without_a_day() -> None:
    assert When(6, 2024).iso() == "2024-06"
    assert When(6, 2024, 7).iso() == "2024-06-07"
    assert When(6).iso() is None


def test_reference_date_is_the_publication_date() -> None:
    assert reference_date(dt.date(2024, 3, 15), "On 1 January 2020 nothing happened.") == When(3, 2024, 15)


def test_a_scraped_pages_byline_date_in_figures_is_the_articles_date() -> None:
    text = "Shelling kills three in Kherson\nPublished: 04.08.2025 09:15\nThree people were killed on Sunday."
    assert reference_date(None, text) == When(8, 2025, 4)


def test_a_byline_date_whose_day_and_month_could_swap_is_no_date() -> None:
    assert reference_date(None, "Updated 03/04/2025\nTwo people were wounded, the governor said.") is None


def test_reference_date_is_inferred_from_the_text_without_a_publication_date() -> None:
    text = "On 3 May 2023, shelling killed 12. By 10 May 2023, the toll had reached 20."
    assert reference_date(None, text) == When(5, 2023)


def test_no_reference_date_when_the_text_has_no_day() -> None:
    assert reference_date(None, "Fighting since February 2022 has killed many.") is None


# Through extract(): the month each claim carries.

def months(text: str, published: dt.date | None = dt.date(2024, 3, 15)) -> list[int | None]:
    return [c.month for c in extract(Article(text=text, published=published))]


def test_claim_takes_the_explicit_date() -> None:
    assert months("On 13 January, Russian shelling killed 9 civilians in Kherson.") == [1]


def test_claim_without_a_date_takes_the_publication_month() -> None:
    assert months("Russian shelling killed 9 civilians in Kherson, the governor said.") == [3]


def test_since_date_does_not_override_the_publication_month() -> None:
    text = "The headquarters said 3,520 Ukrainians had been freed from Russian captivity since February 2022."
    assert months(text, dt.date(2024, 8, 24)) == [8]


def test_weekday_across_month_boundary_through_extract() -> None:
    assert months("Russian drones killed 5 civilians in Odesa on Sunday.", dt.date(2024, 4, 2)) == [3]


def test_month_from_text_when_no_publication_date() -> None:
    text = ("On 9 October 2023, a missile strike on a cafe in Hroza killed 59 civilians, regional officials said. "
            "Rescuers searched the rubble on 10 October 2023.")
    assert months(text, None) == [10]


def test_an_undated_figure_going_on_with_its_sources_account_keeps_that_accounts_date() -> None:
    text = ("The IOM said 480,000 people were displaced in the east as of late January. "
            "Kharkiv region alone accounts for some 120,000 of the displaced, and Donetsk region for 90,000.")
    assert months(text) == [1, 1, 1]


def test_a_source_named_afresh_gives_its_figure_the_articles_date() -> None:
    text = ("In January the mayor said 40 residents had been killed in the shelling. "
            "According to the governor, 55 residents have been killed in the shelling.")
    assert months(text) == [1, 3]


def test_that_night_dates_a_figure_by_the_day_named_before() -> None:
    text = ("On 2 February the shelling of the district went on until dawn. "
            "That same night 6 civilians were killed in Kherson, the governor said.")
    assert months(text) == [2]


@pytest.mark.parametrize("sentence, expected", [
    ("Last week, 40 soldiers were freed in an exchange.", When(3, 2024)),
    ("Yesterday 7 people died in the shelling.", When(3, 2024, 14)),
    ("Last month 60 civilians were killed.", When(2, 2024)),
])
def test_capitalised_relative_words(sentence: str, expected: When) -> None:
    assert whens(sentence) == [expected]


def test_since_an_event_in_a_month_is_not_the_figures_date() -> None:
    text = "Ukraine's losses in the sector since the offensive began in August 2024 have passed 5,000 troops."
    assert months(text, dt.date(2025, 3, 10)) == [3]


def test_since_a_long_named_event_in_a_month_is_not_the_figures_date() -> None:
    text = ("Since the withdrawal of Russian troops from the west bank of the Dnipro river in November 2022, "
            "shelling has killed over 500 civilians in the city, prosecutors said.")
    assert months(text, dt.date(2025, 3, 10)) == [3]


def test_since_a_date_when_a_figure_was_given_dates_that_figure() -> None:
    text = "Kyiv has named no toll of its own since April 2023, when it said 2,100 soldiers had died."
    assert months(text, dt.date(2025, 3, 10)) == [4]


def test_since_a_date_when_someone_described_in_apposition_gave_a_figure_dates_that_figure() -> None:
    text = "No new toll has come from the ministry since May 2023, when its head, then a general, said 900 had died."
    assert months(text, dt.date(2025, 3, 10)) == [5]


def test_since_a_dated_event_that_killed_dates_its_toll() -> None:
    text = "It was the deadliest raid on the city since the June 2023 shelling of a market that killed 17 civilians."
    assert months(text, dt.date(2025, 3, 10)) == [6]


def test_that_month_is_the_month_named_before() -> None:
    text = ("In October, monitors verified 150 civilian deaths across Ukraine. "
            "The Kherson region suffered most that month, with 40 civilians killed.")
    assert months(text, dt.date(2024, 11, 8)) == [10, 10]


def test_part_of_an_earlier_toll_takes_its_date() -> None:
    text = ("As of 30 June, 2,300 civilians had been killed in the region, officials said. "
            "Of those killed, 180 were children.")
    assert months(text, dt.date(2024, 7, 15)) == [6, 6]


def test_part_of_a_group_named_before_takes_that_sentences_date() -> None:
    text = ("In May 2022 the occupiers locked the villagers of Hrakove in a cellar. "
            "Twelve of the captives died there, the prosecutor said.")
    assert months(text, dt.date(2024, 9, 1)) == [5]


def test_a_datelines_date_is_not_the_date_of_the_figures_after_it() -> None:
    text = "LVIV, March 4 (Wire) - Officials said 12 people died in last week's flooding of a metro shelter."
    assert months(text, dt.date(2024, 3, 4)) == [2]


def test_a_span_between_two_dates_dates_its_figures_by_its_end() -> None:
    text = ("Monitors counted at least 900 civilians, 40 of them children, killed in the region "
            "between 1 March 2023 and 30 June 2023.")
    assert months(text, dt.date(2024, 2, 1)) == [6, 6]


def test_a_weekday_that_names_the_day_of_a_full_date_is_not_resolved_against_publication() -> None:
    text = "On 20 April 2025 a drone hit a crowded market in Kherson on Easter Sunday, killing 14 people."
    assert months(text, dt.date(2025, 5, 10)) == [4]


def test_the_same_period_is_the_period_of_the_figure_before() -> None:
    text = ("The agency said 300 civilians were killed in the region as of 31 January. "
            "In Kharkiv alone, 700 people were injured over the same period.")
    assert months(text, dt.date(2024, 3, 20)) == [1, 1]


def test_at_the_same_time_is_the_time_of_the_figure_before() -> None:
    text = ("In January, the ministry put the number of Ukrainian soldiers killed at 1,200. "
            "At the same time, Moscow's losses were estimated at 3,000 killed.")
    assert months(text, dt.date(2024, 3, 20)) == [1, 1]


def test_during_the_month_is_the_month_named_before_not_today() -> None:
    text = ("Civilian deaths rose sharply in February, the monitors said in a bulletin released today. "
            "At least 150 civilians were killed during the month.")
    assert months(text, dt.date(2024, 3, 12)) == [2]


def test_a_monthly_report_dates_its_undated_figures_by_the_month_in_its_title() -> None:
    article = Article(title="Shelling drove civilian deaths up in June, monitors say",
                      text="Attacks in Donetsk region killed 80 civilians, the monitors said.",
                      published=dt.date(2024, 7, 10))
    assert [c.month for c in extract(article)] == [6]


def test_a_pronoun_source_goes_on_with_the_statement_before_and_its_date() -> None:
    text = ("In March, the agency estimated that 2,000 soldiers had been killed near the town. "
            "The marines alone, it said, had lost about 600 men killed.")
    assert months(text, dt.date(2024, 6, 1)) == [3, 3]


def test_a_figure_owned_by_the_source_before_shares_its_date() -> None:
    text = ("Two researchers estimate that between 50,000 and 70,000 soldiers had died by the end of 2023. "
            "Their best guess is about 60,000.")
    assert months(text, dt.date(2024, 5, 2)) == [12, 12]


def test_a_count_of_people_who_joined_after_a_month_and_year_is_not_dated_by_it() -> None:
    assert whens("Men who enlisted after March 2022 now make up the biggest share, with 14,200 names.") == []


def test_that_day_is_the_date_of_the_figure_before() -> None:
    text = ("In the swap on 3 February, each side released 150 soldiers. "
            "Moscow also handed back five civilians that day.")
    assert months(text, dt.date(2024, 3, 8)) == [2, 2]


def test_the_date_a_report_was_made_gives_way_to_the_month_its_figures_are_for() -> None:
    sentence = "The monitors reported on Tuesday that 212 civilians were killed across the country in February."
    assert whens(sentence) == [When(2, 2024)]


def test_an_agency_dateline_with_a_short_month_name_is_the_article_date() -> None:
    assert reference_date(None, "KHARKIV, Oct 9 (Wirenews) - Shelling killed three people.") == When(10, None, 9)


def test_a_dateline_after_a_scraped_headline_is_the_article_date() -> None:
    text = "Shelling kills three in Kharkiv\n\nKHARKIV, 9 October - Three people were killed on Thursday."
    assert reference_date(None, text) == When(10, None, 9)


def test_the_article_date_falls_back_on_dates_with_short_month_names() -> None:
    text = "Troops entered the district on Sept. 2. By Sept. 14, some 2,000 residents had left."
    assert reference_date(None, text) == When(9)


def test_a_date_on_a_line_of_its_own_below_a_long_standfirst_is_the_pages_date() -> None:
    text = ("Flooding forces thousands from riverside villages\n"
            "Flooding forces thousands from riverside villages\n"
            "Water released upstream has swamped farmland along both banks, and local officials say the worst "
            "may be yet to come as the river keeps rising through the week. Evacuation buses are running day "
            "and night from the lowest-lying hamlets, and schools have been turned into shelters.\n"
            "03/21/2024\n"
            "Some 2,300 people have been evacuated so far, the regional administration said on Thursday.")
    assert reference_date(None, text) == When(3, 2024, 21)


def test_a_date_in_figures_inside_a_sentence_is_not_the_byline() -> None:
    text = ("Since the invasion began on 24.02.2022, at least 12,000 civilians have been killed, the UN said on "
            "Monday.\nThe monitoring mission said 45 were killed in May.")
    found = {c.value: c for c in extract(Article(text=text))}
    assert (found[12000].month, found[45].month, found[45].date) == (None, 5, None)


def test_a_decree_number_that_reads_as_a_date_is_not_the_byline() -> None:
    text = ("Decree No. 12-05-2023 set up the register. The register now lists 1,140 people as missing, officials "
            "said on Friday.\nPublished 14 June 2025")
    assert reference_date(None, text) == When(6, 2025)


def test_a_date_in_figures_after_a_byline_word_in_a_long_line_is_the_byline() -> None:
    text = ("Kharkiv news desk, regional correspondents and agencies | Published 04.08.2025 10:32 | Updated "
            "at noon\nTwo people were wounded in a drone strike, the governor said.")
    assert reference_date(None, text) == When(8, 2025, 4)


def test_a_date_in_an_aside_about_a_place_does_not_date_the_figure_after_it() -> None:
    sentence = ("In the Belgorod region, where shelling intensified in early June, the ministry said 46 civilians "
                "were wounded.")
    assert whens(sentence) == []


def test_a_weekday_with_an_indefinite_article_is_no_day_before_publication() -> None:
    assert whens("In July 2023, a missile struck the square on a Sunday morning, killing 9 people.") == [When(7, 2023)]


def test_a_full_date_set_by_a_sentence_without_figures_dates_the_toll_after_it() -> None:
    text = ("On 28 February, a shell hit a bus stop on the edge of the town. Three people waiting there were wounded, "
            "the mayor said.")
    assert months(text) == [2]


def test_a_full_date_before_does_not_date_a_running_total_or_follow_a_date_of_no_harm() -> None:
    published = dt.date(2025, 6, 14)
    assert months("Oleksandr joined the army on 5 May. The brigade has lost 40 soldiers, its commander says.",
                  published) == [6]
    assert months("The hospital opened on 12 May 2025. It has treated 300 wounded soldiers, doctors said.",
                  published) == [6]


def test_list_items_take_the_date_their_header_gives() -> None:
    text = ("The agency published its quarterly survey on Friday.\n\n"
            "As of February 2024, the most displaced people were registered in:\n\n"
            "- Lviv oblast (152,000)\n"
            "- Zakarpattia oblast (98,000)")
    assert months(text) == [2, 2]


def test_this_morning_is_the_day_of_publication() -> None:
    assert whens("Two volunteers were hurt this morning when a drone hit their car.", When(6, 2025, 3)) \
        == [When(6, 2025, 3)]


def test_a_live_blog_entry_of_this_morning_is_not_of_the_month_its_title_reports() -> None:
    article = Article(title="Odesa live: port shelled; April casualty report out",
                      text="A missile struck the port this morning, killing 3 port workers, the governor said.\n",
                      published=dt.date(2025, 5, 6))
    assert [c.month for c in extract(article)] == [5]


def test_said_at_the_time_dates_a_figure_to_the_month_named_before() -> None:
    text = ("The garrison gave up its positions in March 2023 after a long siege. "
            "Moscow said at the time that 1,700 soldiers had been taken prisoner.")
    assert months(text, dt.date(2025, 7, 1)) == [3]
    text = "At the time of writing, 1,700 soldiers were held in camps, the ombudsman said."
    assert months(text, dt.date(2025, 7, 1)) == [7]


def test_a_title_of_two_headlines_is_no_monthly_report_when_the_other_counts_people() -> None:
    article = Article(title="Kharkiv live: glide bomb kills four; March toll published",
                      text="A glide bomb hit a warehouse, and 4 workers were killed, the governor said.\n",
                      published=dt.date(2025, 4, 2))
    assert [c.month for c in extract(article)] == [4]
    article = Article(title="Civilian deaths rose in March; monitors blame glide bombs",
                      text="Glide bombs killed 40 civilians in the Kharkiv region, the monitors said.\n",
                      published=dt.date(2025, 4, 2))
    assert [c.month for c in extract(article)] == [3]


def test_a_body_figure_its_month_headline_counts_keeps_that_month_beside_an_undated_headline() -> None:
    article = Article(title="Russia lost 35,000 in May; Kyiv says 3 killed overnight",
                      text="Russia lost about 35,000 troops, Ukraine's general staff said.\n",
                      published=dt.date(2025, 6, 3))
    assert [c.month for c in extract(article)] == [5]


def test_at_the_time_of_an_event_does_not_date_back_to_the_month_named_before() -> None:
    text = ("The hospital was first shelled in March 2022. "
            "At the time of the strike, 40 patients were inside, and 3 were killed.")
    assert months(text, dt.date(2025, 6, 10))[-1] == 6


def test_said_this_morning_is_when_it_was_said_not_the_day_of_the_figures_dated_in_the_clause() -> None:
    text = "The governor said this morning that 2 people were killed on Saturday and 5 were wounded."
    assert months(text, dt.date(2025, 6, 2)) == [5, 5]  # Saturday is 31 May


def test_a_sentence_that_opens_on_a_day_dates_the_toll_told_next() -> None:
    text = ("Was there a day worse than the others? The 4th of February, the morning the bridge was closed. "
            "We took in 58 wounded before dark.")
    assert months(text) == [2]


def test_the_figure_said_of_an_earlier_one_shares_its_date() -> None:
    text = ("As of 31 January, the agency had registered 4.1 million refugees in Europe. "
            "Aid groups put the figure far higher, at 5 million.")
    assert months(text) == [1, 1]


def test_undated_figures_that_go_on_with_a_dated_account_in_the_article_voice_share_its_date() -> None:
    text = ("As of the end of January, 4.1 million refugees were registered in Europe. "
            "Germany hosted 1.1 million and Poland 950,000.")
    assert months(text) == [1, 1, 1]
    text = ("As of the end of January, 4.1 million refugees were registered in Europe. "
            "The war has displaced 6 million people inside the country.")
    assert months(text) == [1, 3]  # a running total, up to the day of publication


def test_the_figure_said_to_have_changed_since_does_not_take_the_earlier_date() -> None:
    text = ("As of 1 May, 6 million refugees were registered in Europe. "
            "That figure has since risen to 6.5 million.")
    assert months(text, dt.date(2024, 6, 14)) == [5, 6]


def test_a_sentence_opening_on_a_day_that_is_not_a_scene_does_not_date_the_toll_told_next() -> None:
    text = ("On 30 May, Zelensky met allies in Berlin to ask for more air defence. "
            "Shelling wounded two people in Sumy.")
    assert months(text, dt.date(2024, 6, 14)) == [6]
    text = "The 8th of May, Europe remembers the end of the Second World War. Two people were wounded in Sumy."
    assert months(text, dt.date(2024, 6, 14)) == [6]
    text = "The 15th of February, a Thursday, when the withdrawal was prepared. We received 73 wounded in 14 hours."
    assert months(text, dt.date(2024, 3, 15)) == [2]  # the day described in apposition sets the scene


def test_a_date_without_a_year_is_later_than_an_older_dated_event_for_the_reference() -> None:
    text = ("The convoy reached Sumy on 12 September, local time.\n\nThe camp was shelled on 3 March 2022, when "
            "dozens of detainees died.\n")
    assert reference_date(None, text) == When(9, 2022)


def test_a_date_in_an_apposition_about_a_person_does_not_date_the_swap_after_it() -> None:
    article = Article(title="Freed medics return", published=dt.date(2024, 10, 20),
                      text="Oksana, a nurse who was detained in Kherson in May 2022, was among the 90 freed in "
                           "the exchange on Friday.\n")
    assert [(c.value, c.month) for c in extract(article)] == [(90, 10)]


def test_an_undated_second_figure_shares_the_date_of_the_first_in_its_sentence() -> None:
    article = Article(title="Depot blast toll", published=dt.date(2024, 6, 3),
                      text="A missile struck the depot on the night of 30-31 May.\n\n"
                           "According to the regional police, 12 workers were killed and 20 more injured.\n")
    assert [(c.value, c.month) for c in extract(article)] == [(12, 5), (20, 5)]


def test_a_month_a_quoted_speaker_wonders_about_does_not_date_a_figure_after_it() -> None:
    article = Article(title="Villagers weigh leaving", published=dt.date(2025, 5, 14),
                      text='"Where do we go, and what happens in August?" asked Petro.\n\n'
                           "Officials say most who leave register as displaced persons in the city; it has "
                           "registered 40,000 of them since 2022.\n")
    assert [(c.value, c.month) for c in extract(article)] == [(40000, 5)]


def test_a_december_date_without_a_year_beside_a_january_one_with_it_is_of_the_year_before() -> None:
    text = "Power went out on 30 December, residents said.\n\nOn 2 January 2025 the repairs began.\n"
    assert reference_date(None, text) == When(1, 2025)


def test_the_period_a_report_covers_in_a_relative_clause_dates_its_figures() -> None:
    article = Article(title="War news", published=dt.date(2024, 8, 15),
                      text="The UN, in a report which covers the period up to 31 July, said 5,000 civilians had "
                           "been killed.\n")
    assert [(c.value, c.month) for c in extract(article)] == [(5000, 7)]


def test_a_figure_by_the_same_date_shares_the_earlier_figure_month() -> None:
    text = ("As of 31 January, 4.1 million refugees were registered in Europe. "
            "By the same date, 6 million had been recorded worldwide.")
    assert months(text) == [1, 1]


def test_a_since_clause_does_not_run_into_the_date_of_a_new_clause() -> None:
    text = ("Kharkiv has been shelled almost daily since Russian troops were pushed back from the city and on 25 May "
            "a strike on a hardware store killed 19 people.")
    assert months(text, dt.date(2024, 6, 14)) == [5]
