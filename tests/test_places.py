"""extract.places: the gazetteer's spellings, region lists, and capitals used as actors."""
from __future__ import annotations

import pytest

from extract.filters import is_excluded
from extract.numbers import find_figures
from extract.places import (article_place, in_russia, is_country, narrowed_by_office, narrowest, place_carried_on,
                            place_of, place_referred_to, places_in)


def places(sentence: str) -> list[tuple[int, str | None]]:
    """(value, place) for each counted figure in the sentence, as the pipeline bounds them."""
    figures = [f for f in find_figures(sentence) if not is_excluded(f, sentence)]
    out = []
    for i, figure in enumerate(figures):
        lo = figures[i - 1].end if i else 0
        hi = figures[i + 1].start if i + 1 < len(figures) else len(sentence)
        out.append((figure.value, place_of(figure, sentence, lo, hi)))
    return out


@pytest.mark.parametrize("written, canonical", [
    ("Kiev", "Kyiv"),
    ("Kharkov", "Kharkiv"),
    ("Zaporozhye", "Zaporizhzhia"),
    ("Zaporizhia", "Zaporizhzhia"),
    ("Nikolaev", "Mykolaiv"),
    ("Artyomovsk", "Bakhmut"),
    ("Odessa", "Odesa"),
    ("Lugansk", "Luhansk"),
    ("Chernigov", "Chernihiv"),
    ("Kiev region", "Kyiv region"),
    ("Velikaya Novosyolka", "Velyka Novosilka"),
    ("Novomoskovsk", "Samar"),
])
def test_transliterations(written: str, canonical: str) -> None:
    assert places_in(written) == [canonical]


@pytest.mark.parametrize("sentence, expected", [
    ("In Kharkov, 12 civilians were killed overnight.", "Kharkiv"),
    ("The strike on Zaporozhye killed 10 civilians.", "Zaporizhzhia"),
    ("In Nikolaev, 8 people were wounded.", "Mykolaiv"),
    ("A strike on Kiev killed 5 people.", "Kyiv"),
    ("Fighters in Artyomovsk lost 1,000 men.", "Bakhmut"),
])
def test_transliterated_place_of_a_figure(sentence: str, expected: str) -> None:
    assert [place for _, place in places(sentence)] == [expected]


def test_region_list_in_brackets() -> None:
    sentence = "Most of the bodies came from Donetsk Region (443), Zaporizhzhia Region (42) and Kharkiv Region (17)."
    assert places(sentence) == [(443, "Donetsk"), (42, "Zaporizhzhia"), (17, "Kharkiv")]


def test_capital_as_the_speaker_is_not_a_place() -> None:
    assert places("Kyiv said 300 Russian soldiers had been killed.") == [(300, None)]


def test_capital_as_headline_speaker_is_not_a_place() -> None:
    assert places("Kyiv on Friday said 41 prisoners were freed.") == [(41, None)]


def test_moscow_as_the_speaker_is_not_a_place() -> None:
    assert places("Moscow said 200 Ukrainian troops had been killed.") == [(200, None)]


def test_capital_as_a_location_is_a_place() -> None:
    assert places("Shelling killed 7 people in Kyiv overnight.") == [(7, "Kyiv")]


def test_kyiv_region_is_not_the_city() -> None:
    assert places("12 people were killed in the Kyiv region.") == [(12, "Kyiv region")]


def test_country_named_as_actor_is_not_a_place() -> None:
    assert places("Ukraine said 20 people died in the strike.") == [(20, None)]


def test_talks_venue_is_not_the_figures_place() -> None:
    assert places("Talks in Istanbul led to the release of 1,000 prisoners.") == [(1000, None)]


def test_the_place_in_the_figures_own_stretch_wins() -> None:
    sentence = "Shelling killed 4 people in Kherson and 6 people in Mykolaiv."
    assert places(sentence) == [(4, "Kherson"), (6, "Mykolaiv")]


def test_russian_regions_are_in_russia() -> None:
    assert in_russia("Belgorod") and in_russia("Kursk")
    assert not in_russia("Kharkiv")


def test_regions_that_send_soldiers_from_deep_inside_russia_are_in_russia() -> None:
    assert places("The death notices came from Udmurtia (310) and the Astrakhan region (190).") == \
        [(310, "Udmurtia"), (190, "Astrakhan")]
    assert in_russia("Udmurtia") and in_russia("Astrakhan")


