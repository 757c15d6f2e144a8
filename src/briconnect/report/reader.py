"""The annotated source reader, ``reports/source.html``: the chapter as a page with its rows marked.

Plain data for ``templates/source.html.j2``, built from the raw text and the tables only:

- the raw text cut at its line breaks: the byline, the chapter heading, the six section headings
  (the lines holding a ``sections.csv`` title) and the paragraphs;
- every row of ``claims.csv``, ``countries.csv``, ``projects.csv`` and ``mechanisms.csv`` as a
  :class:`Mark` over its ``start``/``end`` offsets, nested where one lies inside another (a
  country inside a project's name); two marks that cross, or a mark over a line break, is an
  error, never a silently dropped mark;
- at the end of every sentence holding a claim that a consistency check uses, a link to that
  check, and after each section the list of its checks (formula, stated and implied values,
  verdict) with links back to the claims.

A mark's text is exactly its row's words: what the reader shows on hover, focus or tap (value,
bounds, what is counted, as-of date, id) is one ``aria-description`` attribute the style sheet
displays, so it is never part of the marked text.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BriconnectError
from .analysis import MONEY_SCALES

if TYPE_CHECKING:
    import pandas as pd

# Drawing order when two marks cover the same words: the outer layer first.
LAYERS = ("project", "mechanism", "claim", "country")
QUALIFIERS = {
    "exact": ("=", "exact", "stated as an exact number"),
    "lower": ("≥", "lower bound", "“more than”, “over”: at least this much"),
    "upper": ("≤", "upper bound", "“nearly”, “up to”: at most this much"),
    "approx": ("≈", "approximate", "“about”, “some”: roughly this much"),
}
VERDICTS = {
    "consistent": ("✓", "consistent"),
    "inconsistent": ("✗", "inconsistent"),
    "not checkable": ("?", "not checkable"),
}
UNITS = {
    "USD": "US$",
    "RMB": "RMB",
    "percent": "%",
    "percentage_points": "percentage points",
    "km_per_hour": "km/h",
    "count": "",
}


@dataclass(frozen=True)
class Mark:
    """One row over its words: ``layer`` is claim, country, project or mechanism."""

    layer: str
    id: str  # the element id and the data-<layer>-id value
    start: int
    end: int
    style: str  # a CSS class: q-<qualifier> for claims, the layer for the others
    description: str  # what hover, focus or tap shows (lines separated by newlines)
    checks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Node:
    """A piece of a line: plain ``text``, a ``mark`` around ``children``, or a ``check`` link."""

    text: str = ""
    mark: Mark | None = None
    children: tuple[Node, ...] = ()
    check: CheckView | None = None


@dataclass(frozen=True)
class ClaimRef:
    id: str
    mention: str


@dataclass(frozen=True)
class CheckView:
    """One consistency check as the reader lists it."""

    id: str
    anchor: str
    kind: str
    formula: str
    relation: str
    stated: str
    implied: str
    difference: str
    verdict: str
    glyph: str
    verdict_text: str
    note: str
    claims: tuple[ClaimRef, ...]


@dataclass
class Part:
    """The chapter's introduction (``number`` 0) or one numbered section, with its checks."""

    number: int
    id: str
    heading: tuple[Node, ...]
    title: str
    paragraphs: list[tuple[Node, ...]] = field(default_factory=list)
    checks: list[CheckView] = field(default_factory=list)


@dataclass(frozen=True)
class Legend:
    style: str
    glyph: str
    name: str
    meaning: str
    count: int


# ---------------------------------------------------------------- formatting


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or str(v) in ("", "<NA>", "nan")


def number(v: Any) -> str:
    """19100000000000.0 -> '19,100,000,000,000'; 6.4 -> '6.4'; NaN -> ''."""
    if _missing(v):
        return ""
    x = float(v)
    if x.is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"


