"""Consistency checks: the declared spec, the engine's verdicts, and the arithmetic redone here
from the claims' printed values (the numbers below are read off the chapter)."""

from __future__ import annotations

import csv
import math

import pytest

from briconnect import paths
from briconnect.chapter3 import checks
from briconnect.errors import BriconnectError
from briconnect.intervals import Interval


def _rows(name: str) -> list[dict[str, str]]:
    with (paths.PROCESSED / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, str]]:
    return {r["check_id"]: r for r in _rows("checks")}


@pytest.fixture(scope="module")
def claims() -> list[dict[str, str]]:
    return _rows("claims")


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5)


def test_every_declared_check_is_in_the_table(table) -> None:
    assert list(table) == [c["id"] for c in checks.spec()]
    assert len(table) == 20


def test_claim_ids_exist_and_sections_match(table, claims) -> None:
    by_id = {r["claim_id"]: r for r in claims}
    for r in table.values():
        used = [by_id[c] for c in r["claim_ids"].split(";")]
        assert r["sections"] == ";".join(sorted({c["section"] for c in used}))


def test_no_selector_names_a_printed_value() -> None:
    for c in checks.spec():
        for selector in c["claims"].values():
            assert "mention" not in selector and "value" not in selector, c["id"]


def test_share_2013_is_an_interval_and_undecidable(table) -> None:
    r = table["s3-share-2013"]  # 45.4 percent - 6.2 percentage points
    assert close(float(r["implied_value"]), 45.4 - 6.2)
    assert close(float(r["implied_low"]), 45.35 - 6.25)
    assert close(float(r["implied_high"]), 45.45 - 6.15)
    assert (r["verdict"], r["can_fail"]) == ("undecidable", "false")


def test_private_trade_lower_bound_stays_unbounded(table) -> None:
    """'exceeded US$1.5 trillion' / 53.7 percent: at least US$2.79 trillion, no upper end;
    'nearly US$2.9 trillion' is US$2.8-2.9 trillion: they meet, so consistent, and the check
    could have failed (a larger lower bound would have passed 2.9 trillion)."""
    r = table["s3-private-trade-total"]
    assert close(float(r["implied_low"]), 1.5e12 / 0.5375)
    assert r["implied_high"] == ""
    assert (float(r["stated_low"]), float(r["stated_high"])) == (2.8e12, 2.9e12)
    assert (r["verdict"], r["can_fail"]) == ("consistent", "true")


def test_growth_read_as_compound_rate_between_end_years(table) -> None:
    r = table["s3-trade-growth"]  # nearly US$2.9 trillion in 2022, 6.4 % a year, 10 years
    first_low = 2.8e12 / 1.0645**9
    assert close(float(r["implied_low"]), first_low + 2.8e12 + 8 * first_low)
    assert close(float(r["implied_high"]), 2.9e12 / 1.0635**9 + 9 * 2.9e12)
    assert (float(r["stated_low"]), float(r["stated_high"])) == (19.05e12, 19.15e12)
    # The stated total lies inside, but only under a reading the text does not state.
    assert (r["verdict"], r["can_fail"]) == ("undecidable", "true")
    assert "states neither" in r["assumptions"]


def test_constant_growth_reading_does_not_fit() -> None:
    """The other reading (one constant rate every year) puts 2022 near US$2.5 trillion."""
    last = checks.constant_growth_last(19.1e12, 6.4, 10)
    assert 2.4e12 < last < 2.5e12
    rate = checks.constant_growth_rate(19.1e12, 2.9e12, 10)
    assert close(checks.constant_growth_last(19.1e12, rate, 10), 2.9e12)
    assert 9 < rate < 11


def test_two_lower_bounds_cannot_fail(table) -> None:
    r = table["s1-agreements-per-partner"]  # more than 200 >= more than 150 + 30
    assert (r["implied_low"], r["implied_high"]) == ("200", "")
    assert (r["stated_low"], r["stated_high"]) == ("180", "")
    assert (r["verdict"], r["can_fail"]) == ("undecidable", "false")