def test_countries_are_countries() -> None:
    assert is_country("Poland") and not is_country("Donetsk")


def test_places_in_is_case_insensitive_for_queries() -> None:
    assert places_in("losses near kharkov and odessa") == ["Kharkiv", "Odesa"]


def test_died_near_a_town() -> None:
    assert places("Moscow said 200 Ukrainian troops died near Bakhmut.") == [(200, "Bakhmut")]


def test_the_place_a_ranking_moves_on_to_is_not_the_figures() -> None:
    sentence = "Germany has registered the most refugees, about 1.1 million, followed by Poland."
    assert places(sentence) == [(1100000, "Germany")]


@pytest.mark.parametrize("sentence, value", [
    ("Rescuers pulled 14 bodies from the Dnipro River this week.", 14),
    ("The Dnepr battlegroup said 70 Ukrainian soldiers were killed.", 70),
    ("The breach of the Kakhovka dam forced 2,000 residents to flee.", 2000),
])
def test_a_place_naming_a_river_a_unit_or_a_dam_is_not_a_place(sentence: str, value: int) -> None:
    assert places(sentence) == [(value, None)]


def test_the_more_specific_place_wins_even_when_it_is_near() -> None:
    sentence = "In the Kursk region, a drone hit a minibus near Rylsk, wounding 3 passengers."
    assert places(sentence) == [(3, "Rylsk")]


def test_near_breaks_a_tie_between_equally_specific_places() -> None:
    assert places("Police found 9 bodies in Irpin, near Kyiv.") == [(9, "Irpin")]


def test_a_semicolon_ends_the_stretch_of_a_figure() -> None:
    sentence = "In Lozova, 2 men were hurt by a drone; a missile on Balakliia killed a pensioner."
    assert places(sentence) == [(2, "Lozova")]


def test_a_list_after_to_is_elsewhere_as_a_whole() -> None:
    sentence = "Officials said 450 children had been sent to Ryazan, Lipetsk and other cities."
    assert places(sentence) == [(450, None)]


def test_towards_a_town_where_the_figure_happened() -> None:
    sentence = "The brigade advanced towards Chasiv Yar, where 40 defenders were reported killed."
    assert places(sentence) == [(40, "Chasiv Yar")]


def test_a_district_of_a_region_is_the_district() -> None:
    sentence = "About 8,000 residents have fled the Kupiansk district of the Kharkiv region since May."
    assert places(sentence) == [(8000, "Kupiansk")]


def test_the_territory_of_the_russian_federation() -> None:
    sentence = "Another 55 bodies were held on the territory of the Russian Federation."
    assert places(sentence) == [(55, "Russia")]


def test_a_list_of_towns_is_their_region() -> None:
    sentence = "Roughly 3,000 people were evacuated from Skadovsk, Henichesk and Beryslav."
    assert places(sentence) == [(3000, "Kherson")]


def test_a_list_of_towns_in_different_regions_keeps_a_town() -> None:
    sentence = "Roughly 3,000 people were evacuated from Izium and Lyman."
    assert places(sentence) == [(3000, "Izium")]


def test_there_points_back_to_the_previous_sentence() -> None:
    previous = "Fierce fighting went on near Toretsk in the Donetsk region on Sunday."
    assert place_referred_to("Kyiv's losses there reached 150 soldiers.", previous) == "Toretsk"


def test_existential_there_points_nowhere() -> None:
    previous = "Fierce fighting went on near Toretsk in the Donetsk region on Sunday."
    assert place_referred_to("There were 150 soldiers killed, officials said.", previous) is None


def test_a_direction_from_a_town_is_near_it() -> None:
    sentence = "Troops south of Kupiansk lost up to 90 servicemen, the ministry said."
    assert places(sentence) == [(90, "Kupiansk")]


def test_frontline_villages_are_in_the_gazetteer() -> None:
    assert places("A guided bomb on Velyka Pysarivka injured 4 residents.") == [(4, "Velyka Pysarivka")]


def test_each_region_of_a_list_labels_the_figure_in_brackets_after_it() -> None:
    sentence = "Obituaries came mostly from Tatarstan (1,240), Perm Region (980) and Omsk (455)."
    assert places(sentence) == [(1240, "Tatarstan"), (980, "Perm"), (455, "Omsk")]