def amount(v: Any, unit: str) -> str:
    """A value with its unit as a reader says it: 'US$2.9 trillion (2,900,000,000,000)'."""
    if _missing(v):
        return ""
    x, shown = float(v), number(v)
    for scale, word in MONEY_SCALES:
        if abs(x) >= scale:
            short = f"{x / scale:,.4g} {word}"
            shown = f"{short} ({shown})"
            break
    sign = UNITS.get(unit, unit.replace("_", " "))
    if sign in ("US$", "RMB"):
        return f"{sign}{shown}"
    if sign == "%":
        return f"{shown}%"
    return f"{shown} {sign}".strip()


def bounds(low: Any, high: Any, unit: str) -> str:
    lo, hi = amount(low, unit), amount(high, unit)
    if lo and hi:
        return lo if lo == hi else f"{lo} to {hi}"
    if lo:
        return f"at least {lo}, no upper bound stated"
    if hi:
        return f"at most {hi}, no lower bound stated"
    return "none stated"


def _text(v: Any) -> str:
    return "" if _missing(v) else str(v)


def claim_description(row: Any, checks: list[str]) -> str:
    glyph, name, _ = QUALIFIERS.get(row.qualifier, ("", row.qualifier, ""))
    as_of = _text(row.as_of) or "not stated"
    hedge = f" (“{row.qualifier_text}”)" if _text(row.qualifier_text) else ""
    lines = [
        f"{glyph} {amount(row.value, row.unit)} · {name}{hedge}",
        f"Bounds: {bounds(row.value_low, row.value_high, row.unit)}",
        f"Counts: {_text(row.counted) or 'not stated'}",
        f"As of: {as_of}",
        f"Claim {row.claim_id} · section {row.section}",
    ]
    if checks:
        lines.append(f"Used by check: {', '.join(checks)}")
    return "\n".join(lines)


# ---------------------------------------------------------------- marks


def _claim_marks(claims: pd.DataFrame, checks_of: dict[str, list[str]]) -> list[Mark]:
    return [
        Mark(
            "claim",
            str(r.claim_id),
            int(r.start),
            int(r.end),
            f"q-{r.qualifier}",
            claim_description(r, checks_of.get(str(r.claim_id), [])),
            tuple(checks_of.get(str(r.claim_id), [])),
        )
        for r in claims.itertuples()
    ]


def _entity_marks(countries: pd.DataFrame, projects: pd.DataFrame, mechanisms: pd.DataFrame):
    out: list[Mark] = []
    for r in countries.itertuples():
        part = " (inside a name)" if str(r.in_name).lower() == "true" else ""
        lines = [
            f"Country or territory: {r.country} ({r.iso3}){part}",
            f"Continent: {_text(r.continent) or 'not given'} · kind: {r.kind}",
            f"Mention {r.mention_id}",
        ]
        out.append(
            Mark(
                "country", str(r.mention_id), int(r.start), int(r.end), "country", "\n".join(lines)
            )
        )
    for r in projects.itertuples():
        lines = [f"Project: {r.name}", f"Kind: {r.kind}"]
        if _text(r.corridor):
            lines.append(f"Corridor: {r.corridor}")
        if _text(r.countries):
            lines.append(f"Countries: {str(r.countries).replace(';', ', ')}")
        if _text(r.status):
            lines.append(f"Status: {r.status}")
        lines.append(f"Project {r.project_id}")
        out.append(
            Mark(
                "project", str(r.project_id), int(r.start), int(r.end), "project", "\n".join(lines)
            )
        )
    for r in mechanisms.itertuples():
        acronym = f" ({r.acronym})" if _text(r.acronym) else ""
        lines = [
            f"Mechanism: {r.canonical_name}{acronym}",
            f"Kind: {r.kind}",
            f"Mechanism {r.mechanism_id} · mention {r.mention_id}",
        ]
        out.append(
            Mark(
                "mechanism",
                str(r.mention_id),
                int(r.start),
                int(r.end),
                "mechanism",
                "\n".join(lines),
            )
        )
    return out


def sort_marks(marks: list[Mark]) -> list[Mark]:
    """Document order; of two marks starting together the longer (outer) one first."""
    return sorted(marks, key=lambda m: (m.start, -m.end, LAYERS.index(m.layer), m.id))


