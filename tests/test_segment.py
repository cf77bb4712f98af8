"""Sentence, paragraph and speaker-turn segmentation on both sides."""

import pytest

from align.segment import segment
from align.segment.en import split_en
from align.segment.turns import speaker_label
from align.segment.zh import split_zh


def texts(spans, text):
    return [text[s:e].strip() for s, e in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天天气很好。我们去公园吧！你来吗？", ["今天天气很好。", "我们去公园吧！", "你来吗？"]),
        ("他说：“我们明天出发。”大家都同意了。", ["他说：“我们明天出发。”", "大家都同意了。"]),
        ("（以上数据为初步统计。）下面请提问。", ["（以上数据为初步统计。）", "下面请提问。"]),
        ("增长了4.49万亿元。同比增长17.8%。", ["增长了4.49万亿元。", "同比增长17.8%。"]),
        ("这是用英文标点写的.第二句!第三句?", ["这是用英文标点写的.", "第二句!", "第三句?"]),
        ("他沉默了……过了很久才开口。", ["他沉默了……", "过了很久才开口。"]),
        ("网址是www.gov.cn，请查阅。", ["网址是www.gov.cn，请查阅。"]),
        ("没有句末标点的标题", ["没有句末标点的标题"]),
    ],
)
def test_split_zh(text, expected):
    assert texts(split_zh(text), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Zhao spoke first. Then Ms. Li answered.",
         ["Mr. Zhao spoke first.", "Then Ms. Li answered."]),
        ("GDP grew 4.49 percent. Exports rose.", ["GDP grew 4.49 percent.", "Exports rose."]),
        ("See No. 5 for the list. It is short.", ["See No. 5 for the list.", "It is short."]),
        ("J. K. Rowling wrote it. She is British.", ["J. K. Rowling wrote it.", "She is British."]),
        ("It was sold in the U.S. The price fell.", ["It was sold in the U.S.", "The price fell."]),
        ("The U.S. Congress met.", ["The U.S. Congress met."]),
        ('"Is it done?" she asked. "Yes."', ['"Is it done?" she asked.', '"Yes."']),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("Fruit, e.g. apples, is sold. Prices vary (see below.) Fine.",
         ["Fruit, e.g. apples, is sold.", "Prices vary (see below.)", "Fine."]),
        ("Growth was 5.2% in 2023. 2024 is next.", ["Growth was 5.2% in 2023.", "2024 is next."]),
    ],
)
def test_split_en(text, expected):
    assert texts(split_en(text), text) == expected


def test_offsets_and_lines_point_into_the_original():
    text = "标题\n\n主持人：大家好。今天发布数据。\n王明：谢谢！\n"
    segs = segment(text, "zh")
    assert [s.text for s in segs] == ["标题", "大家好。", "今天发布数据。", "谢谢！"]
    for s in segs:
        assert text[s.start : s.end] == s.text
    assert [s.line for s in segs] == [1, 3, 3, 4]
    assert [s.speaker for s in segs] == [None, "主持人", "主持人", "王明"]
    assert segs[1].paragraph == segs[2].paragraph != segs[3].paragraph


def test_speaker_name_on_its_own_line_opens_a_turn():
    text = "Shou Xiaoli:\nOne more question, please.\nCNR:\nThank you. What comes next?\n"
    segs = segment(text, "en")
    assert [(s.speaker, s.text) for s in segs] == [
        ("Shou Xiaoli", "One more question, please."),
        ("CNR", "Thank you."),
        ("CNR", "What comes next?"),
    ]


