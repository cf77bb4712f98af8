"""Chinese pages too short, or too mixed with headings and lists, to show their wrap width as a
whole (a committee paper of one page); a pay scale's point, which is no time of day; file and
paper numbers with a series and parts; a file number printed on the Chinese page only; a room's
letter said in another English sentence. Texts written for these tests."""

import pytest
from conftest import check_texts

from align.io.chinese import analysed
from align.numbers.en import extract_en
from align.numbers.quantity import DOCUMENT_SYMBOLS
from align.numbers.tokens import file_number, latin_tokens
from align.numbers.zh import extract_zh
from align.segment import segment


def _sentences(text: str) -> list[str]:
    """The sentences of a Chinese text, in simplified characters as the checks read them."""
    return [analysed(s.text) for s in segment(text, "zh")]


def _loud(findings) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in findings if f.severity.name != "INFO"]


# A one-page paper: headings, a list of posts, and paragraphs wrapped at about 26 characters.
PAPER = """財務委員會
人事編制小組委員會討論文件

總目45-運輸署

    請各委員向財務委員會建議-

  1. 在運輸署轄下的策劃科和工程科開設下述首
    長級編外職位,開設期由2026年4月1日至2029
    年3月31日-

    1個首席運輸主任職位

  2. 把運輸署2026-27年度人事編制內所有非首長
    級職位按薪級中點薪額估計的年薪總值上限
    提高2,456,000元,以便開設六個職位。
問題

運輸署沒有足夠的人手以處理 2027年的新路線規劃
工作,以及2028年的車隊檢討所需的統計分析和
提供專業意見。

建議
"""


def test_a_short_papers_wrapped_paragraphs_are_sentences() -> None:
    sentences = _sentences(PAPER)
    assert ("1. 在运输署辖下的策划科和工程科开设下述首长级编外职位,"
            "开设期由2026年4月1日至2029年3月31日-" in sentences)
    assert ("运输署没有足够的人手以处理 2027年的新路线规划工作,以及2028年的车队检讨所需的统计分析和"
            "提供专业意见。" in sentences)
    assert any(s.startswith("2. 把运输署") and s.endswith("以便开设六个职位。") for s in sentences)


def test_a_short_papers_headings_and_list_lines_stay_apart() -> None:
    sentences = _sentences(PAPER)
    for line in ("问题", "建议", "1个首席运输主任职位"):
        assert line in sentences


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a date broken between its year and its mark
        ("會議記錄\n\n政府當局於2025\n年7月9日提交條例草案。\n",
         "政府当局于2025年7月9日提交条例草案。"),
        # ... between a month and its day
        ("通告\n\n新安排於2025年7\n月9日起生效。\n", "新安排于2025年7月9日起生效。"),
        # ... between a sum and its unit
        ("撥款\n\n上限提高至3,758,940\n元,以便開設職位。\n",
         "上限提高至3,758,940元,以便开设职位。"),
        # ... between 第 and its number
        ("說明\n\n職位屬首長級薪級第\n2點,為期兩年。\n", "职位属首长级薪级第2点,为期两年。"),
    ],
)
def test_a_number_broken_from_its_unit_is_one_sentence(text: str, joined: str) -> None:
    assert joined in _sentences(text)


def test_a_long_line_stopping_on_a_comma_goes_on() -> None:
    text = ("報告\n\n委員通過,為免與全國人民代表大會代表選舉會議撞期,下次例會改期舉行,\n"
            "並請秘書通知各委員。\n")
    assert ("委员通过,为免与全国人民代表大会代表选举会议撞期,下次例会改期举行,并请秘书通知各委员。"
            in _sentences(text))


def test_a_salutations_lines_ending_on_commas_stay_apart() -> None:
    text = ("尊敬的共和國總統暨夫人閣下,尊敬的議會議長先生,\n"
            "尊敬的各位部長閣下和各國使節,\n"
            "女士們,先生們:\n\n今晚我們歡聚一堂。\n")
    sentences = _sentences(text)
    assert "尊敬的各位部长阁下和各国使节," in sentences


