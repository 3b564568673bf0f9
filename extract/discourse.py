"""How an article talks: new topics, questions, interviews, people introduced, and speech in the first person."""
from __future__ import annotations

import re
from functools import lru_cache

from extract.attribution import KNOWN_CLAIMANTS, canonical, is_person_name, may_name_person, people_in
from extract.tables import any_of, load

_G = load("grammar")

# "Separately, …", "**18.05** …": a sentence that turns to a new topic or starts a live blog's next entry.
_TOPIC_OPENER = re.compile(rf"^[\W_]*(?:(?i:{'|'.join(map(re.escape, _G['topic_openers']))})(?!\w)"
                           rf"|\d{{1,2}}[.:]\d{{2}}\s*(?:\*|[–—-]|[A-Z]{{3,4}}\b|$))")


def opens_topic(sentence: str) -> bool:
    """Whether the sentence turns to a new topic, so that it carries on no speaker's words before it."""
    return _TOPIC_OPENER.match(sentence) is not None


# "Mykola, call sign Dnister, is 34 …", "Major Oleksandr, who goes by …": a sentence that opens on a person it
# introduces by one or two names.
_OPENS_ON_PERSON = re.compile(rf"^[\W_]*([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}}),\s+"
                              rf"(?:{'|'.join(map(re.escape, _G['person_introducers']))})\b")


# "Dmytro Usov runs the …": a sentence whose subject is a person's full name, a lower-case verb after it.
_OPENS_ON_FULL_NAME = re.compile(r"^[\W_]*(?!(?:The|A|An|This|Our)\s)"
                                 r"([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+[a-z]")


def introduced_person(sentence: str) -> str | None:
    """The person a sentence introduces: the one it opens on ("Mykola, call sign Dnister, …"), else a full name
    it gives, else the full name it opens on as its subject ("Dmytro Usov heads the …")."""
    opening = _OPENS_ON_PERSON.match(sentence)
    if opening and may_name_person(opening.group(1)):
        return opening.group(1)
    names = people_in(sentence)  # "Russia's High Commissioner Tatyana Moskalkova has …": the table's people too
    if names:
        return names[0]
    subject = _OPENS_ON_FULL_NAME.match(sentence)
    return subject.group(1) if subject and is_person_name(subject.group(1)) else None


# "**Mr. Schmale:** Thank you …", "**Question (Swiss radio):** …", "Q: …": a transcript's label of who speaks.
_SPEAKER_LABEL = re.compile(r"^\*\*([A-Z][^*:()]{0,40}?)\s*(?:\([^)]*\))?\s*(?::\*\*|\*\*:)\s"
                            r"|^([A-Z][A-Z.'’ -]{0,30}):\s")
_INTERVIEWER_LABELS = frozenset(_G["interviewer_labels"])
_ANSWER_LABELS = frozenset(_G["answer_labels"])
ANSWER = "\x00answer"  # the label of an answer ("A:"): the interviewee's, whoever that is


def is_interview_label(label: str) -> bool:
    """ "Q", "Answer", "Interviewer": a label that marks a question or its answer, so the text is an interview."""
    lower = label.lower()
    return lower in _INTERVIEWER_LABELS or lower in _ANSWER_LABELS


# "Are you able to …?", "spoke to us", "in an interview": what shows an interview, not an explainer's sub-heading.


