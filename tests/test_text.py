"""Sections, paragraphs and sentences with offsets."""

from __future__ import annotations

from briconnect.extract.text import is_heading, sentence_at, split_document, split_sentences


def spans_text(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_survives_abbreviations_and_decimals() -> None:
    text = (
        "Trade reached US$19.1 trillion, with growth of 6.4 percent. The China International "
        "Import Expo (CIIE) is held yearly. The Hong Kong SAR has held it eight times. "
        "See No. 5 and e.g. Annex 2 of the U.S. plan. Then it ended."
    )
    assert spans_text(text) == [
        "Trade reached US$19.1 trillion, with growth of 6.4 percent.",
        "The China International Import Expo (CIIE) is held yearly.",
        "The Hong Kong SAR has held it eight times.",
        "See No. 5 and e.g. Annex 2 of the U.S. plan.",
        "Then it ended.",
    ]


def test_split_keeps_closing_quotes_and_lowercase_continuations() -> None:
    text = 'He said "it works." Then more. It ran at 3 p.m. daily.'
    assert spans_text(text) == ['He said "it works."', "Then more.", "It ran at 3 p.m. daily."]


def test_headings_are_not_sentences() -> None:
    text = "Xinhua | October 10, 2023\nIII. A Title\nIntro one. Intro two.\n1. First part\nBody."
    sections, sentences = split_document(text)
    assert [(s.section, s.title) for s in sections] == [(1, "First part")]
    assert [(s.section, s.paragraph, s.text) for s in sentences] == [
        (0, 1, "Intro one."),
        (0, 1, "Intro two."),
        (1, 2, "Body."),
    ]
    assert is_heading("6. Steady progress in new areas")
    assert not is_heading("Policy coordination underpins BRI cooperation.")


def test_no_headings_means_section_zero() -> None:
    _, sentences = split_document("One claim here. Another one there.\nA second paragraph.")
    assert {s.section for s in sentences} == {0}
    assert [s.paragraph for s in sentences] == [1, 1, 2]


def test_chapter_structure(raw: str) -> None:
    sections, sentences = split_document(raw)
    assert [s.section for s in sections] == [1, 2, 3, 4, 5, 6]
    assert sections[2].title == "Unimpeded, convenient and efficient trade"
    assert len(sentences) == 252
    assert all(raw[s.start : s.end] == s.text for s in sentences)
    found = sentence_at(sentences, raw.index("RMB152.54 billion"))
    assert found.text.startswith("By the end of June 2023, overseas issuers")
    assert found.section == 4


def test_every_sentence_says_what_kind_of_line_it_comes_from() -> None:
    from briconnect.extract import extract_all

    text = (
        "Trade tops US$2 trillion\n\n"
        "1. Trade rose 12 percent in 2024\n"
        "Freight grew. Ports handled 5 million TEUs.\n"
        "Targets:\n"
        "1) build 12 data centres;\n"
        "2. lay 8,500 km of cable\n"
        "\u2022 Delegates: 1,850\n"
        "- The line carried 3 million tonnes.\n"
        "The last line has 30 projects"
    )
    rows = extract_all(text)
    kinds = [(r["kind"], r["text"]) for r in rows["sentences"]]
    assert kinds == [
        ("heading", "Trade tops US$2 trillion"),
        ("heading", "1. Trade rose 12 percent in 2024"),
        ("sentence", "Freight grew."),
        ("sentence", "Ports handled 5 million TEUs."),
        ("sentence", "Targets:"),
        ("list_item", "1) build 12 data centres;"),
        ("list_item", "2. lay 8,500 km of cable"),  # an item of the list, not section 2
        ("list_item", "\u2022 Delegates: 1,850"),
        ("list_item", "- The line carried 3 million tonnes."),
        ("line", "The last line has 30 projects"),
    ]
    assert [s["section"] for s in rows["sections"]] == [0, 1]


def test_the_genre_sets_lines_get_their_kinds() -> None:
    import sys
    from collections import Counter

    from briconnect import paths

    sys.path.insert(0, str(paths.ROOT / "tests" / "genre"))
    from score import genre_tables

    kinds: Counter[str] = Counter()
    for tables in genre_tables().values():  # (the extraction the genre scores use, made once)
        kinds.update(r["kind"] for r in tables["sentences"])
    # 54 headlines, titles and headings (05's two, 20, 25, 31, 39, 51, 55, 61, 75, 78, 101, 109,
    # 110, 121, 127, 133, 141, 143, 145, 157, 165, 172, 238, 250's four that each name the
    # facility the paragraph below describes, 269's two, 286, 315, 324's last answer, 373, 384,
    # 403, 416's, 464's, 469's, 496's, 505's, 512's, 528's and 549's headlines, 471's heading,
    # 506's seven numbered "Country — Name" headings, 554's and 567's closing lines), 185 texts
    # whose last line has no stop, 2,385 list
    # items (numbered paragraphs such as 16's, 57's and 184's; bullets such as 18's and 181's;
    # 04's targets and sources).
    # Titles, datelines and last lines that state no quantity and name no facility are not
    # sentences (27's "Done in Kuala Lumpur ...", 28's "I. Participation").
    assert kinds == {"sentence": 6472, "list_item": 2385, "line": 185, "heading": 54}


def test_the_chapters_sentences_are_body_sentences(
    raw: str, sentences: list[dict[str, str]], sections: list[dict[str, str]]
) -> None:
    # The chapter's headings state no quantity, so none becomes a sentence; every sentence
    # comes from a body paragraph.
    assert {r["kind"] for r in sentences} == {"sentence"}
    titles = [(int(s["start"]), int(s["end"])) for s in sections]
    for r in sentences:
        assert not any(s <= int(r["start"]) < e for s, e in titles), r["text"]
