"""Split a document into sections, paragraphs and sentences, keeping character offsets.

The structure this relies on (true of Xinhua's plain-text white papers): one paragraph per line;
short lines without closing punctuation are headings; a heading ``N. Title`` opens numbered
section N. Everything before the first numbered heading is section 0. Offsets are Python string
indices into the unmodified text, so ``text[start:end]`` gives back each sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

# A numbered section heading: "3. Unimpeded, convenient and efficient trade".
_NUMBERED_HEADING = re.compile(r"^(\d{1,2})\.\s+(\S.*?)\s*$")
_MAX_HEADING_CHARS = 150
_CLOSING = (".", "!", "?", ":", ";", '"', "'", "\u201d", ")")

# Tokens ending in "." that do not end a sentence. Compared case-insensitively, without the dot.
ABBREVIATIONS = frozenset(
    """no nos vol art arts fig figs approx est etc e.g i.e cf vs mr mrs ms dr prof st mt ft jr sr
    co corp inc ltd dept govt gov jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n
    e.u p.r.c a.m p.m""".split()
)

# The marker of a list item at the start of a line: "1.", "1)", "(1)", "(a)", "a)", "iv.".
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]")

# Candidate sentence ends: . ! ? with optional closing quote/bracket, then space(s).
_END = re.compile(r"[.!?][\"'\u201d)\]]*(?=\s+)")


@dataclass(frozen=True)
class Section:
    section: int
    title: str
    start: int
    end: int


#: What kind of line a sentence comes from: a body paragraph; a heading (a title, a headline, a
#: numbered section heading); an item of a list ("1)", "(a)", "2.", or a bullet "•", "-", "*");
#: the text's last sentence when it has no closing punctuation (a "line").
SENTENCE_KINDS = ("sentence", "heading", "list_item", "line")

# A list item's marker at the start of a line: "1.", "1)", "(a)", "iv." or a bullet, then space.
_ITEM_START = re.compile(
    r"(?:\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]|[\u2022\u00b7\u25aa\u25cf\u2013\u2014*-])\s"
)


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    section: int
    paragraph: int
    start: int
    end: int
    text: str
    kind: str = "sentence"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding white space."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start = m.start() + lead
        spans.append((start, start + len(stripped)))
    return spans


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a title, a dateline or a section heading."""
    return len(line) <= _MAX_HEADING_CHARS and not line.endswith(_CLOSING)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], surviving abbreviations, decimals, initials and the
    marker of a list item ("2. Build ...")."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if not _is_sentence_end(text, m.start(), stop, end):
            continue
        if _LIST_MARKER.fullmatch(text, cursor, stop):
            continue  # "2." opening an item is its marker, not a sentence
        spans.append((cursor, stop))
        cursor = stop
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        tail_end = end
        while tail_end > cursor and text[tail_end - 1].isspace():
            tail_end -= 1
        if tail_end > cursor:
            spans.append((cursor, tail_end))
    return spans


def _is_sentence_end(text: str, dot: int, stop: int, limit: int) -> bool:
    nxt = stop
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    following = text[nxt]
    # A new sentence starts with a capital, a digit, or an opening quote/bracket.
    if not (following.isupper() or following.isdigit() or following in "\"'\u201c(["):
        return False
    if text[dot] != ".":
        return True
    word = re.search(r"[\w.&$-]*$", text[max(0, dot - 40) : dot])  # a window: stays linear
    token = word.group() if word else ""
    if token.lower() in ABBREVIATIONS:
        return False
    # A single capital letter ("J. Smith", "U.N."), but not the pronoun-like "I".
    return not (len(token) == 1 and token.isupper() and token != "I")


def split_document(
    text: str, worth_reading: Callable[[int, int], bool] | None = None
) -> tuple[list[Section], list[Sentence]]:
    """Sections (numbered headings) and body sentences with section and paragraph numbers.

    A heading line (a title, a headline, a list item or a last line without a full stop) is
    also read as a sentence when ``worth_reading(start, end)`` says so (the extractor's: it
    states a quantity or names a facility).
    """
    sections: list[Section] = []
    sentences: list[Sentence] = []
    section = 0
    paragraph = 0
    in_list = False  # the line before opened a list ("Targets:") or was an item of one
    for start, end in _lines(text):
        line = text[start:end]
        heading = is_heading(line)
        # "2. Central Asia" under "Priority regions:" is an item, not section 2.
        numbered = _NUMBERED_HEADING.match(line) if heading and not in_list else None
        in_list = line.endswith(":") or bool(_ITEM_START.match(line))
        if numbered:
            section = int(numbered.group(1))
            sections.append(Section(section, numbered.group(2), start + numbered.start(2), end))
        if heading and (worth_reading is None or not worth_reading(start, end)):
            continue
        paragraph += 1
        kind = _line_kind(line, heading, bool(numbered))
        for s, e in split_sentences(text, start, end):
            sentences.append(
                Sentence(len(sentences) + 1, section, paragraph, s, e, text[s:e], kind)
            )
    if sentences and sentences[-1].kind in ("sentence", "heading"):
        last = sentences[-1]
        if not last.text.endswith(_CLOSING):  # the text ends without a stop
            sentences[-1] = replace(last, kind="line")
    return sections, sentences


def _line_kind(line: str, heading: bool, numbered: bool) -> str:
    """The kind of a line's sentences (see :data:`SENTENCE_KINDS`): a numbered section heading
    is a heading (not when a list is going on: after "Targets:" or another item), any other
    line opening with a list marker an item, a short line without closing punctuation a
    heading. (The text's last sentence, when it has no stop, becomes a "line".)"""
    if numbered:
        return "heading"
    if _ITEM_START.match(line):
        return "list_item"
    return "heading" if heading else "sentence"


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence:
    """The sentence containing a character offset (sentences are sorted by start)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    raise ValueError(f"offset {offset} is not inside any sentence")
