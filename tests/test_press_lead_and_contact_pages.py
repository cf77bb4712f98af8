"""Forms of press-conference pages, wiki reprints and contact blocks (twenty-fourth session): a
speaker label with the speaker's title before the name and a space (国新办新闻局副局长 袭艳春：),
a photo credit set apart by a space and run into the next sentence, the date details of a
Chinese news lead the English page gives as header lines, an English list of speakers, a
contact block's codes (Postal Code: 610021), a sentence a traditional-character page prints
twice, a saying that shares out a land in tenths (七山一水二分田), and an old name of a country
(华夏). Every sentence here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_texts, loud_numbers

from align.checks.coverage import furniture_en
from align.checks.entities import _heads
from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.reading import doubt_en
from align.numbers.zh import extract_zh
from align.segment.turns import speaker_label

# --- a speaker label with the title before the name -------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("国新办新闻局副局长 袭艳春：女士们、先生们，上午好。", "国新办新闻局副局长袭艳春"),
    ("  生态环境部副部长 赵英民:", "生态环境部副部长赵英民"),
    ("外交部发言人\u3000林晓明：今天没有要发布的消息。", "外交部发言人林晓明"),
    ("市政府新闻办主任 欧阳·明：欢迎各位。", "市政府新闻办主任欧阳·明"),
    ("林晓明：谢谢。", "林晓明"),
])
def test_a_title_and_a_space_before_the_name_is_one_label(line, name):
    found = speaker_label(line, "zh")
    assert found is not None and found[0] == name


@pytest.mark.parametrize("line", [
    "问 题：", "会议 议程如下：", "第一条 目的是：", "https: //example.org",
])
def test_a_space_makes_no_label_of_what_names_no_speaker(line):
    found = speaker_label(line, "zh")
    assert found is None or " " not in line[: found[1]].strip()


# --- the English page's list of speakers --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Zhao Qiming, vice minister of the Ministry of Ecology and Environment",
    "Ms. Lin Xiaoming, deputy head of the International Press Bureau",
    "Mr. Ouyang Ming, member of the Leading Party Members Group and vice minister",
    "Chen Jia, spokesperson of the State Council Information Office",
    "Liu Wei, director-general of the Department of Climate Change",
])
def test_an_english_speaker_line_is_furniture(line):
    assert furniture_en(line) == "speaker list"


@pytest.mark.parametrize("line", [
    "Zhao Qiming, the vice minister, said that the plan will be published",
    "Zhao Qiming, vice minister of the ministry, was present.",
    "Beijing, capital of China",
    "The vice minister of the ministry attended",
])
def test_a_sentence_about_a_person_is_no_speaker_line(line):
    assert furniture_en(line) != "speaker list"


# --- codes of a contact block ---------------------------------------------------------------------

@pytest.mark.parametrize(("field", "code"), [
    ("Postal Code:", "610021"), ("Postcode", "518000"), ("Tel:", "84356776"),
    ("Fax:", "65961109"), ("Zip Code:", "100020"), ("P.O. Box", "31288"),
    ("Telephone", "23456789"),
])
def test_a_contact_fields_code_is_no_count(field, code):
    text = f"{field} {code} Email: office@example.org"  # a field after it, as a block runs on
    found = {q.surface.strip(): doubt_en(q, text) for q in extract_en(text)}
    assert found[code]


@pytest.mark.parametrize(("text", "codes"), [
    ("Add: 12 North Shaoshan Road, Furong Dist., Changsha, Hunan Prov., 410011 Tel: +86 731 "
     "82217393", ["12", "410011", "86 731", "82217393"]),
    ("Tel: (852) 2835 6612 Fax: (852) 2835 6613", ["852", "2835", "6612", "852", "2835", "6613"]),
    ("Please call +44 20 7946 0018 for details.", ["44", "20", "7946", "0018"]),
    ("Address: No.100, Section 3, First Ring Rd.(E), Chengdu Postal Code: 610021 Tel: 84356776",
     ["3", "610021", "84356776"]),
])
def test_the_digits_of_a_contact_line_are_codes(text, codes):
    doubted = [q.surface.strip() for q in extract_en(text) if q.kind == "count"
               and doubt_en(q, text)]
    assert doubted == codes


@pytest.mark.parametrize("text", [
    "The office has 610021 registered members.", "Population: 610021 People",
    "Phones sold: 1,200 units", "Tel: 5555. The office has 45 staff members.",
])
def test_a_count_after_other_words_is_still_a_count(text):
    assert all(not doubt_en(q, text) for q in extract_en(text) if q.surface != "5555")


@pytest.mark.parametrize(("text", "stamped"), [
    ("Stamp issue 11/06/2015 15:35", ["11/06/2015", "15:35"]),
    ("Posted 2019-01-03 16:30", ["2019-01-03", "16:30"]),
])
def test_a_posting_stamp_of_date_and_time_is_the_pages(text, stamped):
    from align.numbers.reading import TIMESTAMP

    found = [q.surface.strip() for q in extract_en(text) if doubt_en(q, text) == TIMESTAMP]
    assert found == stamped


@pytest.mark.parametrize("text", ["The meeting on 11/06/2015 ended at 15:35.",
                                  "On 11/06/2015, at 15:35, it closed."])
def test_a_date_and_a_time_in_a_sentence_are_no_stamp(text):
    from align.numbers.reading import TIMESTAMP

    assert all(doubt_en(q, text) != TIMESTAMP for q in extract_en(text))


_OFFICE_ZH = ["四川省外事办公室负责全省外事工作。"]
_OFFICE_EN = "The Foreign Affairs Office of Sichuan Province is in charge of the province's {}"


def test_an_english_only_contact_block_raises_no_warning():
    from align.model import Bead

    en = [_OFFICE_EN.format("foreign affairs."), "Postal Code: 610021 Tel: 84356776"]
    assert loud_numbers(_OFFICE_ZH, en, beads=(Bead((0,), (0, 1), 0.8),)) == []


def test_a_number_the_english_adds_in_the_text_is_still_reported():
    en = [_OFFICE_EN.format("foreign affairs, with 610021 staff.")]
    assert [r for r, _ in loud_numbers(_OFFICE_ZH, en)] == ["number-extra"]


# --- a saying that shares out a land in tenths ------------------------------------------------

@pytest.mark.parametrize(("zh", "shares"), [
    ("本省素有七山一水二分田之说。", ["70", "10", "20"]),
    ("这里八山一水一分田。", ["80", "10", "10"]),
    ("地形可概括为九山半水半分田。", ["90", "5.0", "5.0"]),
    ("全市六山一水三分田，耕地有限。", ["60", "10", "30"]),
])
def test_a_saying_of_tenths_gives_weak_shares(zh, shares):
    found = [q for q in extract_zh(zh) if q.kind == "percent"]
    assert [str(q.value) for q in found] == shares and all(q.weak for q in found)


@pytest.mark.parametrize("zh", ["三山五岳", "一山一水一片田", "七山八水", "二山一水一分田"])
def test_words_that_share_out_no_tenths_are_no_percentages(zh):
    assert all(q.kind != "percent" for q in extract_zh(zh))


def test_the_shares_match_the_english_percentages():
    zh = ["本省素有七山一水二分田之说。"]
    en = ["Hills cover 70% of the province, water 10% and farmland 20%."]
    assert loud_numbers(zh, en) == []


def test_a_saying_left_as_an_image_is_not_missing():
    zh = ["本省素有七山一水二分田之说。"]
    en = ["The province is said to be mostly hills, with little water and farmland."]
    assert loud_numbers(zh, en) == []


def test_a_wrong_percentage_beside_a_saying_is_still_reported():
    zh = ["本省素有七山一水二分田之说。"]
    en = ["Hills cover 70% of the province, water 10% and farmland 25%."]
    assert [r for r, _ in loud_numbers(zh, en)] == ["number-extra"]


# --- an old name of a country ---------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "key"), [("华夏", "china"), ("神州", "china"), ("中华", "china")])
def test_an_old_name_is_called_by_the_name_it_stands_for(zh, key):
    assert key in _heads(zh)


@pytest.mark.parametrize(("en", "missing"), [
    ("Chinese civilization has a long history, and we are proud of it.", []),
    ("The civilization of China has a long history, and we are proud of it.", []),
    ("This civilization has a long history, and we are proud of it.", ["name-missing"]),
])
def test_an_old_name_rendered_by_the_country_or_its_demonym(tmp_path: Path, en, missing):
    found = check_texts(tmp_path, "华夏文明历史悠久，我们为此自豪。\n", en + "\n")
    assert [f.rule for f in found if f.rule.startswith("name")
            and f.severity is not Severity.INFO] == missing


# --- whole pages --------------------------------------------------------------------------------

_PRESS_ZH = """新闻办就年度环境报告举行发布会

