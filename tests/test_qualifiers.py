"""extract.qualifiers.qualify: exact, approx, at_least, at_most and range, with low/high per CLAIMS.md."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.models import Article
from extract.numbers import find_figures
from extract.pipeline import extract
from extract.qualifiers import qualify


def qualified(sentence: str, index: int = 0) -> tuple[str, int, int | None, int | None]:
    figure = find_figures(sentence)[index]
    return qualify(figure, sentence)


def test_a_bare_figure_is_exact_with_both_bounds() -> None:
    assert qualified("The strike killed 31 people in the square.") == ("exact", 31, 31, 31)


@pytest.mark.parametrize("sentence", [
    "Around 300 soldiers died in the assault.",
    "About 300 soldiers died in the assault.",
    "Roughly 300 soldiers died in the assault.",
    "Some 300 soldiers died in the assault.",
    "Nearly 300 soldiers died in the assault.",
    "Almost 300 soldiers died in the assault.",
    "An estimated 300 soldiers died in the assault.",
    "Approximately 300 soldiers died in the assault.",
    "Close to 300 soldiers died in the assault.",
])
def test_approximate_words(sentence: str) -> None:
    assert qualified(sentence) == ("approx", 300, 300, 300)


def test_just_under_is_at_most_as_under_is() -> None:
    assert qualified("Just under 500 of the missing were children.") == ("at_most", 500, None, 500)


def test_approx_word_after_the_figure() -> None:
    assert qualified("The blast killed 40 or so workers.")[0] == "approx"


@pytest.mark.parametrize("sentence", [
    "At least 300 soldiers died in the assault.",
    "More than 300 soldiers died in the assault.",
    "Over 300 soldiers died in the assault.",
    "Upwards of 300 soldiers died in the assault.",
    "In excess of 300 soldiers died in the assault.",
    "No fewer than 300 soldiers died in the assault.",
    "The death toll has exceeded 300, officials said.",
    "The number of dead has topped 300.",
])
def test_lower_bound_words(sentence: str) -> None:
    assert qualified(sentence) == ("at_least", 300, 300, None)


def test_or_more_after_the_figure_is_at_least() -> None:
    assert qualified("The raid left 300 or more soldiers dead.") == ("at_least", 300, 300, None)


@pytest.mark.parametrize("sentence", [
    "Up to 950 soldiers may have been captured.",
    "Fewer than 950 soldiers were captured.",
    "Less than 950 soldiers were captured.",
    "Under 950 soldiers were captured, Kyiv said.",
    "As many as 950 soldiers were captured.",
    "No more than 950 soldiers were captured.",
])
def test_upper_bound_words(sentence: str) -> None:
    assert qualified(sentence) == ("at_most", 950, None, 950)


@pytest.mark.parametrize("sentence, low, high", [
    ("Between 150 and 300 soldiers are held there.", 150, 300),
    ("The army lost 50,000-70,000 troops.", 50_000, 70_000),
    ("The army lost 50,000 to 70,000 troops.", 50_000, 70_000),
])
def test_range_has_value_low_and_both_ends(sentence: str, low: int, high: int) -> None:
    assert qualified(sentence) == ("range", low, low, high)


def test_between_does_not_read_as_an_at_least_word_before_it() -> None:
    assert qualified("Officials said more than between 150 and 300 were taken.")[0] == "range"


def test_vague_amount_is_a_lower_bound() -> None:
    assert qualified("Hundreds of civilians were killed in the siege.") == ("at_least", 100, 100, None)


def test_each_figure_takes_its_own_words() -> None:
    sentence = "The strike killed 57 people, including at least 4 children."
    assert qualified(sentence, 0) == ("exact", 57, 57, 57)
    assert qualified(sentence, 1) == ("at_least", 4, 4, None)


def test_qualifier_word_far_before_the_figure_does_not_apply() -> None:
    sentence = "Over the weekend, the ministry said that 42 prisoners had come home."
    assert qualified(sentence)[0] == "exact"


def test_word_figure_with_approx() -> None:
    assert qualified("Nearly five million Ukrainians have applied for protection.") == \
        ("approx", 5_000_000, 5_000_000, 5_000_000)


def test_rounded_scaled_figure_with_more_than() -> None:
    assert qualified("More than 1.2K bodies have been returned.") == ("at_least", 1200, 1200, None)


def test_handed_over_is_not_at_least() -> None:
    assert qualified("Russia handed over 6,000 bodies on Friday.")[0] == "exact"


def test_upward_of_is_at_least() -> None:
    assert qualified("Upward of 300 soldiers died in the assault.")[0] == "at_least"


def test_estimated_that_is_approximate() -> None:
    sentence = "Researchers estimated that 4,120 residents died during the siege."
    assert qualified(sentence) == ("approx", 4120, 4120, 4120)


def qualifiers_in(text: str) -> list[tuple[int, str]]:
    """(value, qualifier) of each claim extract() finds in the text."""
    return [(c.value, c.qualifier) for c in extract(Article(text=text, published=dt.date(2024, 6, 14)))]


def test_at_least_covers_a_coordinated_figure_past_the_part_between_them() -> None:
    text = "At least 40 civilians were killed, including 6 children, and 120 injured in the overnight strikes."
    assert qualifiers_in(text) == [(40, "at_least"), (6, "exact"), (120, "at_least")]


def test_around_covers_a_coordinated_figure_after_a_long_subject() -> None:
    text = "Around 300 conscripts sent to the front without any training had been killed and 900 wounded."
    assert qualifiers_in(text) == [(300, "approx"), (900, "approx")]


def test_as_high_as_is_an_upper_bound() -> None:
    assert qualified("He said the true toll could be as high as 3,000.") == ("at_most", 3000, None, 3000)


def test_closer_to_is_approximate() -> None:
    assert qualified("Investigators now think the dead were closer to 400.") == ("approx", 400, 400, 400)


def test_a_figure_an_estimate_verb_governs_from_further_back_is_approximate() -> None:
    sentence = "The agency estimated in its spring assessment that 420,000 people had left the frontline districts."
    assert qualified(sentence) == ("approx", 420000, 420000, 420000)


def test_as_many_as_after_taken_is_an_upper_bound() -> None:
    assert qualified("The ombudsman said the occupiers may have taken as many as 20,000 teenagers.") == \
        ("at_most", 20000, None, 20000)


def test_a_figure_followed_by_hyphen_odd_is_approximate() -> None:
    assert qualified("Rescuers moved 2,400-odd residents to the school gym.") == ("approx", 2400, 2400, 2400)


def test_a_figure_followed_by_hyphen_plus_is_a_lower_bound() -> None:
    assert qualified("Medics have treated 600-plus soldiers at the field hospital.") == ("at_least", 600, 600, None)