def nest(text: str, lo: int, hi: int, marks: list[Mark]) -> tuple[Node, ...]:
    """``text[lo:hi]`` as nodes, ``marks`` (sorted, all inside) nested; crossing marks fail."""
    out: list[Node] = []
    pos, i = lo, 0
    while i < len(marks):
        m = marks[i]
        j = i + 1
        while j < len(marks) and marks[j].start < m.end:
            if marks[j].end > m.end:
                raise BriconnectError(
                    f"{m.layer} {m.id} [{m.start}, {m.end}) and {marks[j].layer} {marks[j].id} "
                    f"[{marks[j].start}, {marks[j].end}) overlap without one holding the other"
                )
            j += 1
        if m.start > pos:
            out.append(Node(text=text[pos : m.start]))
        out.append(Node(mark=m, children=nest(text, m.start, m.end, marks[i + 1 : j])))
        pos, i = m.end, j
    if pos < hi:
        out.append(Node(text=text[pos:hi]))
    return tuple(out)


# ---------------------------------------------------------------- checks


def check_views(checks: pd.DataFrame, claims: pd.DataFrame) -> dict[str, CheckView]:
    mention = dict(zip(claims["claim_id"].astype(str), claims["mention"].astype(str), strict=True))
    out: dict[str, CheckView] = {}
    for r in checks.itertuples():
        ids = [c for c in str(r.claim_ids).split(";") if c]
        unknown = [c for c in ids if c not in mention]
        if unknown:
            raise BriconnectError(f"check {r.check_id} uses unknown claims {', '.join(unknown)}")
        unit = str(r.unit)
        glyph, verdict_text = VERDICTS.get(str(r.verdict), ("", str(r.verdict)))
        out[str(r.check_id)] = CheckView(
            id=str(r.check_id),
            anchor=f"check-{r.check_id}",
            kind=str(r.kind),
            formula=str(r.formula),
            relation=str(r.relation).replace("_", " "),
            stated=_range(r.stated_value, r.stated_low, r.stated_high, unit),
            implied=_range(r.implied_value, r.implied_low, r.implied_high, unit),
            difference=amount(r.difference, unit),
            verdict=str(r.verdict).replace(" ", "-"),
            glyph=glyph,
            verdict_text=verdict_text,
            note=_text(r.note),
            claims=tuple(ClaimRef(c, mention[c]) for c in ids),
        )
    return out


def _range(value: Any, low: Any, high: Any, unit: str) -> str:
    shown = amount(value, unit)
    if not shown:
        return "not computed"
    lo, hi = amount(low, unit), amount(high, unit)
    if lo and hi and (lo != shown or hi != shown):
        return f"{shown} (range {lo} to {hi})"
    return shown


# ---------------------------------------------------------------- the page


@dataclass(frozen=True)
class Page:
    title: tuple[Node, ...]
    byline: tuple[Node, ...]
    parts: list[Part]
    legend: list[Legend]
    layers: list[Legend]
    counts: dict[str, int]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def all_marks(claims: pd.DataFrame, checks_of: dict[str, list[str]]) -> list[Mark]:
    """Every row of the four tables as a mark, sorted (:func:`sort_marks`)."""
    from ..dataset import loaders as data

    return sort_marks(
        _claim_marks(claims, checks_of)
        + _entity_marks(data.load_countries(), data.load_projects(), data.load_mechanisms())
    )


