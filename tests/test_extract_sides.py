"""extract(): whose people a figure counts (side) and who they are (population), on sentences written for
these tests."""
from __future__ import annotations

import datetime as dt

from extract.models import Article, Claim
from extract.pipeline import extract

PUBLISHED = dt.date(2025, 3, 7)


def claims(text: str) -> dict[int, Claim]:
    return {claim.value: claim for claim in extract(Article(text=text, published=PUBLISHED))}


def test_residents_named_by_their_town_are_that_towns_side() -> None:
    found = claims("The ombudsman said about forty Belgorod residents had been returned home from the Sumy region.")
    assert found[40].side == "russia"


def test_missing_people_from_both_countries_count_both_sides() -> None:
    found = claims("The Red Cross said it had opened files on some 3,000 missing people from both countries.")
    assert found[3000].side == "both"


def test_soldiers_and_civilians_after_the_noun_leave_the_population_unsaid() -> None:
    found = claims("The agency has registered 8,400 missing people since the spring, soldiers and civilians alike.")
    assert found[8400].population is None


def test_convicts_from_a_countrys_prisons_are_its_own_people() -> None:
    found = claims("Some 4,000 convicts from Russian prisons who had signed up with Wagner were killed near "
                   "Soledar, the group said.")
    assert found[4000].side == "russia"


def test_a_part_introduced_by_including_is_what_the_whole_was() -> None:
    found = claims("Kyiv said 300 soldiers had been freed from captivity since January, including 45 who had "
                   "defended the port.")
    assert found[45].population == "military"


def test_people_given_in_return_for_one_sides_are_the_other_sides() -> None:
    found = claims("The deal freed 90 Ukrainians in return for 30 people, among them a former mayor.")
    assert found[30].side == "russia"


def test_people_given_in_return_in_a_swap_may_be_soldiers_or_civilians() -> None:
    found = claims("The deal freed 90 Ukrainians in return for 30 people, among them a former mayor.")
    assert found[30].population is None


def test_a_side_reporting_a_surrender_counts_the_enemys_men() -> None:
    found = claims("Russia's defence ministry said 412 fighters had surrendered at the plant.")
    assert found[412].side == "ukraine"


def test_a_side_that_got_bodies_back_counts_its_own_dead() -> None:
    found = claims("Moscow says it got 38 bodies back in return.")
    assert found[38].side == "russia"


def test_people_named_before_a_verb_of_saying_are_the_speakers_not_the_counted() -> None:
    found = claims("Lawyers for the families say 14 of the bodies handed back last month came from one brigade.")
    assert found[14].population == "military"


def test_members_of_the_armed_forces_are_military() -> None:
    found = claims("The ombudsman said 120 of those freed were members of the armed forces and the rest civilians.")
    assert found[120].population == "military"


def test_the_number_of_nationals_a_total_reaches_is_their_side() -> None:
    found = claims("Russia said it had received 40 of its soldiers. The swap, the headquarters said, brought the "
                   "number of Ukrainians freed since Russia's invasion to 3,950.")
    assert found[3950].side == "ukraine"


def test_men_taken_prisoner_by_a_named_side_are_the_other_sides() -> None:
    found = claims("Moscow said 56 servicemen had been taken prisoner by Ukrainian forces.")
    assert found[56].side == "russia"


def test_a_sides_official_on_those_a_swap_freed_counts_its_own() -> None:
    found = claims("Kyiv said 200 Ukrainians had come home and Moscow said it had received 150 of its soldiers. "
                   "Ukraine's ombudsman wrote that 30 of those released were servicemen.")
    assert found[30].side == "ukraine"


def test_each_side_bringing_home_people_counts_both_sides() -> None:
    found = claims("The two countries traded captives on Friday, with each side getting back 84 soldiers, "
                   "the mediators said.")
    assert found[84].side == "both"


def test_the_other_side_getting_the_same_number_counts_both_sides() -> None:
    text = "Kyiv said it had brought home 132 of its people, and Russia received the same number in return."
    assert claims(text)[132].side == "both"


def test_the_same_number_given_to_the_other_side_leaves_a_named_sides_figure_its_own() -> None:
    text = "In the latest swap, 64 Ukrainian marines came home, with the same number of people handed to Russia."
    assert claims(text)[64].side == "ukraine"


def test_prisoners_of_war_of_a_countrys_armed_forces_are_that_countrys() -> None:
    found = claims("Moscow said it had handed over 84 prisoners of war of the Armed Forces of Ukraine in the swap.")
    assert found[84].side == "ukraine"


def test_soldiers_from_a_russian_region_are_russias() -> None:
    found = claims("Local journalists have identified 412 soldiers from Tuva who died in the war.")
    assert found[412].side == "russia"


