"""Named things with a state: projects, strategy alignments and cooperation mechanisms.

Three tables, one ``extract_<table>()`` each, all rules over the text (no model, no lookup
service). What each relies on is written next to it:

* projects: a facility is a run of capitalised words ending in a head noun that says what
  it is ("... Railway", "... Hydropower Station", "... Deep-sea Port"), plus three listing
  patterns ("power plants such as A, B and C", "channels include A, B ...", "K2 and K3 units of
  the ... Power Plant"). Its corridor comes from the paragraph ("Along the X Economic
  Corridor, ...", "In Africa, ...", the block that opens with "Maritime connectivity"); its
  status from cue words in the same clause; its countries from the words around it.
* alignments: the two list sentences of section 1 that say what the BRI is aligned with
  ("aligning with plans such as ...", "coordinating with ... strategies and initiatives,
  including ...").
* mechanisms: capitalised names whose governing noun is Forum, Alliance, Fund, Bank,
  Platform, Center, Initiative, ...; acronyms defined in brackets join later mentions.

Strictness: on the chapter the sidecar registers (:func:`is_registered_chapter`), anything the
rules cannot read (a corridor name not in the list, an organisation the alignment rule cannot
code, a corridor or list that is missing) raises :class:`BriconnectError` naming it, so a
changed rule fails the build loudly. On other texts of the genre (``briconnect extract``) the
same items are skipped, because the rules are written for this chapter's structure.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dataset.provenance import load_sources
from ..errors import BriconnectError
from . import countries as countries_mod
from .text import Sentence

Row = dict[str, object]

# ---------------------------------------------------------------- vocabularies

#: The six economic corridors, spelled as the chapter spells them, then the other groups.
CORRIDORS = (
    "China-Pakistan Economic Corridor",
    "New Eurasian Land Bridge",
    "China-Indochina Peninsula Economic Corridor",
    "China-Mongolia-Russia Economic Corridor",
    "China-Central Asia-West Asia Economic Corridor",
    "Bangladesh-China-India-Myanmar Economic Corridor",
    "Africa",
    "maritime",
    "other",
)
ECONOMIC_CORRIDORS = CORRIDORS[:6]

#: Project status, most advanced first; a clause with several cues gets the first in this order.
STATUSES = (
    "operational",
    "open to traffic",
    "completed",
    "under construction",
    "under development",
    "agreement signed",
    "feasibility study",
    "in preparation",
    "making progress",
    "not stated",
)

PROJECT_KINDS = (
    "railway",
    "highway",
    "bridge",
    "metro line",
    "port",
    "terminal",
    "pipeline",
    "power plant",
    "transmission line",
    "nuclear unit",
    "nuclear fuel plant",
    "economic zone",
    "industrial park",
    "transport channel",
)

#: Where a project's countries were read from (the first rule that gives any).
COUNTRY_BASES = ("location", "name", "connecting", "parent", "sentence", "corridor", "not stated")

ALIGNMENT_LEVELS = ("global", "regional", "bilateral")
PARTNER_TYPES = ("country", "organization")

MECHANISM_KINDS = (
    "forum",
    "alliance",
    "association",
    "network",
    "fund",
    "bank",
    "financial institution",
    "platform",
    "expo",
    "centre",
    "initiative",
    "program",
    "partnership",
    "mechanism",
    "organization",
)

# Places inside project names that are not countries, with the country they are in. Used only
# when neither the name nor its sentence names a country; every place must occur in the text.
PLACES = {
    "Mombasa": "KEN",  # Mombasa-Nairobi Railway: the text does not name Kenya
    "Nairobi": "KEN",
    "Addis Ababa": "ETH",  # Addis Ababa-Djibouti Railway: the text does not name Ethiopia
    "Lianyungang": "CHN",  # Lianyungang-Khorgos ... Expressway: both ends are Chinese cities
    "Khorgos": "CHN",
}

# ---------------------------------------------------------------- shared helpers


class _Skip(Exception):
    """An item the rules cannot read, on a text where that is not fatal."""


def _fail(strict: bool, message: str) -> None:
    """Raise BriconnectError on the registered chapter, _Skip (caught by the caller) otherwise."""
    if strict:
        raise BriconnectError(message)
    raise _Skip(message)


def is_registered_chapter(text: str) -> bool:
    """True when text is the raw file the sidecar registers (same sha256): rules must not miss."""
    try:
        sources = load_sources()
    except BriconnectError:
        return False
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return any(meta.get("sha256") == digest for meta in sources.values())


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    name: str
    kind: str
    part_of: str = ""


def _paragraphs(sentences: Iterable[Sentence]) -> dict[int, list[Sentence]]:
    out: dict[int, list[Sentence]] = {}
    for s in sentences:
        out.setdefault(s.paragraph, []).append(s)
    return out


def slug(name: str) -> str:
    """A stable lowercase identifier from a name: 'China-Laos Railway' -> 'china-laos-railway'."""
    s = re.sub(r"[\"'’()]", "", name.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ---------------------------------------------------------------- corridors

_CORRIDOR_LEAD = re.compile(
    r"^(?:Major projects along|Along) the (?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)*?"
    r"(?: Economic Corridor| Land Bridge))\b"
)
_BLOCK_OPENERS = {
    r"^Maritime connectivity\b": "maritime",
    r"^The Air Silk Road\b": "other",
    r"^International inter-modality transport channels\b": "other",
}


def paragraph_corridors(sentences: list[Sentence], strict: bool = True) -> dict[int, str]:
    """Corridor of every paragraph: section 2's lead phrases decide, everything else is 'other'.

    "Along the X Economic Corridor, ..." and "Major projects along the X ..." name a corridor
    for their own paragraph; "In Africa, ..." names Africa; "Maritime connectivity ..." opens a
    block of port paragraphs that runs until the air or inter-modality paragraphs.
    """
    out: dict[int, str] = {}
    block = "other"
    for number, sents in _paragraphs(sentences).items():
        first = sents[0]
        if first.section != 2:
            out[number] = "other"
            continue
        m = _CORRIDOR_LEAD.match(first.text)
        for pattern, name in _BLOCK_OPENERS.items():
            if re.match(pattern, first.text):
                block = name
        if m and m.group("name") in ECONOMIC_CORRIDORS:
            out[number] = m.group("name")
        elif m and strict:
            raise BriconnectError(f"paragraph {number}: unknown corridor {m.group('name')!r}")
        elif first.text.startswith("In Africa,"):
            out[number] = "Africa"
        else:
            out[number] = block
    missing = set(ECONOMIC_CORRIDORS) - set(out.values())
    if missing and strict:
        raise BriconnectError(f"no paragraph found for corridors {sorted(missing)}")
    return out


# ---------------------------------------------------------------- projects: names

_CAP = r"(?!The\b)[A-Z][\w'’]*(?:-[\w'’]+)*"
_CAPS = rf"(?:{_CAP}(?: and(?= [A-Z]))? )+"
_HEADS: dict[str, str] = {
    "High-speed Railway": "railway",
    "Railway Bridge": "bridge",
    "Highway Bridge": "bridge",
    "Friendship Bridge": "bridge",
    "Bridge": "bridge",
    "Railway": "railway",
    "rail route": "railway",
    "railway": "railway",
    "Highway": "highway",
    "Motorway": "highway",
    "Metro": "metro line",
    "Deep-sea Port": "port",
    "Port": "port",
    "terminal": "terminal",
    "Gas Pipeline": "pipeline",
    "pipeline": "pipeline",
    "Hydropower Station": "power plant",
    "Power Plant": "power plant",
    "transmission project": "transmission line",
    "Special Economic Zone": "economic zone",
    "Demonstration Zone": "economic zone",
    "Cooperation Zone": "economic zone",
    "Industrial Park": "industrial park",
    "Fuel Assembly Plant": "nuclear fuel plant",
}
# Lowercase words allowed between a name and a lowercase head ("eastern natural gas pipeline").
_LOWER_MODS = r"(?:(?:eastern|natural|gas|central-route) )*"
_HEAD_RE = "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
_NAMED = re.compile(
    rf"(?P<name>(?P<caps>{_CAPS})?{_LOWER_MODS}(?P<head>{_HEAD_RE})\b"
    r"(?! Express)(?: Phase [IVX]+)?(?: \([^()]*section\))?)"
)
_HEAD_FIRST = re.compile(rf"\bPort of {_CAP}")
_SECTION_OF = re.compile(rf"(?P<pre>{_CAPS}section of the )$")
_BARE_SECTION = re.compile(rf"\bthe (?P<name>{_CAPS}section)\b(?! of the)")
_UNITS = re.compile(rf"\b[A-Z]\d+(?: and [A-Z]\d+)* units of the {_CAPS}Power Plant")
_TWIN_PARKS = re.compile(rf"\b{_CAP}(?: and {_CAP})? \"[^\"]+\" projects")
# A described (unnamed but specific) line: "the grain and oil rail transport lines between A and B".
_RAIL_LINES = re.compile(
    rf"\b[a-z]+(?: and [a-z]+)? rail transport lines between {_CAPS}and {_CAP}"
)
_SUCH_AS = re.compile(r"\bpower plants such as (?P<list>[^;]+?) (?=are |is |have )")
_CHANNELS = re.compile(r"\bchannels include (?P<list>[^.]+)")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the items of 'A, B, and C' / 'the A, the B and the C' in text[start:end]."""
    spans = []
    for m in re.finditer(r"[^,]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        item = text[s:e]
        lead = re.match(r"\s*(?:and\s+)?(?:the\s+)?", item)
        s += lead.end() if lead else 0
        while e > s and text[e - 1] in " .":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def find_project_names(text: str, sentence: Sentence) -> list[_Hit]:
    """Project and facility names in one sentence, longest first where they overlap."""
    lo, hi = sentence.start, sentence.end
    hits: list[_Hit] = []
    for m in _NAMED.finditer(text, lo, hi):
        if not m.group("caps") and m.group("name") == m.group("head"):
            continue  # a bare head noun ("Port" of "Port Qasim") names nothing
        if m.group("name") in ECONOMIC_CORRIDORS or text[m.end() : m.end() + 1] == '"':
            continue  # a corridor ("New Eurasian Land Bridge"), a quoted title ("Chinese Bridge")
        s = m.start()
        pre = _SECTION_OF.search(text, lo, s)
        part_of = ""
        if pre:
            part_of = m.group("name")
            s = pre.start()
        hits.append(_Hit(s, m.end(), text[s : m.end()], _HEADS[m.group("head")], part_of))
    for m in _HEAD_FIRST.finditer(text, lo, hi):
        hits.append(_Hit(m.start(), m.end(), m.group(), "port"))
    for m in _UNITS.finditer(text, lo, hi):
        kind = "nuclear unit" if "Nuclear" in m.group() else "power plant"
        hits.append(_Hit(m.start(), m.end(), m.group(), kind))
    for m in _RAIL_LINES.finditer(text, lo, hi):
        hits.append(_Hit(m.start(), m.end(), m.group(), "railway"))
    for m in _TWIN_PARKS.finditer(text, lo, hi):
        hits.append(_Hit(m.start(), m.end(), m.group(), "industrial park"))
    for m in _SUCH_AS.finditer(text, lo, hi):
        for s, e in _list_items(text, m.start("list"), m.end("list")):
            hits.append(_Hit(s, e, text[s:e], "power plant"))
    hits = _longest(hits)
    # "the Budapest-Kelebija section": a section of the project named before it.
    for m in _BARE_SECTION.finditer(text, lo, hi):
        s, e = m.span("name")
        if any(h.start <= s < h.end for h in hits):
            continue
        before = [h for h in hits if h.end <= s]
        if not before:
            continue  # "the X section" with no line named before it: not a project we can place
        parent = before[-1]
        hits.append(_Hit(s, e, text[s:e], parent.kind, parent.part_of or parent.name))
    return sorted(hits, key=lambda h: h.start)


def find_channels(text: str, sentence: Sentence) -> list[_Hit]:
    """Named transport channels in a 'These channels include A, B, ...' sentence."""
    hits = []
    for m in _CHANNELS.finditer(text, sentence.start, sentence.end):
        for s, e in _list_items(text, m.start("list"), m.end("list")):
            hits.append(_Hit(s, e, text[s:e], "transport channel"))
    return hits


def _longest(hits: list[_Hit]) -> list[_Hit]:
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if not any(c.start < h.end and h.start < c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


# ---------------------------------------------------------------- projects: status

_AUX = r"(?:(?:is|are|has|have|had|been|now|fully|all|became|also) )*"
# (pattern, status, governs): a governing cue decides the clause on its own ("the feasibility
# study ... has been completed" is a study, not a finished railway).
_STATUS_CUES: tuple[tuple[str, str, bool], ...] = (
    (rf"{_AUX}(?:achieved an )?operational(?: speed)?", "operational", False),
    (rf"{_AUX}in (?:full )?operation", "operational", False),
    (rf"{_AUX}operating(?: safely and steadily)?", "operational", False),
    (rf"{_AUX}entered service", "operational", False),
    (rf"{_AUX}providing sound service", "operational", False),
    (rf"{_AUX}connected to the power grid", "operational", False),
    (r"throughput\b[^.;]*? has increased", "operational", False),
    (r"continue to enjoy stable development", "operational", False),
    (
        rf"{_AUX}(?:celebrated its first anniversary of )?open(?:ed|ing)? to traffic",
        "open to traffic",
        False,
    ),
    (rf"{_AUX}completed", "completed", False),
    (r"track-laying has started", "under construction", False),
    (r"construction project (?:has|have) started", "under construction", False),
    (r"\b[Cc]onstruction projects", "under construction", False),
    (r"reached the stage of comprehensive development", "under development", False),
    (rf"{_AUX}(?:was|were) signed(?: online)?", "agreement signed", False),
    (r"(?:officially launched a )?feasibility study", "feasibility study", True),
    (rf"{_AUX}launched", "feasibility study", False),
    (r"Preliminary work is currently under way", "in preparation", True),
    (rf"{_AUX}(?:seen major|made good|making steady) progress", "making progress", False),
)
_CUE_RES = tuple((re.compile(p), st, gov) for p, st, gov in _STATUS_CUES)


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    status: str
    governs: bool


def _clauses(text: str, s: Sentence) -> list[tuple[int, int]]:
    """Clause spans: split at ';', at ', and ' + lowercase word or digit, at ', including'."""
    cuts = [s.start]
    for m in re.finditer(r";\s*|,\s+and\s+(?=[a-z0-9])|,\s+(?=including\b)", s.text):
        cuts += [s.start + m.start(), s.start + m.end()]
    cuts.append(s.end)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]


def _cues(text: str, lo: int, hi: int, skip: list[_Hit]) -> list[_Cue]:
    found: list[_Cue] = []
    for rx, status, governs in _CUE_RES:
        for m in rx.finditer(text, lo, hi):
            # Trim leading auxiliaries' space and ignore cues inside a name ("Power Plant").
            if any(h.start <= m.start() < h.end and m.end() <= h.end for h in skip):
                continue
            if m.end() > m.start():
                found.append(_Cue(m.start(), m.end(), status, governs))
    # Drop cues inside a longer cue (the "operational" of "became operational").
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cue] = []
    for c in found:
        if kept and c.start < kept[-1].end:
            if c.end > kept[-1].end:
                prev = kept[-1]
                kept[-1] = _Cue(prev.start, c.end, _better(prev, c), prev.governs or c.governs)
            continue
        kept.append(c)
    return kept


