"""Projects, alignments and mechanisms: rows pinned by hand from the chapter, offsets, codes.

The pinned rows were read off section 2 (and the project sentences of section 3) by hand:
name as written, kind, status, corridor, ISO3 codes.
"""

from __future__ import annotations

import pytest

from briconnect.chapter3 import extract_chapter
from briconnect.chapter3.alignments import extract_alignments
from briconnect.errors import BriconnectError
from briconnect.extract import countries as countries_mod
from briconnect.extract import extract_all
from briconnect.extract.text import split_document

CPEC = "China-Pakistan Economic Corridor"
NELB = "New Eurasian Land Bridge"
CIPEC = "China-Indochina Peninsula Economic Corridor"
CMREC = "China-Mongolia-Russia Economic Corridor"
CCWAEC = "China-Central Asia-West Asia Economic Corridor"
BCIMEC = "Bangladesh-China-India-Myanmar Economic Corridor"

# Every named railway, road, bridge, port, pipeline, plant and zone of section 2, in order.
SECTION_2 = [
    ("Peshawar-Karachi Motorway (Sukkur-Multan section)", "highway", "open to traffic", CPEC, "PAK"),
    ("Karakoram Highway Phase II (Havelian-Thakot section)", "highway", "open to traffic", CPEC, "PAK"),
    ("Lahore Orange Line Metro", "metro line", "open to traffic", CPEC, "PAK"),
    ("Sahiwal", "power plant", "operational", CPEC, "PAK"),
    ("Port Qasim", "power plant", "operational", CPEC, "PAK"),
    ("Thar", "power plant", "operational", CPEC, "PAK"),
    ("Hub", "power plant", "operational", CPEC, "PAK"),
    ("Mehra DC transmission project", "transmission line", "operational", CPEC, "PAK"),
    ("Kalot Hydropower Station", "power plant", "operational", CPEC, "PAK"),
    ("Rashakai Special Economic Zone", "economic zone", "under development", CPEC, "PAK"),
    ("Belgrade-Novi Sad section of the Hungary-Serbia Railway", "railway", "operational", NELB, "SRB"),
    ("Budapest-Kelebija section", "railway", "under construction", NELB, "HUN"),
    ("Peljesac Bridge", "bridge", "open to traffic", NELB, "HRV"),
    ("Western Europe-Western China Highway", "highway", "completed", NELB, "CHN"),
    ("Smokovac-Matesevo section of the Bar-Boljare Highway", "highway", "open to traffic", NELB, "MNE"),
    ("China-Laos Railway", "railway", "operational", CIPEC, "CHN;LAO"),
    ("Jakarta-Bandung High-speed Railway", "railway", "operational", CIPEC, "IDN"),
    (
        "China-Thailand Railway Phase I (Bangkok-Nakhon Ratchasima section)",
        "railway",
        "under construction",
        CIPEC,
        "CHN;THA",
    ),
    ("Heihe-Blagoveshchensk Highway Bridge", "bridge", "open to traffic", CMREC, "CHN;RUS"),
    ("Tongjiang-Nizhneleninskoye Railway Bridge", "bridge", "open to traffic", CMREC, "CHN;RUS"),
    ("China-Russia eastern natural gas pipeline", "pipeline", "operational", CMREC, "CHN;RUS"),
    ("central-route railway", "railway", "feasibility study", CMREC, "CHN;RUS;MNG"),
    ("China-Kyrgyzstan-Uzbekistan Highway", "highway", "operational", CCWAEC, "CHN;KGZ;UZB"),
    ("China-Central Asia Gas Pipeline", "pipeline", "operational", CCWAEC, "CHN"),
    (
        "grain and oil rail transport lines between North Kazakhstan and China",
        "railway",
        "operational",
        CCWAEC,
        "KAZ;CHN",
    ),
    ("China-Myanmar Crude Oil and Gas Pipeline", "pipeline", "operational", BCIMEC, "CHN;MMR"),
    ("Muse-Mandalay section of the China-Myanmar Railway", "railway", "feasibility study", BCIMEC, "CHN;MMR"),
    ("Mandalay-Kyaukphyu section", "railway", "feasibility study", BCIMEC, "CHN;MMR"),
    ("Bangladesh-China Friendship Bridge", "bridge", "under construction", BCIMEC, "BGD"),
    ("Dohazari-Cox's Bazar rail route", "railway", "under construction", BCIMEC, "BGD"),
    ("Mombasa-Nairobi Railway", "railway", "operational", "Africa", "KEN"),
    ("Addis Ababa-Djibouti Railway", "railway", "operational", "Africa", "DJI;ETH"),
    ("Port of Piraeus", "port", "operational", "maritime", "GRC"),
    ("Gwadar Port", "port", "making progress", "maritime", "PAK"),
    ("Kyaukphyu Deep-sea Port", "port", "in preparation", "maritime", "MMR"),
    ("Hambantota Port", "port", "operational", "maritime", "LKA"),
    ("Vado Gateway terminal", "terminal", "operational", "maritime", "ITA"),
    ("Lekki Deep-sea Port", "port", "operational", "maritime", "NGA"),
    ("China-Europe Railway Express", "transport channel", "operational", "other", "CHN"),
    ("China-Europe Land-Sea Express Line", "transport channel", "operational", "other", "CHN"),
    ("New International Land-Sea Trade Corridor", "transport channel", "operational", "other", ""),
    (
        "Lianyungang-Khorgos New Eurasian Land-Sea Expressway",
        "transport channel",
        "operational",
        "other",
        "CHN",
    ),
]  # fmt: skip
# Section 3's named facilities.
SECTION_3 = [
    ("K2 and K3 units of the Karachi Nuclear Power Plant", "nuclear unit", "operational", "other", "PAK"),
    ("Ulba Fuel Assembly Plant", "nuclear fuel plant", "operational", "other", "KAZ"),
    ("China-Belarus Great Stone Industrial Park", "industrial park", "making progress", "other", "CHN;BLR"),
    (
        "China-Egypt TEDA Suez Economic and Trade Cooperation Zone",
        "economic zone",
        "making progress",
        "other",
        "CHN;EGY",
    ),
]  # fmt: skip

ALIGNMENTS = [
    ("United Nations", "", "UN 2030 Agenda for Sustainable Development", "global"),
    ("ASEAN", "", "Master Plan on ASEAN Connectivity 2025", "regional"),
    ("ASEAN", "", "ASEAN Outlook on the Indo-Pacific", "regional"),
    ("African Union", "", "Agenda 2063", "regional"),
    ("European Union", "", "Strategy on Connecting Europe and Asia", "regional"),
    ("Russia", "RUS", "Eurasian Economic Union framework", "bilateral"),
    ("Kazakhstan", "KAZ", "Bright Road economic policy", "bilateral"),
    ("Turkmenistan", "TKM", "strategy of reviving the Silk Road", "bilateral"),
    ("Mongolia", "MNG", "Steppe Road plan", "bilateral"),
    ("Indonesia", "IDN", "Global Marine Fulcrum initiative", "bilateral"),
    ("Philippines", "PHL", "Build Better More program", "bilateral"),
    ("Vietnam", "VNM", "Two Corridors and One Economic Circle plan", "bilateral"),
    ("South Africa", "ZAF", "Economic Reconstruction and Recovery Plan", "bilateral"),
    ("Egypt", "EGY", "Suez Canal Corridor Project", "bilateral"),
    ("Saudi Arabia", "SAU", "Vision 2030", "bilateral"),
]


# ---------------------------------------------------------------- row counts


def test_row_counts(projects, alignments, mechanisms) -> None:
    assert len(projects) == 48
    assert len(alignments) == 15
    assert len(mechanisms) == 150
    assert len({m["mechanism_id"] for m in mechanisms}) == 132


# ---------------------------------------------------------------- projects


def _key(r: dict[str, str]) -> tuple[str, str, str, str, str]:
    return (r["name"], r["kind"], r["status"], r["corridor"], r["countries"])


def test_every_section_2_facility_with_corridor_status_and_countries(projects) -> None:
    got = [_key(r) for r in projects if r["section"] == "2"]
    assert got == SECTION_2


