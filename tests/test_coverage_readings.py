"""A reprint's pinyin readings (关(guān)系, 强(qiáng)劲) cut the words of the Chinese in two: the
coverage check reads the Chinese without them before asking whether an English sentence split
off a long Chinese one renders its words (issue 14, J2). Sentences written for these tests."""

import pytest
from conftest import make_document as doc

from align.checks.coverage import _member_doubt
from align.model import Alignment, Bead

ZH = ("据报道，新西兰总理近日接受采访时表示，中国一直是新西兰非常重要的伙伴，"
      "新中关系强劲且成熟。")
ZH_READ = ("据(jù)报(bào)道，新西兰总理近日接受采访时(shí)表示，中国一直是新西兰非常重要的伙伴，"
           "新中关(guān)系强(qiáng)劲且成(chéng)熟。")
EN = ["Reportedly, the New Zealand Prime Minister said in an interview that China has always "
      "been a very important partner of New Zealand.",
      "Their relationship is robust and mature."]


def _doubt(zh: str):
    a = Alignment(zh=doc("zh", [zh]), en=doc("en", EN), beads=(Bead((0,), (0, 1), 0.8),))
    return _member_doubt(a, a.beads[0], "en", 1, without=0.8, typical=0.8)


@pytest.mark.parametrize("zh", [ZH, ZH_READ])
def test_a_split_off_sentence_is_accounted_for_with_or_without_readings(zh):
    doubt = _doubt(zh)
    assert doubt is not None and doubt[0] == "words accounted for"


def test_the_readings_are_what_hid_the_words(monkeypatch):
    monkeypatch.setattr("align.checks.coverage.without_readings", lambda text: (text, None))
    assert _doubt(ZH_READ) is None
