"""The worked answers of 01-policy-coordination, pinned: each expected value is recomputed here from
data/processed/ (and the words of the chapter), then compared with what the answer displayed."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from briconnect.intervals import Interval, read_claim

NAME = "01-policy-coordination"


def _one(rows: list[dict[str, str]], **where: str) -> dict[str, str]:
    """The one row whose columns match every regex given (the sentence by its words)."""
    found = [r for r in rows if all(re.search(p, r[c]) for c, p in where.items())]
    assert len(found) == 1, (where, [r["mention"] for r in found])
    return found[0]


@pytest.fixture(scope="module")
def out(answers) -> dict[int, str]:
    return answers(NAME)


def test_answer_1_the_partner_with_two_strategies(out, alignments, raw, answer_prose) -> None:
    per_partner = Counter(r["partner"] for r in alignments)
    several = sorted(p for p, n in per_partner.items() if n > 1)
    assert several == ["ASEAN"]  # read in the chapter: the two ASEAN plans of its regional list
    strategies = [r["strategy"] for r in alignments if r["partner"] == "ASEAN"]
    assert strategies == [
        "Master Plan on ASEAN Connectivity 2025",
        "ASEAN Outlook on the Indo-Pacific",
    ]
    assert all(s in raw for s in strategies)
    shown = out[1]
    for strategy in strategies:
        assert re.search(rf"ASEAN\s+regional\s+{re.escape(strategy)}", shown), strategy
    others = {r["partner"] for r in alignments} - {"ASEAN"}
    assert not any(re.search(rf"\b{re.escape(p)}\b", shown) for p in others)
    assert f"Only ASEAN has two: the {strategies[0]} and the {strategies[1]}." in answer_prose(1)


def test_answer_2_countries_without_a_head_of_state_are_floors(out, claims, table_cells) -> None:
    s1 = [r for r in claims if r["section"] == "1" and r["counted"] == "countries"]
    first = r"The first forum in 2017"
    represented_2017 = read_claim(_one(s1, sentence_text=first, qualifier="lower"))
    heads_2017 = read_claim(_one(s1, sentence_text=first, qualifier="exact"))
    represented_2019 = read_claim(_one(s1, sentence_text="More than 6,000 representatives"))
    heads_2019 = read_claim(_one(s1, sentence_text="Leaders' Roundtable"))
    without_2017 = represented_2017 - heads_2017
    without_2019 = represented_2019 - heads_2019
    # The chapter: "140-plus countries" and heads "from 29 countries"; "over 150" and "38 countries".
    assert without_2017 == Interval(140 - 29, math.inf)
    assert without_2019 == Interval(150 - 38, math.inf)
    change = without_2019 - without_2017
    assert not change.bounded and math.isinf(change.low)  # the rise cannot be told
    shown = table_cells(out[2])
    assert shown["2017"] == [without_2017.text()] == ["at least 111"]
    assert shown["2019"] == [without_2019.text()] == ["at least 112"]
    assert shown["2019 minus 2017"] == [change.text()] == ["unbounded"]


def test_answer_3_forty_leaders_hold_only_at_one_per_country(
    out, claims, checks, raw, table_cells
) -> None:
    s1 = [r for r in claims if r["section"] == "1"]
    leaders = read_claim(_one(s1, counted="^leaders$"))
    head_countries = read_claim(
        _one(s1, counted="^countries$", sentence_text="Leaders' Roundtable")
    )
    sentence = _one(s1, counted="^leaders$")["sentence_text"]
    # The two officials the chapter names after the heads of state and government.
    assert re.search(
        r"from 38 countries, the UN secretary-general and the International Monetary Fund's "
        r"managing director, attended the Leaders' Roundtable",
        sentence,
    )
    assert sentence in raw
    listed = Interval(head_countries.low, math.inf) + 2
    assert listed.relation("at_most", leaders) == "sometimes"
    assert listed.relation("at_most", leaders - 1) == "never"  # so it could have failed
    assert leaders.low - 2 == head_countries.low == 38  # holds only with one head per country
    check = next(r for r in checks if r["check_id"] == "s1-forum-leaders")
    assert (check["verdict"], check["can_fail"]) == ("undecidable", "true")
    shown = table_cells(out[3])
    assert shown["people listed"] == [listed.text()] == ["at least 40"]
    assert shown["leaders stated"] == [leaders.text()] == ["40"]
    assert shown["listed <= leaders holds"] == ["sometimes"]
    assert shown["... with 39 leaders instead"] == ["never"]
    assert shown["holds only with"] == ["38 heads from 38 countries"]
    assert shown["checks.csv verdict"] == [check["verdict"]]
    assert shown["checks.csv can fail"] == [check["can_fail"].capitalize()]
