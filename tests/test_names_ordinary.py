"""Ordinary words read as names (issue 14, thirteenth session, F1): a Chinese word the
dictionary knows only as a township's name but the segmenter reads as common words (大树 "big
tree"), an English line that opens on a preposition under a heading ("On Feb. 27"), a month's
abbreviation, and English "names" made only of ordinary words capitalised as a title's are
(the Plenary Session). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_names_evidence import _findings
from test_names_unseen import _names

from align.checks.entities import _plain_words, name_problems


@pytest.mark.parametrize(("zh", "en"), [
    ("今天两国关系的大树枝繁叶茂。", "Today the tree of our relations is flourishing."),
    ("两国友谊的大树根深叶茂。", "The tree of our friendship has deep roots and lush leaves."),
    ("我们共同浇灌的大树已经长大。", "The trees we watered together have grown tall."),
])
def test_a_townships_name_read_as_words_the_english_renders_is_no_name(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "missing"), [
    # the head (树, tree) not rendered: the word stays a missing name as before
    ("两国友谊的大树根深叶茂。", "Our friendship has deep roots and lush leaves.", ["大树"]),
    # a name the segmenter tags as a place is judged as a name
    ("在南半球春暖花开之时，我们相聚。", "As spring comes, we gather.", ["南半球"]),
])
def test_a_name_whose_head_is_not_rendered_stays_missing(zh, en, missing):
    assert name_problems(zh, en)[1] == missing


@pytest.mark.parametrize(("en", "names"), [
    ("Together for Vision 2030\nOn Feb. 27, 2019, the Philippine Star published it.",
     ["Philippine Star"]),
    ("Heading\nIn Sept 2019 the Daily Telegraph wrote.", ["Daily Telegraph"]),
    ("Report\nThe Ambassador met Mar Roxas on Mar. 3.", ["Mar Roxas"]),
    ("He went to The Hague in Jan. 2019.", ["Hague"]),
    ("Notes\nFor Oct 1 the Embassy of Kenya planned a reception.", ["Embassy", "Kenya"]),
])
def test_a_function_word_or_a_months_abbreviation_opens_no_name(en, names):
    assert _names(en) == names


@pytest.mark.parametrize(("en", "names"), [
    ("They met Jan Smuts and Will Smith.", ["Jan Smuts", "Will Smith"]),  # no dates
    ("Visitors came from Nice and Dec Town on Sunday.", ["Nice", "Dec Town"]),
])
def test_names_that_look_like_dates_or_words_stay(en, names):
    assert _names(en) == names


@pytest.mark.parametrize(("name", "zh", "plain"), [
    ("Daily Telegraph", "英国主流大报《每日电讯报》刊登文章。", True),
    ("Morning Post", "《南华早报》报道", True),  # South China Morning Post
    ("Supreme Court", "最高法院作出裁决。", True),
    # ordinary words the Chinese does not say: no rendering of it (a replacement)
    ("Cooler Master", "就像刘易斯在民权运动中所做的那样。", False),
    ("Universe", "浦东的产业规模占到上海的三分之一。", False),
    # not ordinary words: names
    ("Bill Cashmore", "奥克兰市长戈夫先生", False),
    ("Brazil", "从日本进口的货物", False),
])
def test_a_name_made_of_the_chinese_words_glosses(name, zh, plain):
    assert _plain_words(name, zh) is plain


def test_a_name_rendered_word_by_word_is_no_replacement():
    found = _findings(["英国主流大报《每日电讯报》刊登了大使的文章。"],
                      ["The Daily Telegraph published the Ambassador's article."])
    assert [r for r, _, _, _ in found if r == "name-unmatched"] == []


@pytest.mark.parametrize("en", [
    "Statistics show that Pudong accounts for one third of Universe.",
    "Statistics show that the game industry of Pudong is one third of the Yellow River.",
])
def test_a_replacement_by_ordinary_capitalised_words_stays_a_warning(en):
    zh = ["统计显示，浦东的产业规模占到上海的三分之一。"]
    found = [(r, s) for r, s, _, _ in _findings(zh, [en]) if r == "name-unmatched"]
    assert found == [("name-unmatched", "warning")]


def test_a_replacement_by_a_name_stays_a_warning():
    found = [(r, s) for r, s, _, _ in _findings(
        ["外交部长王毅出席了会议。"], ["Foreign Minister Bill Cashmore attended the meeting."])
        if r == "name-unmatched"]
    assert found == [("name-unmatched", "warning")]


def test_a_name_said_twice_in_a_bead_keeps_the_surer_places_severity():
    # in the heading (no English heading beside it: doubtful) and in the lead's sentence (sure)
    zh = ["大使在《星报》和《世界日报》发表文章\n"
          "2019年2月27日，大使在《星报》和《世界日报》发表署名文章。"]
    en = ["On Feb. 27, 2019, the Star published an article by the Ambassador."]
    found = [(r, s) for r, s, _, m in _findings(zh, en) if "世界日报" in m]
    assert found == [("name-missing", "warning")]
