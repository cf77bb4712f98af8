"""name-missing where the English says a country without naming it (issue 14, eleventh
session): by the subject pronoun its clause opens with ("It pursues…" for 中国坚持…), as "our
country", or left implicit where the document's own country qualifies a word the English
renders (中国民众 "the public"). The finding is info with its reason; a country the English
drops from a sentence it otherwise renders differently stays a warning. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from test_names_evidence import _findings

from align.checks.entities import own_countries


@pytest.mark.parametrize(("texts", "own"), [
    (["中国坚持和平发展。", "中国愿同各国合作。", "中国欢迎。", "美国表示欢迎。"], {"中国"}),
    (["中英关系", "中国和英国", "英国政府", "中国人民", "英国朋友"], {"中国", "英国"}),
    (["中國堅持和平發展。", "中國願同各國合作。"], {"中国"}),  # traditional, as 中国
    (["中国", "中国", "中国", "中国", "美国"], {"中国"}),  # said far less often: not its own
    (["今天天气很好。"], set()),
])
def test_the_documents_own_countries(texts, own):
    assert own_countries(texts) == own


def _missing(zh, en):
    return [(s, msg) for r, s, _, msg in _findings(zh, en) if r == "name-missing"]


@pytest.mark.parametrize(("zh", "en", "pronoun"), [
    (["中国坚定不移走和平发展道路，推动建立新型国际关系。"],
     ["It steadfastly pursues peaceful development and promotes a new type of relations."],
     "It"),
    (["我们欢迎各方参与。中国始终支持多边主义。"],
     ["We welcome the participation of all. We always support multilateralism."], "We"),
])
def test_a_country_opening_its_clause_said_by_a_pronoun_is_info(zh, en, pronoun):
    found = _missing(zh, en)
    assert [s for s, _ in found] == ["info"]
    assert f"may say as '{pronoun}'" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    # the name does not open its clause: the pronoun is no evidence
    (["我们认为中国坚持和平发展道路。"], ["We believe it pursues peaceful development."]),
    # the English opens with no pronoun
    (["中国坚持和平发展道路。"], ["Peaceful development is pursued steadfastly."]),
])
def test_a_pronoun_elsewhere_leaves_the_warning(zh, en):
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


@pytest.mark.parametrize(("zh", "en"), [
    ("中国企业积极参与了博览会。", "Enterprises took an active part in the expo."),
    ("会议讨论了中国经济形势。", "The meeting discussed the economic situation."),
    ("短片展现了中国民众对冬奥的期盼。", "The film shows the people's anticipation of the Games."),
])
def test_the_own_country_qualifying_a_rendered_word_is_info(zh, en):
    found = _missing([zh, "中国愿同各方合作。"], [en, "China is ready to work with all parties."])
    assert [s for s, _ in found] == ["info"]
    assert "own country" in found[0][1]


def test_a_qualified_word_rendered_only_by_another_words_english_stays_a_warning():
    # "Foreign" belongs to 外交部长 (Foreign Minister): it says nothing of 外交政策
    zh = ["外交部长李明谈中国外交政策", "中国愿同各方合作。"]
    en = ["Foreign Minister Li Ming Talks to Students", "China is ready to work with all parties."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


def test_our_country_says_the_own_country():
    zh = ["中国经济持续恢复，中国发展前景光明。", "中国愿同各方合作。"]
    en = ["The economy of our country keeps recovering, and its prospects are bright.",
          "China is ready to work with all parties."]
    found = _missing(zh, en)
    assert found and all(s == "info" for s, _ in found)
    assert "'our country'" in found[0][1]


def test_another_country_qualifying_a_word_stays_a_warning():
    # 日本 is no country of the document's: the English drops it
    zh = ["中国代表团会见了日本企业家代表。", "中国愿同各方合作。", "中国欢迎外国投资。"]
    en = ["The delegation met representatives of entrepreneurs.",
          "China is ready to work with all parties.", "China welcomes foreign investment."]
    assert ("warning", "The name 日本 in the Chinese has no counterpart in the English.") in \
        _missing(zh, en)


def test_the_own_country_as_the_head_of_a_dropped_phrase_stays_a_warning():
    # 欣欣向荣的中国: the country is the head the English lost, not a qualifier
    zh = ["我们看到了一个欣欣向荣的中国。", "中国愿同各方合作。"]
    en = ["We see a thriving and dynamic.", "China is ready to work with all parties."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


@pytest.mark.parametrize(("zh", "en", "said"), [
    ("我出使英伦十一年，见证了中英关系的发展。",
     "In my eleven years, I have witnessed the growth of China-UK relations.", "UK"),
    ("他多次访问英伦，与英国朋友交流。", "He visited many times and met friends in the UK.", "UK"),
])
def test_another_name_of_a_country_the_english_names_is_info(zh, en, said):
    found = _missing([zh], [en])
    assert [s for s, _ in found] == ["info"]
    assert f"({said!r})" in found[0][1]


def test_another_name_of_a_country_the_english_does_not_name_stays_a_warning():
    found = _missing(["我出使英伦十一年，见证了两国关系的发展。"],
                     ["In my eleven years, I have witnessed the growth of relations."])
    assert [s for s, _ in found] == ["warning"]


# Thirteenth session (F1): the country's organs between it and the office the English renders,
# a person's link to an office, and the nation's own things (国庆, 国务院) by a count.
_OWN = ("中国愿同各方合作。", "China is ready to work with all parties.")


@pytest.mark.parametrize(("zh", "en"), [
    # organs of the country between it and the rendered office or person
    ("中国国务院原总理李明逝世。", "Former Premier Li Ming passed away."),
    ("中国商务部王文涛部长发表讲话。", "Minister Wang Wentao made a speech."),
    # the office word is claimed by the person's link too (习近平 ~ President)
    ("中国国家主席习近平特别代表王毅出席会议。",
     "Wang Yi attended the meeting as President Xi Jinping's special envoy."),
])
def test_the_own_country_before_its_organs_and_a_rendered_office_is_info(zh, en):
    found = _missing([zh, _OWN[0]], [en, _OWN[1]])
    assert [s for s, _ in found] == ["info"]
    assert "own country" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    ("大使在国庆67周年招待会上讲话。",
     "The ambassador spoke at the reception marking the 67th anniversary of the founding of "
     "the People's Republic of China."),
    ("大使在国庆73周年线上招待会的讲话",
     "Speech by the ambassador at the virtual event for the 73rd anniversary of the founding"),
    ("李明出席國慶70周年招待會。", "Li Ming attended the reception for the 70th anniversary."),
])
def test_the_nations_own_name_qualifying_a_rendered_word_is_info(zh, en):
    found = _missing([zh, _OWN[0]], [en, _OWN[1]])
    assert [s for s, _ in found] == ["info"]
    assert "the nation's own" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    # an organ the English drops along with the word it qualifies
    ("中国国务院发表声明。", "A statement was issued."),
    # a foreign country before its office stays a warning
    ("日本外务大臣林芳正会见了代表团。", "Foreign Minister Yoshimasa Hayashi met the delegation."),
])
def test_a_dropped_organ_or_another_countrys_stays_a_warning(zh, en):
    found = _missing([zh, _OWN[0]], [en, _OWN[1]])
    assert found and "warning" in [s for s, _ in found]


@pytest.mark.parametrize(("name", "national"), [
    ("国庆", True), ("國慶", True), ("国务院", True), ("国歌", True),
    ("国会", False), ("国民党", False), ("国际", False), ("国家", False), ("中国", False),
])
def test_the_nations_own_names_by_the_dictionary(name, national):
    from align.checks.entities import _national
    assert _national(name) is national


@pytest.mark.parametrize(("zh", "en", "said"), [
    ("我来克赖斯特彻奇仅三个月，感谢各界朋友的支持和帮助。",
     "I came here only three months ago and thank all friends for their support and help.",
     "here"),
    ("我到惠灵顿已经两年了。", "I have been in this city for two years.", "this city"),
    ("我们抵达喀布尔后立即开始工作。", "We started work as soon as we arrived here.", "here"),
])
def test_a_place_the_speaker_came_to_said_as_here_is_info(zh, en, said):
    found = _missing([zh], [en])
    assert [s for s, _ in found] == ["info"]
    assert f"may say as {said!r}" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    # no "here" in the English
    ("我来克赖斯特彻奇仅三个月，感谢各界朋友的支持和帮助。",
     "I came only three months ago and thank all friends for their support and help."),
    # the place is not where the speaker came to (no verb of arriving before it)
    ("我很喜欢克赖斯特彻奇的公园和博物馆。", "I like the parks and museums here very much."),
])
def test_a_place_not_said_as_here_stays_a_warning(zh, en):
    assert [s for s, _ in _missing([zh], [en])] == ["warning"]


# -- the place the document speaks for (sixteenth session) -------------------------------------

# a document about Hong Kong; the last two sentences keep the one under test away from the
# English that names it (a neighbour that says the name is another reason for info)
_HK_ZH = ["各位议员：", "香港经济稳步增长。", "香港社会保持稳定。", "香港市民生活改善。",
          "就业情况良好。", "通胀保持温和。"]
_HK_EN = ["Honourable Members,", "Hong Kong's economy grew steadily.",
          "Hong Kong society remained stable.", "The lives of Hong Kong people improved.",
          "Employment was good.", "Inflation stayed moderate."]


@pytest.mark.parametrize(("zh", "en"), [
    ("我们要提升香港金融中心地位。", "We will enhance our position as a financial centre."),
    ("国家一直支持香港的发展。", "The country has always supported our development."),
])
def test_the_place_a_document_speaks_for_said_as_our_is_info(zh, en):
    found = _missing(_HK_ZH + [zh], _HK_EN + [en])
    assert [s for s, _ in found] == ["info"]
    assert "the place the document speaks for" in found[0][1]


# the same document without the place: a sentence after it names Hong Kong once, no more
_PLAIN_ZH = ["各位议员：", "经济稳步增长。", "社会保持稳定。", "市民生活改善。", "就业情况良好。"]
_PLAIN_EN = ["Honourable Members,", "The economy grew steadily.", "Society remained stable.",
             "People's lives improved.", "Employment was good."]


def test_a_place_the_document_names_rarely_is_still_missing():
    zh = _PLAIN_ZH + ["我们要提升香港金融中心地位。"]
    en = _PLAIN_EN + ["We will enhance our position as a financial centre."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


def test_our_elsewhere_in_the_sentence_says_nothing_of_the_place():
    # "our" leads another word: the place qualifying 邻国 is dropped, not said as "our"
    zh = _HK_ZH + ["我们支持香港同邻国的合作。"]
    en = _HK_EN + ["Our government supports cooperation with neighbouring countries."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


# -- the place a document speaks for, opening its clause, said as "we" (twenty-second session) --

@pytest.mark.parametrize(("zh", "en"), [
    ("香港司法独立，治安良好。", "We have an independent judiciary and good law and order."),
    ("经济复苏以后，香港法治健全。", "After the recovery, we kept a sound rule of law."),
])
def test_the_place_a_document_speaks_for_opening_its_clause_said_as_we_is_info(zh, en):
    found = _missing(_HK_ZH + [zh], _HK_EN + [en])
    assert [s for s, _ in found] == ["info"]
    assert "which the English opens with 'we'" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    # the place is not where its clause opens
    ("我们认为香港司法独立。", "We believe that the judiciary is independent."),
    # no clause of the English opens with "we"
    ("香港司法独立，治安良好。", "The judiciary is independent and law and order is good."),
])
def test_a_place_not_said_as_we_stays_a_warning(zh, en):
    assert [s for s, _ in _missing(_HK_ZH + [zh], _HK_EN + [en])] == ["warning"]


def test_we_says_no_place_the_document_names_rarely():
    zh = _PLAIN_ZH + ["香港司法独立，治安良好。"]
    en = _PLAIN_EN + ["We have an independent judiciary and good law and order."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]