@pytest.mark.parametrize(
    "check_id", ["s4-panda-bonds-value", "s4-panda-bonds-count", "s4-unionpay-mobile"]
)
def test_unstated_subsets_leave_the_verdict_undecidable(table, check_id) -> None:
    r = table[check_id]
    assert r["verdict"] == "undecidable" and r["can_fail"] == "true"
    assert "does not say" in r["assumptions"]


@pytest.mark.parametrize(
    ("check_id", "implied", "stated"),
    [
        ("s5-cultural-centres-countries", 46, 44),
        ("s5-tourism-offices-countries", 20, 18),
        ("s6-medical-teams", 38, 34),
        ("s6-south-south-mous", 47, 39),
        ("s6-agricultural-centres", 23, 22),
        ("s4-bank-offices-per-country", 145, 50),
    ],
)
def test_n_things_in_m_places_hold_but_cannot_fail(table, check_id, implied, stated) -> None:
    r = table[check_id]
    assert (float(r["implied_value"]), float(r["stated_value"])) == (implied, stated)
    assert (r["verdict"], r["can_fail"]) == ("consistent", "false")


def test_forum_leaders_rest_on_one_leader_per_country(table) -> None:
    r = table["s1-forum-leaders"]  # 38 countries + the UN secretary-general + the IMF's director
    assert float(r["implied_value"]) == 40 == float(r["stated_value"])
    assert (r["verdict"], r["can_fail"]) == ("undecidable", "true")


def test_averages_are_intervals(table) -> None:
    r = table["s4-silk-road-fund-per-project"]  # about US$22 billion / 75 projects
    assert (float(r["implied_low"]), float(r["implied_high"])) == pytest.approx(
        (21e9 / 75, 23e9 / 75), rel=1e-5
    )
    r = table["s4-aiib-per-project"]  # US$43.6 billion / 227 projects
    assert float(r["implied_value"]) == pytest.approx(43.6e9 / 227, rel=1e-5)


def test_verdicts_of_an_engine_check() -> None:
    def check(implied: Interval, stated: Interval, relation: str, **kw) -> checks.Check:
        return checks.Check("s9-x", "bound", (), "", relation, "count", 0, implied, 0, stated, **kw)

    assert check(Interval(1, 2), Interval(3, 4), "at_most").verdict == "consistent"
    assert check(Interval(5, 6), Interval(3, 4), "at_most").verdict == "inconsistent"
    assert check(Interval(3, 5), Interval(4, 6), "at_most").verdict == "undecidable"
    assert check(Interval(3, 5), Interval(4, 6), "equals").verdict == "consistent"
    assert check(Interval(1, 2), Interval(3, 4), "at_most", unstated=True).verdict == "undecidable"
    assert check(Interval(1, math.inf), Interval(3, 4), "at_least").can_fail is False
    assert check(Interval(1, 2), Interval(3, 4), "at_most").can_fail is True
    assert check(Interval(1, 2), Interval(3, math.inf), "at_most").can_fail is False


def test_conventional_reading_closes_more_than(claims) -> None:
    rows = [dict(r) for r in claims]
    [private] = [
        c
        for c in checks.compute_checks(rows, "conventional")
        if c.check_id == "s3-private-trade-total"
    ]
    assert (private.implied.low, private.implied.high) == pytest.approx(
        (1.5e12 / 0.5375, 1.6e12 / 0.5365)
    )


def test_a_missing_claim_fails_loudly(claims) -> None:
    rows = [r for r in claims if r["counted"] != "panda bonds"]
    with pytest.raises(BriconnectError, match="expected one claim"):
        checks.compute_checks(rows)
    assert checks.extract_checks(rows, strict=False) == []


def test_an_ambiguous_claim_fails_loudly(claims) -> None:
    twice = [
        *claims,
        {**next(r for r in claims if r["counted"] == "panda bonds"), "claim_id": "c99999"},
    ]
    with pytest.raises(BriconnectError, match="c99999"):
        checks.compute_checks(twice)
