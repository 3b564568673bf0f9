"""Matching one new figure against subscriptions: the same filters as /claims, found through an index."""
from __future__ import annotations

from store.query_parser import parse_query
from store.subscription_index import Figure, Filters, SubscriptionIndex, text_tokens

TORETSK = Figure(group_id=1, value=1070, category="killed", side="russia", population="military",
                 claimant_key="general staff of the armed forces of ukraine", place_key="toretsk",
                 outlet_key="steppe courier", month=9, when_key=20250903,
                 tokens=text_tokens("Ukraine's General Staff said 1,070 Russian soldiers had been killed "
                                    "in assaults around Toretsk."))
SWAP = Figure(group_id=2, value=84, category="prisoners_exchanged", side="both", population="military",
              month=6, when_key=20250620, tokens=text_tokens("Russia and Ukraine exchanged 84 prisoners each."))


def index_of(*words: str) -> SubscriptionIndex:
    index = SubscriptionIndex()
    for number, text in enumerate(words, 1):
        index.add(number, "telegram", str(500 + number), Filters.from_query(parse_query(text).model_dump(mode="json")))
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
