"""extract.filters.is_excluded: figures that are plainly not counts of people."""
from __future__ import annotations

import pytest

from extract.filters import is_excluded
from extract.numbers import find_figures


def excluded(sentence: str, text: str) -> bool:
    """Whether the figure written `text` in the sentence is excluded."""
    figure = next(f for f in find_figures(sentence) if f.text == text)
    return is_excluded(figure, sentence)


@pytest.mark.parametrize("sentence, text", [
    ("A man aged 25 died in hospital.", "25"),
    ("The victims were aged 70 and older.", "70"),
    ("Ivan, 34, a miner from Pokrovsk, was killed.", "34"),
    ("Olena, 54, lost her son in the strike.", "54"),
    ("He was 25 years old when he was captured.", "25"),
])
def test_ages(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


def test_hyphenated_age_is_not_a_figure() -> None:
    sentence = "A 19-year-old conscript was among the dead."
    assert all(is_excluded(f, sentence) for f in find_figures(sentence))


@pytest.mark.parametrize("sentence, text", [
    ("In 2023, the army lost 300 men.", "2023"),
    ("The 2014 war in the east killed 14,000 people.", "2014"),
    ("Fighting in 2022-2023 displaced millions.", "2022-2023"),
])
def test_years(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


def test_year_shaped_count_of_people_is_kept() -> None:
    assert not excluded("Some 2000 soldiers were taken prisoner.", "2000")


@pytest.mark.parametrize("sentence, text", [
    ("The attack came on June 7.", "7"),
    ("On 7 June, 40 people died.", "7"),
    ("Shelling resumed on 3 March.", "3"),
])
def test_dates(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


def test_count_next_to_a_date_is_kept() -> None:
    assert not excluded("On 7 June, 40 people died.", "40")


@pytest.mark.parametrize("sentence, text", [
    ("The siege lasted six weeks.", "six"),
    ("He was held for 18 months.", "18"),
    ("After 300 days of fighting the town fell.", "300"),
    ("The assault went on for 36 hours.", "36"),
])
def test_durations(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("The village lies some 15 miles from the front.", "15"),
    ("The column stopped about 30 km east of the city.", "30"),
    ("A 40-kilometre convoy stalled outside the capital.", "40"),
])
def test_distances(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("Turnout fell 12% from last year.", "12"),
    ("Children made up 40 percent of the dead.", "40"),
    ("Women made up 30 per cent of the evacuees.", "30"),
])
def test_percentages(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("The EU approved $2 billion in aid.", "2 billion"),
    ("Families receive €300 per month.", "300"),
    ("Each evacuee gets UAH 5,000 in support.", "5,000"),
    ("The fund paid out 1,500 hryvnias per child.", "1,500"),
    ("Bread now costs $2 in the city.", "2"),
])
def test_money(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("Russia has lost 3,000 tanks, Kyiv says.", "3,000"),
    ("Overnight, 300 drones were launched at the city.", "300"),
    ("The army fired 2,500 missiles in a month.", "2,500"),
    ("A 10,000-strong force gathered at the border.", "10,000"),
])
def test_equipment_and_units(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("Strikes hit 30 cities overnight.", "30"),
    ("12 villages were shelled on Sunday.", "12"),
    ("There have been 12 rounds of talks.", "12"),
])
def test_counts_of_places_and_events(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence", [
    "It was the 55th exchange of the war.",
    "Kharkiv is the second largest city.",
    "The 3rd Assault Brigade took the village.",
])
def test_ordinals_are_not_figures(sentence: str) -> None:
    assert [f for f in find_figures(sentence) if not is_excluded(f, sentence)] == []


@pytest.mark.parametrize("sentence", [
    "Relatives can call the hotline 1548 for help.",
    "Call +380 44 123 4567 for information about captives.",
])
def test_phone_numbers_and_hotlines(sentence: str) -> None:
    assert all(is_excluded(f, sentence) for f in find_figures(sentence))


def test_footnote_marker() -> None:
    assert excluded("Civilian deaths rose sharply in the south.[5]", "5")