def test_a_region_labelled_by_the_next_figure_is_not_the_figures_place() -> None:
    sentence = "Kherson region buried 31 civilians in May, followed by Zaporizhzhia (22) and Kharkiv (14)."
    assert places(sentence) == [(31, "Kherson"), (22, "Zaporizhzhia"), (14, "Kharkiv")]


def test_a_place_named_after_a_battlegroup_is_the_unit_not_a_place() -> None:
    sentence = "Battlegroup Dnepr reported that 45 Ukrainian soldiers were killed in the Zaporizhzhia region."
    assert places(sentence) == [(45, "Zaporizhzhia")]


def test_a_capital_described_as_a_city_is_a_place() -> None:
    assert places("Kyiv, the capital, has buried 73 of its residents since spring.") == [(73, "Kyiv")]


def test_a_site_is_reported_as_the_city_it_is_in() -> None:
    assert places("Searchers recovered 12 bodies from the ruins of Azovstal.") == [(12, "Mariupol")]


def test_the_eu_is_a_place_refugees_are_counted_in() -> None:
    sentence = "Across the European Union, 3 million Ukrainians hold temporary protection."
    assert places(sentence) == [(3000000, "European Union")]


def test_a_town_given_by_its_distance_from_a_city_wins() -> None:
    previous = "A drone hit the town of Samar, 25 km north-east of Dnipro, early on Monday."
    assert place_referred_to("Three people were injured there.", previous) == "Samar"


def test_an_officials_region_is_their_office_not_the_figures_place() -> None:
    sentence = "The governor of the Sumy region said 6 people were hurt."
    assert places(sentence) == [(6, None)]
    assert narrowed_by_office(None, sentence) == "Sumy"
    assert narrowed_by_office(None, "Kherson's mayor said 2 residents died.") == "Kherson"


def test_the_narrower_of_a_town_and_its_officials_region() -> None:
    assert narrowest("Kramatorsk", "Donetsk") == "Kramatorsk"
    assert narrowest("Bakhmut", "Belgorod") == "Belgorod"


def test_a_figure_goes_on_about_the_fighting_the_sentence_before_placed() -> None:
    previous = "Russian drones struck army positions near Kupiansk overnight, the ministry said."
    assert place_carried_on("Two soldiers were wounded.", previous) == "Kupiansk"


def test_a_place_merely_mentioned_before_is_not_carried_on() -> None:
    previous = "Reports from Melitopol reach the monitors only slowly."
    assert place_carried_on("In March, 40 civilians died.", previous) is None


def test_a_sentence_that_names_a_place_does_not_take_the_one_before() -> None:
    previous = "Russian drones struck army positions near Kupiansk overnight, the ministry said."
    assert place_carried_on("Ukraine says 2 soldiers were wounded.", previous) is None


def test_a_region_named_with_its_country_as_owner_is_the_place() -> None:
    sentence = "The ministry said its forces had killed up to 90 soldiers in Russia's Bryansk region overnight."
    assert places(sentence) == [(90, "Bryansk")]


def test_a_place_in_an_earlier_reported_clause_is_not_the_next_figures() -> None:
    sentence = ("Officials in the occupied part of Zaporizhzhia region said that two people had died in Vasylivka "
                "and that about 1,500 residents had been moved to shelters.")
    two, moved = find_figures(sentence)
    assert place_of(moved, sentence, two.end, len(sentence), [two]) == "Zaporizhzhia"


def test_a_dateline_after_a_scraped_headline_gives_the_article_place() -> None:
    text = "Drone strike wounds four at a market\n\nKUPIANSK, 3 May - Four residents were hurt when a drone hit."
    assert article_place("", text) == "Kupiansk"


def test_a_nationwide_figure_does_not_take_the_article_place() -> None:
    sentence = "Monitors counted 230 civilians killed nationwide in January."
    assert narrowed_by_office("Odesa", sentence) is None


def test_a_place_of_an_earlier_reported_clause_serves_a_figure_with_no_other() -> None:
    sentence = "Rescuers said that four people were killed in Izium and that nine people were injured."
    four, nine = find_figures(sentence)
    assert place_of(nine, sentence, four.end, len(sentence), [four]) == "Izium"


def test_a_title_near_a_place_gives_the_article_place_when_it_counts_nobody() -> None:
    assert article_place("Notes from a field hospital near Kupiansk", "") == "Kupiansk"
    assert article_place("Russia lost 1,400 troops as fighting near Toretsk grows", "") is None


