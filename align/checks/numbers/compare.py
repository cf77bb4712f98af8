"""Compare the quantities of the two sides of a bead.

Matching runs in passes, most certain first: equal values with compatible qualifiers; equal
values whose qualifier changed; ranges split into their ends; rounding where a side is
approximate; percent written as percentage points (or the reverse); and finally a different value
of the same sort (a mismatch). What is left is missing from the English (an error) or only in the
English (a warning). Weak quantities (一个, "first") are matched when they can be, never reported
alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from align.checks.numbers.render import render_en
from align.model import Severity
from align.numbers.quantity import Quantity, date_parts
from align.rules import (
    NUMBER_EXTRA,
    NUMBER_KIND,
    NUMBER_MISMATCH,
    NUMBER_MISSING,
    NUMBER_QUALIFIER,
    NUMBER_ROUNDED,
    Rule,
)


@dataclass(frozen=True)
class Discrepancy:
    """One number finding, before it is placed in a document; a severity left out is the
    rule's default."""

    rule: Rule
    message: str
    zh: Quantity | None = None
    en: Quantity | None = None
    severity: Severity = None  # type: ignore[assignment]  # filled in below
    extra: tuple[tuple[str, str], ...] = ()  # evidence added by the caller (where it matched)

    def __post_init__(self) -> None:
        if self.severity is None:
            object.__setattr__(self, "severity", self.rule.severity)


_GROUP = {"exact": "exact", "approx": "approx", "nearly": "approx", "more-than": "lower",
          "at-least": "lower", "less-than": "upper", "at-most": "upper"}  # fmt: skip
_QUALIFIER_WORDS = {"exact": "exactly", "approx": "about", "nearly": "nearly",
                    "more-than": "more than", "at-least": "at least", "less-than": "less than",
                    "at-most": "at most"}  # fmt: skip


def compare(zh: Sequence[Quantity], en: Sequence[Quantity]) -> list[Discrepancy]:
    """The discrepancies between the quantities of a Chinese text and its English translation."""
    m = _Matcher(list(zh), list(en))
    # the same kind first: 343.7% with 343.7%, before 上升近4倍 may take it as "4.4 times"
    m.match(_equal_in_kind, _equal_finding)
    m.match(_equal, _equal_finding)
    m.split_ranges()
    m.match(_equal, _equal_finding)
    m.match(_rounds, _rounded)
    m.match(_rounds_unmarked, _unmarked_rounding)
    m.match(_kind_confused, _kind_finding)
    m.match(_converted, _conversion_finding)
    m.match(_exchanged, _exchange_finding)
    m.match(_comparable, _mismatch, best=_distance)
    m.match(_day_as_weekday, _weekday_finding)
    m.match(_edition_as_year, _edition_finding)
    for z in m.zh_left():
        if not z.weak and not _absorbed(z, m.en):
            msg = f"The Chinese {_show(z)} is missing from the English."
            m.out.append(Discrepancy(NUMBER_MISSING, msg, zh=z))
    for e in m.en_left():
        if not e.weak and not _absorbed(e, m.zh):
            msg = f"The English {_show(e)} has no counterpart in the Chinese."
            if e.kind == "weekday":  # "on Wednesday" for 21日: English news names the day
                m.out.append(Discrepancy(NUMBER_EXTRA, msg + " A weekday added to a date says "
                                         "nothing new.", en=e, severity=Severity.INFO))
                continue
            plan = _plan_of_year(e, m.zh)
            if plan is not None:  # the 14th Five-Year Plan period (2021-2025) for 十四五时期
                m.out.append(Discrepancy(NUMBER_EXTRA, msg + f" It is a year of the Chinese "
                                         f"{plan.surface} plan.", en=e, severity=Severity.INFO))
                continue
            m.out.append(Discrepancy(NUMBER_EXTRA, msg, en=e))
    named = {q.unit for q in en if q.kind == "money" and q.unit}
    for z, e in m.pairs:
        if z.kind == "money" and z.unit and e.kind == "count" and named and z.unit not in named:
            msg = (f"The Chinese {z.surface} is in {z.unit}, but the English {e.surface} names no "
                   f"currency, and the only one the English there names is "
                   f"{', '.join(sorted(named))}.")
            m.out.append(Discrepancy(NUMBER_MISMATCH, msg, z, e, severity=Severity.WARNING))
    return m.out


