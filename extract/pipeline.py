"""Article → claims: clean, split, find figures, and read each figure's context."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extract import attribution, categories, dates, discourse, places, sides
from extract.cleaning import body_blocks, headline, headline_end
from extract.filters import counts_weapons, is_excluded
from extract.heads import analyse
from extract.merge import merge
from extract.models import Article, Claim
from extract.numbers import Figure, find_figures
from extract.qualifiers import qualify
from extract.sentences import Sentence, split_sentences
from extract.tables import any_of, load, shortest_cover

_C = load("cues")
_G = load("grammar")
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                 "thousand", "million", "dozen")
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_NUMBER_WORDS)})")
_NUMBER_WORD_PARTS = shortest_cover(set(_NUMBER_WORDS))  # a sentence without any of them has no number word


def _has_number(text: str) -> bool:
    """A digit, or a number word starting a word."""
    if _DIGIT.search(text):
        return True
    lower = text.lower()
    for part in _NUMBER_WORD_PARTS:  # a plain loop: a generator for any() costs more than the tests
        if part in lower:
            return _NUMBER_WORD.search(lower) is not None
    return False


# Figures of what happened in a place (not of exchanges agreed elsewhere).
_EVENT_CATEGORIES = {"killed", "wounded", "casualties", "missing", "displaced"}
# Figures of people held somewhere: in the place the article is about when its title names that place alone.
_HELD_CATEGORIES = {"captured"}
# Words that name whose people a figure counts, so it needs no neighbour's.
_PEOPLE_WORDS = set(_C["named_people"])
# "he", "it", "they": a source that goes on with what was said before, and so when.
_PRONOUNS = {word for word in _C["pronouns"] if " " not in word}
_PERSONAL_PRONOUNS = ("he", "she", "him", "her")  # a person's: "according to him" is the last person named
# "Their central estimate is …", "Its count …": a subject that is the source before's own, the same.
_POSSESSIVE_START = re.compile(r"(?:Their|His|Her|Its)\s")
_COORDINATED = re.compile(r"[\w\s-]{0,80}\b(?:killed|dead|died|wounded|injured|hurt|missing)\s+(?:and|,)\s+",
                          re.IGNORECASE)
_PERSON_ROLES = set(_G["person_roles"])  # "the governor said": one person, not a body
_BODY_NOUNS = frozenset(_G["anaphoric_heads"])  # "the mission said": a body, not a person just quoted
_PORTFOLIOS = frozenset(_G["portfolios"])
# "defense" and "defence", "internal" and "interior": one portfolio, however spelt
_PORTFOLIO_OF = {word: group[0] for group in _G["portfolio_synonyms"] for word in group}
_RIVALS = frozenset(_G["rival_role_qualifiers"])  # "the occupation administration": not Kyiv's
_WORDS = re.compile(r"[a-z]+")  # the words of lower-cased text ("the city's mayor": "the", "city", "s", "mayor")


def _may_be_same_body(description: str, name: str) -> bool:
    """Whether a described body may be the one named: "the interior ministry" is not the "Defence Ministry" (a
    description or name that gives no portfolio may be any), "the occupation administration" not Kyiv's."""
    words = _WORDS.findall(description)
    held = _WORDS.findall(name.lower())
    if not _RIVALS.isdisjoint(words) and _RIVALS.isdisjoint(held):
        return False
    given = {_PORTFOLIO_OF.get(word, word) for word in _PORTFOLIOS.intersection(words)}
    portfolio = {_PORTFOLIO_OF.get(word, word) for word in _PORTFOLIOS.intersection(held)}
    return not given or not portfolio or bool(given & portfolio)


_PUBLISHER_HEADS = frozenset(h.capitalize() for h in _G["publisher_heads"])  # "Ministry of Defence": a body
# "Our Kyiv bureau", "Maria Koval in Kyiv", "our correspondent": no body
_NOT_PUBLISHERS = frozenset(_G["publisher_not_bodies"] + _G["outlet_reporter_nouns"])
_NAME_LINKS = frozenset(_G["name_links"])  # "Ministry of Defence", "Office of the Prosecutor General"
_REPOST_VERBS = tuple(_G["repost_verbs"])  # "publish", "repost": a page giving another's words as they were
_REPOSTS = re.compile(rf"(?i:\b(?:{'|'.join(_G['repost_verbs'])})\w*\s+"
                      rf"(?:(?:{'|'.join(_G['repost_determiners'])})\s+)?(?:{'|'.join(_G['repost_objects'])})\b)")
_CAPITALISED_PAIR = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b")  # "Vyacheslav Gladkov": maybe a person
# A byline or an agency's dateline ("KYIV (Reuters) -", "KYIV, June 14 -", "KYIV — "): a reporter's story.
_WIRE_OPENING = re.compile(r"By(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){1,6}\s*$"
                           r"|[A-Z][A-Z'’ /-]{2,40}(?:,[^-–—()]{1,20})?\s*(?:\([\w .]{2,20}\)\s*)?[-–—]\s")
_PUBLISHER_LINE = re.compile(rf"(?i:{'|'.join(_G['publisher_labels'])}):\s+([A-Z][^.!?:]{{2,80}})")


def _publisher(line: str) -> str | None:
    """ "From: Ministry of Defence" at the top of a page: the body that publishes it, in whose voice its own
    figures are (a body, not an author)."""
    m = _PUBLISHER_LINE.fullmatch(line.strip(" *"))
    return _body_name(m.group(1).strip()) if m else None


def _masthead(line: str) -> str | None:
    """ "Kherson Regional Military Administration" alone on a page's first line: the body whose page it is, as a
    "From:" line would say."""
    name = line.strip(" *#")
    # a name, every word capitalised but its linking ones: not a headline ("Kyiv hit overnight, says Interior Ministry")
    if len(name) > 80 or any(w[:1].islower() and w not in _NAME_LINKS for w in name.split()):
        return None
    return _body_name(name) if name[-1:].isalpha() else None


