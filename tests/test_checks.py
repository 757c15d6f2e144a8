"""Consistency checks: the arithmetic redone here from the claims' values, not from results."""

from __future__ import annotations

import csv
import math

import pytest

from briconnect import paths
from briconnect.chapter3 import checks
from briconnect.errors import BriconnectError


def _rows(name: str) -> list[dict[str, str]]:
    with (paths.PROCESSED / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, str]]:
    return {r["check_id"]: r for r in _rows("checks")}


@pytest.fixture(scope="module")
def claim_values() -> dict[str, float]:
    return {r["claim_id"]: float(r["value"]) for r in _rows("claims")}


def _values(row: dict[str, str], claim_values: dict[str, float]) -> list[float]:
    return [claim_values[c] for c in row["claim_ids"].split(";")]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5)


def test_row_count_and_coverage(table) -> None:
    assert len(table) == 21
    sections = {s for r in table.values() for s in r["sections"].split(";")}
    assert {"1", "3", "4", "5"} <= sections
    main = [r for r in table.values() if r["sections"] in ("1", "3", "4", "5")]
    assert len(main) >= 10


def test_claim_ids_exist_and_sections_match(table) -> None:
    claims = {r["claim_id"]: r for r in _rows("claims")}
    for r in table.values():
        used = [claims[c] for c in r["claim_ids"].split(";")]
        assert r["sections"] == ";".join(sorted({c["section"] for c in used}))


def test_share_2013(table, claim_values) -> None:
    r = table["s3-share-2013"]
    share, rise = _values(r, claim_values)
    assert close(float(r["implied_value"]), share - rise)
    assert r["verdict"] == "not checkable"


def test_private_trade_implies_the_total(table, claim_values) -> None:
    r = table["s3-private-trade-total"]
    private, share, total = _values(r, claim_values)
    implied = private / (share / 100)
    assert close(float(r["implied_value"]), implied)
    assert close(float(r["stated_value"]), total)
    # "exceeded 1.5" may be up to 1.6 trillion; "nearly 2.9" down to 2.8: the ranges meet.
    assert private / 0.5375 < total and 1.6e12 / 0.5365 > 2.8e12
    assert r["verdict"] == "consistent"


def test_compounding_the_cumulative_trade(table, claim_values) -> None:
    r = table["s3-trade-last-year"]
    cumulative, rate, stated = _values(r, claim_values)
    g = 1 + rate / 100
    # Ten yearly values first * g^k, k = 0..9, summing to the cumulative value.
    first = cumulative / sum(g**k for k in range(10))
    last = first * g**9
    assert close(float(r["implied_value"]), last)
    assert close(float(table["s3-trade-first-year"]["implied_value"]), first)
    assert last < 0.9 * stated  # nowhere near "nearly US$2.9 trillion"
    assert r["verdict"] == "inconsistent"


@pytest.mark.parametrize("check_id", ["s4-silk-road-fund-per-project", "s4-aiib-per-project"])
def test_averages_per_project(check_id, table, claim_values) -> None:
    r = table[check_id]
    total, count = _values(r, claim_values)
    assert close(float(r["implied_value"]), total / count)
    assert r["verdict"] == "not checkable"


@pytest.mark.parametrize(
    "check_id",
    [
        "s3-investment-from-china",
        "s4-panda-bonds-value",
        "s4-panda-bonds-count",
        "s4-unionpay-mobile",
        "s5-cultural-centres-partners",
        "s5-tourism-offices-partners",
        "s5-platform-members",
    ],
)
def test_parts_within_wholes(check_id, table, claim_values) -> None:
    r = table[check_id]
    part, whole = _values(r, claim_values)
    assert r["relation"] == "at_most"
    assert close(float(r["implied_value"]), part) and close(float(r["stated_value"]), whole)
    assert close(float(r["difference"]), part - whole)
    assert f"Share: {100 * part / whole:.1f} percent." in r["note"]
    assert r["verdict"] == ("consistent" if part <= whole else "inconsistent")


def test_forum_leaders_add_up(table, claim_values) -> None:
    r = table["s1-forum-leaders"]
    countries, leaders = _values(r, claim_values)
    # 38 heads + the UN secretary-general + the IMF's managing director.
    assert leaders == countries + 2
    assert r["verdict"] == "consistent"


def test_stated_values_are_claim_values(table, claim_values) -> None:
    for r in table.values():
        if r["relation"] in ("equals", "at_most") and r["stated_value"]:
            assert close(float(r["stated_value"]), _values(r, claim_values)[-1]), r["check_id"]


# ---------------------------------------------------------------- rounding and lookup


@pytest.mark.parametrize(
    ("mention", "value", "unit", "qualifier", "expected"),
    [
        ("nearly US$2.9 trillion", 2.9e12, "USD", "upper", (2.8e12, 2.9e12)),
        ("exceeded US$1.5 trillion", 1.5e12, "USD", "lower", (1.5e12, 1.6e12)),
        ("45.4 percent", 45.4, "percent", "exact", (45.35, 45.45)),
        ("more than 80", 80, "count", "lower", (80, 90)),
        ("about US$22 billion", 22e9, "USD", "approx", (21e9, 23e9)),
        ("US$380 billion", 380e9, "USD", "exact", (375e9, 385e9)),
        ("562", 562, "count", "exact", (562, 562)),
        ("RMB52.72 billion", 52.72e9, "RMB", "exact", (52.715e9, 52.725e9)),
    ],
)
def test_bounds_follow_the_wording(mention, value, unit, qualifier, expected) -> None:
    claim = {"mention": mention, "value": value, "unit": unit, "qualifier": qualifier}
    lo, hi = checks.bounds(claim)
    assert math.isclose(lo, expected[0]) and math.isclose(hi, expected[1])


def test_a_missing_claim_fails_loudly() -> None:
    claims = _rows("claims")
    without = [c for c in claims if c["counted"] != "committed investment"]
    with pytest.raises(BriconnectError, match="committed investment"):
        checks.extract_checks(without, strict=True)
    assert checks.extract_checks(without, strict=False) == []


def test_an_ambiguous_claim_fails_loudly() -> None:
    with pytest.raises(BriconnectError, match="found c"):
        checks.find_claim(_rows("claims"), section=4, counted=r"^projects$")
