"""Matching one new figure against subscriptions: the same filters as /claims, found through an index."""
from __future__ import annotations

from store.query_parser import parse_query
from store.records import Names
from store.subscription_index import Figure, Filters, SubscriptionIndex, text_tokens

TORETSK = Figure(group_id=1, value=1070, category="killed", side="russia", population="military",
                 claimant_key="general staff of the armed forces of ukraine", place_key="toretsk",
                 outlet_key="steppe courier", month=9, when_key=20250903,
                 tokens=text_tokens("Ukraine's General Staff said 1,070 Russian soldiers had been killed "
                                    "in assaults around Toretsk."))
SWAP = Figure(group_id=2, value=84, category="prisoners_exchanged", side="both", population="military",
              month=6, when_key=20250620, tokens=text_tokens("Russia and Ukraine exchanged 84 prisoners each."))


# The database when the subscriptions below were made: one claim by the governor, in Kharkiv.
KHARKIV_NAMES = Names(places={"kharkiv": "Kharkiv"}, claimants={"oleh syniehubov": "Oleh Syniehubov"})


def strike(claimant: str | None = None, place: str | None = None) -> Figure:
    """A figure from a later article, naming the claimant and place as that article spells them."""
    return Figure(group_id=3, value=5, category="killed", side="ukraine", population="civilian",
                  claimant_key=claimant, place_key=place, outlet_key="kharkiv today", month=6,
                  when_key=20250602, tokens=text_tokens("Five civilians were killed in a missile strike."))


def index_of(*words: str, names: Names | None = None) -> SubscriptionIndex:
    index = SubscriptionIndex()
    for number, text in enumerate(words, 1):
        query = parse_query(text, names=names).model_dump(mode="json")
        index.add(number, "telegram", str(500 + number), Filters.from_query(query))
    return index


def test_a_category_and_side_subscription_matches_its_figure():
    assert index_of("russia killed").match(TORETSK) == {1}


def test_a_subscription_for_the_other_side_does_not_match():
    assert index_of("ukraine killed").match(TORETSK) == set()


def test_a_subscription_for_another_category_does_not_match():
    assert index_of("russia wounded").match(TORETSK) == set()


def test_a_figure_about_both_sides_matches_either_side():
    assert index_of("russia prisoners", "ukraine prisoners").match(SWAP) == {1, 2}


def test_a_category_only_subscription_matches_any_side():
    assert index_of("killed").match(TORETSK) == {1}


def test_a_place_filter_must_match_the_figures_place():
    assert index_of("killed in toretsk", "killed in bakhmut").match(TORETSK) == {1}


def test_a_month_filter_must_match_the_figures_month():
    assert index_of("killed september 2025", "killed june 2025").match(TORETSK) == {1}


def test_a_figure_filter_matches_only_that_figure():
    assert index_of("1070", "1071").match(TORETSK) == {1}


def test_leftover_words_must_appear_in_the_sentence_as_prefixes():
    assert index_of("killed assault", "killed drones").match(TORETSK) == {1}


def test_only_the_subscriptions_filed_under_the_figures_keys_are_checked():
    index = index_of("russia killed", "ukraine wounded", "bodies", "displaced in odesa")
    assert index.candidates(TORETSK) == {1}


def test_a_removed_subscription_no_longer_matches():
    index = index_of("russia killed")
    index.remove(1)
    assert index.match(TORETSK) == set() and len(index) == 0


def test_excerpt_words_are_compared_without_case_or_accents():
    assert text_tokens("Zaporizhzhia’s ÉVACUATION") == ("zaporizhzhia", "s", "evacuation")


def test_a_surname_subscription_matches_a_later_spelling_of_the_name():
    index = index_of("syniehubov", names=KHARKIV_NAMES)
    assert index.match(strike(claimant="governor oleh syniehubov's office")) == {1}


def test_a_surname_inside_a_longer_word_does_not_match():
    index = index_of("syniehubov", names=KHARKIV_NAMES)
    assert index.match(strike(claimant="syniehubova")) == set()


def test_a_place_subscription_matches_the_place_spelled_another_way():
    index = index_of("kharkiv killed", names=KHARKIV_NAMES)
    assert index.match(strike(place="kharkov oblast")) == {1}


def test_a_place_subscription_does_not_match_another_regions_oblast():
    index = index_of("donetsk killed", names=KHARKIV_NAMES)
    assert index.match(strike(place="kharkov oblast")) == set()


def test_a_figure_finds_a_name_subscription_through_the_words_of_its_name():
    index = index_of("wounded", "syniehubov", "zelensky", names=KHARKIV_NAMES)
    assert index.candidates(strike(claimant="syniehubov")) == {2}


def test_a_subscription_saved_without_phrases_still_matches_its_saved_keys():
    saved = {"claimants": ["Syniehubov"], "claimant_keys": ["oleh syniehubov"]}
    index = SubscriptionIndex()
    index.add(1, "telegram", "501", Filters.from_query(saved))
    assert index.match(strike(claimant="oleh syniehubov")) == {1}


def test_a_subscription_saved_without_phrases_matches_only_its_saved_keys():
    saved = {"claimants": ["Syniehubov"], "claimant_keys": ["oleh syniehubov"]}
    index = SubscriptionIndex()
    index.add(1, "telegram", "501", Filters.from_query(saved))
    assert index.match(strike(claimant="syniehubov")) == set()
