"""The query language: how words become filters (one behaviour per test)."""
from __future__ import annotations

import datetime as dt

from store.query_parser import parse_query
from store.records import Names
from store_samples import fixed_clock

NAMES = Names(
    places={"mariupol": "Mariupol", "donetsk": "Donetsk"},
    claimants={"vladimir medinsky": "Vladimir Medinsky", "ukrainian officials": "Ukrainian officials",
               "alexei smirnov": "Alexei Smirnov",
               "coordination headquarters for the treatment of prisoners of war":
                   "Coordination Headquarters for the Treatment of Prisoners of War"},
    outlets={"kyiv herald": "Kyiv Herald", "reuters": "Reuters"},
)


def parse(text: str, command: str = "claims"):
    return parse_query(text, command, NAMES, fixed_clock)


def test_russia_is_a_side():
    assert parse("russia").sides == ["russia"]


def test_kremlin_and_moscow_mean_russia():
    assert parse("kremlin moscow").sides == ["russia"]


def test_kiev_means_ukraine():
    assert parse("kiev").sides == ["ukraine"]


def test_deaths_means_killed():
    assert parse("deaths").categories == ["killed"]


def test_death_toll_is_one_phrase_for_killed():
    query = parse("death toll")
    assert (query.categories, query.words) == (["killed"], [])


def test_bodies_means_returned_or_held():
    assert parse("bodies").categories == ["bodies_returned", "bodies_held"]


def test_civilians_is_a_population():
    assert parse("civilians").populations == ["civilian"]


def test_troops_is_the_military_population():
    assert parse("troops").populations == ["military"]


def test_refugees_means_displaced():
    assert parse("refugees").categories == ["displaced"]


def test_a_misspelt_side_still_works():
    assert parse("russain deaths").sides == ["russia"]


def test_a_misspelt_category_still_works():
    assert parse("exhange").categories == ["prisoners_exchanged"]


def test_a_misspelt_claimant_still_works():
    assert parse("zelenksy").claimants == ["Zelensky"]


def test_a_transliterated_claimant_is_the_same_person():
    assert parse("arestovich").claimants == parse("arestovych").claimants == ["Arestovych"]


def test_a_surname_finds_the_full_name_in_the_database():
    assert "vladimir medinsky" in parse("medinsky").claimant_keys


def test_a_shared_first_name_does_not_make_another_person_the_claimant():
    assert "alexei smirnov" not in parse("arestovich").claimant_keys


def test_a_multi_word_claimant_is_found_by_its_distinctive_words():
    keys = parse("coordination headquarters").claimant_keys
    assert "coordination headquarters for the treatment of prisoners of war" in keys


def test_a_place_in_the_database_is_a_place():
    query = parse("mariupol")
    assert (query.places, query.place_keys) == (["Mariupol"], ["mariupol"])


def test_a_place_transliteration_from_the_gazetteer_includes_its_aliases():
    assert {"kharkiv", "kharkov"} <= set(parse("kharkov").place_keys)


def test_a_place_spelled_another_way_in_the_database_is_that_place():
    names = NAMES.model_copy(update={"places": {**NAMES.places, "kharkov oblast": "Kharkov Oblast"}})
    assert "kharkov oblast" in parse_query("kharkiv", names=names, clock=fixed_clock).place_keys


def test_another_regions_oblast_is_not_the_place():
    names = NAMES.model_copy(update={"places": {**NAMES.places, "kharkov oblast": "Kharkov Oblast"}})
    assert "kharkov oblast" not in parse_query("donetsk", names=names, clock=fixed_clock).place_keys


def test_a_surname_is_found_in_a_possessive_name():
    names = NAMES.model_copy(update={"claimants": {"governor oleh syniehubov's office":
                                                   "Governor Oleh Syniehubov's office"}})
    keys = parse_query("syniehubov", names=names, clock=fixed_clock).claimant_keys
    assert keys == ["governor oleh syniehubov's office"]


