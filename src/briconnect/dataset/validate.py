"""Checks that run on every build, before anything is written (PUDL-style blocking checks).

Two layers:

* frictionless checks every CSV against the data dictionary (``datapackage.yaml``): columns,
  types, required cells (strings too), enums, patterns, minimums and primary keys. The foreign
  keys the dictionary declares are checked here, from the tables already parsed, with the same
  rule and message: frictionless re-reads the referenced table once per key, a third of the
  validation time of the chapter. ``frictionless validate data/datapackage.json`` (and
  ``tests/test_dictionary.py``) still checks them through frictionless as well;
* the hand-written checks here tie the tables to the text, which a schema cannot express: every
  span slices back to its words, rows sit inside their sentence and section, values lie within
  the bounds their wording implies; and numbers are finite (Table Schema allows nan and inf).

Both raise one :class:`BriconnectError` whose single line names the first problems as
``<table>.csv row <n>, <column>: <what>``; rows are numbered like the file's lines (the header is
row 1).
"""

from __future__ import annotations

import csv
import io
import math
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import BriconnectError
from ..extract.document import NO_TITLE
from .dictionary import DESCRIPTOR_NAME, TABLES, table_resources

SHOWN = 3  # problems named in the error; the rest are counted


# ---------------------------------------------------------------- reading


