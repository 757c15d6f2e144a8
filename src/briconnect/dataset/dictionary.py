"""The data dictionary, written once: every table, column, type, unit and allowed value.

``datapackage.json`` (Frictionless Table Schema) and ``data/README.md`` are generated from the
definitions here, and the build and the tests validate every CSV against them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..extract.countries import KINDS
from ..extract.quantities import QUALIFIERS, TIERS, UNITS

AS_OF_PATTERN = r"^(|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}/\d{4}|\d{4}/)$"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string, integer, number, boolean
    description: str
    required: bool = True
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    unit: str | None = None
    example: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.pattern:
            constraints["pattern"] = self.pattern
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if constraints:
            out["constraints"] = constraints
        if self.unit:
            out["unit"] = self.unit
        if self.example is not None:
            out["example"] = self.example
        if self.type == "boolean":
            out["trueValues"] = ["true"]
            out["falseValues"] = ["false"]
        return out


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: str
    foreign_keys: tuple[tuple[str, str, str], ...] = field(default=())  # (column, table, column)

    @property
    def path(self) -> str:
        return f"processed/{self.name}.csv"

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def to_json(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "fields": [f.to_json() for f in self.fields],
            "primaryKey": [self.primary_key],
            "missingValues": [""],
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": [c], "reference": {"resource": t, "fields": [rc]}}
                for c, t, rc in self.foreign_keys
            ]
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True},
            "schema": schema,
        }


_OFFSET = "Character offset into data/raw/bri-white-paper-2023-ch3.txt (Python string index)"
_SECTION = Field(
    "section", "integer", "Chapter section 1-6; 0 before the first numbered heading", minimum=0
)
_SENTENCE_ID = Field(
    "sentence_id", "integer", "Sentence in sentences.csv, numbered in reading order", minimum=1
)

SECTIONS = Table(
    "sections",
    "Sections",
    "The chapter's numbered sections with their headings; section 0 is the introduction.",
    (
        Field(
            "section",
            "integer",
            "Section number (0 = text before the first numbered heading)",
            minimum=0,
        ),
        Field("title", "string", "Heading as written (section 0: the chapter title)"),
        Field(
            "start",
            "integer",
            f"{_OFFSET}: start of the heading (section 0: of its text)",
            minimum=0,
        ),
        Field("end", "integer", f"{_OFFSET}: end of the heading, exclusive", minimum=0),
    ),
    "start",  # a long text may number its sections again ("1." in every chapter)
)

SENTENCES = Table(
    "sentences",
    "Sentences",
    "Every body sentence of the chapter with its section, paragraph and character offsets; "
    "headings are in sections.csv.",
    (
        _SENTENCE_ID,
        _SECTION,
        Field(
            "paragraph",
            "integer",
            "Paragraph number in reading order (one per line of text)",
            minimum=1,
        ),
        Field("start", "integer", f"{_OFFSET}: first character", minimum=0),
        Field(
            "end",
            "integer",
            f"{_OFFSET}: one past the last character; raw[start:end] == text",
            minimum=0,
        ),
        Field("text", "string", "The sentence, verbatim"),
    ),
    "sentence_id",
)

CLAIMS = Table(
    "claims",
    "Quantitative claims",
    "One row per quantity mention: its words, value, unit, hedging, what it counts and the date "
    "it refers to, with offsets back into the raw text.",
    (
        Field(
            "claim_id",
            "string",
            "Stable identifier: 'c' + the start offset, zero-padded to 5 digits",
            pattern=r"^c\d{5,}$",
            example="c16150",
        ),
        _SECTION,
        _SENTENCE_ID,
        Field("start", "integer", f"{_OFFSET}: first character of the mention", minimum=0),
        Field(
            "end",
            "integer",
            f"{_OFFSET}: one past the mention; raw[start:end] == mention",
            minimum=0,
        ),
        Field(
            "mention",
            "string",
            "The whole expression as written: qualifier + currency + number + scale + unit words",
            example="nearly US$2.9 trillion",
        ),
        Field(
            "value",
            "number",
            "The number fully scaled (US$2.9 trillion -> 2900000000000; "
            "45.4 percent -> 45.4; 'twice' -> 2), in the row's unit",
            unit="see unit",
            example="2900000000000",
        ),
        Field(
            "unit",
            "string",
            "What value is measured in: USD and RMB (currency units), "
            "percent, percentage_points, TEU (twenty-foot equivalent units), tonnes, "
            "km_per_hour, count (things counted), times (events held N times), years "
            "(durations), rank (ordinals such as 'fourth largest')",
            enum=UNITS,
        ),
        Field(
            "qualifier",
            "string",
            "How the number is hedged: exact; lower (more than, over, "
            "exceeded, above, at least, -plus); upper (nearly, almost, up to, less than); "
            "approx (about, some, around, roughly, 'tens of thousands')",
            enum=QUALIFIERS,
        ),
        Field(
            "qualifier_text",
            "string",
            "The hedging words as written; empty when exact",
            required=False,
        ),
        Field(
            "value_low",
            "number",
            "Lowest value the wording allows; empty when unbounded",
            required=False,
            unit="see unit",
        ),
        Field(
            "value_high",
            "number",
            "Highest value the wording allows; empty when unbounded",
            required=False,
            unit="see unit",
        ),
        Field(
            "counted",
            "string",
            "Short lowercase noun phrase for what is counted or measured",
            required=False,
            example="bri cooperation agreements",
        ),
        Field(
            "as_of",
            "string",
            "Reference date stated in the same sentence: YYYY-MM-DD (end "
            "of a month or year, or a day), YYYY-MM, YYYY, a period YYYY/YYYY, an open period "
            "YYYY/ ('since 2013'); empty when the sentence states none",
            required=False,
            pattern=AS_OF_PATTERN,
        ),
        Field(
            "as_of_paragraph",
            "string",
            "as_of, or when the sentence states no date, the date that opens an earlier sentence "
            "of the same paragraph as a stock or period ('By the end of 2022, ...', 'From 2013 "
            "to 2022, ...'): context for analysts, e.g. 'The balance of loans ... reached "
            "RMB2.2 trillion' gets 2022-12-31; empty when there is none",
            required=False,
            pattern=AS_OF_PATTERN,
        ),
        Field(
            "tier",
            "string",
            "How the number is written: core (digits), word (number "
            "words such as 'twice', 'Sixteen', 'a dozen'), ordinal",
            enum=TIERS,
        ),
        Field(
            "section_title",
            "string",
            "Heading of the claim's section (denormalized for convenience)",
        ),
        Field(
            "sentence_text",
            "string",
            "The sentence the claim is in (denormalized for convenience; equals sentences.text)",
        ),
    ),
    "claim_id",
    (("sentence_id", "sentences", "sentence_id"),),
)

COUNTRIES = Table(
    "countries",
    "Country and territory mentions",
    "Every mention of a country or territory, coded with country_converter; regions and blocs "
    "(ASEAN, Africa, Central Asia, EU) are not countries.",
    (
        Field(
            "mention_id",
            "string",
            "Stable identifier: 'm' + the start offset, zero-padded to 5 digits",
            pattern=r"^m\d{5,}$",
        ),
        _SECTION,
        _SENTENCE_ID,
        Field("start", "integer", f"{_OFFSET}: first character of the name", minimum=0),
        Field("end", "integer", f"{_OFFSET}: one past the name; raw[start:end] == name", minimum=0),
        Field("name", "string", "The name as written", example="Hong Kong SAR"),
        Field(
            "iso3", "string", "ISO 3166-1 alpha-3 code (country_converter)", pattern=r"^[A-Z]{3}$"
        ),
        Field("country", "string", "The library's short English name"),
        Field(
            "continent",
            "string",
            "Continent (country_converter's 'continent' column)",
            enum=("Africa", "America", "Asia", "Europe", "Oceania", "Antarctica"),
        ),
        Field(
            "kind",
            "string",
            "china (China itself), country, or territory (not a UN member "
            "in the library's table: Hong Kong SAR, Macao SAR)",
            enum=KINDS,
        ),
        Field(
            "in_name",
            "boolean",
            "True when the name is part of a proper name or compound "
            "('China-Laos Railway', 'Bank of China'), not a reference to the place on its own",
        ),
    ),
    "mention_id",
    (("sentence_id", "sentences", "sentence_id"),),
)

TABLES: dict[str, Table] = {t.name: t for t in (SECTIONS, SENTENCES, CLAIMS, COUNTRIES)}


def datapackage(sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The Frictionless data package descriptor for data/."""
    raw = [
        {
            "name": "raw-text",
            "path": f"raw/{name}",
            "title": meta["title"],
            "description": meta["note"],
            "format": "txt",
            "mediatype": "text/plain",
            "encoding": "utf-8",
            "bytes": meta["bytes"],
            "hash": f"sha256:{meta['sha256']}",
            "sources": [{"title": meta["publisher"], "date": meta["date_published"]}],
        }
        for name, meta in sorted(sources.items())
    ]
    return {
        "name": "briconnect",
        "title": "Quantitative claims in Chapter III of the 2023 Belt and Road white paper",
        "description": "Every quantity, sentence and country mention of the chapter 'Promoting "
        "All-Round Connectivity in Multiple Fields', with character offsets into the raw text. "
        "Generated by `make data` from data/raw/; do not edit by hand.",
        "profile": "tabular-data-package",
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "sources": [
            {"title": m["publisher"], "date": m["date_published"]} for m in sources.values()
        ],
        "resources": raw + [t.to_json() for t in TABLES.values()],
    }