@pytest.mark.parametrize("sentence, text", [
    ("These are the key events on day 1,000 of the war.", "1,000"),
    ("Day 1,000: what we know.", "1,000"),
])
def test_day_numbers(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("Article 5 was invoked.", "5"),
    ("UN Resolution 2202 was ignored.", "2202"),
    ("The mother of three was killed in the strike.", "three"),
])
def test_references_and_family_sizes(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


@pytest.mark.parametrize("sentence, text", [
    ("The strike killed 300 soldiers.", "300"),
    ("Some 1,212 bodies were returned.", "1,212"),
    ("Twelve civilians were hurt.", "Twelve"),
    ("A total of 95 prisoners came home.", "95"),
    ("The 2014 war in the east killed 14,000 people.", "14,000"),
])
def test_counts_of_people_are_kept(sentence: str, text: str) -> None:
    assert not excluded(sentence, text)


def test_clock_time_with_am_pm() -> None:
    assert excluded("The missiles struck at 4 a.m. local time.", "4")


def test_age_range() -> None:
    assert excluded("Men aged between 18 and 60 may not leave.", "18 and 60")


def test_year_span_before_were() -> None:
    assert excluded("Losses in 2022-2023 were the heaviest.", "2022-2023")


def test_spaced_hotline_number() -> None:
    sentence = "The free helpline is 0 800 500 225."
    assert all(is_excluded(f, sentence) for f in find_figures(sentence))


@pytest.mark.parametrize("sentence, text", [
    ("Izium, a town of 20,000 residents before the war, was shelled again.", "20,000"),
    ("Ukraine's army of 800,000 soldiers has lost tens of thousands.", "800,000"),
    ("Some 40% of the 3,000 residents have fled.", "3,000"),
    ("Half of the 300 prisoners were wounded.", "300"),
])
def test_sizes_and_shares_are_not_counts_of_victims(sentence: str, text: str) -> None:
    assert excluded(sentence, text)


def test_equipment_tallies_with_their_daily_increments_are_not_claims() -> None:
    sentence = ("Combat losses so far: personnel - about 891,380 (+1,330) people, "
                "tanks - 10,249 (+5), artillery systems - 23,127 (+35).")
    kept = [f.text for f in find_figures(sentence) if not is_excluded(f, sentence)]
    assert kept == ["891,380", "1,330"]


def test_a_time_phrase_after_the_figure_does_not_make_it_a_count_of_days() -> None:
    from extract.pipeline import extract
    from extract.models import Article
    text = "The army said it had lost 2,100 soldiers in total, including 96 over the past day."
    assert [c.value for c in extract(Article(text=text))] == [2100, 96]


def test_the_number_of_a_group_is_a_count_not_a_phone_number() -> None:
    assert not excluded("By evening the governor had put the number of dead at 31.", "31")


def test_an_age_limit_is_not_a_count() -> None:
    assert excluded("The deal frees every captive under the age of 21 first.", "21")


def test_the_age_of_the_oldest_after_the_youngest_is_not_a_count() -> None:
    assert excluded("Among those freed the youngest was 19 and the oldest 63, the ombudsman said.", "63")


def test_a_phone_word_before_a_verb_of_speech_is_no_phone_number() -> None:
    assert not excluded("Relatives reached by phone said about 30 people were still missing.", "30")


def test_an_age_range_after_aged_from_is_not_a_count() -> None:
    assert excluded("Most of the pupils, aged from six to 15, were moved to a camp.", "six to 15")


def test_a_rate_base_is_not_a_count() -> None:
    assert excluded("Deaths per 100,000 residents were highest in the east.", "100,000")


def test_a_swap_before_a_colon_is_a_count() -> None:
    sentence = "Then it was 75 for 75: every soldier held was handed back."
    figure = find_figures(sentence)[0]
    assert not is_excluded(figure, sentence)


def test_a_duration_before_a_colon_is_not_a_label() -> None:
    assert not excluded("It was the worst week in two months: 52 civilians were killed.", "52")


def test_an_age_limit_on_the_people_named_is_not_a_count() -> None:
    assert excluded("The freed sailors, all under 30, were taken to hospital.", "30")


def test_a_numbered_heading_is_not_a_count() -> None:
    assert excluded("**4. Rescuers killed on duty**", "4")


def test_the_groups_of_a_hyphenated_phone_number_are_not_counts() -> None:
    sentence = "Families of the missing can ring the support line on 8-800-100-45-67."
    assert all(is_excluded(f, sentence) for f in find_figures(sentence))


def test_a_year_after_since_is_not_a_count_even_before_had() -> None:
    assert excluded("He said 300 recruits who joined the unit since 2023 had been wounded.", "2023")


def test_world_war_two_is_a_name_not_a_count() -> None:
    assert excluded("Thousands fled, in the largest exodus from the city since World War Two.", "Two")


def test_paragraph_numbers_are_not_counts() -> None:
    assert excluded("(Updates with reaction from Kyiv, paragraphs 5-7)", "5-7")


def test_named_place_before_a_place_label_is_kept() -> None:
    assert not excluded("- Kherson city - 10", "10")


def test_place_label_alone_is_still_a_count_of_places() -> None:
    assert excluded("Settlements hit: cities - 10", "10")


def test_size_of_each_group_is_not_a_count() -> None:
    assert excluded("The attackers move in teams of five, mostly at night, a sergeant said.", "five")


def test_a_day_listed_before_other_days_of_a_month_is_a_date() -> None:
    sentence = "Drone strikes on the port on 4, 11 and 19 March wounded 23 dock workers."
    assert excluded(sentence, "4") and excluded(sentence, "11") and not excluded(sentence, "23")


def test_a_year_after_a_season_of_is_a_year() -> None:
    assert excluded("Officers said the winter of 2023 had been the hardest on the unit.", "2023")


def test_a_ratio_to_one_is_not_a_count() -> None:
    assert excluded("Medics say the injured outnumber the dead by roughly four to one in trench fighting.", "four")


def test_cases_of_people_are_people() -> None:
    assert not excluded("Monitors recorded 230 cases of civilians abducted from their homes last year.", "230")


def test_the_size_of_plural_populations_is_no_count_of_people_harmed() -> None:
    sentence = "Villages with populations of under 2,000 people have buried a dozen men each since the autumn."
    assert excluded(sentence, "2,000")


def test_an_age_a_law_is_lowered_to_is_no_count() -> None:
    assert excluded("Parliament voted to lower the conscription age to 23 after a long debate.", "23")


def test_a_groups_membership_is_no_count_of_people_harmed() -> None:
    sentence = "A Telegram channel that has about 15,000 members shares photos of the missing."
    assert excluded(sentence, "15,000")


def test_a_fraction_is_no_count() -> None:
    assert excluded("Three quarters of the evacuees have found work in their new towns.", "Three")


def test_a_count_before_and_a_date_is_no_day_of_that_month() -> None:
    assert not excluded("Russian drones killed 4, and 9 June was quieter, officials said.", "4")
    assert excluded("Strikes on 6 and 17 June killed 12 people, officials said.", "6")


def test_lost_to_one_weapon_is_a_count_not_a_ratio() -> None:
    assert not excluded("The unit lost 40 to one artillery barrage near Bakhmut, a commander said.", "40")


def test_a_persons_age_said_of_him_is_no_count() -> None:
    sentence = "Her brother was 31 when he was mobilised, and he is 33 now."
    assert excluded(sentence, "31")
    assert excluded(sentence, "33")


def test_the_strength_of_a_unit_is_no_count_of_people_harmed() -> None:
    assert excluded("Only 40 soldiers from a battalion of 500 came back unhurt, the officer said.", "500")


def test_a_count_of_buildings_is_no_count() -> None:
    assert excluded("The drone hit three apartment blocks on the eastern edge of the city.", "three")


def test_a_toll_for_a_unit_is_a_count() -> None:
    assert not excluded("The attack raised the death toll for the brigade to 200 since the start of the war.", "200")


def test_apartment_residents_are_people() -> None:
    assert not excluded("Five apartment residents were injured in the strike, the mayor said.", "Five")


def test_a_phone_number_starting_with_zero_is_no_count() -> None:
    sentence = "Families of the missing can call the free line on 0 800 123 456 at any hour."
    assert all(is_excluded(f, sentence) for f in find_figures(sentence))


def test_an_age_after_a_person_noun_in_apposition() -> None:
    assert excluded("One medic, 31, was hit by shrapnel while loading a stretcher.", "31")


def test_older_than_gives_an_age() -> None:
    assert excluded("Most of the volunteers who died were older than 50 when they enlisted.", "50")


def test_people_a_report_interviewed_are_its_sources() -> None:
    assert excluded("The monitors based their findings on interviews with 40 former detainees and relatives.", "40")


def test_later_ages_in_a_list_after_aged_are_no_counts() -> None:
    sentence = "Three pensioners, aged 68, 74 and 81, were hurt when the shell hit their block."
    assert excluded(sentence, "74") and excluded(sentence, "81")
    assert not excluded(sentence, "Three")


def test_a_figure_sharing_the_currency_of_the_amount_before_is_no_count() -> None:
    sentence = "Evacuees get a one-off grant of 5,000 hryvnias, or 6,500 for families with infants."
    assert excluded(sentence, "6,500")
    assert not excluded("The fund paid 5,000 hryvnias, and 6,500 people have applied so far.", "6,500")


def test_an_age_stated_in_a_relative_clause_is_no_count() -> None:
    assert excluded("Mykola, who is now 71 and lives alone, remembers the names of the dead.", "71")


def test_what_things_are_numbered_up_to_is_no_count() -> None:
    assert excluded("The burial plots carried only tags, with tags numbered up to 240 along the fence.", "240")


def test_an_age_after_a_name_at_the_end_of_a_sentence_is_no_count() -> None:
    assert excluded('"We left at night," said one of the volunteers, Serhii, 29.', "29")
    assert not excluded("Wounded by town: Sumy, 12.", "12")


def test_a_figure_with_its_own_verb_after_a_distance_is_a_count() -> None:
    assert not excluded("The column advanced 30 km, and 200 were captured, the Russian defence ministry said.", "200")
    assert excluded("Evacuees get a one-off grant of 5,000 hryvnias, or 6,500 for families with infants.", "6,500")


def test_a_final_name_and_figure_without_a_person_noun_is_no_age() -> None:
    assert not excluded("The number of civilians killed in the strike rose to, according to Reuters, 14.", "14")
    assert not excluded("Of those wounded, most were in the two districts hit hardest, officials said: Saltivskyi, 21.",
                        "21")
    assert excluded('"We left at night," said one of the volunteers, Serhii, 29.', "29")


def test_what_body_bags_number_is_a_count() -> None:
    assert not excluded("The body bags numbered more than 440, the police said of the mass grave near Izium.", "440")


def test_days_joined_by_and_before_a_month_are_dates() -> None:
    assert excluded("The city council set aside 14 and 15 August as days of remembrance.", "14")


def test_the_same_number_of_things_refers_back() -> None:
    assert excluded("Last spring the same three newspapers counted 9,000 dead.", "three")


def test_a_factor_of_is_a_ratio() -> None:
    assert excluded("Analysts believe the injured exceed the killed by a factor of four.", "four")


@pytest.mark.parametrize("sentence, text", [
    ("A later inquiry put the number at about 300.", "300"),
    ("Local officials now put the number close to 90.", "90"),
])
def test_a_number_put_at_a_figure_is_no_phone_number(sentence: str, text: str) -> None:
    assert not excluded(sentence, text)


def test_the_same_number_of_people_in_a_new_event_is_a_count() -> None:
    assert not excluded("The same 40 marines were returned home in Friday's swap, Zelensky said.", "40")