def _better(a: _Cue, b: _Cue) -> str:
    return a.status if STATUSES.index(a.status) <= STATUSES.index(b.status) else b.status


def decide_status(cues: list[_Cue]) -> tuple[str, int, int]:
    """(status, start, end of the words that say so) from a clause's cues."""
    if not cues:
        return "not stated", 0, 0
    governing = [c for c in cues if c.governs]
    # A governing cue decides alone; otherwise the most advanced status wins.
    status = governing[0].status if governing else min((c.status for c in cues), key=STATUSES.index)
    start = min(c.start for c in cues)
    end = max(c.end for c in cues)
    return status, start, end


# ---------------------------------------------------------------- projects: countries


def _iso3_in(text: str, lo: int, hi: int, *, keep_in_name: bool = True) -> list[str]:
    out: list[str] = []
    for c in countries_mod.find_countries(text, lo, hi):
        if (keep_in_name or not c.in_name) and c.iso3 not in out:
            out.append(c.iso3)
    return out


_LOCATION_AFTER = re.compile(r"\s+(?:operating\s+)?in\s+(?:the\s+)?")
_LOCATION_BEFORE = re.compile(r"\bin\s+(?P<place>[A-Z][\w ]*?),\s+including\s+(?:the\s+)?$")
_CONNECTING = re.compile(r"\bconnecting\s+(?P<list>[A-Z][\w ,]*? and [A-Z]\w+)")
_CHINA_FIRST_LIST = re.compile(r"\bChina(?:, [A-Z]\w+)+,? and [A-Z]\w+")


