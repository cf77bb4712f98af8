"""A journalist's opening, a person addressed by office beside a greeting (杨外长，您好), is a
salutation (issue 14): one page's furniture, not a sentence a translation must render."""

from __future__ import annotations

import pytest

from align.checks.coverage import furniture_zh
from align.scripts import is_salutation


@pytest.mark.parametrize("zh", ["杨外长，您好。", "王部长，下午好！", "李发言人，您好。",
                                "张大使，大家好", "主持人，您好。", "刘总理，早上好。"])
def test_an_office_addressed_beside_a_greeting_is_a_salutation(zh):
    assert is_salutation(zh, "zh", thanks=False)
    assert furniture_zh(zh)


@pytest.mark.parametrize("zh", [
    "杨外长：",  # a speaker label, no greeting
    "杨外长，我想问一个问题。",  # a question follows: a sentence
    "王部长，今年的工作重点是什么？",
    "中国人民，你好",  # a people addressed, no office: not this form
    "北京市，您好",
])
def test_an_office_without_a_greeting_or_with_content_is_no_salutation(zh):
    assert not is_salutation(zh, "zh", thanks=False)
