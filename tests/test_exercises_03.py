"""Notebook 03's worked answers, recomputed from claims.csv and the chapter's own words.

Each test reads the sentence in the raw chapter, recomputes the answer from the claims rows with
its own arithmetic (not the notebook's code), and compares with what the answer cell displayed.
"""

from __future__ import annotations

import math
import re

from briconnect.chapter3 import checks as ck
from briconnect.intervals import Interval


def _one(claims, **pattern: str) -> dict[str, str]:
    """The one section-3 claim whose columns match the given regular expressions."""
    found = [
        row
        for row in claims
        if row["section"] == "3" and all(re.search(p, row[col]) for col, p in pattern.items())
    ]
    assert len(found) == 1, [row["mention"] for row in found]
    return found[0]


def _rows(text: str) -> dict[str, str]:
    """A one-column DataFrame as displayed: row label -> value."""
    return dict(re.findall(r"(?m)^(\S.*?)\s{2,}(\S.*)$", text))


def test_answer_1_private_partner_trade_as_a_share_of_all_china_trade(claims, raw, answers) -> None:
    assert "accounting for 45.4 percent of China's total foreign trade" in raw
    assert "accounting for 53.7 percent of the trade between China and these countries" in raw
    of_partners = _one(claims, unit="^percent$", counted="^share of trade$")
    of_total = _one(claims, unit="^percent$", counted="^share of china's total foreign trade$")
    a, b = float(of_partners["value"]), float(of_total["value"])
    # Both printed to one decimal: each stands for +-0.05; a product of positive ranges multiplies
    # low by low and high by high; the answer rounds its ends outwards to two decimals.
    low, high = (a - 0.05) * (b - 0.05) / 100, (a + 0.05) * (b + 0.05) / 100
    words = f"{math.floor(low * 100) / 100:.2f}-{math.ceil(high * 100) / 100:.2f}"
    shown = answers("03-trade")[1]
    assert f"{words} percent of China's total foreign trade" in shown
    assert "share of trade" in shown and "share of china's total foreign trade" in shown
    assert 24 < low < high < 25  # about a quarter of all of China's foreign trade


def test_answer_2_the_constant_rate_that_fits_the_total_and_the_last_year(
    claims, raw, answers
) -> None:
    assert "From 2013 to 2022, the cumulative value of imports and exports" in raw
    assert "reached US$19.1 trillion, with an average annual growth rate of 6.4 percent" in raw
    assert (
        "In 2022, the value of imports and exports between China and partner countries reached nearly US$2.9 trillion"
        in raw
    )
    cumulative = _one(claims, unit="^USD$", counted="^cumulative value of imports and exports$")
    last = _one(claims, unit="^USD$", counted="^value of imports and exports$")
    rate = _one(claims, unit="^percent$", counted="^average annual growth rate$")
    start, end = map(int, cumulative["as_of"].split("/"))
    n = end - start + 1
    total = float(cumulative["value"])
    totals = (total - 0.05e12, total + 0.05e12)  # "19.1 trillion": to the tenth of a trillion
    assert last["qualifier"] == "upper"
    lasts = (float(last["value"]) - 0.1e12, float(last["value"]))  # "nearly 2.9": 2.8-2.9
    # The engine's own bisection (another loop than the notebook's): the lowest rate pairs the
    # largest total with the lowest last year, the highest the smallest total with the largest.
    low = ck.constant_growth_rate(totals[1], lasts[0], n)
    high = ck.constant_growth_rate(totals[0], lasts[1], n)
    # The rates really fit: a path growing at `low` that ends at the lowest last year sums to
    # the largest total.
    g = low / 100
    path = [lasts[0] / (1 + g) ** (n - 1 - k) for k in range(n)]
    assert math.isclose(sum(path), totals[1], rel_tol=1e-9)
    assert answers("03-trade")[2].strip() == repr(Interval(low, high).text(unit="percent a year"))
    assert low > float(rate["value"]) + 0.05  # reading B does not fit the stated 6.4 percent


def test_answer_3_turnover_within_the_contracts_signed(claims, raw, answers) -> None:
    assert (
        "The value of newly signed construction contracts with partner countries reached US$2 trillion"
        in raw
    )
    assert "the actual turnover of Chinese contractors reached US$1.3 trillion" in raw
    contracts = _one(claims, unit="^USD$", counted="^value of newly signed construction contracts$")
    turnover = _one(claims, unit="^USD$", counted="^actual turnover of chinese contractors$")
    # "2 trillion" is rounded to the trillion, "1.3 trillion" to the tenth: half a step each side.
    signed = (float(contracts["value"]) - 0.5e12, float(contracts["value"]) + 0.5e12)
    done = (float(turnover["value"]) - 0.05e12, float(turnover["value"]) + 0.05e12)
    rows = _rows(answers("03-trade")[3])
    assert rows["turnover"] == f"US${done[0] / 1e12:g}-{done[1] / 1e12:g} trillion"
    assert rows["contracts signed"] == f"US${signed[0] / 1e12:g}-{signed[1] / 1e12:g} trillion"
    assert done[1] <= signed[0] and rows["turnover <= contracts holds"] == "always"
    assert rows["could have failed"] == "True"  # both ranges are bounded
    share = (done[0] / signed[1] * 100, done[1] / signed[0] * 100)
    assert rows["turnover / contracts"] == f"{share[0]:g}-{share[1]:g} percent"
