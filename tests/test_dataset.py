"""The committed dataset: real claims pinned from the text, structure, and reproducibility.

Each pinned row was read off the chapter by hand: (section, mention, value, unit, qualifier,
as_of, counted).
"""

from __future__ import annotations

import collections
import filecmp
import itertools
import json

import pytest

from briconnect import paths
from briconnect.dataset import build as pipeline
from briconnect.dataset.dictionary import TABLES, datapackage_json, readme_markdown
from briconnect.dataset.provenance import load_sources

PINNED = [
    # 1. policy coordination
    (1, "193", 193, "count", "exact", "2016-11", "un member states"),
    (1, "more than 110", 110, "count", "lower", "", "countries and regions"),
    (1, "more than 200", 200, "count", "lower", "2023-06-30", "bri cooperation agreements"),
    (1, "more than 150", 150, "count", "lower", "2023-06-30", "countries"),
    (1, "twice", 2, "times", "exact", "", "belt and road forum for international cooperation"),
    (1, "140-plus", 140, "count", "lower", "2017", "countries"),
    (1, "279", 279, "count", "exact", "2017", "deliverables"),
    (1, "More than 6,000", 6000, "count", "lower", "", "representatives"),
    (1, "Nearly 1,400", 1400, "count", "upper", "", "national standards"),
    # 2. infrastructure
    (2, "350 km per hour", 350, "km_per_hour", "exact", "", "operational speed"),
    (
        2,
        "above 5 million twenty-foot equivalent units (TEUs)",
        5e6,
        "TEU",
        "lower",
        "",
        "annual cargo throughput",
    ),
    (2, "fourth largest", 4, "rank", "exact", "", "largest teu port"),
    (2, "1.21 million tonnes", 1.21e6, "tonnes", "exact", "", "annual throughput of bulk cargo"),
    (2, "exceeded 74,000", 74000, "count", "lower", "2023-06-30", "trips"),
    (2, "nearly 7 million TEUs", 7e6, "TEU", "upper", "2023-06-30", None),
    (2, "more than US$300 billion", 3e11, "USD", "lower", "2023-06-30", "total value"),
    (2, "more than 180,000 TEUs", 180000, "TEU", "lower", "2022", None),
    (2, "exceeding 2,600", 2600, "count", "lower", "2022", "rail trips"),
    (2, "300-plus", 300, "count", "lower", "", "ports"),
    # 3. trade
    (
        3,
        "US$19.1 trillion",
        19.1e12,
        "USD",
        "exact",
        "2013/2022",
        "cumulative value of imports and exports",
    ),
    (3, "6.4 percent", 6.4, "percent", "exact", "2013/2022", "average annual growth rate"),
    (3, "US$240 billion", 240e9, "USD", "exact", "", "cumulative two-way investment from china"),
    (3, "nearly US$2.9 trillion", 2.9e12, "USD", "upper", "2022", "value of imports and exports"),
    (3, "45.4 percent", 45.4, "percent", "exact", "2022", "share of china's total foreign trade"),
    (3, "6.2 percentage points", 6.2, "percentage_points", "exact", "2022", "increase"),
    (3, "exceeded US$1.5 trillion", 1.5e12, "USD", "lower", "2022", None),
    (3, "53.7 percent", 53.7, "percent", "exact", "2022", None),
    (
        3,
        "more than 80",
        80,
        "count",
        "lower",
        "2023-08-31",
        "countries and international organizations",
    ),
    (3, "five years", 5, "years", "exact", "", None),
    (3, "about 2,000", 2000, "count", "approx", "", None),
    (3, "14 times", 14, "times", "exact", "", None),
    # 4. finance
    (4, "some 17.7 million", 17.7e6, "count", "approx", "2023-06-30", "businesses"),
    (4, "about US$22 billion", 22e9, "USD", "approx", "2023-06-30", "committed investment"),
    (4, "US$43.6 billion", 43.6e9, "USD", "exact", "2023-06-30", "total investment"),
    (4, "more than 1,300", 1300, "count", "lower", "2022-12-31", "bri projects"),
    (4, "RMB2.2 trillion", 2.2e12, "RMB", "exact", "", None),
    (4, "130-plus", 130, "count", "lower", "", "participating countries"),
    (4, "RMB152.54 billion", 152.54e9, "RMB", "exact", "2023-06-30", "total value"),
    (4, "RMB52.72 billion", 52.72e9, "RMB", "exact", "2023-06-30", "total value"),
    # 5. people-to-people
    (5, "562", 562, "count", "exact", "", "members"),
    (5, "nearly 50,000", 50000, "count", "upper", "", "young people"),
    (5, "seven consecutive years", 7, "years", "exact", "", None),
    (5, "six times", 6, "times", "exact", "", "media cooperation forum on belt and road"),
    (5, "Sixteen", 16, "count", "exact", "", "chinese and foreign think tanks"),
    (5, "more than 1,000", 1000, "count", "lower", "", "pairs of friendly cities"),
    # 6. new areas
    (6, "tens of thousands", 1e4, "count", "approx", "", "professionals"),
    (6, "more than 2 billion", 2e9, "count", "lower", "", "doses of vaccines"),
    (6, "100-plus", 100, "count", "lower", "", "tcm drugs"),
    (6, "a dozen", 12, "count", "exact", "2023-05", "financial institutions"),
    (6, "more than 10,000", 10000, "count", "lower", "2013/", "young scientists"),
    (6, "twice", 2, "times", "exact", "", None),
    (6, "130", 130, "count", "exact", "", "cross-border terrestrial cable systems"),
]


