"""extract.discourse: new topics, questions, people introduced, and speech in the first person."""
from __future__ import annotations

import pytest

from extract import discourse
from extract.discourse import (ANSWER, asks, has_first_person_subject, introduced_person, is_first_person_subject,
                               is_question, may_have_first_person_subject, opens_topic, speaker_label, speaker_of,
                               speaks_in_first_person)


@pytest.mark.parametrize("line, expected", [
    ("**And your own losses?**", True),
    ("What are your losses like?", True),
    ("_How many?_", True),
    ('"Why now?" he asked.', False),  # a question quoted within a sentence
    ('**"Who fired first?"**', False),  # a quote, not the interviewer's question
    ("The toll rose to 40.", False),
])
def test_is_question_is_an_interviewer_s_question_on_its_line(line: str, expected: bool) -> None:
    assert is_question(line) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("How have the Russian attacks changed?", True),
    ('"How many did you lose?"', True),
    ("**And theirs?**", True),
    ("He asked how many had died.", False),
])
def test_asks_is_a_question_quoted_or_not(sentence: str, expected: bool) -> None:
    assert asks(sentence) is expected


def test_first_person() -> None:
    assert speaks_in_first_person("we lost 14")
    assert speaks_in_first_person("I would say 60 a day")
    assert not speaks_in_first_person("they lost 14")
    assert is_first_person_subject("My") and is_first_person_subject("we")
    assert not is_first_person_subject("the")
    assert has_first_person_subject("On our sector, they lose 60 a day")
    assert not has_first_person_subject("Ours held")  # a word, with a space after it
    assert may_have_first_person_subject("We lost 14 men")
    assert not may_have_first_person_subject("They lost 14 men")


def test_opens_topic() -> None:
    assert opens_topic("Separately, 12 people were hurt in Kharkiv.")
    assert opens_topic("**18.05** Twelve people were hurt.")
    assert not opens_topic("Twelve people were hurt, he said.")


def test_introduced_person() -> None:
    assert introduced_person("Mykola, call sign Dnister, is 34 and commands a drone unit.") == "Mykola"
    assert introduced_person("Nothing here names anyone.") is None


def test_introduced_person_finds_a_known_person_after_a_title() -> None:
    assert introduced_person("Ukraine's human rights commissioner Dmytro Lubinets has met the families.") == "Lubinets"


@pytest.mark.parametrize("line, label", [
    ("**Ms. Novak:** Thank you for having me.", "Ms. Novak"),
    ("**Question (local radio):** How many were hurt?", "Question"),
    ("**Spokesperson**: Good afternoon.", "Spokesperson"),
    ("Q: Where were you?", "Q"),
    ("**Kharkiv**", None),
    ("Mayor Terekhov: the shelling did not stop.", None),  # a label is bold or in capitals
])
def test_speaker_label_is_the_label_a_transcript_line_opens_on(line: str, label: str | None) -> None:
    assert speaker_label(line) == label


@pytest.mark.parametrize("label, speaker", [
    ("Ms. Novak", "Novak"),
    ("Olena Shevchuk", "Olena Shevchuk"),
    ("Question", None),
    ("Spokesperson", None),  # a role, not who
    ("The claim", None),
    ("A", ANSWER),
])
def test_speaker_of_a_label_is_a_person_or_known_body(label: str, speaker: str | None) -> None:
    assert speaker_of(label) == speaker


@pytest.mark.parametrize("question, expected", [
    ("What are your losses like?", True),
    ("**Do you take prisoners?**", True),
    ("What do we know about the losses?", False),
    ("What happens next?", False),
])
def test_addresses_someone_is_a_question_in_the_second_person(question: str, expected: bool) -> None:
    assert discourse.addresses_someone(question) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ukraine's ombudsman Dmytro Lubinets spoke to us after the latest swap.", True),
    ("We spoke by video link on 28 January.", True),
    ("President Volodymyr Zelensky visited the front on Monday.", False),
    ("The US said 40 were killed.", False),
])
def test_tells_of_interview_is_the_outlet_saying_it_spoke_to_someone(sentence: str, expected: bool) -> None:
    assert discourse.tells_of_interview(sentence) is expected


def test_introduced_person_is_a_full_name_the_sentence_opens_on_as_its_subject() -> None:
    assert introduced_person("Iryna Savchuk runs the press office of the regional police.") == "Iryna Savchuk"


@pytest.mark.parametrize("sentence, expected", [
    ("14:20 Kovalenko: nine people are now in hospital.", "Kovalenko"),
    ("Oleh Hryhorov: the toll has reached five.", "Oleh Hryhorov"),
    ("Kovalenko: nine people in hospital", None),  # a headline, no sentence
    ("Update at 14:20: nine people are now in hospital.", None),
])
def test_line_label_is_the_name_a_news_line_opens_on_before_a_colon(sentence: str, expected: str | None) -> None:
    assert discourse.line_label(sentence) == expected


def test_headline_label_is_the_name_a_headline_opens_on_before_a_colon() -> None:
    assert discourse.headline_label("Syniehubov: 40 residents evacuated from border villages") == "Syniehubov"
    assert discourse.headline_label("Four killed in overnight shelling of Nikopol") is None