def project_countries(
    text: str, sentence: Sentence, hit: _Hit, hits: list[_Hit], corridor: str, parent: list[str]
) -> tuple[list[str], str]:
    """(ISO3 codes, basis): the first rule that names any country wins.

    location: "... in Serbia" right after the name or "projects in Bangladesh, including the";
    name: countries (or places in :data:`PLACES`) inside the name ("China-Laos Railway");
    connecting: "connecting China and Russia" in the sentence;
    parent: a section takes its railway's countries;
    sentence: other countries the sentence names (China only when it leads a list of three);
    corridor: the one partner in the corridor's name ("China-Pakistan" -> PAK).
    """
    m = _LOCATION_AFTER.match(text, hit.end, sentence.end)
    if m:
        found = countries_mod.find_countries(text, m.end(), min(m.end() + 40, sentence.end))
        if found and found[0].start == m.end():
            return [found[0].iso3], "location"
    m = _LOCATION_BEFORE.search(text, sentence.start, hit.start)
    if m:
        codes = _iso3_in(text, m.start("place"), m.end("place"))
        if codes:
            return codes, "location"
    codes = _iso3_in(text, hit.start, hit.end)
    for place, iso3 in PLACES.items():
        if place in hit.name and iso3 not in codes:
            codes.append(iso3)
    if codes and not hit.part_of:
        return codes, "name"
    m = _CONNECTING.search(text, sentence.start, sentence.end)
    if m and not codes:
        codes = _iso3_in(text, m.start("list"), m.end("list"))
        if codes and not any(h.start <= m.start() < h.end for h in hits):
            return codes, "connecting"
    if hit.part_of and parent:
        return parent, "parent"
    if codes:
        return codes, "name"
    inside = [(h.start, h.end) for h in hits]
    codes = [
        c.iso3
        for c in countries_mod.find_countries(text, sentence.start, sentence.end)
        if not c.in_name and not any(a <= c.start < b for a, b in inside)
    ]
    if not _CHINA_FIRST_LIST.search(sentence.text):
        codes = [c for c in codes if c != "CHN"]
    codes = list(dict.fromkeys(codes))
    if codes:
        return codes, "sentence"
    if corridor in ECONOMIC_CORRIDORS:
        partners = [c for c in _iso3_in(corridor, 0, len(corridor)) if c != "CHN"]
        if len(partners) == 1:
            return partners, "corridor"
    return [], "not stated"


