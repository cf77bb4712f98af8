"""Property tests: a random quantity written in several Chinese and English forms parses to the same
value on both sides, and the comparison finds nothing to report."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from align.checks.numbers import compare, extract_en, extract_zh
from align.numbers.quantity import plain

CN_DIGITS = "零一二三四五六七八九"
EN_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def cn_group(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, with 零 for inner gaps."""
    out, gap, started = "", False, False
    for digit, unit in zip(f"{n:04d}", ("千", "百", "十", ""), strict=True):
        d = int(digit)
        if d == 0:
            gap = gap or started
            continue
        if gap:
            out += "零"
            gap = False
        out += CN_DIGITS[d] + unit
        started = True
    return out


def cn(n: int, head: bool = True) -> str:
    """n > 0 in Chinese numerals (万, 亿, 万亿)."""
    if n >= 10**8:
        hi, lo = divmod(n, 10**8)
        rest = "" if lo == 0 else ("零" if lo < 10**7 else "") + cn(lo, head=False)
        return cn(hi) + "亿" + rest
    if n >= 10**4:
        hi, lo = divmod(n, 10**4)
        rest = "" if lo == 0 else ("零" if lo < 1000 else "") + cn_group(lo)
        return cn_group(hi) + "万" + rest
    text = cn_group(n)
    return text[1:] if head and text.startswith("一十") else text


def en_words(n: int) -> str:
    """n > 0 in English words."""
    parts = []
    for scale, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"),
                        (10**3, "thousand"), (1, "")):  # fmt: skip
        chunk, n = divmod(n, scale)
        if chunk:
            parts.append(_words_below_1000(chunk) + (f" {word}" if word else ""))
    return " ".join(parts)


def _words_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    out = [f"{EN_SMALL[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        out.append(EN_TENS[tens] + (f"-{EN_SMALL[ones]}" if ones else ""))
    elif rest:
        out.append(EN_SMALL[rest])
    return " and ".join(out) if hundreds and rest else " ".join(out)


def zh_forms(n: int) -> list[str]:
    forms = [str(n), f"{n:,}", cn(n)]
    for scale, word in ((10**8, "亿"), (10**4, "万")):
        if n >= scale and (Decimal(n) / scale) == (Decimal(n) / scale).quantize(Decimal("0.01")):
            forms.append(plain(Decimal(n) / scale) + word)
            break
    return forms


def en_forms(n: int) -> list[str]:
    forms = [f"{n:,}", en_words(n)]
    for scale, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if n >= scale and (Decimal(n) / scale) == (Decimal(n) / scale).quantize(Decimal("0.001")):
            forms.append(f"{plain(Decimal(n) / scale)} {word}")
            break
    return forms


def values(qs) -> list[Decimal]:
    return [q.value for q in qs]


# Round numbers are common in real text and exercise the scale words, so draw them often.
numbers = st.one_of(
    st.integers(min_value=1, max_value=10**13),
    st.builds(lambda a, e: a * 10**e, st.integers(1, 999), st.integers(0, 10)),
)


@given(numbers)
@settings(max_examples=300, deadline=None)
def test_counts_parse_equal_in_every_form(n: int) -> None:
    zh = [extract_zh(f"去年共有{form}人参加。") for form in zh_forms(n)]
    en = [extract_en(f"Last year {form} people took part.") for form in en_forms(n)]
    for qs in zh + en:
        assert values(qs) == [n], (n, qs)
    for z in zh:
        for e in en:
            assert compare(z, e) == []


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
@settings(max_examples=200, deadline=None)
def test_percents_parse_equal_in_every_form(whole: int, tenth: int) -> None:
    p = Decimal(f"{whole}.{tenth}") if tenth else Decimal(whole)
    spoken = cn(whole) + (f"点{CN_DIGITS[tenth]}" if tenth else "")
    zh = [extract_zh(f"比重达到{form}。") for form in (f"{p}%", f"{p}％", f"百分之{spoken}")]
    en = [extract_en(f"The share reached {form}.") for form in
          (f"{p}%", f"{p} percent", f"{p} per cent")]  # fmt: skip
    for qs in zh + en:
        assert [(q.kind, q.value) for q in qs] == [("percent", p)], qs
    for z in zh:
        for e in en:
            assert compare(z, e) == []


@given(st.integers(min_value=1900, max_value=2099), st.integers(1, 12), st.integers(1, 28))
@settings(max_examples=100, deadline=None)
def test_dates_parse_equal(year: int, month: int, day: int) -> None:
    months = ("January February March April May June July August September October November "
              "December").split()  # fmt: skip
    zh = extract_zh(f"{year}年{month}月{day}日，大会开幕。")
    forms = (f"On {months[month - 1]} {day}, {year}, the congress opened.",
             f"On {day} {months[month - 1]} {year} the congress opened.")  # fmt: skip
    for form in forms:
        en = extract_en(form)
        assert [(q.kind, q.value) for q in en] == [(q.kind, q.value) for q in zh]
        assert compare(zh, en) == []