def test_a_title_over_a_one_line_paragraph_stays_apart() -> None:
    text = ("國務委員向友好國家新建大使館開館致賀詞全文\n"
            "值此大使館開館儀式隆重舉行之際,我謹代表中國政府致以熱烈的祝賀!\n")
    assert _sentences(text)[0] == "国务委员向友好国家新建大使馆开馆致贺词全文"


def test_a_caption_line_on_a_page_of_long_lines_is_not_wrapped() -> None:
    # a page whose lines are whole paragraphs of any length: a line that stops without a mark
    # (a caption after a finished sentence) is not wrapped into the next paragraph
    clause = "我们坚持稳中求进工作总基调,推动高质量发展,"
    text = (f"过去一年,{clause * 2}取得了新的成绩。图为会场,新华社记者 王明 摄\n"
            f"今年,{clause * 5}努力完成全年目标。\n"
            f"我们要{clause * 3}不断增进民生福祉。\n"
            f"各级政府要{clause * 7}以实干实绩回应人民期待。\n")
    sentences = _sentences(text)
    assert not any("摄今年" in s for s in sentences)


def test_a_wrapped_title_block_with_a_salutation_below_keeps_the_salutation() -> None:
    text = ("二〇二五年全國人民代表大會常務委員會工作報告\n"
            "二〇二五年三月九日在第十四屆全國人民代表大會第三次會議上 "
            "全國人民代表大會常務委員會委員長\n"
            "二〇二五年三月十四日第十四屆全國人民代表大會第三次會議關於常務委員會工作報告的決議批准\n"
            "各位代表:\n我受常務委員會委託,向大會報告工作,請予審議。\n")
    assert "各位代表:" in _sentences(text)


@pytest.mark.parametrize(
    "text",
    ["1個首席政府律師職位(首長級(律政人員)薪級第3點)", "總薪級表第45點", "首長級薪級第\n3點",
     "一個首長級乙級政務官編外職位(首長級薪級第 3 點)"],
)
def test_a_pay_scales_point_is_no_time(text: str) -> None:
    assert not [q for q in extract_zh(text) if q.kind == "time"]


def test_the_nth_point_is_an_ordinal_and_clock_times_stay() -> None:
    assert [(q.kind, int(q.value)) for q in extract_zh("第2点是关于预算。")] == [("ordinal", 2)]
    assert [(q.kind, int(q.value)) for q in extract_zh("第2点,下午3点开会。")] == [
        ("ordinal", 2), ("time", 15)]
    assert [(q.kind, int(q.value)) for q in extract_zh("会议于3点开始。")] == [("time", 3)]


@pytest.mark.parametrize(
    "symbol",
    ["PELB(CR) L/M 81/95 Pt.7", "PELB(CR) L/M81/95 Pt 7", "PELB (CR) L/M 81/95 Pt 7 and Pt 8",
     "PELB(CR)\nL/M 81/95 Pt.8", "CB(1)699", "CB(2) 851", "CB(1) 148(01)", "PELB(CR)10/32(97)"],
)
def test_file_and_paper_numbers_are_one_symbol(symbol: str) -> None:
    assert DOCUMENT_SYMBOLS.fullmatch(symbol)
    assert extract_en(f"See {symbol} for details.") == []


def test_file_numbers_are_no_quantities_in_either_language() -> None:
    zh = "(檔號:PELB(CR) L/M 81/95\nPt 7及PELB(CR) L/M 81/95 Pt8)及臨立會LS68和CB(1)699號文件"
    en = "(PLC Brief Ref: PELB (CR) L/M81/95 Pt 7 and Pt 8, PLC Paper Nos. LS68 and CB(1)699)"
    assert extract_zh(zh) == []
    assert extract_en(en) == []


def test_a_paper_number_said_in_a_sentence_is_still_read_as_a_symbol_not_a_count() -> None:
    # the number of a cited paper is no quantity, but the checks still compare it as a token
    assert [q for q in extract_zh("議員可參閱立法會CB(1)699號文件。") if q.value == 699] == []