def test_of_several_title_places_the_one_an_event_is_named_after_is_the_article_place() -> None:
    title = "Two years after the Kramatorsk station strike, Mariupol evacuees look back"
    assert article_place(title, "") == "Kramatorsk"


def test_a_place_people_travel_through_is_not_the_figures_place() -> None:
    sentence = ("The ombudsman said that about 60 Belgorod residents had been brought home from Ukrainian "
                "territory via Belarus.")
    assert places(sentence) == [(60, "Belgorod")]


def test_the_place_of_the_greater_part_gives_the_whole_its_region() -> None:
    sentence = "The governor said 412 people are still missing, most of them pensioners from the Shebekino district."
    assert places(sentence) == [(412, "Belgorod")]
    assert places("In the Kharkiv region, 19 civilians died, most of them in the city of Kharkiv.") == [(19, "Kharkiv")]
    assert places("Some 70 soldiers, most of them conscripts, were killed near Kherson.") == [(70, "Kherson")]
    sentence = "About 2 million people have left their homes, many of them from the Sumy, Kharkiv and Kherson regions."
    assert places(sentence) == [(2000000, None)]
    assert places("Shelling killed 9 people on Sunday, mostly in Kherson.") == [(9, "Kherson")]
    assert places("About 6 million refugees are recorded worldwide, most of them in Europe.") == [(6000000, None)]


def test_in_the_area_points_back_when_the_sentence_names_no_place() -> None:
    previous = "In the Bryansk region, Russian troops repelled three raids."
    sentence = "Since the fighting began in the area, 4,100 soldiers have been lost."
    assert place_referred_to(sentence, previous) == "Bryansk"
    assert place_referred_to("Izium's mayor said 200 residents died in the city.", "Experts worked in Kharkiv.") is None


def test_the_capital_points_back_to_the_city_whose_administration_spoke_before() -> None:
    previous = "The Kyiv city military administration updated its count."
    assert place_referred_to("It later said 9 people had died in the capital.", previous) == "Kyiv"


def test_a_capital_named_before_a_building_in_it_is_a_place_not_a_speaker() -> None:
    assert places("A missile hit a Kyiv children's hospital, killing 3 people.") == [(3, "Kyiv")]
    assert places("Kyiv says 5 soldiers were killed.") == [(5, None)]


def test_kyiv_city_is_the_city_not_the_region() -> None:
    assert places("In Kyiv city, 5 people died overnight.") == [(5, "Kyiv")]
    assert places("In the Kyiv region, 5 people died overnight.") == [(5, "Kyiv region")]


def test_an_officials_region_gives_way_to_the_town_of_the_scene_before() -> None:
    previous = "A glide bomb struck a market in Kupiansk on Sunday morning."
    assert place_referred_to("The Kharkiv regional governor said 7 people were killed.", previous) == "Kupiansk"
    assert place_referred_to("The Kharkiv governor said 7 died across the region.", previous) is None


def test_a_capital_labelled_by_a_bracketed_figure_is_its_place() -> None:
    sentence = "The count put Donetsk first (88), followed by the city of Kyiv (41)."
    assert places(sentence) == [(88, "Donetsk"), (41, "Kyiv")]


def test_a_continent_is_a_place_only_where_the_figure_is_said_to_be() -> None:
    assert places("Some 5.1 million of them are sheltering in Europe.") == [(5100000, "Europe")]
    assert places("The largest war in Europe since 1945 has killed 12,000 civilians.") == [(12000, None)]


def _written_place(text: str) -> str | None:
    """The place of the text's one claim, as the pipeline writes it."""
    from extract import Article, extract
    found = extract(Article(text=text))
    assert len(found) == 1, [(c.value, c.category) for c in found]
    return found[0].place


def test_an_administrative_word_before_an_institution_is_the_institutions() -> None:
    assert _written_place("A strike on Kharkiv district court killed two people, the governor said.") == "Kharkiv"


def test_an_administrative_word_after_a_place_is_still_written_with_it() -> None:
    text = "Shelling in the Kharkov Oblast on Thursday killed four civilians, the regional governor said."
    assert _written_place(text) == "Kharkov Oblast (Kharkiv)"


def test_a_regions_other_administrative_word_takes_no_brackets() -> None:
    assert _written_place("Three people were killed in Kyiv Oblast overnight, police said.") == "Kyiv Oblast"


def test_a_phrase_for_a_country_is_written_as_the_country() -> None:
    text = ("Ukrainian drones inflicted heavy damage, killing 12 people on Russian territory, officials in "
            "Belgorod said.")
    assert _written_place(text) == "Russia"