def same_quantity(z: Quantity, e: Quantity) -> bool:
    """Whether the Chinese ``z`` and the English ``e`` say the same quantity (equal, or one
    rounding the other where a side is approximate): what a neighbouring sentence is searched
    for. Two quantities of the same side may be passed too."""
    if z.weak and e.weak:
        return False
    return _equal(z, e) or _rounds(z, e) or (
        z.kind == e.kind == "date" and _dates_agree(z.value, z.unit, e.value, e.unit))


class _Matcher:
    def __init__(self, zh: list[Quantity], en: list[Quantity]) -> None:
        self.zh, self.en = zh, en
        self.zh_used: set[int] = set()
        self.en_used: set[int] = set()
        self.out: list[Discrepancy] = []
        self.pairs: list[tuple[Quantity, Quantity]] = []  # every match, for what it says about both

    def zh_left(self) -> list[Quantity]:
        return [q for i, q in enumerate(self.zh) if i not in self.zh_used]

    def en_left(self) -> list[Quantity]:
        return [q for i, q in enumerate(self.en) if i not in self.en_used]

    def match(
        self,
        pred: Callable[[Quantity, Quantity], bool],
        finding: Callable[[Quantity, Quantity], Discrepancy | None],
        best: Callable[[Quantity, Quantity], float] | None = None,
    ) -> None:
        """Pair each unused zh quantity with the unused en quantity that satisfies ``pred``
        (the first in order, or the one minimising ``best``). Weak zh quantities come last: a
        headline's copy of a figure must not take the English figure from the sentence that
        says it."""
        for i in sorted(range(len(self.zh)), key=lambda i: self.zh[i].weak):
            if i in self.zh_used:
                continue
            z = self.zh[i]
            cands = [j for j, e in enumerate(self.en) if j not in self.en_used and pred(z, e)]
            if not cands:
                continue
            if best is not None:
                j = min(cands, key=lambda j: best(z, self.en[j]))
            else:  # prefer the same kind, then the earliest
                j = min(cands, key=lambda j: (self.en[j].kind != z.kind, j))
            self.zh_used.add(i)
            self.en_used.add(j)
            self.pairs.append((z, self.en[j]))
            d = finding(z, self.en[j])
            if d is not None:
                self.out.append(d)

    def split_ranges(self) -> None:
        """An unmatched range may be written as two numbers on the other side (3至5年 vs "3 or
        5 years"), so compare its ends separately from here on."""
        self.zh, self.zh_used = _split(self.zh, self.zh_used)
        self.en, self.en_used = _split(self.en, self.en_used)


def _split(qs: list[Quantity], used: set[int]) -> tuple[list[Quantity], set[int]]:
    out: list[Quantity] = []
    new_used: set[int] = set()
    for i, q in enumerate(qs):
        if i in used:
            new_used.add(len(out))
            out.append(q)
        elif q.high is not None and q.kind != "period":
            out += [replace(q, high=None), replace(q, value=q.high, high=None)]
        else:
            out.append(q)
    return out, new_used


# -- what "the same" means ---------------------------------------------------------------------


def _cls(q: Quantity) -> str:
    if q.kind in ("count", "money", "ordinal", "multiple") or (q.kind == "date" and q.unit == "y"):
        return "number"
    if q.kind in ("percent", "fraction"):
        return "ratio"
    return q.kind


def _num(q: Quantity, v: Decimal | None = None) -> Decimal:
    v = q.value if v is None else v
    if q.kind == "date" and q.unit == "y":
        return v / 10000
    if q.kind == "fraction":
        return v * 100
    return v


def _loose_points(z: Quantity, e: Quantity) -> bool:
    """Percentage points written as bare "points" ("up 0.2 points")."""
    return {z.kind, e.kind} == {"points", "count"} and "points" in (z.unit, e.unit)


