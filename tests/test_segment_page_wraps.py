"""Structure as real pages print it (issue 14, thirteenth session): a speaker label of two words
wrapped over two lines, a title in two halves on the page's first line, a Chinese page
hard-wrapped at about 25 characters. Texts written for these tests."""

import pytest

from align.segment import segment
from align.segment.turns import blocks, speaker_label


def speakers(text: str, lang: str = "en") -> list[str]:
    named = [b.speaker for b in blocks(text, lang) if b.speaker is not None]
    return list(dict.fromkeys(named))


# -- a speaker label wrapped before its last words ----------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("Press Conference |\n|\nShu\nJueting: Good afternoon. |\n|\nShanghai\nSecurities News: "
     "A question on trade? |\n", ["Shu Jueting", "Shanghai Securities News"]),
    ("Briefing\n\nWang\nWenbin: Good afternoon.\n", ["Wang Wenbin"]),
    ("Opening remarks.\nChina\nDaily Reporter: What is next?\n", ["China Daily Reporter"]),
    ("Host: Welcome.\nPhoenix\nTV: One question.\n", ["Host", "Phoenix TV"]),
])
def test_a_label_of_two_words_wrapped_after_its_first_word(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_wrapped_label_keeps_the_piece_out_of_the_turn_before() -> None:
    text = "Host: Welcome to all.\n|\nShanghai\nSecurities News: A question?\n"
    texts = [(b.speaker, text[b.start:b.end]) for b in blocks(text, "en")]
    assert ("Host", "Shanghai") not in texts


def test_a_word_that_ends_a_sentence_above_a_label_is_not_its_piece() -> None:
    # "Paris" is the end of a wrapped sentence, not the first word of the label below
    text = ("The delegation will travel on to\nParis\nXinhua News: A question?\n")
    assert speakers(text) == ["Xinhua News"]


def test_a_label_of_three_words_takes_no_piece() -> None:
    text = "Opening.\nSenior\nColonel Wu Qian Zhang: Thank you.\n"
    assert "Senior Colonel Wu Qian Zhang" not in speakers(text)


# -- a title in two halves on the page's first line ----------------------------------------------


@pytest.mark.parametrize("title", [
    "China and ASEAN: Together for Vision 2030",
    "Hand in Hand: Toward a Shared Future",
    "Belt and Road: Ten Years of Progress",
    "China and Africa: Partners for 2035",
])
def test_a_short_subtitle_on_the_first_line_is_no_speaker(title: str) -> None:
    assert speaker_label(title, "en", opening=True) is None
    segs = segment(f"{title}\nOn March 3, the article was published.\n", "en")
    assert segs[0].speaker is None and segs[0].text == title


@pytest.mark.parametrize(("line", "name"), [
    ("Wang Yi: Thank you, and welcome.", "Wang Yi"),
    ("Hua Chunying: Good afternoon.", "Hua Chunying"),
    ("Zhao Lijian: Good afternoon everyone", "Zhao Lijian"),
    ("Wang Yi: I am glad to be here", "Wang Yi"),
])
def test_a_turn_on_the_first_line_is_still_a_turn(line: str, name: str) -> None:
    label = speaker_label(line, "en", opening=True)
    assert label is not None and label[0] == name


def test_a_short_capitalised_phrase_later_in_the_text_is_still_a_turn() -> None:
    # only the page's first line is a title: later, "Reporter of CCTV: Next Question" is a turn
    label = speaker_label("Reporter of CCTV: Next Question", "en", opening=False)
    assert label is not None and label[0] == "Reporter of CCTV"


# -- a Chinese page hard-wrapped at about 25 characters ------------------------------------------


_WRAPPED_ZH = (
    "在座的各位朋友，今天我想和大家讲一个很久以前的故事，那\n"
    "时我还是一个孩子，住在南方一个小城里，很少能看到外国\n"
    "人，所以那位来访的客人给我们留下了非常深刻的印象。后\n"
    "来我们才知道，他来自一个遥远的国家，为两国人民的友谊\n"
    "做出了很大的贡献，我们至今仍然怀念他，也感谢他为我们\n"
    "所做的一切。\n"
)


def test_a_chinese_page_wrapped_at_25_characters_joins_its_lines() -> None:
    segs = segment(_WRAPPED_ZH, "zh")
    texts = [s.text for s in segs]
    assert any("很少能看到外国人" in t for t in texts)
    assert all(t.endswith("。") for t in texts)


def test_short_chinese_lines_after_a_wrapped_body_stay_lines() -> None:
    text = _WRAPPED_ZH + "\n中华人民共和国驻奥克兰总领事馆\n二○一九年五月八日\n"
    texts = [s.text for s in segment(text, "zh")]
    assert texts[-2:] == ["中华人民共和国驻奥克兰总领事馆", "二○一九年五月八日"]


def test_unwrapped_chinese_paragraphs_are_not_joined() -> None:
    # long lines of different lengths, between short ones: paragraphs, not a wrapped page
    text = ("这是开头的一句话。\n"
            "第一段讲的是经济发展的情况，内容比较长，一直写到这里为止\n"
            "第二段\n"
            "第三段讲的是对外开放的成就，也是一段完整的话，到此\n"
            "短行\n")
    assert len(segment(text, "zh")) == 5


# -- a Chinese page copied with ragged breaks: lone characters on lines of their own -------------

_RAGGED_ZH = (
    "这是开头的一句话。\n"
    "我们始终坚持走这条道路,在新世纪的第二个十年和中\n"
    "国\n"
    "共产党成立九十周年之际,我们再次郑重宣告,和平发展是实现现代化和富民强\n"
    "国\n"
    "、为世界文明进步作出更大贡献的战略抉择。\n"
    "在长期交往中,我们努力学习借鉴其他民族的长处,为人类文明进步作出\n"
    "了\n"
    "重大贡献。\n"
)


def test_a_lone_character_joins_the_lines_around_it() -> None:
    texts = [s.text for s in segment(_RAGGED_ZH, "zh")]
    assert any("第二个十年和中国共产党成立九十周年之际" in t for t in texts)
    assert any("富民强国" in t for t in texts)
    assert any("作出了重大贡献。" in t for t in texts)


def test_a_title_blocks_short_lines_take_no_lone_character() -> None:
    text = "开头的一句话。\n2011年9月\n目\n录\n一、总体目标\n"
    texts = [s.text for s in segment(text, "zh")]
    assert "2011年9月" in texts and not any("2011年9月目" in t for t in texts)


def test_a_line_that_ends_on_a_mark_takes_no_lone_character() -> None:
    text = "开头的一句话,写到这里就结束了,后面是另外一行的内容。\n序\n正文从这里开始。\n"
    texts = [s.text for s in segment(text, "zh")]
    assert texts[0] == "开头的一句话,写到这里就结束了,后面是另外一行的内容。"


@pytest.mark.parametrize("title", ["Mr.", "Mrs.", "Dr.", "Prof.", "H.E."])
def test_a_line_wrapped_after_a_title_goes_on_with_the_name(title: str) -> None:
    text = (f"I wish to offer warm congratulations to {title}\n"
            "Leung Chun-ying, who has just been sworn in.\nThank you.")
    assert [s.text for s in segment(text, "en")] == [
        f"I wish to offer warm congratulations to {title} Leung Chun-ying, who has just been "
        "sworn in.", "Thank you."]


@pytest.mark.parametrize("text", [
    "The meeting was chaired by Dr.\n\nNext item.",  # a blank line: the paragraph ends
    "It was signed on 3 Mar.\nThe next day they left.",  # no title
    "He met the Mayor.\nThe next day they left.",
])
def test_other_line_ends_keep_their_break(text: str) -> None:
    assert len(segment(text, "en")) == 2