def datapackage_json(sources: dict[str, dict[str, Any]]) -> str:
    return json.dumps(datapackage(sources), indent=2, ensure_ascii=False) + "\n"


def readme_markdown() -> str:
    """data/README.md: the same dictionary, for people."""
    lines = [
        "# Data dictionary",
        "",
        "<!-- Generated from src/briconnect/schema.py by `make data`; edit that, not this. -->",
        "",
        "`raw/` holds the verbatim chapter and its provenance sidecar (see `raw/README.md`).",
        "`processed/` holds the tables below, regenerated by `make data` and validated against",
        "this dictionary (also available as Frictionless `datapackage.json`) on every build.",
        "Every offset indexes the raw text: `raw[start:end]` gives back the row's words.",
        "Missing values are empty cells. Booleans are `true`/`false`.",
        "",
        "```python",
        "from briconnect import data",
        "",
        "claims = data.load_claims()  # a pandas DataFrame with the right types",
        "```",
        "",
    ]
    for t in TABLES.values():
        lines += [
            f"## `{t.path}`: {t.title}",
            "",
            t.description,
            "",
            f"Primary key: `{t.primary_key}`.",
        ]
        for col, table, rcol in t.foreign_keys:
            lines[-1] += f" `{col}` refers to `{table}.{rcol}`."
        lines += [
            "",
            "| column | type | required | allowed values | description |",
            "| --- | --- | --- | --- | --- |",
        ]
        for f in t.fields:
            allowed = ", ".join(f"`{v}`" for v in f.enum) if f.enum else ""
            if f.pattern:
                allowed = f"pattern `{f.pattern}`"
            if f.minimum is not None:
                allowed = f">= {f.minimum}"
            desc = f.description.replace("|", "\\|")
            if f.example:
                desc += f" (e.g. `{f.example}`)"
            lines.append(
                f"| `{f.name}` | {f.type} | {'yes' if f.required else 'no'} | {allowed} | {desc} |"
            )
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- validation


