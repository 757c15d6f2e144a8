"""The worked answers of 06-new-areas, recomputed from the tables and the chapter's text.

The areas come from the package's ``an.label_paragraphs`` / ``an.with_topic`` (the notebook writes
the same rule in pandas and checks that the two agree), with the notebook's markers.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from briconnect import data
from briconnect.intervals import read_claim
from briconnect.report import analysis as an

NAME = "06-new-areas"
AREAS = {  # as in the notebook: each area's marker phrase
    "health": "health cooperation",
    "green": "green and low-carbon",
    "science and innovation": "scientific and technological innovation",
    "digital": "digital silk road",
    "space": "space information corridor",
}


@pytest.fixture(scope="module")
def shown(answers) -> dict[int, str]:
    return answers(NAME)


@pytest.fixture(scope="module")
def s6() -> pd.DataFrame:
    return an.with_topic(data.load_claims(), data.load_sentences(), 6, AREAS, "overview")


def row(text: str, label: str) -> str:
    """One row of a displayed table, its wrapped blocks joined, cells separated by one space."""
    parts = [
        line[len(label) :] for line in text.splitlines() if re.match(rf"{re.escape(label)}\s", line)
    ]
    assert parts, f"no row {label!r} in:\n{text}"
    return " ".join(" ".join(p.replace("\\", " ").split()) for p in parts)


def test_answer_1_largest_count_of_countries_per_area(shown, s6, raw) -> None:
    about = s6[s6["counted"].str.contains("countr")]
    largest = about.loc[about.groupby("topic")["value"].idxmax()]
    assert sorted(largest["topic"]) == ["digital", "green", "health", "science and innovation"]
    for c in largest.to_dict("records"):
        expected = f"{c['topic']} {c['mention']} {c['qualifier']} {c['counted']} {c['as_of']}"
        assert row(shown[1], c["claim_id"]) == expected.strip()
    shown_ids = dict.fromkeys(re.findall(r"(?m)^(c\d{5})\s", shown[1]))  # once per block
    assert list(shown_ids) == list(largest["claim_id"])
    # Read in the chapter: health's largest count includes organizations, so it is not a count
    # of countries alone, and health also states "more than 120 BRI partner countries".
    health = largest[largest["topic"] == "health"].iloc[0]
    assert health["counted"] == "countries and international organizations"
    assert (
        "health cooperation agreements with more than 160 countries and international organizations"
        in raw
    )
    assert "assistance to more than 120 BRI partner countries" in raw


# The three exact "N things to M countries" pairs, as the chapter words them (things first).
EXACT_PAIRS = {
    "expert medical teams": r"sent (\d+) expert medical teams to (\d+) countries",
    "South-South MoUs": r"signed (\d+) South-South MoUs on climate change with (\d+) partner countries",
    "agricultural demonstration centres": (
        r"assisted (\d+) African countries to build (\d+) agricultural technology demonstration"
    ),
}


@pytest.mark.parametrize("label", EXACT_PAIRS)
def test_answer_2_pigeonhole_ranges_from_the_text(shown, raw, label) -> None:
    m = re.search(EXACT_PAIRS[label], raw)
    assert m
    a, b = (int(g) for g in m.groups())
    things, countries = (b, a) if label.startswith("agricultural") else (a, b)
    extra = things - countries  # things beyond one per country
    assert extra >= 1
    expected = "1" if extra == 1 else f"1-{extra}"  # at least one country, at most `extra`
    assert row(shown[2], label) == f"{things} {countries} {extra} {expected}"


def test_answer_2_hedged_pair_bounds_little(shown, s6) -> None:
    coalition = s6[s6["sentence_text"].str.contains("Green Development Coalition")]
    partners = coalition[coalition["mention"] == "more than 150"].iloc[0]
    countries = coalition[coalition["mention"] == "40-plus"].iloc[0]
    # Interval subtraction alone has no end on either side; the answer's assumption (every country
    # has a partner: partners >= countries) removes the negative part, not the missing upper end.
    assert (read_claim(partners) - read_claim(countries)).text() == "unbounded"
    assert row(shown[2], "Coalition partners (strict)") == (
        "more than 150 40-plus any value ≥ 0 any value ≥ 0"
    )
    # Conventional reading: "more than 150" is 150-160, "40-plus" 40-50 (closed at the next step
    # of 10): 100-120 partners beyond one each, so at least one and at most all 50 countries.
    low, high = 150 - 50, 160 - 40
    assert (low, high) == (100, 120)
    most = min(high, 50)
    assert row(shown[2], "Coalition partners (conventional)") == (
        f"more than 150 40-plus {low}-{high} 1-{most}"
    )


def test_answer_3_the_rule_starts_digital_twice_and_misfiles_no_claim(shown, s6) -> None:
    sentences = data.load_sentences()
    labels = an.label_paragraphs(sentences, 6, AREAS, "overview")
    paragraphs = (
        sentences.loc[labels.index, ["paragraph"]].assign(topic=labels).drop_duplicates("paragraph")
    )
    runs = (paragraphs["topic"] != paragraphs["topic"].shift()).cumsum()
    per_run = paragraphs.groupby(runs).agg(
        topic=("topic", "first"), first=("paragraph", "min"), last=("paragraph", "max")
    )
    claim_paragraphs = s6.merge(sentences[["sentence_id", "paragraph"]], on="sentence_id")
    twice = per_run["topic"].duplicated(keep=False)
    assert sorted(set(per_run.loc[twice, "topic"])) == ["digital"]
    for run, r in per_run.iterrows():
        n = int(claim_paragraphs["paragraph"].between(r["first"], r["last"]).sum())
        expected = f"{r['topic']} {r['first']} {r['last']} {n} {bool(twice[run])}"
        assert row(shown[3], str(run)) == expected
    # Read in the chapter: the section's opening paragraph speaks of "a healthy, green, innovative
    # and digital Silk Road" and states no number, so the wrong label moves no claim.
    opening = per_run.iloc[0]
    assert opening["topic"] == "digital" and opening["first"] == opening["last"]
    text = " ".join(sentences.loc[sentences["paragraph"] == opening["first"], "text"])
    assert "digital Silk Road" in text
    assert not claim_paragraphs["paragraph"].eq(opening["first"]).any()
