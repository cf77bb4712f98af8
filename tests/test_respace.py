"""English that lost its spaces, read as words again (``align.lexicon.respace``, issue 14).
Glued forms written for these tests, in the manner of the reprints that lose their spaces."""

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.lexical import bead_texts
from align.checks.numbers import unglued
from align.checks.polarity import NegationCheck
from align.lexicon.respace import page_offset, respaced, respaced_all, run_together
from align.model import Alignment, Bead, Settings


def _spaces_only(before: str, after: str) -> bool:
    return before.replace(" ", "") == after.replace(" ", "")


@pytest.mark.parametrize(("glued", "want"), [
    # plain words
    ("theministersignedtheagreementonbehalfofthegovernment",
     "the minister signed the agreement on behalf of the government"),
    ("Chinaisnotinterestedinanyarmsrace", "China is not interested in any arms race"),
    ("wehopebothsideswillexercisecalmandrestraint",
     "we hope both sides will exercise calm and restraint"),
    # names: capitals mark them, pinyin syllables spell the Chinese ones
    ("PremierLiKeqiangmetPresidentBidenyesterday",
     "Premier Li Keqiang met President Biden yesterday"),
    ("SpokespersonHuaChunyinganswered", "Spokesperson Hua Chunying answered"),
    ("theembassyinSriLankaissuedastatement", "the embassy in Sri Lanka issued a statement"),
    # acronyms
    ("theBRICSmechanismandtheWTOrules", "the BRICS mechanism and the WTO rules"),
    ("CCTV:Manycountrieshaveappliedtojoin", "CCTV: Many countries have applied to join"),
    ("U.S.companiesandEUfirmstookpart", "U.S. companies and EU firms took part"),
    # numbers, ordinals and decades
    ("the5thsessionofthe11thcommitteeopened", "the 5th session of the 11th committee opened"),
    ("the21stcenturyandthe22ndmeeting", "the 21st century and the 22nd meeting"),
    ("sincethe1990sthecountryhasgrown", "since the 1990s the country has grown"),
    ("morethan1,200exhibitorsattended", "more than 1,200 exhibitors attended"),
    ("theeconomygrew6.5percentin2019", "the economy grew 6.5 percent in 2019"),
    ("onMay25thatRussiasupportsit", "on May 25 that Russia supports it"),
    ("theG20summitopenedinBali", "the G20 summit opened in Bali"),
    # hyphens and apostrophes
    ("akeyplatformforSouth-Southcooperation", "a key platform for South-South cooperation"),
    ("thePeople'sRepublicofChinaandWangYi'sremarks",
     "the People's Republic of China and Wang Yi's remarks"),
    ("wedon'tthinkthatthey'llagree", "we don't think that they'll agree"),
    # punctuation glued to the next word
    ("goodafternoon.thepressconferencebeginsnow,thankyou!",
     "good afternoon. the press conference begins now, thank you!"),
    ("theExpo(CISCE)openedinBeijingtoday", "the Expo (CISCE) opened in Beijing today"),
])
def test_glued_english_is_read_as_words(glued: str, want: str) -> None:
    got = respaced(glued, glued=True)
    assert got == want
    assert _spaces_only(glued, got)


@pytest.mark.parametrize("text", [
    "The 5th session of the 11th National Committee opened on 3 March 2012.",
    "WeChat, PetroChina and YouTube are names written in one word.",
    "The G20 summit, flight MH370 and 5G networks; COVID-19 and the 1990s.",
    "A throughput of 800Mbit/s, 100Mbps links and a 5GHz band.",
    "Mr. Zhao said: \"Let's go,\" and O'Brien agreed - twice.",
    "See https://www.example.org/documents/internationalcooperationreport2019 for more.",
    "",
])
def test_spaced_english_is_untouched(text: str) -> None:
    assert respaced(text) is text or respaced(text) == text


def test_a_number_glued_to_the_words_of_a_spaced_text_is_parted() -> None:
    text = "It has attracted more than1,200Chinese and foreign exhibitors."
    assert respaced(text) == "It has attracted more than 1,200 Chinese and foreign exhibitors."