def _check_value(f: Field, raw: str) -> str | None:
    """A reason the CSV cell raw does not fit field f, or None."""
    if raw == "":
        return "is empty" if f.required and f.type != "string" else None
    if f.type == "integer":
        if not re.fullmatch(r"-?\d+", raw):
            return f"{raw!r} is not an integer"
        if f.minimum is not None and int(raw) < f.minimum:
            return f"{raw} is below {f.minimum}"
    elif f.type == "number":
        try:
            v = float(raw)
        except ValueError:
            return f"{raw!r} is not a number"
        if v != v or v in (float("inf"), float("-inf")):
            return f"{raw!r} is not finite"
    elif f.type == "boolean" and raw not in ("true", "false"):
        return f"{raw!r} is not true/false"
    if f.enum and raw not in f.enum:
        return f"{raw!r} is not one of {', '.join(f.enum)}"
    if f.pattern and not re.search(f.pattern, raw):
        return f"{raw!r} does not match {f.pattern}"
    return None


def validate_table(table: Table, header: list[str], rows: list[list[str]]) -> list[str]:
    """Problems with a table's CSV cells against its schema, as sentences; [] when valid."""
    problems: list[str] = []
    if header != table.field_names():
        return [
            f"{table.name}.csv: columns {header} differ from the dictionary's {table.field_names()}"
        ]
    seen: set[str] = set()
    key = header.index(table.primary_key)
    for n, row in enumerate(rows, start=2):
        if len(row) != len(header):
            problems.append(f"{table.name}.csv line {n}: {len(row)} cells, expected {len(header)}")
            continue
        for f, cell in zip(table.fields, row, strict=True):
            why = _check_value(f, cell)
            if why:
                problems.append(f"{table.name}.csv line {n}, {f.name}: {why}")
        if row[key] in seen:
            problems.append(f"{table.name}.csv line {n}: duplicate {table.primary_key} {row[key]}")
        seen.add(row[key])
    return problems