def test_a_sentences_spellings_of_a_place_are_read_once_for_all_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import Article, extract, places as places_module
    calls = []
    spellings = places_module._spellings
    monkeypatch.setattr(places_module, "_spellings", lambda *args: calls.append(1) or spellings(*args))
    text = " ".join(f"{i} people were killed in Kharkov Oblast, the governor said, and" for i in range(50))
    found = extract(Article(text=text))
    assert len(found) == 50 and {c.place for c in found} == {"Kharkov Oblast (Kharkiv)"} and len(calls) == 1


def test_apart_is_places_in_no_common_area() -> None:
    from extract.places import apart
    assert apart(["Kyiv"], ["Odesa"])
    assert not apart(["Kramatorsk"], places_in("the Donetsk region"))
    assert not apart(["Odesa"], [])


def _written_places(text: str) -> list[tuple[int, str | None]]:
    """(value, place) of the text's claims, as the pipeline writes them."""
    from extract import Article, extract
    return [(c.value, c.place) for c in extract(Article(text=text))]


def test_a_host_country_labelled_by_a_bracketed_figure_is_its_place() -> None:
    sentence = "Refugees were spread across Hungary (31,000), Romania (88,000) and the United Kingdom (190,000)."
    assert places(sentence) == [(31000, "Hungary"), (88000, "Romania"), (190000, "United Kingdom")]


def test_a_country_that_speaks_is_not_where_its_figure_is() -> None:
    assert places("Britain's intelligence service said 3,000 Russian soldiers died in Bakhmut.") == [(3000, "Bakhmut")]
    assert places("Britain's intelligence service said 3,000 Russian soldiers died last month.") == [(3000, None)]


def test_a_place_naming_a_military_group_is_not_where_the_figure_is() -> None:
    sentence = "In the Kupiansk group's sector near Kharkiv, Ukraine lost up to 75 soldiers, the ministry said."
    assert places(sentence) == [(75, "Kharkiv")]


def test_a_contrasting_clause_keeps_its_places_from_the_figure_before_it() -> None:
    sentence = ("A missile strike on Odesa killed 9 people, while artillery kept pounding Nikopol and Marhanets "
                "through the night.")
    assert places(sentence) == [(9, "Odesa")]
    sentence = "Slovakia now hosts about 120,000 refugees from Ukraine, while Czechia has registered some 380,000."
    assert places(sentence) == [(120000, "Slovakia"), (380000, "Czech Republic")]


def test_a_figure_placed_by_the_region_word_is_written_as_the_region() -> None:
    text = ("A drone hit a market in Kherson on Monday morning, the governor said. Elsewhere in the region, "
            "shelling wounded 8 people over the day, he said.")
    assert _written_places(text) == [(8, "Kherson region")]


def test_a_figure_placed_by_context_takes_the_articles_region_spelling() -> None:
    text = ("KURSK, March 3 - Shelling wounded 14 people in the Kursk Region, the acting governor said. Shelters "
            "were opened in Kursk. The fate of some 300 residents of border villages in the region is unknown, he said.")
    assert _written_places(text)[-1] == (300, "Kursk Region")


def test_a_front_named_after_a_regions_city_is_the_region() -> None:
    text = ("Shelling wounded 14 people in the Kursk Region, the acting governor said. The ministry said Ukraine "
            "had lost up to 400 servicemen in the Kursk direction.")
    assert _written_places(text)[-1] == (400, "Kursk Region")


def test_a_whole_takes_the_place_said_past_its_part() -> None:
    sentence = ("Officials in the Kharkiv region said 41 people, including nine children, were moved out of "
                "villages around Kupiansk overnight.")
    assert places(sentence) == [(41, "Kupiansk"), (9, "Kupiansk")]
    sentence = "The strike killed 12 people, including two children, officials in the Donetsk region said."
    assert places(sentence)[0] == (12, "Donetsk")


def test_a_scraped_headline_of_two_sentences_after_a_metadata_line_gives_the_article_place() -> None:
    text = ("Updated: 02.09.2025 08:15\nMissiles strike Zaporizhzhia overnight. Rescuers search the rubble\n"
            "Emergency crews worked through the night after a missile attack on residential districts, "
            "officials said, as they cleared debris from a damaged apartment block and a nearby school.\n")
    assert article_place("Updated: 02.09.2025 08:15", text) == "Zaporizhzhia"
    assert article_place("", text.split("\n", 1)[1]) == "Zaporizhzhia"