def _same_value(z: Quantity, e: Quantity, a: Decimal, b: Decimal) -> bool:
    cz, ce = _cls(z), _cls(e)
    if cz != ce and not _loose_points(z, e):
        return _same_across_kinds(z, a, e, b) or _same_across_kinds(e, b, z, a)
    if z.kind == "date" and e.kind == "date" and cz == "date":
        return _dates_agree(a, z.unit, b, e.unit)
    if cz == "time":
        return a % 12 == b % 12
    if cz == "decade":
        return a % 100 == b % 100
    return _num(z, a) == _num(e, b)


def _same_across_kinds(p: Quantity, a: Decimal, q: Quantity, b: Decimal) -> bool:
    """The few ways one value is written as two kinds."""
    if p.kind == "date" and p.unit == "d" and q.kind in ("ordinal", "count"):
        return a % 100 == b  # 23日 vs "the 23rd"
    if p.kind == "date" and p.unit == "md" and q.kind == "fraction" and (
            m := re.fullmatch(r"(\d{1,2})/(\d{1,2})", q.surface.strip())):
        return date_parts(a)[1:] == (int(m[1]), int(m[2]))  # 9·11事件 vs "the 9/11 attacks"
    if p.kind == "count" and p.unit == "号" and q.kind == "date" and "d" in q.unit:
        return date_parts(b)[2] == a  # 在10号 (on the 10th, said as spoken) vs "on December 10"
    if p.kind == "time" and q.kind == "count" and not q.unit and a == a.to_integral_value():
        return a % 12 == b % 12  # 凌晨五点 vs "at five in the morning"
    if p.kind == "multiple" and q.kind == "percent" and q.high is None:
        # 增加3.8倍 vs "an upsurge of 375.1%": an increase by N times is N x 100 per cent (to
        # N times, 增加到3倍, is N - 1), the percent rounded as the multiple is written
        return _rounds_to(b / 100, a) or _rounds_to(b / 100 + 1, a)
    return False


def _dates_agree(a: Decimal, ua: str, b: Decimal, ub: str) -> bool:
    shared = set(ua) & set(ub)
    pa, pb = date_parts(a), date_parts(b)
    idx = {"y": 0, "m": 1, "d": 2}
    return bool(shared) and all(pa[idx[c]] == pb[idx[c]] for c in shared)


def _equal_in_kind(z: Quantity, e: Quantity) -> bool:
    return z.kind == e.kind and _equal(z, e)


def _equal(z: Quantity, e: Quantity) -> bool:
    if z.kind == "money" and e.kind == "money" and z.unit and e.unit and z.unit != e.unit:
        return False
    if (z.high is None) != (e.high is None):
        return False
    if not _same_value(z, e, z.value, e.value):
        return False
    return z.high is None or _same_value(z, e, z.high, e.high)


def _qualifier_change(zq: str, eq: str) -> Severity | None:
    gz, ge = _GROUP[zq], _GROUP[eq]
    if gz == ge:
        return None
    if "exact" in (gz, ge):
        return Severity.INFO  # a qualifier dropped or added
    if {gz, ge} == {"lower", "upper"} or ("nearly" in (zq, eq) and "lower" in (gz, ge)):
        return Severity.WARNING  # 以上 vs "below"; 近 vs "more than"
    return Severity.INFO


def _precision(x: Decimal) -> int:
    return 0 if x == 0 else x.normalize().as_tuple().exponent


def _rounds_to(a: Decimal, b: Decimal) -> bool:
    """Whether the finer of ``a`` and ``b`` rounds to the coarser (4.49 -> 4.5, 4178027 ->
    4000000, but 45 does not round to 40)."""
    pa, pb = _precision(a), _precision(b)
    if pa == pb:
        return a == b
    coarse, fine, p = (a, b, pa) if pa > pb else (b, a, pb)
    unit = Decimal(10) ** p
    return (fine / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP) * unit == coarse