# ---------------------------------------------------------------- projects: the table


def extract_projects(text: str, sentences: list[Sentence], strict: bool | None = None) -> list[Row]:
    """One row per named project or facility, at the mention that states its status.

    Later mentions of a name already in the table are references and add no row. A name whose
    sentence has no status cue takes the cue of its paragraph's lead sentence when that names
    no project ("International inter-modality transport channels continue to enjoy stable
    development. These channels include ..."). ``strict`` defaults to
    :func:`is_registered_chapter`.
    """
    strict = is_registered_chapter(text) if strict is None else strict
    corridors = paragraph_corridors(sentences, strict)
    paragraphs = _paragraphs(sentences)
    rows: list[Row] = []
    ids: set[str] = set()
    for s in sentences:
        hits = find_project_names(text, s) + find_channels(text, s)
        if not hits:
            continue
        hits = sorted(_longest(hits), key=lambda h: h.start)
        assigned = _assign_status(text, s, hits)
        lead = paragraphs[s.paragraph][0]
        for hit in hits:
            if f"p-{slug(hit.name)}" in ids:
                continue
            status, st_start, st_end = assigned[hit]
            if status == "not stated" and lead is not s:
                cues = _cues(text, lead.start, lead.end, find_project_names(text, lead))
                if cues and not find_project_names(text, lead):
                    status, st_start, st_end = decide_status(cues)
            parent = _parent_countries(rows, hit, s.sentence_id)
            corridor = corridors[s.paragraph]
            codes, basis = project_countries(text, s, hit, hits, corridor, parent)
            row: Row = {
                "project_id": f"p-{slug(hit.name)}",
                "name": hit.name,
                "kind": hit.kind,
                "part_of": hit.part_of,
                "corridor": corridor,
                "countries": ";".join(codes),
                "countries_basis": basis,
                "status": status,
                "status_text": text[st_start:st_end] if st_end else "",
                "status_start": st_start if st_end else None,
                "status_end": st_end if st_end else None,
                "section": s.section,
                "paragraph": s.paragraph,
                "sentence_id": s.sentence_id,
                "start": hit.start,
                "end": hit.end,
            }
            ids.add(str(row["project_id"]))
            rows.append(row)
    _check_rows(rows, "project_id")
    spans = {"name": ("start", "end"), "status_text": ("status_start", "status_end")}
    verify_spans(rows, text, sentences, spans)
    return rows


