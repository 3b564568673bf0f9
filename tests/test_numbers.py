"""extract.numbers.find_figures: digits, number words, scales, vague amounts, ranges and swaps."""
from __future__ import annotations

import pytest

from extract.numbers import Figure, find_figures


def only(sentence: str) -> Figure:
    """The one figure the sentence holds."""
    figures = find_figures(sentence)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]


@pytest.mark.parametrize("sentence, value", [
    ("Volunteers have identified 1,212 bodies so far.", 1212),
    ("The general staff counted 1 383 soldiers lost over the past day.", 1383),
    ("Kyiv puts Russian losses at 729 930 troops since the invasion.", 729930),
    ("Thin-space groupings such as 1\u202f383 soldiers also count.", 1383),
    ("Russia has lost 6060 soldiers, a blogger claimed.", 6060),
])
def test_digit_groupings_are_one_number(sentence: str, value: int) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize("sentence, value", [
    ("The agency said more than 1.2K bodies had come back.", 1200),
    ("Some 1.2 million people have returned to the city.", 1_200_000),
    ("An estimated 2.5m people left the east.", 2_500_000),
])
def test_scaled_digits(sentence: str, value: int) -> None:
    assert only(sentence).value == value


@pytest.mark.parametrize("sentence, value", [
    ("Roughly four million people have been displaced inside the country.", 4_000_000),
    ("Russia released a hundred prisoners on Tuesday.", 100),
    ("Two dozen soldiers came home in the swap.", 24),
    ("Twenty-five civilians were hurt in the strike.", 25),
    ("Seventeen people were pulled from the rubble.", 17),
    ("The town lost three hundred thousand residents to the war.", 300_000),
    ("About fifteen hundred soldiers were taken prisoner.", 1500),
])
def test_number_words(sentence: str, value: int) -> None:
    figure = only(sentence)
    assert figure.value == value
    assert figure.from_words


def test_digits_are_not_from_words() -> None:
    assert not only("The shelling killed 14 people.").from_words


@pytest.mark.parametrize("sentence, value", [
    ("Hundreds of people were buried in the courtyard.", 100),
    ("Thousands of families fled the city.", 1000),
    ("Dozens of civilians were hurt.", 24),
    ("Tens of thousands of soldiers have died, officials believe.", 10_000),
    ("Hundreds of thousands of residents left the region.", 100_000),
])
def test_vague_amounts_are_flagged(sentence: str, value: int) -> None:
    figure = only(sentence)
    assert figure.vague
    assert figure.value == value


def test_a_few_split_by_a_line_break_or_no_break_space_is_still_vague() -> None:
    for space in ("\n", "\u00a0"):
        figure = only(f"A{space}few thousands of residents stayed behind.")
        assert (figure.vague, figure.value) == (True, 1000)


def test_exact_figures_are_not_vague() -> None:
    assert not only("The strike killed 31 people.").vague


@pytest.mark.parametrize("sentence, low, high", [
    ("Between 150 and 300 soldiers are thought to be held there.", 150, 300),
    ("The army lost 50,000 to 70,000 troops in the offensive.", 50_000, 70_000),
    ("The army lost 50,000-70,000 troops in the offensive.", 50_000, 70_000),
    ("The army lost 50,000\u201370,000 troops in the offensive.", 50_000, 70_000),
    ("Between 1.5 and 2 million people have left the country.", 1_500_000, 2_000_000),
    ("Officials estimate 1.5-2 million people have left.", 1_500_000, 2_000_000),
    ("The losses are put at 50 to 70 thousand men.", 50_000, 70_000),
])
def test_ranges_are_one_figure_with_both_ends(sentence: str, low: int, high: int) -> None:
    figure = only(sentence)
    assert figure.is_range
    assert (figure.value, figure.low, figure.high) == (low, low, high)


def test_and_without_between_is_not_a_range() -> None:
    figures = find_figures("The strike killed 12 and injured 40 others.")
    assert [f.value for f in figures] == [12, 40]
    assert not any(f.is_range for f in figures)


def test_spaced_hyphen_between_two_counts_is_not_a_range() -> None:
    figures = find_figures("Casualties: killed 5 - wounded 7.")
    assert [f.value for f in figures] == [5, 7]


