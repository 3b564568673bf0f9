"""How figures read in replies: as a reporter writes them."""
from __future__ import annotations

from handlers.wording import figure, group_line, headline, number, short_excerpt, what, when
from store.records import Group


def test_at_least_reads_at_least():
    assert figure(18900, 18900, None, "at_least") == "at least 18,900"


def test_at_most_reads_up_to():
    assert figure(100000, None, 100000, "at_most") == "up to 100,000"


def test_a_range_reads_low_to_high():
    assert figure(150, 150, 300, "range") == "150–300"


def test_approx_reads_about():
    assert figure(7000, 7000, 7000, "approx") == "about 7,000"


def test_millions_read_in_words():
    assert number(4_000_000) == "4 million" and number(1_200_000) == "1.2 million"


def test_returned_bodies_say_whose():
    assert what("bodies_returned", "ukraine", "military") == "bodies of Ukrainian soldiers returned"


def test_exchanged_prisoners_are_pows():
    assert what("prisoners_exchanged", "russia", "military") == "Russian POWs freed in exchanges"


def test_a_headline_is_the_figure_then_what_it_counts():
    group = Group(id=1, value=18900, low=18900, high=None, qualifier="at_least", category="killed",
                  side="russia", population="military", month=3, year=2022, when_key=20220300, vague=False,
                  excerpt="at least 18,900 Russian troops had died", claimants=[], places=[], outlets=[],
                  n_sources=1, published=None)
    assert headline(group) == "at least 18,900 Russian soldiers killed"


def test_a_place_with_another_name_in_brackets_is_not_bracketed_twice():
    group = Group(id=7, value=40, low=40, high=40, qualifier="exact", category="killed", side="ukraine",
                  population="civilian", month=2, year=2025, when_key=20250200, vague=False,
                  excerpt="40 civilians were killed in Krasnoarmeysk", claimants=[],
                  places=["Krasnoarmeysk (Pokrovsk)"], outlets=[], n_sources=1, published=None)
    assert " (Krasnoarmeysk [Pokrovsk])" in "".join(span.text for span in group_line(group))


def test_a_month_without_a_year_is_just_the_month():
    assert (when(6, None), when(6, 2025)) == ("Jun", "Jun 2025")


def test_a_long_excerpt_is_cut_around_the_figure():
    text = ("Officials spoke at length about the talks, the weather, the roads and the schedule before "
            "they said that 1,212 bodies had been handed over at the border on a cold morning, and then "
            "went on to discuss several other matters of no interest to anyone reading this sentence.")
    cut = short_excerpt(text, 1212, 100)
    assert "1,212" in cut and len(cut) <= 102 and cut.startswith("…")


def test_an_excerpt_stops_before_a_neighbouring_figure():
    text = "The centre said 24 came back from Luhansk and 64 from Zaporizhzhia, while 17 came from Russia."
    assert short_excerpt(text, 24) == "The centre said 24 came back from Luhansk…"


def test_an_excerpt_starts_after_a_preceding_figure():
    text = "The centre said 24 came back from Luhansk and 64 from Zaporizhzhia, while 17 came from Russia."
    assert short_excerpt(text, 17) == "…from Zaporizhzhia, while 17 came from Russia."


def test_a_range_keeps_both_ends_in_its_excerpt():
    text = "Officials said between 150 and 300 people may lie in the grave."
    assert short_excerpt(text, 150, low=150, high=300) == text