def _parent_countries(rows: list[Row], hit: _Hit, sentence_id: int) -> list[str]:
    """Countries of the line a section belongs to: its own row, or a sibling section's row in
    the same sentence ("... of the Hungary-Serbia Railway in Serbia ..., the Budapest-Kelebija
    section ...")."""
    if not hit.part_of:
        return []
    for r in reversed(rows):
        same_line = r["name"] == hit.part_of or (
            r["part_of"] == hit.part_of and r["sentence_id"] == sentence_id
        )
        if same_line and r["countries"]:
            return str(r["countries"]).split(";")
    return []


def _assign_status(text: str, s: Sentence, hits: list[_Hit]) -> dict[_Hit, tuple[str, int, int]]:
    """Status per name: its clause's cues; a cue-less clause borrows the next clause's, and a
    clause with cues but no names lends them to the clause before ("the contract ... was
    signed, and 11 sections ... have started")."""
    clauses = _clauses(text, s)
    names = [[h for h in hits if a <= h.start < b] for a, b in clauses]
    cues = [_cues(text, a, b, hits) for a, b in clauses]
    out: dict[_Hit, tuple[str, int, int]] = {}
    for i, group in enumerate(names):
        if not group:
            continue
        mine = list(cues[i])
        if i > 0 and cues[i - 1] and not names[i - 1]:
            mine = cues[i - 1] + mine  # "Construction projects in X, including the A, ..."
        if not mine and i + 1 < len(clauses) and cues[i + 1]:
            mine = list(cues[i + 1])
        elif mine and i + 1 < len(clauses) and not names[i + 1]:
            mine += cues[i + 1]
        for h in group:
            out[h] = decide_status(mine)
    return out


def _check_rows(rows: list[Row], key: str) -> None:
    ids = [r[key] for r in rows]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise BriconnectError(f"duplicate {key}: {', '.join(map(str, dupes))}")


def verify_spans(
    rows: list[Row], text: str, sentences: list[Sentence], spans: dict[str, tuple[str, str]]
) -> None:
    """Every (start, end) pair slices back to its column, inside the row's sentence.

    ``spans`` maps a column to its offset columns, e.g. {"name": ("start", "end")}. The
    sentence check applies to the first pair; the others may point elsewhere in the text.
    """
    by_id = {s.sentence_id: s for s in sentences}
    for n, r in enumerate(rows, start=1):
        for i, (column, (a, b)) in enumerate(spans.items()):
            if r[a] is None or r[column] == "":
                continue
            s, e = int(str(r[a])), int(str(r[b]))
            if text[s:e] != r[column]:
                raise BriconnectError(f"row {n}: raw[{s}:{e}] is not {column} {r[column]!r}")
            sent = by_id[int(str(r["sentence_id"]))]
            if i == 0 and not (sent.start <= s and e <= sent.end):
                raise BriconnectError(f"row {n}: {r[column]!r} is outside its sentence")