def build_reader() -> Page:
    """Everything ``source.html`` shows, from the raw text and the tables."""
    from ..dataset import loaders as data

    text = data.raw_text()
    claims, sections, sentences = data.load_claims(), data.load_sections(), data.load_sentences()
    checks = check_views(data.load_checks(), claims)
    checks_of: dict[str, list[str]] = defaultdict(list)
    for check in checks.values():
        for ref in check.claims:
            checks_of[ref.id].append(check.id)
    marks = all_marks(claims, checks_of)
    for m in marks:
        if not 0 <= m.start < m.end <= len(text):
            raise BriconnectError(f"{m.layer} {m.id}: offsets [{m.start}, {m.end}) out of the text")
    # A check link goes at the end of each sentence holding a claim the check uses.
    sentence_end = dict(zip(sentences["sentence_id"], sentences["end"], strict=True))
    links: dict[int, list[str]] = defaultdict(list)
    for r in claims.itertuples():
        for cid in checks_of.get(str(r.claim_id), []):
            end = int(sentence_end[r.sentence_id])
            if cid not in links[end]:
                links[end].append(cid)
    heading_of = {(int(r.start), int(r.end)): int(r.section) for r in sections.itertuples()}
    parts: list[Part] = []
    byline: tuple[Node, ...] = ()
    title: tuple[Node, ...] = ()
    used = 0
    for lo, hi in _lines(text):
        inside = [m for m in marks if lo <= m.start and m.end <= hi]
        crossing = [m for m in marks if m.start < hi and m.end > lo and m not in inside]
        if crossing:
            m = crossing[0]
            raise BriconnectError(f"{m.layer} {m.id} [{m.start}, {m.end}) runs over a line break")
        used += len(inside)
        heading = next((s for (a, b), s in heading_of.items() if lo <= a and b <= hi), None)
        if heading == 0:
            title = nest(text, lo, hi, inside)
            parts.append(Part(0, "introduction", (), "Introduction"))
        elif heading is not None:
            nodes = nest(text, lo, hi, inside)
            parts.append(Part(heading, f"section-{heading}", nodes, text_of(nodes)))
        elif not parts:  # before the chapter heading: the byline
            byline = nest(text, lo, hi, inside)
        else:
            parts[-1].paragraphs.append(_paragraph(text, lo, hi, inside, links, checks))
    if used != len(marks):
        raise BriconnectError(f"{len(marks) - used} marks fall outside the text's lines")
    by_number = {p.number: p for p in parts}
    for check in checks.values():
        by_number[_first_section(check, claims)].checks.append(check)
    counts = {layer: sum(m.layer == layer for m in marks) for layer in LAYERS}
    legend = [
        Legend(f"q-{q}", g, name, meaning, int((claims["qualifier"] == q).sum()))
        for q, (g, name, meaning) in QUALIFIERS.items()
    ]
    layers = [
        Legend("country", "", "countries", "each mention of a country or territory", 0),
        Legend("project", "", "projects", "named projects (railways, ports, parks, …)", 0),
        Legend("mechanism", "", "mechanisms", "forums, funds, banks and programmes", 0),
    ]
    layers = [Legend(x.style, x.glyph, x.name, x.meaning, counts[x.style]) for x in layers]
    return Page(title, byline, parts, legend, layers, counts)


def _first_section(check: CheckView, claims: pd.DataFrame) -> int:
    first = claims.loc[claims["claim_id"] == check.claims[0].id, "section"]
    return int(first.iloc[0])


def text_of(nodes: tuple[Node, ...]) -> str:
    """The plain text of nodes (what the reader reads, without check links)."""
    return "".join(n.text or text_of(n.children) for n in nodes if n.check is None)


def _paragraph(text, lo, hi, marks, links, checks) -> tuple[Node, ...]:
    cuts = sorted(end for end in links if lo < end <= hi)
    nodes: list[Node] = []
    pos = lo
    for cut in sorted({*cuts, hi}):
        part = [m for m in marks if pos <= m.start and m.end <= cut]
        over = [m for m in marks if m.start < cut < m.end]
        if over:
            raise BriconnectError(f"{over[0].layer} {over[0].id} runs over a sentence's end")
        nodes.extend(nest(text, pos, cut, part))
        if cut in links:
            nodes.extend(Node(check=checks[c]) for c in links[cut])
        pos = cut
    return tuple(nodes)


def build_source(root: Path) -> Path:
    """Write ``<root>/reports/source.html``."""
    from ..io import write_atomic
    from .landing import source_meta
    from .site import render

    html = render("source.html.j2", page=build_reader(), source=source_meta())
    target = root / "reports" / "source.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, html)
    return target