def test_a_city_named_after_its_river_is_the_river_after_the() -> None:
    assert places("Boats carried 60 people across the Dnipro on Sunday.") == [(60, None)]
    assert places("Shelling wounded 6 people in the Dnipro region.") == [(6, "Dnipro")]  # the region, not the river


def test_where_people_were_taken_is_not_where_the_figure_is() -> None:
    sentence = "In Kupiansk, 80 residents were relocated to temporary shelters in Kharkiv and Poltava."
    assert places(sentence) == [(80, "Kupiansk")]
    sentence = "Some 300 evacuees have been housed in dormitories outside the region, in Stary Oskol."
    assert places(sentence) == [(300, None)]


def test_a_bracketed_figure_labels_a_district_the_gazetteer_lacks() -> None:
    sentence = "Losses by area: Kurumkansky District (17), Tunkinsky District (9) and Ulan-Ude (60)."
    assert places(sentence) == [(17, "Kurumkansky District"), (9, "Tunkinsky District"), (60, "Ulan-Ude")]
    assert places("- Vysokopillia community - 4") == [(4, "Vysokopillia community")]


def test_the_capital_or_the_region_points_back_only_to_a_capital_or_a_place_written_as_where() -> None:
    previous = "Zelensky visited troops in Kharkiv on Friday."
    assert place_referred_to("In the capital, four people were killed overnight by a drone, officials said.",
                             previous) is None
    assert place_referred_to("Two officers were killed in the town, the police chief said.",
                             "Police arrived from Kyiv.") is None
    assert place_referred_to("They said 12 soldiers had been killed in the area that week.",
                             "The team drove from Dnipro to the front.") is None
    assert place_referred_to("Three people were killed in the region overnight, he said.",
                             "The governor returned from Kyiv on Monday.") is None
    assert place_referred_to("Across the region, 14 people were injured, the governor said.",
                             "Shelling hit Nikopol on Sunday.") != "Nikopol"


def test_a_governors_tally_over_a_period_is_not_the_scene_before_it() -> None:
    previous = "A drone struck a bus in Bilozerka on Monday."
    assert place_referred_to("The Kherson governor said 9 people were wounded over the past day.", previous) is None


def test_a_title_near_a_place_does_not_place_nationwide_or_cumulative_totals() -> None:
    text = ("Ukraine's military says 1,200 Russian soldiers were killed or wounded over the past day, as fighting "
            "intensified on several fronts across the east and south.")
    place = article_place("Life in a trench near Pokrovsk", text)
    assert narrowed_by_office(place, text) is None
    text = "More than 46,000 Ukrainian soldiers have been killed since 2022, Zelensky said in February."
    place = article_place("A medic's war: five months near Kupiansk", text)
    assert narrowed_by_office(place, text) is None


def test_europe_after_a_figure_but_outside_its_clause_is_not_its_place() -> None:
    assert places("12,000 civilians have been killed, the UN said, in the deadliest war in Europe since 1945.") \
        == [(12000, None)]
    assert places("The strike killed 12,000 civilians, making it the worst war in Europe since 1945.") \
        == [(12000, None)]


def test_a_facility_taken_to_loses_to_the_place_in_the_figures_own_phrase() -> None:
    assert places("Children evacuated to a Kyiv children's hospital included 12 wounded in Sumy.") == [(12, "Sumy")]


def test_ukrainian_adjectival_oblast_names_are_their_regions() -> None:
    assert places_in("Lvivska oblast") == ["Lviv"]
    assert places_in("Odeska oblast") == ["Odesa"]
    text = "The regions hosting the most internally displaced people are:\n- Poltavska oblast (58,000)\n"
    assert _written_places(text) == [(58000, "Poltavska oblast (Poltava)")]


def test_border_towns_of_russian_regions_are_known_with_their_region() -> None:
    assert places_in("Novozybkov") == ["Novozybkov"]
    assert narrowest("Suzemka", "Bryansk") == "Suzemka"


def test_a_scene_set_at_one_place_goes_on_into_a_sentence_naming_none() -> None:
    previous = "On Monday a drone struck a delivery van on the road outside Sevsk."
    assert place_referred_to("According to the governor, two men were wounded.", previous) == "Sevsk"
    assert place_referred_to("Two men were wounded in Klintsy as well.", previous) is None