# ---------------------------------------------------------------- alignments

_ALIGN_LISTS = (
    re.compile(r"\baligning with plans such as (?P<list>[^.]+)\."),
    re.compile(r"\bstrategies and initiatives, including (?P<list>[^.]+)\."),
)
_LEVEL_LEADS = {
    "At regional and multilateral levels": "regional",
    "At the bilateral level": "bilateral",
    "At the global level": "global",
}
# Organisations that own a plan in the list, as the text writes them -> name and level.
ORGANIZATIONS = {
    "UN": ("United Nations", "global"),
    "ASEAN": ("ASEAN", "regional"),
    "African Union": ("African Union", "regional"),
    "European Union": ("European Union", "regional"),
}
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w ]*?)(?:'s|')\s+")


def extract_alignments(
    text: str, sentences: list[Sentence], strict: bool | None = None
) -> list[Row]:
    """Each strategy the BRI is said to be aligned with, from the two list sentences.

    Items are 'Owner's Strategy' (the owner is a country or an organisation) or a plan whose
    name contains its organisation ('the Master Plan on ASEAN Connectivity 2025'). The level is
    the paragraph's ("At regional and multilateral levels" -> regional; "At the bilateral level"
    -> bilateral), except that plans of the United Nations are global.
    """
    strict = is_registered_chapter(text) if strict is None else strict
    rows: list[Row] = []
    for s in sentences:
        if s.section != 1:
            continue
        for rx in _ALIGN_LISTS:
            for m in rx.finditer(text, s.start, s.end):
                lead = next((v for k, v in _LEVEL_LEADS.items() if s.text.startswith(k)), None)
                if lead is None:
                    if strict:
                        raise BriconnectError(f"sentence {s.sentence_id}: alignment list, no level")
                    continue
                for a, b in _list_items(text, m.start("list"), m.end("list")):
                    try:
                        row = _alignment_row(text, s, a, b, lead, strict)
                    except _Skip:
                        continue
                    if all(r["alignment_id"] != row["alignment_id"] for r in rows):
                        rows.append(row)
    if not rows and strict:
        raise BriconnectError("no alignment list found in section 1")
    _check_rows(rows, "alignment_id")
    spans = {"strategy": ("start", "end"), "partner_text": ("partner_start", "partner_end")}
    verify_spans(rows, text, sentences, spans)
    return rows


def _alignment_row(text: str, s: Sentence, a: int, b: int, lead: str, strict: bool) -> Row:
    item = text[a:b]
    m = _POSSESSIVE.match(item)
    partner_iso3 = ""
    if m:
        owner = m.group("owner")
        p_start = a + m.start("owner")
        start = a + m.end()
        hit = countries_mod.lookup(owner)
        if hit:
            partner_iso3, partner_type = hit[0].iso3, "country"
            partner, level = hit[0].short_name, "bilateral"
        elif owner in ORGANIZATIONS:
            partner, level = ORGANIZATIONS[owner]
            partner_type = "organization"
        else:
            _fail(strict, f"alignment {item!r}: unknown owner {owner!r}")
        partner_written = owner
    else:
        start = a
        owners = [k for k in ORGANIZATIONS if re.search(rf"\b{re.escape(k)}\b", item)]
        if len(owners) != 1:
            _fail(strict, f"alignment {item!r}: cannot tell whose plan it is")
        partner_written = owners[0]
        partner, level = ORGANIZATIONS[owners[0]]
        partner_type = "organization"
        p_start = a + item.index(owners[0])
    if partner_type == "organization" and level != "global":
        level = lead
    strategy = text[start:b]
    return {
        "alignment_id": f"a-{slug(partner)}-{slug(strategy)}"[:80].rstrip("-"),
        "level": level,
        "partner": partner,
        "partner_type": partner_type,
        "partner_iso3": partner_iso3,
        "partner_text": partner_written,
        "partner_start": p_start,
        "partner_end": p_start + len(partner_written),
        "strategy": strategy,
        "section": s.section,
        "sentence_id": s.sentence_id,
        "start": start,
        "end": b,
    }


# ---------------------------------------------------------------- mechanisms

