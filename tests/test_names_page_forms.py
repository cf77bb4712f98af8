"""Names on real pages (issue 14): what a reprint, a heading or a salutation does to names, and
the short forms English uses for them. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import make_document

from align.checks.base import CheckContext
from align.checks.entities import EntitiesCheck, name_problems, sounds_like
from align.checks.names import NamesCheck
from align.model import Alignment, Bead, Settings
from align.numbers.tokens import without_readings


def _run(check, zh: list[str], en: list[str]):
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(len(zh))))
    return [f for f in check.run(CheckContext(alignment=a, settings=Settings()))
            if f.severity.value != "info"]


@pytest.mark.parametrize(("text", "plain"), [
    ("聯(lián)合國大會", "聯合國大會"),
    ("習(xí)近平主席", "習近平主席"),
    ("中國(guó)外交政策", "中國外交政策"),
    ("數据(data)", "數据(data)"),  # an English gloss in brackets is no reading
    ("當?shù)貢r間", "當?shù)貢r間"),  # half swallowed by a mangled page: left alone
])
def test_pinyin_readings_are_left_out(text, plain):
    clean, at = without_readings(text)
    assert clean == plain
    assert clean[at(text.index(plain[-1]))] == plain[-1]


@pytest.mark.parametrize(("zh", "en"), [
    (["習(xí)近平主席出席會議。"], ["President Xi Jinping attended the meeting."]),
    (["我們感謝王(wáng)毅部長。"], ["We thank Minister Wang Yi."]),
])
def test_a_reading_inside_a_name_does_not_hide_it(zh, en):
    assert _run(NamesCheck(), zh, en) == []
    assert _run(EntitiesCheck(), zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    (["聯(lián)合國(guó)秘書長古特雷斯出席。"],
     ["UN Secretary-General Antonio Guterres attended."]),
    (["他在聯(lián)合國(guó)發表講話。"], ["He spoke at the United Nations."]),
])
def test_a_reading_inside_a_known_name_leaves_no_fragment(zh, en):
    assert _run(EntitiesCheck(), zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("汤姆森", "Thomson"),  # 汤 is tang in a transliteration, shang in 汤汤
    ("汤普森", "Thompson"),
])
def test_a_transliteration_in_any_reading_of_its_characters(zh, en):
    assert sounds_like(zh, en)
    assert name_problems(f"{zh}先生出席了会议。", f"Mr {en} attended the meeting.") == ([], [])


def _english_names(en: str, starts=()) -> list[str]:
    from align.checks.entities import english_names
    from align.lexicon import lexicon
    c = lexicon().correspond("", en)
    return [" ".join(c.en[i].text for i in run) for run in english_names(c, en, starts)]


@pytest.mark.parametrize(("en", "starts", "names"), [
    # a heading of one word, a sentence of its own
    ("Joint Statement of the Two Sides Brussels, 9 May 2021 Foreword", (0, 34, 52), ["Brussels"]),
    ("Part One Introduction", (0, 9), []),
    # lines of address
    ("Ladies and Gentlemen, Dear Friends, I am glad to be here.", (0, 22, 36), []),
    ("Distinguished Guests, Dear Colleagues,", (0, 22), []),
    ("Dear Mr Okafor, Dear Friends from Kenya,", (0, 16), ["Okafor", "Kenya"]),
    # a title's nouns derived from ordinary words
    ("The Rise of a Nation Was a Historical Inevitability", (), []),
    ("Openness and Inclusiveness Bring Prosperity", (), []),
])
def test_headings_and_lines_of_address_name_nobody(en, starts, names):
    assert _english_names(en, starts) == names


def test_a_name_in_a_sentence_is_still_a_name():
    assert _english_names("We met Mr Okafor in Nairobi yesterday.") == ["Okafor", "Nairobi"]


@pytest.mark.parametrize(("zh", "en"), [
    ("那年我被派往印度工作。", "That year I was posted to Delhi."),
    ("他同美国进行了谈判。", "He held talks with Washington."),
    ("比利时支持这一倡议。", "Brussels supports the initiative."),
])
def test_a_capital_for_its_country(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_a_capital_the_chinese_names_itself_does_not_stand_for_its_country():
    assert name_problems("意大利首都罗马的博物馆重新开放。",
                         "The museums of Rome, the capital, reopened.") == ([], ["意大利"])


@pytest.mark.parametrize(("zh", "en"), [
    ("那年我被派往印度工作。", "That year I was posted to Tokyo."),
    ("他同美国进行了谈判。", "He held talks with Moscow."),
])
def test_another_countrys_capital_is_still_a_name_replaced(zh, en):
    replaced, _ = name_problems(zh, en)
    assert replaced


@pytest.mark.parametrize(("zh", "en"), [
    ("向新西兰各界朋友致以问候。", "Greetings to all friends in NZ."),
    ("韩国代表团出席了会议。", "The ROK delegation attended."),
    ("几内亚湾的海上安全", "maritime security in the GoG"),
    ("欧盟和联合国都表示欢迎。", "The EU and the UN both welcomed it."),
])
def test_short_forms_of_two_word_names(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_a_short_form_of_another_country_is_no_rendering():
    assert name_problems("向新西兰各界朋友致以问候。", "Greetings to all friends in the UK.") == (
        [("新西兰", "UK")], [])


@pytest.mark.parametrize(("zh", "en"), [
    # a news agency's cable line, traditional characters
    ("新華社烏茲別克斯坦撒馬爾罕9月16日電 各方同意加強合作。", "The parties agreed to cooperate."),
    ("会议举行。新华社巴黎3月2日电 各方同意加强合作。", "The meeting was held. They agreed."),
    # a date and the place where it was signed
    ("2019年4月9日于比利时布鲁塞尔", "9 April 2019"),
    # an agency photographer's credit
    ("会议以视频形式举行。新华社记者 李明 摄", "The meeting was held by video."),
])
def test_furniture_names_are_not_missing(zh, en):
    assert name_problems(zh, en)[1] == []


@pytest.mark.parametrize(("zh", "en"), [
    # the segmenter cut the transliteration and linked its tail to something else
    ("三军公共关系局长伊夫提哈尔举行记者会，谈及中巴走廊。",
     "Babar Iftikhar, head of public relations, held a press conference on the China-Pakistan "
     "corridor."),
    # a long transliteration shortened to its first characters
    ("埃塞主流媒体刊登了这篇文章。", "The article ran in Ethiopia's main newspaper."),
    ("沙特外交大臣抵达北京。", "The Saudi Arabian foreign minister arrived in Beijing."),
])
def test_a_cut_or_shortened_transliteration_is_its_name(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_a_shortened_name_the_english_does_not_have_is_still_reported():
    assert name_problems("埃塞主流媒体刊登了这篇文章。",
                         "The article ran in Kenya's main newspaper.")[0]


def test_a_name_run_stops_at_a_comma():
    assert _english_names("It ran in the Daily Monitor, Ethiopia's largest paper.") == [
        "Daily Monitor", "Ethiopia's"]
    # an acronym in brackets is the same name, and so is an abbreviation after a comma
    assert _english_names("He saw the Basketball Federation (FIBA) final.") == [
        "Basketball Federation FIBA"]
    assert _english_names("He flew to Washington, D.C. and joined Acme, Inc. there.") == [
        "Washington D.C.", "Acme Inc"]
    assert _english_names("They flew over Kenya, Uganda.") == ["Kenya", "Uganda"]


@pytest.mark.parametrize(("zh", "en", "quiet"), [
    (["我再次来到巴西，巴西广袤的土地给我留下深刻印象。"],
     ["Back here again, I am impressed by the vast land of the country."], True),
    (["我再次来到巴西，巴西广袤的土地给我留下深刻印象。"],
     ["Back here again, I am impressed by the vast land."], False),
    # a city is no country, however the English describes it
    (["我再次来到上海，上海的发展给我留下深刻印象。"],
     ["Back here again, I am impressed by the growth of this country."], False),
])
def test_a_country_said_as_the_country_is_uncertain(zh, en, quiet):
    missing = [f for f in _run(EntitiesCheck(), zh, en) if f.rule == "name-missing"]
    assert (missing == []) is quiet


def test_the_country_the_chinese_says_itself_is_no_description_of_the_name():
    zh = ["数据显示，巴西是疫情最严重的国家。"]
    en = ["Data show that it is the country with the worst epidemic."]
    assert [f.rule for f in _run(EntitiesCheck(), zh, en)] == ["name-missing"]


def _run_joined(zh: list[str], en: list[str]):
    """One bead of all the sentences of each side."""
    a = Alignment(zh=make_document("zh", zh), en=make_document("en", en),
                  beads=(Bead(tuple(range(len(zh))), tuple(range(len(en))), 0.8),))
    return [f for f in EntitiesCheck().run(CheckContext(alignment=a, settings=Settings()))
            if f.severity.value != "info"]


def test_a_name_in_a_one_sided_chinese_title_block_is_uncertain():
    zh = ["李克强总理在新年招待会上的致辞", "尊敬的各位来宾，"]
    assert _run_joined(zh, ["Distinguished guests at this New Year reception,"]) == []
    # the English has a title block of its own, which leaves the speaker out
    found = _run_joined(zh, ["Remarks at the New Year Reception",
                             "Distinguished guests at this New Year reception,"])
    assert [dict(f.evidence)["zh"] for f in found] == ["李克强"]


@pytest.mark.parametrize(("zh", "en", "quiet"), [
    # Wade-Giles, as Taiwan and older English write names
    (["台军汉光演习规模扩大。"], ["Taiwan's Han Kuang exercise grows."], True),
    (["徐立明出席了会议。"], ["Hsu Liming attended the meeting."], True),
    (["赵启明出席了会议。"], ["Chao Chiming attended the meeting."], True),
    # another name is still another name, in either spelling
    (["赵启明出席了会议。"], ["Chang Chiming attended the meeting."], False),
    (["台军汉光演习规模扩大。"], ["Taiwan's Han Ming exercise grows."], False),
])
def test_a_name_in_wade_giles(zh, en, quiet):
    assert (_run(NamesCheck(), zh, en) == []) is quiet


def test_a_dash_byline_of_an_english_heading_is_no_mismatch():
    zh = ["尊敬的各位来宾，", "很高兴与大家相聚。"]
    en = ["Speech at the Reception for the Anniversary --by Ambassador Zhao Qiming",
          "Good evening, I am glad to be here."]
    assert _run(NamesCheck(), zh, en) == []
    en[0] = "Speech at the Reception, said Ambassador Zhao Qiming"
    assert [f.rule for f in _run(NamesCheck(), zh, en)] == ["name-mismatch"]


def test_the_own_country_qualifying_a_word_said_twice():
    zh = ["中国网络空间战略以和平为主题，倡导网络空间的合作。"]
    en = ["The Strategy on Cyberspace takes peace as its theme and calls for cooperation in "
          "cyberspace."]
    assert _run(EntitiesCheck(), zh, en) == []


def test_a_name_in_a_chinese_lead_beside_an_english_title_block_is_uncertain():
    zh = ["3月5日，国务院总理在北京出席论坛并发表讲话。", "携手共建美好未来"]
    en = ["Building a Better Future Together", "Keynote Speech at the Opening of the Forum"]
    assert _run_joined(zh, en) == []
    # beside an English sentence, the name is missing
    en = ["On 5 March, the Premier attended the forum and gave a speech.",
          "Building a Better Future Together"]
    assert [dict(f.evidence)["zh"] for f in _run_joined(zh, en)] == ["北京"]


def test_a_name_read_across_a_persons_name_and_a_preposition_is_none():
    # 胡平华 + 为 ("for"), not 胡平 + 华为 (Huawei)
    assert name_problems("我和夫人胡平华为两位公使举行招待会。",
                         "My wife and I host this reception for the two ministers.")[1] == []
    assert name_problems("他感谢华为的支持。", "He thanked them for the support.")[1] == ["华为"]