# ---------------------------------------------------------------- entities and checks
# Projects, alignments and mechanisms (briconnect.entities) and consistency checks
# (briconnect.checks). Vocabularies are imported so the dictionary and the rules never drift.

from ..chapter3.checks import CHECK_KINDS, RELATIONS, VERDICTS  # noqa: E402
from ..chapter3.vocabulary import ALIGNMENT_LEVELS, CORRIDORS, PARTNER_TYPES  # noqa: E402
from ..extract.mechanisms import MECHANISM_KINDS  # noqa: E402
from ..extract.projects import COUNTRY_BASES, PROJECT_KINDS, STATUSES  # noqa: E402

_ISO3_LIST = r"^([A-Z]{3}(;[A-Z]{3})*)?$"

PROJECTS = Table(
    "projects",
    "Projects and facilities",
    "One row per named project or facility (railway, highway, bridge, port, pipeline, plant, "
    "zone, park, transport channel) with its corridor, countries and status, read by rules "
    "from the text (briconnect.entities.extract_projects); raw[start:end] == name.",
    (
        Field(
            "project_id",
            "string",
            "Stable identifier: 'p-' + the name in lowercase with hyphens",
            pattern=r"^p-[a-z0-9-]+$",
            example="p-china-laos-railway",
        ),
        Field("name", "string", "The name as written", example="China-Laos Railway"),
        Field("kind", "string", "What the facility is, from its head noun", enum=PROJECT_KINDS),
        Field(
            "part_of",
            "string",
            "For a section of a longer line: the line it belongs to, as written",
            required=False,
            example="Hungary-Serbia Railway",
        ),
        Field(
            "corridor",
            "string",
            "Economic corridor of the paragraph that names it ('Along the X ...'); Africa for "
            "'In Africa, ...'; maritime for the port paragraphs; other elsewhere",
            enum=CORRIDORS,
        ),
        Field(
            "countries",
            "string",
            "ISO 3166-1 alpha-3 codes of the countries the text places it in, ';'-separated; "
            "empty when the text names none",
            required=False,
            pattern=_ISO3_LIST,
            example="CHN;LAO",
        ),
        Field(
            "countries_basis",
            "string",
            "Which rule gave the countries: location ('... in Serbia'), name (countries or "
            "places in the name), connecting ('connecting China and Russia'), parent (the line "
            "a section belongs to), sentence (other countries in the sentence), corridor (the "
            "one partner in the corridor's name), not stated",
            enum=COUNTRY_BASES,
        ),
        Field(
            "status",
            "string",
            "State of the project, most advanced cue in its clause: operational, open to "
            "traffic, completed, under construction, under development, agreement signed, "
            "feasibility study, in preparation, making progress, not stated",
            enum=STATUSES,
        ),
        Field(
            "status_text",
            "string",
            "The words that say so, as written (from the first to the last status cue); "
            "raw[status_start:status_end] == status_text",
            required=False,
            example="has been completed and is providing sound service",
        ),
        Field(
            "status_start",
            "integer",
            f"{_OFFSET}: first character of status_text (may lie in the paragraph's lead "
            "sentence when the project's own sentence has no cue)",
            required=False,
            minimum=0,
        ),
        Field("status_end", "integer", f"{_OFFSET}: end of status_text", required=False, minimum=0),
        _SECTION,
        Field("paragraph", "integer", "Paragraph number (as in sentences.csv)", minimum=1),
        _SENTENCE_ID,
        Field("start", "integer", f"{_OFFSET}: first character of the name", minimum=0),
        Field("end", "integer", f"{_OFFSET}: one past the name", minimum=0),
    ),
    "project_id",
    (("sentence_id", "sentences", "sentence_id"),),
)

