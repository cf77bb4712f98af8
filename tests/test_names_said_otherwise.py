"""Names English says in a standard short form or in the name's own language, and English
words that are no names: time zones (EST for 美东时间), US postal codes (DC for 哥伦比亚特区),
question labels (Q1.), titles given in their own language (Sinar Harian for 《阳光日报》), and
ordinary words of an official name longer than its Chinese (the Plenary Session of the NPC)."""

from __future__ import annotations

import pytest

from align.checks.entities import (
    _acronyms,
    _calque,
    _capital_for_country,
    _foreign,
    _furniture,
    _state_code,
    name_problems,
)
from align.checks.lexical import corr


@pytest.mark.parametrize(("zh", "en"), [
    ("美东时间6月3日上午，代表团抵达纽约。",
     "The delegation arrived in New York on the morning of June 3 EST."),
    ("美东时间6月3日上午，代表团抵达纽约。",
     "The delegation arrived in New York on the morning of June 3, E.S.T."),
    ("北京时间10时，飞船发射升空。", "The spacecraft lifted off at 10:00 BJT."),
    ("格林尼治时间12时，会议开幕。", "The meeting opened at 12:00 GMT."),
    ("协调世界时8时，卫星入轨。", "The satellite entered orbit at 08:00 UTC."),
])
def test_a_time_zone_said_by_its_abbreviation_is_rendered(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_a_time_zone_abbreviation_renders_no_other_name():
    # EST is no name: it neither replaces 美国 nor renders it
    assert name_problems("美国总统6月3日抵达。", "The EST president arrived on June 3.") == (
        [], ["美国"])


def test_a_dictionary_name_after_an_abbreviation_gives_its_initials():
    assert "EST" in _acronyms("美东时间")  # USA Eastern Standard Time
    assert "PRC" in _acronyms("中华人民共和国")
    assert "RC" not in _acronyms("中华人民共和国")  # only a leading upper-case word drops


@pytest.mark.parametrize(("zh", "en"), [
    ("他出席了哥伦比亚特区的招待会。", "He attended a reception in Washington, D.C."),
    ("他出席了哥伦比亚特区旅游局的活动。", "He attended an event of Destination DC."),
    ("代表团访问了华盛顿州西雅图。", "The delegation visited Seattle, WA."),
    ("代表团访问了加利福尼亚州。", "The delegation visited Sacramento, CA."),
    ("代表团访问了纽约州。", "The delegation visited Albany, NY."),
    ("代表团访问了马萨诸塞州。", "The delegation visited Boston, MA."),
])
def test_a_us_state_said_by_its_postal_code_is_rendered(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_another_states_code_does_not_render_a_state():
    replaced, missing = name_problems("代表团访问了华盛顿州。",
                                      "The delegation visited Albany, NY.")
    assert replaced or missing


@pytest.mark.parametrize(("token", "state"), [
    ("DC", "columbia"), ("D.C.", "columbia"), ("WA", "washington"), ("NY", "york"),
    ("Dc", None), ("in", None), ("USA", None), ("UK", None)])
def test_postal_codes(token, state):
    assert _state_code(token) == state


@pytest.mark.parametrize(("zh", "en"), [
    ("一、王毅外长，您如何评价中俄关系？",
     "Q1. Foreign Minister, what is your view about China-Russia relations?"),
    ("二、王毅外长，您怎么看？", "Q2: Foreign Minister, what is your view?"),
    ("问：王毅外长，您怎么看？", "Q: Foreign Minister, what is your view?"),
    ("答：王毅说，我们欢迎各方参与。", "A3) We welcome all parties to take part."),
])
def test_a_question_label_is_no_name(zh, en):
    # the name is left out, not replaced by the label
    assert name_problems(zh, en) == ([], ["王毅"])


def test_a_label_inside_a_sentence_is_still_read():
    # not at a sentence's start: no label (the engine reads Q1 as a quarter elsewhere)
    replaced, _ = name_problems("王毅外长发表讲话。", "The speech by Q1 was given.")
    assert replaced == [("王毅", "Q1")]


@pytest.mark.parametrize(("zh", "en"), [
    ("他在马来西亚《阳光日报》发表文章。", "He published an article in Sinar Harian of Malaysia."),
    ("他接受了“今日俄罗斯”国际通讯社专访。", "He gave an interview to Rossiya Segodnya."),
    ("他在印度尼西亚《罗盘报》发表文章。", "He published an article in Kompas of Indonesia."),
])
def test_a_title_given_in_its_own_language_is_rendered(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_a_title_in_its_own_language_replaces_no_place_beside_it():
    # Sinar Harian is 《阳光日报》: the places the English leaves out are missing, not replaced
    assert name_problems("他在马来西亚《阳光日报》和吉隆坡《星报》发表文章。",
                         "He published an article in Sinar Harian and The Star.") == (
        [], ["马来西亚", "吉隆坡"])


@pytest.mark.parametrize(("zh", "en", "chinese"), [
    # an English name the dictionary knows is no title in another language
    ("他在《纽约时报》发表文章。", "He published an article in the Washington Post.", "纽约时报"),
    # a foreign name that does not begin like the name inside the title
    ("他接受了“俄罗斯卫星”通讯社专访。", "He gave an interview to Karabakh Novosti.", "俄罗斯"),
])
def test_a_title_replaced_by_another_name_is_still_replaced(zh, en, chinese):
    replaced, _ = name_problems(zh, en)
    assert [z for z, _ in replaced] == [chinese]


@pytest.mark.parametrize(("name", "foreign"), [
    ("Sinar Harian", True), ("Rossiya Segodnya", True), ("Kompas", True),
    ("Washington Post", False), ("The Star", False), ("Sin Chew Daily", False)])
def test_foreign_names(name, foreign):
    assert _foreign(name) is foreign


@pytest.mark.parametrize(("zh", "en"), [
    ("全国人大会议举行记者会，邀请外交部长李肇星回答提问。",
     "The Plenary Session of the National People's Congress held a press conference."),
    ("他感谢美国朋友对世界大学生运动会的祝愿。",
     "He thanked the friends for their wishes for the International University Games."),
])
def test_ordinary_words_of_a_longer_official_name_replace_nothing(zh, en):
    # the Chinese name is left out, not replaced by Plenary Session or International
    replaced, missing = name_problems(zh, en)
    assert replaced == [] and len(missing) == 1


@pytest.mark.parametrize(("zh", "en", "chinese"), [
    # Yellow of Yellow River, where River renders 长江: a name's head, not a common word
    ("长江会议举行记者会，邀请外交部长李肇星回答提问。",
     "The Yellow River Session of the National People's Congress held a press conference.",
     "李肇星"),
])
def test_a_name_before_a_rendered_name_word_still_replaces(zh, en, chinese):
    replaced, _ = name_problems(zh, en)
    assert [z for z, _ in replaced] == [chinese]


@pytest.mark.parametrize(("zh", "en"), [
    ("尊敬的希尔斯主席、菲尔茨主席，",
     "Chairwoman Carla Hills of the National Committee, Chairman Mark Fields of the "
     "U.S.-China Business Council,"),
    ("菲尔茨代表美中贸易全国委员会致辞。", "Mark Fields of the U.S.-China Business Council spoke."),
])
def test_a_person_of_ordinary_words_before_of_is_still_a_name(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "name", "country"), [
    ("在德里的中国外交官们很幸运。", "Diplomats living in India feel lucky.", "德里", "India"),
    ("我们在伦敦举办活动。", "We held the event in Britain.", "伦敦", "Britain"),
    ("我们在华盛顿举办活动。", "We held the event in the US.", "华盛顿", "US"),
    ("我们在北京举办活动。", "We held the event in China.", "北京", "China"),
])
def test_a_capital_said_as_its_country(zh, en, name, country):
    assert _capital_for_country(corr(zh, en), en, name) == country


@pytest.mark.parametrize(("zh", "en", "name"), [
    # the Chinese names the country too: the capital is left out
    ("我们在英国首都伦敦举办活动。", "We held the event in Britain.", "伦敦"),
    # no capital
    ("我们在上海举办活动。", "We held the event in China.", "上海"),
    # another country
    ("我们在伦敦举办活动。", "We held the event in France.", "伦敦"),
    # the country as a people or in a name, not as the place: the capital is left out
    ("习近平主席在北京以视频方式出席大会。",
     "Chinese President Xi Jinping addressed the assembly by video.", "北京"),
    ("联合声明\n二〇一一年一月十九日，华盛顿", "U.S.-China Joint Statement", "华盛顿"),
])
def test_no_capital_said_as_its_country(zh, en, name):
    assert _capital_for_country(corr(zh, en), en, name) == ""


@pytest.mark.parametrize("zh", [
    "1  中央广播电视总台央视记者：你上周五宣布了专家视频交流会的消息。",
    "2. 新华社记者：你上周五宣布了专家视频交流会的消息。",
    "法新社记者：你上周五宣布了专家视频交流会的消息。",
])
def test_a_reporters_label_before_a_question_is_furniture(zh):
    label = zh.index("记者")
    assert _furniture(zh, label - 3, label - 1)  # a name inside the label
    question = zh.index("专家")
    assert not _furniture(zh, question, question + 2)  # not the question after it


@pytest.mark.parametrize(("zh", "en"), [
    ("我攀登过风光秀丽的蓝山。", "I have climbed the scenic Blue Mountain."),
    ("我们品尝了蓝山咖啡。", "We tasted Blue Mountains coffee."),
    ("船只穿越红海。", "The ships crossed the Red Sea."),
])
def test_a_name_translated_character_by_character_is_rendered(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "name"), [
    ("我攀登过蓝山。", "I climbed the Green Mountain.", "蓝山"),  # green glosses no 蓝
    ("我们品尝了蓝山咖啡。", "We tasted Red Hill coffee.", "蓝山"),
])
def test_a_name_whose_characters_the_english_does_not_gloss_is_replaced(zh, en, name):
    replaced, _ = name_problems(zh, en)
    assert [z for z, _ in replaced] == [name]


def test_calque_words():
    assert _calque("蓝山", "the Blue Mountains") == {"blue", "mountains"}
    assert _calque("长江", "the Yellow River") == frozenset()
    assert _calque("蓝山", "blue mountain") == frozenset()  # not capitalised: no name
