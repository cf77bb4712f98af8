"""Forms of legislature papers (twenty-fifth session): minutes whose attendance lists give each
title before the name in Chinese and after it in English; signature and address blocks in
another order; Hong Kong's Cantonese spellings of names (Yip or Ip; a married woman's "Mrs Fanny
LAW"); government file references (CSO/ADM CR 2/3231/97(98) Pt.9); a Chinese page hard-wrapped
at a fixed width between headings, with a code cut at the line's end; 首季, the first quarter;
traditional characters a simplified page lets slip (沒, 內); "Paper Nos." Every sentence here was
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import check_texts, make_document

from align.checks.entities import missing_names
from align.io.chinese import analysed
from align.lexicon.polarity import en_polarity
from align.lexicon.readings import hong_kong_spellings
from align.numbers.en import extract_en
from align.numbers.quantity import DOCUMENT_SYMBOLS
from align.numbers.zh import extract_zh
from align.segment import segment
from align.segment.en import split_en


def _loud(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in findings if f.severity.name != "INFO"]


# --- government file references ----------------------------------------------------------------

@pytest.mark.parametrize("code", [
    "CSO/ADM CR 2/3231/97(98) Pt.9", "CSO/ADM CR2/3231/97 (98) Pt. 6", "HAB/C 7/3/2",
    "PELB (CR)10/32/98", "PELB(CR)10/32(97)", "TRAN 3/10/22", "CB2/BC/9/98", "LP/5039/19/4C",
    "ED(SCH) 12/4/15", "A/RES/70/1", "LS 63/07-08", "CB(2)820/98-99(02)",
])
def test_a_file_reference_is_no_quantity(code: str) -> None:
    assert [m.group() for m in DOCUMENT_SYMBOLS.finditer(f"Ref: {code} dated")] == [code]
    en = extract_en(f"2. {code} dated 22 October 1998 was issued by the Bureau.")
    assert [q.surface for q in en] == ["22 October 1998"]
    zh = extract_zh(f"2. 请参阅该局于1998年1月发出的{code}号文件。")
    assert [q.surface for q in zh] == ["1998年1月"]


@pytest.mark.parametrize(("text", "number"), [
    ("in FY 2019/20 the fund grew", "2019"),
    ("on 11/3/2020 the panel met", "11"),
    ("the UK 2/3/2020 figures", "2"),
    ("GDP rose by 3/4 of a point", "3/4"),
])
def test_capitals_before_a_date_or_fraction_make_no_file_reference(text: str,
                                                                   number: str) -> None:
    assert not any(m.group() for m in DOCUMENT_SYMBOLS.finditer(text))
    assert [q.surface for q in extract_en(text)][0].startswith(number)


def test_a_part_abbreviation_ends_no_sentence() -> None:
    text = "2. CSO/ADM CR 2/3231/97(98) Pt. 9 dated 22 October 1998. The Bureau issued it."
    assert len(split_en(text)) == 2
    assert len(split_en("The city set a price cap. Five firms agreed.")) == 2


# --- 首季 and "Nos." ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["代表团于1999年首季访问香港", "1998年首季度的数字",
                                  "首季出口上升"])
def test_shouji_is_the_first_quarter(text: str) -> None:
    quarters = [q for q in extract_zh(text) if q.unit == "quarter"]
    assert [(q.value, q.high) for q in quarters] == [(1, 3)]
    first = [q for q in extract_en("in the first quarter of 1999") if q.unit == "quarter"]
    assert [(q.value, q.high) for q in first] == [(1, 3)]


@pytest.mark.parametrize("text", ["首季赛将于周六举行", "首都"])
def test_shouji_of_a_season_or_other_word_is_no_quarter(text: str) -> None:
    assert [q for q in extract_zh(text) if q.unit == "quarter"] == []


@pytest.mark.parametrize(("text", "cues"), [
    ("LC Paper Nos. CB(2)774/98-99(02) and 739/98-99(01)", []),
    ("see items Nos 3 and 4", []),
    ("No. 5 was tabled.", []),
    ("He said no.", ["no"]),
    ("There is no record of it.", ["no"]),
    ("the two noes of the policy", ["noes"]),
])
def test_numbers_abbreviated_nos_negate_nothing(text: str, cues: list[str]) -> None:
    assert [c.text for c in en_polarity(text).cues] == cues


# --- traditional characters in a simplified page ------------------------------------------------

@pytest.mark.parametrize(("text", "read"), [
    ("委员并沒有就此进行咨询", "委员并没有就此进行咨询"),
    ("该限定会在公告所指期间內继续有效", "该限定会在公告所指期间内继续有效"),
    ("该署长黃宏发先生出席", "该署长黄宏发先生出席"),
    ("司长李兴乾先生出席", "司长李兴乾先生出席"),  # 乾 (qián in names) is left alone
    ("政府當局認為沒有問題", "政府当局认为没有问题"),  # a traditional text, converted whole
])
def test_stray_traditional_characters_are_read_simplified(text: str, read: str) -> None:
    assert analysed(text) == read
    assert len(analysed(text)) == len(text)


def test_a_stray_traditional_negation_is_read(tmp_path: Path) -> None:
    zh = "法律事务部报告\n\n2. 当局并沒有就该规例进行咨询。该规例将于1999年7月1日生效。\n"
    en = ("Legal Service Division Report\n\n2. No consultation on the Regulation has been "
          "carried out. The Regulation will come into operation on 1 July 1999.\n")
    assert [r for r, _ in _loud(check_texts(tmp_path, zh, en)) if r == "negation"] == []


# --- a Chinese page hard-wrapped at a fixed width -----------------------------------------------

WRAPPED_ZH = """立法会LS12号文件