def test_a_scene_of_several_places_is_a_summary_that_does_not_go_on() -> None:
    previous = "Bombs fell on Bilopillia and on villages of the Shostka district overnight."
    assert place_referred_to("In all, 6 people were wounded, the governor said.", previous) is None


def test_falling_debris_and_an_evacuation_set_a_scene() -> None:
    previous = "Debris of a downed drone fell on houses in Novy Oskol."
    assert place_referred_to("Officials said 30 residents were hurt.", previous) == "Novy Oskol"
    previous = "Families were moved out of two villages of the Sevsk district on Thursday."
    assert place_referred_to("By nightfall 45 people had left.", previous) == "Sevsk"


def test_an_interview_with_a_regional_official_is_about_their_region() -> None:
    text = ("The head of the Donetsk regional military administration talked to us in Kramatorsk about the "
            "evacuation.\n\n**What has the war cost civilians?**\n\nSince spring, shelling has killed at least "
            "400 civilians in the part of the region we still hold.\n")
    assert article_place("", text) == "Donetsk"
    assert _written_places(text) == [(400, "Donetsk region")]  # not "Donetsk region region"
    assert article_place("", "The mayor of Kharkiv spoke to us in Lviv about the winter.\n\nMore text.\n") is None


def test_a_list_of_a_regions_city_and_its_namesake_is_the_region() -> None:
    assert places("Shelling of Horlivka and Donetsk killed 4 people on Sunday.") == [(4, "Donetsk")]
    sentence = "A bomb hit the town of Druzhkivka, Donetsk region, killing 5 people."
    assert places(sentence) == [(5, "Druzhkivka")]


def test_the_dpr_is_the_donetsk_region_and_the_republic_points_back_to_it() -> None:
    assert places_in("DPR") == ["Donetsk"]
    previous = "The DPR's emergencies ministry published new figures on Monday."
    assert place_referred_to("Since May, 40 civilians have died in the republic.", previous) == "Donetsk"


def test_the_greater_part_of_an_earlier_figure_does_not_place_a_later_one() -> None:
    sentence = "Shelling killed 9 civilians in the Sumy region, most of them in Bilopillia, and 20 were wounded."
    assert places(sentence) == [(9, "Sumy"), (20, "Sumy")]  # not Bilopillia


def test_a_title_place_that_names_whose_people_gives_way_to_the_other_place() -> None:
    title = "A year after Izium, relatives of Mariupol marines still ask for answers"
    assert article_place(title, "") == "Izium"
    assert article_place("Kharkiv and Sumy brace for a hard winter", "") is None  # two scenes: no one place


def test_in_the_area_of_a_sentence_after_a_placeless_one_is_the_article_place() -> None:
    text = ("The brigade's spokesman described a quiet week.\n\n"
            "He said 9 Russian soldiers had surrendered to his unit in the area on Friday.\n")
    from extract import Article, extract
    found = extract(Article(title="Holding the line at Kupiansk", text=text))
    assert [(c.value, c.place) for c in found] == [(9, "Kupiansk")]


def test_a_figure_dated_back_by_at_the_time_is_of_the_place_the_sentence_before_names() -> None:
    previous = "The garrison of Azovstal gave up its positions in May 2022."
    from extract.places import place_dated_back
    assert place_dated_back("Moscow said at the time that 1,700 had laid down arms.", previous) == "Mariupol"
    assert place_dated_back("At the time, 1,700 were held in Olenivka.", previous) is None  # names its own


def test_border_villages_on_both_sides_are_in_their_own_regions() -> None:
    assert places("Up to 300 soldiers were lost near Gornal, the ministry said.") == [(300, "Gornal")]
    assert places("Shelling wounded 4 people in Oleshnia on Monday.") == [(4, "Oleshnia")]
    assert in_russia("Gornal") and not in_russia("Oleshnia")


def test_there_of_a_non_event_figure_is_not_the_article_place_of_a_title_of_several() -> None:
    from extract import Article, extract
    found = extract(Article(title="After Olenivka, Azovstal defenders' families wait in Kyiv",
                            text="Some 500 prisoners were held there, and 53 were killed in the blast.\n"))
    assert [(c.value, c.place) for c in found if c.value == 500] == [(500, None)]