def test_a_bodys_last_word_is_not_a_name_of_it():
    names = NAMES.model_copy(update={"claimants": {"the state migration agency": "the State Migration Agency"}})
    query = parse_query("unhcr", names=names, clock=fixed_clock)
    assert "agency" not in query.claimant_phrases and "the state migration agency" not in query.claimant_keys


def test_a_name_filter_keeps_the_phrases_that_define_it():
    assert {"kharkiv", "kharkov"} <= set(parse("kharkov").place_phrases)


def test_a_misspelt_place_still_works():
    assert parse("mariupl").places == ["Mariupol"]


def test_an_outlet_is_an_outlet():
    assert parse("reuters").outlets == ["Reuters"]


def test_a_month_name_is_a_month_without_a_year():
    query = parse("june")
    assert (query.months, query.year) == ([6], None)


def test_a_month_abbreviation_is_a_month():
    assert parse("jun").months == [6]


def test_a_month_and_year_set_both():
    query = parse("june 2025")
    assert (query.months, query.year) == ([6], 2025)


def test_an_iso_month_sets_month_and_year():
    query = parse("2025-06")
    assert (query.months, query.year) == ([6], 2025)


def test_a_year_alone_is_a_year():
    query = parse("2024")
    assert (query.year, query.months, query.values) == (2024, [], [])


def test_last_week_is_the_seven_days_before_the_clock():
    query = parse("last week")
    assert (query.date_from, query.date_to) == (dt.date(2025, 6, 18), dt.date(2025, 6, 25))


def test_since_march_starts_on_the_first_of_march_of_this_year():
    query = parse("since march")
    assert (query.date_from, query.date_to, query.time_label) == (dt.date(2025, 3, 1), None, "since March 2025")


def test_since_a_month_still_to_come_means_last_year():
    assert parse("since september").date_from == dt.date(2024, 9, 1)


def test_a_number_is_a_figure():
    assert parse("18,900").values == [18900]


def test_a_number_with_k_is_thousands():
    assert parse("1.2k").values == [1200]


def test_a_decimal_without_a_leading_zero_keeps_its_point():
    assert parse(".5k dead").values == [500]


def test_a_fraction_that_rounds_to_zero_is_no_figure():
    assert parse("0.4 killed").values == []


def test_a_fraction_is_rounded_to_the_nearest_whole_figure():
    assert parse("2.6 million refugees").values == [2_600_000]


def test_a_number_in_scientific_notation_is_one_figure():
    assert parse("1.5e6 refugees").values == [1_500_000]


def test_an_absurd_exponent_is_no_figure_rather_than_two():
    assert parse("1e400 deaths").values == []


def test_leftover_words_match_the_excerpt_text():
    assert parse("children killed").words == ["children"]


def test_small_words_are_ignored():
    assert parse("how many of the soldiers were killed").words == []


def test_exchange_limits_categories_to_exchanges_and_repatriations():
    assert parse("", "exchange").categories == ["prisoners_exchanged", "bodies_returned"]


def test_exchange_bodies_means_only_returned_bodies():
    assert parse("bodies", "exchange").categories == ["bodies_returned"]


def test_sql_looking_text_is_only_words():
    query = parse("'; DROP TABLE claims; --")
    assert query.words == ["drop", "table"]


def test_emoji_and_markup_are_not_filters():
    assert parse("🙂 <b>").is_empty()


def test_very_long_input_is_cut():
    assert len(parse("mariupol " * 1000).places) == 1


def test_the_query_describes_itself():
    assert parse("russian deaths june 2025").describe() == "killed · Russia · June 2025"


def test_a_broader_query_drops_the_words_first():
    broader = parse("russia deaths children").broader()
    assert (broader.words, broader.sides) == ([], ["russia"])


def test_a_query_reads_back_as_the_same_query():
    query = parse("russia deaths mariupol june 2025")
    again = parse(query.as_words())
    assert again.model_dump() == query.model_dump()


def test_kyiv_after_in_is_the_city_not_the_side():
    query = parse("killed in kyiv")
    assert (query.places, query.sides) == (["Kyiv"], [])