@pytest.mark.parametrize(
    ("line", "lang", "speaker"),
    [
        ("寿小丽：各位好。", "zh", "寿小丽"),
        ("国家统计局新闻发言人付凌晖：谢谢。", "zh", "国家统计局新闻发言人付凌晖"),
        ("他说：“好。”", "zh", None),
        ("主要措施包括：一是加快建设。", "zh", None),
        ("全年对外投资合作呈现以下特点:", "zh", None),
        ("我想谈以下几点：", "zh", None),
        ("商务部以下简称：", "zh", None),
        ("以下是记者：", "zh", None),
        ("发言人高峰:下面请提问。", "zh", "发言人高峰"),
        # a reprint's pinyin readings inside the label are part of it, and left out of the name
        ("中央广播电视总台(tái)央广记者:中国外交如何发挥作用?", "zh", "中央广播电视总台央广记者"),
        ("中国(guó)日报(bào)记者：请问。", "zh", "中国日报记者"),
        ("他说(shuō)：“好。”", "zh", None),
        ("注(zhù)：本文为摘要。", "zh", None),
        ("数据(data)：见附表。", "zh", None),  # a gloss without a tone mark is no reading
        ("Zhao Zhiguo: Thank you.", "en", "Zhao Zhiguo"),
        ("Fu Linghui, spokesperson of the NBS: Thanks.", "en",
         "Fu Linghui, spokesperson of the NBS"),
        ("The results are clear: growth held up.", "en", None),
        ("Note: figures are preliminary.", "en", None),
        # a clause with a verb introduces a list; a plural audience is addressed
        ("The Headquarters, on Avenida da Praia Grande, has four parts:", "en", None),
        ("The visitors, as in past years, were invited to:", "en", None),
        ("Teachers and Students:", "en", None),
        ("Distinguished Delegates:", "en", None),
        ("Theresa May: Thank you.", "en", "Theresa May"),  # May is a name, not a verb
        ("Will Smith: Good evening.", "en", "Will Smith"),
    ],
)
def test_speaker_labels(line, lang, speaker):
    label = speaker_label(line, lang)
    assert (label[0] if label else None) == speaker


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # content lines ending in a colon: a pronoun, a clause particle
        ("我先介绍一下几位新任的副总理:", "zh"),
        ("下面我回答你的问题：", "zh"),
        ("您刚才提到的情况：", "zh"),
        ("我们来看几组数字:", "zh"),
        ("先说一下背景：", "zh"),
        ("再讲讲我的看法吧：", "zh"),
        ("经济发展取得了新成就：", "zh"),
        # salutations to the audience
        ("各位代表:", "zh"),
        ("各位代表：", "zh"),
        ("诸位来宾：", "zh"),
        ("尊敬的各位来宾：", "zh"),
        ("亲爱的同学：", "zh"),
        ("朋友们：", "zh"),
        ("同志们:", "zh"),
        ("女士们先生们：", "zh"),
        ("Ladies and Gentlemen:", "en"),
        ("Dear Friends:", "en"),
        ("Fellow Deputies:", "en"),
        ("Distinguished Guests:", "en"),
        ("Your Excellency Ambassador Smith:", "en"),
        ("Excellencies:", "en"),
        ("Dear Colleagues: welcome.", "en"),
    ],
)
def test_short_lines_ending_in_a_colon_that_name_no_speaker(line, lang):
    assert speaker_label(line, lang) is None
    nxt = "现在，我代表国务院报告工作。" if lang == "zh" else "Now I report."
    segs = segment(f"{line}\n{nxt}", lang)
    assert segs[0].speaker is None and segs[0].text.startswith(line.split(":")[0].split("：")[0])