def test_section_3_facilities(projects) -> None:
    got = {_key(r) for r in projects if r["section"] == "3"}
    assert set(SECTION_3) <= got
    assert len(got) == 6


def test_status_words_are_the_texts(projects, raw) -> None:
    by_name = {r["name"]: r for r in projects}
    assert by_name["China-Laos Railway"]["status_text"] == (
        "has been completed and is providing sound service"
    )
    assert by_name["Kalot Hydropower Station"]["status_text"] == "is connected to the power grid"
    assert by_name["Kyaukphyu Deep-sea Port"]["status_text"] == (
        "Preliminary work is currently under way"
    )
    for r in projects:
        if r["status"] == "not stated":
            assert r["status_text"] == ""
            continue
        s, e = int(r["status_start"]), int(r["status_end"])
        assert raw[s:e] == r["status_text"]


def test_sections_name_their_line(projects) -> None:
    by_name = {r["name"]: r for r in projects}
    assert by_name["Budapest-Kelebija section"]["part_of"] == "Hungary-Serbia Railway"
    assert by_name["Mandalay-Kyaukphyu section"]["part_of"] == "China-Myanmar Railway"
    assert by_name["Mandalay-Kyaukphyu section"]["countries_basis"] == "parent"


def test_project_ids_are_stable_slugs(projects) -> None:
    ids = [r["project_id"] for r in projects]
    assert len(set(ids)) == len(ids)
    assert "p-china-laos-railway" in ids


# ---------------------------------------------------------------- alignments


def test_every_strategy_in_the_alignment_paragraphs(alignments) -> None:
    got = [(r["partner"], r["partner_iso3"], r["strategy"], r["level"]) for r in alignments]
    assert got == ALIGNMENTS


def test_alignment_partner_offsets(alignments, raw) -> None:
    for r in alignments:
        assert raw[int(r["partner_start"]) : int(r["partner_end"])] == r["partner_text"]


# ---------------------------------------------------------------- mechanisms


def test_mechanism_spot_checks(mechanisms) -> None:
    by_name = {m["name"]: m for m in mechanisms}
    expect = {
        "Silk Road Fund": ("fund", "SRF"),
        "Asian Infrastructure Investment Bank": ("bank", "AIIB"),
        "Forum on China-Africa Cooperation": ("forum", ""),
        "Belt and Road News Network": ("network", ""),
        "Silk Road International Museum Alliance": ("alliance", ""),
        "China-IMF Capacity Development Center": ("centre", ""),
        "Global Initiative on Data Security": ("initiative", ""),
        "Standard Information Platform": ("platform", ""),
        "China International Import Expo": ("expo", "CIIE"),
        "China-ASEAN (10+1) Cooperation": ("mechanism", ""),
        "World Health Organization": ("organization", "WHO"),
    }
    for name, (kind, acronym) in expect.items():
        assert (by_name[name]["kind"], by_name[name]["acronym"]) == (kind, acronym), name


def test_repeated_mentions_join(mechanisms) -> None:
    ids: dict[str, set[str]] = {}
    for m in mechanisms:
        ids.setdefault(m["mechanism_id"], set()).add(m["name"])
    assert ids["k-silk-road-fund"] == {"Silk Road Fund", "SRF"}
    assert ids["k-export-import-bank-of-china"] == {"Export-Import Bank of China", "China Eximbank"}
    assert ids["k-belt-and-road-forum-for-international-cooperation"] == {
        "Belt and Road Forum for International Cooperation",
        "Second Belt and Road Forum for International Cooperation",
    }


def test_documents_and_strategies_are_not_mechanisms(mechanisms) -> None:
    names = {m["name"] for m in mechanisms}
    for not_a_body in (
        "Belt and Road Initiative",
        "Guiding Principles on Financing the Development of the Belt and Road",
        "Education Action Plan for the Belt and Road Initiative",
        "Regional Comprehensive Economic Partnership",
        "Eurasian Economic Union",  # Russia's framework: an alignment, not a BRI mechanism
    ):
        assert not_a_body not in names


# ---------------------------------------------------------------- offsets and codes


@pytest.mark.parametrize(
    ("table", "column"), [("projects", "name"), ("alignments", "strategy"), ("mechanisms", "name")]
)
def test_offsets_slice_back_inside_the_sentence(
    table, column, raw, sentences_by_id, request
) -> None:
    for r in request.getfixturevalue(table):
        s, e = int(r["start"]), int(r["end"])
        assert raw[s:e] == r[column]
        sent = sentences_by_id[r["sentence_id"]]
        assert int(sent["start"]) <= s and e <= int(sent["end"])
        assert sent["section"] == r["section"]


def test_every_iso3_code_is_valid(projects, alignments) -> None:
    valid = {e.iso3 for e in countries_mod._table()}
    codes = [c for r in projects for c in r["countries"].split(";") if c]
    codes += [r["partner_iso3"] for r in alignments if r["partner_iso3"]]
    assert codes and set(codes) <= valid


# ---------------------------------------------------------------- the rules on short excerpts


EXCERPT = """2. Growing connectivity of infrastructure
Along the China-Pakistan Economic Corridor, the Alpha-Beta Railway has been completed and is open to traffic; the Gamma Hydropower Station is operational.
In Africa, the Delta-Djibouti Railway is now operational.
"""


def test_rules_on_an_excerpt() -> None:
    rows = extract_chapter(EXCERPT)["projects"]
    got = [(r["name"], r["kind"], r["status"], r["corridor"], r["countries"]) for r in rows]
    assert got == [
        ("Alpha-Beta Railway", "railway", "open to traffic", CPEC, "PAK"),
        ("Gamma Hydropower Station", "power plant", "operational", CPEC, "PAK"),
        ("Delta-Djibouti Railway", "railway", "operational", "Africa", "DJI"),
    ]


def test_a_feasibility_study_is_not_a_finished_line() -> None:
    text = (
        "2. Infrastructure\nAlong the Bangladesh-China-India-Myanmar Economic Corridor, the "
        "feasibility study on the Muse-Mandalay section of the China-Myanmar Railway has been "
        "completed.\n"
    )
    [row] = extract_all(text)["projects"]
    assert row["status"] == "feasibility study"


def test_an_unknown_corridor_fails_loudly_on_the_chapter() -> None:
    text = "2. Infrastructure\nAlong the China-Atlantis Economic Corridor, the X-Y Railway is operational.\n"
    with pytest.raises(BriconnectError, match="unknown corridor 'China-Atlantis"):
        extract_chapter(text, strict=True)
    # Not strict (and the general rules): the paragraph is simply 'other'.
    [row] = extract_chapter(text)["projects"]
    assert row["corridor"] == "other"
    assert [r["corridor"] for r in extract_all(text)["projects"]] == ["other"]


def test_an_alignment_owner_the_rules_cannot_code_fails_loudly() -> None:
    text = (
        "1. Policy\nAt the bilateral level, the BRI has succeeded in coordinating with a wide "
        "range of strategies and initiatives, including Atlantis's Blue Plan.\n"
    )
    _, sents = split_document(text)
    with pytest.raises(BriconnectError, match="unknown owner 'Atlantis'"):
        extract_alignments(text, sents, strict=True)
    assert extract_alignments(text, sents, strict=False) == []


def test_strictness_is_asked_for_not_read_off_a_checksum(raw) -> None:
    """The same text gives the same rows whether or not it is the registered file."""
    assert extract_chapter(raw + " ", strict=True) == extract_chapter(raw, strict=True)


def test_a_contrast_clause_keeps_each_projects_status_apart() -> None:
    text = (
        "In Peru, the Chancay Logistics Port is operational, while the Lima Outer Ring Road is"
        " under construction. The Galle Container Terminal has been completed, whereas a"
        " feasibility study for the Matara Expressway was launched in 2024. The Sokhna Dry Port"
        " is operating, but the Ain Sokhna Wind Farm is still under construction."
    )
    got = {r["name"]: r["status"] for r in extract_all(text)["projects"]}
    assert got == {
        "Chancay Logistics Port": "operational",
        "Lima Outer Ring Road": "under construction",
        "Galle Container Terminal": "completed",
        "Matara Expressway": "feasibility study",
        "Sokhna Dry Port": "operational",
        "Ain Sokhna Wind Farm": "under construction",
    }