def test_descending_pair_is_not_a_range() -> None:
    assert not any(f.is_range for f in find_figures("The score went 300 to 150 overnight."))


def test_equal_swap_is_one_count_marked_as_a_swap() -> None:
    figures = find_figures("The sides agreed a 115 for 115 exchange of captured soldiers.")
    assert figures
    assert {(f.value, f.swap_with) for f in figures} == {(115, 115)}
    assert not any(f.is_range for f in figures)


def test_unequal_swap_keeps_each_sides_number() -> None:
    first, second = find_figures("Moscow handed back 90 for 82 of its own servicemen.")
    assert (first.value, first.swap_with) == (90, 82)
    assert (second.value, second.swap_with) == (82, 90)


@pytest.mark.parametrize("sentence", [
    "Denmark pledged more F-16 jets.",
    "The Su-25 crashed near the border.",
    "The 65th swap took place in Belarus.",
    "Soldiers of the 93rd Brigade were among those freed.",
    "The sirens sounded at 12:30 local time.",
])
def test_not_numbers(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_offsets_point_at_the_figure() -> None:
    sentence = "Officials said 1,212 bodies were returned."
    figure = only(sentence)
    assert sentence[figure.start:figure.end] == figure.text == "1,212"


def test_compound_number_words_with_and() -> None:
    assert only("One hundred and twenty soldiers were freed.").value == 120


def test_half_a_million() -> None:
    assert only("Half a million people fled the region.").value == 500_000


def test_two_figures_joined_by_or_are_a_range() -> None:
    figure = only("Each dugout is manned by two or three soldiers at a time.")
    assert (figure.is_range, figure.low, figure.high) == (True, 2, 3)


def test_years_joined_by_or_are_not_a_range() -> None:
    assert [f.text for f in find_figures("The bridge was built in 1998 or 1999.")] == ["1998", "1999"]


def test_a_hyphenated_swap_is_one_figure() -> None:
    figure = only("The talks ended with a 500-for-500 exchange of prisoners.")
    assert (figure.value, figure.swap_with) == (500, 500)


def test_one_before_a_person_is_a_figure() -> None:
    figure = only("The mayor said one woman had died and the rest were rescued.")
    assert (figure.text, figure.value) == ("one", 1)


def test_one_as_a_pronoun_is_not_a_figure() -> None:
    assert find_figures("One of the shells hit a school, and one day later another followed.") == []


@pytest.mark.parametrize("sentence", [
    "One soldier told Reuters that his unit had lost men.",
    "One person familiar with the talks said the bodies would be returned next week.",
    "The strike was confirmed, one person familiar with the matter said.",
])
def test_one_who_speaks_is_a_source_not_a_count(sentence: str) -> None:
    assert [f.value for f in find_figures(sentence)] == []


def test_one_who_was_hurt_still_counts() -> None:
    assert [f.value for f in find_figures("One soldier was wounded and later told medics he was fine.")] == [1]


@pytest.mark.parametrize("sentence", ["Voting ended 52 for 48 in the Rada on Monday.", "Tickets cost 200 for 2 people."])
def test_unequal_n_for_m_without_an_exchange_is_no_swap(sentence: str) -> None:
    assert all(f.swap_with is None for f in find_figures(sentence))


def test_unequal_n_for_m_in_an_exchange_is_a_swap() -> None:
    first, second = find_figures("Ukraine exchanged 52 for 48 prisoners on Monday.")
    assert (first.swap_with, second.swap_with) == (48, 52)


def test_and_a_half_before_a_scale_counts_the_fraction() -> None:
    assert only("Officials believe one and a half million people left the region that spring.").value == 1_500_000


def test_and_a_half_without_a_scale_is_no_count() -> None:
    assert find_figures("The convoy waited three and a half hours at the checkpoint.") == []


def test_one_more_person_counts_one() -> None:
    assert only("The overnight shelling killed one more pensioner in the village, police said.").value == 1


def test_one_with_a_word_before_its_person_noun_counts_one() -> None:
    assert only("Police said one delivery driver died when the shell hit the bakery.").value == 1


def test_one_before_a_person_noun_and_a_comma_counts() -> None:
    assert [f.value for f in find_figures("One woman, aged 71, died when the shell hit her yard.")] == [1, 71]
