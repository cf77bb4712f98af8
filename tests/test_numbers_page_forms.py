"""Numbers on pages that mangle their English or say a number in other words (issue 14,
held-out batch 135-154): English run together without spaces, read with its numbers parted
from the letters around them. Each faithful pair gives no finding; a changed number still does.
Sentences written for these tests."""

import pytest
from conftest import loud_numbers as loud
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.lexical import run_together
from align.checks.numbers import NumbersCheck, unglued
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en
from align.numbers.tokens import missing_tokens


def values(text: str) -> list[str]:
    return [q.normalised() for q in extract_en(text)]


# -- English run together without spaces ---------------------------------------------------------


@pytest.mark.parametrize(("en", "glued"), [
    # digits and punctuation inside a glued stretch do not part it
    ("thepressconferenceofthe5thsessionofthe11thnationalcommitteenowbegins.", True),
    ("host:ladiesandgentlemen,goodafternoon.thepressconferencebegins.", True),
    ("ChinaisimplementingtheUnitedNations2030AgendaforSustainableDevelopment.", True),
    ("The 5th session of the 11th National Committee now begins.", False),
    ("See www.example.org/2019/10/report for the full text of it.", False),
])
def test_glued_english_with_digits_and_punctuation_is_run_together(en: str, glued: bool) -> None:
    assert run_together(en) is glued


@pytest.mark.parametrize(("glued", "want"), [
    ("thedelegationattendedthe5thsessionofthecommittee", ["5 ordinal"]),
    ("thelastplenarysessionofthe11thcommitteeofthecouncil", ["11 ordinal"]),
    ("the21stcenturyhasbroughtnewchallengestoeverynation", ["21 ordinal"]),
    ("the22ndand23rdmeetingsofthestandingcommitteeopened", ["22 ordinal", "23 ordinal"]),
    ("the101stdelegationarrivedinthecapitalyesterday", ["101 ordinal"]),
    ("implementingtheUnitedNations2030AgendaforSustainableDevelopment", ["2030 date"]),
    ("theStateCouncilInformationOfficeofChinaOctober2019", ["2019-10 date"]),
    ("theagreementwassignedonJune12,2019inthecapitalcity", ["2019-06-12 date"]),
    ("theplenumopenedon12October2019inthecapitalcity", ["2019-10-12 date"]),
    ("theeconomygrewby6.5percentin2019accordingtostatistics", ["6.5 percent", "2019 date"]),
    ("aboutthreeandahalfyearslater1.4billionpeoplebenefited", ["1400000000 count"]),
    ("thereportsaysthat4thousandpeoplecametothemeetinghall", ["4000 count"]),
])
def test_numbers_in_glued_english_are_read(glued: str, want: list[str]) -> None:
    got = values(unglued(glued))
    assert all(w in got for w in want), (unglued(glued), got)
    assert values(glued) != got  # the glued text alone does not read so


@pytest.mark.parametrize("glued", [
    "themeetingin2019theministerssignedtheagreementonthetable",  # 2019 + "the", no 2019th
    "thedelegationvisited5stateswithinaweekoftheirarrival",  # 5 + "states", no 5st
])
def test_a_suffix_that_does_not_fit_the_number_is_no_ordinal(glued: str) -> None:
    assert all(not v.endswith("ordinal") for v in values(unglued(glued)))


def test_spaced_english_is_left_as_it_is() -> None:
    text = "The 5th session opened in October 2019 with 1,200 delegates."
    assert unglued(text) == text


