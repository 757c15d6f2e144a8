"""As-of dates: the phrasings of the chapter and their normalized forms."""

from __future__ import annotations

import pytest

from briconnect.extract.dates import as_of_for, find_dates


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("By June 2023, China had signed more than 200 agreements.", "2023-06-30"),
        ("By the end of June 2023, it had reached 117 ports.", "2023-06-30"),
        ("As of June 2023, China had signed 107 documents.", "2023-06-30"),
        ("As of the end of June 2023, a total of 13 banks had offices.", "2023-06-30"),
        ("By the end of August 2023, more than 80 countries had subscribed.", "2023-08-31"),
        ("By the end of 2022, the CDB has provided services.", "2022-12-31"),
        ("In 2022, more than 180,000 TEUs were transported.", "2022"),
        ("In May 2023, China Eximbank released an initiative.", "2023-05"),
        ("From 2013 to 2022, the cumulative value reached US$19.1 trillion.", "2013/2022"),
        ("Since 2013, China has hosted more than 10,000 young scientists.", "2013/"),
        ("On January 1, 2022, the RCEP agreement entered into force.", "2022-01-01"),
        ("By the end of February 2024, 12 joined.", "2024-02-29"),  # leap year
        ("Between 2013 and 2022, trade grew.", "2013/2022"),
        ("The agreement was signed on 5 March 2021.", "2021-03-05"),
    ],
)
def test_normalized(sentence: str, as_of: str) -> None:
    dates = find_dates(sentence)
    assert [d.as_of for d in dates] == [as_of]


def test_baseline_is_not_a_reference_date() -> None:
    s = "In 2022, trade reached 45.4 percent, an increase of 6.2 percentage points compared with 2013."
    dates = find_dates(s)
    assert [d.as_of for d in dates] == ["2022"]
    assert as_of_for(dates, s.index("6.2")) == "2022"


def test_names_and_ranges_are_not_dates() -> None:
    for s in (
        "the African Union's Agenda 2063 and Saudi Arabia's Vision 2030.",
        "a green Belt and Road for 2017-2022, reached agreements.",
        "the Program of Health Silk Road (2020-2022), China has helped.",
    ):
        assert find_dates(s) == []


def test_nearest_date_before_else_first_after() -> None:
    s = "The 193 UN member states agreed at the Assembly in November 2016."
    dates = find_dates(s)
    assert as_of_for(dates, s.index("193")) == "2016-11"
    assert as_of_for([], 10) == ""
