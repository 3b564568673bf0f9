"""extract.attribution: who makes a claim, as the sentence names it, and pronouns resolved in extract()."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.attribution import canonical, people_in, source_of, sources_in
from extract.models import Article
from extract.numbers import find_figures
from extract.pipeline import extract


def names(sentence: str) -> list[str]:
    return [s.name for s in sources_in(sentence)]


def source(sentence: str, index: int = 0):
    figure = find_figures(sentence)[index]
    return source_of(sentence, figure.start, figure.end)


def named(sentence: str, index: int = 0) -> str | None:
    """The named claimant of the figure, or None when the sentence names none."""
    found = source(sentence, index)
    return found.name if found is not None and found.named else None


def claimants(text: str) -> list[str | None]:
    article = Article(text=text, published=dt.date(2024, 6, 14))
    return [c.claimant for c in extract(article)]


def test_x_said() -> None:
    assert named("Zelensky said 31,000 Ukrainian soldiers had been killed.") == "Zelensky"


def test_according_to_x() -> None:
    assert named("According to Mediazona, 50,000 Russian soldiers have died.") == "Mediazona"


def test_according_to_x_after_the_figure() -> None:
    assert named("Some 10,500 civilians have been killed, according to the UN human rights office.") == "OHCHR"


def test_x_told_y() -> None:
    assert named("Ihor Terekhov told reporters that 7 people were killed.") == "Ihor Terekhov"


def test_x_told_named_outlet() -> None:
    assert named("Ihor Terekhov told the BBC that 7 people were killed.") == "Ihor Terekhov"


def test_x_announced() -> None:
    assert named("The Coordination Headquarters announced that 95 defenders had returned home.") == \
        "Coordination Headquarters for the Treatment of Prisoners of War"


def test_title_before_the_name_is_dropped() -> None:
    assert named("Ukraine's military intelligence chief Kyrylo Budanov said 2,000 soldiers had died.") == "Budanov"


def test_headline_style_state_with_time_in_between() -> None:
    assert named("Kyiv on Friday said 41 prisoners were freed.") == "Kyiv"


def test_adverbial_opening_before_the_speaker() -> None:
    assert named("In a video address on Sunday, Zelensky said 43,000 soldiers had died.") == "Zelensky"


def test_wrote_on_telegram() -> None:
    assert named("Lubinets wrote on Telegram that 150 civilians had been freed.") == "Lubinets"


def test_trailing_name_with_appositive_title() -> None:
    sentence = "At least 22,000 people died in Mariupol, Vadym Boichenko, mayor of the city, said."
    assert named(sentence) == "Boichenko"


def test_trailing_plain_attribution() -> None:
    assert named("Some 1,500 soldiers were captured, the UAE foreign ministry said.") == "UAE foreign ministry"


def test_inverted_said_the_ministry_is_an_unnamed_source() -> None:
    found = source("Some 1,500 soldiers were captured, said the ministry.")
    assert found is not None and not found.named
    assert found.name.lower() == "the ministry"


@pytest.mark.parametrize("sentence, pronoun", [
    ("He said 300 soldiers died in the assault.", "he"),
    ("It said 300 soldiers died in the assault.", "it"),
    ("She told reporters 300 soldiers died.", "she"),
])
def test_pronouns_are_unnamed(sentence: str, pronoun: str) -> None:
    found = source(sentence)
    assert found is not None and not found.named
    assert found.name == pronoun


def test_the_center_is_unnamed() -> None:
    found = source("The center said 300 soldiers came home.")
    assert found is not None and not found.named


def test_figure_in_the_articles_own_voice_has_no_source() -> None:
    assert source("Russian shelling killed 14 people in Kherson on Tuesday.") is None


def test_sources_in_lists_named_speakers() -> None:
    names = [s.name for s in sources_in("Zelensky said the talks had stalled, according to the UN.")]
    assert "Zelensky" in names and "UN" in names


def test_sources_in_skips_pronouns() -> None:
    assert sources_in("He said the talks had stalled.") == []


@pytest.mark.parametrize("alias, name", [("Zelenskyy", "Zelenskyy"), ("Volodymyr Zelenskiy", "Zelenskiy"),
                                         ("President Volodymyr Zelensky", "Zelensky"), ("ZELENSKIY", "Zelensky")])
def test_a_known_person_is_named_by_surname_as_the_article_transliterates_it(alias: str, name: str) -> None:
    assert canonical(alias) == name


@pytest.mark.parametrize("alias", ["Oleksiy Arestovych", "presidential adviser Oleksiy Arestovych", "Arestovych"])
def test_a_known_persons_full_name_and_title_give_the_surname(alias: str) -> None:
    assert canonical(alias) == "Arestovych"


def test_a_transliteration_inside_a_sentence_is_kept() -> None:
    assert named("Zelenskiy said 31,000 soldiers had died.") == "Zelenskiy"


def test_organisation_alias() -> None:
    assert canonical("UN refugee agency") == "UNHCR"


def test_a_known_body_keeps_the_american_spelling_the_article_uses() -> None:
    assert canonical("Russia's Defense Ministry") == "Russian Defense Ministry"


def test_unknown_name_keeps_its_spelling_without_title() -> None:
    assert canonical("Mayor Ihor Terekhov") == "Ihor Terekhov"


# Resolution of unnamed sources happens in extract(): the last named source before them.

def test_pronoun_resolves_to_the_last_named_source() -> None:
    text = ("Zelensky said the army was holding the line. "
            "He said 31,000 Ukrainian soldiers had been killed since the invasion began.")
    assert claimants(text) == ["Zelensky"]


def test_the_center_resolves_to_the_last_named_source() -> None:
    text = ("The Coordination Headquarters said on Saturday that a new exchange had taken place. "
            "The center said 230 soldiers came home in the swap.")
    assert claimants(text) == ["Coordination Headquarters for the Treatment of Prisoners of War"]


def test_it_said_resolves_to_the_last_named_source() -> None:
    text = ("Ukraine's Coordination Headquarters said on Friday that 95 defenders had returned home. "
            "It said 12 of them had been held since 2022.")
    assert claimants(text) == ["Coordination Headquarters for the Treatment of Prisoners of War"] * 2


def test_the_ministry_said_after_naming_the_ministry() -> None:
    text = ("Russia's defence ministry published its weekly report on Sunday. "
            "Ukraine lost 2,400 soldiers over the week, the ministry said.")
    assert claimants(text) == ["Russian Defence Ministry"]


def test_states_own_defence_ministry_is_a_named_claimant() -> None:
    text = "Russia's defence ministry said 1,000 Ukrainian troops had been killed near Avdiivka."
    assert claimants(text) == ["Russian Defence Ministry"]


def test_trailing_attribution_through_extract() -> None:
    text = "At least 22,000 people died in Mariupol during the siege, Vadym Boichenko, mayor of the city, said."
    assert claimants(text) == ["Boichenko"]


def test_a_titled_full_name_through_extract_gives_the_surname_as_spelled() -> None:
    text = "Presidential adviser Oleksiy Arestovich said 2,600 fallen Russian soldiers were lying uncollected at a depot."
    assert claimants(text) == ["Arestovich"]


def test_later_named_source_replaces_the_earlier_one() -> None:
    text = ("Zelensky said the front was stable. "
            "Lubinets said 150 civilians had been freed on Tuesday. "
            "He said 20 of them were children.")
    assert claimants(text) == ["Lubinets", "Lubinets"]


def test_possessive_office_names_its_owner() -> None:
    [claimant] = claimants("Zelensky's office said 12 people were wounded in the strike on Sumy.")
    assert claimant is not None and "Zelensky" in claimant


def test_lowercase_police_after_the_figure() -> None:
    assert claimants("At least 40 civilians were killed in the strike, police said.") == ["police"]


def test_lowercase_prosecutors_after_the_figure() -> None:
    text = "Investigators exhumed 447 bodies from the mass grave in Izium, prosecutors said."
    assert [c.lower() if c else c for c in claimants(text)] == ["prosecutors"]


def test_pronoun_after_a_non_speech_mention() -> None:
    text = ("Zelensky visited troops near Kupiansk on Monday. "
            "He said 31,000 Ukrainian soldiers had been killed since the invasion began.")
    assert claimants(text) == ["Zelensky"]


def test_reported_speech_carries_through_sentences_attributed_in_turn() -> None:
    text = ("Governor Oleh Kiper said 12 people were killed in the overnight strike on Odesa. "
            "Rescue crews worked through the night. "
            "Another 30 residents were injured. "
            "Firefighters searched the upper floors. "
            "Four more people are still missing.")
    assert claimants(text) == ["Oleh Kiper"] * 3


def test_an_unnamed_source_keeps_the_speech_going() -> None:
    text = ("Russia's defence ministry published its weekly summary on Sunday. "
            "The enemy's attacks near Lyman failed, the ministry said. "
            "Troops repelled nine assaults in the forest. "
            "Near Siversk the enemy lost up to 240 servicemen.")
    assert claimants(text) == ["Russian Defence Ministry"]


def test_sentences_on_the_sources_own_count_do_not_lapse_its_speech() -> None:
    text = ("Memorial Watch, a monitoring group, has confirmed the deaths of 2,400 civilians in Mariupol. "
            "The count, which the group updates every month, draws on witness accounts and burial records. "
            "Its researchers visit each cemetery in person. "
            "At least 310 of the dead were children.")
    assert claimants(text) == ["Memorial Watch"] * 2


def test_list_items_take_the_source_of_the_lede_not_of_a_note_between_items() -> None:
    text = ("Shelling killed 11 civilians across the south over the weekend, regional officials reported.\n\n"
            "Toll by region:\n\n"
            "- Kherson Oblast: 5 killed.\n\n"
            "Governor Oleksandr Prokudin said a bus stop was hit.\n\n"
            "- Mykolaiv Oblast: 3 killed, Governor Vitaliy Kim said.\n\n"
            "- Odesa Oblast: 2 killed.")
    assert claimants(text) == ["regional officials", "regional officials", "Vitaliy Kim", "regional officials"]


def test_he_resolves_to_a_person_not_to_an_organisation_named_after_him() -> None:
    text = ("Lubinets met families of the missing in Kyiv on Monday. "
            "He said the talks had involved the International Committee of the Red Cross. "
            "He said 40 civilians had died in Russian detention.")
    assert claimants(text) == ["Lubinets"]


def test_pronoun_subject_refers_to_the_speaker_earlier_in_its_sentence() -> None:
    text = ("A week later, Ukrainian prosecutors said they had recorded 120 civilian deaths in the village.")
    assert claimants(text) == ["Ukrainian prosecutors"]


def test_he_refers_to_the_person_named_earlier_in_its_sentence() -> None:
    text = ("Kuleba, once a close ally of Yermak, left the government in September. "
            "Kuleba had been foreign minister for four years; in March 2022 he claimed that 90 civilians had been "
            "killed in Irpin.")
    assert claimants(text) == ["Kuleba"]


def test_new_clause_after_the_figure_is_not_its_trailing_attribution() -> None:
    sentence = "Kyiv lost up to 90 troops near Vuhledar, while the Vostok group reported 40 more killed."
    assert source(sentence) is None


def test_a_region_that_recorded_a_toll_is_not_a_source() -> None:
    assert source("Donetsk region recorded the most deaths, with 31 civilians killed.") is None


def test_appositive_name_after_a_description_is_the_speaker() -> None:
    sentence = "The mayor of the occupied town, Ivan Fedorov, said 200 residents had been detained."
    assert named(sentence) == "Ivan Fedorov"


def test_common_possessor_before_an_office_name_is_dropped() -> None:
    assert canonical("the ministry's Department for Humanitarian Affairs") == "Department for Humanitarian Affairs"


def test_agent_of_a_passive_reporting_verb_is_the_source() -> None:
    sentence = "Of the 2,100 civilian deaths documented last year by the UN human rights office, most were in Donetsk."
    assert named(sentence) == "OHCHR"


def test_according_to_someones_figures_names_its_owner() -> None:
    sentence = "At least 700 fighters were lost, according to the local authorities' own preliminary figures."
    assert named(sentence) is None and source(sentence).name == "the local authorities"


def test_a_body_its_own_words_identify_is_not_an_earlier_speaker() -> None:
    text = ("Governor Ivan Fedorov said the strike hit a school. "
            "Some 300 residents were evacuated from the district, the city's social policy department said.")
    assert claimants(text) == ["the city's social policy department"]


def test_participle_after_an_article_is_not_a_reporting_verb() -> None:
    text = ("Mediazona said its count of names had grown again. "
            "The list was built from obituaries. "
            "Volunteers make up at least 9,000 of the confirmed deaths.")
    assert claimants(text) == ["Mediazona"]


def test_verb_in_a_relative_clause_is_part_of_the_subject() -> None:
    sentence = "Mediazona, which reported 40,000 names in June, says 52,000 soldiers are now confirmed dead."
    assert named(sentence, 1) == "Mediazona"


def test_participial_aside_between_subject_and_verb_is_skipped() -> None:
    sentence = "The Mediazona count, published last spring, put Russian military deaths at 60,000."
    assert named(sentence) == "Mediazona"


def test_lone_adverb_before_the_verb_is_not_the_subject() -> None:
    sentence = "Ukraine's General Staff, in its morning update, now puts Russian losses at 700,000."
    assert named(sentence) == "General Staff of the Armed Forces of Ukraine"


def test_speech_does_not_carry_into_a_sentence_that_turns_to_another_topic() -> None:
    text = ("The Kharkiv governor said 6 people were killed when a glide bomb hit a supermarket. "
            "Separately, 14 soldiers returned home from Russian captivity in a swap brokered by Qatar.")
    assert claimants(text) == ["Kharkiv governor", None]


def test_a_live_blog_entry_does_not_carry_the_speaker_of_the_entry_before() -> None:
    text = ("09:40 BST\n\nMayor Andriy Sadovyi said the strike on Lviv was a war crime.\n\n"
            "10:15 BST\n\nNine people were killed in the attack on Lviv, and 31 were wounded.")
    assert claimants(text) == [None, None]


def test_sentence_continuing_a_list_item_keeps_the_items_source() -> None:
    text = ("Key events on Monday:\n\n"
            "- The Coordination Headquarters said 95 soldiers came home in a swap. Four wounded medics "
            "were also returned.\n"
            "- Germany pledged two more air-defence systems.")
    assert claimants(text) == ["Coordination Headquarters for the Treatment of Prisoners of War"] * 2


def test_list_item_under_a_heading_without_colon_does_not_take_the_lede_source() -> None:
    text = ("Mediazona said 8 volunteers from Buryatia were killed in May.\n\n"
            "In brief\n\n"
            "- 3 people died in a fire at a fuel depot near Kherson.")
    assert claimants(text) == ["Mediazona", None]


def test_a_clock_time_after_a_reporting_verb_is_a_timestamp_not_speech() -> None:
    assert sources_in("Page updated 17.20 (local time)") == []


def test_subject_of_a_reported_clause_follows_that() -> None:
    sentence = ("The Kharkiv Regional Prosecutor's Office said on Monday that its forensic teams had found 40 bodies "
                "and 12 wounded.")
    assert named(sentence, 1) == "Kharkiv Regional Prosecutor's Office"


def test_believe_reports_a_figure() -> None:
    assert named("Ukrainian officials believe 70 soldiers were killed in the attack.") == "Ukrainian officials"


def test_a_comparison_is_not_a_source() -> None:
    sentence = "Investigators counted 41 dead in the blast, a higher figure than Moscow has acknowledged."
    assert named(sentence) == "Investigators"
    assert [s.name for s in sources_in(sentence)] == ["Investigators"]


def test_a_passive_verb_has_no_speaker_as_its_subject() -> None:
    assert sources_in("Kyiv's casualty numbers could not be independently confirmed.") == []


def test_he_resolves_to_a_person_introduced_in_apposition() -> None:
    text = ("The head of the city's military administration, Ivan Petrenko, gave an update on Friday. "
            "At least 8 residents were killed, he said.")
    assert claimants(text) == ["Ivan Petrenko"]


def test_he_resolves_to_a_person_the_article_named_in_full_before_by_surname() -> None:
    text = ("Oksana Melnyk, the head of the regional council, says 3 people were killed in Izium. "
            "President Zelensky said the attack was a crime. "
            "Melnyk later gave a new toll: 7 dead. "
            "A total of 19 people were wounded, she said.")
    assert claimants(text)[-1] == "Oksana Melnyk"


def test_it_refers_to_a_body_named_before_it_in_its_sentence() -> None:
    text = ("The UN refugee agency revised its appeal in March, when it estimated that 4,000 people had fled "
            "Kupiansk.")
    assert claimants(text) == ["UNHCR"]


def test_a_live_blog_timestamp_is_not_part_of_the_speaker() -> None:
    assert claimants("**14.05** Mayor Ihor Terekhov said 4 people were injured in Kharkiv.") == ["Ihor Terekhov"]


def test_a_body_without_antecedent_is_reported_by_the_named_speaker_of_its_sentence() -> None:
    text = "Lubinets said the state had verified that 260 civilians from Kherson were held in Russian prisons."
    assert claimants(text) == ["Lubinets"]


def test_the_governor_is_the_person_introduced_with_that_role() -> None:
    text = ("Oleh Syniehubov, the governor of Kharkiv region, visited the site on Tuesday. "
            "President Zelensky said the attack showed the need for more air defence. "
            "The governor later said 12 people had been killed.")
    assert claimants(text) == ["Oleh Syniehubov"]


def test_the_mayor_with_no_one_introduced_as_mayor_stays_the_mayor() -> None:
    text = ("President Zelensky said the strike on Uman was a crime. "
            "The mayor said 23 residents had been killed.")
    assert claimants(text) == ["The mayor"]


def test_data_show_names_whose_data() -> None:
    assert named("Some 2,300 Ukrainian refugees have settled in Vilnius, UNHCR data show.") == "UNHCR"


def test_one_word_name_in_apposition_at_the_end_of_the_sentence() -> None:
    sentence = "Around 9,000 people fled Vovchansk, according to the regional monitoring group, Vostok SOS."
    assert named(sentence) == "Vostok SOS"
    sentence = "About 60,000 refugees returned to Kharkiv, according to the union's statistics agency, Eurostat."
    assert named(sentence) == "Eurostat"


def test_according_to_figures_compiled_by_someone_is_theirs() -> None:
    text = ("The UN monitoring mission said civilian harm rose in March. "
            "Kherson was shelled almost daily. Drones hunted cars on its bridges. Schools moved online. "
            "At least 14 civilians died there in the first week, according to cases gathered by the mission.")
    assert claimants(text) == ["UN Human Rights Monitoring Mission in Ukraine"]


def test_the_capitalised_body_refers_back_to_its_full_name() -> None:
    text = ("The UN Human Rights Monitoring Mission in Ukraine published its report on Tuesday. "
            "The Mission verified that 48 civilians had been killed in Odesa region.")
    assert claimants(text) == ["UN Human Rights Monitoring Mission in Ukraine"]


def test_list_items_under_a_bold_colon_heading_take_the_lede_source() -> None:
    text = ("Russian strikes killed 9 civilians on Sunday, regional officials reported.\n\n"
            "**Deaths by region:**\n\n"
            "- Sumy Oblast: 6 killed.\n"
            "- Kharkiv Oblast: 3 killed.")
    assert claimants(text) == ["regional officials"] * 3


def test_first_person_answers_in_an_interview_are_the_interviewee_s() -> None:
    text = ("Taras, call sign Lis, leads a drone company near Kupiansk. We reached him by phone in March.\n\n"
            "**What are your losses like?**\n\n"
            "This month we had 9 men killed. The Russians lose far more.\n\n"
            "**And theirs?**\n\n"
            "My operators confirmed about 300 Russian dead since February.\n\n"
            "Officials in Kharkiv said 12 civilians were killed in the district last week.")
    assert claimants(text) == ["Taras", "Taras", "Officials in Kharkiv"]


def test_a_figure_in_the_article_s_own_voice_after_an_interview_is_not_the_interviewee_s() -> None:
    text = ("Taras, call sign Lis, leads a drone company near Kupiansk.\n\n"
            "**What are your losses like?**\n\n"
            "We do not give numbers.\n\n"
            "The district has seen heavy fighting. At least 40 civilians have been killed there since January.")
    assert claimants(text) == [None]


def test_a_question_inside_a_paragraph_does_not_make_an_interview() -> None:
    text = ("Taras, call sign Lis, leads a drone company near Kupiansk. Why does he stay? "
            "In our village 15 people were killed over the winter.")
    assert claimants(text) == [None]


def test_gave_new_figures_names_who_gives_them() -> None:
    assert named("Mayor Ihor Terekhov gave new figures: 7 people were killed and 21 injured.") == "Ihor Terekhov"


def test_a_speaker_named_after_the_verb_of_a_quote_is_quoted() -> None:
    assert [s.name for s in sources_in('"The night was terrible," said Olena Koval, head of the clinic.')] \
        == ["Olena Koval"]


def test_a_second_quote_in_a_paragraph_is_the_same_speaker_s() -> None:
    text = ('"We buried our neighbours this week," said Olena Koval, head of the clinic. '
            '"Nobody here sleeps any more."\n\n'
            "Shelling continued through the night. Six people were killed in the market.")
    assert claimants(text) == ["Olena Koval"]


def test_a_surname_alone_is_the_person_introduced_with_it() -> None:
    text = ("Ivan Hrytsenko, the mayor of Izium, said 4 people were killed in the night.\n\n"
            "Hrytsenko gave new figures in the afternoon: 7 people had died.")
    assert claimants(text) == ["Ivan Hrytsenko", "Ivan Hrytsenko"]


def test_a_body_named_with_a_title_like_word_is_not_cut_to_its_last_word() -> None:
    sentence = "Kyiv's General Staff now puts Russian losses at more than 900,000 killed and wounded."
    assert named(sentence) == "General Staff of the Armed Forces of Ukraine"


def test_titles_are_not_stripped_down_to_a_word_naming_a_body() -> None:
    assert canonical("Moscow's General Staff") == "General Staff"


def test_a_live_blog_entry_time_with_a_colon_is_not_a_clause_break() -> None:
    assert named("**09:15** Mayor Ihor Terekhov has updated the count: 7 people are dead.") == "Ihor Terekhov"


def test_a_name_ending_in_today_keeps_its_last_word() -> None:
    assert named("Kharkiv Today reported that 5 people were killed.") == "Kharkiv Today"


def test_a_time_since_a_weekday_is_not_part_of_the_source() -> None:
    assert named("A graphic shared widely since Friday claims 300 soldiers were killed.") == "A graphic shared widely"


def test_according_to_him_is_the_person_named_before() -> None:
    text = ("Regional governor Oleh Syniehubov said the evacuation of Kupiansk was under way. "
            "According to him, 1,200 residents have been evacuated from the town since Monday.")
    assert claimants(text) == ["Oleh Syniehubov"]


def test_a_name_after_the_description_of_a_post_is_the_person() -> None:
    assert canonical("acting head of the Belgorod region Ivan Petrov") == "Ivan Petrov"
    assert canonical("Commissioner for Persons Missing under Special Circumstances") \
        == "Commissioner for Persons Missing under Special Circumstances"


def test_the_head_of_a_body_is_the_person_introduced_as_its_head() -> None:
    text = ("The shelling was reported on Monday by the head of the Sumy Regional Military Administration, "
            "Oleh Hryhorov.\n\n"
            "Three people were killed in Bilopillia, the head of the administration said.")
    assert claimants(text) == ["Oleh Hryhorov"]


def test_a_prosecutor_s_office_described_in_full_is_its_own_source() -> None:
    text = ("Nurses at the city hospital said the boy was stable.\n\n"
            "Since May, 57 civilians have been wounded in the district, according to the regional prosecutor's office.")
    assert claimants(text) == ["the regional prosecutor's office"]


def test_according_to_our_own_count_leaves_the_figure_to_the_speaker_of_the_sentence() -> None:
    assert named("Local officials reported 12 deaths in Izium, according to our count of their posts.") \
        == "Local officials"


def test_according_to_our_own_count_alone_is_the_article_s_figure() -> None:
    text = ("The ministry said the strikes had hit energy sites.\n\n"
            "According to our count, 14 people were killed in the week.")
    assert claimants(text) == [None]


def test_a_paragraph_of_an_answer_that_speaks_in_the_first_person_is_all_the_interviewee_s() -> None:
    text = ("Ukraine's ombudsman Dmytro Lubinets spoke to us after the latest swap.\n\n"
            "**How many came home this time?**\n\n"
            "Eleven civilians were among those returned. I met each of them at the border.")
    assert claimants(text) == ["Lubinets"]


def test_a_bold_question_of_two_sentences_is_an_interviewer_s() -> None:
    text = ("Ukraine's ombudsman Dmytro Lubinets spoke to us after the latest swap.\n\n"
            "**The swap came late at night. How many came home?**\n\n"
            "We brought back 84 soldiers.")
    assert claimants(text) == ["Lubinets"]


def test_a_transcript_s_speaker_label_names_who_gives_the_figures() -> None:
    text = ("**Moderator:** Welcome. With us is Dr. Anna Keller of the mission.\n\n"
            "**Dr. Keller:** Thank you. Since June, 210 civilians have been killed in the region.\n\n"
            "About 40 of them were children, according to the regional authorities.\n\n"
            "A further 35 were aid workers.\n\n"
            "**Question (radio):** Are you able to compare with May?")
    assert claimants(text) == ["Keller", "the regional authorities", "Keller"]


def test_a_single_bold_label_does_not_make_a_transcript() -> None:
    text = ("**Oleksandr Prokudin:** The regional governor posts a daily summary.\n\n"
            "Rescuers said the fire was out. Separately, 6 people were killed in a market.")
    assert claimants(text) == [None]


def test_footage_is_not_a_source() -> None:
    text = ("The outlet said 4 of the dead were soldiers.\n\n"
            "The footage shows at least 30 people killed in the street.")
    assert claimants(text) == ["The outlet", None]


def test_a_passive_reporting_verb_after_the_speaker_s_verb_keeps_the_speaker() -> None:
    assert named("Kharkiv City Council says 28 people are now confirmed dead, including three children.", 1) \
        == "Kharkiv City Council"


def test_a_speaker_inside_a_relative_clause_about_the_figure_is_not_the_source() -> None:
    assert named("Kyiv received 909 bodies that Moscow says are soldiers, the Coordination Headquarters said.") \
        == "Coordination Headquarters for the Treatment of Prisoners of War"


def test_the_subject_before_a_relative_clause_and_an_auxiliary_is_the_speaker() -> None:
    assert named("Lieutenant Colonel Pavlo Hrytsenko, who commands the brigade's artillery, has said that "
                 "60 of his men were wounded.") == "Pavlo Hrytsenko"


def test_lists_is_a_reporting_verb() -> None:
    assert named("The Mediazona project lists 3,100 mobilised men among the dead.") == "Mediazona"


def test_a_time_before_the_subject_without_a_comma_is_not_part_of_it() -> None:
    assert claimants("Earlier this week the district council said the remains of 112 residents had been exhumed.") \
        == ["the district council"]


def test_the_figure_s_own_verb_leaves_the_speaker_named_after_it() -> None:
    assert named("About 1.1 million people have registered for protection in Germany, Berlin's interior ministry "
                 "said.") == "Berlin's interior ministry"


def test_an_acronym_in_capitals_is_no_relative_pronoun() -> None:
    assert named("According to the WHO, strikes on clinics have killed 64 patients this year.") == "WHO"


def test_spoke_of_is_a_reporting_verb() -> None:
    assert named("Separatist officials in Luhansk spoke of 12 dead after the shelling.") == \
        "Separatist officials in Luhansk"


def test_a_person_named_after_their_role_is_who_he_stands_for() -> None:
    text = ("Energy minister Petro Hrytsak has released a first assessment of the damage. "
            "Nine workers were killed at the plant, he said.")
    assert claimants(text) == ["Petro Hrytsak"]


def test_a_described_headquarters_with_nothing_named_before_is_its_own_source() -> None:
    text = ("Mayor Ivan Sorokin visited the site on Tuesday.\n\n"
            "According to the city's civil defence headquarters, 14 people were injured.")
    assert claimants(text) == ["the city's civil defence headquarters"]


def test_it_in_a_sentence_that_names_the_spy_agency_is_the_agency() -> None:
    assert claimants("The figure was far above the NIS's earlier estimate, when it said 80 soldiers had died.") \
        == ["National Intelligence Service"]


def test_an_acronym_in_apposition_names_the_described_agency() -> None:
    assert named("Ukraine's military intelligence agency, HUR, has put the number of dead at 450.") == "HUR"


def test_an_explainers_sub_heading_does_not_make_an_interview() -> None:
    text = ("President Volodymyr Zelensky visited the front on Monday.\nWhat do we know about the losses?\n"
            "We know that at least 40 civilians were killed in Kherson last week, based on local reports.")
    assert claimants(text) == [None]


def test_the_outlets_correspondent_after_a_sub_heading_is_no_one_named_before() -> None:
    text = ("Moscow's negotiator Vladimir Medinsky said talks would resume.\nWhat happens next?\n"
            "Our correspondent counted 15 bodies at the morgue in Kharkiv on Monday.")
    assert claimants(text) != ["Medinsky"]


def test_a_second_question_and_answer_makes_an_interview() -> None:
    text = ("Taras, call sign Lis, leads a drone company near Kupiansk.\n\n"
            "**How bad is it now?**\n\n"
            "It is hard.\n\n"
            "**And the losses?**\n\n"
            "This month we had 9 men killed.")
    assert claimants(text) == ["Taras"]


def test_labels_of_a_roundups_sections_do_not_make_a_transcript() -> None:
    text = ("**Zelensky:** the man who won't leave\n**Putin:** the man who won't stop\n"
            "In Odesa, two people died in a missile strike on Monday.")
    assert claimants(text) == [None]


def test_labels_of_paragraphs_that_speak_make_a_transcript() -> None:
    text = ("**Mr. Schmale:** We have counted 210 civilians killed since June.\n\n"
            "**Ms. Keller:** I can add that we registered 35 more.\n\n"
            "Of those, 12 were children.")
    assert claimants(text) == ["Schmale", "Keller", "Keller"]


def test_a_role_in_another_place_is_not_its_holder_named_with_a_different_place() -> None:
    text = ("Kyiv mayor Vitali Klitschko condemned the strike on Monday. In Odesa, the mayor said 12 people were "
            "killed.")
    assert claimants(text) == ["the mayor"]


def test_a_role_in_the_holders_own_place_is_still_its_holder() -> None:
    text = ("Odesa mayor Hennadiy Trukhanov visited the port on Monday. Kyiv mayor Vitali Klitschko condemned the "
            "strike. In Odesa, the mayor said 12 people were killed.")
    assert claimants(text) == ["Hennadiy Trukhanov"]


def test_our_correspondent_in_an_interview_is_the_outlets_own() -> None:
    text = ("Taras, call sign Lis, leads a drone company near Kupiansk.\n\n"
            "**What are your losses like?**\n\n"
            "Our correspondent counted 15 bodies at the morgue in Kharkiv on Monday.")
    assert claimants(text) == [None]


def test_an_interviewee_introduced_with_their_age_answers_the_questions() -> None:
    text = ("Oksana Hrytsenko, 41, drives an ambulance for a brigade near Kostiantynivka. We talked to her by "
            "phone.\n\n"
            "**How many have you carried out this winter?**\n\n"
            "Around 120 wounded men since December, and we lost two of our own drivers.")
    assert claimants(text) == ["Oksana Hrytsenko", "Oksana Hrytsenko"]


def test_a_place_phrase_opening_the_sentence_is_not_the_source() -> None:
    sentence = "Inside Moldova, the UN Refugee Agency (UNHCR) registered 120,000 people who fled the war."
    assert named(sentence) == "UNHCR"


def test_a_record_that_lists_a_figure_is_the_speakers_after_it() -> None:
    sentence = "The database now lists 2,310 people as missing, regional officials said on Tuesday."
    assert source(sentence).name == "regional officials"


def test_a_passive_verb_in_a_relative_clause_does_not_leave_the_figure_unattributed() -> None:
    sentence = "Among the soldiers whose deaths have been confirmed, 4,120 came from the Bashkortostan republic."
    assert source(sentence) is None


def test_a_verb_like_noun_in_a_list_is_no_reporting_verb() -> None:
    sentence = ("The tally draws on court records, reports in local newspapers and social media, and lists 6,400 "
                "men killed, the outlet said.")
    assert source(sentence).name == "the outlet"


def test_participles_after_neither_do_not_hide_the_speaker_before_them() -> None:
    sentence = ("Researchers at the Eastern Studies Institute put the number of men neither confirmed dead nor "
                "reported captured at roughly 30,000.")
    assert named(sentence) == "Eastern Studies Institute"


def test_a_body_is_named_without_the_city_it_is_based_in() -> None:
    sentence = "The Odesa-based Black Sea Monitoring Group said 14 sailors were missing."
    assert named(sentence) == "Black Sea Monitoring Group"


def test_an_interviewee_who_opens_the_lede_as_its_subject_answers_the_questions() -> None:
    text = ("Hanna Marchuk heads the missing-persons desk of a volunteer network in Zaporizhzhia. We spoke to her "
            "after the latest repatriation.\n\n"
            "**How many families are still waiting?**\n\n"
            "We are looking for about 900 missing soldiers from our region alone.")
    assert claimants(text) == ["Hanna Marchuk"]


def test_a_role_named_in_the_lede_is_the_holder_the_next_sentence_quotes() -> None:
    text = ("A glide bomb hit a school in Kupiansk on Friday, killing four people, the regional governor said.\n\n"
            "Vasyl Hordiienko, head of the Kharkiv regional administration, said rescuers were still at the site.")
    assert claimants(text) == ["Vasyl Hordiienko"]


def test_officials_described_by_an_unlisted_word_are_a_source() -> None:
    sentence = "Since the spring, 212 teenagers have been injured by mines, juvenile prosecutors said."
    assert named(sentence) == "juvenile prosecutors"


def test_it_after_a_country_that_opens_the_sentence_is_that_country() -> None:
    sentence = "Ukraine has not released a new toll since last winter, when it said 31,000 troops had died."
    assert named(sentence) == "Ukraine"


def test_the_count_shows_is_the_source_just_named() -> None:
    text = ("The Open Casualty Count project said in March that 40,000 Russian soldiers had died.\n\n"
            "Frontline Ledger, an independent monitoring project, has identified 48,200 Russian soldiers killed by "
            "name. "
            "More than 9,000 of them were mobilised men, the count shows.")
    assert claimants(text)[-1] == "Frontline Ledger"


def test_a_long_subject_is_the_noun_phrase_before_what_it_is_doing() -> None:
    sentence = ("An officer from one of the battalions defending the bridgehead near the river told reporters that "
                "about 300 attackers had been killed.")
    assert named(sentence) == "An officer from one of the battalions"


def test_a_sentence_with_no_source_is_the_one_the_rest_of_its_paragraph_quotes() -> None:
    text = ("The Eastern Monitoring Network has registered 530 abducted civilians in occupied Kherson region. "
            "Most families have had no news. Many fear reprisals. The courts rarely answer.\n\n"
            "At least 80 of the abducted civilians have since been released. Eleven died in detention, the network "
            "said.")
    assert claimants(text)[-2:] == ["Eastern Monitoring Network", "Eastern Monitoring Network"]


def test_an_agency_correspondent_who_reports_a_briefing_is_not_its_source() -> None:
    sentence = ("Andriy Kovalchuk, spokesman for the eastern grouping, said this at a morning briefing, "
                "a Suspilne correspondent reports.")
    assert names(sentence) == ["Andriy Kovalchuk"]


def test_a_second_reporting_verb_joined_by_and_shares_the_first_ones_subject() -> None:
    sentence = ("Russia's defence ministry said on Tuesday it had hit a fuel depot near Odesa with cruise missiles "
                "and claimed the strike killed 25 troops.")
    figure = find_figures(sentence)[-1]
    assert source_of(sentence, figure.start, figure.end).name == "Russian Defence Ministry"


def test_a_body_named_before_which_is_the_subject_of_its_relative_clause() -> None:
    text = ("The most quoted tally comes from Mediazona, which confirms each death by name. "
            "It says it has counted 80,000 dead soldiers.")
    assert claimants(text) == ["Mediazona"]


def test_a_pronoun_subject_is_quoted_as_the_body_the_sentence_named_before_it() -> None:
    sentence = "Mediazona, working with volunteers, takes another route: it counts only soldiers named in obituaries."
    assert names(sentence) == ["Mediazona"]


def test_an_as_of_date_before_the_subject_is_not_part_of_it() -> None:
    sentence = "As of this week the project had confirmed 80,000 deaths."
    figure = find_figures(sentence)[0]
    assert source_of(sentence, figure.start, figure.end).name == "the project"


def test_a_body_that_updates_a_tally_is_its_source() -> None:
    assert names("Ukraine's General Staff updates its tally of Russian losses every morning.") == [
        "General Staff of the Armed Forces of Ukraine"]


def test_a_sentence_about_another_place_does_not_lend_its_speaker_to_the_sentence_before() -> None:
    assert claimants("Two people were killed in Odesa. Four were wounded in Kherson, the regional governor said.") \
        == [None, "the regional governor"]


def test_a_lede_role_is_not_given_to_a_russian_installed_holder_or_a_separate_story_s_speaker() -> None:
    assert claimants("Three people were killed in Zaporizhzhia, the regional governor said. Yevgeny Balitsky, the "
                     "Russian-installed governor of the occupied part of the region, said Ukrainian shelling killed "
                     "two people in Enerhodar.") == ["the regional governor", "Yevgeny Balitsky"]
    assert claimants("Three people were killed in Sumy, the regional governor said. Separately, Ihor Terekhov, the "
                     "mayor of Kharkiv, said the regional hospital was overwhelmed.") == ["the regional governor"]


def test_another_outlet_s_correspondent_is_that_outlet_s_report() -> None:
    assert claimants("Twelve civilians were killed in Kharkiv, a Reuters correspondent reported.") \
        == ["Reuters correspondent"]


def test_a_named_body_that_records_a_figure_gives_it() -> None:
    assert named("Across Europe, UNHCR records some 4.1 million Ukrainians under temporary protection.") == "UNHCR"
    assert source("Hospital records list 4,100 people as missing, officials said.").name == "officials"


def test_a_body_in_brackets_inside_an_aside_is_not_the_subject() -> None:
    sentence = ("The findings, released yesterday alongside the UN Human Rights Monitoring Mission (HRMMU), show that "
                "at least 412 civilians were killed in the region last year.")
    assert source(sentence).name == "The findings"


def test_according_to_in_a_relative_clause_yields_to_the_closing_speaker() -> None:
    sentence = ("Kyiv took back the bodies of 757 people who, according to Moscow, had served in the army, "
                "the interior ministry said.")
    assert source(sentence).name == "the interior ministry"


def test_an_answer_right_under_an_interviewers_question_is_the_interviewee_s() -> None:
    text = ("Orikhiv mayor Mykola Tkach spoke to us by phone from the town.\n\n"
            "**What did you see on Tuesday night?**\n\n"
            "The shelling started after midnight. Nine residents were wounded, two of them children.\n\n"
            "**What do you need most?**\n\n"
            "Generators, above all.")
    assert claimants(text) == ["Mykola Tkach", "Mykola Tkach"]


def test_a_person_named_right_after_their_post_is_that_person() -> None:
    assert canonical("head of the Mykolaiv Regional Military Administration Vitalii Kim") == "Vitalii Kim"
    assert canonical("Colonel General Oleksandr Pavliuk") == "Oleksandr Pavliuk"
    assert canonical("spokesman for the Black Sea Fleet") == "Black Sea Fleet"  # a unit's name, no person's


def test_a_person_after_a_rank_in_apposition_is_the_subject_not_the_body_of_the_post() -> None:
    sentence = ("Commander of the Ukrainian Ground Forces, Colonel General Oleksandr Pavliuk, said on Monday that "
                "about 400 Russian soldiers had been killed.")
    assert named(sentence) == "Oleksandr Pavliuk"


def test_the_ministry_is_the_ministry_named_before_though_no_sentence_quoted_it() -> None:
    text = ("The Russian Defence Ministry has released its summary of the week's fighting near Vovchansk. "
            "General Oleg Surkov briefed reporters on the battle for the town centre. "
            "Ukrainian losses there came to some 1,300 troops, the ministry said.")
    assert claimants(text) == ["Russian Defence Ministry"]


def test_a_news_line_that_opens_on_a_speaker_and_a_colon_is_that_speakers() -> None:
    text = ("Oleh Hryhorov, head of the regional military administration, said Russian drones hit Sumy "
            "overnight.\n\n"
            "09:30 The regional council says the power is back in most districts.\n\n"
            "11:45 Hryhorov: two people have died and nine are injured.")
    assert claimants(text) == ["Oleh Hryhorov", "Oleh Hryhorov"]


def test_a_headline_that_opens_on_a_place_and_a_colon_has_no_speaker() -> None:
    assert claimants("Kharkiv: three people were killed in a glide-bomb strike on Saturday.") == [None]


def test_a_figure_inside_a_quote_is_the_speaker_named_after_it_past_verbs_in_the_quote() -> None:
    sentence = ('Our brigade lost 12 men that night, and the command never told us why," said Taras, '
                'a medic from Lutsk.')
    assert named(sentence) == "Taras"


def test_according_to_information_available_to_a_body_is_that_body() -> None:
    sentence = ("Some 2,400 civilians remain in detention, according to information available to the Mission as of "
                "30 April.")
    assert source(sentence).name == "Mission"


def test_a_source_and_something_that_is_no_name_is_the_source() -> None:
    sentence = ("Sixty prisoners were beaten, according to testimony gathered by the Mission and reports of "
                "relatives.")
    assert source(sentence).name == "Mission"


def test_a_new_clause_after_according_to_keeps_its_own_closing_speaker() -> None:
    sentence = ("According to the IOM, about 3.7 million people are displaced inside the country, while some "
                "4.2 million have found temporary protection in the EU, Eurostat figures show.")
    assert named(sentence, 0) == "IOM"
    assert named(sentence, 1) == "Eurostat"
    sentence = "According to the governor, two people were killed, while the city council said 15 were injured."
    assert source(sentence, 1).name == "the city council"


def test_a_speaker_who_said_this_in_the_next_paragraph_gives_the_figures_before() -> None:
    text = ("Russian forces lost 260 troops killed and wounded near Kurakhove over the past day.\n\n"
            "Nazar Voloshyn, spokesman for the southern group of forces, said this on national television.\n\n"
            "He said this week would be decisive.")
    assert claimants(text) == ["Nazar Voloshyn"]


def test_an_organisation_after_a_post_is_not_a_person_named_by_its_last_two_words() -> None:
    assert canonical("A spokesman for the Tavria Operational Command") == "Tavria Operational Command"
    assert canonical("The head of the Ukrainian Red Cross Kharkiv Branch") == "Ukrainian Red Cross Kharkiv Branch"
    assert canonical("Spokesman for the Tavria Operational Command Dmytro Lykhovyi") == "Dmytro Lykhovyi"


def test_a_news_line_that_opens_on_a_topic_and_a_colon_is_no_ones() -> None:
    text = ("Live.\n\n"
            "08:10 Air Raid Alert: a missile hit an apartment building in Dnipro, killing 3 people.\n\n"
            "21:05 Prisoner Exchange: 84 Ukrainian soldiers have returned home.")
    assert claimants(text) == [None, None]


def test_a_pronoun_speaking_a_new_clause_after_according_to_keeps_that_source() -> None:
    sentence = "According to Kyiv, Russia lost 1,000 troops, and it said 50 Ukrainian soldiers were wounded."
    assert named(sentence, 1) == "Kyiv"
    sentence = "According to the ombudsman, 1,000 prisoners were freed last year, while he said 200 remain in Russian jails."
    assert source(sentence, 1).name == "the ombudsman"


def test_an_interviewee_introduced_in_an_italic_lede_answers_the_questions() -> None:
    text = ("*Captain Marta Levchenko, 36, commands a field hospital near Kupiansk. We spoke to her by phone.*\n\n"
            "**How busy has the winter been?**\n\n"
            "We have taken in about 900 wounded since November.")
    assert claimants(text) == ["Captain Marta Levchenko"]


def test_according_to_data_compiled_by_a_body_is_that_body_s() -> None:
    sentence = ("According to the most recent figures, gathered by local councils and compiled by the IOM as of "
                "March, 2.1 million people remain displaced inside the country.")
    assert named(sentence) == "IOM"


def test_according_to_their_own_update_is_the_subject_s_count() -> None:
    sentence = ("Mediazona, working from court files and funeral notices, has by now confirmed the deaths of 4,300 "
                "mobilised men, according to its latest update.")
    assert named(sentence) == "Mediazona"


def test_a_body_estimating_from_someone_else_s_data_is_the_claimant() -> None:
    sentence = "Drawing on data from the state pension register, Meduza estimated that 60,000 soldiers had died."
    assert named(sentence) == "Meduza"


def test_he_said_after_a_person_named_in_apposition_to_a_role_is_that_person() -> None:
    text = ("The first estimate came from Andrea Mills, the spokeswoman for the alliance, in March. "
            "Russia, she said, had lost about 45,000 soldiers by then.")
    assert claimants(text) == ["Andrea Mills"]


def test_a_person_who_was_speaking_of_a_toll_is_the_claimant() -> None:
    sentence = "By nightfall the regional governor, Serhii Lysak, was speaking of at least 14 dead."
    assert named(sentence) == "Serhii Lysak"


def test_an_investigation_by_an_outlet_is_that_outlet_s() -> None:
    sentence = ("An investigation by The Kyiv Independent published last autumn concluded that 140 people had died "
                "in the basement.")
    assert named(sentence) == "Kyiv Independent"


def test_the_rights_group_is_the_body_named_in_the_sentence_before() -> None:
    text = ("Mariupol officials said 80 people had been killed in the strike. Human Rights Watch, in a report in "
            "May, took a more cautious view. The rights group said at least 20 people had died.")
    assert claimants(text) == ["Mariupol officials", "Human Rights Watch"]


def test_a_headline_that_opens_on_a_surname_is_the_person_the_body_names() -> None:
    text = ("Fedorov: 1,200 residents of front-line villages have been evacuated this month\n\n"
            "About 1,200 residents of front-line villages have been evacuated since 1 June, regional governor "
            "Ivan Fedorov said on Friday.")
    assert claimants(text)[0] == "Ivan Fedorov"


def test_an_outlet_s_count_made_with_a_partner_is_theirs_not_the_article_s_own() -> None:
    text = ("As of Monday, we and Mediazona have confirmed the names of 9,400 soldiers killed in the war. Our "
            "previous update stood at 9,100. More than 700 officers have been killed.")
    assert claimants(text) == ["we and Mediazona"] * 3


def test_a_noun_like_verb_after_a_negated_verb_is_its_object() -> None:
    assert names("We do not count reports from anonymous channels.") == []


def test_a_participle_right_after_a_figure_is_no_reporting_verb() -> None:
    assert source("Kharkiv region leads with 312 confirmed deaths, followed by Odesa region.") is None


def test_a_negated_verb_before_reports_is_a_denial_not_the_claimant() -> None:
    assert claimants("Moscow has never acknowledged reports of 50,000 soldiers killed.") == [None]
    assert claimants("Russia has not acknowledged reports of 50,000 soldiers killed, the BBC said.") == ["BBC"]


def test_the_group_is_not_a_state_body_named_in_the_sentence_before() -> None:
    text = ("Kremlin spokesman Dmitry Peskov dismissed the report by the Ukrainian volunteer group. The group said 12 "
            "of its fighters were killed.")
    assert claimants(text) == ["Ukrainian volunteer group"]  # the group it was, not the Kremlin that dismissed it
    assert claimants("Russia's defence ministry blamed the Azov group. The group said 30 soldiers were killed.") \
        == ["Azov group"]
    assert claimants("Amnesty International criticised the Azov group. The group said 30 soldiers were killed.") \
        == ["Azov group"]
    text = ("Human Rights Watch, a New York-based rights group, published a report on Friday. The group said 30 "
            "civilians were killed.")
    assert claimants(text) == ["Human Rights Watch"]


def test_according_to_its_update_is_never_a_person_s() -> None:
    sentence = ("Zelensky thanked the UN mission, which has recorded 11,000 civilian deaths, according to its latest "
                "update.")
    assert claimants(sentence) == [None]


def test_a_participle_in_an_including_aside_is_no_reporting_verb() -> None:
    sentence = ("In a new estimate, the researchers concluded that the total, including cases never officially "
                "reported, may reach 40,000.")
    found = source(sentence)
    assert found is not None and found.name == "the researchers"


def test_the_organisation_is_the_body_named_before_not_the_person_quoted_last() -> None:
    text = ("Amnesty International said 12 civilians had been wounded in the district. The local mayor, Petro "
            "Hnatenko, said the market had burned down. Four of the wounded were children, the organisation said.")
    assert claimants(text)[-1] == "Amnesty International"


def test_a_ministry_with_another_portfolio_is_not_the_ministry_named_before() -> None:
    text = ("Russia's Defence Ministry said its air defences had downed 40 drones. Later in the day, 18 people had "
            "been killed across the country, the emergency ministry said.")
    assert claimants(text)[-1] == "the emergency ministry"


def test_the_administration_is_the_one_the_article_described_before() -> None:
    text = ("The Kharkiv regional military administration ordered families to leave six villages on Monday. "
            "Residents said the roads were under fire. According to the administration, 430 children have left.")
    assert claimants(text)[-1] == "Kharkiv regional military administration"


def test_a_holiday_in_apposition_to_a_date_is_no_person() -> None:
    assert people_in("The ceremony was cut short on 9 May, Victory Day, when sirens sounded.") == []


def test_a_first_name_given_with_an_age_is_the_person_a_later_pronoun_means() -> None:
    text = ("Oksana, 52, a nurse from Izium, spent the winter in a basement. \"Nine of our neighbours were killed "
            "by the shelling,\" she said.")
    assert claimants(text) == ["Oksana"]


def test_the_occupation_administration_is_not_the_administration_named_before() -> None:
    text = ("According to the Zaporizhzhia regional military administration, 14 people were hurt overnight. The "
            "occupation administration, for its part, said 6 people had been killed in Enerhodar.")
    assert claimants(text)[-1] == "The occupation administration"


def test_a_page_s_own_figures_are_those_of_the_body_it_says_publishes_it() -> None:
    text = ("Situation update on Ukraine\nFrom: Ministry of Foreign Affairs\nPublished 2 May 2024\n"
            "Since the start of the year, about 2,300 civilians have been killed in Ukraine.")
    assert claimants(text) == ["Ministry of Foreign Affairs"]


def test_their_body_belongs_to_the_authorities_the_sentence_before_describes() -> None:
    text = ("Mayor Ivan Fedorov said 3 people had been wounded. In occupied Melitopol, the Russian-installed "
            "authorities gave a different account. Their health department said 9 people had died in the blast.")
    assert claimants(text)[-1] == "Russian-installed authorities"


def test_a_byline_or_newsroom_heading_the_page_is_no_publisher_claimant() -> None:
    for line in ("From: Maria Koval in Kyiv", "Published by: Kyiv Independent news desk", "From: Our Kyiv bureau"):
        text = f"{line}\n\nA Russian drone killed three civilians in Kherson on Tuesday."
        assert claimants(text) == [None], line


def test_one_ministry_spelt_defense_then_defence_or_named_by_a_synonym_is_the_same_body() -> None:
    text = ("Russia's Defense Ministry said its troops had repelled 14 attacks. The defence ministry said Ukraine "
            "had lost 300 soldiers in a day.")
    assert claimants(text) == ["Russian Defense Ministry"]
    text = ("Ukraine's Interior Ministry said rescuers were at the scene. The internal affairs ministry later said "
            "12 people were killed.")
    assert claimants(text) == ["Interior Ministry"]


def test_their_body_belongs_to_the_authorities_with_the_region_they_are_in() -> None:
    text = ("The Moscow-installed authorities in Zaporizhzhia region said the plant was shelled. Their emergencies "
            "service said 3 people were killed.")
    assert claimants(text) == ["Moscow-installed authorities in Zaporizhzhia region"]


def test_a_body_named_alone_on_a_page_s_first_line_publishes_its_figures() -> None:
    text = ("Mykolaiv Regional Military Administration\nWeekly summary of shelling in the region\n"
            "Over the week, enemy fire killed four residents of the region, the head of the Mykolaiv Regional "
            "Military Administration reported on Monday. Power lines were repaired in the south. Crews cleared "
            "the roads. Separately, a drone attack on Ochakiv wounded 3 residents.")
    assert claimants(text)[-1] == "Mykolaiv Regional Military Administration"


def test_a_headline_ending_in_a_body_s_name_is_no_publisher() -> None:
    text = "Missile Strike Damages Odesa Regional Administration\n\nThe strike killed two civilians on Tuesday."
    assert claimants(text) == [None]


def test_a_page_reposting_an_official_s_messages_gives_its_figures_in_their_voice() -> None:
    text = ("Daily digest from the border\nWe repost the messages of the Kursk region governor Alexei Smirnov "
            "below, unedited.\n09:10\nA drone struck a bus stop in Rylsk. Three people were injured.")
    assert claimants(text) == ["Alexei Smirnov"]


def test_a_time_ago_before_the_subject_is_no_part_of_its_name() -> None:
    text = "Two months ago the monitoring group put the number of dead at 340."
    assert source_of(text, text.index("340"), text.index("340") + 3).name == "the monitoring group"


def test_a_counted_crowd_is_not_who_counts() -> None:
    assert sources_in("Officials say roughly two million displaced people registered in the west.") \
        == sources_in("Officials say displaced people registered in the west.")[:1]


def test_a_day_and_its_part_after_a_subject_is_no_part_of_its_name() -> None:
    text = "The early accounts on Friday evening spoke of 12 killed."
    assert source_of(text, text.index("12"), text.index("12") + 2).name == "The early accounts"


def test_a_passive_verb_in_a_time_clause_after_the_figure_names_no_speaker() -> None:
    text = "About 1,200 residents have moved to shelters since the curfew was declared in March."
    assert source_of(text, text.index("1,200"), text.index("1,200") + 5) is None


def test_a_passive_verb_after_a_time_clause_with_its_agent_names_the_speaker() -> None:
    text = "Twelve people were killed when the shopping centre was hit, as was confirmed by police."
    assert source_of(text, text.index("Twelve"), text.index("Twelve") + 6).name == "police"


def test_a_capitalised_million_in_an_organisations_name_is_no_count() -> None:
    text = "The Million Mothers movement said 300 soldiers from Buryatia had been killed."
    assert source_of(text, text.index("300"), text.index("300") + 3).name == "Million Mothers movement"
