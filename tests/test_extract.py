"""extract(): whole-article behaviour on short articles written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.models import Article, Claim
from extract.pipeline import extract

PUBLISHED = dt.date(2024, 6, 14)


def claims(text: str, include_vague: bool = False) -> list[Claim]:
    return extract(Article(text=text, published=PUBLISHED), include_vague=include_vague)


def one(text: str) -> Claim:
    found = claims(text)
    assert len(found) == 1, [(c.value, c.category) for c in found]
    return found[0]


def shape(claim: Claim) -> tuple[str, str | None, str | None]:
    return claim.category, claim.side, claim.population


@pytest.mark.parametrize("text, expected", [
    ("A Russian missile hit a crowded market in Kostiantynivka on Wednesday, killing 16 people.",
     ("killed", "ukraine", "civilian")),
    ("Forty-two civilians were injured in the overnight drone attack on Odesa, according to the State "
     "Emergency Service.", ("wounded", "ukraine", "civilian")),
    ("Ukraine's General Staff said on Tuesday that 1,150 Russian soldiers had been killed or wounded over the "
     "past day.", ("casualties", "russia", "military")),
    ("The ombudsman Dmytro Lubinets said 35,000 Ukrainian soldiers were listed as missing.",
     ("missing", "ukraine", "military")),
    ("Ukraine's military said 600 Russian soldiers had been captured in the Kursk region since August.",
     ("captured", "russia", "military")),
    ("Russia and Ukraine swapped 95 prisoners of war on each side on Thursday, the UAE foreign ministry said.",
     ("prisoners_exchanged", "both", "military")),
    ("Ukraine received the bodies of 757 fallen soldiers on Friday, the Coordination Headquarters said.",
     ("bodies_returned", "ukraine", "military")),
    ("Some 1,200 bodies of Russian soldiers remain unclaimed in Ukrainian morgues, an official said.",
     ("bodies_held", "russia", "military")),
    ("More than 6 million Ukrainians have fled abroad since the invasion, the UN refugee agency said.",
     ("displaced", "ukraine", "civilian")),
])
def test_category_side_and_population(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert shape(one(text)) == expected


def test_killed_or_wounded_is_casualties() -> None:
    claim = one("Western officials estimate that 70,000 Russian troops have been killed or wounded near Bakhmut.")
    assert claim.category == "casualties"


def test_on_each_side_is_both() -> None:
    claim = one("About 70,000 soldiers on each side have been killed, Western officials estimate.")
    assert (claim.side, claim.qualifier) == ("both", "approx")


def test_civilians_are_counted_with_ukraine() -> None:
    claim = one("A Russian strike on a hospital in Kyiv killed 33 civilians, the city's military administration said.")
    assert (claim.side, claim.population) == ("ukraine", "civilian")


def test_civilians_in_russia_are_counted_with_russia() -> None:
    claim = one("Ukrainian shelling killed 14 civilians in Belgorod on Saturday, the regional governor said.")
    assert (claim.side, claim.population, claim.place) == ("russia", "civilian", "Belgorod")


def test_wagner_fighters_are_russia() -> None:
    claim = one("Yevgeny Prigozhin said 20,000 Wagner fighters had died in the battle for Bakhmut.")
    assert shape(claim) == ("killed", "russia", "military")
    assert claim.claimant == "Prigozhin"
    assert claim.place == "Bakhmut"


def test_dpr_forces_are_russia() -> None:
    claim = one("Separatist DPR forces lost 4,100 fighters killed in the first year, their leaders said.")
    assert claim.side == "russia"


def test_equal_swap_counts_both_sides() -> None:
    claim = one("Russia and Ukraine swapped 115 for 115 prisoners of war on Saturday.")
    assert (claim.value, claim.category, claim.side) == (115, "prisoners_exchanged", "both")


def test_part_and_whole_bodies_are_two_claims() -> None:
    text = ("Investigators have now exhumed 502 bodies from mass graves in the east, 397 of them from the "
            "Donetsk region, the prosecutor's office said.")
    found = {c.value: c for c in claims(text)}
    assert set(found) == {502, 397}
    assert found[397].place == "Donetsk region"


def test_part_and_whole_civilians_and_children_are_two_claims() -> None:
    text = "At least 5,000 civilians, including 210 children, have been killed in the region, the UN said."
    found = {c.value: c for c in claims(text)}
    assert set(found) == {5000, 210}
    assert found[5000].qualifier == "at_least" and found[210].qualifier == "exact"
    assert all(c.category == "killed" and c.claimant == "UN" for c in found.values())


def test_repeated_figure_is_one_claim() -> None:
    text = ("Ukraine received the remains of 909 soldiers on Friday, the Coordination Headquarters said.\n"
            "The 909 bodies were taken to Kyiv for identification, the headquarters added.")
    found = claims(text)
    assert [c.value for c in found] == [909]


def test_rounded_headline_merges_into_the_exact_figure() -> None:
    text = ("More than 1.2K bodies returned to Ukraine\n"
            "Ukraine has received the remains of 1,212 soldiers killed in the war, the Coordination "
            "Headquarters said on Friday.")
    found = claims(text)
    assert [c.value for c in found] == [1212]
    assert found[0].category == "bodies_returned"


def test_different_figures_for_different_things_are_kept() -> None:
    text = "The strike on Chernihiv killed 17 people and injured 61, the regional governor said."
    found = sorted((c.value, c.category) for c in claims(text))
    assert found == [(17, "killed"), (61, "wounded")]


def test_page_furniture_gives_no_claims() -> None:
    text = ("Support our newsroom\n"
            "Donate now to help us report on the 300 journalists killed worldwide.\n"
            "Read also:\n"
            "Russia claims 500 Ukrainian soldiers died near Bakhmut\n"
            "Subscribe to our newsletter\n"
            "Advert\n")
    assert claims(text) == []


def test_furniture_after_the_article_gives_no_claims() -> None:
    text = ("Russian shelling killed 4 people in Kharkiv on Monday, the regional governor said.\n"
            "A Message from the Editors\n"
            "Our reporters have covered the deaths of 10,000 civilians. Please support us.\n")
    assert [c.value for c in claims(text)] == [4]


def test_not_claims_give_nothing() -> None:
    text = ("Russia has lost 3,000 tanks since the invasion began in 2022, Kyiv said. "
            "A 19-year-old was driving 15 miles to the front when the convoy was hit. "
            "The EU approved $2 billion in aid on June 7, and 40 percent of it is for air defence.")
    assert claims(text) == []


def test_vague_amounts_are_left_out_by_default() -> None:
    assert claims("Hundreds of civilians were killed in the siege of Mariupol, residents said.") == []


def test_vague_amounts_come_back_when_asked() -> None:
    found = claims("Tens of thousands of civilians have fled the region, officials said.", include_vague=True)
    assert [(c.value, c.category, c.vague, c.qualifier) for c in found] == [(10_000, "displaced", True, "at_least")]


def test_excerpt_is_the_sentence_and_offsets_point_at_it() -> None:
    text = "The war goes on. Russian shelling killed 9 people in Kherson, the governor said. Rescue work continues."
    [claim] = claims(text)
    assert claim.excerpt == "Russian shelling killed 9 people in Kherson, the governor said."
    assert text[claim.start:claim.end] == claim.excerpt


def test_range_through_extract() -> None:
    claim = one("Between 150 and 300 Ukrainian soldiers are still in captivity at Olenivka, Kyiv said.")
    assert (claim.qualifier, claim.value, claim.low, claim.high) == ("range", 150, 150, 300)


def test_up_to_through_extract() -> None:
    text = ("Police have registered 2,300 people as missing in the region. "
            "Up to 950 soldiers may also be missing, officials believe.")
    found = {c.value: (c.qualifier, c.category) for c in claims(text)}
    assert found == {2300: ("exact", "missing"), 950: ("at_most", "missing")}


def test_just_under_part_of_previous_figure() -> None:
    text = ("Police have registered 2,300 people as missing in the region. "
            "Just under 500 of those on the register are children.")
    found = {c.value: (c.qualifier, c.category) for c in claims(text)}
    assert found.get(500) == ("at_most", "missing")


def test_still_held_in_a_camp_is_captured() -> None:
    claim = one("About 300 Ukrainian soldiers are still held in the Olenivka camp, Kyiv said.")
    assert claim.category == "captured"


def test_region_list_gives_a_claim_per_region() -> None:
    text = ("Ukraine received 757 bodies on Friday, the Coordination Headquarters said. Most came from "
            "Donetsk Region (443), Zaporizhzhia Region (142) and Kharkiv Region (58).")
    found = {c.value: c for c in claims(text)}
    assert {v: found[v].place for v in (443, 142, 58)} == {443: "Donetsk Region", 142: "Zaporizhzhia Region",
                                                           58: "Kharkiv Region"}
    assert all(found[v].category == "bodies_returned" for v in (757, 443, 142, 58))


def test_the_whole_does_not_take_the_parts_place() -> None:
    text = ("Investigators have now exhumed 502 bodies from mass graves in the east, 397 of them from the "
            "Donetsk region, the prosecutor's office said.")
    found = {c.value: c for c in claims(text)}
    assert found[502].place is None


def test_country_admitting_its_own_losses() -> None:
    assert one("Russia said it had lost 5,937 soldiers in the war.").side == "russia"


def test_handed_over_bodies_are_exact() -> None:
    assert one("Russia handed over 6,000 bodies to Ukraine on Friday, Kyiv said.").qualifier == "exact"


def test_population_of_a_town_is_not_a_claim() -> None:
    text = "Izium, a town of 20,000 residents before the war, lost at least 440 people, local officials said."
    assert [c.value for c in claims(text)] == [440]


def test_injuries_are_a_count_of_the_wounded() -> None:
    claims = extract(Article(text="Monitors recorded 35 civilian deaths and 140 injuries in the region in March."))
    assert [(c.value, c.category) for c in claims] == [(35, "killed"), (140, "wounded")]


@pytest.mark.parametrize("text", [
    "In the first week of the invasion, up to 80,000 people a day were crossing into Romania.",
    "Some 3,400 residents of the border villages are living in temporary accommodation in Kursk.",
])
def test_words_of_sheltering_people_from_the_war_mark_the_displaced(text: str) -> None:
    assert one(text).category == "displaced"


def test_a_sentence_that_names_another_count_does_not_carry_on_the_toll_before() -> None:
    text = ("The commander said about 9,000 of his fighters had been killed. "
            "He put the total number of recruits he had signed up at 40,000.")
    assert [c.value for c in claims(text)] == [9000]


def test_soldiers_and_civilians_together_have_no_population() -> None:
    claim = one("Some 4,200 Ukrainian servicemen and civilians remain in Russian captivity, the ombudsman said.")
    assert (claim.category, claim.side, claim.population) == ("captured", "ukraine", None)


def test_captives_named_by_nationality_have_no_population() -> None:
    claim = one("Moscow still holds roughly 6,500 Ukrainians in captivity, including many from Kherson, "
                "the human rights commissioner said.")
    assert (claim.category, claim.population) == ("captured", None)


def test_running_total_of_freed_prisoners_takes_no_population_from_the_days_swap() -> None:
    text = ("Kyiv and Moscow traded 90 prisoners of war each on Tuesday. "
            "Qatar said the deal brought the number of captives freed through its talks to 1,420.")
    found = {c.value: c for c in claims(text)}
    assert found[90].population == "military"
    assert found[1420].population is None


def test_volunteers_name_no_population_of_their_own() -> None:
    text = ("The monitors have confirmed the deaths of 4,000 soldiers of Russia's army since spring. "
            "Volunteers who signed contracts last year account for 1,500 of the names.")
    found = {c.value: c for c in claims(text)}
    assert found[1500].population == "military"


def test_a_whole_whose_larger_part_names_a_population_has_none() -> None:
    claim = one("The national register now lists some 52,000 people as missing, most of them servicemen, "
                "the commissioner said.")
    assert (claim.category, claim.population) == ("missing", None)


def test_residents_on_the_wartime_register_of_the_missing_have_no_population() -> None:
    claim = one("The regional administration said 640 residents of Chernihiv region are missing under "
                "special circumstances.")
    assert (claim.category, claim.side, claim.population) == ("missing", "ukraine", None)


def test_a_sides_casualties_are_military() -> None:
    claim = one("Western analysts estimate that Russia suffered about 30,000 casualties in March alone.")
    assert (claim.category, claim.side, claim.population) == ("casualties", "russia", "military")


def test_a_sources_breakdown_keeps_its_own_side_after_the_other_sides_figure() -> None:
    text = ("The remains of 600 Ukrainian soldiers were handed over to Ukraine on Tuesday, the Coordination "
            "Headquarters said.\n\n"
            "Russia's defence ministry said it received the bodies of 25 Russian soldiers.\n\n"
            "According to the Coordination Headquarters, the remains were recovered as follows:\n\n"
            "- 350 from the Pokrovsk direction;\n"
            "- 250 from morgues in Russia.")
    found = {c.value: c for c in claims(text)}
    assert found[25].side == "russia"
    assert (found[350].side, found[250].side) == ("ukraine", "ukraine")


def test_a_country_that_hides_its_own_dead_in_the_lede_gives_the_side_of_a_bare_toll() -> None:
    text = ("Moscow has never said how many of its soldiers have died in the war.\n\n"
            "A leaked ministry memo put the death toll at 9,500 by the end of the first year.")
    assert one(text).side == "russia"


def test_a_side_named_as_the_other_party_of_a_handover_is_not_whose_people() -> None:
    claim = one("The Russian side handed over 500 bodies on Friday, Kyiv said.")
    assert (claim.category, claim.side) == ("bodies_returned", "ukraine")


def test_servicemen_of_a_countrys_armed_forces_are_its_people() -> None:
    claim = one("Moscow's defence ministry said 30 servicemen of the Armed Forces of Ukraine had surrendered "
                "near Kupiansk.")
    assert (claim.category, claim.side) == ("captured", "ukraine")


def test_losses_inflicted_on_a_sides_units_are_that_sides() -> None:
    text = ("Kyiv said 1,100 Russian soldiers had been killed or wounded over the past day. "
            "Moscow's defence ministry said its units had inflicted losses of up to 280 servicemen on "
            "Ukrainian brigades.")
    found = {c.value: c for c in claims(text)}
    assert (found[1100].side, found[280].side) == ("russia", "ukraine")


def test_bodies_a_country_receives_are_its_own_people() -> None:
    text = ("Kyiv returned the bodies of 40 Russian soldiers on Monday. "
            "The number of bodies Ukraine has received this month rose to 1,900, the headquarters said.")
    found = {c.value: c for c in claims(text)}
    assert (found[40].side, found[1900].side) == ("russia", "ukraine")


def test_residents_of_a_region_are_the_side_of_the_country_it_lies_in() -> None:
    claim = one("The federal register now lists 300 residents of the Belgorod region as missing under special "
                "circumstances.")
    assert (claim.side, claim.population) == ("russia", None)


def test_bodies_handed_back_by_a_country_are_the_other_sides() -> None:
    claim = one("Around 900 unidentified bodies of soldiers returned by Russia are still being held in morgues "
                "near Kyiv.")
    assert (claim.category, claim.side) == ("bodies_held", "ukraine")


def test_peoples_militia_is_russia() -> None:
    claim = one("The Luhansk ombudsman said 1,240 fighters of the People's Militia had been killed this year.")
    assert claim.side == "russia"


def test_people_who_speak_are_not_the_population_counted() -> None:
    text = ("Independent researchers now count at least 95,000 Russian servicemen killed in the war. "
            "A group of volunteers has verified 61,000 names from obituaries.")
    found = {c.value: c for c in claims(text)}
    assert (found[61000].side, found[61000].population) == ("russia", "military")


def test_a_number_that_has_fallen_is_not_a_death_toll() -> None:
    claim = one("The number of people displaced inside the country has fallen to about 3.5 million, the IOM said.")
    assert claim.category == "displaced"


def test_the_opening_sentence_tells_whose_dead_an_unqualified_figure_counts() -> None:
    text = ("An explosion at a detention centre in occupied Donetsk has killed Ukrainian prisoners of war.\n\n"
            "The occupation authorities said 23 inmates died in the blast.")
    claim = one(text)
    assert (claim.side, claim.population) == ("ukraine", "military")


def test_a_demonym_in_another_clause_is_not_the_figures_side() -> None:
    claim = one("In Kupiansk, which Russian troops now shell daily, about 400 residents were evacuated last week.")
    assert (claim.category, claim.side) == ("displaced", "ukraine")


def test_the_attackers_demonym_is_not_the_side_of_the_casualties() -> None:
    claim = one("Russian shelling of Nikopol left 11 casualties overnight, the regional governor said.")
    assert (claim.side, claim.population) == ("ukraine", "civilian")


def test_a_status_label_gives_way_to_the_verb_of_its_clause() -> None:
    claim = one("Roughly 1,100 soldiers registered as missing in action are in fact in captivity in Russia, "
                "the commissioner said.")
    assert claim.category == "captured"


def test_an_officials_region_gives_way_to_the_town_the_article_is_about() -> None:
    text = "The governor of the Donetsk region said 14 people had been killed in the strike on the station."
    found = extract(Article(text=text, title="Missile strike on Kramatorsk station", published=PUBLISHED))
    assert [(c.value, c.place) for c in found] == [(14, "Kramatorsk")]


def test_scraped_text_without_a_title_takes_its_place_from_the_headline_it_opens_on() -> None:
    text = ("Glide bombs hit Zaporizhzhia suburbs overnight\n"
            "Rescuers said on Sunday that nine people had been killed and 30 wounded in the attack.")
    found = extract(Article(text=text, published=PUBLISHED))
    assert [(c.value, c.place) for c in found] == [(9, "Zaporizhzhia"), (30, "Zaporizhzhia")]


def test_a_headline_figure_repeated_in_the_body_is_the_bodys_claim() -> None:
    text = ("Kyiv says 84 civilians killed in Russian strikes this week\n"
            "Ukraine's prosecutor general said on Sunday that 84 civilians had been killed in Russian strikes "
            "over the past seven days.")
    found = extract(Article(text=text, published=PUBLISHED))
    assert [(c.value, c.claimant) for c in found] == [(84, "Ukraine's prosecutor general")]


def test_an_officials_region_is_the_place_when_nothing_narrower_is_known() -> None:
    claim = one("Sumy's governor said 7 residents had been wounded by the shelling on Tuesday.")
    assert claim.place == "Sumy"


def test_a_figure_takes_the_place_of_the_fighting_told_just_before() -> None:
    text = ("Russian troops pressed their assault near Kupiansk on Monday, the ministry said. "
            "The enemy lost up to 85 servicemen and two armoured vehicles, it added.")
    assert one(text).place == "Kupiansk"


def test_a_part_of_the_dead_named_by_who_they_were_is_dead_too() -> None:
    text = "A glide bomb hit a bus near Nikopol, killing 12 passengers, five of them pensioners, and wounding 30 others."
    found = {c.value: c.category for c in claims(text)}
    assert found == {12: "killed", 5: "killed", 30: "wounded"}


def test_a_part_that_names_its_own_category_keeps_it() -> None:
    text = "Analysts put Russia's casualties in the offensive at 60,000, including 15,000 dead."
    found = {c.value: c.category for c in claims(text)}
    assert found == {60000: "casualties", 15000: "killed"}


def test_a_bare_figure_takes_the_category_of_its_own_verb() -> None:
    text = "Eight people died and 41 have been injured, the mayor of Sumy said on Tuesday."
    found = {c.value: c.category for c in claims(text)}
    assert found == {8: "killed", 41: "wounded"}


def test_a_figure_with_more_after_it_takes_its_own_verb() -> None:
    text = "Three residents were killed and 19 more were hurt in the shelling of Nikopol, the governor said."
    found = {c.value: c.category for c in claims(text)}
    assert found == {3: "killed", 19: "wounded"}


def test_a_figure_with_no_noun_does_not_take_a_noun_from_the_next_clause() -> None:
    text = "On Monday the ministry raised the toll of the dead to 31 and cut the number of injured to 60."
    found = {c.value: c.category for c in claims(text)}
    assert found == {31: "killed", 60: "wounded"}


def test_a_spaced_hyphen_ends_the_noun_phrase() -> None:
    from extract.heads import analyse
    from extract.numbers import find_figures
    sentence = "Police said 14 - several of them wounded - were taken to a shelter in Kherson."
    figure = find_figures(sentence)[0]
    assert analyse(figure, sentence, len(sentence)).category is None


def test_prisoners_traded_each_count_both_sides() -> None:
    claim = one("The two armies swapped 250 prisoners each on Friday in a deal brokered by Qatar.")
    assert (claim.category, claim.side) == ("prisoners_exchanged", "both")


def test_detainees_freed_from_the_two_countries_count_both_sides() -> None:
    claim = one("The Vatican said its envoys had so far freed 900 detainees from the two countries.")
    assert (claim.category, claim.side, claim.population) == ("prisoners_exchanged", "both", None)


def test_people_brought_back_from_russian_captivity_are_ukraines() -> None:
    claim = one("Kyiv has returned 3,100 people from Russian captivity since the spring, the ombudsman said.")
    assert (claim.category, claim.side) == ("prisoners_exchanged", "ukraine")


def test_freed_prisoners_with_no_word_of_who_they_are_have_no_population() -> None:
    text = ("Relatives waited outside a hospital in Chernihiv for 40 civilians freed last month. "
            "On Friday Ukraine received 75 prisoners in another swap, officials said.")
    found = {c.value: c for c in claims(text)}
    assert found[40].population == "civilian"
    assert found[75].population is None


def test_a_swap_given_as_n_for_n_has_no_population() -> None:
    claim = one("The exchange, carried out as 103 for 103, was the fourth this summer, officials said.")
    assert (claim.category, claim.side, claim.population) == ("prisoners_exchanged", "both", None)


def test_a_part_that_names_a_population_leaves_the_whole_mixed() -> None:
    text = "The police register lists 3,400 residents of the region as missing, 1,900 of them civilians."
    found = {c.value: c.population for c in claims(text)}
    assert found == {3400: None, 1900: "civilian"}


def test_the_part_of_a_two_sided_swap_from_one_region_is_that_sides() -> None:
    text = ("Kyiv and Moscow freed 120 prisoners of war each on Saturday. "
            "Among them, nine servicemen from Chernihiv region came home, the regional governor said.")
    found = {c.value: c for c in claims(text)}
    assert found[120].side == "both"
    assert found[9].side == "ukraine"


def test_a_nationality_before_a_bare_figure_names_whose_people_it_counts() -> None:
    text = ("Moscow said 200 Russian servicemen were freed in the swap on Friday. "
            "It put the number of Ukrainians handed over at 190.")
    found = {c.value: c for c in claims(text)}
    assert found[200].side == "russia"
    assert (found[190].category, found[190].side) == ("prisoners_exchanged", "ukraine")


def test_captives_released_through_a_mediators_efforts_count_both_sides() -> None:
    claim = one("Turkey said 1,150 captives had now been released through its mediation.")
    assert claim.side == "both"


def test_a_commanders_own_losses_and_the_enemys_in_his_words() -> None:
    text = ("**How have the Russian assaults near Kupiansk changed?**\n\n"
            "\"In March I lost nine men killed. On our hill they lose 40 people a day, killed or wounded,\" "
            "the company commander said.")
    found = {c.value: c for c in claims(text)}
    assert shape(found[9]) == ("killed", "ukraine", "military")
    assert shape(found[40]) == ("casualties", "russia", "military")


def test_a_quoted_officials_own_losses_are_not_counted_as_the_enemys() -> None:
    text = ("Ukrainian forces have pulled back from two villages near Siversk. "
            "\"We lost 30 soldiers there in one week,\" the Ukrainian brigade spokesman said.")
    assert one(text).side != "russia"


def test_a_bare_figure_after_a_speaker_takes_its_own_verb() -> None:
    assert one("The mayor of Odesa said 4 were injured.").category == "wounded"


def test_a_swap_through_a_mediator_counts_the_side_that_brought_people_home() -> None:
    claim = one("Kyiv brought home 95 prisoners of war through the mediation of Qatar, officials said.")
    assert claim.side == "ukraine"


def test_hosting_people_is_not_displacement() -> None:
    assert claims("A community centre in Lviv is hosting 40 volunteers this weekend.") == []


def test_a_figure_first_list_item_counts_what_follows_its_dash() -> None:
    text = "- **About 60** — villagers evacuated from the river bank near Vovchansk on Monday"
    assert (one(text).value, one(text).category) == (60, "displaced")


def test_deported_children_are_displaced_even_where_their_return_is_sought() -> None:
    text = ("Officials in Kyiv named 212 children they say were deported to Crimea and whose return "
            "they will raise at the talks.")
    assert one(text).category == "displaced"


def test_taken_into_captivity_is_captured() -> None:
    text = "Some 900 marines who ran out of ammunition were taken into captivity near the port, the army said."
    assert one(text).category == "captured"


def test_people_who_have_left_a_city_are_displaced() -> None:
    text = "Since spring, about 4,000 people have left the shelled suburbs of Nikopol, the mayor said."
    assert one(text).category == "displaced"


def test_drones_counted_of_which_are_not_people() -> None:
    text = "Russia fired 48 drones at Odesa overnight, 40 of which were destroyed by air defences."
    assert claims(text) == []


def test_a_figure_followed_by_a_pronoun_continues_the_figure_before() -> None:
    text = ("The ministry said it had received 410 bodies since June, compared with 52 it had handed "
            "over to Moscow.")
    assert [(c.value, c.category) for c in claims(text)] == [(410, "bodies_returned"), (52, "bodies_returned")]


def test_a_part_introduced_by_among_them_are_is_of_the_whole() -> None:
    text = "At least 640 civilians have been killed in the region this year. Among them are 48 children."
    assert [(c.value, c.category) for c in claims(text)] == [(640, "killed"), (48, "killed")]


def test_people_trapped_in_a_city_are_not_displaced() -> None:
    text = ("Buses have evacuated some families, but officials say around 20,000 people remain trapped in the "
            "encircled town.")
    assert claims(text) == []


def test_a_bare_swap_is_an_exchange() -> None:
    assert one("Last spring it was 90 for 90.").category == "prisoners_exchanged"


def test_evacuees_are_civilians_though_the_sentence_names_troops() -> None:
    text = ("Some 9,500 people have been moved out of border villages in the Belgorod region, the governor said, "
            "as Ukrainian troops shelled the area.")
    assert one(text).population == "civilian"


def test_prisoners_killed_are_prisoners_of_war() -> None:
    text = "Moscow said 31 Russian prisoners died when the detention camp near Kharkiv was shelled."
    assert shape(one(text)) == ("killed", "russia", "military")


def test_a_figure_whose_predicate_names_its_people_takes_that_population() -> None:
    text = ("The governor said 140 of those killed in the occupation were civilians and 20 were Ukrainian "
            "soldiers.")
    assert [(c.value, c.population) for c in claims(text)] == [(140, "civilian"), (20, "military")]


def test_a_single_soldier_is_not_the_population_of_a_figure_of_many() -> None:
    text = "A glide bomb hit a funeral for a local soldier in the village and killed 23 people."
    assert one(text).population == "civilian"


def test_a_speaker_named_by_demonym_is_not_the_side_of_the_dead() -> None:
    text = ("Kyiv said 20 Ukrainian prisoners of war had been killed in the blast. Officials of the self-styled "
            "Luhansk People's Republic had spoken of 18 dead.")
    assert [(c.value, c.side) for c in claims(text)] == [(20, "ukraine"), (18, "ukraine")]


def test_its_soldiers_are_the_subject_countrys() -> None:
    text = ("Both countries freed captives on Monday: Kyiv said 95 people came home, while Russia said 97 of "
            "its soldiers had been returned.")
    assert [(c.value, c.side) for c in claims(text)][-1] == (97, "russia")


def test_losses_on_both_sides_before_the_figure_count_both_sides() -> None:
    text = "Analysts believe that total losses on both sides could top 700,000 by the end of the year."
    assert one(text).side == "both"


def test_a_lede_about_one_country_gives_the_side_of_men_named_by_no_demonym() -> None:
    text = ("Recruitment has become the hardest task of Ukraine's army command this year. A battalion commander "
            "said 37 men from his unit had been killed since March.")
    assert one(text).side == "ukraine"


def test_prisoners_killed_in_a_jail_with_no_demonym_are_not_called_soldiers() -> None:
    text = ("Glide bombs struck a penal colony near Zaporizhzhia, and 14 prisoners were killed, the regional "
            "governor said.")
    assert one(text).population != "military"


def test_soldiers_back_at_their_units_are_not_an_exchange() -> None:
    assert claims("Commanders say some 4,000 soldiers have returned to their units after the amnesty.") == []


def test_a_cue_past_a_later_figure_is_not_the_first_figures() -> None:
    text = ("The governor said about 900 people had lived in the village before the war, and that "
            "one in four residents had been killed since.")
    assert 900 not in [c.value for c in claims(text)]


def test_a_part_after_its_whole_still_takes_the_cue_past_it() -> None:
    text = "Rights monitors say more than 800 civilians, 60 of them children, died in the district last year."
    assert [(c.value, c.category) for c in claims(text)] == [(800, "killed"), (60, "killed")]


def test_prisoners_taken_far_from_a_word_of_harm_are_captured() -> None:
    text = ("Around 150 enemy soldiers were killed and 400 wounded in the assault, the brigade said on Sunday, "
            "adding that its men had also taken three of them prisoner.")
    assert [(c.value, c.category) for c in claims(text)][-1] == (3, "captured")


def test_a_part_of_a_whole_named_without_a_figure_takes_its_own_sentences_verb() -> None:
    text = ("Border guards said 40 detained migrants were on the bus being taken to a camp. "
            "They said everyone on board was killed, including two crew members.")
    assert [(c.value, c.category) for c in claims(text)][-1] == (2, "killed")


def test_a_figure_after_a_clause_break_takes_the_verb_of_its_own_clause() -> None:
    text = ("The officer said 12 men from his platoon had been killed, and that about 300 soldiers who served "
            "under him over the years had been wounded.")
    assert [(c.value, c.category) for c in claims(text)] == [(12, "killed"), (300, "wounded")]


def test_list_items_under_a_header_take_its_category() -> None:
    text = ("Shelling hit the city overnight, the mayor said.\n\n"
            "The regional administration listed the injured by district:\n\n"
            "- Dniprovskyi district - 4\n- Korabelnyi district - 2\n")
    assert [(c.value, c.category) for c in claims(text)] == [(4, "wounded"), (2, "wounded")]


def test_an_unknown_fate_is_missing() -> None:
    assert shape(one("The fate of 14 villagers taken away by the soldiers is still unclear, the mayor said."))[0] \
        == "missing"


def test_people_who_have_already_left_are_displaced() -> None:
    assert one("Officials said some 9,000 of the town's residents had already left.").category == "displaced"


def test_a_cue_past_a_semicolon_is_another_clauses() -> None:
    text = ("About 6,000 people live in the valley, the council said on its website; nobody knows how many of "
            "them have fled.")
    assert claims(text) == []


def test_a_part_among_those_counted_before_takes_their_category() -> None:
    text = "The shelling killed 31 people in the town, the governor said. Four teenagers were among them, he added."
    assert [(c.value, c.category) for c in claims(text)] == [(31, "killed"), (4, "killed")]


def test_a_place_is_output_as_the_article_spells_it_with_its_oblast() -> None:
    text = "Shelling of the Kharkov Oblast on Thursday killed four civilians, the regional governor said."
    assert one(text).place == "Kharkov Oblast (Kharkiv)"


def test_a_town_under_its_old_name_keeps_that_name_beside_the_gazetteers() -> None:
    text = "Moscow said 85 Ukrainian servicemen had been captured near Artyomovsk over the past week."
    assert one(text).place == "Artyomovsk (Bakhmut)"


def test_a_region_written_after_a_capital_is_the_region_not_the_city() -> None:
    text = "Police said the bodies of 62 civilians had been exhumed in the Kyiv region since the spring."
    assert one(text).place == "Kyiv region"


def test_a_place_carried_from_an_earlier_sentence_takes_the_spelling_nearest_before() -> None:
    text = ("Artillery pounded Nikolaev through the night. Emergency crews said seven people were injured "
            "there.")
    assert one(text).place == "Nikolaev (Mykolaiv)"


def test_a_landmarks_city_the_text_never_spells_keeps_the_gazetteers_name() -> None:
    text = "Kyiv said 211 defenders of Azovstal were still being held by Russia."
    assert one(text).place == "Mariupol"


def test_an_opening_sentence_is_no_headline_when_the_article_has_a_title() -> None:
    text = ('Ukraine said 500 Russian troops were killed near Pokrovsk in June. "It was a record."\n'
            "British intelligence estimated that 500 Russian troops were killed near Pokrovsk in June.")
    found = extract(Article(text=text, title="Losses near Pokrovsk", published=PUBLISHED))
    assert [c.claimant for c in found] == ["Ukraine", "British intelligence"]


def test_a_headline_claim_of_another_source_is_not_merged_into_the_body() -> None:
    text = ("Ukraine says 500 Russian troops killed near Pokrovsk\n"
            "British intelligence estimated that 500 Russian troops were killed near Pokrovsk in June.")
    assert [c.claimant for c in claims(text)] == ["Ukraine", "British intelligence"]


def test_a_headline_claim_of_the_same_country_merges_into_the_body() -> None:
    text = ("Ukraine says 500 Russian troops killed near Pokrovsk\n"
            "Ukraine's military said on Sunday that 500 Russian troops had been killed near Pokrovsk.")
    assert [c.claimant for c in claims(text)] == ["Ukraine's military"]


def test_a_lede_about_something_else_gives_no_side_to_a_figure() -> None:
    text = ("Russia's parliament passed a new mobilisation law on Tuesday.\nSeparately, 40 soldiers were killed "
            "near Bakhmut in a drone strike, a military blogger said.")
    assert one(text).side is None
    text = ("The talks in Istanbul stalled over Ukraine's demands. A total of 300 prisoners were captured in the "
            "fighting last week, analysts said.")
    assert one(text).side is None


def test_a_lede_about_a_countrys_war_gives_its_side_to_a_figure() -> None:
    text = ("Manpower is the main problem of Ukraine's war effort. A brigade commander said 40 men from his unit "
            "had been killed since March.")
    assert one(text).side == "ukraine"


@pytest.mark.parametrize("text, expected", [
    ("12 soldiers and 3 civilians were killed in the attack, officials said.", [(12, "killed"), (3, "killed")]),
    ("Nine men and two women were injured in the attack.", [(9, "wounded"), (2, "wounded")]),
    ("Russian shelling on Monday left 8 civilians and 2 rescuers dead in Kherson.", [(8, "killed"), (2, "killed")]),
    ("Five people, not four as first reported, were injured in Sumy.", [(5, "wounded"), (4, "wounded")]),
])
def test_coordinated_figures_share_the_verb_after(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.category) for c in claims(text)] == expected


def test_next_figure_in_its_own_clause_still_stops_the_reach() -> None:
    found = claims("330 people had lived in the block, and one in six residents was killed.")
    assert 330 not in [c.value for c in found]


def test_one_source_is_not_a_claim() -> None:
    assert claims("One person familiar with the talks said the bodies would be returned next week.") == []


def test_one_source_is_not_counted_beside_the_count() -> None:
    assert [c.value for c in claims("One soldier told Reuters that his unit had lost 14 men.")] == [14]


def test_one_killed_beside_a_source_is_not_counted() -> None:
    found = claims("Every one of the 12 soldiers was killed, one person familiar with the matter said.")
    assert [(c.value, c.category) for c in found] == [(12, "killed")]


@pytest.mark.parametrize("text", ["Voting ended 52 for 48 in the Rada on Monday.", "Tickets cost 200 for 2 people."])
def test_n_for_m_without_an_exchange_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_equal_n_for_m_is_still_a_swap() -> None:
    assert [c.category for c in claims("It was 146 for 146 on Friday.")] == ["prisoners_exchanged"]


def test_named_place_item_under_a_header_is_counted() -> None:
    found = claims("Civilians wounded by community:\n- Kherson city - 10\n- Bilozerka - 3\n")
    assert [(c.value, c.category) for c in found] == [(10, "wounded"), (3, "wounded")]


def test_header_category_only_for_an_items_main_value() -> None:
    text = ("Evacuation routes for the displaced:\n- Route 1: 40 km to Dnipro\n"
            "- Route 2: buses leave at 8 from the station, 3 times a day\n")
    assert claims(text) == []


def test_participle_before_a_thing_is_not_an_understood_count() -> None:
    found = claims("Firefighters recovered 14 bodies from three collapsed warehouses in the port, officials said.")
    assert [c.value for c in found] == [14]


def test_relatives_of_the_missing_are_not_the_missing() -> None:
    assert claims("Police have taken DNA samples from about 3,000 relatives of missing soldiers this year.") == []


def test_neither_nor_denies_its_cues() -> None:
    claim = one("The monitors count 12,000 soldiers whose fate is unclear, neither confirmed dead nor in captivity.")
    assert claim.category == "missing"


def test_held_in_custody_is_captured() -> None:
    assert one("About 400 marines are still in Russian custody, the navy said on Monday.").category == "captured"


def test_remains_that_came_back_are_returned() -> None:
    claim = one("The remains of 250 fallen soldiers came back to Ukraine on Friday, the headquarters said.")
    assert claim.category == "bodies_returned"


def test_part_larger_than_the_whole_before_is_of_something_else() -> None:
    found = claims("Six people were injured in the blast. Volunteers brought blankets, about thirty of them.")
    assert [(c.value, c.category) for c in found] == [(6, "wounded")]


def test_some_of_the_victims_are_what_the_victims_were() -> None:
    found = claims("A missile strike on Dnipro killed 30 people on Monday. Twelve of the victims were found "
                   "in a shop that was destroyed by the blast.")
    assert [(c.value, c.category) for c in found] == [(30, "killed"), (12, "killed")]


def test_a_clause_about_part_of_the_figure_does_not_categorise_it() -> None:
    assert claims("The commander said the brigade had trained 4,000 recruits this year, and that about 10% of "
                  "them had been wounded.") == []


def test_header_of_remains_takes_the_bodies_category_before() -> None:
    text = ("Russia returned the bodies of 300 soldiers on Friday.\n\n"
            "Relatives were asked to give DNA samples at regional police offices.\n\n"
            "The forensic work is expected to take months.\n\n"
            "The headquarters gave a breakdown of where the remains were recovered:\n"
            "- Donetsk region - 200\n- Kharkiv region - 100\n")
    assert [(c.value, c.category) for c in claims(text)] == [
        (300, "bodies_returned"), (200, "bodies_returned"), (100, "bodies_returned")]


def test_ranges_that_only_start_alike_are_two_claims() -> None:
    text = ("The number of soldiers missing in the east is between 20,000 and 25,000. "
            "Families' groups put the number of missing soldiers at 20,000-30,000.")
    assert [(c.low, c.high) for c in claims(text)] == [(20000, 25000), (20000, 30000)]


def test_bare_figure_after_weapons_counts_the_weapons() -> None:
    found = claims("Two people were killed in Odesa overnight. The air force said Russia fired 40 drones at the "
                   "region, and that 35 were shot down.")
    assert [(c.value, c.category) for c in found] == [(2, "killed")]


def test_shot_down_is_not_shot_dead() -> None:
    assert claims("Air defences were busy all night: 35 were shot down over the Kyiv region.") == []


def test_item_with_a_part_after_its_figure_takes_the_header_category() -> None:
    found = claims("Civilians wounded by district:\n- Odesa city - 7, including a 12-year-old girl\n- Izmail - 2\n")
    assert [(c.value, c.category) for c in found] == [(7, "wounded"), (2, "wounded")]


def test_and_that_opens_a_figures_own_reported_clause() -> None:
    found = claims("The governor said that three people had drowned in the flood and that about 900 residents of "
                   "the low-lying riverside villages had been moved to temporary shelters.")
    assert [(c.value, c.category) for c in found] == [(3, "killed"), (900, "displaced")]


def test_list_items_with_bracketed_figures_take_the_headers_category() -> None:
    text = ("The monitors gave a breakdown by region.\n\n"
            "Most civilians killed or injured last month were in:\n\n"
            "- Sumy Region (58)\n- Odesa Region (31)\n")
    assert [(c.value, c.category) for c in claims(text)] == [(58, "casualties"), (31, "casualties")]


def test_wounded_handed_over_in_a_swap_are_exchanged() -> None:
    found = claims("As part of the deal, Kyiv received 12 badly injured marines and handed over nine wounded "
                   "Russians, the ombudsman said.")
    assert [(c.value, c.category, c.population) for c in found] == [
        (12, "prisoners_exchanged", "military"), (9, "prisoners_exchanged", "military")]


def test_a_figures_own_verb_after_its_noun_wins_over_a_nearer_one() -> None:
    found = claims("The mayor said one civilian died and three others were injured when the roof collapsed.")
    assert [(c.value, c.category) for c in found] == [(1, "killed"), (3, "wounded")]


def test_a_side_still_holding_people_holds_them_captive() -> None:
    assert one("Kyiv says Russia still holds about 6,500 Ukrainian servicemen.").category == "captured"


def test_bodies_a_side_is_holding_are_held() -> None:
    assert one("The envoy said Moscow was holding nearly 900 bodies of fallen soldiers.").category == "bodies_held"


def test_people_who_found_refuge_abroad_are_displaced() -> None:
    assert one("Some 40,000 families from the east found refuge in Moldova, the agency said.").category == "displaced"


def test_losing_soldiers_is_a_loss() -> None:
    claim = one("The brigade held the village, the enemy losing up to 80 servicemen in the assault, the ministry said.")
    assert claim.category == "casualties"


def test_residents_who_stayed_in_a_town_until_it_was_liberated_are_not_freed_prisoners() -> None:
    found = claims("Local officials believe about 3,000 residents stayed behind until the village was liberated.")
    assert found == []


def test_a_part_of_those_freed_with_its_own_verb_of_harm_takes_that_harm() -> None:
    found = claims("Kyiv said 80 prisoners were freed in the swap. Of the men released, 12 were severely wounded.")
    assert [(c.value, c.category) for c in found] == [(80, "prisoners_exchanged"), (12, "wounded")]


def test_people_who_only_arrive_after_a_swap_are_the_swapped_coming_home() -> None:
    found = claims("Ukraine said 70 prisoners of war were released in the exchange on Friday. The ombudsman said "
                   "that 64 soldiers and six civilians had arrived in Chernihiv region by evening.")
    assert [(c.value, c.category) for c in found][1:] == [(64, "prisoners_exchanged"), (6, "prisoners_exchanged")]


def test_soldiers_sent_into_battle_are_not_the_losses_named_earlier_in_the_sentence() -> None:
    found = claims("The brigade said the enemy lost 180 soldiers killed and wounded near the river, and on some "
                   "mornings its officers deployed about 600 infantrymen in waves.")
    assert [c.value for c in found] == [180]


def test_a_singular_person_noun_names_who_was_killed() -> None:
    found = claims("One elderly woman was killed and three people were wounded when a drone hit a bus stop in Kherson.")
    assert [(c.value, c.category, c.population) for c in found] == [(1, "killed", "civilian"), (3, "wounded", "civilian")]


def test_a_part_of_a_later_figure_of_other_people_does_not_take_the_category_before() -> None:
    found = claims("The agency said 2.1 million people have fled their homes. Relief groups hope to feed 3 million of "
                   "the 9 million people who need food aid this winter.")
    assert [c.value for c in found] == [2100000]


def test_a_country_that_is_holding_people_has_captured_them() -> None:
    found = claims("The ombudsman said Russia is holding about 9,000 Ukrainian civilians in prisons and camps.")
    assert [(c.value, c.category) for c in found] == [(9000, "captured")]


def test_holding_people_is_captivity_only_when_a_warring_state_holds_them() -> None:
    assert claims("The town still holds about 20,000 residents who would not leave.") == []
    assert claims("The battalion is holding a stretch of front 30 kilometres long with 250 men.") == []


def test_a_fronted_part_of_bodies_lying_in_morgues_is_bodies_held() -> None:
    found = claims("Of the bodies handed over in May, about 300 were still lying in morgues in August, an official "
                   "said.")
    assert [(c.value, c.category) for c in found] == [(300, "bodies_held")]


def test_an_exchange_in_another_clause_does_not_make_captives_exchanged() -> None:
    found = claims("Officials believe some 5,000 Ukrainian soldiers remain in Russian captivity, and relatives say "
                   "the swaps come too rarely.")
    assert [(c.value, c.category) for c in found] == [(5000, "captured")]


def test_harm_in_an_opening_phrase_on_other_people_is_not_the_figures_category() -> None:
    found = claims("Apart from the dead and wounded, about 200,000 residents have been displaced by the fighting.")
    assert [(c.value, c.category) for c in found] == [(200000, "displaced")]


def test_an_apposition_naming_soldiers_and_civilians_leaves_the_population_unsaid() -> None:
    found = claims("The commissioner said 41,000 Ukrainians are now listed as missing, both servicemen and "
                   "civilians.")
    assert [(c.value, c.population) for c in found] == [(41000, None)]


def test_people_who_stayed_behind_and_were_then_harmed_or_moved_are_counted() -> None:
    assert [(c.value, c.category) for c in claims("About 40 people who stayed behind were killed by shelling in "
                                                  "Vovchansk.")] == [(40, "killed")]
    assert [(c.value, c.category) for c in claims("Some 1,500 people who stayed behind in Vovchansk were evacuated "
                                                  "on Friday.")] == [(1500, "displaced")]


def test_people_held_in_police_custody_are_no_war_captives() -> None:
    assert claims("Police said 3 men were in custody after the attack on a military recruitment office in Rivne.") \
        == []


def test_people_returning_to_ukraine_with_no_word_of_captivity_are_no_swap() -> None:
    assert claims("One and a half million people have returned to Ukraine, the UN said.") == []


def test_the_execution_of_soldiers_counts_them_as_killed() -> None:
    claim = one("Investigators say Russian troops carried out the execution of 16 Ukrainian soldiers who had "
                "surrendered near Robotyne.")
    assert (claim.value, claim.category) == (16, "killed")


def test_prisoners_joined_to_a_later_figure_share_its_verb() -> None:
    found = claims("Since the spring, 620 Ukrainian POWs and 410 Russian POWs have been freed, mediators say.")
    assert [(c.value, c.category) for c in found] == [(620, "prisoners_exchanged"), (410, "prisoners_exchanged")]


def test_a_town_that_fell_is_no_death() -> None:
    assert claims("When the town fell in early spring, about 300 residents were still living in basements.") == []


def test_the_baseline_of_a_figure_that_is_no_claim_is_none_either() -> None:
    found = claims("A drone strike wounded 14 people in the city on Monday. About 45,000 people still live in the "
                   "city, down from roughly 200,000 before the war.")
    assert [(c.value, c.category) for c in found] == [(14, "wounded")]


def test_a_destroyed_building_does_not_make_its_residents_casualties() -> None:
    claim = one("Around 30 residents of the destroyed block were evacuated to a school gym, the mayor said.")
    assert claim.category == "displaced"


def test_mock_executions_kill_no_one() -> None:
    claim = one("Former captives said guards had put 25 prisoners through mock executions.")
    assert claim.category == "captured"


def test_fell_after_a_place_people_come_from_is_a_death() -> None:
    claim = one("Kyiv said 21 soldiers from Kharkiv fell in the battle for Vovchansk.")
    assert (claim.value, claim.category) == (21, "killed")


def test_a_strike_that_neutralised_servicemen_keeps_its_cue() -> None:
    claim = one("The ministry said Russian forces carried out a strike that neutralised up to 60 Ukrainian "
                "servicemen near Kupiansk.")
    assert (claim.value, claim.category) == (60, "casualties")


def test_the_execution_of_a_mission_is_no_killing() -> None:
    assert claims("For courage shown in the execution of combat missions, 200 servicemen were awarded state "
                  "decorations, the ministry said.") == []


def test_a_bare_figure_after_and_has_its_own_verb() -> None:
    found = claims("Ukraine says Russia holds 8,000 Ukrainian POWs and 1,200 were freed last year.")
    assert [(c.value, c.category) for c in found] == [(8000, "captured"), (1200, "prisoners_exchanged")]


def test_names_on_the_register_of_the_missing_are_missing() -> None:
    claim = one("The national register of missing persons now holds 41,200 names, the ombudsman's office said.")
    assert claim.category == "missing"


def test_a_status_label_gives_way_to_the_clause_verb_however_far() -> None:
    claim = one("Over the summer, 1,240 soldiers originally reported as missing were eventually confirmed to be held "
                "in Russian captivity.")
    assert claim.category == "captured"


def test_a_swap_word_in_a_time_clause_with_its_own_subject_is_not_the_figures() -> None:
    assert claims("About 30,000 convicts joined the unit before its recruitment office was handed over to the army.") \
        == []


def test_children_reunited_with_their_families_are_returned() -> None:
    claim = one("Mediators from Vatican helped reunite 37 Ukrainian children with their parents last month.")
    assert claim.category == "prisoners_exchanged"


def test_a_part_of_the_children_counted_before_keeps_their_category() -> None:
    found = claims("Officials said 16 children were brought back to Ukraine from Russia on Tuesday. Three of the "
                   "children are from the Sumy region.")
    assert [(c.value, c.category) for c in found] == [(16, "prisoners_exchanged"), (3, "prisoners_exchanged")]


def test_people_who_left_named_districts_are_displaced() -> None:
    claim = one("In the first week, roughly 40,000 people left the Vovchansk and Kupiansk districts, officials said.")
    assert claim.category == "displaced"


def test_the_whole_of_a_proportion_is_no_count() -> None:
    assert claims("Short-range drones caused nearly one in four casualties in frontline towns last month.") == []


def test_troops_who_left_a_town_are_not_displaced() -> None:
    assert claims("About 40 Russian troops left the village of Krynky under fire, the Ukrainian navy said.") == []


def test_a_part_of_the_soldiers_before_with_a_verb_of_its_own_takes_that_verb() -> None:
    found = claims("Ukraine said 300 soldiers were missing. Forty of the soldiers were later confirmed killed.")
    assert [(c.value, c.category) for c in found] == [(300, "missing"), (40, "killed")]


def test_names_of_the_dead_are_not_missing_when_the_register_is_named_in_another_clause() -> None:
    found = claims("The register of the missing lists 35,000 names, while the list of the dead published by the "
                   "ministry holds 12,000 names.")
    assert [(c.value, c.category) for c in found] == [(35000, "missing"), (12000, "killed")]


def test_reuniting_families_separated_by_the_war_is_no_return_of_captives() -> None:
    assert claims("The charity helped reunite 200 families separated by the war.") == []


def test_people_held_captive_take_the_one_place_the_title_names() -> None:
    article = Article(title="Two years on, Staryi Saltiv remembers the church cellar",
                      published=dt.date(2024, 3, 30),
                      text="Soldiers kept the villagers in the cellar for weeks. Prosecutors say 150 people were "
                           "held captive there, 40 of them children.\n")
    assert [(c.value, c.category, c.place) for c in extract(article)] == [(150, "captured", "Staryi Saltiv"),
                                                                          (40, "captured", "Staryi Saltiv")]


def test_people_who_still_live_in_a_place_are_no_claim() -> None:
    found = claims("Officials said 900 children were evacuated in May; about 3,000 still live in villages near the "
                   "front.")
    assert [(c.value, c.category) for c in found] == [(900, "displaced")]


def test_people_taken_out_of_a_town_are_displaced() -> None:
    claim = one("Volunteers said their crews had brought about 120 pensioners out of Vovchansk in a single week.")
    assert claim.category == "displaced"


def test_people_taken_from_a_region_to_russia_are_captured() -> None:
    found = claims("The ombudsman keeps a list of residents who were taken from the Kherson region to Russia, and "
                   "52 of them have not returned, she said.")
    assert [(c.value, c.category) for c in found] == [(52, "captured")]


def test_a_village_that_was_freed_frees_no_one() -> None:
    claim = one("Investigators, who arrived after the village was freed in April, say 140 people were held in the "
                "cellar of the farm.")
    assert claim.category == "captured"


def test_a_part_whose_verb_follows_a_source_aside_takes_that_verb() -> None:
    found = claims("Shelling killed 9 people in the district. Three of those led away, the mayor told reporters, "
                   "are still listed as missing.")
    assert [(c.value, c.category) for c in found] == [(9, "killed"), (3, "missing")]


def test_people_harmed_who_were_living_somewhere_keep_their_harm() -> None:
    claim = one("A Russian missile killed 14 people living in the dormitory, the mayor said.")
    assert (claim.value, claim.category) == (14, "killed")


def test_people_brought_out_of_rubble_are_not_displaced() -> None:
    assert claims("Rescuers brought 12 people out of the rubble alive, the emergency service said.") == []


def test_a_preposition_after_the_figure_ends_its_noun_phrase() -> None:
    claim = one("Researchers put Ukrainian civilian deaths at about 11,000 through the end of last year.")
    assert (claim.value, claim.category) == (11000, "killed")


def test_civilians_kept_in_russian_prisons_are_captured() -> None:
    claim = one("Kyiv has confirmed that at least 900 residents of the region are kept in Russian prisons.")
    assert (claim.value, claim.category) == (900, "captured")


def test_people_whose_captivity_is_confirmed_are_captured() -> None:
    claim = one("The ombudsman spoke of about 2,500 soldiers whose captivity Russia has admitted.")
    assert (claim.value, claim.category) == (2500, "captured")


def test_irrecoverable_losses_after_the_figure_are_deaths() -> None:
    claim = one("A pro-war blogger wrote that the brigade took 2,300 irrecoverable losses near the town.")
    assert (claim.value, claim.category) == (2300, "killed")


def test_a_body_named_above_a_wire_stories_byline_is_not_its_publisher() -> None:
    text = ("Presidential Office\nBy Olena Harmash\nKYIV (Reuters) - Russian strikes killed 9 civilians in Sumy region "
            "on Friday, Reuters reporters saw. The Presidential Office condemned the attack.")
    claims = extract(Article(text=text))
    assert [c.claimant for c in claims if c.value == 9] == [None]


def test_people_whose_captivity_is_unconfirmed_are_not_captured() -> None:
    found = claims("The families of 300 soldiers whose captivity remains unconfirmed protested in Kyiv.")
    assert all(claim.category != "captured" for claim in found)
