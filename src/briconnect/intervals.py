"""Hedged numbers as intervals, and arithmetic that keeps the hedge.

The text says "more than 200", "nearly US$2.9 trillion", "about 2,000". Each claim becomes an
:class:`Interval` of the values its wording allows, and every sum, difference, product, ratio
or power of intervals is again an interval containing every possible result. A ratio of two
lower bounds therefore has no upper bound, and a comparison can be undecidable.

How wording becomes an interval (:func:`read_claim`), the **strict reading** (the default):

* exact ("45.4 percent", "US$19.1 trillion"): the printed number is rounded, so the value lies
  within half a rounding step of it (the step is the place value of the last non-zero digit
  as written: 0.1 for 45.4, 0.1 trillion for 19.1 trillion); counts of things are exact;
* lower ("more than X", "X-plus", "over X", "exceeded X"): [X, infinity);
* upper ("nearly X", "almost X"): [X - step, X]: "nearly" is taken to mean within one rounding
  step below (nearly US$2.9 trillion: US$2.8-2.9 trillion);
* approx ("about X", "some X"): [X - step, X + step]; a span the text gives ("tens of
  thousands": 10,000-100,000) is used as written.

The **conventional reading** (``reading="conventional"``) also closes "more than X" at the next
rounding step, [X, X + step], as a reader might; notebooks show it only as a sensitivity.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

INF = math.inf
READINGS = ("strict", "conventional")
EXACT_UNITS = ("count", "times", "rank")  # whole things: a printed count is exact


def _finite_or(x: object, default: float) -> float:
    if x is None or x == "":
        return default
    v = float(x)  # type: ignore[arg-type]
    return default if math.isnan(v) else v


@dataclass(frozen=True, order=False)
class Interval:
    """The closed interval [low, high]; ``low`` may be -inf and ``high`` +inf."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if math.isnan(self.low) or math.isnan(self.high) or self.low > self.high:
            raise ValueError(f"not an interval: [{self.low}, {self.high}]")

    @classmethod
    def point(cls, x: float) -> Interval:
        return cls(x, x)

    @staticmethod
    def of(x: Interval | float) -> Interval:
        return x if isinstance(x, Interval) else Interval(float(x), float(x))

    # ------------------------------------------------------------ arithmetic
    def __add__(self, other: Interval | float) -> Interval:
        o = Interval.of(other)
        return Interval(self.low + o.low, self.high + o.high)

    __radd__ = __add__

    def __neg__(self) -> Interval:
        return Interval(-self.high, -self.low)

    def __sub__(self, other: Interval | float) -> Interval:
        return self + (-Interval.of(other))

    def __rsub__(self, other: Interval | float) -> Interval:
        return Interval.of(other) - self

    def __mul__(self, other: Interval | float) -> Interval:
        o = Interval.of(other)
        corners = [_mul(a, b) for a in (self.low, self.high) for b in (o.low, o.high)]
        return Interval(min(corners), max(corners))

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | float) -> Interval:
        o = Interval.of(other)
        if o.low <= 0 <= o.high:
            return Interval(-INF, INF)  # a divisor that may be zero bounds nothing
        return self * Interval(1 / o.high, 1 / o.low)

    def __rtruediv__(self, other: Interval | float) -> Interval:
        return Interval.of(other) / self

    def __pow__(self, exponent: Interval | float) -> Interval:
        """A positive base to a real power: monotone in each argument, so the corners bound it."""
        e = Interval.of(exponent)
        if self.low <= 0:
            raise ValueError("powers are defined here for positive bases only")
        corners = [_pow(b, x) for b in (self.low, self.high) for x in (e.low, e.high)]
        return Interval(min(corners), max(corners))

    # ------------------------------------------------------------ questions
    def __contains__(self, x: float) -> bool:
        return self.low <= x <= self.high

    @property
    def bounded(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)

    @property
    def width(self) -> float:
        return self.high - self.low

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def hull(self, other: Interval) -> Interval:
        return Interval(min(self.low, other.low), max(self.high, other.high))

    def relation(self, relation: str, other: Interval) -> str:
        """Does ``self RELATION other`` hold for every value ("always"), for some ("sometimes")
        or for none ("never")? Relations: equals, at_most, at_least."""
        if relation == "equals":
            if not self.overlaps(other):
                return "never"
            return "always" if self.width == 0 and other.width == 0 else "sometimes"
        if relation == "at_most":
            if self.high <= other.low:
                return "always"
            return "never" if self.low > other.high else "sometimes"
        if relation == "at_least":
            return other.relation("at_most", self)
        raise ValueError(f"unknown relation {relation!r}")

    # ------------------------------------------------------------ words
    def text(self, scale: float = 1.0, digits: int = 3, unit: str = "") -> str:
        """Short words for the interval: '2.8-2.9', 'at least 200', 'at most 2.9', '46',
        'any value ≥ 0' (no bound but the sign), 'unbounded'.

        Ends are rounded outwards (the low end down, the high end up) to ``digits`` significant
        digits, so the words never claim a narrower range than the numbers."""
        suffix = f" {unit}" if unit else ""
        if self.low == self.high:
            return f"{_number(self.low / scale, digits, 0)}{suffix}"
        if self.high == INF and self.low == -INF:
            return "unbounded"
        if self.high == INF and self.low == 0:
            # what a ratio of two lower bounds gives: "at least 0" would read like a finding
            return "any value ≥ 0"
        if self.high == INF:
            return f"at least {_number(self.low / scale, digits, -1)}{suffix}"
        if self.low == -INF:
            return f"at most {_number(self.high / scale, digits, 1)}{suffix}"
        lo = _number(self.low / scale, digits, -1)
        hi = _number(self.high / scale, digits, 1)
        return f"{lo}{suffix}" if lo == hi else f"{lo}-{hi}{suffix}"