@pytest.mark.parametrize(("zh", "en"), [
    ("全国政协十一届五次会议新闻发布会现在开始。",
     "thepressconferenceofthe5thsessionofthe11thnationalcommitteenowbegins."),
    ("中国积极落实联合国2030年可持续发展议程。",
     "ChinaisactivelyimplementingtheUnitedNations2030AgendaforSustainableDevelopment."),
    ("(2019年10月)中华人民共和国国务院新闻办公室",
     "StateCouncilInformationOfficeofthePeople'sRepublicofChinaOctober2019"),
])
def test_a_faithful_glued_english_has_no_number_finding(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("全国政协十一届五次会议新闻发布会现在开始。",
     "thepressconferenceofthe4thsessionofthe11thnationalcommitteenowbegins."),
    ("中国积极落实联合国2030年可持续发展议程。",
     "ChinaisactivelyimplementingtheUnitedNations2035AgendaforSustainableDevelopment."),
    ("(2019年10月)中华人民共和国国务院新闻办公室",
     "StateCouncilInformationOfficeofthePeople'sRepublicofChinaOctober2018"),
])
def test_a_changed_number_in_glued_english_is_still_found(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


# -- spans of years said by a word: decade, century, half a century ----------------------------

_RULES_OF = "number-missing", "number-mismatch", "number-extra"


@pytest.mark.parametrize(("zh", "en"), [
    ("这是近百年来最严重的疫情。", "It is the worst pandemic in a century."),
    ("这是近百年来最严重的疫情。", "It is the worst pandemic of the past century."),
    ("两国的友好交往已有一个多世纪。", "Our friendship is more than a century old."),
    ("两国的友谊源远流长，已有两个世纪。", "Our friendship has lasted two centuries."),
    ("半个世纪以来，两国合作不断深化。", "For half a century, our cooperation has deepened."),
    ("五十年来，两国合作不断深化。", "For half a century, our cooperation has deepened."),
    ("这是一家百年老店。", "It is a century-old shop."),
    ("今年是建党百年。", "This year marks the centenary of the Party."),
    ("十年来，这座城市发生了巨大变化。", "Over the past decade, the city has changed greatly."),
    ("二十年来，这座城市发生了巨大变化。", "In two decades, the city has changed greatly."),
    ("一百五十年来，这座城市发生了巨大变化。", "In a century and a half, the city has changed."),
    ("在二十一世纪，合作更加重要。", "In the 21st century, cooperation matters more."),
])
def test_a_span_of_years_said_by_a_word_matches(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("这是近百年来最严重的疫情。", "It is the worst pandemic in a decade."),
    ("半个世纪以来，两国合作不断深化。", "For a century, our cooperation has deepened."),
    ("两国的友谊源远流长，已有两个世纪。", "Our friendship has lasted three centuries."),
    ("十年来，这座城市发生了巨大变化。", "Over the past century, the city has changed greatly."),
    ("二十年来，这座城市发生了巨大变化。", "In three decades, the city has changed greatly."),
    ("三十年来，两国合作不断深化。", "For half a century, our cooperation has deepened."),
])
def test_a_changed_span_of_years_is_still_found(zh: str, en: str) -> None:
    assert any(rule in _RULES_OF for rule, _ in loud([zh], [en]))


@pytest.mark.parametrize("en", ["He studied the history of the last century.",
                                "The 21st century began.", "This century is ours."])
def test_a_century_named_is_no_span(en: str) -> None:
    assert not any(q.unit == "years" for q in extract_en(en))


# -- a date said by its weekday ------------------------------------------------------------------

_DATELINE_2024 = ("2024年6月25日 北京", "Beijing, June 25, 2024")


@pytest.mark.parametrize(("zh", "en"), [
    ("6月24日，国家主席致信祝贺。", "The President sent a letter of congratulation on Monday."),
    ("6月24日，国家主席致信祝贺。", "On Monday the President sent a letter of congratulation."),
    ("2019年10月1日，庆祝大会在北京举行。", "The celebration was held in Beijing on Tuesday."),
    ("2020年1月1日，新规定开始实施。", "The new rules took effect on Wednesday."),
])
def test_a_date_said_by_its_weekday_is_info(zh: str, en: str) -> None:
    assert loud([_DATELINE_2024[0], zh], [_DATELINE_2024[1], en]) == []


