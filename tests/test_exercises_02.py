"""The worked answers of 02-infrastructure, pinned: each expected value is recomputed here from
data/processed/ (and the words of the chapter), then compared with what the answer displayed."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from briconnect.intervals import read_claim
from briconnect.report.analysis import RUNNING

NAME = "02-infrastructure"


@pytest.fixture(scope="module")
def out(answers) -> dict[int, str]:
    return answers(NAME)


@pytest.fixture(scope="module")
def s2_projects(projects) -> list[dict[str, str]]:
    return [p for p in projects if p["section"] == "2"]


def test_answer_1_groups_where_every_project_is_running(
    out, s2_projects, answer_prose, table_cells
) -> None:
    statuses = defaultdict(list)
    for p in s2_projects:
        statuses[p["corridor"]].append(p["status"])
    expected = {c: len(s) for c, s in statuses.items() if all(x in RUNNING for x in s)}
    # Read in the chapter: the two African railways "are now operational"; on the China-Central
    # Asia-West Asia corridor a highway and a pipeline are in operation and the rail lines "are
    # operating"; every other corridor names a project under construction or planned.
    assert expected == {
        "Africa": 2,
        "China-Central Asia-West Asia Economic Corridor": 3,
        "other": 4,
    }
    shown = table_cells(out[1])
    assert {k: int(v[0]) for k, v in shown.items()} == expected
    # The prose names the groups with their counts, and why "other" counts as running.
    prose = answer_prose(1)
    assert "Africa (2 projects), the China-Central Asia-West Asia Economic Corridor (3)" in prose
    assert '"other" (4)' in prose
    other = {p["status_text"] for p in s2_projects if p["corridor"] == "other"}
    assert other == {"continue to enjoy stable development"} and other.pop() in prose


def test_answer_2_pakistan_has_most_projects(out, s2_projects, answer_prose, table_cells) -> None:
    projects, running = Counter(), Counter()
    for p in s2_projects:
        for country in p["countries"].split(";"):
            if country and country != "CHN":
                projects[country] += 1
                running[country] += p["status"] in RUNNING
    ranked = sorted(projects, key=lambda c: (-projects[c], -running[c], c))
    top = ranked[0]
    # Read in the chapter: ten projects along the China-Pakistan Economic Corridor (nine open,
    # operating or connected to the grid; the Rashakai zone in development) and the Gwadar Port.
    assert (top, projects[top], running[top]) == ("PAK", 11, 9)
    shown = table_cells(out[2])
    rows = [k for k in shown if re.fullmatch(r"[A-Z]{3}", k)]
    assert rows[0] == "PAK"
    for country in rows:
        assert shown[country] == [str(projects[country]), str(running[country])], country
    assert [projects[c] for c in rows] == sorted((projects[c] for c in rows), reverse=True)
    prose = answer_prose(2)
    assert f"Pakistan, with {projects[top]} projects, {running[top]} of them" in prose
    assert f"Russia and Myanmar follow with {projects['RUS']} each" in prose
    assert projects["RUS"] == projects["MMR"]
    assert f"({running['RUS']} and {running['MMR']} running)" in prose


PAIRS = {  # test: (larger, smaller, words of the sentence, the clause states both)
    "Silk Road Maritime: ports >= countries": ("117", "43", "117 ports in 43 countries", True),
    "Railway Express: cities >= countries": (
        "more than 200",
        "25",
        "more than 200 cities in 25 European countries",
        True,
    ),
    "Land-Sea Trade Corridor: ports >= countries": (
        "300-plus",
        "more than 100",
        "300-plus ports in more than 100 countries",
        True,
    ),
    "air: agreements >= direct flights": (
        "104",
        "57",
        "air transport agreements with 104 BRI partner countries and opened direct flights "
        "with 57 partner countries",
        False,
    ),
}


def test_answer_3_only_the_air_pair_could_have_failed(out, claims, raw, table_cells) -> None:
    shown = table_cells(out[3])
    expected_holds = {}
    for test, (larger, smaller, words, one_clause) in PAIRS.items():
        assert words in raw, words
        in_sentence = [c for c in claims if words in c["sentence_text"]]
        big = read_claim(next(c for c in in_sentence if c["mention"] == larger))
        small = read_claim(next(c for c in in_sentence if c["mention"] == smaller))
        holds = big.relation("at_least", small)
        could_fail = big.bounded and not one_clause
        expected_holds[test] = holds
        assert shown[test] == [
            big.text(),
            small.text(),
            holds,
            str(big.bounded),
            str(one_clause),
            str(could_fail),
        ], test
    assert expected_holds == {
        "Silk Road Maritime: ports >= countries": "always",
        "Railway Express: cities >= countries": "always",
        "Land-Sea Trade Corridor: ports >= countries": "sometimes",
        "air: agreements >= direct flights": "always",
    }
    assert [t for t in PAIRS if shown[t][-1] == "True"] == ["air: agreements >= direct flights"]