def test_a_place_in_a_clause_about_some_of_those_counted_gives_only_its_region() -> None:
    sentence = "Three people were killed and eleven injured, among them a nurse from Izium who was flown to a hospital."
    assert places(sentence) == [(3, "Kharkiv"), (11, "Kharkiv")]  # the region, not Izium


def test_a_capital_described_as_a_place_is_where_its_share_of_a_count_is() -> None:
    sentence = "Moscow, with a population of 13 million, accounts for only 412 of the dead on the list."
    assert places(sentence) == [(412, "Moscow")]
    assert places("Moscow accounts for only 412 of the dead on the list.") == [(412, None)]  # the state, as actor


def test_a_capital_home_to_a_body_rather_than_to_people_is_the_state_that_speaks() -> None:
    assert places("Kyiv, home to the general staff, said 1,100 Russian troops were killed in a day.") == [(1100, None)]
    assert places("Moscow, home to some 13 million people, accounts for only 412 of the dead on the list.") \
        == [(412, "Moscow")]


def test_a_scene_set_in_a_region_is_the_town_in_it_named_just_before() -> None:
    earlier = "The worst of these cases is still Vasylivka."
    previous = "In the spring, a blast hit a hangar in occupied Zaporizhzhia region where detainees were kept."
    assert place_carried_on("Eleven detainees were killed.", previous, earlier) == "Vasylivka"


def test_where_most_of_the_people_came_from_is_not_the_scene_carried_on() -> None:
    previous = "Shelling hit a shelter in Kharkiv region where families, most of them from Izium, were staying."
    assert place_carried_on("Six people were wounded.", previous) == "Kharkiv"


def test_the_dateline_picks_the_article_place_among_those_the_title_names() -> None:
    text = "ZAPORIZHZHIA, 4 June - Officials on both sides of the front gave different counts.\n"
    assert article_place("A month after the Enerhodar blackout, Zaporizhzhia tallies the dead", text) \
        == "Zaporizhzhia"


def test_a_states_nationwide_captives_do_not_take_the_place_the_title_names() -> None:
    import datetime as dt

    from extract.models import Article
    from extract.pipeline import extract

    article = Article(title="Kherson reels after dam breach", published=dt.date(2024, 6, 20),
                      text="Russia holds about 8,000 Ukrainian civilians captive, the ombudsman said.\n")
    assert [(c.value, c.category, c.place) for c in extract(article)] == [(8000, "captured", None)]


def test_a_count_by_place_after_a_dash_belongs_to_the_place_before_the_dash() -> None:
    sentence = "Injured this week: Kharkiv — 12, Izium district — 4, Kupiansk — 2."
    assert places(sentence) == [(12, "Kharkiv"), (4, "Izium"), (2, "Kupiansk")]


def test_a_worldwide_figure_dated_back_does_not_take_the_place_before() -> None:
    from extract.places import place_dated_back
    previous = "In Moldova, officials recorded 120,000 refugees from Ukraine at the end of March."
    assert place_dated_back("By that date, 6 million had been recorded worldwide.", previous) is None


def test_a_title_naming_the_killings_at_a_place_is_about_that_place() -> None:
    assert article_place("Two years after the Izium killings, families still wait for names", "") == "Izium"


def test_the_city_of_a_briefing_is_not_the_place_of_the_figure_announced_there() -> None:
    sentence = "Speaking at a briefing in Odesa, the minister said some 3,000 soldiers remained in captivity."
    assert places(sentence) == [(3000, None)]


def test_a_kherson_suburb_in_a_bulletins_list_is_known_by_name() -> None:
    assert places("Wounded: Kherson — 21, Antonivka — 4.") == [(21, "Kherson"), (4, "Antonivka")]


def test_a_dash_aside_after_a_place_is_not_a_list_label() -> None:
    assert places("Russian shelling killed 5 people in Nikopol – 3 of them children – the governor said.") \
        == [(5, "Nikopol"), (3, "Nikopol")]
    assert places("The prosecutor's office said 7 civilians were killed in Pokrovsk — 2 in Myrnohrad.") \
        == [(7, "Pokrovsk"), (2, "Myrnohrad")]


def test_where_a_statement_was_made_is_the_place_of_a_figure_that_refers_back_to_it() -> None:
    assert places("Speaking in Kharkiv, the governor said 6 people were killed in the city overnight.") \
        == [(6, "Kharkiv")]
    assert places("Speaking to reporters in Mykolaiv after the strike, the governor said 5 people were killed "
                  "there.") == [(5, "Mykolaiv")]