@pytest.mark.parametrize(
    ("text", "token", "expected"),
    [
        ("檔號:CB2/PL/AJLS", "CB2/PL/AJLS", True),
        ("档 号: CB2/PL/AJLS", "CB2/PL/AJLS", True),
        ("(臨時立法會參考資料摘要(檔號:PELB(CR) L/M 81/95", "L/M", True),
        ("本局档号:CAB C4/17/7", "C4/17/7", True),
        ("临时立法会临立会CB(1)847号文件档号:CB1/BC/3/97", "CB", True),
        ("CB(1) 148(01)", "CB", True),
        ("议员可参阅立法会CB(1)699号文件。", "CB", False),
        ("档号:CAB C4 的文件由 WTO 发出", "WTO", False),
        ("我们的CB2是新型号", "CB2", False),
    ],
)
def test_file_number_tells_header_furniture(text: str, token: str, expected: bool) -> None:
    start = next(s for t, s, _ in latin_tokens(text) if t == token)
    assert file_number(text, start) is expected


MINUTES_ZH = """臨時立法會
檔號:CB2/PL/TS

交通事務委員會
會議紀要

日期:1997年10月14日(星期二)
地點:立法會大樓會議室B

主席在會上表示,委員會將於下次會議討論隧道收費。
"""
MINUTES_EN = """Provisional Legislative Council

Panel on Transport
Minutes of meeting

Date : Tuesday, 14 October 1997
Venue : Conference Room B of the Legislative Council Building

The Chairman said that the Panel would discuss tunnel tolls at its next meeting.
"""


def test_a_file_number_on_the_chinese_page_only_is_no_warning(tmp_path) -> None:
    findings = check_texts(tmp_path, MINUTES_ZH, MINUTES_EN)
    assert not [m for r, m in _loud(findings) if r == "token-missing"]
    assert any(f.rule == "token-missing" and "CB2/PL/TS" in f.message
               and "does not print" in f.message for f in findings)


def test_a_different_file_number_on_the_english_page_is_still_reported(tmp_path) -> None:
    en = MINUTES_EN.replace("Provisional Legislative Council\n",
                            "Provisional Legislative Council\nRef : CB2/PL/TX\n")
    findings = check_texts(tmp_path, MINUTES_ZH, en)
    assert any(r == "token-missing" and "CB2/PL/TS" in m for r, m in _loud(findings))


TABLE_ZH = """政府首長級職位編制的最新情況如下-

常額職位 編外職位 總數
1 20345 1 238
總數1 203 351 238
"""
TABLE_EN = """The latest position of the directorate establishment is as follows -

Permanent posts

1 203

Supernumerary posts

45

Total

1 238
"""


def test_a_table_row_whose_cells_run_together_is_no_discrepancy(tmp_path) -> None:
    findings = check_texts(tmp_path, TABLE_ZH, TABLE_EN)
    assert not [f for f in findings if f.rule.startswith("number") and f.severity.name != "INFO"]
    assert any("ran together" in f.message for f in findings)


@pytest.mark.parametrize(
    ("line", "row"),
    [("1 48876 1 564", True), ("總數1 491 701 561", True), ("- -6 -6", True),
     ("1 491 701 561元", False), ("3- 3", False), ("共有3 000名學生參加", False)],
)
def test_a_run_together_row_is_a_line_of_digit_groups(line: str, row: bool) -> None:
    from align.numbers.reading import TABLE_ROW, doubt_zh

    doubts = {doubt_zh(q, line) for q in extract_zh(line)}
    assert (TABLE_ROW in doubts) is row


TOTAL_ZH = ("註:\n\n(c) 路政署的一個總工程師職位(首長級薪級第1點)和兩個政府工程師職位"
            "(首長級薪級第2點)將於2026年1月1日到期撤銷。\n")
TOTAL_EN = ("Note:\n\n(c)\n\n{} posts of one Chief Engineer (D1) and two Government Engineers (D2) "
            "in Highways Department will lapse on 1 January 2026.\n")


