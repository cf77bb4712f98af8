"""The meaning rules of issue 13: negation, names beyond pinyin persons, antonyms.

Every sentence here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.checks.antonym import antonym_pairs
from align.checks.entities import name_problems, sounds_like
from align.checks.polarity import negation_mismatch
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
    assert sounds_like("菲律宾", "Filipino", 0.75)
    assert not sounds_like("菲律宾", "Norway")


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
