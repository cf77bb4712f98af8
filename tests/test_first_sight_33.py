"""Forms met on real published pairs in the thirty-third session: a web reprint's dateline
(外交部网站5月13日消息) is furniture like a wire service's; 西方 in a readout on Spain is "the
Spanish side"; the side a readout speaks for (中方) is its own country, whose name before an
office-holder's titles (中国国务委员兼外长王毅 "State Councilor and Foreign Minister Wang Yi")
English leaves implicit; names spelt with accents (Çavuşoğlu, González) read whole; set
phrases that say "fruitful" or "tangible" (富有成效, 实实在在); the Republic of China's year
after 建國 (建國101年 is 2012) and its National Day's name, "the Double Tenth"."""

import pytest
from conftest import check_texts, loud, quantity_value

from align.checks.coverage import wire_dateline
from align.checks.partial import _modifier_said
from align.lexicon import correspond
from align.numbers import extract_en, extract_zh


@pytest.mark.parametrize(("zh", "dateline"), [
    ("外交部网站5月13日消息,2020年5月12日,王毅同外长通电话。", "外交部网站5月13日消息"),
    ("新华网北京3月2日讯 国务院今天召开常务会议。", "新华网北京3月2日讯"),
    ("中國新聞網11月4日訊：會議在京舉行。", "中國新聞網11月4日訊"),
    ("人民网北京9月6日电 发言人表示欢迎。", "人民网北京9月6日电"),
])
def test_a_web_reprints_dateline_is_a_dateline(zh, dateline):
    assert wire_dateline(zh) == dateline


@pytest.mark.parametrize("zh", ["5月13日消息传出后，市场反应强烈。", "他在5月13日讯问了证人。",
                                "我们5月13日收到消息。"])
def test_news_of_a_day_inside_a_sentence_is_no_dateline(zh):
    assert wire_dateline(zh) == ""


def test_the_day_of_a_web_reprints_dateline_is_info_and_the_days_of_the_text_are_not(tmp_path):
    zh = "外交部网站6月9日消息,2021年6月8日,王毅同芬兰外长通电话。双方同意6月20日再次会谈。"
    kept = check_texts(tmp_path, zh, "On 8 June 2021, Wang Yi spoke by phone with the Finnish "
                                     "Foreign Minister. They agreed to talk again on June 20.")
    assert loud(kept, "number-missing") == []
    dropped = check_texts(tmp_path, zh, "On 8 June 2021, Wang Yi spoke by phone with the "
                                        "Finnish Foreign Minister. They agreed to talk again.")
    assert any("6月20日" in m for m in loud(dropped, "number-missing"))


_SPAIN_ZH = "王毅表示，中方赞赏西方在抗疫中的积极表现，愿同西方加强合作。"


def test_xifang_beside_zhongfang_may_be_the_spanish_side(tmp_path):
    found = check_texts(tmp_path, _SPAIN_ZH, "Wang Yi said that China appreciates Spain's "
                                             "positive role against the epidemic and is ready "
                                             "to strengthen cooperation with the Spanish side.")
    assert loud(found, "name-missing") == []


def test_xifang_rendered_as_the_west_is_still_matched_and_a_dropped_one_missing(tmp_path):
    zh = "一些西方国家对此表示关切。"
    assert loud(check_texts(tmp_path, zh, "Some Western countries expressed concern."),
                 "name-missing") == []
    assert any("西方" in m for m in loud(
        check_texts(tmp_path, zh, "Some countries expressed concern about this."),
        "name-missing"))


@pytest.mark.parametrize(("zh", "en"), [
    ("6月3日，中国国务委员兼外长王毅会见来访的芬兰外长。",
     "On June 3, State Councilor and Foreign Minister Wang Yi met with the visiting Finnish "
     "Foreign Minister."),
    ("中国外交部长王毅会见了法国总统。", "Foreign Minister Wang Yi met the French President."),
    ("中国国家主席习近平致电祝贺法国新任总理。",
     "President Xi Jinping sent a message of congratulations to the new French Prime Minister."),
])
def test_the_own_country_of_an_office_holder_may_be_left_out(tmp_path, zh, en):
    # a readout speaks for 中方: its side counts as its own country, and one person's two
    # offices joined by 兼 qualify together
    assert loud(check_texts(tmp_path, zh, en), "name-missing") == []


@pytest.mark.parametrize(("zh", "en", "name"), [
    ("美国代表团团长会见了法国外长。", "The head of the delegation met the French Foreign "
                                     "Minister.", "美国"),
    ("美国国务卿会见了法国外长。", "The Secretary of State met the French Foreign Minister.",
     "美国"),
])
def test_a_country_before_no_named_person_is_still_missing(tmp_path, zh, en, name):
    assert any(name in m for m in loud(check_texts(tmp_path, zh, en), "name-missing"))


