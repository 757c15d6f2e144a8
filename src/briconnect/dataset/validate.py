"""Checks that run on every build, before anything is written (PUDL-style blocking checks).

Schema checks (types, allowed values, keys) come from :mod:`briconnect.schema`; the checks here
tie the tables back to the text: every offset slices back to its words, every claim sits inside
its sentence, and every value lies within the bounds its wording implies.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import BriconnectError
from ..extract.document import NO_TITLE
from .dictionary import TABLES, validate_table


def parse_csv(data: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(data, newline="")))
    if not rows:
        return [], []
    return rows[0], rows[1:]


def check_against_text(
    tables: dict[str, tuple[list[str], list[list[str]]]], text: str
) -> list[str]:
    """Problems linking the tables to the raw text and to each other; [] when consistent."""
    problems: list[str] = []
    records = {
        name: [dict(zip(header, row, strict=False)) for row in rows]
        for name, (header, rows) in tables.items()
    }
    sentences = {r["sentence_id"]: r for r in records.get("sentences", [])}
    spans = {
        "sentences": "text",
        "claims": "mention",
        "countries": "name",
        "sections": "title",
        "projects": "name",
        "alignments": "strategy",
        "mechanisms": "name",
    }
    for name, column in spans.items():
        for n, r in enumerate(records.get(name, []), start=2):
            s, e = int(r["start"]), int(r["end"])
            if name == "sections" and r["title"] == NO_TITLE:
                continue  # no heading to point at; the span covers section 0's text
            if text[s:e] != r[column]:
                problems.append(
                    f"{name}.csv line {n}: raw[{s}:{e}] is {text[s:e][:40]!r}, "
                    f"not {column} {r[column][:40]!r}"
                )
            if name in ("claims", "countries"):
                sent = sentences.get(r["sentence_id"])
                if sent is None:
                    problems.append(f"{name}.csv line {n}: unknown sentence_id {r['sentence_id']}")
                elif not (int(sent["start"]) <= s and e <= int(sent["end"])):
                    problems.append(f"{name}.csv line {n}: not inside sentence {r['sentence_id']}")
                elif sent["section"] != r["section"]:
                    problems.append(f"{name}.csv line {n}: section differs from its sentence's")
    for n, r in enumerate(records.get("claims", []), start=2):
        value = float(r["value"])
        if r["value_low"] and float(r["value_low"]) > value:
            problems.append(f"claims.csv line {n}: value_low above value")
        if r["value_high"] and float(r["value_high"]) < value:
            problems.append(f"claims.csv line {n}: value_high below value")
        if r["qualifier"] == "exact" and r["qualifier_text"] and r["tier"] != "word":
            problems.append(f"claims.csv line {n}: exact claim with qualifier words")
        sent = sentences.get(r["sentence_id"])
        if sent is not None and r["sentence_text"] != sent["text"]:
            problems.append(f"claims.csv line {n}: sentence_text differs from sentences.csv")
    return problems


def validate_tables(csv_texts: dict[str, str], text: str | None) -> None:
    """Raise one error naming the first problems when any table is invalid."""
    parsed = {name: parse_csv(data) for name, data in csv_texts.items()}
    problems: list[str] = []
    for name, (header, rows) in parsed.items():
        problems += validate_table(TABLES[name], header, rows)
    if text is not None and not problems:
        problems += check_against_text(parsed, text)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise BriconnectError("validation failed: " + "; ".join(problems[:3]) + more)


def read_folder(folder: Path) -> dict[str, str]:
    missing = [f"{n}.csv" for n in TABLES if not (folder / f"{n}.csv").is_file()]
    if missing:
        raise BriconnectError(f"{folder}: missing {', '.join(missing)}")
    return {n: (folder / f"{n}.csv").read_text(encoding="utf-8") for n in TABLES}
