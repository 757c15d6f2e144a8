"""Intervals keep every hedge: property tests (hypothesis) and the reading rules on real claims."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briconnect.intervals import Interval, read_claim, rounding_step

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
positive = st.floats(min_value=1e-3, max_value=1e3, allow_nan=False)


@st.composite
def intervals(draw, values=finite):
    a, b = draw(values), draw(values)
    return Interval(min(a, b), max(a, b))


@st.composite
def member(draw, iv: Interval):
    t = draw(st.floats(min_value=0, max_value=1))
    return min(max(iv.low + t * (iv.high - iv.low), iv.low), iv.high)  # rounding stays inside


@given(intervals(), intervals(), st.data())
def test_sum_difference_product_contain_every_result(a, b, data) -> None:
    x, y = data.draw(member(a)), data.draw(member(b))
    for result, value in ((a + b, x + y), (a - b, x - y), (a * b, x * y)):
        tol = 1e-9 * max(1.0, abs(value))
        assert result.low - tol <= value <= result.high + tol


@given(intervals(), intervals(positive), st.data())
def test_ratio_contains_every_result(a, b, data) -> None:
    x, y = data.draw(member(a)), data.draw(member(b))
    r = a / b
    assert r.low - 1e-9 * abs(x / y) - 1e-12 <= x / y <= r.high + 1e-9 * abs(x / y) + 1e-12


@given(intervals(positive), intervals(st.floats(min_value=-3, max_value=3)), st.data())
def test_powers_contain_every_result(a, e, data) -> None:
    x, p = data.draw(member(a)), data.draw(member(e))
    r = a**e
    assert r.low * (1 - 1e-9) <= x**p <= r.high * (1 + 1e-9)


@given(intervals(), intervals())
def test_relations_agree_with_the_points(a, b) -> None:
    verdict = a.relation("at_most", b)
    if verdict == "always":
        assert a.high <= b.low
    if verdict == "never":
        assert a.low > b.high
    assert a.relation("at_least", b) == b.relation("at_most", a)


def test_a_ratio_of_two_lower_bounds_has_no_upper_bound() -> None:
    """'more than 6,000' / 'more than 1,600': at least... nothing; the ratio is unbounded."""
    ratio = Interval(6000, math.inf) / Interval(1600, math.inf)
    assert (ratio.low, ratio.high) == (0.0, math.inf)
    assert ratio.text() == "any value ≥ 0"


def test_a_divisor_that_may_be_zero_bounds_nothing() -> None:
    assert Interval(1, 2) / Interval(-1, 1) == Interval(-math.inf, math.inf)


@pytest.mark.parametrize(
    ("mention", "value", "qualifier", "unit", "low", "high"),
    [
        ("45.4 percent", 45.4, "exact", "percent", 45.35, 45.45),
        ("US$19.1 trillion", 19.1e12, "exact", "USD", 19.05e12, 19.15e12),
        ("46", 46, "exact", "count", 46, 46),
        ("more than 200", 200, "lower", "count", 200, math.inf),
        ("nearly US$2.9 trillion", 2.9e12, "upper", "USD", 2.8e12, 2.9e12),
        ("about US$22 billion", 22e9, "approx", "USD", 21e9, 23e9),
        ("about 2,000", 2000, "approx", "count", 1000, 3000),
    ],
)
def test_the_strict_reading(mention, value, qualifier, unit, low, high) -> None:
    claim = {"mention": mention, "value": value, "qualifier": qualifier, "unit": unit}
    iv = read_claim(claim)
    assert (iv.low, iv.high) == pytest.approx((low, high))


def test_the_conventional_reading_closes_more_than_at_the_next_step() -> None:
    claim = {
        "mention": "exceeded US$1.5 trillion",
        "value": 1.5e12,
        "qualifier": "lower",
        "unit": "USD",
    }
    assert read_claim(claim, "conventional") == Interval(1.5e12, 1.6e12)
    assert read_claim(claim).high == math.inf


def test_a_span_the_text_gives_is_kept() -> None:
    claim = {"mention": "tens of thousands", "value": 1e4, "qualifier": "approx", "unit": "count",
             "value_low": 1e4, "value_high": 1e5}  # fmt: skip
    assert read_claim(claim) == Interval(1e4, 1e5)


@pytest.mark.parametrize(
    ("mention", "value", "step"),
    [
        ("US$1.5 trillion", 1.5e12, 0.1e12),
        ("more than 80", 80, 10),
        ("eight", 8, 1),
        ("2,000", 2000, 1000),
    ],
)
def test_rounding_step(mention, value, step) -> None:
    assert rounding_step(mention, value) == pytest.approx(step)


def test_words_for_intervals() -> None:
    assert Interval(2.79e12, 2.98e12).text(1e12) == "2.79-2.98"
    assert Interval(200, math.inf).text() == "at least 200"
    assert Interval(-math.inf, 2.9).text() == "at most 2.9"
    assert Interval(46, 46).text() == "46"


def test_words_for_large_numbers_without_a_scale() -> None:
    # the float-noise allowance is a fraction of one step, never whole units of a large number
    assert Interval(3e11, math.inf).text() == "at least 300,000,000,000"
    assert Interval(-math.inf, 2.9e12).text() == "at most 2,900,000,000,000"
    assert Interval(0.1 + 0.2, 0.7).text() == "0.3-0.7"  # 0.30000000000000004 rounds down to 0.3
    assert Interval(2.79e12, 2.98e12).text(1e12) == "2.79-2.98"