2024-11-27
发布会现场。新华网 李明远 摄
国务院新闻办公室于2024年11月27日(星期三)上午10时举行新闻发布会,请生态环境部副部长赵启明介绍年度环境报告有关情况,并答记者问。
国新办新闻局副局长 陈佳:
女士们、先生们,上午好。欢迎出席国务院新闻办新闻发布会。今天我们请来生态环境部副部长赵启明先生,请他介绍年度环境报告,并回答大家的提问。
生态环境部副部长 赵启明:
各位记者朋友,大家上午好。今年全国空气质量继续改善,重点城市细颗粒物浓度下降了百分之五。
我们将在明年三月发布新的行动计划。
"""

_PRESS_EN = "\n".join([
    "Zhao Qiming, vice minister of the Ministry of Ecology and Environment",
    "Chen Jia, spokesperson of the State Council Information Office",
    "Nov. 27, 2024",
    "Chen Jia:",
    "Ladies and gentlemen, good morning. Welcome to this press conference. Today we have "
    "invited Mr. Zhao Qiming, vice minister of ecology and environment, to introduce the annual "
    "environment report and answer your questions.",
    "Zhao Qiming:",
    "Friends from the press, good morning. This year the country's air quality kept improving, "
    "and the concentration of fine particulate matter in key cities fell by 5 percent.",
    "We will publish a new action plan next year.",
    "",
])


def test_a_news_leads_weekday_and_hour_beside_english_header_lines_are_info(tmp_path: Path):
    found = check_texts(tmp_path, _PRESS_ZH, _PRESS_EN)
    loud = [(f.rule, f.zh.text if f.zh else "") for f in found if f.severity is not Severity.INFO]
    assert not any("星期三" in text or "上午10时" in text or "李明远" in text
                   for rule, text in loud if rule in ("number-missing", "name-missing"))
    # the body's month the English drops is still reported
    assert any(rule == "number-missing" and "三月" in text for rule, text in loud)


def _page(lang: str, printed: list[str], analysed: list[str]):
    """A document as the reader builds one from a traditional-character page: the page's own
    text, and each sentence's analysed (simplified) text."""
    from align.model import Document, Segment

    segs, pos = [], 0
    for i, (own, said) in enumerate(zip(printed, analysed, strict=True)):
        segs.append(Segment(id=i, text=said, start=pos, end=pos + len(own), line=i + 1))
        pos += len(own) + 1
    return Document(path=f"{lang}.txt", lang=lang, text="\n".join(printed) + "\n",
                    segments=tuple(segs))