@pytest.mark.parametrize(
    ("line", "lang", "speaker"),
    [
        ("李克强:", "zh", "李克强"),
        ("国务院研究室副主任向东：", "zh", "国务院研究室副主任向东"),
        ("总台央视记者：", "zh", "总台央视记者"),
        ("【深圳卫视记者】：", "zh", "【深圳卫视记者】"),
        ("主持人：", "zh", "主持人"),
        ("答：", "zh", "答"),
        ("新華社記者：", "zh", "新華社記者"),
        ("Mao Shengyong:", "en", "Mao Shengyong"),
        ("Reuters:", "en", "Reuters"),
        ("Senior Colonel Wu Qian:", "en", "Senior Colonel Wu Qian"),
        ("Premier Li Keqiang:", "en", "Premier Li Keqiang"),
    ],
)
def test_name_or_role_alone_before_a_colon_opens_a_turn(line, lang, speaker):
    nxt = "谢谢。" if lang == "zh" else "Thank you."
    segs = segment(f"{line}\n{nxt}\n", lang)
    assert [(s.speaker, s.text) for s in segs] == [(speaker, nxt)]


def test_hard_wrapped_english_is_joined_across_lines():
    line = "word " * 14
    text = (f"{line}continues\nhere and ends. W" + line + "\n" + line + "end.\n") * 3
    segs = segment(text, "en")
    assert all("\n" not in s.text for s in segs)
    assert segs[0].text.startswith("word") and segs[0].text.endswith("here and ends.")
    assert segs[0].line == 1 and text[segs[0].start : segs[0].end].count("\n") == 1


def test_split_lines_takes_each_line_as_a_sentence():
    text = "第一句。第二句。\n\n  第三句  \n"
    segs = segment(text, "zh", split="lines")
    assert [s.text for s in segs] == ["第一句。第二句。", "第三句"]
    assert [s.paragraph for s in segs] == [0, 1]
    assert segs[1].line == 3 and text[segs[1].start : segs[1].end] == "第三句"


def test_subtitle_timings_are_not_sentences(tmp_path):
    from align.io import read_document

    srt = tmp_path / "a.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,500\nHello there.\n\n2\n"
                   "00:00:03,000 --> 00:00:04,000\nHow are you?\n", encoding="utf-8")
    doc = read_document(srt, "en")
    assert [s.text for s in doc.segments] == ["Hello there.", "How are you?"]
    assert [s.line for s in doc.segments] == [3, 7]


@pytest.mark.parametrize(("line", "lang"), [
    ("时间：2024年5月30日15:00", "zh"),
    ("時間:2014年3月8日10時", "zh"),
    ("地点：国防部新闻发布厅", "zh"),
    ("日期：2023年1月5日", "zh"),
    ("Time: 3 p.m., May 30, 2024", "en"),
    ("Date: March 8, 2014", "en"),
    ("Venue: Great Hall of the People", "en"),
])
def test_a_header_field_is_no_speaker_and_keeps_its_label(line, lang):
    assert speaker_label(line, lang) is None
    opener = "国防部例行记者会。" if lang == "zh" else "Regular press conference."
    segs = segment(f"{opener}\n{line}\n", lang)
    assert segs[-1].speaker is None and segs[-1].text == line


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("女士们、先生们，大家上午好！", "zh"), ("各位记者朋友,大家下午好!", "zh"),
        ("谢谢！", "zh"),
        ("下午好!", "zh"), ("女士们,先生们,朋友们,", "zh"), ("各位代表：", "zh"),
        ("尊敬的大使阁下，", "zh"), ("亲爱的同学们：", "zh"), ("謝謝大家。", "zh"),
        ("Ladies and gentlemen, good morning.", "en"),
        ("Friends from the media, good afternoon!", "en"),
        ("Thank you.", "en"), ("Ladies and gentlemen, friends of the press.", "en"),
        ("Dear friends,", "en"), ("Good morning, everyone.", "en"), ("Fellow Deputies,", "en"),
        ("Your Excellency Ambassador Smith,", "en"), ("Thank you very much!", "en"),
    ],
)
def test_bare_salutations_and_greetings(text, lang):
    from align.scripts import is_salutation

    assert is_salutation(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("各位代表，今年是不平凡的一年。", "zh"), ("小康是中华民族的千年梦想和夙愿。", "zh"),
        ("谢谢大家的支持，我们会继续努力。", "zh"), ("人类社会充满希望。", "zh"),
        ("Thank you for coming to the reception.", "en"),
        ("Ladies and gentlemen, the economy grew by 5 percent.", "en"),
        ("He will also answer some of your questions.", "en"), ("Good progress was made.", "en"),
    ],
)
def test_sentences_that_say_something_are_no_salutation(text, lang):
    from align.scripts import is_salutation

    assert not is_salutation(text, lang)


