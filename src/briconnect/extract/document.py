"""Build the tables from a document: one ``extract_<table>()`` per table.

Each returns a list of row dicts in document order, with exactly the columns the data
dictionary (``briconnect/dataset/datapackage.yaml``) declares, so writing and validating are
mechanical.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace

from . import countries as countries_mod
from .counted import counted_for
from .dates import as_of_for, find_dates
from .literals import guarded
from .mechanisms import extract_mechanisms
from .projects import (
    country_headings,
    dateline_countries,
    datelines,
    extract_projects,
    names_a_project,
)
from .quantities import (
    SHARED_CURRENCY_NAMES,
    Quantity,
    find_quantities,
    shared_currency_name,
)
from .rules import GENERAL, Rules
from .spans import Row
from .text import Section, Sentence, split_document

# Sentence-opening dates that frame the rest of a paragraph: stocks and periods, not events.
_STOCK_DATE = re.compile(r"(?i)(?:by|as\s+of|as\s+at|from|since|between|until|up\s+to)\b")
NO_TITLE = "(before the first numbered heading)"


@dataclass(frozen=True)
class Document:
    text: str
    sections: list[Section]
    sentences: list[Sentence]
    front: Section | None  # the chapter heading, which names section 0

    @classmethod
    def from_text(cls, text: str) -> Document:
        sections, sentences = split_document(
            text,
            lambda start, end: (
                bool(find_quantities(text, start, end)) or names_a_project(text, start, end)
            ),
        )
        return cls(text, sections, sentences, _front_heading(text))

    def section_title(self, number: int) -> str:
        for s in self.sections:
            if s.section == number:
                return s.title
        return self.front.title if self.front else NO_TITLE


def _front_heading(text: str) -> Section | None:
    """The chapter heading ('III. Promoting ...'), when the text has one."""
    m = re.search(r"(?m)^[IVXLC]+\.[ \t]+(\S[^\n]*?)[ \t]*$", text)
    return Section(0, m.group(1), m.start(1), m.end(1)) if m else None


def claim_id(q: Quantity) -> str:
    """Stable across extractor changes: derived from the offset, not from a running count."""
    return f"c{q.start:05d}"


def extract_sections(doc: Document) -> list[Row]:
    rows: list[Row] = []
    if doc.front is not None:
        rows.append(asdict(doc.front))
    elif doc.sentences and doc.sentences[0].section == 0:
        # No heading to point at: the span of section 0's own text.
        first = [s for s in doc.sentences if s.section == 0]
        rows.append(
            {"section": 0, "title": NO_TITLE, "start": first[0].start, "end": first[-1].end}
        )
    for s in doc.sections:
        rows.append({"section": s.section, "title": s.title, "start": s.start, "end": s.end})
    return rows


def extract_sentences(doc: Document) -> list[Row]:
    return [
        {
            "sentence_id": s.sentence_id,
            "section": s.section,
            "paragraph": s.paragraph,
            "kind": s.kind,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }
        for s in doc.sentences
    ]


# An adjective that names no country's money in context: "Indian Ocean", "Pakistani rupees"
# (a name read as written).
_NOT_THE_PLACE = re.compile(
    r"\s+(?:Ocean|" + "|".join(f"{n}s?" for n in SHARED_CURRENCY_NAMES) + r")\b"
)


def _shared_currency_countries(doc: Document, s: Sentence) -> list[tuple[int, str]]:
    """(offset, ISO3) of the countries a sentence names whose currency has a shared name
    (rupee, shilling, peso, dirham), by name or adjective, in text order."""
    codes = {c for table in SHARED_CURRENCY_NAMES.values() for c in table}
    named = [(c.start, c.iso3) for c in countries_mod.find_countries(doc.text, s.start, s.end)]
    named += [  # "a Pakistani lender"; not "to the Ugandan border" (the edge of another's land)
        (a, code)
        for a, b, code, edge in countries_mod.adjective_mentions(
            doc.text, s.start, s.end, any_word_after=True
        )
        if not edge and not _NOT_THE_PLACE.match(doc.text, b)
    ]
    return sorted((at, c) for at, c in named if c in codes)


def _in_context(
    q: Quantity,
    here: list[tuple[int, str]],
    paragraph: set[str],
    document: frozenset[str] = frozenset(),
    heading: frozenset[str] = frozenset(),
    earlier: Mapping[str, int] | None = None,
) -> Quantity:
    """A bare shared currency name ("rupees") takes the code of the one country using it that
    the sentence names (of several, the one named before the amount: "Pakistani officials said
    ... 400 billion rupees, and Sri Lanka's ..."), else that the paragraph named last, else that
    the country heading above names ("Kenya" over a bulletin's items), else that the text's
    dateline or header names ("Embassy of China in Mauritius"), else the one of them the text
    named earlier (``earlier``: country -> offset; a quote paragraph after "Across the border in
    Malawi, ..." prices in Malawi's kwacha), when it named only one; else it keeps its
    default."""
    name = shared_currency_name(q)
    if not name:
        return q
    table = SHARED_CURRENCY_NAMES[name]
    mine = [c for _, c in here if c in table]
    if len(set(mine)) > 1:
        mine = [c for at, c in here if c in table and at < q.start]
    for named in (set(mine), paragraph, heading, document):
        codes = {table[c] for c in named if c in table}
        if len(codes) == 1:
            return replace(q, unit=codes.pop())
        if codes:
            return q  # two countries using the name: the default stays
    before = [c for c in table if c in (earlier or {})]
    # (one such country only: "Kenya's railway ... Uganda has yet to build ... shillings" keeps
    # the default, as two countries in the sentence do)
    return replace(q, unit=table[before[0]]) if len(before) == 1 else q


_SHARED_NAME = re.compile(
    guarded(r"\b(?:" + "|".join(SHARED_CURRENCY_NAMES) + r")s?\b|(?-i:\bRs\.?\s?\d)", re.I),
    re.I,
)


def extract_claims(doc: Document) -> list[Row]:
    rows: list[Row] = []
    paragraph, context = 0, ""  # the framing date stated so far in the current paragraph
    # Countries for a shared currency name, read only when the text holds such a name.
    read_countries = bool(_SHARED_NAME.search(doc.text))
    named: set[str] = set()  # the shared-name countries the paragraph named last
    last_named: dict[str, int] = {}  # each shared-name country -> where the text last named it
    document = frozenset(dateline_countries(doc.text)) if read_countries else frozenset()
    # a wire digest's items each under their own dateline ("BOGOTÁ, 5 June — ... pesos")
    dated = datelines(doc.text) if read_countries else []
    dated_at = [at for at, _ in dated]
    heading_at, heading_codes = country_headings(doc.text) if read_countries else ([], [])
    for s in doc.sentences:
        dates = find_dates(doc.text, s.start, s.end)
        if s.paragraph != paragraph:
            paragraph, context = s.paragraph, ""
            named = set()
        here = _shared_currency_countries(doc, s) if read_countries else []
        earlier: list[tuple[Quantity, str]] = []
        for q in find_quantities(doc.text, s.start, s.end):
            if read_countries:
                i = bisect.bisect_right(heading_at, q.start) - 1
                heading = frozenset(heading_codes[i]) if i >= 0 else frozenset()
                j = bisect.bisect_right(dated_at, q.start) - 1
                place = frozenset(dated[j][1]) if j >= 0 else document
                q = _in_context(q, here, named, place, heading, last_named)
            counted = counted_for(doc.text, q, s.start, s.end, earlier)
            earlier.append((q, counted))
            as_of = as_of_for(dates, q.start)
            rows.append(
                {
                    "claim_id": claim_id(q),
                    "section": s.section,
                    "sentence_id": s.sentence_id,
                    "start": q.start,
                    "end": q.end,
                    "mention": q.mention,
                    "value": q.value,
                    "unit": q.unit,
                    "qualifier": q.qualifier,
                    "qualifier_text": q.qualifier_text,
                    "value_low": q.value_low,
                    "value_high": q.value_high,
                    "counted": counted,
                    "as_of": as_of,
                    "as_of_paragraph": as_of or context,
                    "tier": q.tier,
                    "section_title": doc.section_title(s.section),
                    "sentence_text": s.text,
                }
            )
        named = {c for _, c in here} or named
        last_named.update((c, at) for at, c in here)
        if dates and dates[0].start == s.start and _STOCK_DATE.match(dates[0].text):
            context = dates[0].as_of  # "By the end of 2022, ..." frames what follows
    return rows


def extract_countries(doc: Document) -> list[Row]:
    rows: list[Row] = []
    for s in doc.sentences:
        for c in countries_mod.find_countries(doc.text, s.start, s.end):
            rows.append(
                {
                    "mention_id": f"m{c.start:05d}",
                    "section": s.section,
                    "sentence_id": s.sentence_id,
                    "start": c.start,
                    "end": c.end,
                    "name": c.name,
                    "iso3": c.iso3,
                    "country": c.short_name,
                    "continent": c.continent,
                    "kind": c.kind,
                    "in_name": c.in_name,
                }
            )
    return rows


def extract_tables(
    doc: Document, rules: Rules = GENERAL, groups: Mapping[int, str] | None = None
) -> dict[str, list[Row]]:
    """The general tables of a document; ``groups`` labels paragraphs (projects' corridor)."""
    return {
        "sections": extract_sections(doc),
        "sentences": extract_sentences(doc),
        "claims": extract_claims(doc),
        "countries": extract_countries(doc),
        "projects": extract_projects(doc.text, doc.sentences, rules, groups),
        "mechanisms": extract_mechanisms(doc.text, doc.sentences, rules),
    }


def extract_all(text: str, rules: Rules = GENERAL) -> dict[str, list[Row]]:
    """Text in, rows out: the same for any text of the genre."""
    return extract_tables(Document.from_text(text), rules)