def _rounds(z: Quantity, e: Quantity) -> bool:
    if _cls(z) != _cls(e) or _cls(z) not in ("number", "ratio", "points"):
        return False
    if "date" in (z.kind, e.kind):
        return False
    if z.high is not None or e.high is not None:
        return False
    if z.kind == "money" and e.kind == "money" and z.unit and e.unit and z.unit != e.unit:
        return False
    approximate = (z.qualifier, e.qualifier) != ("exact", "exact")
    if not (approximate or "fraction" in (z.kind, e.kind)):
        return False
    return _rounds_to(_num(z), _num(e))


def _rounds_unmarked(z: Quantity, e: Quantity) -> bool:
    """Two amounts with a scale word (亿, 万, million, billion), or two figures a thousandth
    apart at most (182.9% and "183 percent"), that differ only by rounding, neither marked
    approximate (1.3億元 and "MOP134 million", 6,968萬元 and "MOP70 million"): the ranges each
    stands for as written (1.3億: 125 to 135 million) meet. Statistics are rounded by
    convention.
    Digits count as written, trailing zeros included (6000万 is no rounding of 56 million)."""
    if z.qualifier != "exact" or e.qualifier != "exact" or _cls(z) != _cls(e) \
            or _cls(z) not in ("number", "ratio") or "date" in (z.kind, e.kind) \
            or z.high is not None or e.high is not None or _equal(z, e):
        return False
    if z.kind == "money" and e.kind == "money" and z.unit and e.unit and z.unit != e.unit:
        return False
    pz, pe = _written_precision(z.surface), _written_precision(e.surface)
    if pz is None or pe is None or pz == pe:
        return False
    if not _SCALED.search((z if pz > pe else e).surface) and not _within_a_thousandth(z, e):
        return False  # the coarser is written with a scale word (3.5万 against 35,210), or
        # stays within a thousandth of the finer (182.9% as "183 percent")
    (coarse, p), (fine, q) = sorted(((_num(z), pz), (_num(e), pe)), key=lambda x: -x[1])
    # both may be rounded: 0.06亿 (5.5 to 6.5 million) and "USD 6.5 million" (6.45 to 6.55)
    # can be one figure, 0.1亿 and "USD 5 million" too; 45 and 40 cannot
    return abs(fine - coarse) <= (Decimal(10) ** p + Decimal(10) ** q) / 2


_SCALES = (("万亿", 12), ("萬億", 12), ("亿", 8), ("億", 8), ("万", 4), ("萬", 4),
           ("trillion", 12), ("billion", 9), ("million", 6))
_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_SCALED = re.compile("|".join(word for word, _ in _SCALES), re.IGNORECASE)


def _written_precision(surface: str) -> int | None:
    """The power of ten of the last digit an amount is written to (1.3億: 7; 6,968萬: 4;
    "MOP134 million": 6; "35,210": 0), or None without Arabic digits."""
    digits = _WRITTEN.search(surface)
    if digits is None:
        return None
    scale = next((p for word, p in _SCALES if word in surface.lower()), 0)
    return scale - len(digits.group(1) or "")


def _unmarked_rounding(z: Quantity, e: Quantity) -> Discrepancy:
    """An error where the English rounds silently (4.49万亿元 as "4.5 trillion"); info where
    the English gives more digits than the Chinese rounded to (540万 as "5.44 million", 1.3億
    as "MOP134 million"), the figure the Chinese rounds, as releases print it in each language,
    or where the rounding moves the figure by no more than a thousandth of it (1725.4万 as
    "17.25 million", 182.9% as "183 percent"): a choice of precision that changes nothing a
    reader takes away."""
    finer = (_written_precision(e.surface) or 0) < (_written_precision(z.surface) or 0)
    close = _within_a_thousandth(z, e)
    msg = (f"The Chinese says {_show(z)}; the English says {_show(e)}. They differ only by "
           "rounding, which neither side marks as approximate"
           + (", and by no more than a thousandth of the figure." if close else
              ": the English gives the figure the Chinese rounds." if finer else "."))
    severity = Severity.INFO if close or finer else Severity.ERROR
    return Discrepancy(NUMBER_MISMATCH, msg, z, e, severity=severity, extra=(UNMARKED_ROUNDING,))


