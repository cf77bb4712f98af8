"""Names that the English renders in ways other than their dictionary head (issue 14): a
name-table rendering made of generic words (西方, the West), another name a dictionary sense
gives in brackets (春节, Chinese New Year), an organisation implied by an office, a place that
begins an organisation's name, and photo captions.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from align.checks.entities import _alternate_name, _demonym_of, caption, name_problems


@pytest.mark.parametrize(("zh", "en"), [
    # the table's own rendering, though West and Western are generic words of other names
    ("这是否与西方国家对俄制裁有关？", "Is it because of the Western sanctions against Russia?"),
    # the page lost its spaces
    ("这是否与西方国家对俄制裁有关？", "IsitbecauseoftheWesternsanctionsagainstRussia?"),
    ("西方对此反应强烈。", "The West reacted strongly."),
    # another name of the dictionary sense, Spring Festival (Chinese New Year)
    ("春节期间全国放假。", "There is a nationwide holiday during the Chinese New Year."),
    ("今晚的春节晚宴很热闹。", "Tonight's New Year dinner is lively."),
    ("今晚的春节晚宴很热闹。", "Tonight's Spring Festival dinner is lively."),
    # an organisation implied by the office English names
    ("国务院副总理韩正出席。", "Vice-Premier Han Zheng attended."),
    ("外交部发言人华春莹表示。", "Spokesperson Hua Chunying said."),
    ("国务院总理李克强出席。", "Premier Li Keqiang attended."),
    # a place that begins an organisation's own name
    ("他在英国筷子俱乐部演讲。", "He spoke at the Chopsticks Club."),
    ("中國駐英國大使劉曉明在英國筷子俱樂部的演講", "Speech by Ambassador Liu Xiaoming at the "
     "Chopsticks Club"),
    ("他在英国皇家学会演讲。", "He spoke at the Royal Society."),
    ("美国企业研究所发布报告。", "The Enterprise Institute released a report."),
])
def test_names_rendered_otherwise_are_quiet(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("西方国家对俄制裁。", "Sanctions against Russia were imposed.", ["西方"]),
    # a common word of the other name (year) alone does not render it
    ("春节期间全国放假。", "The whole country has a holiday this year.", ["春节"]),
    # a country before an office stays: US President
    ("美国总统特朗普表示。", "President Trump said.", ["美国"]),
    # the organisation's own words are not rendered: the place is missing with it
    ("他曾任香港第一东方投资集团董事长。", "He chaired an investment group.", ["香港"]),
    ("他在日本筷子俱乐部演讲。", "He spoke at the club.", ["日本"]),
    # an office is no organisation's name: the country before it stays
    ("英国外交大臣访华。", "The Foreign Secretary visited China.", ["英国"]),
    # a name in a sentence the English leaves out altogether is still reported: where the
    # aligner merged the sentence with a neighbour, it may be the only finding of the omission
    ("当天晚上，华春莹还回复了记者的提问。问：美国总统特朗普在白宫签署了备忘录。",
     "Q: US President Trump signed a memorandum at the White House.", ["华春莹"]),
])
def test_names_not_rendered_are_still_missing(zh, en, missing):
    assert name_problems(zh, en) == ([], missing)


@pytest.mark.parametrize(("zh", "en"), [
    # the short form of a name of three words or more, from the dictionary's name
    ("中华人民共和国成立七十周年。", "The 70th anniversary of the founding of the PRC."),
    ("上海合作组织成员国领导人会晤。", "Leaders of the SCO member states met."),
    ("国际货币基金组织发布报告。", "The IMF released a report."),
    # a pair of countries counted
    ("中美两国应加强合作。", "The two countries should strengthen cooperation."),
    ("中美关系面临挑战。", "Bilateral relations face challenges."),
    ("中英双方同意加强合作。", "Both sides agreed to strengthen cooperation."),
])
def test_short_forms_and_counted_pairs_render_names(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("中华人民共和国成立七十周年。", "The 70th anniversary of the founding.", ["中华人民共和国"]),
    # two countries are not "three"
    ("中美两国应加强合作。", "The three countries should strengthen cooperation.", ["中美"]),
])
def test_short_forms_and_counts_need_the_right_form(zh, en, missing):
    assert name_problems(zh, en) == ([], missing)


def test_another_name_in_a_dictionary_sense():
    assert _alternate_name("Spring Festival (Chinese New Year)") == {"chinesenew", "newyear"}
    assert _alternate_name("CPPCC (Chinese People's Political Consultative Conference)") >= {
        "politicalconsultative", "consultativeconference"}
    assert _alternate_name("State Council (PRC)") == set()  # one word: a qualifier
    assert _alternate_name("Dragon Boat Festival (5th day of the 5th lunar month)") == set()
    assert _alternate_name("the West") == set()


@pytest.mark.parametrize(("zh", "en", "expected"), [
    ("这是习近平发表重要演讲。", "(Xinhua/Yao Dawei)", True),
    ("外交部在钓鱼台国宾馆举行招待会。[新华网]", "A reception in Beijing. [Xinhua]", True),
    ("王毅发表讲话。", "Wang Yi speaks. (Photo by Li Ming)", True),
    ("王毅发表讲话。", "Wang Yi speaks. (China Daily/Feng Yu)", True),
    ("王毅发表讲话。（新华社发）", "Wang Yi speaks.", True),
    ("王毅发表讲话。（新华社记者 李明 摄）", "Wang Yi speaks.", True),
    # brackets that are no credit
    ("中国与东盟(ASEAN)合作。", "China works with ASEAN (the Association of Southeast Asian "
     "Nations).", False),
    ("世卫组织发布报告。", "The World Health Organization (WHO) issued a report.", False),
    ("他笑了。", "He said (laughing) that it was fine.", False),
    ("中美关系。", "Relations (China/US relations) matter.", False),
    # a news dateline's agency opens a story: no caption
    ("新华社北京2月5日电 王毅会见了他。", "BEIJING, Feb. 5 (Xinhua) -- Wang Yi met him.", False),
    ("王毅（新华社记者 李明 摄）会见了他。", "Wang Yi met him.", False),
])
def test_a_photo_caption_is_known_by_its_credit(zh, en, expected):
    assert caption(zh, en) is expected


@pytest.mark.parametrize(("zh", "en"), [
    # the page's credits: editor, reporter, source
    ("会议取得成功。（责任编辑：张晓明）", "The meeting was a success."),
    ("会议取得成功。（责编：张晓明、李华）", "The meeting was a success."),
    ("会议取得成功。\n责任编辑：张晓明", "The meeting was a success."),
    ("会议取得成功。来源：人民网", "The meeting was a success."),
    ("会议取得成功。（来源：新华网）", "The meeting was a success."),
    ("会议取得成功。（记者 张晓明）", "The meeting was a success."),
    ("本报北京3月5日电（记者张晓明）会议取得成功。", "The meeting was a success."),
    ("发布时间：2023-03-05 来源：商务部新闻办公室", "Posted: 2023-03-05"),
    # a dateline with a space, a signature line
    ("2023年3月5日 上海", "5 March 2023"),
    ("外交部发言人办公室 2023年3月5日", "March 5, 2023"),
])
def test_page_credits_datelines_and_signatures_are_furniture(zh, en):
    assert name_problems(zh, en) == ([], [])


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("这批货物来源上海。", "The goods come from a port.", ["上海"]),  # 来源 "comes from"
    ("记者张晓明在上海报道。", "The reporter filed the story.", ["张晓明", "上海"]),
    ("他编辑了鲁迅的文集。", "He edited the collected works.", ["鲁迅"]),
])
def test_credit_words_in_a_sentence_are_no_furniture(zh, en, missing):
    assert name_problems(zh, en) == ([], missing)


@pytest.mark.parametrize(("zh", "en", "replaced", "missing"), [
    # a known name the segmenter cut out of a longer transliteration: 布/林肯 is Blinken
    ("美国国务卿布林肯访华。", "US Secretary of State Antony Blinken visited China.", [], []),
    ("布林肯访华。", "Mr Blinken visited China.", [], []),
    ("布林肯访华。", "Mr Austin visited China.", [("林肯", "Austin")], []),
    # an English dateline and an editor's credit name nothing of the Chinese
    ("王毅会见布林肯。", "BEIJING, Feb. 5 (Xinhua) -- Wang Yi met Blinken.", [], []),
    ("王毅会见了杜特尔特。", "Wang Yi met him. (Web editor: Zhang Kai, Liang Jun)", [],
     ["杜特尔特"]),
    ("王毅会见了杜特尔特。", "Wang Yi met Duterte. Editor: Zhang Kai", [], []),
])
def test_cut_transliterations_and_english_furniture(zh, en, replaced, missing):
    assert name_problems(zh, en) == (replaced, missing)


@pytest.mark.parametrize(("place", "demonym"), [
    ("法国", "French"), ("德国", "German"), ("丹麦", "Danish"), ("芬兰", "Finnish"),
    ("波兰", "Polish"), ("瑞士", "Swiss"), ("老挝", "Lao"), ("西班牙", "Spanish"),
    ("葡萄牙", "Portuguese"), ("塞尔维亚", "Serbian"), ("伊拉克", "Iraqi"), ("冰岛", "Icelandic"),
    ("孟加拉国", "Bangladeshi"), ("菲律宾", "Filipino"), ("比利时", "Belgian"),
    ("秘鲁", "Peruvian"),
    ("新加坡", "Singaporean"), ("黎巴嫩", "Lebanese"), ("也门", "Yemeni"), ("肯尼亚", "Kenyan"),
])
def test_a_place_is_rendered_by_its_demonym(place, demonym):
    assert name_problems(f"这是{place}的立场。", f"This is the {demonym} position.") == ([], [])


@pytest.mark.parametrize(("word", "keys", "expected"), [
    ("Danish", {"denmark"}, True),
    ("Finnish", {"finland"}, True),
    ("Lao", {"laos"}, True),
    ("Iranian", {"iraq"}, False),  # the consonants part at the second
    ("finish", {"finland"}, True),  # the derivation alone; callers pass capitalised words only
    ("Polish", {"portugal"}, False),
    ("Swedish", {"switzerland"}, False),
    ("Irish", {"iran"}, False),  # one consonant is too little to tell
    ("Press", {"prc", "china"}, False),  # a short form is no name to derive from
])
def test_demonyms_are_derived(word, keys, expected):
    assert _demonym_of(word, frozenset(keys)) is expected


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("这是伊拉克的立场。", "This is the Iranian position.", ["伊拉克"]),
    ("这是芬兰的立场。", "We finish the position.", ["芬兰"]),  # lower case: no demonym
    ("这是丹麦的立场。", "This is the Dutch position.", ["丹麦"]),
])
def test_another_places_demonym_does_not_render_it(zh, en, missing):
    assert name_problems(zh, en) == ([], missing)


def _entity_findings(zh: list[str], en: list[str]) -> list[tuple[str, int, str]]:
    from conftest import make_document as doc

    from align.checks import CheckContext
    from align.checks.entities import EntitiesCheck
    from align.model import Alignment, Bead, Settings

    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return [(f.rule, f.bead, f.message) for f in EntitiesCheck().run(
        CheckContext(alignment=a, settings=Settings()))]


def test_a_caption_bead_and_a_name_said_twice_in_one_bead():
    # a caption, written by each site for itself: no name finding
    assert _entity_findings(["这是习近平发表重要演讲。"], ["(Xinhua/Yao Dawei)"]) == []
    # without the credit, the same bead has a missing name
    assert [r for r, _, _ in _entity_findings(["这是习近平发表重要演讲。"], ["A speech."])] == [
        "name-missing"]
    # a page that prints its title twice: one finding for the name, not one per copy
    found = _entity_findings(["杜特尔特访华的欢迎宴会杜特尔特访华的欢迎宴会"],
                             ["The Welcome Banquet"])
    assert [(r, b) for r, b, _ in found] == [("name-missing", 0)]
