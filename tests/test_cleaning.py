"""extract.cleaning: page furniture (appeals, adverts, comment forms, link lists) is separated from the article."""
from __future__ import annotations

import pytest

from extract.cleaning import body_blocks, headline, headline_end, is_furniture


def kept(text: str) -> list[str]:
    return [text[start:end] for start, end in body_blocks(text)]


LEAD = "Russian shelling killed 12 civilians in Kherson on Tuesday, the regional governor said."
SECOND = "The governor added that 30 people had been wounded, four of them seriously."


@pytest.mark.parametrize("line", [
    "Please support our independent journalism with a donation today.",
    "Donate now and help us keep reporting from the front line.",
    "Become a member and support independent journalism.",
    "Support us on Patreon",
])
def test_donation_appeals_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_donation_appeal_is_dropped_from_the_body() -> None:
    text = "\n".join([LEAD, "Please support our independent journalism with a donation today.", SECOND])
    assert kept(text) == [LEAD, SECOND]


def test_a_message_from_ends_the_article() -> None:
    text = "\n".join([LEAD, "A Message from the Editors",
                      "For two years our 40 reporters have covered the war.", SECOND])
    assert kept(text) == [LEAD]


def test_dear_readers_ends_the_article() -> None:
    text = "\n".join([LEAD, "Dear readers, 300 journalists depend on you. Help us keep going.", SECOND])
    assert kept(text) == [LEAD]


def test_read_also_list_is_dropped() -> None:
    text = "\n".join([LEAD, "Read also:", "Russia returns 50 bodies of fallen soldiers",
                      "Zelensky visits troops near Kupiansk", SECOND])
    assert kept(text) == [LEAD, SECOND]


@pytest.mark.parametrize("heading", ["**Read also:**", "### Related", "*Read more*"])
def test_link_list_under_a_marked_up_heading_is_dropped(heading: str) -> None:
    text = "\n".join([LEAD, heading, "- Another 40 soldiers come home from captivity",
                      "- Shelling injures three in a village near the front", SECOND])
    assert kept(text) == [LEAD, SECOND]


def test_inline_read_also_line_is_dropped() -> None:
    text = "\n".join([LEAD, "Read also: Russia returns 50 bodies of fallen soldiers", SECOND])
    assert kept(text) == [LEAD, SECOND]


def test_paragraph_after_the_link_list_is_kept() -> None:
    text = "\n".join([LEAD, "Read also:", "Russia returns 50 bodies of fallen soldiers",
                      "Rescuers worked through the night to reach people trapped under the rubble."])
    assert kept(text)[-1].startswith("Rescuers worked")


@pytest.mark.parametrize("line", [
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Log in to comment",
])
def test_comment_form_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_comment_form_ends_the_article() -> None:
    text = "\n".join([LEAD, "Leave a Reply", "Name *", "Comment: 25 soldiers were killed, I heard."])
    assert kept(text) == [LEAD]


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience on our site.",
    "Accept cookies",
    "© 2024 Example News. All rights reserved.",
])
def test_cookie_and_copyright_notices_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Advert", "Advertisement", "ADVERTISEMENT"])
def test_advert_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_advert_line_is_dropped_between_paragraphs() -> None:
    text = "\n".join([LEAD, "Advert", SECOND])
    assert kept(text) == [LEAD, SECOND]


@pytest.mark.parametrize("line", ["Share this article", "Subscribe to our newsletter", "Follow us on Telegram",
                                  "Photo: Reuters"])
def test_sharing_and_caption_lines_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The UN said international support for refugees had fallen sharply since the spring.",
    "Kyiv's allies pledged to support the reconstruction of the bombed hospital.",
    "Volunteers who contributed to the rescue effort said neighbours had pulled 14 people from the rubble.",
    LEAD,
])
def test_article_paragraphs_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_article_paragraph_mentioning_support_is_kept_in_the_body() -> None:
    paragraph = "Western support has helped the city rebuild, but 40 residents are still missing, officials said."
    assert kept("\n".join([LEAD, paragraph])) == [LEAD, paragraph]


def test_offsets_point_into_the_text() -> None:
    text = "\n\n" + LEAD + "\nAdvert\n" + SECOND + "\n"
    start, end = body_blocks(text)[1]
    assert text[start:end] == SECOND


def test_short_article_sentence_with_contributed_is_kept() -> None:
    assert not is_furniture("Western air defences contributed to the low toll, officials said.")


def test_short_article_sentence_with_donations_is_kept() -> None:
    assert not is_furniture("Donations to the army doubled after the strike on Kharkiv.")


def test_a_short_first_line_without_a_full_stop_is_the_headline() -> None:
    text = "Drone strike kills two in Nikopol\nTwo men died when a drone hit their car, the governor said."
    assert headline(text) == "Drone strike kills two in Nikopol"


def test_an_opening_sentence_is_not_a_headline() -> None:
    text = "Two men died when a drone hit their car in Nikopol, the governor said.\nThe city is shelled daily."
    assert headline(text) == ""


def test_a_source_link_line_mid_page_does_not_end_the_article() -> None:
    text = ("Shelling hit the market in the morning.\nSource link\n"
            "By evening the governor said 12 people had been killed.")
    assert kept(text)[-1] == "By evening the governor said 12 people had been killed."


def test_short_lines_under_a_trending_heading_are_links() -> None:
    text = "Nine people were hurt in the strike, officials said.\nTrending\nFerry capsizes off the coast\nMarkets open lower"
    assert kept(text) == ["Nine people were hurt in the strike, officials said."]


def test_a_wire_services_update_note_is_furniture() -> None:
    assert is_furniture("(Adds comment from the foreign ministry, paragraphs 4-6)")


def test_a_first_line_with_two_sentences_or_a_quote_is_not_a_headline() -> None:
    text = ('Ukraine said 500 Russian troops were killed near Pokrovsk in June. "It was a record."\n'
            "British intelligence estimated the same.")
    assert headline(text) == ""
    assert headline('Kyiv said the strike was "a crime."\nNo one was hurt.') == ""


def test_a_headline_ending_in_a_bracket_is_still_a_headline() -> None:
    text = "Drone strike kills two in Nikopol (video)\nTwo men died when a drone hit their car, the governor said."
    assert headline_end(text) == text.index("\n") + 1


def test_a_comment_counter_ends_the_article() -> None:
    text = f"{LEAD}\nComments (3)\nPlease log in to leave a comment\n"
    assert kept(text) == [LEAD]


def test_related_heading_of_several_words_is_furniture() -> None:
    assert is_furniture('Related investigations: "Who counted the 3,000 missing?" · "Inside the filtration camps"')