ALIGNMENTS = Table(
    "alignments",
    "Strategy alignments",
    "Each national or regional strategy the BRI is said to be aligned with (section 1's two "
    "list sentences: 'aligning with plans such as ...' and 'coordinating with ... strategies "
    "and initiatives, including ...'); raw[start:end] == strategy.",
    (
        Field(
            "alignment_id",
            "string",
            "Stable identifier: 'a-' + partner + strategy in lowercase with hyphens",
            pattern=r"^a-[a-z0-9-]+$",
        ),
        Field(
            "level",
            "string",
            "global (plans of the United Nations), regional (the paragraph 'At regional and "
            "multilateral levels'), bilateral ('At the bilateral level')",
            enum=ALIGNMENT_LEVELS,
        ),
        Field("partner", "string", "Whose strategy: country short name or organization"),
        Field("partner_type", "string", "country or organization", enum=PARTNER_TYPES),
        Field(
            "partner_iso3",
            "string",
            "ISO3 code when the partner is a country; empty for organizations",
            required=False,
            pattern=r"^([A-Z]{3})?$",
        ),
        Field("partner_text", "string", "The partner as written", example="Kazakhstan"),
        Field("partner_start", "integer", f"{_OFFSET}: first character of partner_text", minimum=0),
        Field("partner_end", "integer", f"{_OFFSET}: end of partner_text", minimum=0),
        Field(
            "strategy",
            "string",
            "The strategy's name as written (without the owner's possessive)",
            example="Bright Road economic policy",
        ),
        _SECTION,
        _SENTENCE_ID,
        Field("start", "integer", f"{_OFFSET}: first character of the strategy", minimum=0),
        Field("end", "integer", f"{_OFFSET}: one past the strategy", minimum=0),
    ),
    "alignment_id",
    (("sentence_id", "sentences", "sentence_id"),),
)