def _as_written(words: list[str]) -> str:
    """An alternation of the lower-case words, each also with a capital first letter (not "US" for "us")."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))


_SECOND_PERSON = re.compile(rf"\b(?:{_as_written(_G['second_person_words'])})\b")
_INTERVIEW_WORDS = re.compile(rf"\b(?:{_as_written(_G['interview_evidence'])})\b")


def addresses_someone(question: str) -> bool:
    """ "What are your losses like?": a question put to someone, in the second person."""
    return ("you" in question or "You" in question) and _SECOND_PERSON.search(question) is not None


def tells_of_interview(sentence: str) -> bool:
    """ "Lubinets spoke to us …", "We spoke by video link": a sentence that says the outlet spoke to someone."""
    return (("us" in sentence or "nterview" in sentence or "we " in sentence or "We " in sentence)
            and _INTERVIEW_WORDS.search(sentence) is not None)


def speaker_label(line: str) -> str | None:
    """The label a transcript's line opens on ("**Mr. Schmale:**" → "Mr. Schmale"), if any (it starts with "*" or
    two capitals)."""
    m = _SPEAKER_LABEL.match(line)
    return (m.group(1) or m.group(2)).strip() if m else None


# "13:05 Fedorov: the death toll has risen to four.", "Zelensky: Russia has lost …": a line (a live blog's entry) that
# opens on one to three capitalised words and a colon, a news line's way to say who speaks.
_LINE_LABEL = re.compile(r"[\W_]*(?:\d{1,2}[.:]\d{2}\b[\s*–—-]*)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}):\s+\S")


def line_label(sentence: str) -> str | None:
    """The words a news line in prose opens on before a colon ("13:05 Fedorov: …." → "Fedorov"), perhaps who speaks
    it (not a headline's, "Prigozhin: 20,000 killed", which sums up what the body says with its speaker)."""
    return headline_label(sentence) if sentence.rstrip(_QUESTION_CLOSERS).endswith((".", "!")) else None


def headline_label(sentence: str) -> str | None:
    """The words a headline opens on before a colon ("Gladkov: more than 2,300 …" → "Gladkov"), perhaps its
    speaker."""
    m = _LINE_LABEL.match(sentence) if sentence.find(":", 2, 60) >= 0 else None
    return m.group(1) if m else None


def speaker_of(label: str) -> str | None:
    """Who a label names as speaking: a person or a known body ("Mr. Schmale" → "Schmale"), `ANSWER` for an
    answer's label; None for a question's or a label that names no speaker ("Spokesperson", "The claim")."""
    lower = label.lower()
    if lower in _INTERVIEWER_LABELS:
        return None
    if lower in _ANSWER_LABELS:
        return ANSWER
    name = canonical(label)
    titled = name != label and name[:1].isupper()  # "Mr. Schmale" → "Schmale"
    return name if titled or name in KNOWN_CLAIMANTS or is_person_name(name) else None


# A question on a line of its own ends in "?", or in "?" closed by bold or italic markup.
_QUESTION_ENDS = ("?", "?*", "?**", "?_")
_QUESTION_MARKUP = " \t*_"
_QUOTE_MARKS = tuple("\"“”«»")
# What may close a question within a sentence: quote marks, bold markup, white space.
_QUESTION_CLOSERS = " *\"'”"


def is_question(line: str) -> bool:
    """ "**And your own losses?**": an interviewer's question, not a quoted one (its markup aside, it opens on
    no quote mark)."""
    return line.endswith(_QUESTION_ENDS) and not line.lstrip(_QUESTION_MARKUP).startswith(_QUOTE_MARKS)


def asks(sentence: str) -> bool:
    """ "How have the Russian attacks changed?": a sentence that ends in a question, quoted or not."""
    return sentence.rstrip(_QUESTION_CLOSERS).endswith("?")


# "I", "we", "my battalion": the words of a speaker speaking of himself or his own.
_FIRST_PERSON = re.compile(rf"\b(?:{'|'.join(_G['first_person_words'])})\b")
_SUBJECTS = _G["first_person_subjects"]  # lower case: "i", "we", "my", "our"
_FIRST_PERSON_SUBJECTS = frozenset(_SUBJECTS)
# Looked for in lower-cased text with a space put before it, by one search for any of them.
_SUBJECT_WORDS = any_of([f" {word} " for word in _SUBJECTS])
_SUBJECT_ENDS = tuple(f"{word} " for word in _SUBJECTS)  # the same, less the space before


def speaks_in_first_person(sentence: str) -> bool:
    """ "we lost 14", "I would say 60 a day": the speaker's own voice."""
    return _FIRST_PERSON.search(sentence) is not None


def is_first_person_subject(word: str) -> bool:
    """ "We", "my": a source's first word that makes it the speaker or the speaker's own."""
    return word.lower() in _FIRST_PERSON_SUBJECTS


def has_first_person_subject(text: str) -> bool:
    """ "On our sector, they lose 60 a day": whether the text holds "I", "we", "my" or "our" as a word
    (in any case, with a space after it)."""
    return _SUBJECT_WORDS.search(" " + text.lower()) is not None


@lru_cache(maxsize=256)
def may_have_first_person_subject(sentence: str) -> bool:
    """Whether a piece of the sentence could pass `has_first_person_subject`: only if the lower-cased sentence
    holds one of its words with the space after (lower-casing maps character by character, but for a final
    sigma, so a piece's lower case holds what the sentence's does there). A cheap test, once per sentence."""
    lower = sentence.lower()
    for word in _SUBJECT_ENDS:  # (substring tests: faster than a regex over the whole sentence)
        if word in lower:
            return True
    return False