def find(claims: list[dict[str, str]], section: int, mention: str) -> list[dict[str, str]]:
    return [c for c in claims if c["section"] == str(section) and c["mention"] == mention]


@pytest.mark.parametrize(("section", "mention", "value", "unit", "qualifier", "as_of", "counted"),
                         PINNED, ids=[f"{p[0]}:{p[1]}" for p in PINNED])  # fmt: skip
def test_pinned_claim(claims, section, mention, value, unit, qualifier, as_of, counted) -> None:
    rows = find(claims, section, mention)
    assert rows, f"no claim {mention!r} in section {section}"
    matching = [r for r in rows if r["as_of"] == as_of] or rows
    row = matching[0]
    assert float(row["value"]) == pytest.approx(value)
    assert (row["unit"], row["qualifier"], row["as_of"]) == (unit, qualifier, as_of)
    if counted is not None:
        assert row["counted"] == counted


def test_pins_cover_every_section() -> None:
    assert len(PINNED) >= 40
    assert {p[0] for p in PINNED} == {1, 2, 3, 4, 5, 6}


def test_claims_per_section(claims) -> None:
    counts = collections.Counter(int(c["section"]) for c in claims)
    assert counts == {1: 29, 2: 30, 3: 26, 4: 25, 5: 35, 6: 42}


def test_mix_of_units_tiers_and_qualifiers(claims) -> None:
    assert collections.Counter(c["tier"] for c in claims) == {"core": 164, "word": 18, "ordinal": 5}
    units = collections.Counter(c["unit"] for c in claims)
    assert units["USD"] == 13 and units["RMB"] == 3 and units["rank"] == 5
    assert collections.Counter(c["qualifier"] for c in claims)["upper"] == 8


def test_no_years_or_identifiers(claims) -> None:
    mentions = {c["mention"] for c in claims}
    for bad in (
        "2023",
        "2022",
        "2013",
        "2344",
        "5",
        "19",
        "2063",
        "2030",
        "2025",
        "10",
        "71st",
        "3",
    ):
        assert bad not in mentions


def test_every_claim_sits_in_its_sentence(claims, sentences, raw) -> None:
    by_id = {s["sentence_id"]: s for s in sentences}
    for c in claims:
        s = by_id[c["sentence_id"]]
        start, end = int(c["start"]), int(c["end"])
        assert raw[start:end] == c["mention"]
        assert int(s["start"]) <= start and end <= int(s["end"])
        assert c["mention"] in s["text"] and c["sentence_text"] == s["text"]
        assert c["section"] == s["section"]
        assert c["claim_id"] == f"c{start:05d}"


def test_bounds(claims) -> None:
    for c in claims:
        v = float(c["value"])
        if c["qualifier"] in ("exact", "lower") and c["tier"] != "word":
            assert float(c["value_low"]) == v
        if c["qualifier"] == "lower":
            assert c["value_high"] == ""
        if c["qualifier"] == "upper":
            assert float(c["value_high"]) == v and c["value_low"] == ""


def test_sentences_cover_every_body_line(sentences, raw) -> None:
    """Sentences tile each body paragraph: only white space between them, nothing dropped."""
    by_paragraph = collections.defaultdict(list)
    for s in sentences:
        by_paragraph[s["paragraph"]].append((int(s["start"]), int(s["end"])))
    lines = {raw[a:b] for spans in by_paragraph.values() for a, b in [(spans[0][0], spans[-1][1])]}
    body = {line for line in raw.splitlines() if line.endswith(".")}
    assert lines == body and len(body) == 108
    for spans in by_paragraph.values():
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert raw[end:start].isspace()


def test_build_reproduces_the_committed_tables(tmp_path) -> None:
    """`briconnect extract --rules chapter3 --strict` on data/raw/ gives data/processed/."""
    pipeline.extract_file(paths.RAW_TEXT, tmp_path, "chapter3", strict=True)
    for name in TABLES:
        assert filecmp.cmp(
            tmp_path / f"{name}.csv", paths.PROCESSED / f"{name}.csv", shallow=False
        ), name


def test_dictionary_is_current() -> None:
    assert paths.DATAPACKAGE.read_text(encoding="utf-8") == datapackage_json(load_sources())
    assert paths.DATA_README.read_text(encoding="utf-8") == readme_markdown()


def test_datapackage_describes_every_column() -> None:
    package = json.loads(paths.DATAPACKAGE.read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    for name in TABLES:
        header = (paths.PROCESSED / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        fields = resources[name]["schema"]["fields"]
        assert [f["name"] for f in fields] == header.split(",")
        assert all(f["description"] for f in fields)
    unit = next(f for f in resources["claims"]["schema"]["fields"] if f["name"] == "unit")
    assert "km_per_hour" in unit["constraints"]["enum"]
    assert resources["raw-text"]["hash"].startswith("sha256:36ccae09")


def test_committed_tables_validate() -> None:
    assert pipeline.validate_folder() == len(TABLES)