法律事务部报告

条例草案目的

1. 条例草案旨在修订香港法例在渔业事务方面对官方
及官批的提述,使有关条文与《基本法》一致。

意见

2. 请参阅渔农自然护理署于2001年1月发出的AFCD(CR)
12/45(00)号文件。条例草案订明须逐字修订有关的提
述,政府当局认为此等修订只属技术性质,并不涉及任
何政策上的改变。

3. 渔农自然护理署表示,条例草案于2001年2月7日首
读,并会在二读时提出修正案,以处理委员提出的意见。
"""


def test_a_wrapped_chinese_page_with_headings_joins_its_lines() -> None:
    texts = [s.text for s in segment(WRAPPED_ZH, "zh")]
    assert ("1. 条例草案旨在修订香港法例在渔业事务方面对官方及官批的提述,"
            "使有关条文与《基本法》一致。") in texts
    # the code at the line's end goes on below: one paper number, read as no quantity
    assert "2. 请参阅渔农自然护理署于2001年1月发出的AFCD(CR) 12/45(00)号文件。" in texts
    assert "意见" in texts  # a heading stays a line of its own
    assert not any(q.kind == "fraction" for t in texts for q in extract_zh(t))


def test_bullets_below_wrapped_lines_start_items() -> None:
    zh = ("本署订立了以下各项工作目标,并会每年检讨其成效。\n"
          "• 确保所有符合资格接受法律援助的人士不会因欠缺经济能\n"
          "力而无法寻求公义;\n"
          "• 维持高水准的专业工作表现和操守,并培养一支精益求精\n"
          "及训练有素的工作队伍;\n"
          "• 与法律界人士维持紧密合作和联系,共同达成本署的抱负\n"
          "以及各项服务承诺;\n"
          "• 使法律援助工作尽量配合社会需求以及市民对服务的期望\n"
          "和要求;以及\n"
          "• 善用公共资源,以具成本效益的方式提供各项法律援助服\n"
          "务。\n"
          "本署会继续检讨各项服务的成效,并定期向公众公布服务承\n"
          "诺的表现。\n")
    texts = [s.text for s in segment(zh, "zh")]
    assert [t for t in texts if t.startswith("•")] == [
        "• 确保所有符合资格接受法律援助的人士不会因欠缺经济能力而无法寻求公义;",
        "• 维持高水准的专业工作表现和操守,并培养一支精益求精及训练有素的工作队伍;",
        "• 与法律界人士维持紧密合作和联系,共同达成本署的抱负以及各项服务承诺;",
        "• 使法律援助工作尽量配合社会需求以及市民对服务的期望和要求;以及",
        "• 善用公共资源,以具成本效益的方式提供各项法律援助服务。"]
    assert texts[-1] == "本署会继续检讨各项服务的成效,并定期向公众公布服务承诺的表现。"


@pytest.mark.parametrize(("raw", "clean"), [
    ("(CB(2)820/98-\n99(02)号文件)", "(CB(2)820/98-99(02)号文件)"),
    ("选举主席的程序,\n与选举副主席的程序相同", "选举主席的程序,与选举副主席的程序相同"),
    ("已接受我们的邀请\n,并提议访问香港", "已接受我们的邀请,并提议访问香港"),
    ("中华人民共和国\n香港特别行政区", "中华人民共和国香港特别行政区"),
    ("欢迎晚宴上的讲话\n(2010年4月30日)", "欢迎晚宴上的讲话 (2010年4月30日)"),
    ("Hong\nKong", "Hong Kong"),
])
def test_a_hard_wrap_in_chinese_leaves_no_space_inside_a_word_or_code(raw: str,
                                                                      clean: str) -> None:
    from align.segment import _clean

    assert _clean(raw, "zh") == clean


# --- names as Hong Kong spells them -------------------------------------------------------------

def test_a_yi_syllable_may_drop_its_y() -> None:
    assert {"yip", "ip"} <= set(hong_kong_spellings("jip"))
    assert {"yim", "im"} <= set(hong_kong_spellings("jim"))
    assert hong_kong_spellings("ji") == ("yi", "yee")  # no empty syllable


@pytest.mark.parametrize(("zh", "en"), [
    ("叶国谦议员", "Hon IP Kwok-him"),
    ("刘健仪议员(主席)", "Hon Mrs Miriam LAU Kin-yee, JP (Chairman)"),
    ("罗范椒芬女士", "Mrs Fanny LAW, JP"),
    ("运输署署长罗范椒芬", "Commissioner for Transport Mrs Fanny LAW"),
    ("马朱雪履女士", "Mrs Percy MA"),
    ("陈方安生女士", "Mrs Anson CHAN"),
])
def test_a_hong_kong_spelling_renders_the_name(zh: str, en: str) -> None:
    assert missing_names(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en"), [
    ("叶国谦议员", "Hon Edward HO"),
    ("罗范椒芬女士", "Mrs Betty MA"),
])
def test_another_persons_name_is_still_a_replacement(zh: str, en: str) -> None:
    assert [z for z, _ in missing_names(zh, en)[0]] == [zh[:-2]]


# --- blocks of short lines: attendance lists, signatures, addresses -----------------------------

PARA_ZH = ("2. 委员察悉,条例草案旨在加强对本港水域渔业资源的保护。"
           "政府当局表示,拟议的修订不会影响现有的渔民登记安排。")
PARA_EN = ("2. Members noted that the Bill sought to strengthen the protection of fisheries "
           "resources in Hong Kong waters. The Administration said that the proposed amendments "
           "would not affect the existing registration arrangements for fishermen.")

MINUTES_ZH = f"""《2001年渔业保护(修订)条例草案》委员会
会议纪要