@pytest.mark.parametrize("line, title", [
    ("The Belt and Road Initiative: A Key Pillar of the Future", True),
    ("Remarks by the Ambassador at the National Day Reception", True),
    ("China-Africa Cooperation Forum Opens in the Capital", True),
    ("We met the press this morning and answered questions.", False),
    ("Opening Remarks", False),  # too short to tell
    ("The meeting Was held in Beijing on a Sunday morning", False),  # a few capitals only
])
def test_a_title_is_told_by_its_capitalised_words(line, title):
    from align.scripts import is_title_case

    assert is_title_case(line) is title


@pytest.mark.parametrize("text", [
    # a short line that stops on an article, a preposition, a conjunction or an auxiliary is
    # cut mid-sentence by the page, whatever its length
    "We will make new contributions towards the\nTwo Goals of the coming decade.\n",
    "The greater our aims, the\nbrighter our future.\n",
    "The harbour was rebuilt in\n1998 by the city.\n",
    "The year 2030 is\napproaching fast.\n",
    "Farmers, workers and\nstudents joined the parade.\n",
])
def test_a_line_stopping_on_a_word_no_sentence_ends_on_goes_on(text):
    segs = segment(text, "en")
    assert [s.text for s in segs] == [" ".join(text.split())]


@pytest.mark.parametrize("text", [
    "Press conference of 26 May\nThe spokesperson opened it.\n",  # May the month, no auxiliary
    "First, we cut costs; and\nSecond, we hired more staff.\n",  # "; and" closes a list item
    "Ladies and Gentlemen,\nThe fair opens today.\n",
])
def test_a_line_ending_otherwise_keeps_its_break(text):
    segs = segment(text, "en")
    assert len(segs) == 2


def test_a_title_whose_last_line_goes_on_is_one_unit_to_the_sentence_end():
    text = ("Working Together for Peace\nSpeech by the Foreign Minister\nAt the Opening of\n"
            "The Tenth Session of the Assembly\nMr. Chairman,\n"
            "The theme of this session matters.\n")
    segs = segment(text, "en")
    assert segs[0].text == ("Working Together for Peace Speech by the Foreign Minister At the "
                            "Opening of The Tenth Session of the Assembly")
    assert [s.text for s in segs[1:]] == ["Mr. Chairman,", "The theme of this session matters."]


def test_a_line_whose_next_line_opens_in_lower_case_goes_on():
    text = ("China Policy Paper\nThe region covers many countries and 60\npercent of the world's "
            "people.\nIts trade is large.\n")
    assert [s.text for s in segment(text, "en")] == [
        "China Policy Paper", "The region covers many countries and 60 percent of the world's "
        "people.", "Its trade is large."]


def test_a_wrapped_body_is_told_apart_from_its_short_title_and_salutation_lines():
    body = ("The delegation visited the new port and the science park, where the fair was\n"
            "opened by the Governor of the Province, Mr Wang Ning of the Provincial Council\n"
            "Wang Ning welcomed traders, students and farmers from both regions to the fair.\n"
            "Both sides agreed to open a direct shipping route and to hold a joint trade fair\n")
    text = "Joint Press Release\nof the Two Cities\n10 May 2024\nDear friends,\nHello,\n" + body
    segs = [s.text for s in segment(text, "en")]
    # the body's lines are wrapped: a sentence runs on across "Council" / "Wang Ning"
    assert any(s.startswith("The delegation") and s.endswith("from both regions to the fair.")
               for s in segs)