# The noun that says what a body is -> kind. A name's governing noun is the last word of its
# first segment (segments split at of/on/for/in/by/to/and): "Advisory Council of the Belt and
# Road Forum ..." is a council, "Forum on China-Africa Cooperation" a forum.
MECHANISM_HEADS = {
    "Forum": "forum",
    "Summit": "forum",
    "Conference": "forum",
    "Week": "forum",
    "Alliance": "alliance",
    "Coalition": "alliance",
    "League": "alliance",
    "Association": "association",
    "association": "association",
    "Consortium": "association",
    "Network": "network",
    "network": "network",
    "Fund": "fund",
    "Bank": "bank",
    "Eximbank": "bank",
    "Corporation": "financial institution",
    "Platform": "platform",
    "platform": "platform",
    "Expo": "expo",
    "Fair": "expo",
    "Exhibition": "expo",
    "Center": "centre",
    "Centre": "centre",
    "Base": "centre",
    "Initiative": "initiative",
    "Program": "program",
    "Programme": "program",
    "program": "program",
    "Project": "program",
    "Grant": "program",
    "Scholarship": "program",
    "Partnership": "partnership",
    "mechanism": "mechanism",
    "Organization": "organization",
    "Union": "organization",
    "Council": "organization",
}
# Two-word heads whose last word alone would mislead ("the Community of Latin American ...").
TWO_WORD_HEADS = {"Media Community": "network"}
# Nouns that make a name a document or an agreement, not a body: stop looking.
DOCUMENT_NOUNS = frozenset(
    "Agreement Plan Principles Guidance Guidelines Framework Resolution Agenda Strategy Outlook"
    " Statement".split()
)
# Bodies whose head noun misleads.
KIND_OVERRIDES = {
    "International Monetary Fund": "organization",
    "United Nations Development Programme": "organization",
    "United Nations Environment Programme": "organization",
}
_LOWER_HEADS = ("mechanism", "network", "association", "platform", "program")
# Words that end a name's first segment; "and" and "&" do not ("Import and Export Fair").
_SEGMENT_BREAKS = frozenset(["of", "on", "for", "in", "by", "to", "the", "Along"])
_MTOK = r"(?:[A-Z0-9][\w'’.+-]*|&|\+|\([\w+ -]+\))"
_MRUN = re.compile(
    rf"{_MTOK}(?: (?:(?:of|on|for|in|by|to|and|the|Along) )*{_MTOK})*"
    rf"(?: (?:{'|'.join(_LOWER_HEADS)})\b)?"
)
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9-]+|China Eximbank|Canton Fair)$")
_CUE_LIST = re.compile(r"\b(?:mechanisms|platforms),? (?:such as|including) (?P<list>[^.;]+)")
_BRI_NAME = re.compile(r"\bBelt (?:and|&) Road Initiative\b")
_BELT_AND_ROAD = re.compile(r"\bBelt (?:and|&) Road\b")


@dataclass(frozen=True)
class _Body:
    start: int
    end: int
    name: str
    kind: str
    alias: str


def _governing(tokens: list[str]) -> int | None:
    """Index of the governing head token, or None when the name is not a body.

    The first segment (up to of/on/for/in/by/to) decides: a document noun there (Plan,
    Agreement, Principles, ...) means a document; otherwise its last head word governs
    ("Standard Information Platform Contributed by ..." is a platform).
    """
    first: list[int] = []
    for i, tok in enumerate(tokens):
        if tok in _SEGMENT_BREAKS:
            # A lone compound modifier ("China-League of Arab States ...") is no segment.
            if first and not (len(first) == 1 and "-" in tokens[first[0]]):
                break
            first = []
            continue
        first.append(i)
    if any(tokens[i] in DOCUMENT_NOUNS for i in first):
        return None
    for i in reversed(first):
        if tokens[i] in MECHANISM_HEADS or " ".join(tokens[i - 1 : i + 1]) in TWO_WORD_HEADS:
            return i
    return None


def _head_kind(tokens: list[str], i: int) -> str:
    pair = " ".join(tokens[i - 1 : i + 1])
    return TWO_WORD_HEADS.get(pair) or MECHANISM_HEADS[tokens[i]]


def _bodies_in_run(text: str, s: int, e: int) -> list[_Body]:
    """Split a capitalised run at ' and the ' / ' and ' after a head word, then read each part."""
    out: list[_Body] = []
    parts: list[tuple[int, int]] = []
    cursor = s
    for m in re.finditer(r" and (?:the )?", text[s:e]):
        left = re.sub(r" \([^()]*\)$", "", text[cursor : s + m.start()]).split()
        left_is_body = bool(left) and (
            re.fullmatch(r"[A-Z][A-Z0-9-]+", left[-1]) is not None
            or _read_body(text, cursor, s + m.start()) is not None
        )
        two_bodies = (
            m.group().endswith("the ")
            and left_is_body
            and _read_body(text, s + m.end(), e) is not None
        )
        if (left and left[-1] in MECHANISM_HEADS) or two_bodies:
            parts.append((cursor, s + m.start()))
            cursor = s + m.end()
    parts.append((cursor, e))
    for a, b in parts:
        body = _read_body(text, a, b)
        if body:
            out.append(body)
    return out


