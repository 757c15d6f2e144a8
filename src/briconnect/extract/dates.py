"""Reference dates ("as of") stated in a sentence, normalized to ISO-like strings.

"By the end of June 2023" -> "2023-06-30"; "By the end of 2022" -> "2022-12-31";
"In May 2023" -> "2023-05"; "In 2022" -> "2022"; "From 2013 to 2022" -> "2013/2022";
"Since 2013" -> "2013/"; "On January 1, 2022" -> "2022-01-01". A claim takes the nearest date
stated before it in its sentence (else the first after it); baselines such as "compared with
2013" are never a claim's reference date.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass

_MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTH_NUMBERS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_NUMBERS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)(?![\d-])"
_DAY = r"(?P<day>[0-3]?\d)"
_BY = r"(?:by|as\s+of|as\s+at|until|till|through|up\s+to|at)"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    as_of: str


def _last_day(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _month(m: re.Match[str]) -> int:
    return _MONTH_NUMBERS[m.group("month").lower()]


# (pattern, how to normalize). Tried in order; the first match at a position wins.
_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(
            r"\bfrom\s+(?P<y1>(?:18|19|20)\d\d)\s+(?:to|through|until|till)\s+(?P<y2>(?:18|19|20)\d\d)\b",
            re.I,
        ),
        lambda m: f"{m.group('y1')}/{m.group('y2')}",
    ),
    (
        re.compile(
            r"\bbetween\s+(?P<y1>(?:18|19|20)\d\d)\s+and\s+(?P<y2>(?:18|19|20)\d\d)\b", re.I
        ),
        lambda m: f"{m.group('y1')}/{m.group('y2')}",
    ),
    (
        re.compile(rf"\b{_BY}\s+(?:the\s+)?end\s+of\s+{_MONTH}\s*,?\s+{_YEAR}", re.I),
        lambda m: _last_day(int(m.group("year")), _month(m)),
    ),
    (
        re.compile(rf"\b{_BY}\s+(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?{_YEAR}", re.I),
        lambda m: f"{m.group('year')}-12-31",
    ),
    (
        re.compile(rf"\b(?:on\s+)?{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}", re.I),
        lambda m: f"{m.group('year')}-{_month(m):02d}-{int(m.group('day')):02d}",
    ),
    (
        re.compile(rf"\b(?:on\s+)?{_DAY}\s+{_MONTH}\s+{_YEAR}", re.I),
        lambda m: f"{m.group('year')}-{_month(m):02d}-{int(m.group('day')):02d}",
    ),
    (
        re.compile(rf"\b{_BY}\s+{_MONTH}\s+{_YEAR}", re.I),
        lambda m: _last_day(int(m.group("year")), _month(m)),
    ),
    (re.compile(rf"\bsince\s+(?:{_MONTH}\s+)?{_YEAR}", re.I), lambda m: f"{m.group('year')}/"),
    (
        re.compile(rf"\b(?:in|during|of)\s+{_MONTH}\s+{_YEAR}", re.I),
        lambda m: f"{m.group('year')}-{_month(m):02d}",
    ),
    (re.compile(rf"\b{_BY}\s+{_YEAR}", re.I), lambda m: m.group("year")),
    (re.compile(rf"\b(?:in|during)\s+(?:the\s+year\s+)?{_YEAR}", re.I), lambda m: m.group("year")),
]

# A date right after these words is a baseline for comparison, not the claim's date.
_BASELINE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|than(?:\s+in)?|relative\s+to|over)\s+$")


# Every date above holds a year; its words reach at most this far before or after the year.
_ANY_YEAR = re.compile(r"(?:18|19|20)\d\d")
_REACH_BEFORE, _REACH_AFTER = 80, 12


def _year_windows(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of text[lo:hi] around its years, merged: only there can a date pattern match."""
    windows: list[tuple[int, int]] = []
    for y in _ANY_YEAR.finditer(text, lo, hi):
        a, b = max(lo, y.start() - _REACH_BEFORE), min(hi, y.end() + _REACH_AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def find_dates(text: str, lo: int = 0, hi: int | None = None) -> list[DateMention]:
    """Date expressions in text[lo:hi], earliest first, never overlapping. The patterns run
    only near the years the text holds (a sentence without one costs one quick scan)."""
    hi = len(text) if hi is None else hi
    hits: list[tuple[int, int, str]] = []  # kept sorted and non-overlapping
    windows = _year_windows(text, lo, hi)
    for pattern, normalize in _PATTERNS:
        for m in (m for a, b in windows for m in pattern.finditer(text, a, b)):
            i = bisect.bisect_left(hits, (m.start(),))
            if (i < len(hits) and hits[i][0] < m.end()) or (i > 0 and hits[i - 1][1] > m.start()):
                continue  # overlaps a date found by an earlier pattern
            if _BASELINE.search(text, max(lo, m.start() - 40), m.start()):
                continue
            hits.insert(i, (m.start(), m.end(), normalize(m)))  # type: ignore[operator]
    return [DateMention(s, e, text[s:e], v) for s, e, v in hits]


def as_of_for(dates: list[DateMention], offset: int) -> str:
    """The reference date for a claim at offset: nearest before it, else first after it."""
    # Dates never overlap, so their starts and ends are both sorted: two binary searches.
    i = bisect.bisect_right(dates, offset, key=lambda d: d.end)
    if i:
        return dates[i - 1].as_of
    j = bisect.bisect_left(dates, offset, key=lambda d: d.start)
    return dates[j].as_of if j < len(dates) else ""
