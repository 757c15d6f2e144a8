"""Country mentions: names, codes, territories, and what is not a country."""

from __future__ import annotations

from briconnect.extract.countries import adjective_countries, find_countries, lookup


def names(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.iso3) for c in find_countries(text)]


def test_countries_in_a_list() -> None:
    text = "standardization bodies in 65 countries such as Pakistan, Russia, Greece, Ethiopia, and Costa Rica"
    assert names(text) == [
        ("Pakistan", "PAK"), ("Russia", "RUS"), ("Greece", "GRC"), ("Ethiopia", "ETH"),
        ("Costa Rica", "CRI"),
    ]  # fmt: skip


def test_regions_and_blocs_are_not_countries() -> None:
    text = "ASEAN, Africa, Central Asia, the EU, Latin America, the Americas and East Africa"
    assert names(text) == []


def test_territories_and_china() -> None:
    found = find_countries("The Hong Kong SAR has held the Summit, and the Macao SAR the Forum.")
    assert [(c.name, c.iso3, c.kind) for c in found] == [
        ("Hong Kong SAR", "HKG", "territory"),
        ("Macao SAR", "MAC", "territory"),
    ]
    (china,) = find_countries("China has signed documents.")
    assert (china.iso3, china.kind, china.continent) == ("CHN", "china", "Asia")


def test_adjectives_possessives_and_compounds() -> None:
    assert names("Russian and Indian firms and Chinese banks") == []
    assert names("Kazakhstan's Bright Road economic policy") == [("Kazakhstan", "KAZ")]
    assert names("the Philippines' Build Better More program") == [("Philippines", "PHL")]
    assert names("the China-Indochina Peninsula Economic Corridor") == [("China", "CHN")]
    assert names("lines between North Kazakhstan and China") == [
        ("Kazakhstan", "KAZ"),
        ("China", "CHN"),
    ]
    assert names("Zhengzhou in Henan Province and Luxemburg") == [("Luxemburg", "LUX")]
    assert names("Saudi Arabia's Vision 2030") == [("Saudi Arabia", "SAU")]
    assert names("a total value of more than US$300 billion") == []


def test_in_name_flag() -> None:
    found = {
        c.name: c.in_name for c in find_countries("the China-Laos Railway links Laos and China")
    }
    assert [(c.name, c.in_name) for c in find_countries("the China-Laos Railway links Laos")] == [
        ("China", True), ("Laos", True), ("Laos", False),
    ]  # fmt: skip
    assert found["China"] is False  # the last mention of China, on its own
    (bank,) = find_countries("the Export-Import Bank of China")
    assert bank.in_name


def test_lookup_uses_the_library_table() -> None:
    entry, written_in_full = lookup("Vietnam")
    assert (entry.iso3, entry.continent, written_in_full) == ("VNM", "Asia", True)
    assert lookup("Mekong") is None


def test_chapter_country_table(countries: list[dict[str, str]], raw: str) -> None:
    by_iso = {}
    for c in countries:
        by_iso.setdefault(c["iso3"], set()).add(c["name"])
        assert raw[int(c["start"]) : int(c["end"])] == c["name"]
    assert {"HKG", "MAC", "LAO", "KAZ", "SYC", "LUX", "ARE", "NGA"} <= set(by_iso)
    assert by_iso["HKG"] == {"Hong Kong", "Hong Kong SAR"}
    assert not {"USA", "GEO"} & set(by_iso)  # "US$" and "CNSA-GEO" are not countries
    assert sum(c["iso3"] == "CHN" for c in countries) == 179
    assert len({c["iso3"] for c in countries}) == 44


def test_names_with_hyphens_elisions_and_a_leading_word() -> None:
    assert names("Guinea-Bissau and Timor-Leste") == [
        ("Guinea-Bissau", "GNB"),
        ("Timor-Leste", "TLS"),
    ]
    assert names("Côte d'Ivoire and Côte d’Ivoire") == [
        ("Côte d'Ivoire", "CIV"),
        ("Côte d’Ivoire", "CIV"),
    ]
    assert names("in North Macedonia works") == [("North Macedonia", "MKD")]


def test_and_ends_a_name_for_the_in_name_flag() -> None:
    flags = [(c.name, c.in_name) for c in find_countries("Kenya and the Bank of China")]
    assert flags == [("Kenya", False), ("China", True)]
    flags = [(c.name, c.in_name) for c in find_countries("trade between China and Europe")]
    assert flags == [("China", False)]
    flags = [(c.name, c.in_name) for c in find_countries("Bosnia and Herzegovina")]
    assert flags == [("Bosnia and Herzegovina", False)]


def test_peoples_republics_are_read_whole() -> None:
    assert names("the People's Republic of China and Kenya") == [
        ("People's Republic of China", "CHN"),
        ("Kenya", "KEN"),
    ]
    assert names("the Democratic People\u2019s Republic of Korea") == [
        ("Democratic People\u2019s Republic of Korea", "PRK")
    ]
    assert names("the Lao People's Democratic Republic") == [
        ("Lao People's Democratic Republic", "LAO")
    ]


def test_more_adjectives_of_countries() -> None:
    """Adjectives that the regular forms miss ("Moroccan") or make for two countries
    ("Nigerian" from Niger and Nigeria)."""
    text = "Moroccan officials, Nigerian engineers and Bosnian workers met."
    assert adjective_countries(text) == ["MAR", "NGA", "BIH"]
