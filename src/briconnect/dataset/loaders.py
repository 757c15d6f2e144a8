"""Loading the processed tables with the right types, for notebooks and analysts.

    >>> from briconnect import data
    >>> claims = data.load_claims()

Column types come from the data dictionary (:mod:`briconnect.schema`), so a new column is typed
as soon as it is documented. Text columns keep empty cells as "" (so "2022" in as_of stays a
string); number columns read empty cells as missing.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from .dictionary import TABLES


def load(name: str, folder: Path | None = None) -> pd.DataFrame:
    """Any table of data/processed/ by name: claims, sentences, countries, projects, ..."""
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    path = (folder or paths.PROCESSED) / f"{name}.csv"
    strings = [f.name for f in TABLES[name].fields if f.type == "string"]
    others = [f.name for f in TABLES[name].fields if f.type != "string"]
    return pd.read_csv(
        path,
        dtype=dict.fromkeys(strings, "string"),
        keep_default_na=False,
        na_values={column: [""] for column in others},
    )


def load_claims(folder: Path | None = None) -> pd.DataFrame:
    """One row per quantity mention (see data/README.md for every column)."""
    return load("claims", folder)


def load_sentences(folder: Path | None = None) -> pd.DataFrame:
    return load("sentences", folder)


def load_countries(folder: Path | None = None) -> pd.DataFrame:
    return load("countries", folder)


def load_sections(folder: Path | None = None) -> pd.DataFrame:
    return load("sections", folder)


def load_projects(folder: Path | None = None) -> pd.DataFrame:
    return load("projects", folder)


def load_alignments(folder: Path | None = None) -> pd.DataFrame:
    return load("alignments", folder)


def load_mechanisms(folder: Path | None = None) -> pd.DataFrame:
    return load("mechanisms", folder)


def load_checks(folder: Path | None = None) -> pd.DataFrame:
    return load("checks", folder)


def raw_text() -> str:
    """The verbatim chapter; every start/end offset indexes into this string."""
    return paths.RAW_TEXT.read_text(encoding="utf-8")
