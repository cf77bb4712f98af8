"""Issue 18: the engines, segmenters, readers and every report format never raise on arbitrary
text and finish in bounded time (hypothesis; about half a minute in all)."""

from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from align.model import AlignError

# Text biased towards what the patterns care about: numerals, scales, punctuation, controls.
_PIECES = st.sampled_from([
    "1", "9", "0", ",", ".", "万", "亿", "千", "百", "十", "一", "二", "两", "点", "年", "月", "日",
    "代", "%", "个百分点", "分之", "至", "多", "余", "约", "近", "。", "！", "？", "…", " ", "\n",
    "Mr.", "U.S.", " the ", "trillion", "million", "percent", "o'clock", "1990s", "-", "/",
    ":", "\x1b[31m", "\x00", "\ufeff", "“", "”", "（", "）", "第", "季度", "半年", "点半",
])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=120).map("".join),
    st.tuples(_PIECES, st.integers(1, 400)).map(lambda t: t[0] * t[1]),
)
FAST = settings(max_examples=150, deadline=2000,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(TEXT)
def test_number_engines_never_raise(text):
    from align.numbers.en import extract_en
    from align.numbers.zh import extract_zh

    for q in [*extract_zh(text), *extract_en(text)]:
        q.normalised()


@FAST
@given(TEXT, st.sampled_from(["sentences", "lines"]))
def test_segmenters_never_raise(text, split):
    from align.segment import segment

    for lang in ("zh", "en"):
        for s in segment(text, lang, split):
            assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
       st.sampled_from([".txt", ".md", ".srt", ".html", ".xlf", ".po", ".tmx", ".csv", ".docx",
                        ".vtt", ".xml", ".json"]))
def test_readers_never_raise_but_align_errors(data, suffix):
    from align.io import extract

    fd, path = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        for lang in ("zh", "en"):
            try:
                extract(path, lang)
            except AlignError:
                pass
    finally:
        os.unlink(path)


@settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT, TEXT)
def test_every_report_format_renders_arbitrary_text(zh_text, en_text, message):
    from align.model import (
        Alignment,
        Bead,
        Document,
        Finding,
        Report,
        Segment,
        Settings,
        Severity,
        Span,
    )
    from align.report import FORMATS, render
    from align.report.context import RenderContext

    zh_text, en_text = zh_text or "一", en_text or "a"
    zh = Document("z\x1b.txt", "zh", zh_text, (Segment(0, zh_text, 0, len(zh_text), 1),))
    en = Document("e%:,.txt", "en", en_text, (Segment(0, en_text, 0, len(en_text), 1),))
    a = Alignment(zh, en, (Bead((0,), (0,), 0.5),), model="m")
    f = Finding("mismatch", Severity.WARNING, message, Span.of(zh, [0]), Span.of(en, [0]),
                evidence=(("zh", message[:5]),), suggestion=message[:9] or None, bead=0)
    for fmt in FORMATS:
        render([Report(a, (f,), signature="s", settings=Settings())], fmt, RenderContext())
