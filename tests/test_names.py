"""Pinyin names and speaker turns."""

import pytest
from conftest import make_document

from align.checks.base import CheckContext
from align.checks.names import NamesCheck, pinyin_names
from align.lexicon.readings import readable_in
from align.model import Alignment, Bead, Settings


@pytest.mark.parametrize(
    ("english", "names"),
    [
        ("Zhao Qiming, spokesperson of the ministry, spoke first.", ["Zhao Qiming"]),
        ("President Xi Jinping met Ouyang Nana in Beijing.", ["Xi Jinping", "Ouyang Nana"]),
        ("Sun Yanan and Lin Jiayi answered questions.", ["Sun Yanan", "Lin Jiayi"]),
        ("The Hong Kong delegation arrived.", []),
        ("New Energy vehicles and Belt Road projects.", []),
        ("He Said nothing.", []),  # "Said" is not pinyin
    ],
)
def test_pinyin_names_in_english(english, names):
    assert [n for n, _, _ in pinyin_names(english)] == names


@pytest.mark.parametrize(
    ("chinese", "name", "expected"),
    [
        ("下面请赵启明先生介绍。", "Zhao Qiming", True),
        ("下面请赵启明先生介绍。", "Zhang Qiming", False),
        ("下面请赵启明先生介绍。", "Qiming Zhao", True),  # given name first
        ("重庆市长表示欢迎。", "Chong Qing", True),  # every reading of 重 counts
        ("吕梁同志发言。", "Lu Liang", True),  # ü written as u
        ("欧阳娜娜出席。", "Ouyang Nana", True),
    ],
)
def test_name_readable_in_chinese(chinese, name, expected):
    assert readable_in(chinese, name) is expected


def doc(lang, rows):
    """``rows`` are (speaker, sentence) pairs."""
    return make_document(lang, [text for _, text in rows], [speaker for speaker, _ in rows])


def run(zh_rows, en_rows):
    n = len(zh_rows)
    a = Alignment(zh=doc("zh", zh_rows), en=doc("en", en_rows),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(n)))
    return list(NamesCheck().run(CheckContext(alignment=a, settings=Settings())))


def test_wrong_name_is_reported_and_right_name_is_not():
    found = run([(None, "下面请赵启明先生介绍情况。"), (None, "赵启明：谢谢。")],
                [(None, "Now Mr. Zhang Qiming will brief you."), (None, "Zhao Qiming: Thanks.")])
    assert [(f.rule, f.en.ids, dict(f.evidence)["en"]) for f in found] == [
        ("name-mismatch", (0,), "Zhang Qiming")]


def test_sentence_in_another_speakers_turn():
    zh = [("林嘉怡", "欢迎各位。"), ("林嘉怡", "请赵先生介绍。"), ("赵启明", "谢谢主持人。"),
          ("赵启明", "前三季度增长较快。"), ("赵启明", "下一步继续努力。")]
    en = [("Lin Jiayi", "Welcome."), ("Lin Jiayi", "Mr. Zhao, please."),
          ("Zhao Qiming", "Thank you."), ("Lin Jiayi", "Growth was fast."),
          ("Zhao Qiming", "We will keep working.")]
    found = run(zh, en)
    assert [(f.rule, f.en.ids) for f in found] == [("speaker-mismatch", (3,))]
    assert dict(found[0].evidence)["expected"] == "Zhao Qiming"


def test_glossary_terms(tmp_path):
    from align.checks.terms import TermsCheck, rendered
    from align.config import load_settings

    (tmp_path / "align.toml").write_text(
        '[terms]\n"新型工业化" = "new industrialization"\n'
        '"专精特新" = ["specialized and sophisticated", "SRDI"]\n', encoding="utf-8")
    settings = load_settings(None, tmp_path, {})
    assert dict(settings.terms)["专精特新"] == ("specialized and sophisticated", "SRDI")
    assert rendered("We pursue New-Industrialization.", ("new industrialization",))
    assert rendered("Two SRDI firms", ("SRDI",)) and not rendered("SRDIX", ("SRDI",))
    zh = [(None, "推进新型工业化。"), (None, "培育专精特新企业。"), (None, "推进新型工业化。")]
    en = [(None, "Advance new industrialization."), (None, "Foster SRDI firms."),
          (None, "Advance new-type industrialisation.")]
    a = Alignment(zh=doc("zh", zh), en=doc("en", en),
                  beads=tuple(Bead((i,), (i,), 0.8) for i in range(3)))
    found = list(TermsCheck().run(CheckContext(alignment=a, settings=settings)))
    assert [(f.rule, f.en.ids, f.suggestion) for f in found] == [
        ("term-mismatch", (2,), "new industrialization")]


def test_glossary_errors_name_the_key(tmp_path):
    from align.config import load_settings
    from align.model import AlignError

    (tmp_path / "align.toml").write_text('[terms]\n"新型工业化" = 3\n', encoding="utf-8")
    with pytest.raises(AlignError, match="terms.新型工业化"):
        load_settings(None, tmp_path, {})