def _reposted(sentence: str) -> str | None:
    """ "Below we publish the messages of the governor … Vyacheslav Gladkov": the person whose own words the page
    reposts, in whose voice its figures are."""
    lower = sentence.lower()
    m = _REPOSTS.search(sentence) if any(cue in lower for cue in _REPOST_VERBS) else None
    if m is None:
        return None
    people = attribution.people_in(sentence) or [n for n in _CAPITALISED_PAIR.findall(sentence, m.end())
                                                 if attribution.is_person_name(n)]
    return people[0] if people else None


def _body_name(name: str) -> str | None:
    """The official body `name` names, if it names one (not a person, a bureau or an author)."""
    if not name or attribution.is_person_name(name):
        return None
    if name.lower() in attribution.ALIAS_PHRASES:
        return name  # a body the table knows
    # "Ministry of Defence", "Foreign … Office": a capitalised official head (not "Our Kyiv bureau", "news desk" or
    # a byline's "Maria Koval in Kyiv")
    head = name.split(" of ")[0].split()[-1]
    return name if head in _PUBLISHER_HEADS and _NOT_PUBLISHERS.isdisjoint(w.lower() for w in name.split()) else None


@lru_cache(maxsize=64)
def _placed_body(heads: str) -> re.Pattern[str]:
    """ "the Donetsk regional military administration": a body the text describes by its place, in lower case
    (`heads`: the alternatives for its last word, as a pattern)."""
    return re.compile(rf"\b[Tt]he\s+([A-Z][\w'’-]+(?:\s+[a-z][\w-]*){{0,3}}\s+(?:{heads}))\b")


_OWNED_HEADS = _BODY_NOUNS | frozenset(_G["described_bodies"])  # "their health department": a body someone owns
_OWNER_HEADS = "|".join(sorted(_G["described_bodies"]))  # "the Moscow-installed authorities": who owns "their" body
_APPOSITION = re.compile(r"\s*,\s*([^,]+),")  # ", head of the regional administration," after a name
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast|province))?")  # of a body


