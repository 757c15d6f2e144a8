"""The stages wired together: read -> extract -> render -> validate -> write atomically.

``briconnect extract`` runs the general extractor on any text (optionally with Chapter III's
rules); ``briconnect build`` regenerates ``data/processed/`` from the registered raw file with
the chapter's rules, strict when asked. Files whose bytes did not change are not rewritten, so a
code change that leaves a table identical re-runs no notebook.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from .. import paths
from ..errors import BriconnectError
from ..extract import GENERAL, Row, extract_all
from ..io import check_line_endings, read_text, write_all_atomic
from . import validate
from .dictionary import TABLES, datapackage_json, readme_markdown
from .provenance import load_sources, verify_raw
from .validate import validate_tables

RULE_SETS = ("general", "chapter3")


def format_cell(value: object) -> str:
    """One canonical spelling per value, so that the same input gives the same bytes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    return str(value)


def render_csv(name: str, rows: list[Row]) -> str:
    columns = TABLES[name].field_names()
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([format_cell(row[c]) for c in columns])
    return buf.getvalue()


def extract_rows(text: str, rules: str = "general", strict: bool = False) -> dict[str, list[Row]]:
    """Rows of every table in the dictionary; tables a rule set does not fill stay empty."""
    if rules == "chapter3":
        from ..chapter3 import extract_chapter

        found = extract_chapter(text, strict)
    elif rules == "general":
        found = extract_all(text, GENERAL)
    else:
        raise BriconnectError(f"unknown rules {rules!r}; choose one of {', '.join(RULE_SETS)}")
    return {name: found.get(name, []) for name in TABLES}


def extract_text(text: str, rules: str = "general", strict: bool = False) -> dict[str, str]:
    """All tables for a document, as validated CSV text keyed by table name."""
    check_line_endings(text)
    tables = {
        name: render_csv(name, rows) for name, rows in extract_rows(text, rules, strict).items()
    }
    validate_tables(tables, text)
    return tables


def _prepare_out(out: str | os.PathLike[str]) -> Path:
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise BriconnectError(f"{folder}: exists and is not a directory")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriconnectError(f"{folder}: cannot create output folder ({exc.strerror})") from None
    if not os.access(folder, os.W_OK):
        raise BriconnectError(f"{folder}: output folder is not writable")
    return folder


def extract_file(
    input_path: str | os.PathLike[str],
    out: str | os.PathLike[str],
    rules: str = "general",
    strict: bool = False,
) -> dict[str, int]:
    """`briconnect extract`: read, extract, validate, and only then write the CSVs."""
    text = read_text(input_path)
    tables = extract_text(text, rules, strict)
    folder = _prepare_out(out)
    files = [(folder / f"{name}.csv", data) for name, data in tables.items()]
    write_all_atomic(files, only_changed=True)
    return {f"{name}.csv": data.count("\n") - 1 for name, data in tables.items()}


def build(strict: bool = False) -> dict[str, int]:
    """`briconnect build`: check the raw file against its sidecar, regenerate data/processed/
    with the chapter's rules, then the dictionary files."""
    verify_raw(paths.RAW_TEXT, paths.SOURCES)
    counts = extract_file(paths.RAW_TEXT, paths.PROCESSED, "chapter3", strict)
    write_dictionary()
    return counts


def write_dictionary() -> list[Path]:
    """data/datapackage.json and data/README.md, from the descriptor (rewritten when changed)."""
    targets = [
        (paths.DATAPACKAGE, datapackage_json(load_sources())),
        (paths.DATA_README, readme_markdown()),
    ]
    write_all_atomic(targets, only_changed=True)
    return [p for p, _ in targets]


def validate_folder(folder: str | os.PathLike[str] | None = None, text: str | None = None) -> int:
    """`briconnect validate`: a folder of CSVs (default data/processed) against the dictionary;
    with a raw text (default for data/processed: the registered one), every offset too."""
    target = Path(folder) if folder else paths.PROCESSED
    if text is not None:
        raw = read_text(text)
    elif target.resolve() == paths.PROCESSED.resolve():
        raw = read_text(paths.RAW_TEXT)
    else:
        raw = None
    return validate.validate_folder(target, raw)
