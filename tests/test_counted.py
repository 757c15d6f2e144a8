"""What a quantity counts: the phrasings of the genre."""

from __future__ import annotations

import pytest

from briconnect.extract.counted import counted_for
from briconnect.extract.quantities import find_quantities


def counted(sentence: str) -> list[str]:
    earlier: list = []
    out = []
    for q in find_quantities(sentence):
        c = counted_for(sentence, q, 0, len(sentence), earlier)
        earlier.append((q, c))
        out.append(c)
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "China had signed more than 200 BRI cooperation agreements with more than 150 countries and 30 international organizations across five continents.",
            [
                "bri cooperation agreements",
                "countries",
                "international organizations",
                "continents",
            ],
        ),
        (
            "From 2013 to 2022, the cumulative value of imports and exports between China and BRI partner countries reached US$19.1 trillion, with an average annual growth rate of 6.4 percent.",
            ["cumulative value of imports and exports", "average annual growth rate"],
        ),
        (
            "The cumulative two-way investment between China and partner countries reached US$380 billion, including US$240 billion from China.",
            ["cumulative two-way investment", "cumulative two-way investment from china"],
        ),
        (
            "accounting for 45.4 percent of China's total foreign trade over the same period",
            ["share of china's total foreign trade"],
        ),
        (
            "the cumulative volume had exceeded 74,000 trips, transporting over 50,000 types of goods in 53 categories",
            ["trips", "types of goods", "categories"],
        ),
        (
            "The Hong Kong SAR has held the Belt and Road Summit eight times.",
            ["belt and road summit"],
        ),
        (
            "China has established 20 tourism offices in 18 countries, eight of which are in partner countries.",
            ["tourism offices", "countries", "countries"],
        ),
        ("driving more than US$400 billion of investment", ["investment"]),
        (
            "In 2023, trade grew by 7.7% and exports rose 3.5 percentage points.",
            ["growth rate", "growth rate"],
        ),
        ("with rail trips exceeding 2,600.", ["rail trips"]),
        ("the number of AIIB members had reached 106, and", ["number of aiib members"]),
    ],
)
def test_counted(sentence: str, expected: list[str]) -> None:
    assert counted(sentence) == expected