def _read_body(text: str, a: int, b: int) -> _Body | None:
    # Start after a possessive owner ("Egypt's ...") and any leading article.
    for m in re.finditer(r"\S+(?:'s|s')(?= )", text[a:b]):
        a = a + m.end() + 1
        break
    lead = re.match(
        r"(?:(?:Through|Under|At|Along|In|By|With|From|Relying on) )?(?:[Tt]he )?", text[a:b]
    )
    a += lead.end() if lead else 0
    b = a + len(text[a:b].rstrip("."))
    if text[b - 2 : b] in ("'s", "’s"):
        b -= 2
    alias = ""
    m = re.search(r" \(([^()]+)\)$", text[a:b])
    if m and _ACRONYM.match(m.group(1)):
        alias = m.group(1)
        b = a + m.start()
    raw = text[a:b]
    # "Belt and Road" is one word; "Belt and Road Initiative" (the BRI itself) heads nothing.
    masked = _BRI_NAME.sub(lambda m: "X" * len(m.group()), raw)
    masked = _BELT_AND_ROAD.sub(lambda m: m.group().replace(" ", "~"), masked)
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", masked)]
    idx = _governing([t[2] for t in tokens])
    if idx is None:
        return None
    kind = _head_kind([t[2] for t in tokens], idx)
    nxt = next((i for i, t in enumerate(tokens) if i > idx and t[2] in _SEGMENT_BREAKS), None)
    tail = [t[2] for t in tokens[idx + 2 :]]
    if (idx + 1 < len(tokens) and nxt != idx + 1) or (
        tail and all(re.fullmatch(r"[A-Z]{2,}", t) for t in tail)
    ):
        b = a + tokens[idx][1]  # cut after the head: "Platform Contributed by", "... for BRI"
        alias = ""
    name = text[a:b]
    if name in MECHANISM_HEADS or not name[:1].isupper():
        return None
    if re.match(r" agreement\b", text[b + (len(alias) + 3 if alias else 0) :]):
        return None  # "the ... Partnership (RCEP) agreement" is a trade agreement
    return _Body(a, b, name, KIND_OVERRIDES.get(name, kind), alias)


def canonical_name(name: str) -> str:
    """The form mentions join on: no ordinal prefix, '&' spelled 'and'."""
    name = re.sub(r"^(?:First|Second|Third) ", "", name)
    return name.replace("Belt & Road", "Belt and Road")


def find_bodies(text: str, sentence: Sentence) -> list[_Body]:
    """Named bodies in a sentence: capitalised runs with a governing head, then listed items
    after 'mechanisms/platforms such as|including' whose names have no head ('China-ASEAN
    (10+1) Cooperation')."""
    found: list[_Body] = []
    for m in _MRUN.finditer(text, sentence.start, sentence.end):
        found.extend(_bodies_in_run(text, m.start(), m.end()))
    for m in _CUE_LIST.finditer(text, sentence.start, sentence.end):
        for a, b in _list_items(text, m.start("list"), m.end("list")):
            item = text[a:b]
            if not re.fullmatch(_MRUN, item):
                break  # the list has ended ("..., China has helped ...")
            if item.endswith(" Cooperation") and not any(f.start <= a < f.end for f in found):
                found.append(_Body(a, b, item, "mechanism", ""))
    return sorted(found, key=lambda f: f.start)


def extract_mechanisms(text: str, sentences: list[Sentence]) -> list[Row]:
    """One row per mention of a named forum, alliance, fund, bank, platform, centre, ...

    ``mechanism_id`` joins repeated mentions: the same canonical name, or an acronym defined
    in brackets after the full name ("Silk Road Fund (SRF)", later "the SRF").
    """
    aliases: dict[str, str] = {}
    kinds: dict[str, str] = {}
    rows: list[Row] = []
    for s in sentences:
        # Strategies in the alignment lists are partners' plans, not BRI mechanisms.
        lists = [m.span("list") for rx in _ALIGN_LISTS for m in rx.finditer(text, s.start, s.end)]
        bodies = [b for b in find_bodies(text, s) if not any(a <= b.start < z for a, z in lists)]
        for b in bodies:
            canon = canonical_name(b.name)
            kinds.setdefault(canon, b.kind)
            if b.alias:
                aliases.setdefault(b.alias, canon)
        # Later mentions by acronym (or "China Eximbank"), outside the names just found.
        for alias, canon in aliases.items():
            for m in re.finditer(rf"(?<![\w(-]){re.escape(alias)}(?![\w)-])", s.text):
                a = s.start + m.start()
                if any(b.start <= a < b.end + len(b.alias) + 3 for b in bodies):
                    continue
                bodies.append(_Body(a, a + len(alias), alias, kinds[canon], ""))
        for b in sorted(bodies, key=lambda b: b.start):
            canon = aliases.get(b.name, canonical_name(b.name))
            rows.append(
                {
                    "mention_id": f"x{b.start:05d}",
                    "mechanism_id": f"k-{slug(canon)}",
                    "name": b.name,
                    "canonical_name": canon,
                    "acronym": b.alias or next((k for k, v in aliases.items() if v == canon), ""),
                    "kind": kinds.get(canon, b.kind),
                    "section": s.section,
                    "sentence_id": s.sentence_id,
                    "start": b.start,
                    "end": b.end,
                }
            )
    _check_rows(rows, "mention_id")
    verify_spans(rows, text, sentences, {"name": ("start", "end")})
    return rows
