"""English quantity extraction: every form issue 3 lists, in sentences written for these tests."""

from decimal import Decimal

import pytest
from conftest import quantity_value, strong_quantities

from align.numbers.en import extract_en, parse_en_number
from align.numbers.quantity import plain


def found(text: str) -> list[tuple[str, str, str]]:
    """(kind, value[..high], qualifier) of every strong quantity in ``text``."""
    return strong_quantities(extract_en(text))


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("16,000", "16000"),
        ("4.49 trillion", "4490000000000"),
        ("23 million", "23000000"),
        ("sixteen thousand", "16000"),
        ("a dozen", "12"),
        ("two dozen", "24"),
        ("two hundred and five", "205"),
        ("twenty-three million", "23000000"),
        ("one hundred and twenty-five thousand three hundred", "125300"),
        ("two and a half", "2.5"),
        ("1.5bn", "1500000000"),
    ],
)
def test_numbers(written: str, value: str) -> None:
    assert plain(parse_en_number(written)) == value


THIRD = plain(Decimal(1) / 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits, words, scales
        ("Employment rose by 16,000 last year.", [("count", "16000", "exact")]),
        ("Revenue reached 4.49 trillion yuan.", [("money", "4490000000000", "exact")]),
        ("Sixteen thousand visitors came.", [("count", "16000", "exact")]),
        ("She bought a dozen eggs.", [("count", "12", "exact")]),
        ("The city has 23 million residents.", [("count", "23000000", "exact")]),
        ("The rate was 0.75.", [("count", "0.75", "exact")]),
        # percent and points
        ("Output grew 17.8% in March.", [("percent", "17.8", "exact"), ("date", "300", "exact")]),
        ("Output grew 17.8 percent.", [("percent", "17.8", "exact")]),
        ("Output grew 17.8 per cent.", [("percent", "17.8", "exact")]),
        ("Unemployment fell 0.2 percentage points.", [("points", "0.2", "exact")]),
        ("The bank cut rates by 25 basis points.", [("points", "0.25", "exact")]),
        # fractions
        ("One-third of the pupils board.", [("fraction", THIRD, "exact")]),
        ("About a third of the area is water.", [("fraction", THIRD, "approx")]),
        ("Two-thirds of them are farmers.", [("fraction", plain(Decimal(2) / 3), "exact")]),
        ("A quarter of the budget went on roads.", [("fraction", "0.25", "exact")]),
        ("One in five adults smokes.", [("fraction", "0.2", "exact")]),
        # ordinals
        ("It was his third visit to Shanghai.", [("ordinal", "3", "exact")]),
        ("The 20th Games were held in Hangzhou.", [("ordinal", "20", "exact")]),
        (
            "Its twentieth anniversary falls in 2025.",
            [("ordinal", "20", "exact"), ("date", "20250000", "exact")],
        ),
        ("The twenty-first meeting opened.", [("ordinal", "21", "exact")]),
        ("the 14th Five-Year Plan period", [("ordinal", "14", "exact")]),
        # dates and periods
        (
            "October 1, 2024 was a Tuesday.",
            [("date", "20241001", "exact"), ("weekday", "2", "exact")],
        ),
        ("He left on 1 October 2024.", [("date", "20241001", "exact")]),
        (
            "From January to September, exports rose 5%.",
            [("period", "1..9", "exact"), ("percent", "5", "exact")],
        ),
        ("The economy was stable in the first three quarters.", [("period", "1..9", "exact")]),
        ("Sales fell in the first half.", [("period", "1..6", "exact")]),
        ("Orders recovered in the fourth quarter.", [("period", "10..12", "exact")]),
        ("Shows are on May 3 and 9.", [("date", "503", "exact"), ("date", "509", "exact")]),
        ("He will run in 2016.", [("date", "20160000", "exact")]),
        ("cities of the 1990s", [("decade", "1990", "exact")]),
        ("The meeting starts at 3 p.m.", [("time", "15", "exact")]),
        ("The train arrived at 9:30 a.m.", [("time", "9.5", "exact")]),
        # money
        ("They invested US$3 billion abroad.", [("money", "3000000000", "exact")]),
        ("They invested $3 billion abroad.", [("money", "3000000000", "exact")]),
        ("They invested 3 billion US dollars.", [("money", "3000000000", "exact")]),
        ("It costs RMB 500.", [("money", "500", "exact")]),
        # ranges
        ("The project takes 3 to 5 years.", [("count", "3..5", "exact")]),
        ("The project takes 3-5 years.", [("count", "3..5", "exact")]),
        ("The project takes between 3 and 5 years.", [("count", "3..5", "exact")]),
        ("It hosts 30,000-50,000 tourists.", [("count", "30000..50000", "exact")]),
        ("It hosts 3 to 5 million tourists.", [("count", "3000000..5000000", "exact")]),
        # qualifiers
        ("About 200 people attended.", [("count", "200", "approx")]),
        ("Nearly 40,000 fans came.", [("count", "40000", "nearly")]),
        ("More than 100 firms took part.", [("count", "100", "more-than")]),
        ("Over 300 were injured.", [("count", "300", "more-than")]),
        ("At least 60 were present.", [("count", "60", "at-least")]),
        ("Children below 18 may not enter.", [("count", "18", "less-than")]),
        ("people under the age of 60", [("count", "60", "less-than")]),
        ("people aged 60 or older", [("count", "60", "at-least")]),
        ("The figure rose to 50 or so.", [("count", "50", "approx")]),
        ("The cases exceeded 4 million.", [("count", "4000000", "more-than")]),
        ("Up to 500 guests can stay.", [("count", "500", "at-most")]),
        ("No more than 500 guests can stay.", [("count", "500", "at-most")]),
        ("Not less than 5% must be kept.", [("percent", "5", "at-least")]),
        # a bound negated before it bounds the other way (不得超过)
        ("The payment will generally not exceed 40%.", [("percent", "40", "at-most")]),
        ("Detention cannot exceed 30 days.", [("count", "30", "at-most")]),
        ("The group must not be more than 5 people.", [("count", "5", "at-most")]),
        ("The rate shall not be less than 95%.", [("percent", "95", "at-least")]),
        ("It won't exceed 10 days.", [("count", "10", "at-most")]),
        ("Costs may exceed 10 million.", [("count", "10000000", "more-than")]),
        # years in words, decades with an apostrophe
        ("Hong Kong returned in nineteen ninety-seven.", [("date", "19970000", "exact")]),
        ("Twenty twenty-one was hard.", [("date", "20210000", "exact")]),
        ("in the early 1980's", [("decade", "1980", "exact")]),
        ("by the late 1990’s", [("decade", "1990", "exact")]),
        ("twenty-five people came", [("count", "25", "exact")]),
        # a scale word after a range of small numbers is both ends'
        ("It added one or two hundred jobs.", [("count", "100..200", "approx")]),
        ("two or three thousand people", [("count", "2000..3000", "approx")]),
        ("one to two hundred jobs", [("count", "100..200", "exact")]),
        ("The museum is twice as large.", [("multiple", "2", "exact")]),
        ("Prices rose three times.", [("multiple", "3", "exact")]),
    ],
)
def test_forms(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the largest ports in the region.",
        "No one expected the storm.",
        "The Belt and Road Initiative links many countries.",
        "Someone left the door open.",
        "They discussed 5G networks at the G20 summit.",
        "The COVID-19 pandemic changed travel.",
        "Thousands of people and dozens of groups joined.",
        "The rain may stop soon.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert found(text) == []


def test_weak_words() -> None:
    qs = extract_en("First, we must stay open. Half of them agreed. It is the one we want.")
    assert [(q.kind, plain(q.value)) for q in qs] == [
        ("ordinal", "1"),
        ("fraction", "0.5"),
        ("count", "1"),
    ]
    assert all(q.weak for q in qs)


def test_offsets_and_surface() -> None:
    text = "Last year about 16,000 jobs were added."
    (q,) = extract_en(text)
    assert text[q.start : q.end] == q.surface == "about 16,000"


def test_bare_points_are_marked() -> None:
    (q,) = extract_en("The index rose 0.5 points.")
    assert (q.kind, q.unit) == ("count", "points")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She will be back in a day or two.", [("count", "1..2", "approx", True)]),
        ("Two or three women came in.", [("count", "2..3", "approx", True)]),
        ("The meeting lasted an hour and a half.", [("count", "1.5", "exact", False)]),
        (
            "Over the past decade, exports doubled.",
            [("count", "10", "exact", True), ("multiple", "2", "exact", False)],
        ),
        ("Over the past two decades the city grew.", [("count", "20", "exact", False)]),
        ("Phase II is under construction.", [("ordinal", "2", "exact", False)]),
        ("FOUR DECADES have passed.", [("count", "40", "exact", False)]),
        # a capitalised number word in a name is weak: it matches 两 but is never reported alone
        ("They walked down Two Dukes Street.", [("count", "2", "exact", True)]),
        # a score is one quantity with both terms, as the Chinese 3:1 and 3比1 read
        ("The match ended 3:1.", [("count", "3..1", "exact", False)]),
        ("6. The New Start", []),
        (
            "It rose from 3.2% in 2019 to 4.5% in 2024.",
            [
                ("percent", "3.2", "exact", False),
                ("date", "20190000", "exact", False),
                ("percent", "4.5", "exact", False),
                ("date", "20240000", "exact", False),
            ],
        ),
    ],
)
def test_estimates_and_special_forms(text: str, expected: list) -> None:
    got = [
        (q.kind, quantity_value(q), q.qualifier, q.weak)
        for q in extract_en(text)
    ]  # fmt: skip
    assert got == expected


@pytest.mark.parametrize("text", ["LC Paper No. CB(2)1234/07-08", "Paper LS 63/07-08 was tabled."])
def test_a_legislatures_paper_number_is_no_quantity(text: str) -> None:
    assert found(text) == []