def test_a_glued_line_inside_a_spaced_text_is_respaced() -> None:
    text = "The report says: ChinaisnotthatinterestedinmakinginvestmentinRussia, he said."
    assert respaced(text) == ("The report says: China is not that interested in making "
                              "investment in Russia, he said.")


def test_a_lower_case_page_reads_its_names_by_syllable() -> None:
    got = respaced("thespokesmanofthesession,mr.zhaoqizheng,willbriefyou", glued=True)
    assert got.startswith("the spokesman of the session, mr. zhao")
    assert got.endswith("zheng, will brief you")


def test_a_document_that_lost_its_spaces_has_its_short_lines_respaced_too() -> None:
    texts = ["PremierWen.", "Friendsofthepress,thisisthelasttimeformetomeetyou."]
    want = ["Premier Wen.", "Friends of the press, this is the last time for me to meet you."]
    assert respaced_all(texts) == want
    assert respaced_all(["Premier Wen.", "PremierWen."]) == ["Premier Wen.", "PremierWen."]


def test_page_offset_maps_back_to_the_page() -> None:
    page = "ChinaisnotinterestedinRussia"
    read = respaced(page, glued=True)
    assert read == "China is not interested in Russia"
    start = read.index("interested")
    assert page[page_offset(page, read, start):].startswith("interested")


def test_a_long_glued_line_is_respaced_in_linear_time() -> None:
    import time

    line = "theministersignedtheagreementonbehalfofthegovernmentin2019," * 200  # 12,000 chars
    t = time.perf_counter()
    got = respaced(line, glued=True)
    assert time.perf_counter() - t < 10
    assert got.count("minister signed the agreement") == 200


def test_run_together_is_one_definition() -> None:
    from align.checks import lexical
    assert lexical.run_together is run_together


def test_the_numbers_check_reads_glued_numbers_with_the_same_respacing() -> None:
    glued = "theagreementwassignedonJune12,2019inthecapital"
    assert unglued(glued) == "the agreement was signed on June 12, 2019 in the capital"


def _negations(zh: str, en: str) -> list[str]:
    a = Alignment(zh=doc("zh", [zh]), en=doc("en", [en]), beads=(Bead((0,), (0,), 0.8),))
    ctx = CheckContext(alignment=a, settings=Settings())
    return [f.rule for f in NegationCheck().run(ctx)]


def test_word_level_checks_read_a_glued_bead_instead_of_skipping_it() -> None:
    a = Alignment(zh=doc("zh", ["中国对在俄罗斯投资不太感兴趣。"]),
                  en=doc("en", ["ChinaisnotthatinterestedinmakinginvestmentinRussia."]),
                  beads=(Bead((0,), (0,), 0.8),))
    texts = list(bead_texts(CheckContext(alignment=a, settings=Settings())))
    assert [b.en for b in texts] == ["China is not that interested in making investment in Russia."]
    # a negation the glued English drops is found; the faithful glued English gives nothing
    assert _negations("我们不同意这种说法。", "Weagreewiththisstatementcompletelyandfully.")
    assert not _negations("我们不同意这种说法。", "Wedonotagreewiththisstatementcompletely.")


def test_a_word_level_finding_on_respaced_english_is_information() -> None:
    from align.checks import run_checks
    from align.model import Severity

    a = Alignment(zh=doc("zh", ["我们不同意这种说法。"]),
                  en=doc("en", ["Weagreewiththisstatementcompletelyandfully."]),
                  beads=(Bead((0,), (0,), 0.8),))
    found = [f for f in run_checks(CheckContext(alignment=a, settings=Settings()))
             if f.rule == "negation"]
    assert found and all(f.severity is Severity.INFO for f in found)
    assert all(("reading", "respaced") in f.evidence for f in found)
    spaced = Alignment(zh=doc("zh", ["我们不同意这种说法。"]),
                       en=doc("en", ["We agree with this statement completely and fully."]),
                       beads=(Bead((0,), (0,), 0.8),))
    found = [f for f in run_checks(CheckContext(alignment=spaced, settings=Settings()))
             if f.rule == "negation"]
    assert found and all(f.severity is not Severity.INFO for f in found)