def test_foreign_fighters_are_counted_with_the_side_they_fought_for() -> None:
    found = claims("Seoul said some 200 North Korean soldiers sent to aid Russia had been killed near Kursk. A "
                   "veterans' group said that about 30 Belarusians have died fighting for Ukraine since 2022.")
    assert found[30].side == "ukraine"


def test_a_side_reporting_its_men_captured_speaks_of_its_own() -> None:
    assert claims("Kyiv acknowledged that 40 marines were captured at Krynky.")[40].side == "ukraine"
    assert claims("Ukraine lost Avdiivka in February 2024, when it was reported that 1,000 soldiers were "
                  "captured.")[1000].side == "ukraine"


def test_a_speaker_in_another_clause_does_not_take_the_people_noun_before_it() -> None:
    found = claims("Units of 30 to 40 soldiers attacked, and Ukraine said 200 were killed.")
    assert list(found) == [200] and found[200].population == "military"


def test_a_clause_after_when_is_not_part_of_the_figures_noun_phrase() -> None:
    found = claims("Three people were killed and eight injured when Russian missiles hit a depot in Odesa on Tuesday.")
    assert found[8].side == "ukraine"


def test_a_swap_for_the_same_number_of_the_other_sides_people_counts_both() -> None:
    found = claims("On Tuesday 150 Ukrainians were released in return for the same number of Russians.")
    assert found[150].side == "both"


def test_a_sides_losses_as_the_subject_of_the_figures_clause_are_that_sides() -> None:
    text = ("Moscow said Ukraine lost 600 troops near Vuhledar over the week. Kyiv's military said Russian "
            "casualties in the same sector over those days amounted to 930 soldiers killed or wounded.")
    assert claims(text)[930].side == "russia"


def test_the_forces_whose_verb_harms_the_figure_are_the_attacker() -> None:
    found = claims("Strikes by Russian troops killed 12 civilians in Nikopol overnight, the governor said.")
    assert found[12].side == "ukraine"


def test_convicts_killed_in_storm_z_units_are_russias() -> None:
    found = claims("Volunteers have identified 640 convicts who were killed while serving in Storm-Z units.")
    assert found[640].side == "russia"


def test_people_a_swap_returns_leave_the_population_unsaid() -> None:
    found = claims("The three-stage swap returned 250 people to each country.")
    assert found[250].population is None


def test_people_nouns_in_the_name_of_a_cited_source_are_not_the_figures_population() -> None:
    found = claims("About 700 remain in Russian captivity, according to the Union of Families of Mariupol Defenders.")
    assert found[700].population == "military"


def test_a_figure_in_apposition_to_a_military_unit_counts_soldiers() -> None:
    found = claims('"Our whole company, some 90 men, went missing near Toretsk in a single night," a veteran said.')
    assert found[90].population == "military"


def test_a_civilian_company_before_a_comma_does_not_make_the_next_figure_soldiers() -> None:
    found = claims("A Russian missile hit a bus carrying miners from the DTEK company, 16 people were injured.")
    assert found[16].population == "civilian"


def test_the_same_number_of_the_figures_own_sides_people_is_not_both_sides() -> None:
    found = claims("Ukraine received 200 soldiers, the same number of Ukrainians freed in May.")
    assert found[200].side == "ukraine"


def test_a_sides_losses_early_in_the_clause_are_not_the_side_of_another_verbs_figure() -> None:
    found = claims("Despite heavy Russian losses the army pushed on and killed 30 civilians in Kostiantynivka, "
                   "officials said.")
    assert found[30].side == "ukraine"


def test_its_own_soldiers_after_another_figure_are_the_clause_subjects() -> None:
    found = claims("At the border crossing, Moscow handed 900 bodies to Kyiv and received the remains of 27 of its own "
                   "soldiers, a Russian deputy said.")
    assert found[27].side == "russia"


def test_a_captor_named_late_in_a_long_clause_still_flips_the_side() -> None:
    found = claims("Over the summer, 1,240 soldiers who had first been reported missing were later found to be held in "
                   "Russian captivity, the ombudsman said.")
    assert found[1240].side == "ukraine"


def test_people_missing_on_both_sides_have_no_population() -> None:
    found = claims("The tracing service said it was following up some 41,000 people missing since the invasion began, "
                   "on both sides of the front.")
    assert found[41000].population is None


def test_an_even_swap_of_prisoners_of_war_frees_soldiers() -> None:
    found = claims("The latest exchange of prisoners of war was done on a 95 for 95 basis, the ministry said.")
    assert found[95].population == "military"


def test_members_of_the_defence_forces_are_soldiers() -> None:
    found = claims("The ombudsman said 3,100 of the missing are members of the Defence Forces and 900 are "
                   "civilians.")
    assert (found[3100].population, found[900].population) == ("military", "civilian")