_WIKI_ZH = ["中國海洋局負責全國海洋觀測網的規劃、建設和運行管理。",
            "中國海洋局組織開展海洋災害預警報工作。",
            "中國海洋局負責全國海洋觀測網的規劃、建設和運行管理。",
            "中國海洋局指導沿海地區的防災減災工作。"]
_WIKI_ZH_SAID = ["中国海洋局负责全国海洋观测网的规划、建设和运行管理。",
                 "中国海洋局组织开展海洋灾害预警报工作。",
                 "中国海洋局负责全国海洋观测网的规划、建设和运行管理。",
                 "中国海洋局指导沿海地区的防灾减灾工作。"]
_WIKI_EN = ["The administration plans, builds and runs the national ocean observation network.",
            "It guides disaster prevention and mitigation in coastal areas."]


@pytest.mark.parametrize(("dropped", "severity"), [(2, Severity.INFO), (1, None)])
def test_a_sentence_a_traditional_page_prints_twice_is_a_repeat(dropped, severity):
    """The copy printed again (2) is a repeat of a translated sentence; the sentence the English
    drops (1) is still an omission."""
    from align.checks.base import CheckContext
    from align.checks.coverage import CoverageCheck
    from align.model import Alignment, Bead, Settings

    a = Alignment(zh=_page("zh", _WIKI_ZH, _WIKI_ZH_SAID), en=_page("en", _WIKI_EN, _WIKI_EN),
                  beads=(Bead((0,), (0,), 0.8), Bead((1,), (), 0.0), Bead((2,), (), 0.0),
                         Bead((3,), (1,), 0.8)))
    found = [f for f in CoverageCheck().run(CheckContext(alignment=a, settings=Settings()))
             if f.rule == "omission" and f.zh.ids == (dropped,)]
    assert len(found) == 1
    assert (found[0].severity is Severity.INFO) is (severity is Severity.INFO)


# --- a contact block's fields are no speakers -------------------------------------------------

