"""The lexical engine: segmentation, dictionary lookups, lemmas, names, polarity, correspondence.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import os
import time

import pytest

from align.lexicon import correspond, en_polarity, lexicon, segment, zh_polarity
from align.lexicon.dictionary import gloss_words
from align.lexicon.en import lemmas_of, stem, tokens
from align.lexicon.names import name_words, romanise
from align.paths import cache_dir


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_cache_dir_is_the_embedding_cache_dir(monkeypatch, tmp_path):
    from align.embed.cache import default_cache_dir

    assert cache_dir() == default_cache_dir()
    monkeypatch.setenv("ALIGN_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path == default_cache_dir()


def test_segmentation_words_offsets_and_tags():
    text = "中国经济增长没有放缓，5G基站覆盖全国。"
    words = segment(text)
    assert [w.text for w in words][:5] == ["中国", "经济", "增长", "没有", "放缓"]
    assert all(text[w.start : w.end] == w.text for w in words)
    by_text = {w.text: w for w in words}
    assert by_text["5G"].latin and by_text["5G"].content
    assert by_text["经济"].pos.startswith("n")
    assert not by_text["，"].content and not by_text["没有"].content


def test_segmentation_is_quiet(capfd):
    segment("我们今天开会。")
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("经济", {"economy"}),
        ("增长", {"grow", "increase"}),
        ("提高", {"raise", "improve"}),
        ("美国", {"US", "united", "state"}),
        ("美國", {"US"}),  # traditional headword
        ("經濟", {"economy"}),
        ("會議", {"meeting", "conference"}),
        ("发展", {"develop", "development"}),
        ("减少", {"reduce", "decrease"}),
        ("北京", {"beijing"}),
        ("美", {"beautiful", "US"}),  # every sense, not only the last entry
        ("中", {"china", "middle"}),
    ],
)
def test_dictionary_lookups(lex, word, expected):
    entry = lex.dictionary.get(word)
    assert entry is not None
    assert expected <= entry.keys, sorted(entry.keys)


def test_dictionary_keeps_senses_and_drops_notes(lex):
    entry = lex.dictionary.get("美")
    assert any("beautiful" in s for s in entry.senses)
    assert any("USA" in s for s in entry.senses)
    assert entry.name and "mei" in {p.lower() for p in entry.pinyin}
    assert lex.dictionary.get("不存在的词语") is None
    words, refs = gloss_words("(bound form) USA (abbr. for 美國|美国[Mei3 guo2])")
    assert words == ["USA"] and refs == ["美国"]
    assert gloss_words("CL:個|个[ge4]") == ([], [])
    assert gloss_words("surname Zhong")[0] == []
    assert gloss_words("variant of 於|于[yu2]") == ([], ["于"])


def test_english_lemmas_and_tokens(lex):
    table = lex.dictionary.lemmas
    assert "increase" in lemmas_of("increased", table)
    assert lemmas_of("economies", table) == ("economy",)
    assert "rise" in lemmas_of("rose", table)
    assert "child" in lemmas_of("children", table)
    assert lemmas_of("US", table) == ("US",) and lemmas_of("U.S.", table) == ("US",)
    assert "us" in lemmas_of("us", table)
    assert stem("economic") == stem("economy") and stem("growth") == stem("grow")
    toks = tokens("China's 5G networks didn't grow by 3.5% in the U.S.", table)
    by_text = {t.text: t for t in toks}
    assert by_text["China's"].lemmas == ("china",) and by_text["China's"].content
    assert by_text["5G"].content and by_text["3.5"].lemmas == ()
    assert not by_text["didn't"].content and not by_text["the"].content
    assert by_text["U.S."].lemmas == ("US",)


def test_names_table_and_pinyin(lex):
    assert {"US", "American"} <= set(name_words("美"))
    assert "Xinhua" in name_words("新华社") and "CCTV" in name_words("央视")
    assert {"China", "US"} <= set(name_words("中美"))  # a run of country characters
    assert "EU" in name_words("欧盟") and "WHO" in name_words("世卫组织")
    assert name_words("经济") == ()
    assert romanise(("zhao", "qi", "ming"), person=True) == ("zhaoqiming", "zhao", "qiming")
    assert lex.readings("赵启明", person=True) == ("zhao", "qi", "ming")
    assert lex.readings("曾晓华", person=True)[0] == "zeng"  # the surname reading, not ceng


def _cues(p):
    return [(c.text, c.kind) for c in p.cues]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("经济增长没有放缓。", 1),
        ("他并非专家。", 1),
        ("项目尚未完成。", 1),
        ("我们无法确认。", 1),
        ("他从未去过那里。", 1),
        ("会议未能达成协议。", 1),
        ("我看不见前方。", 1),
        ("请勿吸烟。", 1),
        ("企业缺乏资金。", 1),
        ("这不是问题。", 1),
        ("价格既不上涨也不下跌。", 1),  # the second is "continued": optional
        ("他说事实并非如此。", 1),  # a negator glued to a longer word
        ("她从来没有见过大海。", 1),
        # look-alikes
        ("明天会不会下雨？", 0),  # A-not-A cut apart by the segmenter: 会 / 不会
        ("你是不是已经吃过饭了？", 0),
        ("机器日夜不停地运转。", 0),
        ("我们坚持不懈地努力。", 0),
        ("没想到他会这么早到。", 0),  # unexpectedly: lexical
        ("钥匙不见了。", 0),  # disappeared: lexical
        ("难道你不知道这件事吗？", 0),  # a rhetorical question: lexical
        ("这不是很好的机会吗？", 0),
        ("无论如何我们都会去。", 0),
        ("这非常重要。", 0),
        ("他不仅会唱歌，还会跳舞。", 0),
        ("我们将研究是否延期。", 0),
        ("经济不断增长。", 0),
        ("不少企业扩大了投资。", 0),
        ("未来五年将建成新机场。", 0),
        ("无数人参加了活动。", 0),
        ("这无疑是好消息。", 0),
        ("不过这只是开始。", 0),
        ("不久前双方举行了会谈。", 0),
        ("中非合作不断深化。", 0),
        ("增幅不超过三成。", 0),
        ("拘留期限不得超过三十日。", 0),  # a bound, the number engine's business
        ("合格率不应低于95%。", 0),
        ("你不得进入。", 1),  # 不得 before a verb: a negation still
        # double negation reads positive
        ("我们不得不推迟会议。", 0),
        ("他不是不想去。", 0),
        ("这件事非你去不可。", 0),
        ("没有人不知道这件事。", 0),
        ("大家无不欢欣鼓舞。", 0),
        ("这话不无道理。", 0),
    ],
)
def test_zh_polarity(text, count):
    assert zh_polarity(text).count == count, _cues(zh_polarity(text))


def test_zh_polarity_offsets_and_kinds():
    text = "我们没有钱，不能买非法产品。"
    p = zh_polarity(text)
    assert [(c.text, c.kind) for c in p.cues] == [
        ("没有", "negation"),
        ("不能", "negation"),
        ("非法", "lexical"),
    ]
    assert all(text[c.start : c.end] == c.text for c in p.cues)
    assert p.net == -1 and zh_polarity("经济稳步增长。").net == 1
    assert zh_polarity("我们不得不推迟。").of("double")[0].text == "不得不"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Growth has not slowed.", 1),
        ("Growth hasn't slowed.", 1),
        ("We cannot confirm it.", 1),
        ("He never went there.", 1),
        ("The talks failed to reach a deal.", 1),
        ("Firms lack funding.", 1),
        ("No one knows.", 1),
        ("They are no longer partners.", 1),
        ("It was done without delay.", 0),  # an idiom: lexical, pairs off but never counts
        ("It was not until 1990 that he came.", 0),
        ("It goes without saying that it works.", 0),
        ("This is a fine plan, isn't it?", 0),  # a question tag
        ("Isn't it a fine plan?", 1),
        ("We were unable to confirm it.", 1),
        ("Prices neither rose nor fell.", 1),  # nor continues neither: optional
        # look-alikes
        ("Not only did he sing, he also danced.", 0),
        ("No doubt this is good news.", 0),
        ("It was nothing but a start.", 0),
        ("No matter what, we will go.", 0),
        ("The rise was no more than 3 percent.", 0),
        ("See No. 5 on the list.", 0),
        ("Whether or not it rains, we go.", 0),
        # double negation reads positive
        ("We had no choice but to postpone the meeting.", 0),
        ("We cannot but admire it.", 0),
        ("The remark is not unreasonable.", 0),
        ("She never fails to call.", 0),
    ],
)
def test_en_polarity(text, count):
    assert en_polarity(text).count == count, _cues(en_polarity(text))


def test_en_polarity_offsets_and_lexical():
    text = "We did not accept the unfair and illegal deal."
    p = en_polarity(text)
    assert _cues(p) == [("not", "negation"), ("unfair", "lexical"), ("illegal", "lexical")]
    assert all(text[c.start : c.end] == c.text for c in p.cues)
    assert en_polarity("The union understood.").cues == ()  # un- words that are not negative


def test_correspond_accounts_for_every_word_of_a_faithful_pair():
    c = correspond(
        "美国总统周三表示，中国经济增长没有放缓，联合国秘书长对此表示欢迎。",
        "The US president said on Wednesday that China's economic growth had not slowed, "
        "and the UN secretary-general welcomed this.",
    )
    assert c.unmatched_zh == () and c.unmatched_en == ()
    how = {link.zh.text: link.how for link in c.links}
    assert how["美国"] == "name" and how["周三"] == "gloss"
    linked = {link.zh.text: {c.en[i].text for i in link.en} for link in c.links}
    assert linked["经济增长"] >= {"economic", "growth"} or linked.get("增长") == {"growth"}
    assert linked["联合国"] == {"UN"}


def test_correspond_finds_dropped_and_added_words():
    c = correspond(
        "我们要提高5G基站的覆盖率，推动制造业高质量发展。",
        "We will raise the coverage of base stations and boost tourism.",
    )
    assert {w.text for w in c.unmatched_zh} >= {"5G", "制造业", "发展"}
    assert [t.text for t in c.unmatched_en] == ["tourism"]
    zh_cov, en_cov = c.coverage
    assert zh_cov < 0.7 and en_cov < 1.0


def test_correspond_person_names_by_pinyin():
    good = correspond("请赵启明先生介绍情况。", "Mr. Zhao Qiming will brief you.")
    assert {link.zh.text: link.how for link in good.links}["赵启明"] == "pinyin"
    bad = correspond("请赵启明先生介绍情况。", "Mr. Zhang Qiming will brief you.")
    assert "Zhang" in [t.text for t in bad.unmatched_en]


def test_correspond_places_organisations_media():
    c = correspond(
        "新华社记者从商务部获悉，欧盟对华投资增加。",
        "Xinhua reporters learned from MOFCOM that EU investment in China increased.",
    )
    assert c.unmatched_en == (), [t.text for t in c.unmatched_en]
    linked = {link.zh.text: {c.en[i].text for i in link.en} for link in c.links}
    assert linked["新华社"] == {"Xinhua"} and linked["欧盟"] == {"EU"}
    assert "increased" in linked["增加"]


def test_index_is_rebuilt_when_missing(tmp_path, monkeypatch):
    from align.lexicon import dictionary

    if os.environ.get("ALIGN_SKIP_SLOW"):
        pytest.skip("builds the index")
    path = dictionary.index_path(folder=tmp_path)
    assert not path.exists()
    built = dictionary.Dictionary(dictionary.load_index(folder=tmp_path))
    assert path.exists()
    read = dictionary.Dictionary(dictionary.load_index(folder=tmp_path))  # from the file
    assert read.get("经济") == built.get("经济") is not None and len(read) == len(built)
    path.write_bytes(path.read_bytes()[:4096])  # cut short: built again
    assert dictionary.Dictionary(dictionary.load_index(folder=tmp_path)).get("经济") is not None
    assert path.stat().st_size > 4096


def test_stale_indexes_are_removed_and_others_kept(tmp_path):
    from align.lexicon import dictionary

    folder = tmp_path / "lexicon"
    folder.mkdir()
    current = folder / f"cedict-f{dictionary.FORMAT}-100-2000.idx"
    older_format = folder / f"cedict-f{dictionary.FORMAT - 1}-100-1000.pickle"
    reinstalled_long_ago = folder / f"cedict-f{dictionary.FORMAT}-100-1000.idx"
    in_use_today = folder / f"cedict-f{dictionary.FORMAT}-100-1500.idx"
    foreign = folder / "notes.txt"
    for path in (current, older_format, reinstalled_long_ago, in_use_today, foreign):
        path.write_bytes(b"x")
    day_ago = time.time() - dictionary.STALE_AFTER - 60
    os.utime(reinstalled_long_ago, (day_ago, day_ago))
    os.utime(foreign, (day_ago, day_ago))
    removed = dictionary.remove_stale(current)
    assert sorted(removed) == sorted([older_format, reinstalled_long_ago])
    assert current.exists() and in_use_today.exists() and foreign.exists()


def test_common_english_words_and_names():
    from align.lexicon import lexicon

    d = lexicon().dictionary
    assert d.is_common_word("honour") and d.is_common_word("reception")
    assert not d.is_common_word("asia") and not d.is_common_word("victor")
    assert not d.is_common_word("zameer")  # unknown to the dictionary: may be a name


def test_preload_and_a_concurrent_lookup_share_one_engine() -> None:
    from align.lexicon import lexicon, preload
    from align.lexicon.correspond import _load

    _load.cache_clear()
    thread = preload()
    engine = lexicon()  # while the thread may still be loading: waits, never loads twice
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert lexicon() is engine
    assert engine.dictionary.get("经济") is not None


@pytest.mark.parametrize(("text", "words"), [
    ("这是我参加的十多场春节(jié)庆祝活动。", ["春节", "庆祝", "活动"]),
    ("我想再说些总结(jié)性的话。", ["总结"]),
    ("踔(chuō)厉奋发，勇毅前行。", ["勇毅", "前行"]),
])
def test_a_pinyin_reading_after_a_character_is_no_word(text, words):
    found = segment(text)
    got = [w.text for w in found]
    assert all(w in got for w in words)
    assert not any(w.text.isascii() and w.text.isalpha() for w in found)  # no jié, ji, chu
    for w in found:
        assert text[w.start:w.end] == w.text  # offsets stay those of the sentence


def test_a_bracketed_english_gloss_is_still_a_word():
    assert "data" in [w.text for w in segment("数据(data)很重要。")]
