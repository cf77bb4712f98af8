"""Forms met on government releases and their reprints: an e-mail address a web page hides as
"[email protected]" and a token cut with dots ("w...8397"), "PCT" for per cent, a month a
figure is compared with ("compared with March"), a decade with an apostrophe ("early 80's"),
非 as a prefix ("non-development"), and a short term the English defines once ("the 2021
Population Census (Census)") where the Chinese repeats the full name with its year."""

import pytest
from conftest import check_texts, quantity_value

from align.numbers import extract_en, extract_zh, missing_tokens


@pytest.mark.parametrize("zh", [
    "如有查詢，請電郵至[email protected]。",
    "如有查詢，請電郵至[email&#160;protected]。",
    "查詢電話：w...8397。",
    "網址：www.dsedj…gov.mo",
])
def test_hidden_or_cut_text_is_no_missing_token(zh):
    en = "For enquiries, email webmaster@dsedj.gov.mo or call 853 8397 2394."
    assert missing_tokens(zh, en) == []


def test_a_real_token_beside_a_hidden_address_is_still_looked_for():
    zh = "請以CCITT-G4格式提交，或電郵至[email protected]。"
    en = "Submit it in CCIT-G4 format, or email us."
    assert [t for t, _, _ in missing_tokens(zh, en)] == ["CCITT-G4"]


@pytest.mark.parametrize(("text", "value"), [
    ("About 7 PCT", "7"), ("rose 3.5 pct", "3.5"), ("About 44 PCT of the bids", "44")])
def test_pct_is_per_cent(text, value):
    found = [q for q in extract_en(text) if not q.weak]
    assert [(q.kind, quantity_value(q)) for q in found] == [("percent", value)]


def test_a_percentage_said_as_pct_matches_the_chinese(tmp_path):
    found = [f.rule for f in check_texts(tmp_path, "分配比率約為7%。\n",
                                          "The pro rata ratio is about 7 PCT.\n")
             if f.severity in ("error", "warning")]
    assert found == []


@pytest.mark.parametrize(("text", "month"), [
    ("decreased by 5.9% compared with March to 12,345", "300"),
    ("was higher than June", "600"),
    ("down 3% against April", "400"),
])
def test_a_month_a_figure_is_compared_with_is_a_month(text, month):
    assert ("date", month) in [(q.kind, quantity_value(q)) for q in extract_en(text)]


@pytest.mark.parametrize("text", ["held talks with May on Brexit", "to march with pride"])
def test_may_and_the_verb_march_are_no_months(text):
    assert [q for q in extract_en(text) if q.kind == "date"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("since the early 80's", "80"), ("in the 90’s", "90"), ("the late 70's", "70"),
    ("the 1980's", "1980")])
def test_a_decade_with_an_apostrophe_after_a_decade_word(text, value):
    assert [(q.kind, quantity_value(q)) for q in extract_en(text)] == [("decade", value)]


def test_an_apostrophe_number_without_a_decade_word_is_no_decade():
    assert [q.kind for q in extract_en("80's music")] != ["decade"]


def test_the_early_eighties_match_the_chinese_decade(tmp_path):
    found = [f for f in check_texts(tmp_path, "自八十年代初，寮屋區已有清拆。\n",
                                    "Since the early 80's, squatter areas have been cleared.\n")
             if f.rule.startswith("number")]
    assert found == []


def _negation(tmp_path, zh: str, en: str) -> list[str]:
    return [f.severity for f in check_texts(tmp_path, zh, en) if f.rule == "negation"]


@pytest.mark.parametrize(("zh", "en"), [
    ("并建议非发展性清拆。\n", "and recommends non-development clearances.\n"),
    ("并建议非发展性清拆。\n", "and recommends Non Development Clearance.\n"),
    ("非牟利机构可以申请。\n", "Non-profit organisations may apply.\n"),
])
def test_fei_as_a_prefix_is_no_negation(tmp_path, zh, en):
    assert _negation(tmp_path, zh, en) == []


def test_a_real_negation_is_still_compared(tmp_path):
    assert _negation(tmp_path, "政府不会批准这项申请。\n",
                     "The Government will approve this application.\n") == ["warning"]


ZH_CENSUS = ("政府统计处今日宣布，二零二一年人口普查第二阶段的数据搜集工作将于七月十八日展开。\n"
             "统计员会到访住户。\n"
             "他们会穿着制服。\n"
             "他们会出示身份证明文件。\n"
             "住户可致电热线核实统计员的身份。\n"
             "统计处呼吁市民积极参与二零二一年人口普查。\n")
EN_CENSUS = ("The Census and Statistics Department announced today that the second phase of data "
             "collection of the 2021 Population Census (Census) will start on July 18.\n"
             "Enumerators will visit households.\n"
             "They will wear uniforms.\n"
             "They will show their identity documents.\n"
             "Households may call the hotline to verify the identity of an enumerator.\n"
             "The department appeals to members of the public to participate in the Census.\n")


def _year_missing(tmp_path, zh: str, en: str) -> list[str]:
    return [f.message for f in check_texts(tmp_path, zh, en)
            if f.rule == "number-missing" and "2021" in f.message]


def test_a_year_said_by_a_defined_term_is_matched(tmp_path):
    found = [(f.severity, f.message) for f in check_texts(tmp_path, ZH_CENSUS, EN_CENSUS)
             if f.rule == "number-missing" and "2021" in f.message]
    assert found and all(s == "info" for s, _ in found)
    assert any("'Census'" in m for _, m in found)


def test_without_the_definition_the_term_matches_nothing(tmp_path):
    messages = _year_missing(tmp_path, ZH_CENSUS, EN_CENSUS.replace(" (Census)", ""))
    assert not any("defines as" in m for m in messages)


@pytest.mark.parametrize(("text", "value"), [
    ("平均接纳息率 : 0.07厘", "0.07"), ("年利率2釐", "2"), ("按揭息率為2.5厘", "2.5"),
    ("0.09厘", "0.09")])
def test_a_rate_in_li_is_a_percentage(text, value):
    assert [(q.kind, quantity_value(q)) for q in extract_zh(text)] == [("percent", value)]


def test_li_of_a_length_or_without_a_rate_is_no_percentage():
    assert [q.kind for q in extract_zh("长3厘米")] == ["count"]
    assert [q.kind for q in extract_zh("重2厘")] != ["percent"]


def test_a_yield_in_li_matches_its_pct(tmp_path):
    found = [f.rule for f in check_texts(tmp_path, "平均接纳息率 : 0.07厘\n",
                                          "Average yield accepted : 0.07 PCT\n")
             if f.severity in ("error", "warning")]
    assert found == []