def _number(x: float, digits: int, direction: int) -> str:
    """x to ``digits`` significant digits (at least to the unit), rounded down (-1), up (1) or to
    the nearest (0); thousands separated by commas."""
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(x)))) if x else 0
    factor = 10**decimals
    # Float noise must not push a value over a step, and the allowance must stay far below one
    # step: relative to the value it would swallow whole units of a large one (3e11 -> +300).
    tiny = min(1e-9 * max(1.0, abs(x) * factor), 1e-3)
    if direction < 0:
        v = math.floor(x * factor + tiny) / factor
    elif direction > 0:
        v = math.ceil(x * factor - tiny) / factor
    else:
        v = round(x, decimals)
    text = f"{v:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0  # 0 x inf: the zero end of an interval times anything is 0
    return a * b


def _pow(b: float, x: float) -> float:
    try:
        return b**x
    except OverflowError:
        return INF


# ---------------------------------------------------------------- reading claims

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def rounding_step(mention: str, value: float) -> float:
    """Place value of the last non-zero digit of the number as written, in the value's unit
    ("US$1.5 trillion": 0.1 trillion; "45.4 percent": 0.1; "more than 80": 10). Number words
    ("eight", "twice") are exact small integers: step 1."""
    m = _NUMBER.search(mention)
    if not m:
        return 1.0
    written = m.group().replace(",", "")
    number = float(written)
    if number == 0:
        return 1.0
    whole, _, frac = written.partition(".")
    frac = frac.rstrip("0")
    exponent = -len(frac) if frac else len(whole) - len(whole.rstrip("0"))
    return 10.0**exponent * (value / number)


def read_claim(claim: Mapping[str, Any], reading: str = "strict") -> Interval:
    """The values a claim's wording allows (see the module docstring for the rules)."""
    if reading not in READINGS:
        raise ValueError(f"reading must be one of {READINGS}, not {reading!r}")
    v = float(claim["value"])
    step = rounding_step(str(claim["mention"]), v)
    low = _finite_or(claim.get("value_low"), -INF)
    high = _finite_or(claim.get("value_high"), INF)
    q = claim["qualifier"]
    if q == "lower":
        top = v + step if reading == "conventional" else INF
        return Interval(low if math.isfinite(low) else v, top if high == INF else high)
    if q == "upper":
        return Interval(low if math.isfinite(low) else v - step, v)
    if q == "approx":
        if math.isfinite(low) and math.isfinite(high) and low != high:
            return Interval(low, high)  # a span the text gives ("tens of thousands")
        return Interval(v - step, v + step)
    if claim["unit"] in EXACT_UNITS:
        return Interval.point(v)
    return Interval(v - step / 2, v + step / 2)