# How far a silent rounding may move a figure, as a share of it, and still say the same thing:
# four significant digits keep any figure this close (19.772 million as "19.77 million");
# 4.49 as "4.5" moves it two thousandths.
ROUNDING_TOLERANCE = Decimal("0.001")


def _within_a_thousandth(z: Quantity, e: Quantity) -> bool:
    a, b = _num(z), _num(e)
    return a != 0 and abs(a - b) <= ROUNDING_TOLERANCE * abs(a)


UNMARKED_ROUNDING = ("uncertain", "differs only by rounding")


def _rounded(z: Quantity, e: Quantity) -> Discrepancy:
    sev = _qualifier_change(z.qualifier, e.qualifier)
    if sev is Severity.WARNING:
        return _qualifier_finding(z, e, sev)
    msg = f"The English {e.surface} rounds the Chinese {_show(z)}."
    return Discrepancy(NUMBER_ROUNDED, msg, z, e)


# Chinese measures an English translation converts: 斤 (half a kilogram) to kilograms or tonnes,
# 亩 (a fifteenth of a hectare) to hectares, 里 to kilometres, 公顷 to square kilometres.
CONVERSIONS = {"斤": (Decimal("0.5"), Decimal("0.0005")), "亩": (Decimal(1) / 15,),
               "里": (Decimal("0.5"),), "公顷": (Decimal("0.01"),), "吨": (Decimal(1000),),
               "公里": (Decimal("0.621371"),)}  # fmt: skip
CONVERSION_TOLERANCE = Decimal("0.02")  # a converted figure is rounded: within 2%


def _converted(z: Quantity, e: Quantity) -> bool:
    """Whether ``e`` is ``z`` converted from a Chinese measure (1.3万亿斤 -> "650 million
    tons", 18亿亩 -> "120 million hectares")."""
    factors = CONVERSIONS.get(z.unit)
    if not factors or z.kind != "count" or e.kind != "count" or z.high is not None or \
            e.high is not None or not e.value or \
            _qualifier_change(z.qualifier, e.qualifier) is Severity.WARNING:
        return False
    return any(abs(z.value * f - e.value) <= CONVERSION_TOLERANCE * e.value for f in factors)


def _conversion_finding(z: Quantity, e: Quantity) -> Discrepancy:
    msg = f"The English {e.surface} converts the Chinese {z.surface} into another measure."
    return Discrepancy(NUMBER_ROUNDED, msg, z, e, severity=Severity.INFO)


# Units of each currency one US dollar bought, lowest and highest yearly average since 1980
# (public exchange-rate records, rounded outward): the band in which a translator's conversion
# of an amount from one currency into another must fall. Two amounts in different currencies
# cannot be compared by value; one outside every rate the two currencies have had is a mismatch.
PER_DOLLAR = {"USD": (Decimal(1), Decimal(1)), "CNY": (Decimal("1.5"), Decimal("8.8")),
              "HKD": (Decimal("4.9"), Decimal("7.9")), "EUR": (Decimal("0.6"), Decimal("1.2")),
              "GBP": (Decimal("0.4"), Decimal("0.95")), "JPY": (Decimal(75), Decimal(260)),
              "AUD": (Decimal("0.65"), Decimal("2.1")), "RUB": (Decimal(5), Decimal(140)),
              "KRW": (Decimal(600), Decimal(1600))}  # fmt: skip


def exchange_rate(z: Quantity, e: Quantity) -> Decimal | None:
    """The rate (units of ``z``'s currency per unit of ``e``'s) at which the money ``e`` would
    be ``z`` converted, when the two name different currencies and that rate is one the two
    currencies have had; None otherwise (same currency, a currency unknown, an implausible
    rate: 90万亿元 as "$90 trillion")."""
    if z.kind != "money" or e.kind != "money" or not z.unit or not e.unit or z.unit == e.unit \
            or z.unit not in PER_DOLLAR or e.unit not in PER_DOLLAR or not e.value or \
            z.high is not None or e.high is not None or \
            _qualifier_change(z.qualifier, e.qualifier) is Severity.WARNING:
        return None
    (z_low, z_high), (e_low, e_high) = PER_DOLLAR[z.unit], PER_DOLLAR[e.unit]
    rate = z.value / e.value  # units of z's currency per unit of e's
    return rate if z_low / e_high <= rate <= z_high / e_low else None