日 期 :2001年3月6日(星期二)
时 间 :上午10时30分
地 点 :立法会大楼会议室B

出席委员:
陈国强议员(主席)
李永达议员
黄容根议员

缺席委员:
何世柱议员

出席公职人员:
渔农自然护理署助理署长
梁家伟先生
高级政府律师
张美玲女士

列席秘书:
总主任(1)5
林惠芬女士

I. 选举主席

陈国强议员当选为法案委员会主席。

II. 与政府当局会晤

{PARA_ZH}

立法会秘书处
助理法律顾问
区家明
2001年3月9日

香港中环花园道128号
渔农自然护理署署长
"""

MINUTES_EN = f"""Bills Committee on Fisheries Protection (Amendment) Bill 2001
Minutes of meeting

Date : Tuesday, 6 March 2001
Time : 10:30 am
Venue : Conference Room B of the Legislative Council Building

Members present:
Hon CHAN Kwok-keung (Chairman)
Hon LEE Wing-tat
Hon WONG Yung-kan

Member absent:
Hon HO Sai-chu

Public officers attending:
Mr LEUNG Ka-wai
Assistant Director of Agriculture, Fisheries and Conservation
Ms Mary CHEUNG
Senior Government Counsel

Clerk in attendance:
Mrs Fiona LAM
Chief Assistant Secretary (1)5

