"""How sure name-missing is (issue 14, tenth session): a name candidate must be a word of its
text (not a piece the segmenter cut out of words), a part of a dotted foreign name is rendered
with the full name, and a warning needs the English to lack the name confidently; where the
sentence holding the name is not rendered at all, a possessive pronoun may say it, or the
document renders it by an English name this bead has, the finding is info.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from align.checks.entities import _furniture, name_problems
from align.lexicon import lexicon


def _inside(text: str, piece: str) -> bool:
    start = text.index(piece)
    return lexicon().dictionary.inside_word(text, start, start + len(piece))


@pytest.mark.parametrize(("text", "piece"), [
    ("请问中方有何评论", "方有何"),  # 中方 "the Chinese side"
    ("材料采用中英双语", "英双语"),  # 中英
    ("会上群贤毕至少长咸集", "少长咸集"),  # 至少
    ("李明天去北京", "李明"),  # 明天: ambiguous, read as "tomorrow"
    ("巴基斯坦外交部长沙阿·马哈茂德·库雷希", "长沙"),  # 外交部长, longer than 长沙
    ("美国会议员访华", "美国"),  # 国会议员
])
def test_a_piece_cut_out_of_words_is_inside_a_word(text, piece):
    assert _inside(text, piece)


@pytest.mark.parametrize(("text", "piece"), [
    ("刘晓明说", "刘晓明"),
    ("会长孙煜先生", "孙煜"),  # only the backward match reads 长孙
    ("国家主席习近平在会上", "习近平"),
    ("当天晚上华春莹还回复了记者的提问", "华春莹"),
    ("越南总理范明政", "范明政"),
    ("在华盛顿州当地政府", "华盛顿州"),  # only the forward match reads 在华
    ("帕利说法国很快", "法国"),  # only the forward match reads 说法
    ("从中美洲进口", "中美洲"),
    ("共同出席第十六届夏季达沃斯论坛", "达沃斯论坛"),
    ("记者在蒋口河联圩现场看到", "蒋口河联"),
    ("普利特维茨湖国家公园", "普利特维茨"),
    ("孙德本尔斯的面积", "孙德本尔斯"),
    ("王建国在会上表示", "王建国"),
    ("乌鲁木齐市现有确诊病例", "乌鲁木齐市"),
    ("美国家庭的收入", "美国"),  # 国家 crosses its end only forward, and is no longer
    ("巴西部长访华", "巴西"),
    ("美国公民可能面临与欧洲人或阿拉伯人的不同境遇", "阿拉伯人"),
])
def test_a_word_of_its_text_is_not_inside_a_word(text, piece):
    assert not _inside(text, piece)


def test_max_match_both_ways():
    d = lexicon().dictionary
    text = "请问中方有何评论"
    forward = [text[a:b] for a, b in d.max_match(text, 0, len(text))]
    backward = [text[a:b] for a, b in d.max_match(text, 0, len(text), backward=True)]
    assert "中方" in forward and "中方" in backward and "评论" in forward
    assert "".join(forward) == "".join(backward) == text


def test_a_fragment_is_no_missing_name():
    zh = "我们知道，美国总统特朗普发布声明，请问中方有何评论？"
    assert name_problems(zh, "We know that US President Trump made a statement. What are "
                             "your comments?") == ([], [])


@pytest.mark.parametrize(("zh", "en", "missing"), [
    # one part rendered: the full name is there, however each part is spelt
    ("孟加拉外交部长阿布·哈桑·默罕默德·阿里将访华。",
     "Bangladeshi Foreign Minister Abul Hassan Mahmud Ali will visit China.", []),
    ("约翰·尼克松在独立大厅宣读了宣言。", "Nixon read the declaration at Independence Hall.", []),
    # a part said by its sound (阿雷亚萨 ~ Arreaza) keeps the other (豪尔赫, Jorge: Spanish)
    ("委内瑞拉外交部长豪尔赫·阿雷亚萨将访华。",
     "Venezuelan Foreign Minister Jorge Arreaza will visit China.", []),
    # no part rendered: the full name is missing, once
    ("外交部长阿布·哈桑·默罕默德·阿里将访华。", "The Foreign Minister will visit China.",
     ["阿布·哈桑·默罕默德·阿里"]),
    ("埃及外交部长萨迈赫・舒凯里抵达北京。", "The Egyptian Foreign Minister arrived in Beijing.",
     ["萨迈赫・舒凯里"]),
    # a dot does not join a name to the word before a break
    ("哈桑将访华。阿里·汗也将访华。", "Khan will also visit China.", ["哈桑"]),
])
def test_a_dotted_full_name_is_one_name(zh, en, missing):
    assert name_problems(zh, en)[1] == missing


@pytest.mark.parametrize("zh", [
    "[新华社 李学仁 摄] 国家主席习近平发言。",
    "【新华社 张三 供图】习近平发言。",
    "（新华社记者 李学仁摄）习近平发言。",
])
def test_a_credit_in_any_brackets_is_furniture(zh):
    start = zh.index("新华社")
    assert _furniture(zh, start, start + 3)


@pytest.mark.parametrize("zh", ["新华社报道，习近平发言。", "(新华社)习近平发言。"])
def test_a_name_outside_a_credit_is_no_furniture(zh):
    start = zh.index("新华社")
    assert not _furniture(zh, start, start + 3)


def _findings(zh: list[str], en: list[str], beads: list[tuple[tuple[int, ...], tuple[int, ...]]]
              | None = None) -> list[tuple[str, str, int, str]]:
    from conftest import make_document as doc

    from align.checks import CheckContext
    from align.checks.entities import EntitiesCheck
    from align.model import Alignment, Bead, Settings

    pairs = beads or [((i,), (i,)) for i in range(len(zh))]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en),
                  beads=tuple(Bead(z, e, 0.8) for z, e in pairs))
    return [(f.rule, f.severity.value, f.bead, f.message)
            for f in EntitiesCheck().run(CheckContext(alignment=a, settings=Settings()))]


def test_a_name_the_english_leaves_out_of_a_rendered_sentence_is_a_warning():
    found = _findings(["美国总统特朗普在白宫签署了关税备忘录。"],
                      ["US President Trump signed a tariff memorandum."])
    assert [(r, s) for r, s, _, _ in found] == [("name-missing", "warning")]


@pytest.mark.parametrize(("zh", "en", "beads"), [
    # a one-sided lead taken into the next sentence's bead: nothing of its sentence rendered
    (["当天晚上，华春莹还回复了记者的提问。", "美国总统特朗普签署了关税备忘录。"],
     ["US President Trump signed a tariff memorandum."], [((0, 1), (0,))]),
    (["研究院梳理了致辞中的重要概念表述和特色用语，选摘审定英文表达。",
      "人民当家作主是民主的初心。"],
     ["The people running the country is the aspiration of democracy."], [((0, 1), (0,))]),
])
def test_a_name_in_a_sentence_the_english_does_not_render_is_info(zh, en, beads):
    found = _findings(zh, en, beads)
    assert [(r, s) for r, s, _, _ in found] == [("name-missing", "info")]
    assert "nothing of the sentence" in found[0][3]


@pytest.mark.parametrize(("zh", "en"), [
    ("加拿大热情的人民给我留下了深刻印象。", "I was deeply impressed by your warm people."),
    ("日本的经济正在复苏。", "Its economy is recovering."),
])
def test_a_name_said_by_a_possessive_pronoun_is_info(zh, en):
    found = _findings([zh], [en])
    assert [(r, s) for r, s, _, _ in found] == [("name-missing", "info")]


def test_a_possessive_elsewhere_in_the_sentence_does_not_say_the_name():
    found = _findings(["加拿大热情的人民给我留下了深刻印象。"],
                      ["The warm people impressed my whole delegation."])
    assert [(r, s) for r, s, _, _ in found] == [("name-missing", "warning")]


def test_a_name_the_document_renders_by_its_own_english_name_is_info():
    # a title-case heading, where capitals mark no names, and a sentence of the same document
    # that names the forum by the same English name
    zh = ["在第十六届夏季达沃斯论坛开幕式上的致辞", "很高兴出席第十六届夏季达沃斯论坛。"]
    en = ["Address At the Opening Plenary Of the Annual Meeting of the New Champions",
          "I am pleased to attend the Annual Meeting of the New Champions."]
    found = _findings(zh, en)
    assert [(r, s, b) for r, s, b, _ in found] == [("name-missing", "info", 0)]
    assert "Annual Meeting of the New Champions" in found[0][3]
    # where no other bead says the Chinese name, the English name is nobody's rendering
    zh2 = ["在第十六届夏季达沃斯论坛开幕式上的致辞", "很高兴出席大会。"]
    assert [(r, s) for r, s, _, _ in _findings(zh2, en)] == [("name-missing", "warning")]
    # nor where the other beads use it without the Chinese name too
    zh3 = ["在第十六届夏季达沃斯论坛开幕式上的致辞", "很高兴出席第十六届夏季达沃斯论坛。",
           "大会开幕。"]
    en3 = [*en, "The Annual Meeting of the New Champions opened."]
    assert ("name-missing", "warning") in [(r, s) for r, s, _, _ in _findings(zh3, en3)]


def test_a_replaced_name_in_a_sentence_the_english_does_not_render_is_info():
    # a one-sided lead taken into the bead of an English-only heading: no replacement to judge
    zh = ["一百年来，中国共产党团结带领人民实现了伟大飞跃。", "全面建成小康社会是伟大成就。"]
    en = ["Contents Preface Moderate Prosperity in Kenya",
          "Building a moderately prosperous society in all respects is a great achievement."]
    found = _findings(zh, en, [((0,), (0,)), ((1,), (1,))])
    assert ("name-unmatched", "info") in [(r, s) for r, s, _, _ in found]
    # the same name replaced in a sentence the English renders is a warning
    found = _findings(["中国共产党团结带领人民实现了伟大飞跃。"],
                      ["The Kenyan people achieved a great leap under the leadership."])
    assert [(r, s) for r, s, _, _ in found if r == "name-unmatched"] == [
        ("name-unmatched", "warning")]


def test_a_name_the_neighbouring_english_says_once_more_is_info():
    # the title condenses; the lead after it names the country twice for its Chinese's once
    zh = ["国务委员兼外交部长王毅就中国外交政策回答记者提问",
          "外交部长王毅在人民大会堂介绍中国外交。"]
    en = ["State Councilor and Foreign Minister Wang Yi Meets the Press",
          "Foreign Minister Wang Yi presented China's foreign policy and China's diplomacy in "
          "the Great Hall of the People."]
    found = _findings(zh, en)
    assert [(r, s, b) for r, s, b, _ in found] == [("name-missing", "info", 0)]
    assert "next to it" in found[0][3]
    # said there as often as its Chinese says it (or another name of the same country, 中方):
    # that is the neighbour's own
    en[1] = "Foreign Minister Wang Yi presented China's diplomacy in the Great Hall of the People."
    assert [(r, s) for r, s, _, _ in _findings(zh, en)] == [("name-missing", "warning")]
    zh[1] = "外交部长王毅在人民大会堂介绍中方立场和中国外交。"
    en[1] = ("Foreign Minister Wang Yi presented China's position and China's diplomacy in the "
             "Great Hall of the People.")
    assert [(r, s) for r, s, _, _ in _findings(zh, en)] == [("name-missing", "warning")]


def test_a_name_of_two_words_said_once_next_door_is_said_once():
    zh = ["昨天香港发生了一场大火。", "香港有四个检疫中心。"]
    en = ["A big fire broke out yesterday.", "There are four quarantine centres in Hong Kong."]
    assert [(r, s) for r, s, _, _ in _findings(zh, en)] == [("name-missing", "warning")]


@pytest.mark.parametrize(("zh", "en"), [
    ("请提供中英文对照的材料。", "Please provide bilingual material."),
    ("他在伦敦学习汉语。", "He studies in London."),
    ("这本书的英文表达很准确。", "The expressions of this book are very accurate."),
    ("他会说法语和德文。", "He speaks two foreign tongues."),
])
def test_a_language_is_a_weak_name(zh, en):
    found = _findings([zh], [en])
    assert found and all(s == "info" and "language" in m for _, s, _, m in found)


@pytest.mark.parametrize("word", ["汉语", "中文", "英文", "英语", "法语", "粤语", "阿拉伯语",
                                  "中英文对照", "中方", "中医", "汉字"])
def test_languages_and_things_of_a_nationality_by_their_dictionary_senses(word):
    from align.checks.entities import _language_or_thing

    assert _language_or_thing(word)


@pytest.mark.parametrize("word", ["英国", "中国", "日本", "新华社", "华盛顿州", "普通话", "欧洲人",
                                  "华人", "中华民族", "西方", "春节", "乌鲁木齐市"])
def test_places_and_peoples_are_names(word):
    from align.checks.entities import _language_or_thing

    assert not _language_or_thing(word)


@pytest.mark.parametrize(("zh", "severity"), [
    ("6月23", "info"),  # a heading the page cut short: nothing to read a name from
    ("2026年6月23日", "info"),
    ("（6）", "info"),
    ("下面请赵启明先生介绍情况。", "warning"),  # words, and no 郭嘉昆 among them
    ("发言人主持例行记者会", "warning"),
])
def test_a_pinyin_name_against_a_chinese_of_no_words_is_info(zh, severity):
    from conftest import make_document as doc

    from align.checks import CheckContext
    from align.checks.names import NamesCheck
    from align.model import Alignment, Bead, Settings

    a = Alignment(zh=doc("zh", ["外交部发言人", zh, "谢谢。"]),
                  en=doc("en", ["Foreign Ministry Spokesperson", "Guo Jiakun will speak.",
                                "Thank you."]),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(3)))
    found = [(f.rule, f.severity.value) for f in NamesCheck().run(
        CheckContext(alignment=a, settings=Settings()))]
    assert found == [("name-mismatch", severity)]