@pytest.mark.parametrize(("en", "words"), [
    ("Mevlüt Çavuşoğlu spoke.", ["Mevlüt", "Çavuşoğlu", "spoke"]),
    ("Arancha González Laya and Pedro Sánchez", ["Arancha", "González", "Laya", "and", "Pedro",
                                                 "Sánchez"]),
    ("Nguyễn Phú Trọng visited Hà Nội.", ["Nguyễn", "Phú", "Trọng", "visited", "Hà", "Nội"]),
    ("a café in Zürich", ["a", "café", "in", "Zürich"]),
])
def test_english_words_with_accents_are_read_whole(en, words):
    tokens = correspond("会谈", en).en
    assert [t.text for t in tokens] == words


def test_an_accented_words_lemma_is_unaccented():
    tokens = correspond("会谈", "cafés and Çavuşoğlu").en
    assert "cafe" in tokens[0].lemmas and tokens[2].lemmas == ("cavusoglu",)


def test_a_name_with_accents_matches_its_transliteration(tmp_path):
    found = check_texts(tmp_path, "王毅同土耳其外长恰武什奥卢通电话。",
                        "Wang Yi had a phone call with Turkish Foreign Minister Mevlüt "
                        "Çavuşoğlu.")
    assert loud(found, "name-missing") == [] and loud(found, "name-unmatched") == []


@pytest.mark.parametrize(("zh", "word", "said"), [
    ("双方开展了富有成效的合作", "fruitful", True),
    ("雙方開展了富有成效的合作", "fruitful", True),
    ("会谈取得丰硕成果", "fruitful", True),
    ("这次访问很有收获", "productive", True),
    ("给两国人民带来实实在在的好处", "tangible", True),
    ("两国人民受益良多", "tangible", True),
    ("双方开展了合作", "fruitful", False),
    ("双方开展了合作", "productive", False),
    ("给两国人民带来好处", "tangible", False),
    ("无权干涉中菲之间的南海分歧", "maritime", True),
    ("双方同意加强海上合作", "maritime", True),
    ("双方同意加强经贸合作", "maritime", False),
    ("我们敦促加方有识之士认清事实", "insightful", True),
    ("我们敦促加方人士认清事实", "insightful", False),
])
def test_fruit_substance_sea_and_insight_are_sourced_by_the_phrases_that_say_them(zh, word, said):
    assert _modifier_said(zh, word) is said


@pytest.mark.parametrize(("zh", "value"), [
    ("參加建國101年慶典", "20120000"),
    ("建國一百零一年國慶", "20120000"),
    ("慶祝建国110年", "20210000"),
])
def test_a_year_of_the_republic_after_jianguo_is_a_date(zh, value):
    dates = [q for q in extract_zh(zh) if q.kind == "date"]
    assert [quantity_value(q) for q in dates] == [value]


@pytest.mark.parametrize("zh", ["新中国建国70年来取得了巨大成就。",
                                "到建国100年时基本实现现代化。"])
def test_years_since_the_peoples_republics_founding_are_no_date(zh):
    assert [q for q in extract_zh(zh) if q.kind == "date"] == []


@pytest.mark.parametrize("en", ["the ROC's Double Tenth Day festivities",
                                "He spoke at the Double Tenth celebrations."])
def test_the_double_tenth_is_a_name(en):
    assert extract_en(en) == []


def test_a_tenth_anniversary_is_still_a_number():
    assert [quantity_value(q) for q in extract_en("the tenth anniversary")] == ["10"]


def test_a_name_after_a_pronoun_and_preposition_glued_into_one_word_is_matched(tmp_path):
    zh = "王毅说，我同达斯蒂斯外长进行了会谈。"  # the segmenter makes 我同 one word
    said = check_texts(tmp_path, zh, "Wang Yi said that Foreign Minister Alfonso María Dastis "
                                     "and I held talks.")
    assert loud(said, "name-missing") == []
    dropped = check_texts(tmp_path, zh, "Wang Yi said that the minister and I held talks.")
    assert any("达斯蒂斯" in m for m in loud(dropped, "name-missing"))


_STOP_ZH = "我们敦促这些国家停止挑拨离间，不要做地区和平稳定的麻烦制造者。"


def test_a_word_said_twice_for_one_chinese_word_may_render_a_negation(tmp_path):
    found = check_texts(tmp_path, _STOP_ZH, "We urge these countries to stop sowing discord and "
                                            "stop being troublemakers for regional peace and "
                                            "stability.")
    assert loud(found, "negation") == []


def test_a_negation_the_english_drops_is_still_reported_beside_a_rendered_stop(tmp_path):
    found = check_texts(tmp_path, _STOP_ZH, "We urge these countries to stop sowing discord and "
                                            "to be troublemakers for regional peace and "
                                            "stability.")
    assert any("不要" in m for m in loud(found, "negation"))


