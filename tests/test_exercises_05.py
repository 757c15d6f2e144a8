"""The worked answers of 05-people-to-people, recomputed from the tables and the chapter's text.

Each test recomputes an answer from ``data/processed/`` (and, where a number is typed here, from
the raw chapter) and compares it with what the executed notebook displayed.
"""

from __future__ import annotations

import math
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


PROGRAMMES_COUNTRIES = {  # the answer's label: (count as written, a phrase of its sentence)
    "cultural and tourism documents": ("144", "tourism cooperation"),
    "Confucius Institutes or Classrooms": ("132", "Confucius"),
    "online Chinese learners": ("143", "Chinese Bridge"),
    "institutions on the platforms": ("72", "562 members"),
}


def test_answer_3_overlaps_are_nothing_strict_and_a_plus_b_minus_160_conventional(
    shown, claims, section5, raw
) -> None:
    total = claim(claims, "more than 150", "BRI cooperation agreements")
    strict, conventional = (read_claim(total, r).high for r in ("strict", "conventional"))
    assert strict == math.inf and conventional == 160  # "more than 150" closed at the next step
    assert "{'strict': inf, 'conventional': 160.0}" in shown[3]
    counts = {
        label: float(claim(section5, n, phrase)["value"])
        for label, (n, phrase) in PROGRAMMES_COUNTRIES.items()
    }
    labels = list(counts)
    expected = sorted(
        (
            (max(0, counts[a] + counts[b] - conventional), i, a, b)
            for i, (a, b) in enumerate(
                (a, b) for k, a in enumerate(labels) for b in labels[k + 1 :]
            )
        ),
        key=lambda t: (-t[0], t[1]),
    )
    for rank, (least, _, a, _b) in enumerate(expected):
        line = row(shown[3], str(rank))  # the table is sorted, its index renumbered
        assert line.startswith(a), line
        assert line.split()[-2:] == ["0", f"{least:.0f}"], line  # strict: 0; conventional
    # Read in the chapter: documents with 144 and online learners from 143 share at least 127.
    assert "cultural and tourism cooperation documents with 144 BRI partner countries" in raw
    assert "Chinese language enthusiasts from 143 partner countries" in raw
    assert expected[0][0] == 144 + 143 - 160 == 127
