"""Notebook 04's worked answers, recomputed from claims.csv, the rates table and the chapter.

Each test reads the sentence in the raw chapter, recomputes the answer from the table rows with
its own arithmetic (not the notebook's code), and compares with what the answer cell displayed.
"""

from __future__ import annotations

import csv
import math
import re

from briconnect import paths

NAME = "04-finance"


def _one(claims, **pattern: str) -> dict[str, str]:
    """The one section-4 claim whose columns match the given regular expressions."""
    found = [
        row
        for row in claims
        if row["section"] == "4" and all(re.search(p, row[col]) for col, p in pattern.items())
    ]
    assert len(found) == 1, [row["mention"] for row in found]
    return found[0]


def _rate_on_or_before(day: str) -> float:
    """CNY per US$ of the latest central parity rate listed on or before ``day``."""
    with (paths.EXTERNAL / "cny_usd_central_parity.csv").open(encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: r["date"])
    return float([r for r in rows if r["date"] <= day][-1]["cny_per_usd"])


def _rows(text: str) -> dict[str, str]:
    """A one-column DataFrame as displayed: row label -> value."""
    return dict(re.findall(r"(?m)^(\S.*?)\s{2,}(\S.*)$", text))


def test_answer_1_no_one_can_say_which_count_of_countries_is_largest(claims, raw, answers) -> None:
    assert (
        "some 17.7 million businesses in 131 partner countries had opened UnionPay services" in raw
    )
    assert "reached RMB2.2 trillion, covering 130-plus participating countries" in raw
    counts = [
        r
        for r in claims
        if r["section"] == "4" and r["unit"] == "count" and "countr" in r["counted"]
    ]
    assert {r["qualifier"] for r in counts} == {"exact", "lower"}
    high = {
        r["claim_id"]: math.inf if r["qualifier"] == "lower" else float(r["value"]) for r in counts
    }
    top = max(float(r["value"]) for r in counts)
    could = {r["claim_id"] for r in counts if high[r["claim_id"]] >= top}
    table = re.findall(r"(?m)^(c\d+)\s+(\S+).*\s(True|False)$", answers("04-finance")[1])
    assert {cid for cid, _, _ in table} == set(high)  # every count of countries, no other row
    assert {cid for cid, _, flag in table if flag == "True"} == could
    assert sorted(m for _, m, flag in table if flag == "True") == ["130-plus", "131"]


def test_answer_2_average_panda_and_bri_themed_bonds(claims, raw, answers) -> None:
    assert (
        "issued 99 panda bonds in China's exchange-traded bond market, with a total value of RMB152.54 billion; 46 BRI-themed bonds had been issued, with a total value of RMB52.72 billion"
        in raw
    )
    panda_n = float(_one(claims, counted="^panda bonds$")["value"])
    themed_n = float(_one(claims, counted="^bri-themed bonds$")["value"])
    totals = {
        r["mention"]: r for r in claims if r["section"] == "4" and r["counted"] == "total value"
    }
    panda, themed = totals["RMB152.54 billion"], totals["RMB52.72 billion"]
    assert panda["as_of"] == themed["as_of"] == "2023-06-30"
    rate = _rate_on_or_before(panda["as_of"])
    half = 0.005e9  # both totals printed to RMB0.01 billion
    rows = _rows(answers("04-finance")[2])
    for label, total, n in (
        ("panda bonds", panda, panda_n),
        ("BRI-themed bonds", themed, themed_n),
    ):
        low = (float(total["value"]) - half) / n / rate / 1e6
        high = (float(total["value"]) + half) / n / rate / 1e6
        words = f"US${math.floor(low * 100) / 100:.2f}-{math.ceil(high * 100) / 100:.2f} million"
        assert rows[label] == words
    # The ratio needs no rate: both averages are divided by the same one.
    ratio_low = (
        (float(themed["value"]) - half) / themed_n / ((float(panda["value"]) + half) / panda_n)
    )
    ratio_high = (
        (float(themed["value"]) + half) / themed_n / ((float(panda["value"]) - half) / panda_n)
    )
    words = f"{math.floor(ratio_low * 1000) / 1000:.3f}-{math.ceil(ratio_high * 1000) / 1000:.3f}"
    assert rows["BRI-themed / panda"] == words
    assert ratio_high < 1  # the BRI-themed bonds are smaller on average, whatever the rate


def test_answer_3_eximbank_investment_against_its_loan_balance(
    claims, raw, answers, answer_prose
) -> None:
    assert "By the end of 2022, the CDB" in raw
    assert (
        "The balance of loans of China Eximbank for BRI projects reached RMB2.2 trillion, covering 130-plus participating countries and driving more than US$400 billion of investment"
        in raw
    )
    balance = _one(claims, unit="^RMB$", counted="^balance of loans")
    driven = _one(claims, unit="^USD$", counted="^investment$")
    assert balance["as_of_paragraph"] == driven["as_of_paragraph"] == "2022-12-31"
    assert driven["qualifier"] == "lower"  # "more than": no upper end
    rate = _rate_on_or_before(balance["as_of_paragraph"])
    owed = ((float(balance["value"]) - 0.05e12) / rate, (float(balance["value"]) + 0.05e12) / rate)
    rows = _rows(answers("04-finance")[3])
    by_start = {label.split(",")[0]: value for label, value in rows.items()}
    assert (
        by_start["loan balance"]
        == f"US${math.floor(owed[0] / 1e9)}-{math.ceil(owed[1] / 1e9)} billion"
    )
    assert by_start["investment driven"] == f"at least US${float(driven['value']) / 1e9:g} billion"
    ratio_low = float(driven["value"]) / owed[1]
    assert rows["investment / balance"] == f"at least {math.floor(ratio_low * 100) / 100:g}"
    assert float(driven["value"]) >= owed[1] and rows["investment >= balance holds"] == "always"
    assert rows["could have failed"] == "False"  # the investment has no upper end
    # The words of the prose match the table: the balance's middle value and its range, the floor.
    prose = answer_prose(3)
    middle = float(balance["value"]) / rate / 1e9
    low, high = math.floor(owed[0] / 1e9), math.ceil(owed[1] / 1e9)
    assert f"about US\\${middle:.0f} billion (US\\${low}-{high} billion)" in prose
    assert f'"at least {math.floor(ratio_low * 100) / 100:g}"' in prose
    assert "`as_of_paragraph`" in prose and f"({rate:.4f} yuan per dollar" in prose