@pytest.mark.parametrize(("zh", "en", "conflict"), [
    ("上午12時出席記者會", "attended a press conference at 12:00 noon", False),
    ("上午十二点举行", "held at noon", False),
    ("上午10时举行", "held at noon", True),
    ("上午12时举行", "held in the afternoon", True),
])
def test_twelve_oclock_of_the_morning_is_noon(zh, en, conflict):
    from align.numbers.daypart import daypart_conflict

    assert (daypart_conflict(zh, en) is not None) is conflict


_REPORTING_TITLE_ZH = (
    "出席論壇開幕 總統盼臺灣與盟友共推綠色創新\n「未來城市論壇」總統出席開幕典禮並致詞\n"
    "中華民國112年05月10日\n"
    "蔡英文總統今(10)日上午出席「未來城市論壇」開幕典禮,期盼與各界攜手推動創新。\n"
    "總統表示,政府將持續投資再生能源,並與民間合作。")
_REPORTING_BODY_EN = (
    "President Tsai attends opening of Future Cities Forum\n2023-05-10\n"
    "On the morning of May 10, President Tsai Ing-wen attended the opening ceremony of the Future "
    "Cities Forum, expressing hope to work with all sectors to promote innovation.\nThe "
    "President said that the government will continue to invest in renewable energy and "
    "cooperate with the private sector.")


def test_a_sub_headline_reporting_its_speakers_hope_is_worded_apart(tmp_path):
    found = check_texts(tmp_path, _REPORTING_TITLE_ZH, _REPORTING_BODY_EN)
    titled = [f for f in found if "title block" in f.message]
    assert titled and all(f.severity.value == "info" for f in titled)
    assert loud(found, "name-missing") == []


@pytest.mark.parametrize(("zh", "value"), [
    ("97年01月31日", "20080131"),
    ("中華民國97年01月31日", "20080131"),
    ("104年12月08日", "20151208"),
])
def test_a_taiwan_date_line_with_a_two_digit_year_is_a_date_of_the_republic(zh, value):
    assert [quantity_value(q) for q in extract_zh(zh)] == [value]


@pytest.mark.parametrize("zh", ["他97年1月31日出生", "1997年01月31日"])
def test_a_short_year_without_padded_digits_or_a_full_year_is_no_roc_date(zh):
    assert "20080131" not in [quantity_value(q) for q in extract_zh(zh)]


def test_the_republics_name_in_a_date_line_is_no_name_replaced(tmp_path):
    zh = ("總統接見諾魯總統\n中華民國104年12月08日\n馬英九總統今天上午接見諾魯總統,感謝諾魯長期"
          "支持我國參與國際組織。\n總統表示,兩國將在醫療、教育及農業等領域持續合作。")
    en = ("President Ma meets President of Nauru\nPresident Ma Ying-jeou met the President of "
          "Nauru this morning and thanked Nauru for its long support of the ROC's participation "
          "in international organizations.\nThe president said that the two countries will "
          "continue to cooperate in medicine, education and agriculture.")
    found = check_texts(tmp_path, zh, en)
    assert not any("中華民國" in m for m in loud(found, "name-unmatched"))


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("秉持联合国永续发展目标(Sustainable Development Goals,SDGs)的精神",
     "in the spirit of the UN Sustainable Development Goals", []),
    ("落实SDGs目标", "to implement the goals", ["SDGs"]),
    ("参加G20峰会", "to attend the summit", ["G20"]),
])
def test_a_plural_acronym_spelt_out_is_there(zh, en, missing):
    from align.numbers.tokens import missing_tokens

    assert [t for t, _, _ in missing_tokens(zh, en)] == missing


_CAIRO_ZH = "《开罗宣言》和《波茨坦公告》明确规定，日本必须归还所窃取的中国领土。"


def test_the_year_english_gives_a_named_document_is_explicitation(tmp_path):
    found = check_texts(tmp_path, _CAIRO_ZH, "The 1943 Cairo Declaration and the 1945 Potsdam "
                                             "Proclamation clearly stipulate that Japan must "
                                             "return the Chinese territories it had stolen.")
    assert loud(found, "number-extra") == []


def test_a_year_added_to_no_named_document_is_still_extra(tmp_path):
    found = check_texts(tmp_path, "日本必须归还所窃取的中国领土。",
                        "In 1945 it was agreed that Japan must return the Chinese territories "
                        "it had stolen.")
    assert any("1945" in m for m in loud(found, "number-extra"))


def test_an_able_adjective_is_sourced_by_the_verb_it_derives_from():
    from align.checks.partial import _in_senses

    assert _in_senses("reliable", ["信赖"], [])
    assert not _in_senses("reliable", ["朋友"], [])