MECHANISMS = Table(
    "mechanisms",
    "Cooperation mechanisms (mentions)",
    "One row per mention of a named forum, alliance, association, network, fund, bank, "
    "platform, expo, centre, initiative, program, partnership, mechanism or international "
    "organization; mentions of the same body share a mechanism_id. raw[start:end] == name.",
    (
        Field(
            "mention_id",
            "string",
            "Stable identifier: 'x' + the 5-digit start offset",
            pattern=r"^x\d{5,}$",
        ),
        Field(
            "mechanism_id",
            "string",
            "The body: 'k-' + its canonical name in lowercase with hyphens; acronyms defined in "
            "brackets ('Silk Road Fund (SRF)') and ordinals ('Second ...') join",
            pattern=r"^k-[a-z0-9-]+$",
            example="k-silk-road-fund",
        ),
        Field("name", "string", "The mention as written (a full name or an acronym)"),
        Field(
            "canonical_name",
            "string",
            "The full name the mention refers to, without ordinal, '&' as 'and'",
        ),
        Field(
            "acronym",
            "string",
            "The acronym the text defines for the body, if any",
            required=False,
            example="SRF",
        ),
        Field(
            "kind",
            "string",
            "What the body is, from the governing noun of its name (Forum, Fund, Center, ...)",
            enum=MECHANISM_KINDS,
        ),
        _SECTION,
        _SENTENCE_ID,
        Field("start", "integer", f"{_OFFSET}: first character of the mention", minimum=0),
        Field("end", "integer", f"{_OFFSET}: one past the mention", minimum=0),
    ),
    "mention_id",
    (("sentence_id", "sentences", "sentence_id"),),
)

CHECKS = Table(
    "checks",
    "Internal consistency checks",
    "Each check recomputes one number from other claims of the chapter and compares it with "
    "what the text states, within the rounding the wording allows (briconnect.checks).",
    (
        Field(
            "check_id",
            "string",
            "Stable identifier: 's' + main section + a slug",
            pattern=r"^s\d-[a-z0-9-]+$",
            example="s3-private-trade-total",
        ),
        Field(
            "sections",
            "string",
            "Sections of the claims used, ';'-separated",
            pattern=r"^\d(;\d)*$",
        ),
        Field(
            "claim_ids",
            "string",
            "claims.csv claim_id values used, ';'-separated; the stated claim, if any, last",
            pattern=r"^c\d{5,}(;c\d{5,})*$",
            example="c16443;c16484;c16177",
        ),
        Field(
            "kind",
            "string",
            "share, total, growth (compounding), average (per project), bound (a part "
            "cannot exceed its whole; N things in M places needs N >= M)",
            enum=CHECK_KINDS,
        ),
        Field("formula", "string", "The computation in words"),
        Field(
            "relation",
            "string",
            "How implied compares with stated: equals; at_most (implied <= stated); at_least "
            "(implied >= stated); none (nothing stated to compare with)",
            enum=RELATIONS,
        ),
        Field("unit", "string", "Unit of the stated and implied values", enum=UNITS),
        Field(
            "stated_value", "number", "The value the text states", required=False, unit="see unit"
        ),
        Field(
            "stated_low",
            "number",
            "Lowest value the stated wording allows",
            required=False,
            unit="see unit",
        ),
        Field(
            "stated_high",
            "number",
            "Highest value the stated wording allows",
            required=False,
            unit="see unit",
        ),
        Field(
            "implied_value", "number", "The value recomputed from the other claims", unit="see unit"
        ),
        Field(
            "implied_low",
            "number",
            "Lowest implied value, propagating every claim's rounding interval",
            unit="see unit",
        ),
        Field("implied_high", "number", "Highest implied value", unit="see unit"),
        Field(
            "difference",
            "number",
            "implied_value - stated_value; empty when nothing is stated",
            required=False,
            unit="see unit",
        ),
        Field(
            "verdict",
            "string",
            "consistent (the intervals meet or the bound holds), inconsistent, not checkable",
            enum=VERDICTS,
        ),
        Field("note", "string", "Assumptions and derived figures, in words", required=False),
    ),
    "check_id",
)

TABLES.update({t.name: t for t in (PROJECTS, ALIGNMENTS, MECHANISMS, CHECKS)})