@pytest.mark.parametrize("total", ["Three", "3"])
def test_an_english_total_of_the_parts_the_chinese_lists_is_no_extra_number(
        tmp_path, total: str) -> None:
    findings = check_texts(tmp_path, TOTAL_ZH, TOTAL_EN.format(total))
    assert not [f for f in findings if f.rule.startswith("number") and f.severity.name != "INFO"]
    assert any(f.rule == "number-extra" and "own breakdown, one + two" in f.message
               for f in findings)


def test_an_english_count_that_totals_nothing_is_still_extra(tmp_path) -> None:
    findings = check_texts(tmp_path, TOTAL_ZH, TOTAL_EN.format("Four"))
    assert any(f.rule == "number-extra" and f.severity.name != "INFO" for f in findings)


def test_a_rooms_letter_said_in_the_next_english_sentence_is_found_there() -> None:
    from conftest import make_document

    from align.checks.numbers import _Neighbourhood
    from align.model import Alignment, Bead

    zh = make_document("zh", ["地點:立法會大樓會議室C", "出席委員:"])
    en = make_document("en", ["Members present :",
                              "The meeting was held in Conference Room C of the building."])
    hood = _Neighbourhood(Alignment(zh, en, (Bead((0,), (0,)), Bead((1,), (1,)))))
    assert hood.token_nearby("C", 0) == "next sentence"
    # a capital opening a sentence ("A total of …") is no room's letter
    en = make_document("en", ["Members present :", "A total of ten members attended."])
    hood = _Neighbourhood(Alignment(zh, en, (Bead((0,), (0,)), Bead((1,), (1,)))))
    assert hood.token_nearby("A", 0) == ""


def test_a_married_name_with_an_uncommon_own_surname_is_said_as_mrs_and_the_husbands() -> None:
    from align.checks.entities import missing_names

    assert missing_names("林贝聿嘉议员 胡经昌议员", "Hon Mrs Peggy LAM, JP Hon Henry WU") == (
        [], [])
    replaced, _ = missing_names("林贝聿嘉议员 胡经昌议员", "Hon Mrs Peggy CHAN, JP Hon Henry WU")
    assert [z for z, _ in replaced] == ["林贝聿嘉"]


ATTENDANCE_ZH = """出席公職人員:

規劃署助理署長
何志明先生

律政司高級助理法律草擬專員
吳美華小姐

列席秘書:
總主任(1)1
梁家欣小姐
列席職員:
法律顧問
馬國強先生

高級主任(1)1
陳淑儀女士
"""
ATTENDANCE_EN = """Public officers attending :

Mr HO Chi-ming
Assistant Director of Planning

Miss NG Mei-wah
Senior Assistant Law Draftsman

Clerk in attendance :
Miss LEUNG Ka-yan,
Chief Assistant Secretary (1)1
Staff in attendance :
Mr MA Kwok-keung,
Legal Adviser

Ms CHAN Shuk-yee
Senior Assistant Secretary (1)1
"""


def test_names_of_an_attendance_list_in_another_order_are_no_findings(tmp_path) -> None:
    findings = check_texts(tmp_path, ATTENDANCE_ZH, ATTENDANCE_EN)
    assert not [(r, m) for r, m in _loud(findings) if r in ("name-unmatched", "omission")]


def test_a_name_the_english_list_leaves_out_is_not_excused_as_listed(tmp_path) -> None:
    en = ATTENDANCE_EN.replace("Ms CHAN Shuk-yee\nSenior Assistant Secretary (1)1\n",
                               "Senior Assistant Secretary (1)1\n")
    findings = check_texts(tmp_path, ATTENDANCE_ZH, en)
    dropped = [f for f in findings if "陳淑儀" in f.zh.text and f.rule in ("omission",
                                                                          "name-missing")]
    assert dropped
    assert not any(dict(f.evidence).get("listed") for f in dropped)


THEME_ZH = "本届论坛以“增长·调整·合作”为主题,邀请各界人士共聚北京。\n"


def test_an_ordinary_capitalised_word_replaces_no_name(tmp_path) -> None:
    from align.checks.entities import missing_names

    en = ("The forum has the theme of “China and the World Economy: Growth, Restructuring and "
          "Cooperation”, with guests from home and abroad.\n")
    # the name check pairs the unrendered 北京 with the capitalised word, but reports no
    # replacement by it
    assert missing_names(THEME_ZH.strip(), en.strip())[0] == [("北京", "Restructuring")]
    findings = check_texts(tmp_path, THEME_ZH, en)
    assert not [f for f in findings if f.rule == "name-unmatched"]


