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
