"""The meaning rules of issue 13: negation, names beyond pinyin persons, antonyms.

Every sentence here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.checks.antonym import antonym_pairs
from align.checks.entities import name_problems, sounds_like
from align.checks.polarity import negation_mismatch, negation_mismatches
from align.lexicon import polarity
from align.lexicon.antonyms import ANTONYMS
from align.rules import REGISTRY

DATA = Path(__file__).parent / "data"


# ------------------------------------------------------------------------------- negation

@pytest.mark.parametrize(("zh", "en"), [
    ("他明年将参加比赛。", "He will not take part in the race next year."),
    ("工厂今年增加了产量。", "The factory did not increase its output this year."),
    ("孩子们在公园里找到了那只猫。", "The children never found the cat in the park."),
    ("这家商店周日营业。", "The shop is not open on Sundays."),
])
def test_negation_added_in_english(zh, en):
    found = negation_mismatch(zh, en)
    assert found is not None and found[0] == "en"


@pytest.mark.parametrize(("zh", "en"), [
    ("他明年不会参加比赛。", "He will take part in the race next year."),
    ("这家商店周日不营业。", "The shop is open on Sundays."),
    ("我们没有收到他的信。", "We received his letter."),
])
def test_negation_dropped_in_english(zh, en):
    found = negation_mismatch(zh, en)
    assert found is not None and found[0] == "zh"


@pytest.mark.parametrize(("zh", "en"), [
    ("他明年不会参加比赛。", "He will not take part in the race next year."),
    ("这家商店周日不营业。", "The shop is closed on Sundays."),  # said with a negative word
    ("居民对新规定很不满。", "Residents are dissatisfied with the new rules."),
    ("这个项目缺乏资金。", "The project lacks money."),
    ("游客可以免费参观博物馆。", "Visitors can see the museum for free."),
    ("我们不得不推迟会议。", "We had to postpone the meeting."),  # double negation
    ("无论天气如何，比赛都会举行。", "The match will be held whatever the weather."),
    ("这座桥非常古老。", "The bridge is very old."),
    ("你有没有去过那座城市？", "Have you been to that city?"),  # A-not-A question
    ("他选择了火车，而非飞机。", "He chose the train, not the plane."),
    ("我不知道他来不来。", "I don't know whether he will come or not."),
    ("两种方法的结果不同。", "The two methods give different results."),
])
def test_negation_consistent_pairs_are_quiet(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en"), [
    # A-not-A questions the segmenter cuts apart (会/不会), rendered as plain questions
    ("明天会不会下雨？", "Will it rain tomorrow?"),
    ("你们是不是同一个班的学生？", "Are you students of the same class?"),
    # negative-looking Chinese words that say something positive
    ("机器日夜不停地运转。", "The machine runs constantly, day and night."),
    ("没想到他这么早就到了。", "Surprisingly, he arrived this early."),
    ("钥匙不见了。", "The key has disappeared."),
    # a rhetorical question turned into a statement
    ("这不是一个很好的机会吗？", "This is a great chance."),
    # negation said without a negator
    ("声音太小，我们根本听不到。", "The sound is too faint for us to hear."),
    ("他直到深夜才回家。", "It was not until late at night that he came home."),
    ("毋庸置疑，这座桥很坚固。", "It goes without saying that the bridge is solid."),
    ("这座桥看上去很旧，其实并非如此。", "The bridge looks old, but it is not so."),
    ("我们明天去公园，好吗？", "We'll go to the park tomorrow, won't we?"),
    # coordinated negation merged into one English clause (不…也不 -> not … or)
    ("它们不属于过去，也不属于未来，但与我们的生活有关。",
     "They don't belong to the past or the future, but they are related to our lives."),
])
def test_negation_free_translation_is_quiet(zh, en):
    assert negation_mismatch(zh, en) is None


def test_negation_prefixed_word_pairs_with_bu():
    # 不友好 is "unfriendly": the added "not" is then a negation the Chinese does not have
    zh = "这些邻居对我们不友好，他们明年会离开。"
    assert negation_mismatch(zh, "These neighbours are unfriendly to us, and they will leave "
                             "next year.") is None
    found = negation_mismatch(zh, "These neighbours are unfriendly to us, and they will not "
                              "leave next year.")
    assert found is not None and found[0] == "en"


def test_negation_placed_in_its_clause():
    zh = "他没有去北京，但他去了上海。"
    en = "He did not go to Beijing, and he did not go to Shanghai."
    found = negation_mismatches(zh, en)
    assert len(found) == 1 and found[0].side == "en" and found[0].placed
    za, zb = found[0].zh_range
    ea, eb = found[0].en_range
    assert "上海" in zh[za:zb] and "北京" not in zh[za:zb]
    assert "Shanghai" in en[ea:eb] and "Beijing" not in en[ea:eb]


def test_negation_dictionary_senses_are_read_by_words():
    # 大大 "greatly; uncle" and 联盟 "union" are not negative words that could explain a "not"
    assert negation_mismatch("新技术的速度大大提高了。",
                             "The new technology is not much faster.") is not None
    assert negation_mismatch("两国结成了联盟。", "The two countries did not form an alliance.")


def test_lexicon_polarity_fixes():
    assert polarity("你是不是学生？").count == 0
    assert polarity("他可不可以来？").count == 0
    assert polarity("是他而非我。").count == 1
    assert polarity("Ask him whether he knows it or not.").count == 0


# ---------------------------------------------------------------------------------- names

def test_known_place_replaced_by_another_name():
    replaced, _ = name_problems("这批货物来自中美洲。", "The goods come from Norway.")
    assert replaced and replaced[0][0] == "中美洲" and replaced[0][1] == "Norway"


def test_known_place_missing():
    _, missing = name_problems("他去年在新西兰工作。", "He worked there last year.")
    assert missing == ["新西兰"]


@pytest.mark.parametrize(("zh", "en"), [
    ("这批货物来自中美洲。", "The goods come from Central America."),
    ("他去年在新西兰工作。", "He worked in New Zealand last year."),
    ("日本的学生来到北京。", "Students from Japan came to Beijing."),
    # an unknown transliteration is left alone, whatever the English calls it
    ("马库斯昨天到了。", "Marcus arrived yesterday."),
])
def test_names_accounted_for_are_quiet(zh, en):
    assert name_problems(zh, en) == ([], [])


def test_sounds_like_transliteration():
    assert sounds_like("菲律宾", "Filipino")
    assert not sounds_like("菲律宾", "Norway")
    assert sounds_like("刘易斯", "Lewis")
    assert not sounds_like("中国", "Consulate")  # one sound in three differs: not alike


@pytest.mark.parametrize(("zh", "en", "replaced", "missing"), [
    # a known foreign name: rendered, replaced, dropped
    ("墨尔本的天气很好。", "The weather in Melbourne is fine.", [], []),
    ("墨尔本的天气很好。", "The weather in Sydney is fine.", [("墨尔本", "Sydney")], []),
    ("墨尔本的天气很好。", "The weather is fine.", [], ["墨尔本"]),
    ("昨天，丘吉尔的女儿来到伦敦。", "Yesterday, Roosevelt's daughter came to London.",
     [("丘吉尔", "Roosevelt")], []),
    # a transliteration the dictionary lacks, judged by sound
    ("帕拉迪斯先生明天抵达上海。", "Mr. Paradis arrives in Shanghai tomorrow.", [], []),
    ("帕拉迪斯先生明天抵达上海。", "Mr. Hoffmann arrives in Shanghai tomorrow.",
     [("帕拉迪斯", "Hoffmann")], []),
    ("帕拉迪斯先生明天抵达上海。", "He arrives in Shanghai tomorrow.", [], ["帕拉迪斯"]),
    ("孔德拉季耶夫教授发表了演讲。", "Professor Kondratiev gave a speech.", [], []),
    ("孔德拉季耶夫教授发表了演讲。", "Professor Schumpeter gave a speech.",
     [("孔德拉季耶夫", "Schumpeter")], []),
    # a Chinese person the dictionary lacks, judged by pinyin
    ("记者王建国在现场报道了这一消息。", "Reporter Wang Jianguo reported the news from the scene.",
     [], []),
    ("记者王建国在现场报道了这一消息。", "A reporter reported the news from the scene.", [],
     ["王建国"]),
    # a name is rendered by what English calls it, not by its dictionary description
    ("特朗普政府宣布了新政策。", "The Trump administration announced a new policy.", [], []),
    ("特朗普政府宣布了新政策。", "The American government announced a new policy.", [],
     ["特朗普"]),
    ("大阪府新增病例100例。", "There were 100 new cases in Osaka Prefecture.", [], []),
    ("大阪府新增病例100例。", "There were 100 new cases in Fukuoka Prefecture.", [],
     ["大阪府"]),
    ("他们上周参观了罗马。", "Last week they visited the Italian capital.", [], []),
    ("美国公民可以免签入境。", "Citizens can enter without a visa.", [], ["美国"]),
])
def test_names_by_sound_and_by_rendering(zh, en, replaced, missing):
    assert name_problems(zh, en) == (replaced, missing)


@pytest.mark.parametrize(("zh", "en"), [
    ("（2019年3月5日，北京）", "(5 March 2019)"),  # a dateline
    ("李明 摄", "(Photo)"),  # a photo credit
    ("欢迎来到中国驻英国大使馆。", "Welcome to the Chinese Embassy."),  # 驻: countries implied
    ("感谢大家对中国两会的关注。", "Thank you for your interest in the NPC and CPPCC sessions."),
    ("童海珍主席刚从北京回来。", "Chair Tong has just come back from Beijing."),
    ("她曾在英国学习。", "She studied in the UK as a British student."),  # a demonym added
    ("陈晓东公使出席。", "H.E. Minister Chen Xiaodong attended."),  # honorific, not a name
    ("习近平发表讲话。（新华社记者 李明摄）", "Xi Jinping gives a speech."),  # a credit aside
    ("人民网北京9月6日电 发言人今日主持记者会。", "The spokesperson held a briefing today."),
    ("新闻发言人寿小丽：\n", "Spokesperson:"),  # a speaker label line
    ("我们在加州很安全。", "We are safe in Long Beach, CA."),  # a state's postal abbreviation
    ("警方拘捕了黄之锋。", "The police arrested Joshua Wong."),  # a Cantonese surname
    ("你正和赛昂人战斗。", "You are fighting the Cylons."),  # a loose transliteration, not another
    ("感谢陈启宗主席的介绍。", "Thank you, Ronnie, for the introduction."),  # an English given name
    ("国会主席出席了招待会。", "The President of the National Assembly attended."),
    ("灯光齐明，舞台亮了。", "The lights came on and the stage was bright."),  # not a name: 齐明
    ("鞋子克郎克郎地响。", "The shoes squeaked."),  # a reduplicated sound word
    ("他的第一年是在民国元年。", "His first year was the first year of the Republic."),
    ("尊敬的英国中国商会会长孙煜先生，", "Chairman Sun Yu,"),  # a salutation, shortened
    ("尊敬的亚洲之家董事古沛勤爵士，", "Sir Sherard Cowper-Coles,"),
])
def test_document_furniture_and_free_renderings_are_not_name_problems(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "replaced", "missing"), [
    # a city's one-character abbreviation renders it: Beijing is not a replacement
    ("杜特尔特访华期间，两国元首将在京会谈。", "During Duterte's visit, the two presidents will "
     "hold talks in Beijing.", [], []),
    ("杜特尔特访华期间，两国元首将在京会谈。", "During the visit, the two presidents will hold "
     "talks in Beijing.", [], ["杜特尔特"]),
    # a two-character person's name before a title, and a common word the segmenter tags a name
    ("郭梅女士发言。", "Ms Guo Mei spoke.", [], []),
    ("郭梅女士发言。", "The lady spoke.", [], ["郭梅"]),
    # a lost space (inApia) and a plural acronym (PICs for 太平洋岛国) still render the names
    ("论坛将在萨摩亚首都阿皮亚举行，太平洋岛国领导人出席。", "The Forum will be held inApia, "
     "Samoa, with PICs' leaders.", [], []),
])
def test_abbreviations_and_short_names(zh, en, replaced, missing):
    assert name_problems(zh, en) == (replaced, missing)


def test_a_name_said_again_in_a_dropped_aside_is_missing():
    zh = "我很荣幸做丘吉尔讲座，索姆斯夫人（丘吉尔之女）也来了。"
    assert name_problems(zh, "I am honoured to give the Churchill Lecture, and Lady Soames "
                         "is here too.") == ([], ["丘吉尔"])
    assert name_problems(zh, "I am honoured to give the Churchill Lecture, and Lady Soames, "
                         "Churchill's daughter, is here too.") == ([], [])
    # said twice outside an aside: the English may well say it once
    assert name_problems("丘吉尔讲座纪念丘吉尔。", "The Churchill Lecture honours him.") == (
        [], [])


def test_words_of_a_speaker_label_left_in_the_text_are_not_names():
    from align.checks.entities import english_names
    from align.checks.lexical import corr

    en = "| Austrian Radio: What is your foreign policy?"
    c = corr("奥地利广播电台：你们的外交政策是什么？", en)
    assert english_names(c, en) == []


def test_known_name_not_excused_by_a_short_sound():
    # Managawa is not a spelling of 美国 (mk ~ mnk): a known name with another name in its place
    replaced, _ = name_problems("据报道，美国是最大的经济体。",
                                "Reports say the Managawa River is the largest economy.")
    assert replaced == [("美国", "Managawa")]


def test_unknown_chinese_name_replaced_by_a_known_english_name():
    # 鲍尔森 is tagged a person but unknown to the dictionary; Ukraine is a known name that
    # does not sound like it
    replaced, _ = name_problems("昨天鲍尔森在会上发言。",
                                "Yesterday, Ukraine spoke at the meeting.")
    assert replaced and replaced[0][1] == "Ukraine"


@pytest.mark.parametrize(("zh", "en"), [
    # a table word that is a common noun, not a name
    ("全国城镇新增就业一千万人。", "Ten million new urban jobs were created."),
    # a common-noun name qualifying a word the English renders (新冠确诊 -> diagnosed)
    ("上周新增的新冠确诊病例大多在北京。",
     "Most of last week's newly confirmed cases were in Beijing."),
    # a demonym for the country
    ("比利时的球队赢了。", "The Belgian team won."),
    # a romanisation the engine cannot read is not a replacement
    ("许正宇表示乐观。", "Hui Ching-yu expressed optimism."),
])
def test_names_free_rendering_is_quiet(zh, en):
    assert name_problems(zh, en) == ([], [])


# -------------------------------------------------------------------------------- antonyms

def test_antonym_table_is_symmetric():
    assert "export" in ANTONYMS["import"] and "import" in ANTONYMS["export"]
    assert all(a in ANTONYMS[b] for a, bs in ANTONYMS.items() for b in bs)


@pytest.mark.parametrize(("zh", "en", "zh_word"), [
    ("今年，镇上的出口增加了。", "This year, the town's exports decreased.", "增加"),
    ("这些货物都是进口的。", "These goods are all exported.", "进口"),
    ("他对未来很乐观。", "He is pessimistic about the future.", "乐观"),
])
def test_antonym_found(zh, en, zh_word):
    pairs = antonym_pairs(zh, en)
    assert pairs and pairs[0][0] == zh_word


@pytest.mark.parametrize(("zh", "en"), [
    ("今年，镇上的出口增加了。", "This year, the town's exports increased."),
    ("这些货物都是进口的。", "These goods are all imported."),
    ("天气变冷了。", "The weather turned cold."),
])
def test_antonym_quiet_on_faithful(zh, en):
    assert antonym_pairs(zh, en) == []


def test_rules_registered_with_docs():
    for rid in ("negation", "name-unmatched", "name-missing", "antonym"):
        rule = REGISTRY[rid]
        assert rule.doc and rule.example and rule.severity.value == "warning"


# ----------------------------------------------------------------------------- end to end

def test_cli_finds_seeded_meaning_errors(run_cli):
    result = run_cli("check", DATA / "meaning.zh.txt", DATA / "meaning.en.txt",
                     "--format", "json")
    report = json.loads(result.stdout)
    by_rule: dict[str, list[dict]] = {}
    for f in report["findings"]:
        by_rule.setdefault(f["rule"], []).append(f)
    assert any("免费" in f["zh"]["text"] for f in by_rule.get("negation", []))
    assert any("日本" in f["zh"]["text"] for f in by_rule.get("name-unmatched", []))
    assert any("出口" in f["zh"]["text"] for f in by_rule.get("antonym", []))
    # the faithful sentences stay quiet
    flagged = {f["zh"]["text"] for f in report["findings"] if f["zh"]}
    assert not any("童年" in t or "开门" in t for t in flagged)


# ---- issue 14: general causes of false alarms on real published translations

def test_english_name_made_of_a_chinese_words_parts_is_not_a_replacement():
    from align.checks.entities import name_problems

    zh = "应中共中央政治局委员邀请，诺瓦克将访华。"
    # Political Bureau renders 政治局 inside 中共中央政治局; Novak sounds like 诺瓦克
    en = ("At the invitation of a Member of the Political Bureau of the CPC Central Committee, "
          "Novak will visit China.")
    assert name_problems(zh, en) == ([], [])
    # a name nothing in the Chinese accounts for is still a replacement
    replaced, _ = name_problems(zh, en.replace("Novak", "Ukraine"))
    assert replaced == [("诺瓦克", "Ukraine")]


def test_a_common_dictionary_word_is_not_a_name_whatever_its_tag():
    from align.checks.entities import _common_word

    assert _common_word("卓识")  # "insight": jieba may tag it nr
    assert not _common_word("诺瓦克") and not _common_word("香港")


def test_capitals_of_a_title_cased_heading_are_not_names():
    from align.checks.entities import english_names
    from align.checks.lexical import corr

    def names(zh, en):
        c = corr(zh, en)
        return [" ".join(c.en[i].text for i in run) for run in english_names(c, en)]

    heading = "Remarks at the Reception in Honour of the Laureates, London"
    assert "Honour" not in names("在伦敦举行的获奖者招待会上的讲话", heading)
    assert "London" in " ".join(names("在伦敦举行的获奖者招待会上的讲话", heading))
    plain = "Today we held a reception in Honour of the Laureates in London."
    assert "Honour" in names("今天在伦敦举行招待会。", plain)  # mid-sentence capital: a name


def _heading_names(zh: str, en: str) -> list[str]:
    from align.checks.entities import english_names
    from align.checks.lexical import corr

    c = corr(zh, en)
    return [c.en[i].text for run in english_names(c, en) for i in run]


@pytest.mark.parametrize(
    ("zh", "heading", "kept", "dropped"),
    [
        ("习近平在二十国集团领导人工作午餐会上的讲话",
         "Speech by Xi Jinping at the Working Lunch of the G20",
         ["Xi", "Jinping"], ["Working", "Lunch"]),
        ("加拿大总理会见记者", "Prime Minister of Canada Meets the Press",
         ["Canada"], ["Meets", "Press", "Prime"]),
        ("在达沃斯论坛开幕式上的致辞", "Address At the Opening Plenary Of the Davos Forum",
         ["Davos"], ["Address", "At", "Opening", "Plenary", "Of"]),
        ("共同富裕，人人有份", "1. Prosperity for Every Individual",
         [], ["Prosperity", "Every", "Individual"]),
        ("始终坚持人民至上", "Always Putting the People First",
         [], ["Always", "Putting", "People", "First"]),
        ("在华盛顿州地方政府欢迎宴会上的演讲",
         "Remarks at a Dinner Hosted by Local Governments of Washington State",
         ["Washington"], ["Remarks", "Dinner", "Hosted", "Local", "Governments"]),
    ],
)
def test_ordinary_words_capitalised_in_a_heading_are_not_names(zh, heading, kept, dropped):
    names = _heading_names(zh, heading)
    assert all(w in names for w in kept), names
    assert not any(w in names for w in dropped), names


def test_a_person_after_a_title_in_a_heading_stays_a_name_however_ordinary():
    # Mark and Fields are ordinary words, but after "Chairman" they are a person's name.
    names = _heading_names("菲尔茨主席致辞",
                           "Remarks by Chairman Mark Fields of the Business Council")
    assert "Mark" in names and "Fields" in names
    assert "Remarks" not in names


def test_capitals_outside_a_heading_are_unchanged():
    # A sentence (lower-case content words) keeps its capitalised words as candidates, except
    # the sentence's first word as before.
    en = "Working with partners, the Press Office of Canada replied to every question."
    names = _heading_names("加拿大新闻办公室与伙伴合作回答了每个问题。", en)
    assert "Working" not in names  # the first word of a sentence, as before
    assert "Press" in names and "Canada" in names
    assert _heading_names("我们会见了记者。", "We met the Press on Monday.") == ["Press"]


def test_a_name_the_english_abbreviates_is_not_missing():
    from align.checks.entities import name_problems

    zh = "亚洲基础设施投资银行已经开业。"
    assert name_problems(zh, "The AIIB is up and running.") == ([], [])
    assert name_problems(zh, "The bank is up and running.")[1] == ["亚洲"]


def test_document_view_of_names():
    import numpy as np
    from conftest import make_document as doc

    from align.checks import CheckContext
    from align.checks.entities import EntitiesCheck
    from align.model import Alignment, Bead, Settings

    zh = ["英国伦敦亚洲之家，诸立力先生招待会", "很高兴出席亚洲之家的招待会。",
          "诸立力先生的名字很有意思。"]
    en = ["Reception for Mr Victor Chu, Asia House, London", "I am glad to be at the reception.",
          "Victor's name is interesting."]
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(3))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    ctx = CheckContext(alignment=a, settings=Settings(), zh_vectors=np.eye(3, dtype=np.float32),
                       en_vectors=np.eye(3, dtype=np.float32))
    found = [(f.rule, f.bead) for f in EntitiesCheck().run(ctx)]
    # 亚洲 (Asia House) is named in the heading; Victor renders 诸立力 in the heading too
    assert found == []
    # a speaker label renders an unknown name by its pinyin
    from align.checks.entities import _said_nearby
    assert _said_nearby("寿小丽", "Shou Xiaoli") and not _said_nearby("寿小丽", "Li Qiang")
    # without the heading's rendering, the name is missing again
    a2 = Alignment(zh=doc("zh", zh[1:]), en=doc("en", en[1:]), beads=beads[:2])
    ctx2 = CheckContext(alignment=a2, settings=Settings())
    assert ("name-missing", 0) in [(f.rule, f.bead) for f in EntitiesCheck().run(ctx2)]


def test_an_english_name_the_document_uses_elsewhere_is_not_a_replacement():
    from conftest import make_document as doc

    from align.checks import CheckContext
    from align.checks.entities import EntitiesCheck
    from align.model import Alignment, Bead, Settings

    def found(zh, en):
        beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
        a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
        return [(f.rule, f.bead) for f in EntitiesCheck().run(
            CheckContext(alignment=a, settings=Settings()))]

    zh = ["他获得了香港的全球经济奖。", "基尔研究所每年颁发这个奖。"]
    en = ["He won the Global Economy Prize of the Kiel Institute.",
          "The Kiel Institute awards the prize every year."]
    # Kiel is the document's own name for something else: 香港 is dropped, not replaced
    assert found(zh, en) == [("name-missing", 0)]
    # alone, the same bead reads as a replacement
    assert found(zh[:1], en[:1]) == [("name-unmatched", 0)]
    # an unknown Chinese name may be the Chinese name of the person English names elsewhere
    zh = ["童海珍主席讲话。", "她刚从北京回来。"]
    en = ["Chair Colston spoke.", "Ms Colston has just come back from Beijing."]
    assert found(zh, en) == []


def test_a_negation_built_into_a_positive_dictionary_word_is_not_a_negation():
    from align.lexicon.polarity import positive_word

    assert positive_word("不变") and positive_word("不平凡")  # constant; marvelous
    assert not positive_word("不喜欢") and not positive_word("不同意")  # dislike; disagree
    assert negation_mismatch("两国关系发展势头不变。",
                             "The momentum of relations remains strong.") is None
    assert negation_mismatch("今年很不平凡。", "This year was truly remarkable.") is None
    assert negation_mismatch("他不想去北京。", "He wants to go to Beijing.") is not None


def test_several_sentences_with_a_negative_word_render_a_negation():
    # 非官方 (said with a negation, not rendered) must not use up "lost", which renders 记不得
    zh = "今天我们在伦敦见面。第二个身份是非官方身份，作为他的朋友，我已经记不得我们见过多少次面。"
    en = ("Today we meet in London. I am also here as his friend. I lost count of how many "
          "times we have met.")
    assert negation_mismatch(zh, en) is None
    # one sentence with nothing negative still disagrees
    assert negation_mismatch("我记不得我们见过多少次面。",
                             "I remember every time we have met.") is not None


def test_with_several_clauses_a_negative_word_of_the_other_side_accounts_for_a_negation():
    from align.checks.polarity import _unaccounted
    from align.lexicon.polarity import NEGATION, Cue

    cue = Cue("记不得", 20, 23, NEGATION)
    zh_lexical, en_word = [("非官方", 5)], [("lost", 30)]
    # one clause each: the unrendered 非官方 pairs off with "lost" and 记不得 is left over
    assert _unaccounted([cue], [], zh_lexical, en_word, False) is not None
    # several sentences in the group: counts drift, any English negative word may render it
    assert _unaccounted([cue], [], zh_lexical, en_word, True) is None
    assert _unaccounted([cue], [], zh_lexical, [], True) is not None