I. Election of Chairman

Hon CHAN Kwok-keung was elected Chairman of the Bills Committee.

II. Meeting with the Administration

{PARA_EN}

Prepared by
AU Ka-ming
Assistant Legal Adviser
Legislative Council Secretariat
9 March 2001

Director of Agriculture, Fisheries and Conservation
128 Garden Road
Central, Hong Kong
"""


def test_lists_signatures_and_addresses_in_another_order_raise_nothing(tmp_path: Path) -> None:
    assert _loud(check_texts(tmp_path, MINUTES_ZH, MINUTES_EN)) == []


def test_without_blocks_the_same_pair_cries_wolf(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above can fail: read line by line, the lists pair one off."""
    import align.checks.coverage as coverage

    monkeypatch.setattr(coverage, "line_block", lambda doc, ids: None)
    assert _loud(check_texts(tmp_path, MINUTES_ZH, MINUTES_EN)) != []


def test_a_changed_number_in_an_address_block_is_still_found(tmp_path: Path) -> None:
    en = MINUTES_EN.replace("128 Garden Road", "182 Garden Road")
    loud = _loud(check_texts(tmp_path, MINUTES_ZH, en))
    assert any(rule.startswith("number-") and ("182" in msg or "128" in msg) for rule, msg in loud)


def test_the_real_cli_reads_minutes_quietly(tmp_path: Path, run_cli) -> None:
    (tmp_path / "m.zh.txt").write_text(MINUTES_ZH, encoding="utf-8")
    (tmp_path / "m.en.txt").write_text(MINUTES_EN, encoding="utf-8")
    result = run_cli("check", tmp_path / "m.zh.txt", tmp_path / "m.en.txt", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [f for f in report["findings"] if f["severity"] != "info"] == []


# --- a quarter implied by the month a bulletin reports on ---------------------------------------

BULLETIN_ZH = ("货币及金融统计数字 - 2024年6月\n\n"
               "本地私人部门贷款按月减少0.5%。按经济用途分析,2024年第二季末银行对制造业的贷款,"
               "较上季末上升3.1%。\n")


@pytest.mark.parametrize(("title", "loud"), [
    ("Monetary and financial statistics - June 2024", False),
    ("Monetary and financial statistics - 2024", True),  # no month: the quarter is dropped
])
def test_a_quarter_of_the_bulletins_month_goes_without_saying(tmp_path: Path, title: str,
                                                              loud: bool) -> None:
    en = (f"{title}\n\nDomestic loans to the private sector fell 0.5% from a month ago. "
          "Analysed by economic sector, loans to manufacturing grew 3.1% when compared with a "
          "quarter ago.\n")
    findings = check_texts(tmp_path, BULLETIN_ZH, en)
    quarter = [f for f in findings if f.rule == "number-missing" and "第二季" in f.message]
    assert quarter and (quarter[0].severity.name != "INFO") == loud


# --- a short sentence dropped beside its neighbour ----------------------------------------------

def test_a_short_dropped_sentence_is_told_by_its_words(tmp_path: Path) -> None:
    """The aligner joins the dropped sentence to its neighbour and the embedding barely moves
    without it; none of its words is rendered, while most of the neighbour's are."""
    dropped = MINUTES_EN.replace("Members noted that the Bill sought to strengthen the "
                                 "protection of fisheries resources in Hong Kong waters. ", "")
    assert dropped != MINUTES_EN
    omissions = [f for f in check_texts(tmp_path, MINUTES_ZH, dropped)
                 if f.rule == "omission" and f.severity.name != "INFO"]
    assert [f.zh.text for f in omissions] == [PARA_ZH[: PARA_ZH.index("。") + 1]]
    assert dict(omissions[0].evidence)["words rendered"].startswith("0% of its")


@pytest.mark.parametrize(("line", "credit"), [
    ("外交部发言人林剑 资料图 图源:外交部网站", True),
    ("（图源：视觉中国）", True),
    ("图片来源:新华社", True),
    ("他说图源:这是一个问题。", False),
])
def test_a_caption_ending_in_its_pictures_source_is_a_credit(line: str, credit: bool) -> None:
    from align.furniture import is_credit

    assert is_credit(line, "zh") == credit


@pytest.mark.parametrize(("line", "label"), [
    ("第一位提问的记者：请问部长,今年的目标是什么?", "第一位提问的记者"),
    ("主席：", "主席"),
    ("负责答复的政府官员:公务员事务局局长", None),  # a field of the question, no speaker
    ("作出修订的限期: 1998年10月7日", None),
])
def test_a_label_holds_no_de_but_a_questioners(line: str, label: str | None) -> None:
    from align.segment.turns import speaker_label

    found = speaker_label(line, "zh")
    assert (found[0] if found else None) == label


def test_a_wrapped_line_ending_in_a_colon_is_no_speaker_label() -> None:
    from align.segment.turns import speaker_label

    zh = ("1. 条例草案旨在延展有关的限期,由立法会通过决议的日期起,至有关的决策局局长\n"
          "指定日期为止:政府当局表示有关安排已征询业界意见,业界普遍支持有关的安排。\n"
          "2. 条例草案在法律及草拟方面均无问题,委员可考虑支持恢复条例草案的二读辩论。\n"
          "3. 条例草案的生效日期由局长以宪报公告指定,当局预计可于本年内完成有关工作。\n"
          "4. 如委员对条例草案有任何疑问,可于下次会议前向法律事务部提出,以便跟进。\n"
          "5. 法律事务部会继续研究条例草案的细节,并会在有需要时向内务委员会再作报告。\n")
    assert speaker_label(zh.split("\n")[1], "zh") is not None  # alone, it reads as a label
    texts = " ".join(s.text for s in segment(zh, "zh"))
    assert "局长指定日期为止:" in texts  # going on a wrapped line, it stays its sentence's


def test_a_long_run_of_unstopped_lines_is_no_block() -> None:
    """A subtitle file's lines keep their order: only a short run (a list, a signature) is read
    as a block whose lines each page orders its own way; judging a name against a whole film's
    lines would also read the whole film once per finding."""
    from align.checks.coverage import LINE_BLOCK_MAX, line_block

    def doc(lines: int):
        return make_document("zh", ["王明先生已经到了"] * lines)

    assert line_block(doc(5), (2,)) == range(0, 5)
    assert line_block(doc(LINE_BLOCK_MAX), (0,)) == range(0, LINE_BLOCK_MAX)
    assert line_block(doc(LINE_BLOCK_MAX + 1), (50,)) is None
    assert line_block(doc(3000), (1500,)) is None