# ------------------------------------------------------------ transliterated foreign names

@pytest.mark.parametrize(("chinese", "english"), [
    ("丘吉尔", "Churchill"), ("特朗普", "Trump"), ("墨尔本", "Melbourne"), ("刘易斯", "Lewis"),
    ("琼斯", "Jones"), ("索姆斯", "Soames"), ("奥巴马", "Obama"), ("伊拉克", "Iraq"),
    ("亨特", "Hunt"), ("马库斯", "Marcus"), ("普利特维茨", "Plitwitz"), ("勒斯滕堡", "Rustenburg"),
    # y for J, a final stop left out, x for h
    ("约翰", "John"), ("大卫", "David"), ("迦勒", "Caleb"), ("希律", "Herod"),
])
def test_a_transliteration_sounds_like_its_english_name(chinese, english):
    from align.lexicon import lexicon
    from align.lexicon.transliteration import sounds_like

    assert sounds_like(lexicon().readings(chinese, False), english)


@pytest.mark.parametrize(("chinese", "english"), [
    ("丘吉尔", "Trump"), ("墨尔本", "Sydney"), ("刘易斯", "Cooler"), ("上海", "Statistics"),
    ("中国", "Consulate"), ("特朗普", "Biden"), ("戈马", "Jialing"), ("帕利", "Khabarovsk"),
])
def test_a_transliteration_does_not_sound_like_another_name(chinese, english):
    from align.lexicon import lexicon
    from align.lexicon.transliteration import sounds_like

    assert not sounds_like(lexicon().readings(chinese, False), english)


def test_sound_classes_of_both_sides():
    from align.lexicon.transliteration import chinese_units, english_units, looks_transliterated

    # 尔 and a nasal final are sounds English may lack; an r after a vowel is one Chinese drops
    assert chinese_units(("mo", "er", "ben")) == (("M", False), ("L", True), ("P", False),
                                                 ("N", True))
    assert english_units("Parly") == (("P", False), ("L", True), ("L", False))
    assert [u for u, _ in english_units("Churchill")] == ["J", "L", "J", "L"]
    assert [u for u, _ in english_units("Minh")] == ["M", "N", "H"]  # h before no vowel: optional
    assert english_units("Minh")[-1][1]
    assert looks_transliterated("帕拉迪斯") and not looks_transliterated("经济")
    assert not looks_transliterated("斯")  # one character is no name


def test_surname_said_alone_before_a_title():
    from align.checks.names import surname_with_title

    assert surname_with_title("感谢高主任的介绍。", "Gao Feng")
    assert not surname_with_title("感谢高主任的介绍。", "Zhang Feng")
    assert not surname_with_title("高兴见到大家。", "Gao Feng")  # 高 without a title


@pytest.mark.parametrize(("zh_rows", "en_rows"), [
    # the surname alone, with a title
    ([(None, "感谢高主任把我介绍给大家。")],
     [(None, "I thank Director-General Gao Feng for the introduction.")]),
    # a name one bead off: the heading aligned with the first sentence
    ([(None, "驻英国大使刘晓明的讲话"), (None, "我很高兴出席今天的仪式。")],
     [(None, "It is good to be here."), (None, "Ambassador Liu Xiaoming is glad to attend.")]),
    # a speaker label left in the English text
    ([(None, "王毅：记者朋友们，大家好！"), (None, "今天天气很好。")],
     [(None, "Friends from the media, good afternoon."), (None, "Wang Yi: The weather is fine.")]),
    # the byline of an English heading the Chinese page lacks
    ([(None, "我很高兴出席词典的发行仪式。")],
     [(None, "Remarks by Ambassador Liu Xiaoming at the Launching Ceremony of the Dictionary")]),
])
def test_names_the_chinese_says_another_way_are_not_mismatches(zh_rows, en_rows):
    assert run(zh_rows, en_rows) == []


def test_a_name_in_the_middle_of_a_text_is_still_checked():
    found = run([(None, "我很高兴出席仪式。"), (None, "今天天气很好。"), (None, "大家辛苦了。"),
                 (None, "谢谢大家。")],
                [(None, "I am glad to attend."), (None, "The weather is fine."),
                 (None, "Thank you, Zhang Qiming, for your work."), (None, "Thank you.")])
    assert [f.rule for f in found] == ["name-mismatch"]


def test_the_byline_of_a_heading_is_not_a_mismatch():
    found = run([(None, "我很荣幸出任驻英国大使。"), (None, "谢谢大家。")],
                [(None, "Keeping to the Right Direction – Remarks by H.E. Ambassador Zhao Qiming, "
                  "upon his arrival in London"), (None, "Thank you.")])
    assert found == []
    found = run([(None, "我很荣幸出任驻英国大使。"), (None, "谢谢大家。")],
                [(None, "I am honoured to be appointed, said Zhao Qiming."), (None, "Thank you.")])
    assert [f.rule for f in found] == ["name-mismatch"]