def read_folder(folder: Path) -> dict[str, str]:
    """Every table of the dictionary in folder, as text; an error if one is missing or not UTF-8."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BriconnectError(f"{folder}: no such folder")
    missing = [f"{n}.csv" for n in TABLES if not (folder / f"{n}.csv").is_file()]
    if missing:
        raise BriconnectError(f"{folder}: missing {', '.join(missing)}")
    texts = {}
    for name in TABLES:
        path = folder / f"{name}.csv"
        data = path.read_bytes()
        try:
            texts[name] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise BriconnectError(
                f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} on line {line})"
            ) from None
    return texts


def parse_csv(name: str, data: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of one table; a malformed CSV (e.g. an unclosed quote) is an error.

    A cell may be as long as the table (a 150 KB sentence without a stop is one ``text`` cell):
    the csv module's limit (128 KB by default, process-wide, also frictionless's) is raised to
    fit."""
    csv.field_size_limit(max(csv.field_size_limit(), len(data) + 1))
    reader = csv.reader(io.StringIO(data, newline=""), strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise BriconnectError(f"{name}.csv line {reader.line_num}: malformed CSV ({exc})") from None
    if not rows:
        raise BriconnectError(f"{name}.csv: empty file, expected a header row")
    return rows[0], rows[1:]


# ---------------------------------------------------------------- frictionless


def _show(cell: Any, width: int = 40) -> str:
    text = str(cell)
    return repr(text if len(text) <= width else text[: width - 3] + "...")


def _describe(table: str, error: Any) -> str:
    """One frictionless error as '<table>.csv row <n>, <column>: <what>'."""
    row = getattr(error, "row_number", None)
    where = f"{table}.csv" + (f" row {row}" if row else "")
    name = getattr(error, "field_name", None)
    fields = {f.name: f for f in TABLES[table].fields}
    cell = getattr(error, "cell", "")
    if error.type == "constraint-error" and name in fields:
        f = fields[name]
        kind = re.search(r'constraint "(\w+)"', error.note)
        kind = kind.group(1) if kind else ""
        what = {
            "required": "is empty but required",
            "enum": f"{_show(cell)} is not one of {', '.join(f.enum or ())}",
            "pattern": f"{_show(cell)} does not match {f.pattern}",
            "minimum": f"{cell} is below {f.minimum}",
        }.get(kind, error.note)
        return f"{where}, {name}: {what}"
    if error.type == "type-error" and name in fields:
        kind = fields[name].type
        return f"{where}, {name}: {_show(cell)} is not {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
    if error.type == "primary-key":
        key = TABLES[table].primary_key
        return f"{where}, {key}: duplicate primary key ({error.note})"
    if error.type == "foreign-key":
        m = re.search(
            r'for "(\w+)": values "([^"]*)" not found in the lookup table "(\w+)"', error.note
        )
        if m:
            column, value, other = m.groups()
            return f"{where}, {column}: {_show(value)} is not a key of {other}.csv (foreign key)"
    return f"{where}: {error.message}"


@lru_cache(maxsize=1)
def _schemas() -> dict[str, Any]:
    """Each table's frictionless Schema, built (and its metadata validated) once per process."""
    from frictionless import Schema

    out = {}
    for r in table_resources():
        r["schema"].pop("foreignKeys", None)  # checked by foreign_key_problems()
        out[r["name"]] = Schema.from_descriptor(r["schema"])
    return out


def _schema_problems(folder: Path, names: list[str]) -> list[str]:
    """Problems frictionless finds in folder/<name>.csv for each name, [] when all are valid.

    Each table is validated as a resource with its cached schema, read as UTF-8 CSV (the
    format the build writes): no package metadata to re-validate and no encoding to guess on
    every call.
    """
    from frictionless import FrictionlessException, Resource  # imported when validating only

    problems: list[str] = []
    for name in [n for n in TABLES if n in names]:  # the dictionary's order
        try:
            resource = Resource(
                name=name,
                path=f"{name}.csv",
                basepath=str(folder),
                schema=_schemas()[name],
                format="csv",
                encoding="utf-8",
            )
            report = resource.validate(limit_errors=100)
        except FrictionlessException as exc:
            return [f"{DESCRIPTOR_NAME} or the CSVs: {exc.error.message}"]
        problems += [_describe(task.name, error) for task in report.tasks for error in task.errors]
        problems += [f"frictionless: {e.message}" for e in report.errors]
    return problems


# ---------------------------------------------------------------- hand-written


def _key(cell: str, kind: str) -> object:
    """A key cell as the value it stands for ('07' and '7' are the same integer)."""
    try:
        return int(cell) if kind == "integer" else float(cell) if kind == "number" else cell
    except ValueError:
        return cell


def foreign_key_problems(tables: dict[str, tuple[list[str], list[list[str]]]]) -> list[str]:
    """Cells whose value is not a key of the table their column refers to (empty cells are
    not references), for the references between the tables given; the message is the one the
    schema layer gives for frictionless's foreign-key errors."""
    problems = []
    for name, (header, rows) in tables.items():
        for column, other, other_column in TABLES[name].foreign_keys:
            if other not in tables or column not in header:
                continue
            kind = next(f.type for f in TABLES[name].fields if f.name == column)
            other_header, other_rows = tables[other]
            j = other_header.index(other_column)
            keys = {_key(r[j], kind) for r in other_rows if j < len(r)}
            i = header.index(column)
            for n, row in enumerate(rows, start=2):
                if i < len(row) and row[i] != "" and _key(row[i], kind) not in keys:
                    problems.append(
                        f"{name}.csv row {n}, {column}: {_show(row[i])} is not a key of "
                        f"{other}.csv (foreign key)"
                    )
    return problems


def check_finite(tables: dict[str, tuple[list[str], list[list[str]]]]) -> list[str]:
    """Number cells that are nan or inf: Table Schema's number type allows them, we do not."""
    problems = []
    for name, (header, rows) in tables.items():
        numbers = [(i, c) for i, c in enumerate(header) if TABLES[name].fields[i].type == "number"]
        for n, row in enumerate(rows, start=2):
            for i, column in numbers:
                if row[i] and not math.isfinite(float(row[i])):
                    problems.append(f"{name}.csv row {n}, {column}: {row[i]!r} is not finite")
    return problems


# Table -> (start column, end column, text column): raw[start:end] must equal the text column.
SPANS = {
    "sections": [("start", "end", "title")],
    "sentences": [("start", "end", "text")],
    "claims": [("start", "end", "mention")],
    "countries": [("start", "end", "name")],
    "projects": [("start", "end", "name"), ("status_start", "status_end", "status_text")],
    "alignments": [("start", "end", "strategy"), ("partner_start", "partner_end", "partner_text")],
    "mechanisms": [("start", "end", "name")],
}
IN_SENTENCE = ("claims", "countries", "projects", "alignments", "mechanisms")


def _bounds(low: str, value: str, high: str) -> str | None:
    if value == "":
        return None
    v = float(value)
    if low and float(low) > v:
        return "is above"
    if high and float(high) < v:
        return "is below"
    return None


def check_against_text(
    tables: dict[str, tuple[list[str], list[list[str]]]], text: str
) -> list[str]:
    """Problems linking the tables to the raw text and to each other; [] when consistent.

    Assumes the tables passed the schema checks (integers are integers, keys resolve).
    """
    problems: list[str] = []
    records = {
        name: [dict(zip(header, row, strict=False)) for row in rows]
        for name, (header, rows) in tables.items()
    }
    sentences = {r["sentence_id"]: r for r in records.get("sentences", [])}
    for name, spans in SPANS.items():
        for n, r in enumerate(records.get(name, []), start=2):
            for start, end, column in spans:
                if name == "sections" and r["title"] == NO_TITLE:
                    continue  # no heading to point at; the span covers section 0's text
                if r[start] == r[end] == r[column] == "":
                    continue  # an optional span that is absent (e.g. no status words)
                if r[start] == "" or r[end] == "":
                    problems.append(f"{name}.csv row {n}, {column}: {start} or {end} is empty")
                    continue
                s, e = int(r[start]), int(r[end])
                if text[s:e] != r[column]:
                    problems.append(
                        f"{name}.csv row {n}, {column}: raw[{s}:{e}] is {_show(text[s:e])}, "
                        f"not {_show(r[column])}"
                    )
            sent = sentences.get(r.get("sentence_id", ""))
            if name in IN_SENTENCE and sent is not None:
                if not (
                    int(sent["start"]) <= int(r["start"]) and int(r["end"]) <= int(sent["end"])
                ):
                    problems.append(f"{name}.csv row {n}: not inside sentence {r['sentence_id']}")
                elif sent["section"] != r["section"]:
                    problems.append(f"{name}.csv row {n}, section: differs from its sentence's")
    for n, r in enumerate(records.get("claims", []), start=2):
        if why := _bounds(r["value_low"], r["value"], r["value_high"]):
            problems.append(f"claims.csv row {n}, value: {why} its bounds value_low/value_high")
        if r["qualifier"] == "exact" and r["qualifier_text"] and r["tier"] != "word":
            problems.append(f"claims.csv row {n}, qualifier: exact claim with qualifier words")
        sent = sentences.get(r["sentence_id"])
        if sent is not None and r["sentence_text"] != sent["text"]:
            problems.append(f"claims.csv row {n}, sentence_text: differs from sentences.csv")
    for n, r in enumerate(records.get("checks", []), start=2):
        for prefix in ("stated", "implied"):
            low, value, high = (r[f"{prefix}_{k}"] for k in ("low", "value", "high"))
            if why := _bounds(low, value, high):
                problems.append(f"checks.csv row {n}, {prefix}_value: {why} its bounds")
    return problems


# ---------------------------------------------------------------- entry points


def _raise(problems: list[str]) -> None:
    if problems:
        more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
        raise BriconnectError("validation failed: " + "; ".join(problems[:SHOWN]) + more)


def _validate(folder: Path, csv_texts: dict[str, str], text: str | None) -> None:
    problems: list[str] = []
    parsed = {}
    for name, data in csv_texts.items():
        parsed[name] = parse_csv(name, data)
        header = parsed[name][0]
        if header != TABLES[name].field_names():
            problems.append(
                f"{name}.csv row 1: columns {header} differ from the dictionary's "
                f"{TABLES[name].field_names()}"
            )
    _raise(problems)
    _raise(_schema_problems(folder, list(csv_texts)) + foreign_key_problems(parsed))
    _raise(check_finite(parsed))
    if text is not None:
        _raise(check_against_text(parsed, text))


def validate_tables(csv_texts: dict[str, str], text: str | None) -> None:
    """Validate CSV contents in memory (table name -> CSV text) before anything is written.

    With text, also check every offset against it. Raises one BriconnectError naming the first
    problems. The CSVs go through a temporary folder because frictionless reads files.
    """
    unknown = sorted(set(csv_texts) - set(TABLES))
    if unknown:
        raise BriconnectError(f"no table {', '.join(unknown)} in the data dictionary")
    with tempfile.TemporaryDirectory(prefix="briconnect-validate-") as tmp:
        for name, data in csv_texts.items():
            try:
                (Path(tmp) / f"{name}.csv").write_bytes(data.encode("utf-8"))
            except UnicodeEncodeError as exc:
                raise BriconnectError(
                    f"{name}.csv: not encodable as UTF-8 ({exc.reason})"
                ) from None
        _validate(Path(tmp), csv_texts, text)


def validate_folder(folder: Path, text: str | None) -> int:
    """Validate every table of the dictionary in folder; with text, against it too.

    Returns the number of tables. A missing folder or file, a file that is not UTF-8 or not CSV
    and any invalid cell each raise one BriconnectError.
    """
    folder = Path(folder)
    csv_texts = read_folder(folder)
    _validate(folder, csv_texts, text)
    return len(csv_texts)
