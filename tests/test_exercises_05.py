"""The worked answers of 05-people-to-people, recomputed from the tables and the chapter's text.

Each test recomputes an answer from ``data/processed/`` (and, where a number is typed here, from
the raw chapter) and compares it with what the executed notebook displayed.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briconnect.intervals import read_claim

NAME = "05-people-to-people"


@pytest.fixture(scope="module")
def shown(answers) -> dict[int, str]:
    return answers(NAME)


@pytest.fixture(scope="module")
def section5(claims) -> list[dict[str, str]]:
    return [c for c in claims if c["section"] == "5"]


def row(text: str, label: str) -> str:
    """One row of a displayed table, its wrapped blocks joined, cells separated by one space."""
    parts = [
        line[len(label) :] for line in text.splitlines() if re.match(rf"{re.escape(label)}\s", line)
    ]
    assert parts, f"no row {label!r} in:\n{text}"
    return " ".join(" ".join(p.replace("\\", " ").split()) for p in parts)


def claim(rows: list[dict[str, str]], mention: str, phrase: str) -> dict[str, str]:
    """The one claim whose mention is ``mention`` in a sentence containing ``phrase``."""
    found = [c for c in rows if c["mention"] == mention and phrase in c["sentence_text"]]
    assert len(found) == 1, (mention, phrase, found)
    return found[0]


def test_answer_1_is_the_sentence_with_the_most_claims(shown, section5, sentences_by_id) -> None:
    per_sentence = Counter(c["sentence_id"] for c in section5)
    (busiest, n), (_, runner_up) = per_sentence.most_common(2)
    assert n > runner_up  # one busiest sentence, not a tie
    assert f"{n} claims (next: {runner_up}) in sentence {busiest}:" in shown[1]
    assert sentences_by_id[busiest]["text"] in shown[1]
    mine = [c for c in section5 if c["sentence_id"] == busiest]
    for c in mine:
        assert row(shown[1], c["claim_id"]) == f"{c['mention']} {c['qualifier']} {c['counted']}"
    # Read in the chapter: the "Chinese Bridge" sentence states four numbers, two of them hedged.
    assert "Chinese Bridge" in sentences_by_id[busiest]["text"] and n == 4
    assert sorted(c["qualifier"] for c in mine) == ["exact", "exact", "lower", "upper"]


PROGRAMMES = {  # the answer's row label: (count as written, countries as written, sentence phrase)
    "Chinese Bridge camp: young people": ("nearly 50,000", "more than 100", "Chinese Bridge"),
    "Chinese Bridge online: learners": ("100,000", "143", "Chinese Bridge"),
    "Atomic Energy Scholarship: students": ("nearly 200", "26", "Atomic Energy"),
    "friendly cities: pairs": ("more than 1,000", "60-plus", "friendly cities"),
}


@pytest.mark.parametrize("label", PROGRAMMES)
def test_answer_2_averages_per_country_are_intervals(shown, section5, label) -> None:
    count, countries, phrase = PROGRAMMES[label]
    per_country = read_claim(claim(section5, count, phrase)) / read_claim(
        claim(section5, countries, phrase)
    )
    expected = f"{count} {countries} {per_country.text()} {per_country.bounded}"
    assert row(shown[2], label) == expected


def test_answer_2_online_learners_per_country_outnumber_camp_visitors(shown, raw) -> None:
    """The comparison the answer draws, from the chapter's own words: the camp's largest
    possible average (at most 50,000 people over at least 100 countries) is below the online
    average (100,000 people over 143 countries)."""
    m = re.search(
        r"nearly ([\d,]+) young people from more than (\d+) partner countries.*?"
        r"supported ([\d,]+) Chinese language enthusiasts from (\d+) partner countries",
        raw,
    )
    assert m
    camp_most, camp_countries, online, online_countries = (
        int(g.replace(",", "")) for g in m.groups()
    )
    assert camp_most / camp_countries == 500 < online / online_countries
    assert row(shown[2], "Chinese Bridge camp: young people").endswith("0-500 True")
    assert row(shown[2], "Chinese Bridge online: learners").endswith(
        f"{online / online_countries:.0f} True"
    )
    # A ratio of two lower bounds has no upper end: the friendly cities say nothing.
    assert row(shown[2], "friendly cities: pairs").endswith("any value ≥ 0 False")


PARTS = {  # the answer's row label: (smaller as written, larger as written, sentence phrase)
    "cultural institutions <= members": ("326", "562", "562 members"),
    "partner countries <= countries (centres)": ("32", "44", "cultural centers"),
    "countries <= centres": ("44", "46", "cultural centers"),
    "partner countries <= countries (offices)": ("eight", "18", "tourism offices"),
    "countries <= offices": ("18", "20", "tourism offices"),
    "partner countries <= cultural institutions": ("72", "326", "562 members"),
}


@pytest.mark.parametrize("label", PARTS)
def test_answer_3_parts_and_wholes_hold_with_their_margins(shown, section5, label) -> None:
    smaller, larger, phrase = PARTS[label]
    low = float(claim(section5, smaller, phrase)["value"])
    high = float(claim(section5, larger, phrase)["value"])
    assert row(shown[3], label) == f"{low:.0f} {high:.0f} {low <= high} {high - low:.0f}"


def test_answer_3_every_check_is_exact_and_the_tightest_margin_is_two(shown, section5, raw) -> None:
    """Every number is exact, so each check could have failed; read in the chapter, the centres
    and the offices each outnumber their host countries by two."""
    for smaller, larger, phrase in PARTS.values():
        for mention in (smaller, larger):
            assert claim(section5, mention, phrase)["qualifier"] == "exact"
    assert "46 China cultural centers in 44 countries, of which 32 are partner countries" in raw
    assert "20 tourism offices in 18 countries, eight of which are in partner countries" in raw
    table = shown[3].splitlines()
    assert table[2].split()[:3] == ["countries", "<=", "centres"] and table[2].endswith(" 2")
    assert table[3].split()[:3] == ["countries", "<=", "offices"] and table[3].endswith(" 2")