@pytest.mark.parametrize(("line", "lang"), [
    ("Tel. : (852) 2582 4733 Fax : (852) 2827 1708", "en"), ("Tel: 2582 4733", "en"),
    ("Address: 12 North Road, Changsha", "en"), ("E-mail: office@example.org", "en"),
    ("Postal Code: 610021", "en"), ("Web: http://www.example.org", "en"),
    ("电话：028-84356776", "zh"), ("地址 : 香港湾仔港湾道12号", "zh"), ("传真：2827 1708", "zh"),
    ("電郵 : office@example.org", "zh"),
])
def test_a_contact_field_is_no_speaker_label(line, lang):
    assert speaker_label(line, lang) is None


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("Mr. Wang: Thank you.", "en", "Mr. Wang"), ("Addison: Good morning.", "en", "Addison"),
    ("王明：谢谢。", "zh", "王明"),
])
def test_speakers_named_like_no_field_stay(line, lang, name):
    found = speaker_label(line, lang)
    assert found is not None and found[0] == name


def test_each_contact_field_is_its_own_line(tmp_path: Path):
    from align.io import read_document

    page = tmp_path / "office.en.txt"
    page.write_text("Foreign Affairs Office of the Province\nAddress: No.8, North Road\n"
                    "Postal Code: 610021\nTel: 84356776\n\n(1) To carry out the state's foreign "
                    "policy.\n", encoding="utf-8")
    lines = [s.text for s in read_document(page, "en").segments]
    assert lines[:4] == ["Foreign Affairs Office of the Province", "Address: No.8, North Road",
                         "Postal Code: 610021", "Tel: 84356776"]


@pytest.mark.parametrize(("text", "pieces"), [
    ("Hong Kong. Tel. : (852) 2582 4733", 2),
    ("He left. : was his last word.", 1),
    ("It ended. Then it began again.", 2),
])
def test_no_sentence_opens_with_a_colon(text, pieces):
    from align.segment.en import split_en

    assert len(split_en(text)) == pieces


# --- forms of Hong Kong's legislative papers --------------------------------------------------

@pytest.mark.parametrize(("zh", "spans"), [
    ("在1997/98至2004/05年度期間", [("19970000", "19980000"), ("20040000", "20050000")]),
    ("1997/98至2004/05期間", [("19970000", "19980000"), ("20040000", "20050000")]),
    ("2019/20年度预算", [("20190000", "20200000")]),
    ("二零一九/二零年度", [("20190000", "20200000")]),
])
def test_a_fiscal_year_with_a_slash_is_a_span_of_years(zh, spans):
    found = [(str(q.value), str(q.high)) for q in extract_zh(zh) if q.kind == "date"]
    assert found == spans


@pytest.mark.parametrize("zh", ["比例为1997/99", "1997/98%"])
def test_digits_that_do_not_follow_a_year_are_no_fiscal_year(zh):
    assert all(q.kind != "date" for q in extract_zh(zh))


@pytest.mark.parametrize(("zh", "parts"), [
    ("議程第IV及V項", [4, 5]), ("議程第VI及VII項", [6, 7]), ("第I、II及III章", [1, 2, 3]),
    ("附件III", [3]),
])
def test_a_list_of_roman_parts_reads_every_member(zh, parts):
    found = [int(q.value) for q in extract_zh(zh) if q.kind == "ordinal"]
    assert found == parts


@pytest.mark.parametrize(("en", "chapter"), [
    ("the Public Health and Municipal Services Ordinance (Cap.132)", "132"),
    ("under Cap.139A of the laws", "139"), ("(Cap. 132)", "132"),
])
def test_a_chapter_of_the_laws_is_read_with_or_without_a_space(en, chapter):
    found = [q for q in extract_en(en) if q.surface.strip() == chapter]
    assert found and doubt_en(found[0], en).startswith("a number that names something")


def test_a_chapter_matches_the_chinese_chapter():
    zh = ["根據《公眾衞生及市政條例》(第132章)的規定,食物須符合標準。"]
    en = ["Under the Public Health and Municipal Services Ordinance (Cap.132), food must meet "
          "the standards."]
    assert loud_numbers(zh, en) == []


def test_the_english_range_of_fiscal_years_matches_the_chinese():
    zh = ["在1997/98至2004/05年度期間,政府將興建更多公屋。"]
    en = ["Over the period between 1997/98 and 2004/05, the Government will build more public "
          "housing."]
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize(("said", "translated", "repeat"), [
    ("议程第VIII项", "议程第III项", False), ("议程第3项", "议程第4项", False),
    ("议程第VIII项", "议程第VI及VII项", False), ("议程第V项", "议程第IV及V项", True),
    ("议程第III项", "议程第III项", True),
    ("中国海洋局负责海洋观测。", "中国海洋局负责海洋观测。", True),
])
def test_a_heading_that_differs_only_in_its_number_is_no_repeat(said, translated, repeat):
    from align.checks.coverage import _Repeats

    assert _Repeats({1: translated})(said) is repeat