def test_a_weekday_in_the_neighbouring_sentence_is_info() -> None:
    zh = [_DATELINE_2024[0], "国家主席致信祝贺。", "6月24日，国家主席致信祝贺。"]
    en = [_DATELINE_2024[1], "The President sent a letter of congratulation on Monday.",
          "He said the festival was a bridge."]
    assert loud(zh, en) == []


@pytest.mark.parametrize(("zh", "en", "want"), [
    # the year from the dateline: a mismatch, a warning (the dateline's year is read, not said)
    ("6月24日，国家主席致信祝贺。", "The President sent a letter of congratulation on Tuesday.",
     ("number-mismatch", Severity.WARNING)),
    ("3月20日，署名文章在报纸上发表。", "The signed article was published Thursday in the paper.",
     ("number-mismatch", Severity.WARNING)),
    # the date's own year, or the one year its sentence states: an error
    ("2019年10月1日，庆祝大会在北京举行。", "The celebration was held in Beijing on Monday.",
     ("number-mismatch", Severity.ERROR)),
    ("2023年是建交50周年，3月20日双方举行庆典。",
     "The two sides held a celebration on Friday in the 50th year of their ties.",
     ("number-mismatch", Severity.ERROR)),
    # no weekday at all: the date is missing
    ("6月24日，国家主席致信祝贺。", "The President sent a letter of congratulation.",
     ("number-missing", Severity.ERROR)),
])
def test_a_date_the_weekday_contradicts_or_drops_is_still_found(zh: str, en: str, want) -> None:
    assert want in loud([_DATELINE_2024[0], zh], [_DATELINE_2024[1], en])


def test_a_wrong_weekday_says_which_day_the_date_was() -> None:
    beads = (Bead((0,), (0,), 0.8),)
    a = Alignment(zh=doc("zh", ["2023年3月20日，文章发表。"]),
                  en=doc("en", ["The article was published on Tuesday."]), beads=beads)
    found = [f for f in NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
             if f.severity is not Severity.INFO]
    assert [f.rule for f in found] == ["number-mismatch"]
    assert "Monday" in found[0].message and "'Tuesday'" in found[0].message


@pytest.mark.parametrize(("zh", "en"), [
    ("6月24日，国家主席致信祝贺。", "The President sent a letter of congratulation on Monday."),
    ("3月20日，署名文章在报纸上发表。", "The signed article was published Monday in the paper."),
    ("3月20日，署名文章在报纸上发表。", "The signed article was published Sunday in the paper."),
    ("10月10日，白皮书正式发布。", "The white paper was released on Tuesday."),
])
def test_a_weekday_with_no_year_known_is_info_with_the_reason(zh: str, en: str) -> None:
    """No year anywhere: whether the date fell on that weekday cannot be checked, so the date
    said as a weekday is info, and the finding says why."""
    beads = (Bead((0,), (0,), 0.8),)
    a = Alignment(zh=doc("zh", [zh]), en=doc("en", [en]), beads=beads)
    found = list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))
    assert all(f.severity is Severity.INFO for f in found)
    missing = [f for f in found if f.rule == "number-missing"]
    assert missing and "no year is known" in missing[0].message


# -- a year the English makes explicit for 同比 -------------------------------------------------

_DATELINE_2020 = ("2020年10月28日外交部例行记者会", "Regular Press Conference on October 28, 2020")


@pytest.mark.parametrize(("zh", "en"), [
    ("今年上半年全球外国直接投资同比下降49%。",
     "Global FDI fell 49 percent in the first half of this year compared to 2019."),
    ("前三季度出口同比增长5%。", "Exports grew by 5% in the first nine months compared with 2019."),
    # the year the Chinese names, not the dateline's, is the one compared
    ("2018年粮食产量同比增长2%。", "Grain output in 2018 rose by 2% from 2017."),
])
def test_a_year_said_by_year_on_year_is_info(zh: str, en: str) -> None:
    assert loud([_DATELINE_2020[0], zh], [_DATELINE_2020[1], en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("今年上半年全球外国直接投资同比下降49%。",
     "Global FDI fell 49 percent in the first half of this year compared to 2018."),
    ("今年上半年全球外国直接投资下降49%。",
     "Global FDI fell 49 percent in the first half of this year compared to 2019."),
    ("自2016年抵任以来，我走访了全国各地。", "Since my arrival in 2015, I have travelled widely."),
])
def test_a_year_nothing_in_the_chinese_implies_is_still_extra(zh: str, en: str) -> None:
    assert loud([_DATELINE_2020[0], zh], [_DATELINE_2020[1], en]) != []


