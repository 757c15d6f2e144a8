"""The worked answers of notebook 00 (hedged numbers), recomputed from the tables and the text.

The chapter's numbers typed here (37, 10, 8, 26,000, 149...) were checked against its words; each
assertion also recomputes the value from claims.csv and compares it with what the answer showed.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briconnect.intervals import read_claim

NAME = "00-overview"


def _one(claims: list[dict[str, str]], mention: str, words: str) -> dict[str, str]:
    """The one claim with this mention in a sentence containing these words."""
    rows = [r for r in claims if r["mention"] == mention and words in r["sentence_text"]]
    assert len(rows) == 1, (mention, words, rows)
    return rows[0]


@pytest.fixture(scope="module")
def shown(answers) -> dict[int, str]:
    return answers(NAME)


def test_there_are_three_answers(shown) -> None:
    assert sorted(shown) == [1, 2, 3]


def test_answer_1_counts_the_hedge_words(shown, claims, raw) -> None:
    words = Counter(
        (r["qualifier"], r["qualifier_text"].lower()) for r in claims if r["qualifier"] != "exact"
    )
    for (_, word), n in words.items():
        assert re.search(rf"{re.escape(word)}\s+{n}\n", shown[1]), (word, n)
    # The counts agree with the words of the chapter itself.
    assert words["lower", "more than"] == len(re.findall(r"[Mm]ore than (?:US\$)?\d", raw)) == 37
    assert words["lower", "-plus"] == len(re.findall(r"\d-plus\b", raw)) == 10
    assert words["upper", "nearly"] == len(re.findall(r"[Nn]early (?:US\$)?\d", raw)) == 8
    assert max(words, key=words.get) == ("lower", "more than")  # the most frequent, listed first
    assert shown[1].split("\n")[1].split()[:3] == ["lower", "more", "than"]
    # "-plus" is the only hedge written after its number ("tens of thousands" has none).
    after = {
        r["qualifier_text"]
        for r in claims
        if r["qualifier_text"]
        and re.search(rf"\d\S*\s*{re.escape(r['qualifier_text'])}$", r["mention"])
    }
    assert after == {"-plus"}


def test_answer_2_adds_two_lower_bounds(shown, claims, raw) -> None:
    assert "more than 10,000 young scientists" in raw
    assert "more than 16,000 technicians" in raw
    scientists = _one(claims, "more than 10,000", "young scientists")
    technicians = _one(claims, "more than 16,000", "technicians")
    strict = read_claim(scientists) + read_claim(technicians)
    conventional = read_claim(scientists, "conventional") + read_claim(technicians, "conventional")
    assert (strict.low, strict.high) == (26_000, float("inf"))
    assert (conventional.low, conventional.high) == (
        26_000,
        37_000,
    )  # 10,000-20,000 + 16,000-17,000
    assert shown[2].strip() == (
        f"{{'strict': '{strict.text()}', 'conventional': '{conventional.text()}'}}"
    )
    assert "at least 26,000" in shown[2] and "26,000-37,000" in shown[2]


def test_answer_3_partner_counts_never_exceed_the_total(shown, claims, raw) -> None:
    assert "more than 150 countries and 30 international organizations" in raw
    total = _one(claims, "more than 150", "BRI cooperation agreements")
    counts = [r for r in claims if r["counted"] in ("partner countries", "bri partner countries")]
    verdicts = {
        reading: [
            read_claim(r, reading).relation("at_most", read_claim(total, reading)) for r in counts
        ]
        for reading in ("strict", "conventional")
    }
    # Strict: the total has no upper end, so nothing is "never": the check cannot fail.
    assert "never" not in verdicts["strict"] + verdicts["conventional"]
    exact = [float(r["value"]) for r in counts if r["qualifier"] == "exact"]
    assert max(exact) == 149 and "149 partner countries" in raw
    # The table lists exactly the claims that are not "always" in both readings.
    undecided = [
        (r["mention"], s, c)
        for r, s, c in zip(counts, verdicts["strict"], verdicts["conventional"], strict=True)
        if s != "always" or c != "always"
    ]
    listed = shown[3].split("\n\n", 1)[1].splitlines()[2:]
    assert len(listed) == len(undecided) == 5
    for (mention, s, c), line in zip(undecided, listed, strict=True):
        assert re.fullmatch(rf"{re.escape(mention)}\s+{s}\s+{c}", line.strip()), line
    # Only "more than 100 partner countries" (100-200 against 150-160) stays undecidable.
    assert [u[0] for u in undecided if u[2] == "sometimes"] == ["more than 100"]
    crosstab = shown[3].split("\n\n", 1)[0]
    n_always = sum(v == ("always", "always") for v in zip(*verdicts.values(), strict=True))
    assert re.search(rf"always\s+{n_always}\s+0\s+{n_always}\n", crosstab)
    assert re.search(rf"all\s+{len(counts) - 1}\s+1\s+{len(counts)}", crosstab)