def test_in_use_since_it_opened_is_operational_and_a_port_city_is_one_name() -> None:
    text = (
        "The Lobito Corridor Railway has moved 4 million tonnes since it opened in 2019."
        " In Oman, the Duqm Port City is under construction."
        " The Sohar Industrial Park has hosted 30 firms since its opening."
    )
    got = {r["name"]: (r["kind"], r["status"]) for r in extract_all(text)["projects"]}
    assert got == {
        "Lobito Corridor Railway": ("railway", "operational"),
        "Duqm Port City": ("port", "under construction"),
        "Sohar Industrial Park": ("industrial park", "operational"),
    }


def test_a_status_word_of_another_clause_is_not_the_projects() -> None:
    text = (
        "The Tana Coastal Expressway is under construction, while a new law is in preparation."
        " The Lamu Port is operational; a study of its hinterland is being planned."
    )
    got = {r["name"]: r["status"] for r in extract_all(text)["projects"]}
    assert got == {"Tana Coastal Expressway": "under construction", "Lamu Port": "operational"}


def test_the_stage_of_another_clause_stays_its_own() -> None:
    text = (
        "Crews are laying track on the Tabora Rail Link, while the Lindi Container Terminal has"
        " been handling ships since 2015. The Moro Solar Park is planned; a firm now supplies the"
        " region with bricks."
    )
    got = {r["name"]: r["status"] for r in extract_all(text)["projects"]}
    assert got == {
        "Tabora Rail Link": "under construction",
        "Lindi Container Terminal": "operational",
        "Moro Solar Park": "not stated",
    }


def test_no_completion_lent_by_a_with_clause_or_a_new_subject() -> None:
    text = (
        "Work on the Kivu Transmission Line is moving forward, with 90 of its 120 km completed."
        " The Tabora Rail Link is under construction and the Lindi Container Terminal was"
        " completed in May. The Oru River Bridge and the Saba Tunnel are now operational."
    )
    got = {r["name"]: r["status"] for r in extract_all(text)["projects"]}
    assert got == {
        "Kivu Transmission Line": "making progress",
        "Tabora Rail Link": "under construction",
        "Lindi Container Terminal": "completed",
        "Oru River Bridge": "operational",
        "Saba Tunnel": "operational",
    }


def test_a_name_edge_keeps_an_ordinal_place_and_drops_a_unit() -> None:
    text = (
        "The 660 MW Tana Delta Power Plant is operational. The 6th of October Dry Port is"
        " under construction."
    )
    got = [r["name"] for r in extract_all(text)["projects"]]
    assert got == ["Tana Delta Power Plant", "6th of October Dry Port"]


def test_a_name_keeps_its_closing_word_and_a_general_head() -> None:
    text = (
        "The Kigoma Tram Metro Extension is under construction. The Tanga Port Expansion Project"
        " is planned. The Dodoma Logistics Park is operational. Work on the Kilosa Logistics Hub"
        " began in May. The Moshi Free Zone is operational. The Rufiji Solar Extension Project is"
        " planned, and so is the Pemba Wind Project. The Chinese Solar firm hired 40 workers. The Digital Silk Road"
        " Project is under way."
    )
    got = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert got == [
        ("Kigoma Tram Metro Extension", "metro line"),
        ("Tanga Port Expansion Project", "port"),
        ("Dodoma Logistics Park", "industrial park"),
        ("Kilosa Logistics Hub", "industrial park"),
        ("Moshi Free Zone", "economic zone"),
        ("Rufiji Solar Extension Project", "power plant"),
        ("Pemba Wind Project", "power plant"),
    ]


def test_a_lowercase_head_before_the_noun_it_modifies_names_nothing() -> None:
    text = (
        "Cranes at the Kisumu railway yard load grain; staff of the Kenya Railway Academy train"
        " drivers. The Mtwara Port Authority hired 40 pilots. The Mtwara Port is operational.\n"
        "Kribi Port Handles 2 million tonnes a year.\n"
    )
    assert [r["name"] for r in extract_all(text)["projects"]] == ["Mtwara Port", "Kribi Port"]