def test_a_name_put_in_place_of_another_is_still_unmatched(tmp_path) -> None:
    en = ("The forum has the theme of “Growth and Cooperation”, with guests from home and "
          "abroad in Shanghai.\n")
    findings = check_texts(tmp_path, THEME_ZH, en)
    assert any(f.rule == "name-unmatched" and "Shanghai" in f.message for f in findings)


OWN_YEAR_ZH = """旅游局年度记者会
旅游局公布四大工作目标
旅游局局长在记者会上介绍了工作重点,包括开拓客源市场和提升服务质素。
"""
OWN_YEAR_EN = """Tourism Office 2019 Annual Press Conference
Tourism Office unveils four major goals for 2019
The Director introduced the work priorities for 2019 at the press conference, including market \
diversification and better service quality.
"""


def test_the_english_pages_own_year_is_no_extra_number(tmp_path) -> None:
    findings = check_texts(tmp_path, OWN_YEAR_ZH, OWN_YEAR_EN)
    assert not [f for f in findings if f.rule == "number-extra" and f.severity.name != "INFO"]


def test_a_year_the_english_adds_once_is_still_extra(tmp_path) -> None:
    zh = "旅游局局长在记者会上介绍了工作重点,包括开拓客源市场和提升服务质素。\n"
    en = ("The Director introduced the work priorities at the press conference held in 2016, "
          "including market diversification and better service quality.\n")
    findings = check_texts(tmp_path, zh, en)
    assert any(f.rule == "number-extra" and "2016" in f.message and f.severity.name != "INFO"
               for f in findings)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # a narrow table column wrapped: the line below opens on a comma
        ("跟進事項\n\n因應委員會的要求\n,政府當局將會研究設立基金。\n",
         "因应委员会的要求,政府当局将会研究设立基金。"),
        # ... on a closing bracket of a bracket the line above left open
        ("結果\n\n委員會建議由一名人士 (財\n政司司長除外) 擔任主席。\n",
         "委员会建议由一名人士 (财政司司长除外) 担任主席。"),
        # ... on a closing bracket, after brackets of its own (a file number's)
        ("議程如下。\n\n(參考資料摘要(檔號:PELB(CR) L/M 81/95\nPt 7)及立法會文件)\n",
         "(参考资料摘要(档号:PELB(CR) L/M 81/95 Pt 7)及立法会文件)"),
        # ... on the enumeration comma of a list the line above was in
        ("說明\n\n該條例草案旨在修改《公司條例》(第32章)\n、《放債人條例》(第163章)。\n",
         "该条例草案旨在修改《公司条例》(第32章)、《放债人条例》(第163章)。"),
    ],
)
def test_a_line_that_opens_in_mid_sentence_goes_on_the_one_above(text: str, joined: str) -> None:
    assert joined in _sentences(text)


def test_a_closed_bracket_and_a_new_line_stay_apart() -> None:
    text = "會議記錄如下。\n\n委員名單(按筆劃序)\n何議員\n(主席)\n"
    assert "委员名单(按笔划序)" in _sentences(text)


@pytest.mark.parametrize(("zh", "year", "loud"), [
    ("你们会不会像96年那样再次试射导弹来施加影响?\n", "1996", False),
    ("你们会不会像九七年那样再次举行大规模演习来施加影响?\n", "1997", False),
    ("你们会不会像96年那样再次试射导弹来施加影响?\n", "1995", True),
])
def test_a_year_written_with_two_digits_is_the_english_year(tmp_path, zh, year, loud) -> None:
    en = f"Will you again test missiles or hold drills as you did in {year} to exert influence?\n"
    findings = check_texts(tmp_path, zh, en)
    flagged = [f for f in findings if f.rule == "number-mismatch" and f.severity.name != "INFO"]
    assert bool(flagged) is loud