def _exchanged(z: Quantity, e: Quantity) -> bool:
    """Whether ``e`` could be ``z`` converted into another currency (突破90万亿元 as "over
    US$13 trillion")."""
    return exchange_rate(z, e) is not None


def _exchange_finding(z: Quantity, e: Quantity) -> Discrepancy:
    rate = exchange_rate(z, e) or Decimal(1)
    # said as units of the weaker currency to one of the stronger: 6.92 CNY to the USD
    big, small, r = (z.unit, e.unit, rate) if rate >= 1 else (e.unit, z.unit, 1 / rate)
    shown = f"{r:.3g} {big} to the {small}"
    msg = (f"The English {e.surface} is in {e.unit}, the Chinese {z.surface} in {z.unit}: "
           f"converted? (at {shown}, a rate the two currencies have had).")
    return Discrepancy(NUMBER_MISMATCH, msg, z, e, severity=Severity.INFO,
                       extra=(("converted", shown),))


def _kind_confused(z: Quantity, e: Quantity) -> bool:
    kinds = {z.kind, e.kind}
    pairs = ({"percent", "points"}, {"percent", "count"}, {"points", "count"})
    return kinds in pairs and z.value == e.value and z.high == e.high and not _loose_points(z, e)


def _kind_finding(z: Quantity, e: Quantity) -> Discrepancy:
    """Percent against percentage points is an error; a plain number on one side (a count with
    no measure word) against a percentage on the other is a warning: on real pages the unit
    was there, in a form the engine did not attach (百 分 之 78 spaced, a list's 个百分点
    written once), in every case judged."""
    msg = (f"The Chinese {z.surface} is {_kind_words(z)}, but the English {e.surface} is "
           f"{_kind_words(e)}.")
    plain = next((q for q in (z, e) if q.kind == "count" and not q.unit), None)
    if plain is None:
        return Discrepancy(NUMBER_KIND, msg, z, e)
    side = "Chinese" if plain is z else "English"
    return Discrepancy(NUMBER_KIND, msg + f" The {side} number has no unit at all, so its unit "
                       "may be there in a form not read.", z, e, severity=Severity.WARNING)


# Measure words that count occasions (两次 访问, 两度 到访): times, not things.
OCCASIONS = frozenset({"次", "度", "回"})


def _comparable(z: Quantity, e: Quantity) -> bool:
    """Whether ``e`` could be a wrong rendering of ``z`` (same sort of quantity)."""
    if z.weak or e.weak:
        return False  # a weak 一个 is no evidence that "five" was meant to be one, nor a wire
        # dateline's day that another date of the text was meant
    if z.unit in OCCASIONS and e.kind == "date" or e.unit in OCCASIONS and z.kind == "date":
        return False  # 两次 is no wrong rendering of 2013: "in 2013 and again in 2017" dates
        # each occasion (``restated.occasions_dated``)
    cz, ce = _cls(z), _cls(e)
    if {cz, ce} <= {"ratio", "points"}:
        return True
    if cz != ce or "ordinal" in (z.kind, e.kind) and "date" in (z.kind, e.kind):
        return False  # a year is no wrong ordinal: 第十四届 named "… 2023"
    if cz == "date":
        return bool(set(z.unit) & set(e.unit))
    return True


def plan_years(n: int) -> tuple[int, int] | None:
    """The years of China's nth Five-Year Plan (the 3rd ran 1966-1970, every later one five
    years on; the 1st and 2nd ran 1953-1962)."""
    if n in (1, 2):
        return 1953 + 5 * (n - 1), 1957 + 5 * (n - 1)
    return (1966 + 5 * (n - 3), 1970 + 5 * (n - 3)) if n >= 3 else None