def test_a_city_after_in_or_near_and_a_near_opener_give_the_country() -> None:
    text = (
        "The Bosphorus Container Terminal in Mersin handled 1 million TEU in March. Near Tashkent,"
        " the Angren Industrial Park covers 20 hectares.\n\nThe Harambee Dry Port in May was"
        " upgraded."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got == {
        "Bosphorus Container Terminal": "TUR",
        "Angren Industrial Park": "UZB",
        "Harambee Dry Port": "",
    }


def test_a_name_listing_partners_takes_the_country_of_its_place() -> None:
    text = (
        "The Indonesia-China Batam Industrial Park is operational, and the China-Laos Railway"
        " is open to traffic."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got == {"Indonesia-China Batam Industrial Park": "IDN", "China-Laos Railway": "CHN;LAO"}


def test_an_imperative_opener_is_no_name_and_a_linked_name_skips_an_unknown_town() -> None:
    text = (
        "In Uganda, the Jinja Bypass is complete. Elsewhere in East Africa, work on the"
        " Mbwenitu-Nairobi Railway is moving forward.\n\n"
        "Take Tanzania: the Ruvu Coal Terminal is under construction."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got["Mbwenitu-Nairobi Railway"] == "KEN"
    assert got["Ruvu Coal Terminal"] == "TZA"


def test_a_service_named_after_its_line_is_no_facility() -> None:
    text = (
        "Kenya-Uganda Railway Express trains now leave daily, and the Lamu-Garissa Railway"
        " Shuttle Service carries 300 people a day. The Lamu-Garissa Railway is operational."
    )
    got = [r["name"] for r in extract_all(text)["projects"]]
    assert got == ["Lamu-Garissa Railway"]


def test_a_number_between_a_names_words_numbers_one_of_a_series() -> None:
    text = (
        "Work on the Ruvu 3 Dam is under way. In 2021, 4 Bridges were built. Over 2 Port"
        " workers left. The Kigoma 2 Solar Power Station is operational."
    )
    got = [r["name"] for r in extract_all(text)["projects"]]
    assert got == ["Ruvu 3 Dam", "Kigoma 2 Solar Power Station"]
    assert [q["mention"] for q in extract_all(text)["claims"]] == ["4", "Over 2"]


def test_a_later_clauses_place_and_a_link_after_the_name_give_countries() -> None:
    text = (
        "Design of the Tuzla Ring Road in Bosnia and Herzegovina is under way, and in North"
        " Macedonia works on the Stip Ring Road are making steady headway. In Kenya, survey work"
        " on the Lodwar-Moyale Railway, which would link Kenya and Ethiopia, has begun."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got == {
        "Tuzla Ring Road": "BIH",
        "Stip Ring Road": "MKD",
        "Lodwar-Moyale Railway": "KEN;ETH",
    }


def test_a_prefixed_head_a_spur_off_a_coast_a_plain_spelling_and_a_dateline() -> None:
    text = (
        "MOMBASA, May 3 -- The Likoni Container Terminal handled 40 ships.\n\n"
        "The Mwakaboko Agro-Industrial Park and the Kemba Rail Spur are operational. The Ha Long"
        " Wind Farm off northern Viet Nam is operational. The Kavala Container Terminal is"
        " operational."
    )
    got = {
        r["name"]: (r["kind"], r["countries"], r["countries_basis"])
        for r in extract_all(text)["projects"]
    }
    assert got == {
        "Likoni Container Terminal": ("terminal", "KEN", "dateline"),
        "Mwakaboko Agro-Industrial Park": ("industrial park", "KEN", "dateline"),
        "Kemba Rail Spur": ("railway", "KEN", "dateline"),
        "Ha Long Wind Farm": ("power plant", "VNM", "location"),
        "Kavala Container Terminal": ("terminal", "GRC", "place"),
    }


def test_a_leading_subordinate_clause_keeps_its_own_status() -> None:
    text = (
        "While the Kasama Airport has been receiving flights since June, the Lindi Fishing Port"
        " is still on the drawing board."
    )
    got = {r["name"]: r["status"] for r in extract_all(text)["projects"]}
    assert got == {"Kasama Airport": "operational", "Lindi Fishing Port": "in preparation"}


def test_countries_from_a_paragraphs_latest_opener_a_clause_place_and_large_cities_abroad() -> None:
    text = (
        "The two sides welcomed progress. In Nepal, the Seti Gorge Dam is being built. The"
        " Bhotekoshi Dry Port has been clearing trucks since May.\n\n"
        "In Uzbekistan, crews are laying track for the Angren Rail Link, while next door in"
        " Kyrgyzstan the Talas River Dam is advancing smoothly.\n\n"
        "In Serbia, the Sombor-Kula Expressway is under construction. In Kenya, the"
        " Kisumu-Kampala Railway is under construction."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got["Bhotekoshi Dry Port"] == "NPL"  # the paragraph's latest opener, not its first
    assert got["Talas River Dam"] == "KGZ"  # "in Kyrgyzstan" in its own clause
    assert got["Sombor-Kula Expressway"] == "SRB"  # Kula, Turkey, is a town of 31,000
    assert got["Kisumu-Kampala Railway"] == "KEN;UGA"  # Kampala is a large city


def test_countries_from_an_adjective_and_a_link_with_the_country() -> None:
    text = (
        "Tanzanian authorities commissioned a study for the Ruvu Dam. Chinese lenders financed"
        " the Lubembe Solar Park.\n\nIn Uzbekistan, the Angren-Khujand Railway, which will link"
        " the country with Tajikistan, is due to open in 2028.\n\nThe Mwakaboko Agro-Industrial"
        " Park opened in May."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got == {
        "Ruvu Dam": "TZA",
        "Lubembe Solar Park": "",  # "Chinese" says who lends, not where
        "Angren-Khujand Railway": "UZB;TJK",
        "Mwakaboko Agro-Industrial Park": "",
    }


def test_a_first_level_region_places_a_project_but_a_city_comes_first_in_a_name() -> None:
    text = (
        "In Sarawak, the Bintulu Deep Port is operational.\n\n"
        "The Mukim Dam in Kedah is under construction.\n\n"
        "The Luapula Falls Dam is planned.\n\n"
        "The Manchester Airport Cargo Terminal is operational."
    )
    got = {r["name"]: (r["countries"], r["countries_basis"]) for r in extract_all(text)["projects"]}
    assert got["Bintulu Deep Port"][0] == "MYS"  # the opener's region
    assert got["Mukim Dam"] == ("MYS", "location")  # "in Kedah"
    assert got["Luapula Falls Dam"] == ("ZMB", "place")  # a Zambian province opens the name
    assert got["Manchester Airport Cargo Terminal"] == ("GBR", "place")  # the city, not the parish


def test_a_road_named_by_the_places_it_links_and_plants_named_by_their_source() -> None:
    text = (
        "They are building the Mbala-Nakonde Road and the Kasama Coastal Road. The Navoiy Desert"
        " Solar Plant is operational. The Belt and Road is a framework."
    )
    got = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert got == [
        ("Mbala-Nakonde Road", "highway"),
        ("Kasama Coastal Road", "highway"),
        ("Navoiy Desert Solar Plant", "power plant"),
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Tabora Rail Link was formally turned over to the operator.", "completed"),
        ("The Kilwa Bridge welcomed its first motorists in May.", "open to traffic"),
        (
            "The Lindi Container Terminal received its first commercial vessel in May.",
            "operational",
        ),
        ("The Kapiri Ring Road was brought into use in stages.", "open to traffic"),
        (
            "The Kapiri Ring Road's last stretch has been accepting vehicles since May.",
            "open to traffic",
        ),
        (
            "The ministry concluded an engineering contract for the Ruvu Power Station.",
            "agreement signed",
        ),
        (
            "Consultants are assessing the viability of the Kivu Transmission Line.",
            "feasibility study",
        ),
        (
            "Tracklaying crews are working their way along the Tabora Rail Link.",
            "under construction",
        ),
        (
            "The Saba Tunnel is not yet open, with asphalt still being laid on its approaches,"
            " whereas the Kilwa Bridge welcomed its first motorists in May.",
            None,
        ),
    ],
)
def test_status_of_handovers_first_users_contracts_concluded_and_crews_at_work(
    sentence: str, status: str | None
) -> None:
    rows = {r["name"]: r["status"] for r in extract_all(sentence)["projects"]}
    if status is None:  # a contrast clause borrows nothing from the "with" clause before it
        assert rows == {"Saba Tunnel": "under construction", "Kilwa Bridge": "open to traffic"}
    else:
        assert list(rows.values()) == [status]


def test_a_fishery_harbour_and_a_spur_are_facilities() -> None:
    text = "The Kalutara Fishery Harbour is operational, and the Eldoret-Kitale Railway Spur is planned."
    got = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert got == [("Kalutara Fishery Harbour", "port"), ("Eldoret-Kitale Railway Spur", "railway")]


# A third battery, written for this test: two projects in one sentence, leading and relative
# clauses, a pronoun opening the next sentence, active and passive voice, a completion now in use.
@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        # two projects, two stages
        (
            "The Oru Wind Farm is operational and the Ruvu Dam is under construction.",
            {"Oru Wind Farm": "operational", "Ruvu Dam": "under construction"},
        ),
        (
            "The Oru Wind Farm entered service in May; the Ruvu Dam remains at the design stage.",
            {"Oru Wind Farm": "operational", "Ruvu Dam": "in preparation"},
        ),
        (
            "Work continues on the Ruvu Dam, while the Oru Wind Farm already supplies 40,000 homes.",
            {"Ruvu Dam": "under construction", "Oru Wind Farm": "operational"},
        ),
        (
            "Both the Kilwa Bridge and the Saba Tunnel opened to traffic in 2022.",
            {"Kilwa Bridge": "open to traffic", "Saba Tunnel": "open to traffic"},
        ),
        (
            "After the Kilwa Bridge opened to traffic in 2022, work began on the Saba Tunnel.",
            {"Kilwa Bridge": "open to traffic", "Saba Tunnel": "under construction"},
        ),
        (
            "The Saba Tunnel, which links the Kilwa Bridge to the port, is being bored.",
            {"Saba Tunnel": "under construction", "Kilwa Bridge": "not stated"},
        ),
        # pronouns and apposition
        (
            "The Ruvu Dam is a 300 MW scheme. It entered service in May.",
            {"Ruvu Dam": "operational"},
        ),
        (
            "The Ruvu Dam, a 300 MW scheme built by a Chinese firm, entered service in May.",
            {"Ruvu Dam": "operational"},
        ),
        (
            "Construction of the Ruvu Dam, a 300 MW scheme, started in May.",
            {"Ruvu Dam": "under construction"},
        ),
        # passive / active variants
        (
            "The Lindi Container Terminal is operated by a Chinese company.",
            {"Lindi Container Terminal": "operational"},
        ),
        (
            "A Chinese company operates the Lindi Container Terminal.",
            {"Lindi Container Terminal": "operational"},
        ),
        ("A Chinese company is building the Ruvu Dam.", {"Ruvu Dam": "under construction"}),
        ("A Chinese company built the Ruvu Dam in 2019.", {"Ruvu Dam": "completed"}),
        ("The Ruvu Dam was built in 2019.", {"Ruvu Dam": "completed"}),
        (
            "The Ruvu Dam, completed in 2019, now supplies 40,000 homes.",
            {"Ruvu Dam": "operational"},
        ),
        ("The Ruvu Dam, built in 2019, supplies 40,000 homes.", {"Ruvu Dam": "operational"}),
    ],
)
def test_status_across_clauses_pronouns_and_voices(sentence: str, statuses: dict) -> None:
    got = {r["name"]: r["status"] for r in extract_all(sentence)["projects"]}
    assert got == statuses


def test_countries_from_long_names_of_states_header_lines_and_hyphenated_adjectives() -> None:
    text = (
        "China-Kenya Newsletter, Issue No. 4\n\n"
        "Embassy of the People's Republic of China in Kenya, Nairobi, 1 May 2026\n\n"
        "The Lubembe Solar Power Station is operational.\n\n"
        "A Kenyan-Chinese venture is developing the Mwakaboko Industrial Park."
    )
    got = {r["name"]: (r["countries"], r["countries_basis"]) for r in extract_all(text)["projects"]}
    assert got["Lubembe Solar Power Station"] == ("KEN", "dateline")
    assert got["Mwakaboko Industrial Park"] == ("KEN", "sentence")


def test_a_dual_carriageway_and_a_rail_extension_are_names() -> None:
    text = "The Kericho-Kisii Dual Carriageway is open to traffic; the Galle Rail Extension is planned."
    got = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert got == [
        ("Kericho-Kisii Dual Carriageway", "highway"),
        ("Galle Rail Extension", "railway"),
    ]


def test_a_solar_farm_and_a_second_track_are_facilities() -> None:
    text = (
        "The Moro Coastal Solar Farm is operational, and the Tabora-Kigoma Second Track is planned."
    )
    got = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert got == [
        ("Moro Coastal Solar Farm", "power plant"),
        ("Tabora-Kigoma Second Track", "railway"),
    ]


def test_channels_freight_links_industry_parks_and_harbour_roads_are_named() -> None:
    text = (
        "The Kigoma-Kasanga Navigation Channel is planned, the Tanga-Moshi Rail Freight Link is"
        " planned, the Moshi Light Industry Park is planned, and the Lindi Harbour Road is planned."
    )
    got = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert got == [
        ("Kigoma-Kasanga Navigation Channel", "transport channel"),
        ("Tanga-Moshi Rail Freight Link", "railway"),
        ("Moshi Light Industry Park", "industrial park"),
        ("Lindi Harbour Road", "highway"),
    ]


def test_a_city_abroad_on_another_continent_and_a_country_opening_a_city_name() -> None:
    text = (
        "In Ethiopia, the Mojo-Batu Expressway is open to traffic. The Hekou-Lao Cai Highway"
        " Bridge, linking China and Viet Nam, is planned."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got == {"Mojo-Batu Expressway": "ETH", "Hekou-Lao Cai Highway Bridge": "CHN;VNM"}


def test_a_freight_spur_a_route_number_and_a_linked_city_in_the_first_ones_country() -> None:
    text = (
        "The route of the Tanga-Moshi Rail Freight Spur is being surveyed. The Moro Solar Park"
        " lies beside National Highway 7. The Balsas-Carolina Transmission Line is planned."
    )
    got = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert got == {
        "Tanga-Moshi Rail Freight Spur": "TZA",
        "Moro Solar Park": "PAK",  # Moro is a Pakistani town
        "Balsas-Carolina Transmission Line": "BRA",  # Carolina, Maranhão; not Puerto Rico
    }


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a country set beside the name in a list item ("Zamora" is also a Spanish city)
        ("4. Zamora River Hydropower Station, Ecuador. Works go on.", "ECU"),
        # a region and its country after "in" ("Kayan" is also a town in Myanmar)
        ("The Kayan Hilir Hydropower Station in North Kalimantan, Indonesia, is rising.", "IDN"),
        # an opener after a bullet ("Vrbas" is also a Serbian town)
        (
            "• In Bosnia and Herzegovina, a contract for the Vrbas Hydropower Station was signed.",
            "BIH",
        ),
        # a country's coast
        ("On Malaysia's east coast, the Kemaman Container Terminal was handed over.", "MYS"),
        # a later clause's "in neighbouring Tajikistan"
        (
            "In Kyrgyzstan, a line was energised, while in neighbouring Tajikistan a loan "
            "agreement for the Vakhsh River Bridge was signed.",
            "TJK",
        ),
        # a river is no town: "On the Zambezi, ..." places nothing by the gazetteer
        ("On the Zambezi, where Zambia and Zimbabwe meet, the Batoka Gorge Dam rises.", "ZMB;ZWE"),
    ],
)
def test_where_a_project_lies_beside_its_name_and_in_its_opener(text: str, countries: str) -> None:
    rows = extract_all(text)["projects"]
    assert [r["countries"] for r in rows][-1:] == [countries]


def test_a_country_adjective_opening_a_name_places_it_and_is_not_its_name() -> None:
    rows = extract_all("The Tunisian Medjerda Valley Dam will be completed in 2027.")["projects"]
    assert [(r["name"], r["countries"]) for r in rows] == [("Medjerda Valley Dam", "TUN")]


def test_a_linked_names_unplaced_end_takes_the_one_other_country_of_its_clause() -> None:
    text = (
        "The Calub-Djibouti Gas Pipeline, which will carry gas from Ethiopia's Somali Region to "
        "the coast, is making steady progress."
    )
    rows = extract_all(text)["projects"]
    assert sorted(rows[0]["countries"].split(";")) == ["DJI", "ETH"]
    # another project's country in another clause is not the line's
    text = (
        "The Batumi Deep-Water Port in Georgia is due to open, and the Osh-Irkeshtam Road has "
        "cut waiting times."
    )
    rows = {r["name"]: r["countries"] for r in extract_all(text)["projects"]}
    assert rows["Osh-Irkeshtam Road"] == "KGZ"


def test_an_industrial_estate_is_an_industrial_park() -> None:
    rows = extract_all("Work at the Sur Industrial Estate in Oman is under way.")["projects"]
    assert [(r["name"], r["kind"], r["countries"]) for r in rows] == [
        ("Sur Industrial Estate", "industrial park", "OMN")
    ]


def test_an_items_country_label_and_capitals_beyond_ascii() -> None:
    """ "- Oman." heads its list item as "In Oman, ..." would (and before a namesake city in
    the name: Rasht is Iranian, the Rasht Valley Tajik); "Štip-Kočani" is one name; "100-MW"
    is no part of a name."""
    text = (
        "- Oman. Surveys are under way for the Duqm-Haima Pipeline.\n\n"
        "- Tajikistan. Crews holed through the Rasht Valley Tunnel in July.\n\n"
        "North Macedonia's Štip-Kočani Expressway was opened to traffic.\n\n"
        "Uzbekistan's 100-MW Navoiy Solar Park was handed over."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Duqm-Haima Pipeline", "OMN"),
        ("Rasht Valley Tunnel", "TJK"),
        ("Štip-Kočani Expressway", "MKD"),
        ("Navoiy Solar Park", "UZB"),
    ]


def test_a_place_after_near_a_link_to_a_border_and_the_country_a_line_links() -> None:
    """ "near Baku" places a terminal even when China is named later in the clause; "a link to
    the Angolan border" ends at the border; "link the country with Cameroon" adds the
    paragraph's own country."""
    text = (
        "The Alat Logistics Terminal near Baku has been moving China-Europe trains since 2022.\n\n"
        "The Kolwezi-Dilolo Road, a link to the Angolan border, remains at the survey stage.\n\n"
        "In the Republic of the Congo, the economy grew. The Ouesso-Sangmelima Highway, which "
        "will link the country with Cameroon, is making steady progress."
    )
    rows = {r["name"]: sorted(r["countries"].split(";")) for r in extract_all(text)["projects"]}
    assert rows["Alat Logistics Terminal"] == ["AZE"]
    assert rows["Kolwezi-Dilolo Road"] == ["COD"]
    assert rows["Ouesso-Sangmelima Highway"] == ["CMR", "COG"]


def test_owners_of_several_words_measures_brackets_seaports_and_corridors() -> None:
    text = (
        "Bosnia and Herzegovina's 60 MW Bileća Solar Park was completed in June. "
        "Qingshuihe-Chinshwehaw Bridge (China-Myanmar border): opened on 26 May. "
        "At Eritrea's Massawa Seaport, surveying is under way. "
        "The Moa Photovoltaic Park in Cuba is operational. "
        "The Tatev Tunnel lies on the North-South Road Corridor."
    )
    rows = [(r["name"], r["kind"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Bileća Solar Park", "power plant", "BIH"),
        ("Qingshuihe-Chinshwehaw Bridge", "bridge", "CHN;MMR"),
        ("Massawa Seaport", "port", "ERI"),
        ("Moa Photovoltaic Park", "power plant", "CUB"),
        ("Tatev Tunnel", "tunnel", ""),
    ]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a small town abroad the clause confirms
        (
            "A study for the Pakse-Stung Treng Transmission Line, which would carry Lao power "
            "into northern Cambodia, is under review.",
            ["KHM", "LAO"],
        ),
        # both sides of a shared border
        (
            "On the Kazakh-Uzbek border, construction of the Saryagash-Tashkent Railway is under "
            "way.",
            ["KAZ", "UZB"],
        ),
        # a dateline opening a bulletin's item
        ("• MALÉ — Design is under way for the Thilafushi Container Terminal.", ["MDV"]),
    ],
)
def test_a_linked_names_other_end_and_a_bullets_dateline(text: str, countries: list) -> None:
    rows = extract_all(text)["projects"]
    assert sorted(rows[0]["countries"].split(";")) == countries


def test_a_heading_line_of_countries_places_the_items_below_it() -> None:
    """ "Tanzania" over a list item places a station its item does not; "Chile and Argentina"
    makes San Juan the Argentine one (not Puerto Rico's capital)."""
    text = (
        "Overview\n\nTanzania\n\n- Kilombero Valley Hydropower Station. Works go on.\n\n"
        "Chile and Argentina\n\n- San Juan-Coquimbo Tunnel. A study is under way."
    )
    rows = {
        r["name"]: (r["countries"], r["countries_basis"]) for r in extract_all(text)["projects"]
    }
    assert rows["Kilombero Valley Hydropower Station"] == ("TZA", "heading")
    assert sorted(rows["San Juan-Coquimbo Tunnel"][0].split(";")) == ["ARG", "CHL"]


def test_sierra_alone_is_no_country_and_an_en_dash_joins_a_name() -> None:
    text = "In Chile, the Sierra Gorda East Solar Park is operational."
    assert [r["countries"] for r in extract_all(text)["projects"]] == ["CHL"]
    rows = extract_all("The Lobito–Benguela Coastal Expressway was inaugurated.")["projects"]
    assert [r["name"] for r in rows] == ["Lobito–Benguela Coastal Expressway"]


def test_a_heading_that_names_a_facility_and_port_as_part_of_a_city() -> None:
    """A heading line naming a facility is read (the paragraph below describes it); "Port Vila"
    and "Port Moresby" are cities, not ports; "in Yunnan" places a linked name's other end."""
    text = (
        "Kuching-Samarahan Light Rail\nAn agreement for the line was signed in April.\n\n"
        "Compiled in Dili and Port Vila\n\n"
        "The Ruili-Muse Bridge, a crossing linking Ruili in Yunnan with Muse in Myanmar, opened."
    )
    rows = {r["name"]: r for r in extract_all(text)["projects"]}
    assert sorted(rows) == ["Kuching-Samarahan Light Rail", "Ruili-Muse Bridge"]
    assert rows["Kuching-Samarahan Light Rail"]["status"] == "agreement signed"
    assert sorted(rows["Ruili-Muse Bridge"]["countries"].split(";")) == ["CHN", "MMR"]


def test_lao_cai_a_light_rail_line_a_possessive_province_and_trinidad_in_bolivia() -> None:
    text = (
        "On the Vietnamese side, the Lao Cai Logistics Industrial Park is 70 percent complete. "
        "The Cali Eastern Light Rail Line is under study. "
        "In Mozambique's Gaza province, the Xai-Xai Agro-Industrial Park is in operation.\n\n"
        "- In Bolivia, design is progressing for the Santa Cruz-Trinidad Railway."
    )
    rows = [(r["name"], r["kind"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Lao Cai Logistics Industrial Park", "industrial park", "VNM"),
        ("Cali Eastern Light Rail Line", "metro line", "COL"),
        ("Xai-Xai Agro-Industrial Park", "industrial park", "MOZ"),
        ("Santa Cruz-Trinidad Railway", "railway", "BOL"),
    ]


def test_a_country_adjective_and_a_lowercase_noun_name_nothing_and_an_item_takes_its_country() -> (
    None
):
    text = (
        "1. Agadir Bay Container Terminal. The Moroccan terminal has been in operation since "
        "March.\n\n2. Karshi Wind Farm. Located in Uzbekistan's Kashkadarya region, the plant "
        "was connected to the grid in May."
    )
    rows = [(r["name"], r["countries"], r["status"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Agadir Bay Container Terminal", "MAR", "operational"),
        ("Karshi Wind Farm", "UZB", "operational"),
    ]


def test_a_headline_adjective_names_nothing_and_linked_cities_join_the_connecting_clause() -> None:
    text = (
        "Feature: Laos's New Expressway Speeds Up Coffee Exports\n\n"
        "The feasibility study for the Gyirong-Kathmandu Railway, which would connect Gyirong in "
        "China's Xizang Autonomous Region with the Nepali capital, is under way."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [("Gyirong-Kathmandu Railway", "CHN;NPL")]


def test_a_capitalised_dateline_city_and_a_place_name_with_a_connector() -> None:
    text = (
        "DAR ES SALAAM, 9 October — Trade grew.\n\n"
        "• Kilombero River Bridge: the crossing opened to traffic on 18 May.\n\n"
        "Today the Pampa del Castillo Wind Farm feeds power into Argentina's national grid."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [("Kilombero River Bridge", "TZA"), ("Pampa del Castillo Wind Farm", "ARG")]


def test_a_province_is_a_region_linked_towns_share_a_country_and_a_section_by_adjective() -> None:
    text = (
        "Mozambique's government signed an agreement for the Chokwe Valley Agro-Industrial Park "
        "in Gaza Province.\n\nIn Angola, design is under way for the Dondo-Luanda "
        "Expressway.\n\nThe Ganja-Tbilisi Transmission Line is 60 percent complete; stringing "
        "on the Georgian section began in May."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Chokwe Valley Agro-Industrial Park", "MOZ"),
        ("Dondo-Luanda Expressway", "AGO"),
        ("Ganja-Tbilisi Transmission Line", "AZE;GEO"),
    ]


def test_names_after_a_linked_ordinal_harbours_and_namesakes_in_the_sentences_country() -> None:
    text = (
        "Track-laying on the Badr-10th of Ramadan Light Rail Link is 70 percent complete.\n\n"
        "- Vietnam: Works on the Lao Cai-Hekou Railway Bridge were finished.\n\n"
        "• Fuvahmulah Harbour (Maldives). Detailed design is under way.\n\n"
        "• Ashgabat-Mashhad Transmission Line (Turkmenistan–Iran). It was finished in May.\n\n"
        "The Chilean side welcomed a loan agreement for the San Antonio Dry Port. Vietnamese and "
        "Chinese railway authorities and 5,000 African railway technicians met."
    )
    rows = [(r["name"], r["kind"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Badr-10th of Ramadan Light Rail Link", "metro line", "EGY"),
        ("Lao Cai-Hekou Railway Bridge", "bridge", "VNM"),
        ("Fuvahmulah Harbour", "port", "MDV"),
        ("Ashgabat-Mashhad Transmission Line", "transmission line", "TKM;IRN"),
        ("San Antonio Dry Port", "port", "CHL"),
    ]
    assert extract_all("the China-ASEAN Information Harbor opened")["projects"] == []


def test_en_dash_roads_economic_and_industrial_zones_franceville_and_border_neighbours() -> None:
    text = (
        "The feasibility study for the Ntoum–Cocobeach Road is being reviewed.\n\n"
        "The Shkodër-Hani i Hotit Road is being upgraded.\n\n"
        "In Bangladesh, the Anwara Chinese Economic and Industrial Zone is under construction.\n\n"
        "In Gabon, the Franceville Solar Park is in operation.\n\n"
        "VIENTIANE, 13 June — The Boten Dry Port on the border with China was handed over to "
        "its Lao operator."
    )
    rows = [(r["name"], r["kind"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows[2:] == [
        ("Anwara Chinese Economic and Industrial Zone", "economic zone", "BGD"),
        ("Franceville Solar Park", "power plant", "GAB"),
        ("Boten Dry Port", "port", "LAO"),
    ]
    assert [r[:2] for r in rows[:2]] == [
        ("Ntoum–Cocobeach Road", "highway"),
        ("Shkodër-Hani i Hotit Road", "highway"),
    ]


def test_a_company_named_after_roads_and_bridges_is_no_facility() -> None:
    text = (
        "The Thatta-Keti Bandar Road, built by Hunan Road and Bridge Construction Group, opened "
        "to traffic. The Mombasa Port Authority said so."
    )
    assert [r["name"] for r in extract_all(text)["projects"]] == ["Thatta-Keti Bandar Road"]


def test_a_second_document_compiles_no_rule_again() -> None:
    """The rules hold more patterns than the re module caches: each is compiled once per
    process (a Matcher per document once recompiled them all, doubling the chapter's time)."""
    from briconnect.extract.countries import lookup
    from briconnect.extract.projects import _compiled

    text = "In Kenya, the Lamu Port handled 2 million tonnes. The Isiolo Dam is being built."
    extract_all(text)
    compiled, looked_up = _compiled.cache_info().misses, lookup.cache_info().misses
    assert [r["status"] for r in extract_all(text)["projects"]] == [
        "operational",  # throughput told in the past: in use
        "under construction",
    ]
    assert _compiled.cache_info().misses == compiled
    assert lookup.cache_info().misses == looked_up


def test_two_particles_a_hyphenated_town_and_a_neighbours_border() -> None:
    text = (
        "- Cabo de la Vela Wind Farm, La Guajira, Colombia. It went into service in May.\n\n"
        "In neighbouring Côte d'Ivoire, the San-Pédro Grain Terminal was handed over.\n\n"
        "A study for the Holhol Special Economic Zone, close to the Ethiopian border, is "
        "under review, Djiboutian officials said."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Cabo de la Vela Wind Farm", "COL"),
        ("San-Pédro Grain Terminal", "CIV"),
        ("Holhol Special Economic Zone", "DJI"),
    ]


def test_a_canal_and_a_clause_joined_by_as_well_as() -> None:
    text = (
        "Excavation of the Yongjiang-Pinglu Canal is 70 percent complete.\n\nThe sides welcomed "
        "the opening to traffic of the Iskanderkul Tunnel, as well as the signing of the loan "
        "agreement for the Kulob-Kalaikhum Highway."
    )
    rows = [(r["name"], r["kind"], r["status"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Yongjiang-Pinglu Canal", "transport channel", "under construction"),
        ("Iskanderkul Tunnel", "tunnel", "open to traffic"),
        ("Kulob-Kalaikhum Highway", "highway", "agreement signed"),
    ]


# Sentences a review of this session's rules found them misreading (each now read as written).
REVIEWED: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The Sunrise Solar Park in Kashgar Prefecture is in operation.",
        [("Sunrise Solar Park", "CHN", "operational")],
    ),
    (
        "The Gulu Railway was tested for six months before it entered commercial service in 2021.",
        [("Gulu Railway", "UGA", "operational")],
    ),
    (
        "China Railway Group continued to carry out track-laying on the Kisumu-Busia Railway.",
        [("Kisumu-Busia Railway", "KEN", "not stated")],
    ),
    (
        "The Kisumu-Busia Railway now runs for 18 hours a day.",
        [("Kisumu-Busia Railway", "KEN", "operational")],
    ),
    (
        "The contractor finished the soil tests for the Mombasa Bridge last week.",
        [("Mombasa Bridge", "KEN", "not stated")],
    ),
    (
        "It is a section of the Lamu Port that the government wants finished in 2026.",
        [("Lamu Port", "KEN", "not stated")],
    ),
    (
        "• Handed over to the port authority in June, the Colon Bay Cruise Terminal can berth "
        "two ships.",
        [("Colon Bay Cruise Terminal", "PAN", "completed")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), REVIEWED)
def test_sentences_a_review_found_misread(text: str, rows: list) -> None:
    got = [(r["name"], r["countries"], r["status"]) for r in extract_all(text)["projects"]]
    assert got == rows


def test_each_wire_item_takes_its_own_dateline() -> None:
    text = (
        "Belt and Road Digest\n\nTEHRAN, 9 September — The Tabriz Dry Port opened.\n\n"
        "JAKARTA, 8 September — Construction of the nearby Lapuko Deepwater Port is under way."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [("Tabriz Dry Port", "IRN"), ("Lapuko Deepwater Port", "IDN")]


def test_other_spellings_only_of_towns_in_the_countries_the_text_names() -> None:
    # GeoNames writes Andijon, Tirmiz and Nazret; English texts write Andijan, Termez, Adama
    text = (
        "Uzbekistan and China will develop the Andijan Leather Industrial Park.\n\n"
        "A study covers the Termez-Mazar-i-Sharif Railway across Afghanistan.\n\n"
        "In Ethiopia, the Adama Ring Road is under feasibility review."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Andijan Leather Industrial Park", "UZB"),
        ("Termez-Mazar-i-Sharif Railway", "UZB;AFG"),
        ("Adama Ring Road", "ETH"),
    ]
    # with no such country in the text, another language's spelling places nothing: "Parigi" is
    # Paris in Italian, not a French town
    alone = extract_all("Work on the Parigi Ring Road goes on.")["projects"]
    assert [(r["name"], r["countries"]) for r in alone] == [("Parigi Ring Road", "")]


def test_region_headings_close_a_country_heading_and_a_shared_border_names_both() -> None:
    text = (
        "Selected projects\n\nAs of September, six projects are listed.\n\nVietnam and China\n\n"
        "- The Lang Son Dry Port is operating.\n\nNorth Africa and the Gulf\n\n"
        "- A concession for the Safaga Grain Terminal was signed in August.\n\n"
        "On the Mexico-Guatemala border, the Ciudad Hidalgo-Talisman Bridge opened to traffic.\n\n"
        "The 30-km line runs to the Bulgarian border town of Svilengrad, says Greece: the "
        "Alexandroupolis-Svilengrad Railway is under study."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Lang Son Dry Port", "VNM"),
        ("Safaga Grain Terminal", "EGY"),  # its town's country, not the heading's Vietnam
        ("Ciudad Hidalgo-Talisman Bridge", "MEX;GTM"),
        ("Alexandroupolis-Svilengrad Railway", "GRC;BGR"),
    ]


def test_a_headlines_indefinite_facility_is_no_name() -> None:
    text = (
        "On the Steppe, a Dry Port Turns Distance into Opportunity\n\nThe Khorgos Dry Port opened."
    )
    assert [r["name"] for r in extract_all(text)["projects"]] == ["Khorgos Dry Port"]


def test_a_countrys_side_or_shore_opens_a_sentence() -> None:
    text = (
        "On the Thai side, a memorandum on the Chiang Saen Logistics Park was signed.\n\n"
        "On the Kazakh shore of the Caspian Sea, the Aktau Grain Terminal is under construction."
    )
    rows = [
        (r["name"], r["countries"], r["countries_basis"]) for r in extract_all(text)["projects"]
    ]
    assert rows == [
        ("Chiang Saen Logistics Park", "THA", "opener"),
        ("Aktau Grain Terminal", "KAZ", "opener"),
    ]


def test_a_link_between_two_countries_a_joint_venture_and_a_causeway_road() -> None:
    text = (
        "A study began for the Salto-Concordia Bridge, a four-lane crossing of roughly 2.3 km "
        "between Uruguay and Argentina.\n\n"
        "The Ulba Power Plant, a joint venture between China and Kazakhstan, is operational.\n\n"
        "- Nepal: Surveyors are marking the route of the Kyirong-Rasuwa Transmission Line, a "
        "400 kV link between Kyirong in China's Tibet and Rasuwa district.\n\n"
        "In the Maldives, the Addu Causeway Road was opened to traffic in February."
    )
    rows = [
        (r["name"], r["countries"], r["countries_basis"]) for r in extract_all(text)["projects"]
    ]
    assert rows == [
        ("Salto-Concordia Bridge", "URY;ARG", "connecting"),
        # a venture between two countries links nothing: the sentence's countries
        ("Ulba Power Plant", "CHN;KAZ", "sentence"),
        # the link's other end in the item's country
        ("Kyirong-Rasuwa Transmission Line", "CHN;NPL", "connecting"),
        ("Addu Causeway Road", "MDV", "opener"),
    ]


def test_a_side_of_the_border_a_states_style_and_an_arabic_prefix_are_no_towns() -> None:
    text = (
        "Trains cross at Khorgos, where the Khorgos Gateway Dry Port sits on the Kazakh side of "
        "the border.\n\nThe Nukus Wind Farm in the Republic of Karakalpakstan was completed.\n\n"
        "Egyptian and Sudanese firms are studying the Abu Simbel-Dongola Transmission Line.\n\n"
        "The Abu Dhabi Container Terminal is operational."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Khorgos Gateway Dry Port", "KAZ"),
        ("Nukus Wind Farm", "UZB"),  # no town called Republic
        ("Abu Simbel-Dongola Transmission Line", "EGY;SDN"),  # no town called Abu
        ("Abu Dhabi Container Terminal", "ARE"),
    ]


def test_names_with_an_arabic_article_or_a_french_particle_inside() -> None:
    text = (
        "The Shatt al-Arab Combined-Cycle Power Plant is operational.\n\n"
        "The Plaine des Roches Solar Park was completed."
    )
    assert [r["name"] for r in extract_all(text)["projects"]] == [
        "Shatt al-Arab Combined-Cycle Power Plant",
        "Plaine des Roches Solar Park",
    ]


def test_a_with_clause_lends_no_stage_and_a_neighbour_across_the_border_no_spelling() -> None:
    text = (
        "The Kuna Railway was inaugurated in 2021, with a Chinese company expected to build the "
        "Sala Port next.\n\nThe Khorgos Gateway Dry Port, Kazakhstan's largest inland port, has "
        "been operating since 2015 on the border with China."
    )
    rows = [(r["name"], r["countries"], r["status"]) for r in extract_all(text)["projects"]]
    assert [(n, st) for n, _, st in rows[:2]] == [
        ("Kuna Railway", "operational"),
        ("Sala Port", "not stated"),
    ]
    assert rows[2] == ("Khorgos Gateway Dry Port", "KAZ", "operational")


def test_a_viaduct_is_a_bridge_and_an_owners_adjective_no_part_of_a_name() -> None:
    text = (
        "Its centrepiece, the Morača Viaduct, was inaugurated with the motorway.\n\n"
        "The Argentine-owned Collón Curá Hydropower Station is two thirds complete."
    )
    rows = [(r["name"], r["kind"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Morača Viaduct", "bridge"),
        ("Collón Curá Hydropower Station", "power plant"),
    ]


def test_a_states_operator_and_a_headlines_determiner_name_no_facility() -> None:
    # rounds 499-514: "the State Railway of Thailand says" is a body; a title-case headline
    # capitalises "Every"
    text = (
        'Interview: "Every New Bridge Brings Our Regions Closer"\n\n'
        "Track-laying continues on the Korat Railway, which the State Railway of Thailand says is"
        " 40 percent complete."
    )
    assert [r["name"] for r in extract_all(text)["projects"]] == ["Korat Railway"]
    # a name of its own after "State" is kept
    rows = extract_all("The State Street Bridge of Kenya opened in May.")["projects"]
    assert [r["name"] for r in rows] == ["State Street Bridge"]


def test_a_countrys_adjective_before_a_region_places_the_project() -> None:
    # "Chico" is also a town in California: the region the sentence places it in comes first
    text = (
        "The Chico Valley Dam in the northern Philippine province of Kalinga remains under"
        " feasibility review."
    )
    assert [r["countries"] for r in extract_all(text)["projects"]] == ["PHL"]


def test_a_headlines_indefinite_name_and_a_route_to_a_neighbour_place_nothing() -> None:
    # rounds 515-530: "How a Border Railway Is Reshaping ..." names no railway; the dry port on
    # "the rail corridor to Ethiopia" is not in Ethiopia; "Ali" (an Indian town) opens "Ali
    # Sabieh", a Djiboutian one
    text = (
        "How a Border Railway Is Reshaping Trade\n\n"
        "Trucks queue at the border.\n\n"
        "In Djibouti, the Arta Solar Park has fed the grid since October. A financing agreement"
        " for the Ali Sabieh Dry Port, which will sit on the rail corridor to Ethiopia, was"
        " signed last month."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [("Arta Solar Park", "DJI"), ("Ali Sabieh Dry Port", "DJI")]
    # a headline's indefinite name that holds a place is still a name
    rows = extract_all("How a Kenya Railway Is Reshaping Trade\n\nIt opened.")["projects"]
    assert [r["name"] for r in rows] == ["Kenya Railway"]


def test_an_opener_led_by_where_it_lies_and_the_parties_of_a_deal() -> None:
    # rounds 531-546: "Across the border in Tajikistan," opens the paragraph; a country owning
    # the other party of a deal ("with Thailand's state utility") is no place of the project
    text = (
        "NARYN, Kyrgyzstan -- Trade grows.\n\n"
        "Across the border in Tajikistan, the Vahdat Expressway was opened to traffic last"
        " October. The 3.2-kilometre Obi Garm Tunnel on the route was opened to vehicles at the"
        " same time.\n\n"
        "In Laos, a purchase agreement for the Houaphanh Wind Farm was signed last month with"
        " Thailand's state utility, which will buy its output for 25 years."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Vahdat Expressway", "TJK"),
        ("Obi Garm Tunnel", "TJK"),
        ("Houaphanh Wind Farm", "LAO"),
    ]


def test_a_hyphenated_countrys_possessive_and_a_road_to_a_border() -> None:
    text = (
        "Timor-Leste's Tasitolu Solar Park has fed the grid since October.\n\n"
        "In Cambodia, survey work is under way for the Stung Treng-Voeung Kam Expressway, a"
        " road of around 60 km that will link the Mekong town to the Lao border."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Tasitolu Solar Park", "TLS"),
        ("Stung Treng-Voeung Kam Expressway", "KHM"),
    ]


def test_a_zone_astride_a_border_and_parts_supplied_from_abroad() -> None:
    # rounds 547-562: "which straddles the China-Myanmar frontier" names both sides; turbines
    # "to be supplied from China" place nothing in China
    text = (
        "In Myanmar, the Ruili-Muse Cross-Border Economic Cooperation Zone, which straddles the"
        " China-Myanmar frontier, has entered its development phase.\n\n"
        "In Jordan, agreements for the Karak Wind Farm were signed in February; the plant will"
        " run once its turbines, to be supplied from China, are installed."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Ruili-Muse Cross-Border Economic Cooperation Zone", "CHN;MMR"),
        ("Karak Wind Farm", "JOR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's cases: a government handed the dam is still its country's; a link "into
        # Kenya's interior" is in Kenya; a headline's "a Modjo Dry Port Expansion" is a name;
        # "the Federal Highway of Malaysia" is a road
        (
            "The Chinese contractor handed the Thwake Dam over to Kenya's government in 2024.",
            [("Thwake Dam", "KEN")],
        ),
        (
            "The Standard Gauge Railway, the main rail link into Kenya's interior, opened in 2017.",
            [("Standard Gauge Railway", "KEN")],
        ),
        (
            "Ethiopia Opens a Modjo Dry Port Expansion\n\nIt is big.",
            [("Modjo Dry Port Expansion", "ETH")],
        ),
        ("They widened the Federal Highway of Malaysia.", [("Federal Highway", "")]),
    ],
)
def test_what_a_review_found_the_new_rules_misread(text: str, expected: list) -> None:
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == expected


def test_an_ordinal_place_name_and_a_trains_destination() -> None:
    # rounds 563-578: "Tenth of Ramadan" is a city's name; "back to China" is where trains go,
    # the terminal is by "the Belarusian capital"
    text = (
        "In Egypt, the Tenth of Ramadan Light Rail has carried over 12 million passengers.\n\n"
        "On the edge of the Belarusian capital, the Kolyadichi Logistics Terminal now dispatches"
        " around 14 block trains a month back to China."
    )
    rows = [(r["name"], r["countries"]) for r in extract_all(text)["projects"]]
    assert rows == [
        ("Tenth of Ramadan Light Rail", "EGY"),
        ("Kolyadichi Logistics Terminal", "BLR"),
    ]
