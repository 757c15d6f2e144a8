"""The notebooks' shared arithmetic and lookups, with the expected values written out."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from briconnect.extract.projects import STATUSES
from briconnect.report import analysis as an


def _claims(rows: list[tuple[str, str, float, str]]) -> pd.DataFrame:
    """A tiny claims table: (claim_id, mention, value, sentence_text)."""
    return pd.DataFrame(rows, columns=["claim_id", "mention", "value", "sentence_text"])


TINY = _claims(
    [
        ("c1", "45.4 percent", 45.4, "accounting for 45.4 percent of China's total foreign trade"),
        ("c2", "145.4", 145.4, "an unrelated 145.4"),
        ("c3", "30", 30.0, "with 30 international organizations"),
        ("c4", "30", 30.0, "with 30 countries"),
        ("c5", "1,600", 1600.0, "more than 1,600 representatives"),
    ]
)


def test_pick_matches_the_whole_number_only() -> None:
    assert an.pick(TINY, "45.4")["claim_id"] == "c1"
    assert an.value_of(TINY, "1,600") == 1600.0


def test_pick_narrows_by_sentence_and_lists_ambiguous_matches() -> None:
    assert an.pick(TINY, "30", sentence="organizations")["claim_id"] == "c3"
    with pytest.raises(LookupError, match=r"found c3 '30', c4 '30'"):
        an.pick(TINY, "30")
    with pytest.raises(LookupError, match="found none"):
        an.pick(TINY, "6.2")


@pytest.mark.parametrize(
    ("as_of", "end"),
    [
        ("2023-06-30", "2023-06-30"),
        ("2023-05", "2023-05-31"),
        ("2024-02", "2024-02-29"),
        ("2022", "2022-12-31"),
        ("2013/2022", "2022-12-31"),
        ("2013/", ""),
        ("", ""),
    ],
)
def test_as_of_end_is_the_last_day_the_date_can_mean(as_of: str, end: str) -> None:
    assert an.as_of_end(as_of) == end


def test_year_span_reads_a_period_and_refuses_anything_else() -> None:
    assert an.year_span("2013/2022") == (2013, 2022)
    with pytest.raises(ValueError, match="2013/2022"):
        an.year_span("2022")


def test_paragraph_labels_carry_forward_from_the_marker_sentence() -> None:
    sentences = pd.DataFrame(
        {
            "sentence_id": [0, 1, 2, 3, 4],
            "section": [6, 6, 6, 6, 5],
            "paragraph": [1, 2, 2, 3, 1],
            "start": [0, 10, 20, 30, 40],
            "text": [
                "Intro.",
                "Notable achievements have been made in health cooperation.",
                "It sent 38 teams.",
                "More doses.",
                "Health cooperation elsewhere.",
            ],
        }
    )
    labels = an.label_paragraphs(sentences, 6, {"health": "health cooperation"}, "overview")
    assert list(labels) == ["overview", "health", "health", "health"]


def test_status_table_orders_statuses_and_refuses_unknown_ones() -> None:
    projects = pd.DataFrame(
        {
            "corridor": ["A", "A", "B", "B"],
            "status": ["feasibility study", "operational", "operational", "open to traffic"],
        }
    )
    table = an.status_table(projects)
    assert list(table.columns) == ["operational", "open to traffic", "feasibility study"]
    assert table.loc["A"].tolist() == [1, 0, 1]
    projects.loc[0, "status"] = "abandoned"
    with pytest.raises(ValueError, match="abandoned"):
        an.status_table(projects)


def test_status_table_takes_every_status_the_extractor_defines() -> None:
    assert sorted(an.STATUS_ORDER) == sorted(STATUSES)  # the same statuses, another order
    projects = pd.DataFrame({"corridor": ["A"] * len(STATUSES), "status": list(STATUSES)})
    table = an.status_table(projects)
    assert list(table.columns) == list(an.STATUS_ORDER)
    assert table.loc["A"].tolist() == [1] * len(STATUSES)
    for status in STATUSES:
        one = an.status_table(projects[projects["status"] == status])
        assert list(one.columns) == [status]


def test_claim_labels_add_what_is_counted_and_truncate() -> None:
    claims = pd.DataFrame(
        {"mention": ["more than 1,600", "5 countries"], "counted": ["representatives", "countries"]}
    )
    assert an.claim_labels(claims) == ["more than 1,600 representatives", "5 countries"]
    assert an.claim_labels(claims, width=10)[0] == "more than…"


def test_fingerprint_changes_with_one_character(tmp_path: Path) -> None:
    (tmp_path / "b.csv").write_text("x\n1\n2\n")
    (tmp_path / "a.csv").write_text("x\n45.4\n")
    before = an.fingerprint(tmp_path)
    assert list(before.index) == ["a.csv", "b.csv"]
    assert before.loc["b.csv", "rows"] == 2
    (tmp_path / "a.csv").write_text("x\n45.5\n")
    after = an.fingerprint(tmp_path)
    assert after.loc["a.csv", "sha256"] != before.loc["a.csv", "sha256"]
    assert after.loc["b.csv", "sha256"] == before.loc["b.csv", "sha256"]


def test_hedged_money_in_words() -> None:
    import math

    from briconnect.intervals import Interval

    assert an.fmt_money_range(Interval(1.5e12 / 0.5375, math.inf)) == "at least US$2.79 trillion"
    assert an.fmt_money_range(Interval(2.8e12, 2.9e12)) == "US$2.8-2.9 trillion"
    assert an.fmt_money_range(Interval(21e9 / 75, 23e9 / 75)) == "US$280-307 million"


def test_each_amount_gets_the_rate_of_its_own_date() -> None:
    rates = an.parity_rates()
    assert an.parity_rate("2022", rates)["date"] == "2022-12-30"  # RMB2.2 trillion, end of 2022
    assert an.parity_rate("2023-06-30", rates)["cny_per_usd"] == 7.2258
    with pytest.raises(ValueError, match="no rate on or before"):
        an.parity_rate("2001", rates)