@pytest.mark.parametrize("text", [
    # a list of contents: each numbered line is an item, however long the lines before it
    ("I. The Long History of Cooperation Between the Two Neighbouring Regions Today\n"
     "II. The Shared Vision of the Two Regions for the Coming Decades of Growth\n"
     "III.\nA New Chapter of Partnership in Science, Trade and Culture for All\n"),
    "一、坚持改革开放\n二、推动高质量发展\n（三）加强国际合作\n",
])
def test_a_numbered_item_below_starts_its_own_unit(text):
    lang = "zh" if "一" in text else "en"
    segs = [s.text for s in segment(text, lang)]
    labels = ("I.", "II.", "III.") if lang == "en" else ("一、", "二、", "（三）")
    assert all(any(s.startswith(label) for s in segs) for label in labels)
    assert not any(s.endswith(("II.", "III.")) and len(s) > 5 for s in segs)


def test_a_table_cell_mark_ends_its_line():
    # a hard-wrapped page laid out as a table: "|" closes a cell, no sentence runs across it
    text = ("The spokesperson opened the regular press conference of the ministry and then\n"
            "introduced the guests of the day, three officials from the trade department. |\n"
            "|\n"
            "The first question came from a reporter of the national news agency, who asked\n"
            "about the new measures for foreign trade announced by the ministry last week.\n")
    segs = [s.text for s in segment(text, "en")]
    assert segs[1:3] == ["|", "|"] and segs[0].endswith("the trade department.")


@pytest.mark.parametrize(("text", "lang"), [
    ("大变局中的中国外交：使命与担当\n——在论坛午餐会上的演讲\n", "zh"),
    ("携手推进全球发展:中国的方案与实践\n(2025年3月)\n", "zh"),
    ("绿色丝路：合作与共赢\n国务院新闻办公室\n", "zh"),
    ("Poverty Alleviation: China's Experience and Contribution\nApril 2021\n", "en"),
    ("Green Silk Road: Shared Growth and Common Prosperity\nThe Office\n", "en"),
])
def test_a_title_in_two_halves_on_the_first_line_is_no_turn(text, lang):
    segs = segment(text, lang)
    assert all(s.speaker is None for s in segs)
    assert segs[0].text.startswith(text.split("\n")[0][:6])


@pytest.mark.parametrize(("line", "lang"), [
    ("王毅：谢谢。", "zh"),
    ("主持人：请提问。", "zh"),
    ("高峰：各位记者朋友，下午好！", "zh"),
    ("Wang Yi: Thank you. Let me begin with the first question.", "en"),
    ("Spokesperson: Senior Colonel Wu Qian", "en"),
])
def test_a_turn_on_the_first_line_stays_a_turn(line, lang):
    assert speaker_label(line, lang, opening=True) is not None


def test_a_short_label_with_a_title_case_rest_below_the_first_line_stays_a_turn():
    # elsewhere a role before a name is a header field that names the speaker
    assert speaker_label("Defense Spokesperson: Senior Colonel Ren Guoqiang", "en") is not None


@pytest.mark.parametrize("line", [
    "《规划》提出六项重点任务：一是完善机制，二是培育主体。",
    "会议部署三个方面工作：一要稳增长，二要促改革。",
    "部长提出两点意见：第一，加强合作；第二，扩大开放。",
    "《意见》明确了四条原则：坚持开放，坚持合作。",
    "报告列出五类风险：市场风险和信用风险。",
])
def test_a_label_that_counts_what_follows_announces_a_list(line):
    assert speaker_label(line, "zh") is None


@pytest.mark.parametrize("line", [
    "第一位提问的记者：请问部长，今年的目标是什么？",
    "十二届全国人大代表王芳：我想谈谈乡村教育。",
    "李强：谢谢大家。",
])
def test_an_order_or_a_term_in_a_name_is_no_count(line):
    assert speaker_label(line, "zh") is not None
