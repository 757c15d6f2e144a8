"""The stages wired together: read -> extract -> render -> validate -> write atomically."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from .. import paths
from ..errors import BriconnectError
from ..extract.document import Row, extract_all
from ..io import read_text, write_all_atomic
from .dictionary import TABLES, datapackage_json, readme_markdown
from .provenance import load_sources, verify_raw
from .validate import read_folder, validate_tables


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


def extract_text(text: str) -> dict[str, str]:
    """All tables for a document, as validated CSV text keyed by table name."""
    tables = {name: render_csv(name, rows) for name, rows in extract_all(text).items()}
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


def extract_file(input_path: str | os.PathLike[str], out: str | os.PathLike[str]) -> dict[str, int]:
    """`briconnect extract`: read, extract, validate, and only then write the CSVs."""
    text = read_text(input_path)
    tables = extract_text(text)
    folder = _prepare_out(out)
    write_all_atomic((folder / f"{name}.csv", data) for name, data in tables.items())
    return {f"{name}.csv": data.count("\n") - 1 for name, data in tables.items()}


def build_data() -> dict[str, int]:
    """`make data`: check the raw file against its sidecar, then regenerate data/processed/."""
    verify_raw(paths.RAW_TEXT, paths.SOURCES)
    counts = extract_file(paths.RAW_TEXT, paths.PROCESSED)
    write_dictionary()
    return counts


def write_dictionary() -> list[Path]:
    targets = [
        (paths.DATAPACKAGE, datapackage_json(load_sources())),
        (paths.DATA_README, readme_markdown()),
    ]
    write_all_atomic(targets)
    return [p for p, _ in targets]


def validate_folder(folder: str | os.PathLike[str] | None = None) -> int:
    """Validate a folder of CSVs (default data/processed) against the dictionary and the text."""
    target = Path(folder) if folder else paths.PROCESSED
    text = read_text(paths.RAW_TEXT) if target.resolve() == paths.PROCESSED.resolve() else None
    validate_tables(read_folder(target), text)
    return len(TABLES)