# -- the year of a CPC National Congress named by its ordinal -----------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("中共十八大以来，中国不断深化改革。",
     "Since the 18th CPC National Congress convened in 2012, China has deepened reform."),
    ("党的十九大以来，中国不断深化改革。",
     "Since the 19th CPC National Congress in 2017, China has deepened reform."),
    ("中国共产党第二十次全国代表大会提出了新的目标。",
     "The 20th National Congress of the CPC, held in 2022, set new goals."),
    ("党的十二大提出了新的目标。", "The 12th Party Congress of 1982 set new goals."),
])
def test_the_year_of_a_congress_named_by_its_ordinal_is_info(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("中共十八大以来，中国不断深化改革。",
     "Since the 18th CPC National Congress convened in 2013, China has deepened reform."),
    ("党的十九大以来，中国不断深化改革。",
     "Since the 19th CPC National Congress in 2012, China has deepened reform."),
    ("十八届三中全会以来，中国不断深化改革。",
     "Since the Third Plenary Session of the 18th Central Committee in 2013, China has "
     "deepened reform."),  # a plenum's year follows no rule: no proof
])
def test_a_year_the_congress_does_not_bear_out_is_still_extra(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


# -- a clock time's am/pm glued to it; the year said as "the new year" ---------------------------


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("2023.2.8  7:00Pm 奥克兰", "2023.2.8 7:00 Auckland", []),
    ("晚宴于7:30pm开始。", "The dinner began at 7:30.", []),
    ("会议于9AM开始。", "The meeting began at nine.", []),
    ("会议于9AM开始，讨论5G。", "The meeting began at nine to discuss 4G.", ["5G"]),
    ("PM2.5浓度下降。", "The concentration fell.", ["PM2.5"]),  # no time: a token
])
def test_am_pm_glued_to_a_time_is_no_token(zh: str, en: str, missing: list[str]) -> None:
    assert [t for t, _, _ in missing_tokens(zh, en)] == missing


_DATELINE_2017 = ("2017年1月3日外交部发言人耿爽主持例行记者会",
                  "Foreign Ministry Spokesperson's Regular Press Conference on January 3, 2017")


@pytest.mark.parametrize(("zh", "en", "quiet"), [
    ("外长在2017年新年伊始出访非洲。", "The Foreign Minister visits Africa at the start of the "
     "new year.", True),
    ("外长在2017年新年伊始出访非洲。", "The Foreign Minister visits Africa early this year.",
     True),
    ("外长在2016年年底出访非洲。", "The Foreign Minister visited Africa at the end of the new "
     "year.", False),  # 2016 is not the dateline's year
])
def test_a_year_said_as_the_new_year(zh: str, en: str, quiet: bool) -> None:
    assert (loud([_DATELINE_2017[0], zh], [_DATELINE_2017[1], en]) == []) is quiet


@pytest.mark.parametrize(("en", "quiet"), [
    ("The New Year Reception was held in Beijing.", False),  # the holiday
    ("A reception for the new year was held in Beijing.", True),
])
def test_the_new_year_holiday_is_no_relative_year(en: str, quiet: bool) -> None:
    # two sentences between the dateline and the reception, so its year is no neighbour's
    filler_zh, filler_en = "各位来宾，晚上好！", "Distinguished guests, good evening!"
    zh = [_DATELINE_2017[0], filler_zh, filler_zh, "2017年新年招待会在北京举行。"]
    assert (loud(zh, [_DATELINE_2017[1], filler_en, filler_en, en]) == []) is quiet