def _plan_of_year(e: Quantity, zh: Sequence[Quantity]) -> Quantity | None:
    """The Chinese five-year plan (十四五) whose years include the English year ``e``."""
    if e.kind != "date" or e.unit != "y":
        return None
    year = int(e.value) // 10000
    for z in zh:
        span = plan_years(int(z.value)) if z.unit == "five-year-plan" else None
        if span and span[0] <= year <= span[1]:
            return z
    return None


def _day_as_weekday(z: Quantity, e: Quantity) -> bool:
    """21日 rendered "on Wednesday", as English news names the day of the week."""
    return z.kind == "date" and z.unit == "d" and e.kind == "weekday"


def _weekday_finding(z: Quantity, e: Quantity) -> Discrepancy:
    msg = f"The Chinese {_show(z)} is given as the weekday {e.surface}; check that they agree."
    return Discrepancy(NUMBER_KIND, msg, z, e, severity=Severity.INFO)


def _edition_as_year(z: Quantity, e: Quantity) -> bool:
    """第十四届 named by its year ("the Annual Meeting of the New Champions 2023")."""
    return z.kind == "ordinal" and z.surface.endswith(("届", "屆")) and e.kind == "date" and \
        e.unit == "y" and e.high is None


def _edition_finding(z: Quantity, e: Quantity) -> Discrepancy:
    msg = f"The Chinese {_show(z)} edition is named by its year, {e.surface}, in the English."
    return Discrepancy(NUMBER_KIND, msg, z, e, severity=Severity.INFO)


def _distance(z: Quantity, e: Quantity) -> float:
    a, b = abs(float(_num(z))) + 1, abs(float(_num(e))) + 1
    return abs(math.log10(a) - math.log10(b)) + (0 if z.kind == e.kind else 1)


def _mismatch(z: Quantity, e: Quantity) -> Discrepancy:
    if {_cls(z), _cls(e)} == {"ratio", "points"} and _cls(z) != _cls(e):
        msg = (f"The Chinese says {_show(z)}; the English says {_show(e)}, a different value "
               "and kind.")
        return Discrepancy(NUMBER_KIND, msg, z, e)
    if z.kind == e.kind == "money" and _equal(replace(z, unit=""), replace(e, unit="")):
        msg = f"The Chinese {z.surface} is in {z.unit}, but the English {e.surface} is in {e.unit}."
    else:
        msg = f"The Chinese says {_show(z)}; the English says {_show(e)}."
    return Discrepancy(NUMBER_MISMATCH, msg, z, e)


def _qualifier_finding(z: Quantity, e: Quantity, sev: Severity) -> Discrepancy:
    msg = (
        f"The Chinese {z.surface} means {_QUALIFIER_WORDS[z.qualifier]} {_words(z, False)}, but "
        f"the English says {_QUALIFIER_WORDS[e.qualifier]} {_words(e, False)} ({e.surface})."
    )
    return Discrepancy(NUMBER_QUALIFIER, msg, z, e, severity=sev)


def _absorbed(q: Quantity, other: Sequence[Quantity]) -> bool:
    """A date part repeated on one side only: 2024年 next to "October 1, 2024" split, or an end
    of a date range said again (the English title and body both give "between 23 and 29 July",
    the Chinese 7月23日至29日 once)."""
    if q.kind != "date":
        return False
    return any(o.kind == "date" and _dates_agree(q.value, q.unit, end, o.unit)
               for o in other for end in (o.value, o.high) if end is not None)


def _show(q: Quantity) -> str:
    """The quantity as written, with its English reading when that differs: 1.6万 (16,000)."""
    words = render_en(q)
    return q.surface if words.lower() == q.surface.lower() else f"{q.surface} ({words})"


def _words(q: Quantity, with_qualifier: bool = True) -> str:
    return render_en(q if with_qualifier else replace(q, qualifier="exact"))


def _kind_words(q: Quantity) -> str:
    return {"percent": "a percentage", "points": "percentage points",
            "count": "a plain number"}.get(q.kind, q.kind)  # fmt: skip


def _equal_finding(z: Quantity, e: Quantity) -> Discrepancy | None:
    sev = _qualifier_change(z.qualifier, e.qualifier)
    return _qualifier_finding(z, e, sev) if sev is not None else None