def test_combat_medics_are_soldiers() -> None:
    found = claims("The battalion's combat medics have had about a dozen wounded since the spring, the commander said.")
    assert found[12].population == "military"


def test_a_lede_naming_its_population_only_for_a_part_gives_the_whole_none() -> None:
    found = claims("Wartime register tops 9,000 names, most of them servicemen. The register held 9,214 names of "
                   "the missing on 1 March, the police said.")
    assert found[9214].population is None


def test_a_lede_naming_a_military_unit_makes_its_wounded_soldiers() -> None:
    found = claims("A surgeon at a brigade stabilisation point near Toretsk spoke to us about the winter. We took in "
                   "some 600 wounded in January alone, she said.")
    assert found[600].population == "military"


def test_both_sides_of_the_border_in_another_clause_keep_the_tolls_civilians() -> None:
    found = claims("Civilians on both sides of the border have suffered; 15 people were killed in Belgorod.")
    assert (found[15].side, found[15].population) == ("russia", "civilian")


def test_a_town_on_both_sides_of_a_river_keeps_its_dead_civilians() -> None:
    found = claims("Shelling killed 9 people in Kherson, which lies on both sides of the Dnipro.")
    assert found[9].population == "civilian"


def test_officials_on_both_sides_who_speak_keep_the_tolls_civilians() -> None:
    found = claims("Shelling across the border killed 7 people in Belgorod, officials on both sides said.")
    assert found[7].population == "civilian"


def test_their_soldiers_after_another_figure_are_those_just_named() -> None:
    found = claims("Russia said it handed 90 Ukrainian POWs to Kyiv and returned 19 of their soldiers' bodies.")
    assert found[19].side == "ukraine"


def test_police_officers_are_civilians() -> None:
    found = claims("A missile hit a checkpoint outside Mykolaiv on Sunday and injured six people, among them "
                   "three police officers, the governor said.")
    assert (found[6].population, found[3].population) == ("civilian", "civilian")


def test_bodies_a_side_receives_in_return_after_handing_over_are_its_own() -> None:
    found = claims("On Friday Moscow handed 900 bodies over to the Ukrainian side, receiving 40 in return.")
    assert found[40].side == "russia"


def test_the_people_a_side_has_lost_are_its_soldiers() -> None:
    found = claims("Western analysts believe Russia has lost nearly 300,000 people in killed and wounded so far.")
    assert (found[300000].side, found[300000].population) == ("russia", "military")


def test_an_even_swap_after_a_freed_soldier_is_named_frees_soldiers() -> None:
    found = claims("Taras, a marine taken prisoner at the steelworks, was among those freed on Friday in a "
                   "60 for 60 exchange.")
    assert found[60].population == "military"


def test_civilians_named_between_the_soldiers_and_an_even_swap_are_its_population() -> None:
    found = claims("After the exchange of prisoners of war, civilians were swapped 20 for 20.")
    assert found[20].population == "civilian"


def test_soldiers_who_shelled_villages_are_the_attackers_not_the_people_counted() -> None:
    found = claims("Over the weekend Russian troops shelled 21 villages of Mykolaiv region: 4 people killed, 11 hurt.")
    assert (found[4].side, found[4].population) == ("ukraine", "civilian")


def test_a_lede_naming_a_country_only_as_an_occupier_gives_no_side() -> None:
    found = claims("Relatives still search for the prisoners of war who died at a camp in the area held by the Russian "
                   "Federation, a monitoring group said on Monday. The fire killed at least 40 prisoners of war.")
    assert found[40].side is None


def test_a_toll_of_missiles_hitting_a_city_counts_its_civilians() -> None:
    found = claims("Two Russian missiles hit the centre of Sumy on Friday evening, killing at least 9.")
    assert (found[9].side, found[9].population) == ("ukraine", "civilian")


def test_a_country_that_reports_a_toll_is_not_taken_as_the_side_of_its_dead() -> None:
    found = claims("The Russian Federation, in a short statement, said that 12 detainees died in the fire at the jail.")
    assert found[12].side is None


def test_a_missile_that_hit_a_military_target_does_not_make_its_dead_civilians() -> None:
    found = claims("A Ukrainian missile hit a Russian command post in Kherson region, killing 30, Kyiv said.")
    assert (found[30].side, found[30].population) == ("russia", None)


def test_civilians_hit_by_shelling_are_the_victims_not_the_attackers() -> None:
    found = claims("Civilians hit by Russian shelling in Kherson region over the past day: 5 killed, 12 wounded, "
                   "the governor said.")
    assert (found[5].side, found[5].population) == ("ukraine", "civilian")


def test_a_military_body_that_reports_its_own_losses_gives_their_side() -> None:
    found = claims("The Ukrainian Navy said two of its sailors were killed in the missile strike on Odesa port.")
    assert found[2].side == "ukraine"