_QUOTES = ('"', "“", "«")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+|^[A-Z][\w' -]{2,40}:\s")

# "… killed, including 683 children, and 30,700 injured": the same, past a part of the first figure.
_COORDINATED_PAST_PART = re.compile(r"[\w\s-]{0,80}\b(?:killed|dead|died|wounded|injured|hurt|missing),\s+"
                                    r"(?:including|among\s+them|among\s+whom|of\s+whom)\s+[^,;]{1,40},\s+(?:and\s+)?",
                                    re.IGNORECASE)
_SHARED_QUALIFIERS = ("at_least", "approx", "at_most")


# "the number of convicts he had enlisted": a sentence that names what it counts, so continues no count
# before it, unless that is only people ("the number of victims") or a part of that count ("of them").
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:the\s+|these\s+|those\s+)?([\w'’-]+)", re.IGNORECASE)
_ANY_PEOPLE = set(_C["people_nouns"]["neutral"]) | set(_C["weak_civilian_nouns"])
# "of them", "among whom": a part of a group counted before.
_THEM = "|".join(_G["partitive_pronouns"])
_PART_OF_THEM = re.compile(rf"\b(?:among|of)\s+(?:{_THEM})\b", re.IGNORECASE)


def _counts_other(sentence: str) -> bool:
    """Whether the sentence says what its count is of ("the number of convicts …"), other than people at large."""
    return "umber" in sentence and _PART_OF_THEM.search(sentence) is None \
        and any(m.group(1).lower() not in _ANY_PEOPLE for m in _NUMBER_OF.finditer(sentence))


def _is_header(text: str) -> bool:
    """ "Casualties by region:", "**The toll so far:**": a line that introduces what follows it."""
    return text.rstrip(" *").endswith(":")


# "- Kherson city - 10", "Bilozerka: 3 (+1)", "12 — children", "Kherson city - 10, including a boy", "- Sumy region
# (41)": an item whose figure is its main value, which alone takes its header's category (not "Route 2: buses leave
# at 8 from the station").
# A shorter qualifier list than `qualifiers.LEADING`: the longer one gives the same claims but costs time.
_MAIN_VALUE_ITEM = re.compile(r"[-*•\s]*(?:[^\d:–—\n]{1,60}?\s*[-–—:]\s*(?:about|around|some|over)?\s*\d[\d,.\u202f ]*"
                              r"(?:\s*\(\s*\+?\s*\d[\d,.]*\s*\))?(?:\s+[^\d\s]+){0,3}"
                              r"(?:,\s+(?:including|among\s+them)\s[^:;\n]{1,60})?"
                              r"|[^\d:–—()\n]{1,60}?\s\(\s*(?:about|around|some|over)?\s*\d[\d,.\u202f ]*\s*\)"
                              r"|\d[\d,.\u202f ]*\s*[-–—:]\s+\D{1,80})[.;,]?\s*$")


class _Context:
    """What the article has said so far, to resolve each figure's source against: the sentences before (with
    their list items and paragraphs), the claimants resolved in them, the people introduced, whether the
    article is an interview (a question on a line of its own, then its answer), and who speaks a transcript's
    paragraph ("**Mr. Schmale:** …").

    Sources are looked up lazily, walking back from the figure that needs one, so sentences
    that no claim refers back to cost nothing.
    """

    _DETERMINERS = frozenset(("the", "a", "an", "s"))
    _DOCUMENT_NOUNS = frozenset(_G["source_documents"])  # "the count", "the report": a source's record
    _BODY_HEADS = frozenset(_G["body_heads"])  # "the rights group": a body described by its kind alone
    _NON_STATE_BODIES = frozenset(_G["non_state_bodies"])  # what "the group" can be: not the Kremlin, a ministry
    _APPOSED = re.compile(r",\s+(?:a|an|the)\s[^,.;]{0,60}$")  # "Human Rights Watch, a New York-based rights group"

    def __init__(self) -> None:
        self.before: list[str] = []  # the sentences read so far, before the current one
        self.items: list[int | None] = []  # for each of them, the list item it stands in (its first sentence)
        self.blocks: list[int] = []  # for each of them, its line or paragraph
        self.current = ""  # the sentence being read
        self.item: int | None = None  # the list item the sentence being read stands in, if any
        self.block = -1  # the line or paragraph of the sentence being read
        self.claims: list[Claim] = []
        self.place: str | None = None  # what the article is about, from its title and lede
        self.period: dates.When | None = None  # the month a monthly report is about, from its title
        self.sentence = 0  # index of the sentence being read
        self.last_claim_sentence = -10
        self.spoken: dict[int, str] = {}  # sentence index → the claimant last resolved for a figure in it
        self.sentences: list[Sentence] = []  # the article's sentences, to see a paragraph whole
        self.asked: int | None = None  # the block of a question standing alone on its line, until its answer
        self.interviewee: str | None = None  # who answers an interview's questions, once one is asked
        self.answering = False  # whether the paragraph being read answers an interviewer's question
        self.speaker: str | None = None  # who speaks the paragraph being read, by a transcript's label
        self.labels = 0  # the speaker labels read so far: two or more make a transcript …
        self.speaking = False  # … if a labelled paragraph speaks (in the first person, or a "Q:" label's)
        self.question = ""  # the last question standing alone on its line
        self.questions = 0  # the questions answered so far: two or more make an interview
        self.interview_label = False  # whether a "Q:" or "Answer:" label has been read
        self.introduced: dict[str, str] = {}  # surname → full name of the people named in the sentences …
        self.introduced_upto = 0  # … before this one, as far as `_introduced` has read
        self.opening = 0  # where the headline a text without a title opens on ends, if it does
        self.joint: str | None = None  # "we and BBC News Russian": with whom the article makes its own count
        self.publisher: str | None = None  # "From: Ministry of Defence": the body whose page the article is

    def enter(self, sentence: Sentence) -> None:
        """Start reading the next sentence: a list item, the rest of the item's line, or prose."""
        text, block = sentence.text, sentence.block
        # Text opening on a capital can only be a "Label: …" item, whose colon stands within its first 42 characters.
        if (not ("A" <= text[:1] <= "Z") or text.find(":", 3, 42) >= 0) and _LIST_ITEM.match(text):
            self.item = len(self.before)
        elif self.item is not None and block != self.block:
            self.item = None
        if self.asked is not None and block != self.asked:
            self._answered()
        if block != self.block:
            self._label(text)
            if (text[:1] == "*" or discourse.is_question(text)) and self._asks(text):
                self.asked, self.answering = block, False
                self.question = " ".join(s.text for s in self._paragraph())
        if self.publisher is None and len(self.before) < 12:  # (a page's publisher is named near its top)
            if text.find(":", 3, 14) >= 0:
                self.publisher = _publisher(text)
            elif not self.before:  # (the first line: its block is a new one)
                self.publisher = self._confirmed_masthead(text)
            elif len(self.before) < 4:
                self.publisher = _reposted(text)
        self.current, self.block = text, block

    def _confirmed_masthead(self, line: str) -> str | None:
        """The body a page's first line names alone, if the page's next lines name it again (a byline, a lede's
        "the head of the … said"): its publisher, not a title-case headline ("Strike Hits Regional Administration")."""
        body = _masthead(line)
        if body and any(_WIRE_OPENING.match(s.text) and body not in s.text for s in self.sentences[1:4]):
            return None  # "By Olena Harmash", "KYIV (Reuters) -": a wire story, under a line that names a body
        return body if body and any(body in s.text for s in self.sentences[1:6]) else None

    def _paragraph(self) -> list[Sentence]:
        """The sentences of the paragraph (line or list item) that the sentence being read stands in."""
        sentences, block = self.sentences, self.sentences[self.sentence].block
        start = end = self.sentence
        while start > 0 and sentences[start - 1].block == block:
            start -= 1
        while end + 1 < len(sentences) and sentences[end + 1].block == block:
            end += 1
        return sentences[start:end + 1]

    def _asks(self, text: str) -> bool:
        """Whether the paragraph starting with `text` is an interviewer's question: one sentence, or all in bold,
        that ends in "?" (a question that runs on into prose in its paragraph is not an interviewer's)."""
        paragraph = self._paragraph()
        last = paragraph[-1].text
        return discourse.is_question(last) and (len(paragraph) == 1 or (text.startswith("**") and last.endswith("**")))

    def _label(self, text: str) -> None:
        """A new paragraph: in a transcript, its speaker's label names who speaks it and the unlabelled ones after
        (a lone label makes no transcript, nor do labels of paragraphs that speak in no one's voice, such as a
        roundup's sections: such a label speaks for its own paragraph only)."""
        # A label is bold or in capitals.
        label = discourse.speaker_label(text) if text[:1] == "*" or text[:2].isupper() else None
        if label is None:
            if self.labels < 2 or not self.speaking:
                self.speaker = None
            return
        self.labels += 1
        self.interview_label = self.interview_label or discourse.is_interview_label(label)
        self.speaking = self.speaking or self.interview_label or self._paragraph_in_first_person()
        speaker = discourse.speaker_of(label)
        self.speaker = self.interviewee if speaker == discourse.ANSWER else speaker

    def _answered(self) -> None:
        """A question stood alone on its line: in an interview, whose answers are the person it introduced first."""
        self.asked, self.answering = None, True
        self.questions += 1
        if self.interviewee is None and self._is_interview():
            self.interviewee = next(filter(None, map(discourse.introduced_person, self.before[:-1])), None)

    def _is_interview(self) -> bool:
        """Whether the questions on their own lines are an interviewer's, not an explainer's sub-headings: a "Q:"
        label, a second question answered, a question put in the second person, or the outlet saying it spoke
        to someone."""
        return (self.interview_label or self.questions > 1 or discourse.addresses_someone(self.question)
                or any(map(discourse.tells_of_interview, self.before[:-1])))

    def leave(self) -> None:
        """Done with the sentence being read: it is now one of the sentences before."""
        self.before.append(self.current)
        self.items.append(self.item)
        self.blocks.append(self.block)

    def _named_before(self) -> Iterator[str]:
        """The claimants given and the sources quoted before, nearest first: in a list item its own
        sentences first; a list stays with its header."""
        for index in range(len(self.before) - 1, -1, -1):
            item = self.items[index]
            if item is not None and item != self.item:
                continue
            if index in self.spoken:
                yield self.spoken[index]
            for source in reversed(attribution.sources_in(self.before[index])):
                yield source.name

    def resolve(self, source: attribution.Source | None) -> str | None:
        """The claimant of a figure whose sentence names `source` (None: names none), recorded for the
        sentences after it to carry on.

        In a transcript, a figure the speaker gives as their own is the labelled speaker's; in an interview, an
        answer in the first person is the interviewee's. Otherwise a named source ("our tally": none) is
        itself, a surname given the full name it was introduced with ("Kyrylenko" → "Pavlo Kyrylenko"); a
        pronoun or "the center" is the last name before it; and no source carries on the reported speech
        of the sentences before (or of the list it stands in), else the figure is the article's own (None), or
        its own made with another ("we and BBC News Russian have confirmed …") once it said so.
        """
        if self.speaker and self._own_words(source):
            claimant = self.speaker
        elif self.interviewee and (self._answers_in_first_person(source) or self._answers(source)) \
                and not (source and attribution.is_outlets_own(source)):
            claimant = self.interviewee
        elif source is None:
            claimant = self._labelled() or self._carried()
        elif source.named:  # "our tally" outside an interview: the article's own count
            claimant = None if attribution.is_own(source) else (self._full_name(source.name) or None)
            if attribution.is_joint(source):
                self.joint = source.name
        else:
            claimant = self._antecedent(source)
        if claimant is None and (source is None or attribution.is_own(source)):
            # the article's own count is the one it said it makes with another, or its publisher's
            claimant = self.joint or self.publisher
        if claimant:  # what this sentence says, for the sentences after it to carry on
            self.spoken[self.sentence] = claimant
        return claimant

    def _answers_in_first_person(self, source: attribution.Source | None) -> bool:
        """ "we lost 14", "my battalion counted 1,100": in an interview, the interviewee's own words, as is all
        of an answer that speaks in the first person ("In addition, eight civilians came home. I want to …")."""
        return self._own_words(source) and (discourse.speaks_in_first_person(self.current)
                                            or (self.answering and self._paragraph_in_first_person()))

    def _answers(self, source: attribution.Source | None) -> bool:
        """Whether a figure without a source stands in the paragraph right under an interviewer's question, which
        quotes no one: the interviewee's answer, all of it."""
        if source is not None or not self.answering:
            return False
        start, block = self.sentence, self.block
        while start > 0 and self.sentences[start - 1].block == block:
            start -= 1
        return start > 0 and discourse.is_question(self.sentences[start - 1].text) \
            and not any(attribution.sources_in(s.text) for s in self._paragraph())

    @staticmethod
    def _own_words(source: attribution.Source | None) -> bool:
        """A figure the speaker gives as their own: no source named, or "we", "our information"."""
        return source is None or not source.name or discourse.is_first_person_subject(source.name.split()[0])

    def _paragraph_in_first_person(self) -> bool:
        """Whether any sentence of the paragraph being read speaks in the first person."""
        return any(discourse.speaks_in_first_person(s.text) for s in self._paragraph())

    def _carried(self) -> str | None:
        """The speaker whose reported speech a sentence without a source continues, if it has not lapsed.

        That is the last source quoted or claimant given before it ("the ministry" resolved), unless two
        sentences without either stand between (not counting those on the source's account itself: "The
        count, updated weekly, …"), or one of them (or this one) turns to a new topic ("Separately, …", a
        live blog's next entry). A list item carries on only its own sentences and the "…:" header of its
        list; prose skips the lists and the notes between their items. With nothing to carry on, a sentence opens
        the account of the source the next sentence names after its figure ("…, the group said").
        """
        if discourse.opens_topic(self.current):
            return None
        gap, own_item = 0, self.item
        for index in range(len(self.before) - 1, -1, -1):
            text = self.before[index]
            item = self.items[index]
            if item is None or item != own_item:
                if item is not None or self._between_items(index):
                    continue
                if own_item is not None and not _is_header(text):
                    return None  # the list has no "…:" header: its items are the article's own
                own_item = None  # past the list's header, read on as prose
            if not _is_header(text) and not _ON_THE_ACCOUNT.match(text):
                gap += 1
            if gap > 2:
                return self._said_next()
            said = self._said_in(index)
            if said or discourse.opens_topic(text):
                return said
        return self._said_next()

    def _labelled(self) -> str | None:
        """ "13:05 Fedorov: the death toll has risen to four": who a news line opens on before a colon, if that names a
        speaker (a known claimant, or the full name or surname of a person named before), not a place or topic;
        "Gladkov: more than 2,300 …": who a headline opens on, if the body names that person in full."""
        label = discourse.line_label(self.current)
        in_headline = label is None and self.sentence == 0 and self.opening > 0
        if in_headline:
            label = discourse.headline_label(self.current)
        if label is None:
            return None
        name = attribution.canonical(label)
        if name in attribution.KNOWN_CLAIMANTS:
            return self._full_name(name)
        if in_headline:
            return self._named_in_full_after(label)
        full = self._full_name(label)
        if full != label:
            return full
        # "Oleh Hryhorov: …" after the article named him: a person it knows (not "Air Raid Alert:", a topic)
        return name if attribution.is_person_name(name) and name in self._introduced().values() else None

    def _named_in_full_after(self, surname: str) -> str | None:
        """The person the next sentences name in full by the surname a headline opens on, if any."""
        for sentence in self.sentences[1:4]:
            for person in attribution.person_names(sentence.text):
                if person.split()[-1] == surname:
                    return person
        return None

    def _said_next(self) -> str | None:
        """ "At least 61 have been released. Nine died in custody, the group said.": for a sentence that carries on no
        one's words, the source the next sentence of its paragraph names after its figure (the account it opens), or
        the one the next sentence says said it, in the paragraph after too ("Trehubov said this on television")."""
        following = self.sentence + 1
        if following >= len(self.sentences):
            return None
        text = self.sentences[following].text
        back = attribution.says_it_back(text)
        if not (back or self.sentences[following].block == self.block) or discourse.opens_topic(text):
            return None
        named = attribution.sources_in(text)
        source = named[0] if named else attribution.unnamed_source(text)
        if source is None or not (back or self._trails(text, source.name)):
            return None  # "In Kharkiv, the mayor said two were hurt": a new speaker, of that sentence's figures
        if places.apart(places.places_in(self.current), places.places_in(text)):
            return None  # "Two were killed in Odesa. Four were hurt in Kherson, the governor said": another scene's
        return (self._full_name(source.name) or None) if source.named else self._antecedent(source)

    @staticmethod
    def _trails(sentence: str, name: str) -> bool:
        """Whether the source is named after the sentence's first figure, or after a comma in a sentence without
        one: "Nine died, the group said" (an account going on), not "In Kharkiv, the mayor said two were hurt"."""
        at = sentence.find(name)
        if at <= 0:
            return False
        figures = find_figures(sentence)
        return at > figures[0].end if figures else sentence[:at].rstrip().endswith(",")

    def _said_in(self, index: int) -> str | None:
        """The source a sentence before quotes or the claimant it gave ("the ministry" resolved), if any."""
        text = self.before[index]
        named = attribution.sources_in(text)
        if named:
            return named[-1].name
        if index in self.spoken:
            return self.spoken[index]
        unnamed = attribution.unnamed_source(text)
        if unnamed is not None:
            return self._antecedent(unnamed)
        if index and text.startswith(_QUOTES) and self.blocks[index - 1] == self.blocks[index]:
            return self._said_in(index - 1)  # a quote that follows a quote in its paragraph: the same speaker's
        return None

    def _between_items(self, index: int) -> bool:
        """Whether the sentence stands between two items of a list: a note on the item above it."""
        before, after = self.items[index - 1:index], self.items[index + 1:index + 2]
        return bool(before and after and before[0] is not None and after[0] is not None)

    def _antecedent(self, source: attribution.Source) -> str | None:
        """What a pronoun or "the center" stands for: the last name before it, of the same kind if any."""
        described, _, _ = source.name.lower().partition(" of ")
        head = described.split()[-1]  # "the head of the administration": a head, not the administration
        if described != source.name.lower() and head in _PERSON_ROLES:
            holder = self._holder_of(head)
            if holder:
                return holder
        if described.startswith("their ") and head in _OWNED_HEADS and self.before:
            owners = list(_placed_body(_OWNER_HEADS).finditer(self.before[-1]))
            if owners:  # "the Moscow-installed authorities …. Their emergencies service said": the authorities'
                where = _PLACE_AFTER.match(self.before[-1], owners[-1].end())  # "… in Zaporizhzhia region"
                return owners[-1].group(1) + (where.group() if where and places.places_in(where.group()) else "")
        if head in _PERSONAL_PRONOUNS:
            introduced = self._introduced()
            for text in reversed(self.before):
                people = attribution.people_in(text, introduced)
                if people:
                    return people[-1]
            return next(self._named_before(), None)
        names = self._named_before()
        last = next(names, None)  # the walk back for one of the same kind goes on from here, not again
        if head not in ("it", "they", "we"):
            if last is not None and (head in last.lower() and _may_be_same_body(described, last)
                                     or head in self._DOCUMENT_NOUNS):
                return last  # "the center": the center named before; "the count shows": the source just named's
            same_kind = next((name for name in names if head in name.lower() and _may_be_same_body(described, name)),
                             None) or self._mentioned(head, described) or self._body_just_named(head)
            if same_kind:
                return same_kind
            if attribution.stands_alone(source.name):
                return source.name
            if head in _PERSON_ROLES:  # "the regional governor": the person introduced as one, else the role
                return self._holder_of(head) or self._holder_named_next(source.name) or source.name
            speakers = attribution.sources_in(self.current)
            if speakers:  # "Lubinets said the state had confirmed 1,883": who reports what "the state" found
                return speakers[0].name
            if last is not None and head in _BODY_NOUNS and self._is_person(last):
                return self._body_before() or last  # "the mission said" after the mayor was quoted: a body's words
        # "Kyiv's center" with nothing named before it is still a source in its own right.
        return last or (source.name if source.name[:1].isupper() else None)

    def _body_before(self) -> str | None:
        """The nearest name given or quoted before that is no person's, for a body described by its kind."""
        return next((name for name in self._named_before() if not self._is_person(name)), None)

    def _is_person(self, name: str) -> bool:
        """Whether a claimant is a person: a full name, or a surname the article introduced in full."""
        return attribution.is_person_name(name) or attribution.is_person_name(self._full_name(name))

    def _mentioned(self, head: str, described: str) -> str | None:
        """ "The Russian Defence Ministry has summed up …. …, the ministry said": the last body named before whose
        name holds the head (and no other portfolio or rival's qualifier), though no sentence quoted it, if the table
        knows it or the text describes it by its place (not an older one past it)."""
        named_head = head.capitalize()
        for text in reversed(self.before):
            if head in text.lower():
                named = (attribution.canonical(m.group()) for m in attribution.ALIASES.finditer(text))
                bodies = [name for name in named if head in name.lower() and _may_be_same_body(described, name)]
                if bodies:
                    return bodies[-1]
                if named_head in text:
                    return None  # "The Health Ministry …": the nearest body of the kind, unknown to the table
                placed = [body for body in _placed_body(re.escape(head)).findall(text) if _may_be_same_body(described, body)] \
                    if described.startswith("the ") else None
                if placed:  # "The Donetsk regional military administration ordered …" (not "his administration")
                    return placed[-1]
        return None

    def _body_just_named(self, head: str) -> str | None:
        """ "Amnesty International, in a report, reached another conclusion. The rights group said …": for a
        description of a body by its kind alone, the last body the table knows named in the sentence right before."""
        if head not in self._BODY_HEADS or not self.before:
            return None
        text = self.before[-1]
        named = [m for m in attribution.ALIASES.finditer(text)
                 if attribution.canonical(m.group()) in self._NON_STATE_BODIES]
        for use in re.finditer(rf"\b{head}s?\b", text, re.IGNORECASE):
            if not any(self._APPOSED.match(text, m.end(), use.start()) for m in named if m.end() <= use.start()):
                return None  # "… blamed the Azov group. The group said": the group that sentence names, not a body
        bodies = [attribution.canonical(m.group()) for m in named]
        return bodies[-1] if bodies else None

    def _holder_of(self, role: str) -> str | None:
        """The last person named in a sentence that gives their role ("Pavlo Kyrylenko, the governor, …"), but for
        one named with another place than the sentence being read ("Kyiv mayor …": not "In Odesa, the mayor")."""
        introduced = self._introduced()
        here: list[str] | None = None
        for text in reversed(self.before):
            if role in text.lower():
                people = attribution.people_in(text, introduced)
                if people:
                    if here is None:
                        here = places.places_in(self.current)
                    if not places.apart(here, places.places_in(text)):
                        return people[-1]
        return None

    def _holder_named_next(self, description: str) -> str | None:
        """ "…, the regional governor said. Oleksandr Prokudin, head of the regional administration, said …": a lede
        that gives the role first, whose holder one of the next two sentences quotes in words the role shares."""
        words = set(_WORDS.findall(description.lower())) - self._DETERMINERS
        for sentence in self.sentences[self.sentence + 1:self.sentence + 3]:
            if discourse.opens_topic(sentence.text):
                return None  # "Separately, Ihor Terekhov, the mayor of Kharkiv, said …": another story's speaker
            for name in (s.name for s in attribution.sources_in(sentence.text) if attribution.is_person_name(s.name)):
                role = self._role_given(sentence.text, name)  # the person's own apposition, not the whole sentence
                if not words.isdisjoint(role) and _RIVALS.isdisjoint(role):
                    return name
        return None

    @staticmethod
    def _role_given(text: str, name: str) -> list[str]:
        """The words of the role a sentence gives a person: "Oleksandr Prokudin, head of the regional administration,"
        or "Kherson governor Oleksandr Prokudin"."""
        at = text.find(name)
        if at < 0:
            return []
        after = _APPOSITION.match(text, at + len(name))
        before = text[:at].rsplit(",", 1)[-1]
        return _WORDS.findall(((after.group(1) if after else "") + " " + before).lower())

    def _full_name(self, name: str) -> str:
        """ "Kyrylenko": the full name the article introduced a surname with, so one person is one claimant."""
        if not name or " " in name or not name.isalpha() or name in attribution.KNOWN_CLAIMANTS:
            return name
        for text in reversed(self.before):
            if name in text:  # only the sentences that hold the surname can introduce it
                full = [person for person in attribution.person_names(text) if person.split()[-1] == name]
                if full:
                    return full[-1]
        return name

    def _introduced(self) -> dict[str, str]:
        """The people the article has named in full so far, by surname: the map as last asked for, brought up to
        date with the sentences read since (not built as each is read: most articles never ask)."""
        for text in self.before[self.introduced_upto:]:
            for name in attribution.person_names(text):
                self.introduced[name.split()[-1]] = name
        self.introduced_upto = len(self.before)
        return self.introduced

    def recent(self) -> Claim | None:
        """The last claim, if it stood in this sentence or one of the two before."""
        if self.claims and self.sentence - self.last_claim_sentence <= 2:
            return self.claims[-1]
        return None

    def inherit(self, category: str, field: str) -> str | None:
        """The side, population or category of the latest earlier claim of the same category (of bodies: any)."""
        for claim in reversed(self.claims):
            if claim.category == category or (category.startswith("bodies") and claim.category.startswith("bodies")):
                return getattr(claim, field)
        return None


def extract(article: Article, include_vague: bool = False) -> list[Claim]:
    """Every claim in the article, one per figure (see CLAIMS.md); vague amounts only when asked."""
    text = article.text
    reference = dates.reference_date(article.published, text)
    context = _Context()
    sentences = split_sentences(text, body_blocks(text))
    context.sentences = sentences
    title = article.title or headline(text)  # scraped text comes without a title, but often opens on one
    context.place = places.article_place(title, text)
    context.period = dates.period_of(title, reference)
    # Only a text without a title opens on its headline.
    context.opening = opening = 0 if article.title else headline_end(text)
    for index, sentence in enumerate(sentences):
        context.sentence = index
        context.enter(sentence)
        if _has_number(sentence.text):
            _read_sentence(sentence, reference, context, include_vague)
        context.leave()
    # Places are reasoned about by their canonical names, and output as the article spells them.
    return places.as_written(merge(context.claims, opening), text)


def _list_header(context: _Context) -> str:
    """The line right before the list item being read's list (its "…:" header, if it has one), else ""."""
    index = context.item - 1 if context.item is not None else -1
    while index >= 0 and context.items[index] is not None:
        index -= 1
    return context.before[index] if index >= 0 else ""


def _read_sentence(sentence: Sentence, reference: dates.When | None, context: _Context,
                   include_vague: bool) -> None:
    s = sentence.text
    recent = context.recent()
    header_category = None
    if recent is None and context.item is not None:  # "- Kherson city - 10" under "wounded by community:"
        header = _list_header(context)
        if _is_header(header) and _MAIN_VALUE_ITEM.match(s):
            header_category = categories.list_category(header, context.inherit("bodies", "category"))
    if (recent is None or _counts_other(s)) and not header_category and not categories.mentions_casualties(s):
        return  # no word of casualties here, and nothing before for a bare figure to continue
    found = find_figures(s)
    figures = [f for f in found if not is_excluded(f, s)]
    if not figures:
        return
    # "launched 38 missiles …, and that 30 were brought down": where weapons were counted, a bare figure after
    # counts them, not what the sentences before counted.
    weapons = [f.end for f in found if counts_weapons(f, s)] if len(figures) < len(found) else []
    when: list[tuple[int, dates.When]] | None = None
    previous_category = recent.category if recent else header_category
    claimed_end = 0  # where the last figure claimed in this sentence ends
    whole: int | None = None  # the figure a part "of them" is of: the last claimed (before: the largest in recent's)
    for i, figure in enumerate(figures):
        lo = figures[i - 1].end if i else 0
        hi = figures[i + 1].start if i + 1 < len(figures) else len(s)
        head = analyse(figure, s, hi)
        continued = previous_category
        if categories.is_part(head):
            if whole is None and recent is not None:
                whole = _largest_in_sentence(context.claims, recent)
            if whole is not None and figure.value > whole:
                continued = None  # "14 killed or wounded … forty of them": a part larger is of something else
        if weapons and any(claimed_end <= end <= figure.start for end in weapons):
            continued = None
        category = categories.categorise(figure, head, s, lo, hi, continued)
        if category is None or (figure.vague and not include_vague):
            previous_category = category or previous_category
            continue
        previous_category = category
        whole, claimed_end = figure.high or figure.value, figure.end
        if when is None:
            when = dates.dates_in(s, reference)
        others = [f for f in figures if f is not figure]
        claim = _claim(figure, head, category, sentence, lo, hi, when, reference, context, others)
        context.claims.append(claim)
        context.last_claim_sentence = context.sentence


def _largest_in_sentence(claims: list[Claim], last: Claim) -> int:
    """The largest figure claimed in the sentence of the last claim: "23 killed, including four children"."""
    largest = 0
    for claim in reversed(claims):
        if claim.start != last.start:
            break
        largest = max(largest, claim.high or claim.value)
    return largest


def _claim(figure: Figure, head, category: str, sentence: Sentence, lo: int, hi: int,
           when: list[tuple[int, dates.When]], reference: dates.When | None, context: _Context,
           others: list[Figure]) -> Claim:
    s = sentence.text
    qualifier, value, low, high = qualify(figure, s)
    # "Another 109 people …", "fewer than 10 of the injured …": the figure continues the last one.
    recent = context.recent() if (head.elliptical or _continues(figure, s)) else None
    # "… 17 people killed and 61 injured": a figure that names no people shares its neighbour's.
    neighbour = context.claims[-1] if context.claims and context.last_claim_sentence == context.sentence else None
    if recent is None and neighbour and head.people in (None, "neutral") and _PEOPLE_WORDS.isdisjoint(head.words):
        recent = neighbour
    shared = _shared_qualifier(figure, s, lo, neighbour, others) if neighbour and qualifier == "exact" else None
    if shared:
        low, high = (None if shared == "at_most" else value), (None if shared == "at_least" else value)
        qualifier = shared
    unsaid = categories.population_unsaid(head, figure, s, category, lo, hi)
    population = None if unsaid else categories.population(head, figure, s, category)
    lede = context.before[0] if context.before else None  # the article's opening sentence
    if population is None and head.people in (None, "neutral") and not unsaid:
        population = (recent.population if recent else context.inherit(category, "population")) \
            or categories.harm_population(category, lede)
    own_place = places.place_of(figure, s, lo, hi, others)
    place = own_place or (recent.place if recent else None) \
        or places.place_referred_to(s, context.before[-1] if context.before else None)
    if place is None and context.before and (dates.names_earlier_month(s) or dates.names_earlier_time(s)):
        place = places.place_dated_back(s, context.before[-1])  # "… said at the time": the time and place before
    if place is None:
        # "… killed in the region": the town the article is about, or the region its official speaks for; "…
        # surrendered in the area" of any kind, when the sentence before names no place to point back to.
        about = category in _EVENT_CATEGORIES or (category in _HELD_CATEGORIES and places.named_alone(context.place)
                                                   and places.held_here(s)) \
            or (context.place is not None and places.names_only_the_area(s))
        place = places.narrowed_by_office(context.place if about else None, s)
    if place is None and category in _EVENT_CATEGORIES and context.before \
            and context.last_claim_sentence < context.sentence - 1:
        earlier = context.before[-2] if len(context.before) > 1 else None
        place = places.place_carried_on(s, context.before[-1], earlier)  # the scene set by a sentence with no figure
    combatant = sides.combatant_side(figure, s, context.before)
    if combatant and head.people != "civilian" and not unsaid:
        population = "military"  # a commander's "14 men", the enemy's "60 a day"
    phrase_side = sides.side_in_phrase(figure, s, lo, hi)
    side = phrase_side or combatant
    if side is None and (population == "civilian" or category == "displaced"):
        # Civilians are counted with the country they live in, not the one that attacked them.
        side = sides.side_of_home(place)
    source = attribution.source_of(s, figure.start, figure.end)
    claimant = context.resolve(source)
    # A side taken from the figures before is its own source's, if that source gave one.
    side = side or (sides.side_from_before(recent, context.claims, category, claimant) if recent else None) \
        or sides.side_of_subject(figure, s, category) \
        or sides.side_from_before(sides.latest_of_kind(context.claims, category), context.claims, category,
                                  claimant) \
        or sides.side_anywhere(figure, s) or (sides.lede_side(lede) if lede and not discourse.opens_topic(s) else None)
    if side == "both" and phrase_side is None and place and place == own_place:
        side = sides.side_of_home(place)  # "six servicemen from Zaporizhzhia came home" in a swap of both sides'
    if not unsaid:
        population = population or categories.default_population(category, side)
    date = _date_for(figure, s, when, reference, context, source, claimant)
    return Claim(
        value=value, low=low, high=high, qualifier=qualifier, category=category,  # type: ignore[arg-type]
        side=side, population=population, claimant=claimant,  # type: ignore[arg-type]
        place=place, month=date.month if date else None,
        date=date.iso() if date else None, excerpt=s, vague=figure.vague,
        start=sentence.start, end=sentence.end)


def _shared_qualifier(figure: Figure, s: str, lo: int, neighbour: Claim, others: list[Figure]) -> str | None:
    """The qualifier of an earlier figure that covers this one too: "At least 10 people have been killed and
    20 injured", "at least 90 killed, including 8 children, and 300 injured" (not the part, "8 children")."""
    if neighbour.qualifier in _SHARED_QUALIFIERS:
        return neighbour.qualifier if _COORDINATED.fullmatch(s[lo:figure.start]) else None
    earlier = [f for f in others if f.end <= figure.start]
    if len(earlier) < 2 or not _COORDINATED_PAST_PART.fullmatch(s[earlier[-2].end:figure.start]):
        return None
    kind = qualify(earlier[-2], s)[0]
    return kind if kind in _SHARED_QUALIFIERS else None


_CONTINUES_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|a\s+further|the\s+remaining|"
                               r"the\s+other)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CONTINUES_WORDS = any_of(("other", "further", "additional", "remaining"))  # "another" has "other" in it
_CONTINUES_AFTER = re.compile(rf"^\s+of\s+(?:{_THEM}|the\s+(?:dead|injured|wounded|victims|bodies|"
                              r"missing|prisoners|remains|killed))\b", re.IGNORECASE)


def _continues(figure: Figure, sentence: str) -> bool:
    """A figure that adds to or breaks down the one before it."""
    before = sentence[max(0, figure.start - 40):figure.start]
    lower = before.lower()
    could_continue = not before.isascii() or _CONTINUES_WORDS.search(lower)
    return bool((could_continue and _CONTINUES_BEFORE.search(before))
                or _CONTINUES_AFTER.match(sentence[figure.end:figure.end + 30]))


_NEW_CLAUSE = re.compile(r"[,;]\s+(?:where|which|who|when|after|since|as|while|because|although|though|but|"
                         r"and|before|until)\b|[;:]", re.IGNORECASE)


# "The count, updated weekly, relies on …", "The latest report also …": a sentence on the account a source gave,
# which goes on with that source's words (read by `_Context._carried`).
_ON_THE_ACCOUNT = re.compile(rf"The\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(_G['source_documents'])})\b")


def _date_for(figure: Figure, sentence: str, when: list[tuple[int, dates.When]],
              reference: dates.When | None, context: _Context,
              source: attribution.Source | None = None, claimant: str | None = None) -> dates.When | None:
    """The date of the figure: an "as of" date, else the nearest before it, else one after it in the
    same clause, else for a list item the date its "…:" header gives, else the earlier figure's date for one
    that shares its undated sentence, continues it, goes on with its claimant's account in the next sentence, is
    dated "that month" or is said by a pronoun ("…, it said,", "Their estimate is …"), else the article's own
    date (the month a monthly report is about, else its publication date)."""
    if when:
        chosen = _dated_in_sentence(figure, sentence, when)
        if chosen is not None:
            return chosen
    elif context.item is not None:
        header = _list_header_date(context, reference)
        if header is not None:
            return header
    own = dates.period_for(context.period, figure.value) or reference
    recent = context.recent()
    if recent is not None and own is not None and recent.month == own.month and recent.date == own.iso():
        return own  # the figure before is of the article's own date: nothing else to carry on
    if not when and recent is not None and context.last_claim_sentence == context.sentence:
        return _earlier_date(recent, context.before, reference) or own  # "53 were killed and 130 wounded": one date
    if not when and (source is None or not source.named) and recent is not None \
            and recent.claimant == claimant and context.last_claim_sentence >= context.sentence - 1 \
            and (claimant is not None or not dates.runs_on(sentence)):
        # "UNHCR counted 6.3 million as of mid-January. Germany hosts 1.2 million": the same account, undated
        # (a source named afresh, "according to Zelensky", gives a new account), also in the article's own
        # voice, unless it tells a running total ("The war has killed …").
        return _earlier_date(recent, context.before, reference) or own
    month_named = dates.names_earlier_month(sentence) or dates.names_earlier_time(sentence)
    if month_named or (source is not None and source.name in _PRONOUNS) or _POSSESSIVE_START.match(sentence) \
            or dates.counts_part_of_earlier(sentence, figure.start, figure.end) or _continues(figure, sentence) \
            or (not when and dates.names_earlier_figure(sentence)):
        return _earlier_date(recent, context.before, reference, relative=not month_named) or own
    if not when and context.before and context.last_claim_sentence < context.sentence - 1 \
            and not dates.runs_on(sentence):
        return dates.scene_date(context.before[-1], reference) or own  # the day the sentence before set
    return own


def _list_header_date(context: _Context, reference: dates.When | None) -> dates.When | None:
    """The date the "…:" header of the list being read gives its items ("As of December, IDPs were hosted in:")."""
    header = _list_header(context)
    if not _is_header(header):
        return None
    named = dates.dates_in(header, reference)
    return named[-1][1] if named else None


def _dated_in_sentence(figure: Figure, sentence: str, when: list[tuple[int, dates.When]]) -> dates.When | None:
    """The last "as of" date in the sentence, else the last date before the figure, else the first after it in
    its clause (one pass, and the clause test only when nothing comes before)."""
    anchored = before = None
    for offset, w in when:
        if offset < 0:
            anchored = w
        elif offset < figure.start:
            before = w
    if anchored is not None or before is not None:
        return anchored if anchored is not None else before
    for offset, w in when:
        if offset > figure.end and not _NEW_CLAUSE.search(sentence[figure.end:offset]):
            return w
    return None


def _earlier_date(recent: Claim | None, before: list[str], reference: dates.When | None,
                  relative: bool = True) -> dates.When | None:
    """The date a figure that refers back takes: the recent claim's, else the last one named in the sentence
    before outside a quotation (only a month's name, not "today", for "during the month")."""
    if recent is not None:
        return dates.from_iso(recent.month, recent.date)
    named = dates.unquoted(before[-1], dates.dates_in(before[-1], reference, relative)) if before else []
    return named[-1][1] if named else None
